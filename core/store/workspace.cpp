#include "workspace.h"

#include "campaignrollup.h"
#include "crmrollup.h"
#include "i18n/contexts.h"
#include "readsnapshot.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

namespace funnelscope {

namespace {

// Ordered migrations: entry N brings a workspace from user_version N to N + 1. Never edit a shipped one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        {
            QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE sources(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE channels(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                           " paid INTEGER NOT NULL, paid_override INTEGER)"),
            QStringLiteral("CREATE TABLE campaigns(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE imports(id INTEGER PRIMARY KEY, file_name TEXT NOT NULL, file_path TEXT, "
                           "file_size INTEGER NOT NULL,"
                           " sha256 TEXT NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL, options TEXT NOT NULL,"
                           " encoding TEXT, delimiter TEXT, date_order TEXT, imported_at TEXT NOT NULL,"
                           " rows_imported INTEGER NOT NULL, rows_rejected INTEGER NOT NULL,"
                           " rows_stored INTEGER NOT NULL, rows_replaced INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX imports_by_hash ON imports(sha256)"),
            QStringLiteral("CREATE TABLE import_errors(import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE "
                           "CASCADE, line INTEGER NOT NULL, column_name TEXT, reason TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX import_errors_by_import ON import_errors(import_id)"),
            // Money and other decimals are integers of micro-units: sums stay exact. The hot table has no foreign
            // keys or secondary indexes: each would cost a b-tree search per imported row. The importer owns its ids.
            QStringLiteral(
                "CREATE TABLE campaign_rows(day INTEGER NOT NULL, channel_id INTEGER NOT NULL,"
                " campaign_id INTEGER NOT NULL, source_id INTEGER NOT NULL, import_id INTEGER NOT NULL,"
                " impressions INTEGER, reach INTEGER, clicks INTEGER, sessions INTEGER, bounces INTEGER,"
                " pageviews INTEGER, landing_page_views INTEGER, form_submissions INTEGER, leads INTEGER,"
                " likes INTEGER, comments INTEGER, shares INTEGER, new_followers INTEGER, mentions INTEGER,"
                " emails_sent INTEGER, emails_delivered INTEGER, emails_opened INTEGER, email_clicks INTEGER,"
                " unsubscribes INTEGER, cta_clicks INTEGER, video_views INTEGER, engaged_seconds INTEGER,"
                " cost INTEGER, avg_position REAL, position_weight INTEGER,"
                " PRIMARY KEY(day, channel_id, campaign_id, source_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE leads(lead_id TEXT PRIMARY KEY, created INTEGER NOT NULL, channel_id INTEGER NOT NULL,"
                " campaign_id INTEGER NOT NULL, lifecycle_stage TEXT, mql_day INTEGER, sal_day INTEGER, sql_day "
                "INTEGER,"
                " opportunity_day INTEGER, customer_day INTEGER, lead_score REAL, import_id INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE deals(deal_id TEXT PRIMARY KEY, created INTEGER NOT NULL, closed INTEGER,"
                           " status TEXT NOT NULL CHECK(status IN ('open','won','lost')), amount INTEGER, lead_id TEXT,"
                           " customer_id TEXT, channel_id INTEGER, campaign_id INTEGER, first_touch INTEGER,"
                           " import_id INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX deals_by_lead ON deals(lead_id)"),
            QStringLiteral(
                "CREATE TABLE customers(customer_id TEXT PRIMARY KEY, start INTEGER NOT NULL, churn INTEGER,"
                " mrr INTEGER, channel_id INTEGER NOT NULL, campaign_id INTEGER NOT NULL, import_id INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE surveys(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, day INTEGER NOT NULL,"
                " score INTEGER NOT NULL CHECK(score BETWEEN 0 AND 10), respondent_id TEXT, comment TEXT,"
                " channel_id INTEGER NOT NULL, campaign_id INTEGER NOT NULL,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE)"),
            QStringLiteral("CREATE INDEX surveys_by_day ON surveys(day, source_id)"),
            QStringLiteral(
                "CREATE TABLE expenses(day INTEGER NOT NULL, channel_id INTEGER NOT NULL, campaign_id INTEGER NOT NULL,"
                " category TEXT NOT NULL, source_id INTEGER NOT NULL, amount INTEGER NOT NULL,"
                " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                " PRIMARY KEY(day, channel_id, campaign_id, category, source_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE touchpoints(id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, lead_id TEXT NOT NULL,"
                " day INTEGER NOT NULL, timestamp TEXT NOT NULL, channel_id INTEGER NOT NULL,"
                " campaign_id INTEGER NOT NULL, import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE)"),
            QStringLiteral("CREATE INDEX touchpoints_by_day ON touchpoints(day, source_id)"),
            QStringLiteral("CREATE INDEX touchpoints_by_lead ON touchpoints(lead_id)"),
        },
        {
            // SMART goals, reviews (with their numbers as they were) and the actions decided in them.
            QStringLiteral("CREATE TABLE goals(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kpi TEXT NOT NULL,"
                           " channels TEXT NOT NULL DEFAULT '[]', campaigns TEXT NOT NULL DEFAULT '[]',"
                           " baseline_from INTEGER, baseline_to INTEGER, baseline REAL, target REAL NOT NULL,"
                           " start INTEGER NOT NULL, deadline INTEGER NOT NULL, cadence TEXT NOT NULL,"
                           " owner TEXT NOT NULL DEFAULT '', objective TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE reviews(id INTEGER PRIMARY KEY, title TEXT NOT NULL, period_from INTEGER NOT"
                           " NULL, period_to INTEGER NOT NULL, created_at TEXT NOT NULL, content TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE actions(id INTEGER PRIMARY KEY, review_id INTEGER REFERENCES reviews(id) ON"
                           " DELETE SET NULL, text TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', due INTEGER,"
                           " done INTEGER NOT NULL DEFAULT 0)"),
        },
        {
            // The KPI engine finds a period's leads through these: by creation and by each stage's date (its own,
            // or the nearest later stage's; the expressions must match the engine's exactly).
            QStringLiteral("CREATE INDEX leads_by_created ON leads(created)"),
            QStringLiteral("CREATE INDEX leads_by_mql ON leads(coalesce(mql_day, sal_day, sql_day, opportunity_day,"
                           " customer_day))"),
            QStringLiteral(
                "CREATE INDEX leads_by_sal ON leads(coalesce(sal_day, sql_day, opportunity_day, customer_day))"),
            QStringLiteral("CREATE INDEX leads_by_sql ON leads(coalesce(sql_day, opportunity_day, customer_day))"),
            QStringLiteral("CREATE INDEX deals_by_created ON deals(created)"),
            QStringLiteral("CREATE INDEX deals_by_closed ON deals(closed)"),
            // A deal's channel, campaign and first touch with its lead's filled in (refreshed after every import
            // of leads or deals), so the engine need not join every deal to its lead.
            QStringLiteral("ALTER TABLE deals ADD COLUMN linked_channel_id INTEGER"),
            QStringLiteral("ALTER TABLE deals ADD COLUMN linked_campaign_id INTEGER"),
            QStringLiteral("ALTER TABLE deals ADD COLUMN linked_first_touch INTEGER"),
            QStringLiteral("UPDATE deals SET (linked_channel_id, linked_campaign_id, linked_first_touch) = (SELECT"
                           " coalesce(deals.channel_id, l.channel_id), coalesce(deals.campaign_id, l.campaign_id),"
                           " coalesce(deals.first_touch, l.created, deals.created) FROM (SELECT NULL) LEFT JOIN leads l"
                           " ON l.lead_id = deals.lead_id)"),
            // The monthly roll-up of campaign rows (CampaignRollup); filled right after this migration.
            QStringLiteral(
                "CREATE TABLE campaign_months(month INTEGER NOT NULL, channel_id INTEGER NOT NULL,"
                " campaign_id INTEGER NOT NULL, v0 INTEGER, v1 INTEGER, v2 INTEGER, v3 INTEGER, v4 INTEGER, v5 "
                "INTEGER, v6 INTEGER, v7 INTEGER, v8 INTEGER, v9 INTEGER, v10 INTEGER, v11 INTEGER, v12 INTEGER, v13 "
                "INTEGER, v14 INTEGER, v15 INTEGER, v16 INTEGER, v17 INTEGER, v18 INTEGER, v19 INTEGER, v20 INTEGER, "
                "v21 INTEGER, v22 INTEGER, v23 INTEGER, v24 INTEGER, v25 INTEGER, v26 INTEGER, v27 INTEGER, v28 "
                "INTEGER, v29 INTEGER, v30 INTEGER, v31 INTEGER, v32 INTEGER, v33 INTEGER, v34 INTEGER, v35 INTEGER,"
                " PRIMARY KEY(month, channel_id, campaign_id)) WITHOUT ROWID"),
        },
        {
            // Daily roll-ups by channel for the scopes that filter or group by channel only (CampaignRollup,
            // CrmRollup), filled right after this migration.
            QStringLiteral(
                "CREATE TABLE channel_days(day INTEGER NOT NULL, channel_id INTEGER NOT NULL, v0 INTEGER, v1 INTEGER,"
                " v2 INTEGER, v3 INTEGER, v4 INTEGER, v5 INTEGER, v6 INTEGER, v7 INTEGER, v8 INTEGER, v9 INTEGER, v10"
                " INTEGER, v11 INTEGER, v12 INTEGER, v13 INTEGER, v14 INTEGER, v15 INTEGER, v16 INTEGER, v17 INTEGER,"
                " v18 INTEGER, v19 INTEGER, v20 INTEGER, v21 INTEGER, v22 INTEGER, v23 INTEGER, v24 INTEGER, v25"
                " INTEGER, v26 INTEGER, v27 INTEGER, v28 INTEGER, v29 INTEGER, v30 INTEGER, v31 INTEGER, v32 INTEGER,"
                " v33 INTEGER, v34 INTEGER, v35 INTEGER, PRIMARY KEY(day, channel_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE lead_days(day INTEGER NOT NULL, channel_id INTEGER NOT NULL,"
                           " created INTEGER NOT NULL, mql INTEGER NOT NULL, sal INTEGER NOT NULL, sql INTEGER NOT"
                           " NULL, created_mql INTEGER NOT NULL, created_customer INTEGER NOT NULL, mql_sql INTEGER"
                           " NOT NULL, sql_customer INTEGER NOT NULL, scored INTEGER NOT NULL, score_micros INTEGER"
                           " NOT NULL, PRIMARY KEY(day, channel_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE deal_days(day INTEGER NOT NULL, channel_id INTEGER NOT NULL, created"
                           " INTEGER NOT NULL, won INTEGER NOT NULL, lost INTEGER NOT NULL, won_amount INTEGER NOT"
                           " NULL, won_known INTEGER NOT NULL, cycle_days INTEGER NOT NULL, cycles INTEGER NOT NULL,"
                           " open_in INTEGER NOT NULL, open_in_known INTEGER NOT NULL, open_in_amount INTEGER NOT NULL,"
                           " open_out INTEGER NOT NULL, open_out_known INTEGER NOT NULL, open_out_amount INTEGER NOT"
                           " NULL, PRIMARY KEY(day, channel_id)) WITHOUT ROWID"),
            // Key events (GA4's conversions), for reconciling them with the platforms' and the CRM's leads; only
            // analytics rows have them, so the index holds only those.
            QStringLiteral("ALTER TABLE campaign_rows ADD COLUMN key_events INTEGER"),
            QStringLiteral("CREATE INDEX campaign_key_events ON campaign_rows(day) WHERE key_events IS NOT NULL"),
            // The names a period's touchpoints mention, without a visit to each.
            QStringLiteral("CREATE INDEX touchpoints_names ON touchpoints(day, channel_id, campaign_id)"),
        },
        {
            // The days over which an import spread totals that had no day breakdown (a range report, RangeSpread),
            // so that KPIs of a period inside them can say their days hold shares, not what happened on each day.
            QStringLiteral("ALTER TABLE imports ADD COLUMN spread_from INTEGER"),
            QStringLiteral("ALTER TABLE imports ADD COLUMN spread_to INTEGER"),
            // Platform-reported leads and key events in micro-units, as money is: data-driven attribution reports
            // fractional conversions (45.89), which whole numbers would have to round or refuse. The roll-ups hold
            // their sums and are rebuilt from these (Workspace::RollupVersion).
            QStringLiteral("UPDATE campaign_rows SET leads = leads * 1000000 WHERE leads IS NOT NULL"),
            QStringLiteral("UPDATE campaign_rows SET key_events = key_events * 1000000 WHERE key_events IS NOT NULL"),
        },
        {
            // The user's channel aliases (ChannelTaxonomy): a stored channel name, by its matching key, and the
            // canonical channel it stands for, over the default taxonomy. Applied when KPIs are computed, so stored
            // rows keep the names they were imported with.
            QStringLiteral("CREATE TABLE channel_aliases(alias_key TEXT PRIMARY KEY, alias TEXT NOT NULL,"
                           " canonical TEXT NOT NULL)"),
        },
        {
            // Every stored amount carries its currency (ISO 4217; NULL on rows without an amount). Amounts stored
            // before take the workspace currency, or XXX ("unknown") when it had none: reported, never converted.
            // A CHECK refuses the marker RowStore writes when one file adds two currencies into one row.
            QStringLiteral("ALTER TABLE campaign_rows ADD COLUMN currency TEXT CHECK(currency IS NULL OR"
                           " length(currency) = 3)"),
            QStringLiteral("ALTER TABLE deals ADD COLUMN currency TEXT"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN currency TEXT"),
            QStringLiteral("ALTER TABLE expenses ADD COLUMN currency TEXT CHECK(currency IS NULL OR"
                           " length(currency) = 3)"),
            // The workspace currency when it is a code, else XXX.
            QStringLiteral("CREATE TEMP TABLE upgrade_currency AS SELECT coalesce((SELECT upper(trim(value)) FROM"
                           " settings WHERE key = 'currency' AND length(trim(value)) = 3), 'XXX') AS code"),
            QStringLiteral("UPDATE campaign_rows SET currency = (SELECT code FROM upgrade_currency) WHERE cost IS"
                           " NOT NULL"),
            QStringLiteral("UPDATE deals SET currency = (SELECT code FROM upgrade_currency) WHERE amount IS NOT NULL"),
            QStringLiteral("UPDATE customers SET currency = (SELECT code FROM upgrade_currency) WHERE mrr IS NOT NULL"),
            QStringLiteral("UPDATE expenses SET currency = (SELECT code FROM upgrade_currency)"),
            // The currencies any stored amount may be in (a superset: kept by every import), so that the KPI engine
            // knows without a scan when no conversion is needed.
            QStringLiteral("INSERT INTO settings(key, value) SELECT 'money_currencies', json_array(code) FROM"
                           " upgrade_currency WHERE EXISTS(SELECT 1 FROM campaign_rows WHERE cost IS NOT NULL) OR"
                           " EXISTS(SELECT 1 FROM deals WHERE amount IS NOT NULL) OR EXISTS(SELECT 1 FROM customers"
                           " WHERE mrr IS NOT NULL) OR EXISTS(SELECT 1 FROM expenses) ON CONFLICT(key) DO UPDATE SET"
                           " value = excluded.value"),
            QStringLiteral("DROP TABLE upgrade_currency"),
            // Exchange rates imported offline: on day, 1 base = rate quote.
            QStringLiteral("CREATE TABLE rates(day INTEGER NOT NULL, base TEXT NOT NULL, quote TEXT NOT NULL,"
                           " rate REAL NOT NULL CHECK(rate > 0), import_id INTEGER NOT NULL REFERENCES imports(id) ON"
                           " DELETE CASCADE, PRIMARY KEY(base, quote, day)) WITHOUT ROWID"),
        },
        {
            // Annotations: dated notes ("campaign launch", "tracking broken 3–5 May") over a day or a range of days,
            // optionally about one channel, drawn on every chart whose period includes them and listed in reviews.
            QStringLiteral("CREATE TABLE annotations(id INTEGER PRIMARY KEY, day_from INTEGER NOT NULL, day_to INTEGER"
                           " NOT NULL, text TEXT NOT NULL, channel TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,"
                           " CHECK(day_to >= day_from))"),
            QStringLiteral("CREATE INDEX annotations_by_day ON annotations(day_from, day_to)"),
            // A decision's status (open, done or dropped; `done` stays "no longer open" for older readers) and what
            // it answers: a goal, or a recommendation of its review (the action rule's id).
            QStringLiteral("ALTER TABLE actions ADD COLUMN status TEXT NOT NULL DEFAULT 'open'"),
            QStringLiteral("UPDATE actions SET status = CASE WHEN done THEN 'done' ELSE 'open' END"),
            QStringLiteral("ALTER TABLE actions ADD COLUMN goal_id INTEGER REFERENCES goals(id) ON DELETE SET NULL"),
            QStringLiteral("ALTER TABLE actions ADD COLUMN recommendation TEXT NOT NULL DEFAULT ''"),
        },
        {
            // The currency a money goal's target and baseline are in (ISO 4217; empty for other KPIs, or for goals set
            // before goals kept one: measured in the reporting currency of the moment). Goals set before take the
            // workspace currency.
            QStringLiteral("ALTER TABLE goals ADD COLUMN currency TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE goals SET currency = coalesce((SELECT upper(trim(value)) FROM settings WHERE key ="
                           " 'currency' AND length(trim(value)) = 3), '')"),
        },
        {
            // Saved views (ViewStore): a name and its definition as JSON (SavedView::toJson), names without case.
            QStringLiteral("CREATE TABLE saved_views(name TEXT PRIMARY KEY COLLATE NOCASE, definition TEXT NOT NULL,"
                           " saved_at TEXT NOT NULL)"),
            // The user's own KPIs (CustomKpiStore): a formula over catalog KPI ids, shown in its group after the
            // catalog's. kpi_id is the slug of the name, never a catalog id.
            QStringLiteral("CREATE TABLE custom_kpis(id INTEGER PRIMARY KEY, kpi_id TEXT NOT NULL UNIQUE, name TEXT NOT"
                           " NULL, formula TEXT NOT NULL, direction TEXT NOT NULL, format TEXT NOT NULL, decimals"
                           " INTEGER, kpi_group TEXT NOT NULL)"),
            // The physical line of the source file each stored row came from (1-based, counted as import errors
            // count them), so that a number can be traced to its rows (RowDrill). A row that merged several lines of
            // one file (a key summed or updated twice) keeps its first line, and lines says how many it merged.
            // Rows stored before have neither: "line not recorded".
            QStringLiteral("ALTER TABLE campaign_rows ADD COLUMN line INTEGER"),
            QStringLiteral("ALTER TABLE campaign_rows ADD COLUMN lines INTEGER"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN line INTEGER"),
            QStringLiteral("ALTER TABLE leads ADD COLUMN lines INTEGER"),
            QStringLiteral("ALTER TABLE deals ADD COLUMN line INTEGER"),
            QStringLiteral("ALTER TABLE deals ADD COLUMN lines INTEGER"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN line INTEGER"),
            QStringLiteral("ALTER TABLE customers ADD COLUMN lines INTEGER"),
            QStringLiteral("ALTER TABLE surveys ADD COLUMN line INTEGER"),
            QStringLiteral("ALTER TABLE surveys ADD COLUMN lines INTEGER"),
            QStringLiteral("ALTER TABLE expenses ADD COLUMN line INTEGER"),
            QStringLiteral("ALTER TABLE expenses ADD COLUMN lines INTEGER"),
            QStringLiteral("ALTER TABLE touchpoints ADD COLUMN line INTEGER"),
            QStringLiteral("ALTER TABLE touchpoints ADD COLUMN lines INTEGER"),
        },
    };
    return list;
}

} // namespace

Workspace::~Workspace()
{
    close();
}

int Workspace::latestSchemaVersion()
{
    return int(migrations().size());
}

namespace {

// Reads a workspace file's SQLite header before SQLite opens it for writing: a file that is not SQLite, was cut
// short, or was written by a newer Funnelscope is refused untouched (opening it would set WAL mode or migrate it).
QString checkHeader(const QString &path, int latestVersion)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return WorkspaceText::tr("cannot read workspace %1: %2").arg(path, file.errorString());
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return WorkspaceText::tr("%1 is not a Funnelscope workspace (not a SQLite database file)").arg(path);
    }
    const auto be = [&](int at, int bytes) {
        quint32 v = 0;
        for (int i = 0; i < bytes; ++i) {
            v = (v << 8) | quint8(header.at(at + i));
        }
        return v;
    };
    const quint32 pageSize = be(16, 2) == 1 ? 65536 : be(16, 2);
    const quint32 pages = be(28, 4);
    const quint32 version = be(60, 4);
    if (version > quint32(latestVersion)) {
        return WorkspaceText::tr("%1 was written by a newer Funnelscope (schema %2, this one reads up to %3); please "
                                 "update Funnelscope")
            .arg(path)
            .arg(version)
            .arg(latestVersion);
    }
    // Only an empty file or a workspace is ever written: a database without our schema version is ours only when it
    // carries our application id (a workspace whose creation was cut short).
    if (version == 0 && be(68, 4) != Workspace::ApplicationId) {
        return WorkspaceText::tr("%1 is a SQLite database of another program, not a Funnelscope workspace").arg(path);
    }
    // Pages still in the write-ahead log are not in the file yet; without one, the file must hold every page.
    if (!QFile::exists(path + QStringLiteral("-wal")) && pageSize >= 512 && pages > 0 &&
        file.size() < qint64(pageSize) * pages) {
        return WorkspaceText::tr("%1 is damaged: it is cut short (%2 of %3 bytes); open a backup copy")
            .arg(path)
            .arg(file.size())
            .arg(qint64(pageSize) * pages);
    }
    return {};
}

} // namespace

namespace {

QSet<QString> &readOnlyPaths()
{
    static QSet<QString> paths;
    return paths;
}

// How many connections of this process have each workspace file open. Closing any descriptor of a file drops every
// POSIX lock the process holds on it (SQLite's "how to corrupt" case), so its header is read through a descriptor
// of our own only while no connection of ours has it open: once SQLite holds the file, it has been checked.
QHash<QString, int> &openPaths()
{
    static QHash<QString, int> paths;
    return paths;
}

QMutex &pathsMutex()
{
    static QMutex mutex;
    return mutex;
}

// One name for a file whichever path reaches it (relative, through a link).
QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

void Workspace::markReadOnly(const QString &path)
{
    const QMutexLocker lock(&pathsMutex());
    readOnlyPaths().insert(QFileInfo(path).absoluteFilePath());
}

QString Workspace::open(const QString &path, Access access)
{
    close();
    m_refusedAsReadOnly = false;
    if (path != u":memory:") {
        const QMutexLocker lock(&pathsMutex());
        const QString key = fileKey(path);
        if (openPaths().value(key) == 0) {
            if (const QString error = checkHeader(path, latestSchemaVersion()); !error.isEmpty()) {
                return error;
            }
        }
        // Counted before SQLite opens it, so that no other thread reads the header while a connection may hold it.
        ++openPaths()[key];
        m_fileKey = key;
        if (readOnlyPaths().contains(QFileInfo(path).absoluteFilePath())) {
            access = Access::ReadOnly;
        }
    }
    if (access == Access::ReadOnly) {
        return openReadOnly(path);
    }
    m_path = path;
    m_connection = QStringLiteral("workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    const bool existed = QFileInfo(path).size() > 0;
    if (!m_db.open()) {
        const QString error = m_db.lastError().text();
        close();
        return WorkspaceText::tr("cannot open workspace %1: %2").arg(path, error);
    }
    if (!existed && path != u":memory:") {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    QSqlQuery q(m_db);
    if (!existed && path != u":memory:") {
        // The first bytes written mark the file as ours, before anything else can be cut short.
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    }
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000",
          "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768", "PRAGMA mmap_size=1073741824"}) {
        const bool ok = q.exec(QString::fromLatin1(pragma));
        if (!ok || sqlite3_db_readonly(handle(), "main") == 1) {
            const QString error = q.lastError().text();
            close();
            const QFileInfo file(path);
            if (!ok && file.isWritable() && QFileInfo(file.absolutePath()).isWritable()) {
                return WorkspaceText::tr("cannot open workspace %1: %2").arg(path, error);
            }
            m_refusedAsReadOnly = true;
            return WorkspaceText::tr("cannot open workspace %1: the file or its folder is read-only, and Funnelscope "
                                     "writes to the workspace and next to it while it is open (copy it to a folder you "
                                     "can write to); nothing was changed")
                .arg(path);
        }
    }
    // A file that is not a SQLite database fails on its first read.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        const QString error = q.lastError().text();
        close();
        return WorkspaceText::tr("%1 is not a Funnelscope workspace: %2").arg(path, error);
    }
    q.finish();
    const int before = schemaVersion();
    if (before >= 1 && before < latestSchemaVersion() && path != u":memory:") {
        // A copy as it was, next to it, before the upgrade changes anything.
        const QString backup = QStringLiteral("%1.schema-%2.bak").arg(path).arg(before);
        QFile::remove(backup);
        QSqlQuery vacuum(m_db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!vacuum.exec()) {
            const QString error = vacuum.lastError().text();
            close();
            return WorkspaceText::tr("cannot back up %1 before upgrading it: %2").arg(path, error);
        }
        QFile::setPermissions(backup, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (const QString error = migrate(); !error.isEmpty()) {
        close();
        return error;
    }
    return {};
}

QString Workspace::openReadOnly(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return WorkspaceText::tr("cannot open workspace %1 read-only: there is no such file").arg(path);
    }
    // Read-only, as SQLite reads a write-ahead-logged file; where even that needs to write (its shared-memory file,
    // in a read-only folder) the file is read as it is, unchanging.
    const QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    QString error;
    for (const QString &name : {uri + QStringLiteral("?mode=ro"), uri + QStringLiteral("?immutable=1")}) {
        closeConnection();
        m_path = path;
        m_connection = QStringLiteral("workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
        m_db.setDatabaseName(name);
        if (!m_db.open()) {
            error = m_db.lastError().text();
            continue;
        }
        QSqlQuery probe(m_db);
        if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            error.clear();
            break;
        }
        error = probe.lastError().text();
    }
    if (!error.isEmpty()) {
        close();
        return WorkspaceText::tr("cannot open workspace %1 read-only: %2").arg(path, error);
    }
    {
        QSqlQuery q(m_db);
        for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768",
                                   "PRAGMA mmap_size=1073741824"}) {
            q.exec(QString::fromLatin1(pragma));
        }
    }
    // Roll-ups without a stamp are trusted unless they are plainly missing (an older release killed mid-upgrade).
    if (schemaVersion() != latestSchemaVersion() || (!rollupsCurrent() && rollupsMissing())) {
        close();
        return WorkspaceText::tr("%1 was written by an older Funnelscope and must be upgraded before it can be read, "
                                 "which needs write access: copy it to a folder you can write to")
            .arg(path);
    }
    m_readOnly = true;
    return {};
}

void Workspace::closeConnection()
{
    if (m_connection.isEmpty()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_readOnly = false;
}

void Workspace::close()
{
    closeConnection();
    if (!m_fileKey.isEmpty()) {
        const QMutexLocker lock(&pathsMutex());
        if (--openPaths()[m_fileKey] <= 0) {
            openPaths().remove(m_fileKey);
        }
        m_fileKey.clear();
    }
}

sqlite3 *Workspace::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3 *const *>(v.data());
    }
    return nullptr;
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString Workspace::migrate()
{
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        return WorkspaceText::tr("%1 was written by a newer Funnelscope (schema %2); please update")
            .arg(m_path)
            .arg(version);
    }
    const bool rollupsStale = version < 1 || !rollupsCurrent();
    if (version == latestSchemaVersion() && !rollupsStale) {
        return {};
    }
    // One transaction for every step and the roll-ups they need: a kill at any moment leaves the old schema or the
    // whole new one, never a new schema with empty roll-ups.
    if (!m_db.transaction()) {
        return WorkspaceText::tr("cannot upgrade workspace %1: %2").arg(m_path, m_db.lastError().text());
    }
    const auto fail = [this](const QString &error) {
        m_db.rollback();
        return error;
    };
    QSqlQuery q(m_db);
    for (int v = version; v < latestSchemaVersion(); ++v) {
        for (const QString &statement : migrations().at(v)) {
            if (!q.exec(statement)) {
                return fail(WorkspaceText::tr("cannot upgrade workspace %1 to schema %2: %3")
                                .arg(m_path)
                                .arg(v + 1)
                                .arg(q.lastError().text()));
            }
        }
    }
    // PRAGMA takes no bound parameters; the version is our own integer. It is part of the transaction.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion()))) {
        return fail(WorkspaceText::tr("cannot upgrade workspace %1: %2").arg(m_path, q.lastError().text()));
    }
    // The roll-ups are caches of the rows: rebuilt whenever their stamp is not this release's (a new table, a changed
    // definition, or a workspace an older release left half-upgraded).
    QString error = CampaignRollup::rebuildAll(*this);
    if (error.isEmpty()) {
        error = CrmRollup::rebuild(*this);
    }
    if (error.isEmpty()) {
        q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('rollups', ?) ON CONFLICT(key) DO UPDATE"
                                 " SET value = excluded.value"));
        q.addBindValue(QString::number(RollupVersion));
        if (!q.exec()) {
            error = q.lastError().text();
        }
    }
    if (!error.isEmpty()) {
        return fail(WorkspaceText::tr("cannot upgrade workspace %1: %2").arg(m_path, error));
    }
    if (!m_db.commit()) {
        return fail(WorkspaceText::tr("cannot upgrade workspace %1: %2").arg(m_path, m_db.lastError().text()));
    }
    return {};
}

bool Workspace::rollupsCurrent() const
{
    return setting(QStringLiteral("rollups")) == QString::number(RollupVersion);
}

bool Workspace::rollupsMissing() const
{
    QSqlQuery q(m_db);
    return !q.exec(
               QStringLiteral("SELECT (EXISTS(SELECT 1 FROM campaign_rows) AND NOT EXISTS(SELECT 1 FROM channel_days))"
                              " OR (EXISTS(SELECT 1 FROM leads) AND NOT EXISTS(SELECT 1 FROM lead_days))"
                              " OR (EXISTS(SELECT 1 FROM deals) AND NOT EXISTS(SELECT 1 FROM deal_days))")) ||
           !q.next() || q.value(0).toBool();
}

bool Workspace::isPaidChannelName(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QStringList paidWords = {QStringLiteral("paid"),     QStringLiteral("ad"),  QStringLiteral("ads"),
                                          QStringLiteral("cpc"),      QStringLiteral("ppc"), QStringLiteral("display"),
                                          QStringLiteral("sponsored")};
    const QStringList words = name.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (paidWords.contains(w)) {
            return true;
        }
    }
    return false;
}

qint64 Workspace::dimensionId(const char *table, const QString &name, bool create)
{
    // The table name is one of ours, never user input.
    QSqlQuery q(m_db);
    const bool found = q.prepare(QStringLiteral("SELECT id FROM %1 WHERE name = ?").arg(QLatin1StringView(table))) &&
                       (q.addBindValue(name), q.exec());
    if (found && q.next()) {
        return q.value(0).toLongLong();
    }
    if (!found) {
        m_lastError = q.lastError().text();
        ReadSnapshot::recordFailure(handle(), m_lastError);
        return -1;
    }
    if (!create) {
        return -1;
    }
    if (qstrcmp(table, "channels") == 0) {
        q.prepare(QStringLiteral("INSERT INTO channels(name, paid) VALUES(?, ?)"));
        q.addBindValue(name);
        q.addBindValue(isPaidChannelName(name) ? 1 : 0);
    } else {
        q.prepare(QStringLiteral("INSERT INTO %1(name) VALUES(?)").arg(QLatin1StringView(table)));
        q.addBindValue(name);
    }
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

qint64 Workspace::channelId(const QString &name)
{
    return dimensionId("channels", name, true);
}

qint64 Workspace::campaignId(const QString &name)
{
    return dimensionId("campaigns", name, true);
}

qint64 Workspace::sourceId(const QString &name)
{
    return dimensionId("sources", name, true);
}

qint64 Workspace::findChannel(const QString &name) const
{
    return const_cast<Workspace *>(this)->dimensionId("channels", name, false);
}

qint64 Workspace::findCampaign(const QString &name) const
{
    return const_cast<Workspace *>(this)->dimensionId("campaigns", name, false);
}

QString Workspace::linkDealsToLeads()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE deals SET (linked_channel_id, linked_campaign_id, linked_first_touch) = (SELECT"
                               " coalesce(deals.channel_id, l.channel_id), coalesce(deals.campaign_id, l.campaign_id),"
                               " coalesce(deals.first_touch, l.created, deals.created) FROM (SELECT NULL) LEFT JOIN"
                               " leads l ON l.lead_id = deals.lead_id)"))) {
        return q.lastError().text();
    }
    return {};
}

QString Workspace::setting(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        ReadSnapshot::recordFailure(handle(), q.lastError().text());
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

QStringList Workspace::storedCurrencies() const
{
    QStringList out;
    const QJsonArray list = QJsonDocument::fromJson(setting(QStringLiteral("money_currencies")).toUtf8()).array();
    for (const QJsonValue &v : list) {
        out.append(v.toString());
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

QString Workspace::noteCurrencies(const QStringList &codes)
{
    QStringList all = storedCurrencies();
    const qsizetype before = all.size();
    all.append(codes);
    all.sort();
    all.removeDuplicates();
    if (all.size() == before) {
        return {};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('money_currencies', ?) ON CONFLICT(key) DO"
                             " UPDATE SET value = excluded.value"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(all)).toJson(QJsonDocument::Compact)));
    return q.exec() ? QString() : q.lastError().text();
}

QString Workspace::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                             "excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec() ? QString() : q.lastError().text();
}

void Workspace::setPaidOverride(const QString &channel, std::optional<bool> paid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE channels SET paid_override = ? WHERE name = ?"));
    q.addBindValue(paid ? QVariant(*paid ? 1 : 0) : QVariant());
    q.addBindValue(channel);
    q.exec();
}

} // namespace funnelscope

#include "importlog.h"

#include "campaignrollup.h"
#include "crmrollup.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <sqlite3.h>

namespace funnelscope {

namespace {

// Every table whose rows belong to an import, children first.
const char *const ImportTables[] = {"import_errors", "campaign_rows", "leads",    "deals",
                                    "customers",     "surveys",       "expenses", "touchpoints"};

} // namespace

QList<SpreadImport> ImportLog::spreadOver(QDate from, QDate to) const
{
    SqliteStatement q(
        m_workspace.handle(),
        QStringLiteral("SELECT file_name, spread_from, spread_to FROM imports WHERE spread_from IS NOT NULL"
                       " AND spread_from <= ? AND spread_to >= ? ORDER BY id"));
    q.bind(1, to.toJulianDay());
    q.bind(2, from.toJulianDay());
    QList<SpreadImport> list;
    while (q.step()) {
        list.append({q.text(0), QDate::fromJulianDay(q.integer(1)), QDate::fromJulianDay(q.integer(2))});
    }
    return list;
}

QList<ImportRecord> ImportLog::imports() const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT id, file_name, file_path, kind, source, encoding, date_order, imported_at,"
                                     " rows_imported, rows_rejected, rows_replaced FROM imports ORDER BY id DESC"));
    QList<ImportRecord> list;
    while (q.step()) {
        ImportRecord r;
        r.id = q.integer(0);
        r.fileName = q.text(1);
        r.filePath = q.text(2);
        r.kind = q.text(3);
        r.source = q.text(4);
        r.encoding = q.text(5);
        r.dateOrder = q.text(6);
        r.importedAt = QDateTime::fromString(q.text(7), Qt::ISODate);
        r.imported = int(q.integer(8));
        r.rejected = int(q.integer(9));
        r.replaced = int(q.integer(10));
        list.append(r);
    }
    return list;
}

QList<ImportError> ImportLog::rejectedRows(qint64 importId) const
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT line, column_name, reason FROM import_errors WHERE "
                                                           "import_id = ? ORDER BY line"));
    q.bind(1, importId);
    QList<ImportError> list;
    while (q.step()) {
        list.append({int(q.integer(0)), q.text(1), q.text(2)});
    }
    return list;
}

QString ImportLog::move(qint64 importId, bool toTrash)
{
    sqlite3 *db = m_workspace.handle();
    QString error;
    if (!execRaw(db, "SAVEPOINT move_import", &error)) {
        return error;
    }
    const auto fail = [&](const QString &message) {
        execRaw(db, "ROLLBACK TO move_import");
        execRaw(db, "RELEASE move_import");
        return message;
    };
    // The days its campaign rows span, to rebuild their months of the roll-up afterwards.
    SqliteStatement span(
        db, toTrash ? QStringLiteral("SELECT min(day), max(day) FROM main.campaign_rows WHERE import_id = ?")
                    : QStringLiteral("SELECT min(day), max(day) FROM temp.trash_campaign_rows WHERE"
                                     " import_id = ?"));
    span.bind(1, importId);
    QDate firstDay;
    QDate lastDay;
    if (span.step() && !span.isNull(0)) {
        firstDay = QDate::fromJulianDay(span.integer(0));
        lastDay = QDate::fromJulianDay(span.integer(1));
    }
    // The table names are ours; the import id is bound.
    QStringList tables;
    for (const char *t : ImportTables) {
        tables.append(QString::fromLatin1(t));
    }
    tables.append(QStringLiteral("imports"));
    if (!toTrash) {
        std::reverse(tables.begin(), tables.end()); // parents first when putting back
    }
    bool crmMoved = false;
    for (const QString &table : tables) {
        const QString key = table == u"imports" ? QStringLiteral("id") : QStringLiteral("import_id");
        const QString trash = QStringLiteral("temp.trash_") + table;
        const QString create =
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS trash_%1 AS SELECT * FROM main.%1 WHERE 0").arg(table);
        if (!execRaw(db, create.toUtf8().constData(), &error)) {
            return fail(error);
        }
        const QString from = toTrash ? QStringLiteral("main.") + table : trash;
        const QString to = toTrash ? trash : QStringLiteral("main.") + table;
        SqliteStatement copy(db, QStringLiteral("INSERT INTO %1 SELECT * FROM %2 WHERE %3 = ?").arg(to, from, key));
        copy.bind(1, importId);
        SqliteStatement drop(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(from, key));
        drop.bind(1, importId);
        if (!copy.exec()) {
            return fail(copy.error());
        }
        if (!drop.exec()) {
            return fail(drop.error());
        }
        crmMoved = crmMoved || ((table == u"leads" || table == u"deals") && sqlite3_changes(db) > 0);
    }
    if (const QString linkError = m_workspace.linkDealsToLeads(); !linkError.isEmpty()) {
        return fail(linkError);
    }
    if (const QString rollupError = CampaignRollup::rebuild(m_workspace, firstDay, lastDay); !rollupError.isEmpty()) {
        return fail(rollupError);
    }
    if (crmMoved) {
        if (const QString rollupError = CrmRollup::rebuild(m_workspace); !rollupError.isEmpty()) {
            return fail(rollupError);
        }
    }
    if (!execRaw(db, "RELEASE move_import", &error)) {
        return fail(error);
    }
    return {};
}

QString ImportLog::remove(qint64 importId)
{
    return move(importId, true);
}

QString ImportLog::restore(qint64 importId)
{
    return move(importId, false);
}

} // namespace funnelscope

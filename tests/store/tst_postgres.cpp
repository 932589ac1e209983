// The PostgreSQL backend against a real server: the throwaway one scripts/pg-test-server.sh starts for this test (a
// CTest fixture, tests/store/CMakeLists.txt). Without PostgreSQL every case skips, saying why.

#include "clisandbox.h"
#include "pgtestserver.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/pgschema.h"
#include "store/postgres/teamworkspace.h"
#include "store/postgres/workspacecopy.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace funnelscope;

namespace {

// Every row of a table of a workspace file as text, sorted: equal lists are equal tables (storageClasses adds the
// types).
QStringList dump(const QString &path, const QString &table)
{
    Workspace ws;
    if (!ws.open(path).isEmpty()) {
        return {QStringLiteral("(cannot open %1)").arg(path)};
    }
    SqliteStatement q(ws.handle(), QStringLiteral("SELECT * FROM %1").arg(table));
    QStringList rows;
    while (q.step()) {
        QStringList values;
        for (int i = 0; i < q.columnCount(); ++i) {
            values.append(q.isNull(i) ? QStringLiteral("NULL") : q.text(i));
        }
        rows.append(values.join(u'|'));
    }
    rows.sort();
    return rows;
}

// The SQLite storage class of every value of a table, counted: integer, real, text, null.
QString storageClasses(const QString &path, const QString &table)
{
    Workspace ws;
    if (!ws.open(path).isEmpty()) {
        return QStringLiteral("(cannot open %1)").arg(path);
    }
    SqliteStatement columns(ws.handle(), QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    QStringList parts;
    while (columns.step()) {
        const QString column = columns.text(0);
        SqliteStatement q(
            ws.handle(),
            QStringLiteral("SELECT typeof(\"%1\"), count(*) FROM %2 GROUP BY 1 ORDER BY 1").arg(column, table));
        while (q.step()) {
            parts.append(QStringLiteral("%1:%2=%3").arg(column, q.text(0)).arg(q.integer(1)));
        }
    }
    return parts.join(u' ');
}

qint64 sqliteCount(const QString &path, const QString &table)
{
    Workspace ws;
    if (!ws.open(path).isEmpty()) {
        return -1;
    }
    SqliteStatement q(ws.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return q.step() ? q.integer(0) : -1;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
                                       : QByteArray("(unreadable)");
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaFollowsSqlite();
    void passwordNeverInTheUrl();
    void copyUsage();
    void roundTripKeepsEveryRowAndKpi();
    void refusesTargetWithData();
    void twoCopiesAtOnce();
    void failedCopyLeavesNothing();
    void teamReadsGiveTheFilesNumbers();
    void teamImportLandsAsInAFile();
    void twoImportsAtOnceBothLand();
    void readsDuringAChangeSeeBeforeOrAfter();
    void rolesFollowTheReadmesGrants();

private:
    QString createDatabase(const QString &name) const { return m_server.createDatabase(name); }
    qint64 pgCount(const QString &url, const QString &table);
    CliRun copy(const QString &from, const QString &to) const
    {
        return m_sandbox.run({QStringLiteral("copy"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    }

    // A team database holding a copy of the demo; returns its URL, or empty with a warning.
    QString teamDatabase(const QString &name);
    // The same command on a workspace file and on a team database: the outputs must be the same, byte for byte.
    void compareOutputs(const QStringList &command, const QString &file, const QString &url);

    QString m_unavailable;
    PgTestServer m_server{QStringLiteral(FUNNELSCOPE_PG_STATE)};
    Sandbox m_sandbox;
    QString m_demo;
};

void TestPostgres::initTestCase()
{
    m_unavailable = m_server.unavailable();
    if (!m_unavailable.isEmpty()) {
        return;
    }
    QVERIFY(m_sandbox.isValid());
    // The CLI keeps team workspaces' replicas in the user's cache folder: here, the sandbox's.
    qputenv("XDG_CACHE_HOME", m_sandbox.path(QStringLiteral("cache")).toUtf8());
    m_demo = QStringLiteral("demo.fsdb");
    const CliRun demo = m_sandbox.run({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    const CliRun kpi = m_sandbox.run({QStringLiteral("kpi"), QStringLiteral("add"), QStringLiteral("--db"), m_demo,
                                      QStringLiteral("--name"), QStringLiteral("Revenue per lead"),
                                      QStringLiteral("--formula"), QStringLiteral("revenue_won / leads")});
    QVERIFY2(kpi.exitCode == 0, qPrintable(kpi.describe()));
    // Every table holds rows, and text that COPY must escape: tabs, newlines, backslashes, and letters beyond ASCII.
    Workspace ws;
    QCOMPARE(ws.open(m_sandbox.path(m_demo)), QString());
    for (const char *sql :
         {"INSERT INTO import_errors(import_id, line, column_name, reason) VALUES(1, 7, 'Kosz\tt', "
          "'not a number: \"1\\2\"\nnext line')",
          "INSERT INTO annotations(day_from, day_to, text, channel, created_at) VALUES(20362, 20364, 'Śledzenie "
          "zepsute \\N — 3–5 X', '', '2025-10-06T09:00:00Z')",
          "INSERT INTO saved_views(name, definition, saved_at) VALUES('Q4 paid', '{\"period\":\"last-90-days\"}', "
          "'2025-10-06T09:00:00Z')",
          "INSERT INTO channel_aliases(alias_key, alias, canonical) VALUES('newsletter\\x', 'Newsletter\\x', 'Email')",
          "UPDATE settings SET value = 'Tab\there, line\nbreak, back\\slash, zażółć 🙂' WHERE key = 'company'",
          "INSERT INTO settings(key, value) VALUES('company', 'Tab\there, line\nbreak, back\\slash, zażółć 🙂') ON "
          "CONFLICT(key) DO NOTHING"}) {
        QString error;
        QVERIFY2(execRaw(ws.handle(), sql, &error), qPrintable(error));
    }
}

qint64 TestPostgres::pgCount(const QString &url, const QString &table)
{
    PgConnection pg;
    if (!pg.open(url).isEmpty()) {
        return -1;
    }
    QString error;
    const auto rows = pg.query(QStringLiteral("SELECT count(*) FROM %1").arg(table), {}, &error);
    return rows ? rows->value(0).value(0).toLongLong() : -1;
}

void TestPostgres::schemaFollowsSqlite()
{
    // Every SQLite migration has its PostgreSQL twin under the same number.
    QCOMPARE(PgSchema::latestVersion(), Workspace::latestSchemaVersion());
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    Workspace ws;
    QCOMPARE(ws.open(QStringLiteral(":memory:")), QString());
    // copy knows every table of the schema.
    QStringList sqliteTables;
    SqliteStatement names(ws.handle(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                                      "NOT LIKE 'sqlite%' ORDER BY name"));
    while (names.step()) {
        sqliteTables.append(names.text(0));
    }
    QStringList copied = WorkspaceCopy::tables();
    copied.sort();
    QCOMPARE(copied, sqliteTables);

    const QString url = createDatabase(QStringLiteral("fs_schema"));
    QVERIFY(!url.isEmpty());
    PgConnection pg;
    QCOMPARE(pg.open(url), QString());
    QCOMPARE(PgSchema::migrate(pg), QString());
    QString error;
    QCOMPARE(PgSchema::version(pg, &error), Workspace::latestSchemaVersion());
    QCOMPARE(PgSchema::migrate(pg), QString()); // a second run changes nothing
    // Column for column: INTEGER is bigint, REAL double precision, TEXT text; import_errors alone adds seq.
    for (const QString &table : sqliteTables) {
        QStringList expected;
        SqliteStatement q(
            ws.handle(),
            QStringLiteral("SELECT name, upper(type) FROM pragma_table_info('%1') ORDER BY name").arg(table));
        while (q.step()) {
            const QString type = q.text(1);
            expected.append(q.text(0) + u' ' +
                            (type.contains(u"INT")    ? QStringLiteral("bigint")
                             : type.contains(u"REAL") ? QStringLiteral("double precision")
                                                      : QStringLiteral("text")));
        }
        if (table == u"import_errors") {
            expected.append(QStringLiteral("seq bigint"));
            expected.sort();
        }
        const auto rows =
            pg.query(QStringLiteral("SELECT column_name || ' ' || data_type FROM information_schema.columns "
                                    "WHERE table_schema = current_schema() AND table_name = $1 ORDER BY "
                                    "column_name"),
                     {table}, &error);
        QVERIFY2(rows, qPrintable(error));
        QStringList actual;
        for (const QStringList &row : *rows) {
            actual.append(row.value(0));
        }
        QCOMPARE(actual, expected);
    }
}

void TestPostgres::passwordNeverInTheUrl()
{
    PgConnection pg;
    const QString error = pg.open(QStringLiteral("postgresql://anna:secret@127.0.0.1:5432/team"));
    QVERIFY2(error.contains(u"~/.pgpass") && error.contains(u"PGPASSWORD") && !error.contains(u"secret"),
             qPrintable(error));
    QVERIFY(!pg.isOpen());
    QVERIFY(pg.open(QStringLiteral("postgresql://anna@127.0.0.1:5432")).contains(u"names no database"));
    QVERIFY(pg.open(QStringLiteral("postgresql://anna@127.0.0.1:5432/team?password=x")).contains(u"~/.pgpass"));
}

void TestPostgres::copyUsage()
{
    CliRun r = m_sandbox.run({QStringLiteral("copy"), QStringLiteral("--from"), QStringLiteral("a.fsdb")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--from and --to are required"), qPrintable(r.describe()));
    r = copy(QStringLiteral("a.fsdb"), QStringLiteral("b.fsdb"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("must be a postgresql:// URL"), qPrintable(r.describe()));
    // Checked before anything is opened or created.
    r = copy(QStringLiteral("missing.fsdb"), QStringLiteral("postgresql://anna:secret@127.0.0.1:1/team"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("~/.pgpass") && !r.err.contains("secret"), qPrintable(r.describe()));
    r = copy(QStringLiteral("postgresql://anna@127.0.0.1:1"), QStringLiteral("new.fsdb"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("names no database"), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(m_sandbox.path(QStringLiteral("new.fsdb"))));
}

void TestPostgres::roundTripKeepsEveryRowAndKpi()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    const QString url = createDatabase(QStringLiteral("fs_roundtrip"));
    QVERIFY(!url.isEmpty());
    const CliRun there = copy(m_demo, url);
    QVERIFY2(there.exitCode == 0, qPrintable(there.describe()));
    QVERIFY2(there.out.contains("campaign_rows\t9964\n") && there.out.contains("leads\t24829\n"),
             qPrintable(there.describe()));
    const CliRun back = copy(url, QStringLiteral("back.fsdb"));
    QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
    // Back come the same rows, and the settings row naming the database's state (team_state), which the copy into it
    // added.
    const qint64 settings = sqliteCount(m_sandbox.path(m_demo), QStringLiteral("settings"));
    const QRegularExpressionMatch total = QRegularExpression(QStringLiteral(": (\\d+) rows in ")).match(QString::fromUtf8(there.out));
    QVERIFY2(total.hasMatch(), there.out.constData());
    QCOMPARE(back.out, QByteArray(there.out)
                           .replace(m_demo.toUtf8() + " to " + url.toUtf8(), url.toUtf8() + " to back.fsdb")
                           .replace("settings\t" + QByteArray::number(settings) + '\n',
                                    "settings\t" + QByteArray::number(settings + 1) + '\n')
                           .replace(": " + total.captured(1).toUtf8() + " rows in ",
                                    ": " + QByteArray::number(total.captured(1).toLongLong() + 1) + " rows in "));

    const QString original = m_sandbox.path(m_demo);
    const QString returned = m_sandbox.path(QStringLiteral("back.fsdb"));
    for (const QString &table : WorkspaceCopy::tables()) {
        const qint64 rows = sqliteCount(original, table);
        QVERIFY2(rows > 0, qPrintable(table)); // every table holds rows
        QCOMPARE(pgCount(url, table), rows + (table == u"settings" ? 1 : 0));
        QCOMPARE(sqliteCount(returned, table), rows + (table == u"settings" ? 1 : 0));
        // Value for value, type for type; the copy into the database named its state (TeamWorkspace), which came
        // back with the rest.
        QStringList back = dump(returned, table);
        if (table == u"settings") {
            const auto state = std::find_if(back.begin(), back.end(),
                                            [](const QString &row) { return row.startsWith(u"team_state|"); });
            QVERIFY(state != back.end());
            QVERIFY2(!QUuid::fromString(state->mid(11)).isNull(), qPrintable(*state));
            back.erase(state);
        }
        QCOMPARE(back, dump(original, table));
        if (table != u"settings") { // text only, one row more
            QCOMPARE(storageClasses(returned, table), storageClasses(original, table));
        }
    }
    // The text COPY escapes came back as it was.
    Workspace ws;
    QCOMPARE(ws.open(returned), QString());
    QCOMPARE(ws.setting(QStringLiteral("company")), QStringLiteral("Tab\there, line\nbreak, back\\slash, zażółć 🙂"));
    ws.close();

    const QStringList compare{QStringLiteral("--compare"), QStringLiteral("previous")};
    const CliRun before = m_sandbox.kpis(m_demo, QStringLiteral("2025-10-01"), QStringLiteral("2025-12-31"), compare);
    const CliRun after = m_sandbox.kpis(QStringLiteral("back.fsdb"), QStringLiteral("2025-10-01"),
                                        QStringLiteral("2025-12-31"), compare);
    QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));
    QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
    QVERIFY2(before.out.contains("\"revenue_per_lead\"") && before.out.contains("\"leads\": "),
             qPrintable(before.describe()));
    QCOMPARE(after.out, before.out);
}

void TestPostgres::refusesTargetWithData()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    const QString url = createDatabase(QStringLiteral("fs_full"));
    QVERIFY(!url.isEmpty());
    const CliRun first = copy(m_demo, url);
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const qint64 leads = pgCount(url, QStringLiteral("leads"));

    // A database holding a workspace is refused, and keeps its rows.
    const CliRun again = copy(m_demo, url);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("it already holds workspace data") && again.err.contains(url.toUtf8()),
             qPrintable(again.describe()));
    QCOMPARE(pgCount(url, QStringLiteral("leads")), leads);

    // So is a workspace file with data, untouched.
    const QByteArray hash = fileHash(m_sandbox.path(m_demo));
    const CliRun onto = copy(url, m_demo);
    QCOMPARE(onto.exitCode, 1);
    QVERIFY2(onto.err.contains("it already holds workspace data"), qPrintable(onto.describe()));
    QCOMPARE(fileHash(m_sandbox.path(m_demo)), hash);

    // A database without a workspace cannot be copied from, and the file is not left behind.
    const QString empty = createDatabase(QStringLiteral("fs_empty"));
    const CliRun nothing = copy(empty, QStringLiteral("nothing.fsdb"));
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains("holds no Funnelscope workspace"), qPrintable(nothing.describe()));
    QVERIFY(!QFile::exists(m_sandbox.path(QStringLiteral("nothing.fsdb"))));
    // Nor can a file that does not exist, and the database stays empty.
    const CliRun missing = copy(QStringLiteral("missing.fsdb"), empty);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("no such workspace file"), qPrintable(missing.describe()));
    PgConnection pg;
    QCOMPARE(pg.open(empty), QString());
    QString error;
    QCOMPARE(PgSchema::version(pg, &error), 0);
}

void TestPostgres::twoCopiesAtOnce()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    const QStringList urls{createDatabase(QStringLiteral("fs_team_a")), createDatabase(QStringLiteral("fs_team_b"))};
    QVERIFY(!urls.at(0).isEmpty() && !urls.at(1).isEmpty());
    QList<QProcess *> processes;
    for (const QString &url : urls) {
        auto *p = new QProcess(this);
        p->setWorkingDirectory(m_sandbox.path(QString()));
        p->start(QStringLiteral(FUNNELSCOPE_CLI),
                 {QStringLiteral("copy"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"), url});
        processes.append(p);
    }
    for (QProcess *p : processes) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, p->readAllStandardError().constData());
    }
    for (const QString &url : urls) {
        QCOMPARE(pgCount(url, QStringLiteral("campaign_rows")), 9964);
        QCOMPARE(pgCount(url, QStringLiteral("touchpoints")),
                 sqliteCount(m_sandbox.path(m_demo), QStringLiteral("touchpoints")));
    }
    // Into one database at once: one lands, the other waits for it and is refused.
    const QString url = createDatabase(QStringLiteral("fs_team_c"));
    QVERIFY(!url.isEmpty());
    QList<QProcess *> racing;
    for (int i = 0; i < 2; ++i) {
        auto *p = new QProcess(this);
        p->setWorkingDirectory(m_sandbox.path(QString()));
        p->start(QStringLiteral(FUNNELSCOPE_CLI),
                 {QStringLiteral("copy"), QStringLiteral("--from"), m_demo, QStringLiteral("--to"), url});
        racing.append(p);
    }
    QList<int> codes;
    for (QProcess *p : racing) {
        QVERIFY(p->waitForFinished(120000));
        codes.append(p->exitCode());
    }
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, (QList<int>{0, 1}));
    QCOMPARE(pgCount(url, QStringLiteral("campaign_rows")), 9964);
}

void TestPostgres::failedCopyLeavesNothing()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    // A day that is text, not a day number: PostgreSQL's BIGINT cannot keep it, and nothing is guessed.
    const QString bad = m_sandbox.path(QStringLiteral("bad.fsdb"));
    {
        Workspace ws;
        QCOMPARE(ws.open(m_sandbox.path(m_demo)), QString());
        QString error;
        QVERIFY2(execRaw(ws.handle(), QStringLiteral("VACUUM INTO '%1'").arg(bad).toUtf8().constData(), &error),
                 qPrintable(error));
    }
    {
        Workspace ws;
        QCOMPARE(ws.open(bad), QString());
        QString error;
        QVERIFY2(execRaw(ws.handle(),
                         "UPDATE leads SET mql_day = 'next week' WHERE lead_id = (SELECT max(lead_id) FROM leads)",
                         &error),
                 qPrintable(error));
    }
    const QString url = createDatabase(QStringLiteral("fs_failed"));
    QVERIFY(!url.isEmpty());
    const CliRun r = copy(QStringLiteral("bad.fsdb"), url);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("table leads, row 24829, column mql_day holds 'next week', which is not a bigint"),
             qPrintable(r.describe()));
    // One transaction: not even the tables of the rows copied before stay.
    PgConnection pg;
    QCOMPARE(pg.open(url), QString());
    QString error;
    QCOMPARE(PgSchema::version(pg, &error), 0);
    // Nor does a refused copy out of that database leave a file.
    const CliRun back = copy(url, QStringLiteral("never.fsdb"));
    QCOMPARE(back.exitCode, 1);
    QVERIFY(!QFile::exists(m_sandbox.path(QStringLiteral("never.fsdb"))));
}

QString TestPostgres::teamDatabase(const QString &name)
{
    const QString url = createDatabase(name);
    if (url.isEmpty()) {
        return {};
    }
    const CliRun copied = copy(m_demo, url);
    if (copied.exitCode != 0) {
        qWarning("%s", qPrintable(copied.describe()));
        return {};
    }
    return url;
}

void TestPostgres::compareOutputs(const QStringList &command, const QString &file, const QString &url)
{
    const auto with = [&](const QString &db) {
        QStringList args = command;
        args.insert(1, db);
        args.insert(1, QStringLiteral("--db"));
        return m_sandbox.run(args);
    };
    const CliRun onFile = with(file);
    const CliRun onTeam = with(url);
    QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.describe()));
    QVERIFY2(onTeam.exitCode == 0, qPrintable(onTeam.describe()));
    QVERIFY2(onFile.out.size() > 200, qPrintable(onFile.describe()));
    QCOMPARE(onTeam.out, onFile.out);
}

void TestPostgres::teamReadsGiveTheFilesNumbers()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    const QString url = teamDatabase(QStringLiteral("fs_team_read"));
    QVERIFY(!url.isEmpty());
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2025-07-01"), QStringLiteral("--to"),
                             QStringLiteral("2025-12-31")};
    compareOutputs(QStringList{QStringLiteral("kpis")} + period +
                       QStringList{QStringLiteral("--compare"), QStringLiteral("previous"), QStringLiteral("--format"),
                                   QStringLiteral("json")},
                   m_demo, url);
    compareOutputs(QStringList{QStringLiteral("attribution")} + period +
                       QStringList{QStringLiteral("--model"), QStringLiteral("linear"), QStringLiteral("--format"),
                                   QStringLiteral("json")},
                   m_demo, url);
    compareOutputs(QStringList{QStringLiteral("cohorts")} + period +
                       QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                   m_demo, url);
    // The three reads read one replica, pulled by the first: the database's state did not change.
    QDir replicas(TeamWorkspace::replicaFolder(url));
    QCOMPARE(replicas.entryList({QStringLiteral("*.funnelscope")}).size(), 1);
    QVERIFY(replicas.entryList({QStringLiteral("*.part")}).isEmpty());
}

void TestPostgres::teamImportLandsAsInAFile()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    const QString url = teamDatabase(QStringLiteral("fs_team_import"));
    QVERIFY(!url.isEmpty());
    QFile::remove(m_sandbox.path(QStringLiteral("laptop.fsdb")));
    QVERIFY(QFile::copy(m_sandbox.path(m_demo), m_sandbox.path(QStringLiteral("laptop.fsdb"))));
    // 1 200.50 + 99.50 = 1 300.00 USD of events in December.
    QVERIFY(m_sandbox.write(QStringLiteral("events.csv"), "date,channel,campaign,category,amount\n"
                                                          "2025-12-02,Events,Summit,booth,1200.50\n"
                                                          "2025-12-03,Events,Summit,travel,99.50\n"));
    const qint64 importsBefore = pgCount(url, QStringLiteral("imports"));
    const qint64 expensesBefore = pgCount(url, QStringLiteral("expenses"));
    for (const QString &db : {QStringLiteral("laptop.fsdb"), url}) {
        const CliRun imported = m_sandbox.import(db, {QStringLiteral("events.csv"), QStringLiteral("--kind"),
                                                      QStringLiteral("expenses")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    }
    QCOMPARE(pgCount(url, QStringLiteral("imports")), importsBefore + 1);
    QCOMPARE(pgCount(url, QStringLiteral("expenses")), expensesBefore + 2);
    PgConnection pg;
    QCOMPARE(pg.open(url), QString());
    QString error;
    const auto sum = pg.query(QStringLiteral("SELECT sum(amount) FROM expenses WHERE import_id = (SELECT max(id) FROM "
                                             "imports)"),
                              {}, &error);
    QVERIFY2(sum, qPrintable(error));
    // Money in micro-units: 1 300 USD.
    QCOMPARE(sum->value(0).value(0), QStringLiteral("1300000000"));
    const QStringList december{QStringLiteral("kpis"),       QStringLiteral("--from"),   QStringLiteral("2025-12-01"),
                               QStringLiteral("--to"),       QStringLiteral("2025-12-31"), QStringLiteral("--format"),
                               QStringLiteral("json")};
    compareOutputs(december, QStringLiteral("laptop.fsdb"), url);
    // A refused import changes nothing.
    QVERIFY(m_sandbox.write(QStringLiteral("broken.csv"), "date,channel,amount\n2025-12-04,Events,abc\n"));
    const CliRun refused = m_sandbox.import(url, {QStringLiteral("broken.csv"), QStringLiteral("--kind"),
                                                  QStringLiteral("expenses")});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QCOMPARE(pgCount(url, QStringLiteral("imports")), importsBefore + 1);
    compareOutputs(december, QStringLiteral("laptop.fsdb"), url);
}

void TestPostgres::twoImportsAtOnceBothLand()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    const QString url = teamDatabase(QStringLiteral("fs_team_two"));
    QVERIFY(!url.isEmpty());
    QVERIFY(m_sandbox.write(QStringLiteral("paid.csv"), "date,channel,campaign,impressions,clicks,cost\n"
                                                        "2025-12-30,Reddit Ads,Launch,1000,10,25.00\n"
                                                        "2025-12-31,Reddit Ads,Launch,3000,30,75.00\n"));
    QVERIFY(m_sandbox.write(QStringLiteral("fair.csv"), "date,channel,amount\n2025-12-30,Trade fairs,500\n"));
    const qint64 importsBefore = pgCount(url, QStringLiteral("imports"));
    QList<QProcess *> racing;
    for (const QStringList &args :
         {QStringList{QStringLiteral("paid.csv"), QStringLiteral("--kind"), QStringLiteral("campaign")},
          QStringList{QStringLiteral("fair.csv"), QStringLiteral("--kind"), QStringLiteral("expenses")}}) {
        auto *p = new QProcess(this);
        p->setWorkingDirectory(m_sandbox.path(QString()));
        p->start(QStringLiteral(FUNNELSCOPE_CLI), QStringList{QStringLiteral("import"), QStringLiteral("--db"), url,
                                                              QStringLiteral("--currency"), QStringLiteral("USD")} +
                                                      args);
        racing.append(p);
    }
    QByteArray messages;
    for (QProcess *p : racing) {
        QVERIFY(p->waitForFinished(180000));
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, err.constData());
        messages += err;
    }
    // Both landed, one after the other: neither lost the other's rows.
    QCOMPARE(pgCount(url, QStringLiteral("imports")), importsBefore + 2);
    PgConnection pg;
    QCOMPARE(pg.open(url), QString());
    QString error;
    const auto rows = pg.query(
        QStringLiteral("SELECT (SELECT sum(cost) FROM campaign_rows r JOIN channels c ON c.id = r.channel_id WHERE "
                       "c.name = 'Reddit Ads'), (SELECT sum(amount) FROM expenses e JOIN channels c ON c.id = "
                       "e.channel_id WHERE c.name = 'Trade fairs')"),
        {}, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->value(0), (QStringList{QStringLiteral("100000000"), QStringLiteral("500000000")}));
    // The one that waited said so (unless the first was done before the second began).
    QVERIFY2(messages.isEmpty() || messages.contains("waiting for"), messages.constData());
}

void TestPostgres::readsDuringAChangeSeeBeforeOrAfter()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    const QString url = teamDatabase(QStringLiteral("fs_team_snapshot"));
    QVERIFY(!url.isEmpty());
    // 1,240 rows of spend in December on a channel of its own: a read shows all of them or none.
    QByteArray csv = "date,channel,campaign,impressions,clicks,cost\n";
    for (int day = 1; day <= 31; ++day) {
        for (int campaign = 0; campaign < 40; ++campaign) {
            csv += QStringLiteral("2025-12-%1,Snapshot Ads,C%2,100,1,32.25\n")
                       .arg(day, 2, 10, QChar(u'0'))
                       .arg(campaign)
                       .toUtf8();
        }
    }
    QVERIFY(m_sandbox.write(QStringLiteral("snapshot.csv"), csv));
    const QStringList read{QStringLiteral("kpis"),       QStringLiteral("--db"),   url,
                           QStringLiteral("--from"),     QStringLiteral("2025-12-01"), QStringLiteral("--to"),
                           QStringLiteral("2025-12-31"), QStringLiteral("--channel"),  QStringLiteral("Snapshot Ads"),
                           QStringLiteral("--format"),   QStringLiteral("csv")};
    const CliRun before = m_sandbox.run(read);
    QVERIFY2(before.exitCode == 0, qPrintable(before.describe()));
    QProcess change;
    change.setWorkingDirectory(m_sandbox.path(QString()));
    change.start(QStringLiteral(FUNNELSCOPE_CLI),
                 {QStringLiteral("import"), QStringLiteral("--db"), url, QStringLiteral("--currency"),
                  QStringLiteral("USD"), QStringLiteral("snapshot.csv")});
    QVERIFY(change.waitForStarted());
    QList<QByteArray> seen;
    while (change.state() != QProcess::NotRunning) {
        const CliRun during = m_sandbox.run(read);
        QVERIFY2(during.exitCode == 0, qPrintable(during.describe()));
        seen.append(during.out);
        change.waitForFinished(50);
    }
    QVERIFY2(change.exitCode() == 0, change.readAllStandardError().constData());
    const CliRun after = m_sandbox.run(read);
    QVERIFY2(after.exitCode == 0, qPrintable(after.describe()));
    // 31 days × 40 campaigns × 32.25 = 39 990 USD of media cost.
    QVERIFY2(after.out.contains("media_cost,awareness,39990,USD"), after.out.constData());
    QVERIFY(after.out != before.out);
    for (const QByteArray &out : seen) {
        QVERIFY2(out == before.out || out == after.out, out.constData());
    }
    qInfo("%lld reads during the change", qint64(seen.size()));
}

void TestPostgres::rolesFollowTheReadmesGrants()
{
    if (!m_unavailable.isEmpty()) {
        QSKIP(qPrintable(m_unavailable));
    }
    const QString url = teamDatabase(QStringLiteral("fs_team_viewer"));
    QVERIFY(!url.isEmpty());
    // The README's GRANTs for a viewer.
    PgConnection admin;
    QCOMPARE(admin.open(url), QString());
    admin.exec(QStringLiteral("DROP OWNED BY fs_viewer; DROP ROLE IF EXISTS fs_viewer"));
    QCOMPARE(admin.exec(QStringLiteral("CREATE ROLE fs_viewer LOGIN PASSWORD '%1'; GRANT CONNECT ON DATABASE "
                                       "fs_team_viewer TO fs_viewer; GRANT USAGE ON SCHEMA public TO fs_viewer; "
                                       "GRANT SELECT ON ALL TABLES IN SCHEMA public TO fs_viewer")
                            .arg(qEnvironmentVariable("PGPASSWORD"))),
             QString());
    QString viewer = url;
    viewer.replace(QRegularExpression(QStringLiteral("^postgresql://[^@]*@")),
                   QStringLiteral("postgresql://fs_viewer@"));
    compareOutputs({QStringLiteral("kpis"), QStringLiteral("--from"), QStringLiteral("2025-10-01"),
                    QStringLiteral("--to"), QStringLiteral("2025-12-31"), QStringLiteral("--format"),
                    QStringLiteral("json")},
                   m_demo, viewer);
    QVERIFY(m_sandbox.write(QStringLiteral("viewer.csv"), "date,channel,amount\n2025-12-30,Events,10\n"));
    const qint64 imports = pgCount(url, QStringLiteral("imports"));
    const CliRun refused = m_sandbox.import(viewer, {QStringLiteral("viewer.csv"), QStringLiteral("--kind"),
                                                     QStringLiteral("expenses")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("but not change it") && refused.err.contains("editor role"),
             qPrintable(refused.describe()));
    const CliRun goal = m_sandbox.run({QStringLiteral("goals"), QStringLiteral("remove"), QStringLiteral("1"),
                                       QStringLiteral("--db"), viewer});
    QCOMPARE(goal.exitCode, 1);
    QCOMPARE(pgCount(url, QStringLiteral("imports")), imports);

    // An editor with the README's grants imports.
    admin.exec(QStringLiteral("DROP OWNED BY fs_editor; DROP ROLE IF EXISTS fs_editor"));
    QCOMPARE(admin.exec(QStringLiteral("CREATE ROLE fs_editor LOGIN PASSWORD '%1'; GRANT CONNECT ON DATABASE "
                                       "fs_team_viewer TO fs_editor; GRANT USAGE ON SCHEMA public TO fs_editor; "
                                       "GRANT SELECT ON ALL TABLES IN SCHEMA public TO fs_editor; "
                                       "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO fs_editor; "
                                       "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO fs_editor")
                            .arg(qEnvironmentVariable("PGPASSWORD"))),
             QString());
    QString editor = viewer;
    editor.replace(QStringLiteral("://fs_viewer@"), QStringLiteral("://fs_editor@"));
    const CliRun edited = m_sandbox.import(editor, {QStringLiteral("viewer.csv"), QStringLiteral("--kind"),
                                                    QStringLiteral("expenses")});
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
    QCOMPARE(pgCount(url, QStringLiteral("imports")), imports + 1);
    // And the viewer reads the editor's change.
    const CliRun seen = m_sandbox.run({QStringLiteral("kpis"), QStringLiteral("--db"), viewer, QStringLiteral("--from"),
                                       QStringLiteral("2025-12-30"), QStringLiteral("--to"),
                                       QStringLiteral("2025-12-30"), QStringLiteral("--channel"),
                                       QStringLiteral("Events"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(seen.exitCode == 0 && seen.out.contains("\ntotal_cost,sales,10,USD"), qPrintable(seen.describe()));
    admin.exec(QStringLiteral("DROP OWNED BY fs_viewer; DROP ROLE fs_viewer; DROP OWNED BY fs_editor; DROP ROLE "
                              "fs_editor"));
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"

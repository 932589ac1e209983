// Opening workspace files that are not what they should be: each is refused with a clear message and left exactly
// as it was.

#include "importing/importer.h"
#include "kpi/kpiengine.h"
#include "stagedatabase.h"
#include "store/readsnapshot.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace funnelscope;

class TestWorkspace_ : public QObject
{
    Q_OBJECT

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // A real workspace with some data, closed (so its write-ahead log is folded into the file).
    static QString makeWorkspace(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("ws.db"));
        Workspace w;
        if (!w.open(path).isEmpty()) {
            return {};
        }
        Importer importer(w);
        QFile csv(dir.filePath(QStringLiteral("rows.csv")));
        if (!csv.open(QIODevice::WriteOnly)) {
            return {};
        }
        csv.write("date,channel,campaign,impressions\n");
        for (int i = 0; i < 2000; ++i) {
            csv.write(QStringLiteral("2025-03-%1,Paid Search,Campaign %2,%3\n")
                          .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                          .arg(i)
                          .arg(i * 7)
                          .toUtf8());
        }
        csv.close();
        if (importer.importFile(csv.fileName(), {}).status != ImportResult::Status::Imported) {
            return {};
        }
        w.close();
        return path;
    }

    static void refusedUntouched(const QString &path, const char *message)
    {
        const QByteArray before = digest(path);
        Workspace w;
        const QString error = w.open(path);
        QVERIFY2(error.contains(QLatin1String(message)), qPrintable(error));
        QVERIFY(!w.isOpen());
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

private slots:
    void textFileIsNotAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,channel\n2025-01-01,Email\n");
        f.close();
        refusedUntouched(path, "is not a Funnelscope workspace (not a SQLite database file)");
    }

    void randomBytesAreNotAWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("noise.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray noise(65536, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        f.write(noise);
        f.close();
        refusedUntouched(path, "not a SQLite database file");
    }

    void truncatedWorkspaceIsDamaged()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2));
        refusedUntouched(path, "is damaged: it is cut short");
    }

    void newerWorkspaceIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QVERIFY(!path.isEmpty());
        // user_version lives at bytes 60–63 of the header, big-endian.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(60);
        f.write(QByteArray::fromHex("00000063")); // 99
        f.close();
        refusedUntouched(path, "was written by a newer Funnelscope (schema 99");
    }

    void anotherProgramsDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)"));
            QSqlQuery(db).exec(QStringLiteral("INSERT INTO notes(body) VALUES('hello')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        refusedUntouched(path, "is a SQLite database of another program");
    }

    void shippedSchemasUpgradeWithABackup_data()
    {
        QTest::addColumn<int>("schema");
        // Every schema that shipped; the latest opens as it is, without a backup.
        for (int schema = 3; schema <= Workspace::latestSchemaVersion(); ++schema) {
            QTest::addRow("schema %d", schema) << schema;
        }
    }

    void shippedSchemasUpgradeWithABackup()
    {
        // Every schema that shipped: a copy opens, is backed up as it was, upgraded, and gives the KPIs the release
        // that wrote it gave (tests/data/workspaces/README.md).
        QFETCH(int, schema);
        const QString name = QStringLiteral("schema-%1").arg(schema);
        const QString shipped = QStringLiteral(FUNNELSCOPE_WORKSPACES "/") + name + QStringLiteral(".db");
        QVERIFY2(QFile::exists(shipped), "every schema that shipped needs its fixture workspace");
        QTemporaryDir dir;
        const QString path = dir.filePath(name + QStringLiteral(".db"));
        QVERIFY(QFile::copy(shipped, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Workspace w;
        QCOMPARE(w.open(path), QString());
        QCOMPARE(w.schemaVersion(), Workspace::latestSchemaVersion());
        const QString backup = path + QStringLiteral(".schema-%1.bak").arg(schema);
        QCOMPARE(QFile::exists(backup), schema < Workspace::latestSchemaVersion());
        if (QFile::exists(backup)) {
            QFile b(backup);
            QVERIFY(b.open(QIODevice::ReadOnly));
            const QByteArray header = b.read(100);
            QCOMPARE(qFromBigEndian<quint32>(header.constData() + 60), quint32(schema)); // as it was
            QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        }

        const auto load = [&name](const char *suffix) {
            QFile f(QStringLiteral(FUNNELSCOPE_WORKSPACES "/") + name + QLatin1String(suffix));
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        };
        const auto same = [](const KpiValues &ours, const QJsonObject &theirs, const QString &what) {
            QVERIFY2(!theirs.isEmpty(), qPrintable(what));
            for (auto it = theirs.begin(); it != theirs.end(); ++it) {
                const std::optional<double> v = ours.valueOf(it.key()); // custom KPIs too (schema 10 on)
                const bool equal = it.value().isNull()
                                       ? !v.has_value()
                                       : v && qAbs(*v - it.value().toDouble()) <= 1e-9 * qMax(1.0, qAbs(*v));
                QVERIFY2(equal, qPrintable(QStringLiteral("%1 %2: %3 then, %4 now")
                                               .arg(what, it.key(), it.value().toVariant().toString())
                                               .arg(v ? QString::number(*v, 'g', 17) : QStringLiteral("null"))));
            }
        };
        KpiEngine engine(w);
        const Scope quarter{QDate(2025, 10, 1), QDate(2025, 12, 31), {}, {}};
        const QJsonObject kpis = load("-kpis-2025-q4.json");
        same(engine.compute(quarter), kpis.value(QStringLiteral("values")).toObject(), QStringLiteral("Q4"));
        same(engine.compute(quarter.compared(Comparison::PreviousPeriod)),
             kpis.value(QStringLiteral("previous")).toObject().value(QStringLiteral("values")).toObject(),
             QStringLiteral("Q3"));
        const QJsonArray rows = load("-channels-2025-q4.json").value(QStringLiteral("rows")).toArray();
        const QList<KpiEngine::Row> channels = engine.breakdown(quarter, Breakdown::Channel, Comparison::None);
        QCOMPARE(channels.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(channels.at(i).key, rows.at(i)[QStringLiteral("key")].toString());
            same(channels.at(i).values, rows.at(i)[QStringLiteral("values")].toObject(), channels.at(i).key);
        }
    }

    void upgradeIsOneTransaction()
    {
        // A failure, or a kill, anywhere in an upgrade leaves the old schema whole: here its last step, filling the
        // roll-ups, fails. Once it can succeed, the upgraded workspace has its numbers.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema-3.db"));
        QVERIFY(QFile::copy(QStringLiteral(FUNNELSCOPE_WORKSPACES "/schema-3.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(stageExec(path, {QStringLiteral("CREATE TRIGGER fail_rollup BEFORE INSERT ON campaign_months BEGIN"
                                                " SELECT RAISE(ABORT, 'injected failure'); END")}));
        {
            Workspace w;
            QVERIFY(w.open(path).contains(u"injected failure"));
        }
        QCOMPARE(stageQueryInt(path, QStringLiteral("PRAGMA user_version")), 3);
        QCOMPARE(stageQueryInt(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'channel_days'")),
                 0);

        QVERIFY(stageExec(path, {QStringLiteral("DROP TRIGGER fail_rollup")}));
        Workspace w;
        QCOMPARE(w.open(path), QString());
        QCOMPARE(w.schemaVersion(), Workspace::latestSchemaVersion());
        const KpiValues q4 = KpiEngine(w).compute({QDate(2025, 10, 1), QDate(2025, 12, 31), {}, {}});
        QCOMPARE(q4.value(u"impressions"), 10107661.0); // tests/data/workspaces/schema-3-kpis-2025-q4.json
        QCOMPARE(q4.value(u"leads"), 68.0);
        QCOMPARE(q4.value(u"won_deals"), 3.0);
    }

    void readSnapshotSeesOneCommittedState()
    {
        // A command's or a refresh's reads see the state committed when they began, while another connection
        // imports; the next snapshot sees the import. A read that fails inside one is kept for the caller.
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QVERIFY(!path.isEmpty());
        const Scope march{QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}};
        Workspace reader;
        QCOMPARE(reader.open(path), QString());
        const double before = KpiEngine(reader).compute(march).value(u"impressions").value_or(-1);
        QCOMPARE(before, 7.0 * 1999 * 2000 / 2); // Σ 7i for i < 2000
        {
            const ReadSnapshot snapshot(reader);
            QCOMPARE(KpiEngine(reader).compute(march).value(u"impressions"), before);
            Workspace writer;
            QCOMPARE(writer.open(path), QString());
            QFile csv(dir.filePath(QStringLiteral("more.csv")));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("date,channel,campaign,impressions\n2025-03-15,Email,Late,1000\n");
            csv.close();
            QCOMPARE(Importer(writer).importFile(csv.fileName(), {}).status, ImportResult::Status::Imported);
            QCOMPARE(KpiEngine(reader).compute(march).value(u"impressions"), before);
            QCOMPARE(KpiEngine(reader).compute(march).value(u"impressions"), before);
            QCOMPARE(snapshot.error(), QString());
        }
        QCOMPARE(KpiEngine(reader).compute(march).value(u"impressions"), before + 1000);

        QVERIFY(stageExec(path, {QStringLiteral("DROP TABLE campaign_months")}));
        const ReadSnapshot damaged(reader);
        KpiEngine(reader).compute({QDate(2025, 1, 1), QDate(2025, 12, 31), {}, {QStringLiteral("Late")}});
        QVERIFY2(damaged.error().contains(u"campaign_months"), qPrintable(damaged.error()));
    }

    void missingRollupsAreRebuilt()
    {
        // A workspace an older release left with a new schema and empty roll-ups (killed between its two
        // transactions) gets them back when opened: they are caches of the rows, stamped with their version.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema-4.db"));
        QVERIFY(QFile::copy(QStringLiteral(FUNNELSCOPE_WORKSPACES "/schema-4.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(
            stageExec(path, {QStringLiteral("DELETE FROM campaign_months"), QStringLiteral("DELETE FROM channel_days"),
                             QStringLiteral("DELETE FROM lead_days"), QStringLiteral("DELETE FROM deal_days"),
                             QStringLiteral("DELETE FROM settings WHERE key = 'rollups'")}));
        {
            // Read-only, nothing can be rebuilt: refused rather than shown as nulls.
            Workspace w;
            QVERIFY(w.open(path, Workspace::Access::ReadOnly).contains(u"must be upgraded"));
        }
        Workspace w;
        QCOMPARE(w.open(path), QString());
        QVERIFY(w.rollupsCurrent());
        const KpiValues q4 = KpiEngine(w).compute({QDate(2025, 10, 1), QDate(2025, 12, 31), {}, {}});
        QCOMPARE(q4.value(u"impressions"), 10107661.0); // tests/data/workspaces/schema-4-kpis-2025-q4.json
        QCOMPARE(q4.value(u"leads"), 68.0);
        QCOMPARE(q4.value(u"won_deals"), 3.0);
        QCOMPARE(q4.value(u"media_cost"), 208255.85);
    }

    void readOnlyOpenReadsAndWritesNothing()
    {
        // A workspace opened read-only (a file on a read-only share, say) gives the same KPIs, refuses every change
        // with a clear message, and keeps its bytes; so does any later open of a path marked read-only.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.db"));
        // The latest schema's fixture: an older one would need an upgrade, which a read-only open refuses.
        QVERIFY(QFile::copy(
            QStringLiteral(FUNNELSCOPE_WORKSPACES "/schema-%1.db").arg(Workspace::latestSchemaVersion()), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = digest(path);
        const Scope quarter{QDate(2025, 10, 1), QDate(2025, 12, 31), {}, {}};
        KpiValues expected;
        {
            QTemporaryDir other;
            const QString copy = other.filePath(QStringLiteral("ws.db"));
            QVERIFY(QFile::copy(path, copy));
            Workspace w;
            QCOMPARE(w.open(copy), QString());
            expected = KpiEngine(w).compute(quarter);
        }
        {
            Workspace w;
            QCOMPARE(w.open(path, Workspace::Access::ReadOnly), QString());
            QVERIFY(w.isReadOnly());
            const KpiValues values = KpiEngine(w).compute(quarter);
            QCOMPARE(values.value(u"impressions"), expected.value(u"impressions"));
            QCOMPARE(values.value(u"revenue"), expected.value(u"revenue"));
            QCOMPARE(values.value(u"cpl"), expected.value(u"cpl"));
            QVERIFY(values.value(u"impressions").value_or(0) > 0);
            TestWorkspace files;
            const ImportResult r = Importer(w).importFile(
                files.write(QStringLiteral("more.csv"), "date,channel,campaign,clicks\n2025-11-01,Email,N,7\n"), {});
            QCOMPARE(r.status, ImportResult::Status::Refused);
            QVERIFY2(r.summary().contains(u"the workspace is open read-only"), qPrintable(r.summary()));
            w.setSetting(QStringLiteral("company"), QStringLiteral("changed"));
            QVERIFY(w.setting(QStringLiteral("company")) != u"changed");
        }
        QCOMPARE(digest(path), before);

        Workspace::markReadOnly(path);
        Workspace again;
        QCOMPARE(again.open(path), QString());
        QVERIFY(again.isReadOnly());
        again.close();
        QCOMPARE(digest(path), before);

        // An older schema cannot be read without its upgrade, which needs write access.
        const QString old = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(QFile::copy(QStringLiteral(FUNNELSCOPE_WORKSPACES "/schema-3.db"), old));
        Workspace older;
        const QString error = older.open(old, Workspace::Access::ReadOnly);
        QVERIFY2(error.contains(u"upgraded") && error.contains(u"write access"), qPrintable(error));
        QVERIFY(!older.isOpen());
    }

    void twoInstancesShareOneWorkspace()
    {
        // Another window (here: a second connection) reads while an import writes, and a second writer waits for
        // the first (SQLite's lock with a busy timeout) instead of failing or corrupting anything.
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QVERIFY(!path.isEmpty());
        Workspace first;
        QCOMPARE(first.open(path), QString());
        Workspace second;
        QCOMPARE(second.open(path), QString());
        QVERIFY(execRaw(first.handle(), "BEGIN IMMEDIATE"));
        QVERIFY(execRaw(first.handle(), "INSERT INTO channels(name, paid) VALUES('Held', 0)"));
        // The reader sees the last committed state meanwhile.
        {
            SqliteStatement q(second.handle(), QStringLiteral("SELECT count(*) FROM campaign_rows"));
            QVERIFY(q.step());
            QCOMPARE(q.integer(0), 2000);
        }
        // A second writer, in a process of its own, waits while the first holds the lock for a second.
        const QString csv = dir.filePath(QStringLiteral("more.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,channel,campaign,impressions\n2025-04-01,Email,Later,9\n");
        f.close();
        QProcess cli;
        cli.start(QStringLiteral(FUNNELSCOPE_CLI), {QStringLiteral("import"), QStringLiteral("--db"), path, csv});
        QVERIFY(cli.waitForStarted());
        QTest::qWait(1000);
        QCOMPARE(cli.state(), QProcess::Running);
        QVERIFY(execRaw(first.handle(), "COMMIT"));
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        SqliteStatement check(second.handle(), QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
        SqliteStatement rows(second.handle(), QStringLiteral("SELECT count(*) FROM campaign_rows"));
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), 2001);
        QVERIFY(second.findChannel(QStringLiteral("Held")) > 0);
    }

    void healthyWorkspaceStillOpens()
    {
        QTemporaryDir dir;
        const QString path = makeWorkspace(dir);
        QVERIFY(!path.isEmpty());
        Workspace w;
        QCOMPARE(w.open(path), QString());
        QCOMPARE(QFile::permissions(path) &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace_)
#include "tst_workspace.moc"

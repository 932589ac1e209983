// What the command line does when things go wrong around it (docs/reliability.md): files it cannot write, sums too
// large for 64 bits, a damaged workspace, periods of millennia, files that are not files, another program's database,
// a busy writer, and text that would turn the report's sentences around. Each case runs the built binary as a user
// does and checks what a person would: the exit code, the one sentence on stderr, and what is left on disk.

#include "clisandbox.h"
#include "goals/goalstore.h"
#include "stagedatabase.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace funnelscope;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// A campaign file: one row a day from the first day, each with this cost and 100 impressions, one campaign.
QByteArray costRows(const QDate &first, int days, const QByteArray &cost, const QByteArray &campaign = "Big")
{
    QByteArray csv = "date,channel,campaign,impressions,cost\n";
    for (int i = 0; i < days; ++i) {
        csv += first.addDays(i).toString(Qt::ISODate).toLatin1() + ",Paid Search," + campaign + ",100," + cost + '\n';
    }
    return csv;
}

QJsonObject values(const CliRun &r)
{
    return jsonObject(r.out).value_or(QJsonObject()).value(u"values").toObject();
}

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void reportIsWrittenWholeOrNotAtAll()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs bash's ulimit -f to fill the disk");
#endif
        // The report goes through a temporary file renamed over the old one: a full disk (a file-size limit on the
        // process) or a device that takes no bytes fails with exit 1 and a sentence, and the last good report stays.
        Sandbox box;
        QCOMPARE(box.run({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("ws.db")}).exitCode, 0);
        const QStringList report = {QStringLiteral("report"),     QStringLiteral("--db"),       QStringLiteral("ws.db"),
                                    QStringLiteral("--from"),     QStringLiteral("2026-07-01"), QStringLiteral("--to"),
                                    QStringLiteral("2026-09-30"), QStringLiteral("--out")};
        const CliRun good = box.run(report + QStringList{QStringLiteral("review.pdf")});
        QVERIFY2(good.exitCode == 0, qPrintable(good.describe()));
        const QString pdf = box.path(QStringLiteral("review.pdf"));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.size() > 48 * 1024); // larger than the limit below

        const CliRun full = box.run(report + QStringList{QStringLiteral("/dev/full")});
        QVERIFY2(full.exitCode == 1, qPrintable(full.describe()));
        QVERIFY2(full.err.contains("cannot write /dev/full"), qPrintable(full.describe()));

        QProcess limited;
        limited.setWorkingDirectory(box.path(QString()));
        // At most 48 KB per file written (the workspace's shared-memory file needs 32 KB); SIGXFSZ ignored so that the
        // write fails instead of killing the process.
        const QStringList shell = {QStringLiteral("-c"),
                                   QStringLiteral("ulimit -f 48; trap '' XFSZ; exec \"$0\" \"$@\""),
                                   QStringLiteral(FUNNELSCOPE_CLI)};
        limited.start(QStringLiteral("/bin/bash"), shell + report + QStringList{QStringLiteral("review.pdf")});
        QVERIFY(limited.waitForFinished(120000));
        const QString err = QString::fromUtf8(limited.readAllStandardError());
        QCOMPARE(limited.exitCode(), 1);
        QVERIFY2(err.contains(u"cannot write review.pdf") && err.contains(u"earlier copy"), qPrintable(err));
        QCOMPARE(digest(pdf), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        // No temporary file is left beside it.
        QCOMPARE(QDir(box.path(QString())).entryList({QStringLiteral("review*")}, QDir::Files),
                 QStringList{QStringLiteral("review.pdf")});
    }

    void outputThatCannotBeWrittenFails()
    {
        Sandbox box;
        QVERIFY(box.write(QStringLiteral("q1.csv"), costRows(QDate(2025, 1, 1), 3, "1")));
        QCOMPARE(box.import(QStringLiteral("ws.db"), {QStringLiteral("q1.csv")}).exitCode, 0);
        for (const char *format : {"json", "csv", "table"}) {
            QProcess p;
            p.setWorkingDirectory(box.path(QString()));
            p.setStandardOutputFile(QStringLiteral("/dev/full"));
            p.start(QStringLiteral(FUNNELSCOPE_CLI),
                    {QStringLiteral("kpis"), QStringLiteral("--db"), QStringLiteral("ws.db"), QStringLiteral("--from"),
                     QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-01-31"),
                     QStringLiteral("--format"), QString::fromLatin1(format)});
            QVERIFY(p.waitForFinished(60000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitCode() == 1, format);
            QVERIFY2(err.contains("cannot write the output"), err.constData());
        }
    }

    void valuesTooLargeForARowAreRejected()
    {
        // Eighteen digits of impressions in one row is no real export: the row is rejected, never summed.
        Sandbox box;
        QVERIFY(box.write(QStringLiteral("huge.csv"), "date,channel,campaign,impressions,clicks\n"
                                                      "2025-01-01,Paid Search,Big,123456789012345678,5\n"
                                                      "2025-01-02,Paid Search,Big,1000000000000,5\n"
                                                      "2025-01-03,Paid Search,Big,1000000000001,5\n"
                                                      "2025-01-04,Paid Search,Big,7,5\n"));
        const CliRun r = box.import(QStringLiteral("ws.db"), {QStringLiteral("huge.csv")});
        const QJsonObject file = jsonObject(r.out).value_or(QJsonObject())[u"files"][0].toObject();
        QCOMPARE(file.value(u"imported").toInt(), 2);
        QCOMPARE(file.value(u"rejected").toInt(), 2);
        const QJsonArray errors = file.value(u"errors").toArray();
        QCOMPARE(errors.at(0)[u"line"].toInt(), 2);
        QCOMPARE(errors.at(0)[u"column"].toString(), QStringLiteral("impressions"));
        QVERIFY2(errors.at(0)[u"reason"].toString().contains(u"too large"), qPrintable(r.describe()));
        QCOMPARE(errors.at(1)[u"line"].toInt(), 4);
        const CliRun k = box.kpis(QStringLiteral("ws.db"), QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"));
        QCOMPARE(values(k).value(u"impressions").toDouble(), 1e12 + 7);
    }

    void sumsNeverWrap()
    {
        // Costs just under a trillion a day: five days sum to about 5 × 10^18 micro-units, which 64 bits hold; ten
        // do not. A total that does not fit is refused where it would be stored, and reported where it would be
        // read; never shown wrapped, and never as an empty value.
        Sandbox box;
        const QByteArray cost = "999999999999";
        QVERIFY(box.write(QStringLiteral("jan.csv"), costRows(QDate(2025, 1, 1), 5, cost)));
        QVERIFY(box.write(QStringLiteral("feb.csv"), costRows(QDate(2025, 2, 1), 5, cost)));
        QVERIFY(box.write(QStringLiteral("jan-more.csv"), costRows(QDate(2025, 1, 10), 5, cost)));
        QVERIFY(box.write(QStringLiteral("march.csv"), costRows(QDate(2025, 3, 1), 10, cost)));
        for (const char *name : {"jan.csv", "feb.csv"}) {
            const CliRun r = box.import(QStringLiteral("ws.db"), {QString::fromLatin1(name)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
        const QString db = QStringLiteral("ws.db");
        QCOMPARE(values(box.kpis(db, QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31")))
                     .value(u"media_cost")
                     .toDouble(),
                 4999999999995.0);

        // Read: January and February together overflow, with or without a campaign filter.
        for (const QStringList &filter :
             {QStringList{}, QStringList{QStringLiteral("--campaign"), QStringLiteral("Big")}}) {
            const CliRun both = box.kpis(db, QStringLiteral("2025-01-01"), QStringLiteral("2025-02-28"), filter);
            QVERIFY2(both.exitCode == 1, qPrintable(both.describe()));
            QVERIFY2(both.out.isEmpty(), qPrintable(both.describe()));
            QVERIFY2(both.err.contains("too large to be computed exactly"), qPrintable(both.describe()));
        }

        // Stored: more January rows would overflow the month's roll-up; ten days in one file overflow its own sums.
        for (const char *name : {"jan-more.csv", "march.csv"}) {
            const CliRun r = box.import(db, {QString::fromLatin1(name)});
            QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
            QVERIFY2(r.out.contains("too large to be stored exactly"), qPrintable(r.describe()));
        }
        QCOMPARE(values(box.kpis(db, QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31")))
                     .value(u"media_cost")
                     .toDouble(),
                 4999999999995.0);
        QCOMPARE(values(box.kpis(db, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-31")))
                     .value(u"media_cost")
                     .toDouble(),
                 0.0);
    }

    void damagedWorkspaceIsNeverSilent()
    {
        // A table gone from the file: every command that reads it fails with exit 1 and names the problem, instead
        // of printing unknowns; an import refuses rather than storing rows under a channel that is not there.
        Sandbox box;
        QVERIFY(box.write(QStringLiteral("q1.csv"), costRows(QDate(2025, 1, 1), 10, "2")));
        QCOMPARE(box.import(QStringLiteral("ws.db"), {QStringLiteral("q1.csv")}).exitCode, 0);
        QVERIFY(stageExec(box.path(QStringLiteral("ws.db")), {QStringLiteral("DROP TABLE channel_days")}));
        const CliRun k = box.kpis(QStringLiteral("ws.db"), QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"));
        QVERIFY2(k.exitCode == 1 && k.out.isEmpty(), qPrintable(k.describe()));
        QVERIFY2(k.err.contains("cannot read workspace ws.db") && k.err.contains("channel_days"),
                 qPrintable(k.describe()));
        const CliRun r = box.run({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("ws.db"),
                                  QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                  QStringLiteral("2025-01-31"), QStringLiteral("--out"), QStringLiteral("r.pdf")});
        QVERIFY2(r.exitCode == 1 && r.err.contains("channel_days"), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(box.path(QStringLiteral("r.pdf"))));

        QVERIFY(box.write(QStringLiteral("q2.csv"), costRows(QDate(2025, 4, 1), 10, "2", "Other")));
        QCOMPARE(box.import(QStringLiteral("ws2.db"), {QStringLiteral("q1.csv")}).exitCode, 0);
        QVERIFY(stageExec(box.path(QStringLiteral("ws2.db")), {QStringLiteral("DROP TABLE channels")}));
        const CliRun i = box.import(QStringLiteral("ws2.db"), {QStringLiteral("q2.csv")});
        QVERIFY2(i.exitCode == 1 && i.out.contains("no such table: channels"), qPrintable(i.describe()));
        Workspace ws;
        QCOMPARE(ws.open(box.path(QStringLiteral("ws2.db"))), QString());
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(channel_id) FROM campaign_rows")) && q.next());
        QCOMPARE(q.value(0).toInt(), 10); // q1's rows only
        QVERIFY(q.value(1).toLongLong() > 0);
    }

    void periodsOfMillenniaAreRefusedAtOnce()
    {
        Sandbox box;
        QVERIFY(box.write(QStringLiteral("q1.csv"), costRows(QDate(2025, 1, 1), 3, "1")));
        QCOMPARE(box.import(QStringLiteral("ws.db"), {QStringLiteral("q1.csv")}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        for (const char *by : {"day", "week", "month"}) {
            const CliRun r = box.kpis(QStringLiteral("ws.db"), QStringLiteral("0001-01-01"),
                                      QStringLiteral("9999-12-31"), {QStringLiteral("--by"), QString::fromLatin1(by)});
            QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
            QVERIFY2(r.err.contains("choose a longer bucket or a shorter period"), qPrintable(r.describe()));
        }
        QVERIFY2(timer.elapsed() < 20000, "refusing takes no time");
        // 3,652,059 days from 0001-01-01 to 9999-12-31, counted without making them.
        const CliRun day = box.kpis(QStringLiteral("ws.db"), QStringLiteral("0001-01-01"), QStringLiteral("9999-12-31"),
                                    {QStringLiteral("--by"), QStringLiteral("day")});
        QVERIFY2(day.err.contains("3652059"), qPrintable(day.describe()));
        // Ten years by day is still a table someone may want.
        const CliRun years = box.kpis(QStringLiteral("ws.db"), QStringLiteral("2016-01-01"),
                                      QStringLiteral("2025-12-31"), {QStringLiteral("--by"), QStringLiteral("day")});
        QVERIFY2(years.exitCode == 0, qPrintable(years.describe()));
        QCOMPARE(jsonObject(years.out).value_or(QJsonObject()).value(u"rows").toArray().size(), 3653);
    }

    void onlyFilesAreImported()
    {
        // A device or a pipe is no export to import twice, and no folder either: each gets its own reason.
        Sandbox box;
        QVERIFY(QDir(box.path(QString())).mkdir(QStringLiteral("exports")));
        QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {box.path(QStringLiteral("pipe.csv"))}) == 0);
        const QList<std::pair<QString, QByteArray>> cases = {
            {QStringLiteral("/dev/null"), "not a regular file"},
            {QStringLiteral("pipe.csv"), "not a regular file"},
            {QStringLiteral("exports"), "folder"},
        };
        for (const auto &[file, reason] : cases) {
            const CliRun r = box.import(QStringLiteral("ws.db"), {file});
            QVERIFY2(r.exitCode == 1 && r.out.contains(reason), qPrintable(r.describe()));
        }
    }

    void anotherProgramsDatabaseIsNeverWritten()
    {
        // A SQLite file of another program, even one of a single page, is refused by every command, byte for byte.
        Sandbox box;
        const QString other = box.path(QStringLiteral("other.sqlite"));
        QVERIFY(stageExec(other,
                          {QStringLiteral("PRAGMA application_id = 42"), QStringLiteral("PRAGMA user_version = 0")}));
        QFile f(other);
        QCOMPARE(f.size(), 4096);
        const QByteArray before = digest(other);
        const CliRun k =
            box.kpis(QStringLiteral("other.sqlite"), QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"));
        QVERIFY2(k.exitCode == 1 && k.err.contains("another program"), qPrintable(k.describe()));
        QVERIFY(box.write(QStringLiteral("q1.csv"), costRows(QDate(2025, 1, 1), 3, "1")));
        const CliRun i = box.import(QStringLiteral("other.sqlite"), {QStringLiteral("q1.csv")});
        QVERIFY2(i.exitCode == 1, qPrintable(i.describe()));
        QCOMPARE(digest(other), before);
        QVERIFY(!QFile::exists(other + QStringLiteral("-wal")));

        // An empty file is a new workspace.
        QVERIFY(box.write(QStringLiteral("empty.db"), QByteArray()));
        QCOMPARE(box.import(QStringLiteral("empty.db"), {QStringLiteral("q1.csv")}).exitCode, 0);
    }

    void busyWriterGetsTheDocumentedMessage()
    {
        // Another writer holding the workspace for longer than the 5 s wait: the import is refused with the
        // sentence docs/reliability.md documents, and nothing of it is stored.
        Sandbox box;
        QVERIFY(box.write(QStringLiteral("q1.csv"), costRows(QDate(2025, 1, 1), 3, "1")));
        QVERIFY(box.write(QStringLiteral("q2.csv"), costRows(QDate(2025, 2, 1), 3, "1")));
        QCOMPARE(box.import(QStringLiteral("ws.db"), {QStringLiteral("q1.csv")}).exitCode, 0);
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {box.path(QStringLiteral("ws.db"))});
        QVERIFY(holder.waitForStarted());
        holder.write("BEGIN IMMEDIATE;\nSELECT 'held';\n");
        QVERIFY(holder.waitForReadyRead(10000));
        const CliRun r = box.import(QStringLiteral("ws.db"), {QStringLiteral("q2.csv")});
        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.out.contains("another Funnelscope window or command is writing to this workspace; try again when "
                                "it has finished. Nothing was imported"),
                 qPrintable(r.describe()));
        QCOMPARE(values(box.kpis(QStringLiteral("ws.db"), QStringLiteral("2025-02-01"), QStringLiteral("2025-02-28")))
                     .value(u"impressions")
                     .toDouble(),
                 0.0);
    }

    void rightToLeftOverrideStaysInItsName()
    {
        // An owner named with a right-to-left override (U+202E) must not turn the rest of the report's sentence
        // around: every user text is isolated.
        Sandbox box;
        QVERIFY(box.write(QStringLiteral("q1.csv"), costRows(QDate(2025, 1, 1), 90, "3")));
        QCOMPARE(box.import(QStringLiteral("ws.db"), {QStringLiteral("q1.csv")}).exitCode, 0);
        {
            Workspace ws;
            QCOMPARE(ws.open(box.path(QStringLiteral("ws.db"))), QString());
            Goal g;
            g.name = QStringLiteral("Cheaper clicks");
            g.kpi = QStringLiteral("media_cost");
            g.target = 100;
            g.start = QDate(2025, 1, 1);
            g.deadline = QDate(2025, 3, 31);
            g.owner = QStringLiteral("Ann") + QChar(0x202E);
            g.objective = QStringLiteral("Spend less");
            QVERIFY(GoalStore(ws).save(g) > 0);
        }
        const CliRun r = box.run({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("ws.db"),
                                  QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                  QStringLiteral("2025-03-31"), QStringLiteral("--out"), QStringLiteral("r.pdf")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {box.path(QStringLiteral("r.pdf")), QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(pdf.contains(u"reviewed monthly · serves: Spend less"), qPrintable(pdf.left(3000)));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"

// The import rules of data-model.md: summing, replacing, upserting, unchanged, rejecting, refusing, transactions.

#include "kpi/kpiengine.h"
#include "testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace funnelscope;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(Workspace &ws, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(ws.database());
    q.prepare(sql);
    for (const QVariant &b : binds) {
        q.addBindValue(b);
    }
    if (!q.exec() || !q.next()) {
        return {};
    }
    return q.value(0);
}

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

std::optional<double> kpi(Workspace &ws, const char *id, QDate from = QDate(2025, 1, 1), QDate to = QDate(2025, 12, 31))
{
    return KpiEngine(ws).compute({from, to, {}, {}}).value(QString::fromLatin1(id));
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

    // A workspace at db holding one campaign row (100 impressions, 5 clicks on 2020-01-01), closed.
    static bool withOneRow(const QString &db)
    {
        TestWorkspace files;
        Workspace w;
        // Files without a currency of their own are in the workspace's.
        return w.open(db).isEmpty() && (w.setSetting(QStringLiteral("currency"), QStringLiteral("USD")), true) &&
               Importer(w)
                       .importFile(files.write(QStringLiteral("base.csv"),
                                               "date,channel,campaign,clicks,impressions\n2020-01-01,Email,N,5,100\n"),
                                   {})
                       .status == ImportResult::Status::Imported;
    }

private slots:
    void detectsEveryKind_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("kind");
        QTest::addRow("campaign") << QByteArray("date,channel,campaign,clicks\n2025-01-01,Email,A,1\n") << "campaign";
        QTest::addRow("leads") << QByteArray("lead_id,created_date,channel\nL1,2025-01-01,Email\n") << "leads";
        QTest::addRow("deals, which also have lead_id and created_date")
            << QByteArray("deal_id,created_date,status,lead_id\nD1,2025-01-01,won,L1\n") << "deals";
        QTest::addRow("customers") << QByteArray("customer_id,start_date\nC1,2025-01-01\n") << "customers";
        QTest::addRow("surveys") << QByteArray("response_date,score\n2025-01-01,9\n") << "surveys";
        QTest::addRow("expenses, which also have date and channel")
            << QByteArray("date,amount,channel\n2025-01-01,10,Events\n") << "expenses";
        QTest::addRow("touchpoints") << QByteArray("lead_id,timestamp,channel\nL1,2025-01-01T10:00:00Z,Email\n")
                                     << "touchpoints";
        QTest::addRow("header in capitals, with spaces and a BOM")
            << QByteArray("\xEF\xBB\xBF Date , CHANNEL ,Clicks\n2025-01-01,Email,1\n") << "campaign";
    }

    void detectsEveryKind()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, kind);
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("f.csv"), csv);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.imported, 1);
    }

    void sumsDuplicateKeysWithinAFile()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("adgroups.csv"),
                                           "date,channel,campaign,clicks,impressions,cost,reach,avg_position\n"
                                           "2025-01-01,Paid Search,Brand,5,100,1.10,,2.0\n"
                                           "2025-01-01,Paid Search,Brand,7,300,2.20,,4.0\n"
                                           "2025-01-01,Paid Search,Brand,,n/a,0.01,,\n");
        QCOMPARE(r.imported, 3); // rows accepted, before summing
        Workspace &w = ws.workspace();
        QCOMPARE(scalar(w, QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), 1);
        QCOMPARE(scalar(w, QStringLiteral("SELECT clicks FROM campaign_rows")).toInt(), 12); // unknown + 5 + 7
        QCOMPARE(scalar(w, QStringLiteral("SELECT impressions FROM campaign_rows")).toInt(), 400);
        QCOMPARE(scalar(w, QStringLiteral("SELECT cost FROM campaign_rows")).toLongLong(), 3'310'000); // exact micros
        QVERIFY(scalar(w, QStringLiteral("SELECT reach FROM campaign_rows")).isNull()); // unknown stays unknown
        QCOMPARE(scalar(w, QStringLiteral("SELECT avg_position FROM campaign_rows")).toDouble(), 3.5); // weighted
        QCOMPARE(kpi(w, "media_cost"), 3.31);
    }

    void replacesTheSameSourceAndAddsOtherSources()
    {
        TestWorkspace ws;
        Workspace &w = ws.workspace();
        ws.importOk(QStringLiteral("jan.csv"), "date,channel,campaign,clicks,impressions\n"
                                               "2025-01-01,Paid Search,Brand,10,100\n"
                                               "2025-01-02,Paid Search,Brand,20,200\n");
        // A corrected export of the first day: later wins, the second day is kept.
        const ImportResult fix = ws.importOk(QStringLiteral("fix.csv"), "date,channel,campaign,clicks\n"
                                                                        "2025-01-01,Paid Search,Brand,3\n");
        QCOMPARE(fix.replaced, 1);
        QCOMPARE(kpi(w, "impressions"), 200.0); // the replaced row had no impressions column
        QCOMPARE(scalar(w, QStringLiteral("SELECT sum(clicks) FROM campaign_rows")).toInt(), 23);
        // Another source for the same key is kept apart and adds up.
        ImportOptions ga;
        ga.source = QStringLiteral("ga4");
        ws.importOk(QStringLiteral("ga.csv"), "date,channel,campaign,clicks\n2025-01-01,Paid Search,Brand,4\n", ga);
        QCOMPARE(scalar(w, QStringLiteral("SELECT sum(clicks) FROM campaign_rows")).toInt(), 27);
        QCOMPARE(scalar(w, QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), 3);
    }

    void sameBytesAreUnchanged()
    {
        TestWorkspace ws;
        const QByteArray csv = "date,channel,clicks\n2025-01-01,Email,5\n";
        QCOMPARE(ws.import(QStringLiteral("a.csv"), csv).status, ImportResult::Status::Imported);
        const ImportResult again = ws.import(QStringLiteral("a-copy.csv"), csv);
        QCOMPARE(again.statusName(), QStringLiteral("unchanged"));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM imports")).toInt(), 1);
        QCOMPARE(kpi(ws.workspace(), "social_engagements"), std::nullopt);
        // The same bytes under another source are another import.
        ImportOptions other;
        other.source = QStringLiteral("other");
        QCOMPARE(ws.import(QStringLiteral("a.csv"), csv, other).status, ImportResult::Status::Imported);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT sum(clicks) FROM campaign_rows")).toInt(), 10);
    }

    void upsertsEntitiesByIdWithTheColumnsTheFileHas()
    {
        TestWorkspace ws;
        Workspace &w = ws.workspace();
        ws.importOk(QStringLiteral("leads1.csv"), "lead_id,created_date,channel,campaign,mql_date,lead_score\n"
                                                  "L1,2025-01-05,Email,Newsletter,2025-01-10,50\n"
                                                  "L2,2025-01-06,Paid Search,Brand,,70\n");
        const ImportResult r = ws.importOk(QStringLiteral("leads2.csv"), "lead_id,created_date,sql_date,lead_score\n"
                                                                         "L1,2025-01-05,2025-01-20,\n"
                                                                         "L3,2025-01-07,,10\n");
        QCOMPARE(r.replaced, 1);
        QCOMPARE(scalar(w, QStringLiteral("SELECT count(*) FROM leads")).toInt(), 3);
        // Columns the second file lacks keep their values; an unknown cell in a column it has clears the value.
        QCOMPARE(scalar(w, QStringLiteral("SELECT c.name FROM leads l JOIN channels c ON c.id = l.channel_id WHERE "
                                          "lead_id = 'L1'"))
                     .toString(),
                 QStringLiteral("Email"));
        QCOMPARE(scalar(w, QStringLiteral("SELECT mql_day FROM leads WHERE lead_id = 'L1'")).toLongLong(),
                 day(2025, 1, 10));
        QCOMPARE(scalar(w, QStringLiteral("SELECT sql_day FROM leads WHERE lead_id = 'L1'")).toLongLong(),
                 day(2025, 1, 20));
        QVERIFY(scalar(w, QStringLiteral("SELECT lead_score FROM leads WHERE lead_id = 'L1'")).isNull());
        QCOMPARE(scalar(w, QStringLiteral("SELECT c.name FROM leads l JOIN channels c ON c.id = l.channel_id WHERE "
                                          "lead_id = 'L3'"))
                     .toString(),
                 QStringLiteral("(none)"));
    }

    void normalisesDealStatus_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("stored");
        QTest::addRow("Closed Won") << "Closed Won"
                                    << "won";
        QTest::addRow("closedwon") << "closedwon"
                                   << "won";
        QTest::addRow("WON") << "WON"
                             << "won";
        QTest::addRow("Closed-Lost") << "Closed-Lost"
                                     << "lost";
        QTest::addRow("closed_lost") << "closed_lost"
                                     << "lost";
        QTest::addRow("lost") << "lost"
                              << "lost";
        QTest::addRow("Negotiation") << "Negotiation"
                                     << "open";
        QTest::addRow("Won back later (anything else)") << "Won back later"
                                                        << "open";
        // HubSpot's custom pipelines and multi-pipeline exports (docs/deal-stages.md).
        QTest::addRow("Closed: won") << "Closed: won"
                                     << "won";
        QTest::addRow("Closed: abandoned") << "Closed: abandoned"
                                           << "lost";
        QTest::addRow("Closed won (Sales Pipeline)") << "Closed won (Sales Pipeline)"
                                                     << "won";
    }

    void trailingEmptyColumns_data()
    {
        QTest::addColumn<QByteArray>("csv");
        // Excel writes a row as wide as the widest of the sheet: "a,b,c,,," on the header, or on the rows, or both.
        QTest::addRow("header with empty columns at its end, rows without")
            << QByteArray("date,channel,clicks,,,\r\n2025-01-01,Email,3\r\n2025-01-02,Email,4,,,\r\n");
        QTest::addRow("rows with empty columns at their end")
            << QByteArray("date,channel,clicks\n2025-01-01,Email,3,,,\n2025-01-02,Email,4,\n");
        QTest::addRow("a line of commas only") << QByteArray("date,channel,clicks,,\n2025-01-01,Email,3,,\n,,,,\n"
                                                             "2025-01-02,Email,4\n");
    }

    void trailingEmptyColumns()
    {
        QFETCH(QByteArray, csv);
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("excel.csv"), csv);
        QCOMPARE(r.status, ImportResult::Status::Imported);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.imported, 2);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT sum(clicks) FROM campaign_rows")).toInt(), 7);
        QVERIFY(r.ignored.isEmpty());
        // A row shorter than the named columns is still rejected.
        const ImportResult shortRow =
            ws.import(QStringLiteral("short.csv"), "date,channel,clicks,,\n2025-01-01,Email\n2025-01-02,Email,1\n");
        QCOMPARE(shortRow.rejected, 1);
        QVERIFY2(shortRow.errors.value(0).reason.contains(u"expected 3 fields, found 2"),
                 qPrintable(shortRow.summary()));
    }

    void stageMappingIsRememberedByTheWorkspace()
    {
        TestWorkspace ws;
        const QByteArray first = "deal_id,created_date,close_date,status,amount\n"
                                 "D1,2025-01-01,2025-02-01,Awaiting outcome,100\n"
                                 "D2,2025-01-02,2025-02-02,Closed: abandoned,200\n";
        ImportOptions options;
        options.stages.set(u"awaiting outcome", StageMapping::Status::Won); // matched ignoring case
        ImportResult r = ws.importOk(QStringLiteral("first.csv"), first, options);
        QCOMPARE(r.status, ImportResult::Status::Imported);
        QVERIFY(r.stagesCountedAsOpen.isEmpty());
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT group_concat(status) FROM deals")).toString(),
                 QStringLiteral("won,lost"));
        QCOMPARE(ws.workspace().setting(StageMapping::settingKey()), QStringLiteral(R"({"awaiting outcome":"won"})"));

        // A later file, no mapping given: the remembered one reads it. A refused file with a mapping is never
        // remembered.
        ImportOptions refused;
        refused.stages.set(u"Awaiting outcome", StageMapping::Status::Lost);
        QCOMPARE(ws.import(QStringLiteral("broken.csv"), "deal_id,status\nD9,Awaiting outcome\n", refused).status,
                 ImportResult::Status::Refused);
        r = ws.importOk(QStringLiteral("second.csv"), "deal_id,created_date,close_date,status,amount\n"
                                                      "D3,2025-03-01,2025-03-05,Awaiting outcome,400\n");
        QCOMPARE(r.status, ImportResult::Status::Imported);
        QCOMPARE(kpi(ws.workspace(), "won_deals"), 2.0);
        QCOMPARE(kpi(ws.workspace(), "revenue"), 500.0);
        // The same bytes with another mapping are another import; with the same, unchanged.
        ImportOptions lost;
        lost.stages.set(u"Awaiting outcome", StageMapping::Status::Lost);
        QCOMPARE(ws.import(QStringLiteral("second.csv"),
                           "deal_id,created_date,close_date,status,amount\n"
                           "D3,2025-03-01,2025-03-05,Awaiting outcome,400\n",
                           lost)
                     .status,
                 ImportResult::Status::Imported);
        QCOMPARE(kpi(ws.workspace(), "won_deals"), 1.0);
        QCOMPARE(ws.import(QStringLiteral("second.csv"), "deal_id,created_date,close_date,status,amount\n"
                                                         "D3,2025-03-01,2025-03-05,Awaiting outcome,400\n")
                     .status,
                 ImportResult::Status::Unchanged);
    }

    void normalisesDealStatus()
    {
        QFETCH(QString, written);
        QFETCH(QString, stored);
        TestWorkspace ws;
        ws.importOk(QStringLiteral("deals.csv"),
                    "deal_id,created_date,status\nD1,2025-01-01," + written.toUtf8() + "\n");
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT status FROM deals")).toString(), stored);
    }

    void rejectsBadRowsWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        const QByteArray header = "date,channel,Clicks,cost\n2025-01-01,Email,1,1\n2025-01-02,Email,2,2\n";
        QTest::addRow("not a number") << header + "2025-01-03,Email,abc,1\n"
                                      << 4 << "Clicks"
                                      << "not a number: 'abc'";
        QTest::addRow("negative count") << header + "2025-01-03,Email,-3,1\n"
                                        << 4 << "Clicks"
                                        << "negative count";
        QTest::addRow("fraction in a count") << header + "2025-01-03,Email,2.5,1\n"
                                             << 4 << "Clicks"
                                             << "not a whole number";
        QTest::addRow("percent in a count") << header + "2025-01-03,Email,12.5%,1\n"
                                            << 4 << "Clicks"
                                            << "not a whole number";
        QTest::addRow("negative cost") << header + "2025-01-03,Email,1,-0.01\n"
                                       << 4 << "cost"
                                       << "negative cost";
        QTest::addRow("bad date") << header + "2025-02-30,Email,1,1\n"
                                  << 4 << "date"
                                  << "not a valid date";
        QTest::addRow("missing channel") << header + "2025-01-03,n/a,1,1\n"
                                         << 4 << "channel"
                                         << "missing required value";
        QTest::addRow("too few fields") << header + "2025-01-03,Email\n"
                                        << 4 << "Clicks"
                                        << "expected 4 fields, found 2";
        QTest::addRow("after a quoted newline")
            << QByteArray("date,channel,campaign,Clicks\n2025-01-01,Email,\"two\nlines\",1\n2025-01-02,Email,x,1\n"
                          "2025-01-03,Email,y,zz\n")
            << 5 << "Clicks"
            << "not a number: 'zz'";
        QTest::addRow("below title lines")
            << QByteArray("Campaign report\nAll campaigns, January\n\ndate,channel,Clicks\n2025-01-01,Email,1\n"
                          "2025-01-02,Email,2\n2025-01-03,Email,x\n")
            << 7 << "Clicks"
            << "not a number: 'x'";
    }

    void rejectsBadRowsWithLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("bad.csv"), csv);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, line);
        QCOMPARE(r.errors.first().column, column);
        QVERIFY2(r.errors.first().reason.contains(reason), qPrintable(r.errors.first().reason));
        QCOMPARE(
            scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM import_errors WHERE line = ?"), {line}).toInt(),
            1);
    }

    void rejectsBadSurveyScores()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("nps.csv"), "response_date,score\n2025-01-01,9\n2025-01-02,10\n"
                                                                    "2025-01-03,0\n2025-01-04,11\n2025-01-05,7.5\n");
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.errors.at(0).line, 5);
        QCOMPARE(r.errors.at(1).line, 6);
        QCOMPARE(r.errors.at(1).column, QStringLiteral("score"));
    }

    void skipsTotalsLines()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("totals.csv"),
                                           "Total: all campaigns,,,\n" // above the header: a title line
                                           "date,channel,campaign,clicks\n"
                                           "Total,,,99\n"
                                           "2025-01-01,Email,Total Recall,5\n" // a dated row is data
                                           "Grand total:,,,5\n"
                                           "Razem,,,5\n"
                                           "Итого (all),,,5\n"
                                           "Toplam,,,5\n"
                                           "總計,,,5\n"
                                           ",Totals,,5\n");
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(kpi(ws.workspace(), "social_engagements"), std::nullopt);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT clicks FROM campaign_rows")).toInt(), 5);
    }

    void totalsMarkersAreTheToolsNotWords()
    {
        // Only what the tools write after the word is a totals marker: "Total - filtered" (AdWords), "Total (2)",
        // " --" cells before "Total:". An undated "total solar" is a name, so its row is data and, without its
        // required date, rejected with a reason rather than dropped unseen.
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("totals.csv"), "campaign,date,channel,clicks\n"
                                                                       "A,2025-01-01,Email,5\n"
                                                                       "B,2025-01-01,Email,6\n"
                                                                       "Total - filtered,,,11\n"
                                                                       "Total (2),,,11\n"
                                                                       " --,Total:,,11\n"
                                                                       "total solar,,Email,3\n");
        QCOMPARE(r.status, ImportResult::Status::Imported);
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.errors.at(0).line, 7);
        QCOMPARE(r.errors.at(0).column, QStringLiteral("date"));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT sum(clicks) FROM campaign_rows")).toInt(), 11);
    }

    void fractionalLeadsAreStoredExactly()
    {
        // Platform leads and key events may be fractional (data-driven attribution); counts may not. By hand:
        // leads 2.5 + 0.25 = 2.75, key events 1.5; the row with 2.5 clicks is rejected.
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("leads.csv"), "date,channel,campaign,clicks,leads,key_events\n"
                                                                      "2025-01-01,Email,A,10,2.5,1.5\n"
                                                                      "2025-01-02,Email,A,4,0.25,\n"
                                                                      "2025-01-03,Email,A,2.5,1,\n"
                                                                      "2025-01-04,Email,A,1,-1,\n");
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.errors.at(0).column, QStringLiteral("clicks"));
        QVERIFY2(r.errors.at(0).reason.contains(u"not a whole number"), qPrintable(r.errors.at(0).reason));
        QCOMPARE(r.errors.at(1).column, QStringLiteral("leads"));
        QVERIFY2(r.errors.at(1).reason.contains(u"negative leads"), qPrintable(r.errors.at(1).reason));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT sum(leads) FROM campaign_rows")).toLongLong(), 2750000);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT sum(key_events) FROM campaign_rows")).toLongLong(),
                 1500000);
        QCOMPARE(kpi(ws.workspace(), "platform_leads").value_or(-1), 2.75);
        QCOMPARE(kpi(ws.workspace(), "leads").value_or(-1), 2.75);
        QCOMPARE(KpiEngine(ws.workspace()).keyEventsByChannel({QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {}}),
                 (QHash<QString, double>{{QStringLiteral("Email"), 1.5}}));
    }

    void refusesWhatCannotBeImported_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty file") << QByteArray() << "empty";
        QTest::addRow("blank lines only") << QByteArray("\n\r\n  \n") << "empty";
        QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << "binary";
        QTest::addRow("no recognisable header") << QByteArray("name,value\nfoo,1\n") << "no recognisable header";
        QTest::addRow("more than half rejected")
            << QByteArray("date,channel,clicks\n2025-01-01,Email,x\n2025-01-02,Email,y\n2025-01-03,Email,3\n")
            << "2 of 3 data rows were rejected";
        QTest::addRow("ambiguous slash dates")
            << QByteArray("date,channel,clicks\n03/04/2025,Email,1\n05/06/2025,Email,2\n") << "--date-order";
    }

    void refusesWhatCannotBeImported()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("refused.csv"), csv);
        QCOMPARE(r.statusName(), QStringLiteral("refused"));
        QVERIFY(!r.errors.isEmpty());
        QVERIFY2(r.errors.first().reason.contains(reason), qPrintable(r.errors.first().reason));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM imports")).toInt(), 0);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), 0);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM import_errors")).toInt(), 0);
    }

    // Issue 15: a comma-delimited Google Ads file with dot thousands and decimal commas. "9.618" alone could be
    // 9.618; in the Clicks column (whole numbers) it can only be 9618, and that decides the file, "0,07" agreeing.
    void dotThousandsAndDecimalCommaInACommaFile()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("Campaign report.csv"),
                                           "Day,Campaign,Clicks,Impr.,Avg. CPC,Cost\n"
                                           "2026-05-05,Brand,9.618,\"120.000\",\"0,07\",\"673,26\"\n"
                                           "2026-05-06,Brand,12,\"1.500\",\"0,50\",\"6,00\"\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        Workspace &w = ws.workspace();
        const QString one = QStringLiteral("SELECT %1 FROM campaign_rows WHERE day = ?");
        QCOMPARE(scalar(w, one.arg(u"clicks"_s), {day(2026, 5, 5)}).toLongLong(), 9618);
        QCOMPARE(scalar(w, one.arg(u"impressions"_s), {day(2026, 5, 5)}).toLongLong(), 120000);
        QCOMPARE(scalar(w, one.arg(u"cost"_s), {day(2026, 5, 5)}).toLongLong(), 673'260'000); // 673.26
        QCOMPARE(scalar(w, one.arg(u"impressions"_s), {day(2026, 5, 6)}).toLongLong(), 1500);
        // CPC = 673.26 / 9618 = 0.07, as the file's "0,07" says.
        QCOMPARE(qRound(kpi(w, "cpc", QDate(2026, 5, 5), QDate(2026, 5, 5)).value_or(0) * 100), 7);
    }

    // pt_BR Google Ads daily rows: "ter., 5 de mai. de 2026" (weekday, "de", abbreviated month with a dot).
    void portugueseDailyDates()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("Relatório da campanha.csv"),
                                           "Day,Campaign,Clicks,Impr.,Cost\n"
                                           "\"ter., 5 de mai. de 2026\",Marca,10,\"1.000\",\"12,34\"\n"
                                           "\"qua., 6 de mai. de 2026\",Marca,20,\"2.000\",\"1.234,50\"\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        Workspace &w = ws.workspace();
        const QString one = QStringLiteral("SELECT %1 FROM campaign_rows WHERE day = ?");
        QCOMPARE(scalar(w, one.arg(u"clicks"_s), {day(2026, 5, 5)}).toLongLong(), 10);
        QCOMPARE(scalar(w, one.arg(u"cost"_s), {day(2026, 5, 5)}).toLongLong(), 12'340'000);
        QCOMPARE(scalar(w, one.arg(u"impressions"_s), {day(2026, 5, 6)}).toLongLong(), 2000);
        QCOMPARE(scalar(w, one.arg(u"cost"_s), {day(2026, 5, 6)}).toLongLong(), 1'234'500'000);
    }

    // A Spanish whole-range report: its range line spreads 90 clicks over the 9 days of 1–9 April 2026.
    void spanishRangeLineIsSpread()
    {
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(QStringLiteral("Informe de campañas.csv"), "Informe de campañas\n"
                                                                   "1 de abril de 2026 - 9 de abril de 2026\n"
                                                                   "Campaign,Clicks,Impr.,Cost\n"
                                                                   "Marca,90,\"9.000\",\"45,00\"\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QVERIFY2(r.note.contains(u"2026-04-01 to 2026-04-09"), qPrintable(r.note));
        Workspace &w = ws.workspace();
        QCOMPARE(scalar(w, u"SELECT count(*) FROM campaign_rows"_s).toInt(), 9);
        QCOMPARE(scalar(w, u"SELECT min(day) FROM campaign_rows"_s).toLongLong(), day(2026, 4, 1));
        QCOMPARE(scalar(w, u"SELECT max(day) FROM campaign_rows"_s).toLongLong(), day(2026, 4, 9));
        QCOMPARE(scalar(w, u"SELECT sum(clicks) FROM campaign_rows"_s).toLongLong(), 90);
        QCOMPARE(scalar(w, u"SELECT min(clicks) FROM campaign_rows"_s).toLongLong(), 10);
        QCOMPARE(scalar(w, u"SELECT sum(impressions) FROM campaign_rows"_s).toLongLong(), 9000);
        QCOMPARE(scalar(w, u"SELECT sum(cost) FROM campaign_rows"_s).toLongLong(), 45'000'000);
        QCOMPARE(scalar(w, u"SELECT max(cost) FROM campaign_rows"_s).toLongLong(), 5'000'000);
    }

    void localizedAllTimeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("Spanish") << QByteArray("Todo el período");
        QTest::addRow("Polish") << QByteArray("Cały okres");
        QTest::addRow("Russian") << QByteArray("Всё время");
    }

    void localizedAllTimeIsRefused()
    {
        QFETCH(QByteArray, line);
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("report.csv"),
                                         "Campaign report\n" + line + "\nCampaign,Impr.,Clicks,Cost\nB,1,1,1\n");
        QCOMPARE(r.status, ImportResult::Status::Refused);
        const QString reason = r.errors.value(0).reason;
        QVERIFY2(reason.contains(QString::fromUtf8(line)) && reason.contains(u"has no dates"), qPrintable(reason));
        QCOMPARE(r.errors.value(0).line, 2);
    }

    // Cells that prove different decimal separators: no reading is safe, so the file is refused at the cell.
    void conflictingNumbersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addRow("one column") << QByteArray(
                                           "date,channel,cost\n2025-01-01,Email,\"1,50\"\n2025-01-02,Email,2.25\n")
                                    << 3 << u"cost"_s;
        QTest::addRow("two columns") << QByteArray("date,channel,clicks,cost\n2025-01-01,Email,\"9,618\",\"0,07\"\n")
                                     << 2 << u"cost"_s;
    }

    void conflictingNumbersAreRefused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, column);
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("mixed.csv"), csv);
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QCOMPARE(r.errors.value(0).line, line);
        QCOMPARE(r.errors.value(0).column, column);
        QVERIFY2(r.errors.value(0).reason.contains(u"--decimal"), qPrintable(r.errors.value(0).reason));
    }

    // Costs of "1.234" only, ISO dates, commas: 1.234 or 1234? Nothing tells, so the file asks; --decimal answers,
    // and so does the language of a month-name date.
    void ambiguousNumbersAsk()
    {
        TestWorkspace ws;
        const QByteArray csv = "date,channel,cost\n2025-01-01,Email,1.234\n";
        const ImportResult r = ws.import(QStringLiteral("ambiguous.csv"), csv);
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QCOMPARE(r.errors.value(0).line, 2);
        QCOMPARE(r.errors.value(0).column, u"cost"_s);
        QVERIFY2(r.errors.value(0).reason.contains(u"'1.234'"), qPrintable(r.errors.value(0).reason));
        ImportOptions comma;
        comma.decimalSeparator = u',';
        ws.importOk(QStringLiteral("ambiguous.csv"), csv, comma);
        QCOMPARE(scalar(ws.workspace(), u"SELECT cost FROM campaign_rows"_s).toLongLong(), 1'234'000'000);

        TestWorkspace polish;
        polish.importOk(QStringLiteral("pl.csv"), "date,channel,cost\n5 maja 2026,Email,1.234\n");
        QCOMPARE(scalar(polish.workspace(), u"SELECT cost FROM campaign_rows"_s).toLongLong(), 1'234'000'000);
    }

    void headerWithoutRowsImportsNothing()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("h.csv"), "date,channel,clicks\r\n");
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.imported, 0);
    }

    void slashDateOrder()
    {
        TestWorkspace ws;
        // Evidence in any date column decides: 13/02 in mql_date says day first.
        ws.importOk(QStringLiteral("leads.csv"), "lead_id,created_date,mql_date\nL1,03/02/2025,13/02/2025\n");
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT created FROM leads")).toLongLong(), day(2025, 2, 3));
        ImportOptions mdy;
        mdy.dateOrder = DateOrder::MonthFirst;
        ws.importOk(QStringLiteral("us.csv"), "date,channel,clicks\n03/04/2025,Email,1\n", mdy);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT day FROM campaign_rows")).toLongLong(), day(2025, 3, 4));
        // Evidence wins over nothing, and far down the file too.
        QByteArray late = "date,channel,clicks\n";
        for (int i = 0; i < 20000; ++i) {
            late += "01/02/2025,Email,1\n";
        }
        late += "12/31/2025,Email,1\n";
        const ImportResult r = ws.importOk(QStringLiteral("late.csv"), late);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.dateOrder, QStringLiteral("mdy"));
    }

    void surveysReplaceTheirSourcesDays()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s1.csv"), "response_date,score\n2025-01-01,9\n2025-01-01,3\n2025-01-02,10\n");
        const ImportResult r = ws.importOk(QStringLiteral("s2.csv"), "response_date,score\n2025-01-01,8\n");
        QCOMPARE(r.replaced, 2);
        QCOMPARE(kpi(ws.workspace(), "survey_responses"), 2.0); // 8 on the 1st, 10 on the 2nd
    }

    void expensesSumAndReplace()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("e1.csv"), "date,amount,category\n2025-01-01,100.10,Tools\n2025-01-01,0.20,Tools\n"
                                              "2025-01-01,5,Salaries\n");
        QCOMPARE(kpi(ws.workspace(), "total_cost"), 105.30);
        ws.importOk(QStringLiteral("e2.csv"), "date,amount,category\n2025-01-01,50,Tools\n");
        QCOMPARE(kpi(ws.workspace(), "total_cost"), 55.0);
    }

    void cancelLeavesNothing()
    {
        TestWorkspace ws;
        QByteArray csv = "date,channel,campaign,clicks\n";
        for (int i = 0; i < 20000; ++i) {
            csv += QDate(2025, 1, 1).addDays(i % 365).toString(Qt::ISODate).toLatin1() + ",Email,C" +
                   QByteArray::number(i / 365) + ",1\n";
        }
        Importer importer(ws.workspace());
        const ImportResult r =
            importer.importFile(ws.write(QStringLiteral("big.csv"), csv), {}, [](qint64, qint64) { return false; });
        QCOMPARE(r.statusName(), QStringLiteral("cancelled"));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), 0);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM imports")).toInt(), 0);
    }

    void killedImportLeavesNothing()
    {
        // A process killed at ten moments of an import: each time the workspace passes SQLite's integrity check and
        // holds either exactly what it held before or the whole file, with the KPIs of one or the other.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeCampaignRows(file, 200000));
        const Scope all{QDate(2019, 1, 1), QDate(2025, 12, 31), {}, {}};
        const auto run = [&](const QString &db, int killAfterMs) {
            QProcess cli;
            cli.start(QStringLiteral(FUNNELSCOPE_CLI), {QStringLiteral("import"), QStringLiteral("--db"), db, file});
            if (!cli.waitForStarted()) {
                return false;
            }
            if (killAfterMs > 0) {
                QTest::qWait(killAfterMs);
                cli.kill();
            }
            cli.waitForFinished(120000); // false when it had already finished
            return cli.state() == QProcess::NotRunning;
        };
        // Before: another source's rows; after: those and the whole file.
        const QString base = dir.filePath(QStringLiteral("base.db"));
        {
            TestWorkspace seed;
            Workspace w;
            QCOMPARE(w.open(base), QString());
            w.setSetting(QStringLiteral("currency"), QStringLiteral("USD"));
            QVERIFY(
                Importer(w)
                    .importFile(seed.write(QStringLiteral("base.csv"), "date,channel,campaign,clicks,impressions,cost\n"
                                                                       "2020-01-01,Email,Newsletter,5,50,0.50\n"
                                                                       "2021-06-01,Email,Newsletter,7,70,0.70\n"),
                                {})
                    .status == ImportResult::Status::Imported);
        }
        const auto kpis = [&](const QString &db) {
            Workspace w;
            w.open(db);
            return KpiEngine(w).compute(all).values;
        };
        const QList<std::optional<double>> before = kpis(base);
        const QString full = dir.filePath(QStringLiteral("full.db"));
        QVERIFY(QFile::copy(base, full));
        QVERIFY(run(full, 0));
        const QList<std::optional<double>> after = kpis(full);
        QVERIFY(before != after);

        int absent = 0;
        int present = 0;
        for (const int ms : {30, 80, 150, 250, 400, 600, 850, 1100, 1400, 1800}) {
            const QString db = dir.filePath(QStringLiteral("killed-%1.db").arg(ms));
            QVERIFY(QFile::copy(base, db));
            QVERIFY(run(db, ms));
            Workspace ws;
            QCOMPARE(ws.open(db), QString());
            QCOMPARE(scalar(ws, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            const int rows = scalar(ws, QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt();
            const int imports = scalar(ws, QStringLiteral("SELECT count(*) FROM imports")).toInt();
            const QList<std::optional<double>> values = KpiEngine(ws).compute(all).values;
            if (rows == 2 && imports == 1) {
                QVERIFY2(values == before, qPrintable(QStringLiteral("killed after %1 ms").arg(ms)));
                ++absent;
            } else {
                QVERIFY2(rows == 200002 && imports == 2,
                         qPrintable(
                             QStringLiteral("killed after %1 ms: %2 rows, %3 imports").arg(ms).arg(rows).arg(imports)));
                QVERIFY(values == after);
                ++present;
            }
        }
        qInfo("killed 10 imports: %d left nothing, %d had finished", absent, present);
    }

    void fullDiskLeavesTheWorkspaceAsItWas()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs bash's ulimit -f to fill the disk");
#endif
        // A disk that fills up mid-import (a file-size limit on the process, so no root or mount is needed): the
        // import is refused with a clear message and the workspace keeps exactly what it had.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ws.db"));
        QVERIFY(withOneRow(db));
        const QString file = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeCampaignRows(file, 100000));
        QProcess cli;
        // 1 MB at most per file written; SIGXFSZ ignored so that the write fails instead of killing the process.
        cli.start(QStringLiteral("/bin/bash"),
                  {QStringLiteral("-c"),
                   QStringLiteral("ulimit -f 1024; trap '' XFSZ; exec \"$0\" import --db \"$1\" "
                                  "\"$2\""),
                   QStringLiteral(FUNNELSCOPE_CLI), db, file});
        QVERIFY(cli.waitForFinished(120000));
        const QString err = QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(u"big.csv") && (err.contains(u"disk") || err.contains(u"full") || err.contains(u"write")),
                 qPrintable(err));
        Workspace ws;
        QCOMPARE(ws.open(db), QString());
        QCOMPARE(scalar(ws, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), 1);
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM imports")).toInt(), 1);
    }

    void readOnlyWorkspaceIsRefusedAndKept_data()
    {
        QTest::addColumn<bool>("folderReadOnly");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true;
    }

    void readOnlyWorkspaceIsRefusedAndKept()
    {
        // A workspace the user may not write (its file, or the folder it is in): the import is refused with a clear
        // message and the file keeps its bytes. Permissions do not bind root, so as root the CLI runs as 'nobody'.
        QFETCH(bool, folderReadOnly);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ws.db"));
        QVERIFY(withOneRow(db));
        TestWorkspace seed;
        const QString more =
            seed.write(QStringLiteral("more.csv"), "date,channel,campaign,clicks\n2020-01-02,Email,N,7\n");
        const auto bytes = [&db] {
            QFile f(db);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = bytes();
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto enterable = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(db, readable));
        QVERIFY(QFile::setPermissions(
            dir.path(),
            readable | enterable |
                (folderReadOnly ? QFile::Permissions() : QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)));
        QFile::setPermissions(QFileInfo(more).absolutePath(), readable | enterable);
        QFile::setPermissions(more, readable);
        // The CLI as a user bound by the permissions.
        const auto run = [](QStringList command, QProcess &cli) {
            command.prepend(QStringLiteral(FUNNELSCOPE_CLI));
#ifdef Q_OS_UNIX
            if (::geteuid() == 0) {
                command = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                      QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")} +
                          command;
            }
#endif
            cli.start(command.takeFirst(), command);
            return cli.waitForFinished(60000);
        };
        QProcess cli;
        QVERIFY(run({QStringLiteral("import"), QStringLiteral("--db"), db, more}, cli));
        const QString err = QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput());
        // Commands that only read open it read-only and give its numbers.
        QProcess kpis;
        QVERIFY(run({QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                     QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2020-01-31")},
                    kpis));
        const QJsonObject values = QJsonDocument::fromJson(kpis.readAllStandardOutput()).object()[u"values"].toObject();
        QCOMPARE(kpis.exitCode(), 0);
        QCOMPARE(values[u"impressions"].toDouble(), 100.0);
        QCOMPARE(values[u"ctr"].toDouble(), 0.05);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(QFileInfo(more).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(u"read-only") && err.contains(u"nothing was changed"), qPrintable(err));
        QCOMPARE(bytes(), before);
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")) || QFileInfo(db + QStringLiteral("-wal")).size() == 0);
        Workspace ws;
        QCOMPARE(ws.open(db), QString());
        QCOMPARE(scalar(ws, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(ws, QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), 1);
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("imported");
        QTest::addColumn<QString>("message"); // in the summary
        const QByteArray header = "date,channel,campaign,clicks\n";
        const auto row = [](const char *name, const QByteArray &bytes, const char *status, int imported,
                            const char *message) {
            QTest::newRow(name) << bytes << QString::fromLatin1(status) << imported << QString::fromUtf8(message);
        };
        row("NUL bytes", header + QByteArray("2025-01-01,Paid\0Search,A,5\n", 26), "refused", 0,
            "this is a binary file, not CSV text");
        row("invalid UTF-8 in a UTF-8 file",
            header + "2025-01-01,Email,Caf\xc3\xa9,5\n2025-01-02,Email,Bad \xff\xfe,3\n"
                     "2025-01-03,Email,\xc5\x81\xc3\xb3"
                     "d\xc5\xba,4\n",
            "imported", 2, "line 3, column 'campaign': bytes that are not valid UTF-8 text");
        row("a BOM that lies (UTF-16 BOM on UTF-8 text)", "\xff\xfe" + header + "2025-01-01,Email,A,5\n", "refused", 0,
            "no recognisable header");
        row("Excel's sep=; first line", "sep=;\ndate;channel;campaign;clicks\n2025-01-01;Email;A;5\n", "imported", 1,
            "imported 1 campaign rows");
        row("formulas in cells are kept as text",
            header + "2025-01-01,Email,=HYPERLINK(\"http://x\"),5\n2025-01-02,Email,+cmd,3\n", "imported", 2,
            "imported 2 campaign rows");
        QByteArray wide = "date,channel";
        for (int i = 0; i < 1000000; ++i) {
            wide += ",c" + QByteArray::number(i);
        }
        row("a header of a million columns", wide + "\n2025-01-01,Email\n", "refused", 0,
            "line 1: header longer than 4 million characters: not read");
        QByteArray longLine = header + "2025-01-01,Email,A,5\n2025-01-02,Email,";
        longLine += QByteArray(10 << 20, 'x');
        longLine += ",3\n2025-01-03,Email,C,4\n";
        row("a 10 MB line", longLine, "imported", 2, "line 3: line longer than 4 million characters: not read");
        QByteArray nulAfter4K = header;
        for (int i = 0; i < 300; ++i) {
            nulAfter4K += "2025-01-01,Email,A,5\n";
        }
        row("a NUL byte after the first 4 KB", nulAfter4K + QByteArray("2025-01-02,Paid\0Search,B,3\n", 27), "refused",
            0, "this is a binary file, not CSV text");
        QByteArray nulAfter256K = header;
        for (int i = 0; i < 20000; ++i) {
            nulAfter256K += "2025-01-01,Email,A,5\n"; // 21 bytes: 420,000 in all
        }
        row("a NUL byte after the first 256 KB",
            nulAfter256K + QByteArray("2025-01-02,Paid\0Search,B,3\n", 27) + "2025-01-03,Email,C,4\n", "refused", 0,
            "line 20002, column 'channel': a NUL byte: this is a binary file, not CSV text");
    }

    // Data-model.md: a NUL is binary data wherever it is, also where the encoding was not sniffed; no name holds one.
    void nulAnywhereRefusesTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding"); // given, so nothing is sniffed
        QTest::addColumn<QString>("message");
        const QByteArray header = "date,channel,campaign,clicks\n2025-01-01,Email,A,5\n";
        const QByteArray nulRow("2025-01-02,Paid\0Search,B,3\n", 27);
        QTest::addRow("UTF-8 given") << header + nulRow << u"UTF-8"_s
                                     << u"line 3, column 'channel': a NUL byte: this is a binary file"_s;
        QTest::addRow("windows-1250 given")
            << header + nulRow << u"windows-1250"_s << u"line 3, column 'channel': a NUL byte: this is a binary file"_s;
        QTest::addRow("in a quoted title line above the header")
            << QByteArray("\"Report\nof \0 March\"\n", 20) + header << u"UTF-8"_s
            << u"line 1: a NUL byte: this is a binary file"_s;
        // A GA4 export's second table is not imported, but it is part of the file all the same.
        const QByteArray ga4 = "# Traffic acquisition: Session default channel group\n"
                               "Session default channel group,Date,Sessions,Engaged sessions,Key events\n"
                               "Organic Search,20250301,1000,600,12\n"
                               "\n"
                               "Page title,Views\n";
        QTest::addRow("in a second table, read ahead") << ga4 + QByteArray("Ho\0me,5000\n", 11) << u"UTF-8"_s
                                                       << u"hostile.csv: a NUL byte: this is a binary file"_s;
        QByteArray pages = ga4;
        for (int i = 0; i < 40000; ++i) {
            pages += "Home,5000\n"; // 400,000 bytes, past what the reader reads ahead
        }
        QTest::addRow("in a second table, past what the reader read")
            << pages + QByteArray("Ho\0me,5000\n", 11) << QString()
            << u"hostile.csv: a NUL byte: this is a binary file"_s;
    }

    void nulAnywhereRefusesTheFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, message);
        TestWorkspace ws;
        ImportOptions options;
        options.encoding = encoding;
        const ImportResult r = ws.import(QStringLiteral("hostile.csv"), bytes, options);
        QCOMPARE(r.statusName(), QStringLiteral("refused"));
        QCOMPARE(r.imported, 0);
        QVERIFY2(r.summary().contains(message), qPrintable(r.summary()));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), 0);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM imports")).toInt(), 0);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM import_errors")).toInt(), 0);
    }

    // A quoted field over the record limit is one rejected record: its quoted lines are not rows, later lines keep
    // their numbers.
    void overlongQuotedRecordIsOneRejection()
    {
        TestWorkspace ws;
        const QByteArray csv = "date,channel,campaign,clicks\n"      // line 1
                               "2025-01-01,Email,A,5\n"              // 2
                               "2025-01-02,Email,\"" +               // 3: 5 million x, then inside the quotes
                               QByteArray(5'000'000, 'x') +          //
                               "\n2025-01-09,Email,Inside,9\n\",3\n" // 4 and 5
                               "2025-01-03,Email,C,4\n"              // 6
                               "2025-01-04,Email,D,x\n"              // 7: not a number
                               "2025-01-05,Email,E,1\n";             // 8
        const ImportResult r = ws.import(QStringLiteral("long.csv"), csv);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors.at(0).line, 3);
        QCOMPARE(r.errors.at(0).reason, u"line longer than 4 million characters: not read"_s);
        QCOMPARE(r.errors.at(1).line, 7);
        QCOMPARE(r.errors.at(1).column, u"clicks"_s);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT sum(clicks) FROM campaign_rows")).toInt(), 10);
        QCOMPARE(ws.workspace().findCampaign(QStringLiteral("Inside")), -1);
    }

    // The header is read whole however wide (up to the record limit), quotes respected, not cut at the sample.
    void wideHeaderIsReadWhole()
    {
        TestWorkspace ws;
        QByteArray header = "date,channel,\"campaign\",\"a note\non two lines\"";
        QByteArray cells = "13/01/2025,Email,Wide,";
        for (int i = 0; i < 30000; ++i) {
            header += ",note_" + QByteArray::number(i).rightJustified(5, '0'); // 11 bytes: 330,000 in all
            cells += ',';
        }
        header += ",clicks\n";
        const QByteArray csv = header + cells + ",7\n" + cells + ",x\n" + cells + ",2\n";
        QVERIFY(header.size() > 256 * 1024);
        const ImportResult r = ws.import(QStringLiteral("wide.csv"), csv);
        QCOMPARE(r.statusName(), QStringLiteral("imported"));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.dateOrder, u"dmy"_s); // from the data rows, all past the sample
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).line, 4); // the header takes lines 1 and 2
        QCOMPARE(r.errors.at(0).column, u"clicks"_s);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT sum(clicks) FROM campaign_rows")).toInt(), 9);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT min(day) FROM campaign_rows")).toLongLong(),
                 day(2025, 1, 13));
    }

    // A file cut, grown or rewritten while it is read is refused whole: its rows came from no one version of it.
    void fileChangedWhileReadIsRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addRow("truncated") << u"truncate"_s;
        QTest::addRow("grown") << u"append"_s;
        QTest::addRow("rewritten in place, same size") << u"rewrite"_s;
    }

    void fileChangedWhileReadIsRefused()
    {
        QFETCH(QString, change);
        TestWorkspace ws;
        const QString path = ws.path(QStringLiteral("growing.csv"));
        QVERIFY(writeCampaignRows(path, 5000));
        const qint64 size = QFileInfo(path).size();
        int calls = 0;
        // The importer calls this after each batch of rows it stored, before it checks the file at the end.
        const auto changeOnce = [&](qint64, qint64) {
            if (calls++ > 0) {
                return true;
            }
            if (change == u"truncate") {
                QFile::resize(path, size / 2);
                return true;
            }
            QFile f(path);
            if (f.open(QIODevice::ReadWrite)) {
                f.seek(change == u"append" ? size : size - 5);
                f.write(change == u"append" ? "2020-01-02,Paid Search,C0,3,100,1.25\n" : "9.99\n"); // was 1.25
                f.flush();
                // A write within the millisecond of the importer's first look would keep the time: move it on.
                f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime);
            }
            return true;
        };
        ws.workspace().setSetting(QStringLiteral("currency"), QStringLiteral("USD"));
        const ImportResult r = Importer(ws.workspace()).importFile(path, {}, changeOnce);
        QVERIFY(calls > 0);
        QCOMPARE(r.statusName(), QStringLiteral("refused"));
        QCOMPARE(r.imported, 0);
        QVERIFY2(r.summary().contains(u"growing.csv: the file changed while it was being read"_s) &&
                     r.summary().contains(u"nothing was imported"_s),
                 qPrintable(r.summary()));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), 0);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM imports")).toInt(), 0);
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM import_errors")).toInt(), 0);
        // Once it holds still, it imports.
        const ImportResult again = Importer(ws.workspace()).importFile(path, {});
        QCOMPARE(again.statusName(), QStringLiteral("imported"));
    }

    void hostileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, status);
        QFETCH(int, imported);
        QFETCH(QString, message);
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("hostile.csv"), bytes);
        QCOMPARE(r.statusName(), status);
        QCOMPARE(r.imported, imported);
        QVERIFY2(r.summary().contains(message), qPrintable(r.summary()));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("SELECT count(*) FROM campaign_rows")).toInt(), imported);
    }

    void legacyEncodingsKeepNames()
    {
        TestWorkspace ws;
        QStringEncoder encoder("windows-1250");
        const QByteArray csv =
            encoder.encode(QStringLiteral("date;channel;campaign;cost\n"
                                          "07.03.2025;Paid Search;Kampania wiosenna – Łódź;1 234,56\n"
                                          "08.03.2025;Paid Search;Żółta gęś;0,44\n"));
        const ImportResult r = ws.importOk(QStringLiteral("pl.csv"), csv);
        QCOMPARE(r.encoding, QStringLiteral("windows-1250"));
        QCOMPARE(r.delimiter, QStringLiteral("semicolon"));
        QCOMPARE(kpi(ws.workspace(), "media_cost"), 1235.0);
        QVERIFY(ws.workspace().findCampaign(QStringLiteral("Kampania wiosenna – Łódź")) > 0);
        QVERIFY(ws.workspace().findCampaign(QStringLiteral("Żółta gęś")) > 0);
    }

    void schemaIsVersioned()
    {
        TestWorkspace ws;
        QCOMPARE(ws.workspace().schemaVersion(), Workspace::latestSchemaVersion());
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(ws.workspace(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        const auto perms = QFile::permissions(ws.path(QStringLiteral("test.db")));
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther)));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"

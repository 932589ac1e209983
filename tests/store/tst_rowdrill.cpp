#include "../support/testworkspace.h"
#include "kpi/kpiengine.h"
#include "store/rowdrill.h"

#include <QTest>

#include <memory>

using namespace funnelscope;

namespace {

// Lines as a text editor numbers them: the header is line 1, the quoted newline makes the Spring Sale row lines 4-5,
// line 7 repeats line 3's key (summed into its row, data-model.md).
const QByteArray Campaigns = "date,channel,campaign,impressions,clicks,cost,leads\n"    // 1
                             "2025-03-03,Paid Search,Brand,1000,50,25.50,2\n"           // 2
                             "2025-03-04,Paid Search,Brand,2000,80,30.25,3\n"           // 3
                             "2025-03-05,Paid Social,\"Spring\nSale\",500,10,12.00,1\n" // 4-5
                             "2025-03-06,Paid Search,Generic,300,,5.125,\n"             // 6
                             "2025-03-04,Paid Search,Brand,100,5,1.00,1\n"              // 7
                             "2025-03-11,Paid Search,Brand,700,20,10,4\n";              // 8

const QByteArray Leads = "lead_id,created_date,channel,campaign,mql_date\n"
                         "L1,2025-03-03,Paid Search,Brand,2025-03-05\n"
                         "L2,2025-03-04,Paid Search,Brand,\n"
                         "L3,2025-03-05,Paid Social,Spring,2025-03-12\n"
                         "L4,2025-03-12,Paid Search,Generic,\n";

const QByteArray Deals = "deal_id,created_date,close_date,status,amount,lead_id\n"
                         "D1,2025-03-01,2025-03-06,Closed Won,1200.50,L1\n"
                         "D2,2025-03-02,2025-03-07,lost,500,L2\n"
                         "D3,2025-03-02,2025-03-08,won,99.99,L3\n";

Scope week(const QStringList &channels = {})
{
    return Scope{QDate(2025, 3, 3), QDate(2025, 3, 9), channels, {}};
}

QList<RowDrill::Row> rowsOf(RowDrill &drill)
{
    QList<RowDrill::Row> rows;
    const QString error = drill.read([&](const RowDrill::Row &r) {
        rows.append(r);
        return true;
    });
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
    }
    return rows;
}

int columnOf(const RowDrill &drill, const QString &id)
{
    for (int i = 0; i < drill.columns().size(); ++i) {
        if (drill.columns().at(i).id == id) {
            return i;
        }
    }
    return -1;
}

qint64 sumOf(const QList<RowDrill::Row> &rows, int column)
{
    qint64 sum = 0;
    for (const RowDrill::Row &r : rows) {
        sum += r.values.at(column).toLongLong();
    }
    return sum;
}

} // namespace

class TestRowDrill : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_demo; // the demo's files, imported once for the data-driven rows

private slots:
    void rowsAddUpToTheCard()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("ads.csv"), Campaigns);
        KpiEngine engine(ws.workspace());
        const Scope scope = week({QStringLiteral("Paid Search")});
        RowDrill drill(ws.workspace(), QStringLiteral("impressions"), scope);
        QVERIFY(drill.error().isEmpty());
        const QList<RowDrill::Row> rows = rowsOf(drill);
        // Lines 2, 3 (+7) and 6: the Paid Social row and next week's are not in scope.
        QCOMPARE(rows.size(), 3);
        QCOMPARE(sumOf(rows, columnOf(drill, QStringLiteral("impressions"))), 1000 + 2000 + 100 + 300);
        QCOMPARE(double(sumOf(rows, columnOf(drill, QStringLiteral("impressions")))),
                 *engine.compute(scope).value(u"impressions"));
        const RowDrill::Summary summary = drill.summary();
        QCOMPARE(summary.rows, 3);
        QCOMPARE(summary.files, 1);
        QCOMPARE(summary.unrecordedLines, 0);
    }

    void fileAndLine()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("ads.csv"), Campaigns);
        RowDrill drill(ws.workspace(), QStringLiteral("media_cost"), week());
        const QList<RowDrill::Row> rows = rowsOf(drill);
        QCOMPARE(rows.size(), 4);
        QHash<QString, RowDrill::Row> byCampaign;
        for (const RowDrill::Row &r : rows) {
            QCOMPARE(r.file, QStringLiteral("ads.csv"));
            byCampaign.insert(r.campaign + u' ' + QDate::fromJulianDay(r.day).toString(Qt::ISODate), r);
        }
        QCOMPARE(byCampaign.value(QStringLiteral("Brand 2025-03-03")).line, 2);
        QCOMPARE(byCampaign.value(QStringLiteral("Spring\nSale 2025-03-05")).line, 4); // the record's first line
        const RowDrill::Row generic = byCampaign.value(QStringLiteral("Generic 2025-03-06"));
        QCOMPARE(generic.line, 6);
        QCOMPARE(generic.lines, 1);
        QCOMPARE(RowDrill::lineText(generic), QStringLiteral("6"));
        const int cost = columnOf(drill, QStringLiteral("cost"));
        QCOMPARE(RowDrill::plainText(drill.columns().at(cost), generic.values.at(cost)), QStringLiteral("5.125"));
        QCOMPARE(generic.values.at(columnOf(drill, QStringLiteral("currency"))).toString(), QStringLiteral("USD"));
        // Lines 3 and 7 have one key: one row, summed, that keeps its first line and says it merged another.
        const RowDrill::Row merged = byCampaign.value(QStringLiteral("Brand 2025-03-04"));
        QCOMPARE(merged.line, 3);
        QCOMPARE(merged.lines, 2);
        QCOMPARE(RowDrill::plainText(drill.columns().at(cost), merged.values.at(cost)), QStringLiteral("31.25"));
        QVERIFY(RowDrill::lineText(merged).startsWith(QStringLiteral("3 (and 1 more line")));
    }

    void ratioRowsHaveBothInputs()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("ads.csv"), Campaigns);
        KpiEngine engine(ws.workspace());
        RowDrill drill(ws.workspace(), QStringLiteral("ctr"), week({QStringLiteral("Paid Search")}));
        const QList<RowDrill::Row> rows = rowsOf(drill);
        // Generic (line 6) has no clicks: the click-through rate leaves it out, and so does the list.
        QCOMPARE(rows.size(), 2);
        const qint64 clicks = sumOf(rows, columnOf(drill, QStringLiteral("clicks")));
        const qint64 impressions = sumOf(rows, columnOf(drill, QStringLiteral("impressions")));
        QCOMPARE(clicks, 50 + 80 + 5);
        QCOMPARE(impressions, 1000 + 2000 + 100);
        QCOMPARE(double(clicks) / double(impressions),
                 *engine.compute(week({QStringLiteral("Paid Search")})).value(u"ctr"));
    }

    void leadsOfAChannelInAWeek()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("ads.csv"), Campaigns);
        ws.importOk(QStringLiteral("crm leads.csv"), Leads);
        KpiEngine engine(ws.workspace());
        const Scope scope = week({QStringLiteral("Paid Search")});
        RowDrill leads(ws.workspace(), QStringLiteral("leads"), scope);
        const QList<RowDrill::Row> rows = rowsOf(leads);
        QCOMPARE(rows.size(), 2); // L1 and L2; L3 is Paid Social, L4 of next week
        QCOMPARE(double(rows.size()), *engine.compute(scope).value(u"leads"));
        QCOMPARE(rows.at(0).values.at(columnOf(leads, QStringLiteral("lead_id"))).toString(), QStringLiteral("L1"));
        QCOMPARE(rows.at(0).file, QStringLiteral("crm leads.csv"));
        QCOMPARE(rows.at(0).line, 2);
        QCOMPARE(rows.at(1).line, 3);

        // Cost per lead: the campaign rows' cost and the leads, of two files.
        RowDrill cpl(ws.workspace(), QStringLiteral("cpl"), scope);
        QVERIFY(cpl.mixedKinds());
        const QList<RowDrill::Row> cplRows = rowsOf(cpl);
        QCOMPARE(cpl.summary().files, 2);
        qint64 costMicros = 0;
        int leadRows = 0;
        for (const RowDrill::Row &r : cplRows) {
            if (r.file == u"ads.csv") {
                costMicros += r.values.at(columnOf(cpl, QStringLiteral("cost"))).toLongLong();
            } else {
                ++leadRows;
            }
        }
        QCOMPARE(costMicros, 25'500'000 + 31'250'000 + 5'125'000);
        QCOMPARE(leadRows, 2);
        QCOMPARE(costMicros / 1e6 / leadRows, *engine.compute(scope).value(u"cpl"));

        // MQLs are dated by their MQL date: L1 (5 March) this week, L3 (12 March) the next.
        RowDrill mqls(ws.workspace(), QStringLiteral("mqls"), week());
        const QList<RowDrill::Row> mqlRows = rowsOf(mqls);
        QCOMPARE(mqlRows.size(), 1);
        QCOMPARE(mqlRows.at(0).day, QDate(2025, 3, 5).toJulianDay());
    }

    void revenueWonTakesTheLeadsChannel()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("leads.csv"), Leads);
        ws.importOk(QStringLiteral("deals.csv"), Deals);
        KpiEngine engine(ws.workspace());
        RowDrill all(ws.workspace(), QStringLiteral("revenue"), week());
        const QList<RowDrill::Row> won = rowsOf(all);
        QCOMPARE(won.size(), 2); // D1 and D3; D2 was lost
        const int amount = columnOf(all, QStringLiteral("amount"));
        QCOMPARE(sumOf(won, amount), 1'200'500'000 + 99'990'000);
        QCOMPARE(sumOf(won, amount) / 1e6, *engine.compute(week()).value(u"revenue"));
        QCOMPARE(won.at(0).values.at(columnOf(all, QStringLiteral("status"))).toString(), QStringLiteral("won"));
        QCOMPARE(won.at(0).day, QDate(2025, 3, 6).toJulianDay()); // dated by its close date
        RowDrill search(ws.workspace(), QStringLiteral("revenue"), week({QStringLiteral("Paid Search")}));
        const QList<RowDrill::Row> searchRows = rowsOf(search);
        QCOMPARE(searchRows.size(), 1);
        QCOMPARE(searchRows.at(0).channel, QStringLiteral("Paid Search")); // its lead's channel
        QCOMPARE(searchRows.at(0).line, 2);
    }

    void filtersAndBuckets()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("ads.csv"), Campaigns);
        const Scope march{QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}};
        RowDrill campaign(ws.workspace(), QStringLiteral("impressions"),
                          RowDrill::narrowed(march, Breakdown::Campaign, QStringLiteral("Brand")));
        QCOMPARE(campaign.summary().rows, 3); // 3, 4 (lines 3 + 7) and 11 March
        RowDrill channel(ws.workspace(), QStringLiteral("impressions"),
                         RowDrill::narrowed(march, Breakdown::Channel, QStringLiteral("Paid Social")));
        QCOMPARE(channel.summary().rows, 1);
        const Scope secondWeek = RowDrill::narrowed(march, Breakdown::Week, QStringLiteral("2025-W11"));
        QCOMPARE(secondWeek.from, QDate(2025, 3, 10));
        QCOMPARE(secondWeek.to, QDate(2025, 3, 16));
        RowDrill bucket(ws.workspace(), QStringLiteral("impressions"), secondWeek);
        QCOMPARE(bucket.summary().rows, 1);
        RowDrill nothing(ws.workspace(), QStringLiteral("impressions"),
                         Scope{march.from, march.to, {QStringLiteral("Nowhere")}, {}});
        QCOMPARE(nothing.summary().rows, 0);
        // Paging: the second page of two rows starts where the first ended.
        RowDrill all(ws.workspace(), QStringLiteral("impressions"), march);
        QList<qint64> lines;
        all.read(
            [&](const RowDrill::Row &r) {
                lines.append(r.line);
                return true;
            },
            2, 2);
        QCOMPARE(lines, (QList<qint64>{4, 6})); // 5 March (Spring Sale), 6 March (Generic)
    }

    void demoRowsAddUpToEveryVolume_data()
    {
        QTest::addColumn<QString>("kpi");
        QTest::addColumn<QStringList>("sum"); // the columns added up; none: the rows are counted
        QTest::addColumn<QStringList>("channels");
        const QStringList all;
        const QStringList search{QStringLiteral("Paid Search")};
        const auto add = [&](const char *kpi, const QStringList &sum, const QStringList &channels) {
            QTest::addRow("%s%s", kpi, channels.isEmpty() ? "" : ", Paid Search")
                << QString::fromLatin1(kpi) << sum << channels;
        };
        for (const QStringList &channels : {all, search}) {
            add("impressions", {QStringLiteral("impressions")}, channels);
            add("sessions", {QStringLiteral("sessions")}, channels);
            add("media_cost", {QStringLiteral("cost")}, channels);
            add("platform_leads", {QStringLiteral("platform_leads")}, channels);
            add("leads", {}, channels);
            add("mqls", {}, channels);
            add("sqls", {}, channels);
            add("opportunities", {}, channels);
            add("won_deals", {}, channels);
            add("revenue", {QStringLiteral("amount")}, channels);
            add("new_customers", {}, channels);
            add("survey_responses", {}, channels);
            add("total_cost", {QStringLiteral("cost"), QStringLiteral("expense")}, channels);
        }
    }

    void demoRowsAddUpToEveryVolume()
    {
        QFETCH(QString, kpi);
        QFETCH(QStringList, sum);
        QFETCH(QStringList, channels);
        if (!m_demo) {
            m_demo = std::make_unique<TestWorkspace>();
            DemoGenerator::Options options;
            options.euroAccount = false; // one currency: the cards' money needs no conversion
            QCOMPARE(m_demo->importDemo(options), QString());
        }
        TestWorkspace *ws = m_demo.get();
        const Scope q3{QDate(2026, 7, 1), QDate(2026, 9, 30), channels, {}};
        RowDrill drill(ws->workspace(), kpi, q3);
        QVERIFY(drill.error().isEmpty());
        const QList<RowDrill::Row> rows = rowsOf(drill);
        QVERIFY(!rows.isEmpty());
        double total = 0;
        if (sum.isEmpty()) {
            total = double(rows.size());
        } else {
            for (const QString &column : sum) {
                const int c = columnOf(drill, column);
                QVERIFY(c >= 0);
                const qint64 s = sumOf(rows, c);
                const bool micros = drill.columns().at(c).type != RowDrill::ValueType::Count;
                total += micros ? double(s) / 1e6 : double(s);
            }
        }
        KpiEngine engine(ws->workspace());
        const std::optional<double> card = engine.compute(q3).value(kpi);
        QVERIFY(card);
        QVERIFY2(qAbs(total - *card) <= 1e-6 * qMax(1.0, qAbs(*card)),
                 qPrintable(QStringLiteral("rows %1, card %2").arg(total, 0, 'f', 6).arg(*card, 0, 'f', 6)));
        QCOMPARE(drill.summary().rows, rows.size());
    }

    void unknownKpi()
    {
        TestWorkspace ws;
        RowDrill drill(ws.workspace(), QStringLiteral("no_such_kpi"), week());
        QVERIFY(drill.error().contains(QStringLiteral("no_such_kpi")));
        QCOMPARE(drill.summary().rows, 0);
    }

    void plainDecimals()
    {
        QCOMPARE(RowDrill::plainMicros(0), QStringLiteral("0"));
        QCOMPARE(RowDrill::plainMicros(1), QStringLiteral("0.000001"));
        QCOMPARE(RowDrill::plainMicros(100'000'000'000'000), QStringLiteral("100000000"));
        QCOMPARE(RowDrill::plainMicros(-2'500'000), QStringLiteral("-2.5"));
        const RowDrill::Column real{QStringLiteral("lead_score"), {}, RowDrill::ValueType::Real};
        QCOMPARE(RowDrill::plainText(real, 0.0000001), QStringLiteral("0.0000001"));
        QCOMPARE(RowDrill::plainText(real, 1e20), QStringLiteral("100000000000000000000"));
    }

    void workspaceFromBeforeLinesWereRecorded()
    {
        const QString shipped = QStringLiteral(FUNNELSCOPE_WORKSPACES "/schema-9.db");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(QFile::copy(shipped, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Workspace w;
        QCOMPARE(w.open(path), QString());
        const Scope q4{QDate(2025, 10, 1), QDate(2025, 12, 31), {}, {}};
        RowDrill drill(w, QStringLiteral("impressions"), q4);
        const RowDrill::Summary summary = drill.summary();
        QVERIFY(summary.rows > 0);
        QCOMPARE(summary.unrecordedLines, summary.rows);
        const QList<RowDrill::Row> rows = rowsOf(drill);
        QCOMPARE(rows.size(), summary.rows);
        QCOMPARE(rows.first().line, 0);
        QCOMPARE(RowDrill::lineText(rows.first()), QStringLiteral("not recorded (imported before this version)"));
        QVERIFY(!rows.first().file.isEmpty());
        KpiEngine engine(w);
        QCOMPARE(double(sumOf(rows, columnOf(drill, QStringLiteral("impressions")))),
                 *engine.compute(q4).value(u"impressions"));
    }
};

QTEST_GUILESS_MAIN(TestRowDrill)
#include "tst_rowdrill.moc"

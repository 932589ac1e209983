// Every KPI against a small fixture whose expected values are worked out by hand in the comments.

#include "demo/demogenerator.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "kpi/kpitablemodel.h"
#include "kpi/kpiwriter.h"
#include "store/campaignrollup.h"
#include "store/crmrollup.h"
#include "store/sqlitestatement.h"
#include "testworkspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace funnelscope;
using namespace Qt::StringLiterals;

namespace {

// January 2025 has four campaign rows in scope and one in February.
const QByteArray Campaign =
    "date,channel,campaign,impressions,clicks,sessions,bounces,pageviews,engaged_seconds,cost,leads,likes,comments,"
    "shares,emails_sent,emails_delivered,emails_opened,email_clicks,unsubscribes,cta_clicks,landing_page_views,"
    "form_submissions,reach,mentions,new_followers\n"
    "2025-01-10,Paid Search,Brand,1000,50,40,10,100,4000,100.50,4,,,,,,,,,5,20,2,,,\n"
    "2025-01-20,Paid Search,Brand,3000,,60,30,110,,200.25,6,,,,,,,,,,,,,,\n"
    "2025-01-15,Organic Social,Page,2000,20,,,,,,,10,2,,,,,,,,,,1500,3,7\n"
    "2025-01-12,Email,Newsletter,,,30,,,,,,,,,1000,,250,40,5,,,,,,\n"
    "2025-01-13,Email,Newsletter,,,10,,,,,,,,,500,480,100,20,1,,,,,,\n"
    "2025-02-01,Paid Search,Brand,5000,100,80,20,200,8000,400,8,,,,,,,,,,,,,,\n";

const QByteArray Leads = "lead_id,created_date,channel,campaign,mql_date,sal_date,sql_date,opportunity_date,"
                         "customer_date,lead_score\n"
                         "L1,2025-01-05,Paid Search,Brand,2025-01-10,,,,,80\n"
                         "L2,2025-01-06,Paid Search,Brand,,,2025-01-20,,,60\n"
                         "L3,2025-01-07,Email,Newsletter,2025-01-08,2025-01-09,2025-01-15,2025-01-25,2025-02-10,\n"
                         "L4,2024-12-20,Email,Newsletter,2025-01-02,,,,,40\n"
                         "L5,2025-01-31,Organic Social,Page,,,,,,\n"
                         "L6,2025-02-01,Paid Search,Brand,2025-02-02,,,,,90\n";

const QByteArray Deals = "deal_id,created_date,close_date,status,amount,lead_id,customer_id,channel,campaign,"
                         "first_touch_date\n"
                         "D1,2025-01-25,2025-02-10,Closed Won,12000.00,L3,C1,,,\n"
                         "D2,2025-01-05,2025-01-28,WON,\"1,500.50\",,,Paid Search,Brand,2024-12-01\n"
                         "D3,2025-01-10,2025-01-30,Closed-Lost,3000,L1,,,,\n"
                         "D4,2024-12-15,,Negotiation,5000,L2,,,,\n"
                         "D5,2025-01-20,2025-03-01,lost,2000,,,Email,,\n"
                         "D6,2025-01-12,,won,,L1,,,,\n";

const QByteArray Expenses = "date,amount,category,channel,campaign\n"
                            "2025-01-01,1000.00,Salaries,,\n"
                            "2025-01-15,250.25,Tools,Paid Search,Brand\n"
                            "2025-02-01,999,Salaries,,\n";

const QByteArray Customers = "customer_id,start_date,churn_date,mrr,channel,campaign\n"
                             "C1,2024-06-01,,100,Paid Search,Brand\n"
                             "C2,2024-07-01,2025-01-15,200,Email,\n"
                             "C3,2025-01-10,,300,Email,\n"
                             "C4,2025-01-05,2025-01-20,50,,\n"
                             "C5,2024-12-31,2025-01-01,70,,\n"
                             "C6,2025-02-01,,,,\n"
                             "C7,2024-01-01,2024-12-31,10,,\n"
                             "C8,2024-05-01,2025-01-31,500,,\n";

const QByteArray Surveys = "response_date,score,respondent_id,comment,channel,campaign\n"
                           "2025-01-03,10,C1,,Paid Search,Brand\n"
                           "2025-01-04,9,C2,,,\n"
                           "2025-01-05,7,C3,,,\n"
                           "2025-01-06,6,,,,\n"
                           "2025-01-07,8,,,,\n"
                           "2025-02-01,0,,,,\n";

const Scope January{QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {}};

} // namespace

class TestKpiEngine : public QObject
{
    Q_OBJECT

private:
    static void expect(const KpiValues &values, const char *id, std::optional<double> expected)
    {
        const auto actual = values.value(QString::fromLatin1(id));
        if (!expected) {
            QVERIFY2(
                !actual,
                qPrintable(
                    QStringLiteral("%1 should be null, is %2").arg(QLatin1StringView(id)).arg(actual.value_or(0))));
            return;
        }
        QVERIFY2(actual,
                 qPrintable(QStringLiteral("%1 should be %2, is null").arg(QLatin1StringView(id)).arg(*expected)));
        QVERIFY2(qAbs(*actual - *expected) <= 1e-9 * qMax(1.0, qAbs(*expected)),
                 qPrintable(QStringLiteral("%1: expected %2, got %3")
                                .arg(QLatin1StringView(id))
                                .arg(*expected, 0, 'g', 17)
                                .arg(*actual, 0, 'g', 17)));
    }

    static void importAll(TestWorkspace &ws)
    {
        QCOMPARE(ws.importOk(QStringLiteral("campaign.csv"), Campaign).status, ImportResult::Status::Imported);
        QCOMPARE(ws.importOk(QStringLiteral("leads.csv"), Leads).status, ImportResult::Status::Imported);
        QCOMPARE(ws.importOk(QStringLiteral("deals.csv"), Deals).status, ImportResult::Status::Imported);
        QCOMPARE(ws.importOk(QStringLiteral("expenses.csv"), Expenses).status, ImportResult::Status::Imported);
        QCOMPARE(ws.importOk(QStringLiteral("customers.csv"), Customers).status, ImportResult::Status::Imported);
        QCOMPARE(ws.importOk(QStringLiteral("surveys.csv"), Surveys).status, ImportResult::Status::Imported);
    }

private slots:
    void catalogHasEveryKpiOnce()
    {
        const auto &all = KpiCatalog::all();
        QCOMPARE(all.size(), 56);
        QSet<QString> ids;
        for (const KpiDefinition &k : all) {
            QVERIFY2(!ids.contains(k.id), qPrintable(k.id));
            ids.insert(k.id);
            QVERIFY(qstrlen(k.name) > 0);
            QVERIFY(qstrlen(k.explanation) > 10);
        }
        QCOMPARE(KpiCatalog::at(KpiCatalog::indexOf(u"cac")).better, Better::Down);
        QCOMPARE(KpiCatalog::at(KpiCatalog::indexOf(u"nps")).group, KpiGroup::Loyalty);
    }

    void emptyWorkspaceIsAllNull()
    {
        TestWorkspace ws;
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        for (int i = 0; i < v.values.size(); ++i) {
            QVERIFY2(!v.values.at(i), qPrintable(KpiCatalog::at(i).id));
        }
        QCOMPARE(v.leadsSource, QStringLiteral("platform"));
    }

    void campaignKpis()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("campaign.csv"), Campaign);
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        expect(v, "impressions", 6000); // 1000 + 3000 + 2000
        expect(v, "reach", 1500);
        expect(v, "sessions", 140);             // 40 + 60 + 30 + 10
        expect(v, "organic_share", 40.0 / 140); // Email's 40 of 140; Paid Search is paid
        expect(v, "mentions", 3);
        expect(v, "new_followers", 7);
        expect(v, "media_cost", 300.75);        // 100.50 + 200.25
        expect(v, "cpm", 300.75 / 4000 * 1000); // rows with cost and impressions
        expect(v, "ctr", 70.0 / 3000);          // (50 + 20) / (1000 + 2000): row 2 has no clicks
        expect(v, "cpc", 100.50 / 50);          // the one row with cost and clicks
        expect(v, "bounce_rate", 40.0 / 100);   // (10 + 30) / (40 + 60)
        expect(v, "avg_time_on_site", 4000.0 / 40);
        expect(v, "pages_per_session", 210.0 / 100);
        expect(v, "social_engagements", 12); // 10 likes + 2 comments, shares unknown
        expect(v, "engagement_rate", 12.0 / 2000);
        expect(v, "email_open_rate", 350.0 / 1480); // delivered = 1000 sent (delivered unknown) + 480
        expect(v, "email_ctr", 60.0 / 1480);
        expect(v, "email_click_to_open", 60.0 / 350);
        expect(v, "unsubscribe_rate", 6.0 / 1480);
        expect(v, "cta_ctr", 5.0 / 100);
        expect(v, "landing_page_conversion", 2.0 / 20);
        expect(v, "platform_leads", 10);
        // Without CRM leads, leads fall back to the platforms' count.
        QCOMPARE(v.leadsSource, QStringLiteral("platform"));
        expect(v, "leads", 10);
        expect(v, "lead_conversion_rate", 10.0 / 140);
        expect(v, "cpl", 30.075);
        // Nothing of the CRM kinds was imported: unknown, not 0.
        for (const char *id : {"mqls", "sqls", "opportunities", "revenue", "won_deals", "active_customers", "nps",
                               "survey_responses", "new_customers", "cac", "marketing_roi", "lead_to_mql_rate"}) {
            expect(v, id, std::nullopt);
        }
        expect(v, "total_cost", 300.75);
    }

    void leadKpis()
    {
        TestWorkspace ws;
        importAll(ws);
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        QCOMPARE(v.leadsSource, QStringLiteral("crm"));
        expect(v, "leads", 4);               // L1, L2, L3, L5 (L5 on the period's last day)
        expect(v, "mqls", 4);                // L1, L2 (SQL date stands in), L3, L4 (created in December)
        expect(v, "sals", 2);                // L2 (its SQL date), L3
        expect(v, "sqls", 2);                // L2, L3
        expect(v, "lead_to_mql_rate", 0.75); // of L1, L2, L3, L5: all but L5 reached MQL
        expect(v, "mql_to_sql_rate", 0.5);   // of L1, L2, L3, L4: L2 and L3
        expect(v, "sql_to_customer_rate", 0.5);
        expect(v, "lead_to_customer_rate", 0.25);
        expect(v, "avg_lead_score", 70); // 80 and 60; L3 and L5 have none
        expect(v, "lead_conversion_rate", 4.0 / 140);
        expect(v, "cpl", 300.75 / 4);
        expect(v, "cost_per_mql", 300.75 / 4);

        const KpiValues email =
            KpiEngine(ws.workspace()).compute({January.from, January.to, {QStringLiteral("Email")}, {}});
        expect(email, "leads", 1);
        expect(email, "mqls", 2);

        // Leads exist, but none in this period: 0, and rates over nothing are unknown.
        const KpiValues march = KpiEngine(ws.workspace()).compute({QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}});
        expect(march, "leads", 0);
        expect(march, "mqls", 0);
        expect(march, "lead_to_mql_rate", std::nullopt);
        expect(march, "cpl", std::nullopt);
    }

    void dealKpis()
    {
        TestWorkspace ws;
        importAll(ws);
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        expect(v, "opportunities", 5); // D1, D2, D3, D5, D6
        expect(v, "won_deals", 1);     // D2; D6 is won without a close date
        expect(v, "win_rate", 0.5);    // D2 won, D3 lost
        expect(v, "revenue", 1500.50);
        expect(v, "avg_deal_size", 1500.50);
        expect(v, "sales_cycle_days", 58);  // 2024-12-01 → 2025-01-28
        expect(v, "pipeline_value", 19000); // D1 (won after the period) 12000 + D4 5000 + D5 (lost in March) 2000
        expect(v, "sales_velocity", 5 * 0.5 * 1500.50 / 58);
        expect(v, "cost_per_opportunity", 300.75 / 5);
        expect(v, "total_cost", 1551); // 300.75 media + 1000 + 250.25 expenses
        expect(v, "new_customers", 2); // C3 and C4 started in January
        expect(v, "cac", 1551.0 / 2);
        expect(v, "marketing_roi", (1500.50 - 1551) / 1551);

        const KpiValues february = KpiEngine(ws.workspace()).compute({QDate(2025, 2, 1), QDate(2025, 2, 28), {}, {}});
        expect(february, "won_deals", 1);
        expect(february, "revenue", 12000);
        expect(february, "sales_cycle_days", 34); // no first touch: lead L3 created 2025-01-07 → 2025-02-10
        expect(february, "win_rate", 1);

        // D1 has no channel: it takes L3's (Email), whatever the order of imports.
        const KpiValues email =
            KpiEngine(ws.workspace()).compute({QDate(2025, 2, 1), QDate(2025, 2, 28), {QStringLiteral("Email")}, {}});
        expect(email, "revenue", 12000);
        const KpiValues paid =
            KpiEngine(ws.workspace()).compute({January.from, January.to, {QStringLiteral("Paid Search")}, {}});
        expect(paid, "opportunities", 3); // D2 own, D3 and D6 through L1
        expect(paid, "total_cost", 551);  // 300.75 + 250.25; shared salaries drop out
        expect(paid, "revenue", 1500.50);
    }

    void tablesSortUnknownsAndTheTotalLast()
    {
        // A first click on a KPI column sorts largest first; unknown values and the total row stay at the bottom in
        // either order, and a filter never hides the total.
        const int impressions = KpiCatalog::indexOf(u"impressions");
        const auto row = [&](const char *key, std::optional<double> value) {
            KpiValues v;
            v.values.resize(KpiCatalog::all().size());
            v.values[impressions] = value;
            return KpiEngine::Row{QString::fromLatin1(key), {}, v, {}, std::nullopt};
        };
        KpiTableModel model;
        model.setKpis({impressions});
        model.setRows({row("Email", 5), row("Direct", std::nullopt), row("Paid Search", 9)}, QStringLiteral("Channel"));
        model.setTotal(row("", 14).values);
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(), int(Qt::DescendingOrder));
        QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(), int(Qt::AscendingOrder));
        KpiTableProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(KpiTableModel::SortRole);
        const auto keys = [&] {
            QStringList list;
            for (int r = 0; r < proxy.rowCount(); ++r) {
                list.append(proxy.index(r, 0).data().toString());
            }
            return list;
        };
        proxy.sort(1, Qt::DescendingOrder);
        QCOMPARE(keys(), (QStringList{u"Paid Search"_s, u"Email"_s, u"Direct"_s, u"Total"_s}));
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(keys(), (QStringList{u"Email"_s, u"Paid Search"_s, u"Direct"_s, u"Total"_s}));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(keys(), (QStringList{u"Paid Search"_s, u"Email"_s, u"Direct"_s, u"Total"_s}));
        proxy.setFilterFixedString(u"mail"_s);
        QCOMPARE(keys(), (QStringList{u"Email"_s, u"Total"_s}));
        QCOMPARE(proxy.sourceRows(), (QList<int>{0, 3}));
        // Export CSV in that order; the total is the scope's own value (14), not a sum of what is shown.
        QCOMPARE(model.toCsv(proxy.sourceRows()), u"Channel,Impressions\r\nEmail,5\r\nTotal,14\r\n"_s);
    }

    void openDealsExpectedCloseDatesDoNotExtendTheData()
    {
        // An open deal's close date is the one the seller expects: it is no day with data, so it does not move the
        // period presets ("This month", "Last 90 days") into a future with nothing in it.
        TestWorkspace ws;
        QCOMPARE(ws.importOk(QStringLiteral("deals.csv"), "deal_id,created_date,close_date,status,amount\n"
                                                          "A,2025-03-01,2025-03-20,won,100\n"
                                                          "B,2025-03-05,2025-09-30,open,900\n"
                                                          "C,2025-03-10,2025-04-02,lost,50\n")
                     .status,
                 ImportResult::Status::Imported);
        const auto [first, last] = KpiEngine(ws.workspace()).dataRange();
        QCOMPARE(first, QDate(2025, 3, 1));
        QCOMPARE(last, QDate(2025, 4, 2)); // C's loss, not B's hoped-for 30 Sep
    }

    void dealsWithoutChannelOrLeadCountUnderNone()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("d.csv"),
                    "deal_id,created_date,close_date,status,amount\nD1,2025-03-01,2025-03-10,won,100\n");
        const auto rows =
            KpiEngine(ws.workspace())
                .breakdown({QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}}, Breakdown::Channel, Comparison::None);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().key, QStringLiteral("(none)"));
        QCOMPARE(rows.first().values.value(u"revenue"), 100.0);
    }

    void dealsTakeLeadChannelWhateverTheImportOrder()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("deals.csv"), Deals);
        ws.importOk(QStringLiteral("leads.csv"), Leads);
        const KpiValues email =
            KpiEngine(ws.workspace()).compute({QDate(2025, 2, 1), QDate(2025, 2, 28), {QStringLiteral("Email")}, {}});
        expect(email, "revenue", 12000);
    }

    void wonDealsStandInForCustomers()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("deals.csv"), Deals);
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        expect(v, "new_customers", 1);
        expect(v, "active_customers", std::nullopt);
        expect(v, "leads", std::nullopt); // no CRM leads, no campaign rows
    }

    void customerKpis()
    {
        TestWorkspace ws;
        importAll(ws);
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        // S = C1, C2, C5 (churns on the first day), C8; C7 churned before. E = C1, C3. N = C3, C4.
        expect(v, "active_customers", 2);
        expect(v, "retention_rate", 0.25); // only C1 of S is in E
        expect(v, "churn_rate", 0.75);     // C2, C5, C8 (churns on the last day) of 4
        expect(v, "mrr", 400);             // C1 100 + C3 300
        expect(v, "arpa", 200);
        const double clv = 200 / (0.75 * 30.4375 / 31);
        expect(v, "clv", clv);
        expect(v, "ltv_to_cac", clv / 775.5);
        // No churn in February: CLV cannot be computed.
        const KpiValues february = KpiEngine(ws.workspace()).compute({QDate(2025, 2, 1), QDate(2025, 2, 28), {}, {}});
        expect(february, "churn_rate", 0);
        expect(february, "clv", std::nullopt);
        expect(february, "active_customers", 3); // C1, C3, C6
        expect(february, "mrr", 400);            // C6 has no MRR
        expect(february, "arpa", 200);
    }

    void surveyKpis()
    {
        TestWorkspace ws;
        importAll(ws);
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        expect(v, "survey_responses", 5);
        expect(v, "nps", 20); // (2 promoters − 1 detractor) / 5 × 100
        const KpiValues march = KpiEngine(ws.workspace()).compute({QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}});
        expect(march, "survey_responses", 0);
        expect(march, "nps", std::nullopt);
    }

    void zeroDenominatorsAreNull()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("zero.csv"), "date,channel,impressions,clicks,cost,sessions\n"
                                                "2025-01-01,Paid Search,0,0,0,0\n");
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        expect(v, "impressions", 0);
        expect(v, "ctr", std::nullopt);
        expect(v, "cpc", std::nullopt);
        expect(v, "cpm", std::nullopt);
        expect(v, "organic_share", std::nullopt);
        expect(v, "media_cost", 0);
        expect(v, "cpl", std::nullopt); // no leads at all
    }

    void filtersCombine()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("campaign.csv"), Campaign);
        KpiEngine engine(ws.workspace());
        const auto sessions = [&](QStringList channels, QStringList campaigns) {
            return engine.compute({January.from, January.to, channels, campaigns}).value(u"sessions");
        };
        QCOMPARE(sessions({QStringLiteral("Email"), QStringLiteral("Paid Search")}, {}), 140.0);
        QCOMPARE(sessions({QStringLiteral("Email")}, {QStringLiteral("Brand")}), std::nullopt);
        QCOMPARE(sessions({}, {QStringLiteral("Brand")}), 100.0);
        QCOMPARE(sessions({QStringLiteral("No such channel")}, {}), std::nullopt);
    }

    void comparisonPeriods()
    {
        const Scope march{QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}};
        QCOMPARE(march.compared(Comparison::PreviousPeriod).from, QDate(2025, 1, 29));
        QCOMPARE(march.compared(Comparison::PreviousPeriod).to, QDate(2025, 2, 28));
        const Scope leap{QDate(2024, 2, 29), QDate(2024, 2, 29), {}, {}};
        QCOMPARE(leap.compared(Comparison::PreviousYear).from, QDate(2023, 2, 28));
        const Scope q1{QDate(2025, 1, 1), QDate(2025, 3, 31), {}, {}};
        QCOMPARE(q1.compared(Comparison::PreviousPeriod).from, QDate(2024, 10, 3));
        QCOMPARE(KpiValues::change(120, 100), 0.2);
        QCOMPARE(KpiValues::change(80, -100), 1.8);
        QCOMPARE(KpiValues::change(5, 0), std::nullopt);
        QCOMPARE(KpiValues::change(std::nullopt, 3), std::nullopt);
    }

    void timeBuckets()
    {
        const Scope s{QDate(2024, 12, 30), QDate(2025, 2, 3), {}, {}};
        const auto weeks = s.timeBuckets(Breakdown::Week);
        QCOMPARE(weeks.first().first, QStringLiteral("2025-W01"));
        QCOMPARE(weeks.last().first, QStringLiteral("2025-W06"));
        QCOMPARE(weeks.last().second.from, QDate(2025, 2, 3));
        const auto months = s.timeBuckets(Breakdown::Month);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.first().first, QStringLiteral("2024-12"));
        QCOMPARE(months.first().second.from, QDate(2024, 12, 30)); // clipped to the period
        QCOMPARE(months.last().second.to, QDate(2025, 2, 3));
        const auto quarters = s.timeBuckets(Breakdown::Quarter);
        QCOMPARE(quarters.size(), 2);
        QCOMPARE(quarters.at(1).first, QStringLiteral("2025-Q1"));
        QCOMPARE(s.timeBuckets(Breakdown::Day).size(), 36);
    }

    void breakdownByChannel()
    {
        TestWorkspace ws;
        importAll(ws);
        KpiEngine engine(ws.workspace());
        const auto rows = engine.breakdown(January, Breakdown::Channel, Comparison::PreviousPeriod);
        QStringList keys;
        for (const auto &row : rows) {
            keys.append(row.key);
        }
        // Every name in any kind, "(none)" from shared expenses and customers, in code-point order.
        QCOMPARE(keys, (QStringList{QStringLiteral("(none)"), QStringLiteral("Email"), QStringLiteral("Organic Social"),
                                    QStringLiteral("Paid Search")}));
        QCOMPARE(rows.at(1).values.value(u"sessions"), 40.0);
        QVERIFY(rows.at(1).previous.has_value());
        QCOMPARE(rows.at(1).previousScope.from, QDate(2024, 12, 1));
        QCOMPARE(rows.at(0).values.value(u"total_cost"), 1000.0);

        const auto months =
            engine.breakdown({QDate(2025, 1, 1), QDate(2025, 3, 31), {}, {}}, Breakdown::Month, Comparison::None);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(1).values.value(u"sessions"), 80.0);
        QCOMPARE(months.at(2).values.value(u"sessions"), std::nullopt); // empty bucket, still a row
        QCOMPARE(months.at(2).values.value(u"leads"), 0.0);
    }

    void groupedBreakdownEqualsFilteredComputation()
    {
        // The fast path (one grouped query per kind, from the roll-ups) against the plain one (a full computation
        // per name, from the rows), on the demo workspace, for scopes drawn at random.
        TestWorkspace ws;
        QCOMPARE(ws.importDemo(DemoGenerator::Options{7, QDate(2024, 10, 1), 200, 1}), QString());
        KpiEngine engine(ws.workspace());
        KpiEngine plainEngine(ws.workspace());
        plainEngine.setUseRollup(false);
        std::mt19937 rng(42);
        for (int round = 0; round < 6; ++round) {
            const QDate from = QDate(2024, 10, 1).addDays(rng() % 150);
            const Scope scope{from, from.addDays(rng() % 60), {}, {}};
            for (Breakdown by : {Breakdown::Channel, Breakdown::Campaign}) {
                const auto rows = engine.breakdown(scope, by, Comparison::PreviousPeriod);
                QVERIFY(rows.size() > 3);
                for (const auto &row : rows) {
                    Scope single = scope;
                    (by == Breakdown::Channel ? single.channels : single.campaigns) = QStringList{row.key};
                    const KpiValues plain = plainEngine.compute(single);
                    const KpiValues plainBefore = plainEngine.compute(single.compared(Comparison::PreviousPeriod));
                    for (int i = 0; i < plain.values.size(); ++i) {
                        for (const auto &[fast, slow] :
                             {std::pair{row.values.values.at(i), plain.values.at(i)},
                              std::pair{row.previous->values.at(i), plainBefore.values.at(i)}}) {
                            QVERIFY2(fast.has_value() == slow.has_value() &&
                                         (!fast || qAbs(*fast - *slow) <= 1e-9 * qMax(1.0, qAbs(*slow))),
                                     qPrintable(QStringLiteral("%1 %2: %3")
                                                    .arg(row.key, KpiCatalog::at(i).id)
                                                    .arg(fast.value_or(-1))));
                        }
                    }
                }
            }
        }
    }

    void rollupEqualsPlainComputation()
    {
        // Whole months from the roll-up and edge days from the rows give exactly what reading every row gives.
        TestWorkspace ws;
        QCOMPARE(ws.importDemo(DemoGenerator::Options{3, QDate(2024, 10, 1), 400, 1}), QString());
        KpiEngine fast(ws.workspace());
        KpiEngine plain(ws.workspace());
        plain.setUseRollup(false);
        std::mt19937 rng(7);
        const QStringList channels = {QStringLiteral("Paid Search"), QStringLiteral("Email"),
                                      QStringLiteral("LinkedIn Ads")};
        QList<Scope> scopes = {{QDate(2024, 11, 1), QDate(2025, 1, 31), {}, {}},  // whole months only
                               {QDate(2024, 10, 15), QDate(2025, 3, 10), {}, {}}, // edges on both sides
                               {QDate(2025, 2, 1), QDate(2025, 2, 27), {}, {}}};  // one partial month
        for (int i = 0; i < 12; ++i) {
            const QDate from = QDate(2024, 10, 1).addDays(rng() % 380);
            Scope s{from, from.addDays(rng() % 200), {}, {}};
            if (i % 3 == 1) {
                s.channels = {channels.at(rng() % channels.size())};
            } else if (i % 3 == 2) {
                const QStringList campaigns = fast.allNames(Breakdown::Campaign);
                s.campaigns = {campaigns.at(rng() % campaigns.size())};
            }
            scopes.append(s);
        }
        for (const Scope &s : scopes) {
            const KpiValues a = fast.compute(s);
            const KpiValues b = plain.compute(s);
            QCOMPARE(a.clicks, b.clicks);
            for (int i = 0; i < a.values.size(); ++i) {
                QVERIFY2(
                    a.values.at(i) == b.values.at(i),
                    qPrintable(QStringLiteral("%1 %2..%3: %4 vs %5")
                                   .arg(KpiCatalog::at(i).id, s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate))
                                   .arg(a.values.at(i).value_or(-1), 0, 'g', 17)
                                   .arg(b.values.at(i).value_or(-1), 0, 'g', 17)));
            }
        }
    }

    void rollupKeptByImportsEqualsRebuilt()
    {
        // Imports add their sums to the roll-up when every row is new and rebuild the months otherwise; either way
        // the roll-up must equal one rebuilt from the stored rows.
        TestWorkspace ws;
        const auto table = [&](const char *sql) {
            SqliteStatement q(ws.workspace().handle(), QString::fromLatin1(sql));
            QStringList rows;
            while (q.step()) {
                QStringList values;
                for (int i = 0; i < q.columnCount(); ++i) {
                    values.append(q.isNull(i) ? QStringLiteral("-") : QString::number(q.integer(i)));
                }
                rows.append(values.join(u' '));
            }
            return rows;
        };
        const auto rollups = [&] {
            return table("SELECT * FROM campaign_months ORDER BY month, channel_id, campaign_id") +
                   table("SELECT * FROM channel_days ORDER BY day, channel_id") +
                   table("SELECT * FROM lead_days ORDER BY day, channel_id");
        };
        const auto check = [&] {
            const QStringList kept = rollups();
            QVERIFY(!kept.isEmpty());
            QCOMPARE(CampaignRollup::rebuildAll(ws.workspace()), QString());
            QCOMPARE(CrmRollup::rebuild(ws.workspace()), QString());
            QCOMPARE(kept, rollups());
        };
        const QByteArray header = "date,channel,campaign,impressions,clicks,cost,likes,emails_sent,emails_opened\n";
        ImportOptions ads;
        ads.source = QStringLiteral("ads");
        // New rows in new months: added.
        QCOMPARE(ws.importOk(QStringLiteral("a.csv"),
                             header + "2025-01-30,Search,A,100,5,1.50,,,\n"
                                      "2025-02-02,Search,A,200,,2.00,3,,\n"
                                      "2025-02-02,Email,N,,,,,50,\n",
                             ads)
                     .status,
                 ImportResult::Status::Imported);
        check();
        // Another source in the same months and groups: added to the stored sums.
        ImportOptions web;
        web.source = QStringLiteral("web");
        QCOMPARE(ws.importOk(QStringLiteral("b.csv"),
                             header + "2025-02-02,Search,A,10,1,,,,\n2025-02-03,Email,N,,,,,20,7\n", web)
                     .status,
                 ImportResult::Status::Imported);
        check();
        // Rows merged within the file (one unknown, one known half of a pair): rebuilt.
        ImportOptions crm;
        crm.source = QStringLiteral("crm");
        QCOMPARE(ws.importOk(QStringLiteral("c.csv"),
                             header + "2025-03-01,Search,A,50,,,,,\n2025-03-01,Search,A,,4,0.80,,,\n", crm)
                     .status,
                 ImportResult::Status::Imported);
        check();
        // The same source again, replacing a stored row: rebuilt.
        QCOMPARE(ws.importOk(QStringLiteral("d.csv"), header + "2025-02-02,Search,A,900,9,,,,\n", ads).status,
                 ImportResult::Status::Imported);
        check();
        // Leads, then the same leads moved to other days and stages.
        const QByteArray leads = "lead_id,created_date,channel,campaign,mql_date,sql_date,customer_date,lead_score\n";
        QCOMPARE(ws.importOk(QStringLiteral("l1.csv"), leads + "L1,2025-01-03,Search,A,2025-01-05,,,40\n"
                                                               "L2,2025-01-03,Email,N,,2025-01-20,2025-02-01,\n"
                                                               "L3,2025-01-04,Search,A,,,,70\n")
                     .status,
                 ImportResult::Status::Imported);
        check();
        QCOMPARE(ws.importOk(QStringLiteral("l2.csv"), leads + "L1,2025-01-04,Email,N,2025-01-06,2025-01-09,,40\n"
                                                               "L3,2025-01-04,Search,A,2025-01-04,,,75\n")
                     .status,
                 ImportResult::Status::Imported);
        check();
        QCOMPARE(table("SELECT sum(created), sum(mql), sum(sql), sum(created_customer) FROM lead_days"),
                 QStringList{QStringLiteral("3 3 2 1")});
    }

    void timeBucketsEqualPerBucketComputation()
    {
        // Buckets fold leads, deals and customers read once by day; each must equal a computation of its own period
        // from the rows.
        const auto check = [](KpiEngine &engine, const Scope &scope, Breakdown by) {
            KpiEngine plain(engine);
            plain.setUseRollup(false);
            for (const auto &row : engine.breakdown(scope, by, Comparison::PreviousPeriod)) {
                const KpiValues expected = plain.compute(row.scope);
                const KpiValues expectedBefore = plain.compute(row.previousScope);
                for (int i = 0; i < expected.values.size(); ++i) {
                    for (const auto &[fast, slow] :
                         {std::pair{row.values.values.at(i), expected.values.at(i)},
                          std::pair{row.previous->values.at(i), expectedBefore.values.at(i)}}) {
                        if (fast.has_value() != slow.has_value() ||
                            (fast && qAbs(*fast - *slow) > 1e-9 * qMax(1.0, qAbs(*slow)))) {
                            return QStringLiteral("%1 %2: %3 vs %4")
                                .arg(row.key, KpiCatalog::at(i).id)
                                .arg(fast.value_or(-1), 0, 'g', 17)
                                .arg(slow.value_or(-1), 0, 'g', 17);
                        }
                    }
                }
            }
            return QString();
        };
        {
            TestWorkspace ws;
            importAll(ws); // deals won without a close date, lost after the period, open ones
            KpiEngine engine(ws.workspace());
            for (Breakdown by : {Breakdown::Day, Breakdown::Week, Breakdown::Month}) {
                const QString error = check(engine, {QDate(2024, 12, 1), QDate(2025, 3, 15), {}, {}}, by);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
            const QString error =
                check(engine, {January.from, January.to, {QStringLiteral("Email")}, {}}, Breakdown::Day);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        TestWorkspace ws;
        QCOMPARE(ws.importDemo(DemoGenerator::Options{5, QDate(2024, 10, 1), 300, 1}), QString());
        KpiEngine engine(ws.workspace());
        std::mt19937 rng(11);
        for (int round = 0; round < 6; ++round) {
            const QDate from = QDate(2024, 10, 1).addDays(rng() % 200);
            Scope scope{from, from.addDays(20 + rng() % 100), {}, {}};
            if (round % 2) {
                scope.channels = {QStringLiteral("Paid Search"), QStringLiteral("Email")};
            }
            const QString error = check(engine, scope, round % 3 == 0 ? Breakdown::Week : Breakdown::Month);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void csvNumbersArePlainDecimals()
    {
        // kpis --format csv and the window's Export CSV write 100000 impressions as 100000 (QString::number's 'g'
        // gives 1e+05, which our importer refuses), and a formula-looking row name as text.
        const int impressions = KpiCatalog::indexOf(u"impressions");
        const int ctr = KpiCatalog::indexOf(u"ctr");
        const int cost = KpiCatalog::indexOf(u"media_cost");
        KpiValues v;
        v.values.resize(KpiCatalog::all().size());
        v.values[impressions] = 100000;
        v.values[ctr] = 0.0123;
        v.values[cost] = 1234.5;
        // The last column is the currency of money KPIs, empty for the others.
        const QStringList lines = KpiWriter::toCsv(v, nullptr, QStringLiteral("PLN")).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), QStringLiteral("kpi,group,value,currency"));
        QVERIFY(lines.contains(QStringLiteral("impressions,awareness,100000,")));
        QVERIFY(lines.contains(QStringLiteral("ctr,engagement,0.0123,")));
        QVERIFY(lines.contains(QStringLiteral("media_cost,awareness,1234.5,PLN")));
        QVERIFY(lines.contains(QStringLiteral("cpl,lead_generation,,PLN"))); // unknown: an empty cell

        KpiValues half = v;
        half.values[impressions] = 200000;
        const QStringList compared = KpiWriter::toCsv(half, &v).split(QStringLiteral("\r\n"));
        QVERIFY(compared.contains(QStringLiteral("impressions,awareness,200000,100000,1,")));

        const KpiEngine::Row formula{QStringLiteral("=HYPERLINK(\"x\")"), {}, v, {}, std::nullopt};
        const KpiEngine::Row minus{QStringLiteral("-2"), {}, half, {}, std::nullopt};
        const QStringList rows = KpiWriter::toCsv(QList<KpiEngine::Row>{formula, minus}).split(QStringLiteral("\r\n"));
        QVERIFY2(rows.at(1).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",100000,")), qPrintable(rows.at(1)));
        QVERIFY2(rows.at(2).startsWith(QStringLiteral("'-2,200000,")), qPrintable(rows.at(2)));

        KpiTableModel model;
        model.setKpis({impressions, ctr, cost});
        model.setRows({formula, minus}, QStringLiteral("Channel"));
        model.setFormat(KpiFormat(QLocale::c(), QStringLiteral("PLN")));
        QCOMPARE(model.toCsv(), QStringLiteral("Channel,Impressions,Click-through rate,Media spend (PLN)\r\n"
                                               "\"'=HYPERLINK(\"\"x\"\")\",100000,0.0123,1234.5\r\n"
                                               "'-2,200000,0.0123,1234.5\r\n"));
    }

    void paidOverride()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("campaign.csv"), Campaign);
        QVERIFY(Workspace::isPaidChannelName(QStringLiteral("LinkedIn Ads")));
        QVERIFY(Workspace::isPaidChannelName(QStringLiteral("paid_social")));
        QVERIFY(!Workspace::isPaidChannelName(QStringLiteral("Roadshows")));
        QVERIFY(!Workspace::isPaidChannelName(QStringLiteral("(none)")));
        ws.workspace().setPaidOverride(QStringLiteral("Email"), true);
        const KpiValues v = KpiEngine(ws.workspace()).compute(January);
        QCOMPARE(v.value(u"organic_share"), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestKpiEngine)
#include "tst_kpiengine.moc"

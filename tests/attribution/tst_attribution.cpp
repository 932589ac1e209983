// Attribution models: the weights of each model, cents that add up, and a small workspace checked by hand.

#include "attribution/attribution.h"
#include "testworkspace.h"

#include <QTest>

using namespace funnelscope;

namespace {

bool near(const QList<double> &a, const QList<double> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (qAbs(a.at(i) - b.at(i)) > 1e-9) {
            return false;
        }
    }
    return true;
}

QString credits(const Attribution::Result &r)
{
    QStringList out;
    for (const Attribution::Row &row : r.rows) {
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(row.key)
                       .arg(row.leads, 0, 'f', 4)
                       .arg(row.customers, 0, 'f', 4)
                       .arg(double(row.revenueMicros) / 1e6, 0, 'f', 2));
    }
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestAttribution : public QObject
{
    Q_OBJECT

private slots:
    void weightsOfEachModel()
    {
        const QList<qint64> days = {100, 107, 114}; // 14, 7 and 0 days before a conversion on day 114
        QCOMPARE(Attribution::weights(AttributionModel::FirstTouch, days, 114, 7), (QList<double>{1, 0, 0}));
        QCOMPARE(Attribution::weights(AttributionModel::LastTouch, days, 114, 7), (QList<double>{0, 0, 1}));
        QVERIFY(near(Attribution::weights(AttributionModel::Linear, days, 114, 7), {1 / 3.0, 1 / 3.0, 1 / 3.0}));
        // Half-lives of 2, 1 and 0: 0.25, 0.5 and 1 out of 1.75.
        QVERIFY(
            near(Attribution::weights(AttributionModel::TimeDecay, days, 114, 7), {0.25 / 1.75, 0.5 / 1.75, 1 / 1.75}));
        // A 14-day half-life halves the decay.
        QVERIFY(near(Attribution::weights(AttributionModel::TimeDecay, days, 114, 14),
                     {0.5 / (0.5 + std::sqrt(0.5) + 1), std::sqrt(0.5) / (0.5 + std::sqrt(0.5) + 1),
                      1 / (0.5 + std::sqrt(0.5) + 1)}));
        QVERIFY(near(Attribution::weights(AttributionModel::PositionBased, {1, 2, 3, 4}, 5, 7), {0.4, 0.1, 0.1, 0.4}));
        QVERIFY(near(Attribution::weights(AttributionModel::PositionBased, {1, 2}, 5, 7), {0.5, 0.5}));
        QVERIFY(near(Attribution::weights(AttributionModel::PositionBased, {1}, 5, 7), {1}));
    }

    void centsAddUp()
    {
        QCOMPARE(Attribution::splitCents(100, {1 / 3.0, 1 / 3.0, 1 / 3.0}), (QList<qint64>{34, 33, 33}));
        QCOMPARE(Attribution::splitCents(1001, {0.5, 0.5}), (QList<qint64>{501, 500}));
        // 39999.6, 9999.9, 9999.9, 39999.6: the three odd cents go to the .9s, then the first .6.
        QCOMPARE(Attribution::splitCents(99999, {0.4, 0.1, 0.1, 0.4}), (QList<qint64>{40000, 10000, 10000, 39999}));
        QCOMPARE(Attribution::splitCents(7, {1}), (QList<qint64>{7}));
    }

    void smallWorkspaceByHand()
    {
        // L1: touches on 03-01 LinkedIn, 03-05 Email, 03-10 Paid Search (its creation day) and 03-12 Organic; a
        // customer on 03-20; its deal won 1,000.00 on 03-25. L2: created 03-15 from Direct, no touchpoints.
        TestWorkspace ws;
        QVERIFY(ws.importOk(QStringLiteral("leads.csv"), "lead_id,created_date,channel,customer_date\n"
                                                         "L1,2025-03-10,Paid Search,2025-03-20\n"
                                                         "L2,2025-03-15,Direct,\n")
                    .status == ImportResult::Status::Imported);
        QVERIFY(ws.importOk(QStringLiteral("touch.csv"), "lead_id,timestamp,channel,campaign\n"
                                                         "L1,2025-03-01 09:00,LinkedIn Ads,ABM\n"
                                                         "L1,2025-03-05 12:30,Email,Newsletter\n"
                                                         "L1,2025-03-10 08:00,Paid Search,Brand\n"
                                                         "L1,2025-03-12 18:00,Organic Search,\n")
                    .status == ImportResult::Status::Imported);
        QVERIFY(ws.importOk(QStringLiteral("deals.csv"), "deal_id,created_date,close_date,status,amount,lead_id\n"
                                                         "D1,2025-03-12,2025-03-25,won,1000.00,L1\n")
                    .status == ImportResult::Status::Imported);
        const Attribution attribution(ws.workspace());
        const QDate from(2025, 3, 1);
        const QDate to(2025, 3, 31);

        // Linear: L1's creation over its three touches by then; the customer and the deal over all four.
        Attribution::Result r = attribution.compute(from, to, AttributionModel::Linear, Breakdown::Channel);
        QCOMPARE(r.leads, 2);
        QCOMPARE(r.customers, 1);
        QCOMPARE(r.revenueMicros, 1000'000'000);
        QCOMPARE(credits(r), QStringLiteral("Direct 1.0000 0.0000 0.00 | Email 0.3333 0.2500 250.00 | "
                                            "LinkedIn Ads 0.3333 0.2500 250.00 | Organic Search 0.0000 0.2500 250.00 | "
                                            "Paid Search 0.3333 0.2500 250.00"));
        r = attribution.compute(from, to, AttributionModel::FirstTouch, Breakdown::Channel);
        QCOMPARE(credits(r), QStringLiteral("Direct 1.0000 0.0000 0.00 | LinkedIn Ads 1.0000 1.0000 1000.00"));
        r = attribution.compute(from, to, AttributionModel::LastTouch, Breakdown::Channel);
        QCOMPARE(credits(r), QStringLiteral("Direct 1.0000 0.0000 0.00 | Organic Search 0.0000 1.0000 1000.00 | "
                                            "Paid Search 1.0000 0.0000 0.00"));
        // Position: the lead's three touches 40/20/40, the customer's and the deal's four 40/10/10/40.
        r = attribution.compute(from, to, AttributionModel::PositionBased, Breakdown::Channel);
        QCOMPARE(credits(r), QStringLiteral("Direct 1.0000 0.0000 0.00 | Email 0.2000 0.1000 100.00 | "
                                            "LinkedIn Ads 0.4000 0.4000 400.00 | Organic Search 0.0000 0.4000 400.00 | "
                                            "Paid Search 0.4000 0.1000 100.00"));
        // By campaign: the touches' campaigns; a touch without one is "(none)", as is L2's own campaign.
        r = attribution.compute(from, to, AttributionModel::FirstTouch, Breakdown::Campaign);
        QCOMPARE(credits(r), QStringLiteral("(none) 1.0000 0.0000 0.00 | ABM 1.0000 1.0000 1000.00"));
        // A period that holds only the deal.
        r = attribution.compute(QDate(2025, 3, 21), to, AttributionModel::LastTouch, Breakdown::Channel);
        QCOMPARE(r.leads, 0);
        QCOMPARE(credits(r), QStringLiteral("Organic Search 0.0000 0.0000 1000.00"));
    }

    void creditsSumToConversionsOnTheDemo()
    {
        TestWorkspace ws;
        QCOMPARE(ws.importDemo(DemoGenerator::Options{3, QDate(2024, 10, 1), 200, 1}), QString());
        const Attribution attribution(ws.workspace());
        for (AttributionModel model : Attribution::allModels()) {
            for (Breakdown by : {Breakdown::Channel, Breakdown::Campaign}) {
                const Attribution::Result r = attribution.compute(QDate(2024, 11, 1), QDate(2025, 1, 31), model, by);
                QVERIFY(r.leads > 100);
                QVERIFY(r.revenueMicros > 0);
                double leads = 0;
                double customers = 0;
                qint64 revenue = 0;
                for (const Attribution::Row &row : r.rows) {
                    leads += row.leads;
                    customers += row.customers;
                    revenue += row.revenueMicros;
                }
                QVERIFY2(qAbs(leads - r.leads) < 1e-6, qPrintable(Attribution::modelName(model)));
                QVERIFY(qAbs(customers - r.customers) < 1e-6);
                QCOMPARE(revenue, r.revenueMicros); // to the cent
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"

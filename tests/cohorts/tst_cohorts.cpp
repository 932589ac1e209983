// Lead cohorts on a small case worked out by hand.

#include "cohorts/cohorts.h"
#include "testworkspace.h"

#include <QTest>

using namespace funnelscope;

class TestCohorts : public QObject
{
    Q_OBJECT

    static QString line(const Cohorts::Cohort &c, int stage)
    {
        QStringList parts{QString::number(c.reachedEver[stage])};
        for (int w = 0; w < int(Cohorts::Windows.size()); ++w) {
            parts.append(QString::number(c.reached[stage][w]));
        }
        parts.append(c.medianDays[stage] ? QString::number(*c.medianDays[stage]) : QStringLiteral("-"));
        return parts.join(u' ');
    }

private slots:
    void monthlyCohortsByHand()
    {
        TestWorkspace ws;
        // Days to each stage: A1 MQL 15, SQL 51, customer 116 (so opportunity 116); A2 MQL 64; A3 nothing;
        // B1 SQL 7 (so MQL 7); B2 opportunity 61 (so MQL and SQL 61).
        QVERIFY(ws.importOk(QStringLiteral("leads.csv"),
                            "lead_id,created_date,channel,mql_date,sql_date,opportunity_date,customer_date\n"
                            "A1,2025-01-05,Email,2025-01-20,2025-02-25,,2025-05-01\n"
                            "A2,2025-01-10,Email,2025-03-15,,,\n"
                            "A3,2025-01-31,Direct,,,,\n"
                            "B1,2025-02-03,Paid Search,,2025-02-10,,\n"
                            "B2,2025-02-28,Paid Search,,,2025-04-30,\n"
                            "C1,2025-03-01,Direct,,,,\n")
                    .status == ImportResult::Status::Imported);
        const QList<Cohorts::Cohort> cohorts =
            Cohorts(ws.workspace()).compute(QDate(2025, 1, 1), QDate(2025, 2, 28), Breakdown::Month);
        QCOMPARE(cohorts.size(), 2);
        const Cohorts::Cohort &jan = cohorts.at(0);
        QCOMPARE(jan.key, QStringLiteral("2025-01"));
        QCOMPARE(jan.leads, 3);
        // ever, within 30 / 60 / 90 / 180 days, median days
        QCOMPARE(line(jan, Cohorts::Mql), QStringLiteral("2 1 1 2 2 39.5"));
        QCOMPARE(line(jan, Cohorts::Sql), QStringLiteral("1 0 1 1 1 51"));
        QCOMPARE(line(jan, Cohorts::Opportunity), QStringLiteral("1 0 0 0 1 116"));
        QCOMPARE(line(jan, Cohorts::Customer), QStringLiteral("1 0 0 0 1 116"));
        QCOMPARE(jan.share(Cohorts::Mql, 2), 2 / 3.0);
        const Cohorts::Cohort &feb = cohorts.at(1);
        QCOMPARE(feb.key, QStringLiteral("2025-02"));
        QCOMPARE(feb.leads, 2);
        QCOMPARE(line(feb, Cohorts::Mql), QStringLiteral("2 1 1 2 2 34"));
        QCOMPARE(line(feb, Cohorts::Sql), QStringLiteral("2 1 1 2 2 34"));
        QCOMPARE(line(feb, Cohorts::Opportunity), QStringLiteral("1 0 0 1 1 61"));
        QCOMPARE(line(feb, Cohorts::Customer), QStringLiteral("0 0 0 0 0 -"));
        // The last day with data is 2025-05-01: January's leads have all had 90 days, February's 60.
        QCOMPARE(jan.matured, (std::array<bool, 4>{true, true, true, false}));
        QCOMPARE(feb.matured, (std::array<bool, 4>{true, true, false, false}));
    }

    void weeklyCohorts()
    {
        TestWorkspace ws;
        QVERIFY(ws.importOk(QStringLiteral("leads.csv"), "lead_id,created_date,mql_date\n"
                                                         "W1,2025-03-03,2025-03-04\n"  // Monday of 2025-W10
                                                         "W2,2025-03-09,\n"            // Sunday of 2025-W10
                                                         "W3,2025-03-10,2025-05-01\n") // Monday of 2025-W11
                    .status == ImportResult::Status::Imported);
        const QList<Cohorts::Cohort> weeks =
            Cohorts(ws.workspace()).compute(QDate(2025, 3, 3), QDate(2025, 3, 16), Breakdown::Week);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.at(0).key, QStringLiteral("2025-W10"));
        QCOMPARE(weeks.at(0).leads, 2);
        QCOMPARE(line(weeks.at(0), Cohorts::Mql), QStringLiteral("1 1 1 1 1 1"));
        QCOMPARE(weeks.at(1).leads, 1);
        QCOMPARE(line(weeks.at(1), Cohorts::Mql), QStringLiteral("1 0 1 1 1 52"));
    }
};

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"

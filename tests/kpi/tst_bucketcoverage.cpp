// BucketCoverage: how many days of its calendar week, month or quarter each bucket of a series stands for. Every
// expected count is worked out by hand from a calendar in the comments.

#include "kpi/bucketcoverage.h"

#include <QTest>

using namespace funnelscope;

class TestBucketCoverage : public QObject
{
    Q_OBJECT

private slots:
    void weekCutOnWednesday();
    void firstWeekStartsOnThursday();
    void isoWeekAcrossTheNewYear();
    void february2028HasTwentyNineDays();
    void dataStoppingOnTheNinthMakesTheMonthPartial();
    void dataStartingLateMakesTheFirstMonthPartial();
    void quarters();
    void daysAfterTheData();
    void noDataCoversNoDay();
    void notByTime();
    void sameBucketsAsTimeBuckets();
    void legend();
};

void TestBucketCoverage::weekCutOnWednesday()
{
    // Monday 30 Nov 2026 to Wednesday 9 Dec 2026: week 49 (30 Nov – 6 Dec) whole, week 50 (7 – 13 Dec) has Monday,
    // Tuesday and Wednesday: 3 of 7 days. The data runs past the period.
    const auto c = BucketCoverage::of({QDate(2026, 11, 30), QDate(2026, 12, 9), {}, {}}, Breakdown::Week,
                                      QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).key, QStringLiteral("2026-W49"));
    QCOMPARE(c.at(0).days, 7);
    QCOMPARE(c.at(0).coveredDays, 7);
    QVERIFY(!c.at(0).partial());
    QCOMPARE(c.at(1).key, QStringLiteral("2026-W50"));
    QCOMPARE(c.at(1).calendarFrom, QDate(2026, 12, 7));
    QCOMPARE(c.at(1).calendarTo, QDate(2026, 12, 13));
    QCOMPARE(c.at(1).from, QDate(2026, 12, 7));
    QCOMPARE(c.at(1).to, QDate(2026, 12, 9));
    QCOMPARE(c.at(1).days, 7);
    QCOMPARE(c.at(1).periodDays, 3);
    QCOMPARE(c.at(1).coveredDays, 3);
    QVERIFY(c.at(1).partial());
    QCOMPARE(c.at(1).note(Breakdown::Week), QStringLiteral("partial week: 3 of 7 days"));
    QVERIFY(c.at(0).note(Breakdown::Week).isEmpty());
}

void TestBucketCoverage::firstWeekStartsOnThursday()
{
    // From Thursday 3 Dec 2026: its week (Monday 30 Nov – Sunday 6 Dec) has Thursday to Sunday, 4 of 7 days.
    const auto c = BucketCoverage::of({QDate(2026, 12, 3), QDate(2026, 12, 13), {}, {}}, Breakdown::Week,
                                      QDate(2025, 1, 1), QDate(2027, 1, 1));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).calendarFrom, QDate(2026, 11, 30));
    QCOMPARE(c.at(0).periodDays, 4);
    QCOMPARE(c.at(0).coveredDays, 4);
    QVERIFY(c.at(0).partial());
    QCOMPARE(c.at(1).coveredDays, 7);
    QVERIFY(!c.at(1).partial());
}

void TestBucketCoverage::isoWeekAcrossTheNewYear()
{
    // 31 Dec 2026 is a Thursday, so 2026 has an ISO week 53: Monday 28 Dec 2026 – Sunday 3 Jan 2027. A period from
    // Friday 1 Jan 2027 has Friday, Saturday and Sunday of it: 3 of 7 days, keyed by its ISO year.
    const auto c = BucketCoverage::of({QDate(2027, 1, 1), QDate(2027, 1, 10), {}, {}}, Breakdown::Week,
                                      QDate(2026, 1, 1), QDate(2027, 12, 31));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).key, QStringLiteral("2026-W53"));
    QCOMPARE(c.at(0).calendarFrom, QDate(2026, 12, 28));
    QCOMPARE(c.at(0).coveredDays, 3);
    QCOMPARE(c.at(1).key, QStringLiteral("2027-W01"));
    QCOMPARE(c.at(1).coveredDays, 7);
}

void TestBucketCoverage::february2028HasTwentyNineDays()
{
    // 2028 is a leap year: February has 29 days. The whole month is whole; to the 28th it is 28 of 29.
    const QDate first(2027, 1, 1);
    const QDate last(2028, 12, 31);
    const auto whole =
        BucketCoverage::of({QDate(2028, 2, 1), QDate(2028, 2, 29), {}, {}}, Breakdown::Month, first, last);
    QCOMPARE(whole.size(), 1);
    QCOMPARE(whole.at(0).days, 29);
    QCOMPARE(whole.at(0).coveredDays, 29);
    QVERIFY(!whole.at(0).partial());
    const auto cut = BucketCoverage::of({QDate(2028, 2, 1), QDate(2028, 2, 28), {}, {}}, Breakdown::Month, first, last);
    QCOMPARE(cut.at(0).coveredDays, 28);
    QVERIFY(cut.at(0).partial());
    QCOMPARE(cut.at(0).note(Breakdown::Month), QStringLiteral("partial month: 28 of 29 days"));
    // February 2027 has 28.
    QCOMPARE(BucketCoverage::ofBucket(QDate(2027, 2, 1), QDate(2027, 2, 28), Breakdown::Month, first, last).days, 28);
}

void TestBucketCoverage::dataStoppingOnTheNinthMakesTheMonthPartial()
{
    // The period covers all of March 2028 (31 days) but the last data date is 9 March: 9 of 31 days.
    const auto c = BucketCoverage::of({QDate(2028, 2, 1), QDate(2028, 3, 31), {}, {}}, Breakdown::Month,
                                      QDate(2027, 6, 1), QDate(2028, 3, 9));
    QCOMPARE(c.size(), 2);
    QVERIFY(!c.at(0).partial());
    QCOMPARE(c.at(1).key, QStringLiteral("2028-03"));
    QCOMPARE(c.at(1).days, 31);
    QCOMPARE(c.at(1).periodDays, 31);
    QCOMPARE(c.at(1).coveredDays, 9);
    QVERIFY(c.at(1).partial());
    QCOMPARE(c.at(1).note(Breakdown::Month), QStringLiteral("partial month: 9 of 31 days"));
}

void TestBucketCoverage::dataStartingLateMakesTheFirstMonthPartial()
{
    // The first data date is 20 January 2027: January has the 20th to the 31st, 12 of 31 days.
    const auto c = BucketCoverage::of({QDate(2027, 1, 1), QDate(2027, 2, 28), {}, {}}, Breakdown::Month,
                                      QDate(2027, 1, 20), QDate(2027, 6, 30));
    QCOMPARE(c.at(0).coveredDays, 12);
    QVERIFY(c.at(0).partial());
    QCOMPARE(c.at(1).coveredDays, 28);
    QVERIFY(!c.at(1).partial());
}

void TestBucketCoverage::quarters()
{
    // Q1 2028 = January 31 + February 29 + March 31 = 91 days; from 15 January it has 17 + 29 + 31 = 77 of them.
    // Q2 2028 = 30 + 31 + 30 = 91 days, whole. Q3 = 31 + 31 + 30 = 92 days, up to 9 August: 31 + 9 = 40 of them.
    const auto c = BucketCoverage::of({QDate(2028, 1, 15), QDate(2028, 8, 9), {}, {}}, Breakdown::Quarter,
                                      QDate(2020, 1, 1), QDate(2030, 1, 1));
    QCOMPARE(c.size(), 3);
    QCOMPARE(c.at(0).key, QStringLiteral("2028-Q1"));
    QCOMPARE(c.at(0).days, 91);
    QCOMPARE(c.at(0).coveredDays, 77);
    QCOMPARE(c.at(1).days, 91);
    QCOMPARE(c.at(1).coveredDays, 91);
    QVERIFY(!c.at(1).partial());
    QCOMPARE(c.at(2).calendarFrom, QDate(2028, 7, 1));
    QCOMPARE(c.at(2).calendarTo, QDate(2028, 9, 30));
    QCOMPARE(c.at(2).days, 92);
    QCOMPARE(c.at(2).coveredDays, 40);
    QCOMPARE(c.at(2).note(Breakdown::Quarter), QStringLiteral("partial quarter: 40 of 92 days"));
    // Q1 2027 (not a leap year): 31 + 28 + 31 = 90.
    QCOMPARE(BucketCoverage::ofBucket(QDate(2027, 2, 3), QDate(2027, 2, 3), Breakdown::Quarter, {}, {}).days, 90);
}

void TestBucketCoverage::daysAfterTheData()
{
    // By day, 8 – 10 Dec 2026 with data up to the 9th: the 10th has no data.
    const auto c = BucketCoverage::of({QDate(2026, 12, 8), QDate(2026, 12, 10), {}, {}}, Breakdown::Day,
                                      QDate(2026, 1, 1), QDate(2026, 12, 9));
    QCOMPARE(c.size(), 3);
    QVERIFY(!c.at(0).partial());
    QVERIFY(!c.at(1).partial());
    QVERIFY(c.at(2).partial());
    QCOMPARE(c.at(2).days, 1);
    QCOMPARE(c.at(2).coveredDays, 0);
    QCOMPARE(c.at(2).note(Breakdown::Day), QStringLiteral("no data for this day"));
}

void TestBucketCoverage::noDataCoversNoDay()
{
    const auto c = BucketCoverage::of({QDate(2026, 12, 1), QDate(2026, 12, 31), {}, {}}, Breakdown::Month, {}, {});
    QCOMPARE(c.size(), 1);
    QCOMPARE(c.at(0).periodDays, 31);
    QCOMPARE(c.at(0).coveredDays, 0);
    QVERIFY(c.at(0).partial());
}

void TestBucketCoverage::notByTime()
{
    QVERIFY(BucketCoverage::of({QDate(2026, 12, 1), QDate(2026, 12, 31), {}, {}}, Breakdown::Channel, QDate(2026, 1, 1),
                               QDate(2026, 12, 31))
                .isEmpty());
}

void TestBucketCoverage::sameBucketsAsTimeBuckets()
{
    const Scope period{QDate(2025, 11, 19), QDate(2027, 2, 3), {}, {}};
    for (Breakdown by : {Breakdown::Day, Breakdown::Week, Breakdown::Month, Breakdown::Quarter}) {
        const auto buckets = period.timeBuckets(by);
        const auto c = BucketCoverage::of(period, by, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(c.size(), buckets.size());
        for (int i = 0; i < c.size(); ++i) {
            QCOMPARE(c.at(i).key, buckets.at(i).first);
            QCOMPARE(c.at(i).from, buckets.at(i).second.from);
            QCOMPARE(c.at(i).to, buckets.at(i).second.to);
        }
    }
}

void TestBucketCoverage::legend()
{
    // Thursday 3 Dec to Wednesday 16 Dec 2026: first week 4 of 7, last week 3 of 7.
    const auto c = BucketCoverage::of({QDate(2026, 12, 3), QDate(2026, 12, 16), {}, {}}, Breakdown::Week,
                                      QDate(2026, 1, 1), QDate(2026, 12, 31));
    QCOMPARE(c.size(), 3);
    QCOMPARE(
        BucketCoverage::legend(c, Breakdown::Week),
        QStringLiteral("Dashed — partial week: 4 of 7 days; partial week: 3 of 7 days (those days only, not scaled)."));
    QCOMPARE(BucketCoverage::legend(c, Breakdown::Week, false),
             QStringLiteral("Dashed — partial week: 4 of 7 days; partial week: 3 of 7 days"));
    QVERIFY(BucketCoverage::legend(c.mid(1, 1), Breakdown::Week).isEmpty());
    const auto days = BucketCoverage::of({QDate(2026, 12, 29), QDate(2027, 1, 2), {}, {}}, Breakdown::Day,
                                         QDate(2026, 1, 1), QDate(2026, 12, 30));
    QCOMPARE(BucketCoverage::legend(days, Breakdown::Day),
             QStringLiteral("Dashed: days without data (not a fall to zero)."));
}

QTEST_GUILESS_MAIN(TestBucketCoverage)
#include "tst_bucketcoverage.moc"

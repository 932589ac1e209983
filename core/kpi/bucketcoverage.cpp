#include "bucketcoverage.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace funnelscope {

namespace {

// Days of from–to that also lie in first–last (0 when the two do not overlap or either is invalid).
qint64 overlap(const QDate &from, const QDate &to, const QDate &first, const QDate &last)
{
    if (!from.isValid() || !to.isValid() || !first.isValid() || !last.isValid()) {
        return 0;
    }
    const QDate a = std::max(from, first);
    const QDate b = std::min(to, last);
    return a <= b ? a.daysTo(b) + 1 : 0;
}

} // namespace

std::pair<QDate, QDate> BucketCoverage::calendarBucket(const QDate &day, Breakdown by)
{
    switch (by) {
    case Breakdown::Week:
        // ISO weeks: Monday to Sunday.
        return {day.addDays(1 - day.dayOfWeek()), day.addDays(7 - day.dayOfWeek())};
    case Breakdown::Month:
        return {QDate(day.year(), day.month(), 1), QDate(day.year(), day.month(), day.daysInMonth())};
    case Breakdown::Quarter: {
        const int firstMonth = (day.month() - 1) / 3 * 3 + 1;
        const QDate last(day.year(), firstMonth + 2, 1);
        return {QDate(day.year(), firstMonth, 1), QDate(last.year(), last.month(), last.daysInMonth())};
    }
    default:
        return {day, day};
    }
}

BucketCoverage BucketCoverage::ofBucket(const QDate &from, const QDate &to, Breakdown by, const QDate &dataFirst,
                                        const QDate &dataLast)
{
    BucketCoverage c;
    c.from = from;
    c.to = to;
    std::tie(c.calendarFrom, c.calendarTo) = calendarBucket(from, by);
    c.days = c.calendarFrom.daysTo(c.calendarTo) + 1;
    c.periodDays = overlap(c.calendarFrom, c.calendarTo, from, to);
    c.coveredDays = overlap(std::max(c.calendarFrom, from), std::min(c.calendarTo, to), dataFirst, dataLast);
    return c;
}

QList<BucketCoverage> BucketCoverage::of(const Scope &period, Breakdown by, const QDate &dataFirst,
                                         const QDate &dataLast)
{
    QList<BucketCoverage> list;
    if (by != Breakdown::Day && by != Breakdown::Week && by != Breakdown::Month && by != Breakdown::Quarter) {
        return list;
    }
    for (const auto &[key, bucket] : period.timeBuckets(by)) {
        BucketCoverage c = ofBucket(bucket.from, bucket.to, by, dataFirst, dataLast);
        c.key = key;
        list.append(c);
    }
    return list;
}

QString BucketCoverage::note(Breakdown by) const
{
    if (!partial()) {
        return {};
    }
    const qint64 n = days;
    switch (by) {
    case Breakdown::Week:
        return QCoreApplication::translate("Bucket", "partial week: %1 of %n days", nullptr, int(n)).arg(coveredDays);
    case Breakdown::Month:
        return QCoreApplication::translate("Bucket", "partial month: %1 of %n days", nullptr, int(n)).arg(coveredDays);
    case Breakdown::Quarter:
        return QCoreApplication::translate("Bucket", "partial quarter: %1 of %n days", nullptr, int(n))
            .arg(coveredDays);
    default:
        return QCoreApplication::translate("Bucket", "no data for this day");
    }
}

QString BucketCoverage::legend(const QList<BucketCoverage> &buckets, Breakdown by, bool explanation)
{
    QStringList notes;
    for (const BucketCoverage &b : buckets) {
        if (b.partial()) {
            notes.append(b.note(by));
        }
    }
    if (notes.isEmpty()) {
        return {};
    }
    // A day series past the data's last date would list every day: one count says it.
    if (by == Breakdown::Day) {
        return explanation ? QCoreApplication::translate("Bucket", "Dashed: days without data (not a fall to zero).")
                           : QCoreApplication::translate("Bucket", "Dashed: days without data");
    }
    notes.removeDuplicates();
    if (!explanation) {
        return QCoreApplication::translate("Bucket", "Dashed — %1").arg(notes.join(QStringLiteral("; ")));
    }
    return QCoreApplication::translate("Bucket", "Dashed — %1 (those days only, not scaled).")
        .arg(notes.join(QStringLiteral("; ")));
}

} // namespace funnelscope

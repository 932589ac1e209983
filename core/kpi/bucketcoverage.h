#pragma once

#include "scope.h"

#include <QDate>
#include <QList>
#include <QString>

namespace funnelscope {

// How many days of its calendar week, month or quarter one time bucket of a series stands for: the days inside the
// selected period and, of those, the days the workspace has data for. A chart that plots a bucket of 3 days next
// to buckets of 7 shows a cliff that is not there; this says which buckets are partial so charts can draw them
// apart and say so. It never scales a value: a partial bucket's sums stay the true sums of its days.
struct BucketCoverage
{
    QString key;            // as Scope::timeBuckets keys it
    QDate from;             // the bucket as Scope::timeBuckets gives it: clipped to the period
    QDate to;               //
    QDate calendarFrom;     // the whole calendar bucket: Monday to Sunday, the 1st to the month's last day, …
    QDate calendarTo;       //
    qint64 days = 0;        // days of the whole calendar bucket: 1, 7, 28–31 or 90–92
    qint64 periodDays = 0;  // of those, the days inside the period
    qint64 coveredDays = 0; // of those, the days inside the period and inside the data's first to last date

    // Fewer days with data than the calendar bucket has.
    bool partial() const { return coveredDays < days; }
    // "partial week: 3 of 7 days" (translated), or empty when the bucket is whole.
    QString note(Breakdown by) const;

    // One entry per bucket of period.timeBuckets(by), in the same order; empty for a breakdown that is not by time.
    // dataFirst and dataLast are the first and last dates the workspace has data for (KpiEngine::dataRange());
    // invalid dates mean no data, so no day is covered.
    static QList<BucketCoverage> of(const Scope &period, Breakdown by, const QDate &dataFirst, const QDate &dataLast);
    // The bucket from–to (already clipped to a period) of breakdown by.
    static BucketCoverage ofBucket(const QDate &from, const QDate &to, Breakdown by, const QDate &dataFirst,
                                   const QDate &dataLast);
    // The calendar bucket of breakdown by that holds day.
    static std::pair<QDate, QDate> calendarBucket(const QDate &day, Breakdown by);
    // One sentence for a chart's legend or footnote naming every partial bucket ("Dashed — partial week: 3 of 7
    // days (those days only, not scaled)."), or empty when none is partial.
    // Without explanation, only "Dashed — partial week: 3 of 7 days" (for a chart's legend, where space is short).
    static QString legend(const QList<BucketCoverage> &buckets, Breakdown by, bool explanation = true);
};

} // namespace funnelscope

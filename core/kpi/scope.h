#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

#include <utility>

namespace funnelscope {

enum class Comparison
{
    None,
    PreviousPeriod,
    PreviousYear
};
enum class Breakdown
{
    None,
    Day,
    Week,
    Month,
    Quarter,
    Channel,
    Campaign
};

// What a KPI is computed over: an inclusive date range plus optional channel and campaign filters (several names of
// one dimension are OR-ed, the two dimensions AND-ed, names match exactly).
struct Scope
{
    QDate from;
    QDate to;
    QStringList channels;
    QStringList campaigns;

    qint64 days() const { return from.daysTo(to) + 1; }
    // The scope this one is compared with.
    Scope shifted(Comparison comparison, qint64 periodDays) const;
    Scope compared(Comparison comparison) const { return shifted(comparison, days()); }

    // How many time buckets timeBuckets(by) gives, without making them (1 for a breakdown that is not by time).
    qint64 bucketCount(Breakdown by) const;
    // More rows than anyone reads, and than a command should spend minutes on: 27 years by day.
    static constexpr qint64 MaxTimeBuckets = 10000;
    // The time buckets of the period (key, scope), clipped to it, empty ones included, in order.
    QList<std::pair<QString, Scope>> timeBuckets(Breakdown by) const;
};

} // namespace funnelscope

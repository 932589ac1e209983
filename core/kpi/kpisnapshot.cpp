#include "kpisnapshot.h"

#include "cohorts/cohorts.h"

namespace funnelscope {

Breakdown KpiSnapshot::autoGranularity(const Scope &scope)
{
    const qint64 days = scope.days();
    if (days <= 31) {
        return Breakdown::Day;
    }
    if (days <= 120) {
        return Breakdown::Week;
    }
    if (days <= 731) {
        return Breakdown::Month;
    }
    return Breakdown::Quarter;
}

KpiSnapshot KpiSnapshot::compute(KpiEngine &engine, const Scope &scope, Comparison comparison, Breakdown granularity,
                                 bool withCampaigns)
{
    KpiSnapshot s;
    s.scope = scope;
    s.comparison = comparison;
    s.granularity = granularity;
    s.values = engine.compute(scope);
    if (comparison != Comparison::None) {
        s.previousScope = scope.compared(comparison);
        s.previous = engine.compute(s.previousScope);
    }
    // With its comparison: charts show it on hover, and overlay it when asked.
    s.series = engine.breakdown(scope, granularity, comparison);
    // The first and last buckets are often partial (a period ending on a Wednesday, data up to the 9th): charts draw
    // them apart instead of as a fall.
    s.dataRange = engine.dataRange();
    s.coverage = BucketCoverage::of(scope, granularity, s.dataRange.first, s.dataRange.second);
    s.cohortLastDay = Cohorts::lastDay(engine.workspace());
    s.channels = engine.breakdown(scope, Breakdown::Channel, comparison);
    s.keyEvents = engine.keyEventsByChannel(scope);
    s.withCampaigns = withCampaigns;
    if (withCampaigns) {
        s.campaigns = engine.breakdown(scope, Breakdown::Campaign, comparison);
    }
    s.currency = engine.reportingCurrency();
    s.currencyNotes = engine.currencyNotes();
    return s;
}

} // namespace funnelscope

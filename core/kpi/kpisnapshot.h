#pragma once

#include "bucketcoverage.h"
#include "kpiengine.h"
#include "store/importlog.h"

namespace funnelscope {

// Everything a dashboard shows for one scope, computed in one go (off the UI thread): the values and their
// comparison, a time series at a granularity that suits the period, and the breakdowns by channel and, when a view
// shows them, by campaign (hundreds of rows that most views never show).
struct KpiSnapshot
{
    Scope scope;
    Comparison comparison = Comparison::None;
    Scope previousScope;
    KpiValues values;
    std::optional<KpiValues> previous;
    Breakdown granularity = Breakdown::Week;
    QList<KpiEngine::Row> series;
    QList<BucketCoverage> coverage;    // one per row of series: how many days of its week, month or quarter it has
    std::pair<QDate, QDate> dataRange; // the workspace's first and last date with data (invalid when empty)
    QList<KpiEngine::Row> channels;
    QList<KpiEngine::Row> campaigns;
    bool withCampaigns = false;
    QHash<QString, double> keyEvents; // analytics' key events by channel, when imported
    QString error;                    // why the workspace could not be read (the values are then not its numbers)
    QList<SpreadImport> spread;       // range reports whose totals were spread over days of the period
    QString currency;                 // the money's currency (KpiEngine::reportingCurrency()), or empty
    QStringList currencyNotes;        // amounts that could not be converted (KpiEngine::currencyNotes())
    QDate cohortLastDay;              // the lead cohorts' last day with data, for "still maturing" (KpiCaveat)

    static KpiSnapshot compute(KpiEngine &engine, const Scope &scope, Comparison comparison, Breakdown granularity,
                               bool withCampaigns = true);
    // Day for up to a month, week up to four months, month up to two years, quarter beyond.
    static Breakdown autoGranularity(const Scope &scope);
};

} // namespace funnelscope

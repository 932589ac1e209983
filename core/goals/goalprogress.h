#pragma once

#include "goal.h"

#include <QList>

namespace funnelscope {

class KpiEngine;

enum class GoalStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Met,
    Missed,
    NoData
};

// Where a goal stands on a date: its value so far, progress from baseline toward target against the progress
// expected for the time elapsed, a status, a forecast at the deadline and the pace chart's points.
// Volume KPIs (leads, revenue) count their total since the start toward the target total; level KPIs (rates, costs
// per unit) compare their value since the start with the baseline and target levels. See docs/goals.md.
struct GoalProgress
{
    struct PacePoint
    {
        QDate date;                   // the end of a cadence period
        std::optional<double> actual; // cumulative total (volume) or the period's level
        double planned = 0;           // the straight line from baseline (0 for a volume) to target
    };

    QDate asOf;
    std::optional<double> current;
    std::optional<double> baseline;
    std::optional<double> progress; // 0 at baseline, 1 at target
    double expected = 0;            // share of the goal's time elapsed
    GoalStatus status = GoalStatus::NoData;
    std::optional<double> forecast; // the value expected at the deadline
    QList<PacePoint> pace;

    static GoalProgress compute(KpiEngine &engine, const Goal &goal, const QDate &asOf);
    // The baseline of goal from its baseline period (a volume is scaled to the goal's length).
    static std::optional<double> computedBaseline(KpiEngine &engine, const Goal &goal);
    static QString statusId(GoalStatus status);
    static QString statusName(GoalStatus status);
    static QString statusName(const QString &id); // of a stored status id; the id itself if unknown
};

} // namespace funnelscope

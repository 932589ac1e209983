#pragma once

#include "goal.h"

#include <QList>

namespace funnelscope {

class KpiEngine;
class Workspace;

enum class GoalStatus
{
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Met,
    Missed,
    NoData,
    TooEarly // a level goal before its first whole cadence period: nothing of the goal's period length to judge yet
};

// Where a goal stands on a date: its value so far, progress from baseline toward target against the progress
// expected for the time elapsed, a status, a forecast at the deadline and the pace chart's points.
// Volume KPIs (leads, revenue) count their total since the start toward the target total; level KPIs (rates, costs
// per unit) are measured per cadence period: the baseline is the mean of the baseline window's whole cadence periods,
// the current value is the latest whole cadence period's, the forecast extends the trend of whole periods. Everything
// is measured up to one as-of date: the requested date, but no later than the deadline nor the last day with data.
// See docs/goals.md and docs/decisions.md ("Goal maths agree with themselves").
struct GoalProgress
{
    struct PacePoint
    {
        QDate date;                   // the end of a cadence period
        std::optional<double> actual; // cumulative total (volume) or the period's level
        double planned = 0;           // the plan: the straight line from baseline (0 for a volume) to target
    };

    QDate asOf;       // the one date everything is measured up to (see above)
    QDate measuredTo; // the end of the period current describes: asOf (volume) or its latest whole period (level)
    std::optional<double> current;
    std::optional<double> baseline;
    std::optional<double> progress; // 0 at baseline, 1 at target
    double expected = 0;            // share of the goal's cadence periods elapsed by measuredTo (elapsedShare)
    // The plan at measuredTo: the straight line from the baseline (0 for a volume's running total) at the start to
    // the target at the deadline, at the share expected; none without a baseline (a level) or before the start.
    std::optional<double> planned;
    // The direction the goal moves in: a volume up; a level up when its target is at or above its baseline.
    bool higherIsBetter = true;
    GoalStatus status = GoalStatus::NoData;
    std::optional<double> forecast; // the value expected at the deadline
    QList<PacePoint> pace;

    // Where goal stands up to upTo (clamped to the deadline and the last day with data). The one function behind the
    // goal list, the review and the report: they give the same numbers for the same date.
    static GoalProgress compute(KpiEngine &engine, const Goal &goal, const QDate &upTo);
    // Every stored goal of the workspace with its progress up to upTo, in the goal store's order.
    static QList<std::pair<Goal, GoalProgress>> measureAll(Workspace &workspace, const QDate &upTo);
    // The baseline of goal from its baseline period: a volume's total scaled to the goal's length; a level's mean over
    // the whole cadence periods of the baseline period (none when it holds no whole period).
    static std::optional<double> computedBaseline(KpiEngine &engine, const Goal &goal);
    // The cadence periods of goal from its start through the end of day, a partial period by its share of days
    // (a monthly goal from 1 January: 3 on 31 March, 2 + 16/31 on 16 March).
    static double periodsElapsed(const Goal &goal, const QDate &day);
    // The share of the goal's cadence periods elapsed by the end of day, 0–1: the plan's x. Periods, not days, so
    // that a plan of +10 a month is +10 in February as in March, and a straight line on a chart by period.
    static double elapsedShare(const Goal &goal, const QDate &day);
    static QString statusId(GoalStatus status);
    static QString statusName(GoalStatus status);
    static QString statusName(const QString &id); // of a stored status id; the id itself if unknown
};

} // namespace funnelscope

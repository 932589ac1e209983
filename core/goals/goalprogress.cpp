#include "goalprogress.h"

#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"

#include <QCoreApplication>

#include <cmath>
#include <numeric>

namespace funnelscope {

namespace {

Scope scopeOf(const Goal &goal, const QDate &from, const QDate &to)
{
    return {from, to, goal.channels, goal.campaigns};
}

// Least-squares line through (i, y_i), evaluated at x.
std::optional<double> linearAt(const QList<double> &ys, double x)
{
    const int n = int(ys.size());
    if (n < 2) {
        return std::nullopt;
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int i = 0; i < n; ++i) {
        sx += i;
        sy += ys.at(i);
        sxx += double(i) * i;
        sxy += i * ys.at(i);
    }
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return sy / n + slope * (x - sx / n);
}

} // namespace

QString GoalProgress::statusId(GoalStatus status)
{
    switch (status) {
    case GoalStatus::NotStarted:
        return QStringLiteral("not_started");
    case GoalStatus::OnTrack:
        return QStringLiteral("on_track");
    case GoalStatus::AtRisk:
        return QStringLiteral("at_risk");
    case GoalStatus::OffTrack:
        return QStringLiteral("off_track");
    case GoalStatus::Met:
        return QStringLiteral("met");
    case GoalStatus::Missed:
        return QStringLiteral("missed");
    case GoalStatus::NoData:
        break;
    }
    return QStringLiteral("no_data");
}

QString GoalProgress::statusName(GoalStatus status)
{
    switch (status) {
    case GoalStatus::NotStarted:
        return QCoreApplication::translate("Goals", "not started");
    case GoalStatus::OnTrack:
        return QCoreApplication::translate("Goals", "on track");
    case GoalStatus::AtRisk:
        return QCoreApplication::translate("Goals", "at risk");
    case GoalStatus::OffTrack:
        return QCoreApplication::translate("Goals", "off track");
    case GoalStatus::Met:
        return QCoreApplication::translate("Goals", "met");
    case GoalStatus::Missed:
        return QCoreApplication::translate("Goals", "missed");
    case GoalStatus::NoData:
        break;
    }
    return QCoreApplication::translate("Goals", "no data");
}

QString GoalProgress::statusName(const QString &id)
{
    for (GoalStatus s : {GoalStatus::NotStarted, GoalStatus::OnTrack, GoalStatus::AtRisk, GoalStatus::OffTrack,
                         GoalStatus::Met, GoalStatus::Missed, GoalStatus::NoData}) {
        if (statusId(s) == id) {
            return statusName(s);
        }
    }
    return id;
}

std::optional<double> GoalProgress::computedBaseline(KpiEngine &engine, const Goal &goal)
{
    if (!goal.baselineFrom.isValid() || !goal.baselineTo.isValid() || goal.baselineFrom > goal.baselineTo) {
        return std::nullopt;
    }
    const int kpi = KpiCatalog::indexOf(goal.kpi);
    if (kpi < 0) {
        return std::nullopt;
    }
    const auto value = engine.compute(scopeOf(goal, goal.baselineFrom, goal.baselineTo)).values.value(kpi);
    if (!value || !KpiCatalog::at(kpi).isVolume()) {
        return value;
    }
    // A volume over the baseline period, scaled to the length of the goal's period.
    const double baselineDays = goal.baselineFrom.daysTo(goal.baselineTo) + 1;
    const double goalDays = goal.start.daysTo(goal.deadline) + 1;
    return *value * goalDays / baselineDays;
}

GoalProgress GoalProgress::compute(KpiEngine &engine, const Goal &goal, const QDate &asOf)
{
    GoalProgress p;
    p.asOf = asOf;
    const int kpi = KpiCatalog::indexOf(goal.kpi);
    if (kpi < 0 || !goal.start.isValid() || !goal.deadline.isValid() || goal.deadline < goal.start) {
        return p;
    }
    const KpiDefinition &def = KpiCatalog::at(kpi);
    const bool volume = def.isVolume();
    p.baseline = goal.baseline ? goal.baseline : computedBaseline(engine, goal);
    const double totalDays = goal.start.daysTo(goal.deadline) + 1;
    if (asOf < goal.start) {
        p.status = GoalStatus::NotStarted;
        return p;
    }
    const QDate end = std::min(asOf, goal.deadline);
    p.expected = std::clamp((goal.start.daysTo(end) + 1) / totalDays, 0.0, 1.0);
    p.current = engine.compute(scopeOf(goal, goal.start, end)).values.value(kpi);

    const double from = volume ? 0.0 : p.baseline.value_or(std::numeric_limits<double>::quiet_NaN());
    if (p.current && std::isfinite(from) && goal.target != from) {
        p.progress = (*p.current - from) / (goal.target - from);
    }

    // Pace: one point per cadence period (the last one maybe in progress), against the straight line. A volume's
    // running total is the sum of its periods' values: volumes add up over time.
    QList<double> levels;
    double completedTotal = 0;
    double completedDays = 0;
    std::optional<double> runningTotal;
    const QList<KpiEngine::Row> periods =
        engine.breakdown(scopeOf(goal, goal.start, end), Goal::breakdownOf(goal.cadence), Comparison::None);
    for (const KpiEngine::Row &period : periods) {
        const auto periodValue = period.values.values.value(kpi);
        PacePoint point;
        point.date = period.scope.to;
        point.planned = from + (goal.target - from) * (goal.start.daysTo(period.scope.to) + 1) / totalDays;
        if (volume) {
            if (periodValue) {
                runningTotal = runningTotal.value_or(0) + *periodValue;
            }
            point.actual = runningTotal;
        } else {
            point.actual = periodValue;
        }
        // A period is complete when it reaches its cadence boundary (or the deadline).
        const QDate fullEnd =
            std::min(Goal::nextPeriodStart(goal.cadence, period.scope.from).addDays(-1), goal.deadline);
        if (period.scope.to == fullEnd && periodValue) {
            levels.append(*periodValue);
            completedTotal += *periodValue;
            completedDays += period.scope.from.daysTo(period.scope.to) + 1;
        }
        p.pace.append(point);
    }

    // Forecast at the deadline from the completed cadence periods' trend; a run rate when there are fewer than two.
    if (p.current) {
        if (volume) {
            // What is left of the period, at the daily rate of the completed cadence periods.
            const double daysSoFar = goal.start.daysTo(end) + 1;
            const double perDay = levels.size() >= 2 ? completedTotal / completedDays : *p.current / daysSoFar;
            p.forecast = *p.current + perDay * (totalDays - daysSoFar);
        } else {
            const int periods = [&] {
                int n = 0;
                for (QDate d = goal.start; d <= goal.deadline; d = Goal::nextPeriodStart(goal.cadence, d)) {
                    ++n;
                }
                return n;
            }();
            p.forecast = linearAt(levels, periods - 1).value_or(*p.current);
        }
    }

    // Status.
    const bool higherIsBetter = goal.target >= from || volume;
    const auto reached = [&](double value) {
        return higherIsBetter ? value >= goal.target : value <= goal.target;
    };
    if (!p.current || !p.progress) {
        p.status = GoalStatus::NoData;
    } else if (asOf >= goal.deadline) {
        p.status = reached(*p.current) ? GoalStatus::Met : GoalStatus::Missed;
    } else if (volume ? *p.current >= goal.target : false) {
        p.status = GoalStatus::Met;
    } else {
        const double ratio = p.expected > 0 ? *p.progress / p.expected : 1;
        p.status = ratio >= KpiCatalog::OnTrackAt  ? GoalStatus::OnTrack
                   : ratio >= KpiCatalog::AtRiskAt ? GoalStatus::AtRisk
                                                   : GoalStatus::OffTrack;
    }
    return p;
}

} // namespace funnelscope

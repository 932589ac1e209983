#include "goalprogress.h"

#include "goalstore.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"

#include <QCoreApplication>

#include <cmath>
#include <numeric>

namespace funnelscope {

namespace {

// A money goal is measured in the currency its target was set in, whatever the reporting currency of the moment:
// the engine's requested currency for as long as this lives.
class InGoalCurrency
{
public:
    InGoalCurrency(KpiEngine &engine, const QString &code) : m_engine(engine), m_before(engine.requestedCurrency())
    {
        if (!code.isEmpty()) {
            m_engine.setReportingCurrency(code);
        }
    }
    ~InGoalCurrency() { m_engine.setReportingCurrency(m_before); }
    InGoalCurrency(const InGoalCurrency &) = delete;
    InGoalCurrency &operator=(const InGoalCurrency &) = delete;

private:
    KpiEngine &m_engine;
    const QString m_before;
};

Scope scopeOf(const Goal &goal, const QDate &from, const QDate &to)
{
    return {from, to, goal.channels, goal.campaigns};
}

// Least-squares line through the points (x, y), evaluated at x.
std::optional<double> linearAt(const QList<std::pair<double, double>> &points, double x)
{
    const int n = int(points.size());
    if (n < 2) {
        return std::nullopt;
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[px, py] : points) {
        sx += px;
        sy += py;
        sxx += px * px;
        sxy += px * py;
    }
    const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return sy / n + slope * (x - sx / n);
}

// The ordinal of the cadence period that contains day, counted from the one that contains origin.
int periodIndex(Cadence cadence, const QDate &origin, const QDate &day)
{
    int n = 0;
    for (QDate d = Goal::periodStart(cadence, origin); Goal::nextPeriodStart(cadence, d) <= day;
         d = Goal::nextPeriodStart(cadence, d)) {
        ++n;
    }
    return n;
}

// A time bucket that is a whole cadence period: it starts on the period's first day and ends on its last.
bool isWholePeriod(Cadence cadence, const Scope &bucket)
{
    return Goal::periodStart(cadence, bucket.from) == bucket.from &&
           Goal::nextPeriodStart(cadence, bucket.from).addDays(-1) == bucket.to;
}

struct PeriodValue
{
    QDate from;
    QDate to;
    std::optional<double> value;
};

// The whole cadence periods within [from, to] with the KPI's value in each: a level goal's unit of measure.
// What a goal needs to know of its KPI, a catalog one or a custom one of the workspace; nullopt when unknown.
struct KpiTraits
{
    bool volume = false;
    Better better = Better::Up;
};
std::optional<KpiTraits> traitsOf(KpiEngine &engine, const QString &id)
{
    if (const int kpi = KpiCatalog::indexOf(id); kpi >= 0) {
        return KpiTraits{KpiCatalog::at(kpi).isVolume(), KpiCatalog::at(kpi).better};
    }
    for (const CustomKpi &k : *engine.customKpis()) {
        if (k.id == id) {
            return KpiTraits{k.isVolume(), k.better()};
        }
    }
    return std::nullopt;
}

QList<PeriodValue> wholePeriods(KpiEngine &engine, const Goal &goal, const QDate &from, const QDate &to)
{
    QList<PeriodValue> periods;
    for (const KpiEngine::Row &row :
         engine.breakdown(scopeOf(goal, from, to), Goal::breakdownOf(goal.cadence), Comparison::None)) {
        if (isWholePeriod(goal.cadence, row.scope)) {
            periods.append({row.scope.from, row.scope.to, row.values.valueOf(goal.kpi)});
        }
    }
    return periods;
}

} // namespace

double GoalProgress::periodsElapsed(const Goal &goal, const QDate &day)
{
    if (!goal.start.isValid() || !day.isValid() || day < goal.start) {
        return 0;
    }
    double n = 0;
    for (QDate p = Goal::periodStart(goal.cadence, goal.start); p <= day; p = Goal::nextPeriodStart(goal.cadence, p)) {
        const QDate last = Goal::nextPeriodStart(goal.cadence, p).addDays(-1);
        const QDate from = std::max(p, goal.start);
        const QDate to = std::min(last, day);
        if (from <= to) {
            n += double(from.daysTo(to) + 1) / double(p.daysTo(last) + 1);
        }
    }
    return n;
}

double GoalProgress::elapsedShare(const Goal &goal, const QDate &day)
{
    const double total = periodsElapsed(goal, goal.deadline);
    return total > 0 ? std::clamp(periodsElapsed(goal, day) / total, 0.0, 1.0) : 0.0;
}

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
    case GoalStatus::TooEarly:
        return QStringLiteral("too_early");
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
    case GoalStatus::TooEarly:
        return QCoreApplication::translate("Goals", "too early to judge");
    case GoalStatus::NoData:
        break;
    }
    return QCoreApplication::translate("Goals", "no data");
}

QString GoalProgress::statusName(const QString &id)
{
    for (GoalStatus s : {GoalStatus::NotStarted, GoalStatus::OnTrack, GoalStatus::AtRisk, GoalStatus::OffTrack,
                         GoalStatus::Met, GoalStatus::Missed, GoalStatus::TooEarly, GoalStatus::NoData}) {
        if (statusId(s) == id) {
            return statusName(s);
        }
    }
    return id;
}

std::optional<double> GoalProgress::computedBaseline(KpiEngine &engine, const Goal &goal)
{
    const InGoalCurrency inGoalCurrency(engine, goal.currency);
    if (!goal.baselineFrom.isValid() || !goal.baselineTo.isValid() || goal.baselineFrom > goal.baselineTo) {
        return std::nullopt;
    }
    const std::optional<KpiTraits> traits = traitsOf(engine, goal.kpi);
    if (!traits) {
        return std::nullopt;
    }
    if (!traits->volume) {
        // A level is measured per cadence period (a quarterly churn goal has a quarterly baseline, never the churn of
        // six months): the mean of the baseline period's whole cadence periods.
        double sum = 0;
        int n = 0;
        for (const PeriodValue &period : wholePeriods(engine, goal, goal.baselineFrom, goal.baselineTo)) {
            if (period.value) {
                sum += *period.value;
                ++n;
            }
        }
        return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
    }
    const auto value = engine.compute(scopeOf(goal, goal.baselineFrom, goal.baselineTo)).valueOf(goal.kpi);
    if (!value) {
        return value;
    }
    // A volume over the baseline period, scaled to the length of the goal's period.
    const double baselineDays = goal.baselineFrom.daysTo(goal.baselineTo) + 1;
    const double goalDays = goal.start.daysTo(goal.deadline) + 1;
    return *value * goalDays / baselineDays;
}

QList<std::pair<Goal, GoalProgress>> GoalProgress::measureAll(Workspace &workspace, const QDate &upTo)
{
    KpiEngine engine(workspace);
    QList<std::pair<Goal, GoalProgress>> rows;
    for (const Goal &g : GoalStore(workspace).goals()) {
        rows.append({g, compute(engine, g, upTo)});
    }
    return rows;
}

GoalProgress GoalProgress::compute(KpiEngine &engine, const Goal &goal, const QDate &upTo)
{
    const InGoalCurrency inGoalCurrency(engine, goal.currency);
    GoalProgress p;
    // One as-of date for everything: no later than the deadline, nor than the last day with data (measured up to a
    // day without data, the time elapsed would run ahead of the numbers and every goal look behind).
    QDate asOf = upTo;
    if (const QDate lastData = engine.dataRange().second; lastData.isValid() && lastData < asOf) {
        asOf = lastData;
    }
    if (goal.deadline.isValid() && goal.deadline < asOf) {
        asOf = goal.deadline;
    }
    p.asOf = asOf;
    p.measuredTo = asOf;
    const std::optional<KpiTraits> traits = traitsOf(engine, goal.kpi);
    if (!traits || !goal.start.isValid() || !goal.deadline.isValid() || goal.deadline < goal.start) {
        return p;
    }
    const bool volume = traits->volume;
    p.baseline = goal.baseline ? goal.baseline : computedBaseline(engine, goal);
    const double totalDays = goal.start.daysTo(goal.deadline) + 1;
    const double from = volume ? 0.0 : p.baseline.value_or(std::numeric_limits<double>::quiet_NaN());
    p.higherIsBetter = volume || (std::isfinite(from) ? goal.target >= from : traits->better == Better::Up);
    if (asOf < goal.start) {
        p.status = GoalStatus::NotStarted;
        return p;
    }
    const QDate end = asOf;

    // A volume: its total since the start. A level: its latest whole cadence period, the length its baseline and
    // target are measured over; before the first whole period, the value so far (shown, not judged).
    bool tooEarly = false;
    QList<PeriodValue> whole;
    if (volume) {
        p.current = engine.compute(scopeOf(goal, goal.start, end)).valueOf(goal.kpi);
    } else {
        whole = wholePeriods(engine, goal, goal.start, end);
        if (whole.isEmpty()) {
            tooEarly = true;
            p.current = engine.compute(scopeOf(goal, goal.start, end)).valueOf(goal.kpi);
        } else {
            p.current = whole.constLast().value;
            p.measuredTo = whole.constLast().to;
        }
    }
    // The plan and the expected progress at the same x: the share of the goal's cadence periods elapsed.
    p.expected = elapsedShare(goal, p.measuredTo);
    if (std::isfinite(from)) {
        p.planned = from + (goal.target - from) * p.expected;
    }

    if (p.current && std::isfinite(from) && goal.target != from) {
        p.progress = (*p.current - from) / (goal.target - from);
    }

    // Pace: one point per cadence period (the last one maybe in progress), against the straight line. A volume's
    // running total is the sum of its periods' values: volumes add up over time.
    double completedTotal = 0;
    double completedDays = 0;
    int completed = 0;
    std::optional<double> runningTotal;
    const QList<KpiEngine::Row> periods =
        engine.breakdown(scopeOf(goal, goal.start, end), Goal::breakdownOf(goal.cadence), Comparison::None);
    for (const KpiEngine::Row &period : periods) {
        const auto periodValue = period.values.valueOf(goal.kpi);
        PacePoint point;
        point.date = period.scope.to;
        point.planned = from + (goal.target - from) * elapsedShare(goal, period.scope.to);
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
            ++completed;
            completedTotal += *periodValue;
            completedDays += period.scope.from.daysTo(period.scope.to) + 1;
        }
        p.pace.append(point);
    }

    // Forecast at the deadline. A volume: what it has plus the days left at the daily rate of its completed cadence
    // periods (the rate so far when fewer than two). A level: the least-squares line through its whole periods'
    // values, at the deadline's period; none from fewer than two whole periods (one value is no trend).
    if (p.current) {
        if (volume) {
            const double daysSoFar = goal.start.daysTo(end) + 1;
            const double perDay = completed >= 2 ? completedTotal / completedDays : *p.current / daysSoFar;
            p.forecast = *p.current + perDay * (totalDays - daysSoFar);
        } else {
            QList<std::pair<double, double>> points;
            for (const PeriodValue &period : whole) {
                if (period.value) {
                    points.append({double(periodIndex(goal.cadence, goal.start, period.from)), *period.value});
                }
            }
            p.forecast = linearAt(points, periodIndex(goal.cadence, goal.start, goal.deadline));
        }
    }

    // Status: the pace so far against the time elapsed, and never "on track" with a forecast that misses the target.
    const auto reached = [&](double value) {
        return p.higherIsBetter ? value >= goal.target : value <= goal.target;
    };
    if (!p.current || !p.progress) {
        p.status = GoalStatus::NoData;
    } else if (tooEarly) {
        p.status = GoalStatus::TooEarly;
    } else if (asOf >= goal.deadline) {
        p.status = reached(*p.current) ? GoalStatus::Met : GoalStatus::Missed;
    } else if (volume ? *p.current >= goal.target : false) {
        p.status = GoalStatus::Met;
    } else {
        const double ratio = p.expected > 0 ? *p.progress / p.expected : 1;
        p.status = ratio >= KpiCatalog::OnTrackAt  ? GoalStatus::OnTrack
                   : ratio >= KpiCatalog::AtRiskAt ? GoalStatus::AtRisk
                                                   : GoalStatus::OffTrack;
        if (p.status == GoalStatus::OnTrack && p.forecast && !reached(*p.forecast)) {
            p.status = GoalStatus::AtRisk;
        }
    }
    return p;
}

} // namespace funnelscope

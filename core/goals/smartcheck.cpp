#include "smartcheck.h"

#include "goalprogress.h"
#include "i18n/contexts.h"
#include "i18n/language.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace funnelscope {

namespace {

QString percent(double v)
{
    const KpiFormat format;
    return (v >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
           format.percent(format.locale().toString(std::fabs(v) * 100, 'f', 0));
}

} // namespace

bool SmartCheck::Result::passes() const
{
    return std::none_of(lines.begin(), lines.end(), [](const Line &l) { return l.verdict == Verdict::Fail; });
}

SmartCheck::Achievability SmartCheck::classify(double required, QList<double> history)
{
    if (history.isEmpty()) {
        return Achievability::Unknown;
    }
    std::sort(history.begin(), history.end());
    const double best = history.last();
    const double upperQuartile = history.at(int(std::floor(0.75 * (history.size() - 1))));
    if (required <= std::max(upperQuartile, 0.0)) {
        return Achievability::Realistic;
    }
    if (required <= best) {
        return Achievability::Stretch;
    }
    return Achievability::Unrealistic;
}

SmartCheck::Result SmartCheck::check(KpiEngine &engine, const Goal &goal, const QDate &dataFrom, const QDate &dataTo)
{
    Result r;
    const int kpi = KpiCatalog::indexOf(goal.kpi);
    // A custom KPI of the workspace is checked as a catalog one, with its own name, direction and format.
    const CustomKpi *custom = nullptr;
    for (const CustomKpi &k : *engine.customKpis()) {
        if (k.id == goal.kpi) {
            custom = &k;
        }
    }
    KpiDefinition customDef{goal.kpi,
                            custom ? custom->group : KpiGroup::Sales,
                            "",
                            custom ? custom->unit() : KpiUnit::Number,
                            custom ? custom->better() : Better::Up,
                            ""};
    const KpiDefinition *def = kpi >= 0 ? &KpiCatalog::at(kpi) : custom ? &customDef : nullptr;
    const QString kpiName = custom ? custom->name : def ? QCoreApplication::translate("Kpi", def->name) : QString();
    const bool volume = custom ? custom->isVolume() : def && def->isVolume();

    // Specific.
    if (!def) {
        r.lines.append({u'S', Verdict::Fail, SmartCheckText::tr("Specific: choose the KPI this goal moves.")});
    } else {
        QStringList scope = goal.channels + goal.campaigns;
        r.lines.append({u'S', Verdict::Pass,
                        scope.isEmpty()
                            ? SmartCheckText::tr("Specific: %1 across all channels and campaigns.").arg(kpiName)
                            : SmartCheckText::tr("Specific: %1 for %2.")
                                  .arg(kpiName, Language::isolated(scope.join(QStringLiteral(", "))))});
    }

    // Measurable: a target, and data for the KPI in the scope.
    std::optional<double> baseline = goal.baseline ? goal.baseline : std::optional<double>();
    if (def) {
        if (!baseline) {
            baseline = GoalProgress::computedBaseline(engine, goal);
        }
        const QDate probeFrom = goal.baselineFrom.isValid() ? goal.baselineFrom : dataTo.addDays(-89);
        const QDate probeTo = goal.baselineTo.isValid() ? goal.baselineTo : dataTo;
        const auto measured = engine.compute({probeFrom, probeTo, goal.channels, goal.campaigns}).valueOf(goal.kpi);
        if (!std::isfinite(goal.target)) {
            r.lines.append({u'M', Verdict::Fail, SmartCheckText::tr("Measurable: set a numeric target.")});
        } else if (measured && !baseline && !volume) {
            // A level goal is measured per cadence period: its baseline needs at least one whole one.
            r.lines.append({u'M', Verdict::Fail,
                            SmartCheckText::tr("Measurable: the baseline period holds no whole %1 period; choose one "
                                               "that covers at least one, so that the baseline is measured over the "
                                               "same length as the goal.")
                                .arg(Goal::cadenceText(goal.cadence))});
        } else if (!measured) {
            r.lines.append({u'M', Verdict::Fail,
                            SmartCheckText::tr("Measurable: there is no data for %1 in this scope; import the "
                                               "files it needs first.")
                                .arg(kpiName)});
        } else {
            // The target and the baseline in the goal's currency (GoalProgress measures it in that one).
            const KpiFormat format(QLocale(), goal.currency.isEmpty() ? engine.reportingCurrency() : goal.currency);
            const auto show = [&](std::optional<double> v) {
                return custom ? custom->display(v, format) : format.value(kpi, v);
            };
            r.lines.append({u'M', Verdict::Pass,
                            SmartCheckText::tr("Measurable: target %1; the baseline is %2.")
                                .arg(show(goal.target), show(baseline))});
        }
    }

    // Achievable: the change needed against the changes seen over windows of the same length.
    if (def && baseline && *baseline != 0 && std::isfinite(goal.target) && goal.start.isValid() &&
        goal.deadline >= goal.start) {
        const bool up = def->better == Better::Up;
        const double required = (goal.target - *baseline) / std::fabs(*baseline) * (up ? 1 : -1);
        r.requiredChange = required;
        const qint64 length = goal.start.daysTo(goal.deadline) + 1;
        QList<double> history;
        std::optional<double> previous;
        for (QDate from = dataFrom; from.addDays(length - 1) <= dataTo; from = from.addDays(length)) {
            const auto value =
                engine.compute({from, from.addDays(length - 1), goal.channels, goal.campaigns}).valueOf(goal.kpi);
            if (value && previous && *previous != 0) {
                history.append((*value - *previous) / std::fabs(*previous) * (up ? 1 : -1));
            }
            previous = value;
        }
        r.achievability = classify(required, history);
        if (!history.isEmpty()) {
            r.bestChange = *std::max_element(history.begin(), history.end());
        }
        const QString needs =
            SmartCheckText::tr("needs %1 in %2 days").arg(percent(up ? required : -required)).arg(length);
        switch (r.achievability) {
        case Achievability::Unknown:
            r.lines.append(
                {u'A', Verdict::Warning,
                 SmartCheckText::tr("Achievable: %1; there is not enough history to compare with.").arg(needs)});
            break;
        case Achievability::Realistic:
            r.lines.append(
                {u'A', Verdict::Pass,
                 SmartCheckText::tr("Achievable: %1; your history has changes like that — realistic.").arg(needs)});
            break;
        case Achievability::Stretch:
            r.lines.append(
                {u'A', Verdict::Warning,
                 SmartCheckText::tr("Achievable: %1; the best %2-day change in your history is %3 — a stretch.")
                     .arg(needs)
                     .arg(length)
                     .arg(percent(up ? *r.bestChange : -*r.bestChange))});
            break;
        case Achievability::Unrealistic:
            r.lines.append(
                {u'A', Verdict::Warning,
                 SmartCheckText::tr("Achievable: %1; the best %2-day change in your history is %3 — unrealistic.")
                     .arg(needs)
                     .arg(length)
                     .arg(percent(up ? *r.bestChange : -*r.bestChange))});
            break;
        }
    } else if (def && !std::isfinite(goal.target)) {
        r.lines.append(
            {u'A', Verdict::Warning, SmartCheckText::tr("Achievable: set a target to compare with your history.")});
    } else if (def) {
        r.lines.append(
            {u'A', Verdict::Warning, SmartCheckText::tr("Achievable: no baseline to measure the change against.")});
    }

    // Relevant.
    if (goal.objective.trimmed().isEmpty()) {
        r.lines.append(
            {u'R', Verdict::Fail, SmartCheckText::tr("Relevant: write the business objective this goal serves.")});
    } else if (def && (def->group == KpiGroup::Awareness || goal.kpi == u"social_engagements")) {
        r.lines.append(
            {u'R', Verdict::Warning,
             SmartCheckText::tr("Relevant: %1 is an awareness metric; make sure it is tied to a lead or revenue goal.")
                 .arg(kpiName)});
    } else {
        r.lines.append(
            {u'R', Verdict::Pass,
             SmartCheckText::tr("Relevant: serves “%1”.").arg(Language::isolated(goal.objective.trimmed()))});
    }

    // Time-bound.
    if (!goal.start.isValid() || !goal.deadline.isValid() || goal.deadline <= goal.start) {
        r.lines.append(
            {u'T', Verdict::Fail, SmartCheckText::tr("Time-bound: the deadline must come after the start.")});
    } else {
        r.lines.append({u'T', Verdict::Pass,
                        SmartCheckText::tr("Time-bound: %1 days, reviewed %2.")
                            .arg(goal.start.daysTo(goal.deadline) + 1)
                            .arg(Goal::cadenceText(goal.cadence))});
    }
    return r;
}

} // namespace funnelscope

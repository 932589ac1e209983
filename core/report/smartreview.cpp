#include "smartreview.h"

#include "cohorts/cohorts.h"
#include "dataquality.h"
#include "goalpages.h"
#include "goals/actionrules.h"
#include "goals/anomalydetector.h"
#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "kpi/bucketcoverage.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpicaveat.h"
#include "kpi/kpiengine.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace funnelscope {

namespace {

QJsonValue number(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QJsonArray steps(const KpiValues &v)
{
    QJsonArray a;
    for (const auto &s : v.funnelSteps()) {
        a.append(number(s));
    }
    return a;
}

// The trailing cadence periods of a goal up to the period's end, for trends and anomalies.
QList<std::pair<QDate, QDate>> trailingPeriods(Cadence cadence, const QDate &end, int count)
{
    QList<std::pair<QDate, QDate>> periods;
    QDate periodEnd = end;
    for (int i = 0; i < count; ++i) {
        const QDate start = Goal::periodStart(cadence, periodEnd);
        periods.prepend({start, periodEnd});
        periodEnd = start.addDays(-1);
    }
    return periods;
}

// A channel or campaign breakdown of scope whose rows are compared with the same names over previous: the engine's
// own comparison shifts by the period's length, a review compares calendar periods.
QList<KpiEngine::Row> breakdownAgainst(KpiEngine &engine, const Scope &scope, Breakdown by, const Scope &previous)
{
    QList<KpiEngine::Row> rows = engine.breakdown(scope, by, Comparison::None);
    QHash<QString, KpiValues> before;
    for (const KpiEngine::Row &row : engine.breakdown(previous, by, Comparison::None)) {
        before.insert(row.key, row.values);
    }
    for (KpiEngine::Row &row : rows) {
        row.previousScope = row.scope;
        row.previousScope.from = previous.from;
        row.previousScope.to = previous.to;
        // A name without data in the previous period is computed there anyway (zero volumes, unknown rates).
        row.previous = before.contains(row.key) ? before.value(row.key) : engine.compute(row.previousScope);
    }
    return rows;
}

bool wholeMonths(const Scope &period, int months)
{
    return period.from.day() == 1 && (period.from.month() - 1) % months == 0 &&
           period.from.addMonths(months).addDays(-1) == period.to;
}

} // namespace

Scope SmartReview::comparedPeriod(const Scope &period, Comparison comparison)
{
    if (comparison != Comparison::PreviousPeriod || !period.from.isValid() || !period.to.isValid()) {
        return period.compared(comparison);
    }
    for (const int months : {12, 3, 1}) {
        if (wholeMonths(period, months)) {
            Scope s = period;
            s.from = period.from.addMonths(-months);
            s.to = period.from.addDays(-1);
            return s;
        }
    }
    return period.compared(comparison);
}

bool SmartReview::inPeriod(const QDate &bucketFrom, const QDate &bucketTo, const QDate &from, const QDate &to)
{
    if (!bucketFrom.isValid() || !bucketTo.isValid() || bucketTo < bucketFrom) {
        return false;
    }
    const QDate first = std::max(bucketFrom, from);
    const QDate last = std::min(bucketTo, to);
    const qint64 inside = first <= last ? first.daysTo(last) + 1 : 0;
    return 2 * inside >= bucketFrom.daysTo(bucketTo) + 1;
}

int SmartReview::betterDirection(const QString &kpi, std::optional<double> baseline, double target)
{
    const int index = KpiCatalog::indexOf(kpi);
    if (index < 0) {
        return 0;
    }
    const KpiDefinition &k = KpiCatalog::at(index);
    if (k.unit == KpiUnit::Money && k.isVolume() && k.better == Better::Down) {
        if (baseline && std::isfinite(*baseline) && target != *baseline) {
            return target > *baseline ? 1 : -1;
        }
        return 0;
    }
    return k.better == Better::Up ? 1 : -1;
}

int SmartReview::betterDirection(const CustomKpi &kpi, std::optional<double> baseline, double target)
{
    if (kpi.direction != CustomKpi::Direction::Neutral) {
        return kpi.direction == CustomKpi::Direction::Up ? 1 : -1;
    }
    if (baseline && std::isfinite(*baseline) && target != *baseline) {
        return target > *baseline ? 1 : -1;
    }
    return 0;
}

QString SmartReview::findingText(const QJsonObject &recommendation, const KpiFormat &format)
{
    if (!recommendation.contains(QStringLiteral("facts"))) {
        return recommendation.value(QStringLiteral("finding")).toString(); // saved before reviews kept facts
    }
    const QString rule = recommendation.value(QStringLiteral("rule")).toString();
    const QJsonArray findings = recommendation.value(QStringLiteral("findings")).toArray();
    if (findings.isEmpty() || !findings.first().isObject()) {
        return ActionRules::finding(rule, recommendation.value(QStringLiteral("channel")).toString(),
                                    recommendation.value(QStringLiteral("facts")).toObject(), format);
    }
    // The same advice for several channels: each channel's finding.
    QStringList texts;
    for (const QJsonValue &f : findings) {
        texts.append(ActionRules::finding(rule, f[QStringLiteral("channel")].toString(),
                                          f[QStringLiteral("facts")].toObject(), format));
    }
    return texts.join(u' ');
}

QString SmartReview::actionText(const QJsonObject &recommendation, const KpiFormat &format)
{
    if (!recommendation.contains(QStringLiteral("facts"))) {
        return recommendation.value(QStringLiteral("action")).toString();
    }
    return ActionRules::action(recommendation.value(QStringLiteral("rule")).toString(),
                               recommendation.value(QStringLiteral("facts")).toObject(), format);
}

QJsonObject SmartReview::previousReview(Workspace &workspace, const QDate &before)
{
    GoalStore store(workspace);
    for (const SavedReview &r : store.reviews()) {
        if (r.to < before) {
            if (auto full = store.review(r.id)) {
                QJsonObject content = full->content;
                content.insert(QStringLiteral("review_id"), full->id);
                return content;
            }
        }
    }
    return {};
}

QJsonObject SmartReview::build(Workspace &workspace, const Scope &period, Comparison comparison, const QString &title,
                               const QString &currency)
{
    KpiEngine engine(workspace);
    engine.setReportingCurrency(currency);
    // The data's first and last dates: a chart's bucket with fewer days of data than its calendar period is partial.
    const std::pair<QDate, QDate> dataRange = engine.dataRange();
    const auto withCoverage = [&](QJsonObject o, const QDate &from, const QDate &to, Breakdown by) {
        const BucketCoverage c = BucketCoverage::ofBucket(from, to, by, dataRange.first, dataRange.second);
        o.insert(QStringLiteral("days"), c.days);
        o.insert(QStringLiteral("covered_days"), c.coveredDays);
        o.insert(QStringLiteral("partial"), c.partial());
        return o;
    };
    GoalStore store(workspace);
    const Scope previousScope =
        comparedPeriod(period, comparison == Comparison::None ? Comparison::PreviousPeriod : comparison);
    const KpiValues current = engine.compute(period);
    const KpiValues previous = engine.compute(previousScope);
    const QList<KpiEngine::Row> channels = breakdownAgainst(engine, period, Breakdown::Channel, previousScope);
    const QList<KpiEngine::Row> campaigns = breakdownAgainst(engine, period, Breakdown::Campaign, previousScope);

    QJsonObject doc;
    doc.insert(QStringLiteral("title"), title);
    doc.insert(QStringLiteral("workspace"), QFileInfo(workspace.path()).completeBaseName());
    doc.insert(QStringLiteral("from"), iso(period.from));
    doc.insert(QStringLiteral("to"), iso(period.to));
    doc.insert(QStringLiteral("previous_from"), iso(previousScope.from));
    doc.insert(QStringLiteral("previous_to"), iso(previousScope.to));
    doc.insert(QStringLiteral("channels"), QJsonArray::fromStringList(period.channels));
    doc.insert(QStringLiteral("campaigns"), QJsonArray::fromStringList(period.campaigns));
    doc.insert(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    doc.insert(QStringLiteral("currency"), engine.reportingCurrency());
    doc.insert(QStringLiteral("currency_notes"), QJsonArray::fromStringList(engine.currencyNotes()));
    doc.insert(QStringLiteral("leads_source"), current.leadsSource);

    // S: headline KPIs of every group, then the goals. A value from a small sample or a cohort still maturing (now or
    // before) carries its caveat: printed, and not judged better or worse.
    const QDate cohortLastDay = Cohorts::lastDay(workspace);
    const auto judged = [&](int kpi, const KpiValues &now, const Scope &nowScope, const KpiValues *then,
                            const Scope &thenScope) {
        KpiCaveat c = KpiCaveat::of(kpi, now, nowScope.to, cohortLastDay);
        if (c.judged() && then) {
            c = KpiCaveat::of(kpi, *then, thenScope.to, cohortLastDay);
        }
        return c;
    };
    QJsonArray headline;
    QJsonArray allKpis;
    for (int i = 0; i < KpiCatalog::all().size(); ++i) {
        const KpiDefinition &k = KpiCatalog::at(i);
        QJsonObject entry{{QStringLiteral("id"), k.id},
                          {QStringLiteral("group"), KpiCatalog::groupId(k.group)},
                          {QStringLiteral("value"), number(current.values.value(i))},
                          {QStringLiteral("previous"), number(previous.values.value(i))}};
        if (const KpiCaveat c = KpiCaveat::of(i, current, period.to, cohortLastDay); !c.judged()) {
            entry.insert(QStringLiteral("caveat"), c.toJson());
        }
        if (const KpiCaveat c = KpiCaveat::of(i, previous, previousScope.to, cohortLastDay); !c.judged()) {
            entry.insert(QStringLiteral("previous_caveat"), c.toJson());
        }
        allKpis.append(entry);
        if (k.headline) {
            headline.append(entry);
        }
    }
    doc.insert(QStringLiteral("headline"), headline);
    doc.insert(QStringLiteral("kpis"), allKpis);
    // The workspace's custom KPIs with their definitions, so that a saved review shows them as they were.
    if (current.customKpis && !current.customKpis->isEmpty()) {
        QJsonArray custom;
        for (int c = 0; c < current.customKpis->size(); ++c) {
            const CustomKpi &k = current.customKpis->at(c);
            const auto valueOf = [c](const KpiValues &v) {
                return c < v.custom.size() ? v.custom.at(c).value : std::nullopt;
            };
            QJsonObject entry = k.toJson();
            entry.insert(QStringLiteral("value"), number(valueOf(current)));
            entry.insert(QStringLiteral("previous"), number(valueOf(previous)));
            custom.append(entry);
        }
        doc.insert(QStringLiteral("custom_kpis"), custom);
    }

    const QJsonObject before = previousReview(workspace, period.to);
    QHash<qint64, QString> statusBefore;
    for (const QJsonValue &g : before.value(QStringLiteral("goals")).toArray()) {
        statusBefore.insert(g[QStringLiteral("id")].toInteger(), g[QStringLiteral("status")].toString());
    }

    QJsonArray goals;
    QJsonArray trends;
    QJsonArray contributors;
    QJsonArray statusChanges;
    // The goals measured by the same function as the window's goal list, up to the period's end (and no later than
    // the data): the same goal gives the same numbers in both, with the as-of date printed.
    QDate goalsAsOf = period.to;
    if (const QDate lastData = engine.dataRange().second; lastData.isValid() && lastData < goalsAsOf) {
        goalsAsOf = lastData;
    }
    for (const auto &[goal, p] : GoalProgress::measureAll(workspace, period.to)) {
        // A goal on a custom KPI carries the KPI's definition, so that its pages show it as it was measured.
        const int kpi = KpiCatalog::indexOf(goal.kpi);
        const CustomKpi *custom = kpi < 0 ? current.customKpi(goal.kpi) : nullptr;
        if (kpi < 0 && !custom) {
            continue;
        }
        const auto withKpi = [&](QJsonObject o) {
            if (custom) {
                o.insert(QStringLiteral("custom_kpi"), custom->toJson());
            }
            return o;
        };
        QJsonArray pace;
        QDate paceFrom = goal.start; // each pace point ends a cadence period that starts after the one before
        for (const GoalProgress::PacePoint &point : p.pace) {
            pace.append(withCoverage(QJsonObject{{QStringLiteral("date"), iso(point.date)},
                                                 {QStringLiteral("actual"), number(point.actual)},
                                                 {QStringLiteral("planned"), point.planned}},
                                     paceFrom, point.date, Goal::breakdownOf(goal.cadence)));
            paceFrom = point.date.addDays(1);
        }
        const QString status = GoalProgress::statusId(p.status);
        goals.append(withKpi(QJsonObject{{QStringLiteral("id"), goal.id},
                                         {QStringLiteral("name"), goal.name},
                                         {QStringLiteral("kpi"), goal.kpi},
                                         {QStringLiteral("channels"), QJsonArray::fromStringList(goal.channels)},
                                         {QStringLiteral("campaigns"), QJsonArray::fromStringList(goal.campaigns)},
                                         {QStringLiteral("owner"), goal.owner},
                                         {QStringLiteral("objective"), goal.objective},
                                         {QStringLiteral("currency"), goal.currency},
                                         {QStringLiteral("start"), iso(goal.start)},
                                         {QStringLiteral("deadline"), iso(goal.deadline)},
                                         {QStringLiteral("cadence"), Goal::cadenceId(goal.cadence)},
                                         {QStringLiteral("as_of"), iso(p.asOf)},
                                         {QStringLiteral("measured_to"), iso(p.measuredTo)},
                                         {QStringLiteral("baseline"), number(p.baseline)},
                                         {QStringLiteral("target"), goal.target},
                                         {QStringLiteral("current"), number(p.current)},
                                         {QStringLiteral("progress"), number(p.progress)},
                                         {QStringLiteral("expected"), p.expected},
                                         {QStringLiteral("forecast"), number(p.forecast)},
                                         {QStringLiteral("status"), status},
                                         {QStringLiteral("pace"), pace},
                                         {QStringLiteral("plan"), GoalPlan::of(goal, p, custom).toJson()}}));
        if (statusBefore.contains(goal.id) && statusBefore.value(goal.id) != status) {
            statusChanges.append(QJsonObject{{QStringLiteral("goal"), goal.name},
                                             {QStringLiteral("from"), statusBefore.value(goal.id)},
                                             {QStringLiteral("to"), status}});
        }

        // A: the goal KPI's trend over the trailing twelve cadence periods, and its anomalies.
        QJsonArray series;
        QList<std::optional<double>> values;
        const QDate trailingStart = trailingPeriods(goal.cadence, period.to, 12).constFirst().first;
        for (const KpiEngine::Row &row : engine.breakdown({trailingStart, period.to, goal.channels, goal.campaigns},
                                                          Goal::breakdownOf(goal.cadence), Comparison::None)) {
            const QDate from = row.scope.from;
            const QDate to = row.scope.to;
            const auto v = row.values.valueOf(goal.kpi);
            // A period still in progress, or one the data covers only in part (or not at all: the weeks after the
            // last import are no zero), is drawn but not judged: part of a period is not comparable to a whole one.
            // Nor is a small sample or a cohort still maturing: its dip is no anomaly.
            const bool complete =
                !BucketCoverage::ofBucket(from, to, Goal::breakdownOf(goal.cadence), dataRange.first, dataRange.second)
                     .partial();
            const KpiCaveat caveat = KpiCaveat::of(kpi, row.values, to, cohortLastDay);
            values.append(complete && caveat.judged() ? v : std::nullopt);
            QJsonObject point{{QStringLiteral("from"), iso(from)},
                              {QStringLiteral("to"), iso(to)},
                              {QStringLiteral("value"), number(v)}};
            if (!caveat.judged()) {
                point.insert(QStringLiteral("caveat"), caveat.toJson());
            }
            series.append(withCoverage(point, from, to, Goal::breakdownOf(goal.cadence)));
        }
        // The review's own anomalies, then older ones of the trailing history, marked as context.
        QJsonArray anomalies;
        for (const AnomalyDetector::Anomaly &a : AnomalyDetector::find(values)) {
            const QJsonValue from = series.at(a.index)[QStringLiteral("from")];
            const QJsonValue to = series.at(a.index)[QStringLiteral("to")];
            anomalies.append(
                QJsonObject{{QStringLiteral("period"), from},
                            {QStringLiteral("period_to"), to},
                            {QStringLiteral("in_period"),
                             inPeriod(QDate::fromString(from.toString(), Qt::ISODate),
                                      QDate::fromString(to.toString(), Qt::ISODate), period.from, period.to)},
                            {QStringLiteral("value"), a.value},
                            {QStringLiteral("expected"), a.expected},
                            {QStringLiteral("score"), a.score}});
        }
        trends.append(withKpi(QJsonObject{{QStringLiteral("goal"), goal.name},
                                          {QStringLiteral("kpi"), goal.kpi},
                                          {QStringLiteral("cadence"), Goal::cadenceId(goal.cadence)},
                                          {QStringLiteral("series"), series},
                                          {QStringLiteral("anomalies"), anomalies}}));

        // A: which channels and campaigns moved the goal KPI most since the previous period, within the goal's own
        // scope (a LinkedIn goal is moved by LinkedIn's campaigns, not by every channel).
        Scope goalScope = period;
        if (!goal.channels.isEmpty()) {
            goalScope.channels = goal.channels;
        }
        if (!goal.campaigns.isEmpty()) {
            goalScope.campaigns = goal.campaigns;
        }
        const bool ownScope = goalScope.channels != period.channels || goalScope.campaigns != period.campaigns;
        Scope goalPrevious = goalScope;
        goalPrevious.from = previousScope.from;
        goalPrevious.to = previousScope.to;
        const QList<KpiEngine::Row> goalChannels =
            ownScope ? breakdownAgainst(engine, goalScope, Breakdown::Channel, goalPrevious) : channels;
        const QList<KpiEngine::Row> goalCampaigns =
            ownScope ? breakdownAgainst(engine, goalScope, Breakdown::Campaign, goalPrevious) : campaigns;
        QList<std::pair<double, QJsonObject>> moves;
        QJsonArray notRanked; // moved, but from a small sample or a cohort still maturing: listed, never ranked
        for (const auto *rows : {&goalChannels, &goalCampaigns}) {
            for (const KpiEngine::Row &row : *rows) {
                const std::optional<double> now = row.values.valueOf(goal.kpi);
                const std::optional<double> then = row.previous ? row.previous->valueOf(goal.kpi) : std::nullopt;
                if (!now || !then || *now == *then) {
                    continue;
                }
                const double nowValue = now.value_or(0);
                const double before = then.value_or(0);
                const KpiCaveat caveat =
                    judged(kpi, row.values, row.scope, row.previous ? &*row.previous : nullptr, row.previousScope);
                const QString dimension =
                    rows == &goalChannels ? QStringLiteral("channel") : QStringLiteral("campaign");
                if (!caveat.judged()) {
                    notRanked.append(QJsonObject{{QStringLiteral("name"), row.key},
                                                 {QStringLiteral("dimension"), dimension},
                                                 {QStringLiteral("now"), nowValue},
                                                 {QStringLiteral("before"), before},
                                                 {QStringLiteral("caveat"), caveat.toJson()}});
                } else {
                    moves.append({nowValue - before, QJsonObject{{QStringLiteral("name"), row.key},
                                                                 {QStringLiteral("dimension"), dimension},
                                                                 {QStringLiteral("now"), nowValue},
                                                                 {QStringLiteral("before"), before},
                                                                 {QStringLiteral("change"), nowValue - before}}});
                }
            }
        }
        // Helped: moves in the KPI's better direction, largest first; held back: the others, worst first. Money
        // spent has no better direction of its own (less spend is not better by itself): its largest moves either
        // way are listed as moved, unless the goal's target says which way it should go.
        const int direction = custom ? betterDirection(*custom, p.baseline, goal.target)
                                     : betterDirection(goal.kpi, p.baseline, goal.target);
        QJsonArray top;
        QJsonArray bottom;
        QJsonArray moved;
        if (direction == 0) {
            std::sort(moves.begin(), moves.end(),
                      [](const auto &a, const auto &b) { return std::fabs(a.first) > std::fabs(b.first); });
            for (const auto &[change, entry] : moves) {
                if (moved.size() < 3) {
                    moved.append(entry);
                }
            }
        } else {
            const bool up = direction > 0;
            std::sort(moves.begin(), moves.end(),
                      [up](const auto &a, const auto &b) { return up ? a.first > b.first : a.first < b.first; });
            for (const auto &[change, entry] : moves) {
                if ((change > 0) == up && top.size() < 3) {
                    top.append(entry);
                }
            }
            for (auto it = moves.crbegin(); it != moves.crend(); ++it) {
                if ((it->first > 0) != up && bottom.size() < 3) {
                    bottom.append(it->second);
                }
            }
        }
        contributors.append(withKpi(QJsonObject{{QStringLiteral("goal"), goal.name},
                                                {QStringLiteral("kpi"), goal.kpi},
                                                {QStringLiteral("direction"), direction},
                                                {QStringLiteral("top"), top},
                                                {QStringLiteral("bottom"), bottom},
                                                {QStringLiteral("not_ranked"), notRanked},

                                                {QStringLiteral("moved"), moved}}));
    }
    doc.insert(QStringLiteral("goals"), goals);
    // The date the goals are measured up to (a goal past its deadline is measured up to its deadline, its own as_of).
    doc.insert(QStringLiteral("goals_as_of"), iso(goalsAsOf));

    // M.
    doc.insert(QStringLiteral("quality"), DataQuality::measure(workspace, period));

    // A: the funnel, and the step whose drop-off changed most.
    QJsonObject funnel{{QStringLiteral("now"), steps(current)}, {QStringLiteral("before"), steps(previous)}};
    const QJsonArray now = funnel[QStringLiteral("now")].toArray();
    const QJsonArray then = funnel[QStringLiteral("before")].toArray();
    int worst = -1;
    double worstChange = 0;
    for (int i = 0; i + 1 < now.size(); ++i) {
        if (now[i].toDouble() > 0 && then[i].toDouble() > 0 && !now[i + 1].isNull() && !then[i + 1].isNull()) {
            const double change =
                now[i + 1].toDouble() / now[i].toDouble() - then[i + 1].toDouble() / then[i].toDouble();
            if (worst < 0 || std::fabs(change) > std::fabs(worstChange)) {
                worst = i;
                worstChange = change;
            }
        }
    }
    funnel.insert(QStringLiteral("largest_change_step"), worst);
    funnel.insert(QStringLiteral("largest_change"), worst >= 0 ? QJsonValue(worstChange) : QJsonValue());
    doc.insert(QStringLiteral("analysis"), QJsonObject{{QStringLiteral("trends"), trends},
                                                       {QStringLiteral("contributors"), contributors},
                                                       {QStringLiteral("funnel"), funnel}});

    // R: since the previous review.
    QJsonArray met;
    QJsonArray missed;
    for (const QJsonValue &g : goals) {
        const QString s = g[QStringLiteral("status")].toString();
        const QString was = statusBefore.value(g[QStringLiteral("id")].toInteger());
        if ((s == u"met" || s == u"missed") && was != s) {
            (s == u"met" ? met : missed).append(g[QStringLiteral("name")]);
        }
    }
    QJsonArray due;
    QJsonArray decisions;
    // The open decisions of earlier reviews, an overdue one (due before this review's last day) marked so.
    for (const Action &a : store.actions(true)) {
        const QJsonObject action = decisionJson(a, period.to);
        decisions.append(action);
        if (a.due.isValid() && a.due <= period.to) {
            due.append(action);
        }
    }
    QJsonObject review{{QStringLiteral("status_changes"), statusChanges},
                       {QStringLiteral("met"), met},
                       {QStringLiteral("missed"), missed},
                       {QStringLiteral("actions_due"), due}};
    if (!before.isEmpty()) {
        review.insert(QStringLiteral("previous_title"), before.value(QStringLiteral("title")));
        review.insert(QStringLiteral("previous_to"), before.value(QStringLiteral("to")));
    }
    doc.insert(QStringLiteral("review"), review);

    // T: each recommended action once. A rule that fires on several channels with the same advice is one
    // recommendation with every finding (and channel) behind it; its id (the rule's, with its first channel when it
    // has one) is what a decision links to.
    QJsonArray recommended;
    // Facts, not sentences: the window and the PDF render them in the reader's language and number format.
    for (const ActionRules::Recommendation &r : ActionRules::evaluate(current, previous, channels)) {
        // The same advice for several channels is one recommendation, with each channel's finding (its facts).
        qsizetype same = -1;
        for (qsizetype i = 0; i < recommended.size() && same < 0; ++i) {
            if (recommended.at(i)[QStringLiteral("rule")].toString() == r.rule &&
                recommended.at(i)[QStringLiteral("action_key")].toString() == r.action) {
                same = i;
            }
        }
        const QJsonObject finding{{QStringLiteral("channel"), r.channel}, {QStringLiteral("facts"), r.facts}};
        if (same >= 0) {
            QJsonObject entry = recommended.at(same).toObject();
            QJsonArray findings = entry.value(QStringLiteral("findings")).toArray();
            QJsonArray channelList = entry.value(QStringLiteral("channels")).toArray();
            if (!findings.contains(finding)) {
                findings.append(finding);
            }
            if (!r.channel.isEmpty() && !channelList.contains(r.channel)) {
                channelList.append(r.channel);
            }
            entry.insert(QStringLiteral("findings"), findings);
            entry.insert(QStringLiteral("channels"), channelList);
            recommended.replace(same, entry);
            continue;
        }
        recommended.append(
            QJsonObject{{QStringLiteral("id"), r.channel.isEmpty() ? r.rule : r.rule + u'/' + r.channel},
                        {QStringLiteral("rule"), r.rule},
                        {QStringLiteral("action_key"), r.action},
                        {QStringLiteral("channel"), r.channel},
                        {QStringLiteral("facts"), r.facts},
                        {QStringLiteral("findings"), QJsonArray{finding}},
                        {QStringLiteral("channels"), r.channel.isEmpty() ? QJsonArray() : QJsonArray{r.channel}}});
    }
    // Annotations whose days overlap the period (or the trend charts' trailing periods, for the markers drawn on
    // them): the notes a reader needs next to the numbers.
    QDate annotationsFrom = period.from;
    for (const Goal &goal : store.goals()) {
        annotationsFrom = std::min(annotationsFrom, trailingPeriods(goal.cadence, period.to, 12).constFirst().first);
    }
    doc.insert(QStringLiteral("annotations"),
               annotationsJson(store.annotations(annotationsFrom, period.to), period.from, period.to));
    doc.insert(QStringLiteral("actions"),
               QJsonObject{{QStringLiteral("recommended"), recommended}, {QStringLiteral("decisions"), decisions}});
    return doc;
}

} // namespace funnelscope

#include "smartreview.h"

#include "dataquality.h"
#include "goals/actionrules.h"
#include "goals/anomalydetector.h"
#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QJsonArray>

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

} // namespace

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

QJsonObject SmartReview::build(Workspace &workspace, const Scope &period, Comparison comparison, const QString &title)
{
    KpiEngine engine(workspace);
    GoalStore store(workspace);
    const Scope previousScope =
        period.compared(comparison == Comparison::None ? Comparison::PreviousPeriod : comparison);
    const KpiValues current = engine.compute(period);
    const KpiValues previous = engine.compute(previousScope);
    const QList<KpiEngine::Row> channels = engine.breakdown(period, Breakdown::Channel, Comparison::PreviousPeriod);
    const QList<KpiEngine::Row> campaigns = engine.breakdown(period, Breakdown::Campaign, Comparison::PreviousPeriod);

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
    doc.insert(QStringLiteral("currency"), workspace.currency());
    doc.insert(QStringLiteral("leads_source"), current.leadsSource);

    // S: headline KPIs of every group, then the goals.
    QJsonArray headline;
    QJsonArray allKpis;
    for (int i = 0; i < KpiCatalog::all().size(); ++i) {
        const KpiDefinition &k = KpiCatalog::at(i);
        const QJsonObject entry{{QStringLiteral("id"), k.id},
                                {QStringLiteral("group"), KpiCatalog::groupId(k.group)},
                                {QStringLiteral("value"), number(current.values.value(i))},
                                {QStringLiteral("previous"), number(previous.values.value(i))}};
        allKpis.append(entry);
        if (k.headline) {
            headline.append(entry);
        }
    }
    doc.insert(QStringLiteral("headline"), headline);
    doc.insert(QStringLiteral("kpis"), allKpis);

    const QJsonObject before = previousReview(workspace, period.to);
    QHash<qint64, QString> statusBefore;
    for (const QJsonValue &g : before.value(QStringLiteral("goals")).toArray()) {
        statusBefore.insert(g[QStringLiteral("id")].toInteger(), g[QStringLiteral("status")].toString());
    }

    QJsonArray goals;
    QJsonArray trends;
    QJsonArray contributors;
    QJsonArray statusChanges;
    for (const Goal &goal : store.goals()) {
        const int kpi = KpiCatalog::indexOf(goal.kpi);
        if (kpi < 0) {
            continue;
        }
        const GoalProgress p = GoalProgress::compute(engine, goal, period.to);
        QJsonArray pace;
        for (const GoalProgress::PacePoint &point : p.pace) {
            pace.append(QJsonObject{{QStringLiteral("date"), iso(point.date)},
                                    {QStringLiteral("actual"), number(point.actual)},
                                    {QStringLiteral("planned"), point.planned}});
        }
        const QString status = GoalProgress::statusId(p.status);
        goals.append(QJsonObject{{QStringLiteral("id"), goal.id},
                                 {QStringLiteral("name"), goal.name},
                                 {QStringLiteral("kpi"), goal.kpi},
                                 {QStringLiteral("channels"), QJsonArray::fromStringList(goal.channels)},
                                 {QStringLiteral("campaigns"), QJsonArray::fromStringList(goal.campaigns)},
                                 {QStringLiteral("owner"), goal.owner},
                                 {QStringLiteral("objective"), goal.objective},
                                 {QStringLiteral("start"), iso(goal.start)},
                                 {QStringLiteral("deadline"), iso(goal.deadline)},
                                 {QStringLiteral("cadence"), Goal::cadenceId(goal.cadence)},
                                 {QStringLiteral("baseline"), number(p.baseline)},
                                 {QStringLiteral("target"), goal.target},
                                 {QStringLiteral("current"), number(p.current)},
                                 {QStringLiteral("progress"), number(p.progress)},
                                 {QStringLiteral("expected"), p.expected},
                                 {QStringLiteral("forecast"), number(p.forecast)},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("pace"), pace}});
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
            const auto v = row.values.values.value(kpi);
            // A period still in progress is drawn but not judged: part of a period is not comparable to a whole one.
            const bool complete = Goal::nextPeriodStart(goal.cadence, from).addDays(-1) == to;
            values.append(complete ? v : std::nullopt);
            series.append(QJsonObject{{QStringLiteral("from"), iso(from)},
                                      {QStringLiteral("to"), iso(to)},
                                      {QStringLiteral("value"), number(v)}});
        }
        QJsonArray anomalies;
        for (const AnomalyDetector::Anomaly &a : AnomalyDetector::find(values)) {
            anomalies.append(QJsonObject{{QStringLiteral("period"), series.at(a.index)[QStringLiteral("from")]},
                                         {QStringLiteral("value"), a.value},
                                         {QStringLiteral("expected"), a.expected},
                                         {QStringLiteral("score"), a.score}});
        }
        trends.append(QJsonObject{{QStringLiteral("goal"), goal.name},
                                  {QStringLiteral("kpi"), goal.kpi},
                                  {QStringLiteral("series"), series},
                                  {QStringLiteral("anomalies"), anomalies}});

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
        const QList<KpiEngine::Row> goalChannels =
            ownScope ? engine.breakdown(goalScope, Breakdown::Channel, Comparison::PreviousPeriod) : channels;
        const QList<KpiEngine::Row> goalCampaigns =
            ownScope ? engine.breakdown(goalScope, Breakdown::Campaign, Comparison::PreviousPeriod) : campaigns;
        QList<std::pair<double, QJsonObject>> moves;
        for (const auto *rows : {&goalChannels, &goalCampaigns}) {
            for (const KpiEngine::Row &row : *rows) {
                const auto now = row.values.values.value(kpi);
                const auto then = row.previous ? row.previous->values.value(kpi) : std::nullopt;
                if (now && then && *now != *then) {
                    moves.append({*now - *then, QJsonObject{{QStringLiteral("name"), row.key},
                                                            {QStringLiteral("dimension"),
                                                             rows == &goalChannels ? QStringLiteral("channel")
                                                                                   : QStringLiteral("campaign")},
                                                            {QStringLiteral("now"), *now},
                                                            {QStringLiteral("before"), *then},
                                                            {QStringLiteral("change"), *now - *then}}});
                }
            }
        }
        // Helped: moves in the KPI's better direction, largest first; held back: the others, worst first.
        const bool up = KpiCatalog::at(kpi).better == Better::Up;
        std::sort(moves.begin(), moves.end(),
                  [up](const auto &a, const auto &b) { return up ? a.first > b.first : a.first < b.first; });
        QJsonArray top;
        QJsonArray bottom;
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
        contributors.append(QJsonObject{{QStringLiteral("goal"), goal.name},
                                        {QStringLiteral("kpi"), goal.kpi},
                                        {QStringLiteral("top"), top},
                                        {QStringLiteral("bottom"), bottom}});
    }
    doc.insert(QStringLiteral("goals"), goals);

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
    for (const ActionRules::Recommendation &r : ActionRules::evaluate(current, previous, channels)) {
        qsizetype same = -1;
        for (qsizetype i = 0; i < recommended.size() && same < 0; ++i) {
            if (recommended.at(i)[QStringLiteral("rule")].toString() == r.rule &&
                recommended.at(i)[QStringLiteral("action")].toString() == r.action) {
                same = i;
            }
        }
        if (same >= 0) {
            QJsonObject entry = recommended.at(same).toObject();
            QJsonArray findings = entry.value(QStringLiteral("findings")).toArray();
            QJsonArray channelList = entry.value(QStringLiteral("channels")).toArray();
            if (!findings.contains(r.finding)) {
                findings.append(r.finding);
                entry.insert(QStringLiteral("finding"),
                             entry.value(QStringLiteral("finding")).toString() + u' ' + r.finding);
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
                        {QStringLiteral("finding"), r.finding},
                        {QStringLiteral("findings"), QJsonArray{r.finding}},
                        {QStringLiteral("action"), r.action},
                        {QStringLiteral("channel"), r.channel},
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

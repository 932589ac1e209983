#include "goalstore.h"

#include "i18n/contexts.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "store/goalsrepository.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace funnelscope {

QList<Goal> GoalStore::goals() const
{
    return GoalsRepository(m_workspace).goals();
}

std::optional<Goal> GoalStore::goal(qint64 id) const
{
    return GoalsRepository(m_workspace).goal(id);
}

qint64 GoalStore::save(const Goal &goal, QString *error)
{
    // A money goal keeps the currency it was set in: the reporting currency of the workspace when it is first saved.
    Goal g = goal;
    const int kpi = KpiCatalog::indexOf(g.kpi);
    const auto custom = kpi < 0 ? CustomKpiStore(m_workspace).find(g.kpi) : std::nullopt;
    if (g.currency.isEmpty() && ((kpi >= 0 && KpiCatalog::at(kpi).isMoney()) || (custom && custom->isMoney()))) {
        if (const QString code = KpiEngine(m_workspace).reportingCurrency(); code != u"XXX") {
            g.currency = code;
        }
    }
    return GoalsRepository(m_workspace).save(g, error);
}

bool GoalStore::remove(qint64 id)
{
    return GoalsRepository(m_workspace).remove(id);
}

QList<SavedReview> GoalStore::reviews() const
{
    return ReviewStore(m_workspace).reviews();
}

std::optional<SavedReview> GoalStore::review(qint64 id) const
{
    const ReviewStore store(m_workspace);
    std::optional<SavedReview> review = store.review(id);
    if (!review) {
        return std::nullopt;
    }
    // The decisions recorded in this review belong to it: after the open actions it carried over when it was made
    // (its saved content), in the order they were recorded. They are read here, not saved into the content, so a
    // decision later marked done or edited shows as it is now.
    if (const std::optional<QList<Action>> recorded = store.actionsOfReview(id)) {
        QJsonObject actions = review->content.value(QStringLiteral("actions")).toObject();
        QJsonArray decisions = actions.value(QStringLiteral("decisions")).toArray();
        for (const Action &action : *recorded) {
            // Judged in the next review: recorded now, it cannot be overdue in the review it was taken in.
            QJsonObject decision = decisionJson(action, QDate());
            decision.insert(QStringLiteral("recorded_here"), true);
            decisions.append(decision);
        }
        actions.insert(QStringLiteral("decisions"), decisions);
        review->content.insert(QStringLiteral("actions"), actions);
    }
    // Annotations too are read as they are now: a note on the data added after the review was made (the reason for a
    // dip, found later) belongs next to it. Those of the review's period, and of its trend charts' earlier periods.
    if (review->from.isValid() && review->to.isValid()) {
        QDate first = review->from;
        const QJsonObject analysis = review->content.value(QStringLiteral("analysis")).toObject();
        for (const QJsonValue &t : analysis.value(QStringLiteral("trends")).toArray()) {
            for (const QJsonValue &p : t[QStringLiteral("series")].toArray()) {
                const QDate d = QDate::fromString(p[QStringLiteral("from")].toString(), Qt::ISODate);
                first = d.isValid() ? std::min(first, d) : first;
            }
        }
        review->content.insert(QStringLiteral("annotations"),
                               annotationsJson(annotations(first, review->to), review->from, review->to));
    }
    return review;
}

qint64 GoalStore::saveReview(const SavedReview &r, QString *error)
{
    return ReviewStore(m_workspace).saveReview(r, error);
}

QString GoalStore::savePresentation(qint64 reviewId, const QJsonObject &presentation)
{
    bool found = false;
    if (const QString error = ReviewStore(m_workspace).savePresentation(reviewId, presentation, &found);
        !error.isEmpty()) {
        return error;
    }
    return found ? QString() : WorkspaceText::tr("no review %1").arg(reviewId);
}

bool GoalStore::removeReview(qint64 id)
{
    return ReviewStore(m_workspace).removeReview(id);
}

QList<Action> GoalStore::actions(bool openOnly) const
{
    return ReviewStore(m_workspace).actions(openOnly);
}

std::optional<Action> GoalStore::action(qint64 id) const
{
    return ReviewStore(m_workspace).action(id);
}

qint64 GoalStore::saveAction(const Action &action, QString *error)
{
    // An Action made before statuses existed says only done; one with a status says which.
    Action a = action;
    a.status = a.status == Action::Status::Open && a.done ? Action::Status::Done : a.status;
    return ReviewStore(m_workspace).saveAction(a, error);
}

QList<Annotation> GoalStore::annotations() const
{
    return annotations(QDate(), QDate());
}

QList<Annotation> GoalStore::annotations(const QDate &from, const QDate &to) const
{
    return ReviewStore(m_workspace).annotations(from, to);
}

qint64 GoalStore::saveAnnotation(const Annotation &annotation, QString *error)
{
    if (!annotation.from.isValid() || !annotation.to.isValid() || annotation.to < annotation.from ||
        annotation.text.trimmed().isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("GoalStore", "an annotation needs text and a first day not after its "
                                                              "last");
        }
        return -1;
    }
    Annotation a = annotation;
    a.text = a.text.trimmed();
    a.channel = a.channel.trimmed();
    return ReviewStore(m_workspace).saveAnnotation(a, error);
}

bool GoalStore::removeAnnotation(qint64 id)
{
    return ReviewStore(m_workspace).removeAnnotation(id);
}

QString recommendationId(const QJsonObject &r)
{
    if (const QString id = r.value(QStringLiteral("id")).toString(); !id.isEmpty()) {
        return id;
    }
    const QString rule = r.value(QStringLiteral("rule")).toString();
    const QString channel = r.value(QStringLiteral("channel")).toString();
    return channel.isEmpty() ? rule : rule + u'/' + channel;
}

QJsonArray annotationsJson(const QList<Annotation> &list, const QDate &from, const QDate &to)
{
    QJsonArray out;
    for (const Annotation &a : list) {
        QJsonObject entry = a.toJson();
        entry.insert(QStringLiteral("in_period"), a.from <= to && a.to >= from);
        out.append(entry);
    }
    return out;
}

QJsonObject decisionJson(const Action &a, const QDate &asOf)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("text"), a.text},
                  {QStringLiteral("owner"), a.owner},
                  {QStringLiteral("due"), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("done"), a.status == Action::Status::Done},
                  {QStringLiteral("status"), Action::statusId(a.status)},
                  {QStringLiteral("overdue"), a.overdue(asOf)}};
    if (a.goalId >= 0) {
        o.insert(QStringLiteral("goal_id"), a.goalId);
        o.insert(QStringLiteral("goal"), a.goalName);
    }
    if (!a.recommendation.isEmpty()) {
        o.insert(QStringLiteral("recommendation"), a.recommendation);
    }
    return o;
}

} // namespace funnelscope

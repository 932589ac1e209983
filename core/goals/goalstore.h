#pragma once

#include "goal.h"
#include "reviewrecords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace funnelscope {

class Workspace;

// A decision as a review keeps it: id, text, owner, due (ISO or empty), status, done, overdue (open and due before
// asOf, the review's last day), goal_id and goal (its name) when linked to one, recommendation (a rule id) when it
// answers one.
QJsonObject decisionJson(const Action &action, const QDate &asOf);

// The id a decision links a recommended action of a review by: its "id", or for a review saved before ids were kept,
// its rule's id with its channel ("cpl_rising_channel/Paid Social").
QString recommendationId(const QJsonObject &recommended);

// Annotations as a review keeps them (Annotation::toJson), each with in_period: whether it overlaps from – to, or
// only an earlier period of the trend charts.
QJsonArray annotationsJson(const QList<Annotation> &annotations, const QDate &from, const QDate &to);

// Goals, reviews and actions in the workspace, read and written through GoalsRepository and ReviewStore.
class GoalStore
{
public:
    explicit GoalStore(Workspace &workspace) : m_workspace(workspace) {}

    QList<Goal> goals() const;
    std::optional<Goal> goal(qint64 id) const;
    // Inserts (id < 0) or updates; returns the id, or -1 with error set.
    qint64 save(const Goal &goal, QString *error = nullptr);
    bool remove(qint64 id);

    QList<SavedReview> reviews() const; // newest first, without content
    std::optional<SavedReview> review(qint64 id) const;
    qint64 saveReview(const SavedReview &review, QString *error = nullptr);
    bool removeReview(qint64 id);
    // Replaces what the review's PDF shows (its content's "presentation": author, audience, sections, comments; see
    // ReportChoices) and leaves its numbers as they were. Returns an error message, or empty.
    QString savePresentation(qint64 reviewId, const QJsonObject &presentation);

    QList<Action> actions(bool openOnly = false) const;
    std::optional<Action> action(qint64 id) const;
    qint64 saveAction(const Action &action, QString *error = nullptr);

    // Annotations, by first day; those of a period are the ones that overlap it.
    QList<Annotation> annotations() const;
    QList<Annotation> annotations(const QDate &from, const QDate &to) const;
    qint64 saveAnnotation(const Annotation &annotation, QString *error = nullptr);
    bool removeAnnotation(qint64 id);

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

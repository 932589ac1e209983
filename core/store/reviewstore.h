#pragma once

#include "goals/reviewrecords.h"

#include <QList>
#include <QString>

#include <optional>

namespace funnelscope {

class Workspace;

// The reviews, decisions (actions) and annotations tables, read and written as they are. What a review shows
// (its decisions and annotations as they are now) is GoalStore's to put together. No SQL type shows here, so
// another backend can hold them the same way.
class ReviewStore
{
public:
    explicit ReviewStore(Workspace &workspace) : m_workspace(workspace) {}

    // Newest period first, without content.
    QList<SavedReview> reviews() const;
    // With its content as saved.
    std::optional<SavedReview> review(qint64 id) const;
    qint64 saveReview(const SavedReview &review, QString *error = nullptr);
    bool removeReview(qint64 id);
    // Sets the content's "presentation" member. Returns an error message, or empty; found says whether the review
    // was there.
    QString savePresentation(qint64 reviewId, const QJsonObject &presentation, bool *found);

    // By due date, then id; each with its goal's name.
    QList<Action> actions(bool openOnly) const;
    std::optional<Action> action(qint64 id) const;
    // The decisions recorded in a review, in the order they were recorded; nothing when they cannot be read.
    std::optional<QList<Action>> actionsOfReview(qint64 reviewId) const;
    // Inserts (id < 0) or updates, storing done from status; returns the id, or -1 with error set.
    qint64 saveAction(const Action &action, QString *error = nullptr);

    // By first day, last day, id; with from and to valid, those that overlap from – to.
    QList<Annotation> annotations(const QDate &from, const QDate &to) const;
    // Inserts (id < 0) or updates, as given; returns the id, or -1 with error set.
    qint64 saveAnnotation(const Annotation &annotation, QString *error = nullptr);
    // Whether there was one.
    bool removeAnnotation(qint64 id);

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

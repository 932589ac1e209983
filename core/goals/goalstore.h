#pragma once

#include "goal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace funnelscope {

class Workspace;

// A review saved with its numbers as they were, and an action decided in a review.
struct SavedReview
{
    qint64 id = -1;
    QString title;
    QDate from;
    QDate to;
    QDateTime createdAt;
    QJsonObject content;
};

struct Action
{
    qint64 id = -1;
    qint64 reviewId = -1;
    QString text;
    QString owner;
    QDate due;
    bool done = false;
};

// Goals, reviews and actions in the workspace: the one place that reads and writes them.
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

    QList<Action> actions(bool openOnly = false) const;
    qint64 saveAction(const Action &action, QString *error = nullptr);

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

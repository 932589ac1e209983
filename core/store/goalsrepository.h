#pragma once

#include "goals/goal.h"

#include <QList>
#include <QString>

#include <optional>

namespace funnelscope {

class Workspace;

// The goals table: reads and writes goals as they are, without deciding anything about them (GoalStore gives a
// money goal its currency). No SQL type shows here, so another backend can hold goals the same way.
class GoalsRepository
{
public:
    explicit GoalsRepository(Workspace &workspace) : m_workspace(workspace) {}

    // By deadline, then name.
    QList<Goal> goals() const;
    std::optional<Goal> goal(qint64 id) const;
    // Inserts (id < 0) or updates; returns the id, or -1 with error set.
    qint64 save(const Goal &goal, QString *error = nullptr);
    bool remove(qint64 id);

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

#pragma once

#include "kpi/savedview.h"

#include <QList>
#include <QString>

namespace funnelscope {

class Workspace;

// The workspace's saved views, by name (names compare without case: "Paid Q3" and "paid q3" are one view).
class ViewStore
{
public:
    explicit ViewStore(Workspace &workspace) : m_workspace(workspace) {}

    // In name order.
    QList<SavedView> views() const;
    std::optional<SavedView> view(const QString &name) const;
    // Adds the view, or replaces the one of that name; returns an error message, or empty.
    QString save(const SavedView &view);
    // Whether a view of that name was there.
    bool remove(const QString &name);

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

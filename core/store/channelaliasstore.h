#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace funnelscope {

class Workspace;

// A user's channel alias as stored: its key (the alias's name as names compare), the name as typed, and the
// canonical channel it maps to.
struct StoredAlias
{
    QString key;
    QString alias;
    QString canonical;
};

// The workspace's channel aliases and stored channel names, for ChannelTaxonomy (which decides what they mean).
class ChannelAliasStore
{
public:
    explicit ChannelAliasStore(const Workspace &workspace) : m_workspace(workspace) {}

    // Every user alias, in no particular order; nothing when they cannot be read (the failure is recorded in the
    // read snapshot open, if any).
    std::optional<QList<StoredAlias>> aliases() const;
    // Adds the alias or replaces the one of its key. Returns an error message, or empty.
    QString put(const StoredAlias &alias);
    // Removes the alias of a key, if there is one. Returns an error message, or empty.
    QString remove(const QString &key);
    // Removes every alias. Returns an error message, or empty.
    QString removeAll();

    // The stored channels: id and name, in no particular order.
    QList<std::pair<qint64, QString>> channels() const;

private:
    const Workspace &m_workspace;
};

} // namespace funnelscope

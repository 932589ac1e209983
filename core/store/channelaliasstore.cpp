#include "channelaliasstore.h"

#include "readsnapshot.h"
#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

std::optional<QList<StoredAlias>> ChannelAliasStore::aliases() const
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT alias, canonical FROM channel_aliases"));
    if (!q.isValid()) {
        ReadSnapshot::recordFailure(m_workspace.handle(), q.error());
        return std::nullopt;
    }
    QList<StoredAlias> list;
    while (q.step()) {
        list.append({QString(), q.text(0), q.text(1)});
    }
    return list;
}

QString ChannelAliasStore::put(const StoredAlias &alias)
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("INSERT INTO channel_aliases(alias_key, alias, canonical) VALUES(?1, ?2, ?3)"
                                     " ON CONFLICT(alias_key) DO UPDATE SET alias = excluded.alias,"
                                     " canonical = excluded.canonical"));
    q.bind(1, alias.key);
    q.bind(2, alias.alias);
    q.bind(3, alias.canonical);
    return q.isValid() && q.exec() ? QString() : q.error();
}

QString ChannelAliasStore::remove(const QString &key)
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("DELETE FROM channel_aliases WHERE alias_key = ?1"));
    q.bind(1, key);
    return q.isValid() && q.exec() ? QString() : q.error();
}

QString ChannelAliasStore::removeAll()
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("DELETE FROM channel_aliases"));
    return q.isValid() && q.exec() ? QString() : q.error();
}

QList<std::pair<qint64, QString>> ChannelAliasStore::channels() const
{
    QList<std::pair<qint64, QString>> stored;
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT id, name FROM channels"));
    while (q.step()) {
        stored.append({q.integer(0), q.text(1)});
    }
    return stored;
}

} // namespace funnelscope

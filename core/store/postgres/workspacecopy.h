#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace funnelscope {

// Copies a whole workspace between a workspace file and a PostgreSQL database (postgresql://USER@HOST:PORT/DB), either
// way (`funnelscope-cli copy --from A --to B`): every table, value for value, in one transaction on the target, into
// a target that holds no workspace data yet. It moves rows; it does not know what they mean, and computes nothing.
class WorkspaceCopy
{
public:
    // Rows copied into one table.
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // The tables copied, parents before the rows that refer to them. Roll-up tables are copied too: they are caches
    // of the rows, stamped in settings, so a target whose stamp is stale rebuilds them as any workspace does.
    static const QStringList &tables();

    // Copies from into to; returns an error message naming the location and table, or empty. On success *counts holds
    // the rows of each table.
    static QString copy(const QString &from, const QString &to, QList<TableCount> *counts);

    // The channel a publish notifies (LISTEN funnelscope), with the new state as its payload.
    static constexpr char NotifyChannel[] = "funnelscope";
    // Publishes a team workspace's replica (TeamWorkspace): in one transaction, the database's workspace rows give way
    // to the file's, and the listeners are notified with state when it commits. A reader sees the rows before or
    // after, never a mix. Returns an error message, or empty.
    static QString publish(const QString &file, const QString &url, const QString &state, QList<TableCount> *counts);
};

} // namespace funnelscope

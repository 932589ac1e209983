#pragma once

#include "pgconnection.h"

#include <QString>

#include <functional>

namespace funnelscope {

// A team workspace: one PostgreSQL database (postgresql://USER@HOST:PORT/DB) that several people read and change,
// worked on through a replica, a workspace file in the user's cache folder holding one committed state of the
// database (docs/decisions.md, "Team workspaces: a replica of one committed state").
//
// Reading pulls the database's latest state into the replica when the replica is older, then reads the replica as a
// laptop file is read, by the same code: the numbers are the file's by construction. Changing takes the team's write
// lock (a second writer waits, and is told who it waits for), pulls, changes the replica with the file's own code,
// and publishes the whole new state in one transaction, which notifies every open window (LISTEN funnelscope).
// Every state has a name, a UUID stored in the settings row team_state, and each replica file is named by its state.
class TeamWorkspace
{
public:
    explicit TeamWorkspace(const QString &url);
    ~TeamWorkspace();
    TeamWorkspace(const TeamWorkspace &) = delete;
    TeamWorkspace &operator=(const TeamWorkspace &) = delete;

    QString url() const { return m_url; }
    // Connects, checks the database holds a workspace of this version, and reads whether the user may change it.
    // Returns an error message, or empty.
    QString connect();
    // Whether the user's role may import and change goals and reviews (INSERT on imports), as read by connect().
    bool canChange() const { return m_canChange; }
    // The message telling a viewer why a change is refused.
    QString viewerRefusal() const;

    // Brings the replica up to the database's latest committed state (copying it when the replica is of an older
    // state, or the database names none) and sets *path to it. Returns an error message, or empty.
    QString pull(QString *path);
    // The name of the state the replica pulled last holds.
    QString state() const { return m_state; }
    // The database's current state, read now; empty when it names none or cannot be read.
    QString currentState();

    // Begins a change: takes the team's write lock (when another user holds it, calls waiting with a sentence naming
    // them, then waits), pulls, and copies the replica into a work file, *path, for the change to write into.
    // Returns an error message, or empty.
    QString beginChange(QString *path, const std::function<void(const QString &)> &waiting);
    // Publishes the work file as the database's new state, which it then is the replica of, and ends the change.
    // Returns an error message, or empty; on an error nothing was published.
    QString publish(const QString &path);
    // Ends a change that is not to be published: its work file is dropped.
    void abandon(const QString &path);

    // The folder holding the replicas of url (under the user's cache folder).
    static QString replicaFolder(const QString &url);

private:
    QString replicaPath(const QString &state) const;
    QString lock(const std::function<void(const QString &)> &waiting);
    void unlock();
    void dropOtherReplicas(const QString &keep) const;

    QString m_url;
    PgConnection m_pg;
    bool m_canChange = false;
    bool m_locked = false;
    QString m_state;
};

} // namespace funnelscope

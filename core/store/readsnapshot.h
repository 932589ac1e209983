#pragma once

#include <QString>

struct sqlite3;

namespace funnelscope {

class Workspace;

// One consistent read of the workspace for a whole command or window refresh: every read inside it sees the same
// committed state (one read transaction, so imports committing meanwhile never mix into one output), and the first
// read that fails is kept, so the caller says the workspace could not be read instead of showing unknowns. Nested
// snapshots of one connection share the outer one. It knows nothing of what is read.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Workspace &workspace);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // The first read that failed while the snapshot was open (on this thread), or empty.
    QString error() const;

    // Records a failed read of db in the snapshot open on this thread for it, if any (SqliteStatement and the
    // stores call it; outside a snapshot it does nothing).
    static void recordFailure(sqlite3 *db, const QString &error);

private:
    sqlite3 *m_db = nullptr;
    ReadSnapshot *m_outer = nullptr;
    bool m_ownsTransaction = false;
    QString m_error;
};

} // namespace funnelscope

#include "readsnapshot.h"

#include "i18n/contexts.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <sqlite3.h>

namespace funnelscope {

namespace {

// The innermost snapshot of this thread; each thread reads through its own connection.
thread_local ReadSnapshot *current = nullptr;

} // namespace

ReadSnapshot::ReadSnapshot(Workspace &workspace) : m_db(workspace.handle()), m_outer(current)
{
    current = this;
    if (!m_db) {
        m_error = WorkspaceText::tr("the workspace is not open");
        return;
    }
    // A transaction already open on the connection (an import's, an outer snapshot's) is the snapshot already.
    if (sqlite3_get_autocommit(m_db) == 0) {
        return;
    }
    QString error;
    if (!execRaw(m_db, "BEGIN", &error)) {
        m_error = error;
        return;
    }
    m_ownsTransaction = true;
    // A deferred transaction takes its snapshot at its first read: take it now, before anything else is read.
    SqliteStatement first(m_db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!first.step()) {
        m_error = first.error();
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_ownsTransaction) {
        // Nothing was written: ending the read is all COMMIT does here.
        execRaw(m_db, "COMMIT");
    }
    if (m_outer && !m_error.isEmpty() && m_outer->m_error.isEmpty() && m_outer->m_db == m_db) {
        m_outer->m_error = m_error;
    }
    current = m_outer;
}

QString ReadSnapshot::error() const
{
    return m_error;
}

void ReadSnapshot::recordFailure(sqlite3 *db, const QString &message)
{
    // SQLite's sum() refuses to wrap: say what that means for the reader.
    const QString error = message == u"integer overflow"
                              ? WorkspaceText::tr("a total is too large to be computed exactly (integer overflow)")
                              : message;
    for (ReadSnapshot *s = current; s; s = s->m_outer) {
        if (s->m_db == db) {
            if (s->m_error.isEmpty()) {
                s->m_error = error;
            }
            return;
        }
    }
}

} // namespace funnelscope

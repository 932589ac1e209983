#include "teamworkspace.h"

#include "i18n/contexts.h"
#include "pgschema.h"
#include "store/workspace.h"
#include "workspacecopy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace funnelscope {

namespace {

// The team's write lock: a session-level advisory lock, apart from the transaction lock a copy or publish takes.
constexpr qint64 WriteLock = qint64(Workspace::ApplicationId) + 1;
// Replicas of the latest states kept: a window may still read one while a newer one is pulled.
constexpr int KeptReplicas = 3;

const QString StateKey = QStringLiteral("team_state");
const QString Suffix = QStringLiteral(".funnelscope");

QString newState()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A state's name as stored, if it can name a file.
bool isStateName(const QString &state)
{
    return !QUuid::fromString(state).isNull();
}

QString readState(const QString &path, QString *error)
{
    Workspace ws;
    if (const QString e = ws.open(path, Workspace::Access::ReadOnly); !e.isEmpty()) {
        *error = e;
        return {};
    }
    return ws.setting(StateKey);
}

} // namespace

TeamWorkspace::TeamWorkspace(const QString &url) : m_url(url) {}

TeamWorkspace::~TeamWorkspace()
{
    unlock();
}

QString TeamWorkspace::replicaFolder(const QString &url)
{
    // The URL holds no password (PgConnection refuses one), so its hash names the database and user only.
    const QByteArray id = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/funnelscope/team/") + QString::fromLatin1(id);
}

QString TeamWorkspace::replicaPath(const QString &state) const
{
    return replicaFolder(m_url) + u'/' + state + Suffix;
}

QString TeamWorkspace::connect()
{
    if (const QString error = m_pg.open(m_url); !error.isEmpty()) {
        return error;
    }
    QString error;
    const int version = PgSchema::version(m_pg, &error);
    if (version < 0) {
        return WorkspaceText::tr("cannot read the schema of %1: %2").arg(m_url, error);
    }
    if (version == 0) {
        return WorkspaceText::tr("%1 holds no workspace yet: copy one into it with funnelscope-cli copy --from FILE "
                                 "--to %1")
            .arg(m_url);
    }
    if (version != PgSchema::latestVersion()) {
        return WorkspaceText::tr("%1 holds a workspace of schema %2; this version of Funnelscope reads schema %3")
            .arg(m_url)
            .arg(version)
            .arg(PgSchema::latestVersion());
    }
    // A change replaces the rows of every table and moves the identity sequences on (a list of privileges would
    // be true when any of them is held: each is asked alone).
    const auto rows = m_pg.query(
        QStringLiteral("SELECT bool_and(has_table_privilege(c.oid, 'INSERT') AND has_table_privilege(c.oid, 'DELETE'))"
                       " FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'"
                       " AND c.relname IN ('imports', 'goals', 'reviews', 'settings')"),
        {}, &error);
    if (!rows) {
        return WorkspaceText::tr("cannot read %1: %2").arg(m_url, error);
    }
    m_canChange = rows->value(0).value(0) == u"t";
    return {};
}

QString TeamWorkspace::viewerRefusal() const
{
    return WorkspaceText::tr("you may read %1 but not change it: your PostgreSQL role is a viewer's; ask the "
                             "workspace's admin for the editor role (see the README, \"Team workspace\")")
        .arg(m_url);
}

QString TeamWorkspace::currentState()
{
    QString error;
    const auto rows =
        m_pg.query(QStringLiteral("SELECT value FROM settings WHERE key = $1"), {StateKey}, &error);
    const QString state = rows ? rows->value(0).value(0) : QString();
    return isStateName(state) ? state : QString();
}

QString TeamWorkspace::pull(QString *path)
{
    const QString folder = replicaFolder(m_url);
    if (!QDir().mkpath(folder)) {
        return WorkspaceText::tr("cannot create the folder %1 for the copy of %2").arg(folder, m_url);
    }
    const QString current = currentState();
    if (!current.isEmpty() && QFileInfo::exists(replicaPath(current))) {
        m_state = current;
        *path = replicaPath(current);
        // The replica in use is the newest: touched, it is kept when older ones are dropped.
        QFile(*path).setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        return {};
    }
    // One committed state (the copy reads in one REPEATABLE READ transaction) into a new file, named by that state
    // when it is complete.
    const QString part = folder + u'/' + newState() + QStringLiteral(".part");
    QList<WorkspaceCopy::TableCount> counts;
    if (const QString error = WorkspaceCopy::copy(m_url, part, &counts); !error.isEmpty()) {
        QFile::remove(part);
        return error;
    }
    QString error;
    QString state = readState(part, &error);
    if (!error.isEmpty()) {
        QFile::remove(part);
        return error;
    }
    // A database no publish has named yet (filled by copy) gets a name for this pull only.
    if (!isStateName(state)) {
        state = newState();
    }
    const QString replica = replicaPath(state);
    QFile::remove(replica);
    if (!QFile::rename(part, replica)) {
        QFile::remove(part);
        return WorkspaceText::tr("cannot write the copy of %1 into %2").arg(m_url, replica);
    }
    m_state = state;
    *path = replica;
    dropOtherReplicas(replica);
    return {};
}

QString TeamWorkspace::lock(const std::function<void(const QString &)> &waiting)
{
    QString error;
    const auto got = m_pg.query(QStringLiteral("SELECT pg_try_advisory_lock($1)"), {QString::number(WriteLock)}, &error);
    if (!got) {
        return WorkspaceText::tr("cannot lock %1 for a change: %2").arg(m_url, error);
    }
    if (got->value(0).value(0) != u"t") {
        // Who holds it, as PostgreSQL knows them.
        const auto holder = m_pg.query(
            QStringLiteral("SELECT a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                           " WHERE l.locktype = 'advisory' AND l.granted AND l.objid = $1"),
            {QString::number(WriteLock & 0xffffffff)}, &error);
        const QString user = holder && !holder->isEmpty() ? holder->value(0).value(0) : QString();
        waiting(user.isEmpty() ? WorkspaceText::tr("waiting for another change to %1 to finish…").arg(m_url)
                               : WorkspaceText::tr("waiting for %1's change to %2 to finish…").arg(user, m_url));
        if (!m_pg.query(QStringLiteral("SELECT pg_advisory_lock($1)"), {QString::number(WriteLock)}, &error)) {
            return WorkspaceText::tr("cannot lock %1 for a change: %2").arg(m_url, error);
        }
    }
    m_locked = true;
    return {};
}

QString TeamWorkspace::beginChange(QString *path, const std::function<void(const QString &)> &waiting)
{
    if (!m_canChange) {
        return viewerRefusal();
    }
    if (const QString error = lock(waiting); !error.isEmpty()) {
        return error;
    }
    QString replica;
    if (const QString error = pull(&replica); !error.isEmpty()) {
        unlock();
        return error;
    }
    // The replica stays as pulled for whoever reads it meanwhile (a window); the change writes into its own copy.
    const QString work = replicaFolder(m_url) + u'/' + newState() + QStringLiteral(".part");
    if (!QFile::copy(replica, work)) {
        unlock();
        return WorkspaceText::tr("cannot write the copy of %1 into %2").arg(m_url, work);
    }
    QFile(work).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    *path = work;
    return {};
}

void TeamWorkspace::abandon(const QString &path)
{
    QFile::remove(path);
    unlock();
}

void TeamWorkspace::unlock()
{
    if (m_locked && m_pg.isOpen()) {
        QString error;
        m_pg.query(QStringLiteral("SELECT pg_advisory_unlock($1)"), {QString::number(WriteLock)}, &error);
    }
    m_locked = false;
}

QString TeamWorkspace::publish(const QString &path)
{
    const QString state = newState();
    const auto drop = [&](const QString &error) {
        abandon(path);
        return error;
    };
    {
        Workspace ws;
        if (const QString error = ws.open(path); !error.isEmpty()) {
            return drop(error);
        }
        if (const QString error = ws.setSetting(StateKey, state); !error.isEmpty()) {
            return drop(error);
        }
        // Every change in the file itself, none left in a -wal beside it: the file becomes the replica under another
        // name, and a write-ahead log is found by the name. Another connection still closing (an import dialog's
        // thread) holds it back a moment.
        QString mode;
        for (int attempt = 0; attempt < 100 && mode != u"delete"; ++attempt) {
            if (attempt > 0) {
                QThread::msleep(100);
            }
            QSqlQuery journal(ws.database());
            mode = journal.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && journal.next()
                       ? journal.value(0).toString().toLower()
                       : QString();
        }
        if (mode != u"delete") {
            return drop(WorkspaceText::tr("cannot finish the change to %1: its work file %2 is still in use")
                            .arg(m_url, path));
        }
    }
    QList<WorkspaceCopy::TableCount> counts;
    if (const QString error = WorkspaceCopy::publish(path, m_url, state, &counts); !error.isEmpty()) {
        return drop(error);
    }
    const QString replica = replicaPath(state);
    if (QFile::rename(path, replica)) {
        m_state = state;
    } else {
        QFile::remove(path); // published all the same: the next pull copies the new state
    }
    unlock();
    dropOtherReplicas(replica);
    return {};
}

void TeamWorkspace::dropOtherReplicas(const QString &keep) const
{
    QDir folder(replicaFolder(m_url));
    const QFileInfoList replicas =
        folder.entryInfoList({u'*' + Suffix}, QDir::Files, QDir::Time); // newest first
    int kept = 0;
    for (const QFileInfo &replica : replicas) {
        if (replica.absoluteFilePath() == QFileInfo(keep).absoluteFilePath() || ++kept < KeptReplicas) {
            continue;
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(replica.absoluteFilePath() + suffix);
        }
    }
    // Parts of pulls that were cut short, a day old.
    for (const QFileInfo &part : folder.entryInfoList({QStringLiteral("*.part")}, QDir::Files)) {
        if (part.lastModified().secsTo(QDateTime::currentDateTime()) > 86400) {
            QFile::remove(part.absoluteFilePath());
        }
    }
}

} // namespace funnelscope

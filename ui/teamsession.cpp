#include "teamsession.h"

#include "store/postgres/teamlistener.h"
#include "store/postgres/teamworkspace.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QUrl>

namespace funnelscope {

TeamSession::TeamSession(QObject *parent) : QObject(parent), m_listener(new TeamListener(this))
{
    connect(m_listener, &TeamListener::published, this, [this](const QString &state) {
        if (state != m_state) {
            pull(true);
        }
    });
}

TeamSession::~TeamSession() = default;

QString TeamSession::displayName(const QString &url)
{
    const QUrl parsed(url);
    return tr("%1 on %2").arg(parsed.path().mid(1), parsed.host());
}

void TeamSession::open(const QString &url)
{
    close();
    m_url = url;
    if (const QString error = m_listener->listen(url); !error.isEmpty()) {
        m_url.clear();
        emit failed(error);
        return;
    }
    pull(false);
}

void TeamSession::close()
{
    m_listener->stop();
    m_url.clear();
    m_state.clear();
    m_pullAgain = false;
    ++m_generation;
}

void TeamSession::pull(bool refreshed)
{
    if (m_pulling) {
        // A change landed while the last one was being pulled: pulled again when that is done.
        m_pullAgain = true;
        return;
    }
    m_pulling = true;
    QPointer<TeamSession> guard(this);
    const QString url = m_url;
    const int generation = m_generation;
    QThread *thread = QThread::create([guard, url, generation, refreshed] {
        TeamWorkspace team(url);
        QString replica;
        QString error = team.connect();
        if (error.isEmpty()) {
            error = team.pull(&replica);
        }
        const bool canChange = team.canChange();
        const QString state = team.state();
        QMetaObject::invokeMethod(
            guard ? static_cast<QObject *>(guard.data()) : QCoreApplication::instance(),
            [guard, generation, refreshed, replica, canChange, state, error] {
                if (!guard) {
                    return;
                }
                guard->m_pulling = false;
                if (generation != guard->m_generation) {
                    // Another workspace was opened meanwhile: its own first pull.
                    guard->m_pullAgain = false;
                    if (guard->isOpen()) {
                        guard->pull(false);
                    }
                    return;
                }
                if (!error.isEmpty()) {
                    emit guard->failed(error);
                    return;
                }
                guard->m_state = state;
                emit guard->ready(replica, canChange, refreshed);
                if (guard->m_pullAgain) {
                    guard->m_pullAgain = false;
                    guard->pull(true);
                }
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace funnelscope

#include "teamsession.h"

#include "store/postgres/teamlistener.h"
#include "store/postgres/teamworkspace.h"

#include <QCoreApplication>
#include <functional>
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
    abandonChange();
    m_listener->stop();
    m_url.clear();
    m_state.clear();
    m_pullAgain = false;
    ++m_generation;
}

namespace {

// Runs work on a thread of its own and then done on receiver's thread, unless receiver is gone by then.
void offThread(TeamSession *receiver, std::function<std::function<void()>()> work)
{
    QPointer<TeamSession> guard(receiver);
    QThread *thread = QThread::create([guard, work] {
        std::function<void()> done = work();
        QMetaObject::invokeMethod(
            guard ? static_cast<QObject *>(guard.data()) : QCoreApplication::instance(),
            [guard, done] {
                if (guard) {
                    done();
                }
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

void TeamSession::beginChange()
{
    if (m_change || !isOpen()) {
        return;
    }
    m_change = std::make_shared<TeamWorkspace>(m_url);
    const std::shared_ptr<TeamWorkspace> change = m_change;
    QPointer<TeamSession> guard(this);
    offThread(this, [this, guard, change] {
        QString work;
        QString error = change->connect();
        if (error.isEmpty()) {
            error = change->beginChange(&work, [guard](const QString &message) {
                QMetaObject::invokeMethod(
                    guard ? static_cast<QObject *>(guard.data()) : QCoreApplication::instance(),
                    [guard, message] {
                        if (guard) {
                            emit guard->waiting(message);
                        }
                    },
                    Qt::QueuedConnection);
            });
        }
        return std::function<void()>([this, work, error] {
            if (!error.isEmpty()) {
                m_change.reset();
                emit failed(error);
                return;
            }
            m_work = work;
            emit changeReady(work);
        });
    });
}

void TeamSession::publishChange()
{
    if (!m_change || m_work.isEmpty()) {
        return;
    }
    const std::shared_ptr<TeamWorkspace> change = m_change;
    const QString work = m_work;
    offThread(this, [this, change, work] {
        QString error = change->publish(work);
        QString replica;
        if (error.isEmpty()) {
            error = change->pull(&replica);
        }
        const QString state = change->state();
        const bool canChange = change->canChange();
        return std::function<void()>([this, error, replica, state, canChange] {
            m_change.reset();
            m_work.clear();
            if (!error.isEmpty()) {
                emit failed(error);
                return;
            }
            m_state = state; // its own notification is not a change of another member's
            emit ready(replica, canChange, false);
        });
    });
}

void TeamSession::abandonChange()
{
    if (m_change) {
        m_change->abandon(m_work);
    }
    m_change.reset();
    m_work.clear();
}

void TeamSession::pull(bool refreshed)
{
    if (m_pulling) {
        // A change landed while the last one was being pulled: pulled again when that is done.
        m_pullAgain = true;
        return;
    }
    m_pulling = true;
    const QString url = m_url;
    const int generation = m_generation;
    offThread(this, [this, url, generation, refreshed] {
        TeamWorkspace team(url);
        QString replica;
        QString error = team.connect();
        if (error.isEmpty()) {
            error = team.pull(&replica);
        }
        const bool canChange = team.canChange();
        const QString state = team.state();
        return std::function<void()>([this, generation, refreshed, replica, canChange, state, error] {
            m_pulling = false;
            if (generation != m_generation) {
                // Another workspace was opened meanwhile: its own first pull.
                m_pullAgain = false;
                if (isOpen()) {
                    pull(false);
                }
                return;
            }
            if (!error.isEmpty()) {
                emit failed(error);
                return;
            }
            m_state = state;
            emit ready(replica, canChange, refreshed);
            if (m_pullAgain) {
                m_pullAgain = false;
                pull(true);
            }
        });
    });
}

} // namespace funnelscope

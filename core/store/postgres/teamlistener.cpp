#include "teamlistener.h"

#include "i18n/contexts.h"
#include "pgconnection.h"
#include "workspacecopy.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace funnelscope {

TeamListener::TeamListener(QObject *parent) : QObject(parent) {}

TeamListener::~TeamListener()
{
    stop();
}

QString TeamListener::listen(const QString &url)
{
    stop();
    if (const QString error = PgConnection::urlError(url); !error.isEmpty()) {
        return error;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return WorkspaceText::tr("cannot hear changes to %1: Qt's PostgreSQL driver (QPSQL) is not installed").arg(url);
    }
    const QUrl parsed(url, QUrl::StrictMode);
    m_connection = QStringLiteral("team-listener-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(parsed.host(QUrl::FullyDecoded));
    db.setPort(parsed.port(5432));
    db.setDatabaseName(parsed.path().mid(1));
    db.setUserName(parsed.userName(QUrl::FullyDecoded));
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=funnelscope"));
    if (!db.open()) {
        const QString error = db.lastError().text();
        stop();
        return WorkspaceText::tr("cannot hear changes to %1: %2").arg(url, error);
    }
    const QString channel = QString::fromLatin1(WorkspaceCopy::NotifyChannel);
    if (!db.driver()->subscribeToNotification(channel)) {
        const QString error = db.driver()->lastError().text();
        stop();
        return WorkspaceText::tr("cannot hear changes to %1: %2").arg(url, error);
    }
    connect(db.driver(), &QSqlDriver::notification, this,
            [this, channel](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == channel) {
                    emit published(payload.toString());
                }
            });
    return {};
}

void TeamListener::stop()
{
    if (m_connection.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.driver()->disconnect(this);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

} // namespace funnelscope

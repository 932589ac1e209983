#include "pgconnection.h"

#include "i18n/contexts.h"
#include "store/workspace.h"

#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>
#include <vector>

namespace funnelscope {

PgConnection::~PgConnection()
{
    close();
}

QString PgConnection::urlError(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!Workspace::isDatabaseUrl(url) || !parsed.isValid() || parsed.host().isEmpty()) {
        return WorkspaceText::tr("%1 is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE").arg(url);
    }
    if (!parsed.password().isEmpty() || QUrlQuery(parsed).hasQueryItem(QStringLiteral("password"))) {
        return WorkspaceText::tr("%1: a password does not belong in the URL (it would be stored in shell history and "
                                 "settings); put it in ~/.pgpass or PGPASSWORD")
            .arg(parsed.toString(QUrl::RemovePassword | QUrl::RemoveQuery));
    }
    const QString database = parsed.path().mid(1);
    if (database.isEmpty() || database.contains(u'/')) {
        return WorkspaceText::tr("%1 names no database: write postgresql://USER@HOST:PORT/DATABASE").arg(url);
    }
    return {};
}

QString PgConnection::open(const QString &url)
{
    close();
    if (const QString error = urlError(url); !error.isEmpty()) {
        return error;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString database = parsed.path().mid(1);
    m_url = url;
    const QByteArray host = parsed.host(QUrl::FullyDecoded).toUtf8();
    const QByteArray port = QByteArray::number(parsed.port(5432));
    const QByteArray user = parsed.userName(QUrl::FullyDecoded).toUtf8();
    const QByteArray dbname = database.toUtf8();
    std::vector<const char *> keys{"host", "port", "dbname", "client_encoding", "application_name", "connect_timeout"};
    std::vector<const char *> values{host.constData(), port.constData(), dbname.constData(),
                                     "UTF8",           "funnelscope",    "10"};
    if (!user.isEmpty()) {
        keys.push_back("user");
        values.push_back(user.constData());
    }
    const QByteArray sslmode = QUrlQuery(parsed).queryItemValue(QStringLiteral("sslmode")).toUtf8();
    if (!sslmode.isEmpty()) {
        keys.push_back("sslmode");
        values.push_back(sslmode.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString error = lastError();
        close();
        return WorkspaceText::tr("cannot connect to %1: %2").arg(url, error);
    }
    // Every number in text keeps its last digit (float8 out is the shortest exact form from PostgreSQL 12 on).
    if (const QString error = exec(QStringLiteral("SET extra_float_digits = 1; SET TIME ZONE 'UTC'"));
        !error.isEmpty()) {
        close();
        return WorkspaceText::tr("cannot connect to %1: %2").arg(url, error);
    }
    return {};
}

void PgConnection::close()
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

QString PgConnection::lastError() const
{
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString();
}

QString PgConnection::exec(const QString &sql)
{
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    QString error;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        if (error.isEmpty()) {
            error = lastError();
        }
    }
    PQclear(result);
    return error;
}

std::optional<QList<QStringList>> PgConnection::query(const QString &sql, const QStringList &params, QString *error)
{
    QList<QByteArray> bytes;
    std::vector<const char *> values;
    for (const QString &p : params) {
        bytes.append(p.toUtf8());
    }
    for (const QByteArray &b : bytes) {
        values.push_back(b.constData());
    }
    PGresult *result =
        PQexecParams(m_conn, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK && PQresultStatus(result) != PGRES_COMMAND_OK) {
        *error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        return std::nullopt;
    }
    QList<QStringList> rows;
    for (int r = 0; r < PQntuples(result); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(result); ++c) {
            row.append(PQgetisnull(result, r, c) ? QString() : QString::fromUtf8(PQgetvalue(result, r, c)));
        }
        rows.append(row);
    }
    PQclear(result);
    return rows;
}

} // namespace funnelscope

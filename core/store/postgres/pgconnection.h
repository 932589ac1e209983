#pragma once

#include <QString>
#include <QStringList>

#include <optional>

struct pg_conn;

namespace funnelscope {

// One libpq connection to a team database, named by a postgresql://USER@HOST:PORT/DB URL. The password never comes
// from the URL: libpq reads it from PGPASSWORD or ~/.pgpass.
class PgConnection
{
public:
    PgConnection() = default;
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Why a URL cannot name a database (not postgresql://, no database, a password in it), or empty.
    static QString urlError(const QString &url);

    // Connects; returns an error message, or empty.
    QString open(const QString &url);
    void close();
    bool isOpen() const { return m_conn != nullptr; }
    pg_conn *handle() const { return m_conn; }
    // The database as the messages name it (the URL, which holds no password).
    QString location() const { return m_url; }

    // Runs statements without results; returns the server's error message, or empty.
    QString exec(const QString &sql);
    // Runs a query with text parameters; the rows as text (a NULL as a null QString), or nullopt with *error set.
    std::optional<QList<QStringList>> query(const QString &sql, const QStringList &params, QString *error);
    // The connection's last error message, trimmed.
    QString lastError() const;

private:
    pg_conn *m_conn = nullptr;
    QString m_url;
};

} // namespace funnelscope

#pragma once

// The throwaway PostgreSQL server scripts/pg-test-server.sh starts for a test run (the CTest fixture postgres,
// tests/CMakeLists.txt), as its state file describes it. Tests of the team workspace skip, saying why, without one.

#include "store/postgres/pgconnection.h"

#include <QFile>
#include <QHash>
#include <QString>

#include <cstdio>

class PgTestServer
{
public:
    // Reads the state file; sets PGPASSWORD, so that libpq here and in the CLI's processes takes the password from the
    // environment as a user's shell gives it.
    explicit PgTestServer(const QString &stateFile)
    {
        QFile state(stateFile);
        if (!state.open(QIODevice::ReadOnly)) {
            m_unavailable = QStringLiteral("no test server: %1 is missing (run the test through ctest, whose fixture "
                                           "pg_server_start starts one with scripts/pg-test-server.sh)")
                                .arg(stateFile);
            return;
        }
        QHash<QString, QString> values;
        for (const QByteArray &line : state.readAll().split('\n')) {
            if (const qsizetype at = line.indexOf('='); at > 0) {
                values.insert(QString::fromUtf8(line.left(at)), unquote(QString::fromUtf8(line.mid(at + 1))));
            }
        }
        if (values.contains(QStringLiteral("UNAVAILABLE"))) {
            m_unavailable = QStringLiteral("no PostgreSQL: %1").arg(values.value(QStringLiteral("UNAVAILABLE")));
            return;
        }
        qputenv("PGPASSWORD", values.value(QStringLiteral("PGPASSWORD")).toUtf8());
        m_url = QStringLiteral("postgresql://%1@%2:%3")
                    .arg(values.value(QStringLiteral("PGUSER")), values.value(QStringLiteral("PGHOST")),
                         values.value(QStringLiteral("PGPORT")));
    }

    // Why there is no server, or empty.
    const QString &unavailable() const { return m_unavailable; }
    // postgresql://USER@HOST:PORT, without a database.
    const QString &url() const { return m_url; }

    // Creates an empty database, dropping one of that name first; returns its URL, or empty after a warning.
    QString createDatabase(const QString &name) const
    {
        funnelscope::PgConnection admin;
        if (const QString error = admin.open(m_url + QStringLiteral("/postgres")); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return {};
        }
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        if (const QString error = admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name)); !error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return {};
        }
        return m_url + u'/' + name;
    }

private:
    // A value of the state file: shell words as printf %q writes them (backslash escapes; no $'…' for our values).
    static QString unquote(const QString &value)
    {
        QString out;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) == u'\\' && i + 1 < value.size()) {
                ++i;
            }
            out.append(value.at(i));
        }
        return out;
    }

    QString m_unavailable;
    QString m_url;
};

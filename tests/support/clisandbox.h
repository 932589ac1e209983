#pragma once

// The command line as a shell sees it, for the tests that run the built funnelscope-cli (FUNNELSCOPE_CLI).

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

#ifdef FUNNELSCOPE_TEST_ON_POSTGRES
#include "pgtestserver.h"
#include "store/postgres/workspacecopy.h"
#include "store/workspace.h"

#include <QHash>
#include <QUuid>
#endif

// One run of the binary: what a shell would see.
struct CliRun
{
    QStringList args;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // For failure messages: the command, its exit code and what it printed.
    QString describe() const
    {
        return QStringLiteral("\n  $ funnelscope-cli %1\n  exit %2\n  stdout: %3\n  stderr: %4")
            .arg(args.join(u' '))
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(1500)), QString::fromUtf8(err.left(1500)));
    }
};

// A temporary folder holding the workspaces and CSV files of one test; the CLI runs with it as working directory,
// so file names on the command line are short, as a user types them.
class Sandbox
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool write(const QString &name, const QByteArray &bytes) const
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    // An import that does not name a currency imports amounts without one of their own in USD (the tests' plain
    // numbers), as `import --currency USD` does.
    CliRun run(QStringList args) const
    {
        if (!args.isEmpty() && args.first() == u"import" && !args.contains(QStringLiteral("--currency")) &&
            !args.contains(QStringLiteral("--help"))) {
            args.insert(1, QStringLiteral("USD"));
            args.insert(1, QStringLiteral("--currency"));
        }
#ifdef FUNNELSCOPE_TEST_ON_POSTGRES
        // The same suite on team workspaces (tst_cli_postgres): every workspace is a database of the test server.
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (args.at(i) == u"--db") {
                args[i + 1] = teamDatabase(args.at(i + 1));
            }
        }
#endif
        CliRun r;
        r.args = args;
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(FUNNELSCOPE_CLI), args);
        if (!p.waitForStarted(30000)) {
            r.err = "could not start " FUNNELSCOPE_CLI;
            return r;
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(180000)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // `kpis --db DB --from FROM --to TO [extra...] --format json`
    CliRun kpis(const QString &db, const QString &from, const QString &to, const QStringList &extra = {}) const
    {
        return run(QStringList{QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--from"), from,
                               QStringLiteral("--to"), to} +
                   extra + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    }

    CliRun import(const QString &db, const QStringList &filesAndOptions) const
    {
        return run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--json")} +
                   filesAndOptions);
    }

#ifdef FUNNELSCOPE_TEST_ON_POSTGRES
    // The team database that stands for the workspace file name, made the first time the name is used (as a file is
    // created on first use): a new database of the test server holding an empty workspace.
    QString teamDatabase(const QString &name) const
    {
        if (const auto found = m_databases.constFind(name); found != m_databases.constEnd()) {
            return *found;
        }
        static const PgTestServer server{QStringLiteral(FUNNELSCOPE_PG_STATE)};
        if (!server.unavailable().isEmpty()) {
            qFatal("%s", qPrintable(server.unavailable()));
        }
        const QString database =
            QStringLiteral("cli_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        const QString url = server.createDatabase(database);
        const QString empty = path(QStringLiteral("empty-%1.funnelscope").arg(database));
        QList<funnelscope::WorkspaceCopy::TableCount> counts;
        QString error;
        {
            funnelscope::Workspace ws;
            error = ws.open(empty);
        }
        if (error.isEmpty()) {
            error = funnelscope::WorkspaceCopy::copy(empty, url, &counts);
        }
        if (url.isEmpty() || !error.isEmpty()) {
            qFatal("cannot make the team database for %s: %s", qPrintable(name), qPrintable(error));
        }
        m_databases.insert(name, url);
        return url;
    }
#endif

private:
    QTemporaryDir m_dir;
#ifdef FUNNELSCOPE_TEST_ON_POSTGRES
    mutable QHash<QString, QString> m_databases;
#endif
};

inline std::optional<QJsonObject> jsonObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

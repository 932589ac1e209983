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

private:
    QTemporaryDir m_dir;
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

// The source scan behind TestSecurity::sourcesBuildSqlOnlyFromTheirOwnNames (kept out of moc's way: moc cannot read
// the raw-string regular expressions).

#include "sqlscan.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

QStringList sqlBuiltFromOutside(const QString &root, int *statements)
{
    // SQL text may be put together from the program's own table, column and clause names, never from a value:
    // every variable spliced into a statement's text with arg() must be one of these, and no placeholder of a
    // statement sits in quotes. A new one needs a look: bind the value instead, or add the name here if it only
    // ever holds the program's own SQL.
    const QStringList ownNames = {
        QStringLiteral("table"),
        QStringLiteral("GoalColumns"),
        QStringLiteral("ActionColumns"),
        QStringLiteral("ChannelFilter"),
        QStringLiteral("CampaignFilter"),
        QStringLiteral("column"),
        QStringLiteral("where"),
        QStringLiteral("SalDay"),
        QStringLiteral("MqlDay"),
        QStringLiteral("SqlDay"),
        QStringLiteral("leadsWhere"),
        QStringLiteral("dealsWhere"),
        QStringLiteral("group"),
        QStringLiteral("to"),
        QStringLiteral("from"),
        QStringLiteral("key"),
        QStringLiteral("byDay"),
        QStringLiteral("m_spec"),
        QStringLiteral("kind"),
        QStringLiteral("i"),
        QStringLiteral("columns"),
        QStringLiteral("placeholders"),
        QStringLiteral("sets"),
        QStringLiteral("storageColumn"),
        QStringLiteral("name"),
        QStringLiteral("v"),
        QStringLiteral("unionSql"), // RowDrill: our own tables, columns and conditions only
        // WorkspaceCopy: the latest schema's own table and column names, quoted; "?" marks
        QStringLiteral("quoted"),
        QStringLiteral("columnList"),
        QStringLiteral("orderBy"),
        QStringLiteral("marks"),
        // the program's own integers
        QStringLiteral("ApplicationId"),
        QStringLiteral("latestSchemaVersion"),
    };
    // Functions and types that only pass a name on.
    const QStringList passing = {
        QStringLiteral("QStringLiteral"),
        QStringLiteral("QLatin1StringView"),
        QStringLiteral("QString"),
        QStringLiteral("fromLatin1"),
        QStringLiteral("tableOf"),
        QStringLiteral("isEmpty"),
        QStringLiteral("arg"),
        QStringLiteral("join"),
        QStringLiteral("at"),
        QStringLiteral("u"),
        QStringLiteral("Workspace"), // the class of Workspace::ApplicationId
    };
    const QRegularExpression sqlLiteral(QStringLiteral(
        R"re(QStringLiteral\("([^"]*\b(?:SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|FROM|WHERE)\b[^"]*)"\)\s*\.arg\()re"));
    const QRegularExpression quotedPlaceholder(QStringLiteral(R"re('%\d'|'\?')re"));
    const QRegularExpression stringLiteral(QStringLiteral(R"re(u?"(?:[^"\\]|\\.)*")re"));
    const QRegularExpression identifier(QStringLiteral(R"re(\b[A-Za-z_]\w*\b)re"));
    QStringList problems;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly)) {
                problems.append(QStringLiteral("%1: cannot read").arg(f.fileName()));
                continue;
            }
            const QString source = QString::fromUtf8(f.readAll());
            for (auto m = sqlLiteral.globalMatch(source); m.hasNext();) {
                const auto match = m.next();
                ++*statements;
                const QString sql = match.captured(1);
                if (sql.contains(quotedPlaceholder)) {
                    problems.append(QStringLiteral("%1: a quoted placeholder in %2").arg(f.fileName(), sql));
                }
                // The arguments, to the parenthesis that closes arg(.
                qsizetype end = match.capturedEnd();
                for (int depth = 1; end < source.size() && depth > 0; ++end) {
                    depth += source.at(end) == u'(' ? 1 : source.at(end) == u')' ? -1 : 0;
                }
                QString args = source.mid(match.capturedEnd(), end - match.capturedEnd() - 1);
                args.remove(stringLiteral);
                for (auto id = identifier.globalMatch(args); id.hasNext();) {
                    const QString name = id.next().captured();
                    if (!ownNames.contains(name) && !passing.contains(name)) {
                        problems.append(QStringLiteral("%1: '%2' spliced into %3").arg(f.fileName(), name, sql));
                    }
                }
            }
        }
    }
    return problems;
}

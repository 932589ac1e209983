#pragma once

// A plain connection of the test's own to a file, to stage a damaged, hostile or busy workspace behind the app's back.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

// Runs the statements in order; false (with a warning) at the first that fails.
inline bool stageExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stage"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (ok && !q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stage"));
    return ok;
}

// The first column of the first row of a query, or -1.
inline int stageQueryInt(const QString &path, const QString &sql)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stage"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next()) {
            value = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stage"));
    return value;
}

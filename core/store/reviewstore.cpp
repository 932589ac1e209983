#include "reviewstore.h"

#include "boundvalue.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace funnelscope {

using boundvalue::day;
using boundvalue::text;
using boundvalue::toDate;

namespace {

// An action's columns, with its goal's name (LEFT JOIN goals g) last.
const QString ActionColumns = QStringLiteral("a.id, a.review_id, a.text, a.owner, a.due, a.done, a.status, a.goal_id,"
                                             " a.recommendation, g.name");

Action actionFrom(const QSqlQuery &q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.reviewId = q.value(1).isNull() ? -1 : q.value(1).toLongLong();
    a.text = q.value(2).toString();
    a.owner = q.value(3).toString();
    a.due = toDate(q.value(4));
    a.status = Action::statusFromId(q.value(6).toString())
                   .value_or(q.value(5).toBool() ? Action::Status::Done : Action::Status::Open);
    a.done = a.status != Action::Status::Open;
    a.goalId = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    a.recommendation = q.value(8).toString();
    a.goalName = q.value(9).toString();
    return a;
}

qint64 failed(const QSqlQuery &q, QString *error)
{
    if (error) {
        *error = q.lastError().text();
    }
    return -1;
}

} // namespace

QList<SavedReview> ReviewStore::reviews() const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT id, title, period_from, period_to, created_at FROM reviews ORDER BY period_to "
                             "DESC, id DESC"));
    QList<SavedReview> list;
    if (q.exec()) {
        while (q.next()) {
            list.append({q.value(0).toLongLong(),
                         q.value(1).toString(),
                         toDate(q.value(2)),
                         toDate(q.value(3)),
                         QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
                         {}});
        }
    }
    return list;
}

std::optional<SavedReview> ReviewStore::review(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(
        QStringLiteral("SELECT id, title, period_from, period_to, created_at, content FROM reviews WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return SavedReview{q.value(0).toLongLong(),
                       q.value(1).toString(),
                       toDate(q.value(2)),
                       toDate(q.value(3)),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
                       QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()};
}

qint64 ReviewStore::saveReview(const SavedReview &r, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral(
        "INSERT INTO reviews(title, period_from, period_to, created_at, content) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(text(r.title));
    q.addBindValue(day(r.from));
    q.addBindValue(day(r.to));
    q.addBindValue((r.createdAt.isValid() ? r.createdAt : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate));
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.content).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        return failed(q, error);
    }
    return q.lastInsertId().toLongLong();
}

QString ReviewStore::savePresentation(qint64 reviewId, const QJsonObject &presentation, bool *found)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("UPDATE reviews SET content = json_set(content, '$.presentation', json(?)) WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(presentation).toJson(QJsonDocument::Compact)));
    q.addBindValue(reviewId);
    if (!q.exec()) {
        return q.lastError().text();
    }
    *found = q.numRowsAffected() == 1;
    return {};
}

bool ReviewStore::removeReview(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("DELETE FROM reviews WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

QList<Action> ReviewStore::actions(bool openOnly) const
{
    QSqlQuery q(m_workspace.database());
    const QString where = openOnly ? QStringLiteral(" WHERE a.status = 'open'") : QString();
    q.prepare(QStringLiteral("SELECT %1 FROM actions a LEFT JOIN goals g ON g.id = a.goal_id%2 ORDER BY a.due, a.id")
                  .arg(ActionColumns, where));
    QList<Action> list;
    if (q.exec()) {
        while (q.next()) {
            list.append(actionFrom(q));
        }
    }
    return list;
}

std::optional<Action> ReviewStore::action(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT %1 FROM actions a LEFT JOIN goals g ON g.id = a.goal_id WHERE a.id = ?")
                  .arg(ActionColumns));
    q.addBindValue(id);
    return q.exec() && q.next() ? std::optional<Action>(actionFrom(q)) : std::nullopt;
}

std::optional<QList<Action>> ReviewStore::actionsOfReview(qint64 reviewId) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT %1 FROM actions a LEFT JOIN goals g ON g.id = a.goal_id WHERE"
                             " a.review_id = ? ORDER BY a.id")
                  .arg(ActionColumns));
    q.addBindValue(reviewId);
    if (!q.exec()) {
        return std::nullopt;
    }
    QList<Action> list;
    while (q.next()) {
        list.append(actionFrom(q));
    }
    return list;
}

qint64 ReviewStore::saveAction(const Action &a, QString *error)
{
    QSqlQuery q(m_workspace.database());
    if (a.id < 0) {
        q.prepare(QStringLiteral("INSERT INTO actions(review_id, text, owner, due, done, status, goal_id,"
                                 " recommendation) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE actions SET review_id = ?, text = ?, owner = ?, due = ?, done = ?, status = ?,"
                                 " goal_id = ?, recommendation = ? WHERE id = ?"));
    }
    q.addBindValue(a.reviewId >= 0 ? QVariant(a.reviewId) : QVariant());
    q.addBindValue(text(a.text));
    q.addBindValue(text(a.owner));
    q.addBindValue(day(a.due));
    q.addBindValue(a.status == Action::Status::Open ? 0 : 1);
    q.addBindValue(Action::statusId(a.status));
    q.addBindValue(a.goalId >= 0 ? QVariant(a.goalId) : QVariant());
    q.addBindValue(text(a.recommendation));
    if (a.id >= 0) {
        q.addBindValue(a.id);
    }
    if (!q.exec()) {
        return failed(q, error);
    }
    return a.id >= 0 ? a.id : q.lastInsertId().toLongLong();
}

QList<Annotation> ReviewStore::annotations(const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_workspace.database());
    const bool period = from.isValid() && to.isValid();
    q.prepare(QStringLiteral("SELECT id, day_from, day_to, text, channel FROM annotations%1 ORDER BY day_from, day_to,"
                             " id")
                  .arg(period ? QStringLiteral(" WHERE day_from <= ? AND day_to >= ?") : QString()));
    if (period) {
        q.addBindValue(to.toJulianDay());
        q.addBindValue(from.toJulianDay());
    }
    QList<Annotation> list;
    if (q.exec()) {
        while (q.next()) {
            list.append({q.value(0).toLongLong(), toDate(q.value(1)), toDate(q.value(2)), q.value(3).toString(),
                         q.value(4).toString()});
        }
    }
    return list;
}

qint64 ReviewStore::saveAnnotation(const Annotation &a, QString *error)
{
    QSqlQuery q(m_workspace.database());
    if (a.id < 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO annotations(day_from, day_to, text, channel, created_at) VALUES(?, ?, ?, ?, ?)"));
    } else {
        q.prepare(
            QStringLiteral("UPDATE annotations SET day_from = ?, day_to = ?, text = ?, channel = ? WHERE id = ?"));
    }
    q.addBindValue(day(a.from));
    q.addBindValue(day(a.to));
    q.addBindValue(text(a.text));
    q.addBindValue(text(a.channel));
    q.addBindValue(a.id < 0 ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) : QVariant(a.id));
    if (!q.exec()) {
        return failed(q, error);
    }
    return a.id >= 0 ? a.id : q.lastInsertId().toLongLong();
}

bool ReviewStore::removeAnnotation(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() > 0;
}

} // namespace funnelscope

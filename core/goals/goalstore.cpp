#include "goalstore.h"

#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace funnelscope {

namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        out.append(v.toString());
    }
    return out;
}

// Empty text, not NULL (a null QString binds as NULL).
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant day(const QDate &d)
{
    return d.isValid() ? QVariant(d.toJulianDay()) : QVariant();
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromJulianDay(v.toLongLong());
}

Goal goalFrom(const QSqlQuery &q)
{
    Goal g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.kpi = q.value(2).toString();
    g.channels = fromJsonList(q.value(3).toString());
    g.campaigns = fromJsonList(q.value(4).toString());
    g.baselineFrom = toDate(q.value(5));
    g.baselineTo = toDate(q.value(6));
    g.baseline = q.value(7).isNull() ? std::nullopt : std::optional<double>(q.value(7).toDouble());
    g.target = q.value(8).toDouble();
    g.start = toDate(q.value(9));
    g.deadline = toDate(q.value(10));
    g.cadence = Goal::cadenceFromId(q.value(11).toString()).value_or(Cadence::Monthly);
    g.owner = q.value(12).toString();
    g.objective = q.value(13).toString();
    return g;
}

const QString GoalColumns = QStringLiteral("id, name, kpi, channels, campaigns, baseline_from, baseline_to, baseline,"
                                           " target, start, deadline, cadence, owner, objective");

} // namespace

QList<Goal> GoalStore::goals() const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT %1 FROM goals ORDER BY deadline, name").arg(GoalColumns));
    QList<Goal> list;
    if (q.exec()) {
        while (q.next()) {
            list.append(goalFrom(q));
        }
    }
    return list;
}

std::optional<Goal> GoalStore::goal(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT %1 FROM goals WHERE id = ?").arg(GoalColumns));
    q.addBindValue(id);
    return q.exec() && q.next() ? std::optional<Goal>(goalFrom(q)) : std::nullopt;
}

qint64 GoalStore::save(const Goal &g, QString *error)
{
    QSqlQuery q(m_workspace.database());
    if (g.id < 0) {
        q.prepare(
            QStringLiteral("INSERT INTO goals(name, kpi, channels, campaigns, baseline_from, baseline_to, baseline,"
                           " target, start, deadline, cadence, owner, objective)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE goals SET name = ?, kpi = ?, channels = ?, campaigns = ?, baseline_from = ?,"
                                 " baseline_to = ?, baseline = ?, target = ?, start = ?, deadline = ?, cadence = ?,"
                                 " owner = ?, objective = ? WHERE id = ?"));
    }
    for (const QVariant &v :
         {text(g.name), text(g.kpi), QVariant(jsonList(g.channels)), QVariant(jsonList(g.campaigns)),
          day(g.baselineFrom), day(g.baselineTo), g.baseline ? QVariant(*g.baseline) : QVariant(), QVariant(g.target),
          day(g.start), day(g.deadline), QVariant(Goal::cadenceId(g.cadence)), text(g.owner), text(g.objective)}) {
        q.addBindValue(v);
    }
    if (g.id >= 0) {
        q.addBindValue(g.id);
    }
    if (!q.exec()) {
        if (error) {
            *error = q.lastError().text();
        }
        return -1;
    }
    return g.id >= 0 ? g.id : q.lastInsertId().toLongLong();
}

bool GoalStore::remove(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("DELETE FROM goals WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

QList<SavedReview> GoalStore::reviews() const
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

std::optional<SavedReview> GoalStore::review(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(
        QStringLiteral("SELECT id, title, period_from, period_to, created_at, content FROM reviews WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    SavedReview review{q.value(0).toLongLong(),
                       q.value(1).toString(),
                       toDate(q.value(2)),
                       toDate(q.value(3)),
                       QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
                       QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()};
    // The decisions recorded in this review belong to it: after the open actions it carried over when it was made
    // (its saved content), in the order they were recorded. They are read here, not saved into the content, so a
    // decision later marked done or edited shows as it is now.
    QSqlQuery recorded(m_workspace.database());
    recorded.prepare(QStringLiteral("SELECT text, owner, due, done FROM actions WHERE review_id = ? ORDER BY id"));
    recorded.addBindValue(id);
    if (recorded.exec()) {
        QJsonObject actions = review.content.value(QStringLiteral("actions")).toObject();
        QJsonArray decisions = actions.value(QStringLiteral("decisions")).toArray();
        while (recorded.next()) {
            const QDate due = toDate(recorded.value(2));
            decisions.append(QJsonObject{{QStringLiteral("text"), recorded.value(0).toString()},
                                         {QStringLiteral("owner"), recorded.value(1).toString()},
                                         {QStringLiteral("due"), due.isValid() ? due.toString(Qt::ISODate) : QString()},
                                         {QStringLiteral("done"), recorded.value(3).toBool()},
                                         {QStringLiteral("recorded_here"), true}});
        }
        actions.insert(QStringLiteral("decisions"), decisions);
        review.content.insert(QStringLiteral("actions"), actions);
    }
    return review;
}

qint64 GoalStore::saveReview(const SavedReview &r, QString *error)
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
        if (error) {
            *error = q.lastError().text();
        }
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

bool GoalStore::removeReview(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("DELETE FROM reviews WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

QList<Action> GoalStore::actions(bool openOnly) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(openOnly ? QStringLiteral(
                             "SELECT id, review_id, text, owner, due, done FROM actions WHERE done = 0 ORDER BY due")
                       : QStringLiteral("SELECT id, review_id, text, owner, due, done FROM actions ORDER BY due"));
    QList<Action> list;
    if (q.exec()) {
        while (q.next()) {
            list.append({q.value(0).toLongLong(), q.value(1).isNull() ? -1 : q.value(1).toLongLong(),
                         q.value(2).toString(), q.value(3).toString(), toDate(q.value(4)), q.value(5).toBool()});
        }
    }
    return list;
}

qint64 GoalStore::saveAction(const Action &a, QString *error)
{
    QSqlQuery q(m_workspace.database());
    if (a.id < 0) {
        q.prepare(QStringLiteral("INSERT INTO actions(review_id, text, owner, due, done) VALUES(?, ?, ?, ?, ?)"));
    } else {
        q.prepare(
            QStringLiteral("UPDATE actions SET review_id = ?, text = ?, owner = ?, due = ?, done = ? WHERE id = ?"));
    }
    q.addBindValue(a.reviewId >= 0 ? QVariant(a.reviewId) : QVariant());
    q.addBindValue(text(a.text));
    q.addBindValue(text(a.owner));
    q.addBindValue(day(a.due));
    q.addBindValue(a.done ? 1 : 0);
    if (a.id >= 0) {
        q.addBindValue(a.id);
    }
    if (!q.exec()) {
        if (error) {
            *error = q.lastError().text();
        }
        return -1;
    }
    return a.id >= 0 ? a.id : q.lastInsertId().toLongLong();
}

} // namespace funnelscope

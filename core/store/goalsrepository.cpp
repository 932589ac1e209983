#include "goalsrepository.h"

#include "boundvalue.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace funnelscope {

using boundvalue::day;
using boundvalue::text;
using boundvalue::toDate;

namespace {

// Channels and campaigns of a goal's scope, kept as a JSON array of names.
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

const QString GoalColumns = QStringLiteral("id, name, kpi, channels, campaigns, baseline_from, baseline_to, baseline,"
                                           " target, start, deadline, cadence, owner, objective, currency");

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
    g.currency = q.value(14).toString();
    return g;
}

} // namespace

QList<Goal> GoalsRepository::goals() const
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

std::optional<Goal> GoalsRepository::goal(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT %1 FROM goals WHERE id = ?").arg(GoalColumns));
    q.addBindValue(id);
    return q.exec() && q.next() ? std::optional<Goal>(goalFrom(q)) : std::nullopt;
}

qint64 GoalsRepository::save(const Goal &g, QString *error)
{
    QSqlQuery q(m_workspace.database());
    if (g.id < 0) {
        q.prepare(
            QStringLiteral("INSERT INTO goals(name, kpi, channels, campaigns, baseline_from, baseline_to, baseline,"
                           " target, start, deadline, cadence, owner, objective, currency)"
                           " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE goals SET name = ?, kpi = ?, channels = ?, campaigns = ?, baseline_from = ?,"
                                 " baseline_to = ?, baseline = ?, target = ?, start = ?, deadline = ?, cadence = ?,"
                                 " owner = ?, objective = ?, currency = ? WHERE id = ?"));
    }
    for (const QVariant &v :
         {text(g.name), text(g.kpi), QVariant(jsonList(g.channels)), QVariant(jsonList(g.campaigns)),
          day(g.baselineFrom), day(g.baselineTo), g.baseline ? QVariant(*g.baseline) : QVariant(), QVariant(g.target),
          day(g.start), day(g.deadline), QVariant(Goal::cadenceId(g.cadence)), text(g.owner), text(g.objective),
          text(g.currency)}) {
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

bool GoalsRepository::remove(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("DELETE FROM goals WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

} // namespace funnelscope

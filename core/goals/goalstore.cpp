#include "goalstore.h"

#include "i18n/contexts.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "store/workspace.h"

#include <QCoreApplication>
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
    g.currency = q.value(14).toString();
    return g;
}

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

const QString GoalColumns = QStringLiteral("id, name, kpi, channels, campaigns, baseline_from, baseline_to, baseline,"
                                           " target, start, deadline, cadence, owner, objective, currency");

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

qint64 GoalStore::save(const Goal &goal, QString *error)
{
    // A money goal keeps the currency it was set in: the reporting currency of the workspace when it is first saved.
    Goal g = goal;
    const int kpi = KpiCatalog::indexOf(g.kpi);
    const auto custom = kpi < 0 ? CustomKpiStore(m_workspace).find(g.kpi) : std::nullopt;
    if (g.currency.isEmpty() && ((kpi >= 0 && KpiCatalog::at(kpi).isMoney()) || (custom && custom->isMoney()))) {
        if (const QString code = KpiEngine(m_workspace).reportingCurrency(); code != u"XXX") {
            g.currency = code;
        }
    }
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
    recorded.prepare(QStringLiteral("SELECT %1 FROM actions a LEFT JOIN goals g ON g.id = a.goal_id WHERE"
                                    " a.review_id = ? ORDER BY a.id")
                         .arg(ActionColumns));
    recorded.addBindValue(id);
    if (recorded.exec()) {
        QJsonObject actions = review.content.value(QStringLiteral("actions")).toObject();
        QJsonArray decisions = actions.value(QStringLiteral("decisions")).toArray();
        while (recorded.next()) {
            // Judged in the next review: recorded now, it cannot be overdue in the review it was taken in.
            QJsonObject decision = decisionJson(actionFrom(recorded), QDate());
            decision.insert(QStringLiteral("recorded_here"), true);
            decisions.append(decision);
        }
        actions.insert(QStringLiteral("decisions"), decisions);
        review.content.insert(QStringLiteral("actions"), actions);
    }
    // Annotations too are read as they are now: a note on the data added after the review was made (the reason for a
    // dip, found later) belongs next to it. Those of the review's period, and of its trend charts' earlier periods.
    if (review.from.isValid() && review.to.isValid()) {
        QDate first = review.from;
        const QJsonObject analysis = review.content.value(QStringLiteral("analysis")).toObject();
        for (const QJsonValue &t : analysis.value(QStringLiteral("trends")).toArray()) {
            for (const QJsonValue &p : t[QStringLiteral("series")].toArray()) {
                const QDate d = QDate::fromString(p[QStringLiteral("from")].toString(), Qt::ISODate);
                first = d.isValid() ? std::min(first, d) : first;
            }
        }
        review.content.insert(QStringLiteral("annotations"),
                              annotationsJson(annotations(first, review.to), review.from, review.to));
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

QString GoalStore::savePresentation(qint64 reviewId, const QJsonObject &presentation)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("UPDATE reviews SET content = json_set(content, '$.presentation', json(?)) WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(presentation).toJson(QJsonDocument::Compact)));
    q.addBindValue(reviewId);
    if (!q.exec()) {
        return q.lastError().text();
    }
    return q.numRowsAffected() == 1 ? QString() : WorkspaceText::tr("no review %1").arg(reviewId);
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

std::optional<Action> GoalStore::action(qint64 id) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("SELECT %1 FROM actions a LEFT JOIN goals g ON g.id = a.goal_id WHERE a.id = ?")
                  .arg(ActionColumns));
    q.addBindValue(id);
    return q.exec() && q.next() ? std::optional<Action>(actionFrom(q)) : std::nullopt;
}

qint64 GoalStore::saveAction(const Action &a, QString *error)
{
    QSqlQuery q(m_workspace.database());
    if (a.id < 0) {
        q.prepare(QStringLiteral("INSERT INTO actions(review_id, text, owner, due, done, status, goal_id,"
                                 " recommendation) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE actions SET review_id = ?, text = ?, owner = ?, due = ?, done = ?, status = ?,"
                                 " goal_id = ?, recommendation = ? WHERE id = ?"));
    }
    // An Action made before statuses existed says only done; one with a status says which.
    const Action::Status status = a.status == Action::Status::Open && a.done ? Action::Status::Done : a.status;
    q.addBindValue(a.reviewId >= 0 ? QVariant(a.reviewId) : QVariant());
    q.addBindValue(text(a.text));
    q.addBindValue(text(a.owner));
    q.addBindValue(day(a.due));
    q.addBindValue(status == Action::Status::Open ? 0 : 1);
    q.addBindValue(Action::statusId(status));
    q.addBindValue(a.goalId >= 0 ? QVariant(a.goalId) : QVariant());
    q.addBindValue(text(a.recommendation));
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

QList<Annotation> GoalStore::annotations() const
{
    return annotations(QDate(), QDate());
}

QList<Annotation> GoalStore::annotations(const QDate &from, const QDate &to) const
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

qint64 GoalStore::saveAnnotation(const Annotation &a, QString *error)
{
    if (!a.from.isValid() || !a.to.isValid() || a.to < a.from || a.text.trimmed().isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("GoalStore", "an annotation needs text and a first day not after its "
                                                              "last");
        }
        return -1;
    }
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
    q.addBindValue(text(a.text.trimmed()));
    q.addBindValue(text(a.channel.trimmed()));
    q.addBindValue(a.id < 0 ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) : QVariant(a.id));
    if (!q.exec()) {
        if (error) {
            *error = q.lastError().text();
        }
        return -1;
    }
    return a.id >= 0 ? a.id : q.lastInsertId().toLongLong();
}

bool GoalStore::removeAnnotation(qint64 id)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() > 0;
}

QString Action::statusId(Status status)
{
    switch (status) {
    case Status::Done:
        return QStringLiteral("done");
    case Status::Dropped:
        return QStringLiteral("dropped");
    case Status::Open:
        break;
    }
    return QStringLiteral("open");
}

QString Action::statusText(Status status)
{
    switch (status) {
    case Status::Done:
        return QCoreApplication::translate("GoalStore", "done");
    case Status::Dropped:
        return QCoreApplication::translate("GoalStore", "dropped");
    case Status::Open:
        break;
    }
    return QCoreApplication::translate("GoalStore", "open");
}

std::optional<Action::Status> Action::statusFromId(QStringView id)
{
    for (const Status s : {Status::Open, Status::Done, Status::Dropped}) {
        if (id == statusId(s)) {
            return s;
        }
    }
    return std::nullopt;
}

QJsonObject Annotation::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("channel"), channel}};
}

QString recommendationId(const QJsonObject &r)
{
    if (const QString id = r.value(QStringLiteral("id")).toString(); !id.isEmpty()) {
        return id;
    }
    const QString rule = r.value(QStringLiteral("rule")).toString();
    const QString channel = r.value(QStringLiteral("channel")).toString();
    return channel.isEmpty() ? rule : rule + u'/' + channel;
}

QJsonArray annotationsJson(const QList<Annotation> &list, const QDate &from, const QDate &to)
{
    QJsonArray out;
    for (const Annotation &a : list) {
        QJsonObject entry = a.toJson();
        entry.insert(QStringLiteral("in_period"), a.from <= to && a.to >= from);
        out.append(entry);
    }
    return out;
}

QJsonObject decisionJson(const Action &a, const QDate &asOf)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("text"), a.text},
                  {QStringLiteral("owner"), a.owner},
                  {QStringLiteral("due"), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()},
                  {QStringLiteral("done"), a.status == Action::Status::Done},
                  {QStringLiteral("status"), Action::statusId(a.status)},
                  {QStringLiteral("overdue"), a.overdue(asOf)}};
    if (a.goalId >= 0) {
        o.insert(QStringLiteral("goal_id"), a.goalId);
        o.insert(QStringLiteral("goal"), a.goalName);
    }
    if (!a.recommendation.isEmpty()) {
        o.insert(QStringLiteral("recommendation"), a.recommendation);
    }
    return o;
}

} // namespace funnelscope

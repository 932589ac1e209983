#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace funnelscope {

// A review saved with its numbers as they were, and an action decided in a review.
struct SavedReview
{
    qint64 id = -1;
    QString title;
    QDate from;
    QDate to;
    QDateTime createdAt;
    QJsonObject content;
};

struct Action
{
    enum class Status
    {
        Open,
        Done,
        Dropped
    };

    qint64 id = -1;
    qint64 reviewId = -1;
    QString text;
    QString owner;
    QDate due;
    bool done = false; // no longer open: done or dropped (status says which); kept in step with status on save
    Status status = Status::Open;
    qint64 goalId = -1;     // the goal the decision serves, or -1
    QString goalName;       // that goal's name, as read (not saved)
    QString recommendation; // the id of the recommendation (action rule) of its review it answers, or empty

    static QString statusId(Status status);   // "open", "done", "dropped"
    static QString statusText(Status status); // in the user's language
    static std::optional<Status> statusFromId(QStringView id);
    // Open with a due date before asOf (valid): it should have been done by then.
    bool overdue(const QDate &asOf) const
    {
        return status == Status::Open && asOf.isValid() && due.isValid() && due < asOf;
    }
};

// A dated note on the data: a day or a range of days, optionally about one channel (empty: every channel).
struct Annotation
{
    qint64 id = -1;
    QDate from;
    QDate to;
    QString text;
    QString channel;

    // The JSON a review and the report keep of it: from, to (ISO), text, channel.
    QJsonObject toJson() const;
};

} // namespace funnelscope

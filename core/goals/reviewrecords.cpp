#include "reviewrecords.h"

#include <QCoreApplication>

namespace funnelscope {

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

} // namespace funnelscope

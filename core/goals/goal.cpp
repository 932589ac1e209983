#include "goal.h"

#include <QCoreApplication>

namespace funnelscope {

QString Goal::cadenceId(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return QStringLiteral("weekly");
    case Cadence::Monthly:
        return QStringLiteral("monthly");
    case Cadence::Quarterly:
        return QStringLiteral("quarterly");
    }
    return {};
}

QString Goal::cadenceText(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return QCoreApplication::translate("Goals", "weekly", "reviewed weekly");
    case Cadence::Monthly:
        return QCoreApplication::translate("Goals", "monthly", "reviewed monthly");
    case Cadence::Quarterly:
        return QCoreApplication::translate("Goals", "quarterly", "reviewed quarterly");
    }
    return {};
}

Breakdown Goal::breakdownOf(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return Breakdown::Week;
    case Cadence::Monthly:
        return Breakdown::Month;
    case Cadence::Quarterly:
        return Breakdown::Quarter;
    }
    return Breakdown::Month;
}

std::optional<Cadence> Goal::cadenceFromId(QStringView id)
{
    for (Cadence c : {Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly}) {
        if (cadenceId(c) == id) {
            return c;
        }
    }
    return std::nullopt;
}

QDate Goal::periodStart(Cadence cadence, const QDate &day)
{
    switch (cadence) {
    case Cadence::Weekly:
        return day.addDays(1 - day.dayOfWeek());
    case Cadence::Monthly:
        return QDate(day.year(), day.month(), 1);
    case Cadence::Quarterly:
        return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
    }
    return day;
}

QDate Goal::nextPeriodStart(Cadence cadence, const QDate &day)
{
    const QDate start = periodStart(cadence, day);
    switch (cadence) {
    case Cadence::Weekly:
        return start.addDays(7);
    case Cadence::Monthly:
        return start.addMonths(1);
    case Cadence::Quarterly:
        return start.addMonths(3);
    }
    return day.addDays(1);
}

} // namespace funnelscope

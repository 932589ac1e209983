#include "scope.h"

namespace funnelscope {

Scope Scope::shifted(Comparison comparison, qint64 periodDays) const
{
    Scope s = *this;
    if (comparison == Comparison::PreviousPeriod) {
        s.from = from.addDays(-periodDays);
        s.to = to.addDays(-periodDays);
    } else if (comparison == Comparison::PreviousYear) {
        // QDate clamps 29 February to 28 February.
        s.from = from.addYears(-1);
        s.to = to.addYears(-1);
    }
    return s;
}

qint64 Scope::bucketCount(Breakdown by) const
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return 0;
    }
    const qint64 months = qint64(to.year() - from.year()) * 12 + to.month() - from.month() + 1;
    switch (by) {
    case Breakdown::Day:
        return days();
    case Breakdown::Week:
        // Whole ISO weeks from the Monday of the first day's week to the last day's.
        return (from.addDays(1 - from.dayOfWeek()).daysTo(to) / 7) + 1;
    case Breakdown::Month:
        return months;
    case Breakdown::Quarter:
        return (qint64(to.year()) * 4 + (to.month() - 1) / 3) - (qint64(from.year()) * 4 + (from.month() - 1) / 3) + 1;
    default:
        return 1;
    }
}

QList<std::pair<QString, Scope>> Scope::timeBuckets(Breakdown by) const
{
    QList<std::pair<QString, Scope>> buckets;
    QDate start = from;
    while (start.isValid() && start <= to) {
        QDate end;
        QString key;
        switch (by) {
        case Breakdown::Week: {
            end = start.addDays(7 - start.dayOfWeek());
            int isoYear = 0;
            const int week = start.weekNumber(&isoYear);
            key = QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
            break;
        }
        case Breakdown::Month:
            end = QDate(start.year(), start.month(), start.daysInMonth());
            key = start.toString(QStringLiteral("yyyy-MM"));
            break;
        case Breakdown::Quarter: {
            const int quarter = (start.month() - 1) / 3 + 1;
            const QDate last(start.year(), quarter * 3, 1);
            end = QDate(last.year(), last.month(), last.daysInMonth());
            key = QStringLiteral("%1-Q%2").arg(start.year()).arg(quarter);
            break;
        }
        default:
            end = start;
            key = start.toString(Qt::ISODate);
            break;
        }
        if (end > to) {
            end = to;
        }
        Scope s = *this;
        s.from = start;
        s.to = end;
        buckets.append({key, s});
        start = end.addDays(1);
    }
    return buckets;
}

} // namespace funnelscope

#include "periodpreset.h"

#include <QCoreApplication>

namespace funnelscope::periodpreset {

const QStringList &ids()
{
    static const QStringList list{
        QStringLiteral("last-7-days"),  QStringLiteral("last-30-days"), QStringLiteral("last-90-days"),
        QStringLiteral("this-month"),   QStringLiteral("last-month"),   QStringLiteral("this-quarter"),
        QStringLiteral("last-quarter"), QStringLiteral("year-to-date"), QStringLiteral("last-12-months"),
        QStringLiteral("last-year"),    QStringLiteral("all-time"),     QStringLiteral("custom")};
    return list;
}

QString id(PeriodPreset preset)
{
    return ids().at(int(preset));
}

std::optional<PeriodPreset> fromId(QStringView id)
{
    const qsizetype i = ids().indexOf(id.toString());
    return i < 0 ? std::nullopt : std::optional<PeriodPreset>(PeriodPreset(i));
}

QString name(PeriodPreset preset)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("FilterBar", "Last 7 days"),    QT_TRANSLATE_NOOP("FilterBar", "Last 30 days"),
        QT_TRANSLATE_NOOP("FilterBar", "Last 90 days"),   QT_TRANSLATE_NOOP("FilterBar", "This month"),
        QT_TRANSLATE_NOOP("FilterBar", "Last month"),     QT_TRANSLATE_NOOP("FilterBar", "This quarter"),
        QT_TRANSLATE_NOOP("FilterBar", "Last quarter"),   QT_TRANSLATE_NOOP("FilterBar", "Year to date"),
        QT_TRANSLATE_NOOP("FilterBar", "Last 12 months"), QT_TRANSLATE_NOOP("FilterBar", "Last year"),
        QT_TRANSLATE_NOOP("FilterBar", "All time"),       QT_TRANSLATE_NOOP("FilterBar", "Custom range")};
    return QCoreApplication::translate("FilterBar", names[int(preset)]);
}

QDate anchor(const QDate &lastData, const QDate &today)
{
    return lastData.isValid() && lastData < today ? lastData : today;
}

std::pair<QDate, QDate> range(PeriodPreset preset, const QDate &anchor, const QDate &firstData)
{
    const QDate monthStart(anchor.year(), anchor.month(), 1);
    const QDate quarterStart(anchor.year(), (anchor.month() - 1) / 3 * 3 + 1, 1);
    switch (preset) {
    case PeriodPreset::Last7:
        return {anchor.addDays(-6), anchor};
    case PeriodPreset::Last30:
        return {anchor.addDays(-29), anchor};
    case PeriodPreset::Last90:
        return {anchor.addDays(-89), anchor};
    case PeriodPreset::ThisMonth:
        return {monthStart, anchor};
    case PeriodPreset::LastMonth:
        return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case PeriodPreset::ThisQuarter:
        return {quarterStart, anchor};
    case PeriodPreset::LastQuarter:
        return {quarterStart.addMonths(-3), quarterStart.addDays(-1)};
    case PeriodPreset::YearToDate:
        return {QDate(anchor.year(), 1, 1), anchor};
    case PeriodPreset::Last12Months:
        return {monthStart.addMonths(-12), monthStart.addDays(-1)};
    case PeriodPreset::LastYear:
        return {QDate(anchor.year() - 1, 1, 1), QDate(anchor.year() - 1, 12, 31)};
    case PeriodPreset::AllTime:
        return {firstData.isValid() && firstData <= anchor ? firstData : anchor, anchor};
    case PeriodPreset::Custom:
        break;
    }
    return {anchor.addDays(-29), anchor};
}

} // namespace funnelscope::periodpreset

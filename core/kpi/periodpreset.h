#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace funnelscope {

// The period rules of the window's filter bar and of saved views: each counts back from an anchor, the last day with
// data when the data ends before today, else today (so "Last 90 days" of an export from October is not empty).
enum class PeriodPreset
{
    Last7,
    Last30,
    Last90,
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    YearToDate,
    Last12Months,
    LastYear,
    AllTime,
    Custom
};

namespace periodpreset {

// "last-90-days", …, "custom": the names saved views and settings keep, in the enum's order.
const QStringList &ids();
QString id(PeriodPreset preset);
std::optional<PeriodPreset> fromId(QStringView id);
// In the user's language: "Last 90 days".
QString name(PeriodPreset preset);
// The anchor: lastData when the data ends before today, else today.
QDate anchor(const QDate &lastData, const QDate &today = QDate::currentDate());
// The inclusive range of a preset (not Custom) from the anchor; All time starts on the first day with data.
std::pair<QDate, QDate> range(PeriodPreset preset, const QDate &anchor, const QDate &firstData = {});

} // namespace periodpreset

} // namespace funnelscope

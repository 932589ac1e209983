#pragma once

#include "periodpreset.h"
#include "scope.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace funnelscope {

// A named way of looking at the data: a period rule (a preset counted from the anchor, or fixed dates), the
// comparison, channel and campaign filters, and the window's tab. Kept in the workspace (ViewStore); the window
// switches between them, `kpis --view` and `report --view` use them.
struct SavedView
{
    QString name;
    PeriodPreset period = PeriodPreset::Last90;
    QDate from; // a custom period's dates
    QDate to;
    Comparison comparison = Comparison::PreviousPeriod;
    QStringList channels;
    QStringList campaigns;
    QString tab; // "overview", "awareness", …, "goals", "data"; empty: leave the tab as it is

    // The period and filters, the preset counted from anchor (and All time from firstData).
    Scope scope(const QDate &anchor, const QDate &firstData) const;

    QJsonObject toJson() const;
    // Nothing when the object is no view (no name, an unknown period, a custom period without dates).
    static std::optional<SavedView> fromJson(const QJsonObject &object);

    static QString comparisonId(Comparison comparison); // "previous", "year", "none"
    static std::optional<Comparison> comparisonFromId(QStringView id);
};

} // namespace funnelscope

#include "savedview.h"

#include <QJsonArray>

namespace funnelscope {

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        list.append(v.toString());
    }
    return list;
}

} // namespace

Scope SavedView::scope(const QDate &anchor, const QDate &firstData) const
{
    if (period == PeriodPreset::Custom) {
        return {from, to, channels, campaigns};
    }
    const auto [first, last] = periodpreset::range(period, anchor, firstData);
    return {first, last, channels, campaigns};
}

QString SavedView::comparisonId(Comparison comparison)
{
    switch (comparison) {
    case Comparison::PreviousPeriod:
        return QStringLiteral("previous");
    case Comparison::PreviousYear:
        return QStringLiteral("year");
    case Comparison::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Comparison> SavedView::comparisonFromId(QStringView id)
{
    if (id == u"previous") {
        return Comparison::PreviousPeriod;
    }
    if (id == u"year") {
        return Comparison::PreviousYear;
    }
    if (id == u"none") {
        return Comparison::None;
    }
    return std::nullopt;
}

QJsonObject SavedView::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("period"), periodpreset::id(period)},
                  {QStringLiteral("compare"), comparisonId(comparison)},
                  {QStringLiteral("channels"), toArray(channels)},
                  {QStringLiteral("campaigns"), toArray(campaigns)},
                  {QStringLiteral("tab"), tab}};
    if (period == PeriodPreset::Custom) {
        o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
        o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    }
    return o;
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &object)
{
    SavedView view;
    view.name = object.value(QStringLiteral("name")).toString().trimmed();
    const auto period = periodpreset::fromId(object.value(QStringLiteral("period")).toString());
    const auto comparison = comparisonFromId(object.value(QStringLiteral("compare")).toString());
    if (view.name.isEmpty() || !period || !comparison) {
        return std::nullopt;
    }
    view.period = *period;
    view.comparison = *comparison;
    view.from = QDate::fromString(object.value(QStringLiteral("from")).toString(), Qt::ISODate);
    view.to = QDate::fromString(object.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (view.period == PeriodPreset::Custom && (!view.from.isValid() || !view.to.isValid() || view.from > view.to)) {
        return std::nullopt;
    }
    view.channels = toList(object.value(QStringLiteral("channels")));
    view.campaigns = toList(object.value(QStringLiteral("campaigns")));
    view.tab = object.value(QStringLiteral("tab")).toString();
    return view;
}

} // namespace funnelscope

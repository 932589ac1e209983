#include "kpivalues.h"

#include "kpicatalog.h"

#include <QCoreApplication>

#include <cmath>

namespace funnelscope {

std::optional<double> KpiValues::value(QStringView id) const
{
    const int i = KpiCatalog::indexOf(id);
    return i >= 0 && i < values.size() ? values.at(i) : std::nullopt;
}

std::optional<double> KpiValues::valueOf(QStringView id) const
{
    if (KpiCatalog::indexOf(id) >= 0) {
        return value(id);
    }
    const int i = customIndexOf(id);
    return i >= 0 && i < custom.size() ? custom.at(i).value : std::nullopt;
}

int KpiValues::customIndexOf(QStringView id) const
{
    if (!customKpis) {
        return -1;
    }
    for (int i = 0; i < customKpis->size(); ++i) {
        if (customKpis->at(i).id == id) {
            return i;
        }
    }
    return -1;
}

const CustomKpi *KpiValues::customKpi(QStringView id) const
{
    const int i = customIndexOf(id);
    return i >= 0 ? &customKpis->at(i) : nullptr;
}

QList<std::optional<double>> KpiValues::funnelSteps() const
{
    return {value(u"impressions"), clicks,         value(u"sessions"),      value(u"leads"),
            value(u"mqls"),        value(u"sqls"), value(u"opportunities"), value(u"won_deals")};
}

QStringList KpiValues::funnelStepNames()
{
    QStringList names;
    for (const char *name : {QT_TRANSLATE_NOOP("Kpi", "Impressions"), QT_TRANSLATE_NOOP("Kpi", "Clicks"),
                             QT_TRANSLATE_NOOP("Kpi", "Sessions"), QT_TRANSLATE_NOOP("Kpi", "Leads"),
                             QT_TRANSLATE_NOOP("Kpi", "MQLs"), QT_TRANSLATE_NOOP("Kpi", "SQLs"),
                             QT_TRANSLATE_NOOP("Kpi", "Opportunities"), QT_TRANSLATE_NOOP("Kpi", "Won deals")}) {
        names.append(QCoreApplication::translate("Kpi", name));
    }
    return names;
}

std::optional<double> KpiValues::change(std::optional<double> value, std::optional<double> previous)
{
    if (!value || !previous || *previous == 0) {
        return std::nullopt;
    }
    return (*value - *previous) / std::fabs(*previous);
}

} // namespace funnelscope

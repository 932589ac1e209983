#pragma once

#include "customkpi.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace funnelscope {

// The value of every catalog KPI for one scope, in catalog order; nullopt where a KPI cannot be computed.
struct KpiValues
{
    QList<std::optional<double>> values;
    // Per KPI, the count in a rate's or an average's denominator (answers for NPS, customers at the start for churn,
    // sessions for the bounce rate…), to flag small samples (KpiCaveat); nullopt for volumes, costs and the like.
    QList<std::optional<double>> samples;
    QString leadsSource;          // "crm" or "platform"
    std::optional<double> clicks; // Σ clicks, for the funnel view (not a KPI of its own)
    // Other sums of the engine custom formulas may read: "expenses" (Σ expenses.amount), "lost_deals".
    QHash<QString, std::optional<double>> sums;
    // The workspace's custom KPIs and their values in the same order (evaluateCustomKpis), after the catalog's.
    std::shared_ptr<const CustomKpiList> customKpis;
    QList<CustomKpiValue> custom;

    // A catalog KPI's value, or a custom KPI's by its id.
    std::optional<double> valueOf(QStringView id) const;
    // The index of a custom KPI in customKpis and custom, or -1.
    int customIndexOf(QStringView id) const;
    const CustomKpi *customKpi(QStringView id) const;

    std::optional<double> value(QStringView id) const;
    std::optional<double> sample(int kpi) const
    {
        return kpi >= 0 && kpi < samples.size() ? samples.at(kpi) : std::nullopt;
    }
    // The funnel of kpis.md, top to bottom: impressions, clicks, sessions, leads, MQLs, SQLs, opportunities, won deals.
    QList<std::optional<double>> funnelSteps() const;
    static QStringList funnelStepNames();
    // (value − previous) ÷ |previous|; nullopt when previous is 0 or unknown.
    static std::optional<double> change(std::optional<double> value, std::optional<double> previous);
};

} // namespace funnelscope

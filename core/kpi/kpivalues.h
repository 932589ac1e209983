#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace funnelscope {

// The value of every catalog KPI for one scope, in catalog order; nullopt where a KPI cannot be computed.
struct KpiValues
{
    QList<std::optional<double>> values;
    QString leadsSource;          // "crm" or "platform"
    std::optional<double> clicks; // Σ clicks, for the funnel view (not a KPI of its own)

    std::optional<double> value(QStringView id) const;
    // The funnel of kpis.md, top to bottom: impressions, clicks, sessions, leads, MQLs, SQLs, opportunities, won deals.
    QList<std::optional<double>> funnelSteps() const;
    static QStringList funnelStepNames();
    // (value − previous) ÷ |previous|; nullopt when previous is 0 or unknown.
    static std::optional<double> change(std::optional<double> value, std::optional<double> previous);
};

} // namespace funnelscope

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace funnelscope {

// The value of every catalog KPI for one scope, in catalog order; nullopt where a KPI cannot be computed.
struct KpiValues
{
    QList<std::optional<double>> values;
    QString leadsSource;          // "crm" or "platform"
    std::optional<double> clicks; // Σ clicks, for the funnel view (not a KPI of its own)

    std::optional<double> value(QStringView id) const;
    // (value − previous) ÷ |previous|; nullopt when previous is 0 or unknown.
    static std::optional<double> change(std::optional<double> value, std::optional<double> previous);
};

} // namespace funnelscope

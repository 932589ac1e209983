#pragma once

#include "kpi/customkpi.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

#include <optional>

namespace funnelscope {

// A KPI as the charts draw it: a catalog KPI, or one of the workspace's custom KPIs, whose values the engine computes
// for every bucket and channel as it does the catalog's (KpiValues::custom). Names it, reads and formats its value and
// says its unit. It defines nothing: KpiCatalog and CustomKpi do.
struct ChartKpi
{
    int index = -1;                  // the catalog KPI, or -1 for a custom one
    std::optional<CustomKpi> custom; // the custom KPI

    ChartKpi() = default;
    static ChartKpi catalog(int index);
    static ChartKpi of(const CustomKpi &kpi);

    bool isCustom() const { return index < 0 && custom.has_value(); }
    QString name() const;
    // An axis's title: the name, and the unit where the labels do not say it ("Media spend (USD)").
    QString axisTitle(const QString &currency) const;
    KpiUnit unit() const;
    bool isRatio() const { return unit() == KpiUnit::Ratio; } // a fraction drawn as percent
    bool isMoney() const;
    std::optional<double> valueIn(const KpiValues &values) const;
    QString display(const KpiFormat &format, std::optional<double> value) const;
    // What to import to see it, for an empty chart: a catalog KPI's hint (KpiInputs::hint); a custom KPI's, that of
    // the first catalog KPI its formula reads that none of rows has, else of the first it reads.
    QString inputsHint(const QList<KpiEngine::Row> &rows) const;
};

} // namespace funnelscope

#pragma once

#include "annotatedchart.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

namespace funnelscope {

// KPIs over time as lines, one axis per unit (money on the left, counts or ratios on the right). Hovering a point
// shows its date and exact value; annotations as AnnotatedChart draws them.
class TrendChart final : public AnnotatedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    explicit TrendChart(QWidget *parent = nullptr);

    // One line per KPI index, over the rows' time buckets.
    void setData(const QList<KpiEngine::Row> &rows, const QList<int> &kpis, Breakdown granularity,
                 const KpiFormat &format, const QString &title);
    int seriesCount() const;
    int pointCount() const;

private:
    KpiFormat m_format;
};

} // namespace funnelscope

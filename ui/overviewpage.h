#pragma once

#include "kpi/kpiformat.h"
#include "kpi/kpisnapshot.h"

#include <QScrollArea>

class QCheckBox;
class QComboBox;

namespace funnelscope {

class BreakdownChart;
class CardGrid;
class TrendChart;

// The first tab: the headline KPIs of every funnel stage, spend against leads and revenue over time, and where
// the results come from by channel.
class OverviewPage final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const KpiSnapshot> &snapshot, const KpiFormat &format,
                     const QString &comparisonName);
    QList<CardGrid *> grids() const { return m_grids; }
    TrendChart *trendChart() const { return m_trend; }
    // "Show the comparison period": the spend and leads chart overlays the comparison's buckets, dotted.
    QCheckBox *overlayBox() const { return m_overlay; }
    BreakdownChart *breakdownChart() const { return m_breakdown; }

private:
    void updateBreakdown();
    void updateTrend();

    QList<CardGrid *> m_grids;
    QCheckBox *m_overlay;
    TrendChart *m_trend;
    BreakdownChart *m_breakdown;
    QComboBox *m_breakdownKpi;
    std::shared_ptr<const KpiSnapshot> m_snapshot;
    KpiFormat m_format;
};

} // namespace funnelscope

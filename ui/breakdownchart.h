#pragma once

#include "chartkpi.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

#include <QChartView>

class QLabel;

namespace funnelscope {

// One KPI by channel (or campaign) as horizontal bars, largest first; hovering a bar shows the exact value. With no
// value at all, the chart says which export would fill it, as TrendChart does.
class BreakdownChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakdownChart)

public:
    explicit BreakdownChart(QWidget *parent = nullptr);

    void setData(const QList<KpiEngine::Row> &rows, int kpi, const KpiFormat &format, const QString &title);
    // The same for a catalog or custom KPI; a custom KPI's bars have no rows of their own to open.
    void setData(const QList<KpiEngine::Row> &rows, const ChartKpi &kpi, const KpiFormat &format, const QString &title);
    int barCount() const { return m_bars; }
    // Shown instead of axes when no channel has a value, saying which export would fill the chart; empty otherwise.
    QString emptyMessage() const;

signals:
    // A bar was clicked: the rows behind it (its channel's or campaign's scope) are wanted.
    void rowsRequested(int kpi, const funnelscope::Scope &scope, const QString &what);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_bars = 0;
    QLabel *m_empty;
};

} // namespace funnelscope

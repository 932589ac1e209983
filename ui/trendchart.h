#pragma once

#include "annotatedchart.h"
#include "chartkpi.h"
#include "kpi/bucketcoverage.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

class QLabel;
class QLineSeries;

namespace funnelscope {

// KPIs over time as lines, one axis per unit (money on the left, counts or ratios on the right). Hovering a point
// shows its date and exact value. A partial bucket (a week of which only 3 days are in the period or have data) is
// drawn apart: a dashed segment to a hollow point, a legend entry and a tooltip saying how many days it has. Its
// value is the true sum of those days, never scaled. Annotations as AnnotatedChart draws them.
class TrendChart final : public AnnotatedChart
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    explicit TrendChart(QWidget *parent = nullptr);

    // One line per KPI index, over the rows' time buckets; coverage (one per row, or empty) marks partial ones. The
    // first KPI has the left axis, the others the right one: each scaled to its own values, so that none is drawn
    // flat beside a larger one. With overlayPrevious, each row's comparison (Row::previous) is drawn as a dotted
    // line at the same place; hovering a point shows it either way. With no value at all, the chart says which
    // export would fill it.
    void setData(const QList<KpiEngine::Row> &rows, const QList<int> &kpis, Breakdown granularity,
                 const KpiFormat &format, const QString &title, const QList<BucketCoverage> &coverage = {},
                 bool overlayPrevious = false);
    // The same for catalog or custom KPIs. A custom KPI's points have no rows of their own to open.
    void setChartKpis(const QList<KpiEngine::Row> &rows, const QList<ChartKpi> &kpis, Breakdown granularity,
                      const KpiFormat &format, const QString &title, const QList<BucketCoverage> &coverage = {},
                      bool overlayPrevious = false);
    QString emptyMessage() const; // shown instead of axes when no point has a value; empty otherwise
    QString axisTitle(Qt::Alignment side) const;
    int seriesCount() const { return m_lines; } // one per KPI
    int pointCount() const { return m_points; } // each bucket's point once
    int partialPointCount() const { return m_partialPoints; }
    QString partialNote() const { return m_partialNote; } // the legend's sentence, empty when no bucket is partial

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // A point was clicked: the rows behind it (its time bucket's scope) are wanted.
    void rowsRequested(int kpi, const funnelscope::Scope &scope, const QString &what);

private:
    KpiFormat m_format;
    int m_lines = 0;
    int m_points = 0;
    int m_partialPoints = 0;
    QString m_partialNote;
    QLabel *m_empty;
    QLineSeries *m_overlay = nullptr; // the comparison line, when drawn
};

} // namespace funnelscope

#pragma once

#include "goals/goalstore.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"

#include <QChartView>

namespace funnelscope {

// KPIs over time as lines, one axis per unit (money on the left, counts or ratios on the right). Hovering a point
// shows its date and exact value. Annotations of the period are drawn as a band over their days (a line for one
// day), their text shown on hover; the context menu adds one at the day under the cursor, lists and removes them.
class TrendChart final : public QChartView
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
    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    // The day under a point of the view, if it is over the plot.
    std::optional<QDate> dayAt(const QPoint &pos) const;

signals:
    void addAnnotationRequested(const QDate &day);
    void removeAnnotationRequested(qint64 id);
    void listAnnotationsRequested();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // The annotations whose band is under the view's point (a few pixels either side for a one-day line).
    QList<Annotation> annotationsAt(const QPoint &pos) const;
    // The horizontal span of an annotation in scene coordinates, clipped to the plot; nullopt when outside it.
    std::optional<std::pair<double, double>> span(const Annotation &a) const;

    KpiFormat m_format;
    QList<Annotation> m_annotations;
};

} // namespace funnelscope

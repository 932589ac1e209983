#pragma once

#include "goals/goalstore.h"
#include "kpi/kpiformat.h"

#include <QChartView>

namespace funnelscope {

// A chart over dates (an x axis of milliseconds since the epoch, a day's start) that draws annotations: a band over
// their days (a dashed line for one day), their text on hover. Its context menu adds one at the day under the
// cursor, removes those under it, and lists them all; the window does the storing (MainWindow).
class AnnotatedChart : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotatedChart)

public:
    explicit AnnotatedChart(QWidget *parent = nullptr);

    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    // The day under a point of the view, if it is over the plot.
    std::optional<QDate> dayAt(const QPoint &pos) const;

signals:
    void addAnnotationRequested(const QDate &day);
    void removeAnnotationRequested(qint64 id);
    void listAnnotationsRequested();

protected:
    void setDateFormat(const KpiFormat &format) { m_dates = format; }
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // The annotations whose band is under the view's point (a few pixels either side for a one-day line).
    QList<Annotation> annotationsAt(const QPoint &pos) const;
    // The horizontal span of an annotation in scene coordinates, clipped to the plot; nullopt when outside it.
    std::optional<std::pair<double, double>> span(const Annotation &a) const;

    KpiFormat m_dates;
    QList<Annotation> m_annotations;
};

} // namespace funnelscope

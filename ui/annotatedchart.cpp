#include "annotatedchart.h"

#include "theme.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>

namespace funnelscope {

AnnotatedChart::AnnotatedChart(QWidget *parent) : QChartView(new QChart, parent) {}

void AnnotatedChart::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    viewport()->update();
}

std::optional<std::pair<double, double>> AnnotatedChart::span(const Annotation &a) const
{
    const QList<QAbstractSeries *> series = chart()->series();
    if (series.isEmpty()) {
        return std::nullopt;
    }
    const QRectF plot = chart()->plotArea();
    const auto xOf = [&](const QDate &d) {
        return chart()->mapToPosition(QPointF(double(d.startOfDay().toMSecsSinceEpoch()), 0), series.constFirst()).x();
    };
    // The band covers its days whole: from the start of the first to the start of the day after the last.
    const double x0 = std::max(plot.left(), xOf(a.from));
    const double x1 = std::min(plot.right(), a.to > a.from ? xOf(a.to.addDays(1)) : xOf(a.from));
    if (x1 < plot.left() || x0 > plot.right() || x1 < x0) {
        return std::nullopt;
    }
    return std::pair{chart()->mapToScene(QPointF(x0, 0)).x(), chart()->mapToScene(QPointF(x1, 0)).x()};
}

void AnnotatedChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    const QColor ink = theme::warning(palette());
    for (const Annotation &a : std::as_const(m_annotations)) {
        const auto x = span(a);
        if (!x) {
            continue;
        }
        painter->save();
        if (x->second - x->first > 2) {
            QColor fill = ink;
            fill.setAlpha(40);
            painter->fillRect(QRectF(QPointF(x->first, plot.top()), QPointF(x->second, plot.bottom())), fill);
        }
        painter->setPen(QPen(ink, 1.2, Qt::DashLine));
        painter->drawLine(QPointF(x->first, plot.top()), QPointF(x->first, plot.bottom()));
        painter->restore();
    }
}

QList<Annotation> AnnotatedChart::annotationsAt(const QPoint &pos) const
{
    const double x = mapToScene(pos).x();
    QList<Annotation> found;
    for (const Annotation &a : m_annotations) {
        if (const auto s = span(a); s && x >= s->first - 4 && x <= s->second + 4) {
            found.append(a);
        }
    }
    return found;
}

std::optional<QDate> AnnotatedChart::dayAt(const QPoint &pos) const
{
    const QList<QAbstractSeries *> series = chart()->series();
    const QPointF inChart = chart()->mapFromScene(mapToScene(pos));
    if (series.isEmpty() || !chart()->plotArea().contains(inChart)) {
        return std::nullopt;
    }
    const double msecs = chart()->mapToValue(inChart, series.constFirst()).x();
    return QDateTime::fromMSecsSinceEpoch(qint64(msecs)).date();
}

void AnnotatedChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QList<Annotation> here = annotationsAt(event->position().toPoint());
    if (here.isEmpty()) {
        return;
    }
    QStringList lines;
    for (const Annotation &a : here) {
        const QString when = m_dates.range(a.from, a.to);
        lines.append(a.channel.isEmpty() ? QStringLiteral("%1: %2").arg(when, a.text)
                                         : QStringLiteral("%1 (%2): %3").arg(when, a.channel, a.text));
    }
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(u'\n'), this);
}

void AnnotatedChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const std::optional<QDate> day = dayAt(event->pos());
    QAction *add = menu.addAction(tr("Add annotation…"));
    add->setEnabled(day.has_value() || !chart()->series().isEmpty());
    connect(add, &QAction::triggered, this,
            [this, day] { emit addAnnotationRequested(day.value_or(QDate::currentDate())); });
    for (const Annotation &a : annotationsAt(event->pos())) {
        QAction *remove = menu.addAction(tr("Remove annotation “%1”").arg(a.text));
        connect(remove, &QAction::triggered, this, [this, id = a.id] { emit removeAnnotationRequested(id); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Annotations…")), &QAction::triggered, this, &AnnotatedChart::listAnnotationsRequested);
    menu.exec(event->globalPos());
}

} // namespace funnelscope

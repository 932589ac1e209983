#include "trendchart.h"

#include "chartaxis.h"
#include "i18n/language.h"
#include "kpi/kpicatalog.h"
#include "theme.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

namespace funnelscope {

TrendChart::TrendChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(6);
}

int TrendChart::seriesCount() const
{
    return int(chart()->series().size());
}

int TrendChart::pointCount() const
{
    int n = 0;
    for (QAbstractSeries *s : chart()->series()) {
        n += int(static_cast<QXYSeries *>(s)->count());
    }
    return n;
}

void TrendChart::setData(const QList<KpiEngine::Row> &rows, const QList<int> &kpis, Breakdown granularity,
                         const KpiFormat &format, const QString &title)
{
    m_format = format;
    QChart *c = chart();
    theme::resetChart(c, palette(), title);

    auto *x = new QDateTimeAxis;
    const QString dateFormat = granularity == Breakdown::Month || granularity == Breakdown::Quarter
                                   ? Language::monthYearFormat()
                                   : Language::dayMonthFormat();
    x->setFormat(dateFormat);
    x->setTickCount(qBound(2, int(rows.size()), 7));
    c->addAxis(x, Qt::AlignBottom);
    if (!rows.isEmpty()) {
        x->setRange(rows.first().scope.from.startOfDay(), rows.last().scope.from.startOfDay());
    }

    // Money on the left axis, everything else on the right one; each axis scaled to its largest value.
    QValueAxis *left = nullptr;
    QValueAxis *right = nullptr;
    double leftMax = 0;
    double rightMax = 0;
    const auto onLeftAxis = [&](const KpiDefinition &def) {
        return def.unit == KpiUnit::Money || def.unit == KpiUnit::MoneyPerDay || kpis.size() == 1;
    };
    for (int kpi : kpis) {
        const KpiDefinition &def = KpiCatalog::at(kpi);
        const double scale = def.unit == KpiUnit::Ratio ? 100 : 1;
        for (const KpiEngine::Row &row : rows) {
            if (const auto v = row.values.values.value(kpi)) {
                (onLeftAxis(def) ? leftMax : rightMax) = std::max(onLeftAxis(def) ? leftMax : rightMax, *v * scale);
            }
        }
    }
    const AxisScale leftScale = AxisScale::forMaximum(leftMax);
    const AxisScale rightScale = AxisScale::forMaximum(rightMax);
    const auto colours = theme::series();
    for (int k = 0; k < kpis.size(); ++k) {
        const int kpi = kpis.at(k);
        const KpiDefinition &def = KpiCatalog::at(kpi);
        const bool onLeft = onLeftAxis(def);
        const AxisScale &axisScale = onLeft ? leftScale : rightScale;
        auto *series = new QLineSeries;
        series->setName(QCoreApplication::translate("Kpi", def.name));
        series->setColor(colours.at(k % colours.size()));
        series->setPointsVisible(rows.size() <= 60);
        QPen pen = series->pen();
        pen.setWidthF(2);
        series->setPen(pen);
        // Ratios are drawn as percentages.
        const double scale = (def.unit == KpiUnit::Ratio ? 100 : 1) / axisScale.divisor;
        for (const KpiEngine::Row &row : rows) {
            if (const auto v = row.values.values.value(kpi)) {
                series->append(double(row.scope.from.startOfDay().toMSecsSinceEpoch()), *v * scale);
            }
        }
        c->addSeries(series);
        series->attachAxis(x);
        QValueAxis *&axis = onLeft ? left : right;
        if (!axis) {
            axis = new QValueAxis;
            axis->setLabelFormat(axisScale.labelFormat(def.unit == KpiUnit::Ratio,
                                                       def.unit == KpiUnit::Number || def.unit == KpiUnit::Score));
            c->addAxis(axis, onLeft ? Qt::AlignLeft : Qt::AlignRight);
        }
        series->attachAxis(axis);
        connect(series, &QLineSeries::hovered, this, [this, kpi, series, scale](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1\n%2: %3")
                                   .arg(m_format.date(date), series->name(), m_format.value(kpi, point.y() / scale)),
                               this);
        });
    }
    for (auto [axis, maximum] :
         {std::pair{left, leftMax / leftScale.divisor}, std::pair{right, rightMax / rightScale.divisor}}) {
        if (axis) {
            axis->setTickCount(5);
            axis->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
            axis->applyNiceNumbers();
        }
    }
    c->legend()->setVisible(kpis.size() > 1);
}

void TrendChart::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    viewport()->update();
}

std::optional<std::pair<double, double>> TrendChart::span(const Annotation &a) const
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

void TrendChart::drawForeground(QPainter *painter, const QRectF &rect)
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

QList<Annotation> TrendChart::annotationsAt(const QPoint &pos) const
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

std::optional<QDate> TrendChart::dayAt(const QPoint &pos) const
{
    const QList<QAbstractSeries *> series = chart()->series();
    const QPointF inChart = chart()->mapFromScene(mapToScene(pos));
    if (series.isEmpty() || !chart()->plotArea().contains(inChart)) {
        return std::nullopt;
    }
    const double msecs = chart()->mapToValue(inChart, series.constFirst()).x();
    return QDateTime::fromMSecsSinceEpoch(qint64(msecs)).date();
}

void TrendChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QList<Annotation> here = annotationsAt(event->position().toPoint());
    if (here.isEmpty()) {
        return;
    }
    QStringList lines;
    for (const Annotation &a : here) {
        const QString when = a.from == a.to ? m_format.date(a.from)
                                            : QStringLiteral("%1 – %2").arg(m_format.date(a.from), m_format.date(a.to));
        lines.append(a.channel.isEmpty() ? QStringLiteral("%1: %2").arg(when, a.text)
                                         : QStringLiteral("%1 (%2): %3").arg(when, a.channel, a.text));
    }
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(u'\n'), this);
}

void TrendChart::contextMenuEvent(QContextMenuEvent *event)
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
    connect(menu.addAction(tr("Annotations…")), &QAction::triggered, this, &TrendChart::listAnnotationsRequested);
    menu.exec(event->globalPos());
}

} // namespace funnelscope

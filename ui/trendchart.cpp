#include "trendchart.h"

#include "chartaxis.h"
#include "i18n/language.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

namespace funnelscope {

namespace {

// What the x axis's points are: the first day of each bucket.
QString bucketTitle(Breakdown granularity)
{
    switch (granularity) {
    case Breakdown::Day:
        return QCoreApplication::translate("TrendChart", "Day");
    case Breakdown::Week:
        return QCoreApplication::translate("TrendChart", "Week starting");
    case Breakdown::Month:
        return QCoreApplication::translate("TrendChart", "Month");
    case Breakdown::Quarter:
        return QCoreApplication::translate("TrendChart", "Quarter starting");
    default:
        return {};
    }
}

} // namespace

TrendChart::TrendChart(QWidget *parent) : AnnotatedChart(parent), m_empty(new QLabel(this))
{
    m_empty->setObjectName(QStringLiteral("emptyChart"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(6);
}

void TrendChart::setData(const QList<KpiEngine::Row> &rows, const QList<int> &kpis, Breakdown granularity,
                         const KpiFormat &format, const QString &title, const QList<BucketCoverage> &coverage,
                         bool overlayPrevious)
{
    QList<ChartKpi> chartKpis;
    for (int kpi : kpis) {
        chartKpis.append(ChartKpi::catalog(kpi));
    }
    setChartKpis(rows, chartKpis, granularity, format, title, coverage, overlayPrevious);
}

void TrendChart::setChartKpis(const QList<KpiEngine::Row> &rows, const QList<ChartKpi> &kpis, Breakdown granularity,
                              const KpiFormat &format, const QString &title, const QList<BucketCoverage> &coverage,
                              bool overlayPrevious)
{
    m_format = format;
    setDateFormat(format);
    QChart *c = chart();
    theme::resetChart(c, palette(), title);
    m_lines = 0;
    m_points = 0;
    m_overlay = nullptr;
    m_partialPoints = 0;
    const bool withCoverage = coverage.size() == rows.size();
    const auto partial = [&](qsizetype i) {
        return withCoverage && coverage.at(i).partial();
    };
    m_partialNote = withCoverage ? BucketCoverage::legend(coverage, granularity) : QString();
    // The whole buckets are one run (the data's dates are one range); the partial ones lie before or after it.
    qsizetype firstWhole = rows.size();
    qsizetype lastWhole = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!partial(i)) {
            firstWhole = std::min(firstWhole, i);
            lastWhole = i;
        }
    }
    // The bucket nearest to a hovered x, for its date and whether it is partial.
    const auto bucketAt = [rows](double x) {
        qsizetype best = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            if (std::fabs(double(rows.at(i).scope.from.startOfDay().toMSecsSinceEpoch()) - x) <
                std::fabs(double(rows.at(best).scope.from.startOfDay().toMSecsSinceEpoch()) - x)) {
                best = i;
            }
        }
        return best;
    };

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

    // The first KPI on the left axis, the others on the right one; each axis scaled to its largest value (the
    // comparison's included when it is drawn).
    QValueAxis *left = nullptr;
    QValueAxis *right = nullptr;
    double leftMax = 0;
    double rightMax = 0;
    const auto onLeftAxis = [&](qsizetype k) {
        return k == 0;
    };
    for (qsizetype k = 0; k < kpis.size(); ++k) {
        const ChartKpi &kpi = kpis.at(k);
        const double scale = kpi.isRatio() ? 100 : 1;
        double &maximum = onLeftAxis(k) ? leftMax : rightMax;
        for (const KpiEngine::Row &row : rows) {
            if (const auto v = kpi.valueIn(row.values)) {
                maximum = std::max(maximum, *v * scale);
            }
            if (overlayPrevious && row.previous) {
                if (const auto v = kpi.valueIn(*row.previous)) {
                    maximum = std::max(maximum, *v * scale);
                }
            }
        }
    }
    const AxisScale leftScale = AxisScale::forMaximum(leftMax);
    const AxisScale rightScale = AxisScale::forMaximum(rightMax);
    const auto colours = theme::series();
    for (int k = 0; k < kpis.size(); ++k) {
        const ChartKpi &kpi = kpis.at(k);
        const bool onLeft = onLeftAxis(k);
        const AxisScale &axisScale = onLeft ? leftScale : rightScale;
        const QColor colour = colours.at(k % colours.size());
        // Ratios are drawn as percentages.
        const double scale = (kpi.isRatio() ? 100 : 1) / axisScale.divisor;
        const auto pointOf = [&](qsizetype i) -> std::optional<QPointF> {
            if (const auto v = kpi.valueIn(rows.at(i).values)) {
                return QPointF(double(rows.at(i).scope.from.startOfDay().toMSecsSinceEpoch()), *v * scale);
            }
            return std::nullopt;
        };
        // The solid line over the whole buckets; dashed lines from its ends to the partial buckets before and after;
        // hollow points on the partial buckets.
        auto *series = new QLineSeries;
        series->setName(kpi.name());
        series->setColor(colour);
        series->setPointsVisible(rows.size() <= 60);
        QPen pen = series->pen();
        pen.setWidthF(2);
        series->setPen(pen);
        QList<QLineSeries *> dashed;
        auto *hollow = new QScatterSeries;
        hollow->setMarkerSize(8);
        hollow->setColor(theme::card(palette()));
        hollow->setBorderColor(colour);
        const auto dashedRun = [&](qsizetype from, qsizetype to) {
            auto *d = new QLineSeries;
            d->setPen(QPen(colour, 2, Qt::DashLine));
            for (qsizetype i = std::max<qsizetype>(from, 0); i <= to && i < rows.size(); ++i) {
                if (const auto pt = pointOf(i)) {
                    d->append(*pt);
                }
            }
            if (d->count() >= 2) {
                dashed.append(d);
            } else {
                delete d;
            }
        };
        if (lastWhole < 0) {
            dashedRun(0, rows.size() - 1);
        } else {
            dashedRun(0, firstWhole);
            dashedRun(lastWhole, rows.size() - 1);
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (const auto pt = pointOf(i)) {
                ++m_points;
                if (partial(i)) {
                    hollow->append(*pt);
                    ++m_partialPoints;
                } else {
                    series->append(*pt);
                }
            }
        }
        QList<QXYSeries *> all{series};
        for (QLineSeries *d : dashed) {
            all.append(d);
        }
        if (overlayPrevious) {
            // The comparison period's values at the same place: a dotted, lighter line with a legend entry.
            auto *before = new QLineSeries;
            before->setName(tr("%1, comparison period").arg(kpi.name()));
            QColor light = colour;
            light.setAlphaF(0.55);
            before->setPen(QPen(light, 2, Qt::DotLine));
            for (const KpiEngine::Row &row : rows) {
                if (const auto v = row.previous ? kpi.valueIn(*row.previous) : std::nullopt) {
                    before->append(double(row.scope.from.startOfDay().toMSecsSinceEpoch()), *v * scale);
                }
            }
            if (before->count() > 0) {
                all.append(before);
                m_overlay = before;
            } else {
                delete before;
            }
        }
        if (hollow->count() > 0) {
            all.append(hollow);
        } else {
            delete hollow;
        }
        QValueAxis *&axis = onLeft ? left : right;
        if (!axis) {
            axis = new QValueAxis;
            const QString labels =
                axisScale.labelFormat(kpi.isRatio(), kpi.unit() == KpiUnit::Number || kpi.unit() == KpiUnit::Score);
            // The money axis says its currency where the locale puts it: "$12k", "12k zł".
            axis->setLabelFormat(kpi.isMoney() ? m_format.moneyLabelFormat(labels, m_format.currency()) : labels);
            c->addAxis(axis, onLeft ? Qt::AlignLeft : Qt::AlignRight);
        }
        // The axis names what it measures and in which unit: "Media spend (USD)", "Click-through rate (%)".
        QStringList titles =
            axis->titleText().isEmpty() ? QStringList() : axis->titleText().split(QStringLiteral(", "));
        titles.append(kpi.axisTitle(m_format.currency()));
        axis->setTitleText(titles.join(QStringLiteral(", ")));
        const QString name = series->name();
        for (QXYSeries *s : all) {
            c->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(axis);
            // A click on a point asks for the rows behind it: those of its time bucket (a custom KPI, a formula over
            // other KPIs, has no rows of its own).
            if (kpi.index >= 0) {
                connect(s, &QXYSeries::clicked, this, [this, index = kpi.index, rows, bucketAt](const QPointF &point) {
                    if (!rows.isEmpty()) {
                        const qsizetype i = bucketAt(point.x());
                        emit rowsRequested(index, rows.at(i).scope, m_format.date(rows.at(i).scope.from));
                    }
                });
            }
            connect(s, &QXYSeries::hovered, this,
                    [this, kpi, name, rows, coverage, withCoverage, granularity, bucketAt](const QPointF &point,
                                                                                           bool state) {
                        if (!state) {
                            QToolTip::hideText();
                            return;
                        }
                        const qsizetype i = bucketAt(point.x());
                        const KpiEngine::Row &row = rows.at(i);
                        const std::optional<double> value = kpi.valueIn(row.values);
                        QString text =
                            QStringLiteral("%1\n%2: %3")
                                .arg(name, m_format.range(row.scope.from, row.scope.to), kpi.display(m_format, value));
                        if (row.previous) {
                            const std::optional<double> before = kpi.valueIn(*row.previous);
                            text += QStringLiteral("\n%1: %2 (%3)")
                                        .arg(m_format.range(row.previousScope.from, row.previousScope.to),
                                             kpi.display(m_format, before),
                                             m_format.change(KpiValues::change(value, before)));
                        }
                        if (withCoverage && coverage.at(i).partial()) {
                            text += u'\n' + coverage.at(i).note(granularity);
                        }
                        QToolTip::showText(QCursor::pos(), text, this);
                    });
            if (s != series && s != m_overlay) {
                // One legend entry per KPI; the dashed lines get one of their own, after them all.
                for (QLegendMarker *marker : c->legend()->markers(s)) {
                    marker->setVisible(false);
                }
            }
        }
        ++m_lines;
    }
    for (auto [axis, maximum] :
         {std::pair{left, leftMax / leftScale.divisor}, std::pair{right, rightMax / rightScale.divisor}}) {
        if (axis) {
            axis->setTickCount(5);
            axis->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
            axis->applyNiceNumbers();
        }
    }
    // The legend's entry for the dashed lines: a line without points, so that it names no KPI.
    const bool anyPartial = m_partialPoints > 0 && !m_partialNote.isEmpty();
    if (anyPartial) {
        auto *key = new QLineSeries;
        key->setName(BucketCoverage::legend(coverage, granularity, false));
        key->setPen(QPen(theme::muted(palette()), 2, Qt::DashLine));
        c->addSeries(key);
        key->attachAxis(x);
        if (left) {
            key->attachAxis(left);
        }
    }
    setToolTip(anyPartial ? m_partialNote : QString());
    c->legend()->setVisible(kpis.size() > 1 || anyPartial || m_overlay);
    x->setTitleText(bucketTitle(granularity));
    for (QAbstractAxis *axis : c->axes()) {
        QFont f = axis->titleFont();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        f.setBold(false);
        axis->setTitleFont(f);
        axis->setTitleBrush(theme::muted(palette()));
    }

    // Nothing to draw: no axes with 0 0 0 1 1 1 ticks, but what would fill the chart.
    const bool empty = m_points == 0 && !kpis.isEmpty();
    m_empty->setText(
        empty ? tr("No %1 in this period.\n%2").arg(kpis.constFirst().name(), kpis.constFirst().inputsHint(rows))
              : QString());
    m_empty->setVisible(empty);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setVisible(!empty);
    }
    c->legend()->setVisible(c->legend()->isVisible() && !empty);
}

QString TrendChart::emptyMessage() const
{
    return m_empty->text();
}

QString TrendChart::axisTitle(Qt::Alignment side) const
{
    const QList<QAbstractAxis *> axes = chart()->axes(side == Qt::AlignBottom ? Qt::Horizontal : Qt::Vertical);
    for (QAbstractAxis *axis : axes) {
        if (axis->alignment() == side) {
            return axis->titleText();
        }
    }
    return {};
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    AnnotatedChart::resizeEvent(event);
    m_empty->setGeometry(rect().adjusted(24, 24, -24, -24));
}

} // namespace funnelscope

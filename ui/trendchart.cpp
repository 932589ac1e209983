#include "trendchart.h"

#include "chartaxis.h"
#include "i18n/language.h"
#include "kpi/kpicatalog.h"
#include "theme.h"

#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

namespace funnelscope {

TrendChart::TrendChart(QWidget *parent) : AnnotatedChart(parent)
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
    setDateFormat(format);
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

} // namespace funnelscope

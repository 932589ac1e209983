#include "breakdownchart.h"

#include "chartaxis.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QToolTip>
#include <QValueAxis>

namespace funnelscope {

namespace {
constexpr int MaxBars = 8;
}

BreakdownChart::BreakdownChart(QWidget *parent) : QChartView(new QChart, parent), m_empty(new QLabel(this))
{
    m_empty->setObjectName(QStringLiteral("emptyChart"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(6);
}

void BreakdownChart::setData(const QList<KpiEngine::Row> &rows, int kpi, const KpiFormat &format, const QString &title)
{
    setData(rows, ChartKpi::catalog(kpi), format, title);
}

void BreakdownChart::setData(const QList<KpiEngine::Row> &rows, const ChartKpi &kpi, const KpiFormat &format,
                             const QString &title)
{
    QChart *c = chart();
    theme::resetChart(c, palette(), title);
    c->legend()->hide();

    // The largest values, top to bottom (a horizontal bar series draws its first category at the bottom).
    QList<std::pair<QString, double>> items;
    for (const KpiEngine::Row &row : rows) {
        // Zero bars cannot be seen; the table lists them.
        if (const auto v = kpi.valueIn(row.values); v && *v != 0) {
            items.append({row.key, *v});
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (items.size() > MaxBars) {
        items.resize(MaxBars);
    }
    std::reverse(items.begin(), items.end());
    m_bars = int(items.size());

    const bool ratio = kpi.isRatio();
    double largest = 0;
    for (const auto &item : items) {
        largest = std::max(largest, item.second * (ratio ? 100 : 1));
    }
    const AxisScale axisScale = AxisScale::forMaximum(largest);
    const double scale = (ratio ? 100 : 1) / axisScale.divisor;
    auto *set = new QBarSet(title);
    set->setColor(theme::series().first());
    QStringList categories;
    double maximum = 0;
    for (const auto &[name, value] : items) {
        categories.append(fontMetrics().elidedText(name, Qt::ElideMiddle, 120).toHtmlEscaped()); // labels are HTML
        set->append(value * scale);
        maximum = std::max(maximum, value * scale);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setTickCount(5);
    x->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    x->applyNiceNumbers();
    const QString labels = axisScale.labelFormat(ratio, kpi.unit() == KpiUnit::Number);
    x->setLabelFormat(kpi.isMoney() ? format.moneyLabelFormat(labels, format.currency()) : labels);
    x->setTitleText(kpi.axisTitle(format.currency()));
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Nothing to draw: no axes with 0 0 0 1 1 1 ticks, but what would fill the chart (TrendChart's sentence).
    const bool empty = items.isEmpty();
    m_empty->setText(empty ? QCoreApplication::translate("funnelscope::TrendChart", "No %1 in this period.\n%2")
                                 .arg(kpi.name(), kpi.inputsHint(rows))
                           : QString());
    m_empty->setVisible(empty);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setVisible(!empty);
    }
    // A click on a bar asks for the rows behind it: that channel's (or campaign's) rows of the period.
    QHash<QString, Scope> scopes;
    for (const KpiEngine::Row &row : rows) {
        scopes.insert(row.key, row.scope);
    }
    if (kpi.index >= 0) {
        connect(set, &QBarSet::clicked, this, [this, items, index = kpi.index, scopes](int bar) {
            if (bar >= 0 && bar < items.size()) {
                emit rowsRequested(index, scopes.value(items.at(bar).first), items.at(bar).first);
            }
        });
    }
    // Hovering a bar says its value over the period and, with a comparison, the comparison period's and the change.
    QHash<QString, const KpiEngine::Row *> byKey;
    for (const KpiEngine::Row &row : rows) {
        byKey.insert(row.key, &row);
    }
    QStringList texts;
    for (const auto &[name, value] : items) {
        const KpiEngine::Row *row = byKey.value(name);
        QString text = QStringLiteral("%1\n%2: %3")
                           .arg(name, format.range(row->scope.from, row->scope.to), kpi.display(format, value));
        if (row->previous) {
            const std::optional<double> before = kpi.valueIn(*row->previous);
            text += QStringLiteral("\n%1: %2 (%3)")
                        .arg(format.range(row->previousScope.from, row->previousScope.to), kpi.display(format, before),
                             format.change(KpiValues::change(value, before)));
        }
        texts.append(text);
    }
    connect(set, &QBarSet::hovered, this, [this, texts](bool state, int index) {
        if (!state || index < 0 || index >= texts.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), texts.at(index), this);
    });
}

QString BreakdownChart::emptyMessage() const
{
    return m_empty->text();
}

void BreakdownChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_empty->setGeometry(rect().adjusted(24, 24, -24, -24));
}

} // namespace funnelscope

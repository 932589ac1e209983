#include "attributionview.h"
#include "tablefit.h"

#include "store/readsnapshot.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QToolTip>
#include <QCoreApplication>
#include <QCursor>
#include <QValueAxis>

namespace funnelscope {

namespace {

QString modelTitle(AttributionModel model)
{
    switch (model) {
    case AttributionModel::FirstTouch:
        return AttributionView::tr("First touch");
    case AttributionModel::LastTouch:
        return AttributionView::tr("Last touch");
    case AttributionModel::Linear:
        return AttributionView::tr("Linear");
    case AttributionModel::TimeDecay:
        return AttributionView::tr("Time decay (7 days)");
    case AttributionModel::PositionBased:
        return AttributionView::tr("Position (40/20/40)");
    }
    return {};
}

} // namespace

AttributionView::AttributionView(QWidget *parent)
    : PeriodView(parent), m_measure(new QComboBox), m_status(new QLabel), m_table(new QTableWidget),
      m_chart(new QChartView(new QChart))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Attribution</b>: who gets the credit, model by model"));
    bar->addWidget(title);
    bar->addStretch();
    m_measure->addItem(tr("Leads"));
    m_measure->addItem(tr("Customers"));
    m_measure->addItem(tr("Won revenue"));
    m_measure->setAccessibleName(tr("Credit for"));
    bar->addWidget(new QLabel(tr("Credit for:")));
    bar->addWidget(m_measure);
    layout->addLayout(bar);
    m_status->setWordWrap(true);
    m_status->setText(tr("Each conversion of the period (a lead created, a customer won, a deal's revenue) is shared "
                         "among its touchpoints up to that day; without touchpoints it goes to its own channel."));
    layout->addWidget(m_status);
    auto *row = new QHBoxLayout;
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    fitToRows(m_table);
    row->addWidget(m_table, 1);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);
    row->addWidget(m_chart, 1);
    layout->addLayout(row);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &AttributionView::fill);
}

void AttributionView::load()
{
    const QDate first = from();
    const QDate last = to();
    compute<QList<Attribution::Result>>(
        [first, last](Workspace &workspace) {
            const ReadSnapshot read(workspace);
            QList<Attribution::Result> results;
            const Attribution attribution(workspace);
            for (AttributionModel model : Attribution::allModels()) {
                results.append(attribution.compute(first, last, model, Breakdown::Channel));
            }
            return results;
        },
        [this](const QList<Attribution::Result> &results) {
            m_results = results;
            fill();
        });
}

int AttributionView::chartSets() const
{
    const auto series = m_chart->chart()->series();
    return series.isEmpty() ? 0 : int(static_cast<QBarSeries *>(series.first())->count());
}

void AttributionView::fill()
{
    const QList<AttributionModel> models = Attribution::allModels();
    if (m_results.size() != models.size()) {
        return;
    }
    const int measure = m_measure->currentIndex();
    const auto value = [measure](const Attribution::Row &row) {
        return measure == 0 ? row.leads : measure == 1 ? row.customers : double(row.revenueMicros) / 1e6;
    };
    // Revenue in the currency attribution computed it in (the reporting one), with its symbol.
    const QString revenueCurrency = m_results.isEmpty() ? QString() : m_results.constFirst().currency;
    const auto text = [&](double v) {
        return measure == 2 ? m_format.money(v, revenueCurrency, 2) : m_format.number(v, 1);
    };
    // Every channel any model credits, largest (linear) first.
    QStringList channels;
    QHash<QString, QList<double>> values;
    for (qsizetype m = 0; m < models.size(); ++m) {
        for (const Attribution::Row &row : m_results.at(m).rows) {
            auto &list = values[row.key];
            if (list.isEmpty()) {
                list = QList<double>(models.size(), 0.0);
                channels.append(row.key);
            }
            list[m] = value(row);
        }
    }
    const qsizetype linear = models.indexOf(AttributionModel::Linear);
    std::stable_sort(channels.begin(), channels.end(), [&](const QString &a, const QString &b) {
        return values.value(a).at(linear) > values.value(b).at(linear);
    });

    m_table->clear();
    m_table->setColumnCount(int(models.size()) + 1);
    QStringList headers{tr("Channel")};
    for (AttributionModel model : models) {
        headers.append(modelTitle(model));
    }
    m_table->setHorizontalHeaderLabels(headers);
    // The channels, then the total each model shares out (bold): every model credits the same conversions.
    m_table->setRowCount(channels.isEmpty() ? 0 : int(channels.size()) + 1);
    QList<double> totals(models.size(), 0.0);
    for (int r = 0; r < channels.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(channels.at(r)));
        for (int m = 0; m < models.size(); ++m) {
            totals[m] += values.value(channels.at(r)).at(m);
            auto *item = new QTableWidgetItem(text(values.value(channels.at(r)).at(m)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, m + 1, item);
        }
    }
    if (!channels.isEmpty()) {
        const int r = int(channels.size());
        m_table->setItem(r, 0, new QTableWidgetItem(QCoreApplication::translate("Kpi", "Total")));
        for (int m = 0; m < models.size(); ++m) {
            auto *item = new QTableWidgetItem(text(totals.at(m)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, m + 1, item);
        }
        for (int column = 0; column < m_table->columnCount(); ++column) {
            QFont bold = m_table->item(r, column)->font();
            bold.setBold(true);
            m_table->item(r, column)->setFont(bold);
        }
    }
    m_table->resizeColumnsToContents();
    fitToRows(m_table);

    QChart *chart = m_chart->chart();
    theme::resetChart(chart, palette(), tr("%1 by channel and model").arg(m_measure->currentText()));
    auto *series = new QBarSeries;
    const QList<QColor> colours = theme::series();
    const QStringList top = channels.mid(0, 8);
    double maximum = 0;
    for (int m = 0; m < models.size(); ++m) {
        auto *set = new QBarSet(modelTitle(models.at(m)));
        set->setColor(colours.at(m % colours.size()));
        QStringList tips;
        for (const QString &channel : top) {
            set->append(values.value(channel).at(m));
            maximum = std::max(maximum, values.value(channel).at(m));
            // Hover: the channel, the model and the credit it gives ("Paid Search\nLinear: 41.5").
            tips.append(QStringLiteral("%1\n%2: %3").arg(channel, set->label(), text(values.value(channel).at(m))));
        }
        connect(set, &QBarSet::hovered, m_chart, [tips](bool on, int index) {
            if (on && index >= 0 && index < tips.size()) {
                QToolTip::showText(QCursor::pos(), tips.at(index));
            } else {
                QToolTip::hideText();
            }
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    for (const QString &channel : top) {
        x->append(fontMetrics().elidedText(channel, Qt::ElideMiddle, 90).toHtmlEscaped()); // labels are HTML
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(measure == 2 ? m_format.moneyLabelFormat(QStringLiteral("%.0f"), revenueCurrency)
                                   : QStringLiteral("%.0f"));
    // What is credited, and in which currency: "Revenue (USD)".
    y->setTitleText(measure == 2 && !revenueCurrency.isEmpty()
                        ? QStringLiteral("%1 (%2)").arg(m_measure->currentText(), revenueCurrency)
                        : m_measure->currentText());
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace funnelscope

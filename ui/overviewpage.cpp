#include "overviewpage.h"

#include "breakdownchart.h"
#include "cardgrid.h"
#include "kpi/kpicatalog.h"
#include "kpicard.h"
#include "trendchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace funnelscope {

OverviewPage::OverviewPage(QWidget *parent)
    : QScrollArea(parent), m_overlay(new QCheckBox), m_trend(new TrendChart), m_breakdown(new BreakdownChart), m_breakdownKpi(new QComboBox)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);

    // One column per funnel stage, left to right: its name, then its headline cards.
    auto *stages = new QGridLayout;
    stages->setHorizontalSpacing(12);
    stages->setVerticalSpacing(6);
    int column = 0;
    for (KpiGroup group :
         {KpiGroup::Awareness, KpiGroup::Engagement, KpiGroup::LeadGeneration, KpiGroup::Sales, KpiGroup::Loyalty}) {
        QList<int> kpis;
        for (int i = 0; i < KpiCatalog::all().size(); ++i) {
            if (KpiCatalog::at(i).group == group && KpiCatalog::at(i).headline) {
                kpis.append(i);
            }
        }
        auto *label = new QLabel(KpiCatalog::groupName(group));
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        auto *grid = new CardGrid(kpis, 1);
        m_grids.append(grid);
        // A click on a card shows its KPI by channel.
        for (KpiCard *card : grid->cards()) {
            connect(card, &KpiCard::chartRequested, this, [this](int kpi) {
                if (const int i = m_breakdownKpi->findData(kpi); i >= 0) {
                    m_breakdownKpi->setCurrentIndex(i);
                }
            });
        }
        stages->addWidget(label, 0, column);
        stages->addWidget(grid, 1, column, Qt::AlignTop);
        stages->setColumnStretch(column, 1);
        ++column;
    }
    layout->addLayout(stages);

    for (int i = 0; i < KpiCatalog::all().size(); ++i) {
        const KpiDefinition &k = KpiCatalog::at(i);
        if (k.unit == KpiUnit::Count || k.unit == KpiUnit::Money) {
            m_breakdownKpi->addItem(QCoreApplication::translate("Kpi", k.name), i);
        }
    }
    m_breakdownKpi->setCurrentIndex(m_breakdownKpi->findData(KpiCatalog::indexOf(u"leads")));
    m_breakdownKpi->setAccessibleName(tr("KPI by channel"));
    connect(m_breakdownKpi, &QComboBox::currentIndexChanged, this, &OverviewPage::updateBreakdown);

    m_overlay->setText(tr("Show the &comparison period"));
    m_overlay->setToolTip(tr("Draws the comparison period's values as a dotted line, bucket by bucket"));
    connect(m_overlay, &QCheckBox::toggled, this, &OverviewPage::updateTrend);
    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    auto *left = new QVBoxLayout;
    left->addWidget(m_overlay);
    left->addWidget(m_trend, 1);
    charts->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    auto *pick = new QHBoxLayout;
    auto *byChannel = new QLabel(tr("By &channel:"));
    byChannel->setBuddy(m_breakdownKpi);
    pick->addWidget(byChannel);
    pick->addWidget(m_breakdownKpi, 1);
    right->addLayout(pick);
    right->addWidget(m_breakdown, 1);
    charts->addLayout(right, 1);
    layout->addLayout(charts, 1);
    m_trend->setMinimumHeight(300);
    m_breakdown->setMinimumHeight(270);
    setWidget(content);
}

void OverviewPage::setSnapshot(const std::shared_ptr<const KpiSnapshot> &snapshot, const KpiFormat &format,
                               const QString &comparisonName)
{
    m_snapshot = snapshot;
    m_format = format;
    for (CardGrid *grid : m_grids) {
        grid->setSnapshot(*snapshot, format, comparisonName);
    }
    updateTrend();
    updateBreakdown();
}

void OverviewPage::updateTrend()
{
    if (!m_snapshot) {
        return;
    }
    const bool comparison = m_snapshot->comparison != Comparison::None;
    m_overlay->setEnabled(comparison);
    // What the money bought: spend on the left axis, leads on the right one, each on its own scale (revenue, ten
    // times larger, would flatten spend beside it; it has its chart on the Sales tab).
    m_trend->setData(m_snapshot->series, {KpiCatalog::indexOf(u"media_cost"), KpiCatalog::indexOf(u"leads")},
                     m_snapshot->granularity, m_format, tr("Media spend and leads"), m_snapshot->coverage,
                     comparison && m_overlay->isChecked());
}

void OverviewPage::updateBreakdown()
{
    if (!m_snapshot) {
        return;
    }
    const int kpi = m_breakdownKpi->currentData().toInt();
    m_breakdown->setData(m_snapshot->channels, kpi, m_format,
                         tr("%1 by channel").arg(QCoreApplication::translate("Kpi", KpiCatalog::at(kpi).name)));
}

} // namespace funnelscope

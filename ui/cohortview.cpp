#include "cohortview.h"
#include "tablefit.h"

#include "kpi/kpiformat.h"
#include "store/readsnapshot.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QCoreApplication>
#include <QTableWidget>
#include <QVBoxLayout>

namespace funnelscope {

CohortView::CohortView(QWidget *parent)
    : PeriodView(parent), m_stage(new QComboBox), m_by(new QComboBox), m_table(new QTableWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Lead cohorts</b>: how soon the leads of each of the last 12 months or weeks "
                                 "reach a stage")));
    bar->addStretch();
    m_stage->addItems({tr("MQL"), tr("SQL"), tr("Opportunity"), tr("Customer")});
    m_stage->setAccessibleName(tr("Stage"));
    m_by->addItem(tr("By month of creation"), int(Breakdown::Month));
    m_by->addItem(tr("By week of creation"), int(Breakdown::Week));
    bar->addWidget(m_stage);
    bar->addWidget(m_by);
    layout->addLayout(bar);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    fitToRows(m_table);
    layout->addWidget(m_table);
    auto *note = new QLabel(tr("Shares of the cohort's leads. * still maturing: some of the cohort's leads have not "
                               "had that many days yet."));
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CohortView::fill);
    connect(m_by, &QComboBox::currentIndexChanged, this, &CohortView::load);
}

void CohortView::load()
{
    // Twelve months (or weeks) of cohorts up to the period's end: enough for the heat to show a trend.
    const QDate last = to();
    const Breakdown by = Breakdown(m_by->currentData().toInt());
    const QDate first = by == Breakdown::Week ? last.addDays(1 - last.dayOfWeek()).addDays(-7 * 11)
                                              : QDate(last.year(), last.month(), 1).addMonths(-11);
    compute<QList<Cohorts::Cohort>>(
        [first, last, by](Workspace &workspace) {
            const ReadSnapshot read(workspace);
            return Cohorts(workspace).compute(first, last, by);
        },
        [this](const QList<Cohorts::Cohort> &cohorts) {
            m_cohorts = cohorts;
            fill();
        });
}

void CohortView::fill()
{
    const int stage = m_stage->currentIndex();
    QStringList headers{tr("Cohort"), tr("Leads")};
    for (int days : Cohorts::Windows) {
        headers.append(tr("≤ %1 days").arg(days));
    }
    headers.append(tr("Median days"));
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    // The cohorts, then all of them together (bold): their leads, and the shares of those leads that reached the
    // stage; still maturing when any cohort is; no median (it is not one of the cohorts' medians).
    QList<Cohorts::Cohort> shown = m_cohorts;
    if (!shown.isEmpty()) {
        Cohorts::Cohort all;
        all.key = QCoreApplication::translate("Kpi", "Total");
        all.matured.fill(true);
        for (const Cohorts::Cohort &c : m_cohorts) {
            all.leads += c.leads;
            for (int st = 0; st < Cohorts::StageCount; ++st) {
                for (int w = 0; w < int(Cohorts::Windows.size()); ++w) {
                    all.reached[st][w] += c.reached[st][w];
                }
            }
            for (int w = 0; w < int(Cohorts::Windows.size()); ++w) {
                all.matured[w] = all.matured[w] && c.matured[w];
            }
        }
        shown.append(all);
    }
    m_table->setRowCount(int(shown.size()));
    const QLocale locale;
    const QColor heat = theme::accent(palette());
    const QColor muted = theme::muted(palette());
    // Each column's heat runs from its worst cohort to its best, so that differences show.
    std::array<double, Cohorts::Windows.size()> best{};
    std::array<double, Cohorts::Windows.size()> worst{};
    worst.fill(1);
    for (const Cohorts::Cohort &c : m_cohorts) {
        for (int w = 0; w < int(Cohorts::Windows.size()); ++w) {
            if (c.leads > 0) {
                best[w] = std::max(best[w], c.share(stage, w));
                worst[w] = std::min(worst[w], c.share(stage, w));
            }
        }
    }
    for (int r = 0; r < shown.size(); ++r) {
        const Cohorts::Cohort &c = shown.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(c.key));
        auto *leads = new QTableWidgetItem(KpiFormat(locale).number(qint64(c.leads)));
        leads->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 1, leads);
        for (int w = 0; w < int(Cohorts::Windows.size()); ++w) {
            const double share = c.share(stage, w);
            auto *item = new QTableWidgetItem(KpiFormat(locale).percent(locale.toString(share * 100, 'f', 1)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            QColor fill = heat;
            const double range = best[w] - worst[w];
            fill.setAlphaF(float(0.1 + 0.55 * (range > 0 ? (share - worst[w]) / range : 1)));
            item->setBackground(fill);
            if (!c.matured[w]) {
                item->setForeground(muted);
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setText(item->text() + QLatin1Char('*'));
                item->setToolTip(tr("Still maturing: some leads of %1 have not had %2 days yet.")
                                     .arg(c.key)
                                     .arg(Cohorts::Windows[w]));
            }
            m_table->setItem(r, 2 + w, item);
        }
        auto *median = new QTableWidgetItem(c.medianDays[stage] ? locale.toString(*c.medianDays[stage], 'f', 1)
                                                                : QStringLiteral("—"));
        median->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 2 + int(Cohorts::Windows.size()), median);
        if (r == m_cohorts.size()) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                QFont bold = m_table->item(r, column)->font();
                bold.setBold(true);
                m_table->item(r, column)->setFont(bold);
            }
        }
    }
    m_table->resizeColumnsToContents();
    fitToRows(m_table);
}

} // namespace funnelscope

#include "grouppage.h"
#include "tablefit.h"

#include "breakdownchart.h"
#include "cardgrid.h"
#include "csv/csvwriter.h"
#include "exportfolder.h"
#include "files/outputfile.h"
#include "kpi/kpitablemodel.h"
#include "kpicard.h"
#include "store/rowdrill.h"
#include "trendchart.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace funnelscope {

GroupPage::GroupPage(KpiGroup group, QWidget *parent)
    : QScrollArea(parent), m_group(group), m_chartKpi(new QComboBox), m_granularity(new QComboBox),
      m_overlay(new QCheckBox), m_trend(new TrendChart), m_breakdown(new BreakdownChart), m_tableBy(new QComboBox),
      m_filter(new QLineEdit), m_model(new KpiTableModel(this)), m_proxy(new KpiTableProxy(this)),
      m_table(new QTableView)
{
    for (int i = 0; i < KpiCatalog::all().size(); ++i) {
        if (KpiCatalog::at(i).group == group) {
            m_kpis.append(i);
            m_chartKpi->addItem(QCoreApplication::translate("Kpi", KpiCatalog::at(i).name), i);
        }
    }
    m_cards = new CardGrid(m_kpis, 5);
    m_cards->setCustomGroup(group);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_layout = layout;
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(m_cards);

    m_granularity->addItem(tr("Automatic"), int(Breakdown::None));
    m_granularity->addItem(tr("By day"), int(Breakdown::Day));
    m_granularity->addItem(tr("By week"), int(Breakdown::Week));
    m_granularity->addItem(tr("By month"), int(Breakdown::Month));
    m_granularity->addItem(tr("By quarter"), int(Breakdown::Quarter));
    m_granularity->setAccessibleName(tr("Time granularity"));
    m_chartKpi->setAccessibleName(tr("KPI in the charts"));
    auto *chartBar = new QHBoxLayout;
    auto *chartLabel = new QLabel(tr("C&hart:"));
    chartLabel->setBuddy(m_chartKpi);
    chartBar->addWidget(chartLabel);
    chartBar->addWidget(m_chartKpi);
    chartBar->addWidget(m_granularity);
    m_overlay->setText(tr("Show the &comparison period"));
    m_overlay->setToolTip(tr("Draws the comparison period's values as a dotted line, bucket by bucket"));
    chartBar->addWidget(m_overlay);
    chartBar->addStretch();
    layout->addLayout(chartBar);
    auto *charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(m_trend, 3);
    charts->addWidget(m_breakdown, 2);
    layout->addLayout(charts);
    connect(m_chartKpi, &QComboBox::currentIndexChanged, this, &GroupPage::updateCharts);
    connect(m_overlay, &QCheckBox::toggled, this, &GroupPage::updateCharts);
    // A click on a card charts its KPI.
    for (KpiCard *card : m_cards->cards()) {
        connect(card, &KpiCard::chartRequested, this, [this](int kpi) {
            if (const int i = m_chartKpi->findData(kpi); i >= 0) {
                m_chartKpi->setCurrentIndex(i);
            }
        });
    }
    // So does a click on a custom KPI's card: its KPI follows the catalog's in the list (syncChartKpis).
    connect(m_cards, &CardGrid::customChartRequested, this, [this](const QString &id) {
        if (const int i = m_chartKpi->findData(id); i >= 0) {
            m_chartKpi->setCurrentIndex(i);
        }
    });
    connect(m_granularity, &QComboBox::activated, this,
            [this] { emit granularityChosen(Breakdown(m_granularity->currentData().toInt())); });

    m_tableBy->addItem(tr("By channel"));
    m_tableBy->addItem(tr("By campaign"));
    m_tableBy->setAccessibleName(tr("Table rows"));
    m_filter->setPlaceholderText(tr("Filter rows…"));
    m_filter->setClearButtonEnabled(true);
    auto *exportButton = new QPushButton(tr("&Export CSV…"));
    auto *copyButton = new QPushButton(tr("Cop&y"));
    auto *tableBar = new QHBoxLayout;
    tableBar->addWidget(m_tableBy);
    tableBar->addWidget(m_filter, 1);
    tableBar->addWidget(copyButton);
    tableBar->addWidget(exportButton);
    layout->addLayout(tableBar);

    m_model->setKpis(m_kpis);
    m_model->setCustomGroup(group);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(KpiTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(1, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The table is as tall as its rows: the page scrolls, not a box of a few rows inside it.
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_table);
    layout->addStretch(1);
    keepFittedToRows(m_table);
    connect(m_tableBy, &QComboBox::currentIndexChanged, this, &GroupPage::updateTable);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant kpi = index.data(KpiTableModel::KpiIndexRole);
        // Custom KPIs (index -1) are formulas over other KPIs: no rows of their own.
        if (!m_snapshot || !kpi.isValid() || kpi.toInt() < 0) {
            return;
        }
        if (index.data(KpiTableModel::TotalRole).toBool()) {
            emit rowsRequested(kpi.toInt(), m_snapshot->scope, QString());
            return;
        }
        const QString name = index.siblingAtColumn(0).data(KpiTableModel::SortRole).toString();
        const Breakdown by = m_tableBy->currentIndex() == 1 ? Breakdown::Campaign : Breakdown::Channel;
        emit rowsRequested(kpi.toInt(), RowDrill::narrowed(m_snapshot->scope, by, name), name);
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, [this] { markHiddenRows(); });

    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(copy, &QAction::triggered, this, &GroupPage::copySelection);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        if (!m_table->selectionModel()->hasSelection()) {
            m_table->selectAll();
        }
        copySelection();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString name = QStringLiteral("%1-%2.csv")
                                 .arg(KpiCatalog::groupId(m_group),
                                      wantsCampaigns() ? QStringLiteral("campaigns") : QStringLiteral("channels"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export table"), ExportFolder::suggest(name),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        ExportFolder::remember(path);
        if (const QString error = exportCsv(path); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Export table"), error);
        }
    });
    setWidget(content);
}

void GroupPage::markHiddenRows()
{
    m_model->setRowsHidden(m_proxy->rowCount() < m_model->rowCount());
}

QString GroupPage::exportCsv(const QString &path) const
{
    OutputFile file(path);
    if (QString error = file.open(); !error.isEmpty()) {
        return error;
    }
    file.write(m_model->toCsv(m_proxy->sourceRows(), exportComments()).toUtf8());
    return file.commit();
}

QStringList GroupPage::exportComments() const
{
    // What the rows are, so that a file found later says it: "Funnelscope: Awareness by channel", the period, the
    // comparison, the filters.
    QStringList lines{tr("Funnelscope: %1 by %2")
                          .arg(KpiCatalog::groupName(m_group), wantsCampaigns() ? tr("campaign") : tr("channel"))};
    if (!m_snapshot) {
        return lines;
    }
    const Scope &scope = m_snapshot->scope;
    const auto day = [](const QDate &d) {
        return d.toString(Qt::ISODate);
    };
    lines.append(tr("Period: %1 to %2").arg(day(scope.from), day(scope.to)));
    if (m_snapshot->comparison != Comparison::None) {
        lines.append(
            tr("Compared with: %1 to %2").arg(day(m_snapshot->previousScope.from), day(m_snapshot->previousScope.to)));
    }
    lines.append(
        tr("Channels: %1").arg(scope.channels.isEmpty() ? tr("all") : scope.channels.join(QStringLiteral(", "))));
    lines.append(
        tr("Campaigns: %1").arg(scope.campaigns.isEmpty() ? tr("all") : scope.campaigns.join(QStringLiteral(", "))));
    if (!m_filter->text().isEmpty()) {
        lines.append(tr("Rows containing: %1").arg(m_filter->text()));
    }
    return lines;
}

void GroupPage::copySelection() const
{
    // Copies the selected cells as tab-separated text, with their column headers, for a spreadsheet: escaped as Export
    // CSV escapes, so a name like =HYPERLINK(...) pastes as text and a line break stays in its cell. Numbers are
    // copied as shown (1,234; 12.3%), which a spreadsheet reads as numbers in the user's language.
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty()) {
        return;
    }
    int top = INT_MAX, bottom = -1, left = INT_MAX, right = -1;
    for (const QModelIndex &i : selected) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    CsvWriter tsv(u'\t', QStringLiteral("\n"));
    for (int c = left; c <= right; ++c) {
        tsv.text(m_proxy->headerData(c, Qt::Horizontal).toString().replace(u'\n', u' '));
    }
    tsv.endRow();
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c) {
            const QModelIndex index = m_proxy->index(r, c);
            const QString shown = m_table->selectionModel()->isSelected(index) ? index.data().toString() : QString();
            // Column 0 names the row; the others are KPI values.
            if (c == 0) {
                tsv.text(shown);
            } else {
                tsv.shownNumber(shown);
            }
        }
        tsv.endRow();
    }
    QApplication::clipboard()->setText(tsv.toString());
}

void GroupPage::setSnapshot(const std::shared_ptr<const KpiSnapshot> &snapshot, const KpiFormat &format,
                            const QString &comparisonName)
{
    m_snapshot = snapshot;
    m_format = format;
    m_comparisonName = comparisonName;
    syncChartKpis();
    // A hidden page waits until it is shown: a filter change redraws only what the user sees.
    m_stale = !isVisible();
    if (!m_stale) {
        apply();
    }
}

void GroupPage::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        apply();
    }
    QScrollArea::showEvent(event);
}

void GroupPage::apply()
{
    m_cards->setSnapshot(*m_snapshot, m_format, m_comparisonName);
    m_model->setFormat(m_format);
    updateCharts();
    updateTable();
}

void GroupPage::addSection(QWidget *section)
{
    m_layout->addSpacing(8);
    m_layout->addWidget(section);
}

bool GroupPage::wantsCampaigns() const
{
    return m_tableBy->currentIndex() == 1;
}

void GroupPage::syncChartKpis()
{
    // The stage's catalog KPIs (their data: the catalog index), then the workspace's custom KPIs of the stage (their
    // data: the custom KPI's id), refilled when those change; the KPI charted stays chosen while it exists.
    QList<std::pair<QString, QString>> custom; // id, name
    if (m_snapshot && m_snapshot->values.customKpis) {
        for (const CustomKpi &k : *m_snapshot->values.customKpis) {
            if (k.group == m_group) {
                custom.append({k.id, k.name});
            }
        }
    }
    const int first = int(m_kpis.size());
    bool same = m_chartKpi->count() == first + custom.size();
    for (int i = 0; same && i < custom.size(); ++i) {
        same = m_chartKpi->itemData(first + i).toString() == custom.at(i).first &&
               m_chartKpi->itemText(first + i) == custom.at(i).second;
    }
    if (same) {
        return;
    }
    const QVariant chosen = m_chartKpi->currentData();
    const QSignalBlocker blocker(m_chartKpi);
    while (m_chartKpi->count() > first) {
        m_chartKpi->removeItem(first);
    }
    for (const auto &[id, name] : custom) {
        m_chartKpi->addItem(name, id);
    }
    m_chartKpi->setCurrentIndex(std::max(0, m_chartKpi->findData(chosen)));
}

ChartKpi GroupPage::chosenChartKpi() const
{
    const QVariant data = m_chartKpi->currentData();
    if (data.typeId() == QMetaType::QString) {
        if (m_snapshot && m_snapshot->values.customKpis) {
            for (const CustomKpi &k : *m_snapshot->values.customKpis) {
                if (k.id == data.toString()) {
                    return ChartKpi::of(k);
                }
            }
        }
        return ChartKpi::catalog(m_kpis.constFirst());
    }
    return ChartKpi::catalog(data.toInt());
}

void GroupPage::updateCharts()
{
    if (!m_snapshot) {
        return;
    }
    const ChartKpi kpi = chosenChartKpi();
    const QString name = kpi.name();
    const bool overlay = m_overlay->isChecked() && m_snapshot->comparison != Comparison::None;
    m_overlay->setEnabled(m_snapshot->comparison != Comparison::None);
    m_trend->setChartKpis(m_snapshot->series, {kpi}, m_snapshot->granularity, m_format, name, m_snapshot->coverage,
                          overlay);
    m_breakdown->setData(m_snapshot->channels, kpi, m_format, tr("%1 by channel").arg(name));
}

void GroupPage::updateTable()
{
    if (!m_snapshot) {
        return;
    }
    const bool byCampaign = wantsCampaigns();
    if (byCampaign && !m_snapshot->withCampaigns) {
        emit campaignsWanted();
    }
    m_model->setRows(byCampaign ? m_snapshot->campaigns : m_snapshot->channels,
                     byCampaign ? tr("Campaign") : tr("Channel"));
    m_model->setTotal(m_snapshot->values, m_snapshot->previous);
    markHiddenRows();
    m_table->resizeColumnsToContents();
    for (int c = 1; c < m_model->columnCount(); ++c) {
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 90, 170));
    }
    m_table->setColumnWidth(0, std::clamp(m_table->columnWidth(0), 140, 420));
    fitToRows(m_table);
}

} // namespace funnelscope

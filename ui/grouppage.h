#pragma once

#include "chartkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiformat.h"
#include "kpi/kpisnapshot.h"

#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QVBoxLayout;

namespace funnelscope {

class BreakdownChart;
class CardGrid;
class KpiTableModel;
class KpiTableProxy;
class TrendChart;

// One funnel stage: a card for each of its KPIs, one KPI over time and by channel, and a table of every KPI of the
// stage by channel or campaign that sorts, filters, copies and exports.
class GroupPage final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPage)

public:
    explicit GroupPage(KpiGroup group, QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const KpiSnapshot> &snapshot, const KpiFormat &format,
                     const QString &comparisonName);
    KpiGroup group() const { return m_group; }
    CardGrid *cards() const { return m_cards; }
    TrendChart *trendChart() const { return m_trend; }
    BreakdownChart *breakdownChart() const { return m_breakdown; }
    KpiTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *tableBy() const { return m_tableBy; }
    QComboBox *chartKpi() const { return m_chartKpi; }
    QCheckBox *overlayComparison() const { return m_overlay; }
    // A view of the stage's own below the table (attribution for Sales, reconciliation for Lead generation).
    void addSection(QWidget *section);
    // Whether the table shows campaigns, which snapshots carry only when asked.
    bool wantsCampaigns() const;
    // Writes the table as CSV to path, its rows as filtered and sorted, after comment lines on the period and
    // filters; returns an error message or empty.
    QString exportCsv(const QString &path) const;

signals:
    // The user picked a time granularity (Breakdown::None for automatic).
    void granularityChosen(funnelscope::Breakdown granularity);
    // The table was switched to campaigns and the snapshot has none.
    void campaignsWanted();
    // A KPI cell of the table was double-clicked: the rows behind it (that row's channel or campaign) are wanted.
    void rowsRequested(int kpi, const funnelscope::Scope &scope, const QString &what);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply();
    void syncChartKpis();
    ChartKpi chosenChartKpi() const;
    void updateCharts();
    void updateTable();
    void copySelection() const;
    // The total row says when the row filter hides some rows (KpiTableModel::setRowsHidden).
    void markHiddenRows();
    QStringList exportComments() const;

    KpiGroup m_group;
    QList<int> m_kpis;
    CardGrid *m_cards;
    QComboBox *m_chartKpi;
    QComboBox *m_granularity;
    QCheckBox *m_overlay;
    TrendChart *m_trend;
    BreakdownChart *m_breakdown;
    QComboBox *m_tableBy;
    QLineEdit *m_filter;
    KpiTableModel *m_model;
    KpiTableProxy *m_proxy;
    QTableView *m_table;
    std::shared_ptr<const KpiSnapshot> m_snapshot;
    KpiFormat m_format;
    QString m_comparisonName;
    QVBoxLayout *m_layout = nullptr;
    bool m_stale = false; // a snapshot arrived while hidden: shown when the page is
};

} // namespace funnelscope

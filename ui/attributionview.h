#pragma once

#include "attribution/attribution.h"
#include "kpi/kpiformat.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace funnelscope {

// The Sales tab's comparison of attribution models: for each channel, the credit every model gives it for the
// period's leads, customers or won revenue, as a table and a grouped bar chart. Computed on a thread of its own when
// the view is shown for a new period.
class AttributionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionView)

public:
    explicit AttributionView(QWidget *parent = nullptr);

    void setPeriod(const QString &workspacePath, const QDate &from, const QDate &to, const KpiFormat &format);
    QTableWidget *table() const { return m_table; }
    QComboBox *measure() const { return m_measure; }
    int chartSets() const;

    bool isLoading() const { return m_loading; }

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void fill();

    QComboBox *m_measure;
    QLabel *m_status;
    QTableWidget *m_table;
    QChartView *m_chart;
    QString m_path;
    QDate m_from, m_to;
    KpiFormat m_format;
    bool m_stale = false;
    bool m_loading = false;
    int m_generation = 0;
    QList<Attribution::Result> m_results; // one per model, in Attribution::allModels() order
};

} // namespace funnelscope

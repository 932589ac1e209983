#pragma once

#include "attribution/attribution.h"
#include "kpi/kpiformat.h"
#include "periodview.h"

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace funnelscope {

// The Sales tab's comparison of attribution models: for each channel, the credit every model gives it for the
// period's leads, customers or won revenue, as a table and a grouped bar chart. Computed on a thread of its own when
// the view is shown for a new period.
class AttributionView final : public PeriodView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionView)

public:
    explicit AttributionView(QWidget *parent = nullptr);

    void setFormat(const KpiFormat &format) { m_format = format; }
    QTableWidget *table() const { return m_table; }
    QComboBox *measure() const { return m_measure; }
    int chartSets() const;

private:
    void load() override;
    void fill();

    QComboBox *m_measure;
    QLabel *m_status;
    QTableWidget *m_table;
    QChartView *m_chart;
    KpiFormat m_format;
    QList<Attribution::Result> m_results; // one per model, in Attribution::allModels() order
};

} // namespace funnelscope

#pragma once

#include "kpi/kpiformat.h"
#include "kpi/kpisnapshot.h"

#include <QWidget>

class QTableWidget;

namespace funnelscope {

// The Lead generation tab's reconciliation: per channel, the leads the ad platforms reported (campaign rows) against
// the leads the CRM recorded for the same period, the difference, and analytics' key events where imported.
class ReconciliationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationView)

public:
    explicit ReconciliationView(QWidget *parent = nullptr);
    void setSnapshot(const KpiSnapshot &snapshot, const KpiFormat &format);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace funnelscope

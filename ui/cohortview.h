#pragma once

#include "cohorts/cohorts.h"
#include "periodview.h"

class QComboBox;
class QTableWidget;

namespace funnelscope {

// The Funnel tab's lead cohorts: one row per month (or week) of creation, for the twelve up to the period's end, the
// share of its leads reaching a stage within 30, 60, 90 and 180 days as a heat map, and the median days to it.
// Computed on a thread of its own when the view is shown for a new period.
class CohortView final : public PeriodView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortView)

public:
    explicit CohortView(QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *stage() const { return m_stage; }

private:
    void load() override;
    void fill();

    QComboBox *m_stage;
    QComboBox *m_by;
    QTableWidget *m_table;
    QList<Cohorts::Cohort> m_cohorts;
};

} // namespace funnelscope

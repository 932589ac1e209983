#pragma once

#include "cohorts/cohorts.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace funnelscope {

// The Funnel tab's lead cohorts: one row per month (or week) of creation, for the twelve up to the period's end, the
// share of its leads reaching a stage within 30, 60, 90 and 180 days as a heat map, and the median days to it.
// Computed on a thread of its own when the view is shown for a new period.
class CohortView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortView)

public:
    explicit CohortView(QWidget *parent = nullptr);

    void setPeriod(const QString &workspacePath, const QDate &from, const QDate &to);
    QTableWidget *table() const { return m_table; }
    QComboBox *stage() const { return m_stage; }

    bool isLoading() const { return m_loading; }

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void fill();

    QComboBox *m_stage;
    QComboBox *m_by;
    QTableWidget *m_table;
    QString m_path;
    QDate m_from, m_to;
    bool m_stale = false;
    bool m_loading = false;
    int m_generation = 0;
    QList<Cohorts::Cohort> m_cohorts;
};

} // namespace funnelscope

#pragma once

#include "goalprogress.h"
#include "kpi/customkpi.h"
#include "kpi/kpiformat.h"

#include <QAbstractTableModel>

namespace funnelscope {

// Goals with where they stand: name, KPI, current value, target, progress, status, deadline.
class GoalListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalListModel)

public:
    enum Column
    {
        Name,
        Kpi,
        Current,
        Target,
        Progress,
        Status,
        Deadline,
        ColumnCount
    };
    enum Role
    {
        GoalIdRole = Qt::UserRole + 1,
        StatusRole
    };

    explicit GoalListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setGoals(const QList<std::pair<Goal, GoalProgress>> &goals, const KpiFormat &format);
    const Goal &goal(int row) const { return m_goals.at(row).first; }
    const GoalProgress &progress(int row) const { return m_goals.at(row).second; }
    int rowOf(qint64 goalId) const;
    // The workspace's custom KPIs, for goals that measure one.
    void setCustomKpis(const CustomKpiList &kpis) { m_customKpis = kpis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How a goal's amounts are shown: in the currency the goal was set in, else the list's.
    KpiFormat goalFormat(const Goal &goal) const;

private:
    QList<std::pair<Goal, GoalProgress>> m_goals;
    CustomKpiList m_customKpis;

    KpiFormat m_format;
};

} // namespace funnelscope

#include "goallistmodel.h"

#include "kpi/kpicatalog.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace funnelscope {

void GoalListModel::setGoals(const QList<std::pair<Goal, GoalProgress>> &goals, const KpiFormat &format)
{
    beginResetModel();
    m_goals = goals;
    m_format = format;
    endResetModel();
}

int GoalListModel::rowOf(qint64 goalId) const
{
    for (int i = 0; i < m_goals.size(); ++i) {
        if (m_goals.at(i).first.id == goalId) {
            return i;
        }
    }
    return -1;
}

KpiFormat GoalListModel::goalFormat(const Goal &goal) const
{
    // A money goal shows its amounts in the currency it was set in.
    return goal.currency.isEmpty() ? m_format : KpiFormat(m_format.locale(), goal.currency);
}

int GoalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

int GoalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const auto &[goal, progress] = m_goals.at(index.row());
    const int kpi = KpiCatalog::indexOf(goal.kpi);
    if (role == GoalIdRole) {
        return goal.id;
    }
    if (role == StatusRole) {
        return GoalProgress::statusId(progress.status);
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Current || index.column() == Target || index.column() == Progress
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        return goal.objective.isEmpty() ? QVariant()
                                        : QVariant(Qt::convertFromPlainText(tr("Serves: %1").arg(goal.objective)));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const CustomKpi *custom = nullptr;
    for (const CustomKpi &k : m_customKpis) {
        if (k.id == goal.kpi) {
            custom = &k;
        }
    }
    switch (index.column()) {
    case Name:
        return goal.name;
    case Kpi:
        return kpi >= 0 ? QCoreApplication::translate("Kpi", KpiCatalog::at(kpi).name)
               : custom ? custom->name
                        : goal.kpi;
    case Current:
        return kpi >= 0 ? goalFormat(goal).value(kpi, progress.current)
               : custom ? custom->display(progress.current, goalFormat(goal))
                        : QString();
    case Target:
        return kpi >= 0 ? goalFormat(goal).value(kpi, goal.target)
               : custom ? custom->display(goal.target, goalFormat(goal))
                        : QString();
    case Progress:
        return progress.progress ? m_format.percent(m_format.locale().toString(*progress.progress * 100, 'f', 0))
                                 : QStringLiteral("—");
    case Status:
        return GoalProgress::statusName(progress.status);
    case Deadline:
        return m_format.date(goal.deadline);
    default:
        return {};
    }
}

QVariant GoalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Goal");
    case Kpi:
        return tr("KPI");
    case Current:
        return tr("Now");
    case Target:
        return tr("Target");
    case Progress:
        return tr("Progress");
    case Status:
        return tr("Status");
    case Deadline:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace funnelscope

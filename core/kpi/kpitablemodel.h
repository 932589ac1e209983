#pragma once

#include "kpiengine.h"
#include "kpiformat.h"

#include <QAbstractTableModel>

namespace funnelscope {

// KPI values by channel, campaign or time bucket as a table: the first column names the row, then one column per
// KPI. Display text is formatted for the locale; the sort role holds the raw number (unknown sorts first).
class KpiTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTableModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ChangeRole,
        KpiIndexRole
    };

    explicit KpiTableModel(QObject *parent = nullptr);

    void setKpis(const QList<int> &kpiIndexes);
    void setRows(const QList<KpiEngine::Row> &rows, const QString &keyTitle);
    // Also show the custom KPIs of group the rows carry (KpiValues::customKpis), after the catalog's columns.
    void setCustomGroup(std::optional<KpiGroup> group) { m_customGroup = group; }
    // The custom KPIs shown, in column order after the catalog's (indexes into the rows' customKpis).
    const QList<int> &customColumns() const { return m_custom; }
    void setFormat(const KpiFormat &format);
    const QList<int> &kpis() const { return m_kpis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The table as CSV text, formula-looking text cells escaped.
    QString toCsv() const;

private:
    QList<int> m_kpis;
    std::optional<KpiGroup> m_customGroup;
    QList<int> m_custom;
    std::shared_ptr<const CustomKpiList> m_customKpis;
    QList<KpiEngine::Row> m_rows;
    // A cell's value and text: column c (from 1) of row.
    std::optional<double> valueAt(const KpiValues &values, int column) const;
    QString textOf(int column, std::optional<double> value) const;
    const CustomKpi *customAt(int column) const;
    QString m_keyTitle;
    KpiFormat m_format;
};

} // namespace funnelscope

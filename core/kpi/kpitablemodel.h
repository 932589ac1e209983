#pragma once

#include "kpiengine.h"
#include "kpiformat.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace funnelscope {

// KPI values by channel, campaign or time bucket as a table: the first column names the row, then one column per
// KPI, and a last row of the whole scope's values ("Total": the KPIs of the scope, not a sum of rows, for rates).
// Display text is formatted for the locale; the sort role holds the raw number (empty when unknown).
class KpiTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTableModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ChangeRole,
        KpiIndexRole,
        TotalRole // true on the total row
    };

    explicit KpiTableModel(QObject *parent = nullptr);

    void setKpis(const QList<int> &kpiIndexes);
    void setRows(const QList<KpiEngine::Row> &rows, const QString &keyTitle);
    // The total row's values (and their comparison); none: no total row.
    void setTotal(const std::optional<KpiValues> &values, const std::optional<KpiValues> &previous = std::nullopt);
    // While a filter hides rows, the total row says it is every row's total, not the sum of those shown (on screen
    // and in the exported file alike).
    void setRowsHidden(bool hidden);
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

    // The table as CSV text, formula-looking text cells escaped: the rows in order (model rows; all of them, in
    // model order, when empty), after a comment line per entry of comments ("# Period: …"). Values are plain
    // decimals rounded to six places, the store's precision of money; money and time columns name their unit.
    QString toCsv(const QList<int> &order = {}, const QStringList &comments = {}) const;

private:
    const KpiEngine::Row &rowAt(int row) const;

    QList<int> m_kpis;
    std::optional<KpiGroup> m_customGroup;
    QList<int> m_custom;
    std::shared_ptr<const CustomKpiList> m_customKpis;
    QList<KpiEngine::Row> m_rows;
    QString totalLabel() const;

    std::optional<KpiEngine::Row> m_total;
    bool m_rowsHidden = false;
    // A cell's value and text: column c (from 1) of row.
    std::optional<double> valueAt(const KpiValues &values, int column) const;
    QString textOf(int column, std::optional<double> value) const;
    const CustomKpi *customAt(int column) const;
    QString m_keyTitle;
    KpiFormat m_format;
};

// Sorts a KpiTableModel the way a marketer reads it: unknown values last in either order, the total row always
// last, and the filter never hides the total.
class KpiTableProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTableProxy)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // The source rows in the order shown.
    QList<int> sourceRows() const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace funnelscope

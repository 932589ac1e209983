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
    QList<KpiEngine::Row> m_rows;
    QString m_keyTitle;
    KpiFormat m_format;
};

} // namespace funnelscope

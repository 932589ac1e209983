#pragma once

#include "rowdrill.h"

#include <QAbstractTableModel>

namespace funnelscope {

// The rows behind a KPI (RowDrill) as a table: date, kind (when the KPI reads rows of several kinds), channel,
// campaign, the KPI's values, file and line. It holds rows loaded elsewhere (load() runs off the UI thread); sorting
// and filtering belong to a QSortFilterProxyModel, which sorts by SortRole (the raw value, unknowns first).
class RowDrillModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowDrillModel)

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    // More rows than anyone reads in a table: the rest are counted, and funnelscope-cli rows lists them all.
    static constexpr qint64 MaxRows = 100000;

    struct Data
    {
        QList<RowDrill::Column> columns;
        bool mixedKinds = false;
        QStringList fieldNames;
        QList<RowDrill::Row> rows; // at most the cap asked for
        RowDrill::Summary summary;
        QString error;
    };
    // Reads the rows of kpi in scope, at most cap of them (on any thread, with that thread's workspace).
    static Data load(Workspace &workspace, const QString &kpi, const Scope &scope, qint64 cap = MaxRows);

    explicit RowDrillModel(QObject *parent = nullptr);
    void setData(Data data);
    const Data &loaded() const { return m_data; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The value of a cell as Export CSV writes it: plain decimals at full precision, ISO dates.
    QString plainText(int row, int column) const;
    QString header(int column) const;

private:
    enum class Field
    {
        Date,
        Kind,
        Channel,
        Campaign,
        Value,
        File,
        Line
    };
    std::pair<Field, int> fieldAt(int column) const;

    Data m_data;
};

} // namespace funnelscope

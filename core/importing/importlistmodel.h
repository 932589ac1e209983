#pragma once

#include "store/importlog.h"

#include <QAbstractTableModel>

namespace funnelscope {

// The workspace's imports as a table: file, kind, source, rows, rejected, when. Newest first.
class ImportListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportListModel)

public:
    enum Column
    {
        File,
        Kind,
        Source,
        Rows,
        Rejected,
        When,
        ColumnCount
    };
    enum Role
    {
        ImportIdRole = Qt::UserRole + 1,
        SortRole
    };

    explicit ImportListModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setImports(const QList<ImportRecord> &imports);
    const ImportRecord &record(int row) const { return m_imports.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportRecord> m_imports;
};

// The rows one import rejected: line, column, reason.
class RejectedRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedRowsModel)

public:
    enum Column
    {
        Line,
        ColumnName,
        Reason,
        ColumnCount
    };

    explicit RejectedRowsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setRows(const QList<ImportError> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportError> m_rows;
};

} // namespace funnelscope

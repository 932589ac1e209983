#include "importlistmodel.h"

#include "kind.h"
#include "kpi/kpiformat.h"

#include <QLocale>
#include <QTextDocument>

namespace funnelscope {

void ImportListModel::setImports(const QList<ImportRecord> &imports)
{
    beginResetModel();
    m_imports = imports;
    endResetModel();
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ImportRecord &r = m_imports.at(index.row());
    if (role == ImportIdRole) {
        return r.id;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == Rows || index.column() == Rejected ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                                    : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == File) {
        return Qt::convertFromPlainText(r.filePath, Qt::WhiteSpaceNoWrap);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case File:
        return r.fileName;
    case Kind:
        return kindTitle(r.kind);
    case Source:
        return r.source;
    case Rows:
        return role == SortRole ? QVariant(r.imported) : QVariant(KpiFormat(locale).number(r.imported));
    case Rejected:
        return role == SortRole ? QVariant(r.rejected) : QVariant(KpiFormat(locale).number(r.rejected));
    case When:
        return role == SortRole ? QVariant(r.importedAt)
                                : QVariant(locale.toString(r.importedAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant ImportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case File:
        return tr("File");
    case Kind:
        return tr("Kind");
    case Source:
        return tr("Source");
    case Rows:
        return tr("Rows");
    case Rejected:
        return tr("Rejected");
    case When:
        return tr("Imported");
    default:
        return {};
    }
}

void RejectedRowsModel::setRows(const QList<ImportError> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const ImportError &e = m_rows.at(index.row());
    switch (index.column()) {
    case Line:
        return e.line;
    case ColumnName:
        return e.column;
    case Reason:
        return e.reason;
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace funnelscope

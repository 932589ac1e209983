#include "rowdrillmodel.h"

#include <QDate>
#include <QLocale>

namespace funnelscope {

RowDrillModel::Data RowDrillModel::load(Workspace &workspace, const QString &kpi, const Scope &scope, qint64 cap)
{
    Data data;
    RowDrill drill(workspace, kpi, scope);
    data.error = drill.error();
    if (!data.error.isEmpty()) {
        return data;
    }
    data.columns = drill.columns();
    data.mixedKinds = drill.mixedKinds();
    data.fieldNames = drill.fieldNames();
    data.summary = drill.summary();
    data.rows.reserve(qMin(cap, data.summary.rows));
    data.error = drill.read(
        [&](const RowDrill::Row &row) {
            data.rows.append(row);
            return true;
        },
        cap);
    return data;
}

RowDrillModel::RowDrillModel(QObject *parent) : QAbstractTableModel(parent) {}

void RowDrillModel::setData(Data data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int RowDrillModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.rows.size());
}

int RowDrillModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.columns.size()) + (m_data.mixedKinds ? 6 : 5);
}

std::pair<RowDrillModel::Field, int> RowDrillModel::fieldAt(int column) const
{
    if (column == 0) {
        return {Field::Date, 0};
    }
    if (m_data.mixedKinds && column == 1) {
        return {Field::Kind, 0};
    }
    column -= m_data.mixedKinds ? 2 : 1;
    if (column == 0) {
        return {Field::Channel, 0};
    }
    if (column == 1) {
        return {Field::Campaign, 0};
    }
    column -= 2;
    if (column < m_data.columns.size()) {
        return {Field::Value, column};
    }
    return {column == m_data.columns.size() ? Field::File : Field::Line, 0};
}

QString RowDrillModel::header(int column) const
{
    const auto [field, value] = fieldAt(column);
    switch (field) {
    case Field::Date:
        return tr("Date");
    case Field::Kind:
        return tr("Row of");
    case Field::Channel:
        return tr("Channel");
    case Field::Campaign:
        return tr("Campaign");
    case Field::Value:
        return m_data.columns.at(value).title;
    case Field::File:
        return tr("File");
    case Field::Line:
        return tr("Line");
    }
    return {};
}

QVariant RowDrillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return header(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString RowDrillModel::plainText(int row, int column) const
{
    const RowDrill::Row &r = m_data.rows.at(row);
    const auto [field, value] = fieldAt(column);
    switch (field) {
    case Field::Date:
        return QDate::fromJulianDay(r.day).toString(Qt::ISODate);
    case Field::Kind:
        return r.kind;
    case Field::Channel:
        return r.channel;
    case Field::Campaign:
        return r.campaign;
    case Field::Value:
        return RowDrill::plainText(m_data.columns.at(value), r.values.at(value));
    case Field::File:
        return r.file;
    case Field::Line:
        return r.line > 0 ? QString::number(r.line) : QString();
    }
    return {};
}

QVariant RowDrillModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_data.rows.size()) {
        return {};
    }
    const RowDrill::Row &r = m_data.rows.at(index.row());
    const auto [field, value] = fieldAt(index.column());
    if (role == SortRole) {
        switch (field) {
        case Field::Date:
            return r.day;
        case Field::Value: {
            const QVariant &v = r.values.at(value);
            return v; // unknown (invalid) sorts apart from every number
        }
        case Field::Line:
            return r.line;
        default:
            return plainText(index.row(), index.column());
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = field == Field::Line ||
                             (field == Field::Value && m_data.columns.at(value).type != RowDrill::ValueType::Text &&
                              m_data.columns.at(value).type != RowDrill::ValueType::Date);
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole && field == Field::Line) {
        return RowDrill::lineText(r);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QLocale locale;
    switch (field) {
    case Field::Date:
        return locale.toString(QDate::fromJulianDay(r.day), QLocale::ShortFormat);
    case Field::Line:
        if (r.line <= 0) {
            return tr("not recorded");
        }
        return r.lines > 1 ? tr("%1 (+%2 merged)").arg(r.line).arg(r.lines - 1) : QString::number(r.line);
    case Field::Value: {
        const RowDrill::Column &column = m_data.columns.at(value);
        const QVariant &v = r.values.at(value);
        if (!v.isValid()) {
            return QString();
        }
        switch (column.type) {
        case RowDrill::ValueType::Count:
            return locale.toString(v.toLongLong());
        case RowDrill::ValueType::Decimal:
        case RowDrill::ValueType::Money: {
            // Every decimal the row has, in the user's notation: the exact value, never rounded away.
            const QString plain = RowDrill::plainMicros(v.toLongLong());
            const qsizetype point = plain.indexOf(u'.');
            const int decimals = point < 0 ? 0 : int(plain.size() - point - 1);
            return locale.toString(v.toLongLong() / 1e6, 'f', decimals);
        }
        case RowDrill::ValueType::Date:
            return locale.toString(QDate::fromJulianDay(v.toLongLong()), QLocale::ShortFormat);
        case RowDrill::ValueType::Real:
            return locale.toString(v.toDouble(), 'f', QLocale::FloatingPointShortest);
        case RowDrill::ValueType::Text:
            return v.toString();
        }
        return {};
    }
    default:
        return plainText(index.row(), index.column());
    }
}

} // namespace funnelscope

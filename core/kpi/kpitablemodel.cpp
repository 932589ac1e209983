#include "kpitablemodel.h"

#include "csv/csvwriter.h"
#include "kpicatalog.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace funnelscope {

namespace {

// A long name over two lines, broken at the space nearest its middle, so that its column need not be wide.
QString twoLines(const QString &name)
{
    if (name.size() <= 18) {
        return name;
    }
    qsizetype best = -1;
    for (qsizetype i = name.indexOf(u' '); i >= 0; i = name.indexOf(u' ', i + 1)) {
        if (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)) {
            best = i;
        }
    }
    return best < 0 ? name : name.left(best) + u'\n' + name.mid(best + 1);
}

} // namespace

KpiTableModel::KpiTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void KpiTableModel::setKpis(const QList<int> &kpiIndexes)
{
    beginResetModel();
    m_kpis = kpiIndexes;
    endResetModel();
}

void KpiTableModel::setRows(const QList<KpiEngine::Row> &rows, const QString &keyTitle)
{
    beginResetModel();
    m_rows = rows;
    m_keyTitle = keyTitle;
    endResetModel();
}

void KpiTableModel::setFormat(const KpiFormat &format)
{
    beginResetModel();
    m_format = format;
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kpis.size()) + 1;
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const KpiEngine::Row &row = m_rows.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.key;
        case Qt::ToolTipRole: // shown as rich text: the name is escaped
            return Qt::convertFromPlainText(row.key, Qt::WhiteSpaceNoWrap);
        default:
            return {};
        }
    }
    const int kpi = m_kpis.at(index.column() - 1);
    const std::optional<double> value = row.values.values.value(kpi);
    switch (role) {
    case Qt::DisplayRole:
        return m_format.value(kpi, value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return value ? QVariant(*value) : QVariant(-std::numeric_limits<double>::infinity());
    case ChangeRole: {
        const auto change = row.previous ? KpiValues::change(value, row.previous->values.value(kpi)) : std::nullopt;
        return change ? QVariant(*change) : QVariant();
    }
    case Qt::ToolTipRole:
        if (row.previous) {
            return QCoreApplication::translate("Kpi", "%1 (previous: %2, change %3)")
                .arg(m_format.value(kpi, value), m_format.value(kpi, row.previous->values.value(kpi)),
                     m_format.change(KpiValues::change(value, row.previous->values.value(kpi))));
        }
        return m_format.value(kpi, value);
    case KpiIndexRole:
        return kpi;
    default:
        return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_kpis.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == 0) {
        return role == Qt::DisplayRole ? QVariant(m_keyTitle) : QVariant();
    }
    const KpiDefinition &k = KpiCatalog::at(m_kpis.at(section - 1));
    switch (role) {
    case Qt::DisplayRole:
        return twoLines(QCoreApplication::translate("Kpi", k.name));
    case Qt::ToolTipRole:
        return QCoreApplication::translate("Kpi", k.explanation);
    case KpiIndexRole:
        return m_kpis.at(section - 1);
    default:
        return {};
    }
}

QString KpiTableModel::toCsv() const
{
    CsvWriter csv;
    csv.text(m_keyTitle);
    for (int kpi : m_kpis) {
        // Money columns say their currency: "Media spend (PLN)".
        const QString name = QCoreApplication::translate("Kpi", KpiCatalog::at(kpi).name);
        const bool money = KpiCatalog::at(kpi).isMoney();
        csv.text(money && !m_format.currency().isEmpty() ? QStringLiteral("%1 (%2)").arg(name, m_format.currency())
                                                         : name);
    }
    csv.endRow();
    for (const KpiEngine::Row &row : m_rows) {
        csv.text(row.key);
        for (int kpi : m_kpis) {
            csv.number(row.values.values.value(kpi));
        }
        csv.endRow();
    }
    return csv.toString();
}

} // namespace funnelscope

#include "kpitablemodel.h"

#include "csv/csvwriter.h"
#include "kpicatalog.h"

#include <QCoreApplication>
#include <QFont>
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
    m_custom.clear();
    m_customKpis = rows.isEmpty() ? nullptr : rows.first().values.customKpis;
    if (m_customGroup && m_customKpis) {
        for (int c = 0; c < m_customKpis->size(); ++c) {
            if (m_customKpis->at(c).group == *m_customGroup) {
                m_custom.append(c);
            }
        }
    }
    endResetModel();
}

void KpiTableModel::setTotal(const std::optional<KpiValues> &values, const std::optional<KpiValues> &previous)
{
    beginResetModel();
    m_total.reset();
    if (values) {
        m_total = KpiEngine::Row{totalLabel(), {}, *values, {}, previous};
    }
    endResetModel();
}

void KpiTableModel::setRowsHidden(bool hidden)
{
    m_rowsHidden = hidden;
    if (m_total) {
        m_total->key = totalLabel();
        const QModelIndex first = index(int(m_rows.size()), 0);
        emit dataChanged(first, first);
    }
}

QString KpiTableModel::totalLabel() const
{
    return m_rowsHidden ? QCoreApplication::translate("Kpi", "Total of all rows")
                        : QCoreApplication::translate("Kpi", "Total");
}

const KpiEngine::Row &KpiTableModel::rowAt(int row) const
{
    return row < m_rows.size() ? m_rows.at(row) : *m_total;
}

void KpiTableModel::setFormat(const KpiFormat &format)
{
    beginResetModel();
    m_format = format;
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_total ? 1 : 0);
}

int KpiTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kpis.size() + m_custom.size()) + 1;
}

const CustomKpi *KpiTableModel::customAt(int column) const
{
    const int c = column - 1 - int(m_kpis.size());
    return c >= 0 && c < m_custom.size() && m_customKpis ? &m_customKpis->at(m_custom.at(c)) : nullptr;
}

std::optional<double> KpiTableModel::valueAt(const KpiValues &values, int column) const
{
    if (column - 1 < m_kpis.size()) {
        return values.values.value(m_kpis.at(column - 1));
    }
    const int c = m_custom.value(column - 1 - int(m_kpis.size()), -1);
    return c >= 0 && c < values.custom.size() ? values.custom.at(c).value : std::nullopt;
}

QString KpiTableModel::textOf(int column, std::optional<double> value) const
{
    if (const CustomKpi *custom = customAt(column)) {
        return custom->display(value, m_format);
    }
    return m_format.value(m_kpis.at(column - 1), value);
}

QVariant KpiTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const KpiEngine::Row &row = rowAt(index.row());
    const bool total = index.row() >= m_rows.size();
    if (role == TotalRole) {
        return total;
    }
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
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
    const int column = index.column();
    const std::optional<double> value = valueAt(row.values, column);
    const std::optional<double> before = row.previous ? valueAt(*row.previous, column) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        return textOf(column, value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return value ? QVariant(*value) : QVariant();
    case ChangeRole: {
        const auto change = row.previous ? KpiValues::change(value, before) : std::nullopt;
        return change ? QVariant(*change) : QVariant();
    }
    case Qt::ToolTipRole: {
        QString reason;
        if (!value && customAt(column)) {
            const int c = m_custom.at(column - 1 - int(m_kpis.size()));
            reason = c < row.values.custom.size() ? row.values.custom.at(c).reason : QString();
        }
        if (row.previous) {
            return QCoreApplication::translate("Kpi", "%1 (previous: %2, change %3)")
                .arg(reason.isEmpty() ? textOf(column, value) : reason, textOf(column, before),
                     m_format.change(KpiValues::change(value, before)));
        }
        return reason.isEmpty() ? textOf(column, value) : reason;
    }
    case KpiIndexRole:
        return column - 1 < m_kpis.size() ? m_kpis.at(column - 1) : -1;
    default:
        return {};
    }
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section > m_kpis.size() + m_custom.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    // A first click on a KPI sorts largest first, on the names A to Z.
    if (role == Qt::InitialSortOrderRole) {
        return int(section == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
    }
    if (section == 0) {
        return role == Qt::DisplayRole ? QVariant(m_keyTitle) : QVariant();
    }
    if (const CustomKpi *custom = customAt(section)) {
        switch (role) {
        case Qt::DisplayRole:
            return twoLines(custom->name);
        case Qt::ToolTipRole:
            return custom->explanation();
        case KpiIndexRole:
            return -1;
        default:
            return {};
        }
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

QString KpiTableModel::toCsv(const QList<int> &order, const QStringList &comments) const
{
    QString out;
    for (const QString &comment : comments) {
        out += QStringLiteral("# ") + QString(comment).replace(u'\n', u' ') + QStringLiteral("\r\n");
    }
    CsvWriter csv;
    csv.text(m_keyTitle);
    for (int kpi : m_kpis) {
        // Money columns say their currency ("Media spend (PLN)"), time columns their unit: the cells are bare numbers.
        const KpiDefinition &k = KpiCatalog::at(kpi);
        const QString name = QCoreApplication::translate("Kpi", k.name);
        QString unit;
        if (k.isMoney()) {
            unit = m_format.currency();
        } else if (k.unit == KpiUnit::Seconds) {
            unit = QCoreApplication::translate("Kpi", "seconds");
        } else if (k.unit == KpiUnit::Days) {
            unit = QCoreApplication::translate("Kpi", "days");
        }
        csv.text(unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, unit));
    }
    for (int column = int(m_kpis.size()) + 1; column < columnCount(); ++column) {
        const CustomKpi *custom = customAt(column);
        csv.text(custom->isMoney() && !m_format.currency().isEmpty()
                     ? QStringLiteral("%1 (%2)").arg(custom->name, m_format.currency())
                     : custom->name);
    }
    csv.endRow();
    QList<int> rows = order;
    if (rows.isEmpty()) {
        for (int r = 0; r < rowCount(); ++r) {
            rows.append(r);
        }
    }
    for (int r : rows) {
        const KpiEngine::Row &row = rowAt(r);
        csv.text(row.key);
        for (int column = 1; column < columnCount(); ++column) {
            csv.rounded(valueAt(row.values, column), 6);
        }
        csv.endRow();
    }
    return out + csv.toString();
}

QList<int> KpiTableProxy::sourceRows() const
{
    QList<int> rows;
    for (int r = 0; r < rowCount(); ++r) {
        rows.append(mapToSource(index(r, 0)).row());
    }
    return rows;
}

bool KpiTableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Qt shows a descending sort as the ascending one reversed: what must come last is "greatest" ascending and
    // "least" descending.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    const auto last = [&](const QModelIndex &i) {
        if (i.data(KpiTableModel::TotalRole).toBool()) {
            return 2;
        }
        return i.data(sortRole()).isValid() ? 0 : 1;
    };
    const int l = last(left), r = last(right);
    if (l != r) {
        return descending ? l > r : l < r;
    }
    if (l != 0) {
        return false;
    }
    const QVariant a = left.data(sortRole()), b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString) {
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    }
    return a.toDouble() < b.toDouble();
}

bool KpiTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceModel()->index(sourceRow, 0, sourceParent).data(KpiTableModel::TotalRole).toBool() ||
           QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace funnelscope

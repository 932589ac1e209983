#include "rangespread.h"

namespace funnelscope {

RangeSpread::RangeSpread(const KindSpec &spec, const QList<Cell> &cells, qint64 firstDay, qint64 lastDay)
    : m_spec(spec), m_cells(cells), m_firstDay(firstDay), m_lastDay(lastDay)
{
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns.at(c).name == spec.dateColumn) {
            m_dateColumn = c;
        }
    }
}

qint64 RangeSpread::share(qint64 total, qint64 days, qint64 index)
{
    if (days <= 1) {
        return total;
    }
    // Totals are never negative (the reader rejects them), so / and % round towards zero as wanted.
    return total / days + (index < total % days ? 1 : 0);
}

QList<Cell> RangeSpread::day(qint64 index) const
{
    QList<Cell> out = m_cells;
    const qint64 days = dayCount();
    for (int c = 0; c < m_spec.columns.size(); ++c) {
        const ColumnType type = m_spec.columns.at(c).type;
        Cell &cell = out[c];
        if (c == m_dateColumn) {
            cell.known = true;
            cell.integer = m_firstDay + index;
        } else if (cell.known && (type == ColumnType::Count || type == ColumnType::Decimal)) {
            // Decimals are micro-units: split as integers too, so money adds up to the micro.
            cell.integer = share(cell.integer, days, index);
        }
        // Averages (avg_position) stay as they are: each day's impressions weigh it, as the range's did.
    }
    return out;
}

} // namespace funnelscope

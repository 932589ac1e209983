#pragma once

#include "kind.h"
#include "rowreader.h"

#include <QList>

namespace funnelscope {

// Turns one row that covers a range of days (a report with no day breakdown) into one row per day, so that weeks and
// months inside the range get their share instead of the whole total landing on one day. Every count and every
// micro-unit amount is split exactly: the days get total / days each, and the remainder goes one unit at a time to
// the first days, so the parts always add up to the total (docs/decisions.md, "Range reports"). It knows nothing of
// where the range came from (the file's preamble or the row's own end date); RowReader and FileInspector find that.
class RangeSpread
{
public:
    // The longest range spread (ten years): a longer one is a report with no real dates.
    static constexpr qint64 MaxDays = 3660;

    RangeSpread(const KindSpec &spec, const QList<Cell> &cells, qint64 firstDay, qint64 lastDay);

    qint64 dayCount() const { return m_lastDay - m_firstDay + 1; }
    // The row of the index-th day of the range (0 = firstDay).
    QList<Cell> day(qint64 index) const;
    // The index-th of days parts of total: the exact split described above.
    static qint64 share(qint64 total, qint64 days, qint64 index);

private:
    const KindSpec &m_spec;
    const QList<Cell> &m_cells;
    qint64 m_firstDay;
    qint64 m_lastDay;
    int m_dateColumn = -1;
};

} // namespace funnelscope

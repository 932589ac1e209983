#pragma once

#include <QDate>
#include <QStringList>

namespace funnelscope {

class Workspace;

// The monthly roll-up of campaign rows: for each month × channel × campaign, the sum of every per-row expression the
// KPI engine needs (the sums and the both-known pair sums of kpis.md). A period reads its whole months from here and
// only its first and last partial months from the rows, with exactly the same result: every campaign metric is an
// integer (counts, micro-units), so the sums are exact in any grouping. Rebuilt for the months an import or a
// deletion touches, inside the same transaction.
class CampaignRollup
{
public:
    // The per-row expressions, in the order of the roll-up's columns v0, v1, ...
    static const QStringList &rowExpressions();
    // Rebuilds the months from first's month to last's month. Returns an error message, or empty.
    static QString rebuild(Workspace &workspace, const QDate &first, const QDate &last);
    // Rebuilds every month with rows (after a migration created the table).
    static QString rebuildAll(Workspace &workspace);
};

} // namespace funnelscope

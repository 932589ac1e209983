#pragma once

#include "kpivalues.h"
#include "scope.h"

#include <QList>

namespace funnelscope {

class Workspace;

// Computes the catalog's KPIs for a scope, exactly as kpis.md defines them. All aggregation runs in SQL: one
// aggregate query per kind, never a load of the rows. Money is summed in integer micro-units, so totals are exact.
class KpiEngine
{
public:
    explicit KpiEngine(Workspace &workspace) : m_workspace(workspace) {}

    KpiValues compute(const Scope &scope);

    struct Row
    {
        QString key;
        Scope scope;
        KpiValues values;
        Scope previousScope;
        std::optional<KpiValues> previous;
    };
    // One row per time bucket, or per channel or campaign name occurring in the scope (sorted by code point).
    QList<Row> breakdown(const Scope &scope, Breakdown by, Comparison comparison);
    // "crm" when any CRM lead is stored, else "platform": where the leads KPI comes from.
    QString leadsSource();
    // The first and last day with data of any dated kind, or an invalid pair when the workspace is empty.
    std::pair<QDate, QDate> dataRange();
    // The channel or campaign names that occur in any kind within scope.
    QStringList namesInScope(const Scope &scope, Breakdown by);

private:
    struct Filters;
    Filters filtersFor(const Scope &scope);

    Workspace &m_workspace;
};

} // namespace funnelscope

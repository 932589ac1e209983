#pragma once

#include <QString>

namespace funnelscope {

class Workspace;

// The daily roll-up of lead events by channel: for each day × channel, the leads created, reaching MQL, SAL and SQL
// that day (a stage's date is its own, or the nearest later stage's), and the pairs the conversion KPIs of kpis.md
// count (created and ever an MQL, created and ever a customer, an MQL and ever an SQL, an SQL and ever a customer),
// and the scores of the leads created that day (how many, and their total, for the time buckets' averages).
// Every lead KPI of a scope without a campaign filter is a sum of these over the period's days. Rebuilt whole,
// inside the transaction, whenever leads change: leads are upserted, so their days move.
class LeadRollup
{
public:
    // A lead's stage dates, as SQL over the leads table.
    static const QString &mqlDay();
    static const QString &salDay();
    static const QString &sqlDay();

    // Returns an error message, or empty.
    static QString rebuild(Workspace &workspace);
};

} // namespace funnelscope

#pragma once

#include <QString>

namespace funnelscope {

class Workspace;

// The daily roll-ups of the CRM's events by channel, rebuilt whole inside the transaction whenever leads or deals
// change (they are upserted, so their days move, and deals take their lead's channel).
// - lead_days: for each day × channel, the leads created, reaching MQL, SAL and SQL that day (a stage's date is its
//   own, or the nearest later stage's), the pairs the conversion KPIs of kpis.md count (created and ever an MQL,
//   created and ever a customer, an MQL and ever an SQL, an SQL and ever a customer), and the created leads' scores
//   (how many, and their sum in micro-units).
// - deal_days: for each day × channel (a deal's own, else its lead's, else "(none)"), the deals created, won and
//   lost (with the won amounts and sales-cycle days), and the deals entering and leaving the open pipeline: a deal is
//   open from the day it is created until the day it closes, or for good while its status is open.
// Every lead and deal KPI of a scope without a campaign filter is a sum of these over days.
class CrmRollup
{
public:
    // A lead's stage dates, as SQL over the leads table.
    static const QString &mqlDay();
    static const QString &salDay();
    static const QString &sqlDay();
    // A lead's score in integer micro-units: the average score is Σ ÷ count, exact in any grouping.
    static const QString &scoreMicros();

    // Rebuilds both; returns an error message, or empty.
    static QString rebuild(Workspace &workspace);
};

} // namespace funnelscope

#include "cohortreader.h"

#include "crmrollup.h"
#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

QList<CohortLead> CohortReader::leadsCreated(qint64 from, qint64 to) const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT created, %1, %2, coalesce(opportunity_day, customer_day), customer_day"
                                     " FROM leads WHERE created BETWEEN ? AND ? ORDER BY created")
                          .arg(CrmRollup::mqlDay(), CrmRollup::sqlDay()));
    q.bind(1, from);
    q.bind(2, to);
    QList<CohortLead> leads;
    while (q.step()) {
        CohortLead lead;
        lead.created = q.integer(0);
        for (size_t stage = 0; stage < lead.stages.size(); ++stage) {
            lead.stages[stage] = q.optionalInteger(int(1 + stage));
        }
        leads.append(lead);
    }
    return leads;
}

QDate CohortReader::lastDay() const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT max(d) FROM (SELECT max(created) AS d FROM leads UNION ALL SELECT"
                                     " max(customer_day) FROM leads UNION ALL SELECT max(day) FROM campaign_rows)"));
    return q.step() && !q.isNull(0) ? QDate::fromJulianDay(q.integer(0)) : QDate();
}

} // namespace funnelscope

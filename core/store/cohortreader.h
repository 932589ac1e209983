#pragma once

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace funnelscope {

class Workspace;

// A lead as the cohorts see it: the day it was created and the days it reached MQL, SQL, opportunity (or customer,
// when no opportunity day is known) and customer, each a Julian day or nothing when not reached.
struct CohortLead
{
    qint64 created = 0;
    std::array<std::optional<qint64>, 4> stages;
};

// What Cohorts reads: the leads created in a period and the workspace's last day of data. It reads; it does not
// group into cohorts.
class CohortReader
{
public:
    explicit CohortReader(Workspace &workspace) : m_workspace(workspace) {}

    // Leads created from – to (Julian days, inclusive), by creation day.
    QList<CohortLead> leadsCreated(qint64 from, qint64 to) const;
    // The last day any lead was created or became a customer or any campaign row is dated; invalid when none.
    QDate lastDay() const;

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

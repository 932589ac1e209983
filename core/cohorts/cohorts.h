#pragma once

#include "kpi/scope.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace funnelscope {

class Workspace;

// Lead cohorts: the leads created in each month (or week) of a period, and how many of them reached MQL, SQL,
// opportunity and customer within 30, 60, 90 and 180 days of their creation, with the median days to each stage.
// A stage is reached on its own date or a later stage's (a customer was an MQL), as in the KPI catalog.
class Cohorts
{
public:
    enum Stage
    {
        Mql,
        Sql,
        Opportunity,
        Customer,
        StageCount
    };
    static constexpr std::array<int, 4> Windows = {30, 60, 90, 180};

    struct Cohort
    {
        QString key; // 2025-03, or 2025-W10
        QDate from, to;
        int leads = 0;
        // reached[stage][window]: leads that reached the stage within Windows[window] days
        std::array<std::array<int, Windows.size()>, StageCount> reached{};
        std::array<int, StageCount> reachedEver{};
        std::array<std::optional<double>, StageCount> medianDays{};
        // Whether every lead of the cohort has had the window's days by the last day with data.
        std::array<bool, Windows.size()> matured{};

        double share(int stage, int window) const { return leads ? double(reached[stage][window]) / leads : 0; }
    };

    explicit Cohorts(Workspace &workspace) : m_workspace(workspace) {}
    // by: Breakdown::Month or Breakdown::Week.
    QList<Cohort> compute(const QDate &from, const QDate &to, Breakdown by) const;

    static QString stageName(int stage); // mql, sql, opportunity, customer

    // The rule of the table's "still maturing": a window of days has matured for a cohort whose last lead was
    // created on cohortEnd when that lead has had all of it by lastDay, the last day with data (lastDay()).
    static bool hasMatured(const QDate &cohortEnd, int days, const QDate &lastDay);
    static QDate lastDay(Workspace &workspace);
    // The window a cohort KPI's leads need, the table's window for its stage: Lead → MQL 30 days, MQL → SQL 60,
    // SQL → customer 90, Lead → customer 180. None for any other KPI.
    static std::optional<int> maturationDays(QStringView kpiId);

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

#include "cohorts.h"

#include "store/cohortreader.h"

#include <algorithm>

namespace funnelscope {

QString Cohorts::stageName(int stage)
{
    static const char *names[StageCount] = {"mql", "sql", "opportunity", "customer"};
    return QString::fromLatin1(names[stage]);
}

bool Cohorts::hasMatured(const QDate &cohortEnd, int days, const QDate &lastDay)
{
    return lastDay.isValid() && cohortEnd.toJulianDay() + days <= lastDay.toJulianDay();
}

QDate Cohorts::lastDay(Workspace &workspace)
{
    return CohortReader(workspace).lastDay();
}

std::optional<int> Cohorts::maturationDays(QStringView kpiId)
{
    if (kpiId == u"lead_to_mql_rate") {
        return Windows[0];
    }
    if (kpiId == u"mql_to_sql_rate") {
        return Windows[1];
    }
    if (kpiId == u"sql_to_customer_rate") {
        return Windows[2];
    }
    if (kpiId == u"lead_to_customer_rate") {
        return Windows[3];
    }
    return std::nullopt;
}

QList<Cohorts::Cohort> Cohorts::compute(const QDate &from, const QDate &to, Breakdown by) const
{
    QList<Cohort> cohorts;
    const Scope period{from, to, {}, {}};
    for (const auto &[key, bucket] : period.timeBuckets(by == Breakdown::Week ? Breakdown::Week : Breakdown::Month)) {
        Cohort c;
        c.key = key;
        c.from = bucket.from;
        c.to = bucket.to;
        cohorts.append(c);
    }
    if (cohorts.isEmpty()) {
        return cohorts;
    }
    const QDate lastDay = Cohorts::lastDay(m_workspace);
    std::array<QList<std::vector<qint64>>, StageCount> days; // per cohort, per stage: days to reach it
    for (auto &perStage : days) {
        perStage.resize(cohorts.size());
    }
    qsizetype index = 0;
    static_assert(StageCount == std::tuple_size_v<decltype(CohortLead::stages)>);
    for (const CohortLead &lead : CohortReader(m_workspace).leadsCreated(from.toJulianDay(), to.toJulianDay())) {
        const qint64 created = lead.created;
        while (index < cohorts.size() && created > cohorts.at(index).to.toJulianDay()) {
            ++index;
        }
        Cohort &c = cohorts[index];
        ++c.leads;
        for (int stage = 0; stage < StageCount; ++stage) {
            if (!lead.stages[stage]) {
                continue;
            }
            const qint64 elapsed = std::max<qint64>(0, *lead.stages[stage] - created);
            ++c.reachedEver[stage];
            days[stage][index].push_back(elapsed);
            for (size_t w = 0; w < Windows.size(); ++w) {
                c.reached[stage][w] += elapsed <= Windows[w];
            }
        }
    }
    for (qsizetype i = 0; i < cohorts.size(); ++i) {
        Cohort &c = cohorts[i];
        for (size_t w = 0; w < Windows.size(); ++w) {
            c.matured[w] = hasMatured(c.to, Windows[w], lastDay);
        }
        for (int stage = 0; stage < StageCount; ++stage) {
            std::vector<qint64> &d = days[stage][i];
            if (d.empty()) {
                continue;
            }
            std::sort(d.begin(), d.end());
            const size_t n = d.size();
            c.medianDays[stage] = n % 2 ? double(d[n / 2]) : (d[n / 2 - 1] + d[n / 2]) / 2.0;
        }
    }
    return cohorts;
}

} // namespace funnelscope

#pragma once

#include "kpivalues.h"

#include <QDate>
#include <QJsonObject>

namespace funnelscope {

// Why a KPI's value for a period is shown but not judged — never called a decline, an anomaly, or what helped or
// held back most: a rate from a tiny sample, or a cohort rate whose leads have not had time to reach the stage.
// Cards, "what moved", anomalies, action rules and the report all ask this one place.
struct KpiCaveat
{
    enum class Kind
    {
        None,
        SmallSample,
        Maturing
    };
    // Below 30 in a rate's denominator (answers, customers at the start, sessions, closed deals…) a rate is noise: one
    // answer more or less moves a rate of 29 by over 3 points and an NPS by over 3, and a 2-customer channel's churn
    // jumps between 0% and 50%. 30 is the usual rule-of-thumb minimum for reading a share, and the size survey tools
    // warn below; docs/decisions.md ("Small samples").
    static constexpr double MinSample = 30;

    Kind kind = Kind::None;
    int kpi = -1;
    double sample = 0; // SmallSample: the denominator
    int days = 0;      // Maturing: the days the cohort's leads need

    bool judged() const { return kind == Kind::None; }
    // "small sample: 3 answers", "still maturing: its leads need 180 days"; empty when judged.
    QString text() const;
    QJsonObject toJson() const; // {} when judged
    static KpiCaveat fromJson(const QJsonValue &json, int kpi);

    // The caveat of kpi's value in values, for a period ending on periodEnd; cohortLastDay is the last day with data
    // of the lead cohorts (Cohorts::lastDay).
    static KpiCaveat of(int kpi, const KpiValues &values, const QDate &periodEnd, const QDate &cohortLastDay);
};

} // namespace funnelscope

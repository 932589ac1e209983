#pragma once

#include "kpi/scope.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace funnelscope {

enum class Cadence
{
    Weekly,
    Monthly,
    Quarterly
};

// A SMART goal: a KPI in a scope, from a baseline to a target between a start and a deadline, reviewed on a cadence,
// owned by someone, serving a business objective.
struct Goal
{
    qint64 id = -1;
    QString name;
    QString kpi; // a catalog id
    QStringList channels;
    QStringList campaigns;
    QDate baselineFrom;
    QDate baselineTo;
    std::optional<double> baseline; // computed from the baseline period unless the user set it
    double target = 0;
    QDate start;
    QDate deadline;
    Cadence cadence = Cadence::Monthly;
    QString owner;
    QString objective;
    // The currency of a money goal's target and baseline (ISO code), measured in it whatever the reporting
    // currency; empty: the reporting currency of the moment.
    QString currency;

    static QString cadenceId(Cadence cadence);
    static QString cadenceText(Cadence cadence); // "monthly", in the user's language
    // The time breakdown whose buckets are this cadence's periods.
    static Breakdown breakdownOf(Cadence cadence);
    static std::optional<Cadence> cadenceFromId(QStringView id);
    // The first day of the cadence period that contains day.
    static QDate periodStart(Cadence cadence, const QDate &day);
    static QDate nextPeriodStart(Cadence cadence, const QDate &day);
};

} // namespace funnelscope

#pragma once

#include "goals/goal.h"
#include "kpi/customkpi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRectF>

#include <optional>

class QFont;
class QPainter;

namespace funnelscope {

class KpiFormat;
struct GoalProgress;

// The KPI a goal measures, as a review stored the goal: a catalog KPI, or a custom KPI of the workspace whose
// definition the goal carries (goals[].custom_kpi, also on its trend and contributors), so that a saved review shows
// it as it was. The one place the goal page, the goals table and the trend charts name, format and judge it.
struct GoalKpi
{
    int kpi = -1;                    // the catalog index, or -1
    std::optional<CustomKpi> custom; // when it is a custom KPI

    // Of an object with "kpi" (an id) and, for a custom KPI, "custom_kpi" (CustomKpi::toJson()).
    static GoalKpi of(const QJsonObject &goal);
    bool known() const { return kpi >= 0 || custom.has_value(); }
    bool isVolume() const;
    bool isRate() const; // a fraction shown as percent: its variance in percentage points
    Better better() const;
    QString name() const;
    QString value(const KpiFormat &format, std::optional<double> v) const;
};

// A goal against its plan: the straight path from the baseline (0 for a volume's running total) at the start to the
// target at the deadline, by cadence period (GoalProgress::elapsedShare), and where the goal stands against it at its
// as-of date. Computed from GoalProgress, never apart from it: the plan at the as-of date is GoalProgress::planned,
// the direction GoalProgress::higherIsBetter. See docs/decisions.md ("Goal pages").
struct GoalPlan
{
    struct Point
    {
        QDate date; // the start (the plan before its first day), then each cadence period's end, the deadline last
        double planned = 0;
    };

    QList<Point> line;                     // empty without a baseline (a level goal)
    std::optional<double> planned;         // the plan at the end of the period "now" describes (measured_to)
    std::optional<double> variance;        // now − plan, in the KPI's unit (the goal's currency for money)
    std::optional<double> variancePercent; // variance ÷ |plan|; none when the plan is 0
    int verdict = 0;                       // +1 ahead of plan, −1 behind plan, 0 on plan or not judged
    bool judged = false;                   // whether there is a variance: started, with data, past the first period
    bool higherIsBetter = true;

    // custom: the custom KPI goal measures, when it is not a catalog one.
    static GoalPlan of(const Goal &goal, const GoalProgress &progress, const CustomKpi *custom = nullptr);
    // As the review stores it (goals[].plan) and back.
    QJsonObject toJson() const;
    static GoalPlan fromJson(const QJsonObject &plan);
    // "ahead", "behind", "on_plan", or empty when not judged.
    QString verdictId() const;
    // "ahead of plan", "behind plan", "on plan" in the reader's language; empty when not judged.
    QString verdictText() const;
    // The variance signed in the KPI's unit ("−5", "+1.20 EUR", "−1.5 pp" for a rate).
    static QString signedValue(const KpiFormat &format, int kpi, double value);
    static QString signedValue(const KpiFormat &format, const GoalKpi &kpi, double value);
};

// A goal's page in the PDF (half an A4 or Letter page): title, KPI and scope, baseline → target by the deadline, the
// as-of date, the variance to plan with the status, and a chart by cadence period from the start to the deadline:
// the actual line to the as-of date (partial periods dashed with hollow points), the plan line, the target dashed,
// the deadline marked, the forecast dotted from "now" to the deadline, the annotations over the goal's period.
class GoalPages
{
public:
    static constexpr double HeightMm = 120;
    // goal: an element of the review's goals; annotations: the review's, numbered as the report lists them. Money in
    // the goal's currency (else reportFormat's). font: the report's font (families), sized here.
    static void draw(QPainter &painter, const QRectF &box, const QJsonObject &goal, const QJsonArray &annotations,
                     const KpiFormat &reportFormat, const QFont &font);
    // The goal as the review stores it, and its plan: the stored one, or (a review saved before plans were stored)
    // the plan of the stored goal and progress.
    static Goal goalOf(const QJsonObject &goal);
    static GoalPlan planOf(const QJsonObject &goal);
    // "Now 125, plan 130: −5 (−3.8%), behind plan." or empty when not judged.
    static QString varianceSentence(const QJsonObject &goal, const KpiFormat &format);
};

} // namespace funnelscope

#pragma once

#include "goal.h"

#include <QList>
#include <QString>

namespace funnelscope {

class KpiEngine;

// The SMART check of a goal, one line per letter, as the goal form shows it live:
// Specific (a KPI and a scope), Measurable (a numeric target, and data for the KPI in the scope), Achievable (the
// change the target needs against the history of that KPI's changes over windows of the goal's length), Relevant
// (an objective, and no awareness-only metric without one tied to leads or revenue), Time-bound (deadline after
// start, a cadence). See docs/goals.md for the thresholds.
class SmartCheck
{
public:
    enum class Verdict
    {
        Pass,
        Warning,
        Fail
    };
    enum class Achievability
    {
        Unknown,
        Realistic,
        Stretch,
        Unrealistic
    };

    struct Line
    {
        QChar letter;
        Verdict verdict;
        QString text;
    };

    struct Result
    {
        QList<Line> lines;
        Achievability achievability = Achievability::Unknown;
        std::optional<double> requiredChange; // relative, in the KPI's better direction
        std::optional<double> bestChange;     // the best historical change over a window of the goal's length
        bool passes() const;
    };

    // dataFrom/dataTo: the range of data to draw the history from.
    static Result check(KpiEngine &engine, const Goal &goal, const QDate &dataFrom, const QDate &dataTo);
    // Classifies a required change against historical changes (all in the better direction).
    static Achievability classify(double required, QList<double> history);
};

} // namespace funnelscope

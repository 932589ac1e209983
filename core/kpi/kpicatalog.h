#pragma once

#include <QList>
#include <QString>

namespace funnelscope {

enum class KpiGroup
{
    Awareness,
    Engagement,
    LeadGeneration,
    Sales,
    Loyalty
};
enum class KpiUnit
{
    Count,
    Money,
    Ratio,
    Seconds,
    Days,
    Number,
    Score,
    MoneyPerDay
};
enum class Better
{
    Up,
    Down
};

struct KpiDefinition
{
    QString id;
    KpiGroup group;
    const char *name; // English, translatable in the "Kpi" context
    KpiUnit unit;
    Better better;
    const char *explanation; // one line: the formula in the marketer's words
    bool headline = false;   // shown first for its group (Overview cards, report summaries)

    // A volume KPI adds up over time (leads, revenue): a goal sets its total over the goal's period. Any other KPI
    // is a level (rates, costs per unit, customers at a date): a goal sets the level to reach by the deadline.
    bool isVolume() const;
    // An amount of money (spend, revenue, CPL, MRR, …): shown and exported with its currency.
    bool isMoney() const { return unit == KpiUnit::Money || unit == KpiUnit::MoneyPerDay; }
};

// The one list of KPIs of kpis.md, in its order. The engine computes them, the UI labels them, reports explain them.
class KpiCatalog
{
public:
    // Goal status from progress ÷ expected progress for the time elapsed (docs/goals.md).
    static constexpr double OnTrackAt = 0.95; // at least 95% of the expected progress: on track
    static constexpr double AtRiskAt = 0.80;  // at least 80%: at risk; below: off track

    static const QList<KpiDefinition> &all();
    static int indexOf(QStringView id); // -1 when unknown
    static const KpiDefinition &at(int index) { return all().at(index); }
    static QString groupName(KpiGroup group);
    static QString groupId(KpiGroup group);
};

} // namespace funnelscope

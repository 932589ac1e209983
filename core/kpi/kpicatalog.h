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
};

// The one list of KPIs of kpis.md, in its order. The engine computes them, the UI labels them, reports explain them.
class KpiCatalog
{
public:
    static const QList<KpiDefinition> &all();
    static int indexOf(QStringView id); // -1 when unknown
    static const KpiDefinition &at(int index) { return all().at(index); }
    static QString groupName(KpiGroup group);
    static QString groupId(KpiGroup group);
};

} // namespace funnelscope

#pragma once

#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"
#include "kpi/kpivalues.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace funnelscope {

// Turns a period's KPIs, compared with the previous period, into recommended actions from a fixed rule table
// (docs/actions.md), each grounded in the practical advice of the seed articles. A rule fires on a meaningful
// move of a KPI in its worse direction and states the numbers behind it, so a marketer can check it by hand.
// It is a checklist of where to look first, not a diagnosis: it never fires on unknown (nullopt) inputs, it knows
// nothing of goals or seasonality, and it does not rank the actions.
class ActionRules
{
public:
    // A KPI moved meaningfully when it changed by at least 10% of its previous value (relative, not points): small
    // enough to catch a CTR going from 1.2% to 1.08%, large enough to ignore week-to-week noise of most rates.
    static constexpr double MeaningfulChange = 0.10;
    // A channel's cost per lead is only judged when the channel had at least this many leads in both periods: with
    // fewer, one lead more or less moves CPL by 10% or more on its own. The same floor applies to the MQLs behind
    // the MQL → SQL rate.
    static constexpr double MinCount = 10;
    // The table's `when` texts spell these two numbers out for translators and readers: change them together.

    struct Recommendation
    {
        QString rule;    // the rule's id, e.g. "ctr_falling"
        QString finding; // what was seen, with the numbers
        QString action;  // what to do about it
        QString channel; // the channel the finding is about, or empty for the whole scope
        // The numbers behind the finding, so a saved review renders it again in any language (finding(), action()):
        // {"values": {kpi id: {"before": x, "now": y}, …}, "alternative": {"channel", "cpl", "lead_to_mql_rate"}}.
        QJsonObject facts;
    };

    struct Rule
    {
        QString id;
        const char *when;   // English, translatable in the "ActionRules" context
        const char *action; // English, translatable in the "ActionRules" context
    };

    // The rules in the order they are evaluated and reported.
    static const QList<Rule> &table();

    // The recommendations for current compared with previous, in table order; channel rules once per channel row
    // (rows whose `previous` is not set are skipped). format renders the numbers of the findings.
    // The sentences of a recommendation from its rule, channel and facts, in the current language and format's
    // locale; empty for an unknown rule.
    static QString finding(const QString &rule, const QString &channel, const QJsonObject &facts,
                           const KpiFormat &format = KpiFormat());
    static QString action(const QString &rule, const QJsonObject &facts, const KpiFormat &format = KpiFormat());

    static QList<Recommendation> evaluate(const KpiValues &current, const KpiValues &previous,
                                          const QList<KpiEngine::Row> &channels, const KpiFormat &format = KpiFormat());
};

} // namespace funnelscope

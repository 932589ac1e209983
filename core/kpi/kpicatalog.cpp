#include "kpicatalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace funnelscope {

const QList<KpiDefinition> &KpiCatalog::all()
{
    using G = KpiGroup;
    using U = KpiUnit;
    const Better up = Better::Up;
    const Better down = Better::Down;
    static const QList<KpiDefinition> list = {
        // Awareness
        {QStringLiteral("impressions"), G::Awareness, QT_TRANSLATE_NOOP("Kpi", "Impressions"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "How many times your ads and posts were shown: the sum of impressions."), true},
        {QStringLiteral("reach"), G::Awareness, QT_TRANSLATE_NOOP("Kpi", "Reach"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "People reached, as the platforms report it: the sum of reach.")},
        {QStringLiteral("sessions"), G::Awareness, QT_TRANSLATE_NOOP("Kpi", "Website traffic"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Visits to your website: the sum of sessions."), true},
        {QStringLiteral("organic_share"), G::Awareness, QT_TRANSLATE_NOOP("Kpi", "Organic traffic share"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Share of sessions that came from channels you do not pay for (not Paid, Ads, CPC, "
                                  "PPC, Display or Sponsored).")},
        {QStringLiteral("mentions"), G::Awareness, QT_TRANSLATE_NOOP("Kpi", "Brand mentions"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Times your brand was mentioned: the sum of mentions.")},
        {QStringLiteral("new_followers"), G::Awareness, QT_TRANSLATE_NOOP("Kpi", "New followers"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Followers gained on social channels: the sum of new followers.")},
        {QStringLiteral("cpm"), G::Awareness, QT_TRANSLATE_NOOP("Kpi", "Cost per mille"), U::Money, down,
         QT_TRANSLATE_NOOP("Kpi", "What a thousand impressions cost: spend ÷ impressions × 1000.")},
        {QStringLiteral("media_cost"), G::Awareness, QT_TRANSLATE_NOOP("Kpi", "Media spend"), U::Money, down,
         QT_TRANSLATE_NOOP("Kpi", "What the ad platforms charged: the sum of cost."), true},
        // Engagement
        {QStringLiteral("ctr"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Click-through rate"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Share of impressions that got a click: clicks ÷ impressions."), true},
        {QStringLiteral("cpc"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Cost per click"), U::Money, down,
         QT_TRANSLATE_NOOP("Kpi", "What one click cost: spend ÷ clicks.")},
        {QStringLiteral("bounce_rate"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Bounce rate"), U::Ratio, down,
         QT_TRANSLATE_NOOP("Kpi", "Share of sessions that left after one page: bounces ÷ sessions.")},
        {QStringLiteral("avg_time_on_site"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Time on site"), U::Seconds, up,
         QT_TRANSLATE_NOOP("Kpi", "Average engaged time per session, in seconds: engaged seconds ÷ sessions.")},
        {QStringLiteral("pages_per_session"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Pages per session"), U::Number,
         up, QT_TRANSLATE_NOOP("Kpi", "Pages seen per visit: pageviews ÷ sessions.")},
        {QStringLiteral("social_engagements"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Social engagements"), U::Count,
         up, QT_TRANSLATE_NOOP("Kpi", "Likes + comments + shares.")},
        {QStringLiteral("engagement_rate"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Engagement rate"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Social engagements ÷ impressions, on the rows that report both.")},
        {QStringLiteral("email_open_rate"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Email open rate"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Share of delivered emails that were opened: opens ÷ delivered."), true},
        {QStringLiteral("email_ctr"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Email click-through rate"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Share of delivered emails that got a click: email clicks ÷ delivered.")},
        {QStringLiteral("email_click_to_open"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Click-to-open rate"), U::Ratio,
         up, QT_TRANSLATE_NOOP("Kpi", "Share of opened emails that got a click: email clicks ÷ opens.")},
        {QStringLiteral("unsubscribe_rate"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "Unsubscribe rate"), U::Ratio,
         down,
         QT_TRANSLATE_NOOP("Kpi", "Share of delivered emails that led to an unsubscribe: unsubscribes ÷ delivered.")},
        {QStringLiteral("cta_ctr"), G::Engagement, QT_TRANSLATE_NOOP("Kpi", "CTA click-through rate"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Calls to action clicked per pageview: CTA clicks ÷ pageviews.")},
        {QStringLiteral("landing_page_conversion"), G::Engagement,
         QT_TRANSLATE_NOOP("Kpi", "Landing page conversion rate"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Share of landing page views that sent a form: form submissions ÷ landing page "
                                  "views.")},
        // Lead generation
        {QStringLiteral("leads"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "Leads"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "New leads created in the period, from the CRM (or the platforms' counts when no "
                                  "CRM leads were imported)."),
         true},
        {QStringLiteral("platform_leads"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "Platform-reported leads"),
         U::Count, up, QT_TRANSLATE_NOOP("Kpi", "Leads as the ad platforms count them: the sum of leads.")},
        {QStringLiteral("lead_conversion_rate"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "Visitor-to-lead rate"),
         U::Ratio, up, QT_TRANSLATE_NOOP("Kpi", "Leads ÷ sessions.")},
        {QStringLiteral("cpl"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "Cost per lead"), U::Money, down,
         QT_TRANSLATE_NOOP("Kpi", "Media spend ÷ leads."), true},
        {QStringLiteral("mqls"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "MQLs"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Leads that became marketing-qualified in the period."), true},
        {QStringLiteral("sals"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "SALs"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Leads that sales accepted in the period.")},
        {QStringLiteral("lead_to_mql_rate"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "Lead → MQL rate"), U::Ratio,
         up, QT_TRANSLATE_NOOP("Kpi", "Of the leads created in the period, the share that has reached MQL so far.")},
        {QStringLiteral("mql_to_sql_rate"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "MQL → SQL rate"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Of the leads that became MQL in the period, the share that has reached SQL.")},
        {QStringLiteral("cost_per_mql"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "Cost per MQL"), U::Money, down,
         QT_TRANSLATE_NOOP("Kpi", "Media spend ÷ MQLs.")},
        {QStringLiteral("avg_lead_score"), G::LeadGeneration, QT_TRANSLATE_NOOP("Kpi", "Average lead score"), U::Number,
         up, QT_TRANSLATE_NOOP("Kpi", "Mean score of the leads created in the period that have a score.")},
        // Sales
        {QStringLiteral("sqls"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "SQLs"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Leads that became sales-qualified in the period."), true},
        {QStringLiteral("sql_to_customer_rate"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "SQL → customer rate"), U::Ratio,
         up, QT_TRANSLATE_NOOP("Kpi", "Of the leads that became SQL in the period, the share that became customers.")},
        {QStringLiteral("opportunities"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Opportunities (SQOs)"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Deals created in the period.")},
        {QStringLiteral("cost_per_opportunity"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Cost per opportunity"), U::Money,
         down, QT_TRANSLATE_NOOP("Kpi", "Media spend ÷ opportunities.")},
        {QStringLiteral("won_deals"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Deals won"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Deals won with a close date in the period.")},
        {QStringLiteral("win_rate"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Win rate"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "Won ÷ (won + lost), of the deals closed in the period.")},
        {QStringLiteral("revenue"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Revenue won"), U::Money, up,
         QT_TRANSLATE_NOOP("Kpi", "The amounts of the deals won in the period."), true},
        {QStringLiteral("avg_deal_size"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Average deal size"), U::Money, up,
         QT_TRANSLATE_NOOP("Kpi", "Revenue ÷ deals won in the period that have an amount.")},
        {QStringLiteral("sales_cycle_days"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Sales cycle"), U::Days, down,
         QT_TRANSLATE_NOOP("Kpi", "Mean days from first touch to close, of the deals won in the period.")},
        {QStringLiteral("pipeline_value"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Open pipeline"), U::Money, up,
         QT_TRANSLATE_NOOP("Kpi", "The amounts of deals created by the period's end and still open at its end.")},
        {QStringLiteral("sales_velocity"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Sales velocity (per day)"),
         U::MoneyPerDay, up,
         QT_TRANSLATE_NOOP("Kpi", "Opportunities × win rate × average deal size ÷ sales cycle days.")},
        {QStringLiteral("lead_to_customer_rate"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Lead → customer rate"), U::Ratio,
         up, QT_TRANSLATE_NOOP("Kpi", "Of the leads created in the period, the share that became customers.")},
        {QStringLiteral("new_customers"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "New customers"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Customers who started in the period (or deals won, when no customers were "
                                  "imported).")},
        {QStringLiteral("total_cost"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Marketing and sales cost"), U::Money, down,
         QT_TRANSLATE_NOOP("Kpi", "Media spend + other marketing and sales expenses.")},
        {QStringLiteral("cac"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Customer acquisition cost"), U::Money, down,
         QT_TRANSLATE_NOOP("Kpi", "Marketing and sales cost ÷ new customers."), true},
        {QStringLiteral("marketing_roi"), G::Sales, QT_TRANSLATE_NOOP("Kpi", "Marketing ROI"), U::Ratio, up,
         QT_TRANSLATE_NOOP("Kpi", "(Revenue − marketing and sales cost) ÷ marketing and sales cost."), true},
        // Loyalty
        {QStringLiteral("active_customers"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "Active customers"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Customers active at the end of the period."), true},
        {QStringLiteral("retention_rate"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "Customer retention rate"), U::Ratio,
         up, QT_TRANSLATE_NOOP("Kpi", "Of the customers active at the start, the share still active at the end."),
         true},
        {QStringLiteral("churn_rate"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "Churn rate"), U::Ratio, down,
         QT_TRANSLATE_NOOP("Kpi", "Of the customers active at the start, the share that churned in the period.")},
        {QStringLiteral("mrr"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "Monthly recurring revenue"), U::Money, up,
         QT_TRANSLATE_NOOP("Kpi", "The MRR of the customers active at the end of the period."), true},
        {QStringLiteral("arpa"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "Average revenue per account"), U::Money, up,
         QT_TRANSLATE_NOOP("Kpi", "MRR ÷ active customers with a known MRR.")},
        {QStringLiteral("clv"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "Customer lifetime value"), U::Money, up,
         QT_TRANSLATE_NOOP("Kpi", "ARPA ÷ monthly churn (churn rate × 30.4375 ÷ days in the period).")},
        {QStringLiteral("ltv_to_cac"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "LTV : CAC"), U::Number, up,
         QT_TRANSLATE_NOOP("Kpi", "Customer lifetime value ÷ customer acquisition cost.")},
        {QStringLiteral("nps"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "Net Promoter Score"), U::Score, up,
         QT_TRANSLATE_NOOP("Kpi", "(Promoters 9–10 − detractors 0–6) ÷ responses × 100."), true},
        {QStringLiteral("survey_responses"), G::Loyalty, QT_TRANSLATE_NOOP("Kpi", "Survey responses"), U::Count, up,
         QT_TRANSLATE_NOOP("Kpi", "Survey answers dated in the period.")},
    };
    return list;
}

bool KpiDefinition::isVolume() const
{
    static const QStringList volumes = {QStringLiteral("impressions"),
                                        QStringLiteral("reach"),
                                        QStringLiteral("sessions"),
                                        QStringLiteral("mentions"),
                                        QStringLiteral("new_followers"),
                                        QStringLiteral("media_cost"),
                                        QStringLiteral("social_engagements"),
                                        QStringLiteral("leads"),
                                        QStringLiteral("platform_leads"),
                                        QStringLiteral("mqls"),
                                        QStringLiteral("sals"),
                                        QStringLiteral("sqls"),
                                        QStringLiteral("opportunities"),
                                        QStringLiteral("won_deals"),
                                        QStringLiteral("revenue"),
                                        QStringLiteral("new_customers"),
                                        QStringLiteral("total_cost"),
                                        QStringLiteral("survey_responses")};
    return volumes.contains(id);
}

int KpiCatalog::indexOf(QStringView id)
{
    const auto &list = all();
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QString KpiCatalog::groupId(KpiGroup group)
{
    switch (group) {
    case KpiGroup::Awareness:
        return QStringLiteral("awareness");
    case KpiGroup::Engagement:
        return QStringLiteral("engagement");
    case KpiGroup::LeadGeneration:
        return QStringLiteral("lead_generation");
    case KpiGroup::Sales:
        return QStringLiteral("sales");
    case KpiGroup::Loyalty:
        return QStringLiteral("loyalty");
    }
    return {};
}

QString KpiCatalog::groupName(KpiGroup group)
{
    switch (group) {
    case KpiGroup::Awareness:
        return QCoreApplication::translate("Kpi", "Awareness");
    case KpiGroup::Engagement:
        return QCoreApplication::translate("Kpi", "Engagement");
    case KpiGroup::LeadGeneration:
        return QCoreApplication::translate("Kpi", "Lead generation");
    case KpiGroup::Sales:
        return QCoreApplication::translate("Kpi", "Sales");
    case KpiGroup::Loyalty:
        return QCoreApplication::translate("Kpi", "Loyalty");
    }
    return {};
}

} // namespace funnelscope

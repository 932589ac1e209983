#include "kpiinputs.h"

#include "importing/preset.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace funnelscope {

namespace {

QStringList cols(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names) {
        list.append(QLatin1String(name));
    }
    return list;
}

KpiInput campaign(std::initializer_list<const char *> names)
{
    return {Kind::Campaign, cols(names)};
}

// The table of kpis.md: for each KPI the rows its formula sums or counts.
const QHash<QString, QList<KpiInput>> &table()
{
    const KpiInput cost = campaign({"cost"});
    const KpiInput expenses{Kind::Expenses, cols({"date", "amount"})};
    const KpiInput crmLeads{Kind::Leads, cols({"lead_id", "created_date"})};
    const KpiInput platformLeads{Kind::Campaign, cols({"leads"}), true};
    const KpiInput won{Kind::Deals, cols({"deal_id", "status", "close_date"})};
    const KpiInput wonAmounts{Kind::Deals, cols({"deal_id", "status", "close_date", "amount"})};
    const KpiInput created{Kind::Deals, cols({"deal_id", "created_date"})};
    const KpiInput starts{Kind::Customers, cols({"customer_id", "start_date"})};
    const KpiInput churns{Kind::Customers, cols({"customer_id", "start_date", "churn_date"})};
    const KpiInput mrr{Kind::Customers, cols({"customer_id", "start_date", "mrr"})};
    const KpiInput wonAsCustomers{Kind::Deals, cols({"deal_id", "status", "close_date"}), true};
    const KpiInput answers{Kind::Surveys, cols({"response_date", "score"})};
    const auto leadsWith = [](std::initializer_list<const char *> names) {
        QStringList list = cols({"lead_id"});
        list += cols(names);
        return KpiInput{Kind::Leads, list};
    };
    static const QHash<QString, QList<KpiInput>> inputs = {
        {QStringLiteral("impressions"), {campaign({"impressions"})}},
        {QStringLiteral("reach"), {campaign({"reach"})}},
        {QStringLiteral("sessions"), {campaign({"sessions"})}},
        {QStringLiteral("organic_share"), {campaign({"channel", "sessions"})}},
        {QStringLiteral("mentions"), {campaign({"mentions"})}},
        {QStringLiteral("new_followers"), {campaign({"new_followers"})}},
        {QStringLiteral("cpm"), {campaign({"cost", "impressions"})}},
        {QStringLiteral("media_cost"), {cost}},
        {QStringLiteral("ctr"), {campaign({"clicks", "impressions"})}},
        {QStringLiteral("cpc"), {campaign({"cost", "clicks"})}},
        {QStringLiteral("bounce_rate"), {campaign({"bounces", "sessions"})}},
        {QStringLiteral("avg_time_on_site"), {campaign({"engaged_seconds", "sessions"})}},
        {QStringLiteral("pages_per_session"), {campaign({"pageviews", "sessions"})}},
        {QStringLiteral("social_engagements"), {campaign({"likes", "comments", "shares"})}},
        {QStringLiteral("engagement_rate"), {campaign({"likes", "comments", "shares", "impressions"})}},
        {QStringLiteral("email_open_rate"), {campaign({"emails_opened", "emails_delivered"})}},
        {QStringLiteral("email_ctr"), {campaign({"email_clicks", "emails_delivered"})}},
        {QStringLiteral("email_click_to_open"), {campaign({"email_clicks", "emails_opened"})}},
        {QStringLiteral("unsubscribe_rate"), {campaign({"unsubscribes", "emails_delivered"})}},
        {QStringLiteral("cta_ctr"), {campaign({"cta_clicks", "pageviews"})}},
        {QStringLiteral("landing_page_conversion"), {campaign({"form_submissions", "landing_page_views"})}},
        {QStringLiteral("leads"), {crmLeads, platformLeads}},
        {QStringLiteral("platform_leads"), {campaign({"leads"})}},
        {QStringLiteral("lead_conversion_rate"), {crmLeads, platformLeads, campaign({"sessions"})}},
        {QStringLiteral("cpl"), {cost, crmLeads, platformLeads}},
        {QStringLiteral("mqls"), {leadsWith({"mql_date"})}},
        {QStringLiteral("sals"), {leadsWith({"sal_date"})}},
        {QStringLiteral("lead_to_mql_rate"), {leadsWith({"created_date", "mql_date"})}},
        {QStringLiteral("mql_to_sql_rate"), {leadsWith({"mql_date", "sql_date"})}},
        {QStringLiteral("cost_per_mql"), {cost, leadsWith({"mql_date"})}},
        {QStringLiteral("avg_lead_score"), {leadsWith({"created_date", "lead_score"})}},
        {QStringLiteral("sqls"), {leadsWith({"sql_date"})}},
        {QStringLiteral("sql_to_customer_rate"), {leadsWith({"sql_date", "customer_date"})}},
        {QStringLiteral("opportunities"), {created}},
        {QStringLiteral("cost_per_opportunity"), {cost, created}},
        {QStringLiteral("won_deals"), {won}},
        {QStringLiteral("win_rate"), {won}},
        {QStringLiteral("revenue"), {wonAmounts}},
        {QStringLiteral("avg_deal_size"), {wonAmounts}},
        {QStringLiteral("sales_cycle_days"),
         {{Kind::Deals, cols({"deal_id", "created_date", "status", "close_date"})}}},
        {QStringLiteral("pipeline_value"), {{Kind::Deals, cols({"deal_id", "created_date", "status", "amount"})}}},
        {QStringLiteral("sales_velocity"),
         {{Kind::Deals, cols({"deal_id", "created_date", "status", "close_date", "amount"})}}},
        {QStringLiteral("lead_to_customer_rate"), {leadsWith({"created_date", "customer_date"})}},
        {QStringLiteral("new_customers"), {starts, wonAsCustomers}},
        {QStringLiteral("total_cost"), {cost, expenses}},
        {QStringLiteral("cac"), {cost, expenses, starts, wonAsCustomers}},
        {QStringLiteral("marketing_roi"), {wonAmounts, cost, expenses}},
        {QStringLiteral("active_customers"), {starts}},
        {QStringLiteral("retention_rate"), {churns}},
        {QStringLiteral("churn_rate"), {churns}},
        {QStringLiteral("mrr"), {mrr}},
        {QStringLiteral("arpa"), {mrr}},
        {QStringLiteral("clv"), {{Kind::Customers, cols({"customer_id", "start_date", "churn_date", "mrr"})}}},
        {QStringLiteral("ltv_to_cac"),
         {{Kind::Customers, cols({"customer_id", "start_date", "churn_date", "mrr"})}, cost, expenses}},
        {QStringLiteral("nps"), {answers}},
        {QStringLiteral("survey_responses"), {{Kind::Surveys, cols({"response_date"})}}},
    };
    return inputs;
}

} // namespace

QList<KpiInput> KpiInputs::of(QStringView kpiId)
{
    return table().value(kpiId.toString());
}

bool KpiInputs::provides(const Preset &preset, const KpiInput &input)
{
    if (preset.kind != input.kind) {
        return false;
    }
    const auto has = [&preset](const QString &column) {
        const auto named = [&column](const std::pair<QString, QStringList> &c) {
            return c.first == column;
        };
        return std::any_of(preset.columns.cbegin(), preset.columns.cend(), named) ||
               std::any_of(preset.products.cbegin(), preset.products.cend(), named) ||
               preset.constants.contains(column) ||
               std::any_of(preset.conditionals.cbegin(), preset.conditionals.cend(),
                           [&column](const Preset::Conditional &c) { return c.column == column; });
    };
    return std::all_of(input.columns.cbegin(), input.columns.cend(), has);
}

QStringList KpiInputs::presetsFor(const KpiInput &input)
{
    QStringList ids;
    for (const Preset *preset : Preset::all()) {
        // Only the shipped tools: a user's own preset is not the guide's to name.
        if (QFile::exists(QStringLiteral(":/presets/%1.json").arg(preset->id)) && provides(*preset, input)) {
            ids.append(preset->id);
        }
    }
    return ids;
}

QString KpiInputs::hint(QStringView kpiId)
{
    const QList<KpiInput> inputs = of(kpiId);
    if (inputs.isEmpty()) {
        return {};
    }
    const KpiInput &input = inputs.constFirst();
    QStringList tools;
    for (const QString &id : presetsFor(input)) {
        if (tools.size() == 3) {
            tools.append(QStringLiteral("…"));
            break;
        }
        tools.append(Preset::find(id)->title);
    }
    const QString columns = input.columns.join(QStringLiteral(", "));
    return tools.isEmpty()
               ? QCoreApplication::translate("Kpi", "Import your own CSV with %1 to see this.").arg(columns)
               : QCoreApplication::translate("Kpi", "Import a file from %1 or your own CSV with %2 to see this.")
                     .arg(tools.join(QStringLiteral(", ")), columns);
}

} // namespace funnelscope

#include "rowdrill.h"

#include "channels/channeltaxonomy.h"
#include "crmrollup.h"
#include "csv/csvwriter.h"
#include "i18n/contexts.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace funnelscope {

namespace {

struct DrillText
{
    Q_DECLARE_TR_FUNCTIONS(RowDrill)
};

using Type = RowDrill::ValueType;

const QString ChannelFilter = QStringLiteral("(?3 OR %1 IN (SELECT value FROM json_each(?4)))");
const QString CampaignFilter = QStringLiteral("(?5 OR %1 IN (SELECT value FROM json_each(?6)))");

QString inPeriod(const QString &day)
{
    return QStringLiteral("%1 BETWEEN ?1 AND ?2").arg(day);
}

// Every column a drill may show, in the order shown.
const QList<std::pair<QString, Type>> &allColumns()
{
    static const QList<std::pair<QString, Type>> list = {
        {QStringLiteral("impressions"), Type::Count},
        {QStringLiteral("reach"), Type::Count},
        {QStringLiteral("clicks"), Type::Count},
        {QStringLiteral("sessions"), Type::Count},
        {QStringLiteral("bounces"), Type::Count},
        {QStringLiteral("pageviews"), Type::Count},
        {QStringLiteral("engaged_seconds"), Type::Decimal},
        {QStringLiteral("landing_page_views"), Type::Count},
        {QStringLiteral("form_submissions"), Type::Count},
        {QStringLiteral("cta_clicks"), Type::Count},
        {QStringLiteral("likes"), Type::Count},
        {QStringLiteral("comments"), Type::Count},
        {QStringLiteral("shares"), Type::Count},
        {QStringLiteral("new_followers"), Type::Count},
        {QStringLiteral("mentions"), Type::Count},
        {QStringLiteral("emails_sent"), Type::Count},
        {QStringLiteral("emails_delivered"), Type::Count},
        {QStringLiteral("emails_opened"), Type::Count},
        {QStringLiteral("email_clicks"), Type::Count},
        {QStringLiteral("unsubscribes"), Type::Count},
        {QStringLiteral("platform_leads"), Type::Decimal},
        {QStringLiteral("cost"), Type::Money},
        {QStringLiteral("lead_id"), Type::Text},
        {QStringLiteral("created_date"), Type::Date},
        {QStringLiteral("mql_date"), Type::Date},
        {QStringLiteral("sal_date"), Type::Date},
        {QStringLiteral("sql_date"), Type::Date},
        {QStringLiteral("customer_date"), Type::Date},
        {QStringLiteral("lead_score"), Type::Real},
        {QStringLiteral("deal_id"), Type::Text},
        {QStringLiteral("status"), Type::Text},
        {QStringLiteral("first_touch_date"), Type::Date},
        {QStringLiteral("close_date"), Type::Date},
        {QStringLiteral("amount"), Type::Money},
        {QStringLiteral("customer_id"), Type::Text},
        {QStringLiteral("start_date"), Type::Date},
        {QStringLiteral("churn_date"), Type::Date},
        {QStringLiteral("mrr"), Type::Money},
        {QStringLiteral("category"), Type::Text},
        {QStringLiteral("expense"), Type::Money},
        {QStringLiteral("score"), Type::Count},
        {QStringLiteral("respondent_id"), Type::Text},
        {QStringLiteral("currency"), Type::Text},
    };
    return list;
}

QString columnTitle(const QString &id)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("impressions"), QT_TRANSLATE_NOOP("RowDrill", "Impressions")},
        {QStringLiteral("reach"), QT_TRANSLATE_NOOP("RowDrill", "Reach")},
        {QStringLiteral("clicks"), QT_TRANSLATE_NOOP("RowDrill", "Clicks")},
        {QStringLiteral("sessions"), QT_TRANSLATE_NOOP("RowDrill", "Sessions")},
        {QStringLiteral("bounces"), QT_TRANSLATE_NOOP("RowDrill", "Bounces")},
        {QStringLiteral("pageviews"), QT_TRANSLATE_NOOP("RowDrill", "Pageviews")},
        {QStringLiteral("engaged_seconds"), QT_TRANSLATE_NOOP("RowDrill", "Engaged seconds")},
        {QStringLiteral("landing_page_views"), QT_TRANSLATE_NOOP("RowDrill", "Landing page views")},
        {QStringLiteral("form_submissions"), QT_TRANSLATE_NOOP("RowDrill", "Form submissions")},
        {QStringLiteral("cta_clicks"), QT_TRANSLATE_NOOP("RowDrill", "CTA clicks")},
        {QStringLiteral("likes"), QT_TRANSLATE_NOOP("RowDrill", "Likes")},
        {QStringLiteral("comments"), QT_TRANSLATE_NOOP("RowDrill", "Comments")},
        {QStringLiteral("shares"), QT_TRANSLATE_NOOP("RowDrill", "Shares")},
        {QStringLiteral("new_followers"), QT_TRANSLATE_NOOP("RowDrill", "New followers")},
        {QStringLiteral("mentions"), QT_TRANSLATE_NOOP("RowDrill", "Mentions")},
        {QStringLiteral("emails_sent"), QT_TRANSLATE_NOOP("RowDrill", "Emails sent")},
        {QStringLiteral("emails_delivered"), QT_TRANSLATE_NOOP("RowDrill", "Emails delivered")},
        {QStringLiteral("emails_opened"), QT_TRANSLATE_NOOP("RowDrill", "Emails opened")},
        {QStringLiteral("email_clicks"), QT_TRANSLATE_NOOP("RowDrill", "Email clicks")},
        {QStringLiteral("unsubscribes"), QT_TRANSLATE_NOOP("RowDrill", "Unsubscribes")},
        {QStringLiteral("platform_leads"), QT_TRANSLATE_NOOP("RowDrill", "Platform leads")},
        {QStringLiteral("cost"), QT_TRANSLATE_NOOP("RowDrill", "Cost")},
        {QStringLiteral("lead_id"), QT_TRANSLATE_NOOP("RowDrill", "Lead")},
        {QStringLiteral("created_date"), QT_TRANSLATE_NOOP("RowDrill", "Created")},
        {QStringLiteral("mql_date"), QT_TRANSLATE_NOOP("RowDrill", "MQL date")},
        {QStringLiteral("sal_date"), QT_TRANSLATE_NOOP("RowDrill", "SAL date")},
        {QStringLiteral("sql_date"), QT_TRANSLATE_NOOP("RowDrill", "SQL date")},
        {QStringLiteral("customer_date"), QT_TRANSLATE_NOOP("RowDrill", "Customer date")},
        {QStringLiteral("lead_score"), QT_TRANSLATE_NOOP("RowDrill", "Lead score")},
        {QStringLiteral("deal_id"), QT_TRANSLATE_NOOP("RowDrill", "Deal")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("RowDrill", "Stage")},
        {QStringLiteral("first_touch_date"), QT_TRANSLATE_NOOP("RowDrill", "First touch")},
        {QStringLiteral("close_date"), QT_TRANSLATE_NOOP("RowDrill", "Close date")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("RowDrill", "Deal amount")},
        {QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("RowDrill", "Customer")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("RowDrill", "Start")},
        {QStringLiteral("churn_date"), QT_TRANSLATE_NOOP("RowDrill", "Churn")},
        {QStringLiteral("mrr"), QT_TRANSLATE_NOOP("RowDrill", "MRR")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("RowDrill", "Category")},
        {QStringLiteral("expense"), QT_TRANSLATE_NOOP("RowDrill", "Expense")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("RowDrill", "Score")},
        {QStringLiteral("respondent_id"), QT_TRANSLATE_NOOP("RowDrill", "Respondent")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("RowDrill", "Currency")},
    };
    return DrillText::tr(titles.value(id, ""));
}

// Campaign rows of the period with the shown columns; known is the condition a row must meet to count (a ratio's
// rows have both inputs known, CampaignRollup::rowExpressions()).
RowDrill::Part campaignPart(const QStringList &shown, const QString &known)
{
    RowDrill::Part p;
    p.kindId = QStringLiteral("campaign_row");
    p.kind = DrillText::tr("Campaign row");
    p.table = QStringLiteral("campaign_rows");
    p.day = QStringLiteral("day");
    p.where = inPeriod(QStringLiteral("day")) + QStringLiteral(" AND (") + known + u')';
    for (const QString &c : shown) {
        p.values.insert(c, c == u"platform_leads" ? QStringLiteral("leads") : c);
        if (c == u"cost") {
            p.values.insert(QStringLiteral("currency"), QStringLiteral("CASE WHEN cost IS NOT NULL THEN currency END"));
        }
    }
    return p;
}

RowDrill::Part campaignAll(const QStringList &columns)
{
    QStringList known;
    for (const QString &c : columns) {
        known.append((c == u"platform_leads" ? QStringLiteral("leads") : c) + QStringLiteral(" IS NOT NULL"));
    }
    return campaignPart(columns, known.join(QStringLiteral(" AND ")));
}

RowDrill::Part campaignAny(const QStringList &columns)
{
    QStringList known;
    for (const QString &c : columns) {
        known.append((c == u"platform_leads" ? QStringLiteral("leads") : c) + QStringLiteral(" IS NOT NULL"));
    }
    return campaignPart(columns, known.join(QStringLiteral(" OR ")));
}

// The email ratios count delivered emails, or the sent ones where the export has no deliveries.
RowDrill::Part emailPart(const QString &count)
{
    return campaignPart(
        {count, QStringLiteral("emails_delivered"), QStringLiteral("emails_sent")},
        QStringLiteral("%1 IS NOT NULL AND coalesce(emails_delivered, emails_sent) IS NOT NULL").arg(count));
}

const QString SocialKnown = QStringLiteral("(likes IS NOT NULL OR comments IS NOT NULL OR shares IS NOT NULL)");

// Leads dated in the period by day (created, or a stage's date as the engine reads it); shown are extra columns.
RowDrill::Part leadPart(const QString &dayColumn, const QStringList &shown, const QString &extra = {})
{
    static const QHash<QString, QString> expressions = {
        {QStringLiteral("lead_id"), QStringLiteral("lead_id")},
        {QStringLiteral("created_date"), QStringLiteral("created")},
        {QStringLiteral("mql_date"), CrmRollup::mqlDay()},
        {QStringLiteral("sal_date"), CrmRollup::salDay()},
        {QStringLiteral("sql_date"), CrmRollup::sqlDay()},
        {QStringLiteral("customer_date"), QStringLiteral("customer_day")},
        {QStringLiteral("lead_score"), QStringLiteral("lead_score")},
    };
    RowDrill::Part p;
    p.kindId = QStringLiteral("lead");
    p.kind = DrillText::tr("Lead");
    p.table = QStringLiteral("leads");
    p.day = expressions.value(dayColumn);
    p.where = inPeriod(p.day) + extra;
    p.values.insert(QStringLiteral("lead_id"), QStringLiteral("lead_id"));
    p.values.insert(dayColumn, p.day);
    for (const QString &c : shown) {
        p.values.insert(c, expressions.value(c));
    }
    return p;
}

// Deals, with their lead's channel and campaign where they have none (the engine's linked_ columns).
RowDrill::Part dealPart(const QString &day, const QString &where)
{
    RowDrill::Part p;
    p.kindId = QStringLiteral("deal");
    p.kind = DrillText::tr("Deal");
    p.table = QStringLiteral("deals");
    p.day = day;
    p.channel = QStringLiteral("coalesce(linked_channel_id, ?7)");
    p.campaign = QStringLiteral("coalesce(linked_campaign_id, (SELECT id FROM campaigns WHERE name = '(none)'))");
    p.where = where;
    p.values = {{QStringLiteral("deal_id"), QStringLiteral("deal_id")},
                {QStringLiteral("status"), QStringLiteral("status")},
                {QStringLiteral("created_date"), QStringLiteral("created")},
                {QStringLiteral("close_date"), QStringLiteral("closed")},
                {QStringLiteral("amount"), QStringLiteral("amount")},
                {QStringLiteral("currency"), QStringLiteral("CASE WHEN amount IS NOT NULL THEN currency END")}};
    return p;
}

const QString WonInPeriod = QStringLiteral("status = 'won' AND closed BETWEEN ?1 AND ?2");

RowDrill::Part wonDeals()
{
    return dealPart(QStringLiteral("closed"), WonInPeriod);
}

RowDrill::Part createdDeals()
{
    return dealPart(QStringLiteral("created"), inPeriod(QStringLiteral("created")));
}

RowDrill::Part customerPart(const QString &day, const QString &where)
{
    RowDrill::Part p;
    p.kindId = QStringLiteral("customer");
    p.kind = DrillText::tr("Customer");
    p.table = QStringLiteral("customers");
    p.day = day;
    p.where = where;
    p.values = {{QStringLiteral("customer_id"), QStringLiteral("customer_id")},
                {QStringLiteral("start_date"), QStringLiteral("start")},
                {QStringLiteral("churn_date"), QStringLiteral("churn")},
                {QStringLiteral("mrr"), QStringLiteral("mrr")},
                {QStringLiteral("currency"), QStringLiteral("CASE WHEN mrr IS NOT NULL THEN currency END")}};
    return p;
}

const QString ActiveAtEnd = QStringLiteral("start <= ?2 AND (churn IS NULL OR churn > ?2)");
const QString ActiveAtStart = QStringLiteral("start < ?1 AND (churn IS NULL OR churn >= ?1)");

RowDrill::Part expensePart()
{
    RowDrill::Part p;
    p.kindId = QStringLiteral("expense");
    p.kind = DrillText::tr("Expense");
    p.table = QStringLiteral("expenses");
    p.day = QStringLiteral("day");
    p.where = inPeriod(QStringLiteral("day"));
    p.values = {{QStringLiteral("category"), QStringLiteral("category")},
                {QStringLiteral("expense"), QStringLiteral("amount")},
                {QStringLiteral("currency"), QStringLiteral("currency")}};
    return p;
}

RowDrill::Part surveyPart()
{
    RowDrill::Part p;
    p.kindId = QStringLiteral("survey");
    p.kind = DrillText::tr("Survey answer");
    p.table = QStringLiteral("surveys");
    p.day = QStringLiteral("day");
    p.where = inPeriod(QStringLiteral("day"));
    p.values = {{QStringLiteral("score"), QStringLiteral("score")},
                {QStringLiteral("respondent_id"), QStringLiteral("respondent_id")}};
    return p;
}

bool exists(Workspace &workspace, const char *table)
{
    SqliteStatement q(workspace.handle(),
                      QStringLiteral("SELECT EXISTS(SELECT 1 FROM %1)").arg(QLatin1StringView(table)));
    return q.step() && q.integer(0) != 0;
}

// The rows each KPI of kpis.md is computed from.
QList<RowDrill::Part> partsOf(Workspace &workspace, const QString &kpi)
{
    using P = QList<RowDrill::Part>;
    const auto s = [](const char *id) {
        return QString::fromLatin1(id);
    };
    const bool crmLeads = exists(workspace, "leads");
    const bool customers = exists(workspace, "customers");
    const RowDrill::Part cost = campaignAll({s("cost")});
    const RowDrill::Part leads = crmLeads ? leadPart(s("created_date"), {}) : campaignAll({s("platform_leads")});
    const RowDrill::Part newCustomers = customers ? customerPart(s("start"), inPeriod(s("start"))) : wonDeals();
    static const QHash<QString, QStringList> plain = {
        {QStringLiteral("impressions"), {QStringLiteral("impressions")}},
        {QStringLiteral("reach"), {QStringLiteral("reach")}},
        {QStringLiteral("sessions"), {QStringLiteral("sessions")}},
        {QStringLiteral("organic_share"), {QStringLiteral("sessions")}},
        {QStringLiteral("mentions"), {QStringLiteral("mentions")}},
        {QStringLiteral("new_followers"), {QStringLiteral("new_followers")}},
        {QStringLiteral("media_cost"), {QStringLiteral("cost")}},
        {QStringLiteral("platform_leads"), {QStringLiteral("platform_leads")}},
        {QStringLiteral("cpm"), {QStringLiteral("cost"), QStringLiteral("impressions")}},
        {QStringLiteral("ctr"), {QStringLiteral("clicks"), QStringLiteral("impressions")}},
        {QStringLiteral("cpc"), {QStringLiteral("cost"), QStringLiteral("clicks")}},
        {QStringLiteral("bounce_rate"), {QStringLiteral("bounces"), QStringLiteral("sessions")}},
        {QStringLiteral("avg_time_on_site"), {QStringLiteral("engaged_seconds"), QStringLiteral("sessions")}},
        {QStringLiteral("pages_per_session"), {QStringLiteral("pageviews"), QStringLiteral("sessions")}},
        {QStringLiteral("cta_ctr"), {QStringLiteral("cta_clicks"), QStringLiteral("pageviews")}},
        {QStringLiteral("landing_page_conversion"),
         {QStringLiteral("form_submissions"), QStringLiteral("landing_page_views")}},
        {QStringLiteral("email_click_to_open"), {QStringLiteral("email_clicks"), QStringLiteral("emails_opened")}},
    };
    if (plain.contains(kpi)) {
        return {campaignAll(plain.value(kpi))};
    }
    const QStringList social = {s("likes"), s("comments"), s("shares")};
    if (kpi == u"social_engagements") {
        return {campaignAny(social)};
    }
    if (kpi == u"engagement_rate") {
        return {campaignPart(social + QStringList{s("impressions")},
                             SocialKnown + QStringLiteral(" AND impressions IS NOT NULL"))};
    }
    if (kpi == u"email_open_rate") {
        return {emailPart(s("emails_opened"))};
    }
    if (kpi == u"email_ctr") {
        return {emailPart(s("email_clicks"))};
    }
    if (kpi == u"unsubscribe_rate") {
        return {emailPart(s("unsubscribes"))};
    }
    if (kpi == u"leads") {
        return {leads};
    }
    if (kpi == u"lead_conversion_rate") {
        return {campaignAll({s("sessions")}), leads};
    }
    if (kpi == u"cpl") {
        return crmLeads ? P{cost, leads} : P{campaignAny({s("cost"), s("platform_leads")})};
    }
    if (kpi == u"mqls") {
        return {leadPart(s("mql_date"), {})};
    }
    if (kpi == u"sals") {
        return {leadPart(s("sal_date"), {})};
    }
    if (kpi == u"sqls") {
        return {leadPart(s("sql_date"), {})};
    }
    if (kpi == u"lead_to_mql_rate") {
        return {leadPart(s("created_date"), {s("mql_date")})};
    }
    if (kpi == u"mql_to_sql_rate") {
        return {leadPart(s("mql_date"), {s("sql_date")})};
    }
    if (kpi == u"sql_to_customer_rate") {
        return {leadPart(s("sql_date"), {s("customer_date")})};
    }
    if (kpi == u"lead_to_customer_rate") {
        return {leadPart(s("created_date"), {s("customer_date")})};
    }
    if (kpi == u"cost_per_mql") {
        return {cost, leadPart(s("mql_date"), {})};
    }
    if (kpi == u"avg_lead_score") {
        return {leadPart(s("created_date"), {s("lead_score")}, QStringLiteral(" AND lead_score IS NOT NULL"))};
    }
    if (kpi == u"opportunities") {
        return {createdDeals()};
    }
    if (kpi == u"cost_per_opportunity") {
        return {cost, createdDeals()};
    }
    if (kpi == u"won_deals" || kpi == u"revenue") {
        return {wonDeals()};
    }
    if (kpi == u"avg_deal_size") {
        return {dealPart(s("closed"), WonInPeriod + QStringLiteral(" AND amount IS NOT NULL"))};
    }
    if (kpi == u"sales_cycle_days") {
        RowDrill::Part p = wonDeals();
        p.values.insert(s("first_touch_date"), s("linked_first_touch"));
        return {p};
    }
    if (kpi == u"win_rate") {
        return {dealPart(s("closed"), QStringLiteral("status IN ('won', 'lost') AND closed BETWEEN ?1 AND ?2"))};
    }
    if (kpi == u"pipeline_value") {
        return {dealPart(s("created"), QStringLiteral("created <= ?2 AND NOT (status <> 'open' AND (closed IS NULL"
                                                      " OR closed <= ?2))"))};
    }
    if (kpi == u"sales_velocity") {
        RowDrill::Part p = dealPart(s("created"), QStringLiteral("created BETWEEN ?1 AND ?2 OR (status IN ('won',"
                                                                 " 'lost') AND closed BETWEEN ?1 AND ?2)"));
        p.values.insert(s("first_touch_date"), s("linked_first_touch"));
        return {p};
    }
    if (kpi == u"new_customers") {
        return {newCustomers};
    }
    if (kpi == u"total_cost") {
        return {cost, expensePart()};
    }
    if (kpi == u"cac") {
        return {cost, expensePart(), newCustomers};
    }
    if (kpi == u"marketing_roi") {
        return {wonDeals(), cost, expensePart()};
    }
    if (kpi == u"active_customers" || kpi == u"mrr" || kpi == u"arpa") {
        return {customerPart(s("start"), ActiveAtEnd + (kpi == u"arpa" ? s(" AND mrr IS NOT NULL") : QString()))};
    }
    if (kpi == u"retention_rate" || kpi == u"churn_rate") {
        return {customerPart(s("start"), ActiveAtStart)};
    }
    if (kpi == u"clv") {
        return {customerPart(s("start"), QStringLiteral("start <= ?2 AND (churn IS NULL OR churn >= ?1)"))};
    }
    if (kpi == u"ltv_to_cac") {
        return {customerPart(s("start"), QStringLiteral("start <= ?2 AND (churn IS NULL OR churn >= ?1)")), cost,
                expensePart()};
    }
    if (kpi == u"nps" || kpi == u"survey_responses") {
        return {surveyPart()};
    }
    return {};
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids) {
        a.append(id);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

RowDrill::RowDrill(Workspace &workspace, const QString &kpi, const Scope &scope)
    : m_workspace(workspace), m_kpi(kpi), m_scope(scope)
{
    m_parts = partsOf(workspace, kpi);
    if (m_parts.isEmpty()) {
        m_error = DrillText::tr("unknown KPI %1 (funnelscope-cli kpis --list names them)").arg(kpi);
        return;
    }
    for (const auto &[id, type] : allColumns()) {
        for (const Part &p : std::as_const(m_parts)) {
            if (p.values.contains(id)) {
                m_columns.append({id, columnTitle(id), type});
                break;
            }
        }
    }
    // Channels by their canonical name, as filters and breakdowns see them (ChannelTaxonomy).
    const ChannelTaxonomy::Groups groups = ChannelTaxonomy::groupsOf(workspace);
    QList<qint64> ids;
    for (const QString &name : scope.channels) {
        const QList<qint64> members = groups.idsOf(name);
        ids.append(members.isEmpty() ? QList<qint64>{-1} : members);
    }
    m_channelIds = idsJson(ids);
    ids.clear();
    for (const QString &name : scope.campaigns) {
        ids.append(workspace.findCampaign(name));
    }
    m_campaignIds = idsJson(ids);
    m_noneChannel = workspace.findChannel(QStringLiteral("(none)"));
    SqliteStatement channels(workspace.handle(), QStringLiteral("SELECT id, name FROM channels"));
    while (channels.step()) {
        const QString canonical = groups.nameOf(channels.integer(0));
        m_channelNames.insert(channels.integer(0), canonical.isEmpty() ? channels.text(1) : canonical);
    }
    SqliteStatement campaigns(workspace.handle(), QStringLiteral("SELECT id, name FROM campaigns"));
    while (campaigns.step()) {
        m_campaignNames.insert(campaigns.integer(0), campaigns.text(1));
    }
    SqliteStatement files(workspace.handle(), QStringLiteral("SELECT id, file_name FROM imports"));
    while (files.step()) {
        m_fileNames.insert(files.integer(0), files.text(1));
    }
}

RowDrill::~RowDrill() = default;

// Built from our own table and column names only; every value is bound.
QString RowDrill::unionSql() const
{
    QStringList selects;
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        const Part &p = m_parts.at(i);
        QStringList values;
        for (const Column &c : m_columns) {
            values.append(p.values.value(c.id, QStringLiteral("NULL")));
        }
        selects.append(QStringLiteral("SELECT %1 AS part, %2 AS day, %3 AS channel, %4 AS campaign, import_id, line,"
                                      " lines, %5 FROM %6 WHERE (%7) AND %8 AND %9")
                           .arg(i)
                           .arg(p.day, p.channel, p.campaign, values.join(QStringLiteral(", ")), p.table, p.where,
                                ChannelFilter.arg(p.channel), CampaignFilter.arg(p.campaign)));
    }
    return selects.join(QStringLiteral(" UNION ALL "));
}

namespace {

void bindScope(SqliteStatement &q, const Scope &scope, const QString &channels, const QString &campaigns,
               qint64 noneChannel)
{
    q.bind(1, qint64(scope.from.toJulianDay()));
    q.bind(2, qint64(scope.to.toJulianDay()));
    q.bind(3, qint64(scope.channels.isEmpty()));
    q.bind(4, channels);
    q.bind(5, qint64(scope.campaigns.isEmpty()));
    q.bind(6, campaigns);
    q.bind(7, noneChannel);
}

} // namespace

RowDrill::Summary RowDrill::summary()
{
    Summary s;
    if (!m_error.isEmpty()) {
        return s;
    }
    SqliteStatement q(
        m_workspace.handle(),
        QStringLiteral("SELECT count(*), count(DISTINCT import_id), count(*) - count(line) FROM (%1)").arg(unionSql()));
    bindScope(q, m_scope, m_channelIds, m_campaignIds, m_noneChannel);
    if (q.step()) {
        s.rows = q.integer(0);
        s.files = q.integer(1);
        s.unrecordedLines = q.integer(2);
    }
    return s;
}

QString RowDrill::read(const std::function<bool(const Row &)> &each, qint64 limit, qint64 offset)
{
    if (!m_error.isEmpty()) {
        return m_error;
    }
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT * FROM (%1) ORDER BY day, part, channel, campaign, import_id, line"
                                     " LIMIT ?8 OFFSET ?9")
                          .arg(unionSql()));
    if (!q.isValid()) {
        return q.error();
    }
    bindScope(q, m_scope, m_channelIds, m_campaignIds, m_noneChannel);
    q.bind(8, limit);
    q.bind(9, qMax<qint64>(0, offset));
    constexpr int First = 7;
    while (q.step()) {
        Row row;
        const Part &part = m_parts.at(q.integer(0));
        row.kindId = part.kindId;
        row.kind = part.kind;
        row.day = q.integer(1);
        row.channel = m_channelNames.value(q.integer(2));
        row.campaign = m_campaignNames.value(q.integer(3), QStringLiteral("(none)"));
        row.file = m_fileNames.value(q.integer(4));
        row.line = q.isNull(5) ? 0 : q.integer(5);
        row.lines = q.isNull(6) ? 0 : q.integer(6);
        row.values.reserve(m_columns.size());
        for (int c = 0; c < m_columns.size(); ++c) {
            const int at = First + c;
            if (q.isNull(at)) {
                row.values.append(QVariant());
                continue;
            }
            switch (m_columns.at(c).type) {
            case Type::Text:
                row.values.append(q.text(at));
                break;
            case Type::Real:
                row.values.append(q.real(at));
                break;
            default:
                row.values.append(q.integer(at));
                break;
            }
        }
        if (!each(row)) {
            break;
        }
    }
    return q.failed() ? q.error() : QString();
}

QString RowDrill::plainMicros(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? 0 - quint64(micros) : quint64(micros);
    QString text = QString::number(magnitude / 1'000'000);
    if (const quint64 fraction = magnitude % 1'000'000; fraction != 0) {
        QString digits = QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0')) {
            digits.chop(1);
        }
        text += u'.' + digits;
    }
    return negative ? u'-' + text : text;
}

QString RowDrill::plainText(const Column &column, const QVariant &value)
{
    if (!value.isValid()) {
        return {};
    }
    switch (column.type) {
    case Type::Count:
        return QString::number(value.toLongLong());
    case Type::Decimal:
    case Type::Money:
        return plainMicros(value.toLongLong());
    case Type::Date:
        return QDate::fromJulianDay(value.toLongLong()).toString(Qt::ISODate);
    case Type::Real:
        // The shortest text that reads back as the same number, never in exponent form.
        return QString::number(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case Type::Text:
        break;
    }
    return value.toString();
}

QStringList RowDrill::fieldNames() const
{
    QStringList names{QStringLiteral("date")};
    if (mixedKinds()) {
        names.append(QStringLiteral("kind"));
    }
    names << QStringLiteral("channel") << QStringLiteral("campaign");
    for (const Column &c : m_columns) {
        names.append(c.id);
    }
    names << QStringLiteral("file") << QStringLiteral("line") << QStringLiteral("lines");
    return names;
}

void RowDrill::writeCsv(CsvWriter &csv, const Row &row) const
{
    csv.shownNumber(QDate::fromJulianDay(row.day).toString(Qt::ISODate));
    if (mixedKinds()) {
        csv.text(row.kindId);
    }
    csv.text(row.channel).text(row.campaign);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        const QString value = plainText(column, row.values.at(c));
        if (column.type == Type::Text) {
            csv.text(value);
        } else {
            csv.shownNumber(value);
        }
    }
    csv.text(row.file);
    csv.shownNumber(row.line > 0 ? QString::number(row.line) : QString());
    csv.shownNumber(row.line > 0 ? QString::number(row.lines) : QString());
    csv.endRow();
}

QJsonObject RowDrill::toJson(const Row &row) const
{
    QJsonObject o{{QStringLiteral("date"), QDate::fromJulianDay(row.day).toString(Qt::ISODate)},
                  {QStringLiteral("kind"), row.kindId},
                  {QStringLiteral("channel"), row.channel},
                  {QStringLiteral("campaign"), row.campaign},
                  {QStringLiteral("file"), row.file}};
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        const QVariant &v = row.values.at(c);
        if (!v.isValid()) {
            o.insert(column.id, QJsonValue());
        } else if (column.type == Type::Count) {
            o.insert(column.id, v.toLongLong());
        } else if (column.type == Type::Real) {
            o.insert(column.id, v.toDouble());
        } else if (column.type == Type::Decimal || column.type == Type::Money) {
            // A decimal string: exact, where a JSON number would be read back as a binary fraction.
            o.insert(column.id, plainMicros(v.toLongLong()));
        } else {
            o.insert(column.id, plainText(column, v));
        }
    }
    o.insert(QStringLiteral("line"), row.line > 0 ? QJsonValue(row.line) : QJsonValue());
    o.insert(QStringLiteral("lines"), row.line > 0 ? QJsonValue(row.lines) : QJsonValue());
    if (row.line <= 0) {
        o.insert(QStringLiteral("line_note"), QStringLiteral("line not recorded, imported before this version"));
    }
    return o;
}

QString RowDrill::lineText(const Row &row)
{
    if (row.line <= 0) {
        return DrillText::tr("not recorded (imported before this version)");
    }
    if (row.lines > 1) {
        return row.lines == 2 ? DrillText::tr("%1 (and 1 more line of the file merged into this row)").arg(row.line)
                              : DrillText::tr("%1 (and %2 more lines of the file merged into this row)")
                                    .arg(row.line)
                                    .arg(row.lines - 1);
    }
    return QString::number(row.line);
}

Scope RowDrill::narrowed(const Scope &scope, Breakdown by, const QString &key)
{
    Scope s = scope;
    if (by == Breakdown::Channel) {
        s.channels = {key};
    } else if (by == Breakdown::Campaign) {
        s.campaigns = {key};
    } else if (by != Breakdown::None) {
        for (const auto &[bucket, bucketScope] : scope.timeBuckets(by)) {
            if (bucket == key) {
                return bucketScope;
            }
        }
    }
    return s;
}

} // namespace funnelscope

#include "kind.h"

#include <QCoreApplication>

namespace funnelscope {

namespace {

QList<ColumnSpec> campaignColumns()
{
    QList<ColumnSpec> columns = {
        {QStringLiteral("date"), ColumnType::Date, true},
        {QStringLiteral("channel"), ColumnType::Text, true},
        {QStringLiteral("campaign"), ColumnType::Text, false},
    };
    for (const char *count : {"impressions",
                              "reach",
                              "clicks",
                              "sessions",
                              "bounces",
                              "pageviews",
                              "landing_page_views",
                              "form_submissions",
                              "leads",
                              "likes",
                              "comments",
                              "shares",
                              "new_followers",
                              "mentions",
                              "emails_sent",
                              "emails_delivered",
                              "emails_opened",
                              "email_clicks",
                              "unsubscribes",
                              "cta_clicks",
                              "video_views",
                              "key_events"}) {
        // Conversions as the platforms report them: data-driven attribution credits a lead in parts (45.89), so these
        // are stored exactly in micro-units like money, never rounded and never refused for being fractional.
        const QString name = QString::fromLatin1(count);
        const bool conversions = name == u"leads" || name == u"key_events";
        columns.append({name, conversions ? ColumnType::Decimal : ColumnType::Count, false});
    }
    columns.append({QStringLiteral("engaged_seconds"), ColumnType::Decimal, false});
    columns.append({QStringLiteral("cost"), ColumnType::Decimal, false});
    columns.append({QStringLiteral("avg_position"), ColumnType::Position, false});
    return columns;
}

ColumnSpec text(const char *name, bool required = false)
{
    return {QString::fromLatin1(name), ColumnType::Text, required};
}

ColumnSpec date(const char *name, bool required = false)
{
    return {QString::fromLatin1(name), ColumnType::Date, required};
}

} // namespace

const QList<KindSpec> &allKinds()
{
    static const QList<KindSpec> kinds = {
        {Kind::Campaign, QStringLiteral("campaign"), QT_TRANSLATE_NOOP("Import", "Campaign data"), campaignColumns(),
         QStringLiteral("date")},
        {Kind::Leads,
         QStringLiteral("leads"),
         QT_TRANSLATE_NOOP("Import", "Leads"),
         {text("lead_id", true),
          date("created_date", true),
          text("channel"),
          text("campaign"),
          text("lifecycle_stage"),
          date("mql_date"),
          date("sal_date"),
          date("sql_date"),
          date("opportunity_date"),
          date("customer_date"),
          {QStringLiteral("lead_score"), ColumnType::Score, false}},
         QStringLiteral("created_date")},
        {Kind::Deals,
         QStringLiteral("deals"),
         QT_TRANSLATE_NOOP("Import", "Deals"),
         {text("deal_id", true),
          date("created_date", true),
          date("close_date"),
          {QStringLiteral("status"), ColumnType::Status, true},
          {QStringLiteral("amount"), ColumnType::Decimal, false},
          text("lead_id"),
          text("customer_id"),
          text("channel"),
          text("campaign"),
          date("first_touch_date")},
         QStringLiteral("created_date")},
        {Kind::Customers,
         QStringLiteral("customers"),
         QT_TRANSLATE_NOOP("Import", "Customers"),
         {text("customer_id", true),
          date("start_date", true),
          date("churn_date"),
          {QStringLiteral("mrr"), ColumnType::Decimal, false},
          text("channel"),
          text("campaign")},
         QStringLiteral("start_date")},
        {Kind::Surveys,
         QStringLiteral("surveys"),
         QT_TRANSLATE_NOOP("Import", "Surveys"),
         {date("response_date", true),
          {QStringLiteral("score"), ColumnType::NpsScore, true},
          text("respondent_id"),
          text("comment"),
          text("channel"),
          text("campaign")},
         QStringLiteral("response_date")},
        {Kind::Expenses,
         QStringLiteral("expenses"),
         QT_TRANSLATE_NOOP("Import", "Expenses"),
         {date("date", true),
          {QStringLiteral("amount"), ColumnType::Decimal, true},
          text("category"),
          text("channel"),
          text("campaign")},
         QStringLiteral("date")},
        {Kind::Touchpoints,
         QStringLiteral("touchpoints"),
         QT_TRANSLATE_NOOP("Import", "Touchpoints"),
         {text("lead_id", true), date("timestamp", true), text("channel", true), text("campaign")},
         QStringLiteral("timestamp")},
    };
    return kinds;
}

const KindSpec &kindSpec(Kind kind)
{
    return allKinds().at(int(kind));
}

std::optional<Kind> kindFromName(QStringView name)
{
    for (const KindSpec &spec : allKinds()) {
        if (spec.name.compare(name, Qt::CaseInsensitive) == 0) {
            return spec.kind;
        }
    }
    return std::nullopt;
}

QString kindName(Kind kind)
{
    return kindSpec(kind).name;
}

QString kindTitle(QStringView name)
{
    const std::optional<Kind> kind = kindFromName(name);
    return kind ? QCoreApplication::translate("Import", kindSpec(*kind).title) : name.toString();
}

} // namespace funnelscope

#include "actionrules.h"

#include "i18n/language.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpicaveat.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace funnelscope {

namespace {

// Changes are ratios of doubles: (0.9 − 1.0) ÷ 1.0 is a hair short of −0.1. Exactly 10% still counts as 10%.
constexpr double Epsilon = 1e-9;

bool rose(std::optional<double> change)
{
    return change && *change >= ActionRules::MeaningfulChange - Epsilon;
}

bool fell(std::optional<double> change)
{
    return change && *change <= -ActionRules::MeaningfulChange + Epsilon;
}

// For texts marked with QT_TRANSLATE_NOOP; literal texts call QCoreApplication::translate directly, so lupdate
// finds them in the right context.
QString translated(const char *text)
{
    return QCoreApplication::translate("ActionRules", text);
}

std::optional<double> opt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QJsonValue json(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue();
}

// One KPI's two values as facts store them: {"before": x, "now": y}, a missing side as null.
QJsonObject pair(std::optional<double> before, std::optional<double> now)
{
    return {{QStringLiteral("before"), json(before)}, {QStringLiteral("now"), json(now)}};
}

// How one KPI moved between the periods, rendered for a finding.
class Move
{
public:
    Move(QStringView id, std::optional<double> current, std::optional<double> previous, const KpiFormat &format)
        : m_index(KpiCatalog::indexOf(id)), m_current(current), m_previous(previous), m_format(format)
    {
    }
    Move(QStringView id, const KpiValues &current, const KpiValues &previous, const KpiFormat &format)
        : Move(id, current.value(id), previous.value(id), format)
    {
        // A rate from a small sample, now or before, fires no rule: its change is noise (KpiCaveat::MinSample).
        const auto small = [this](const KpiValues &v) {
            const auto n = v.sample(m_index);
            return n && *n < KpiCaveat::MinSample;
        };
        m_small = small(current) || small(previous);
    }
    // From the facts of a recommendation.
    Move(QStringView id, const QJsonObject &facts, const KpiFormat &format)
        : Move(id, opt(facts[QStringLiteral("values")][id][QStringLiteral("now")]),
               opt(facts[QStringLiteral("values")][id][QStringLiteral("before")]), format)
    {
    }

    std::optional<double> change() const { return m_small ? std::nullopt : KpiValues::change(m_current, m_previous); }
    std::optional<double> current() const { return m_current; }
    std::optional<double> previous() const { return m_previous; }
    QJsonObject facts() const { return pair(m_previous, m_current); }
    // The size of the change, without its sign: the finding's verb carries the direction.
    QString size() const
    {
        const double percent = std::fabs(change().value_or(0)) * 100;
        const QLocale &locale = m_format.locale();
        // Whole percents from 10% up, one decimal below; decided on the rounded value, so 9.99…% reads "10%".
        return m_format.percent(locale.toString(percent, 'f', std::round(percent * 10) >= 100 ? 0 : 1));
    }
    QString from() const { return m_format.value(m_index, m_previous); }
    QString to() const { return m_format.value(m_index, m_current); }

private:
    int m_index;
    bool m_small = false;
    std::optional<double> m_current;
    std::optional<double> m_previous;
    const KpiFormat &m_format;
};

// "%1 … (%2 → %3)" filled with a move: the template names the KPI and its direction.
QString describe(const char *text, const Move &move)
{
    return translated(text).arg(move.size(), move.from(), move.to());
}

} // namespace

const QList<ActionRules::Rule> &ActionRules::table()
{
    static const QList<Rule> rules = {
        {QStringLiteral("ctr_falling"),
         QT_TRANSLATE_NOOP("ActionRules", "Click-through rate fell by 10% or more while impressions grew."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "A/B test the ad creatives and calls to action — wording, colour, size, placement — one "
                           "element at a time, so you know which change worked. If the new impressions reach a "
                           "wider audience, tighten the targeting.")},
        {QStringLiteral("bounce_rising"), QT_TRANSLATE_NOOP("ActionRules", "Bounce rate rose by 10% or more."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Check the landing pages' experience: load speed on phones and computers, whether the "
                           "content matches the ad or link that brought the visitor, and a clear, uncluttered, "
                           "easy-to-scan layout.")},
        {QStringLiteral("open_rate_falling"), QT_TRANSLATE_NOOP("ActionRules", "Email open rate fell by 10% or more."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Clean the email list — inactive, duplicate, mistyped and closed addresses — then A/B test "
                           "the subject lines. Check that sending frequency and content still suit the readers.")},
        {QStringLiteral("unsubscribes_rising"),
         QT_TRANSLATE_NOOP("ActionRules", "Unsubscribe rate rose by 10% or more."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Send less often and make each email more relevant: segment the list so every segment "
                           "gets content that matters to it, and keep nurture emails educational rather than pushy. "
                           "Keep unsubscribing easy, or readers report the emails as spam.")},
        {QStringLiteral("landing_conversion_falling"),
         QT_TRANSLATE_NOOP("ActionRules", "Landing page conversion rate fell by 10% or more."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Test the landing page one element at a time — the form, the call to action, the layout "
                           "and colours — and remove distractions: no navigation bar, links or other offers.")},
        {QStringLiteral("cpl_rising_channel"),
         QT_TRANSLATE_NOOP("ActionRules", "A channel's cost per lead rose by 10% or more, with at least 10 leads in "
                                          "both periods."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Shift budget towards channels with a lower cost per lead and a higher Lead → MQL rate: "
                           "judge channels by the qualified leads they bring, not by raw lead counts.")},
        {QStringLiteral("mql_to_sql_falling"),
         QT_TRANSLATE_NOOP("ActionRules", "MQL → SQL rate fell by 10% or more, with at least 10 MQLs in both "
                                          "periods."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Revisit lead scoring and the MQL criteria together with sales, so marketing hands over "
                           "the leads sales is ready to work; tailor nurture paths to the segments that convert.")},
        {QStringLiteral("win_rate_falling"), QT_TRANSLATE_NOOP("ActionRules", "Win rate fell by 10% or more."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Review the bottom-of-funnel assets — case studies, sales presentations and demos — and "
                           "follow deals by lead source and campaign to see where the customers who buy come from.")},
        {QStringLiteral("cac_outpacing_revenue"),
         QT_TRANSLATE_NOOP("ActionRules", "Customer acquisition cost rose by 10% or more, and faster than revenue."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Break customer acquisition cost down by channel — inbound, paid, content — to see which "
                           "channels are more efficient and scale better, and move spend towards them.")},
        {QStringLiteral("churn_rising"), QT_TRANSLATE_NOOP("ActionRules", "Churn rate rose by 10% or more."),
         QT_TRANSLATE_NOOP("ActionRules",
                           "Ask customers why: run satisfaction and NPS surveys, collect feedback, and make support "
                           "easy to reach and proactive about problems. Keeping a customer costs less than winning a "
                           "new one.")},
    };
    return rules;
}

QString ActionRules::finding(const QString &rule, const QString &channel, const QJsonObject &facts,
                             const KpiFormat &format)
{
    const auto move = [&](QStringView id) {
        return Move(id, facts, format);
    };
    if (rule == u"ctr_falling") {
        const Move ctr = move(u"ctr");
        const Move impressions = move(u"impressions");
        return QCoreApplication::translate("ActionRules",
                                           "Click-through rate fell %1 (%2 → %3) while impressions grew %4 (%5 → %6).")
            .arg(ctr.size(), ctr.from(), ctr.to(), impressions.size(), impressions.from(), impressions.to());
    }
    if (rule == u"bounce_rising") {
        return describe(QT_TRANSLATE_NOOP("ActionRules", "Bounce rate rose %1 (%2 → %3)."), move(u"bounce_rate"));
    }
    if (rule == u"open_rate_falling") {
        return describe(QT_TRANSLATE_NOOP("ActionRules", "Email open rate fell %1 (%2 → %3)."),
                        move(u"email_open_rate"));
    }
    if (rule == u"unsubscribes_rising") {
        return describe(QT_TRANSLATE_NOOP("ActionRules", "Unsubscribe rate rose %1 (%2 → %3)."),
                        move(u"unsubscribe_rate"));
    }
    if (rule == u"landing_conversion_falling") {
        return describe(QT_TRANSLATE_NOOP("ActionRules", "Landing page conversion rate fell %1 (%2 → %3)."),
                        move(u"landing_page_conversion"));
    }
    if (rule == u"cpl_rising_channel") {
        const Move cpl = move(u"cpl");
        return QCoreApplication::translate("ActionRules", "Cost per lead on %1 rose %2 (%3 → %4), on %5 leads.")
            .arg(Language::isolated(channel), cpl.size(), cpl.from(), cpl.to(),
                 format.value(KpiCatalog::indexOf(u"leads"), move(u"leads").current()));
    }
    if (rule == u"mql_to_sql_falling") {
        const Move mqlToSql = move(u"mql_to_sql_rate");
        return QCoreApplication::translate("ActionRules", "MQL → SQL rate fell %1 (%2 → %3), on %4 MQLs.")
            .arg(mqlToSql.size(), mqlToSql.from(), mqlToSql.to(),
                 format.value(KpiCatalog::indexOf(u"mqls"), move(u"mqls").current()));
    }
    if (rule == u"win_rate_falling") {
        return describe(QT_TRANSLATE_NOOP("ActionRules", "Win rate fell %1 (%2 → %3)."), move(u"win_rate"));
    }
    if (rule == u"cac_outpacing_revenue") {
        const Move cac = move(u"cac");
        const Move revenue = move(u"revenue");
        const double change = revenue.change().value_or(0);
        if (change > 0) {
            return QCoreApplication::translate(
                       "ActionRules",
                       "Customer acquisition cost rose %1 (%2 → %3) while revenue grew only %4 (%5 → %6).")
                .arg(cac.size(), cac.from(), cac.to(), revenue.size(), revenue.from(), revenue.to());
        }
        if (change < 0) {
            return QCoreApplication::translate(
                       "ActionRules", "Customer acquisition cost rose %1 (%2 → %3) while revenue fell %4 (%5 → %6).")
                .arg(cac.size(), cac.from(), cac.to(), revenue.size(), revenue.from(), revenue.to());
        }
        return QCoreApplication::translate("ActionRules",
                                           "Customer acquisition cost rose %1 (%2 → %3) while revenue stayed at %4.")
            .arg(cac.size(), cac.from(), cac.to(), revenue.to());
    }
    if (rule == u"churn_rising") {
        return describe(QT_TRANSLATE_NOOP("ActionRules", "Churn rate rose %1 (%2 → %3)."), move(u"churn_rate"));
    }
    return {};
}

QString ActionRules::action(const QString &rule, const QJsonObject &facts, const KpiFormat &format)
{
    for (const Rule &r : table()) {
        if (r.id != rule) {
            continue;
        }
        QString text = translated(r.action);
        const QJsonObject better = facts.value(QStringLiteral("alternative")).toObject();
        if (rule == u"cpl_rising_channel" && !better.isEmpty()) {
            const int cplIndex = KpiCatalog::indexOf(u"cpl");
            const int leadToMqlIndex = KpiCatalog::indexOf(u"lead_to_mql_rate");
            text +=
                u' ' + QCoreApplication::translate(
                           "ActionRules",
                           "%1 has a lower cost per lead (%2 against %3) and a higher Lead → MQL rate (%4 against %5).")
                           .arg(Language::isolated(better.value(QStringLiteral("channel")).toString()),
                                format.value(cplIndex, opt(better.value(QStringLiteral("cpl")))),
                                Move(u"cpl", facts, format).to(),
                                format.value(leadToMqlIndex, opt(better.value(QStringLiteral("lead_to_mql_rate")))),
                                format.value(leadToMqlIndex, Move(u"lead_to_mql_rate", facts, format).current()));
        }
        return text;
    }
    return {};
}

QList<ActionRules::Recommendation> ActionRules::evaluate(const KpiValues &current, const KpiValues &previous,
                                                         const QList<KpiEngine::Row> &channels, const KpiFormat &format)
{
    QList<Recommendation> out;
    // A recommendation keeps the numbers that fired it; its sentences are rendered from them, as a saved review's
    // are when it is shown again.
    const auto recommend = [&](const QString &id, const QList<std::pair<QString, QJsonObject>> &values,
                               const QString &channel = {}, const QJsonObject &alternative = {}) {
        QJsonObject v;
        for (const auto &[kpi, facts] : values) {
            v.insert(kpi, facts);
        }
        QJsonObject facts{{QStringLiteral("values"), v}};
        if (!alternative.isEmpty()) {
            facts.insert(QStringLiteral("alternative"), alternative);
        }
        Q_ASSERT_X(!action(id, facts, format).isEmpty(), "ActionRules::evaluate", "rule id missing from the table");
        out.append({id, finding(id, channel, facts, format), action(id, facts, format), channel, facts});
    };
    const auto move = [&](QStringView id) {
        return Move(id, current, previous, format);
    };
    const auto one = [&](const QString &id) {
        return std::pair{id, move(id).facts()};
    };

    // A falling CTR on flat or shrinking impressions is often the campaign winding down; on growing impressions
    // the same ads reach people they do not speak to, or have worn out.
    if (const Move ctr = move(u"ctr"), impressions = move(u"impressions");
        fell(ctr.change()) && impressions.change() && *impressions.change() > 0) {
        recommend(QStringLiteral("ctr_falling"), {one(QStringLiteral("ctr")), one(QStringLiteral("impressions"))});
    }
    if (rose(move(u"bounce_rate").change())) {
        recommend(QStringLiteral("bounce_rising"), {one(QStringLiteral("bounce_rate"))});
    }
    if (fell(move(u"email_open_rate").change())) {
        recommend(QStringLiteral("open_rate_falling"), {one(QStringLiteral("email_open_rate"))});
    }
    if (rose(move(u"unsubscribe_rate").change())) {
        recommend(QStringLiteral("unsubscribes_rising"), {one(QStringLiteral("unsubscribe_rate"))});
    }
    if (fell(move(u"landing_page_conversion").change())) {
        recommend(QStringLiteral("landing_conversion_falling"), {one(QStringLiteral("landing_page_conversion"))});
    }

    for (const KpiEngine::Row &row : channels) {
        if (!row.previous) {
            continue;
        }
        const std::optional<double> leads = row.values.value(u"leads");
        const std::optional<double> previousLeads = row.previous->value(u"leads");
        const Move cpl(u"cpl", row.values, *row.previous, format);
        if (!leads || *leads < MinCount || !previousLeads || *previousLeads < MinCount || !rose(cpl.change())) {
            continue;
        }
        // The better channel beats this one on both counts; among several, the one whose leads turn into MQLs most
        // cheaply (cost per lead ÷ Lead → MQL rate). Without a Lead → MQL rate (no CRM) quality cannot be judged,
        // so no channel is named.
        const std::optional<double> quality = row.values.value(u"lead_to_mql_rate");
        const KpiEngine::Row *better = nullptr;
        double betterCostPerMql = std::numeric_limits<double>::infinity();
        for (const KpiEngine::Row &other : channels) {
            const std::optional<double> otherCpl = other.values.value(u"cpl");
            const std::optional<double> otherQuality = other.values.value(u"lead_to_mql_rate");
            const std::optional<double> otherLeads = other.values.value(u"leads");
            if (&other == &row || !quality || !otherCpl || !otherQuality || !otherLeads || *otherLeads < MinCount ||
                *otherCpl >= *cpl.current() || *otherQuality <= *quality) {
                continue;
            }
            if (const double costPerMql = *otherCpl / *otherQuality; costPerMql < betterCostPerMql) {
                better = &other;
                betterCostPerMql = costPerMql;
            }
        }
        QJsonObject alternative;
        if (better) {
            alternative = {{QStringLiteral("channel"), better->key},
                           {QStringLiteral("cpl"), json(better->values.value(u"cpl"))},
                           {QStringLiteral("lead_to_mql_rate"), json(better->values.value(u"lead_to_mql_rate"))}};
        }
        recommend(QStringLiteral("cpl_rising_channel"),
                  {{QStringLiteral("cpl"), cpl.facts()},
                   {QStringLiteral("leads"), pair(previousLeads, leads)},
                   {QStringLiteral("lead_to_mql_rate"), pair(row.previous->value(u"lead_to_mql_rate"), quality)}},
                  row.key, alternative);
    }

    if (fell(move(u"mql_to_sql_rate").change())) {
        const std::optional<double> mqls = current.value(u"mqls");
        const std::optional<double> previousMqls = previous.value(u"mqls");
        if (mqls && *mqls >= MinCount && previousMqls && *previousMqls >= MinCount) {
            recommend(QStringLiteral("mql_to_sql_falling"),
                      {one(QStringLiteral("mql_to_sql_rate")), one(QStringLiteral("mqls"))});
        }
    }
    if (fell(move(u"win_rate").change())) {
        recommend(QStringLiteral("win_rate_falling"), {one(QStringLiteral("win_rate"))});
    }
    // Rising CAC is fine while revenue rises at least as fast: the extra spend pays for itself.
    if (const Move cac = move(u"cac"), revenue = move(u"revenue");
        rose(cac.change()) && revenue.change() && *cac.change() > *revenue.change()) {
        recommend(QStringLiteral("cac_outpacing_revenue"),
                  {one(QStringLiteral("cac")), one(QStringLiteral("revenue"))});
    }
    if (rose(move(u"churn_rate").change())) {
        recommend(QStringLiteral("churn_rising"), {one(QStringLiteral("churn_rate"))});
    }
    return out;
}

} // namespace funnelscope

#include "kpiengine.h"

#include "channels/channeltaxonomy.h"
#include "csv/decimal.h"
#include "i18n/contexts.h"
#include "kpicatalog.h"
#include "money/currency.h"
#include "money/exchangerates.h"
#include "store/campaignrollup.h"
#include "store/crmrollup.h"
#include "store/readsnapshot.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>
#include <sqlite3.h>

namespace funnelscope {

using Value = std::optional<double>;

// The scope's filters as bound parameters: ?1 from, ?2 to (Julian days), ?3 all channels, ?4 channel ids (JSON),
// ?5 all campaigns, ?6 campaign ids (JSON), ?7 paid channel ids (JSON), ?8 and ?9 the ids of "(none)",
// and from ?14 on the pairs (stored id, its group's id) that grouping by channel maps ids through
// (ChannelTaxonomy::Groups::merges()).
struct KpiEngine::Filters
{
    bool allChannels = true;
    QString channelIds;
    bool allCampaigns = true;
    QString campaignIds;
    QString paidIds;
    qint64 noneChannel = -1;
    qint64 noneCampaign = -1;
    QList<std::pair<qint64, qint64>> merges;

    // A channel id expression as grouping by channel sees it: the id of the channel's group (its canonical channel).
    QString channelGroup(const QString &id) const
    {
        if (merges.isEmpty()) {
            return id;
        }
        QString cases;
        for (qsizetype i = 0; i < merges.size(); ++i) {
            cases += QStringLiteral(" WHEN ?%1 THEN ?%2").arg(FirstMerge + 2 * i).arg(FirstMerge + 2 * i + 1);
        }
        return QStringLiteral("(CASE %1%2 ELSE %1 END)").arg(id, cases);
    }
    static constexpr int FirstMerge = 14;

    void bind(SqliteStatement &q, const Scope &scope) const
    {
        q.bind(1, qint64(scope.from.toJulianDay()));
        q.bind(2, qint64(scope.to.toJulianDay()));
        q.bind(3, qint64(allChannels));
        q.bind(4, channelIds);
        q.bind(5, qint64(allCampaigns));
        q.bind(6, campaignIds);
        q.bind(7, paidIds);
        q.bind(8, noneChannel);
        q.bind(9, noneCampaign);
        for (qsizetype i = 0; i < merges.size(); ++i) {
            q.bind(int(FirstMerge + 2 * i), merges.at(i).first);
            q.bind(int(FirstMerge + 2 * i + 1), merges.at(i).second);
        }
    }
};

namespace {

const QString ChannelFilter = QStringLiteral("(?3 OR channel_id IN (SELECT value FROM json_each(?4)))");
const QString CampaignFilter = QStringLiteral("(?5 OR campaign_id IN (SELECT value FROM json_each(?6)))");

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids) {
        a.append(id);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Value ratio(Value a, Value b)
{
    if (!a || !b || *b == 0) {
        return std::nullopt;
    }
    return *a / *b;
}

Value money(Value micros)
{
    return micros ? Value(*micros / 1'000'000.0) : std::nullopt;
}

// Platform leads and key events are stored in micro-units as money is (fractional conversions stay exact).
Value conversions(Value micros)
{
    return money(micros);
}

Value product(std::initializer_list<Value> parts)
{
    double p = 1;
    for (const Value &v : parts) {
        if (!v) {
            return std::nullopt;
        }
        p *= *v;
    }
    return p;
}

// Campaign-row sums, each a column of one aggregate query. A ratio's two sums cover the same rows: those where both
// of its inputs are known.
enum CampaignSum
{
    Impressions,
    Reach,
    Sessions,
    Mentions,
    NewFollowers,
    Cost,
    PlatformLeads,
    OrganicSessions,
    Social,
    CpmCost,
    CpmImpressions,
    CtrClicks,
    CtrImpressions,
    CpcCost,
    CpcClicks,
    BounceBounces,
    BounceSessions,
    TimeSeconds,
    TimeSessions,
    PagesViews,
    PagesSessions,
    EngagementSocial,
    EngagementImpressions,
    OpenOpened,
    OpenDelivered,
    EmailCtrClicks,
    EmailCtrDelivered,
    CtoClicks,
    CtoOpened,
    UnsubUnsubscribes,
    UnsubDelivered,
    CtaClicks,
    CtaViews,
    LpcForms,
    LpcViews,
    Clicks,
    CampaignSumCount
};

// The aggregate queries end with "WHERE ..."; grouped, they also select and group by a dimension expression.
QString grouped(const QString &select, const QString &rest, const QString &group)
{
    return group.isEmpty() ? select + rest : QStringLiteral("%1, %2%3 GROUP BY %2").arg(select, group, rest);
}

// The campaign sums' select list. Organic sessions keep the channels not counted as paid (?7).
QString campaignSums()
{
    QStringList sums;
    for (int i = 0; i < CampaignRollup::ExpressionCount; ++i) {
        sums.append(
            i == OrganicSessions
                ? QStringLiteral("sum(CASE WHEN channel_id NOT IN (SELECT value FROM json_each(?7)) THEN v%1 END)")
                      .arg(i)
                : QStringLiteral("sum(v%1)").arg(i));
    }
    static_assert(CampaignRollup::ExpressionCount == CampaignSumCount);
    return QStringLiteral("SELECT ") + sums.join(QStringLiteral(", "));
}

// Campaign sums over the whole months of the period from the roll-up (?12..?13, month starts) and over its partial
// months from the rows (?1..?10 and ?11..?2).
QString campaignQuery(const QString &group)
{
    const QStringList &expressions = CampaignRollup::rowExpressions();
    QStringList rowColumns;
    QStringList rollupColumns;
    for (int i = 0; i < expressions.size(); ++i) {
        rowColumns.append(QStringLiteral("%1 AS v%2").arg(expressions.at(i)).arg(i));
        rollupColumns.append(QStringLiteral("v%1").arg(i));
    }
    const QString from = QStringLiteral(" FROM (SELECT channel_id, campaign_id, %1 FROM campaign_rows WHERE (day "
                                        "BETWEEN ?1 AND ?10 OR day BETWEEN ?11 AND"
                                        " ?2) AND %3 AND %4 UNION ALL SELECT channel_id, campaign_id, %2 FROM "
                                        "campaign_months WHERE month BETWEEN ?12"
                                        " AND ?13 AND %3 AND %4)")
                             .arg(rowColumns.join(QStringLiteral(", ")), rollupColumns.join(QStringLiteral(", ")),
                                  ChannelFilter, CampaignFilter);
    return grouped(campaignSums(), from, group);
}

// Campaign sums of a scope without a campaign filter, from the daily roll-up by channel.
QString channelDaysCampaignQuery(const QString &group)
{
    return grouped(campaignSums(),
                   QStringLiteral(" FROM channel_days WHERE day BETWEEN ?1 AND ?2 AND %1").arg(ChannelFilter), group);
}

// A lead's stage dates: its own, or the nearest later stage's.
const QString &MqlDay = CrmRollup::mqlDay();
const QString &SalDay = CrmRollup::salDay();
const QString &SqlDay = CrmRollup::sqlDay();

QString leadsQuery(const QString &group)
{
    return grouped(QStringLiteral("SELECT sum(created BETWEEN ?1 AND ?2), sum(%1 BETWEEN ?1 AND ?2),"
                                  " sum(%2 BETWEEN ?1 AND ?2), sum(%3 BETWEEN ?1 AND ?2),"
                                  " sum(created BETWEEN ?1 AND ?2 AND %1 IS NOT NULL),"
                                  " sum(created BETWEEN ?1 AND ?2 AND customer_day IS NOT NULL),"
                                  " sum(%1 BETWEEN ?1 AND ?2 AND %3 IS NOT NULL),"
                                  " sum(%3 BETWEEN ?1 AND ?2 AND customer_day IS NOT NULL),"
                                  " sum(CASE WHEN created BETWEEN ?1 AND ?2 THEN %4 END) / 1000000.0 /"
                                  " count(CASE WHEN created BETWEEN ?1 AND ?2 THEN lead_score END)")
                       .arg(MqlDay, SalDay, SqlDay, CrmRollup::scoreMicros()),
                   // Only leads with a date in the period count in any column: finding them through the date
                   // indexes gives the same sums without reading every lead.
                   QStringLiteral(" FROM leads WHERE (created BETWEEN ?1 AND ?2 OR %1 BETWEEN ?1 AND ?2 OR %2 BETWEEN"
                                  " ?1 AND ?2 OR %3 BETWEEN ?1 AND ?2) AND %4 AND %5")
                       .arg(MqlDay, SalDay, SqlDay, ChannelFilter, CampaignFilter),
                   group);
}

// The same sums for a scope without a campaign filter, from the daily roll-up by channel.
QString channelDaysLeadsQuery(const QString &group)
{
    return grouped(QStringLiteral("SELECT sum(created), sum(mql), sum(sal), sum(sql), sum(created_mql),"
                                  " sum(created_customer), sum(mql_sql), sum(sql_customer),"
                                  " sum(score_micros) / 1000000.0 / sum(scored)"),
                   QStringLiteral(" FROM lead_days WHERE day BETWEEN ?1 AND ?2 AND %1").arg(ChannelFilter), group);
}

// Deals take their lead's channel and campaign, column by column, when their own is unknown (the linked_ columns,
// which the store keeps up to date with every import).
const QString DealsFrom =
    QStringLiteral(" FROM deals d"
                   " WHERE (?3 OR coalesce(d.linked_channel_id, ?8) IN (SELECT value FROM json_each(?4)))"
                   " AND (?5 OR coalesce(d.linked_campaign_id, ?9) IN (SELECT value FROM json_each(?6)))");

QString dealsQuery(const QString &group)
{
    const QString won = QStringLiteral("d.status = 'won' AND d.closed BETWEEN ?1 AND ?2");
    const QString openAtEnd =
        QStringLiteral("d.created <= ?2 AND NOT (d.status <> 'open' AND (d.closed IS NULL OR d.closed <= ?2))");
    return grouped(QStringLiteral("SELECT sum(d.created BETWEEN ?1 AND ?2), sum(%1),"
                                  " sum(d.status = 'lost' AND d.closed BETWEEN ?1 AND ?2),"
                                  " sum(CASE WHEN %1 THEN d.amount END), sum(%1 AND d.amount IS NOT NULL),"
                                  " avg(CASE WHEN %1 THEN d.closed - d.linked_first_touch END),"
                                  " sum(CASE WHEN %2 THEN d.amount END), sum(%2)")
                       .arg(won, openAtEnd),
                   DealsFrom, group);
}

QString customersQuery(const QString &group)
{
    const QString activeAtEnd = QStringLiteral("start <= ?2 AND (churn IS NULL OR churn > ?2)");
    return grouped(QStringLiteral("SELECT sum(start < ?1 AND (churn IS NULL OR churn >= ?1)), sum(%1), sum(start "
                                  "BETWEEN ?1 AND ?2), sum(start < ?1 AND (churn IS NULL OR churn > ?2)),"
                                  " sum(start < ?1 AND churn BETWEEN ?1 AND ?2), sum(CASE WHEN %1 THEN mrr END),"
                                  " sum(%1 AND mrr IS NOT NULL)")
                       .arg(activeAtEnd),
                   QStringLiteral(" FROM customers WHERE %1 AND %2").arg(ChannelFilter, CampaignFilter), group);
}

QString expensesQuery(const QString &group)
{
    return grouped(
        QStringLiteral("SELECT sum(amount)"),
        QStringLiteral(" FROM expenses WHERE day BETWEEN ?1 AND ?2 AND %1 AND %2").arg(ChannelFilter, CampaignFilter),
        group);
}

QString surveysQuery(const QString &group)
{
    return grouped(
        QStringLiteral("SELECT count(*), sum(score >= 9), sum(score <= 6)"),
        QStringLiteral(" FROM surveys WHERE day BETWEEN ?1 AND ?2 AND %1 AND %2").arg(ChannelFilter, CampaignFilter),
        group);
}

} // namespace

KpiEngine::Filters KpiEngine::filtersFor(const Scope &scope)
{
    Filters f;
    const ChannelTaxonomy::Groups &groups = channelGroups();
    QList<qint64> ids;
    f.allChannels = scope.channels.isEmpty();
    // A channel of the filter is its canonical channel: every stored channel that maps to it.
    for (const QString &name : scope.channels) {
        const QList<qint64> members = groups.idsOf(name);
        ids.append(members.isEmpty() ? QList<qint64>{-1} : members);
    }
    f.channelIds = idsJson(ids);
    f.merges = groups.merges();
    ids.clear();
    f.allCampaigns = scope.campaigns.isEmpty();
    for (const QString &name : scope.campaigns) {
        ids.append(m_workspace.findCampaign(name));
    }
    f.campaignIds = idsJson(ids);
    ids.clear();
    // Paid by the user's word, else by the name rule of kpis.md applied to the canonical channel.
    SqliteStatement paid(m_workspace.handle(), QStringLiteral("SELECT id, paid_override FROM channels"));
    while (paid.step()) {
        const qint64 id = paid.integer(0);
        if (paid.isNull(1) ? Workspace::isPaidChannelName(groups.nameOf(id)) : paid.integer(1) != 0) {
            ids.append(id);
        }
    }
    f.paidIds = idsJson(ids);
    f.noneChannel = m_workspace.findChannel(QStringLiteral("(none)"));
    f.noneCampaign = m_workspace.findCampaign(QStringLiteral("(none)"));
    return f;
}

// The results of the aggregate queries for one scope (or one group of it): one list of columns per kind. An empty
// list stands for "no rows matched".
struct KpiEngine::Sums
{
    QList<Value> campaign, leads, deals, customers, expenses, surveys;
    // Media cost or expenses with an amount that lacked a rate: unknown, and so is any total that adds them.
    bool costMissing = false;
    bool expensesMissing = false;
};

namespace {

using GroupedSums = QHash<qint64, QList<Value>>;

// Runs one aggregate query; grouped queries have the group's id as their last column.
GroupedSums runQuery(sqlite3 *db, const QString &sql, const std::function<void(SqliteStatement &)> &bind,
                     bool isGrouped)
{
    SqliteStatement q(db, sql);
    if (!q.isValid()) {
        qWarning("KPI query failed: %s", qPrintable(q.error()));
    }
    bind(q);
    GroupedSums out;
    while (q.step()) {
        const int columns = q.columnCount() - (isGrouped ? 1 : 0);
        QList<Value> row(columns);
        for (int i = 0; i < columns; ++i) {
            row[i] = q.optionalReal(i);
        }
        out.insert(isGrouped ? q.integer(columns) : 0, row);
    }
    return out;
}

// The columns of dealsQuery() for every group at once, from one read of the scope's deals: faster than SQLite's
// grouped aggregates over CASE expressions, and exact (counts, integer micro-units and day differences).
GroupedSums dealSums(sqlite3 *db, const std::function<void(SqliteStatement &)> &bind, const QString &group, qint64 from,
                     qint64 to)
{
    SqliteStatement q(db, QStringLiteral("SELECT %1, d.created, d.closed, d.status = 'won', d.status = 'lost',"
                                         " d.status = 'open', d.amount, d.closed - d.linked_first_touch%2")
                              .arg(group.isEmpty() ? QStringLiteral("0") : group, DealsFrom));
    bind(q);
    struct Group
    {
        qint64 created = 0, won = 0, lost = 0, wonAmount = 0, wonKnown = 0, cycles = 0, cycleDays = 0, openAmount = 0,
               openKnown = 0, open = 0;
    };
    QHash<qint64, Group> groups;
    bool exact = true;
    while (q.step()) {
        Group &g = groups[q.integer(0)];
        const qint64 created = q.integer(1);
        const std::optional<qint64> closed = q.optionalInteger(2);
        const bool won = q.integer(3), lost = q.integer(4), open = q.integer(5);
        const std::optional<qint64> amount = q.optionalInteger(6);
        const bool closedInPeriod = closed && *closed >= from && *closed <= to;
        g.created += created >= from && created <= to;
        if (won && closedInPeriod) {
            ++g.won;
            if (amount) {
                exact &= addExact(g.wonAmount, *amount);
                ++g.wonKnown;
            }
            if (const std::optional<qint64> cycle = q.optionalInteger(7)) {
                g.cycleDays += *cycle;
                ++g.cycles;
            }
        }
        g.lost += lost && closedInPeriod;
        if (created <= to && (open || (closed && *closed > to))) {
            ++g.open;
            if (amount) {
                exact &= addExact(g.openAmount, *amount);
                ++g.openKnown;
            }
        }
    }
    if (!exact) {
        ReadSnapshot::recordFailure(db, QStringLiteral("integer overflow"));
    }
    GroupedSums out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group &g = it.value();
        out.insert(it.key(), {double(g.created), double(g.won), double(g.lost),
                              g.wonKnown ? Value(double(g.wonAmount)) : std::nullopt, double(g.wonKnown),
                              g.cycles ? Value(double(g.cycleDays) / double(g.cycles)) : std::nullopt,
                              g.openKnown ? Value(double(g.openAmount)) : std::nullopt, double(g.open)});
    }
    if (group.isEmpty() && out.isEmpty()) {
        out.insert(0, QList<Value>(8)); // no deals: every sum unknown, as SQL's
    }
    return out;
}

// The columns of dealsQuery() for a scope without a campaign filter, from the daily roll-up of deal events: the
// period's days for deals created, won and lost; every day up to its end for the open pipeline. Every group with
// deals has a row, as with the deals themselves.
GroupedSums dealDaysSums(sqlite3 *db, const std::function<void(SqliteStatement &)> &bind, const QString &group)
{
    const bool grouped = !group.isEmpty();
    SqliteStatement q(db,
                      QStringLiteral("SELECT %1 count(*), sum(CASE WHEN day BETWEEN ?1 AND ?2 THEN created ELSE 0 END),"
                                     " sum(CASE WHEN day BETWEEN ?1 AND ?2 THEN won ELSE 0 END),"
                                     " sum(CASE WHEN day BETWEEN ?1 AND ?2 THEN lost ELSE 0 END),"
                                     " sum(CASE WHEN day BETWEEN ?1 AND ?2 THEN won_amount ELSE 0 END),"
                                     " sum(CASE WHEN day BETWEEN ?1 AND ?2 THEN won_known ELSE 0 END),"
                                     " sum(CASE WHEN day BETWEEN ?1 AND ?2 THEN cycle_days ELSE 0 END),"
                                     " sum(CASE WHEN day BETWEEN ?1 AND ?2 THEN cycles ELSE 0 END),"
                                     " sum(CASE WHEN day <= ?2 THEN open_in_amount - open_out_amount ELSE 0 END),"
                                     " sum(CASE WHEN day <= ?2 THEN open_in_known - open_out_known ELSE 0 END),"
                                     " sum(CASE WHEN day <= ?2 THEN open_in - open_out ELSE 0 END)"
                                     " FROM deal_days WHERE %2%3")
                          .arg(grouped ? group + u',' : QString(), ChannelFilter,
                               grouped ? QStringLiteral(" GROUP BY 1") : QString()));
    bind(q);
    GroupedSums out;
    const int first = grouped ? 1 : 0;
    while (q.step()) {
        if (q.integer(first) == 0) {
            out.insert(0, QList<Value>(8)); // no deals: every sum unknown, as SQL's
            continue;
        }
        const auto at = [&](int i) {
            return q.integer(first + i);
        };
        out.insert(grouped ? q.integer(0) : 0,
                   {double(at(1)), double(at(2)), double(at(3)), at(5) ? Value(double(at(4))) : std::nullopt,
                    double(at(5)), at(7) ? Value(double(at(6)) / double(at(7))) : std::nullopt,
                    at(9) ? Value(double(at(8))) : std::nullopt, double(at(10))});
    }
    return out;
}

// A customer as the customer KPIs see it.
struct Customer
{
    qint64 start;
    std::optional<qint64> churn, mrr;
};

// The columns of customersQuery() for one period, counted over the customers themselves (a few thousand): exact, and
// one read serves every group and every time bucket.
QList<Value> customerColumns(sqlite3 *db, const QList<Customer> &customers, qint64 from, qint64 to)
{
    if (customers.isEmpty()) {
        return QList<Value>(7); // no rows: every sum unknown, as SQL's
    }
    qint64 atStart = 0, atEnd = 0, started = 0, retained = 0, churned = 0, mrrKnown = 0, mrr = 0;
    for (const Customer &c : customers) {
        const bool activeAtEnd = c.start <= to && (!c.churn || *c.churn > to);
        atStart += c.start < from && (!c.churn || *c.churn >= from);
        atEnd += activeAtEnd;
        started += c.start >= from && c.start <= to;
        retained += c.start < from && (!c.churn || *c.churn > to);
        churned += c.start < from && c.churn && *c.churn >= from && *c.churn <= to;
        if (activeAtEnd && c.mrr) {
            ++mrrKnown;
            if (!addExact(mrr, *c.mrr)) {
                ReadSnapshot::recordFailure(db, QStringLiteral("integer overflow"));
                mrrKnown = 0;
                break;
            }
        }
    }
    return {double(atStart),  double(atEnd),   double(started),
            double(retained), double(churned), mrrKnown > 0 ? Value(double(mrr)) : std::nullopt,
            double(mrrKnown)};
}

// The scope's customers by group (the group column's value, or 0).
QHash<qint64, QList<Customer>> readCustomers(sqlite3 *db, const std::function<void(SqliteStatement &)> &bind,
                                             const QString &group)
{
    SqliteStatement q(db, QStringLiteral("SELECT %1, start, churn, mrr FROM customers WHERE %2 AND %3")
                              .arg(group.isEmpty() ? QStringLiteral("0") : group, ChannelFilter, CampaignFilter));
    bind(q);
    QHash<qint64, QList<Customer>> out;
    while (q.step()) {
        out[q.integer(0)].append({q.integer(1), q.optionalInteger(2), q.optionalInteger(3)});
    }
    return out;
}

} // namespace

// The period's whole months, read from the roll-up (?12..?13, month starts), and its partial first and last
// months, read from the rows (?1..?10 and ?11..?2).
void KpiEngine::bindMonths(SqliteStatement &q, const Scope &scope) const
{
    QDate firstMonth(scope.from.year(), scope.from.month(), 1);
    if (firstMonth < scope.from) {
        firstMonth = firstMonth.addMonths(1);
    }
    QDate afterLastMonth(scope.to.year(), scope.to.month(), 1);
    if (scope.to == afterLastMonth.addMonths(1).addDays(-1)) {
        afterLastMonth = afterLastMonth.addMonths(1);
    }
    const bool months = m_useRollup && firstMonth < afterLastMonth;
    q.bind(10, months ? qint64(firstMonth.toJulianDay()) - 1 : qint64(scope.to.toJulianDay()));
    q.bind(11, months ? qint64(afterLastMonth.toJulianDay()) : qint64(scope.to.toJulianDay()) + 1);
    q.bind(12, months ? qint64(firstMonth.toJulianDay()) : qint64(1));
    q.bind(13, months ? qint64(afterLastMonth.addMonths(-1).toJulianDay()) : qint64(0));
}

QHash<qint64, KpiEngine::Sums> KpiEngine::sums(const Scope &scope, Breakdown group, bool withFlowKinds)
{
    sqlite3 *db = m_workspace.handle();
    const Filters filters = filtersFor(scope);
    // The period's whole months come from the roll-up, its partial first and last months from the rows.
    const auto bind = [&](SqliteStatement &q) {
        filters.bind(q, scope);
        bindMonths(q, scope);
    };
    const bool isGrouped = group == Breakdown::Channel || group == Breakdown::Campaign;
    // Grouped by channel, each row counts under its canonical channel's group: sums merge before any ratio.
    const QString column = !isGrouped                    ? QString()
                           : group == Breakdown::Channel ? filters.channelGroup(QStringLiteral("channel_id"))
                                                         : QStringLiteral("campaign_id");
    const QString dealColumn = !isGrouped ? QString()
                               : group == Breakdown::Channel
                                   ? filters.channelGroup(QStringLiteral("coalesce(d.linked_channel_id, ?8)"))
                                   : QStringLiteral("coalesce(d.linked_campaign_id, ?9)");
    QHash<qint64, Sums> out;
    const auto collect = [&](const QString &sql, QList<Value> Sums::*member) {
        const GroupedSums rows = runQuery(db, sql, bind, isGrouped);
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            out[it.key()].*member = it.value();
        }
    };
    // Without a campaign filter or breakdown, the daily roll-ups by channel hold everything campaigns and leads need.
    const bool byChannelDays = m_useRollup && scope.campaigns.isEmpty() && group != Breakdown::Campaign;
    collect(byChannelDays ? channelDaysCampaignQuery(column) : campaignQuery(column), &Sums::campaign);
    if (withFlowKinds) {
        collect(byChannelDays ? channelDaysLeadsQuery(column) : leadsQuery(column), &Sums::leads);
        if (m_useRollup) {
            const GroupedSums deals =
                byChannelDays ? dealDaysSums(db, bind, column)
                              : dealSums(db, bind, dealColumn, scope.from.toJulianDay(), scope.to.toJulianDay());
            for (auto it = deals.constBegin(); it != deals.constEnd(); ++it) {
                out[it.key()].deals = it.value();
            }
        } else {
            collect(dealsQuery(dealColumn), &Sums::deals);
        }
        if (m_useRollup) {
            const QHash<qint64, QList<Customer>> customers = readCustomers(db, bind, column);
            for (auto it = customers.constBegin(); it != customers.constEnd(); ++it) {
                out[it.key()].customers =
                    customerColumns(db, it.value(), scope.from.toJulianDay(), scope.to.toJulianDay());
            }
            if (!isGrouped) {
                out[0].customers =
                    customerColumns(db, customers.value(0), scope.from.toJulianDay(), scope.to.toJulianDay());
            }
        } else {
            collect(customersQuery(column), &Sums::customers);
        }
    } else {
        out[0]; // the other kinds' sums are still keyed under 0
    }
    collect(expensesQuery(column), &Sums::expenses);
    collect(surveysQuery(column), &Sums::surveys);
    convertMoney(out, scope, group, withFlowKinds ? AllMoney : (CampaignMoney | ExpenseMoney));
    return out;
}

const ChannelTaxonomy::Groups &KpiEngine::channelGroups()
{
    // Read again whenever the workspace changed: through this connection (total changes) or another (data_version).
    sqlite3 *db = m_workspace.handle();
    SqliteStatement version(db, QStringLiteral("PRAGMA data_version"));
    const std::pair<qint64, qint64> stamp{version.step() ? version.integer(0) : -1, sqlite3_total_changes64(db)};
    if (!m_channelGroups || stamp != m_channelStamp) {
        m_channelGroups = ChannelTaxonomy::groupsOf(m_workspace);
        m_channelStamp = stamp;
    }
    return *m_channelGroups;
}

std::shared_ptr<const CustomKpiList> KpiEngine::customKpis()
{
    sqlite3 *db = m_workspace.handle();
    SqliteStatement version(db, QStringLiteral("PRAGMA data_version"));
    const std::pair<qint64, qint64> stamp{version.step() ? version.integer(0) : -1, sqlite3_total_changes64(db)};
    if (!m_customKpis || stamp != m_customStamp) {
        CustomKpiList list = CustomKpiStore::read(db);
        m_customKpis = list.isEmpty() ? std::make_shared<const CustomKpiList>()
                                      : std::make_shared<const CustomKpiList>(std::move(list));
        m_customStamp = stamp;
    }
    return m_customKpis;
}

KpiValues KpiEngine::compute(const Scope &scope)
{
    prepareConversion();
    customKpis();
    return assemble(sums(scope, Breakdown::None).value(0), scope, kindsStored());
}

QString KpiEngine::reportingCurrency()
{
    if (!m_requestedCurrency.isEmpty()) {
        return m_requestedCurrency;
    }
    if (const QString own = m_workspace.currency().trimmed().toUpper(); currency::isCode(own)) {
        return own;
    }
    const QStringList stored = m_workspace.storedCurrencies();
    return stored.size() == 1 ? stored.first() : QString();
}

QStringList KpiEngine::unchosenCurrencies()
{
    return reportingCurrency().isEmpty() ? m_workspace.storedCurrencies() : QStringList();
}

QStringList KpiEngine::currencyNotes()
{
    QStringList notes;
    const QString reporting = reportingCurrency();
    if (const QStringList stored = unchosenCurrencies(); stored.size() > 1) {
        notes.append(CurrencyText::tr("amounts are in %1 and no reporting currency is chosen: money KPIs are unknown; "
                                      "pass --currency CODE or set the workspace currency")
                         .arg(stored.join(QStringLiteral(", "))));
        return notes;
    }
    for (auto it = m_missingRates.cbegin(); it != m_missingRates.cend(); ++it) {
        QList<qint64> days(it.value().begin(), it.value().end());
        std::sort(days.begin(), days.end());
        // Runs of consecutive days as one range.
        QStringList ranges;
        for (qsizetype i = 0; i < days.size();) {
            qsizetype j = i;
            while (j + 1 < days.size() && days.at(j + 1) == days.at(j) + 1) {
                ++j;
            }
            const QString first = QDate::fromJulianDay(days.at(i)).toString(Qt::ISODate);
            ranges.append(
                i == j ? first : first + QStringLiteral("..") + QDate::fromJulianDay(days.at(j)).toString(Qt::ISODate));
            i = j + 1;
        }
        const qsizetype listed = std::min<qsizetype>(ranges.size(), 12);
        QString list = QStringList(ranges.mid(0, listed)).join(QStringLiteral(", "));
        if (listed < ranges.size()) {
            list += CurrencyText::tr(" and %1 more").arg(ranges.size() - listed);
        }
        if (it.key() == currency::Unknown) {
            notes.append(CurrencyText::tr("amounts without a currency (imported with none named) cannot be converted "
                                          "to %1 on %2: money KPIs that need them are unknown; re-import them with "
                                          "--currency CODE")
                             .arg(reporting, list));
        } else {
            notes.append(CurrencyText::tr("no exchange rate from %1 to %2 within %3 days before %4: money KPIs that "
                                          "need them are unknown; import rates with import --kind rates")
                             .arg(it.key(), reporting)
                             .arg(ExchangeRates::MaxAgeDays)
                             .arg(list));
        }
    }
    return notes;
}

bool KpiEngine::prepareConversion()
{
    const QString reporting = reportingCurrency();
    const QStringList stored = m_workspace.storedCurrencies();
    // The common case, as fast as before currencies: every amount is in the reporting currency.
    if (std::all_of(stored.begin(), stored.end(), [&](const QString &c) { return c == reporting; })) {
        m_rates.reset();
        return false;
    }
    // Made anew for each computation: rates imported meanwhile count.
    m_rates = std::make_shared<ExchangeRates>(m_workspace.handle(), reporting);
    return true;
}

// Money is converted at each amount's own day: the period's amounts are summed by day and currency, each sum is
// converted and rounded half to even to micro-units, and the converted sums are added exactly. Stocks at the end of
// the period (the open pipeline, MRR) are converted at the period's last day.
void KpiEngine::convertMoney(QHash<qint64, Sums> &out, const Scope &scope, Breakdown group, int kinds)
{
    if (!m_rates) {
        return;
    }
    sqlite3 *db = m_workspace.handle();
    const Filters filters = filtersFor(scope);
    const QString column = group == Breakdown::Channel    ? QStringLiteral("channel_id")
                           : group == Breakdown::Campaign ? QStringLiteral("campaign_id")
                                                          : QStringLiteral("0");
    const QString dealColumn = group == Breakdown::Channel    ? QStringLiteral("coalesce(d.linked_channel_id, ?8)")
                               : group == Breakdown::Campaign ? QStringLiteral("coalesce(d.linked_campaign_id, ?9)")
                                                              : QStringLiteral("0");
    struct Acc
    {
        qint64 sum = 0;
        bool any = false;
        bool missing = false;
        Value value() const { return missing || !any ? std::nullopt : Value(double(sum)); }
    };
    // Rows of (group, day, currency, amount sums...): the converted sums by group.
    const auto run = [&](const QString &sql, int amounts) {
        QHash<qint64, QList<Acc>> sums;
        SqliteStatement q(db, sql);
        if (!q.isValid()) {
            qWarning("KPI query failed: %s", qPrintable(q.error()));
        }
        filters.bind(q, scope);
        bool exact = true;
        while (q.step()) {
            QList<Acc> &accs = sums[q.integer(0)];
            accs.resize(amounts);
            const qint64 day = q.integer(1);
            const QString code = q.isNull(2) ? currency::Unknown : q.text(2);
            for (int i = 0; i < amounts; ++i) {
                const std::optional<qint64> micros = q.optionalInteger(3 + i);
                if (!micros) {
                    continue;
                }
                const std::optional<qint64> converted = m_rates->convert(*micros, code, day);
                if (!converted) {
                    accs[i].missing = true;
                    m_missingRates[code].insert(day);
                    continue;
                }
                exact &= addExact(accs[i].sum, *converted);
                accs[i].any = true;
            }
        }
        if (!exact) {
            ReadSnapshot::recordFailure(db, QStringLiteral("integer overflow"));
        }
        return sums;
    };
    const QString where = QStringLiteral(" AND %1 AND %2").arg(ChannelFilter, CampaignFilter);
    if (kinds & CampaignMoney) {
        const auto sums =
            run(QStringLiteral("SELECT %1, day, currency, sum(cost), sum(CASE WHEN impressions IS NOT NULL"
                               " THEN cost END), sum(CASE WHEN clicks IS NOT NULL THEN cost END) FROM"
                               " campaign_rows WHERE cost IS NOT NULL AND day BETWEEN ?1 AND ?2%2 GROUP"
                               " BY 1, 2, 3")
                    .arg(column, where),
                3);
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            Sums &s = out[it.key()];
            if (s.campaign.size() < CampaignSumCount) {
                s.campaign.resize(CampaignSumCount);
            }
            s.campaign[Cost] = it.value().at(0).value();
            s.campaign[CpmCost] = it.value().at(1).value();
            s.campaign[CpcCost] = it.value().at(2).value();
            s.costMissing = it.value().at(0).missing;
        }
    }
    if (kinds & ExpenseMoney) {
        const auto sums = run(QStringLiteral("SELECT %1, day, currency, sum(amount) FROM expenses WHERE day BETWEEN ?1"
                                             " AND ?2%2 GROUP BY 1, 2, 3")
                                  .arg(column, where),
                              1);
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            Sums &s = out[it.key()];
            s.expenses = {it.value().at(0).value()};
            s.expensesMissing = it.value().at(0).missing;
        }
    }
    if (kinds & DealMoney) {
        const auto won = run(QStringLiteral("SELECT %1, d.closed, d.currency, sum(d.amount)%2 AND d.status = 'won' AND"
                                            " d.closed BETWEEN ?1 AND ?2 AND d.amount IS NOT NULL GROUP BY 1, 2, 3")
                                 .arg(dealColumn, DealsFrom),
                             1);
        const auto open = run(QStringLiteral("SELECT %1, ?2, d.currency, sum(d.amount)%2 AND d.created <= ?2 AND NOT"
                                             " (d.status <> 'open' AND (d.closed IS NULL OR d.closed <= ?2)) AND"
                                             " d.amount IS NOT NULL GROUP BY 1, 3")
                                  .arg(dealColumn, DealsFrom),
                              1);
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (it.value().deals.size() >= 8) {
                it.value().deals[3] = won.contains(it.key()) ? won.value(it.key()).at(0).value() : std::nullopt;
                it.value().deals[6] = open.contains(it.key()) ? open.value(it.key()).at(0).value() : std::nullopt;
            }
        }
    }
    if (kinds & CustomerMoney) {
        const auto mrr = run(QStringLiteral("SELECT %1, ?2, currency, sum(mrr) FROM customers WHERE start <= ?2 AND"
                                            " (churn IS NULL OR churn > ?2) AND mrr IS NOT NULL%2 GROUP BY 1, 3")
                                 .arg(column, where),
                             1);
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (it.value().customers.size() >= 6) {
                it.value().customers[5] = mrr.contains(it.key()) ? mrr.value(it.key()).at(0).value() : std::nullopt;
            }
        }
    }
}

// Which CRM kinds were ever imported: their counts are 0, not unknown, when nothing matches.
std::array<bool, 4> KpiEngine::kindsStored()
{
    SqliteStatement exists(m_workspace.handle(),
                           QStringLiteral("SELECT EXISTS(SELECT 1 FROM leads), EXISTS(SELECT 1 FROM deals),"
                                          " EXISTS(SELECT 1 FROM customers), EXISTS(SELECT 1 FROM surveys)"));
    exists.step();
    return {exists.integer(0) != 0, exists.integer(1) != 0, exists.integer(2) != 0, exists.integer(3) != 0};
}

KpiValues KpiEngine::assemble(const Sums &s, const Scope &scope, const std::array<bool, 4> &kinds)
{
    KpiValues result;
    result.values.resize(KpiCatalog::all().size());
    const auto set = [&](const char *id, Value v) {
        const int i = KpiCatalog::indexOf(QString::fromLatin1(id));
        Q_ASSERT(i >= 0);
        result.values[i] = v;
    };
    // The denominator of a rate or an average, for the small-sample flag (KpiCaveat).
    result.samples.resize(KpiCatalog::all().size());
    const auto sample = [&](const char *id, Value n) {
        const int i = KpiCatalog::indexOf(QString::fromLatin1(id));
        Q_ASSERT(i >= 0);
        result.samples[i] = n;
    };

    const auto [haveLeads, haveDeals, haveCustomers, haveSurveys] = kinds;
    const auto count = [](bool have, const QList<Value> &row, int column) -> Value {
        return have ? Value(row.value(column).value_or(0)) : std::nullopt;
    };

    // Campaign rows.
    const auto sum = [&](int column) {
        return s.campaign.value(column);
    };
    const Value mediaCost = money(sum(Cost));
    set("impressions", sum(Impressions));
    set("reach", sum(Reach));
    set("sessions", sum(Sessions));
    set("organic_share", ratio(sum(Sessions) ? Value(sum(OrganicSessions).value_or(0)) : std::nullopt, sum(Sessions)));
    set("mentions", sum(Mentions));
    set("new_followers", sum(NewFollowers));
    const Value cpmRatio = ratio(money(sum(CpmCost)), sum(CpmImpressions));
    set("cpm", cpmRatio ? Value(*cpmRatio * 1000) : std::nullopt);
    set("media_cost", mediaCost);
    sample("organic_share", sum(Sessions));
    sample("ctr", sum(CtrImpressions));
    sample("bounce_rate", sum(BounceSessions));
    sample("engagement_rate", sum(EngagementImpressions));
    sample("email_open_rate", sum(OpenDelivered));
    sample("email_ctr", sum(EmailCtrDelivered));
    sample("email_click_to_open", sum(CtoOpened));
    sample("unsubscribe_rate", sum(UnsubDelivered));
    sample("cta_ctr", sum(CtaViews));
    sample("landing_page_conversion", sum(LpcViews));
    set("ctr", ratio(sum(CtrClicks), sum(CtrImpressions)));
    set("cpc", ratio(money(sum(CpcCost)), sum(CpcClicks)));
    set("bounce_rate", ratio(sum(BounceBounces), sum(BounceSessions)));
    set("avg_time_on_site", ratio(money(sum(TimeSeconds)), sum(TimeSessions)));
    set("pages_per_session", ratio(sum(PagesViews), sum(PagesSessions)));
    set("social_engagements", sum(Social));
    set("engagement_rate", ratio(sum(EngagementSocial), sum(EngagementImpressions)));
    set("email_open_rate", ratio(sum(OpenOpened), sum(OpenDelivered)));
    set("email_ctr", ratio(sum(EmailCtrClicks), sum(EmailCtrDelivered)));
    set("email_click_to_open", ratio(sum(CtoClicks), sum(CtoOpened)));
    set("unsubscribe_rate", ratio(sum(UnsubUnsubscribes), sum(UnsubDelivered)));
    set("cta_ctr", ratio(sum(CtaClicks), sum(CtaViews)));
    set("landing_page_conversion", ratio(sum(LpcForms), sum(LpcViews)));
    const Value sessions = sum(Sessions);
    const Value platformLeads = conversions(sum(PlatformLeads));
    result.clicks = sum(Clicks);

    // Leads.
    const QList<Value> &l = s.leads;
    const Value crmLeads = count(haveLeads, l, 0);
    const Value mqls = count(haveLeads, l, 1);
    const Value sqls = count(haveLeads, l, 3);
    const Value leads = haveLeads ? crmLeads : platformLeads;
    result.leadsSource = haveLeads ? QStringLiteral("crm") : QStringLiteral("platform");
    set("leads", leads);
    set("platform_leads", platformLeads);
    set("lead_conversion_rate", ratio(leads, sessions));
    set("cpl", ratio(mediaCost, leads));
    set("mqls", mqls);
    set("sals", count(haveLeads, l, 2));
    sample("lead_conversion_rate", sessions);
    sample("lead_to_mql_rate", crmLeads);
    sample("mql_to_sql_rate", mqls);
    sample("sql_to_customer_rate", sqls);
    sample("lead_to_customer_rate", crmLeads);
    set("lead_to_mql_rate", ratio(count(haveLeads, l, 4), crmLeads));
    set("mql_to_sql_rate", ratio(count(haveLeads, l, 6), mqls));
    set("cost_per_mql", ratio(mediaCost, mqls));
    set("avg_lead_score", haveLeads ? l.value(8) : std::nullopt);
    set("sqls", sqls);
    set("sql_to_customer_rate", ratio(count(haveLeads, l, 7), sqls));
    set("lead_to_customer_rate", ratio(count(haveLeads, l, 5), crmLeads));

    // Deals. A sum over matching deals is 0 when none match, unknown when they match but no amount is known.
    const QList<Value> &d = s.deals;
    const Value opportunities = count(haveDeals, d, 0);
    const Value won = count(haveDeals, d, 1);
    const Value lost = count(haveDeals, d, 2);
    const Value revenue = !haveDeals ? std::nullopt : (won.value_or(0) == 0 ? Value(0) : money(d.value(3)));
    const Value winRate = won && lost ? ratio(won, *won + *lost) : std::nullopt;
    const Value avgDealSize = ratio(revenue, count(haveDeals, d, 4));
    const Value cycle = haveDeals ? d.value(5) : std::nullopt;
    set("opportunities", opportunities);
    set("cost_per_opportunity", ratio(mediaCost, opportunities));
    set("won_deals", won);
    set("win_rate", winRate);
    sample("win_rate", won && lost ? Value(*won + *lost) : std::nullopt);
    sample("avg_deal_size", count(haveDeals, d, 4));
    set("revenue", revenue);
    set("avg_deal_size", avgDealSize);
    set("sales_cycle_days", cycle);
    set("pipeline_value", !haveDeals ? std::nullopt : (d.value(7).value_or(0) == 0 ? Value(0) : money(d.value(6))));
    set("sales_velocity", ratio(product({opportunities, winRate, avgDealSize}), cycle));

    // Customers.
    const QList<Value> &cu = s.customers;
    const Value startCount = count(haveCustomers, cu, 0);
    const Value endCount = count(haveCustomers, cu, 1);
    const Value newCustomers = haveCustomers ? count(true, cu, 2) : won;
    const Value churnRate = ratio(count(haveCustomers, cu, 4), startCount);
    const Value mrr = !haveCustomers ? std::nullopt : (endCount.value_or(0) == 0 ? Value(0) : money(cu.value(5)));
    const Value arpa = ratio(mrr, count(haveCustomers, cu, 6));
    const Value monthlyChurn = churnRate ? Value(*churnRate * 30.4375 / double(scope.days())) : std::nullopt;
    const Value clv = ratio(arpa, monthlyChurn);

    // Expenses and the costs built on them.
    const Value expenses = money(s.expenses.value(0));
    const Value totalCost = s.costMissing || s.expensesMissing ? std::nullopt
                            : mediaCost || expenses            ? Value(mediaCost.value_or(0) + expenses.value_or(0))
                                                               : std::nullopt;
    const Value cac = ratio(totalCost, newCustomers);
    set("new_customers", newCustomers);
    set("total_cost", totalCost);
    set("cac", cac);
    set("marketing_roi", revenue && totalCost ? ratio(*revenue - *totalCost, totalCost) : std::nullopt);
    set("active_customers", endCount);
    set("retention_rate", ratio(count(haveCustomers, cu, 3), startCount));
    set("churn_rate", churnRate);
    sample("churn_rate", startCount);
    sample("retention_rate", startCount);
    sample("arpa", count(haveCustomers, cu, 6));
    set("mrr", mrr);
    set("arpa", arpa);
    set("clv", clv);
    set("ltv_to_cac", ratio(clv, cac));

    // Surveys.
    const QList<Value> &sv = s.surveys;
    const Value responses = count(haveSurveys, sv, 0);
    set("survey_responses", responses);
    sample("nps", responses);
    const Value net = haveSurveys ? Value(sv.value(1).value_or(0) - sv.value(2).value_or(0)) : std::nullopt;
    const Value nps = ratio(net, responses);
    set("nps", nps ? Value(*nps * 100) : std::nullopt);

    // The sums custom formulas may read besides the KPIs, then the custom KPIs themselves.
    result.sums.insert(QStringLiteral("expenses"), expenses);
    result.sums.insert(QStringLiteral("lost_deals"), lost);
    if (m_customKpis && !m_customKpis->isEmpty()) {
        evaluateCustomKpis(m_customKpis, result);
    }
    return result;
}

QString KpiEngine::leadsSource()
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT EXISTS(SELECT 1 FROM leads)"));
    return q.step() && q.integer(0) ? QStringLiteral("crm") : QStringLiteral("platform");
}

std::pair<QDate, QDate> KpiEngine::dataRange()
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT min(lo), max(hi) FROM (SELECT min(day) lo, max(day) hi FROM campaign_rows"
                                     " UNION ALL SELECT min(created), max(created) FROM leads"
                                     " UNION ALL SELECT min(created), max(CASE WHEN status = 'open' THEN created"
                                     " ELSE coalesce(closed, created) END) FROM deals"
                                     " UNION ALL SELECT min(day), max(day) FROM expenses"
                                     " UNION ALL SELECT min(day), max(day) FROM surveys)"));
    if (!q.step() || q.isNull(0)) {
        return {};
    }
    return {QDate::fromJulianDay(q.integer(0)), QDate::fromJulianDay(q.integer(1))};
}

QStringList KpiEngine::allNames(Breakdown by)
{
    if (by == Breakdown::Channel) {
        return channelGroups().names();
    }
    SqliteStatement q(m_workspace.handle(), by == Breakdown::Channel ? QStringLiteral("SELECT name FROM channels")
                                                                     : QStringLiteral("SELECT name FROM campaigns"));
    QStringList names;
    while (q.step()) {
        names.append(q.text(0));
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return names;
}

QHash<QString, double> KpiEngine::keyEventsByChannel(const Scope &scope)
{
    const Filters filters = filtersFor(scope);
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT r.channel_id, sum(r.key_events) FROM campaign_rows r INDEXED BY"
                                     " campaign_key_events WHERE r.key_events IS NOT NULL AND r.day BETWEEN ?1 AND ?2"
                                     " AND %1 AND %2 GROUP BY r.channel_id")
                          .arg(ChannelFilter, CampaignFilter));
    filters.bind(q, scope);
    // Summed in micro-units by canonical channel, then converted.
    QHash<QString, double> micros;
    while (q.step()) {
        micros[channelGroups().nameOf(q.integer(0))] += q.real(1);
    }
    QHash<QString, double> out;
    for (auto it = micros.cbegin(); it != micros.cend(); ++it) {
        out.insert(it.key(), *conversions(it.value()));
    }
    return out;
}

QStringList KpiEngine::namesInScope(const Scope &scope, Breakdown by)
{
    const Filters filters = filtersFor(scope);
    const bool channels = by == Breakdown::Channel;
    const QString column = channels ? QStringLiteral("channel_id") : QStringLiteral("campaign_id");
    const QString dealColumn = channels ? QStringLiteral("coalesce(d.linked_channel_id, ?8)")
                                        : QStringLiteral("coalesce(d.linked_campaign_id, ?9)");
    const QString where = QStringLiteral(" AND %1 AND %2").arg(ChannelFilter, CampaignFilter);
    // Campaign rows and leads: from the roll-ups where they hold the answer (as in sums()).
    QString campaignRows =
        QStringLiteral("SELECT %1 FROM campaign_rows WHERE day BETWEEN ?1 AND ?2%2").arg(column, where);
    QString leads = QStringLiteral("SELECT %1 FROM leads WHERE (created BETWEEN ?1 AND ?2 OR %3 BETWEEN ?1 AND ?2"
                                   " OR %4 BETWEEN ?1 AND ?2 OR %5 BETWEEN ?1 AND ?2)%2")
                        .arg(column, where, MqlDay, SalDay, SqlDay);
    if (m_useRollup && channels && scope.campaigns.isEmpty()) {
        campaignRows =
            QStringLiteral("SELECT channel_id FROM channel_days WHERE day BETWEEN ?1 AND ?2 AND %1").arg(ChannelFilter);
        leads =
            QStringLiteral("SELECT channel_id FROM lead_days WHERE day BETWEEN ?1 AND ?2 AND %1").arg(ChannelFilter);
    } else if (m_useRollup) {
        campaignRows = QStringLiteral("SELECT %1 FROM campaign_rows WHERE (day BETWEEN ?1 AND ?10 OR day BETWEEN ?11"
                                      " AND ?2)%2 UNION SELECT %1 FROM campaign_months WHERE month BETWEEN ?12 AND"
                                      " ?13%2")
                           .arg(column, where);
    }
    const QString sql =
        QStringLiteral("SELECT id, name FROM %1 WHERE id IN (%2"
                       " UNION SELECT %3 FROM expenses WHERE day BETWEEN ?1 AND ?2%4"
                       " UNION SELECT %3 FROM surveys WHERE day BETWEEN ?1 AND ?2%4"
                       " UNION SELECT %3 FROM touchpoints WHERE day BETWEEN ?1 AND ?2%4"
                       " UNION SELECT %3 FROM customers WHERE start <= ?2 AND (churn IS NULL OR churn >= ?1)%4"
                       " UNION %5"
                       " UNION SELECT %6%7 AND (d.created BETWEEN ?1 AND ?2 OR d.closed BETWEEN ?1 AND ?2))")
            .arg(channels ? QStringLiteral("channels") : QStringLiteral("campaigns"), campaignRows, column, where,
                 leads, dealColumn, DealsFrom);
    SqliteStatement q(m_workspace.handle(), sql);
    filters.bind(q, scope);
    bindMonths(q, scope);
    QStringList names;
    QSet<QString> seen;
    while (q.step()) {
        // Channels by their canonical channel, once each.
        const QString name = channels ? channelGroups().nameOf(q.integer(0)) : q.text(1);
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    // Code-point order: UTF-8 bytes compare in code-point order, UTF-16 units do not.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return names;
}

// Leads by the day of each of their events, and deals by the day they were created and closed, with the running
// totals the open pipeline needs: every column of the leads and deals queries, folded for any days.
struct KpiEngine::DayFlows
{
    // Per day: the columns of one grouped query.
    QMap<qint64, QList<double>> created, mql, sal, sql, dealsCreated, dealsClosed;
    // Running totals by day of (count, known amounts, Σ amount) of deals created, and of deals closed, for
    // open-at-the-end: created by then and not closed by then.
    QMap<qint64, std::array<double, 3>> pipelineIn, pipelineOut;
    // Every customer of the scope's channels and campaigns (a few thousand): each bucket counts them in memory.
    QList<Customer> customerList;
    sqlite3 *db = nullptr; // where a total too large to compute is reported

    static QList<double> total(const QMap<qint64, QList<double>> &days, qint64 from, qint64 to, int columns)
    {
        QList<double> sum(columns, 0.0);
        for (auto it = days.lowerBound(from); it != days.end() && it.key() <= to; ++it) {
            for (int i = 0; i < columns; ++i) {
                sum[i] += it.value().value(i);
            }
        }
        return sum;
    }
    static std::array<double, 3> upTo(const QMap<qint64, std::array<double, 3>> &running, qint64 day)
    {
        auto it = running.upperBound(day);
        return it == running.begin() ? std::array<double, 3>{0, 0, 0} : std::prev(it).value();
    }

    QList<Value> leads(const QDate &fromDate, const QDate &toDate) const
    {
        const qint64 from = fromDate.toJulianDay();
        const qint64 to = toDate.toJulianDay();
        // count, reached MQL, reached customer, Σ score (micro-units), scores
        const QList<double> c = total(created, from, to, 5);
        const QList<double> m = total(mql, from, to, 2); // MQLs, reached SQL
        const QList<double> a = total(sal, from, to, 1);
        const QList<double> q = total(sql, from, to, 2); // SQLs, reached customer
        return {
            c[0], m[0], a[0], q[0], c[1], c[2], m[1], q[1], c[4] > 0 ? Value(c[3] / 1000000.0 / c[4]) : std::nullopt};
    }

    QList<Value> customers(const QDate &fromDate, const QDate &toDate) const
    {
        return customerColumns(db, customerList, fromDate.toJulianDay(), toDate.toJulianDay());
    }

    QList<Value> deals(const QDate &fromDate, const QDate &toDate) const
    {
        const qint64 from = fromDate.toJulianDay();
        const qint64 to = toDate.toJulianDay();
        const QList<double> c = total(dealsCreated, from, to, 1);
        // won, lost, Σ won amount, won amounts known, Σ cycle days
        const QList<double> w = total(dealsClosed, from, to, 5);
        const auto in = upTo(pipelineIn, to);
        const auto out = upTo(pipelineOut, to);
        const double openCount = in[0] - out[0];
        const double openKnown = in[1] - out[1];
        return {c[0],
                w[0],
                w[1],
                w[3] > 0 ? Value(w[2]) : std::nullopt,
                w[3],
                w[0] > 0 ? Value(w[4] / w[0]) : std::nullopt,
                openKnown > 0 ? Value(in[2] - out[2]) : std::nullopt,
                openCount};
    }
};

QList<KpiEngine::Row> KpiEngine::breakdown(const Scope &scope, Breakdown by, Comparison comparison)
{
    prepareConversion();
    customKpis();
    QList<Row> rows;
    if (by == Breakdown::Channel || by == Breakdown::Campaign) {
        // One grouped query per kind instead of a computation per name; the same values as filtering by each name.
        const bool channels = by == Breakdown::Channel;
        const auto idOf = [&](const QString &name) {
            return channels ? channelGroups().representative(name) : m_workspace.findCampaign(name);
        };
        const std::array<bool, 4> kinds = kindsStored();
        const QHash<qint64, Sums> current = sums(scope, by);
        QHash<qint64, Sums> before;
        Scope previousScope;
        if (comparison != Comparison::None) {
            previousScope = scope.shifted(comparison, scope.days());
            before = sums(previousScope, by);
        }
        for (const QString &name : namesInScope(scope, by)) {
            Row row;
            row.key = name;
            row.scope = scope;
            (channels ? row.scope.channels : row.scope.campaigns) = QStringList{name};
            const qint64 id = idOf(name);
            row.values = assemble(current.value(id), row.scope, kinds);
            if (comparison != Comparison::None) {
                row.previousScope = row.scope.shifted(comparison, scope.days());
                row.previous = assemble(before.value(id), row.previousScope, kinds);
            }
            rows.append(row);
        }
        return rows;
    }
    // Time buckets: leads and deals are read once, day by day, and folded into each bucket; the other kinds are
    // cheap per bucket (campaign rows read whole months from the roll-up).
    QDate earliest = scope.from;
    if (comparison != Comparison::None) {
        earliest = std::min(earliest, scope.shifted(comparison, scope.days()).from);
    }
    const DayFlows flows = dayFlows({earliest, scope.to, scope.channels, scope.campaigns});
    const std::array<bool, 4> kinds = kindsStored();
    const auto bucketValues = [&](const Scope &bucket) {
        Sums s = sums(bucket, Breakdown::None, false).value(0);
        s.leads = flows.leads(bucket.from, bucket.to);
        s.deals = flows.deals(bucket.from, bucket.to);
        s.customers = flows.customers(bucket.from, bucket.to);
        if (m_rates) {
            QHash<qint64, Sums> one{{0, s}};
            convertMoney(one, bucket, Breakdown::None, DealMoney | CustomerMoney);
            s = one.value(0);
        }
        return assemble(s, bucket, kinds);
    };
    for (const auto &[key, bucket] : scope.timeBuckets(by)) {
        Row row{key, bucket, bucketValues(bucket), {}, {}};
        if (comparison != Comparison::None) {
            row.previousScope = bucket.shifted(comparison, scope.days());
            row.previous = bucketValues(row.previousScope);
        }
        rows.append(row);
    }
    return rows;
}

KpiEngine::DayFlows KpiEngine::dayFlows(const Scope &scope)
{
    sqlite3 *db = m_workspace.handle();
    const Filters filters = filtersFor(scope);
    DayFlows flows;
    const auto read = [&](const QString &sql, QMap<qint64, QList<double>> &into) {
        SqliteStatement q(db, sql);
        if (!q.isValid()) {
            qWarning("KPI query failed: %s", qPrintable(q.error()));
        }
        filters.bind(q, scope);
        while (q.step()) {
            QList<double> row;
            for (int i = 1; i < q.columnCount(); ++i) {
                row.append(q.real(i));
            }
            into.insert(q.integer(0), row);
        }
    };
    if (m_useRollup && scope.campaigns.isEmpty()) {
        // Without a campaign filter, the daily roll-up of lead events holds every day's columns.
        SqliteStatement q(db, QStringLiteral("SELECT day, sum(created), sum(created_mql), sum(created_customer),"
                                             " sum(score_micros), sum(scored), sum(mql), sum(mql_sql), sum(sal),"
                                             " sum(sql), sum(sql_customer) FROM lead_days WHERE day BETWEEN ?1 AND ?2"
                                             " AND %1 GROUP BY day")
                                  .arg(ChannelFilter));
        filters.bind(q, scope);
        while (q.step()) {
            const qint64 day = q.integer(0);
            flows.created.insert(day, {q.real(1), q.real(2), q.real(3), q.real(4), q.real(5)});
            flows.mql.insert(day, {q.real(6), q.real(7)});
            flows.sal.insert(day, {q.real(8)});
            flows.sql.insert(day, {q.real(9), q.real(10)});
        }
    } else {
        const QString leadsWhere =
            QStringLiteral(" BETWEEN ?1 AND ?2 AND %1 AND %2").arg(ChannelFilter, CampaignFilter);
        read(QStringLiteral("SELECT created, count(*), count(%1), count(customer_day), total(%3),"
                            " count(lead_score) FROM leads WHERE created%2 GROUP BY created")
                 .arg(MqlDay, leadsWhere, CrmRollup::scoreMicros()),
             flows.created);
        read(QStringLiteral("SELECT %1, count(*), count(%2) FROM leads WHERE %1%3 GROUP BY 1")
                 .arg(MqlDay, SqlDay, leadsWhere),
             flows.mql);
        read(QStringLiteral("SELECT %1, count(*) FROM leads WHERE %1%2 GROUP BY 1").arg(SalDay, leadsWhere), flows.sal);
        read(QStringLiteral("SELECT %1, count(*), count(customer_day) FROM leads WHERE %1%2 GROUP BY 1")
                 .arg(SqlDay, leadsWhere),
             flows.sql);
    }
    flows.db = db;
    flows.customerList = readCustomers(
                             db, [&](SqliteStatement &q) { filters.bind(q, scope); }, QString())
                             .value(0);
    if (m_useRollup && scope.campaigns.isEmpty()) {
        // The daily roll-up of deal events; the open pipeline runs from the first day on.
        SqliteStatement q(db, QStringLiteral("SELECT day, sum(created), sum(won), sum(lost), sum(won_amount),"
                                             " sum(won_known), sum(cycle_days), sum(open_in), sum(open_in_known),"
                                             " sum(open_in_amount), sum(open_out), sum(open_out_known),"
                                             " sum(open_out_amount) FROM deal_days WHERE day <= ?2 AND %1"
                                             " GROUP BY day ORDER BY day")
                                  .arg(ChannelFilter));
        filters.bind(q, scope);
        const qint64 from = scope.from.toJulianDay();
        std::array<double, 3> in{0, 0, 0};
        std::array<double, 3> out{0, 0, 0};
        while (q.step()) {
            const qint64 day = q.integer(0);
            if (day >= from) {
                flows.dealsCreated.insert(day, {q.real(1)});
                flows.dealsClosed.insert(day, {q.real(2), q.real(3), q.real(4), q.real(5), q.real(6)});
            }
            in = {in[0] + q.real(7), in[1] + q.real(8), in[2] + q.real(9)};
            out = {out[0] + q.real(10), out[1] + q.real(11), out[2] + q.real(12)};
            flows.pipelineIn.insert(day, in);
            flows.pipelineOut.insert(day, out);
        }
        return flows;
    }
    const QString dealsWhere = DealsFrom;
    read(QStringLiteral("SELECT d.created, count(*)%1 AND d.created BETWEEN ?1 AND ?2 GROUP BY 1").arg(dealsWhere),
         flows.dealsCreated);
    read(QStringLiteral("SELECT d.closed, total(d.status = 'won'), total(d.status = 'lost'), total(CASE WHEN d.status ="
                        " 'won' THEN d.amount END), total(d.status = 'won' AND d.amount IS NOT NULL), total(CASE WHEN"
                        " d.status = 'won' THEN d.closed - d.linked_first_touch END)%1 AND d.closed BETWEEN ?1 AND ?2"
                        " GROUP BY 1")
             .arg(dealsWhere),
         flows.dealsClosed);
    // Running totals from the first deal on: in when created, out when closed (or when created, for deals closed
    // without a date).
    const auto running = [&](const QString &sql, QMap<qint64, std::array<double, 3>> &into) {
        SqliteStatement q(db, sql);
        filters.bind(q, scope);
        std::array<double, 3> sum{0, 0, 0};
        while (q.step()) {
            sum[0] += q.real(1);
            sum[1] += q.real(2);
            sum[2] += q.real(3);
            into.insert(q.integer(0), sum);
        }
    };
    running(
        QStringLiteral("SELECT d.created, count(*), count(d.amount), total(d.amount)%1 AND d.created <= ?2 GROUP BY 1"
                       " ORDER BY 1")
            .arg(dealsWhere),
        flows.pipelineIn);
    running(
        QStringLiteral("SELECT CASE WHEN d.closed IS NULL THEN d.created ELSE max(d.created, d.closed) END AS day,"
                       " count(*), count(d.amount), total(d.amount)%1 AND d.status <> 'open' AND (CASE WHEN d.closed"
                       " IS NULL THEN d.created ELSE max(d.created, d.closed) END) <= ?2 GROUP BY 1 ORDER BY 1")
            .arg(dealsWhere),
        flows.pipelineOut);
    return flows;
}

} // namespace funnelscope

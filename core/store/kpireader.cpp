#include "kpireader.h"

#include "campaignrollup.h"
#include "crmrollup.h"
#include "csv/decimal.h"
#include "readsnapshot.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <functional>
#include <sqlite3.h>

namespace funnelscope {

using Value = std::optional<double>;

namespace {

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids) {
        a.append(id);
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// The scope's filters as bound parameters: ?1 from, ?2 to (Julian days), ?3 all channels, ?4 channel ids (JSON),
// ?5 all campaigns, ?6 campaign ids (JSON), ?7 paid channel ids (JSON), ?8 and ?9 the ids of "(none)", ?10..?13 the
// whole months the roll-up answers (bindMonths), and from ?14 on the pairs (stored id, its group's id) that grouping
// by channel maps ids through (ChannelTaxonomy::Groups::merges()).
struct Filters
{
    explicit Filters(const KpiReadScope &s)
        : scope(s), channelIds(idsJson(s.channelIds)), campaignIds(idsJson(s.campaignIds)),
          paidIds(idsJson(s.paidChannelIds))
    {
    }
    const KpiReadScope &scope;
    QString channelIds;
    QString campaignIds;
    QString paidIds;

    // A channel id expression as grouping by channel sees it: the id of the channel's group (its canonical channel).
    QString channelGroup(const QString &id) const
    {
        const auto &merges = scope.channelMerges;
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

    void bind(SqliteStatement &q) const
    {
        q.bind(1, qint64(scope.from.toJulianDay()));
        q.bind(2, qint64(scope.to.toJulianDay()));
        q.bind(3, qint64(scope.allChannels));
        q.bind(4, channelIds);
        q.bind(5, qint64(scope.allCampaigns));
        q.bind(6, campaignIds);
        q.bind(7, paidIds);
        q.bind(8, scope.noneChannel);
        q.bind(9, scope.noneCampaign);
        const auto &merges = scope.channelMerges;
        for (qsizetype i = 0; i < merges.size(); ++i) {
            q.bind(int(FirstMerge + 2 * i), merges.at(i).first);
            q.bind(int(FirstMerge + 2 * i + 1), merges.at(i).second);
        }
    }

    // The period's whole months, read from the roll-up (?12..?13, month starts), and its partial first and last
    // months, read from the rows (?1..?10 and ?11..?2).
    void bindMonths(SqliteStatement &q) const
    {
        QDate firstMonth(scope.from.year(), scope.from.month(), 1);
        if (firstMonth < scope.from) {
            firstMonth = firstMonth.addMonths(1);
        }
        QDate afterLastMonth(scope.to.year(), scope.to.month(), 1);
        if (scope.to == afterLastMonth.addMonths(1).addDays(-1)) {
            afterLastMonth = afterLastMonth.addMonths(1);
        }
        const bool months = scope.useRollup && firstMonth < afterLastMonth;
        q.bind(10, months ? qint64(firstMonth.toJulianDay()) - 1 : qint64(scope.to.toJulianDay()));
        q.bind(11, months ? qint64(afterLastMonth.toJulianDay()) : qint64(scope.to.toJulianDay()) + 1);
        q.bind(12, months ? qint64(firstMonth.toJulianDay()) : qint64(1));
        q.bind(13, months ? qint64(afterLastMonth.addMonths(-1).toJulianDay()) : qint64(0));
    }

    void bindAll(SqliteStatement &q) const
    {
        bind(q);
        bindMonths(q);
    }
};

const QString ChannelFilter = QStringLiteral("(?3 OR channel_id IN (SELECT value FROM json_each(?4)))");
const QString CampaignFilter = QStringLiteral("(?5 OR campaign_id IN (SELECT value FROM json_each(?6)))");

// The column of the campaign sums that keeps the channels not counted as paid (CampaignRollup's expressions).
constexpr int OrganicSessions = 7;

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

// The scope's customers by group (the group column's value, or 0).
QHash<qint64, QList<KpiCustomer>> readCustomers(sqlite3 *db, const std::function<void(SqliteStatement &)> &bind,
                                             const QString &group)
{
    SqliteStatement q(db, QStringLiteral("SELECT %1, start, churn, mrr FROM customers WHERE %2 AND %3")
                              .arg(group.isEmpty() ? QStringLiteral("0") : group, ChannelFilter, CampaignFilter));
    bind(q);
    QHash<qint64, QList<KpiCustomer>> out;
    while (q.step()) {
        out[q.integer(0)].append({q.integer(1), q.optionalInteger(2), q.optionalInteger(3)});
    }
    return out;
}


} // namespace


namespace {

// The group column of a grouped read ("" for the total), as the rows of a kind name it.
QString groupColumn(const Filters &filters, KpiReader::Grouping group)
{
    switch (group) {
    case KpiReader::Grouping::Total:
        return {};
    case KpiReader::Grouping::Channel:
        // Grouped by channel, each row counts under its canonical channel's group: sums merge before any ratio.
        return filters.channelGroup(QStringLiteral("channel_id"));
    case KpiReader::Grouping::Campaign:
        return QStringLiteral("campaign_id");
    }
    return {};
}

QString dealGroupColumn(const Filters &filters, KpiReader::Grouping group)
{
    switch (group) {
    case KpiReader::Grouping::Total:
        return {};
    case KpiReader::Grouping::Channel:
        return filters.channelGroup(QStringLiteral("coalesce(d.linked_channel_id, ?8)"));
    case KpiReader::Grouping::Campaign:
        return QStringLiteral("coalesce(d.linked_campaign_id, ?9)");
    }
    return {};
}

} // namespace

QHash<qint64, KpiSums> KpiReader::sums(const KpiReadScope &scope, Grouping group, bool withFlowKinds) const
{
    sqlite3 *db = m_workspace.handle();
    const Filters filters(scope);
    // The period's whole months come from the roll-up, its partial first and last months from the rows.
    const auto bind = [&](SqliteStatement &q) {
        filters.bindAll(q);
    };
    const bool isGrouped = group != Grouping::Total;
    const QString column = groupColumn(filters, group);
    const QString dealColumn = dealGroupColumn(filters, group);
    QHash<qint64, KpiSums> out;
    const auto collect = [&](const QString &sql, QList<Value> KpiSums::*member) {
        const GroupedSums rows = runQuery(db, sql, bind, isGrouped);
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            out[it.key()].*member = it.value();
        }
    };
    // Without a campaign filter or breakdown, the daily roll-ups by channel hold everything campaigns and leads need.
    const bool byChannelDays = scope.useRollup && scope.allCampaigns && group != Grouping::Campaign;
    collect(byChannelDays ? channelDaysCampaignQuery(column) : campaignQuery(column), &KpiSums::campaign);
    if (withFlowKinds) {
        collect(byChannelDays ? channelDaysLeadsQuery(column) : leadsQuery(column), &KpiSums::leads);
        if (scope.useRollup) {
            const GroupedSums deals =
                byChannelDays ? dealDaysSums(db, bind, column)
                              : dealSums(db, bind, dealColumn, scope.from.toJulianDay(), scope.to.toJulianDay());
            for (auto it = deals.constBegin(); it != deals.constEnd(); ++it) {
                out[it.key()].deals = it.value();
            }
        } else {
            collect(dealsQuery(dealColumn), &KpiSums::deals);
        }
        if (scope.useRollup) {
            const QHash<qint64, QList<KpiCustomer>> customers = readCustomers(db, bind, column);
            for (auto it = customers.constBegin(); it != customers.constEnd(); ++it) {
                out[it.key()].customers = customerSums(it.value(), scope.from.toJulianDay(), scope.to.toJulianDay());
            }
            if (!isGrouped) {
                out[0].customers = customerSums(customers.value(0), scope.from.toJulianDay(), scope.to.toJulianDay());
            }
        } else {
            collect(customersQuery(column), &KpiSums::customers);
        }
    } else {
        out[0]; // the other kinds' sums are still keyed under 0
    }
    collect(expensesQuery(column), &KpiSums::expenses);
    collect(surveysQuery(column), &KpiSums::surveys);
    return out;
}

QHash<qint64, QList<KpiCustomer>> KpiReader::customers(const KpiReadScope &scope, Grouping group) const
{
    const Filters filters(scope);
    return readCustomers(m_workspace.handle(), [&](SqliteStatement &q) { filters.bind(q); },
                         groupColumn(filters, group));
}

QList<Value> KpiReader::customerSums(const QList<KpiCustomer> &customers, qint64 from, qint64 to) const
{
    if (customers.isEmpty()) {
        return QList<Value>(7); // no rows: every sum unknown, as SQL's
    }
    qint64 atStart = 0, atEnd = 0, started = 0, retained = 0, churned = 0, mrrKnown = 0, mrr = 0;
    for (const KpiCustomer &c : customers) {
        const bool activeAtEnd = c.start <= to && (!c.churn || *c.churn > to);
        atStart += c.start < from && (!c.churn || *c.churn >= from);
        atEnd += activeAtEnd;
        started += c.start >= from && c.start <= to;
        retained += c.start < from && (!c.churn || *c.churn > to);
        churned += c.start < from && c.churn && *c.churn >= from && *c.churn <= to;
        if (activeAtEnd && c.mrr) {
            ++mrrKnown;
            if (!addExact(mrr, *c.mrr)) {
                recordOverflow();
                mrrKnown = 0;
                break;
            }
        }
    }
    return {double(atStart),  double(atEnd),   double(started),
            double(retained), double(churned), mrrKnown > 0 ? Value(double(mrr)) : std::nullopt,
            double(mrrKnown)};
}

KpiDayFlows KpiReader::dayFlows(const KpiReadScope &scope) const
{
    sqlite3 *db = m_workspace.handle();
    const Filters filters(scope);
    KpiDayFlows flows;
    const auto read = [&](const QString &sql, QMap<qint64, QList<double>> &into) {
        SqliteStatement q(db, sql);
        if (!q.isValid()) {
            qWarning("KPI query failed: %s", qPrintable(q.error()));
        }
        filters.bind(q);
        while (q.step()) {
            QList<double> row;
            for (int i = 1; i < q.columnCount(); ++i) {
                row.append(q.real(i));
            }
            into.insert(q.integer(0), row);
        }
    };
    if (scope.useRollup && scope.allCampaigns) {
        // Without a campaign filter, the daily roll-up of lead events holds every day's columns.
        SqliteStatement q(db, QStringLiteral("SELECT day, sum(created), sum(created_mql), sum(created_customer),"
                                             " sum(score_micros), sum(scored), sum(mql), sum(mql_sql), sum(sal),"
                                             " sum(sql), sum(sql_customer) FROM lead_days WHERE day BETWEEN ?1 AND ?2"
                                             " AND %1 GROUP BY day")
                                  .arg(ChannelFilter));
        filters.bind(q);
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
    if (scope.useRollup && scope.allCampaigns) {
        // The daily roll-up of deal events; the open pipeline runs from the first day on.
        SqliteStatement q(db, QStringLiteral("SELECT day, sum(created), sum(won), sum(lost), sum(won_amount),"
                                             " sum(won_known), sum(cycle_days), sum(open_in), sum(open_in_known),"
                                             " sum(open_in_amount), sum(open_out), sum(open_out_known),"
                                             " sum(open_out_amount) FROM deal_days WHERE day <= ?2 AND %1"
                                             " GROUP BY day ORDER BY day")
                                  .arg(ChannelFilter));
        filters.bind(q);
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
        filters.bind(q);
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


void KpiReader::moneyByDay(const KpiReadScope &scope, Grouping group, MoneyKind kind,
                           const std::function<void(const KpiMoneyDay &)> &each) const
{
    const Filters filters(scope);
    const QString column = group == Grouping::Channel    ? QStringLiteral("channel_id")
                           : group == Grouping::Campaign ? QStringLiteral("campaign_id")
                                                         : QStringLiteral("0");
    const QString dealColumn = group == Grouping::Channel    ? QStringLiteral("coalesce(d.linked_channel_id, ?8)")
                               : group == Grouping::Campaign ? QStringLiteral("coalesce(d.linked_campaign_id, ?9)")
                                                             : QStringLiteral("0");
    const QString where = QStringLiteral(" AND %1 AND %2").arg(ChannelFilter, CampaignFilter);
    QString sql;
    int amounts = 1;
    switch (kind) {
    case MoneyKind::MediaCost:
        sql = QStringLiteral("SELECT %1, day, currency, sum(cost), sum(CASE WHEN impressions IS NOT NULL"
                             " THEN cost END), sum(CASE WHEN clicks IS NOT NULL THEN cost END) FROM"
                             " campaign_rows WHERE cost IS NOT NULL AND day BETWEEN ?1 AND ?2%2 GROUP"
                             " BY 1, 2, 3")
                  .arg(column, where);
        amounts = 3;
        break;
    case MoneyKind::Expenses:
        sql = QStringLiteral("SELECT %1, day, currency, sum(amount) FROM expenses WHERE day BETWEEN ?1"
                             " AND ?2%2 GROUP BY 1, 2, 3")
                  .arg(column, where);
        break;
    case MoneyKind::WonDeals:
        sql = QStringLiteral("SELECT %1, d.closed, d.currency, sum(d.amount)%2 AND d.status = 'won' AND"
                             " d.closed BETWEEN ?1 AND ?2 AND d.amount IS NOT NULL GROUP BY 1, 2, 3")
                  .arg(dealColumn, DealsFrom);
        break;
    case MoneyKind::OpenDeals:
        sql = QStringLiteral("SELECT %1, ?2, d.currency, sum(d.amount)%2 AND d.created <= ?2 AND NOT"
                             " (d.status <> 'open' AND (d.closed IS NULL OR d.closed <= ?2)) AND"
                             " d.amount IS NOT NULL GROUP BY 1, 3")
                  .arg(dealColumn, DealsFrom);
        break;
    case MoneyKind::ActiveMrr:
        sql = QStringLiteral("SELECT %1, ?2, currency, sum(mrr) FROM customers WHERE start <= ?2 AND"
                             " (churn IS NULL OR churn > ?2) AND mrr IS NOT NULL%2 GROUP BY 1, 3")
                  .arg(column, where);
        break;
    }
    SqliteStatement q(m_workspace.handle(), sql);
    if (!q.isValid()) {
        qWarning("KPI query failed: %s", qPrintable(q.error()));
    }
    filters.bind(q);
    KpiMoneyDay m;
    m.amounts.resize(amounts);
    while (q.step()) {
        m.group = q.integer(0);
        m.day = q.integer(1);
        m.currency = q.isNull(2) ? std::nullopt : std::optional<QString>(q.text(2));
        for (int i = 0; i < amounts; ++i) {
            m.amounts[i] = q.optionalInteger(3 + i);
        }
        each(m);
    }
}

QHash<qint64, double> KpiReader::keyEventsByChannel(const KpiReadScope &scope) const
{
    const Filters filters(scope);
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT r.channel_id, sum(r.key_events) FROM campaign_rows r INDEXED BY"
                                     " campaign_key_events WHERE r.key_events IS NOT NULL AND r.day BETWEEN ?1 AND ?2"
                                     " AND %1 AND %2 GROUP BY r.channel_id")
                          .arg(ChannelFilter, CampaignFilter));
    filters.bind(q);
    QHash<qint64, double> micros;
    while (q.step()) {
        micros.insert(q.integer(0), q.real(1));
    }
    return micros;
}

QList<KpiNamedId> KpiReader::namesInScope(const KpiReadScope &scope, Grouping by) const
{
    const Filters filters(scope);
    const bool channels = by == Grouping::Channel;
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
    if (scope.useRollup && channels && scope.allCampaigns) {
        campaignRows =
            QStringLiteral("SELECT channel_id FROM channel_days WHERE day BETWEEN ?1 AND ?2 AND %1").arg(ChannelFilter);
        leads =
            QStringLiteral("SELECT channel_id FROM lead_days WHERE day BETWEEN ?1 AND ?2 AND %1").arg(ChannelFilter);
    } else if (scope.useRollup) {
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
    filters.bindAll(q);
    QList<KpiNamedId> out;
    while (q.step()) {
        out.append({q.integer(0), q.text(1)});
    }
    return out;
}

std::array<bool, 4> KpiReader::kindsStored() const
{
    SqliteStatement exists(m_workspace.handle(),
                           QStringLiteral("SELECT EXISTS(SELECT 1 FROM leads), EXISTS(SELECT 1 FROM deals),"
                                          " EXISTS(SELECT 1 FROM customers), EXISTS(SELECT 1 FROM surveys)"));
    exists.step();
    return {exists.integer(0) != 0, exists.integer(1) != 0, exists.integer(2) != 0, exists.integer(3) != 0};
}

bool KpiReader::hasLeads() const
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT EXISTS(SELECT 1 FROM leads)"));
    return q.step() && q.integer(0);
}

std::pair<QDate, QDate> KpiReader::dataRange() const
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

QStringList KpiReader::campaignNames() const
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT name FROM campaigns"));
    QStringList names;
    while (q.step()) {
        names.append(q.text(0));
    }
    return names;
}

QList<ChannelPaidOverride> KpiReader::paidOverrides() const
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT id, paid_override FROM channels"));
    QList<ChannelPaidOverride> out;
    while (q.step()) {
        out.append({q.integer(0), q.isNull(1) ? std::nullopt : std::optional<bool>(q.integer(1) != 0)});
    }
    return out;
}

std::pair<qint64, qint64> KpiReader::changeStamp() const
{
    // Through this connection (total changes) or another (data_version).
    sqlite3 *db = m_workspace.handle();
    SqliteStatement version(db, QStringLiteral("PRAGMA data_version"));
    return {version.step() ? version.integer(0) : -1, sqlite3_total_changes64(db)};
}

void KpiReader::recordOverflow() const
{
    ReadSnapshot::recordFailure(m_workspace.handle(), QStringLiteral("integer overflow"));
}

} // namespace funnelscope

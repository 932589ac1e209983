#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <utility>

namespace funnelscope {

class Workspace;

// What a KPI read covers, in stored ids: the period, the channels and campaigns (all, or the listed ids), which
// channels count as paid, how grouping by channel merges stored channels into their canonical channel, and whether the
// roll-ups may answer (else every sum comes from the rows).
struct KpiReadScope
{
    QDate from;
    QDate to;
    bool allChannels = true;
    QList<qint64> channelIds;
    bool allCampaigns = true;
    QList<qint64> campaignIds;
    QList<qint64> paidChannelIds;
    // (stored channel id, its group's id): grouping by channel counts a row under its group.
    QList<std::pair<qint64, qint64>> channelMerges;
    qint64 noneChannel = -1;  // the id of the channel "(none)", for deals without one
    qint64 noneCampaign = -1; // the same for campaigns
    bool useRollup = true;
};

// The aggregate sums of one scope (or one group of it), one list of columns per kind, each column a sum of the
// aggregate query of its kind (unknown when no row had a value); an empty list stands for "no rows matched". The
// columns, in order:
// - campaign: CampaignRollup's expressions (KpiEngine's CampaignSum);
// - leads: created, MQLs, SALs, SQLs, created that reached MQL, created that reached customer, MQLs that reached SQL,
//   SQLs that reached customer, the average lead score;
// - deals: created, won, lost, Σ won amount, won with an amount, the average sales cycle (days), Σ open amount at the
//   end, open at the end;
// - customers: active at the start, active at the end, started, retained, churned, Σ MRR at the end, MRR known;
// - expenses: Σ amount; surveys: responses, promoters, detractors.
struct KpiSums
{
    QList<std::optional<double>> campaign, leads, deals, customers, expenses, surveys;
    // Media cost or expenses with an amount that lacked a rate: unknown, and so is any total that adds them.
    bool costMissing = false;
    bool expensesMissing = false;
};

// A customer as the customer KPIs see it (Julian days, MRR in micro-units).
struct KpiCustomer
{
    qint64 start = 0;
    std::optional<qint64> churn, mrr;
};

// Leads and deals by day (Julian) over a scope, to fold into time buckets.
struct KpiDayFlows
{
    // Leads by creation day: count, reached MQL, reached customer, Σ score (micro-units), scores.
    QMap<qint64, QList<double>> created;
    QMap<qint64, QList<double>> mql;          // by MQL day: MQLs, reached SQL
    QMap<qint64, QList<double>> sal;          // by SAL day: SALs
    QMap<qint64, QList<double>> sql;          // by SQL day: SQLs, reached customer
    QMap<qint64, QList<double>> dealsCreated; // by creation day: deals created
    // By close day: won, lost, Σ won amount, won amounts known, Σ cycle days.
    QMap<qint64, QList<double>> dealsClosed;
    // Running totals by day of (count, known amounts, Σ amount) of deals created, and of deals closed, for
    // open-at-the-end: created by then and not closed by then.
    QMap<qint64, std::array<double, 3>> pipelineIn, pipelineOut;
};

// Money of one group, day and currency (none: imported with none named), summed in micro-units, for converting day
// by day.
struct KpiMoneyDay
{
    qint64 group = 0;
    qint64 day = 0;
    std::optional<QString> currency;
    // MoneyKind's amounts: media cost has three (all, where impressions are known, where clicks are known), the
    // others one.
    QList<std::optional<qint64>> amounts;
};

// A stored channel with the user's word on whether it is paid (none: the name rule decides).
struct ChannelPaidOverride
{
    qint64 id = 0;
    std::optional<bool> paid;
};

// A channel or campaign, by stored id and name.
struct KpiNamedId
{
    qint64 id = 0;
    QString name;
};

// What the KPI engine reads: the aggregate sums of a scope (one aggregate query per kind, never a load of the rows,
// from the roll-ups where they hold the answer), the day flows time buckets fold, the money sums conversion needs, and
// what the engine asks about the workspace (kinds stored, data range, names, paid overrides). It reads; it assembles
// no KPI and converts no money.
class KpiReader
{
public:
    enum class Grouping
    {
        Total,
        Channel,
        Campaign
    };
    enum class MoneyKind
    {
        MediaCost,  // by day of the campaign row
        Expenses,   // by day of the expense
        WonDeals,   // by close day
        OpenDeals,  // open at the end of the period, under its last day
        ActiveMrr,  // customers active at the end, under its last day
    };

    explicit KpiReader(Workspace &workspace) : m_workspace(workspace) {}

    // The sums of every kind for scope, in the stored currencies, keyed by channel group or campaign id when grouped,
    // else under 0; without withFlowKinds, without the kinds time buckets fold from day flows (leads, deals,
    // customers).
    QHash<qint64, KpiSums> sums(const KpiReadScope &scope, Grouping group, bool withFlowKinds) const;
    // The scope's customers (any period), by group (the group's id, or 0).
    QHash<qint64, QList<KpiCustomer>> customers(const KpiReadScope &scope, Grouping group) const;
    // The customer columns of KpiSums for the period from – to (Julian days), counted over customers: exact, and one
    // read serves every group and every time bucket.
    QList<std::optional<double>> customerSums(const QList<KpiCustomer> &customers, qint64 from, qint64 to) const;
    KpiDayFlows dayFlows(const KpiReadScope &scope) const;
    // Calls each with the money of kind by group, day and currency (sums in micro-units of the stored amounts), one
    // sum at a time: a breakdown by campaign has tens of thousands, and a list of them costs more than converting.
    void moneyByDay(const KpiReadScope &scope, Grouping group, MoneyKind kind,
                    const std::function<void(const KpiMoneyDay &)> &each) const;
    // Σ key events (micro-units) by stored channel id; empty when no row had them.
    QHash<qint64, double> keyEventsByChannel(const KpiReadScope &scope) const;
    // The channels (stored, not merged) or campaigns occurring in any kind within scope.
    QList<KpiNamedId> namesInScope(const KpiReadScope &scope, Grouping by) const;

    // Whether leads, deals, customers and surveys were ever imported.
    std::array<bool, 4> kindsStored() const;
    bool hasLeads() const;
    // The first and last day with data of any dated kind; invalid dates when the workspace is empty.
    std::pair<QDate, QDate> dataRange() const;
    QStringList campaignNames() const;
    QList<ChannelPaidOverride> paidOverrides() const;
    // Changes whenever the workspace changed, through this connection or another: what a cache of it compares.
    std::pair<qint64, qint64> changeStamp() const;
    // Records a sum too large to compute in the read snapshot open on the workspace (ReadSnapshot).
    void recordOverflow() const;

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

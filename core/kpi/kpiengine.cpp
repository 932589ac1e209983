#include "kpiengine.h"

#include "channels/channeltaxonomy.h"
#include "csv/decimal.h"
#include "i18n/contexts.h"
#include "kpicatalog.h"
#include "money/currency.h"
#include "money/exchangerates.h"
#include "store/campaignrollup.h"
#include "store/kpireader.h"
#include "store/workspace.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace funnelscope {

using Value = std::optional<double>;

namespace {

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

static_assert(CampaignRollup::ExpressionCount == CampaignSumCount);

} // namespace

KpiReadScope KpiEngine::readScope(const Scope &scope)
{
    KpiReadScope f;
    f.from = scope.from;
    f.to = scope.to;
    f.useRollup = m_useRollup;
    const ChannelTaxonomy::Groups &groups = channelGroups();
    f.allChannels = scope.channels.isEmpty();
    // A channel of the filter is its canonical channel: every stored channel that maps to it.
    for (const QString &name : scope.channels) {
        const QList<qint64> members = groups.idsOf(name);
        f.channelIds.append(members.isEmpty() ? QList<qint64>{-1} : members);
    }
    f.channelMerges = groups.merges();
    f.allCampaigns = scope.campaigns.isEmpty();
    for (const QString &name : scope.campaigns) {
        f.campaignIds.append(m_workspace.findCampaign(name));
    }
    // Paid by the user's word, else by the name rule of kpis.md applied to the canonical channel.
    for (const ChannelPaidOverride &c : m_reader.paidOverrides()) {
        if (c.paid ? *c.paid : Workspace::isPaidChannelName(groups.nameOf(c.id))) {
            f.paidChannelIds.append(c.id);
        }
    }
    f.noneChannel = m_workspace.findChannel(QStringLiteral("(none)"));
    f.noneCampaign = m_workspace.findCampaign(QStringLiteral("(none)"));
    return f;
}

namespace {

KpiReader::Grouping groupingOf(Breakdown by)
{
    return by == Breakdown::Channel    ? KpiReader::Grouping::Channel
           : by == Breakdown::Campaign ? KpiReader::Grouping::Campaign
                                       : KpiReader::Grouping::Total;
}

} // namespace

QHash<qint64, KpiSums> KpiEngine::sums(const Scope &scope, Breakdown group, bool withFlowKinds)
{
    QHash<qint64, KpiSums> out = m_reader.sums(readScope(scope), groupingOf(group), withFlowKinds);
    convertMoney(out, scope, group, withFlowKinds ? AllMoney : (CampaignMoney | ExpenseMoney));
    return out;
}

const ChannelTaxonomy::Groups &KpiEngine::channelGroups()
{
    // Read again whenever the workspace changed.
    const std::pair<qint64, qint64> stamp = m_reader.changeStamp();
    if (!m_channelGroups || stamp != m_channelStamp) {
        m_channelGroups = ChannelTaxonomy::groupsOf(m_workspace);
        m_channelStamp = stamp;
    }
    return *m_channelGroups;
}

std::shared_ptr<const CustomKpiList> KpiEngine::customKpis()
{
    const std::pair<qint64, qint64> stamp = m_reader.changeStamp();
    if (!m_customKpis || stamp != m_customStamp) {
        CustomKpiList list = CustomKpiStore(m_workspace).all();
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
    m_rates = std::make_shared<ExchangeRates>(m_workspace, reporting);
    return true;
}

// Money is converted at each amount's own day: the period's amounts are summed by day and currency, each sum is
// converted and rounded half to even to micro-units, and the converted sums are added exactly. Stocks at the end of
// the period (the open pipeline, MRR) are converted at the period's last day.
void KpiEngine::convertMoney(QHash<qint64, KpiSums> &out, const Scope &scope, Breakdown group, int kinds)
{
    if (!m_rates) {
        return;
    }
    const KpiReadScope read = readScope(scope);
    struct Acc
    {
        qint64 sum = 0;
        bool any = false;
        bool missing = false;
        Value value() const { return missing || !any ? std::nullopt : Value(double(sum)); }
    };
    // The sums of kind by (group, day, currency): the converted sums by group.
    const auto run = [&](KpiReader::MoneyKind kind) {
        QHash<qint64, QList<Acc>> sums;
        bool exact = true;
        m_reader.moneyByDay(read, groupingOf(group), kind, [&](const KpiMoneyDay &m) {
            QList<Acc> &accs = sums[m.group];
            accs.resize(m.amounts.size());
            const QString code = m.currency.value_or(currency::Unknown);
            for (qsizetype i = 0; i < m.amounts.size(); ++i) {
                const std::optional<qint64> micros = m.amounts.at(i);
                if (!micros) {
                    continue;
                }
                const std::optional<qint64> converted = m_rates->convert(*micros, code, m.day);
                if (!converted) {
                    accs[i].missing = true;
                    m_missingRates[code].insert(m.day);
                    continue;
                }
                exact &= addExact(accs[i].sum, *converted);
                accs[i].any = true;
            }
        });
        if (!exact) {
            m_reader.recordOverflow();
        }
        return sums;
    };
    if (kinds & CampaignMoney) {
        const auto sums = run(KpiReader::MoneyKind::MediaCost);
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            KpiSums &s = out[it.key()];
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
        const auto sums = run(KpiReader::MoneyKind::Expenses);
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            KpiSums &s = out[it.key()];
            s.expenses = {it.value().at(0).value()};
            s.expensesMissing = it.value().at(0).missing;
        }
    }
    if (kinds & DealMoney) {
        const auto won = run(KpiReader::MoneyKind::WonDeals);
        const auto open = run(KpiReader::MoneyKind::OpenDeals);
        for (auto it = out.begin(); it != out.end(); ++it) {
            if (it.value().deals.size() >= 8) {
                it.value().deals[3] = won.contains(it.key()) ? won.value(it.key()).at(0).value() : std::nullopt;
                it.value().deals[6] = open.contains(it.key()) ? open.value(it.key()).at(0).value() : std::nullopt;
            }
        }
    }
    if (kinds & CustomerMoney) {
        const auto mrr = run(KpiReader::MoneyKind::ActiveMrr);
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
    return m_reader.kindsStored();
}

KpiValues KpiEngine::assemble(const KpiSums &s, const Scope &scope, const std::array<bool, 4> &kinds)
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
    return m_reader.hasLeads() ? QStringLiteral("crm") : QStringLiteral("platform");
}

std::pair<QDate, QDate> KpiEngine::dataRange()
{
    return m_reader.dataRange();
}

namespace {

// Code-point order: UTF-8 bytes compare in code-point order, UTF-16 units do not.
void sortByCodePoint(QStringList &names)
{
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
}

} // namespace

QStringList KpiEngine::allNames(Breakdown by)
{
    if (by == Breakdown::Channel) {
        return channelGroups().names();
    }
    QStringList names = m_reader.campaignNames();
    sortByCodePoint(names);
    return names;
}

QHash<QString, double> KpiEngine::keyEventsByChannel(const Scope &scope)
{
    // Summed in micro-units by canonical channel, then converted.
    const QHash<qint64, double> byId = m_reader.keyEventsByChannel(readScope(scope));
    QHash<QString, double> micros;
    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        micros[channelGroups().nameOf(it.key())] += it.value();
    }
    QHash<QString, double> out;
    for (auto it = micros.cbegin(); it != micros.cend(); ++it) {
        out.insert(it.key(), *conversions(it.value()));
    }
    return out;
}

QStringList KpiEngine::namesInScope(const Scope &scope, Breakdown by)
{
    const bool channels = by == Breakdown::Channel;
    QStringList names;
    QSet<QString> seen;
    for (const KpiNamedId &n : m_reader.namesInScope(readScope(scope), groupingOf(by))) {
        // Channels by their canonical channel, once each.
        const QString name = channels ? channelGroups().nameOf(n.id) : n.name;
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    sortByCodePoint(names);
    return names;
}

// Leads by the day of each of their events, and deals by the day they were created and closed, with the running
// totals the open pipeline needs: every column of the leads and deals queries, folded for any days.
struct KpiEngine::DayFlows
{
    KpiDayFlows days;
    // Every customer of the scope's channels and campaigns (a few thousand): each bucket counts them in memory.
    QList<KpiCustomer> customerList;
    const KpiReader *reader = nullptr; // counts the customers (and reports a total too large to compute)

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
        const QList<double> c = total(days.created, from, to, 5);
        const QList<double> m = total(days.mql, from, to, 2); // MQLs, reached SQL
        const QList<double> a = total(days.sal, from, to, 1);
        const QList<double> q = total(days.sql, from, to, 2); // SQLs, reached customer
        return {
            c[0], m[0], a[0], q[0], c[1], c[2], m[1], q[1], c[4] > 0 ? Value(c[3] / 1000000.0 / c[4]) : std::nullopt};
    }

    QList<Value> customers(const QDate &fromDate, const QDate &toDate) const
    {
        return reader->customerSums(customerList, fromDate.toJulianDay(), toDate.toJulianDay());
    }

    QList<Value> deals(const QDate &fromDate, const QDate &toDate) const
    {
        const qint64 from = fromDate.toJulianDay();
        const qint64 to = toDate.toJulianDay();
        const QList<double> c = total(days.dealsCreated, from, to, 1);
        // won, lost, Σ won amount, won amounts known, Σ cycle days
        const QList<double> w = total(days.dealsClosed, from, to, 5);
        const auto in = upTo(days.pipelineIn, to);
        const auto out = upTo(days.pipelineOut, to);
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
        const QHash<qint64, KpiSums> current = sums(scope, by);
        QHash<qint64, KpiSums> before;
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
        KpiSums s = sums(bucket, Breakdown::None, false).value(0);
        s.leads = flows.leads(bucket.from, bucket.to);
        s.deals = flows.deals(bucket.from, bucket.to);
        s.customers = flows.customers(bucket.from, bucket.to);
        if (m_rates) {
            QHash<qint64, KpiSums> one{{0, s}};
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
    const KpiReadScope read = readScope(scope);
    DayFlows flows;
    flows.days = m_reader.dayFlows(read);
    flows.customerList = m_reader.customers(read, KpiReader::Grouping::Total).value(0);
    flows.reader = &m_reader;
    return flows;
}

} // namespace funnelscope

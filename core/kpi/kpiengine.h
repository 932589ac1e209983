#pragma once

#include "channels/channeltaxonomy.h"
#include "kpivalues.h"
#include "scope.h"
#include "store/kpireader.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <array>
#include <memory>

namespace funnelscope {

class Workspace;

// Computes the catalog's KPIs for a scope, exactly as kpis.md defines them, from the aggregate sums KpiReader reads
// (one aggregate query per kind, never a load of the rows): it assembles the KPIs, converts money into the reporting
// currency and evaluates the custom KPIs. Money is summed in integer micro-units, so totals are exact. It holds no SQL.
class KpiEngine
{
public:
    explicit KpiEngine(Workspace &workspace) : m_workspace(workspace), m_reader(workspace) {}

    KpiValues compute(const Scope &scope);
    // The currency money KPIs come out in (docs/currencies.md): code, or empty for the workspace's currency, else the
    // one currency every stored amount is in.
    void setReportingCurrency(const QString &code) { m_requestedCurrency = code.trimmed().toUpper(); }
    const QString &requestedCurrency() const { return m_requestedCurrency; }
    // The currency of the money KPIs computed: the requested one, the workspace's, or the one every stored amount is
    // in; empty when amounts are in several currencies and none was chosen (every money KPI is then unknown).
    QString reportingCurrency();
    // The currencies stored amounts are in, when no reporting currency could be chosen among several.
    QStringList unchosenCurrencies();
    // The days (Julian) of each currency whose amounts could not be converted for lack of a rate, over every
    // computation since the last clearMissingRates(): the money KPIs that needed them are unknown.
    const QMap<QString, QSet<qint64>> &missingRates() const { return m_missingRates; }
    void clearMissingRates() { m_missingRates.clear(); }
    // What a reader must be told about the money KPIs computed so far, one sentence each: amounts in several
    // currencies with none chosen, and each currency's days without a rate. Empty when every amount was converted.
    QStringList currencyNotes();
    Workspace &workspace() const { return m_workspace; }
    // Whole months from the monthly roll-up (the default), or every day from the rows (the plain computation the
    // roll-up is tested against).
    void setUseRollup(bool use) { m_useRollup = use; }

    struct Row
    {
        QString key;
        Scope scope;
        KpiValues values;
        Scope previousScope;
        std::optional<KpiValues> previous;
    };
    // One row per time bucket, or per channel or campaign name occurring in the scope (sorted by code point).
    QList<Row> breakdown(const Scope &scope, Breakdown by, Comparison comparison);
    // "crm" when any CRM lead is stored, else "platform": where the leads KPI comes from.
    QString leadsSource();
    // The first and last day with data of any dated kind, or an invalid pair when the workspace is empty.
    std::pair<QDate, QDate> dataRange();
    // Channel names are canonical channels (ChannelTaxonomy): filters, breakdowns and name lists see the stored
    // channels that map to one as one channel.
    // Every channel or campaign name the workspace has seen (for filter lists), sorted by code point.
    QStringList allNames(Breakdown by);
    // The channel or campaign names that occur in any kind within scope.
    QStringList namesInScope(const Scope &scope, Breakdown by);
    // Σ key events (analytics conversions) of the scope by channel name; empty when no file had them.
    QHash<QString, double> keyEventsByChannel(const Scope &scope);
    // The workspace's stored channels grouped by canonical channel (read again after any change to the workspace).
    const ChannelTaxonomy::Groups &channelGroups();
    // The workspace's custom KPIs (CustomKpiStore), read again after any change to the workspace; every compute()
    // and breakdown() evaluates them after the catalog, from the values already computed.
    std::shared_ptr<const CustomKpiList> customKpis();

private:
    struct DayFlows;
    // The scope in stored ids, as the reader filters by them.
    KpiReadScope readScope(const Scope &scope);
    // The aggregate sums of every kind for scope, keyed by channel or campaign id when grouped, else under 0;
    // without the kinds the time buckets fold from day flows (leads, deals, customers) unless withFlowKinds.
    QHash<qint64, KpiSums> sums(const Scope &scope, Breakdown group, bool withFlowKinds = true);
    // Leads, deals and customers by day over scope, to fold into time buckets.
    DayFlows dayFlows(const Scope &scope);
    // Whether leads, deals, customers and surveys were ever imported.
    std::array<bool, 4> kindsStored();
    KpiValues assemble(const KpiSums &sums, const Scope &scope, const std::array<bool, 4> &kinds);
    // Whether amounts need converting into the reporting currency (some are in another, or no currency was chosen
    // among several); prepares the rates when they do.
    bool prepareConversion();
    enum MoneyKinds
    {
        CampaignMoney = 1,
        DealMoney = 2,
        CustomerMoney = 4,
        ExpenseMoney = 8,
        AllMoney = 15
    };
    // Replaces the money sums of kinds with the amounts converted day by day into the reporting currency.
    void convertMoney(QHash<qint64, KpiSums> &sums, const Scope &scope, Breakdown group, int kinds);

    Workspace &m_workspace;
    KpiReader m_reader;
    bool m_useRollup = true;
    QString m_requestedCurrency;
    QMap<QString, QSet<qint64>> m_missingRates;
    std::shared_ptr<class ExchangeRates> m_rates; // set while amounts need converting
    std::optional<ChannelTaxonomy::Groups> m_channelGroups;
    std::pair<qint64, qint64> m_channelStamp{-1, -1};
    std::shared_ptr<const CustomKpiList> m_customKpis;
    std::pair<qint64, qint64> m_customStamp{-1, -1};
};

} // namespace funnelscope

#include "attribution.h"

#include "channels/channeltaxonomy.h"
#include "csv/decimal.h"
#include "i18n/contexts.h"
#include "kpi/kpiengine.h"
#include "money/exchangerates.h"
#include "store/attributionreader.h"
#include "store/readsnapshot.h"
#include "store/workspace.h"

#include <QHash>

#include <cmath>
#include <numeric>

namespace funnelscope {

QString Attribution::modelName(AttributionModel model)
{
    switch (model) {
    case AttributionModel::FirstTouch:
        return QStringLiteral("first");
    case AttributionModel::LastTouch:
        return QStringLiteral("last");
    case AttributionModel::Linear:
        return QStringLiteral("linear");
    case AttributionModel::TimeDecay:
        return QStringLiteral("time-decay");
    case AttributionModel::PositionBased:
        return QStringLiteral("position");
    }
    return {};
}

QList<AttributionModel> Attribution::allModels()
{
    return {AttributionModel::FirstTouch, AttributionModel::LastTouch, AttributionModel::Linear,
            AttributionModel::TimeDecay, AttributionModel::PositionBased};
}

std::optional<AttributionModel> Attribution::modelFromName(QStringView name)
{
    for (AttributionModel m : allModels()) {
        if (modelName(m) == name) {
            return m;
        }
    }
    return std::nullopt;
}

QList<double> Attribution::weights(AttributionModel model, const QList<qint64> &touchDays, qint64 conversionDay,
                                   double halfLifeDays)
{
    const qsizetype n = touchDays.size();
    QList<double> w(n, 0.0);
    if (n == 0) {
        return w;
    }
    switch (model) {
    case AttributionModel::FirstTouch:
        w[0] = 1;
        break;
    case AttributionModel::LastTouch:
        w[n - 1] = 1;
        break;
    case AttributionModel::Linear:
        w.fill(1.0 / double(n));
        break;
    case AttributionModel::TimeDecay: {
        // Each touch weighs 2^(−days before the conversion ÷ half-life), normalised to one.
        double total = 0;
        for (qsizetype i = 0; i < n; ++i) {
            w[i] = std::exp2(-double(conversionDay - touchDays.at(i)) / halfLifeDays);
            total += w[i];
        }
        for (double &x : w) {
            x /= total;
        }
        break;
    }
    case AttributionModel::PositionBased:
        // 40% first, 40% last, 20% across the middle; two touches split evenly, one takes all.
        if (n == 1) {
            w[0] = 1;
        } else if (n == 2) {
            w[0] = w[1] = 0.5;
        } else {
            w[0] = w[n - 1] = 0.4;
            for (qsizetype i = 1; i < n - 1; ++i) {
                w[i] = 0.2 / double(n - 2);
            }
        }
        break;
    }
    return w;
}

QList<qint64> Attribution::splitCents(qint64 cents, const QList<double> &weights)
{
    QList<qint64> parts(weights.size(), 0);
    if (weights.isEmpty()) {
        return parts;
    }
    QList<std::pair<double, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const double exact = double(cents) * weights.at(i);
        parts[i] = qint64(std::floor(exact));
        given += parts[i];
        remainders.append({exact - double(parts[i]), i});
    }
    // Largest remainders first; earlier touches win ties.
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < cents; ++k, ++given) {
        ++parts[remainders.at(k % remainders.size()).second];
    }
    return parts;
}

namespace {

struct Touch
{
    qint64 day;
    qint64 group; // channel or campaign id
};

} // namespace

Attribution::Result Attribution::compute(const QDate &from, const QDate &to, AttributionModel model, Breakdown by,
                                         double halfLifeDays) const
{
    const bool byCampaign = by == Breakdown::Campaign;
    const qint64 first = from.toJulianDay();
    const qint64 last = to.toJulianDay();
    const AttributionReader reader(m_workspace, byCampaign);

    // Every touchpoint of the leads that convert in the period, in order.
    QHash<QString, QList<Touch>> touches;
    for (const AttributionTouch &t : reader.touches(first, last)) {
        touches[t.leadId].append({t.day, t.group});
    }

    Result result;
    QHash<qint64, Row> credit;
    // One conversion: its lead's touches up to the day, or its own channel or campaign.
    bool exact = true; // every revenue total fits 64 bits
    const auto distribute = [&](const QString &leadId, qint64 day, qint64 ownGroup, double Row::*count,
                                std::optional<qint64> revenueCents) {
        QList<qint64> days;
        QList<qint64> groups;
        for (const Touch &t : touches.value(leadId)) {
            if (t.day <= day) {
                days.append(t.day);
                groups.append(t.group);
            }
        }
        if (days.isEmpty()) {
            days = {day};
            groups = {ownGroup};
        }
        const QList<double> w = weights(model, days, day, halfLifeDays);
        if (count) {
            for (qsizetype i = 0; i < w.size(); ++i) {
                if (w.at(i) > 0) {
                    credit[groups.at(i)].*count += w.at(i);
                }
            }
        }
        if (revenueCents) {
            const QList<qint64> parts = splitCents(*revenueCents, w);
            for (qsizetype i = 0; i < parts.size(); ++i) {
                if (parts.at(i) > 0) {
                    exact &= addExact(credit[groups.at(i)].revenueMicros, parts.at(i) * 10'000);
                }
            }
        }
    };

    for (const AttributionLead &lead : reader.leads(first, last)) {
        if (lead.created >= first && lead.created <= last) {
            distribute(lead.leadId, lead.created, lead.group, &Row::leads, std::nullopt);
            ++result.leads;
        }
        if (lead.customerDay && *lead.customerDay >= first && *lead.customerDay <= last) {
            distribute(lead.leadId, *lead.customerDay, lead.group, &Row::customers, std::nullopt);
            ++result.customers;
        }
    }
    QMap<QString, QSet<qint64>> missing; // days of won deals without a rate, by currency
    {
        // Revenue in whole cents: amounts are micro-units, rounded half away from zero to the cent.
        // Amounts in another currency than the reporting one are converted at their close day's rate first.
        KpiEngine engine(m_workspace);
        result.currency = engine.reportingCurrency();
        ExchangeRates rates(m_workspace, result.currency);
        for (const AttributionDeal &deal : reader.wonDeals(first, last)) {
            const std::optional<qint64> micros = rates.convert(deal.amountMicros, deal.currency, deal.closed);
            if (!micros) {
                missing[deal.currency].insert(deal.closed);
                continue;
            }
            const qint64 cents = (*micros + 5000) / 10000;
            distribute(deal.leadId, deal.closed, deal.group, nullptr, cents);
            exact &= addExact(result.revenueMicros, cents * 10'000);
        }
    }
    if (!exact) {
        ReadSnapshot::recordFailure(m_workspace.handle(), QStringLiteral("integer overflow"));
    }
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        result.revenueNotes.append(
            CurrencyText::tr("revenue is unknown: won deals in %1 on %2 day(s) have no exchange rate into %3")
                .arg(it.key())
                .arg(it.value().size())
                .arg(result.currency.isEmpty() ? CurrencyText::tr("a reporting currency (pass --currency)")
                                               : result.currency));
    }

    const QHash<qint64, QString> names = reader.names();
    // Channels by their canonical channel (ChannelTaxonomy): the credit of stored channels that map to one adds up.
    const std::optional<ChannelTaxonomy::Groups> groups =
        byCampaign ? std::nullopt : std::optional(ChannelTaxonomy::groupsOf(m_workspace));
    QHash<QString, qsizetype> rowOf;
    for (auto it = credit.begin(); it != credit.end(); ++it) {
        Row row = it.value();
        const auto name = names.constFind(it.key());
        row.key = name != names.constEnd() ? (groups ? groups->nameOf(it.key()) : *name) : QStringLiteral("(none)");
        if (const auto at = rowOf.constFind(row.key); at != rowOf.constEnd()) {
            Row &merged = result.rows[*at];
            merged.leads += row.leads;
            merged.customers += row.customers;
            exact &= addExact(merged.revenueMicros, row.revenueMicros);
            continue;
        }
        rowOf.insert(row.key, result.rows.size());
        result.rows.append(row);
    }
    if (!exact) {
        ReadSnapshot::recordFailure(m_workspace.handle(), QStringLiteral("integer overflow"));
    }
    std::sort(result.rows.begin(), result.rows.end(),
              [](const Row &a, const Row &b) { return a.key.toUtf8() < b.key.toUtf8(); });
    return result;
}

} // namespace funnelscope

#include "attribution.h"

#include "channels/channeltaxonomy.h"
#include "csv/decimal.h"
#include "i18n/contexts.h"
#include "kpi/kpiengine.h"
#include "money/exchangerates.h"
#include "store/readsnapshot.h"
#include "store/sqlitestatement.h"
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
    sqlite3 *db = m_workspace.handle();
    const bool byCampaign = by == Breakdown::Campaign;
    const qint64 first = from.toJulianDay();
    const qint64 last = to.toJulianDay();
    const auto bindPeriod = [&](SqliteStatement &q) {
        q.bind(1, first);
        q.bind(2, last);
    };

    // Every touchpoint of the leads that convert in the period, in order.
    QHash<QString, QList<Touch>> touches;
    {
        SqliteStatement q(db, QStringLiteral("SELECT t.lead_id, t.day, t.%1 FROM touchpoints t WHERE t.lead_id IN ("
                                             "SELECT lead_id FROM leads WHERE created BETWEEN ?1 AND ?2 OR customer_day"
                                             " BETWEEN ?1 AND ?2 UNION SELECT lead_id FROM deals WHERE status = 'won'"
                                             " AND closed BETWEEN ?1 AND ?2 AND lead_id IS NOT NULL)"
                                             " ORDER BY t.lead_id, t.day, t.timestamp, t.id")
                                  .arg(byCampaign ? u"campaign_id" : u"channel_id"));
        bindPeriod(q);
        while (q.step()) {
            touches[q.text(0)].append({q.integer(1), q.integer(2)});
        }
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

    const QString column = byCampaign ? QStringLiteral("campaign_id") : QStringLiteral("channel_id");
    {
        SqliteStatement q(db,
                          QStringLiteral("SELECT lead_id, created, customer_day, %1 FROM leads WHERE created BETWEEN"
                                         " ?1 AND ?2 OR customer_day BETWEEN ?1 AND ?2")
                              .arg(column));
        bindPeriod(q);
        while (q.step()) {
            const QString id = q.text(0);
            if (const qint64 created = q.integer(1); created >= first && created <= last) {
                distribute(id, created, q.integer(3), &Row::leads, std::nullopt);
                ++result.leads;
            }
            if (const std::optional<qint64> customer = q.optionalInteger(2);
                customer && *customer >= first && *customer <= last) {
                distribute(id, *customer, q.integer(3), &Row::customers, std::nullopt);
                ++result.customers;
            }
        }
    }
    QMap<QString, QSet<qint64>> missing; // days of won deals without a rate, by currency
    {
        // Revenue in whole cents: amounts are micro-units, rounded half away from zero to the cent.
        // Amounts in another currency than the reporting one are converted at their close day's rate first.
        KpiEngine engine(m_workspace);
        result.currency = engine.reportingCurrency();
        ExchangeRates rates(db, result.currency);
        SqliteStatement q(db, QStringLiteral("SELECT coalesce(lead_id, ''), closed, amount,"
                                             " coalesce(linked_%1, (SELECT id FROM %2 WHERE name = '(none)')),"
                                             " coalesce(currency, 'XXX') FROM deals WHERE status = 'won' AND closed"
                                             " BETWEEN ?1 AND ?2 AND amount IS NOT NULL")
                                  .arg(column, byCampaign ? u"campaigns" : u"channels"));
        bindPeriod(q);
        while (q.step()) {
            const std::optional<qint64> micros = rates.convert(q.integer(2), q.text(4), q.integer(1));
            if (!micros) {
                missing[q.text(4)].insert(q.integer(1));
                continue;
            }
            const qint64 cents = (*micros + 5000) / 10000;
            distribute(q.text(0), q.integer(1), q.integer(3), nullptr, cents);
            exact &= addExact(result.revenueMicros, cents * 10'000);
        }
    }
    if (!exact) {
        ReadSnapshot::recordFailure(db, QStringLiteral("integer overflow"));
    }
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        result.revenueNotes.append(
            CurrencyText::tr("revenue is unknown: won deals in %1 on %2 day(s) have no exchange rate into %3")
                .arg(it.key())
                .arg(it.value().size())
                .arg(result.currency.isEmpty() ? CurrencyText::tr("a reporting currency (pass --currency)")
                                               : result.currency));
    }

    const QString table = byCampaign ? QStringLiteral("campaigns") : QStringLiteral("channels");
    SqliteStatement names(db, QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table));
    // Channels by their canonical channel (ChannelTaxonomy): the credit of stored channels that map to one adds up.
    const std::optional<ChannelTaxonomy::Groups> groups =
        byCampaign ? std::nullopt : std::optional(ChannelTaxonomy::groupsOf(m_workspace));
    QHash<QString, qsizetype> rowOf;
    for (auto it = credit.begin(); it != credit.end(); ++it) {
        names.bind(1, it.key());
        Row row = it.value();
        row.key = names.step() ? (groups ? groups->nameOf(it.key()) : names.text(0)) : QStringLiteral("(none)");
        names.reset();
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
        ReadSnapshot::recordFailure(db, QStringLiteral("integer overflow"));
    }
    std::sort(result.rows.begin(), result.rows.end(),
              [](const Row &a, const Row &b) { return a.key.toUtf8() < b.key.toUtf8(); });
    return result;
}

} // namespace funnelscope

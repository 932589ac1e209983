#include "exchangerates.h"

#include "store/ratestore.h"

#include <algorithm>
#include <cmath>

namespace funnelscope {

ExchangeRates::ExchangeRates(Workspace &workspace, const QString &reporting)
    : m_rates(std::make_shared<RateStore>(workspace)), m_reporting(reporting)
{
}

const ExchangeRates::Legs &ExchangeRates::legsOf(const QString &code)
{
    auto it = m_legs.find(code);
    if (it != m_legs.end()) {
        return it.value();
    }
    Legs legs;
    for (const PublishedRate &r : m_rates->ratesOf(code)) {
        if (r.base == code) {
            legs[r.quote].push_back({r.day, r.rate, false});
        } else {
            legs[r.base].push_back({r.day, r.rate, true});
        }
    }
    for (Series &s : legs) {
        // A day with a rate each way keeps the pair's own direction first.
        std::stable_sort(s.begin(), s.end(), [](const Rate &a, const Rate &b) {
            return a.day != b.day ? a.day < b.day : (!a.inverted && b.inverted);
        });
    }
    return m_legs.insert(code, legs).value();
}

std::optional<ExchangeRates::Fraction> ExchangeRates::at(const Series &series, qint64 day)
{
    // The latest rate on or before day, if it is at most MaxAgeDays old.
    auto it = std::upper_bound(series.begin(), series.end(), day, [](qint64 d, const Rate &r) { return d < r.day; });
    if (it == series.begin()) {
        return std::nullopt;
    }
    --it;
    while (it != series.begin() && std::prev(it)->day == it->day) {
        --it; // the pair's own direction, sorted first
    }
    if (day - it->day > MaxAgeDays) {
        return std::nullopt;
    }
    const long double r = it->rate;
    return it->inverted ? Fraction{1.0L, r} : Fraction{r, 1.0L};
}

std::optional<ExchangeRates::Fraction> ExchangeRates::factor(const QString &from, qint64 day)
{
    if (from == m_reporting) {
        return Fraction{1.0L, 1.0L};
    }
    if (m_reporting.isEmpty()) {
        return std::nullopt;
    }
    auto &cache = m_cache[from];
    if (auto it = cache.constFind(day); it != cache.constEnd()) {
        return it.value();
    }
    const Legs &fromLegs = legsOf(from);
    std::optional<Fraction> result;
    if (auto direct = fromLegs.constFind(m_reporting); direct != fromLegs.constEnd()) {
        result = at(direct.value(), day);
    }
    if (!result) {
        const Legs &toLegs = legsOf(m_reporting);
        QStringList via = fromLegs.keys();
        via.removeAll(m_reporting);
        std::stable_sort(via.begin(), via.end(), [](const QString &a, const QString &b) {
            return (a == u"EUR") != (b == u"EUR") ? a == u"EUR" : a < b;
        });
        for (const QString &x : via) {
            auto second = toLegs.constFind(x); // 1 reporting = r x
            if (second == toLegs.constEnd()) {
                continue;
            }
            const std::optional<Fraction> a = at(fromLegs.value(x), day); // 1 from = a x
            const std::optional<Fraction> b = at(second.value(), day);    // 1 reporting = b x
            if (a && b) {
                result = Fraction{a->first * b->second, a->second * b->first};
                break;
            }
        }
    }
    cache.insert(day, result);
    return result;
}

std::optional<qint64> ExchangeRates::convert(qint64 micros, const QString &from, qint64 day)
{
    if (from == m_reporting) {
        return micros;
    }
    const std::optional<Fraction> f = factor(from, day);
    if (!f) {
        return std::nullopt;
    }
    // Half to even, in the default rounding mode; long double keeps every digit of a micro-unit sum.
    const long double v = std::nearbyintl(static_cast<long double>(micros) * f->first / f->second);
    if (!(std::fabs(v) < 9.0e18L)) {
        return std::nullopt;
    }
    return static_cast<qint64>(v);
}

} // namespace funnelscope

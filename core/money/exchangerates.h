#pragma once

#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace funnelscope {

class RateStore;
class Workspace;

// The workspace's exchange rates into one reporting currency (docs/currencies.md): a day without a rate takes the
// latest earlier one within MaxAgeDays; a pair without a rate of its own goes through a common currency (the euro
// first, then any other in code order), each leg with its own latest rate.
class ExchangeRates
{
public:
    static constexpr qint64 MaxAgeDays = 7;

    ExchangeRates(Workspace &workspace, const QString &reporting);

    const QString &reporting() const { return m_reporting; }
    // What 1 unit of from is worth in the reporting currency on day (Julian), as a fraction (numerator,
    // denominator) of the published rates, or nothing when no rate is known: an amount × numerator ÷ denominator,
    // so that 100 PLN at 4.3 PLN per euro is 100 ÷ 4.3 exactly as a person computes it.
    using Fraction = std::pair<long double, long double>;
    std::optional<Fraction> factor(const QString &from, qint64 day);
    // micros (in from) in the reporting currency's micro-units, rounded half to even; nothing without a rate.
    std::optional<qint64> convert(qint64 micros, const QString &from, qint64 day);

private:
    struct Rate
    {
        qint64 day;
        double rate;
        bool inverted; // 1 currency = 1 ÷ rate other
    };
    using Series = std::vector<Rate>;   // sorted by day
    using Legs = QMap<QString, Series>; // 1 currency = rate other, by the other currency
    const Legs &legsOf(const QString &code);
    static std::optional<Fraction> at(const Series &series, qint64 day);

    std::shared_ptr<RateStore> m_rates;
    QString m_reporting;
    QHash<QString, Legs> m_legs;
    QHash<QString, QHash<qint64, std::optional<Fraction>>> m_cache;
};

} // namespace funnelscope

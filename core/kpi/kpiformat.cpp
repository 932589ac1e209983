#include "kpiformat.h"

#include "kpicatalog.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace funnelscope {

KpiFormat::KpiFormat(const QLocale &locale, const QString &currency) : m_locale(locale), m_currency(currency)
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QString KpiFormat::value(int kpiIndex, std::optional<double> v) const
{
    if (!v || !std::isfinite(*v)) {
        return QStringLiteral("—");
    }
    switch (KpiCatalog::at(kpiIndex).unit) {
    case KpiUnit::Count:
        return m_locale.toString(*v, 'f', 0);
    case KpiUnit::Ratio: {
        const double percent = *v * 100;
        const int decimals = percent == 0 || std::fabs(percent) >= 100 ? 0 : std::fabs(percent) < 1 ? 2 : 1;
        return this->percent(m_locale.toString(percent, 'f', decimals));
    }
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay: {
        const int decimals = std::fabs(*v) >= 10000 ? 0 : 2;
        const QString amount = m_locale.toString(*v, 'f', decimals);
        if (m_currency.isEmpty()) {
            return amount;
        }
        // The locale's own currency with its symbol (12 345,00 zł); any other with its code (12,345.00 PLN).
        if (m_locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency) {
            return m_locale.toCurrencyString(*v, m_locale.currencySymbol(), decimals);
        }
        return amount + QChar(0x00A0) + m_currency;
    }
    case KpiUnit::Seconds:
        return QCoreApplication::translate("Kpi", "%1 s").arg(m_locale.toString(*v, 'f', 0));
    case KpiUnit::Days:
        return QCoreApplication::translate("Kpi", "%1 d").arg(m_locale.toString(*v, 'f', 1));
    case KpiUnit::Score:
        return m_locale.toString(*v, 'f', 1);
    case KpiUnit::Number:
        return m_locale.toString(*v, 'f', 2);
    }
    return m_locale.toString(*v);
}

QString KpiFormat::change(std::optional<double> change) const
{
    if (!change || !std::isfinite(*change)) {
        return QStringLiteral("—");
    }
    const double percent = *change * 100;
    const QString digits = m_locale.toString(std::fabs(percent), 'f', std::fabs(percent) >= 100 ? 0 : 1);
    return (percent > 0 ? QStringLiteral("+") : percent < 0 ? QStringLiteral("−") : QString()) + this->percent(digits);
}

QString KpiFormat::percent(const QString &digits) const
{
    return m_locale.language() == QLocale::Turkish ? m_locale.percent() + digits : digits + m_locale.percent();
}

QString KpiFormat::date(const QDate &date) const
{
    return m_locale.toString(date, QLocale::ShortFormat);
}

QString KpiFormat::date(const QString &isoDay) const
{
    return date(QDate::fromString(isoDay, Qt::ISODate));
}

} // namespace funnelscope

#include "kpiformat.h"

#include "i18n/language.h"
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
        return number(*v, 0);
    case KpiUnit::Ratio: {
        const double percent = *v * 100;
        const int decimals = percent == 0 || std::fabs(percent) >= 100 ? 0 : std::fabs(percent) < 1 ? 2 : 1;
        return this->percent(number(percent, decimals));
    }
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay: {
        const int decimals = std::fabs(*v) >= 10000 ? 0 : 2;
        const QString amount = number(*v, decimals);
        if (m_currency.isEmpty()) {
            return amount;
        }
        // The locale's own currency with its symbol (12 345,00 zł); any other with its code (12,345.00 PLN).
        if (m_locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency) {
            return regrouped(m_locale.toCurrencyString(*v, m_locale.currencySymbol(), decimals));
        }
        return amount + QChar(0x00A0) + m_currency;
    }
    case KpiUnit::Seconds:
        return QCoreApplication::translate("Kpi", "%1 s").arg(number(*v, 0));
    case KpiUnit::Days:
        return QCoreApplication::translate("Kpi", "%1 d").arg(number(*v, 1));
    case KpiUnit::Score:
        return number(*v, 1);
    case KpiUnit::Number:
        return number(*v, 2);
    }
    return regrouped(m_locale.toString(*v));
}

QString KpiFormat::change(std::optional<double> change) const
{
    if (!change || !std::isfinite(*change)) {
        return QStringLiteral("—");
    }
    const double percent = *change * 100;
    const QString digits = number(std::fabs(percent), std::fabs(percent) >= 100 ? 0 : 1);
    return (percent > 0 ? QStringLiteral("+") : percent < 0 ? QStringLiteral("−") : QString()) + this->percent(digits);
}

QString KpiFormat::number(double v, int decimals) const
{
    return regrouped(m_locale.toString(v, 'f', decimals));
}

QString KpiFormat::number(qint64 v) const
{
    return regrouped(m_locale.toString(v));
}

QString KpiFormat::regrouped(const QString &text) const
{
    // Qt 6.4 groups only the last three digits where a locale groups from five digits on (Polish, Spanish): "1659 689".
    // Where it grouped the integer part at all, every group of three gets its separator.
    const QString group = m_locale.groupSeparator();
    if (group.isEmpty()) {
        return text;
    }
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isDigit()) {
        ++start;
    }
    // The digits and the separators between them (not the space before a currency sign).
    qsizetype end = start;
    bool grouped = false;
    while (end < text.size()) {
        if (text.at(end).isDigit()) {
            ++end;
        } else if (QStringView(text).mid(end).startsWith(group) && end + group.size() < text.size() &&
                   text.at(end + group.size()).isDigit()) {
            end += group.size();
            grouped = true;
        } else {
            break;
        }
    }
    if (!grouped) {
        return text;
    }
    QString digits = text.mid(start, end - start);
    digits.remove(group);
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += group;
        }
        out += digits.at(i);
    }
    return text.left(start) + out + text.mid(end);
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

QString KpiFormat::mediumDate(const QDate &date) const
{
    return Language::mediumDate(date, m_locale);
}

QString KpiFormat::mediumDate(const QString &isoDay) const
{
    return mediumDate(QDate::fromString(isoDay, Qt::ISODate));
}

} // namespace funnelscope

#include "kpiformat.h"

#include "i18n/language.h"
#include "kpicatalog.h"
#include "money/currency.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
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
    case KpiUnit::MoneyPerDay:
        return money(*v, m_currency, moneyDecimals(*v, m_currency));
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

namespace {

// The locale's positive currency pattern split around the number: {"$", ""} in en_US, {"", " zł"} in Polish, with the
// symbol in place. CLDR's currency spacing: a symbol ending (or starting) in a letter next to the digits gets a
// no-break space ("PLN 1,234.50"), one ending in a sign does not ("US$1,234.50"). Qt 6.4 does not apply it.
std::pair<QString, QString> currencyAffixes(const QLocale &locale, const QString &symbol)
{
    const QLocale placing = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    const QString marker(QChar(0xFFFC));
    const QString pattern = placing.toCurrencyString(0.0, marker, 0);
    const qsizetype zero = pattern.indexOf(placing.zeroDigit());
    if (zero < 0) {
        return {{}, QChar(0x00A0) + symbol};
    }
    QString prefix = pattern.left(zero);
    QString suffix = pattern.mid(zero + placing.zeroDigit().size());
    const auto isSign = [](QChar c) {
        return c.category() >= QChar::Symbol_Math && c.category() <= QChar::Symbol_Other;
    };
    if (prefix.endsWith(marker) && !symbol.isEmpty() && !isSign(symbol.back())) {
        prefix.append(QChar(0x00A0));
    }
    if (suffix.startsWith(marker) && !symbol.isEmpty() && !isSign(symbol.front())) {
        suffix.prepend(QChar(0x00A0));
    }
    return {prefix.replace(marker, symbol), suffix.replace(marker, symbol)};
}

} // namespace

int KpiFormat::moneyDecimals(double amount, const QString &code)
{
    return std::fabs(amount) >= 10000 ? 0 : currency::minorUnits(code);
}

QString KpiFormat::money(double amount, const QString &code, int decimals) const
{
    decimals = std::min(decimals, currency::minorUnits(code));
    if (code.isEmpty()) {
        return number(amount, decimals);
    }
    if (code == currency::Unknown) {
        // Amounts nobody named a currency for: the code after the number, as before currencies had symbols.
        return number(amount, decimals) + QChar(0x00A0) + code;
    }
    const QString digits = number(std::fabs(amount), decimals);
    const auto [prefix, suffix] = currencyAffixes(m_locale, currency::symbol(code, m_locale));
    // CLDR's standard negative pattern: the minus before it all ("-$12.00", "-12,00 zł"), not an accountant's
    // parentheses, which Qt 6.4 takes for en_US. A sum that rounds to zero has no sign.
    const bool negative = amount < 0 && std::round(std::fabs(amount) * std::pow(10.0, decimals)) > 0;
    return (negative ? m_locale.negativeSign() : QString()) + prefix + digits + suffix;
}

QString KpiFormat::moneyLabelFormat(const QString &numberFormat, const QString &code) const
{
    if (code.isEmpty() || code == currency::Unknown) {
        return numberFormat;
    }
    const auto [prefix, suffix] = currencyAffixes(m_locale, currency::symbol(code, m_locale));
    return prefix + numberFormat + suffix;
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

QString KpiFormat::range(const QDate &from, const QDate &to) const
{
    return from == to ? date(from) : QStringLiteral("%1 – %2").arg(date(from), date(to));
}

QString KpiFormat::range(const QString &isoFrom, const QString &isoTo) const
{
    return range(QDate::fromString(isoFrom, Qt::ISODate), QDate::fromString(isoTo, Qt::ISODate));
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

#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace funnelscope {

// Formats KPI values for people, in their locale: thousands separators, percent for ratios, the workspace currency
// for money. The same rules serve the window, tables and reports.
class KpiFormat
{
public:
    explicit KpiFormat(const QLocale &locale = QLocale(), const QString &currency = {});
    // The ISO code money is shown in, or empty (amounts without a currency).
    const QString &currency() const { return m_currency; }

    QString value(int kpiIndex, std::optional<double> value) const;
    // An amount with its currency the reader's way (docs/decisions.md, "How money is written"): the symbol of
    // currency::symbol placed by the locale's currency pattern, "1234,50 zł", "$1,234.50", "NT$1,234.00",
    // "1.234,50 €", "PLN 1,234.50", "-$12.00"; at most the currency's minor units of decimals (¥1,235). XXX keeps its
    // code after the amount; no currency gives the bare amount.
    QString money(double amount, const QString &code, int decimals = 2) const;
    // The amount's decimals as value() shows money: none from 10,000 on, else the currency's minor units.
    static int moneyDecimals(double amount, const QString &code);
    // Chart axes: the printf label format ("%.0f") with the currency's symbol where the locale puts it ("$%.0fk",
    // "%.0fk zł"); the format as given without a currency.
    QString moneyLabelFormat(const QString &numberFormat, const QString &code) const;
    // "+12.3%" / "−4.0%", or "—".
    QString change(std::optional<double> change) const;
    QString date(const QDate &date) const;
    QString date(const QString &isoDay) const; // a day stored as YYYY-MM-DD
    // A span of days: one date, or "from – to".
    QString range(const QDate &from, const QDate &to) const;
    QString range(const QString &isoFrom, const QString &isoTo) const; // days stored as YYYY-MM-DD
    // The locale's medium date (Language::mediumDate): the one date style of reviews and their PDF.
    QString mediumDate(const QDate &date) const;
    QString mediumDate(const QString &isoDay) const;
    // A number of percent with the sign where the language puts it: 12,5% in Polish, %12,5 in Turkish.
    QString percent(const QString &digits) const;
    // A number in the locale's digits and grouping, every group of three separated at any size.
    QString number(double value, int decimals) const;
    QString number(qint64 value) const;
    const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale;
    QString m_currency;

    QString regrouped(const QString &text) const;
};

} // namespace funnelscope

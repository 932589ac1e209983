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
    // "+12.3%" / "−4.0%", or "—".
    QString change(std::optional<double> change) const;
    QString date(const QDate &date) const;
    QString date(const QString &isoDay) const; // a day stored as YYYY-MM-DD
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

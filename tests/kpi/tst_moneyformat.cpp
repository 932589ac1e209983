// Money shown with its currency in the reader's locale (docs/decisions.md, "How money is written"): which symbol
// (currency::symbol), where the locale puts it (its currency pattern), how many decimals (the currency's minor units).
// Every expected text is written out by hand; a space in it stands for the no-break space the text has.

#include "kpi/kpicatalog.h"
#include "kpi/kpiformat.h"
#include "money/currency.h"

#include <QTest>

using namespace funnelscope;
using namespace Qt::StringLiterals;

namespace {

QString plain(QString s)
{
    return s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

} // namespace

class TestMoneyFormat : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("expected"); // as a money KPI shows it (KpiFormat::value)

        // The reader's own currency: the locale's own symbol, placed its way.
        QTest::newRow("pl PLN") << "pl_PL"
                                << "PLN" << 1234.5 << u"1234,50 zł"_s; // Polish groups from 5 digits (CLDR)
        QTest::newRow("pl PLN, five digits") << "pl_PL"
                                             << "PLN" << 12345.4 << u"12 345 zł"_s;
        QTest::newRow("pl PLN, seven digits") << "pl_PL"
                                              << "PLN" << 1659689.0 << u"1 659 689 zł"_s;
        QTest::newRow("en_US USD") << "en_US"
                                   << "USD" << 1234.5 << u"$1,234.50"_s;
        QTest::newRow("de EUR") << "de_DE"
                                << "EUR" << 1234.5 << u"1.234,50 €"_s;
        QTest::newRow("tr TRY") << "tr_TR"
                                << "TRY" << 1234.5 << u"₺1.234,50"_s;
        QTest::newRow("zh_CN CNY") << "zh_CN"
                                   << "CNY" << 1234.5 << u"¥1,234.50"_s;
        QTest::newRow("ru RUB") << "ru_RU"
                                << "RUB" << 1234.5 << u"1 234,50 ₽"_s;
        QTest::newRow("ja JPY, no minor unit") << "ja_JP"
                                               << "JPY" << 1234.4 << u"￥1,234"_s;
        QTest::newRow("en_CA CAD") << "en_CA"
                                   << "CAD" << 1234.5 << u"$1,234.50"_s;
        // TWD is NT$ everywhere, Taiwan too; ISO 4217's two decimals below 10,000.
        QTest::newRow("zh_TW TWD") << "zh_TW"
                                   << "TWD" << 1234.0 << u"NT$1,234.00"_s;
        QTest::newRow("zh_TW TWD, five digits") << "zh_TW"
                                                << "TWD" << 12345.0 << u"NT$12,345"_s;
        QTest::newRow("en_US TWD") << "en_US"
                                   << "TWD" << 1234.0 << u"NT$1,234.00"_s;
        // Signs that name one currency, placed the reader's way.
        QTest::newRow("en_US EUR") << "en_US"
                                   << "EUR" << 1234.5 << u"€1,234.50"_s;
        QTest::newRow("pl EUR") << "pl_PL"
                                << "EUR" << 1234.5 << u"1234,50 €"_s;
        QTest::newRow("en_US GBP") << "en_US"
                                   << "GBP" << 1234.5 << u"£1,234.50"_s;
        QTest::newRow("de TRY") << "de_DE"
                                << "TRY" << 1234.5 << u"1.234,50 ₺"_s;
        QTest::newRow("en_US INR") << "en_US"
                                   << "INR" << 1234.5 << u"₹1,234.50"_s;
        QTest::newRow("en_US KRW, no minor unit") << "en_US"
                                                  << "KRW" << 1234.4 << u"₩1,234"_s;
        // Dollars and yen: bare where they cannot be mistaken, qualified where they can.
        QTest::newRow("pl USD") << "pl_PL"
                                << "USD" << 1234.5 << u"1234,50 $"_s;
        QTest::newRow("de USD") << "de_DE"
                                << "USD" << 1234.5 << u"1.234,50 $"_s;
        QTest::newRow("en_CA USD") << "en_CA"
                                   << "USD" << 1234.5 << u"US$1,234.50"_s;
        QTest::newRow("es_MX USD") << "es_MX"
                                   << "USD" << 1234.5 << u"US$1,234.50"_s;
        QTest::newRow("pt_BR USD") << "pt_BR"
                                   << "USD" << 1234.5 << u"US$ 1.234,50"_s;
        QTest::newRow("zh_TW USD") << "zh_TW"
                                   << "USD" << 1234.5 << u"US$1,234.50"_s;
        QTest::newRow("en_US CAD") << "en_US"
                                   << "CAD" << 1234.5 << u"CA$1,234.50"_s;
        QTest::newRow("en_US AUD") << "en_US"
                                   << "AUD" << 1234.5 << u"A$1,234.50"_s;
        QTest::newRow("en_US JPY") << "en_US"
                                   << "JPY" << 1234.4 << u"JP¥1,234"_s;
        QTest::newRow("zh_CN JPY") << "zh_CN"
                                   << "JPY" << 1234.4 << u"JP¥1,234"_s;
        QTest::newRow("ja CNY") << "ja_JP"
                                << "CNY" << 1234.5 << u"CN¥1,234.50"_s;
        // No symbol of ours: the ISO code, a space between it and the digits (CLDR's currency spacing).
        QTest::newRow("en_US PLN") << "en_US"
                                   << "PLN" << 1234.5 << u"PLN 1,234.50"_s;
        QTest::newRow("tr PLN") << "tr_TR"
                                << "PLN" << 1234.5 << u"PLN 1.234,50"_s;
        QTest::newRow("de PLN") << "de_DE"
                                << "PLN" << 1234.5 << u"1.234,50 PLN"_s;
        QTest::newRow("en_US CHF") << "en_US"
                                   << "CHF" << 1234.5 << u"CHF 1,234.50"_s;
        QTest::newRow("en_US KWD, three decimals") << "en_US"
                                                   << "KWD" << 1.234 << u"KWD 1.234"_s;
        QTest::newRow("ru SEK, kr is no one's") << "ru_RU"
                                                << "SEK" << 1234.5 << u"1 234,50 SEK"_s;
        // Negative amounts: the minus first, never an accountant's parentheses.
        QTest::newRow("en_US USD, negative") << "en_US"
                                             << "USD" << -1234.5 << u"-$1,234.50"_s;
        QTest::newRow("pl PLN, negative") << "pl_PL"
                                          << "PLN" << -1234.5 << u"-1234,50 zł"_s;
        QTest::newRow("en_US PLN, negative") << "en_US"
                                             << "PLN" << -12.0 << u"-PLN 12.00"_s;
        QTest::newRow("en_US USD, rounds to zero") << "en_US"
                                                   << "USD" << -0.001 << u"$0.00"_s;
        // XXX (amounts nobody named a currency for) and no currency at all keep their plain display.
        QTest::newRow("en_US XXX") << "en_US"
                                   << "XXX" << 1234.5 << u"1,234.50 XXX"_s;
        QTest::newRow("pl no currency") << "pl_PL"
                                        << "" << 1234.5 << u"1234,50"_s;
        // The C locale reads as American English.
        QTest::newRow("C USD") << "C"
                               << "USD" << 1234.5 << u"$1,234.50"_s;
    }

    void amounts()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(double, amount);
        QFETCH(QString, expected);
        const KpiFormat format(QLocale(locale), currency);
        QCOMPARE(plain(format.value(KpiCatalog::indexOf(u"media_cost"), amount)), expected);
        QCOMPARE(plain(format.value(KpiCatalog::indexOf(u"cpl"), amount)), expected);
    }

    void explicitDecimals()
    {
        // The "1 659 689,00 zł": money() with two decimals, the currency's minor units capping them.
        QCOMPARE(plain(KpiFormat(QLocale(u"pl_PL"_s)).money(1659689, u"PLN"_s, 2)), u"1 659 689,00 zł"_s);
        QCOMPARE(plain(KpiFormat(QLocale(u"ja_JP"_s)).money(1234, u"JPY"_s, 2)), u"￥1,234"_s);
        QCOMPARE(plain(KpiFormat(QLocale(u"en_US"_s)).money(1234.5, u"USD"_s, 0)), u"$1,235"_s);
    }

    void noBreakSpaces()
    {
        // The symbol never parts from its amount at a line break.
        QCOMPARE(KpiFormat(QLocale(u"en_US"_s)).money(1234.5, u"PLN"_s), u"PLN\u00A01,234.50"_s);
        QCOMPARE(KpiFormat(QLocale(u"de_DE"_s)).money(1234.5, u"EUR"_s), u"1.234,50\u00A0€"_s);
    }

    void symbols()
    {
        QCOMPARE(currency::symbol(u"PLN", QLocale(u"pl_PL"_s)), u"zł"_s);
        QCOMPARE(currency::symbol(u"PLN", QLocale(u"en_US"_s)), u"PLN"_s);
        QCOMPARE(currency::symbol(u"RUB", QLocale(u"en_US"_s)), u"₽"_s);
        QCOMPARE(currency::symbol(u"UAH", QLocale(u"pl_PL"_s)), u"₴"_s);
        QCOMPARE(currency::symbol(u"ILS", QLocale(u"en_US"_s)), u"₪"_s);
        QCOMPARE(currency::symbol(u"USD", QLocale(u"en_AU"_s)), u"US$"_s);
        QCOMPARE(currency::symbol(u"NZD", QLocale(u"en_AU"_s)), u"NZ$"_s);
        QCOMPARE(currency::symbol(u"HKD", QLocale(u"zh_CN"_s)), u"HK$"_s);
        QCOMPARE(currency::symbol(u"MXN", QLocale(u"en_US"_s)), u"MX$"_s);
        QCOMPARE(currency::symbol(u"BRL", QLocale(u"en_US"_s)), u"R$"_s);
        QCOMPARE(currency::symbol(u"SEK", QLocale(u"sv_SE"_s)), u"kr"_s); // at home only
        QCOMPARE(currency::symbol(u"NOK", QLocale(u"sv_SE"_s)), u"NOK"_s);
        QCOMPARE(currency::symbol(u"ZZZ", QLocale(u"en_US"_s)), u"ZZZ"_s);
        QCOMPARE(currency::minorUnits(u"JPY"), 0);
        QCOMPARE(currency::minorUnits(u"KRW"), 0);
        QCOMPARE(currency::minorUnits(u"TWD"), 2);
        QCOMPARE(currency::minorUnits(u"KWD"), 3);
        QCOMPARE(currency::minorUnits(u"PLN"), 2);
    }

    void chartAxes()
    {
        // Axis labels are printf formats; the symbol goes where the locale puts it, the scale's suffix after the
        // number.
        QCOMPARE(plain(KpiFormat(QLocale(u"en_US"_s)).moneyLabelFormat(u"%.0fk"_s, u"USD"_s)), u"$%.0fk"_s);
        QCOMPARE(plain(KpiFormat(QLocale(u"pl_PL"_s)).moneyLabelFormat(u"%.0fk"_s, u"PLN"_s)), u"%.0fk zł"_s);
        QCOMPARE(plain(KpiFormat(QLocale(u"en_US"_s)).moneyLabelFormat(u"%.1f"_s, u"PLN"_s)), u"PLN %.1f"_s);
        QCOMPARE(KpiFormat(QLocale(u"en_US"_s)).moneyLabelFormat(u"%.0f"_s, u"XXX"_s), u"%.0f"_s);
        QCOMPARE(KpiFormat(QLocale(u"en_US"_s)).moneyLabelFormat(u"%.0f"_s, QString()), u"%.0f"_s);
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"

#include "csv/numberparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace funnelscope {

class TestNumberParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void micros_data();
    void micros();
    void wholeNumbers_data();
    void wholeNumbers();
    void manyDecimalsDoNotOverflow();
    void provenDecimalSeparator_data();
    void provenDecimalSeparator();
    void strict_data();
    void strict();
    void strictRefusesTheOtherFormat_data();
    void strictRefusesTheOtherFormat();
    void evidence_data();
    void evidence();
};

// The importer's reading: the file's separator, decided once, for every cell; values in micro-units.
void TestNumberParser::strict_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimalSeparator");
    QTest::addColumn<qint64>("micros");

    const QChar point = u'.';
    const QChar comma = u',';
    QTest::addRow("9.618 clicks, decimal-comma file") << u"9.618"_s << comma << qint64(9'618'000'000);
    QTest::addRow("0,07 CPC, decimal-comma file") << u"0,07"_s << comma << qint64(70'000);
    QTest::addRow("1 234,50, space") << u"1 234,50"_s << comma << qint64(1'234'500'000);
    QTest::addRow("1 234,50, no-break space U+00A0") << u"1\u00A0234,50"_s << comma << qint64(1'234'500'000);
    QTest::addRow("1 234,50, narrow no-break space U+202F") << u"1\u202F234,50"_s << comma << qint64(1'234'500'000);
    QTest::addRow("1'234.50, Swiss") << u"1'234.50"_s << point << qint64(1'234'500'000);
    QTest::addRow("1.234.567,89") << u"1.234.567,89"_s << comma << qint64(1'234'567'890'000);
    QTest::addRow("1,234,567.89") << u"1,234,567.89"_s << point << qint64(1'234'567'890'000);
    QTest::addRow("1.234 in a decimal-point file") << u"1.234"_s << point << qint64(1'234'000);
    QTest::addRow("1.234 in a decimal-comma file") << u"1.234"_s << comma << qint64(1'234'000'000);
    QTest::addRow("12,5 percent in a decimal-comma file") << u"12,5 %"_s << comma << qint64(125'000);
    QTest::addRow("1.234,50 zł") << u"1.234,50 zł"_s << comma << qint64(1'234'500'000);
    QTest::addRow("plain integer, either file") << u"9618"_s << comma << qint64(9'618'000'000);
    QTest::addRow("plain decimal point") << u"12.50"_s << point << qint64(12'500'000);
    QTest::addRow("plain decimal comma") << u"12,50"_s << comma << qint64(12'500'000);
}

void TestNumberParser::strict()
{
    QFETCH(QString, text);
    QFETCH(QChar, decimalSeparator);
    QFETCH(qint64, micros);

    const NumberParser::Result r = NumberParser::parseStrict(text, decimalSeparator);
    QVERIFY2(r.value, qPrintable(r.error));
    QCOMPARE(r.value->toMicros(), micros);
}

void TestNumberParser::strictRefusesTheOtherFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimalSeparator");

    QTest::addRow("1,5 in a decimal-point file") << u"1,5"_s << QChar(u'.');
    QTest::addRow("1.5 in a decimal-comma file") << u"1.5"_s << QChar(u',');
    QTest::addRow("0.234 in a decimal-comma file") << u"0.234"_s << QChar(u',');
    QTest::addRow("1.234,50 in a decimal-point file") << u"1.234,50"_s << QChar(u'.');
    QTest::addRow("1.234.567 in a decimal-point file") << u"1.234.567"_s << QChar(u'.');
}

void TestNumberParser::strictRefusesTheOtherFormat()
{
    QFETCH(QString, text);
    QFETCH(QChar, decimalSeparator);

    const NumberParser::Result r = NumberParser::parseStrict(text, decimalSeparator);
    QVERIFY(!r.value);
    QVERIFY2(r.error.contains(u"'%1'"_s.arg(text)), qPrintable(r.error));
    QVERIFY2(r.error.contains(u"decimal"), qPrintable(r.error));
    // The lenient reading (a person's input) still reads it its own way.
    QVERIFY(NumberParser::parse(text, decimalSeparator).value || text == u"1.234.567");
}

void TestNumberParser::evidence_data()
{
    using E = NumberParser::Evidence;
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("wholeNumbers");
    QTest::addColumn<int>("expected");

    QTest::addRow("0,07") << u"0,07"_s << false << int(E::DecimalComma);
    QTest::addRow("9.618 in a count column") << u"9.618"_s << true << int(E::DecimalComma);
    QTest::addRow("9,618 in a count column") << u"9,618"_s << true << int(E::DecimalPoint);
    QTest::addRow("9.618 as a cost") << u"9.618"_s << false << int(E::Ambiguous);
    QTest::addRow("1.234,50") << u"1.234,50"_s << false << int(E::DecimalComma);
    QTest::addRow("1 234,50") << u"1 234,50"_s << false << int(E::DecimalComma);
    QTest::addRow("1'234.50") << u"1'234.50"_s << false << int(E::DecimalPoint);
    QTest::addRow("0.234: a leading zero is no group") << u"0.234"_s << false << int(E::DecimalPoint);
    QTest::addRow("1.234.567: repeated dots group") << u"1.234.567"_s << false << int(E::DecimalComma);
    QTest::addRow("1,5 percent") << u"1,5 %"_s << false << int(E::DecimalComma);
    QTest::addRow("$1,234.50") << u"$1,234.50"_s << false << int(E::DecimalPoint);
    QTest::addRow("1234") << u"1234"_s << false << int(E::None);
    QTest::addRow("1 234") << u"1 234"_s << true << int(E::None);
}

void TestNumberParser::evidence()
{
    QFETCH(QString, text);
    QFETCH(bool, wholeNumbers);
    QFETCH(int, expected);
    QCOMPARE(int(NumberParser::evidence(text, wholeNumbers)), expected);
}

void TestNumberParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimalSeparator"); // the file's, as the importer presumes it
    QTest::addColumn<double>("expected");

    const QChar point = u'.';
    const QChar comma = u',';

    QTest::addRow("plain, decimal point") << u"1234.5"_s << point << 1234.5;
    QTest::addRow("plain, decimal point, in a decimal-comma file") << u"1234.5"_s << comma << 1234.5;
    QTest::addRow("plain, decimal comma") << u"1234,5"_s << comma << 1234.5;
    QTest::addRow("plain, decimal comma, in a decimal-point file") << u"1234,5"_s << point << 1234.5;
    QTest::addRow("integer") << u"120"_s << point << 120.0;
    QTest::addRow("zero") << u"0"_s << comma << 0.0;
    QTest::addRow("zero with decimals") << u"0.00"_s << point << 0.0;
    QTest::addRow("fraction below one") << u"0.75"_s << point << 0.75;
    QTest::addRow("fraction below one, decimal comma") << u"0,75"_s << comma << 0.75;
    QTest::addRow("spaces around") << u"  42  "_s << point << 42.0;
    QTest::addRow("thousands comma, decimal point") << u"1,234.5"_s << point << 1234.5;
    QTest::addRow("thousands comma, decimal point, in a decimal-comma file") << u"1,234.5"_s << comma << 1234.5;
    QTest::addRow("thousands dot, decimal comma") << u"1.234,5"_s << comma << 1234.5;
    QTest::addRow("thousands dot, decimal comma, in a decimal-point file") << u"1.234,5"_s << point << 1234.5;
    QTest::addRow("thousands space, decimal comma") << u"1 234,5"_s << comma << 1234.5;
    QTest::addRow("thousands space, decimal comma, in a decimal-point file") << u"1 234,5"_s << point << 1234.5;
    QTest::addRow("thousands no-break space (U+00A0)") << u"1\u00A0234,5"_s << comma << 1234.5;
    QTest::addRow("thousands narrow no-break space (U+202F)") << u"1\u202F234,5"_s << comma << 1234.5;
    QTest::addRow("thousands thin space (U+2009)") << u"1\u2009234,5"_s << comma << 1234.5;
    QTest::addRow("thousands space, decimal point") << u"1 234.5"_s << point << 1234.5;
    QTest::addRow("millions, commas") << u"1,234,567.89"_s << point << 1234567.89;
    QTest::addRow("millions, dots") << u"1.234.567,89"_s << comma << 1234567.89;
    QTest::addRow("millions, spaces") << u"1 234 567,89"_s << comma << 1234567.89;
    QTest::addRow("millions, dots, no decimals, in a decimal-point file") << u"1.234.567"_s << point << 1234567.0;
    QTest::addRow("millions, commas, no decimals, in a decimal-comma file") << u"1,234,567"_s << comma << 1234567.0;
    QTest::addRow("Swiss apostrophe") << u"1'234.50"_s << point << 1234.5;

    // A lone separator with three digits after it: the file's decimal separator decides.
    QTest::addRow("1.234 in a decimal-point file") << u"1.234"_s << point << 1.234;
    QTest::addRow("1.234 in a decimal-comma file") << u"1.234"_s << comma << 1234.0;
    QTest::addRow("1,234 in a decimal-point file") << u"1,234"_s << point << 1234.0;
    QTest::addRow("1,234 in a decimal-comma file") << u"1,234"_s << comma << 1.234;
    QTest::addRow("0.234 in a decimal-comma file: a leading zero is never grouped") << u"0.234"_s << comma << 0.234;
    QTest::addRow("0,234 in a decimal-point file: a leading zero is never grouped") << u"0,234"_s << point << 0.234;

    QTest::addRow("percent") << u"12.5%"_s << point << 0.125;
    QTest::addRow("percent, decimal comma and a space") << u"12,5 %"_s << comma << 0.125;
    QTest::addRow("percent, whole") << u"40%"_s << point << 0.4;
    QTest::addRow("percent, over a hundred") << u"150%"_s << point << 1.5;
    QTest::addRow("percent, small") << u"0.35%"_s << point << 0.0035;

    QTest::addRow("dollar before") << u"$1,234.50"_s << point << 1234.5;
    QTest::addRow("dollar before, space") << u"$ 99.99"_s << point << 99.99;
    QTest::addRow("euro after") << u"1.234,50 €"_s << comma << 1234.5;
    QTest::addRow("euro before") << u"€1.234,50"_s << comma << 1234.5;
    QTest::addRow("zloty after") << u"1 234,50 zł"_s << comma << 1234.5;
    QTest::addRow("zloty after, no space") << u"99,99zł"_s << comma << 99.99;
    QTest::addRow("PLN before") << u"PLN 1 234,50"_s << comma << 1234.5;
    QTest::addRow("PLN after") << u"1 234,50 PLN"_s << comma << 1234.5;
    QTest::addRow("lira before") << u"₺1.234,50"_s << comma << 1234.5;
    QTest::addRow("lira after") << u"1.234,50 ₺"_s << comma << 1234.5;
    QTest::addRow("rouble after, no-break space") << u"1\u00A0234,50\u00A0₽"_s << comma << 1234.5;
    QTest::addRow("New Taiwan dollar before") << u"NT$1,234"_s << point << 1234.0;
    QTest::addRow("New Taiwan dollar before, decimals") << u"NT$ 12,345.50"_s << point << 12345.5;
    QTest::addRow("currency code after") << u"1,234.50 USD"_s << point << 1234.5;

    QTest::addRow("minus") << u"-1234.5"_s << point << -1234.5;
    QTest::addRow("minus, decimal comma") << u"-1 234,5"_s << comma << -1234.5;
    QTest::addRow("Unicode minus sign (U+2212)") << u"\u221245,50"_s << comma << -45.5;
    QTest::addRow("accounting parentheses") << u"(1,234.50)"_s << point << -1234.5;
    QTest::addRow("minus before the currency") << u"-$5.00"_s << point << -5.0;
    QTest::addRow("minus after the currency") << u"$-5.00"_s << point << -5.0;
    QTest::addRow("minus with currency after") << u"-12,50 zł"_s << comma << -12.5;
    QTest::addRow("negative percent") << u"-12.5%"_s << point << -0.125;
    QTest::addRow("explicit plus") << u"+5"_s << point << 5.0;
}

void TestNumberParser::parse()
{
    QFETCH(QString, text);
    QFETCH(QChar, decimalSeparator);
    QFETCH(double, expected);

    const NumberParser::Result r = NumberParser::parse(text, decimalSeparator);
    QVERIFY2(r.value.has_value(), qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.value->toDouble(), expected);
    // Exact, not merely close: the stored micro-units are the value written.
    QCOMPARE(r.value->toMicros(), qRound64(expected * 1'000'000.0));
    QCOMPARE(r.value->isNegative(), expected < 0);
}

void TestNumberParser::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimalSeparator");

    QTest::addRow("letters") << u"abc"_s << QChar(u'.');
    QTest::addRow("separators all over") << u"1,2,3.4.5"_s << QChar(u'.');
    QTest::addRow("separators all over, decimal-comma file") << u"1,2,3.4.5"_s << QChar(u',');
    QTest::addRow("version number") << u"1.2.3"_s << QChar(u',');
    QTest::addRow("two decimal commas") << u"1,5,5"_s << QChar(u',');
    QTest::addRow("groups of two") << u"1.23.456,00"_s << QChar(u',');
    QTest::addRow("a date in a number column") << u"2025-03-07"_s << QChar(u'.');
    QTest::addRow("number with a word") << u"12 clicks"_s << QChar(u'.');
    QTest::addRow("two numbers") << u"12 34"_s << QChar(u'.');
    QTest::addRow("hexadecimal") << u"0x1F"_s << QChar(u'.');
    QTest::addRow("a lone decimal point") << u"."_s << QChar(u'.');
    QTest::addRow("a lone decimal comma") << u","_s << QChar(u',');
    QTest::addRow("currency sign only") << u"$"_s << QChar(u'.');
    QTest::addRow("percent sign only") << u"%"_s << QChar(u'.');
    QTest::addRow("empty") << u""_s << QChar(u'.');
    QTest::addRow("larger than 18 digits") << u"1234567890123456789012"_s << QChar(u'.');
}

void TestNumberParser::rejects()
{
    QFETCH(QString, text);
    QFETCH(QChar, decimalSeparator);

    const NumberParser::Result r = NumberParser::parse(text, decimalSeparator);
    QVERIFY2(!r.value.has_value(), qPrintable(u"read as %1"_s.arg(r.value ? r.value->toDouble() : 0.0)));
    // The reason quotes the value, so that a rejected row's message shows what was in the file.
    const QString quoted = u"'%1'"_s.arg(text);
    QVERIFY2(r.error.contains(quoted), qPrintable(u"%1 does not quote %2"_s.arg(r.error, quoted)));
}

void TestNumberParser::micros_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::addRow("cents") << u"19.99"_s << qint64(19'990'000);
    QTest::addRow("six decimals, exact") << u"0.000001"_s << qint64(1);
    QTest::addRow("seventh decimal rounds down") << u"1.2345674"_s << qint64(1'234'567);
    QTest::addRow("seventh decimal rounds half up") << u"0.0000005"_s << qint64(1);
    QTest::addRow("negative rounds half away from zero") << u"-0.0000005"_s << qint64(-1);
    QTest::addRow("percent of percent") << u"0.5%"_s << qint64(5'000);
    QTest::addRow("a million, grouped") << u"1,000,000.00"_s << qint64(1'000'000'000'000);
}

void TestNumberParser::micros()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);

    const NumberParser::Result r = NumberParser::parse(text, u'.');
    QVERIFY2(r.value.has_value(), qPrintable(r.error));
    QCOMPARE(r.value->toMicros(), micros);
}

void TestNumberParser::wholeNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("decimalSeparator");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<qint64>("value"); // when whole

    QTest::addRow("count") << u"120"_s << QChar(u'.') << true << qint64(120);
    QTest::addRow("grouped count") << u"12,345"_s << QChar(u'.') << true << qint64(12'345);
    QTest::addRow("grouped count, decimal-comma file") << u"12.345"_s << QChar(u',') << true << qint64(12'345);
    QTest::addRow("count with a zero fraction") << u"45.00"_s << QChar(u'.') << true << qint64(45);
    QTest::addRow("a fraction") << u"2.5"_s << QChar(u'.') << false << qint64(0);
    QTest::addRow("a fraction, decimal comma") << u"2,5"_s << QChar(u',') << false << qint64(0);
    QTest::addRow("negative count") << u"-3"_s << QChar(u'.') << true << qint64(-3);
}

void TestNumberParser::manyDecimalsDoNotOverflow()
{
    // Found by fuzzing: a value with more decimals than a 64-bit power of ten holds overflowed in isWhole().
    for (const QChar separator : {QChar(u'.'), QChar(u',')}) {
        const NumberParser::Result r = NumberParser::parse(u"$$,00000000000000000007\n$%"_s, separator);
        if (r.value) {
            QVERIFY(r.value->scale > 18);
            QVERIFY(!r.value->isWhole());
            QCOMPARE(r.value->toWhole(), 0);
            QVERIFY(r.value->toDouble() < 1e-15);
        }
    }
    const Decimal tiny{7, 25};
    QVERIFY(!tiny.isWhole());
    QCOMPARE(tiny.toMicros(), 0);
    QVERIFY(Decimal({0, 25}).isWhole());
}

void TestNumberParser::wholeNumbers()
{
    QFETCH(QString, text);
    QFETCH(QChar, decimalSeparator);
    QFETCH(bool, whole);
    QFETCH(qint64, value);

    const NumberParser::Result r = NumberParser::parse(text, decimalSeparator);
    QVERIFY2(r.value.has_value(), qPrintable(r.error));
    QCOMPARE(r.value->isWhole(), whole);
    if (whole) {
        QCOMPARE(r.value->toWhole(), value);
    }
    if (r.value->fitsInMicros()) {
        QVERIFY(qAbs(double(r.value->toMicros()) / 1e6 - r.value->toDouble()) < 1e-6 * qMax(1.0, r.value->toDouble()));
    }
}

void TestNumberParser::provenDecimalSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("proven"); // empty: the value proves nothing

    QTest::addRow("decimal comma") << u"1,5"_s << u","_s;
    QTest::addRow("thousands dot, decimal comma") << u"1.234,56"_s << u","_s;
    QTest::addRow("thousands space, decimal comma") << u"1 234,56"_s << u","_s;
    QTest::addRow("decimal point") << u"1.5"_s << u"."_s;
    QTest::addRow("thousands comma, decimal point") << u"1,234.56"_s << u"."_s;
    QTest::addRow("dollars and cents") << u"$1,234.50"_s << u"."_s;
    QTest::addRow("percent, decimal comma") << u"12,5 %"_s << u","_s;
    QTest::addRow("1,234 could be either") << u"1,234"_s << QString();
    QTest::addRow("1.234 could be either") << u"1.234"_s << QString();
    QTest::addRow("repeated dots are grouping") << u"1.234.567"_s << QString();
    QTest::addRow("integer") << u"1234"_s << QString();
}

void TestNumberParser::provenDecimalSeparator()
{
    QFETCH(QString, text);
    QFETCH(QString, proven);

    const std::optional<QChar> sep = NumberParser::provenDecimalSeparator(text);
    QCOMPARE(sep ? QString(*sep) : QString(), proven);
}

} // namespace funnelscope

QTEST_GUILESS_MAIN(funnelscope::TestNumberParser)
#include "tst_numberparser.moc"

#include "csv/csvwriter.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace funnelscope {

// What a spreadsheet gets from every table the app writes: each case is one cell as a person would type it, and
// what must land in the file.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void textCell_data();
    void textCell();
    void numberCell_data();
    void numberCell();
    void fixedDecimals_data();
    void fixedDecimals();
    void rowsAndLineEnds();
    void tabSeparatedForTheClipboard();
    void shownNumbersAreNotFormulas();
};

void TestCsvWriter::textCell_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");

    QTest::addRow("plain name") << u"Paid Search"_s << u"Paid Search"_s;
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("non-ASCII") << u"Kampania wiosenna – Łódź"_s << u"Kampania wiosenna – Łódź"_s;
    QTest::addRow("formula with quotes") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
    QTest::addRow("leading plus") << u"+cmd"_s << u"'+cmd"_s;
    QTest::addRow("leading minus: text that looks like a negative number") << u"-2"_s << u"'-2"_s;
    QTest::addRow("leading at") << u"@sum"_s << u"'@sum"_s;
    QTest::addRow("leading tab") << u"\tx"_s << u"'\tx"_s;
    QTest::addRow("leading CR: quoted as well") << u"\rx"_s << u"\"'\rx\""_s;
    QTest::addRow("sign inside is harmless") << u"Q1 - Brand"_s << u"Q1 - Brand"_s;
    QTest::addRow("comma") << u"Brand, EMEA"_s << u"\"Brand, EMEA\""_s;
    QTest::addRow("quote") << u"The \"big\" one"_s << u"\"The \"\"big\"\" one\""_s;
    QTest::addRow("line break stays inside the field") << u"Line\nbreak"_s << u"\"Line\nbreak\""_s;
    QTest::addRow("CRLF inside") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::addRow("formula and comma") << u"=1,2"_s << u"\"'=1,2\""_s;
    QTest::addRow("semicolon is not the delimiter") << u"a;b"_s << u"a;b"_s;
}

void TestCsvWriter::textCell()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::escapedText(cell), written);
    CsvWriter csv;
    csv.text(cell).endRow();
    QCOMPARE(csv.toString(), written + u"\r\n"_s);
}

void TestCsvWriter::numberCell_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("written");

    QTest::addRow("100000 impressions, not 1e+05") << 100000.0 << u"100000"_s;
    QTest::addRow("a million") << 1000000.0 << u"1000000"_s;
    QTest::addRow("ratio 0.0123") << 0.0123 << u"0.0123"_s;
    QTest::addRow("money 1234.5") << 1234.5 << u"1234.5"_s;
    QTest::addRow("tiny, not 1e-07") << 0.0000001 << u"0.0000001"_s;
    QTest::addRow("negative change is a number, not a formula") << -0.5 << u"-0.5"_s;
    QTest::addRow("zero") << 0.0 << u"0"_s;
    QTest::addRow("negative zero") << -0.0 << u"0"_s;
    QTest::addRow("every digit a double holds") << 0.1 + 0.2 << u"0.30000000000000004"_s;
    QTest::addRow("one third") << 1.0 / 3 << u"0.3333333333333333"_s;
    QTest::addRow("1e21") << 1e21 << u"1000000000000000000000"_s;
}

void TestCsvWriter::numberCell()
{
    QFETCH(double, value);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::plainDecimal(value), written);
    CsvWriter csv;
    csv.number(value).endRow();
    QCOMPARE(csv.toString(), written + u"\r\n"_s);
    // What we write, our importer and QString read back as the same double.
    bool ok = false;
    QCOMPARE(written.toDouble(&ok), value);
    QVERIFY(ok);
}

void TestCsvWriter::fixedDecimals_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("written");

    QTest::addRow("money") << 1234.5 << 2 << u"1234.50"_s;
    QTest::addRow("large money") << 123456789.5 << 2 << u"123456789.50"_s;
    QTest::addRow("a third of a lead") << 1.0 / 3 << 4 << u"0.3333"_s;
    QTest::addRow("share") << 0.25 << 4 << u"0.2500"_s;
    QTest::addRow("tiny negative rounds to 0, unsigned") << -0.00001 << 4 << u"0.0000"_s;
    QTest::addRow("100000, no exponent") << 100000.0 << 1 << u"100000.0"_s;
}

void TestCsvWriter::fixedDecimals()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, written);
    CsvWriter csv;
    csv.number(value, decimals);
    QCOMPARE(csv.toString(), written);
}

void TestCsvWriter::rowsAndLineEnds()
{
    // An unknown value is an empty cell; NaN and infinity are unknown too.
    CsvWriter csv;
    csv.text(u"key"_s).text(u"impressions"_s).text(u"ctr"_s).endRow();
    csv.text(u"-2"_s).number(100000.0).number(std::nullopt).endRow();
    csv.text(u"Line\nbreak"_s).number(std::numeric_limits<double>::quiet_NaN()).number(0.0123).endRow();
    csv.text(u"@sum"_s).number(std::numeric_limits<double>::infinity(), 2).number(std::nullopt, 2).endRow();
    QCOMPARE(csv.toString(), u"key,impressions,ctr\r\n"
                             "'-2,100000,\r\n"
                             "\"Line\nbreak\",,0.0123\r\n"
                             "'@sum,,\r\n"_s);
}

void TestCsvWriter::tabSeparatedForTheClipboard()
{
    // With tabs as delimiter a tab inside a cell is quoted, a comma is not.
    CsvWriter tsv(u'\t', u"\n"_s);
    tsv.text(u"Channel"_s).text(u"Impressions"_s).endRow();
    tsv.text(u"=HYPERLINK(\"x\")"_s).shownNumber(u"1,234"_s).endRow();
    tsv.text(u"a\tb"_s).shownNumber(u"-12.5%"_s).endRow();
    tsv.text(u"\tlead"_s).shownNumber(u"—"_s).endRow();
    QCOMPARE(tsv.toString(), u"Channel\tImpressions\n"
                             "\"'=HYPERLINK(\"\"x\"\")\"\t1,234\n"
                             "\"a\tb\"\t-12.5%\n"
                             "\"'\tlead\"\t—\n"_s);
}

void TestCsvWriter::shownNumbersAreNotFormulas()
{
    // A negative number as people see it stays a number for the spreadsheet; only the quoting applies.
    CsvWriter csv;
    csv.shownNumber(u"-1,234.50"_s).shownNumber(u"+5.0%"_s).shownNumber(u"12"_s);
    QCOMPARE(csv.toString(), u"\"-1,234.50\",+5.0%,12"_s);
}

} // namespace funnelscope

QTEST_GUILESS_MAIN(funnelscope::TestCsvWriter)
#include "tst_csvwriter.moc"

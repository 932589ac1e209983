#include "csv/dateparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace funnelscope {

// Lets QCOMPARE print a DateOrder.
char *toString(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst:
        return qstrdup("DayFirst");
    case DateOrder::MonthFirst:
        return qstrdup("MonthFirst");
    case DateOrder::Unknown:
        break;
    }
    return qstrdup("Unknown");
}

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void evidence_data();
    void evidence();
};

void TestDateParser::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order"); // the file's order, as gathered from its slash dates or chosen by the user
    QTest::addColumn<QDate>("expected");

    const QDate march7(2025, 3, 7);

    QTest::addRow("ISO") << u"2025-03-07"_s << DateOrder::Unknown << march7;
    QTest::addRow("ISO, single digits") << u"2025-3-7"_s << DateOrder::Unknown << march7;
    QTest::addRow("year first, slashes") << u"2025/03/07"_s << DateOrder::Unknown << march7;
    QTest::addRow("year first, slashes, in a month-first file") << u"2025/03/07"_s << DateOrder::MonthFirst << march7;
    QTest::addRow("year first, slashes, in a day-first file") << u"2025/03/07"_s << DateOrder::DayFirst << march7;
    QTest::addRow("year first, dots") << u"2025.03.07"_s << DateOrder::Unknown << march7;
    QTest::addRow("dotted day first (German, Polish)") << u"07.03.2025"_s << DateOrder::Unknown << march7;
    QTest::addRow("dotted day first, single digits") << u"7.3.2025"_s << DateOrder::Unknown << march7;
    QTest::addRow("dotted day first, in a month-first file") << u"07.03.2025"_s << DateOrder::MonthFirst << march7;
    QTest::addRow("US slash date, month-first file") << u"03/07/2025"_s << DateOrder::MonthFirst << march7;
    QTest::addRow("US slash date, single digits") << u"3/7/2025"_s << DateOrder::MonthFirst << march7;
    QTest::addRow("European slash date, day-first file") << u"07/03/2025"_s << DateOrder::DayFirst << march7;
    QTest::addRow("European slash date, single digits") << u"7/3/2025"_s << DateOrder::DayFirst << march7;
    QTest::addRow("day 13 is self-evidently day first") << u"13/03/2025"_s << DateOrder::Unknown << QDate(2025, 3, 13);
    QTest::addRow("day 13, day-first file") << u"13/03/2025"_s << DateOrder::DayFirst << QDate(2025, 3, 13);
    QTest::addRow("second field 13 is self-evidently month first")
        << u"03/13/2025"_s << DateOrder::Unknown << QDate(2025, 3, 13);
    QTest::addRow("same day and month needs no order") << u"12/12/2025"_s << DateOrder::DayFirst << QDate(2025, 12, 12);
    QTest::addRow("English, month first") << u"Mar 7, 2025"_s << DateOrder::Unknown << march7;
    QTest::addRow("English, month first, in a day-first file") << u"Mar 7, 2025"_s << DateOrder::DayFirst << march7;
    QTest::addRow("English, full month name") << u"March 7, 2025"_s << DateOrder::Unknown << march7;
    QTest::addRow("English, abbreviation with a dot") << u"Sept. 7, 2025"_s << DateOrder::Unknown << QDate(2025, 9, 7);
    QTest::addRow("English, day first") << u"7 Mar 2025"_s << DateOrder::Unknown << march7;
    QTest::addRow("English, day first, dashes") << u"07-Mar-2025"_s << DateOrder::Unknown << march7;
    QTest::addRow("Chinese and Japanese") << u"2025年3月7日"_s << DateOrder::Unknown << march7;
    QTest::addRow("Chinese and Japanese, two-digit month") << u"2025年03月07日"_s << DateOrder::Unknown << march7;
    QTest::addRow("compact") << u"20250307"_s << DateOrder::Unknown << march7;
    QTest::addRow("date-time with seconds") << u"2025-03-07 14:05:00"_s << DateOrder::Unknown << march7;
    QTest::addRow("date-time without seconds") << u"2025-03-07 14:05"_s << DateOrder::Unknown << march7;
    QTest::addRow("ISO 8601 with T and a zone") << u"2025-03-07T14:05:00+02:00"_s << DateOrder::Unknown << march7;
    // In UTC the next two are 2025-03-06 23:30 and, in any zone east of UTC, already 2025-03-08: no conversion.
    QTest::addRow("ISO 8601 shortly after midnight, +02:00")
        << u"2025-03-07T01:30:00+02:00"_s << DateOrder::Unknown << march7;
    QTest::addRow("ISO 8601 shortly before midnight, Z") << u"2025-03-07T23:30:00Z"_s << DateOrder::Unknown << march7;
    QTest::addRow("ISO 8601 with milliseconds") << u"2025-03-07T14:05:00.123Z"_s << DateOrder::Unknown << march7;
    QTest::addRow("ISO 8601 with a negative zone") << u"2025-03-07T14:05:00-0500"_s << DateOrder::Unknown << march7;
    QTest::addRow("US date-time, 12-hour clock") << u"03/07/2025 2:05 PM"_s << DateOrder::MonthFirst << march7;
    QTest::addRow("dotted date-time") << u"07.03.2025 14:05"_s << DateOrder::Unknown << march7;
    QTest::addRow("English date-time") << u"Mar 7, 2025, 2:05 PM"_s << DateOrder::Unknown << march7;
    QTest::addRow("leap day") << u"2024-02-29"_s << DateOrder::Unknown << QDate(2024, 2, 29);
    QTest::addRow("spaces around") << u"  2025-03-07 "_s << DateOrder::Unknown << march7;
    // Excel re-saving a file writes m/d/yy (US) or d/m/yy cells: 00–68 are this century, 69–99 the last.
    QTest::addRow("m/d/yy with a time, as Excel for Mac writes it")
        << u"2/24/17 11:29"_s << DateOrder::Unknown << QDate(2017, 2, 24);
    QTest::addRow("m/d/yy, month-first file") << u"3/7/25"_s << DateOrder::MonthFirst << march7;
    QTest::addRow("d/m/yy, day-first file") << u"07/03/25"_s << DateOrder::DayFirst << march7;
    QTest::addRow("yy 68 is 2068") << u"12/31/68"_s << DateOrder::MonthFirst << QDate(2068, 12, 31);
    QTest::addRow("yy 69 is 1969") << u"12/31/69"_s << DateOrder::MonthFirst << QDate(1969, 12, 31);
}

void TestDateParser::parse()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, expected);

    const DateParser::Result r = DateParser::parse(text, order);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(!r.needsOrder);
    QCOMPARE(r.date, expected);
}

void TestDateParser::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<bool>("needsOrder");
    QTest::addColumn<QString>("reasonMentions"); // besides the quoted value

    QTest::addRow("ambiguous slash date, order unknown")
        << u"03/07/2025"_s << DateOrder::Unknown << true << u"--date-order"_s;
    QTest::addRow("ambiguous slash date with a time, order unknown")
        << u"03/07/2025 14:05"_s << DateOrder::Unknown << true << u"--date-order"_s;
    QTest::addRow("February 30th") << u"2025-02-30"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("February 29th of a common year") << u"2025-02-29"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("month 13, ISO") << u"2025-13-01"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("day 32, dotted") << u"32.03.2025"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("February 31st, day-first file") << u"31/02/2025"_s << DateOrder::DayFirst << false << u"date"_s;
    QTest::addRow("February 31st, order unknown: day first, but invalid")
        << u"31/02/2025"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("day and month both over 12, order unknown")
        << u"13/13/2025"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("US date in a day-first file")
        << u"03/13/2025"_s << DateOrder::DayFirst << false << u"day/month/year"_s;
    QTest::addRow("European date in a month-first file")
        << u"13/03/2025"_s << DateOrder::MonthFirst << false << u"month/day/year"_s;
    QTest::addRow("a word") << u"soon"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("unknown month name") << u"Foo 7, 2025"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("a number") << u"45723"_s << DateOrder::Unknown << false << u"date"_s;
    QTest::addRow("ambiguous m/d/yy, order unknown") << u"3/7/25"_s << DateOrder::Unknown << true << u"--date-order"_s;
    QTest::addRow("three-digit year") << u"3/7/025"_s << DateOrder::MonthFirst << false << u"date"_s;
}

void TestDateParser::rejects()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(bool, needsOrder);
    QFETCH(QString, reasonMentions);

    const DateParser::Result r = DateParser::parse(text, order);
    QVERIFY2(!r.date.isValid(), qPrintable(r.date.toString(Qt::ISODate)));
    QCOMPARE(r.needsOrder, needsOrder);
    const QString quoted = u"'%1'"_s.arg(text);
    QVERIFY2(r.error.contains(quoted), qPrintable(u"%1 does not quote %2"_s.arg(r.error, quoted)));
    QVERIFY2(r.error.contains(reasonMentions), qPrintable(u"%1 does not mention %2"_s.arg(r.error, reasonMentions)));
}

void TestDateParser::evidence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("expected");
    QTest::addColumn<bool>("isSlashDate");

    QTest::addRow("first field over 12: day first") << u"13/03/2025"_s << DateOrder::DayFirst << true;
    QTest::addRow("second field over 12: month first") << u"03/13/2025"_s << DateOrder::MonthFirst << true;
    QTest::addRow("both 12 or less: no evidence") << u"03/07/2025"_s << DateOrder::Unknown << true;
    QTest::addRow("with a time") << u"25/12/2025 09:30"_s << DateOrder::DayFirst << true;
    QTest::addRow("with a 12-hour time") << u"12/25/2025 9:30 AM"_s << DateOrder::MonthFirst << true;
    QTest::addRow("m/d/yy with a time") << u"2/24/17 11:29"_s << DateOrder::MonthFirst << true;
    QTest::addRow("d/m/yy") << u"24/2/17"_s << DateOrder::DayFirst << true;
    QTest::addRow("year first is never ambiguous") << u"2025/03/07"_s << DateOrder::Unknown << false;
    QTest::addRow("ISO is no slash date") << u"2025-03-07"_s << DateOrder::Unknown << false;
    QTest::addRow("dotted is always day first") << u"07.03.2025"_s << DateOrder::Unknown << false;
    QTest::addRow("English is no slash date") << u"Mar 7, 2025"_s << DateOrder::Unknown << false;
    QTest::addRow("text is no slash date") << u"soon"_s << DateOrder::Unknown << false;
}

void TestDateParser::evidence()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, expected);
    QFETCH(bool, isSlashDate);

    bool slash = !isSlashDate;
    QCOMPARE(DateParser::evidence(text, &slash), expected);
    QCOMPARE(slash, isSlashDate);
    QCOMPARE(DateParser::evidence(text), expected);
}

} // namespace funnelscope

QTEST_GUILESS_MAIN(funnelscope::TestDateParser)
#include "tst_dateparser.moc"

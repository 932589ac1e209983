#include "csv/dateparser.h"
#include "csv/datevocabulary.h"

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
    void languages_data();
    void languages();
    void ranges_data();
    void ranges();
    void notRanges_data();
    void notRanges();
    void vocabularyIsConsistent();
    void allTimeAndStartLabels();
};

// Every language's date forms as its tools write them in daily rows and range lines, each the 5th of May 2026
// (a Tuesday) unless the row says otherwise; the weekday is optional and ignored.
void TestDateParser::languages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<QString>("decimal"); // the decimal separator its language tells, or empty

    const QDate may5(2026, 5, 5);
    QTest::addRow("pt_BR Google Ads daily, weekday and de") << u"ter., 5 de mai. de 2026"_s << may5 << u","_s;
    QTest::addRow("pt_BR full") << u"terça-feira, 5 de maio de 2026"_s << may5 << u","_s;
    QTest::addRow("pt_PT") << u"terça, 5 de maio de 2026"_s << may5 << u","_s;
    QTest::addRow("Spanish") << u"5 de mayo de 2026"_s << may5 << u","_s;
    QTest::addRow("Spanish with weekday") << u"mar, 5 de mayo de 2026"_s << may5 << u","_s;
    QTest::addRow("Spanish abbreviation") << u"5 may 2026"_s << may5 << u""_s; // English May too: no language
    QTest::addRow("French") << u"5 mai 2026"_s << may5 << u","_s;
    QTest::addRow("French weekday mar. is Tuesday, not March") << u"mar., 5 mai 2026"_s << may5 << u","_s;
    QTest::addRow("French 1er") << u"1er avril 2026"_s << QDate(2026, 4, 1) << u","_s;
    QTest::addRow("German") << u"5. Mai 2026"_s << may5 << u","_s;
    QTest::addRow("German with weekday") << u"Di., 5. Mai 2026"_s << may5 << u","_s;
    QTest::addRow("German März") << u"5. März 2026"_s << QDate(2026, 3, 5) << u","_s;
    QTest::addRow("Polish genitive") << u"5 maja 2026"_s << may5 << u","_s;
    QTest::addRow("Polish with r.") << u"wt., 5 maja 2026 r."_s << may5 << u","_s;
    QTest::addRow("Polish październik genitive") << u"5 października 2026"_s << QDate(2026, 10, 5) << u","_s;
    QTest::addRow("Russian with г.") << u"5 мая 2026 г."_s << may5 << u","_s;
    QTest::addRow("Russian with weekday") << u"вт, 5 мая 2026 г."_s << may5 << u","_s;
    QTest::addRow("Russian abbreviation") << u"5 сент. 2026 г."_s << QDate(2026, 9, 5) << u","_s;
    QTest::addRow("Ukrainian with р.") << u"5 травня 2026 р."_s << may5 << u","_s;
    QTest::addRow("Czech genitive") << u"5. května 2026"_s << may5 << u","_s;
    QTest::addRow("Czech with weekday") << u"út 5. května 2026"_s << may5 << u","_s;
    QTest::addRow("Turkish") << u"5 Mayıs 2026"_s << may5 << u","_s;
    QTest::addRow("Turkish weekday after") << u"5 Mayıs 2026 Salı"_s << may5 << u","_s;
    QTest::addRow("Turkish capitals with İ") << u"5 EKİM 2026"_s << QDate(2026, 10, 5) << u","_s;
    QTest::addRow("Italian") << u"5 maggio 2026"_s << may5 << u","_s;
    QTest::addRow("Italian with weekday") << u"martedì 5 maggio 2026"_s << may5 << u","_s;
    QTest::addRow("Chinese") << u"2026年5月5日"_s << may5 << u""_s;
    QTest::addRow("Chinese with weekday") << u"2026年5月5日 星期二"_s << may5 << u""_s;
    QTest::addRow("Chinese with weekday in brackets") << u"2026年5月5日（週二）"_s << may5 << u""_s;
    QTest::addRow("Chinese slashes") << u"2026/5/5"_s << may5 << u""_s;
    QTest::addRow("dotted, two digits") << u"05.05.2026"_s << may5 << u""_s;
    QTest::addRow("dotted, one digit") << u"5.5.2026"_s << may5 << u""_s;
    QTest::addRow("English month first") << u"May 5, 2026"_s << may5 << u""_s;
    QTest::addRow("English lower case abbreviation") << u"mar 5, 2026"_s << QDate(2026, 3, 5) << u""_s;
    QTest::addRow("English with weekday") << u"Tue, May 5, 2026"_s << may5 << u""_s;
    QTest::addRow("English ordinal") << u"May 5th, 2026"_s << may5 << u""_s;
    QTest::addRow("English day first, dashes") << u"05-May-2026"_s << may5 << u""_s;
}

void TestDateParser::languages()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(QString, decimal);

    const DateParser::Result r = DateParser::parse(text, DateOrder::Unknown);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.date, expected);
    QCOMPARE(r.languageDecimal.isNull() ? QString() : QString(r.languageDecimal), decimal);
}

void TestDateParser::ranges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    const QDate apr1(2026, 4, 1);
    const QDate apr9(2026, 4, 9);
    QTest::addRow("Spanish") << u"1 de abril de 2026 - 9 de abril de 2026"_s << apr1 << apr9;
    QTest::addRow("Spanish with a") << u"1 de abril de 2026 a 9 de abril de 2026"_s << apr1 << apr9;
    QTest::addRow("Portuguese") << u"1 de abr. de 2026 - 9 de abr. de 2026"_s << apr1 << apr9;
    QTest::addRow("Polish") << u"1 kwietnia 2026 - 9 kwietnia 2026"_s << apr1 << apr9;
    QTest::addRow("Polish od … do") << u"od 1 kwietnia 2026 do 9 kwietnia 2026"_s << apr1 << apr9;
    QTest::addRow("Russian") << u"1 апреля 2026 г. - 9 апреля 2026 г."_s << apr1 << apr9;
    QTest::addRow("Ukrainian") << u"1 квітня 2026 р. – 9 квітня 2026 р."_s << apr1 << apr9;
    QTest::addRow("Turkish") << u"1 Nisan 2026 - 9 Nisan 2026"_s << apr1 << apr9;
    QTest::addRow("Chinese") << u"2026年4月1日 - 2026年4月9日"_s << apr1 << apr9;
    QTest::addRow("Chinese 至, no spaces") << u"2026年4月1日至2026年4月9日"_s << apr1 << apr9;
    QTest::addRow("German en dash") << u"1. April 2026 – 9. April 2026"_s << apr1 << apr9;
    QTest::addRow("German bis") << u"1. April 2026 bis 9. April 2026"_s << apr1 << apr9;
    QTest::addRow("French au") << u"1 avril 2026 au 9 avril 2026"_s << apr1 << apr9;
    QTest::addRow("Italian") << u"1 aprile 2026 - 9 aprile 2026"_s << apr1 << apr9;
    QTest::addRow("Czech") << u"1. dubna 2026 – 9. dubna 2026"_s << apr1 << apr9;
    QTest::addRow("dotted") << u"01.04.2026 - 09.04.2026"_s << apr1 << apr9;
    QTest::addRow("ISO") << u"2026-04-01 - 2026-04-09"_s << apr1 << apr9;
    QTest::addRow("English") << u"April 1, 2026 - April 9, 2026"_s << apr1 << apr9;
    QTest::addRow("English day first") << u"1 April 2026 - 9 April 2026"_s << apr1 << apr9;
    // One month and year written once, after the last day (or before the first day in Chinese and Japanese).
    QTest::addRow("Spanish, one month") << u"1–9 de abril de 2026"_s << apr1 << apr9;
    QTest::addRow("Spanish, one month, al") << u"1 al 9 de abril de 2026"_s << apr1 << apr9;
    QTest::addRow("Spanish, one year") << u"28 de marzo - 9 de abril de 2026"_s << QDate(2026, 3, 28) << apr9;
    QTest::addRow("Russian, one month") << u"1-9 апреля 2026 г."_s << apr1 << apr9;
    QTest::addRow("Russian, с … по") << u"с 1 по 9 апреля 2026 г."_s << apr1 << apr9;
    QTest::addRow("Russian, one year") << u"28 марта – 9 апреля 2026 г."_s << QDate(2026, 3, 28) << apr9;
    QTest::addRow("Turkish, one month") << u"1 - 9 Nisan 2026"_s << apr1 << apr9;
    QTest::addRow("Polish, one month") << u"1–9 kwietnia 2026"_s << apr1 << apr9;
    QTest::addRow("Chinese, one month") << u"2026年4月1日-9日"_s << apr1 << apr9;
    QTest::addRow("Chinese, one year") << u"2026年3月28日-4月9日"_s << QDate(2026, 3, 28) << apr9;
    QTest::addRow("across a year") << u"28 de diciembre de 2025 - 3 de enero de 2026"_s << QDate(2025, 12, 28)
                                   << QDate(2026, 1, 3);
}

void TestDateParser::ranges()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const DateParser::Range r = DateParser::parseRange(text, DateOrder::Unknown);
    QCOMPARE(r.first, first);
    QCOMPARE(r.last, last);
}

void TestDateParser::notRanges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("one date") << u"1 de abril de 2026"_s;
    QTest::addRow("ends before it starts") << u"9 kwietnia 2026 - 1 kwietnia 2026"_s;
    QTest::addRow("a title") << u"Informe de campañas"_s;
    QTest::addRow("all time") << u"Todo el período"_s;
    QTest::addRow("a month without a year") << u"1 de abril - 9 de abril"_s;
    QTest::addRow("days without a month") << u"1 - 9"_s;
    QTest::addRow("one month, ends before it starts") << u"9-1 апреля 2026 г."_s;
}

void TestDateParser::notRanges()
{
    QFETCH(QString, text);
    QVERIFY(!DateParser::parseRange(text, DateOrder::Unknown).first.isValid());
}

void TestDateParser::vocabularyIsConsistent()
{
    const DateVocabulary &v = DateVocabulary::instance();
    QVERIFY2(v.languages().size() >= 14, "a dates.json per language");
    // No month name is another month in another language (it would be refused as neither).
    QVERIFY2(v.conflicts().isEmpty(), qPrintable(v.conflicts().join(u", ")));
    QCOMPARE(v.month(u"maja"), 5);
    QCOMPARE(v.month(u"Września"), 9);
    QCOMPARE(v.month(u"декабря"), 12);
    QCOMPARE(v.month(u"Ağu"), 8);
    QCOMPARE(v.month(u"dubna"), 4);
    QVERIFY(v.isWeekday(u"ter."));
    QVERIFY(v.isWeekday(u"星期二"));
    QCOMPARE(v.decimalSeparatorOfMonth(u"maja"), QChar(u','));
    QCOMPARE(v.decimalSeparatorOfMonth(u"January"), QChar(u'.'));
    QVERIFY(v.decimalSeparatorOfMonth(u"mar").isNull()); // English and Polish, among others
}

void TestDateParser::allTimeAndStartLabels()
{
    const DateVocabulary &v = DateVocabulary::instance();
    for (const QString &line : {u"All time"_s, u"Todo el período"_s, u"Cały okres"_s, u"Всё время"_s,
                                u"Todo o período"_s, u"Tüm zamanlar"_s, u"所有時間"_s}) {
        QVERIFY2(v.isAllTime(line), qPrintable(line));
    }
    QVERIFY(!v.isAllTime(u"1 de abril de 2026 - 9 de abril de 2026"));
    QCOMPARE(v.afterStartLabel(u"# Start date: 20260401").toString(), u"20260401"_s);
    QCOMPARE(v.afterStartLabel(u"# Data de início: 20260401").toString(), u"20260401"_s);
    QCOMPARE(v.afterEndLabel(u"# Fecha de finalización: 20260409").toString(), u"20260409"_s);
    QVERIFY(v.afterStartLabel(u"# Account: Acme").isEmpty());
}

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

// Yandex Direct's Report Wizard CSV (Russian), its API Reports TSV (money in micro-units, or not) and Yandex Metrica's
// report CSV: each of our own small files follows the tool's shape (docs/export-shapes.md) and imports the totals a
// person adds up from its rows.

#include "channels/channeltaxonomy.h"
#include "importing/importer.h"
#include "importing/preset.h"
#include "store/sqlitestatement.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace funnelscope;
using namespace Qt::StringLiterals;

class TestYandex : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name) { return QStringLiteral(FUNNELSCOPE_EXPORTS "/") + QLatin1String(name); }

    // Day 0 is 2025-03-01. Money and conversions in micro-units.
    static QString campaignTotals()
    {
        return QStringLiteral(
            "SELECT count(DISTINCT day), min(day) - 2460736, sum(impressions), sum(clicks), sum(cost),"
            " sum(leads), group_concat(DISTINCT ch.name) FROM campaign_rows r JOIN channels ch ON"
            " ch.id = r.channel_id");
    }

    static QByteArray apiReport(const QByteArray &costs)
    {
        // Three rows of 50, 20 and 10 clicks; costs as given, tab-separated.
        const QList<QByteArray> cost = costs.split(',');
        return "Campaign stats (2025-03-01 - 2025-03-02)\n"
               "Date\tCampaignName\tImpressions\tClicks\tCost\tConversions\n"
               "2025-03-01\tBrand\t1000\t50\t" +
               cost.value(0) + "\t3\n2025-03-01\tBrand\t2000\t20\t" + cost.value(1) +
               "\t1\n2025-03-02\tGeneric\t500\t10\t" + cost.value(2) + "\t0\nTotal rows: 3\n";
    }

private slots:
    // 1,000 + 2,000 + 500 impressions, 50 + 20 + 10 clicks, 1 234,50 + 400,00 + 100,25 = 1 734,75 roubles, 3 + 1 + 0
    // conversions; the preamble and the Итого line are no rows; search and network rows keep their platform type.
    void directReportWizardInRussian()
    {
        TestWorkspace ws;
        Importer importer(ws.workspace());
        const ImportResult r = importer.importFile(fixture("yandex-direct-campaigns-ru.csv"), {});
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, u"yandex-direct"_s);
        QCOMPARE(r.presetTitle, u"Yandex Direct (Russian)"_s);
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(row(ws.workspace(), campaignTotals()), u"2 0 3500 80 1734750000 4000000 поиск,сети"_s);
        // The platform types are channels of the taxonomy: search is Paid Search, the networks Display Ads.
        QCOMPARE(row(ws.workspace(), u"SELECT count(*) FROM channels"_s), u"2"_s);
    }

    // The Report Wizard in Direct's English interface (tests/data/exports/localized/yandex-direct-en.csv): 12 000 +
    // 3 000 + 0 impressions, 240 + 60 + 0 clicks, 1 234,50 + 765,25 + 0,00 = 1 999,75 roubles, 3 + 1 + 0
    // conversions on 13 and 14 March; the preamble and the Total line are no rows; "search" is Paid Search and
    // "networks" Display Ads, as поиск and сети are.
    void directReportWizardInEnglish()
    {
        TestWorkspace ws;
        Importer importer(ws.workspace());
        const ImportResult r =
            importer.importFile(QStringLiteral(FUNNELSCOPE_EXPORTS "/localized/yandex-direct-en.csv"), {});
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.presetTitle, u"Yandex Direct (English)"_s);
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(row(ws.workspace(), campaignTotals()), u"2 12 15000 300 1999750000 4000000 search,networks"_s);
        QCOMPARE(ChannelTaxonomy::defaults().canonical(u"search"), u"Paid Search"_s);
        QCOMPARE(ChannelTaxonomy::defaults().canonical(u"networks"), u"Display Ads"_s);
        // Only Direct writes these: an English sheet of a marketer's own with a cost in roubles is not Direct.
        const ImportResult own = ws.import(u"own.csv"_s, "Date;Channel;Campaign;Impressions;Clicks;Cost (RUB)\n"
                                                         "2025-03-13;Email;Spring;100;4;2.00\n");
        QCOMPARE(own.preset, u"generic"_s);
    }

    // Without "Тип площадки" every row is Paid Search.
    void directWithoutPlatformTypeIsPaidSearch()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(u"direct.csv"_s, "Дата;Кампания;Показы;Клики;Расход (тенге);Конверсии\n"
                                                          "01.03.2025;Бренд;100;5;1 500,00;1\n"
                                                          "Итого;;100;5;1 500,00;1\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, u"yandex-direct"_s);
        QCOMPARE(r.imported, 1);
        QCOMPARE(row(ws.workspace(), campaignTotals()), u"1 0 100 5 1500000000 1000000 Paid Search"_s);
    }

    // The API's default: Cost in micro-units (1 234,50 roubles is 1234500000), stored as they are.
    void directApiMicros()
    {
        TestWorkspace ws;
        Importer importer(ws.workspace());
        const ImportResult r = importer.importFile(fixture("yandex-direct-api-campaigns.tsv"), {});
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, u"yandex-direct-api"_s);
        QVERIFY2(r.rejected == 0, qPrintable(r.summary()));
        QCOMPARE(r.imported, 3);
        QCOMPARE(row(ws.workspace(), campaignTotals()), u"2 0 3500 80 1734750000 4000000 SEARCH,AD_NETWORK"_s);
    }

    // returnMoneyInMicros: false writes amounts with two decimals: read as amounts.
    void directApiAmounts()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(u"report.tsv"_s, apiReport("1234.50,400.00,100.25"));
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, u"yandex-direct-api"_s);
        QCOMPARE(r.rejected, 0); // "Total rows: 3" is the API's summary line, no row
        QCOMPARE(row(ws.workspace(), u"SELECT sum(cost) FROM campaign_rows"_s), u"1734750000"_s);
        // A zero written without decimals beside amounts is still an amount.
        TestWorkspace ws2;
        const ImportResult zero = ws2.import(u"report.tsv"_s, apiReport("0,400.00,100.25"));
        QVERIFY2(zero.status == ImportResult::Status::Imported, qPrintable(zero.summary()));
        QCOMPARE(row(ws2.workspace(), u"SELECT sum(cost) FROM campaign_rows"_s), u"500250000"_s);
    }

    // Whole numbers that are not micro-units as the API writes them (rounded to 10,000): 1234 could be roubles or
    // 0.001234 of a rouble, so the file is refused, naming the cell.
    void directApiUndecidableMoneyIsRefused()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(u"report.tsv"_s, apiReport("1234,400,100"));
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(u"'1234' in column 'Cost' is a whole number but not one of the Yandex Direct "
                                      "API's micro-units") &&
                     r.summary().contains(u"returnMoneyInMicros: false"),
                 qPrintable(r.summary()));
        QCOMPARE(r.errors.value(0).line, 3);
        // Multiples of 10,000 that would make a click cost 0.0005 of the currency: whole amounts, not micro-units.
        const ImportResult cheap = ws.import(u"cheap.tsv"_s, apiReport("20000,10000,10000"));
        QCOMPARE(cheap.status, ImportResult::Status::Refused);
        QVERIFY2(cheap.summary().contains(u"less than 0.01 of the currency"), qPrintable(cheap.summary()));
    }

    // The decision is made on every cell of the file, not on its first part: micro-units far into it beside an amount
    // with decimals are refused, naming the later cell.
    void directApiMixedMoneyIsRefused()
    {
        TestWorkspace ws;
        QByteArray report = "Date\tCampaignName\tClicks\tCost\n";
        for (int i = 0; i < 20000; ++i) {
            report += "2025-03-01\tBrand\t10\t5000000\n"; // 5 roubles, or 5 million
        }
        report += "2025-03-02\tBrand\t10\t5.50\n";
        const ImportResult r = ws.import(u"long.tsv"_s, report);
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(u"column 'Cost' has amounts with decimals ('5.50', line 20002) and whole numbers"
                                      " like the Yandex Direct API's micro-units ('5000000', line 2)"),
                 qPrintable(r.summary()));
        QCOMPARE(r.errors.value(0).line, 20002);
    }

    // Visits 1,000 + 500; bounces 15 % × 1,000 + 30 % × 500 = 150 + 150; pageviews 2.5 × 1,000 + 1.6 × 500 = 2,500 +
    // 800; time on site 150 s × 1,000 + 60 s × 500 = 180,000 s; goals 20 + 10. "Итого и средние" is no row.
    void metricaSourcesByDay()
    {
        TestWorkspace ws;
        Importer importer(ws.workspace());
        const ImportResult r = importer.importFile(fixture("yandex-metrica-sources-by-day.csv"), {});
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, u"yandex-metrica"_s);
        QCOMPARE(r.presetTitle, u"Yandex Metrica (Russian)"_s);
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(row(ws.workspace(), u"SELECT count(DISTINCT day), sum(sessions), sum(bounces), sum(pageviews),"
                                     " sum(engaged_seconds), sum(key_events) FROM campaign_rows"_s),
                 u"2 1500 300 3300 180000000000 30000000"_s);
    }

    // A report by source without dates covers the range given; ';' and decimal commas as a Russian spreadsheet saves.
    void metricaSourcesOverARange()
    {
        TestWorkspace ws;
        Importer importer(ws.workspace());
        const ImportResult refused = importer.importFile(fixture("yandex-metrica-sources.csv"), {});
        QCOMPARE(refused.status, ImportResult::Status::Refused);
        QVERIFY2(refused.summary().contains(u"--from and --to"), qPrintable(refused.summary()));
        ImportOptions options;
        options.rangeFrom = QDate(2025, 3, 1);
        options.rangeTo = QDate(2025, 3, 2);
        const ImportResult r = importer.importFile(fixture("yandex-metrica-sources.csv"), options);
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, u"yandex-metrica"_s);
        QCOMPARE(r.imported, 2);
        QCOMPARE(row(ws.workspace(), u"SELECT count(DISTINCT day), sum(sessions), sum(bounces), sum(pageviews),"
                                     " sum(engaged_seconds), sum(key_events) FROM campaign_rows"_s),
                 u"2 1500 300 3300 180000000000 30000000"_s);
    }

    // Metrica's English interface: the same report by day. By hand: sessions 1,000 + 500 = 1,500; bounces
    // 15 % of 1,000 + 30 % of 500 = 150 + 150 = 300; pageviews 2.5 × 1,000 + 1.6 × 500 = 3,300.
    void metricaInEnglish()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(
            u"metrica.csv"_s, "Date of visit,Traffic source,Sessions,Users,Bounce rate,Page depth,Time on site\n"
                              "Total and averages,,1500,1200,20 %,2.2,0:02:00\n"
                              "2025-03-01,Search engine traffic,1000,800,15 %,2.5,0:02:30\n"
                              "2025-03-02,Direct traffic,500,400,30 %,1.6,0:01:00\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, u"yandex-metrica"_s);
        QCOMPARE(r.imported, 2);
        QCOMPARE(row(ws.workspace(), u"SELECT sum(sessions), sum(bounces), sum(pageviews) FROM campaign_rows"_s),
                 u"1500 300 3300"_s);
    }

    // A report grouped by month or week (the API reference: "Session date in format YYYY-MM-DD, rounded to beginning
    // of month"; the month-of-year grouping has the same name and holds 1 to 12) is refused, naming the column, even
    // with a range given: its rows are not days, and spreading them over the range would misplace every total.
    void metricaGroupedByMonthIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("column");
        QTest::newRow("Russian, month") << QByteArray("Месяц визита,Источник трафика,Визиты,Отказы\n"
                                                      "2025-03-01,Прямые заходы,100,10 %\n"
                                                      "2025-04-01,Прямые заходы,200,10 %\n")
                                        << u"Месяц визита"_s;
        QTest::newRow("Russian, week") << QByteArray("Неделя визита;Источник трафика;Визиты;Отказы\n"
                                                     "03.03.2025;Прямые заходы;100;10 %\n")
                                       << u"Неделя визита"_s;
        QTest::newRow("English, month") << QByteArray("Month of visit,Traffic source,Sessions,Bounce rate\n"
                                                      "2025-03-01,Direct traffic,100,10 %\n")
                                        << u"Month of visit"_s;
    }

    void metricaGroupedByMonthIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, column);
        TestWorkspace ws;
        ImportOptions options;
        options.rangeFrom = QDate(2025, 3, 1);
        options.rangeTo = QDate(2025, 4, 30);
        const ImportResult r = Importer(ws.workspace()).importFile(ws.write(u"metrica.csv"_s, bytes), options);
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(u"column '"_s + column + u"' groups this Yandex Metrica"_s),
                 qPrintable(r.summary()));
        QVERIFY2(r.summary().contains(u"grouped by day"_s), qPrintable(r.summary()));
        QCOMPARE(row(ws.workspace(), u"SELECT count(*) FROM campaign_rows"_s), u"0"_s);
    }

    // A bounce rate written without its % sign (12,5 for 12.5 %) would make 12.5 bounces a visit: the row is
    // rejected, never stored as a count a hundred times too large.
    void metricaBounceRateMustBeAShare()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(u"metrica.csv"_s, "Дата визита,Источник трафика,Визиты,Отказы\n"
                                                           "2025-03-01,Прямые заходы,100,12.5\n"
                                                           "2025-03-02,Прямые заходы,100,0.125\n"
                                                           "2025-03-03,Прямые заходы,100,12.5 %\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, u"yandex-metrica"_s);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.errors.value(0).line, 2);
        QCOMPARE(r.errors.value(0).column, u"Отказы"_s);
        QVERIFY2(r.errors.value(0).reason.contains(u"bounce rate over 100 %"), qPrintable(r.summary()));
        // 12.5 bounces each (rounded to the nearest whole bounce, halves away from zero): 13 + 13.
        QCOMPARE(row(ws.workspace(), u"SELECT sum(bounces) FROM campaign_rows"_s), u"26"_s);
    }

    // Direct's money headers name the account's currency: "Расход (тенге)" is in tenge, "(бел. руб.)" in Belarusian
    // roubles, "(руб.)" in Russian roubles.
    void currencyFromTheMoneyHeader()
    {
        const std::pair<const char *, const char *> cases[] = {
            {"Расход (тенге)", "KZT"}, {"Расход (бел. руб.)", "BYN"}, {"Расход (руб.)", "RUB"}};
        for (const auto &[header, code] : cases) {
            TestWorkspace ws;
            const ImportResult r = ws.import(u"direct.csv"_s, QByteArray("Дата;Кампания;Показы;Клики;") + header +
                                                                  ";Конверсии\n01.03.2025;Бренд;100;5;1 500,00;1\n");
            QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
            SqliteStatement q(ws.workspace().handle(), u"SELECT currency FROM campaign_rows"_s);
            QVERIFY(q.step());
            QCOMPARE(q.text(0), QString::fromLatin1(code));
        }
    }
};

QTEST_GUILESS_MAIN(TestYandex)
#include "tst_yandex.moc"

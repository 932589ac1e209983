// Amounts in several currencies: stored with their currency, exchange rates imported offline, money KPIs converted
// into one reporting currency day by day, and missing rates never silent (docs/currencies.md). Every expected value
// is a hand computation: each day's amount ÷ (or ×) that day's rate.

#include "clisandbox.h"
#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "importing/columnmapping.h"
#include "kpi/kpiengine.h"
#include "money/currency.h"
#include "money/exchangerates.h"
#include "store/sqlitestatement.h"
#include "testworkspace.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTest>

using namespace funnelscope;
using namespace Qt::StringLiterals;

namespace {

// The ECB's file as published: newest day first, units per 1 EUR, N/A where there is none, a trailing empty column.
// Thursday 2025-03-06 and Friday 2025-03-07; nothing for the weekend.
const QByteArray Ecb = "Date,USD,JPY,PLN,\n"
                       "2025-03-07,1.0800,N/A,4.2000,\n"
                       "2025-03-06,1.0500,160.00,4.0000,\n";

ImportOptions in(const char *code)
{
    ImportOptions o;
    o.currency = QString::fromLatin1(code);
    return o;
}

// A Google Ads-like account in złoty (its Currency code column) and a Meta-like one in dollars (cells with "$",
// the account's currency given at import).
void importCampaigns(TestWorkspace &ws)
{
    QCOMPARE(ws.import(QStringLiteral("pln.csv"),
                       "date,channel,campaign,cost,currency code\n"
                       "2025-03-06,Paid Search,A,420.00,PLN\n"
                       "2025-03-07,Paid Search,A,84.00,PLN\n"
                       "2025-03-08,Paid Search,A,42.00,PLN\n",
                       in("USD")) // the column wins over the import's currency
                 .statusName(),
             QStringLiteral("imported"));
    QCOMPARE(ws.import(QStringLiteral("usd.csv"),
                       "date,channel,campaign,clicks,cost\n"
                       "2025-03-06,Paid Social,B,10,$105.00\n"
                       "2025-03-09,Paid Social,B,5,$21.60\n",
                       in("USD"))
                 .statusName(),
             QStringLiteral("imported"));
}

std::optional<double> kpi(Workspace &w, const char *id, const QString &currency, const QDate &from, const QDate &to,
                          KpiEngine *engineOut = nullptr)
{
    KpiEngine local(w);
    KpiEngine &engine = engineOut ? *engineOut : local;
    engine.setReportingCurrency(currency);
    return engine.compute({from, to, {}, {}}).value(QString::fromLatin1(id));
}

const QDate Thu(2025, 3, 6);
const QDate Sun(2025, 3, 9);

} // namespace

class TestCurrency : public QObject
{
    Q_OBJECT

private slots:
    void symbolsAndCodesInCells()
    {
        using currency::inAmount;
        QCOMPARE(inAmount(u"1 234,50 zł").code, QStringLiteral("PLN"));
        QCOMPARE(inAmount(u"PLN 12.50").code, QStringLiteral("PLN"));
        QCOMPARE(inAmount(u"₺1.234,50").code, QStringLiteral("TRY"));
        QCOMPARE(inAmount(u"1 234 ₽").code, QStringLiteral("RUB"));
        // Yandex Direct's money headers name the account's currency.
        QCOMPARE(currency::inHeader(u"Расход (руб.)"), QStringLiteral("RUB"));
        QCOMPARE(currency::inHeader(u"Расход (бел. руб.)"), QStringLiteral("BYN"));
        QCOMPARE(currency::inHeader(u"Расход (тенге)"), QStringLiteral("KZT"));
        QCOMPARE(currency::inHeader(u"CTR (%)"), QString());
        QCOMPARE(inAmount(u"NT$1,234").code, QStringLiteral("TWD"));
        QCOMPARE(inAmount(u"€12").code, QStringLiteral("EUR"));
        QCOMPARE(inAmount(u"12.50").code, QString());
        // One sign, several currencies: only an account or import currency says which.
        QCOMPARE(inAmount(u"$12,500").ambiguous, QStringLiteral("$"));
        QCOMPARE(inAmount(u"¥1000").ambiguous, QStringLiteral("¥"));
        QVERIFY(currency::symbolFits(u"$", u"USD") && currency::symbolFits(u"¥", u"JPY"));
        QVERIFY(!currency::symbolFits(u"$", u"PLN"));
        QCOMPARE(currency::inHeader(u"Amount spent (INR)"), QStringLiteral("INR"));
        QCOMPARE(currency::inHeader(u"Cost [EUR]"), QStringLiteral("EUR"));
        QCOMPARE(currency::inHeader(u"Cost (all)"), QString());
    }

    void eachRowKeepsItsCurrency()
    {
        TestWorkspace ws;
        importCampaigns(ws);
        // Two currencies in one column: each row its own.
        QCOMPARE(ws.import(QStringLiteral("mixed.csv"), "date,channel,campaign,cost,currency\n"
                                                        "2025-03-06,Email,M1,10,EUR\n"
                                                        "2025-03-06,Email,M2,20,zł\n")
                     .statusName(),
                 QStringLiteral("imported"));
        SqliteStatement q(ws.workspace().handle(),
                          QStringLiteral("SELECT c.name, r.currency FROM campaign_rows r JOIN campaigns c ON c.id ="
                                         " r.campaign_id ORDER BY r.day, c.name"));
        QStringList rows;
        while (q.step()) {
            rows.append(q.text(0) + u'=' + q.text(1));
        }
        QCOMPARE(rows,
                 QStringList({u"A=PLN"_s, u"B=USD"_s, u"M1=EUR"_s, u"M2=PLN"_s, u"A=PLN"_s, u"A=PLN"_s, u"B=USD"_s}));
        QCOMPARE(ws.workspace().storedCurrencies(), QStringList({u"EUR"_s, u"PLN"_s, u"USD"_s}));
        // The header names the currency (Meta's "Amount spent (INR)").
        ImportOptions mapped;
        mapped.columns.insert(ColumnMapping::normalisedHeader(u"Amount spent (INR)"), QStringLiteral("cost"));
        QCOMPARE(ws.import(QStringLiteral("meta.csv"),
                           "date,channel,campaign,Amount spent (INR)\n2025-03-06,Paid Social,I,500\n", mapped)
                     .statusName(),
                 QStringLiteral("imported"));
        SqliteStatement inr(
            ws.workspace().handle(),
            QStringLiteral("SELECT currency, cost FROM campaign_rows WHERE campaign_id = (SELECT id FROM"
                           " campaigns WHERE name = 'I')"));
        QVERIFY(inr.step());
        QCOMPARE(inr.text(0), QStringLiteral("INR"));
        QCOMPARE(inr.integer(1), qint64(500'000'000));
    }

    void twoCurrenciesInOneRowAreRefused()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("twice.csv"), "date,channel,campaign,cost,currency\n"
                                                                      "2025-03-06,Email,M,10,EUR\n"
                                                                      "2025-03-06,Email,M,20,PLN\n");
        QCOMPARE(r.statusName(), QStringLiteral("refused"));
        QVERIFY2(r.summary().contains(u"two currencies"), qPrintable(r.summary()));
    }

    void amountsWithoutAKnowableCurrencyAreNeverGuessed()
    {
        TestWorkspace ws;
        Importer importer(ws.workspace());
        // Plain numbers, no currency anywhere, a workspace without one: stored without a currency (XXX) and said,
        // never guessed. Alone in the workspace they are reported as they are.
        const ImportResult plain = importer.importFile(
            ws.write(QStringLiteral("spend-q1.csv"), "date,channel,campaign,cost\n2025-03-06,Email,N,12.50\n"), {});
        QCOMPARE(plain.statusName(), QStringLiteral("imported"));
        QVERIFY2(plain.note.contains(u"no currency") && plain.note.contains(u"--currency"), qPrintable(plain.note));
        {
            SqliteStatement q(ws.workspace().handle(), QStringLiteral("SELECT currency FROM campaign_rows"));
            QVERIFY(q.step());
            QCOMPARE(q.text(0), QStringLiteral("XXX"));
        }
        QCOMPARE(kpi(ws.workspace(), "media_cost", {}, Thu, Thu), 12.5);
        // Asked for in another currency, they have no rate: unknown, and said.
        KpiEngine engine(ws.workspace());
        QCOMPARE(kpi(ws.workspace(), "media_cost", QStringLiteral("EUR"), Thu, Thu, &engine), std::nullopt);
        QVERIFY2(engine.currencyNotes().join(u' ').contains(u"without a currency"),
                 qPrintable(engine.currencyNotes().join(u' ')));
        // "$" alone: USD, CAD, AUD...? Refused without the account's currency, and with one it cannot be.
        const QString deals = ws.write(QStringLiteral("deals.csv"), "deal_id,created_date,close_date,status,amount\n"
                                                                    "D1,2025-03-01,2025-03-06,won,\"$12,500\"\n"
                                                                    // A lost deal whose cents say the decimal point.
                                                                    "D0,2025-02-01,2025-02-03,lost,\"$950.50\"\n");
        const ImportResult dollars = importer.importFile(deals, {});
        QCOMPARE(dollars.statusName(), QStringLiteral("refused"));
        QVERIFY2(dollars.summary().contains(u"'$'") && dollars.summary().contains(u"--currency"),
                 qPrintable(dollars.summary()));
        QCOMPARE(importer.importFile(deals, in("PLN")).statusName(), QStringLiteral("refused"));
        QCOMPARE(scalarCount(ws.workspace(), "deals"), 0);
        // With the account's currency it imports, in it (alone in dollars: the spend without a currency is apart).
        QCOMPARE(importer.importFile(deals, in("USD")).statusName(), QStringLiteral("imported"));
        QCOMPARE(kpi(ws.workspace(), "revenue", QStringLiteral("USD"), Thu, Thu), 12500.0);
        // The workspace currency is the last resort.
        ws.workspace().setSetting(QStringLiteral("currency"), QStringLiteral("EUR"));
        QCOMPARE(importer
                     .importFile(ws.write(QStringLiteral("spend-q2.csv"),
                                          "date,channel,campaign,cost\n2025-04-01,Email,N,7.50\n"),
                                 {})
                     .statusName(),
                 QStringLiteral("imported"));
        SqliteStatement q(
            ws.workspace().handle(),
            QStringLiteral("SELECT currency FROM campaign_rows WHERE day = %1").arg(QDate(2025, 4, 1).toJulianDay()));
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("EUR"));
    }

    void spendInEurIsEachDaysAmountOverThatDaysRate()
    {
        TestWorkspace ws;
        importCampaigns(ws);
        const ImportResult rates = ws.import(QStringLiteral("eurofxref-hist.csv"), Ecb);
        QCOMPARE(rates.statusName(), QStringLiteral("imported"));
        QCOMPARE(rates.kind, QStringLiteral("rates"));
        // PLN: 420 / 4.0 + 84 / 4.2 + Saturday 42 / 4.2 (Friday's rate) = 105 + 20 + 10.
        // USD: 105 / 1.05 + Sunday 21.60 / 1.08 (Friday's rate) = 100 + 20.
        KpiEngine engine(ws.workspace());
        QCOMPARE(kpi(ws.workspace(), "media_cost", QStringLiteral("EUR"), Thu, Sun, &engine), 255.0);
        QVERIFY(engine.missingRates().isEmpty());
        QVERIFY(engine.currencyNotes().isEmpty());
        // CPC: the cost of rows with clicks (the dollar account's 120 EUR) over its 15 clicks.
        QCOMPARE(kpi(ws.workspace(), "cpc", QStringLiteral("EUR"), Thu, Sun), 8.0);
        // Into złoty through the euro: 105 USD = 105 / 1.05 × 4.0 = 400 PLN; 21.60 USD = 21.60 / 1.08 × 4.2 = 84 PLN;
        // plus the 546 PLN as they are.
        QCOMPARE(kpi(ws.workspace(), "media_cost", QStringLiteral("PLN"), Thu, Sun), 1030.0);
        // By day: Saturday's złoty at Friday's rate.
        KpiEngine days(ws.workspace());
        days.setReportingCurrency(QStringLiteral("EUR"));
        const QList<KpiEngine::Row> rows = days.breakdown({Thu, Sun, {}, {}}, Breakdown::Day, Comparison::None);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).values.value(u"media_cost"), 205.0); // 105 + 100
        QCOMPARE(rows.at(1).values.value(u"media_cost"), 20.0);
        QCOMPARE(rows.at(2).values.value(u"media_cost"), 10.0);
        QCOMPARE(rows.at(3).values.value(u"media_cost"), 20.0);
        // By channel, the same conversions.
        const QList<KpiEngine::Row> channels = days.breakdown({Thu, Sun, {}, {}}, Breakdown::Channel, Comparison::None);
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0).key, QStringLiteral("Paid Search"));
        QCOMPARE(channels.at(0).values.value(u"media_cost"), 135.0);
        QCOMPARE(channels.at(1).values.value(u"media_cost"), 120.0);
    }

    // Issue 16's check: złoty, dollar and euro accounts, a CRM in dollars and the ECB's rates give media spend, CPL,
    // revenue, ROI and CAC in euros equal to a hand conversion at each day's rate; without the rates they are unknown
    // and said.
    void threeCurrenciesInEurosAsByHand()
    {
        const auto fill = [](TestWorkspace &ws, bool withRates) {
            importCampaigns(ws); // PLN 420 Thu, 84 Fri, 42 Sat; USD 105 Thu, 21.60 Sun
            QCOMPARE(ws.import(QStringLiteral("eur.csv"), "date,channel,campaign,cost\n2025-03-06,Email,E,50.00\n",
                               in("EUR"))
                         .statusName(),
                     QStringLiteral("imported"));
            QByteArray leads = "lead_id,created_date,channel\n";
            for (int i = 1; i <= 10; ++i) {
                leads += "L" + QByteArray::number(i) + ",2025-03-0" + QByteArray::number(6 + i % 4) + ",Email\n";
            }
            QCOMPARE(ws.import(QStringLiteral("leads.csv"), leads).statusName(), QStringLiteral("imported"));
            QCOMPARE(ws.import(QStringLiteral("deals.csv"),
                               "deal_id,created_date,close_date,status,amount\n"
                               "D1,2025-03-01,2025-03-06,won,\"$12,600.00\"\n"
                               "D2,2025-03-01,2025-03-07,lost,\"$950.50\"\n",
                               in("USD"))
                         .statusName(),
                     QStringLiteral("imported"));
            QCOMPARE(ws.import(QStringLiteral("customers.csv"),
                               "customer_id,start_date,mrr\n"
                               "C1,2025-03-07,100.00\n"
                               "C2,2025-03-07,200.00\n",
                               in("USD"))
                         .statusName(),
                     QStringLiteral("imported"));
            if (withRates) {
                QCOMPARE(ws.import(QStringLiteral("eurofxref-hist.csv"), Ecb).statusName(), QStringLiteral("imported"));
            }
        };
        TestWorkspace ws;
        fill(ws, true);
        // Media spend: PLN 420 / 4.0 + 84 / 4.2 + 42 / 4.2 (Saturday at Friday's rate) = 135; USD 105 / 1.05 + 21.60 /
        // 1.08 (Sunday at Friday's rate) = 120; EUR 50 as it is. 305 EUR.
        QCOMPARE(kpi(ws.workspace(), "media_cost", QStringLiteral("EUR"), Thu, Sun), 305.0);
        // CPL: 305 EUR over 10 leads.
        QCOMPARE(kpi(ws.workspace(), "cpl", QStringLiteral("EUR"), Thu, Sun), 30.5);
        // Revenue: the deal won on Thursday, 12,600 USD / 1.05 = 12,000 EUR.
        QCOMPARE(kpi(ws.workspace(), "revenue", QStringLiteral("EUR"), Thu, Sun), 12000.0);
        // ROI: (12,000 − 305) / 305; CAC: 305 over the 2 new customers.
        QCOMPARE(kpi(ws.workspace(), "marketing_roi", QStringLiteral("EUR"), Thu, Sun), (12000.0 - 305.0) / 305.0);
        QCOMPARE(kpi(ws.workspace(), "cac", QStringLiteral("EUR"), Thu, Sun), 152.5);

        // The same without the rates: every money KPI that needs one is unknown, and the reason names the currencies.
        TestWorkspace bare;
        fill(bare, false);
        KpiEngine engine(bare.workspace());
        for (const char *id : {"media_cost", "cpl", "revenue", "marketing_roi", "cac"}) {
            QCOMPARE(kpi(bare.workspace(), id, QStringLiteral("EUR"), Thu, Sun, &engine), std::nullopt);
        }
        QCOMPARE(kpi(bare.workspace(), "leads", QStringLiteral("EUR"), Thu, Sun), 10.0); // counts need no rate
        const QString notes = engine.currencyNotes().join(u' ');
        QVERIFY2(notes.contains(u"PLN") && notes.contains(u"USD") && notes.contains(u"EUR"), qPrintable(notes));
    }

    // The currency given for a source is remembered for its next imports (and said); a generic file without a source
    // remembers nothing.
    void theCurrencyOfASourceIsRemembered()
    {
        TestWorkspace ws;
        Importer importer(ws.workspace()); // without TestWorkspace::import's default currency
        ImportOptions first = in("USD");
        first.source = QStringLiteral("meta-us");
        QCOMPARE(ws.import(QStringLiteral("march.csv"), "date,channel,campaign,cost\n2025-03-06,Paid Social,B,10.00\n",
                           first)
                     .statusName(),
                 QStringLiteral("imported"));
        ImportOptions next;
        next.source = QStringLiteral("meta-us");
        const ImportResult april = importer.importFile(
            ws.write(QStringLiteral("april.csv"), "date,channel,campaign,cost\n2025-04-01,Paid Social,B,20.00\n"),
            next);
        QCOMPARE(april.statusName(), QStringLiteral("imported"));
        QVERIFY2(april.note.contains(u"USD") && april.note.contains(u"meta-us"), qPrintable(april.note));
        SqliteStatement q(ws.workspace().handle(),
                          QStringLiteral("SELECT DISTINCT currency FROM campaign_rows ORDER BY currency"));
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("USD"));
        QVERIFY(!q.step());
        // Another source, or a file without one, does not take it.
        const ImportResult other = importer.importFile(
            ws.write(QStringLiteral("own.csv"), "date,channel,campaign,cost\n2025-04-02,Email,N,5.00\n"), {});
        QCOMPARE(other.statusName(), QStringLiteral("imported"));
        QVERIFY2(other.note.contains(u"no currency"), qPrintable(other.note));
    }

    // A money goal keeps the currency it was set in: set while the workspace reports in euros, it is measured in
    // euros when the window or the CLI reports in złoty.
    void aMoneyGoalKeepsItsCurrency()
    {
        TestWorkspace ws;
        importCampaigns(ws);
        QCOMPARE(ws.import(QStringLiteral("eurofxref-hist.csv"), Ecb).statusName(), QStringLiteral("imported"));
        ws.workspace().setSetting(QStringLiteral("currency"), QStringLiteral("EUR"));
        Goal g;
        g.name = QStringLiteral("Spend at most 300 EUR");
        g.kpi = QStringLiteral("media_cost");
        g.target = 300;
        g.start = Thu;
        g.deadline = Sun;
        g.baselineFrom = QDate(2025, 3, 1);
        g.baselineTo = QDate(2025, 3, 5);
        GoalStore store(ws.workspace());
        const qint64 id = store.save(g);
        QVERIFY(id > 0);
        const Goal saved = *store.goal(id);
        QCOMPARE(saved.currency, QStringLiteral("EUR"));
        // Measured with an engine reporting in złoty: 255 EUR (spendInEurIsEachDaysAmountOverThatDaysRate), not
        // 1,030 PLN; the engine reports in złoty again afterwards.
        KpiEngine engine(ws.workspace());
        engine.setReportingCurrency(QStringLiteral("PLN"));
        const GoalProgress p = GoalProgress::compute(engine, saved, Sun);
        QCOMPARE(p.current, 255.0);
        QCOMPARE(engine.requestedCurrency(), QStringLiteral("PLN"));
        QCOMPARE(engine.compute({Thu, Sun, {}, {}}).value(u"media_cost"), 1030.0);
        // A goal that is not money keeps none.
        g.kpi = QStringLiteral("clicks");
        QCOMPARE(store.goal(store.save(g))->currency, QString());
    }

    void aGapOfEightDaysIsMissingAndSaidSo()
    {
        TestWorkspace ws;
        importCampaigns(ws);
        ws.import(QStringLiteral("eurofxref-hist.csv"), Ecb);
        // Friday the 14th is 7 days after the last rate: still Friday the 7th's. Saturday the 15th is 8 days: missing.
        ws.import(QStringLiteral("later.csv"), "date,channel,campaign,cost,currency\n"
                                               "2025-03-14,Paid Search,A,42.00,PLN\n"
                                               "2025-03-15,Paid Search,A,8.40,PLN\n");
        QCOMPARE(kpi(ws.workspace(), "media_cost", QStringLiteral("EUR"), QDate(2025, 3, 14), QDate(2025, 3, 14)),
                 10.0);
        KpiEngine engine(ws.workspace());
        const QDate from(2025, 3, 1);
        const QDate to(2025, 3, 31);
        QCOMPARE(kpi(ws.workspace(), "media_cost", QStringLiteral("EUR"), from, to, &engine), std::nullopt);
        QCOMPARE(kpi(ws.workspace(), "cpl", QStringLiteral("EUR"), from, to), std::nullopt);
        QCOMPARE(kpi(ws.workspace(), "total_cost", QStringLiteral("EUR"), from, to), std::nullopt);
        QCOMPARE(engine.missingRates().keys(), QStringList{QStringLiteral("PLN")});
        QCOMPARE(engine.missingRates().value(QStringLiteral("PLN")), QSet<qint64>{QDate(2025, 3, 15).toJulianDay()});
        const QStringList notes = engine.currencyNotes();
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"PLN") && notes.first().contains(u"EUR") &&
                     notes.first().contains(u"2025-03-15"),
                 qPrintable(notes.first()));
        // Amounts in the reporting currency need no rate: the dollar account alone is still known in USD... but
        // the złoty are not, so the total stays unknown rather than a sum of what could be converted.
        QCOMPARE(kpi(ws.workspace(), "media_cost", QStringLiteral("USD"), from, to), std::nullopt);
    }

    void withoutRatesMoneyIsUnknown()
    {
        TestWorkspace ws;
        importCampaigns(ws);
        KpiEngine engine(ws.workspace());
        QCOMPARE(kpi(ws.workspace(), "media_cost", QStringLiteral("EUR"), Thu, Sun, &engine), std::nullopt);
        QCOMPARE(engine.missingRates().value(QStringLiteral("PLN")).size(), 3);
        QCOMPARE(engine.missingRates().value(QStringLiteral("USD")).size(), 2);
        // No reporting currency chosen among two: unknown, and said so.
        KpiEngine unchosen(ws.workspace());
        QCOMPARE(kpi(ws.workspace(), "media_cost", {}, Thu, Sun, &unchosen), std::nullopt);
        QCOMPARE(unchosen.reportingCurrency(), QString());
        QVERIFY(unchosen.currencyNotes().value(0).contains(u"PLN, USD"));
        // Counts are not money: they stay.
        QCOMPARE(kpi(ws.workspace(), "media_cost", {}, Thu, Sun).has_value(), false);
        QVERIFY(kpi(ws.workspace(), "cpc", {}, Thu, Sun) == std::nullopt);
    }

    void nbpAndGenericRatesParse()
    {
        TestWorkspace ws;
        // The NBP's table A archive: ";" and decimal commas, złoty per the column's units (100 HUF), a names line,
        // the table numbers at the end.
        const ImportResult nbp = ws.import(QStringLiteral("archiwum_tab_a_2025.csv"),
                                           "data;1USD;1EUR;100HUF;nr tabeli;pe\xc5\x82ny numer tabeli;\n"
                                           ";dolar ameryka\xc5\x84ski;euro;forint (W\xc4\x99gry);;;\n"
                                           "20250306;4,0000;4,2000;1,0800;45;045/A/NBP/2025;\n");
        QCOMPARE(nbp.statusName(), QStringLiteral("imported"));
        QCOMPARE(nbp.source, QStringLiteral("nbp"));
        SqliteStatement q(ws.workspace().handle(), QStringLiteral("SELECT base, quote, rate FROM rates ORDER BY base"));
        QStringList rows;
        while (q.step()) {
            rows.append(QStringLiteral("%1>%2=%3").arg(q.text(0), q.text(1)).arg(q.real(2)));
        }
        QCOMPARE(rows, QStringList({u"EUR>PLN=4.2"_s, u"HUF>PLN=0.0108"_s, u"USD>PLN=4"_s}));
        // A generic file: 1 from = rate to.
        QCOMPARE(ws.import(QStringLiteral("rates.csv"), "date,from,to,rate\n2025-03-06,GBP,EUR,1.2\n").statusName(),
                 QStringLiteral("imported"));
        ExchangeRates eur(ws.workspace(), QStringLiteral("EUR"));
        QCOMPARE(eur.convert(10'000'000, QStringLiteral("GBP"), Thu.toJulianDay()), qint64(12'000'000));
        // 1,000 HUF through the złoty: 1000 × 0.0108 / 4.2 = 2.5714285714… EUR, rounded to the micro-unit.
        QCOMPARE(eur.convert(1'000'000'000, QStringLiteral("HUF"), Thu.toJulianDay()), qint64(2'571'429));
        // GBP into PLN goes through the euro: 10 GBP = 12 EUR = 50.4 PLN.
        ExchangeRates pln(ws.workspace(), QStringLiteral("PLN"));
        QCOMPARE(pln.convert(10'000'000, QStringLiteral("GBP"), Thu.toJulianDay()), qint64(50'400'000));
        // Not a rates file's shape when forced: refused, saying what was expected.
        ImportOptions forced;
        forced.rates = true;
        const ImportResult bad = ws.import(QStringLiteral("x.csv"), "day,value\n2025-01-01,1\n", forced);
        QCOMPARE(bad.statusName(), QStringLiteral("refused"));
    }

    void dealsInDollarsConvertAtTheirCloseDay()
    {
        TestWorkspace ws;
        ws.import(QStringLiteral("eurofxref-hist.csv"), Ecb);
        QCOMPARE(ws.import(QStringLiteral("deals.csv"),
                           "deal_id,created_date,close_date,status,amount\n"
                           "D1,2025-03-01,2025-03-06,won,\"$12,500\"\n"
                           "D2,2025-03-01,,open,\"$2,160\"\n"
                           "D0,2025-02-01,2025-02-03,lost,\"$950.50\"\n", // its cents say the decimal point
                           in("USD"))
                     .statusName(),
                 QStringLiteral("imported"));
        // 12,500 / 1.05 = 11,904.761904…, rounded half to even to the micro-unit.
        QCOMPARE(kpi(ws.workspace(), "revenue", QStringLiteral("EUR"), Thu, Thu), 11904.761905);
        // The open pipeline at the period's last day (Friday): 2,160 / 1.08.
        QCOMPARE(kpi(ws.workspace(), "pipeline_value", QStringLiteral("EUR"), Thu, QDate(2025, 3, 7)), 2000.0);
        QCOMPARE(kpi(ws.workspace(), "revenue", {}, Thu, Thu), 12500.0);
    }

    void cliSaysTheCurrencyAndTheMissingDays()
    {
        Sandbox box;
        QVERIFY(box.write(QStringLiteral("pln.csv"), "date,channel,campaign,cost,currency\n"
                                                     "2025-03-06,Paid Search,A,420.00,PLN\n"
                                                     "2025-03-15,Paid Search,A,8.40,PLN\n"));
        QVERIFY(box.write(QStringLiteral("eurofxref-hist.csv"), Ecb));
        QCOMPARE(box.import(QStringLiteral("ws.db"), {QStringLiteral("pln.csv"), QStringLiteral("eurofxref-hist.csv")})
                     .exitCode,
                 0);
        const CliRun thursday =
            box.kpis(QStringLiteral("ws.db"), QStringLiteral("2025-03-06"), QStringLiteral("2025-03-06"),
                     {QStringLiteral("--currency"), QStringLiteral("EUR")});
        QCOMPARE(thursday.exitCode, 0);
        const QJsonObject json = jsonObject(thursday.out).value_or(QJsonObject());
        QCOMPARE(json.value(u"currency").toString(), QStringLiteral("EUR"));
        QCOMPARE(json.value(u"values").toObject().value(u"media_cost").toDouble(), 105.0);
        QVERIFY2(thursday.err.isEmpty(), qPrintable(thursday.describe()));
        const CliRun month =
            box.kpis(QStringLiteral("ws.db"), QStringLiteral("2025-03-01"), QStringLiteral("2025-03-31"),
                     {QStringLiteral("--currency"), QStringLiteral("eur")});
        QCOMPARE(month.exitCode, 0);
        QVERIFY(
            jsonObject(month.out).value_or(QJsonObject()).value(u"values").toObject().value(u"media_cost").isNull());
        QVERIFY2(month.err.contains("PLN") && month.err.contains("2025-03-15"), qPrintable(month.describe()));
        // The report says the same, and its money is in the currency asked for.
        const CliRun report =
            box.run({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("ws.db"),
                     QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                     QStringLiteral("2025-03-31"), QStringLiteral("--out"), QStringLiteral("march.pdf"),
                     QStringLiteral("--currency"), QStringLiteral("EUR")});
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(report.err.contains("PLN") && report.err.contains("2025-03-15"), qPrintable(report.describe()));
        QVERIFY(QFileInfo(box.path(QStringLiteral("march.pdf"))).size() > 0);
        const CliRun bad = box.kpis(QStringLiteral("ws.db"), QStringLiteral("2025-03-01"), QStringLiteral("2025-03-31"),
                                    {QStringLiteral("--currency"), QStringLiteral("euro")});
        QCOMPARE(bad.exitCode, 2);
    }

private:
    static int scalarCount(Workspace &w, const char *table)
    {
        SqliteStatement q(w.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(table)));
        return q.step() ? int(q.integer(0)) : -1;
    }
};

QTEST_GUILESS_MAIN(TestCurrency)
#include "tst_currency.moc"

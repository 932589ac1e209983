// Every tool in every language it has a vocabulary for (resources/presets/<tool>/<language>.json), and a marketer's
// own file headed in each language (resources/languages/<code>/headers.json): one file of each in
// tests/data/exports/localized/, in the tool's shape for that language, is detected as the tool in that language and
// imports the totals a person adds up from its three rows (tests/data/exports/localized/expected.json and README.md).

#include "importing/columnmapping.h"
#include "importing/importer.h"
#include "importing/preset.h"
#include "importing/vocabulary.h"
#include "store/sqlitestatement.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace funnelscope;
using namespace Qt::StringLiterals;

namespace {

// "1999.75" in micro-units, as the workspace stores money.
qint64 micros(const QString &decimal)
{
    const QString whole = decimal.section(u'.', 0, 0);
    const QString fraction = (decimal.section(u'.', 1, 1) + u"000000"_s).left(6);
    return whole.toLongLong() * 1000000 + fraction.toLongLong();
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    // One file per tool and language in tests/data/exports/localized/, each in the tool's own shape for that language
    // (delimiter, encoding, title and range lines, totals line, dates and numbers); expected.json says what each holds:
    // the preset and language detection must name, the rows and two or three totals a person adds up from the file.
    // Adding a language is adding a file and an entry.
    void everyToolInEveryLanguage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("expected");
        const QDir dir(QStringLiteral(FUNNELSCOPE_LOCALIZED));
        QFile file(dir.filePath(u"expected.json"_s));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
        QStringList listed;
        for (const QJsonValue &v : doc.object().value(u"files").toArray()) {
            const QJsonObject e = v.toObject();
            const QString name = e.value(u"file").toString();
            listed.append(name);
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << e;
        }
        // Every file has its expectations and every expectation its file.
        QStringList present = dir.entryList({u"*.csv"_s, u"*.tsv"_s}, QDir::Files);
        listed.sort();
        present.sort();
        QCOMPARE(present, listed);
    }

    void everyToolInEveryLanguage()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, expected);
        const QString tool = expected.value(u"preset").toString();
        const QString language = expected.value(u"language").toString();
        const QString kind = expected.value(u"kind").toString();
        TestWorkspace ws;
        const ImportResult r = Importer(ws.workspace()).importFile(path, {});
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, tool);
        QCOMPARE(r.kind, kind);
        // Brazil and Portugal write most headers alike: such a file is in Portuguese.
        QVERIFY2(r.language == language || r.language == language.section(u'_', 0, 0),
                 qPrintable(r.language + u" for "_s + language));
        // What the import dialog and the CLI show: the tool and the language.
        const QString named = u" ("_s + Vocabulary::languageName(r.language) + u")"_s;
        QVERIFY2(tool == u"generic" || r.summary().contains(named), qPrintable(r.summary()));
        QCOMPARE(r.imported, expected.value(u"rows").toInt());
        QCOMPARE(r.rejected, 0);
        const QJsonObject totals = expected.value(u"totals").toObject();
        for (auto it = totals.begin(); it != totals.end(); ++it) {
            static const QStringList campaignColumns = {u"impressions"_s, u"clicks"_s, u"cost"_s, u"sessions"_s,
                                                        u"emails_sent"_s};
            const bool money = it.key() == u"cost" || it.key() == u"amount";
            QVERIFY2(kind == u"deals" ? it.key() == u"amount" : campaignColumns.contains(it.key()),
                     qPrintable(it.key()));
            const QString table = kind == u"deals" ? u"deals"_s : u"campaign_rows"_s;
            const QString got = row(ws.workspace(), u"SELECT coalesce(sum(%1), 0) FROM %2"_s.arg(it.key(), table));
            const QString want =
                money ? QString::number(micros(it.value().toString())) : QString::number(it.value().toInteger());
            QVERIFY2(got == want, qPrintable(u"%1: %2, expected %3"_s.arg(it.key(), got, want)));
        }
    }

    void detectionNamesToolAndLanguage()
    {
        const QStringList header = {u"Dzień"_s, u"Kampania"_s,   u"Kod waluty"_s,
                                    u"Wyśw."_s, u"Kliknięcia"_s, u"Koszt"_s};
        const std::optional<ColumnMapping> m = ColumnMapping::detect(header, {}, u"auto", std::nullopt);
        QVERIFY(m);
        QCOMPARE(m->presetId(), u"google-ads"_s);
        QCOMPARE(m->language(), u"pl"_s);
        QCOMPARE(m->title(), u"Google Ads (Polish)"_s);
        const std::optional<ColumnMapping> en = ColumnMapping::detect(
            {u"Day"_s, u"Campaign"_s, u"Impr."_s, u"Clicks"_s, u"Cost"_s}, {}, u"auto", std::nullopt);
        QVERIFY(en);
        QCOMPARE(en->title(), u"Google Ads (English)"_s);
        const std::optional<ColumnMapping> pt =
            ColumnMapping::detect({u"Dia"_s, u"Campanha"_s, u"Impr."_s, u"Cliques"_s, u"Custo"_s, u"Conversões"_s}, {},
                                  u"auto", std::nullopt);
        QVERIFY(pt);
        QCOMPARE(pt->title(), u"Google Ads (Portuguese)"_s); // Brazil and Portugal alike
        const std::optional<ColumnMapping> generic = ColumnMapping::detect(
            {u"Дата"_s, u"Канал"_s, u"Кампания"_s, u"Показы"_s, u"Клики"_s, u"Расход"_s}, {}, u"auto", std::nullopt);
        QVERIFY(generic);
        QCOMPARE(generic->presetId(), u"generic"_s);
        QCOMPARE(generic->language(), u"ru"_s);
    }

    void summaryNamesTheLanguage()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(u"Raport.csv"_s, "Dzień;Kampania;Kod waluty;Wyśw.;Kliknięcia;Koszt\n"
                                                            "2025-03-01;Brand;PLN;100;4;2.00\n");
        QVERIFY2(r.summary().contains(u"as a Google Ads (Polish) export"), qPrintable(r.summary()));
        QCOMPARE(r.toJson().value(u"language").toString(), u"pl"_s);
    }

    // Funnelscope's own column names are no other language's, even where French also writes "date" and
    // "impressions"; a spreadsheet headed in Polish is Polish.
    void ownColumnNamesAreNoLanguage()
    {
        TestWorkspace ws;
        const ImportResult own = ws.importOk(u"own.csv"_s, "date;channel;campaign;impressions;clicks;cost\n"
                                                           "2025-03-01;Email;N;100;4;2.00\n");
        QCOMPARE(own.language, QString());
        const ImportResult polish = ws.importOk(u"moje.csv"_s, "Dzień;Kanał;Kampania;Wyświetlenia\n"
                                                               "2025-03-02;Email;N;100\n");
        QCOMPARE(polish.language, u"pl"_s);
    }

    // HubSpot's Chinese Pipeline (管道) is no channel, though a marketer's own Traditional Chinese sheet heads its
    // channel 管道: in a HubSpot deals export it is ignored, and a deal without an Original Source has no channel.
    void hubspotPipelineIsNoChannel()
    {
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(u"hubspot-crm-exports-all-deals.csv"_s,
                        "\xEF\xBB\xBF\"記錄 ID\",\"交易名稱\",\"交易階段\",\"建立日期\",\"成交日期\","
                        "\"金額\",\"管道\"\n"
                        "\"7\",\"Acme\",\"won\",\"2025-03-13\",\"2025-03-20\",\"100.00\",\"銷售管道\"\n");
        QCOMPARE(r.preset, u"hubspot-deals"_s);
        QCOMPARE(r.language, u"zh_TW"_s);
        QCOMPARE(row(ws.workspace(), u"SELECT count(*), sum(amount), count(channel_id) FROM deals"_s),
                 u"1 100000000 0"_s);
        QCOMPARE(row(ws.workspace(), u"SELECT group_concat(name) FROM channels"_s), u"(none)"_s);
    }

    void googleAdsTotalsLinesInOtherLanguages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // Each: a name that starts with the totals word is data; " --" cells before a totals label, a device before
        // it, and the account line are not. By hand: clicks 4 + 6 = 10, impressions 100 + 50 = 150.
        QTest::newRow("Polish") << QByteArray("Dzień;Kampania;Urządzenie;Kliknięcia;Wyśw.;Koszt\n"
                                              "2025-03-01;Razem z nami;Komputery;4;100;2.00\n"
                                              "2025-03-01;Brand;Urządzenia mobilne;6;50;3.00\n"
                                              " --;Razem: kampanie;;10;150;5.00\n"
                                              "Urządzenia mobilne razem:; --;;6;50;3.00\n"
                                              "Razem: konto;;;10;150;5.00\n");
        QTest::newRow("Russian") << QByteArray("День;Кампания;Устройство;Клики;Показы;Стоимость;Код валюты\n"
                                               "2025-03-01;Итоговая распродажа;Компьютеры;4;100;2.00;RUB\n"
                                               "2025-03-01;Brand;Мобильные устройства;6;50;3.00;RUB\n"
                                               " --;Итого: кампании;;10;150;5.00;RUB\n"
                                               "Итого: аккаунт;;;10;150;5.00;RUB\n");
        QTest::newRow("Traditional Chinese") << QByteArray("天;廣告活動;裝置;點擊;曝光;費用;貨幣代碼\n"
                                                           "2025-03-01;總計畫;電腦;4;100;2.00;TWD\n"
                                                           "2025-03-01;Brand;行動裝置;6;50;3.00;TWD\n"
                                                           "總計：帳戶;;;10;150;5.00;TWD\n");
        QTest::newRow("German") << QByteArray("Tag;Kampagne;Gerät;Klicks;Impr.;Kosten\n"
                                              "2025-03-01;Gesamtpaket;Computer;4;100;2.00\n"
                                              "2025-03-01;Brand;Mobilgeräte;6;50;3.00\n"
                                              "Gesamt: Konto;;;10;150;5.00\n");
        QTest::newRow("Czech") << QByteArray("Den;Kampaň;Zařízení;Prokliky;Zobr.;Cena\n"
                                             "2025-03-01;Celkem levně;Počítače;4;100;2.00\n"
                                             "2025-03-01;Brand;Mobily;6;50;3.00\n"
                                             "Celkem: účet;;;10;150;5.00\n");
    }

    void googleAdsTotalsLinesInOtherLanguages()
    {
        QFETCH(QByteArray, bytes);
        TestWorkspace ws;
        const ImportResult r = ws.importOk(u"Campaign report.csv"_s, bytes);
        QCOMPARE(r.preset, u"google-ads"_s);
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(row(ws.workspace(), u"SELECT sum(clicks), sum(impressions), sum(cost) FROM campaign_rows"_s),
                 u"10 150 5000000"_s);
    }

    void totalsWordsOfEveryLanguage()
    {
        for (const char16_t *word :
             {u"total", u"razem", u"suma", u"итого", u"всего", u"toplam", u"總計", u"总计", u"合计", u"gesamt",
              u"gesamtsumme", u"total général", u"totale", u"celkem", u"усього", u"разом"}) {
            QVERIFY2(Vocabulary::totalsWords().contains(QString::fromUtf16(word)),
                     qPrintable(QString::fromUtf16(word)));
        }
    }

    void everyLanguageHasItsFiles()
    {
        // Google Ads, Meta, GA4 and Search Console in every language; the names a person writes in every language.
        for (const QString &id :
             {u"google-ads"_s, u"meta-ads"_s, u"google-analytics-4"_s, u"google-search-console"_s}) {
            QStringList codes;
            for (const Preset::Language &l : Preset::find(id)->languages) {
                codes.append(l.code);
            }
            QCOMPARE(codes, Vocabulary::languages());
        }
        for (const QString &code : Vocabulary::languages()) {
            QVERIFY2(Vocabulary::languageName(code) != code, qPrintable(code));
        }
    }
};

QTEST_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"

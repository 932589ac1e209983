// Every tool in every language it has a vocabulary for (resources/presets/<tool>/<language>.json), and a marketer's
// own file headed in each language (resources/languages/<code>/headers.json): a small file of each, with ISO dates
// and plain numbers (the dates and numbers of each language are tested with their parsers), is detected as the tool
// in that language and imports the totals a person adds up from its two rows: impressions 1,000 + 500 = 1,500, clicks
// 40 + 10 = 50, cost 12.50 + 7.25 = 19.75 (micro-units), sessions 300 + 100 = 400, e-mails sent 1,000 + 800 = 1,800;
// leads 2; deals 2 with 1,200.00 + 300.00 = 1,500.00. The line after the rows is the language's totals line.

#include "importing/columnmapping.h"
#include "importing/importer.h"
#include "importing/preset.h"
#include "importing/vocabulary.h"
#include "store/sqlitestatement.h"
#include "testworkspace.h"

#include <QTest>

using namespace funnelscope;
using namespace Qt::StringLiterals;

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void everyToolInEveryLanguage_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("google-ads cs campaign")
            << u"google-ads"_s << u"cs"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Den;Kampaň;Zobr.;Prokliky;Cena;Konverze;Prům. "
                   "pozice\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nCelkem:;;;;;;\n");
        QTest::newRow("google-ads de campaign")
            << u"google-ads"_s << u"de"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Tag;Kampagne;Impr.;Klicks;Kosten;Conversions;Durchschn. "
                   "pos.\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nGesamt:;;;;;;\n");
        QTest::newRow("google-ads es campaign")
            << u"google-ads"_s << u"es"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Día;Campaña;Impr.;Clics;Coste;Conversiones;Posición "
                          "media\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotal "
                          "general:;;;;;;\n");
        QTest::newRow("google-ads fr campaign")
            << u"google-ads"_s << u"fr"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Jour;Campagne;Impr.;Clics;Coût;Conversions;Pos. "
                          "moy.\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotal "
                          "général:;;;;;;\n");
        QTest::newRow("google-ads it campaign")
            << u"google-ads"_s << u"it"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Giorno;Campagna;Impr.;Clic;Costo;Conversioni;Pos. "
                   "media\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotale:;;;;;;\n");
        QTest::newRow("google-ads pl campaign")
            << u"google-ads"_s << u"pl"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Dzień;Kampania;Wyśw.;Kliknięcia;Koszt;Konwersje;Śr. "
                   "poz.\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nRazem:;;;;;;\n");
        QTest::newRow("google-ads pt_BR campaign")
            << u"google-ads"_s << u"pt_BR"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Dia;Campanha;Impr.;Cliques;Custo;Conversões;Posição "
                          "média\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotal "
                          "geral:;;;;;;\n");
        QTest::newRow("google-ads pt_PT campaign")
            << u"google-ads"_s << u"pt_PT"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Dia;Campanha;Impr.;Cliques;Custo;Conversões;Posição "
                          "média\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotal "
                          "geral:;;;;;;\n");
        QTest::newRow("google-ads ru campaign")
            << u"google-ads"_s << u"ru"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "День;Кампания;Показы;Клики;Стоимость;Конверсии;Сред. позиция;Код "
                   "валюты\n2025-03-01;Wiosna;1000;40;12.50;2;2.5;RUB\n2025-03-02;Lato;500;10;7.25;1;3.5;RUB\nИтого:"
                   ";;;;;;;\n");
        QTest::newRow("google-ads tr campaign")
            << u"google-ads"_s << u"tr"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Gün;Kampanya;Gösterim;Tıklama;Maliyet;Dönüşümler;Ort. konum;Para birimi "
                          "kodu\n2025-03-01;Wiosna;1000;40;12.50;2;2.5;1\n2025-03-02;Lato;500;10;7.25;1;3.5;1\nToplam:;"
                          ";;;;;;\n");
        QTest::newRow("google-ads uk campaign")
            << u"google-ads"_s << u"uk"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("День;Кампанія;Покази;Кліки;Вартість;Конверсії;Середня позиція;Код "
                          "валюти\n2025-03-01;Wiosna;1000;40;12.50;2;2.5;1\n2025-03-02;Lato;500;10;7.25;1;3.5;"
                          "1\nУсього:;;;;;;;\n");
        QTest::newRow("google-ads zh_CN campaign")
            << u"google-ads"_s << u"zh_CN"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("天;广告系列;展示次数;点击次数;费用;转化次数;平均排名;货币代码\n2025-03-01;Wiosna;1000;40;12."
                          "50;2;2.5;1\n2025-03-02;Lato;500;10;7.25;1;3.5;1\n总计:;;;;;;;\n");
        QTest::newRow("google-ads zh_TW campaign")
            << u"google-ads"_s << u"zh_TW"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("天;廣告活動;曝光;點擊;費用;轉換;平均排名;貨幣代碼\n2025-03-01;Wiosna;1000;40;12.50;2;2.5;"
                          "1\n2025-03-02;Lato;500;10;7.25;1;3.5;1\n總計:;;;;;;;\n");
        QTest::newRow("google-analytics-4 cs campaign")
            << u"google-analytics-4"_s << u"cs"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Datum;Výchozí seskupení kanálů relace;Kampaň relace;Relace;Zobrazení;Klíčové "
                          "události;Průměrná doba interakce na relaci\n2025-03-01;Organic "
                          "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nCelkem:;;;;;;\n");
        QTest::newRow("google-analytics-4 de campaign")
            << u"google-analytics-4"_s << u"de"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Datum;Standard-channelgruppe der "
                          "sitzung;Sitzungskampagne;Sitzungen;Aufrufe;Schlüsselereignisse;Durchschnittliche "
                          "interaktionsdauer pro sitzung\n2025-03-01;Organic "
                          "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nGesamt:;;;;;;\n");
        QTest::newRow("google-analytics-4 es campaign")
            << u"google-analytics-4"_s << u"es"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray(
                   "Fecha;Grupo de canales predeterminado de la sesión;Campaña de la sesión;Sesiones;Vistas;Eventos "
                   "clave;Tiempo de interacción medio por sesión\n2025-03-01;Organic "
                   "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nTotal general:;;;;;;\n");
        QTest::newRow("google-analytics-4 fr campaign")
            << u"google-analytics-4"_s << u"fr"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray(
                   "Date;Groupe de canaux par défaut de la session;Campagne de la session;Sessions;Vues;Événements "
                   "clés;Durée d'engagement moyenne par session\n2025-03-01;Organic "
                   "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nTotal général:;;;;;;\n");
        QTest::newRow("google-analytics-4 it campaign")
            << u"google-analytics-4"_s << u"it"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Data;Gruppo di canali predefinito della sessione;Campagna della "
                          "sessione;Sessioni;Visualizzazioni;Eventi chiave;Durata media del coinvolgimento per "
                          "sessione\n2025-03-01;Organic Search;Wiosna;300;600;3;30\n2025-03-02;Organic "
                          "Search;Lato;100;200;1;30\nTotale:;;;;;;\n");
        QTest::newRow("google-analytics-4 pl campaign")
            << u"google-analytics-4"_s << u"pl"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Data;Grupa domyślnych kanałów dla sesji;Kampania sesji;Sesje;Wyświetlenia;Zdarzenia "
                          "kluczowe;Średni czas zaangażowania na sesję\n2025-03-01;Organic "
                          "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nRazem:;;;;;;\n");
        QTest::newRow("google-analytics-4 pt_BR campaign")
            << u"google-analytics-4"_s << u"pt_BR"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray(
                   "Data;Grupo padrão de canais da sessão;Campanha da sessão;Sessões;Visualizações;Eventos "
                   "principais;Tempo médio de engajamento por sessão\n2025-03-01;Organic "
                   "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nTotal geral:;;;;;;\n");
        QTest::newRow("google-analytics-4 pt_PT campaign")
            << u"google-analytics-4"_s << u"pt_PT"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray(
                   "Data;Grupo de canais predefinido da sessão;Campanha da sessão;Sessões;Visualizações;Eventos "
                   "principais;Tempo de interação médio por sessão\n2025-03-01;Organic "
                   "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nTotal geral:;;;;;;\n");
        QTest::newRow("google-analytics-4 ru campaign")
            << u"google-analytics-4"_s << u"ru"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Дата;Группа каналов сеанса по умолчанию;Кампания сеанса;Сеансы;Просмотры;Ключевые "
                          "события;Среднее время взаимодействия за сеанс\n2025-03-01;Organic "
                          "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nИтого:;;;;;;\n");
        QTest::newRow("google-analytics-4 tr campaign")
            << u"google-analytics-4"_s << u"tr"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Tarih;Oturum varsayılan kanal grubu;Oturum kampanyası;Oturumlar;Görüntülemeler;Temel "
                          "etkinlikler;Oturum başına ortalama etkileşim süresi\n2025-03-01;Organic "
                          "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nToplam:;;;;;;\n");
        QTest::newRow("google-analytics-4 uk campaign")
            << u"google-analytics-4"_s << u"uk"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Дата;Група каналів за умовчанням для сеансу;Кампанія сеансу;Сеанси;Перегляди;Ключові "
                          "події;Середній час взаємодії за сеанс\n2025-03-01;Organic "
                          "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\nУсього:;;;;;;\n");
        QTest::newRow("google-analytics-4 zh_CN campaign")
            << u"google-analytics-4"_s << u"zh_CN"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray(
                   "日期;会话默认渠道组;会话广告系列;会话次数;浏览次数;关键事件;每次会话的平均互动时长\n2025-03-01;"
                   "Organic Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\n总计:;;;;;;\n");
        QTest::newRow("google-analytics-4 zh_TW campaign")
            << u"google-analytics-4"_s << u"zh_TW"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("日期;工作階段預設管道群組;工作階段廣告活動;工作階段;瀏覽;主要事件;"
                          "每個工作階段的平均參與時間\n2025-03-01;Organic "
                          "Search;Wiosna;300;600;3;30\n2025-03-02;Organic Search;Lato;100;200;1;30\n總計:;;;;;;\n");
        QTest::newRow("google-search-console cs campaign")
            << u"google-search-console"_s << u"cs"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Datum;Kliknutí;Zobrazení;Pozice;Nejčastější "
                          "dotazy\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nCelkem:;;;;\n");
        QTest::newRow("google-search-console de campaign")
            << u"google-search-console"_s << u"de"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Datum;Klicks;Impressionen;Position;Häufigste "
                          "suchanfragen\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nGesamt:;;;;\n");
        QTest::newRow("google-search-console es campaign")
            << u"google-search-console"_s << u"es"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Fecha;Clics;Impresiones;Posición;Consultas "
                          "principales\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nTotal general:;;;;\n");
        QTest::newRow("google-search-console fr campaign")
            << u"google-search-console"_s << u"fr"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Date;Clics;Impressions;Position;Requêtes les plus "
                          "fréquentes\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nTotal général:;;;;\n");
        QTest::newRow("google-search-console it campaign")
            << u"google-search-console"_s << u"it"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Data;Clic;Impressioni;Posizione;Query "
                          "principali\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nTotale:;;;;\n");
        QTest::newRow("google-search-console pl campaign")
            << u"google-search-console"_s << u"pl"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Data;Kliknięcia;Wyświetlenia;Pozycja;Najczęstsze "
                          "zapytania\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nRazem:;;;;\n");
        QTest::newRow("google-search-console pt_BR campaign")
            << u"google-search-console"_s << u"pt_BR"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Data;Cliques;Impressões;Posição;Principais "
                          "consultas\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nTotal geral:;;;;\n");
        QTest::newRow("google-search-console pt_PT campaign")
            << u"google-search-console"_s << u"pt_PT"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Data;Cliques;Impressões;Posição;Principais "
                          "consultas\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nTotal geral:;;;;\n");
        QTest::newRow("google-search-console ru campaign")
            << u"google-search-console"_s << u"ru"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Дата;Клики;Показы;Позиция;Самые частые "
                          "запросы\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nИтого:;;;;\n");
        QTest::newRow("google-search-console tr campaign")
            << u"google-search-console"_s << u"tr"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Tarih;Tıklamalar;Gösterimler;Konum;En çok yapılan "
                          "sorgular\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nToplam:;;;;\n");
        QTest::newRow("google-search-console uk campaign")
            << u"google-search-console"_s << u"uk"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray("Дата;Кліки;Покази;Позиція;Найпопулярніші "
                          "запити\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\nУсього:;;;;\n");
        QTest::newRow("google-search-console zh_CN campaign")
            << u"google-search-console"_s << u"zh_CN"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray(
                   "日期;点击次数;展示;排名;热门查询\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\n总计:;;;;\n");
        QTest::newRow("google-search-console zh_TW campaign")
            << u"google-search-console"_s << u"zh_TW"_s << u"campaign"_s << u"1500 50 0 0 0"_s
            << QByteArray(
                   "日期;點擊;曝光;排名;熱門查詢\n2025-03-01;40;1000;2.5;1\n2025-03-02;10;500;3.5;1\n總計:;;;;\n");
        QTest::newRow("hubspot-contacts de leads")
            << u"hubspot-contacts"_s << u"de"_s << u"leads"_s << u"2"_s
            << QByteArray("Datensatz-id;Erstellungsdatum;Ursprüngliche "
                          "quelle;Lifecycle-phase;Hubspot-score\n101;2025-03-01;Organic "
                          "Search;lead;10\n102;2025-03-02;Organic Search;customer;20\n");
        QTest::newRow("hubspot-contacts es leads")
            << u"hubspot-contacts"_s << u"es"_s << u"leads"_s << u"2"_s
            << QByteArray(
                   "Id de registro;Fecha de creación;Fuente original;Etapa del ciclo de vida;Puntuación de "
                   "hubspot\n101;2025-03-01;Organic Search;lead;10\n102;2025-03-02;Organic Search;customer;20\n");
        QTest::newRow("hubspot-contacts fr leads")
            << u"hubspot-contacts"_s << u"fr"_s << u"leads"_s << u"2"_s
            << QByteArray(
                   "Id de fiche d'informations;Date de création;Source d'origine;Phase du cycle de vie;Score "
                   "hubspot\n101;2025-03-01;Organic Search;lead;10\n102;2025-03-02;Organic Search;customer;20\n");
        QTest::newRow("hubspot-contacts it leads")
            << u"hubspot-contacts"_s << u"it"_s << u"leads"_s << u"2"_s
            << QByteArray(
                   "Id record;Data di creazione;Fonte originale;Fase del ciclo di vita;Punteggio "
                   "hubspot\n101;2025-03-01;Organic Search;lead;10\n102;2025-03-02;Organic Search;customer;20\n");
        QTest::newRow("hubspot-contacts pl leads")
            << u"hubspot-contacts"_s << u"pl"_s << u"leads"_s << u"2"_s
            << QByteArray(
                   "Identyfikator rekordu;Data utworzenia;Źródło pierwotne;Etap cyklu życia;Ocena "
                   "hubspot\n101;2025-03-01;Organic Search;lead;10\n102;2025-03-02;Organic Search;customer;20\n");
        QTest::newRow("hubspot-contacts pt_BR leads")
            << u"hubspot-contacts"_s << u"pt_BR"_s << u"leads"_s << u"2"_s
            << QByteArray(
                   "Id do registro;Data de criação;Fonte original;Fase do ciclo de vida;Pontuação do "
                   "hubspot\n101;2025-03-01;Organic Search;lead;10\n102;2025-03-02;Organic Search;customer;20\n");
        QTest::newRow("hubspot-deals de deals")
            << u"hubspot-deals"_s << u"de"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Datensatz-id;Erstellungsdatum;Abschlussdatum;Deal-phase;Betrag\nD1;2025-03-01;2025-03-10;"
                          "won;1200.00\nD2;2025-03-02;2025-03-12;lost;300.00\n");
        QTest::newRow("hubspot-deals es deals")
            << u"hubspot-deals"_s << u"es"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "Id de registro;Fecha de creación;Fecha de cierre;Etapa del "
                   "negocio;Cantidad\nD1;2025-03-01;2025-03-10;won;1200.00\nD2;2025-03-02;2025-03-12;lost;300.00\n");
        QTest::newRow("hubspot-deals fr deals")
            << u"hubspot-deals"_s << u"fr"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "Id de fiche d'informations;Date de création;Date de fermeture;Phase de la "
                   "transaction;Montant\nD1;2025-03-01;2025-03-10;won;1200.00\nD2;2025-03-02;2025-03-12;lost;300.00\n");
        QTest::newRow("hubspot-deals it deals")
            << u"hubspot-deals"_s << u"it"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "Id record;Data di creazione;Data di chiusura;Fase della "
                   "trattativa;Importo\nD1;2025-03-01;2025-03-10;won;1200.00\nD2;2025-03-02;2025-03-12;lost;300.00\n");
        QTest::newRow("hubspot-deals pl deals")
            << u"hubspot-deals"_s << u"pl"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "Identyfikator rekordu;Data utworzenia;Data zamknięcia;Etap "
                   "transakcji;Kwota\nD1;2025-03-01;2025-03-10;won;1200.00\nD2;2025-03-02;2025-03-12;lost;300.00\n");
        QTest::newRow("hubspot-deals pt_BR deals")
            << u"hubspot-deals"_s << u"pt_BR"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "Id do registro;Data de criação;Data de fechamento;Fase do "
                   "negócio;Valor\nD1;2025-03-01;2025-03-10;won;1200.00\nD2;2025-03-02;2025-03-12;lost;300.00\n");
        QTest::newRow("linkedin-ads de campaign")
            << u"linkedin-ads"_s << u"de"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Startdatum (in "
                          "utc);Kampagnenname;Impressionen;Klicks;Gesamtausgaben;Leads\n2025-03-01;Wiosna;1000;40;12."
                          "50;2\n2025-03-02;Lato;500;10;7.25;1\nGesamt:;;;;;\n");
        QTest::newRow("linkedin-ads es campaign")
            << u"linkedin-ads"_s << u"es"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Fecha de inicio (en utc);Nombre de la campaña;Impresiones;Clics;Total "
                          "gastado;Leads\n2025-03-01;Wiosna;1000;40;12.50;2\n2025-03-02;Lato;500;10;7.25;1\nTotal "
                          "general:;;;;;\n");
        QTest::newRow("linkedin-ads fr campaign")
            << u"linkedin-ads"_s << u"fr"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Date de début (en utc);Nom de la campagne;Impressions;Clics;Total "
                          "dépensé;Prospects\n2025-03-01;Wiosna;1000;40;12.50;2\n2025-03-02;Lato;500;10;7.25;1\nTotal "
                          "général:;;;;;\n");
        QTest::newRow("linkedin-ads it campaign")
            << u"linkedin-ads"_s << u"it"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Data di inizio (in utc);Nome della campagna;Impression;Clic;Spesa "
                   "totale;Lead\n2025-03-01;Wiosna;1000;40;12.50;2\n2025-03-02;Lato;500;10;7.25;1\nTotale:;;;;;\n");
        QTest::newRow("linkedin-ads pl campaign")
            << u"linkedin-ads"_s << u"pl"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Data rozpoczęcia (w utc);Nazwa kampanii;Wyświetlenia;Kliknięcia;Łączne "
                   "wydatki;Leady\n2025-03-01;Wiosna;1000;40;12.50;2\n2025-03-02;Lato;500;10;7.25;1\nRazem:;;;;;\n");
        QTest::newRow("linkedin-ads pt_BR campaign")
            << u"linkedin-ads"_s << u"pt_BR"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Data de início (em utc);Nome da campanha;Impressões;Cliques;Total "
                          "gasto;Leads\n2025-03-01;Wiosna;1000;40;12.50;2\n2025-03-02;Lato;500;10;7.25;1\nTotal "
                          "geral:;;;;;\n");
        QTest::newRow("mailchimp de campaign")
            << u"mailchimp"_s << u"de"_s << u"campaign"_s << u"0 0 0 0 1800"_s
            << QByteArray(
                   "Versanddatum;Titel;Empfänger gesamt;Erfolgreiche zustellungen;Eindeutige öffnungen;Eindeutige "
                   "klicks;Abmeldungen\n2025-03-01;Wiosna;1000;990;400;50;2\n2025-03-02;Lato;800;790;300;40;1\nGesamt:;"
                   ";;;;;\n");
        QTest::newRow("mailchimp es campaign")
            << u"mailchimp"_s << u"es"_s << u"campaign"_s << u"0 0 0 0 1800"_s
            << QByteArray("Fecha de envío;Título;Total de destinatarios;Entregas exitosas;Aperturas únicas;Clics "
                          "únicos;Bajas\n2025-03-01;Wiosna;1000;990;400;50;2\n2025-03-02;Lato;800;790;300;40;1\nTotal "
                          "general:;;;;;;\n");
        QTest::newRow("mailchimp fr campaign")
            << u"mailchimp"_s << u"fr"_s << u"campaign"_s << u"0 0 0 0 1800"_s
            << QByteArray(
                   "Date d'envoi;Titre;Nombre total de destinataires;Livraisons réussies;Ouvertures uniques;Clics "
                   "uniques;Désabonnements\n2025-03-01;Wiosna;1000;990;400;50;2\n2025-03-02;Lato;800;790;300;40;"
                   "1\nTotal général:;;;;;;\n");
        QTest::newRow("mailchimp it campaign")
            << u"mailchimp"_s << u"it"_s << u"campaign"_s << u"0 0 0 0 1800"_s
            << QByteArray(
                   "Data di invio;Titolo;Destinatari totali;Consegne riuscite;Aperture uniche;Clic unici;Annullamenti "
                   "iscrizione\n2025-03-01;Wiosna;1000;990;400;50;2\n2025-03-02;Lato;800;790;300;40;1\nTotale:;;;;;;"
                   "\n");
        QTest::newRow("mailchimp pt_BR campaign")
            << u"mailchimp"_s << u"pt_BR"_s << u"campaign"_s << u"0 0 0 0 1800"_s
            << QByteArray("Data de envio;Título;Total de destinatários;Entregas bem-sucedidas;Aberturas únicas;Cliques "
                          "únicos;Cancelamentos de "
                          "inscrição\n2025-03-01;Wiosna;1000;990;400;50;2\n2025-03-02;Lato;800;790;300;40;1\nTotal "
                          "geral:;;;;;;\n");
        QTest::newRow("meta-ads cs campaign")
            << u"meta-ads"_s << u"cs"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Den;Název kampaně;Zobrazení;Dosah;Kliknutí na odkaz;Utracená částka (EUR);Potenciální "
                          "zákazníci\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;1\nCelkem:"
                          ";;;;;;\n");
        QTest::newRow("meta-ads de campaign")
            << u"meta-ads"_s << u"de"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Tag;Name der kampagne;Impressionen;Reichweite;Link-klicks;Ausgegebener betrag "
                          "(EUR);Leads\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\nGesamt:;;;;;;\n");
        QTest::newRow("meta-ads es campaign")
            << u"meta-ads"_s << u"es"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Día;Nombre de la campaña;Impresiones;Alcance;Clics en el enlace;Importe gastado (EUR);Clientes "
                   "potenciales\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;1\nTotal "
                   "general:;;;;;;\n");
        QTest::newRow("meta-ads fr campaign")
            << u"meta-ads"_s << u"fr"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Jour;Nom de la campagne;Impressions;Couverture;Clics sur un lien;Montant dépensé "
                          "(EUR);Prospects\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\nTotal général:;;;;;;\n");
        QTest::newRow("meta-ads it campaign")
            << u"meta-ads"_s << u"it"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Giorno;Nome della campagna;Impression;Copertura;Clic sul link;Importo speso "
                          "(EUR);Contatti\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\nTotale:;;;;;;\n");
        QTest::newRow("meta-ads pl campaign")
            << u"meta-ads"_s << u"pl"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Dzień;Nazwa kampanii;Wyświetlenia;Zasięg;Kliknięcia linku;Wydana kwota (EUR);Potencjalni "
                   "klienci\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;1\nRazem:;;;;;;\n");
        QTest::newRow("meta-ads pt_BR campaign")
            << u"meta-ads"_s << u"pt_BR"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Dia;Nome da campanha;Impressões;Alcance;Cliques no link;Valor usado "
                          "(EUR);Leads\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\nTotal geral:;;;;;;\n");
        QTest::newRow("meta-ads pt_PT campaign")
            << u"meta-ads"_s << u"pt_PT"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Dia;Nome da campanha;Impressões;Alcance;Cliques na ligação;Montante gasto "
                          "(EUR);Leads\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\nTotal geral:;;;;;;\n");
        QTest::newRow("meta-ads ru campaign")
            << u"meta-ads"_s << u"ru"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("День;Название кампании;Показы;Охват;Клики по ссылке;Потраченная сумма "
                          "(EUR);Лиды\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;1\nИтого:"
                          ";;;;;;\n");
        QTest::newRow("meta-ads tr campaign")
            << u"meta-ads"_s << u"tr"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Gün;Kampanya adı;Gösterim;Erişim;Bağlantı tıklamaları;Harcanan tutar (EUR);Potansiyel "
                          "müşteriler\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\nToplam:;;;;;;\n");
        QTest::newRow("meta-ads uk campaign")
            << u"meta-ads"_s << u"uk"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("День;Назва кампанії;Покази;Охоплення;Кліки посилання;Витрачена сума "
                          "(EUR);Ліди\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\nУсього:;;;;;;\n");
        QTest::newRow("meta-ads zh_CN campaign")
            << u"meta-ads"_s << u"zh_CN"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("天;广告系列名称;展示次数;覆盖人数;链接点击量;已花费金额 "
                          "(EUR);潜在客户\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\n总计:;;;;;;\n");
        QTest::newRow("meta-ads zh_TW campaign")
            << u"meta-ads"_s << u"zh_TW"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("天;行銷活動名稱;曝光次數;觸及人數;連結點擊次數;花費金額 "
                          "(EUR);潛在顧客\n2025-03-01;Wiosna;1000;800;40;12.50;2\n2025-03-02;Lato;500;400;10;7.25;"
                          "1\n總計:;;;;;;\n");
        QTest::newRow("microsoft-ads de campaign")
            << u"microsoft-ads"_s << u"de"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Zeitraum;Kampagnenname;Impressionen;Klicks;Ausgaben;Conversions;Durchschnittliche "
                          "position\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nGesamt:;"
                          ";;;;;\n");
        QTest::newRow("microsoft-ads es campaign")
            << u"microsoft-ads"_s << u"es"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Período de tiempo;Nombre de la campaña;Impresiones;Clics;Gasto;Conversiones;Posición "
                          "media\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotal "
                          "general:;;;;;;\n");
        QTest::newRow("microsoft-ads fr campaign")
            << u"microsoft-ads"_s << u"fr"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Période;Nom de la campagne;Impressions;Clics;Dépense;Conversions;Position "
                          "moyenne\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotal "
                          "général:;;;;;;\n");
        QTest::newRow("microsoft-ads it campaign")
            << u"microsoft-ads"_s << u"it"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Periodo di tempo;Nome campagna;Impressioni;Clic;Spesa;Conversioni;Posizione "
                   "media\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotale:;;;;;;\n");
        QTest::newRow("microsoft-ads pt_BR campaign")
            << u"microsoft-ads"_s << u"pt_BR"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("Período;Nome da campanha;Impressões;Cliques;Gasto;Conversões;Posição "
                          "média\n2025-03-01;Wiosna;1000;40;12.50;2;2.5\n2025-03-02;Lato;500;10;7.25;1;3.5\nTotal "
                          "geral:;;;;;;\n");
        QTest::newRow("salesforce-opportunities de deals")
            << u"salesforce-opportunities"_s << u"de"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Opportunity-id;Erstellt am;Schlusstermin;Phase;Betrag;Lead-quelle;Primäre "
                          "kampagnenquelle\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities es deals")
            << u"salesforce-opportunities"_s << u"es"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id. de oportunidad;Fecha de creación;Fecha de cierre;Etapa;Importe;Origen del "
                          "candidato;Origen de la campaña principal\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities fr deals")
            << u"salesforce-opportunities"_s << u"fr"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id de l'opportunité;Date de création;Date de clôture;Étape;Montant;Origine de la "
                          "piste;Source de la campagne principale\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities it deals")
            << u"salesforce-opportunities"_s << u"it"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id opportunità;Data creazione;Data chiusura;Fase;Importo;Origine lead;Origine campagna "
                          "principale\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities pl deals")
            << u"salesforce-opportunities"_s << u"pl"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Identyfikator szansy sprzedaży;Data utworzenia;Data zamknięcia;Etap;Kwota;Źródło "
                          "potencjalnego klienta;Źródło kampanii głównej\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities pt_BR deals")
            << u"salesforce-opportunities"_s << u"pt_BR"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id da oportunidade;Data de criação;Data de fechamento;Fase;Valor;Origem do lead;Origem da "
                          "campanha principal\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("universal-analytics de campaign")
            << u"universal-analytics"_s << u"de"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Tagesindex;Standard-channelgruppierung;Sitzungen;Zielvorhabenabschlüsse;Absprungrate;Seiten/"
                          "sitzung;Durchschnittl. sitzungsdauer\n2025-03-01;Organic "
                          "Search;300;3;30 %;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nGesamt:;;;;;;\n");
        QTest::newRow("universal-analytics es campaign")
            << u"universal-analytics"_s << u"es"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray(
                   "Índice de días;Agrupación de canales predeterminada;Sesiones;Objetivos conseguidos;Porcentaje de "
                   "rebote;Páginas/sesión;Duración media de la sesión\n2025-03-01;Organic "
                   "Search;300;3;30 %;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nTotal general:;;;;;;\n");
        QTest::newRow("universal-analytics fr campaign")
            << u"universal-analytics"_s << u"fr"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray(
                   "Index des jours;Regroupement de canaux par défaut;Sessions;Objectifs réalisés;Taux de "
                   "rebond;Pages/session;Durée moyenne des sessions\n2025-03-01;Organic "
                   "Search;300;3;30 %;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nTotal général:;;;;;;\n");
        QTest::newRow("universal-analytics it campaign")
            << u"universal-analytics"_s << u"it"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Indice giorno;Raggruppamento canali predefinito;Sessioni;Completamenti obiettivo;Frequenza "
                          "di rimbalzo;Pagine/sessione;Durata sessione media\n2025-03-01;Organic "
                          "Search;300;3;30 %;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nTotale:;;;;;;\n");
        QTest::newRow("universal-analytics pl campaign")
            << u"universal-analytics"_s << u"pl"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Indeks dnia;Domyślne grupowanie kanałów;Sesje;Realizacje celu;Współczynnik "
                          "odrzuceń;Strony/sesja;Śr. czas trwania sesji\n2025-03-01;Organic "
                          "Search;300;3;30 %;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nRazem:;;;;;;\n");
        QTest::newRow("universal-analytics pt_BR campaign")
            << u"universal-analytics"_s << u"pt_BR"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Índice de dias;Agrupamento padrão de canais;Sessões;Conclusões de meta;Taxa de "
                          "rejeição;Páginas/sessão;Duração média da sessão\n2025-03-01;Organic "
                          "Search;300;3;30 %;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nTotal geral:;;;;;;\n");
        QTest::newRow("universal-analytics ru campaign")
            << u"universal-analytics"_s << u"ru"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Индекс дня;Группа каналов по умолчанию;Сеансы;Достигнутые переходы к цели;Показатель "
                          "отказов;Страниц/сеанс;Сред. длительность сеанса\n2025-03-01;Organic "
                          "Search;300;3;30 %;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nИтого:;;;;;;\n");
        QTest::newRow("universal-analytics tr campaign")
            << u"universal-analytics"_s << u"tr"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Gün dizini;Varsayılan kanal gruplandırması;Oturumlar;Hedef tamamlama sayısı;Hemen çıkma "
                          "oranı;Sayfa/oturum;Ort. oturum süresi\n2025-03-01;Organic "
                          "Search;300;3;30 %;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nToplam:;;;;;;\n");
        QTest::newRow("linkedin-ads ru campaign")
            << u"linkedin-ads"_s << u"ru"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Дата начала (в формате UTC);Название кампании;Показы;Клики;Общие "
                   "расходы;Лиды\n01.03.2025;Wiosna;1000;40;12,50;2\n02.03.2025;Lato;500;10;7,25;1\nИтого:;;;;;\n");
        QTest::newRow("linkedin-ads tr campaign")
            << u"linkedin-ads"_s << u"tr"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Başlangıç Tarihi (UTC olarak);Kampanya Adı;Gösterimler;Tıklamalar;Toplam Harcama;Potansiyel "
                   "Müşteriler\n01.03.2025;Wiosna;1000;40;12,50;2\n02.03.2025;Lato;500;10;7,25;1\nToplam:;;;;;\n");
        QTest::newRow("linkedin-ads zh_CN campaign")
            << u"linkedin-ads"_s << u"zh_CN"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("开始日期（UTC）;广告系列名称;展示次数;点击次数;总花费;潜在客户\n2025/03/"
                          "01;Wiosna;1000;40;12.50;2\n2025/03/02;Lato;500;10;7.25;1\n总计:;;;;;\n");
        QTest::newRow("linkedin-ads zh_TW campaign")
            << u"linkedin-ads"_s << u"zh_TW"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("開始日期（UTC）;廣告活動名稱;曝光次數;點擊次數;總花費;潛在客戶\n2025/03/"
                          "01;Wiosna;1000;40;12.50;2\n2025/03/02;Lato;500;10;7.25;1\n總計:;;;;;\n");
        QTest::newRow("linkedin-ads uk campaign")
            << u"linkedin-ads"_s << u"uk"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Дата початку (в UTC);Назва кампанії;Покази;Кліки;Загальні "
                   "витрати;Ліди\n01.03.2025;Wiosna;1000;40;12,50;2\n02.03.2025;Lato;500;10;7,25;1\nУсього:;;;;;\n");
        QTest::newRow("linkedin-ads cs campaign")
            << u"linkedin-ads"_s << u"cs"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray(
                   "Datum zahájení (v UTC);Název kampaně;Zobrazení;Kliknutí;Celková "
                   "útrata;Leady\n01.03.2025;Wiosna;1000;40;12,50;2\n02.03.2025;Lato;500;10;7,25;1\nCelkem:;;;;;\n");
        QTest::newRow("salesforce-opportunities ru deals")
            << u"salesforce-opportunities"_s << u"ru"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Название возможности;Дата создания;Дата закрытия;Этап;Сумма;Источник интереса;Источник "
                          "основной кампании\nD1;01.03.2025;10.03.2025;won;1200,00;Organic "
                          "Search;Wiosna\nD2;02.03.2025;12.03.2025;lost;300,00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities tr deals")
            << u"salesforce-opportunities"_s << u"tr"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Fırsat Adı;Oluşturma Tarihi;Kapanış Tarihi;Aşama;Tutar;Potansiyel Müşteri Kaynağı;Birincil "
                          "Kampanya Kaynağı\nD1;01.03.2025;10.03.2025;won;1200,00;Organic "
                          "Search;Wiosna\nD2;02.03.2025;12.03.2025;lost;300,00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities zh_CN deals")
            << u"salesforce-opportunities"_s << u"zh_CN"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "业务机会名称;创建日期;结束日期;阶段;金额;潜在客户来源;主要市场活动来源\nD1;2025/03/01;2025/03/"
                   "10;won;1200.00;Organic Search;Wiosna\nD2;2025/03/02;2025/03/12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities zh_TW deals")
            << u"salesforce-opportunities"_s << u"zh_TW"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "機會名稱;建立日期;結束日期;階段;金額;潛在客戶來源;主要行銷活動來源\nD1;2025/03/01;2025/03/"
                   "10;won;1200.00;Organic Search;Wiosna\nD2;2025/03/02;2025/03/12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities uk deals")
            << u"salesforce-opportunities"_s << u"uk"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Назва можливості;Дата створення;Дата закриття;Етап;Сума;Джерело потенційного "
                          "клієнта;Джерело основної кампанії\nD1;01.03.2025;10.03.2025;won;1200,00;Organic "
                          "Search;Wiosna\nD2;02.03.2025;12.03.2025;lost;300,00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities cs deals")
            << u"salesforce-opportunities"_s << u"cs"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Název příležitosti;Datum vytvoření;Datum uzavření;Fáze;Částka;Zdroj potenciálního "
                          "zákazníka;Zdroj primární kampaně\nD1;01.03.2025;10.03.2025;won;1200,00;Organic "
                          "Search;Wiosna\nD2;02.03.2025;12.03.2025;lost;300,00;Organic Search;Lato\n");
        QTest::newRow("salesforce-opportunities pt_PT deals")
            << u"salesforce-opportunities"_s << u"pt_PT"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Nome da oportunidade;Data de criação;Data de fecho;Fase;Montante;Origem do cliente "
                          "potencial;Origem da campanha principal\nD1;13/03/2025;20/03/2025;won;1200,00;Organic "
                          "Search;Wiosna\nD2;14/03/2025;22/03/2025;lost;300,00;Organic Search;Lato\n");
        QTest::newRow("microsoft-ads zh_TW campaign")
            << u"microsoft-ads"_s << u"zh_TW"_s << u"campaign"_s << u"1500 50 19750000 0 0"_s
            << QByteArray("時間週期;行銷活動名稱;曝光數;點擊數;花費;轉換數;平均排名\n2025/03/"
                          "01;Wiosna;1000;40;12.50;2;2.5\n2025/03/02;Lato;500;10;7.25;1;3.5\n總計:;;;;;;\n");
        QTest::newRow("universal-analytics zh_CN campaign")
            << u"universal-analytics"_s << u"zh_CN"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("日索引;默认渠道分组;会话;目标达成次数;跳出率;每次会话浏览页数;平均会话时长\n2025-03-01;"
                          "Organic Search;300;3;30%;30;30\n2025-03-02;Organic Search;100;1;30%;30;30\n总计:;;;;;;\n");
        QTest::newRow("universal-analytics zh_TW campaign")
            << u"universal-analytics"_s << u"zh_TW"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray(
                   "日索引;預設管道分組;工作階段;目標達成;跳出率;單次工作階段頁數;平均工作階段時間長度\n2025-03-01;"
                   "Organic Search;300;3;30%;30;30\n2025-03-02;Organic Search;100;1;30%;30;30\n總計:;;;;;;\n");
        QTest::newRow("universal-analytics uk campaign")
            << u"universal-analytics"_s << u"uk"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Індекс дня;Група каналів за умовчанням;Сеанси;Досягнення цілей;Показник "
                          "відмов;Сторінок/сеанс;Сер. тривалість сеансу\n2025-03-01;Organic Search;300;3;30 "
                          "%;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nУсього:;;;;;;\n");
        QTest::newRow("universal-analytics cs campaign")
            << u"universal-analytics"_s << u"cs"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Index dne;Výchozí seskupení kanálů;Relace;Dokončení cílů;Míra okamžitého "
                          "opuštění;Stránky/relace;Prům. doba trvání relace\n2025-03-01;Organic Search;300;3;30 "
                          "%;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nCelkem:;;;;;;\n");
        QTest::newRow("universal-analytics pt_PT campaign")
            << u"universal-analytics"_s << u"pt_PT"_s << u"campaign"_s << u"0 0 0 400 0"_s
            << QByteArray("Índice de dias;Agrupamento de canais predefinido;Sessões;Conclusões de objetivos;Taxa de "
                          "rejeição;Páginas/sessão;Duração média da sessão\n2025-03-01;Organic Search;300;3;30 "
                          "%;30;30\n2025-03-02;Organic Search;100;1;30 %;30;30\nTotal geral:;;;;;;\n");
        QTest::newRow("generic cs campaign")
            << u"generic"_s << u"cs"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Datum;Kanál;Kampaň;Zobrazení;Dosah;Prokliky;Náklady;Leady;Relace;Zobrazení stránek;Odeslané "
                          "e-maily;Otevření;Odhlášení;Klíčové události\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nCelkem:;;;;;;;;;;;;;\n");
        QTest::newRow("generic cs leads")
            << u"generic"_s << u"cs"_s << u"leads"_s << u"2"_s
            << QByteArray("Id leadu;Datum vytvoření;Kanál;Kampaň;Fáze;Skóre\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic cs deals")
            << u"generic"_s << u"cs"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id obchodu;Datum vytvoření;Datum "
                          "uzavření;Stav;Částka;Kanál;Kampaň\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic de campaign")
            << u"generic"_s << u"de"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Datum;Kanal;Kampagne;Impressionen;Reichweite;Klicks;Kosten;Leads;Sitzungen;Seitenaufrufe;"
                          "Gesendete e-mails;Öffnungen;Abmeldungen;Schlüsselereignisse\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nGesamt:;;;;;;;;;;;;;\n");
        QTest::newRow("generic de leads")
            << u"generic"_s << u"de"_s << u"leads"_s << u"2"_s
            << QByteArray("Lead-id;Erstellungsdatum;Kanal;Kampagne;Phase;Score\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic de deals")
            << u"generic"_s << u"de"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "Deal-id;Erstellungsdatum;Abschlussdatum;Status;Betrag;Kanal;Kampagne\nD1;2025-03-01;2025-03-10;won;"
                   "1200.00;Organic Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic es campaign")
            << u"generic"_s << u"es"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Fecha;Canal;Campaña;Impresiones;Alcance;Clics;Coste;Leads;Sesiones;Vistas;Correos "
                          "enviados;Aperturas;Bajas;Eventos clave\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nTotal general:;;;;;;;;;;;;;\n");
        QTest::newRow("generic es leads")
            << u"generic"_s << u"es"_s << u"leads"_s << u"2"_s
            << QByteArray("Id del lead;Fecha de creación;Canal;Campaña;Etapa;Puntuación\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic es deals")
            << u"generic"_s << u"es"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id del negocio;Fecha de creación;Fecha de "
                          "cierre;Estado;Importe;Canal;Campaña\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic fr campaign")
            << u"generic"_s << u"fr"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Date;Canal;Campagne;Impressions;Couverture;Clics;Coût;Leads;Sessions;Pages vues;E-mails "
                          "envoyés;Ouvertures;Désabonnements;Événements clés\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nTotal général:;;;;;;;;;;;;;\n");
        QTest::newRow("generic fr leads")
            << u"generic"_s << u"fr"_s << u"leads"_s << u"2"_s
            << QByteArray("Id du lead;Date de création;Canal;Campagne;Étape;Score\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic fr deals")
            << u"generic"_s << u"fr"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id de la transaction;Date de création;Date de "
                          "clôture;Statut;Montant;Canal;Campagne\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic it campaign")
            << u"generic"_s << u"it"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Data;Canale;Campagna;Impressioni;Copertura;Clic;Costo;Lead;Sessioni;Visualizzazioni;Email "
                          "inviate;Aperture;Disiscrizioni;Eventi chiave\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nTotale:;;;;;;;;;;;;;\n");
        QTest::newRow("generic it leads")
            << u"generic"_s << u"it"_s << u"leads"_s << u"2"_s
            << QByteArray("Id lead;Data di creazione;Canale;Campagna;Fase;Punteggio\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic it deals")
            << u"generic"_s << u"it"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id trattativa;Data di creazione;Data di "
                          "chiusura;Stato;Importo;Canale;Campagna\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic pl campaign")
            << u"generic"_s << u"pl"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Dzień;Kanał;Kampania;Wyświetlenia;Zasięg;Kliknięcia;Koszt;Leady;Sesje;Odsłony;Wysłane "
                          "e-maile;Otwarcia;Wypisania;Zdarzenia kluczowe\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nRazem:;;;;;;;;;;;;;\n");
        QTest::newRow("generic pl leads")
            << u"generic"_s << u"pl"_s << u"leads"_s << u"2"_s
            << QByteArray("Id leada;Data utworzenia;Kanał;Kampania;Etap;Ocena\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic pl deals")
            << u"generic"_s << u"pl"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id transakcji;Data utworzenia;Data "
                          "zamknięcia;Status;Kwota;Kanał;Kampania\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic pt_BR campaign")
            << u"generic"_s << u"pt_BR"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Data;Canal;Campanha;Impressões;Alcance;Cliques;Custo;Leads;Sessões;Visualizações;E-mails "
                          "enviados;Aberturas;Descadastros;Eventos principais\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nTotal geral:;;;;;;;;;;;;;\n");
        QTest::newRow("generic pt_BR leads")
            << u"generic"_s << u"pt_BR"_s << u"leads"_s << u"2"_s
            << QByteArray("Id do lead;Data de criação;Canal;Campanha;Etapa;Pontuação\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic pt_BR deals")
            << u"generic"_s << u"pt_BR"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id do negócio;Data de criação;Data de "
                          "fechamento;Status;Valor;Canal;Campanha\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic pt_PT campaign")
            << u"generic"_s << u"pt_PT"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Data;Canal;Campanha;Impressões;Alcance;Cliques;Custo;Leads;Sessões;Visualizações;E-mails "
                          "enviados;Aberturas;Cancelamentos de subscrição;Eventos principais\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nTotal geral:;;;;;;;;;;;;;\n");
        QTest::newRow("generic pt_PT leads")
            << u"generic"_s << u"pt_PT"_s << u"leads"_s << u"2"_s
            << QByteArray("Id do lead;Data de criação;Canal;Campanha;Fase;Pontuação\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic pt_PT deals")
            << u"generic"_s << u"pt_PT"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id do negócio;Data de criação;Data de "
                          "fecho;Estado;Valor;Canal;Campanha\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic ru campaign")
            << u"generic"_s << u"ru"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Дата;Канал;Кампания;Показы;Охват;Клики;Расход;Лиды;Сеансы;Просмотры;Отправлено;Открытия;"
                          "Отписки;Ключевые события\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nИтого:;;;;;;;;;;;;;\n");
        QTest::newRow("generic ru leads")
            << u"generic"_s << u"ru"_s << u"leads"_s << u"2"_s
            << QByteArray("Id лида;Дата создания;Канал;Кампания;Этап;Оценка\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic ru deals")
            << u"generic"_s << u"ru"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id сделки;Дата создания;Дата "
                          "закрытия;Статус;Сумма;Канал;Кампания\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic tr campaign")
            << u"generic"_s << u"tr"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Tarih;Kanal;Kampanya;Gösterim;Erişim;Tıklama;Maliyet;Potansiyel "
                          "müşteriler;Oturumlar;Görüntülemeler;Gönderilen e-postalar;Açılmalar;Abonelikten "
                          "çıkmalar;Temel etkinlikler\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nToplam:;;;;;;;;;;;;;\n");
        QTest::newRow("generic tr leads")
            << u"generic"_s << u"tr"_s << u"leads"_s << u"2"_s
            << QByteArray(
                   "Potansiyel müşteri kimliği;Oluşturma tarihi;Kanal;Kampanya;Aşama;Puan\n101;2025-03-01;Organic "
                   "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic tr deals")
            << u"generic"_s << u"tr"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Anlaşma kimliği;Oluşturma tarihi;Kapanış "
                          "tarihi;Durum;Tutar;Kanal;Kampanya\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic uk campaign")
            << u"generic"_s << u"uk"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("Дата;Канал;Кампанія;Покази;Охоплення;Кліки;Витрати;Ліди;Сеанси;Перегляди;Надіслано;"
                          "Відкриття;Відписки;Ключові події\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\nУсього:;;;;;;;;;;;;;\n");
        QTest::newRow("generic uk leads")
            << u"generic"_s << u"uk"_s << u"leads"_s << u"2"_s
            << QByteArray("Id ліда;Дата створення;Канал;Кампанія;Етап;Оцінка\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic uk deals")
            << u"generic"_s << u"uk"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray("Id угоди;Дата створення;Дата "
                          "закриття;Статус;Сума;Канал;Кампанія\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                          "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic zh_CN campaign")
            << u"generic"_s << u"zh_CN"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("日期;渠道;广告系列;展示次数;覆盖人数;点击次数;费用;潜在客户;会话次数;浏览次数;发送数;打开数;"
                          "退订数;关键事件\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\n总计:;;;;;;;;;;;;;\n");
        QTest::newRow("generic zh_CN leads")
            << u"generic"_s << u"zh_CN"_s << u"leads"_s << u"2"_s
            << QByteArray("潜在客户 id;创建日期;渠道;广告系列;阶段;评分\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic zh_CN deals")
            << u"generic"_s << u"zh_CN"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "交易 id;创建日期;成交日期;状态;金额;渠道;广告系列\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                   "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
        QTest::newRow("generic zh_TW campaign")
            << u"generic"_s << u"zh_TW"_s << u"campaign"_s << u"1500 50 19750000 400 1800"_s
            << QByteArray("日期;管道;廣告活動;曝光;觸及人數;點擊;費用;潛在客戶;工作階段;瀏覽;寄送數;開啟數;取消訂閱;"
                          "主要事件\n2025-03-01;Organic "
                          "Search;Wiosna;1000;800;40;12.50;2;300;600;1000;400;2;3\n2025-03-02;Organic "
                          "Search;Lato;500;400;10;7.25;1;100;200;800;300;1;1\n總計:;;;;;;;;;;;;;\n");
        QTest::newRow("generic zh_TW leads")
            << u"generic"_s << u"zh_TW"_s << u"leads"_s << u"2"_s
            << QByteArray("潛在客戶 id;建立日期;管道;廣告活動;階段;分數\n101;2025-03-01;Organic "
                          "Search;Wiosna;lead;10\n102;2025-03-02;Organic Search;Lato;customer;20\n");
        QTest::newRow("generic zh_TW deals")
            << u"generic"_s << u"zh_TW"_s << u"deals"_s << u"2 1500000000"_s
            << QByteArray(
                   "交易 id;建立日期;結案日期;狀態;金額;管道;廣告活動\nD1;2025-03-01;2025-03-10;won;1200.00;Organic "
                   "Search;Wiosna\nD2;2025-03-02;2025-03-12;lost;300.00;Organic Search;Lato\n");
    }

    void everyToolInEveryLanguage()
    {
        QFETCH(QString, tool);
        QFETCH(QString, language);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QFETCH(QByteArray, bytes);
        TestWorkspace ws;
        const ImportResult r = Importer(ws.workspace()).importFile(ws.write(u"export.csv"_s, bytes), {});
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, tool);
        QCOMPARE(r.kind, kind);
        // Brazil and Portugal write most headers alike: such a file is in Portuguese.
        QVERIFY2(r.language == language || r.language == language.section(u'_', 0, 0),
                 qPrintable(r.language + u" for "_s + language));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejected, 0);
        const QString sql =
            kind == u"campaign"
                ? u"SELECT coalesce(sum(impressions), 0), coalesce(sum(clicks), 0), coalesce(sum(cost), 0),"
                  " coalesce(sum(sessions), 0), coalesce(sum(emails_sent), 0) FROM campaign_rows"_s
            : kind == u"deals" ? u"SELECT count(*), sum(amount) FROM deals"_s
                               : u"SELECT count(*) FROM leads"_s;
        QCOMPARE(row(ws.workspace(), sql), expected);
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

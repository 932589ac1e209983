// The presets for real tools' exports: each fixture under tests/data/exports is detected as its tool's export and
// imports the totals a person can add up from the file.

#include "importing/fileinspector.h"
#include "importing/preset.h"
#include "importing/rangespread.h"
#include "importing/stagemapping.h"
#include "kpi/kpiengine.h"
#include "store/sqlitestatement.h"
#include "testworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace funnelscope;
using namespace Qt::StringLiterals;

namespace {

// Amounts of files that do not name their currency are in USD (the fixtures' accounts).
ImportOptions inUsd()
{
    ImportOptions options;
    options.currency = QStringLiteral("USD");
    return options;
}

} // namespace

class TestPresets : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name) { return QStringLiteral(FUNNELSCOPE_EXPORTS "/") + QLatin1String(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the user's presets go to a test folder
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
             QStringLiteral("/funnelscope/presets"))
            .removeRecursively();
    }

    void everyPresetLoads()
    {
        QStringList ids;
        for (const Preset *p : Preset::all()) {
            ids.append(p->id);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("google-ads"), QStringLiteral("google-analytics-4"),
                                   QStringLiteral("google-search-console"), QStringLiteral("hubspot-contacts"),
                                   QStringLiteral("hubspot-deals"), QStringLiteral("linkedin-ads"),
                                   QStringLiteral("mailchimp"), QStringLiteral("meta-ads"),
                                   QStringLiteral("microsoft-ads"), QStringLiteral("salesforce-opportunities"),
                                   QStringLiteral("universal-analytics"), QStringLiteral("yandex-direct-api"),
                                   QStringLiteral("yandex-direct"), QStringLiteral("yandex-metrica")}));
    }

    void patterns()
    {
        QVERIFY(Preset::matches(u"amount spent (*)", u"amount spent (usd)"));
        QVERIFY(Preset::matches(u"amount spent (*)", u"amount spent ()"));
        QVERIFY(!Preset::matches(u"amount spent (*)", u"amount spent"));
        QVERIFY(Preset::matches(u"©*", u"©2025 microsoft corporation"));
        QVERIFY(!Preset::matches(u"impr.", u"impressions"));
        QVERIFY(Preset::matches(u"*", u""));
        QVERIFY(Preset::matches(u"a*b*c", u"axxbyyc"));
        QVERIFY(!Preset::matches(u"a*b*c", u"axxbyy"));
        // Found by fuzzing: a pattern of many stars took exponential time.
        const QString stars(40, u'*');
        QVERIFY(!Preset::matches(stars + u'x', QString(60, u'a')));
    }

    void brokenPresetsAreRefused()
    {
        QString error;
        QVERIFY(!Preset::fromJson(R"({"id": "x", "title": "X", "kind": "campaign", "columns": {"clickz": ["c"]}})",
                                  &error));
        QVERIFY2(error.contains(u"'clickz' is not a column of campaign files"), qPrintable(error));
        QVERIFY(!Preset::fromJson(R"({"id": "x", "title": "X", "kind": "nope"})", &error));
        QVERIFY(!Preset::fromJson(R"({"id": "x", "title": "X", "kind": "campaign", "products": {"bounces": ["a"]}})",
                                  &error));
        QVERIFY(error.contains(u"two headers"));
    }

    void fixturesImportTheirTotals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");

        const QString campaign = QStringLiteral(
            "SELECT count(DISTINCT day), min(day) - 2460736, sum(impressions), sum(clicks), sum(cost), sum(leads),"
            " group_concat(DISTINCT ch.name) FROM campaign_rows r JOIN channels ch ON ch.id = r.channel_id");
        // Day 0 is 2025-03-01. Money, and the platforms' conversions (leads, key events), in micro-units.
        QTest::newRow("Google Ads, per day, totals rows and -- cells")
            << "google-ads-campaigns.csv"
            << "google-ads" << 5 << campaign << "3 0 6630 178 269020000 7000000 Paid Search";
        QTest::newRow("Google Ads, Excel CSV: UTF-16LE, tabs, Polish headers and numbers")
            << "google-ads-campaigns-pl-utf16.csv"
            << "google-ads" << 5 << campaign << "3 0 6630 178 269020000 7000000 Paid Search";
        QTest::newRow("Google Ads, whole range: rows spread over the range's 31 days")
            << "google-ads-campaigns-whole-range.csv"
            << "google-ads" << 2 << campaign << "31 0 46000 990 1671000000 40000000 Paid Search";
        QTest::newRow("Microsoft Advertising, API names, preamble and footer")
            << "microsoft-ads-campaigns.csv"
            << "microsoft-ads" << 3 << campaign << "2 0 5300 67 115750000 3000000 Paid Search";
        QTest::newRow("Microsoft Advertising, display names and a Total row")
            << "microsoft-ads-campaigns-display-names.csv"
            << "microsoft-ads" << 2 << campaign << "2 0 2200 44 23000000 3000000 Paid Search";
        QTest::newRow("LinkedIn, M/D/YYYY that the data cannot decide")
            << "linkedin-ads-campaigns.csv"
            << "linkedin-ads" << 3 << campaign + QStringLiteral(" WHERE day = 2460747") // 2025-03-12, not 2025-12-03
            << "1 11 2100 20 55000000 3000000 LinkedIn Ads";
        QTest::newRow("LinkedIn, social actions")
            << "linkedin-ads-campaigns.csv"
            << "linkedin-ads" << 3
            << "SELECT sum(cost), sum(likes), sum(comments), sum(shares), sum(new_followers), sum(leads) FROM"
               " campaign_rows"
            << "273750000 25 4 3 3 6000000";
        QTest::newRow("Meta, currency in the header")
            << "meta-ads-campaigns.csv"
            << "meta-ads" << 2
            << "SELECT sum(reach), sum(impressions), sum(cost), sum(clicks), sum(landing_page_views) FROM campaign_rows"
            << "2700 4200 62660000 71 41";
        QTest::newRow("Meta in Polish: ; and 1 234,56")
            << "meta-ads-campaigns-pl.csv"
            << "meta-ads" << 2
            << "SELECT sum(reach), sum(impressions), sum(cost), sum(clicks), sum(landing_page_views) FROM campaign_rows"
            << "2700 4200 1162660000 71 41";
        QTest::newRow("GA4: # preamble, grand total, first of two tables, sessions × engagement time")
            << "google-analytics-4-traffic.csv"
            << "google-analytics-4" << 3
            << "SELECT sum(sessions), sum(engaged_seconds), count(DISTINCT channel_id), sum(key_events) FROM"
               " campaign_rows"
            << "2300 102500000000 2 25000000";
        QTest::newRow("Universal Analytics: rates and durations times sessions, unlabelled totals")
            << "universal-analytics-channels.csv"
            << "universal-analytics" << 2
            << "SELECT sum(sessions), sum(bounces), sum(pageviews), sum(engaged_seconds) FROM campaign_rows"
            << "1400 652 3200 82000000000";
        QTest::newRow("Mailchimp: the Email channel, send dates with a time")
            << "mailchimp-campaigns.csv"
            << "mailchimp" << 2
            << "SELECT sum(emails_sent), sum(emails_delivered), sum(emails_opened), sum(email_clicks),"
               " sum(unsubscribes), max(day) - 2460736, group_concat(DISTINCT ch.name) FROM campaign_rows r JOIN"
               " channels ch ON ch.id = r.channel_id"
            << "1500 1475 450 75 7 3 Email";
        QTest::newRow("HubSpot contacts: stage dates with times")
            << "hubspot-contacts.csv"
            << "hubspot-contacts" << 3
            << "SELECT count(*), count(mql_day), count(customer_day), sum(lead_score), max(customer_day) - 2460736,"
               " (SELECT name FROM channels WHERE id = (SELECT channel_id FROM leads WHERE lead_id = '102')),"
               " (SELECT name FROM campaigns WHERE id = (SELECT campaign_id FROM leads WHERE lead_id = '102'))"
               " FROM leads"
            << "3 2 1 125.0 19 Paid Search Brand PL";
        QTest::newRow("HubSpot deals: stages as statuses")
            << "hubspot-deals.csv"
            << "hubspot-deals" << 3
            << "SELECT group_concat(status, ','), sum(amount), sum(closed IS NULL) FROM (SELECT * FROM deals ORDER BY"
               " deal_id)"
            << "won,lost,open 20000500000 1";
        QTest::newRow("Salesforce: $ amounts, total and footer lines")
            << "salesforce-opportunities.csv"
            << "salesforce-opportunities" << 3
            << "SELECT group_concat(status, ','), sum(amount), min(created) - 2460736 FROM (SELECT * FROM deals ORDER"
               " BY deal_id)"
            << "won,lost,open 22750750000 0";
    }

    void fixturesImportTheirTotals()
    {
        QFETCH(QString, file);
        QFETCH(QString, preset);
        QFETCH(int, rows);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        TestWorkspace ws;
        Importer importer(ws.workspace());
        const ImportResult r = importer.importFile(QStringLiteral(FUNNELSCOPE_EXPORTS "/") + file, inUsd());
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, preset);
        QCOMPARE(r.source, preset); // the preset names the source unless --source does
        QCOMPARE(r.imported, rows);
        QCOMPARE(r.rejected, 0);
        QVERIFY2(r.confidence >= 0.99, qPrintable(r.summary()));
        QCOMPARE(row(ws.workspace(), sql), expected);
    }

    void ga4SaysWhichTableItImported()
    {
        TestWorkspace ws;
        const ImportResult r = Importer(ws.workspace()).importFile(fixture("google-analytics-4-traffic.csv"), {});
        QVERIFY2(r.note.contains(u"header is on line 10") && r.note.contains(u"line 15"), qPrintable(r.note));
    }

    void ga4KeyEventsByChannel()
    {
        // For reconciling with the platforms' and the CRM's leads: 12 + 10 from Organic Search, 3 from Direct.
        TestWorkspace ws;
        QCOMPARE(Importer(ws.workspace()).importFile(fixture("google-analytics-4-traffic.csv"), {}).status,
                 ImportResult::Status::Imported);
        KpiEngine engine(ws.workspace());
        const QHash<QString, double> events = engine.keyEventsByChannel({QDate(2025, 3, 1), QDate(2025, 3, 2), {}, {}});
        QCOMPARE(events,
                 (QHash<QString, double>{{QStringLiteral("Organic Search"), 22}, {QStringLiteral("Direct"), 3}}));
        QCOMPARE(engine.keyEventsByChannel({QDate(2025, 3, 2), QDate(2025, 3, 2), {}, {}}),
                 (QHash<QString, double>{{QStringLiteral("Organic Search"), 10}}));
    }

    // Issue 14: shapes of real exports, each written small enough to add up by hand.
    void googleAdsFractionalConversions()
    {
        // Data-driven attribution credits conversions in parts. By hand: impressions 200 + 1,000 = 1,200; clicks
        // 10 + 5 = 15; cost 12.34 + 7.66 = 20.00; conversions 45.89 + 1.5 = 47.39 (micro-units 47,390,000).
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("Campaign performance.csv"),
                                           "Campaign performance\n"
                                           "1 January 2026 - 29 May 2026\n"
                                           "Campaign,Clicks,Impr.,Currency code,Cost,Conversions,Cost / conv.\n"
                                           "Removals,10,200,GBP,12.34,45.89,0.27\n"
                                           "Storage,5,\"1,000\",GBP,7.66,1.50,5.11\n");
        QCOMPARE(r.preset, QStringLiteral("google-ads"));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejected, 0);
        // The range report's totals are spread over its days: 1.5 conversions become shares of micro-units.
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(impressions), sum(clicks), sum(cost), sum(leads),"
                                                    " min(leads) FROM campaign_rows")),
                 QStringLiteral("1200 15 20000000 47390000 10067"));
        const KpiValues v = KpiEngine(ws.workspace()).compute({QDate(2026, 1, 1), QDate(2026, 12, 31), {}, {}});
        QCOMPARE(v.value(QStringLiteral("platform_leads")).value_or(-1), 47.39);
        QCOMPARE(v.value(QStringLiteral("leads")).value_or(-1), 47.39); // no CRM leads: the platforms'
        QCOMPARE(v.value(QStringLiteral("cpl")).value_or(-1), 20.0 / 47.39);
        QCOMPARE(v.value(QStringLiteral("impressions")).value_or(-1), 1200.0);
        QCOMPARE(v.value(QStringLiteral("media_cost")).value_or(-1), 20.0);
    }

    void googleAdsTotalsLinesOfEveryShape()
    {
        // Totals lines with " --" before the label and the device before "Total:" are skipped; a search term or
        // campaign that only starts with the word ("total solar") is data. By hand: clicks 4 + 6 = 10, impressions
        // 100 + 50 = 150, cost 2.00 + 3.00 = 5.00.
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(QStringLiteral("Campaign report.csv"), "Campaign report\n"
                                                               "\"March 1, 2025 - March 31, 2025\"\n"
                                                               "Campaign,Device,Clicks,Impr.,Cost,Conversions\n"
                                                               "total solar,Computers,4,100,2.00,1.00\n"
                                                               "Brand,Mobile devices,6,50,3.00,0.00\n"
                                                               " --,Total: Campaigns,10,150,5.00,1.00\n"
                                                               "Mobile devices Total:, --,6,50,3.00,0.00\n"
                                                               "Total: Account,,10,150,5.00,1.00\n");
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(clicks), sum(impressions), sum(cost), (SELECT"
                                                    " group_concat(name, '|') FROM (SELECT DISTINCT c.id, c.name FROM"
                                                    " campaign_rows r JOIN campaigns c ON c.id = r.campaign_id ORDER BY"
                                                    " c.id)) FROM campaign_rows")),
                 QStringLiteral("10 150 5000000 total solar|Brand"));
    }

    void googleAdsInteractionsWithoutClicks()
    {
        // Video campaign tables have Interactions, not Clicks: 20,127 + 1,934 = 22,061.
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("Campaign report.csv"),
                                           "Campaign report\n"
                                           "\"July 8, 2025 - July 31, 2025\"\n"
                                           "Campaign,Campaign type,Currency code,Impr.,Interactions,Interaction rate,"
                                           "Avg. cost,Cost,Conversions\n"
                                           "Video views,Video,INR,\"25,881\",\"20,127\",77.77%,0.08,1661.67,0.00\n"
                                           "Sand,Demand Gen,INR,\"20,287\",\"1,934\",9.53%,0.47,904.26,15.00\n");
        QCOMPARE(r.imported, 2);
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(clicks), sum(impressions) FROM campaign_rows")),
                 QStringLiteral("22061 46168"));
    }

    void metaSummaryRowIsNotData()
    {
        // Meta writes the whole report's totals first, with every name and breakdown cell empty; imported, it
        // would double every total as a campaign "(none)". A campaign row whose age is unknown is data. Link clicks
        // win over Clicks (all). By hand: reach 100 + 80 + 120 = 300, impressions 200 + 100 + 200 = 500, spent
        // 5.00 + 4.00 + 6.00 = 15.00, link clicks 10 + 8 + 12 = 30.
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(QStringLiteral("Untitled-report.csv"),
                        "\xEF\xBB\xBF\"Campaign name\",Age,Reach,Impressions,Currency,\"Amount spent (USD)\",\"Link "
                        "clicks\",\"Clicks (all)\",\"Reporting starts\",\"Reporting ends\"\n"
                        ",,300,500,USD,15.00,30,45,2025-03-01,2025-03-31\n"
                        "Spring,18-24,100,200,USD,5.00,10,15,2025-03-01,2025-03-31\n"
                        "Spring,25-34,80,100,USD,4.00,8,12,2025-03-01,2025-03-31\n"
                        "Summer,,120,200,USD,6.00,12,18,2025-03-01,2025-03-31\n");
        QCOMPARE(r.preset, QStringLiteral("meta-ads"));
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(reach), sum(impressions), sum(cost), sum(clicks),"
                                                    " count(DISTINCT campaign_id) FROM campaign_rows")),
                 QStringLiteral("300 500 15000000 30 2"));
        QCOMPARE(ws.workspace().findCampaign(QStringLiteral("(none)")), -1);
    }

    void metaNoDataAvailableIsAnEmptyExport()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("Campaigns-1-Sep-2024-30-Sep-2024.csv"),
                                         "\"Reporting starts\",\"Reporting ends\",\"Campaign name\",Results,"
                                         "\"Result indicator\",Reach,Impressions,\"Amount spent (USD)\",Ends\n"
                                         "\"No data available.\"\n");
        QCOMPARE(r.status, ImportResult::Status::Imported);
        QCOMPARE(r.preset, QStringLiteral("meta-ads"));
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.rejected, 0);
        QVERIFY2(r.note.contains(u"no data in this export: line 2"), qPrintable(r.summary()));
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT count(*) FROM campaign_rows")), QStringLiteral("0"));
    }

    void metaClicksAllThruPlaysAndLeadResults()
    {
        // Without Link clicks, Clicks (all) are the clicks: 25 + 20 + 10 = 55. ThruPlays are video views: 300.
        // Results are leads only where the Result indicator is a lead form's: 4 + 3 = 7, not the 300 ThruPlays
        // of the video ad set (whose leads stay unknown, not 0).
        TestWorkspace ws;
        const ImportResult r = ws.importOk(
            QStringLiteral("Ad-sets.csv"),
            "\"Reporting starts\",\"Reporting ends\",\"Ad set name\",Impressions,\"Clicks (all)\",ThruPlays,Results,"
            "\"Result indicator\"\n"
            "2025-06-10,2025-06-10,Video,1000,25,300,300,actions:video_thruplay_watched_actions\n"
            "2025-06-10,2025-06-10,Form A,500,20,,4,actions:onsite_conversion.lead_grouped\n"
            "2025-06-11,2025-06-11,Form B,400,10,,3,leadgen_grouped\n");
        QCOMPARE(r.preset, QStringLiteral("meta-ads"));
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rejected, 0);
        // Without Campaign name the ad sets are the campaigns, and the note says so.
        QCOMPARE(r.ignored, QStringList());
        QVERIFY2(r.note.contains(u"the campaign column is read from \"Ad set name\""), qPrintable(r.note));
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(clicks), sum(video_views), sum(leads),"
                                                    " count(leads) FROM campaign_rows")),
                 QStringLiteral("55 300 7000000 2"));
        const KpiValues v = KpiEngine(ws.workspace()).compute({QDate(2025, 6, 1), QDate(2025, 6, 30), {}, {}});
        QCOMPARE(v.value(QStringLiteral("platform_leads")).value_or(-1), 7.0);
        QCOMPARE(v.value(QStringLiteral("ctr")).value_or(-1), 55.0 / 1900.0);
    }

    void canonicalFilesStayGeneric()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("c.csv"), "date,channel,campaign,impressions,clicks,cost\n"
                                                                    "2025-03-01,Paid Search,A,100,5,1.50\n");
        QCOMPARE(r.preset, QStringLiteral("generic"));
        QCOMPARE(r.source, QStringLiteral("manual"));
    }

    void sourceOptionWins()
    {
        TestWorkspace ws;
        ImportOptions options;
        options.source = QStringLiteral("ads-account-2");
        const ImportResult r = Importer(ws.workspace()).importFile(fixture("google-ads-campaigns.csv"), options);
        QCOMPARE(r.source, QStringLiteral("ads-account-2"));
        QCOMPARE(r.preset, QStringLiteral("google-ads"));
    }

    void chosenPresetOverridesDetection()
    {
        // A Google Ads file read as a HubSpot deals export has none of its columns: refused, naming the tool.
        TestWorkspace ws;
        ImportOptions options;
        options.preset = QStringLiteral("hubspot-deals");
        const ImportResult r = Importer(ws.workspace()).importFile(fixture("google-ads-campaigns.csv"), options);
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(
            r.summary().contains(u"this is not a HubSpot deals export: no line in the first 21 has its columns"
                                 " (record id, create date, close date, deal stage, amount, original source type)"),
            qPrintable(r.summary()));
        // The right one by name imports.
        options.preset = QStringLiteral("google-ads");
        QCOMPARE(Importer(ws.workspace()).importFile(fixture("google-ads-campaigns.csv"), options).status,
                 ImportResult::Status::Imported);
    }

    void savedMappingIsOfferedForTheSameHeader()
    {
        // An export no preset knows: the user maps it once, saves the mapping, and the next file with this header
        // is read with it. (Not the names Meta and Google Ads write in German, Einblendungen and Ausgaben, which are
        // read without a mapping.)
        TestWorkspace ws;
        const QByteArray bytes = "Zeitpunkt;Quelle;Vorhaben;Sichtkontakte;Aufwand\n"
                                 "01.03.2025;Paid Search;Frühling;1 000;12,50\n"
                                 "02.03.2025;Paid Search;Frühling;500;7,25\n";
        const QString path = ws.write(QStringLiteral("export.csv"), bytes);
        QCOMPARE(FileInspector::inspect(path, {}).mapping.has_value(), false);
        ImportOptions fixed;
        fixed.columns = {{QStringLiteral("zeitpunkt"), QStringLiteral("date")},
                         {QStringLiteral("quelle"), QStringLiteral("channel")},
                         {QStringLiteral("vorhaben"), QStringLiteral("campaign")},
                         {QStringLiteral("sichtkontakte"), QStringLiteral("impressions")},
                         {QStringLiteral("aufwand"), QStringLiteral("cost")}};
        const FileLayout layout = FileInspector::inspect(path, fixed);
        QVERIFY(layout.mapping);
        QCOMPARE(Preset::saveCustom(layout.mapping->toPreset(QStringLiteral("Agentur Export"), std::nullopt)),
                 QString());
        const Preset *saved = Preset::find(u"custom-agentur-export");
        QVERIFY(saved);
        QCOMPARE(saved->title, QStringLiteral("Agentur Export"));

        const FileLayout again = FileInspector::inspect(path, {});
        QVERIFY(again.mapping);
        QCOMPARE(again.mapping->presetId(), QStringLiteral("custom-agentur-export"));
        const ImportResult r = Importer(ws.workspace()).importFile(path, inUsd());
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.source, QStringLiteral("custom-agentur-export"));
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(impressions), sum(cost) FROM campaign_rows")),
                 QStringLiteral("1500 19750000"));
        // A file with another header is not taken for it.
        QVERIFY(!FileInspector::inspect(ws.write(QStringLiteral("other.csv"), "Zeitpunkt;Quelle\n01.03.2025;X\n"), {})
                     .mapping);
        // Saved as a file the next run reads.
        QVERIFY(QFile::exists(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                              QStringLiteral("/funnelscope/presets/custom-agentur-export.json")));
    }

    void productBeyondMicroUnitsIsRejected()
    {
        // Found by fuzzing: a product column's factors were converted through micro-units and could overflow.
        TestWorkspace ws;
        const ImportResult r =
            ws.import(QStringLiteral("ua.csv"), "Default Channel Grouping,Date,Sessions,Bounce Rate,Pages / Session,"
                                                "Avg. Session Duration\n"
                                                "Direct,20250301,9000000000000,50%,2,00:01:00\n"
                                                "Direct,20250302,10,50%,2,00:01:00\n"
                                                "Direct,20250303,10,50%,2,00:01:00\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.rejected, 1);
        QVERIFY2(r.errors.value(0).reason.contains(u"number too large"), qPrintable(r.summary()));
        QCOMPARE(r.errors.value(0).line, 2);
    }

    void wholeRangeReportNeedsItsRange()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("range.csv"), "Campaign,Impr.,Clicks,Cost\nBrand,100,5,1.00\n");
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(u"no date column and no date range above its header"), qPrintable(r.summary()));
    }

    // The split of docs/decisions.md ("Range reports"): total / days each, the remainder one unit at a time to the
    // first days, so the parts add up to the total.
    void rangeSpreadSplitsExactly_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("days");
        QTest::addColumn<QList<qint64>>("parts");
        QTest::addRow("10 clicks over 7 days") << qint64(10) << qint64(7) << QList<qint64>{2, 2, 2, 1, 1, 1, 1};
        QTest::addRow("3 over 5 days") << qint64(3) << qint64(5) << QList<qint64>{1, 1, 1, 0, 0};
        QTest::addRow("7.00 in micro-units over 3 days")
            << qint64(7000000) << qint64(3) << QList<qint64>{2333334, 2333333, 2333333};
        QTest::addRow("one day keeps its total") << qint64(42) << qint64(1) << QList<qint64>{42};
    }

    void rangeSpreadSplitsExactly()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, days);
        QFETCH(QList<qint64>, parts);
        QList<qint64> got;
        for (qint64 i = 0; i < days; ++i) {
            got.append(RangeSpread::share(total, days, i));
        }
        QCOMPARE(got, parts);
    }

    // GA4 Reports → Traffic acquisition: no Date column, the period only in "# Start date" / "# End date", re-saved
    // in Excel (trailing commas, a blank row, a hand-added block below). 1–14 March 2025 is 14 days: Organic Search's
    // 140 sessions are 10 a day; Direct's 30 are 3 on 1–2 March and 2 after; Email's 15 are 2 on 1 March, then 1. The
    // week 3–9 March holds 70 + 14 + 7 sessions; Organic's 7 conversions fall on 1–7 March (5 of them in the week),
    // Email's 3 on 1–3 March (1 in the week).
    void ga4TrafficAcquisitionWithoutDate()
    {
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(QStringLiteral("data-export.csv"),
                        "# ----------------------------------------,,,,\r\n"
                        "# Traffic acquisition: Session default channel group,,,,\r\n"
                        "# Start date: 20250301,,,,\r\n"
                        "# End date: 20250314,,,,\r\n"
                        ",,,,\r\n"
                        "Session default channel group,Users,Sessions,Engaged sessions,Conversions\r\n"
                        "Organic Search,100,140,70,7\r\n"
                        "Direct,50,30,20,0\r\n"
                        "Email,10,15,9,3\r\n"
                        ",,,,\r\n"
                        ",,,,\r\n"
                        "My notes,,,,\r\n"
                        "0.5,,,,\r\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("google-analytics-4"));
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.spreadFrom, QDate(2025, 3, 1));
        QCOMPARE(r.spreadTo, QDate(2025, 3, 14));
        QVERIFY2(r.ignored.contains(u"Users"_s) && r.ignored.contains(u"Engaged sessions"_s), qPrintable(r.summary()));
        Workspace &w = ws.workspace();
        const QString byChannel = QStringLiteral(
            "SELECT group_concat(s, ' ') FROM (SELECT ch.name || '=' || sum(sessions) || '/' || sum(key_events) AS s"
            " FROM campaign_rows r JOIN channels ch ON ch.id = r.channel_id WHERE day BETWEEN %1 AND %2"
            " GROUP BY ch.name ORDER BY ch.name)");
        const qint64 first = QDate(2025, 3, 1).toJulianDay();
        QCOMPARE(row(w, byChannel.arg(first).arg(first + 13)),
                 u"Direct=30/0 Email=15/3000000 Organic Search=140/7000000"_s);
        // 3 key events over 14 days in micro-units: 214,286 on each of the first 10 days, 214,285 on the others; 3–9
        // March are all among the first ten: 7 × 214,286.
        QCOMPARE(row(w, byChannel.arg(first + 2).arg(first + 8)),
                 u"Direct=14/0 Email=7/1500002 Organic Search=70/3500000"_s);
        QCOMPARE(row(w, byChannel.arg(first).arg(first)), u"Direct=3/0 Email=2/214286 Organic Search=10/500000"_s);
        QCOMPARE(row(w, QStringLiteral("SELECT count(DISTINCT day), min(day) - %1, max(day) - %1 FROM campaign_rows")
                            .arg(first)),
                 u"14 0 13"_s);
        QCOMPARE(row(w, QStringLiteral("SELECT spread_from - %1, spread_to - %1 FROM imports").arg(first)), u"0 13"_s);
    }

    // GA4 Reports → User acquisition: users only, no sessions. What maps (channel, key events) is imported, the rest
    // listed as ignored; 5 key events over 1–3 February are 2, 2, 1.
    void ga4UserAcquisitionImportsWhatMaps()
    {
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(QStringLiteral("User_acquisition.csv"),
                        "# ----------------------------------------\r\n"
                        "# User acquisition: First user primary channel group (Default Channel Group)\r\n"
                        "# Start date: 20250201\r\n"
                        "# End date: 20250203\r\n"
                        "First user primary channel group (Default Channel Group),Total users,New users,Key events\r\n"
                        "Direct,120,100,5\r\n"
                        "Paid Social,60,60,0");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("google-analytics-4"));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.ignored, (QStringList{u"Total users"_s, u"New users"_s}));
        const qint64 first = QDate(2025, 2, 1).toJulianDay();
        QCOMPARE(
            row(ws.workspace(),
                QStringLiteral("SELECT group_concat((day - %1) || ':' || key_events, ' '), sum(sessions IS NOT NULL)"
                               " FROM (SELECT * FROM campaign_rows r JOIN channels ch ON ch.id = r.channel_id"
                               " WHERE ch.name = 'Direct' ORDER BY day)")
                    .arg(first)),
            u"0:1666667 1:1666667 2:1666666 0"_s);
    }

    // GA4 exploration by "Date + hour (YYYYMMDDHH)", after a "# ---,,," first line: the hours sum into days.
    void ga4DateAndHourSumIntoDays()
    {
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(QStringLiteral("data-export.csv"), "# ----------------------------------------,,,\r\n"
                                                           "Session primary channel group (Default channel group),Date "
                                                           "+ hour (YYYYMMDDHH),Sessions,Engaged sessions\r\n"
                                                           "Direct,2024041623,10,5\r\n"
                                                           "Direct,2024041600,7,3\r\n"
                                                           "Organic Social,2024041719,4,2\r\n"
                                                           "Direct,2024041701,1,1\r\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.imported, 4);
        QVERIFY(!r.spreadFrom.isValid());
        QCOMPARE(
            row(ws.workspace(), QStringLiteral("SELECT group_concat(s, ' ') FROM (SELECT (day - %1) || ':' ||"
                                               " ch.name || '=' || sessions AS s FROM campaign_rows r JOIN channels"
                                               " ch ON ch.id = r.channel_id ORDER BY day, ch.name)")
                                    .arg(QDate(2024, 4, 16).toJulianDay())),
            u"0:Direct=17 1:Direct=1 1:Organic Social=4"_s);
    }

    // Google Ads without Day: "27 January 2026 - 23 February 2026" (UK order) is 28 days. 603 clicks are 21 a day
    // and 15 left over: 22 on 27 Jan – 10 Feb, 21 after; January's five days hold 110, February 493. 28,000
    // impressions, 280.00 and 28 conversions are 1,000, 10.00 and 1 a day.
    void googleAdsRangeReportIsSpread()
    {
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(QStringLiteral("Campaign report.csv"), "Campaign report\n"
                                                               "27 January 2026 - 23 February 2026\n"
                                                               "Campaign,Clicks,Impr.,Cost,Conversions\n"
                                                               "Shopping,603,\"28,000\",280.00,28.00\n"
                                                               "Total: Campaigns,603,\"28,000\",280.00,28.00\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.imported, 1);
        QVERIFY2(r.note.contains(u"2026-01-27 to 2026-02-23"), qPrintable(r.note));
        const qint64 feb = QDate(2026, 2, 1).toJulianDay();
        const QString sums = QStringLiteral("SELECT count(*), sum(clicks), sum(impressions), sum(cost), sum(leads),"
                                            " min(clicks), max(clicks) FROM campaign_rows WHERE day %1");
        QCOMPARE(row(ws.workspace(), sums.arg(u"< %1"_s.arg(feb))), u"5 110 5000 50000000 5000000 22 22"_s);
        QCOMPARE(row(ws.workspace(), sums.arg(u">= %1"_s.arg(feb))), u"23 493 23000 230000000 23000000 21 22"_s);
    }

    // "All time" has no dates to spread over: refused, saying why and what to export instead.
    void allTimeReportIsRefused()
    {
        TestWorkspace ws;
        const ImportResult r = ws.import(QStringLiteral("Campaign report.csv"),
                                         "Campaign report\nAll time\nCampaign,Impr.,Clicks,Cost\nBrand,100,5,1.00\n");
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(u"covers \"All time\" and has no dates") &&
                     r.summary().contains(u"export it again with a date range"),
                 qPrintable(r.summary()));
        QCOMPARE(r.errors.value(0).line, 2);
    }

    // AdWords 2016 "Keyword report (Jun 14, 2016)", UTF-16 with tabs: a one-day report dated by its title.
    void undatedTitleGivesTheDay()
    {
        const QString text =
            QStringLiteral("Keyword report (Jun 14, 2016)\t\t\t\t\t\t\r\n"
                           "Keyword\tClicks\tImpressions\tCost\tAvg. position\tConversions\tCost / conv.\r\n"
                           "wedding flowers\t2\t6\t1.22\t1.7\t0.0\t0.00\r\n"
                           "cairns florists\t2\t15\t1.00\t2.0\t8.0\t0.12\r\n"
                           "Total\t4\t21\t2.22\t --\t8.0\t0.28\r\n");
        QByteArray bytes("\xFF\xFE");
        bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("Keyword report.csv"), bytes);
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("google-ads"));
        QCOMPARE(r.imported, 2);
        QVERIFY(!r.spreadFrom.isValid()); // one day: nothing to spread
        // Two keywords of one campaign-less day sum into one row; position weighted by impressions:
        // (1.7 × 6 + 2.0 × 15) / 21 = 40.2 / 21 = 1.9143.
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT day - %1, clicks, impressions, cost, leads,"
                                                    " round(avg_position, 4) FROM campaign_rows")
                                         .arg(QDate(2016, 6, 14).toJulianDay())),
                 u"0 4 21 2220000 8000000 1.9143"_s);
    }

    // Search Console, Performance → Chart (Dates): organic clicks per day, as Organic Search, campaign (none).
    void searchConsoleChart()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("Chart.csv"), "Date,Clicks,Impressions,CTR,Position\n"
                                                                        "2025-01-01,161,13456,1.2%,32\n"
                                                                        "2025-01-02,173,13829,1.25%,32.6\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("google-search-console"));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.ignored, QStringList{u"CTR"_s});
        QCOMPARE(
            row(ws.workspace(),
                QStringLiteral("SELECT count(*), sum(clicks), sum(impressions), group_concat(avg_position, ' '),"
                               " group_concat(DISTINCT ch.name), group_concat(DISTINCT ca.name) FROM campaign_rows r"
                               " JOIN channels ch ON ch.id = r.channel_id JOIN campaigns ca ON ca.id ="
                               " r.campaign_id")),
            u"2 334 27285 32.0 32.6 Organic Search (none)"_s);
    }

    // Search Console's Queries, Pages and Search appearance tables do not add up to the site's totals (anonymised
    // queries left out, a search counted once per page): refused with or without a range, naming the file.
    void searchConsolePartialTablesAreRefused()
    {
        TestWorkspace ws;
        ImportOptions withRange;
        withRange.rangeFrom = QDate(2025, 3, 1);
        withRange.rangeTo = QDate(2025, 3, 31);
        for (const char *header : {"Top queries", "Top pages", "Search Appearance"}) {
            for (const ImportOptions &options : {ImportOptions(), withRange}) {
                const ImportResult r = ws.import(QStringLiteral("Queries.csv"),
                                                 QByteArray(header) + ",Clicks,Impressions,CTR,Position\n"
                                                                      "flowers,3,120,\"2,5%\",8.1\n",
                                                 options);
                QCOMPARE(r.status, ImportResult::Status::Refused);
                QVERIFY2(r.summary().contains(u"Queries.csv is a Google Search Console table by \"%1\", whose rows "
                                              "do not add up to the site's totals"_s.arg(QLatin1String(header))),
                         qPrintable(r.summary()));
                QCOMPARE(r.errors.value(0).line, 1);
            }
        }
    }

    // Countries.csv and Devices.csv add up to the site's totals but have no dates: without a range refused, saying
    // where the range is and what to do; with one given, spread over its days as a range report is.
    void searchConsoleCountriesNeedTheRangeGiven()
    {
        TestWorkspace ws;
        const QByteArray countries = "Country,Clicks,Impressions,CTR,Position\n"
                                     "Poland,20,\"1,000\",\"2,0%\",5\n"
                                     "Germany,11,550,2%,8\n";
        const ImportResult refused = ws.import(QStringLiteral("Countries.csv"), countries);
        QCOMPARE(refused.status, ImportResult::Status::Refused);
        QVERIFY2(refused.summary().contains(u"Countries.csv is a Google Search Console export without a Date "
                                            "column: the tool writes its date range only into Filters.csv") &&
                     refused.summary().contains(u"Import the download's Chart.csv (Dates.csv)") &&
                     refused.summary().contains(u"--from YYYY-MM-DD --to YYYY-MM-DD"),
                 qPrintable(refused.summary()));
        // 31 clicks and 1,550 impressions over 1–31 March; each country's row is split on its own (Poland's 1,000
        // impressions as 33 on the first 8 days and 32 after, Germany's 550 as 18 on 23 days and 17 after).
        ImportOptions options;
        options.rangeFrom = QDate(2025, 3, 1);
        options.rangeTo = QDate(2025, 3, 31);
        const ImportResult r = ws.importOk(QStringLiteral("Countries.csv"), countries, options);
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("google-search-console"));
        QCOMPARE(r.spreadFrom, QDate(2025, 3, 1));
        QCOMPARE(r.spreadTo, QDate(2025, 3, 31));
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT count(*), sum(clicks), sum(impressions), min(impressions),"
                                                    " max(impressions) FROM campaign_rows")),
                 u"31 31 1550 49 51"_s);
        // Devices of another download: 7 clicks over 1–7 April, a click a day.
        options.rangeFrom = QDate(2025, 4, 1);
        options.rangeTo = QDate(2025, 4, 7);
        const ImportResult devices =
            ws.importOk(QStringLiteral("Devices.csv"),
                        "Device,Clicks,Impressions,CTR,Position\nDesktop,4,40,10%,3\nMobile,3,30,10%,6\n", options);
        QVERIFY2(devices.status == ImportResult::Status::Imported, qPrintable(devices.summary()));
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT count(*), sum(clicks) FROM campaign_rows WHERE day >= %1")
                                         .arg(QDate(2025, 4, 1).toJulianDay())),
                 u"7 7"_s);
    }

    // A range given for a file that writes its own is checked against it, never silently preferred.
    void givenRangeMustAgreeWithTheFiles()
    {
        TestWorkspace ws;
        ImportOptions options;
        options.rangeFrom = QDate(2026, 1, 1);
        options.rangeTo = QDate(2026, 1, 31);
        const ImportResult r = ws.import(QStringLiteral("Campaign report.csv"),
                                         "Campaign report\n27 January 2026 - 23 February 2026\n"
                                         "Campaign,Clicks,Impr.,Cost\nShopping,28,280,28.00\n",
                                         options);
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(u"says it covers 2026-01-27 to 2026-02-23, not the 2026-01-01 to 2026-01-31 "
                                      "given"),
                 qPrintable(r.summary()));
        QCOMPARE(r.errors.value(0).line, 2);
    }

    // LinkedIn without a time breakdown ("All"): every row is dated by the report's first day and holds the whole
    // range's totals, spread over its days, and only over the days since its campaign started.
    void linkedInAllBreakdownIsSpread()
    {
        TestWorkspace ws;
        const QString text = QStringLiteral(
            "Campaign Performance Report (in UTC)\n"
            "\"Report Start: March 1, 2025, 12:00 AM\"\n"
            "\"Report End: March 10, 2025, 11:59 PM\"\n"
            "\"Date Generated: March 11, 2025, 9:46 AM\"\n"
            "\n"
            "Start Date (in UTC)\tCampaign Name\tCampaign Start Date\tTotal Spent\tImpressions\tClicks\tLeads\n"
            "3/1/2025\tAlways on\t1/15/2025\t20.00\t100\t10\t5\n"
            "3/1/2025\tLate start\t3/6/2025\t5.00\t50\t5\t0\n");
        QByteArray bytes("\xFF\xFE");
        bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        const ImportResult r = ws.importOk(QStringLiteral("campaign_performance_report.csv"), bytes);
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("linkedin-ads"));
        QCOMPARE(r.imported, 2);
        QCOMPARE(r.spreadFrom, QDate(2025, 3, 1));
        QCOMPARE(r.spreadTo, QDate(2025, 3, 10));
        // Always on: 100 impressions, 10 clicks, 20.00 and 5 leads over 10 days: 10, 1, 2.00 and 0.5 a day.
        // Late start: from 6 March only, 5 days: 10 impressions, 1 click, 1.00 a day.
        const QString sums = QStringLiteral(
            "SELECT count(*), min(day) - %1, max(day) - %1, sum(impressions), sum(clicks), sum(cost), sum(leads),"
            " min(impressions), max(impressions) FROM campaign_rows r JOIN campaigns ca ON ca.id = r.campaign_id"
            " WHERE ca.name = '%2'");
        const qint64 first = QDate(2025, 3, 1).toJulianDay();
        QCOMPARE(row(ws.workspace(), sums.arg(first).arg(u"Always on"_s)), u"10 0 9 100 10 20000000 5000000 10 10"_s);
        QCOMPARE(row(ws.workspace(), sums.arg(first).arg(u"Late start"_s)), u"5 5 9 50 5 5000000 0 10 10"_s);
    }

    // LinkedIn's monthly breakdown: a row per month, dated by the month's first day (or the report's, for the first
    // one), spread over that month's days within the report's range.
    void linkedInMonthlyRowsAreSpreadOverTheirMonth()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("monthly.csv"),
                                           "Campaign Performance Report (in UTC)\n"
                                           "Report Start: 01/15/2025, 12:00 AM\n"
                                           "Report End: 03/10/2025, 11:59 PM\n"
                                           "\n"
                                           "Start Date (in UTC),Campaign Name,Total Spent,Impressions,Clicks\n"
                                           "1/1/2025,Brand,17.00,170,17\n"
                                           "2/1/2025,Brand,28.00,280,28\n"
                                           "3/1/2025,Brand,10.00,100,10\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.spreadFrom, QDate(2025, 1, 15));
        QCOMPARE(r.spreadTo, QDate(2025, 3, 10));
        // January: 15–31, 17 days of 10 impressions; February: 28 days of 10; March: 1–10, 10 days of 10.
        const QString month = QStringLiteral("SELECT count(*), sum(impressions), min(impressions), max(impressions),"
                                             " sum(cost) FROM campaign_rows WHERE day BETWEEN %1 AND %2");
        QCOMPARE(row(ws.workspace(), month.arg(QDate(2025, 1, 1).toJulianDay()).arg(QDate(2025, 1, 31).toJulianDay())),
                 u"17 170 10 10 17000000"_s);
        QCOMPARE(row(ws.workspace(), month.arg(QDate(2025, 2, 1).toJulianDay()).arg(QDate(2025, 2, 28).toJulianDay())),
                 u"28 280 10 10 28000000"_s);
        QCOMPARE(row(ws.workspace(), month.arg(QDate(2025, 3, 1).toJulianDay()).arg(QDate(2025, 3, 31).toJulianDay())),
                 u"10 100 10 10 10000000"_s);
    }

    // LinkedIn's daily breakdown, and rows with their own End Date, stay as they are.
    void linkedInDailyRowsAreNotSpread()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("daily.csv"),
                                           "Campaign Performance Report (in UTC)\n"
                                           "Report Start: 03/01/2025, 12:00 AM\n"
                                           "Report End: 03/31/2025, 11:59 PM\n"
                                           "\n"
                                           "Start Date (in UTC),Campaign Name,Total Spent,Impressions,Clicks\n"
                                           "3/1/2025,Brand,1.00,100,1\n"
                                           "3/2/2025,Brand,2.00,200,2\n"
                                           "3/5/2025,Brand,3.00,300,3\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QVERIFY(!r.spreadFrom.isValid());
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT group_concat((day - %1) || '=' || impressions, ' ') FROM"
                                                    " (SELECT day, impressions FROM campaign_rows ORDER BY day)")
                                         .arg(QDate(2025, 3, 1).toJulianDay())),
                 u"0=100 1=200 4=300"_s);
        TestWorkspace own;
        const ImportResult e =
            own.importOk(QStringLiteral("own.csv"), "Campaign Performance Report (in UTC)\n"
                                                    "Report Start: 03/01/2025, 12:00 AM\n"
                                                    "\n"
                                                    "Start Date (in UTC),End Date (in UTC),Campaign Name,Impressions\n"
                                                    "3/1/2025,3/1/2025,Brand,100\n"
                                                    "3/1/2025,3/4/2025,Other,40\n");
        QVERIFY2(e.status == ImportResult::Status::Imported, qPrintable(e.summary()));
        QCOMPARE(e.spreadTo, QDate(2025, 3, 4));
        QCOMPARE(row(own.workspace(), QStringLiteral("SELECT count(*), sum(impressions) FROM campaign_rows")),
                 u"5 140"_s);
    }

    // Microsoft Advertising: "Report Aggregation: Summary" has no TimePeriod column, its range is "Report Time:
    // first, last"; a monthly aggregation's rows are spread over their months.
    void microsoftAdsSummaryAndMonthlyReports()
    {
        const QByteArray preamble = "\"Report Name: Campaign Performance\"\n"
                                    "\"Report Time: 3/1/2025, 4/15/2025\"\n"
                                    "\"Time Zone: (GMT+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna\"\n";
        TestWorkspace ws;
        // 460 impressions over 1 March – 15 April (46 days): 10 a day.
        const ImportResult r = ws.importOk(QStringLiteral("summary.csv"),
                                           preamble + "\"Report Aggregation: Summary\"\n\"Rows: 1\"\n\n"
                                                      "\"CampaignName\",\"Impressions\",\"Clicks\",\"Spend\"\n"
                                                      "\"Brand\",\"460\",\"46\",\"46.00\"\n"
                                                      "\"©2025 Microsoft Corporation. All rights reserved. \"\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("microsoft-ads"));
        QCOMPARE(r.spreadFrom, QDate(2025, 3, 1));
        QCOMPARE(r.spreadTo, QDate(2025, 4, 15));
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT count(*), sum(impressions), min(impressions),"
                                                    " max(impressions) FROM campaign_rows")),
                 u"46 460 10 10"_s);
        // Monthly: March's 310 over its 31 days, April's 150 over 1–15.
        TestWorkspace monthly;
        const ImportResult m =
            monthly.importOk(QStringLiteral("monthly.csv"),
                             preamble + "\"Report Aggregation: Monthly\"\n\n"
                                        "\"TimePeriod\",\"CampaignName\",\"Impressions\",\"Clicks\",\"Spend\"\n"
                                        "\"2025-03-01\",\"Brand\",\"310\",\"31\",\"31.00\"\n"
                                        "\"2025-04-01\",\"Brand\",\"150\",\"15\",\"15.00\"\n");
        QVERIFY2(m.status == ImportResult::Status::Imported, qPrintable(m.summary()));
        const QString april = QStringLiteral("SELECT count(*), sum(impressions), max(day) - %1 FROM campaign_rows"
                                             " WHERE day >= %1")
                                  .arg(QDate(2025, 4, 1).toJulianDay());
        QCOMPARE(row(monthly.workspace(), april), u"15 150 14"_s);
        QCOMPARE(row(monthly.workspace(), QStringLiteral("SELECT count(*), sum(impressions) FROM campaign_rows")),
                 u"46 460"_s);
    }

    // Meta ad-set and ad exports: the campaign is Campaign name when the file has it, else the ad set, else the ad.
    void metaAdSetsAndAdsTakeTheirCampaign_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("campaigns");
        QTest::addColumn<bool>("standIn");
        QTest::addRow("campaign and ad set")
            << QByteArray("Campaign name,Ad set name,Day,Impressions,Amount spent (EUR)\n"
                          "Spring,Lookalike,2025-03-01,100,1.00\n"
                          "Spring,Interests,2025-03-01,50,0.50\n")
            << u"Spring=150"_s << false;
        QTest::addRow("ad set only") << QByteArray("Ad set name,Day,Impressions,Amount spent (EUR)\n"
                                                   "Lookalike,2025-03-01,100,1.00\n"
                                                   "Interests,2025-03-01,50,0.50\n")
                                     << u"Interests=50 Lookalike=100"_s << true;
        QTest::addRow("ad only") << QByteArray("Ad name,Day,Impressions,Amount spent (EUR)\n"
                                               "Video 1,2025-03-01,70,1.00\n")
                                 << u"Video 1=70"_s << true;
    }

    void metaAdSetsAndAdsTakeTheirCampaign()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, campaigns);
        QFETCH(bool, standIn);
        TestWorkspace ws;
        const ImportResult r = ws.importOk(QStringLiteral("Ad-sets.csv"), csv);
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("meta-ads"));
        QCOMPARE(r.note.contains(u"the campaign column is read from"), standIn);
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT group_concat(s, ' ') FROM (SELECT ca.name || '=' ||"
                                                    " sum(impressions) AS s FROM campaign_rows r JOIN campaigns ca"
                                                    " ON ca.id = r.campaign_id GROUP BY ca.name ORDER BY ca.name)")),
                 campaigns);
    }

    // A preset saved from the import dialog keeps every rule of the one it was made from: every shipped preset
    // survives its own JSON whole, and a Meta mapping saved as a custom preset still reads lead Results as leads.
    void savedPresetsKeepEveryRule()
    {
        for (const Preset *p : Preset::all()) {
            QString error;
            const std::optional<Preset> again = Preset::fromJson(p->toJson(), &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(again->toJson(), p->toJson());
            QCOMPARE(again->conditionals.size(), p->conditionals.size());
            QCOMPARE(again->labelHeaders, p->labelHeaders);
            QCOMPARE(again->skipLines, p->skipLines);
            QCOMPARE(again->tableEnd, p->tableEnd);
            QCOMPARE(again->rangeInPreamble, p->rangeInPreamble);
            QCOMPARE(again->periodRows, p->periodRows);
            QCOMPARE(again->products.size(), p->products.size());
        }
        TestWorkspace ws;
        const QByteArray bytes = "\"Ad set name\",\"Reporting starts\",\"Reporting ends\",Impressions,Results,"
                                 "\"Result indicator\"\n"
                                 ",2025-06-10,2025-06-11,900,7,\n"
                                 "Form A,2025-06-10,2025-06-10,500,4,actions:onsite_conversion.lead_grouped\n"
                                 "Form B,2025-06-11,2025-06-11,400,3,leadgen_grouped\n"
                                 "Video,2025-06-11,2025-06-11,100,300,actions:video_thruplay_watched_actions\n";
        const QString path = ws.write(QStringLiteral("Leads-ad-sets.csv"), bytes);
        const FileLayout layout = FileInspector::inspect(path, {});
        QVERIFY(layout.mapping);
        QCOMPARE(Preset::saveCustom(layout.mapping->toPreset(QStringLiteral("Meta lead ad sets"), std::nullopt)),
                 QString());
        const Preset *saved = Preset::find(u"custom-meta-lead-ad-sets");
        QVERIFY(saved);
        QCOMPARE(saved->conditionals.size(), 1);
        QVERIFY(saved->signature.isEmpty()); // offered for this header only
        const FileLayout again = FileInspector::inspect(path, {});
        QCOMPARE(again.mapping->presetId(), QStringLiteral("custom-meta-lead-ad-sets"));
        const ImportResult r = Importer(ws.workspace()).importFile(path, {});
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        // The summary row is skipped, lead results are leads (4 + 3), the video's 300 are not: 1,000 impressions.
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(impressions), sum(leads), count(leads) FROM"
                                                    " campaign_rows")),
                 u"1000 7000000 2"_s);
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                      QStringLiteral("/funnelscope/presets/custom-meta-lead-ad-sets.json"));
    }

    // Meta without a time breakdown: each row carries its own period (Reporting starts/ends) and is spread over it;
    // a daily row is not. 300 impressions and 3.00 over 1–3 Feb: 100 and 1.00 a day.
    void metaRowPeriodIsSpread()
    {
        TestWorkspace ws;
        const ImportResult r = ws.importOk(
            QStringLiteral("meta.csv"), "Campaign name,Impressions,Amount spent (USD),Reporting starts,Reporting ends\n"
                                        "A,300,3.00,2025-02-01,2025-02-03\n"
                                        "B,50,0.50,2025-02-02,2025-02-02\n");
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("meta-ads"));
        QCOMPARE(r.spreadFrom, QDate(2025, 2, 1));
        QCOMPARE(r.spreadTo, QDate(2025, 2, 3));
        QCOMPARE(
            row(ws.workspace(),
                QStringLiteral("SELECT group_concat(s, ' ') FROM (SELECT (day - %1) || ca.name || '=' || impressions"
                               " || '/' || cost AS s FROM campaign_rows r JOIN campaigns ca ON ca.id ="
                               " r.campaign_id ORDER BY day, ca.name)")
                    .arg(QDate(2025, 2, 1).toJulianDay())),
            u"0A=100/1000000 1A=100/1000000 1B=50/500000 2A=100/1000000"_s);
    }

    // The real exports of ../shared/real-exports (MANIFEST.md), when that folder is there, against totals added up
    // by hand from each file (a SUM over the column as a spreadsheet does it; day counts by the calendar).
    void realExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        const QString sums =
            QStringLiteral("SELECT count(DISTINCT day), min(day), max(day), sum(sessions),"
                           " sum(key_events), sum(clicks), sum(impressions), count(DISTINCT channel_id)"
                           " FROM campaign_rows");
        const auto jd = [](int y, int m, int d) {
            return QString::number(QDate(y, m, d).toJulianDay());
        };
        // 18: sessions 482 + 243 + 148 + 25 + 6 + 3 = 907, conversions all 0, six channels, 25 Jun – 2 Jul 2023 = 8
        // days; the trailing ",,,,," rows and the "Engagement rates compare" block below are not rows.
        QTest::newRow("18 GA4 traffic acquisition")
            << "riav13_data-export.csv"
            << "google-analytics-4" << 6 << sums << u"8 %1 %2 907 0 - - 6"_s.arg(jd(2023, 6, 25), jd(2023, 7, 2));
        // 19: 3182 hourly rows, 6 Apr – 3 May 2024 (28 days), 7 channels; the Sessions column summed: 162895.
        QTest::newRow("19 GA4 exploration by date + hour")
            << "chirayu32_data-export.csv"
            << "google-analytics-4" << 3182 << sums << u"28 %1 %2 162895 - - - 7"_s.arg(jd(2024, 4, 6), jd(2024, 5, 3));
        // 20: key events 22 + 0 + 0 + 2 + 0 + 0 + 0 + 0 = 24 (stored in micro-units), eight channels, no sessions; 1
        // Feb – 4 Aug 2025 is 28 + 31 + 30 + 31 + 30 + 31 + 4 = 185 days.
        QTest::newRow("20 GA4 user acquisition")
            << "Teefusion_User_acquisition_First_user_primary_channel_group_(Default_Channel_Group).csv"
            << "google-analytics-4" << 8 << sums << u"185 %1 %2 - 24000000 - - 8"_s.arg(jd(2025, 2, 1), jd(2025, 8, 4));
        // 21: the 365 days of 2025, Clicks summed 100599, Impressions 9541487.
        QTest::newRow("21 Search Console chart")
            << "DanielTheC_Chart.csv"
            << "google-search-console" << 365 << sums
            << u"365 %1 %2 - - 100599 9541487 1"_s.arg(jd(2025, 1, 1), jd(2025, 12, 31));
        // 6: clicks 2 + 1 + 0 + 0 + 2 + 0 + 1 = 6, impressions 6 + 7 + 7 + 2 + 15 + 3 + 5 = 45, all on 14 June 2016.
        QTest::newRow("6 AdWords keyword report (Jun 14, 2016)")
            << "LiudmylaN_Keyword report.csv"
            << "google-ads" << 7 << sums << u"1 %1 %1 - - 6 45 1"_s.arg(jd(2016, 6, 14));
        // 2: 27 Jan – 23 Feb 2026 (28 days). Clicks 603 (21 a day, 15 left: 22 on the first 15 days) and 264 (9 a
        // day, 12 left: 10 on the first 12): January's 5 days hold 5 × 22 + 5 × 10 = 160, February 867 − 160 = 707.
        // Impressions 31,193 (1,114 a day, 1 left) and 9,392 (335 a day, 12 left): January 5 × 1,114 + 1 + 5 × 336 =
        // 7,251, February 40,585 − 7,251 = 33,334.
        QTest::newRow("2 Google Ads range, February's share")
            << "DanielTheC_Campaign report (1).csv"
            << "google-ads" << 2
            << u"SELECT count(DISTINCT day), sum(clicks), sum(impressions) FROM campaign_rows WHERE day >= %1"_s.arg(
                   jd(2026, 2, 1))
            << u"23 707 33334"_s;
    }

    void realExports()
    {
        QFETCH(QString, file);
        QFETCH(QString, preset);
        QFETCH(int, rows);
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString path = QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/../shared/real-exports/") + file;
        if (!QFile::exists(path)) {
            QSKIP("the real exports of ../shared/real-exports are not here (they are not part of the project)");
        }
        TestWorkspace ws;
        const ImportResult r = Importer(ws.workspace()).importFile(path, inUsd());
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, preset);
        QCOMPARE(r.imported, rows);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(row(ws.workspace(), sql), expected);
    }

    // Files 7 and 8 of MANIFEST.md: Google Ads "All time" reports stay refused, saying why.
    void realAllTimeReportsAreRefused()
    {
        for (const char *name : {"intragoinc_Campaign report.csv", "londonclean01_Campaign report.csv"}) {
            const QString path =
                QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/../shared/real-exports/") + QLatin1String(name);
            if (!QFile::exists(path)) {
                QSKIP("the real exports of ../shared/real-exports are not here (they are not part of the project)");
            }
            TestWorkspace ws;
            const ImportResult r = Importer(ws.workspace()).importFile(path, inUsd());
            QCOMPARE(r.status, ImportResult::Status::Refused);
            QVERIFY2(r.summary().contains(u"\"All time\""), qPrintable(r.summary()));
        }
    }

    void dealStageLabelsOfHubSpotAndSalesforce_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("recognised");
        // A custom HubSpot pipeline (the labels of a UK consultancy's bids).
        QTest::addRow("HubSpot custom: Closed: won") << u"Closed: won"_s << u"won"_s << true;
        QTest::addRow("HubSpot custom: Closed: lost") << u"Closed: lost"_s << u"lost"_s << true;
        QTest::addRow("HubSpot custom: Closed: abandoned") << u"Closed: abandoned"_s << u"lost"_s << true;
        QTest::addRow("HubSpot custom: On hold") << u"On hold / future opportunity"_s << u"open"_s << false;
        QTest::addRow("HubSpot custom: Awaiting outcome") << u"Awaiting outcome"_s << u"open"_s << false;
        // HubSpot's default sales pipeline, with and without the pipeline's name of a multi-pipeline export.
        QTest::addRow("HubSpot default: Closed won") << u"Closed won"_s << u"won"_s << true;
        QTest::addRow("HubSpot, pipeline in brackets") << u"Closed won (Sales Pipeline)"_s << u"won"_s << true;
        QTest::addRow("HubSpot, lost in brackets") << u"Closed lost (Partner Pipeline)"_s << u"lost"_s << true;
        QTest::addRow("HubSpot internal name") << u"closedwon"_s << u"won"_s << true;
        QTest::addRow("HubSpot default: Appointment scheduled") << u"Appointment scheduled"_s << u"open"_s << true;
        QTest::addRow("HubSpot default: Decision maker bought-in")
            << u"Decision maker bought-in"_s << u"open"_s << true;
        // Salesforce's default Opportunity stages.
        QTest::addRow("Salesforce: Closed Won") << u"Closed Won"_s << u"won"_s << true;
        QTest::addRow("Salesforce: Closed Lost") << u"Closed Lost"_s << u"lost"_s << true;
        QTest::addRow("Salesforce: Proposal/Price Quote") << u"Proposal/Price Quote"_s << u"open"_s << true;
        QTest::addRow("Salesforce: Id. Decision Makers") << u"Id. Decision Makers"_s << u"open"_s << true;
        QTest::addRow("canonical, upper case") << u"WON"_s << u"won"_s << true;
        QTest::addRow("canonical, dashes") << u"Closed-Lost"_s << u"lost"_s << true;
        QTest::addRow("a stage no rule knows") << u"Waiting for PO"_s << u"open"_s << false;
    }

    void dealStageLabelsOfHubSpotAndSalesforce()
    {
        QFETCH(QString, label);
        QFETCH(QString, status);
        QFETCH(bool, recognised);
        const StageMapping::Reading r = StageMapping::byRules(label);
        QCOMPARE(StageMapping::statusName(r.status), status);
        QCOMPARE(r.recognised, recognised);
    }

    void hubSpotDealsWithCustomStagesCountWonLostAndOpen()
    {
        // Won: 1, 6, 7 (1,000 + 32,000 + 64,000 = 97,000); lost: 2, 3 (2,000 + 4,000); open: 4, 5, 8 (8,000 +
        // 16,000 + 128 = 24,128), of which 4 and 5 have stages no rule knows.
        TestWorkspace ws;
        const ImportResult r = ws.importOk(
            QStringLiteral("hubspot.csv"),
            "\xEF\xBB\xBFRecord ID,Deal Name,Pipeline,Deal Stage,Create Date,Close Date,Amount\r\n"
            "1,Bid A,Bids,Closed: won,2023-01-05 10:00,2023-02-01 09:00,1000\r\n"
            "2,Bid B,Bids,Closed: lost,2023-01-06 10:00,2023-02-02 09:00,2000\r\n"
            "3,Bid C,Bids,Closed: abandoned,2023-01-07 10:00,2023-02-03 09:00,4000\r\n"
            "4,Bid D,Bids,On hold / future opportunity,2023-01-08 10:00,,8000\r\n"
            "5,Bid E,Bids,Awaiting outcome,2023-01-09 10:00,,16000\r\n"
            "6,Deal F,Sales Pipeline,Closed Won,2023-01-10 10:00,2023-02-05 09:00,32000\r\n"
            "7,Deal G,Sales Pipeline,Closed won (Sales Pipeline),2023-01-11 10:00,2023-02-06 09:00,64000\r\n"
            "8,Deal H,Sales Pipeline,Appointment scheduled,2023-01-12 10:00,,128\r\n");
        QCOMPARE(r.status, ImportResult::Status::Imported);
        QCOMPARE(r.preset, QStringLiteral("hubspot-deals"));
        QCOMPARE(r.imported, 8);
        QCOMPARE(
            row(ws.workspace(), QStringLiteral("SELECT group_concat(s, ' ') FROM (SELECT status || ':' || count(*) "
                                               "|| ':' || (sum(amount) / 1000000) AS s FROM deals GROUP BY status "
                                               "ORDER BY status)")),
            QStringLiteral("lost:2:6000 open:3:24128 won:3:97000"));
        QCOMPARE(r.stagesCountedAsOpen,
                 (QStringList{QStringLiteral("On hold / future opportunity"), QStringLiteral("Awaiting outcome")}));
        QVERIFY2(r.summary().contains(u"stages counted as open: On hold / future opportunity, Awaiting outcome"),
                 qPrintable(r.summary()));
        QCOMPARE(r.toJson().value(u"stages_counted_as_open").toArray().size(), 2);
    }

    void refusalNamesTheToolAndWhatItLacks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("line"); // of the header that names the tool
        // HubSpot's "all deals" export with four columns chosen: no Create Date, no Deal Stage.
        QTest::addRow("HubSpot deals, four columns")
            << QByteArray("Record ID,Deal Name,Quote Id,Amount\n1,12 High Street,Q-1,2500\n") << u"auto"_s
            << u"this is a HubSpot deals export without Create Date and Deal Stage, which Funnelscope needs"_s << 1;
        QTest::addRow("GA4 report without a date")
            << QByteArray("# ----\n# Traffic acquisition\n# ----\nSession default channel group,Sessions,Engaged "
                          "sessions,Engagement rate\nDirect,120,80,66.7%\n")
            << u"auto"_s << u"this Google Analytics 4 report has no date column and no date range above its header"_s
            << 4;
        QTest::addRow("Mailchimp, the preset named, no send date")
            << QByteArray("Title,Subject,Total_Recipients,Unique_Opens\nSpring,Hello,100,20\n") << u"mailchimp"_s
            << u"this is a Mailchimp campaigns export without Send Date, which Funnelscope needs"_s << 1;
    }

    void refusalNamesTheToolAndWhatItLacks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, preset);
        QFETCH(QString, reason);
        QFETCH(int, line);
        TestWorkspace ws;
        ImportOptions options;
        options.preset = preset;
        const ImportResult r = ws.import(QStringLiteral("export.csv"), bytes, options);
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(reason), qPrintable(r.summary()));
        QVERIFY2(!r.summary().contains(u"no recognisable header"), qPrintable(r.summary()));
        QCOMPARE(r.errors.value(0).line, line);
    }

    void mailchimpThroughExcelForMac()
    {
        // Mac Roman ("…" as 0xC9), m/d/yy send dates, header words joined by '_', CRLF: 131 + 183 = 314
        // recipients, 129 + 145 = 274 delivered, 53 + 43 = 96 opens, 13 + 4 = 17 clicks, 3 + 2 = 5 unsubscribes.
        TestWorkspace ws;
        const ImportResult r =
            ws.importOk(QStringLiteral("mailchimp.csv"),
                        "Title,Subject,List,Send_Date,Send_Weekday,Total_Recipients,Successful_Deliveries,Unique_Opens,"
                        "Unique_Clicks,Unsubscribes\r\n"
                        "Group 1,We can help\xC9,Attendees,2/24/17 11:29,Friday,131,129,53,13,3\r\n"
                        "Group 2,Find out more\xC9,Attendees,2/28/17 10:25,Tuesday,183,145,43,4,2\r\n");
        QCOMPARE(r.status, ImportResult::Status::Imported);
        QCOMPARE(r.preset, QStringLiteral("mailchimp"));
        QCOMPARE(r.encoding, QStringLiteral("macintosh"));
        QCOMPARE(r.imported, 2);
        QVERIFY2(r.confidence >= 0.99, qPrintable(r.summary())); // every header known, "Send_Date" as "Send Date"
        // 2017-02-24 is Julian day 2457809.
        QCOMPARE(
            row(ws.workspace(), QStringLiteral("SELECT sum(emails_sent), sum(emails_delivered), sum(emails_opened),"
                                               " sum(email_clicks), sum(unsubscribes), min(day) - 2457809,"
                                               " max(day) - 2457809 FROM campaign_rows")),
            QStringLiteral("314 274 96 17 5 0 4"));
    }

    // File 17 of /work/shared/real-exports (Mailchimp campaigns re-saved in Excel for Mac), when it is there.
    void realMailchimpExportThroughExcel()
    {
        const QString path = QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/../shared/real-exports/mailchimp_campaigns.csv");
        if (!QFile::exists(path)) {
            QSKIP("the real exports are not beside the source tree (../shared/real-exports/mailchimp_campaigns.csv)");
        }
        TestWorkspace ws;
        const ImportResult r = Importer(ws.workspace()).importFile(path, inUsd());
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.preset, QStringLiteral("mailchimp"));
        QCOMPARE(r.encoding, QStringLiteral("macintosh"));
        QCOMPARE(r.imported, 62);
        QCOMPARE(r.rejected, 0);
        // Added up by hand from the file's 62 rows (columns Total_Recipients, Successful_Deliveries, Unique_Opens,
        // Unique_Clicks, Unsubscribes): 16,961 recipients, 16,193 delivered, 2,933 unique opens, 169 unique clicks,
        // 240 unsubscribes; sent on 20 days from 2/24/17 (Julian day 2457809) to 4/11/17 (46 days later); every
        // row's title differs, so none are summed together.
        QCOMPARE(
            row(ws.workspace(), QStringLiteral("SELECT sum(emails_sent), sum(emails_delivered), sum(emails_opened),"
                                               " sum(email_clicks), sum(unsubscribes), count(*),"
                                               " count(DISTINCT day), min(day) - 2457809, max(day) - 2457809"
                                               " FROM campaign_rows")),
            QStringLiteral("16961 16193 2933 169 240 62 20 0 46"));
        // The ellipsis of the last two subjects was read as "…": no row refused for bytes of another encoding.
        QVERIFY(r.errors.isEmpty());
    }

    void unknownPresetAndUnknownFile()
    {
        TestWorkspace ws;
        ImportOptions options;
        options.preset = QStringLiteral("google-adz");
        ImportResult r = Importer(ws.workspace()).importFile(fixture("google-ads-campaigns.csv"), options);
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(u"unknown preset 'google-adz' (available: auto, generic, google-ads,"),
                 qPrintable(r.summary()));
        r = ws.import(QStringLiteral("export.csv"), "Foo,Bar,Baz\n1,2,3\n");
        QCOMPARE(r.status, ImportResult::Status::Refused);
        QVERIFY2(r.summary().contains(u"no recognisable header"), qPrintable(r.summary()));
        // Funnelscope's own names without the required channel: still refused, not guessed to be a tool's export.
        r = ws.import(QStringLiteral("nochannel.csv"), "date,campaign,impressions,clicks,cost\n2025-03-01,A,1,1,1\n");
        QCOMPARE(r.status, ImportResult::Status::Refused);
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"

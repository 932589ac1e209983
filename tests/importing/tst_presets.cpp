// The presets for real tools' exports: each fixture under tests/data/exports is detected as its tool's export and
// imports the totals a person can add up from the file.

#include "importing/fileinspector.h"
#include "importing/preset.h"
#include "kpi/kpiengine.h"
#include "store/sqlitestatement.h"
#include "testworkspace.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace funnelscope;

class TestPresets : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name) { return QStringLiteral(FUNNELSCOPE_EXPORTS "/") + QLatin1String(name); }

    // The first row of a query, its columns joined by spaces (NULL as "-").
    static QString row(Workspace &w, const QString &sql)
    {
        SqliteStatement q(w.handle(), sql);
        if (!q.step()) {
            return QStringLiteral("(no row)");
        }
        QStringList values;
        for (int i = 0; i < q.columnCount(); ++i) {
            values.append(q.isNull(i) ? QStringLiteral("-") : q.text(i));
        }
        return values.join(u' ');
    }

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
                                   QStringLiteral("hubspot-contacts"), QStringLiteral("hubspot-deals"),
                                   QStringLiteral("linkedin-ads"), QStringLiteral("mailchimp"),
                                   QStringLiteral("meta-ads"), QStringLiteral("microsoft-ads"),
                                   QStringLiteral("salesforce-opportunities"), QStringLiteral("universal-analytics")}));
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
        QTest::newRow("Google Ads, whole range: rows dated on the range's last day")
            << "google-ads-campaigns-whole-range.csv"
            << "google-ads" << 2 << campaign << "1 30 46000 990 1671000000 40000000 Paid Search";
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
        const ImportResult r = importer.importFile(QStringLiteral(FUNNELSCOPE_EXPORTS "/") + file, {});
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
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(impressions), sum(clicks), sum(cost), sum(leads),"
                                                    " min(leads) FROM campaign_rows")),
                 QStringLiteral("1200 15 20000000 47390000 1500000"));
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
        QCOMPARE(
            row(ws.workspace(), QStringLiteral("SELECT sum(clicks), sum(impressions), sum(cost),"
                                               " group_concat(c.name, '|') FROM (SELECT * FROM campaign_rows"
                                               " ORDER BY campaign_id) r JOIN campaigns c ON c.id = r.campaign_id")),
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
        QCOMPARE(r.ignored, (QStringList{QStringLiteral("Reporting ends"), QStringLiteral("Ad set name")}));
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
        // is read with it.
        TestWorkspace ws;
        const QByteArray bytes = "Tag;Kanal;Aktion;Einblendungen;Ausgaben\n"
                                 "01.03.2025;Paid Search;Frühling;1 000;12,50\n"
                                 "02.03.2025;Paid Search;Frühling;500;7,25\n";
        const QString path = ws.write(QStringLiteral("export.csv"), bytes);
        QCOMPARE(FileInspector::inspect(path, {}).mapping.has_value(), false);
        ImportOptions fixed;
        fixed.columns = {{QStringLiteral("tag"), QStringLiteral("date")},
                         {QStringLiteral("kanal"), QStringLiteral("channel")},
                         {QStringLiteral("aktion"), QStringLiteral("campaign")},
                         {QStringLiteral("einblendungen"), QStringLiteral("impressions")},
                         {QStringLiteral("ausgaben"), QStringLiteral("cost")}};
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
        const ImportResult r = Importer(ws.workspace()).importFile(path, {});
        QVERIFY2(r.status == ImportResult::Status::Imported, qPrintable(r.summary()));
        QCOMPARE(r.source, QStringLiteral("custom-agentur-export"));
        QCOMPARE(row(ws.workspace(), QStringLiteral("SELECT sum(impressions), sum(cost) FROM campaign_rows")),
                 QStringLiteral("1500 19750000"));
        // A file with another header is not taken for it.
        QVERIFY(
            !FileInspector::inspect(ws.write(QStringLiteral("other.csv"), "Tag;Kanal\n01.03.2025;X\n"), {}).mapping);
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
        QVERIFY2(r.summary().contains(u"no Day column and no date range above its header"), qPrintable(r.summary()));
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

// The channel taxonomy: names of different tools for one channel count as that channel in every KPI, at query time.
// The expected values are worked out by hand in the comments.

#include "attribution/attribution.h"
#include "channels/channeltaxonomy.h"
#include "kpi/kpiengine.h"
#include "testworkspace.h"

#include <QTest>

using namespace funnelscope;

namespace {

// Two tools' exports of March 2025: one says "Direct Traffic", the other "Direct".
//   Direct Traffic: 1,000 impressions, 30 clicks, 12.50 cost  (CTR 3.0%)
//   Direct:         3,000 impressions, 60 clicks, 37.50 cost  (CTR 2.0%)
//   Direct merged:  4,000 impressions, 90 clicks, 50.00 cost: CTR 90 / 4,000 = 2.25% (not the mean 2.5%),
//                   CPC 50 / 90 = 0.5556
const QByteArray ToolA = "date,channel,campaign,impressions,clicks,cost\n"
                         "2025-03-10,Direct Traffic,(none),1000,30,12.50\n"
                         "2025-03-10,Paid Search,Brand,500,25,20.00\n";
const QByteArray ToolB = "date,channel,campaign,impressions,clicks,cost\n"
                         "2025-03-11,Direct,(none),3000,60,37.50\n";
// The CRM's own spelling: two leads from DIRECT_TRAFFIC, one from Direct; cost per lead 50 / 3.
const QByteArray Leads = "lead_id,created_date,channel,campaign\n"
                         "L1,2025-03-12,DIRECT_TRAFFIC,(none)\n"
                         "L2,2025-03-13,DIRECT_TRAFFIC,(none)\n"
                         "L3,2025-03-14,Direct,(none)\n"
                         "L4,2025-03-15,Paid Search,Brand\n";

const Scope March{QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}};

ImportOptions from(const QString &source)
{
    ImportOptions o;
    o.source = source;
    return o;
}

} // namespace

class TestChannelTaxonomy : public QObject
{
    Q_OBJECT

private slots:
    void namesOfOtherToolsMapToOurChannels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("HubSpot internal value") << "DIRECT_TRAFFIC"
                                                << "Direct";
        QTest::addRow("HubSpot label") << "Direct traffic"
                                       << "Direct";
        QTest::addRow("spaces around and inside") << "  direct   traffic "
                                                  << "Direct";
        QTest::addRow("GA4 source / medium") << "(direct) / (none)"
                                             << "Direct";
        QTest::addRow("source/medium without spaces") << "google/cpc"
                                                      << "Paid Search";
        QTest::addRow("GA4 channel group") << "Organic Search"
                                           << "Organic Search";
        QTest::addRow("lower case") << "organic social"
                                    << "Organic Social";
        QTest::addRow("GA4 Display is our Display Ads") << "Display"
                                                        << "Display Ads";
        QTest::addRow("HubSpot paid social") << "PAID_SOCIAL"
                                             << "Paid Social";
        QTest::addRow("HubSpot email") << "Email marketing"
                                       << "Email";
        QTest::addRow("UTM newsletter") << "newsletter / email"
                                        << "Email";
        QTest::addRow("HubSpot referrals") << "REFERRALS"
                                           << "Referral";
        QTest::addRow("Salesforce trade show") << "Trade Show"
                                               << "Events";
        QTest::addRow("Salesforce partner referral") << "Partner Referral"
                                                     << "Partners";
        QTest::addRow("GA4 unassigned") << "(other)"
                                        << "Unassigned";
        QTest::addRow("our LinkedIn preset") << "LinkedIn Ads"
                                             << "LinkedIn Ads";
        QTest::addRow("unknown stays as imported") << "Webinars 2025"
                                                   << "Webinars 2025";
        QTest::addRow("ambiguous Salesforce Web stays") << "Web"
                                                        << "Web";
    }

    void namesOfOtherToolsMapToOurChannels()
    {
        QFETCH(QString, name);
        QFETCH(QString, canonical);
        QCOMPARE(ChannelTaxonomy::defaults().canonical(name), canonical);
    }

    void ourOwnChannelNamesAreCanonical()
    {
        // The channels our presets and the demo book stay what they are.
        for (const char *name : {"Paid Search", "Paid Social", "Display Ads", "Organic Social", "Organic Search",
                                 "Referral", "Email", "LinkedIn Ads", "(none)"}) {
            QCOMPARE(ChannelTaxonomy::defaults().canonical(QString::fromLatin1(name)), QString::fromLatin1(name));
        }
    }

    void byChannelMergesSumsBeforeRatios()
    {
        TestWorkspace ws;
        QCOMPARE(ws.importOk(QStringLiteral("a.csv"), ToolA, from(QStringLiteral("a"))).status,
                 ImportResult::Status::Imported);
        QCOMPARE(ws.importOk(QStringLiteral("b.csv"), ToolB, from(QStringLiteral("b"))).status,
                 ImportResult::Status::Imported);
        QCOMPARE(ws.importOk(QStringLiteral("leads.csv"), Leads).status, ImportResult::Status::Imported);
        for (const bool rollup : {true, false}) {
            KpiEngine engine(ws.workspace());
            engine.setUseRollup(rollup);
            const QList<KpiEngine::Row> rows = engine.breakdown(March, Breakdown::Channel, Comparison::None);
            QStringList keys;
            for (const KpiEngine::Row &r : rows) {
                keys.append(r.key);
            }
            QCOMPARE(keys, (QStringList{QStringLiteral("Direct"), QStringLiteral("Paid Search")}));
            const KpiValues &direct = rows.at(0).values;
            QCOMPARE(direct.value(u"impressions"), 4000.0);
            QCOMPARE(direct.value(u"media_cost"), 50.0);
            QCOMPARE(direct.value(u"ctr"), 0.0225); // 90 / 4,000
            QCOMPARE(*direct.value(u"cpc"), 50.0 / 90.0);
            QCOMPARE(direct.value(u"leads"), 3.0);
            QCOMPARE(*direct.value(u"cpl"), 50.0 / 3.0);
            QCOMPARE(rows.at(1).values.value(u"ctr"), 0.05); // Paid Search alone: 25 / 500

            // A filter on Direct takes both stored names; so does a filter on either of them.
            for (const char *name : {"Direct", "Direct Traffic", "direct_traffic"}) {
                Scope scope = March;
                scope.channels = {QString::fromLatin1(name)};
                const KpiValues v = engine.compute(scope);
                QCOMPARE(v.value(u"impressions"), 4000.0);
                QCOMPARE(v.value(u"ctr"), 0.0225);
                QCOMPARE(v.value(u"leads"), 3.0);
            }
            // With a campaign filter the engine reads other tables; the same merge.
            Scope none = March;
            none.campaigns = {QStringLiteral("(none)")};
            const QList<KpiEngine::Row> byCampaign = engine.breakdown(none, Breakdown::Channel, Comparison::None);
            QCOMPARE(byCampaign.size(), 1);
            QCOMPARE(byCampaign.at(0).key, QStringLiteral("Direct"));
            QCOMPARE(byCampaign.at(0).values.value(u"impressions"), 4000.0);
            QCOMPARE(byCampaign.at(0).values.value(u"ctr"), 0.0225);
        }
        KpiEngine engine(ws.workspace());
        QCOMPARE(engine.allNames(Breakdown::Channel),
                 (QStringList{QStringLiteral("Direct"), QStringLiteral("Paid Search")}));
        // Stored rows keep their names.
        QCOMPARE(ChannelTaxonomy::storedNames(ws.workspace()),
                 (QStringList{QStringLiteral("DIRECT_TRAFFIC"), QStringLiteral("Direct"),
                              QStringLiteral("Direct Traffic"), QStringLiteral("Paid Search")}));
    }

    void editingAnAliasMovesNumbersWithoutReimport()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("a.csv"), ToolA, from(QStringLiteral("a")));
        ws.importOk(QStringLiteral("b.csv"), ToolB, from(QStringLiteral("b")));
        KpiEngine engine(ws.workspace()); // one engine throughout: it sees each change
        const auto impressionsOf = [&](const QString &channel) {
            Scope s = March;
            s.channels = {channel};
            return engine.compute(s).value(u"impressions");
        };
        QCOMPARE(impressionsOf(QStringLiteral("Direct")), 4000.0);

        // The user keeps Direct Traffic apart: its own channel again.
        QCOMPARE(ChannelTaxonomy::setAlias(ws.workspace(), QStringLiteral("Direct Traffic"),
                                           QStringLiteral("Direct Traffic")),
                 QString());
        QCOMPARE(impressionsOf(QStringLiteral("Direct")), 3000.0);
        QCOMPARE(impressionsOf(QStringLiteral("Direct Traffic")), 1000.0);
        QStringList keys;
        for (const KpiEngine::Row &r : engine.breakdown(March, Breakdown::Channel, Comparison::None)) {
            keys.append(r.key);
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("Direct"), QStringLiteral("Direct Traffic"),
                                    QStringLiteral("Paid Search")}));

        // Direct into Paid Search (matched in any letters: "paid search" is Paid Search): 500 + 3,000.
        QCOMPARE(ChannelTaxonomy::setAlias(ws.workspace(), QStringLiteral("direct"), QStringLiteral("paid search")),
                 QString());
        QCOMPARE(impressionsOf(QStringLiteral("Paid Search")), 3500.0);
        QCOMPARE(ChannelTaxonomy::forWorkspace(ws.workspace()).canonical(u"Direct"), QStringLiteral("Paid Search"));

        // An empty target removes one alias; reset removes them all.
        QCOMPARE(ChannelTaxonomy::setAlias(ws.workspace(), QStringLiteral("Direct"), QString()), QString());
        QCOMPARE(impressionsOf(QStringLiteral("Paid Search")), 500.0);
        QCOMPARE(ChannelTaxonomy::resetAliases(ws.workspace()), QString());
        QCOMPARE(impressionsOf(QStringLiteral("Direct")), 4000.0);
        QVERIFY(ChannelTaxonomy::forWorkspace(ws.workspace()).userAliases().isEmpty());
    }

    void unknownNamesInOtherLettersAreOneChannel()
    {
        // No taxonomy knows "Newsletter Ads": its spellings are one channel, named as first imported.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("a.csv"), "date,channel,campaign,impressions\n2025-03-01,Newsletter Ads,X,10\n",
                    from(QStringLiteral("a")));
        ws.importOk(QStringLiteral("b.csv"), "date,channel,campaign,impressions\n2025-03-02,newsletter_ads ,X,5\n",
                    from(QStringLiteral("b")));
        KpiEngine engine(ws.workspace());
        const QList<KpiEngine::Row> rows = engine.breakdown(March, Breakdown::Channel, Comparison::None);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).key, QStringLiteral("Newsletter Ads"));
        QCOMPARE(rows.at(0).values.value(u"impressions"), 15.0);
    }

    void attributionCreditsTheCanonicalChannel()
    {
        // Leads without touchpoints credit their own channel: two DIRECT_TRAFFIC leads and one Direct are 3 for
        // Direct under every model.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("leads.csv"), Leads);
        const Attribution::Result r =
            Attribution(ws.workspace()).compute(March.from, March.to, AttributionModel::Linear, Breakdown::Channel);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).key, QStringLiteral("Direct"));
        QCOMPARE(r.rows.at(0).leads, 3.0);
        QCOMPARE(r.rows.at(1).key, QStringLiteral("Paid Search"));
        QCOMPARE(r.rows.at(1).leads, 1.0);
    }

    void paidIsJudgedByTheCanonicalChannel()
    {
        // "Advertisement" (Salesforce) is Paid Other: paid, so its sessions are not organic.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("a.csv"), "date,channel,campaign,sessions\n2025-03-01,Advertisement,X,30\n"
                                             "2025-03-01,Organic search,X,10\n");
        KpiEngine engine(ws.workspace());
        QCOMPARE(engine.compute(March).value(u"organic_share"), 0.25); // 10 / 40
    }

    void parseAssignment()
    {
        const auto a = ChannelTaxonomy::parseAssignment(u" Direct Traffic = Direct ");
        QVERIFY(a);
        QCOMPARE(a->first, QStringLiteral("Direct Traffic"));
        QCOMPARE(a->second, QStringLiteral("Direct"));
        QCOMPARE(ChannelTaxonomy::parseAssignment(u"x=y=Z")->first, QStringLiteral("x=y"));
        QCOMPARE(ChannelTaxonomy::parseAssignment(u"Direct=")->second, QString());
        QVERIFY(!ChannelTaxonomy::parseAssignment(u"Direct"));
        QVERIFY(!ChannelTaxonomy::parseAssignment(u" =Direct"));
    }
};

QTEST_GUILESS_MAIN(TestChannelTaxonomy)
#include "tst_channeltaxonomy.moc"

// Each action rule on a crafted pair of periods: it fires on the case it is for, and stays silent on the opposite
// move, on a move too small to matter and on unknown values.

#include "goals/actionrules.h"
#include "i18n/language.h"
#include "kpi/kpicatalog.h"

#include <QSet>
#include <QTest>

#include <utility>

using namespace funnelscope;

namespace {

using Pairs = std::initializer_list<std::pair<QStringView, double>>;

// Every catalog KPI unknown except the listed ones.
KpiValues kpis(Pairs pairs)
{
    KpiValues values;
    values.values.resize(KpiCatalog::all().size());
    for (const auto &[id, value] : pairs) {
        const int index = KpiCatalog::indexOf(id);
        if (index < 0) {
            qFatal("unknown KPI id %s", qPrintable(id.toString()));
        }
        values.values[index] = value;
    }
    return values;
}

KpiEngine::Row channel(const QString &name, Pairs current, std::optional<Pairs> previous = std::nullopt)
{
    KpiEngine::Row row;
    row.key = name;
    row.values = kpis(current);
    if (previous) {
        row.previous = kpis(*previous);
    }
    return row;
}

// "rule" for a scope-wide recommendation, "rule@channel" for a channel's.
QStringList fired(const QList<ActionRules::Recommendation> &recommendations)
{
    QStringList ids;
    for (const ActionRules::Recommendation &r : recommendations) {
        ids.append(r.channel.isEmpty() ? r.rule : r.rule + u'@' + r.channel);
    }
    return ids;
}

const KpiFormat English{QLocale(QLocale::English, QLocale::UnitedStates)};

} // namespace

using Rows = QList<KpiEngine::Row>;

class TestActionRules : public QObject
{
    Q_OBJECT

private slots:
    void table();
    void rules_data();
    void rules();
    void unknownEverywhere();
    void findings_data();
    void findings();
    void betterChannel_data();
    void betterChannel();
};

void TestActionRules::table()
{
    QSet<QString> ids;
    for (const ActionRules::Rule &rule : ActionRules::table()) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY(rule.when && *rule.when);
        QVERIFY(rule.action && *rule.action);
    }
    const QStringList required{QStringLiteral("ctr_falling"),        QStringLiteral("bounce_rising"),
                               QStringLiteral("open_rate_falling"),  QStringLiteral("unsubscribes_rising"),
                               QStringLiteral("cpl_rising_channel"), QStringLiteral("mql_to_sql_falling"),
                               QStringLiteral("win_rate_falling")};
    for (const QString &id : required) {
        QVERIFY2(ids.contains(id), qPrintable(id));
    }
    QCOMPARE(ids.size(), 10);
}

void TestActionRules::rules_data()
{
    QTest::addColumn<KpiValues>("current");
    QTest::addColumn<KpiValues>("previous");
    QTest::addColumn<Rows>("channels");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;

    // CTR −18%, impressions +25%.
    QTest::addRow("ctr_falling: fires") << kpis({{u"ctr", 0.0098}, {u"impressions", 100000}})
                                        << kpis({{u"ctr", 0.012}, {u"impressions", 80000}}) << Rows{}
                                        << QStringList{QStringLiteral("ctr_falling")};
    QTest::addRow("ctr_falling: CTR rising") << kpis({{u"ctr", 0.012}, {u"impressions", 100000}})
                                             << kpis({{u"ctr", 0.0098}, {u"impressions", 80000}}) << Rows{} << none;
    QTest::addRow("ctr_falling: impressions shrinking")
        << kpis({{u"ctr", 0.0098}, {u"impressions", 80000}}) << kpis({{u"ctr", 0.012}, {u"impressions", 100000}})
        << Rows{} << none;
    QTest::addRow("ctr_falling: CTR −5%% only") << kpis({{u"ctr", 0.0114}, {u"impressions", 100000}})
                                                << kpis({{u"ctr", 0.012}, {u"impressions", 80000}}) << Rows{} << none;
    QTest::addRow("ctr_falling: CTR unknown now")
        << kpis({{u"impressions", 100000}}) << kpis({{u"ctr", 0.012}, {u"impressions", 80000}}) << Rows{} << none;
    QTest::addRow("ctr_falling: impressions unknown before")
        << kpis({{u"ctr", 0.0098}, {u"impressions", 100000}}) << kpis({{u"ctr", 0.012}}) << Rows{} << none;

    QTest::addRow("bounce_rising: fires") << kpis({{u"bounce_rate", 0.55}}) << kpis({{u"bounce_rate", 0.45}}) << Rows{}
                                          << QStringList{QStringLiteral("bounce_rising")};
    QTest::addRow("bounce_rising: exactly +10%%") << kpis({{u"bounce_rate", 0.44}}) << kpis({{u"bounce_rate", 0.40}})
                                                  << Rows{} << QStringList{QStringLiteral("bounce_rising")};
    QTest::addRow("bounce_rising: +9%%") << kpis({{u"bounce_rate", 0.436}}) << kpis({{u"bounce_rate", 0.40}}) << Rows{}
                                         << none;
    QTest::addRow("bounce_rising: falling")
        << kpis({{u"bounce_rate", 0.45}}) << kpis({{u"bounce_rate", 0.55}}) << Rows{} << none;
    QTest::addRow("bounce_rising: unknown before") << kpis({{u"bounce_rate", 0.55}}) << kpis({}) << Rows{} << none;

    QTest::addRow("open_rate_falling: fires")
        << kpis({{u"email_open_rate", 0.18}}) << kpis({{u"email_open_rate", 0.24}}) << Rows{}
        << QStringList{QStringLiteral("open_rate_falling")};
    QTest::addRow("open_rate_falling: rising")
        << kpis({{u"email_open_rate", 0.24}}) << kpis({{u"email_open_rate", 0.18}}) << Rows{} << none;
    QTest::addRow("open_rate_falling: unknown now") << kpis({}) << kpis({{u"email_open_rate", 0.24}}) << Rows{} << none;

    QTest::addRow("unsubscribes_rising: fires")
        << kpis({{u"unsubscribe_rate", 0.006}}) << kpis({{u"unsubscribe_rate", 0.004}}) << Rows{}
        << QStringList{QStringLiteral("unsubscribes_rising")};
    QTest::addRow("unsubscribes_rising: falling")
        << kpis({{u"unsubscribe_rate", 0.004}}) << kpis({{u"unsubscribe_rate", 0.006}}) << Rows{} << none;
    QTest::addRow("unsubscribes_rising: from 0 has no relative change")
        << kpis({{u"unsubscribe_rate", 0.006}}) << kpis({{u"unsubscribe_rate", 0}}) << Rows{} << none;
    QTest::addRow("unsubscribes_rising: unknown before")
        << kpis({{u"unsubscribe_rate", 0.006}}) << kpis({}) << Rows{} << none;

    QTest::addRow("landing_conversion_falling: fires")
        << kpis({{u"landing_page_conversion", 0.08}}) << kpis({{u"landing_page_conversion", 0.12}}) << Rows{}
        << QStringList{QStringLiteral("landing_conversion_falling")};
    QTest::addRow("landing_conversion_falling: rising")
        << kpis({{u"landing_page_conversion", 0.12}}) << kpis({{u"landing_page_conversion", 0.08}}) << Rows{} << none;
    QTest::addRow("landing_conversion_falling: unknown now")
        << kpis({}) << kpis({{u"landing_page_conversion", 0.12}}) << Rows{} << none;

    // Paid Search: CPL 45 → 60 on 25 → 20 leads. Webinars: steady CPL.
    const KpiEngine::Row webinars =
        channel(QStringLiteral("Webinars"), {{u"cpl", 30}, {u"leads", 15}, {u"lead_to_mql_rate", 0.4}},
                Pairs{{u"cpl", 30}, {u"leads", 12}, {u"lead_to_mql_rate", 0.4}});
    QTest::addRow("cpl_rising_channel: fires")
        << kpis({}) << kpis({})
        << Rows{channel(QStringLiteral("Paid Search"), {{u"cpl", 60}, {u"leads", 20}, {u"lead_to_mql_rate", 0.2}},
                        Pairs{{u"cpl", 45}, {u"leads", 25}}),
                webinars}
        << QStringList{QStringLiteral("cpl_rising_channel@Paid Search")};
    QTest::addRow("cpl_rising_channel: CPL falling")
        << kpis({}) << kpis({})
        << Rows{channel(QStringLiteral("Paid Search"), {{u"cpl", 45}, {u"leads", 25}},
                        Pairs{{u"cpl", 60}, {u"leads", 20}}),
                webinars}
        << none;
    QTest::addRow("cpl_rising_channel: 9 leads now")
        << kpis({}) << kpis({})
        << Rows{channel(QStringLiteral("Paid Search"), {{u"cpl", 60}, {u"leads", 9}},
                        Pairs{{u"cpl", 45}, {u"leads", 25}})}
        << none;
    QTest::addRow("cpl_rising_channel: 9 leads before")
        << kpis({}) << kpis({})
        << Rows{channel(QStringLiteral("Paid Search"), {{u"cpl", 60}, {u"leads", 20}},
                        Pairs{{u"cpl", 45}, {u"leads", 9}})}
        << none;
    QTest::addRow("cpl_rising_channel: no previous period")
        << kpis({}) << kpis({}) << Rows{channel(QStringLiteral("Paid Search"), {{u"cpl", 60}, {u"leads", 20}})} << none;
    QTest::addRow("cpl_rising_channel: CPL unknown before")
        << kpis({}) << kpis({})
        << Rows{channel(QStringLiteral("Paid Search"), {{u"cpl", 60}, {u"leads", 20}}, Pairs{{u"leads", 25}})} << none;
    QTest::addRow("cpl_rising_channel: leads unknown now")
        << kpis({}) << kpis({})
        << Rows{channel(QStringLiteral("Paid Search"), {{u"cpl", 60}}, Pairs{{u"cpl", 45}, {u"leads", 25}})} << none;
    QTest::addRow("cpl_rising_channel: two channels rising")
        << kpis({}) << kpis({})
        << Rows{channel(QStringLiteral("Email"), {{u"cpl", 12}, {u"leads", 30}}, Pairs{{u"cpl", 10}, {u"leads", 30}}),
                channel(QStringLiteral("Paid Search"), {{u"cpl", 60}, {u"leads", 20}},
                        Pairs{{u"cpl", 45}, {u"leads", 25}})}
        << QStringList{QStringLiteral("cpl_rising_channel@Email"), QStringLiteral("cpl_rising_channel@Paid Search")};

    QTest::addRow("mql_to_sql_falling: fires")
        << kpis({{u"mql_to_sql_rate", 0.25}, {u"mqls", 40}}) << kpis({{u"mql_to_sql_rate", 0.35}, {u"mqls", 38}})
        << Rows{} << QStringList{QStringLiteral("mql_to_sql_falling")};
    QTest::addRow("mql_to_sql_falling: rising") << kpis({{u"mql_to_sql_rate", 0.35}, {u"mqls", 40}})
                                                << kpis({{u"mql_to_sql_rate", 0.25}, {u"mqls", 38}}) << Rows{} << none;
    QTest::addRow("mql_to_sql_falling: 8 MQLs") << kpis({{u"mql_to_sql_rate", 0.25}, {u"mqls", 8}})
                                                << kpis({{u"mql_to_sql_rate", 0.35}, {u"mqls", 38}}) << Rows{} << none;
    QTest::addRow("mql_to_sql_falling: MQLs unknown before")
        << kpis({{u"mql_to_sql_rate", 0.25}, {u"mqls", 40}}) << kpis({{u"mql_to_sql_rate", 0.35}}) << Rows{} << none;
    QTest::addRow("mql_to_sql_falling: rate unknown now")
        << kpis({{u"mqls", 40}}) << kpis({{u"mql_to_sql_rate", 0.35}, {u"mqls", 38}}) << Rows{} << none;

    QTest::addRow("win_rate_falling: fires") << kpis({{u"win_rate", 0.2}}) << kpis({{u"win_rate", 0.3}}) << Rows{}
                                             << QStringList{QStringLiteral("win_rate_falling")};
    QTest::addRow("win_rate_falling: rising")
        << kpis({{u"win_rate", 0.3}}) << kpis({{u"win_rate", 0.2}}) << Rows{} << none;
    QTest::addRow("win_rate_falling: unknown before") << kpis({{u"win_rate", 0.2}}) << kpis({}) << Rows{} << none;

    QTest::addRow("cac_outpacing_revenue: fires, revenue +5%%")
        << kpis({{u"cac", 500}, {u"revenue", 105000}}) << kpis({{u"cac", 400}, {u"revenue", 100000}}) << Rows{}
        << QStringList{QStringLiteral("cac_outpacing_revenue")};
    QTest::addRow("cac_outpacing_revenue: fires, revenue falling")
        << kpis({{u"cac", 500}, {u"revenue", 90000}}) << kpis({{u"cac", 400}, {u"revenue", 100000}}) << Rows{}
        << QStringList{QStringLiteral("cac_outpacing_revenue")};
    QTest::addRow("cac_outpacing_revenue: revenue grows faster")
        << kpis({{u"cac", 500}, {u"revenue", 140000}}) << kpis({{u"cac", 400}, {u"revenue", 100000}}) << Rows{} << none;
    QTest::addRow("cac_outpacing_revenue: CAC falling")
        << kpis({{u"cac", 400}, {u"revenue", 90000}}) << kpis({{u"cac", 500}, {u"revenue", 100000}}) << Rows{} << none;
    QTest::addRow("cac_outpacing_revenue: revenue unknown now")
        << kpis({{u"cac", 500}}) << kpis({{u"cac", 400}, {u"revenue", 100000}}) << Rows{} << none;

    QTest::addRow("churn_rising: fires") << kpis({{u"churn_rate", 0.05}}) << kpis({{u"churn_rate", 0.03}}) << Rows{}
                                         << QStringList{QStringLiteral("churn_rising")};
    QTest::addRow("churn_rising: falling")
        << kpis({{u"churn_rate", 0.03}}) << kpis({{u"churn_rate", 0.05}}) << Rows{} << none;
    QTest::addRow("churn_rising: unknown now") << kpis({}) << kpis({{u"churn_rate", 0.03}}) << Rows{} << none;

    QTest::addRow("several at once, in table order")
        << kpis({{u"churn_rate", 0.05}, {u"bounce_rate", 0.55}, {u"win_rate", 0.2}})
        << kpis({{u"churn_rate", 0.03}, {u"bounce_rate", 0.45}, {u"win_rate", 0.3}}) << Rows{}
        << QStringList{QStringLiteral("bounce_rising"), QStringLiteral("win_rate_falling"),
                       QStringLiteral("churn_rising")};
}

void TestActionRules::rules()
{
    QFETCH(KpiValues, current);
    QFETCH(KpiValues, previous);
    QFETCH(Rows, channels);
    QFETCH(QStringList, expected);

    QCOMPARE(fired(ActionRules::evaluate(current, previous, channels, English)), expected);
}

void TestActionRules::unknownEverywhere()
{
    const KpiValues unknown = kpis({});
    const Rows channels{channel(QStringLiteral("Paid Search"), {}, Pairs{})};
    QVERIFY(ActionRules::evaluate(unknown, unknown, channels).isEmpty());
    // A KpiValues nobody filled (no values at all) is unknown too.
    QVERIFY(ActionRules::evaluate(KpiValues{}, KpiValues{}, {}).isEmpty());
}

void TestActionRules::findings_data()
{
    QTest::addColumn<KpiValues>("current");
    QTest::addColumn<KpiValues>("previous");
    QTest::addColumn<QString>("finding");

    QTest::addRow("ctr_falling")
        << kpis({{u"ctr", 0.0098}, {u"impressions", 100000}}) << kpis({{u"ctr", 0.012}, {u"impressions", 80000}})
        << QStringLiteral("Click-through rate fell 18% (1.2% → 0.98%) while impressions grew 25% (80,000 → "
                          "100,000).");
    QTest::addRow("bounce_rising, exactly 10%%") << kpis({{u"bounce_rate", 0.44}}) << kpis({{u"bounce_rate", 0.40}})
                                                 << QStringLiteral("Bounce rate rose 10% (40.0% → 44.0%).");
    QTest::addRow("mql_to_sql_falling") << kpis({{u"mql_to_sql_rate", 0.25}, {u"mqls", 40}})
                                        << kpis({{u"mql_to_sql_rate", 0.35}, {u"mqls", 38}})
                                        << QStringLiteral("MQL → SQL rate fell 29% (35.0% → 25.0%), on 40 MQLs.");
    QTest::addRow("cac_outpacing_revenue, revenue growing")
        << kpis({{u"cac", 500}, {u"revenue", 105000}}) << kpis({{u"cac", 400}, {u"revenue", 100000}})
        << QStringLiteral(
               "Customer acquisition cost rose 25% (400.00 → 500.00) while revenue grew only 5.0% (100,000 → "
               "105,000).");
    QTest::addRow("cac_outpacing_revenue, revenue falling")
        << kpis({{u"cac", 500}, {u"revenue", 90000}}) << kpis({{u"cac", 400}, {u"revenue", 100000}})
        << QStringLiteral(
               "Customer acquisition cost rose 25% (400.00 → 500.00) while revenue fell 10% (100,000 → 90,000).");
    QTest::addRow("cac_outpacing_revenue, revenue flat")
        << kpis({{u"cac", 500}, {u"revenue", 100000}}) << kpis({{u"cac", 400}, {u"revenue", 100000}})
        << QStringLiteral("Customer acquisition cost rose 25% (400.00 → 500.00) while revenue stayed at 100,000.");
    QTest::addRow("churn_rising") << kpis({{u"churn_rate", 0.05}}) << kpis({{u"churn_rate", 0.03}})
                                  << QStringLiteral("Churn rate rose 67% (3.0% → 5.0%).");
}

void TestActionRules::findings()
{
    QFETCH(KpiValues, current);
    QFETCH(KpiValues, previous);
    QFETCH(QString, finding);

    const QList<ActionRules::Recommendation> recommendations = ActionRules::evaluate(current, previous, {}, English);
    QCOMPARE(recommendations.size(), 1);
    QCOMPARE(recommendations.first().finding, finding);
    QVERIFY(recommendations.first().channel.isEmpty());
    for (const ActionRules::Rule &rule : ActionRules::table()) {
        if (rule.id == recommendations.first().rule) {
            QCOMPARE(recommendations.first().action, QString::fromUtf8(rule.action));
        }
    }
}

void TestActionRules::betterChannel_data()
{
    QTest::addColumn<Rows>("others");
    QTest::addColumn<QString>("named");

    // Paid Search's CPL rose 45 → 60 with a Lead → MQL rate of 20%.
    const KpiEngine::Row webinars =
        channel(QStringLiteral("Webinars"), {{u"cpl", 30}, {u"leads", 15}, {u"lead_to_mql_rate", 0.4}});
    // Cheaper per lead, but its leads rarely qualify: 20 ÷ 0.22 = 90.91 per MQL against Webinars' 30 ÷ 0.4 = 75.
    const KpiEngine::Row email =
        channel(QStringLiteral("Email"), {{u"cpl", 20}, {u"leads", 50}, {u"lead_to_mql_rate", 0.22}});
    // Names are isolated from the sentence (a right-to-left name never turns it around).
    const QString webinarsNamed =
        QStringLiteral(" %1 has a lower cost per lead (30.00 against 60.00) and a higher Lead → MQL "
                       "rate (40.0% against 20.0%).")
            .arg(Language::isolated(QStringLiteral("Webinars")));

    QTest::addRow("one better channel") << Rows{webinars} << webinarsNamed;
    QTest::addRow("the cheapest per MQL among two") << Rows{email, webinars} << webinarsNamed;
    QTest::addRow("cheaper but worse leads: none named")
        << Rows{channel(QStringLiteral("Display Ads"), {{u"cpl", 20}, {u"leads", 40}, {u"lead_to_mql_rate", 0.1}})}
        << QString();
    QTest::addRow("better but too few leads: none named")
        << Rows{channel(QStringLiteral("Events"), {{u"cpl", 20}, {u"leads", 5}, {u"lead_to_mql_rate", 0.5}})}
        << QString();
    QTest::addRow("better quality unknown: none named")
        << Rows{channel(QStringLiteral("Events"), {{u"cpl", 20}, {u"leads", 40}})} << QString();
    QTest::addRow("no other channel") << Rows{} << QString();
}

void TestActionRules::betterChannel()
{
    QFETCH(Rows, others);
    QFETCH(QString, named);

    Rows channels{channel(QStringLiteral("Paid Search"), {{u"cpl", 60}, {u"leads", 20}, {u"lead_to_mql_rate", 0.2}},
                          Pairs{{u"cpl", 45}, {u"leads", 25}, {u"lead_to_mql_rate", 0.2}})};
    channels.append(others);
    const QList<ActionRules::Recommendation> recommendations =
        ActionRules::evaluate(kpis({}), kpis({}), channels, English);
    QCOMPARE(recommendations.size(), 1);
    const ActionRules::Recommendation &r = recommendations.first();
    QCOMPARE(r.rule, QStringLiteral("cpl_rising_channel"));
    QCOMPARE(r.channel, QStringLiteral("Paid Search"));
    QCOMPARE(r.finding, QStringLiteral("Cost per lead on %1 rose 33% (45.00 → 60.00), on 20 leads.")
                            .arg(Language::isolated(QStringLiteral("Paid Search"))));
    QString generic;
    for (const ActionRules::Rule &rule : ActionRules::table()) {
        if (rule.id == r.rule) {
            generic = QString::fromUtf8(rule.action);
        }
    }
    QCOMPARE(r.action, generic + named);
}

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_actionrules.moc"

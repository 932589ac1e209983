// Custom KPIs: the formula parser, its errors, evaluation on a small workspace worked out by hand, the store, the
// CLI round trip and a goal on a custom KPI.

#include "clisandbox.h"
#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"
#include "kpi/kpiwriter.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QTest>

using namespace funnelscope;

namespace {

// January 2025: 40 leads (10 of them MQLs on 2025-01-20, 4 of those SQLs on 2025-01-25), 3 deals won for
// 5,000 + 4,000 + 3,000 = 12,000, and 2,000.00 of media spend on 20,000 impressions and 400 clicks.
QByteArray leads()
{
    QByteArray csv = "lead_id,created_date,channel,mql_date,sql_date\n";
    for (int i = 1; i <= 40; ++i) {
        const QByteArray mql = i <= 10 ? "2025-01-20" : "";
        const QByteArray sql = i <= 4 ? "2025-01-25" : "";
        csv += "L" + QByteArray::number(i) + ",2025-01-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') +
               ",Paid Search," + mql + "," + sql + "\n";
    }
    return csv;
}

const QByteArray Deals = "deal_id,created_date,close_date,status,amount\n"
                         "D1,2025-01-02,2025-01-10,won,5000\n"
                         "D2,2025-01-03,2025-01-15,won,4000\n"
                         "D3,2025-01-04,2025-01-20,won,3000\n"
                         "D4,2025-01-05,2025-01-21,lost,9000\n";

const QByteArray Campaign = "date,channel,campaign,impressions,clicks,cost\n"
                            "2025-01-10,Paid Search,Brand,12000,300,1500.00\n"
                            "2025-01-20,Paid Search,Brand,8000,100,500.00\n";

const Scope January{QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {}};

double eval(const QString &formula, const KpiValues &values = {})
{
    CustomFormula::Error error;
    const auto f = CustomFormula::parse(formula, &error);
    if (!f) {
        qWarning("%s: %s", qPrintable(formula), qPrintable(error.message));
        return std::nan("");
    }
    return f->evaluate(values).value.value_or(std::nan(""));
}

CustomFormula::Error errorOf(const QString &formula)
{
    CustomFormula::Error error;
    if (CustomFormula::parse(formula, &error)) {
        error.message = QStringLiteral("(parsed)");
    }
    return error;
}

} // namespace

class TestCustomKpi : public QObject
{
    Q_OBJECT

private slots:
    void precedence()
    {
        QCOMPARE(eval(QStringLiteral("1 + 2 * 3")), 7.0);
        QCOMPARE(eval(QStringLiteral("(1 + 2) * 3")), 9.0);
        QCOMPARE(eval(QStringLiteral("10 - 4 - 3")), 3.0); // left to right
        QCOMPARE(eval(QStringLiteral("24 / 4 / 2")), 3.0);
        QCOMPARE(eval(QStringLiteral("-2 * 3")), -6.0);
        QCOMPARE(eval(QStringLiteral("2 * -3")), -6.0);
        QCOMPARE(eval(QStringLiteral("--4")), 4.0);
        QCOMPARE(eval(QStringLiteral("-(1 + 2) * 2")), -6.0);
        QCOMPARE(eval(QStringLiteral("1.5 * 4")), 6.0);
        QCOMPARE(eval(QStringLiteral(".5 + 1")), 1.5);
        QCOMPARE(eval(QStringLiteral("6 × 2 ÷ 3 − 1")), 3.0); // as the explanations write them
    }

    void errorsName_the_position()
    {
        CustomFormula::Error e = errorOf(QStringLiteral("revenue_won / leeds"));
        QCOMPARE(e.position, 15);
        QCOMPARE(e.message, QStringLiteral("unknown name 'leeds' at character 15; did you mean 'leads'?"));
        e = errorOf(QStringLiteral("(mqls - sqls / mqls"));
        QCOMPARE(e.position, 1);
        QVERIFY2(e.message.contains(QStringLiteral("'(' at character 1 is not closed")), qPrintable(e.message));
        e = errorOf(QStringLiteral("leads +"));
        QCOMPARE(e.position, 8);
        e = errorOf(QStringLiteral("leads mqls"));
        QCOMPARE(e.position, 7);
        QVERIFY2(e.message.contains(QStringLiteral("operator")), qPrintable(e.message));
        e = errorOf(QStringLiteral("leads * * 2"));
        QCOMPARE(e.position, 9);
        e = errorOf(QStringLiteral("1.2.3 + leads"));
        QCOMPARE(e.position, 1);
        e = errorOf(QStringLiteral("leads ^ 2"));
        QCOMPARE(e.position, 7);
        e = errorOf(QStringLiteral("leads)"));
        QCOMPARE(e.position, 6);
        QVERIFY(!errorOf(QStringLiteral("   ")).message.isEmpty());
        QVERIFY2(errorOf(QStringLiteral("zzzzzzzz")).message.contains(QStringLiteral("use the id of a KPI")),
                 qPrintable(errorOf(QStringLiteral("zzzzzzzz")).message));
    }

    void moneyRules()
    {
        // Money ÷ count is money; money ÷ money is not; money + non-money is refused, money + a number is money.
        QVERIFY(CustomFormula::parse(QStringLiteral("revenue_won / leads"))->isMoney());
        QVERIFY(!CustomFormula::parse(QStringLiteral("revenue / media_cost"))->isMoney());
        QVERIFY(CustomFormula::parse(QStringLiteral("cost / 1000"))->isMoney());
        QVERIFY(CustomFormula::parse(QStringLiteral("revenue - 1000"))->isMoney());
        CustomFormula::Error e = errorOf(QStringLiteral("revenue + leads"));
        QCOMPARE(e.position, 9);
        QVERIFY2(e.message.contains(QStringLiteral("money")), qPrintable(e.message));
        QVERIFY(!errorOf(QStringLiteral("revenue * cost")).message.contains(QStringLiteral("(parsed)")));
        // Volumes added or scaled add up over time; a division by a KPI is a level.
        QVERIFY(CustomFormula::parse(QStringLiteral("mqls + sqls"))->isAdditive());
        QVERIFY(CustomFormula::parse(QStringLiteral("cost / 1000"))->isAdditive());
        QVERIFY(!CustomFormula::parse(QStringLiteral("revenue / leads"))->isAdditive());
    }

    void described()
    {
        QCOMPARE(CustomFormula::parse(QStringLiteral("revenue_won / leads"))->described(),
                 QStringLiteral("Revenue won ÷ Leads"));
        QCOMPARE(CustomFormula::parse(QStringLiteral("(mqls - sqls) / mqls"))->described(),
                 QStringLiteral("(MQLs − SQLs) ÷ MQLs"));
        QCOMPARE(CustomFormula::parse(QStringLiteral("leads - (mqls - sqls)"))->described(),
                 QStringLiteral("Leads − (MQLs − SQLs)"));
        QCOMPARE(CustomFormula::parse(QStringLiteral("cost/1000"))->described(), QStringLiteral("Media spend ÷ 1000"));
    }

    void slugAndValidation()
    {
        QCOMPARE(CustomKpi::slug(QStringLiteral("Revenue per lead")), QStringLiteral("revenue_per_lead"));
        QCOMPARE(CustomKpi::slug(QStringLiteral("  Coût / MQL (EU) ")), QStringLiteral("cout_mql_eu"));
        CustomKpi k;
        k.name = QStringLiteral("Leads");
        k.formula = QStringLiteral("leads * 2");
        QVERIFY2(k.validate().contains(QStringLiteral("catalog KPI")), qPrintable(k.validate()));
        k = {};
        k.name = QStringLiteral("Revenue per lead");
        k.formula = QStringLiteral("revenue / leads");
        k.format = CustomKpi::Format::Number;
        QVERIFY2(k.validate().contains(QStringLiteral("money format")), qPrintable(k.validate()));
        k.format = CustomKpi::Format::Money;
        QCOMPARE(k.validate(), QString());
        QCOMPARE(k.id, QStringLiteral("revenue_per_lead"));
    }

    void evaluatesOnAWorkspace()
    {
        TestWorkspace t;
        t.importOk(QStringLiteral("leads.csv"), leads());
        t.importOk(QStringLiteral("deals.csv"), Deals);
        t.importOk(QStringLiteral("campaign.csv"), Campaign);
        CustomKpiStore store(t.workspace());
        CustomKpi perLead;
        perLead.name = QStringLiteral("Revenue per lead");
        perLead.formula = QStringLiteral("revenue_won / leads");
        perLead.format = CustomKpi::Format::Money;
        QCOMPARE(store.save(perLead), QString());
        CustomKpi mqlLoss;
        mqlLoss.name = QStringLiteral("MQLs not yet SQL");
        mqlLoss.formula = QStringLiteral("(mqls - sqls) / mqls");
        mqlLoss.format = CustomKpi::Format::Percent;
        mqlLoss.group = KpiGroup::LeadGeneration;
        QCOMPARE(store.save(mqlLoss), QString());
        CustomKpi perClick;
        perClick.name = QStringLiteral("Won per lost");
        perClick.formula = QStringLiteral("won_deals / lost_deals");
        perClick.format = CustomKpi::Format::Ratio;
        QCOMPARE(store.save(perClick), QString());
        CustomKpi spendK;
        spendK.name = QStringLiteral("Spend in thousands");
        spendK.formula = QStringLiteral("cost / 1000");
        spendK.format = CustomKpi::Format::Money;
        QCOMPARE(store.save(spendK), QString());
        QCOMPARE(store.all().size(), 4);

        KpiEngine engine(t.workspace());
        const KpiValues v = engine.compute(January);
        QCOMPARE(v.value(u"leads"), std::optional<double>(40));
        QCOMPARE(v.value(u"revenue"), std::optional<double>(12000));
        // 12,000 ÷ 40 = 300; (10 − 4) ÷ 10 = 60%; 3 won ÷ 1 lost = 3 : 1; 2,000 ÷ 1000 = 2.
        QCOMPARE(v.valueOf(u"revenue_per_lead"), std::optional<double>(300));
        QCOMPARE(v.valueOf(u"mqls_not_yet_sql"), std::optional<double>(0.6));
        QCOMPARE(v.valueOf(u"won_per_lost"), std::optional<double>(3));
        QCOMPARE(v.valueOf(u"spend_in_thousands"), std::optional<double>(2));

        const KpiFormat format(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD"));
        QCOMPARE(v.customKpi(u"revenue_per_lead")->display(300, format), QStringLiteral("$300.00"));
        QCOMPARE(v.customKpi(u"mqls_not_yet_sql")->display(0.6, format), QStringLiteral("60.0%"));
        QCOMPARE(v.customKpi(u"won_per_lost")->display(3, format), QStringLiteral("3.00 : 1"));

        // February: no leads (0, the CRM kind exists) → division by zero gives null with the reason.
        const KpiValues feb = engine.compute({QDate(2025, 2, 1), QDate(2025, 2, 28), {}, {}});
        QCOMPARE(feb.value(u"leads"), std::optional<double>(0));
        const int i = feb.customIndexOf(u"revenue_per_lead");
        QVERIFY(i >= 0);
        QVERIFY(!feb.custom.at(i).value);
        QCOMPARE(feb.custom.at(i).reason, QStringLiteral("Leads is 0 (division by zero)"));

        // By channel: every row has the custom KPIs too (the group's table columns).
        const QList<KpiEngine::Row> rows = engine.breakdown(January, Breakdown::Channel, Comparison::None);
        QVERIFY(!rows.isEmpty());
        for (const KpiEngine::Row &row : rows) {
            QCOMPARE(row.values.custom.size(), 4);
        }

        // kpis JSON: the value under values and the definition marked custom.
        const QJsonObject json = KpiWriter::toJson(January, v, nullptr, nullptr);
        QCOMPARE(json.value(u"values").toObject().value(u"revenue_per_lead").toDouble(), 300.0);
        const QJsonObject first = json.value(u"custom_kpis").toArray().at(0).toObject();
        QCOMPARE(first.value(u"id").toString(), QStringLiteral("revenue_per_lead"));
        QCOMPARE(first.value(u"custom").toBool(), true);
        QCOMPARE(first.value(u"explanation").toString(), QStringLiteral("Revenue won ÷ Leads"));
        QVERIFY(KpiWriter::toCsv(v, nullptr, QStringLiteral("USD"))
                    .contains(QStringLiteral("revenue_per_lead,sales,300,USD")));
    }

    void storeRefusals()
    {
        TestWorkspace t;
        CustomKpiStore store(t.workspace());
        CustomKpi k;
        k.name = QStringLiteral("Leads per MQL");
        k.formula = QStringLiteral("leads / mqls");
        QCOMPARE(store.save(k), QString());
        CustomKpi again;
        again.name = QStringLiteral("leads per mql");
        again.formula = QStringLiteral("leads / sqls");
        QVERIFY2(store.save(again).contains(QStringLiteral("exists already")), "a second KPI with the same id");
        QVERIFY(store.remove(QStringLiteral("nope")).contains(QStringLiteral("no custom KPI")));
        QCOMPARE(store.remove(QStringLiteral("leads_per_mql")), QString());
        QVERIFY(store.all().isEmpty());
    }

    void readOnlyWorkspaceCannotAdd()
    {
        // The schema 10 fixture has "Revenue per lead"; opened read-only it lists it and refuses changes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ws.db"));
        QVERIFY(QFile::copy(QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/tests/data/workspaces/schema-10.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Workspace w;
        QCOMPARE(w.open(path, Workspace::Access::ReadOnly), QString());
        CustomKpiStore store(w);
        QCOMPARE(store.all().size(), 1);
        CustomKpi k;
        k.name = QStringLiteral("Spend per click");
        k.formula = QStringLiteral("cost / clicks");
        k.format = CustomKpi::Format::Money;
        QVERIFY(store.save(k).contains(QStringLiteral("read-only")));
        QVERIFY(store.remove(QStringLiteral("revenue_per_lead")).contains(QStringLiteral("read-only")));
        // Its value from the demo's numbers: revenue ÷ leads of the same computation.
        KpiEngine engine(w);
        const KpiValues v = engine.compute(January);
        QVERIFY(v.valueOf(u"revenue_per_lead"));
        QCOMPARE(*v.valueOf(u"revenue_per_lead"), *v.value(u"revenue") / *v.value(u"leads"));
    }

    void goalOnACustomKpi()
    {
        TestWorkspace t;
        t.importOk(QStringLiteral("leads.csv"), leads());
        t.importOk(QStringLiteral("deals.csv"), Deals);
        CustomKpi k;
        k.name = QStringLiteral("MQLs and SQLs");
        k.formula = QStringLiteral("mqls + sqls");
        k.format = CustomKpi::Format::Count;
        QCOMPARE(CustomKpiStore(t.workspace()).save(k), QString());
        Goal g;
        g.name = QStringLiteral("Qualified in January");
        g.kpi = k.id;
        g.target = 28;
        g.baseline = 0;
        g.start = January.from;
        g.deadline = January.to;
        g.baselineFrom = QDate(2024, 12, 1);
        g.baselineTo = QDate(2024, 12, 31);
        QString error;
        QVERIFY2(GoalStore(t.workspace()).save(g, &error) > 0, qPrintable(error));
        KpiEngine engine(t.workspace());
        // A volume: 10 MQLs + 4 SQLs = 14 by the deadline, half the target of 28.
        const GoalProgress p = GoalProgress::compute(engine, g, QDate(2025, 1, 31));
        QCOMPARE(p.current, std::optional<double>(14));
        QCOMPARE(p.progress, std::optional<double>(0.5));
        // The goal keeps the KPI from being removed.
        QVERIFY(CustomKpiStore(t.workspace()).remove(k.id).contains(QStringLiteral("Qualified in January")));
    }

    void cliRoundTrip()
    {
        Sandbox box;
        QVERIFY(box.write(QStringLiteral("leads.csv"), leads()));
        QVERIFY(box.write(QStringLiteral("deals.csv"), Deals));
        CliRun r = box.import(QStringLiteral("ws.db"), {QStringLiteral("leads.csv"), QStringLiteral("deals.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = box.run({QStringLiteral("kpi"), QStringLiteral("add"), QStringLiteral("--db"), QStringLiteral("ws.db"),
                     QStringLiteral("--name"), QStringLiteral("Revenue per lead"), QStringLiteral("--formula"),
                     QStringLiteral("revenue_won / leads"), QStringLiteral("--better"), QStringLiteral("up"),
                     QStringLiteral("--format"), QStringLiteral("money")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed(), QByteArray("revenue_per_lead"));
        r = box.run({QStringLiteral("kpi"), QStringLiteral("add"), QStringLiteral("--db"), QStringLiteral("ws.db"),
                     QStringLiteral("--name"), QStringLiteral("Typo"), QStringLiteral("--formula"),
                     QStringLiteral("revenue / leeds")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("unknown name 'leeds' at character 11; did you mean 'leads'?"),
                 qPrintable(r.describe()));
        r = box.run({QStringLiteral("kpi"), QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("ws.db"),
                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(u"custom_kpis").toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"format").toString(), QStringLiteral("money"));
        r = box.kpis(QStringLiteral("ws.db"), QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"values").toObject().value(u"revenue_per_lead").toDouble(), 300.0);
        QCOMPARE(o.value(u"custom_kpis").toArray().at(0).toObject().value(u"custom").toBool(), true);
        r = box.run({QStringLiteral("kpis"), QStringLiteral("--db"), QStringLiteral("ws.db"), QStringLiteral("--from"),
                     QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-01-31"),
                     QStringLiteral("--format"), QStringLiteral("table")});
        QVERIFY2(r.out.contains("Revenue per lead") && r.out.contains("$300.00"), qPrintable(r.describe()));
        r = box.run({QStringLiteral("goals"), QStringLiteral("add"), QStringLiteral("--db"), QStringLiteral("ws.db"),
                     QStringLiteral("--name"), QStringLiteral("RPL"), QStringLiteral("--kpi"),
                     QStringLiteral("revenue_per_lead"), QStringLiteral("--target"), QStringLiteral("350"),
                     QStringLiteral("--start"), QStringLiteral("2025-01-01"), QStringLiteral("--deadline"),
                     QStringLiteral("2025-03-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = box.run({QStringLiteral("kpi"), QStringLiteral("remove"), QStringLiteral("revenue_per_lead"),
                     QStringLiteral("--db"), QStringLiteral("ws.db")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the goal 'RPL' measures"), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCustomKpi)
#include "tst_customkpi.moc"

// Goal pages: the plan line to the deadline, the variance to plan at the as-of date in the KPI's unit and direction,
// money in the goal's currency, and the page in the PDF.

#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "i18n/language.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"
#include "report/goalpages.h"
#include "report/reportwriter.h"
#include "report/smartreview.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace funnelscope;

namespace {

// 100 customers since 2024, all Email; 8 more start on 15 January 2026, 8 on 15 February and 9 on 15 March: active
// at the end of the months 100 (October–December 2025), 108, 116 and 125. Sessions every day up to 31 March 2026
// make that the last day with data.
QByteArray growingCustomers()
{
    QByteArray csv = "customer_id,start_date,churn_date,mrr,channel,campaign\n";
    int next = 1;
    for (; next <= 100; ++next) {
        csv += "C" + QByteArray::number(next) + ",2024-01-01,,100,Email,\n";
    }
    for (const auto &[day, count] :
         QList<std::pair<QByteArray, int>>{{"2026-01-15", 8}, {"2026-02-15", 8}, {"2026-03-15", 9}}) {
        for (int i = 0; i < count; ++i, ++next) {
            csv += "C" + QByteArray::number(next) + "," + day + ",,100,Email,\n";
        }
    }
    return csv;
}

QByteArray sessionsUntil(const QDate &last)
{
    QByteArray csv = "date,channel,campaign,sessions\n";
    for (QDate d(2025, 9, 1); d <= last; d = d.addDays(1)) {
        csv += d.toString(Qt::ISODate).toLatin1() + ",Email,News,10\n";
    }
    return csv;
}

// Grow active customers from 100 a month (the last quarter of 2025) to 160 by 30 June 2026: +10 a month.
Goal customersGoal()
{
    Goal g;
    g.name = QStringLiteral("Grow the base");
    g.kpi = QStringLiteral("active_customers");
    g.baselineFrom = QDate(2025, 10, 1);
    g.baselineTo = QDate(2025, 12, 31);
    g.target = 160;
    g.start = QDate(2026, 1, 1);
    g.deadline = QDate(2026, 6, 30);
    g.cadence = Cadence::Monthly;
    g.owner = QStringLiteral("Ana");
    g.objective = QStringLiteral("Revenue");
    return g;
}

// Lower the cost per lead from 90 to 80 by 30 June 2026, in euros.
Goal cplGoal()
{
    Goal g;
    g.name = QStringLiteral("Cheaper leads");
    g.kpi = QStringLiteral("cpl");
    g.baseline = 90;
    g.target = 80;
    g.start = QDate(2026, 1, 1);
    g.deadline = QDate(2026, 6, 30);
    g.cadence = Cadence::Monthly;
    g.currency = QStringLiteral("EUR");
    return g;
}

// The text of a PDF by pdftotext (poppler-utils), whitespace simplified.
QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.waitForFinished(30000);
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

} // namespace

class TestGoalPages : public QObject
{
    Q_OBJECT

private slots:
    void planIsByPeriod()
    {
        // Monthly, 1 January – 30 June: six periods. The end of March is three of them, half way, whatever the
        // months' lengths (90 of 181 days would be 0.497); mid-March is 2 + 16/31.
        const Goal goal = customersGoal();
        QCOMPARE(GoalProgress::periodsElapsed(goal, goal.deadline), 6.0);
        QCOMPARE(GoalProgress::elapsedShare(goal, QDate(2026, 3, 31)), 0.5);
        QCOMPARE(GoalProgress::periodsElapsed(goal, QDate(2026, 3, 16)), 2 + 16.0 / 31);
        QCOMPARE(GoalProgress::elapsedShare(goal, QDate(2025, 12, 31)), 0.0);
        // A weekly goal from a Saturday: its first week counts 2 of 7 days.
        Goal weekly = goal;
        weekly.cadence = Cadence::Weekly;
        weekly.start = QDate(2025, 3, 1);
        QCOMPARE(GoalProgress::periodsElapsed(weekly, QDate(2025, 3, 2)), 2.0 / 7);
    }

    void behindPlanInTheKpisUnit()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("customers.csv"), growingCustomers());
        ws.importOk(QStringLiteral("sessions.csv"), sessionsUntil(QDate(2026, 3, 31)));
        KpiEngine engine(ws.workspace());
        const Goal goal = customersGoal();
        const GoalProgress p = GoalProgress::compute(engine, goal, QDate(2026, 3, 31));
        QCOMPARE(p.baseline, 100.0);
        QCOMPARE(p.current, 125.0);
        QCOMPARE(p.measuredTo, QDate(2026, 3, 31));
        // Plan +10 a month: 130 at the end of March. 125 − 130 = −5, −5 ÷ 130 = −3.8%.
        QCOMPARE(p.expected, 0.5);
        QCOMPARE(p.planned, 130.0);
        const GoalPlan plan = GoalPlan::of(goal, p);
        QCOMPARE(plan.planned, 130.0);
        QCOMPARE(plan.variance, -5.0);
        QVERIFY(plan.variancePercent && qFuzzyCompare(*plan.variancePercent, -5.0 / 130));
        QCOMPARE(plan.verdictId(), QStringLiteral("behind"));
        // The line: 100 at the start, then 110, 120, … 160 at the end of each month.
        QCOMPARE(plan.line.size(), 7);
        QCOMPARE(plan.line.first().planned, 100.0);
        QCOMPARE(plan.line.at(3).date, QDate(2026, 3, 31));
        QCOMPARE(plan.line.at(3).planned, 130.0);
        QCOMPARE(plan.line.last().date, goal.deadline);
        QCOMPARE(plan.line.last().planned, 160.0);
        // The status agrees: progress 25 of 60 (42%) against 50% expected is 83% of the pace, at risk.
        QCOMPARE(GoalProgress::statusId(p.status), QStringLiteral("at_risk"));

        const KpiFormat format(QLocale(QLocale::English, QLocale::UnitedStates));
        const int kpi = KpiCatalog::indexOf(u"active_customers");
        QCOMPARE(GoalPlan::signedValue(format, kpi, *plan.variance), QStringLiteral("−5"));
        QCOMPARE(format.change(plan.variancePercent), QStringLiteral("−3.8%"));

        // The review keeps the same facts for the window and the PDF.
        GoalStore store(ws.workspace());
        QString error;
        QVERIFY2(store.save(goal, &error) > 0, qPrintable(error));
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2026, 3, 1), QDate(2026, 3, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("March"));
        const QJsonObject g = review[QStringLiteral("goals")].toArray().first().toObject();
        const QJsonObject saved = g[QStringLiteral("plan")].toObject();
        QCOMPARE(saved[QStringLiteral("planned")].toDouble(), 130.0);
        QCOMPARE(saved[QStringLiteral("variance")].toDouble(), -5.0);
        QCOMPARE(saved[QStringLiteral("verdict")].toString(), QStringLiteral("behind"));
        QCOMPARE(saved[QStringLiteral("line")].toArray().size(), 7);
        QCOMPARE(GoalPages::varianceSentence(g, format), QStringLiteral("Now 125, plan 130: −5 (−3.8%), behind plan."));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("march.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(review, pdf, options), QString());
        const QString printed = pdfText(pdf);
        QVERIFY2(printed.contains(QStringLiteral("Now 125, plan 130: −5 (−3.8%), behind plan.")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Baseline 100 on Jan 1, 2026 → target 160 by Jun 30, 2026.")));
        QVERIFY(printed.contains(QStringLiteral("Deadline Jun 30, 2026")));
        QVERIFY(printed.contains(QStringLiteral("Target 160")));
        QVERIFY(printed.contains(QStringLiteral("As of Mar 31, 2026")));
    }

    void lowerIsBetterBelowPlanIsAhead()
    {
        // CPL 90 → 80: the plan at the end of March is 85; 83 is 2 below it, ahead of plan.
        const Goal goal = cplGoal();
        TestWorkspace ws;
        KpiEngine engine(ws.workspace());
        // The direction comes from GoalProgress (a target below the baseline: lower is better).
        QVERIFY(!GoalProgress::compute(engine, goal, QDate(2025, 12, 1)).higherIsBetter);
        GoalProgress p;
        p.baseline = 90;
        p.current = 83;
        p.measuredTo = QDate(2026, 3, 31);
        p.asOf = QDate(2026, 4, 10);
        p.expected = GoalProgress::elapsedShare(goal, p.measuredTo);
        p.planned = 90 + (80 - 90) * p.expected;
        p.higherIsBetter = false;
        p.status = GoalStatus::OnTrack;
        const GoalPlan plan = GoalPlan::of(goal, p);
        QCOMPARE(plan.planned, 85.0);
        QCOMPARE(plan.variance, -2.0);
        QVERIFY(plan.variancePercent && qFuzzyCompare(*plan.variancePercent, -2.0 / 85));
        QCOMPARE(plan.verdictId(), QStringLiteral("ahead"));
        QCOMPARE(plan.verdictText(), QStringLiteral("ahead of plan"));
        // Above the plan is behind.
        p.current = 87;
        QCOMPARE(GoalPlan::of(goal, p).verdictId(), QStringLiteral("behind"));
        // Not judged before a level's first whole period.
        p.status = GoalStatus::TooEarly;
        QVERIFY(!GoalPlan::of(goal, p).judged);
        QCOMPARE(GoalPlan::of(goal, p).toJson()[QStringLiteral("verdict")], QJsonValue(QJsonValue::Null));
    }

    void moneyGoalPrintsItsOwnCurrency()
    {
        // A CPL goal set in euros, in a review whose money is in US dollars: its page prints euros.
        const Goal goal = cplGoal();
        GoalProgress p;
        p.baseline = 90;
        p.current = 83;
        p.measuredTo = QDate(2026, 3, 31);
        p.asOf = QDate(2026, 3, 31);
        p.expected = 0.5;
        p.planned = 85;
        p.higherIsBetter = false;
        p.progress = 0.7;
        p.forecast = 78;
        p.status = GoalStatus::OnTrack;
        const QJsonObject g{
            {QStringLiteral("id"), 1},
            {QStringLiteral("name"), goal.name},
            {QStringLiteral("kpi"), goal.kpi},
            {QStringLiteral("currency"), goal.currency},
            {QStringLiteral("channels"), QJsonArray{QStringLiteral("Paid Search")}},
            {QStringLiteral("start"), QStringLiteral("2026-01-01")},
            {QStringLiteral("deadline"), QStringLiteral("2026-06-30")},
            {QStringLiteral("cadence"), QStringLiteral("monthly")},
            {QStringLiteral("as_of"), QStringLiteral("2026-03-31")},
            {QStringLiteral("measured_to"), QStringLiteral("2026-03-31")},
            {QStringLiteral("baseline"), 90},
            {QStringLiteral("target"), 80},
            {QStringLiteral("current"), 83},
            {QStringLiteral("progress"), 0.7},
            {QStringLiteral("expected"), 0.5},
            {QStringLiteral("forecast"), 78},
            {QStringLiteral("status"), QStringLiteral("on_track")},
            {QStringLiteral("pace"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-01-31")}, {QStringLiteral("actual"), 88}},
                 QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-02-28")}, {QStringLiteral("actual"), 86}},
                 QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-03-31")}, {QStringLiteral("actual"), 83}}}},
            {QStringLiteral("plan"), GoalPlan::of(goal, p).toJson()}};
        const KpiFormat usd(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD"));
        QCOMPARE(GoalPages::varianceSentence(g, usd),
                 QStringLiteral("Now €83.00, plan €85.00: −€2.00 (−2.4%), ahead of plan."));
        // A review saved before plans were stored gets the same plan from its stored progress.
        QJsonObject old = g;
        old.remove(QStringLiteral("plan"));
        QCOMPARE(GoalPages::varianceSentence(old, usd), GoalPages::varianceSentence(g, usd));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
        }
        const QJsonObject review{{QStringLiteral("title"), QStringLiteral("March")},
                                 {QStringLiteral("from"), QStringLiteral("2026-03-01")},
                                 {QStringLiteral("to"), QStringLiteral("2026-03-31")},
                                 {QStringLiteral("currency"), QStringLiteral("USD")},
                                 {QStringLiteral("goals_as_of"), QStringLiteral("2026-03-31")},
                                 {QStringLiteral("goals"), QJsonArray{g}}};
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("eur.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(review, pdf, options), QString());
        const QString printed = pdfText(pdf);
        QVERIFY2(printed.contains(QStringLiteral("Now €83.00, plan €85.00: −€2.00 (−2.4%), ahead of plan.")),
                 qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Baseline €90.00 on Jan 1, 2026 → target €80.00")));
        QVERIFY(printed.contains(QStringLiteral("Target €80.00")));
    }

    // Goals on custom KPIs get their pages like catalog ones, with the custom KPI's name, format and direction. The
    // base grows 100 (Oct–Dec 2025), 108, 116, 125 at the end of each month (growingCustomers); every goal below is a
    // level measured per month, its baseline the mean of Q4 2025, its plan at the end of March halfway to the target.
    void goalsOnCustomKpis()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("customers.csv"), growingCustomers());
        ws.importOk(QStringLiteral("sessions.csv"), sessionsUntil(QDate(2026, 3, 31)));
        const auto addKpi = [&](const QString &name, const QString &formula, CustomKpi::Format format,
                                CustomKpi::Direction direction) {
            CustomKpi k;
            k.name = name;
            k.formula = formula;
            k.format = format;
            k.direction = direction;
            k.group = KpiGroup::Loyalty;
            const QString error = CustomKpiStore(ws.workspace()).save(k);
            return error.isEmpty() ? k.id : error;
        };
        // Active share: active ÷ 200 as a percent, higher is better: 50% → target 80%; plan at March's end 65.0%,
        // now 125 ÷ 200 = 62.5%: −2.5 percentage points, −2.5 ÷ 65 = −3.8%.
        const QString share = addKpi(QStringLiteral("Active share"), QStringLiteral("active_customers / 200"),
                                     CustomKpi::Format::Percent, CustomKpi::Direction::Up);
        // Customers short of 200, a number where lower is better: 100 → target 40; plan 70, now 75: +5.00 (+7.1%),
        // behind plan.
        const QString shortOf = addKpi(QStringLiteral("Short of 200"), QStringLiteral("200 - active_customers"),
                                       CustomKpi::Format::Number, CustomKpi::Direction::Down);
        QCOMPARE(share, QStringLiteral("active_share"));
        QCOMPARE(shortOf, QStringLiteral("short_of_200"));
        GoalStore store(ws.workspace());
        QString error;
        Goal g1 = customersGoal();
        g1.name = QStringLiteral("Half the market");
        g1.kpi = share;
        g1.target = 0.8;
        QVERIFY2(store.save(g1, &error) > 0, qPrintable(error));
        Goal g2 = customersGoal();
        g2.name = QStringLiteral("Close the gap");
        g2.kpi = shortOf;
        g2.target = 40;
        QVERIFY2(store.save(g2, &error) > 0, qPrintable(error));

        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2026, 3, 1), QDate(2026, 3, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("March"));
        const QJsonArray goals = review[QStringLiteral("goals")].toArray();
        QCOMPARE(goals.size(), 2);
        // In the goal store's order, by name: "Close the gap", then "Half the market".
        const QJsonObject a = goals.at(1).toObject();
        const QJsonObject b = goals.at(0).toObject();
        QCOMPARE(a[QStringLiteral("kpi")].toString(), share);
        QCOMPARE(a[QStringLiteral("custom_kpi")][QStringLiteral("name")].toString(), QStringLiteral("Active share"));
        QCOMPARE(a[QStringLiteral("custom_kpi")][QStringLiteral("format")].toString(), QStringLiteral("percent"));
        QCOMPARE(a[QStringLiteral("baseline")].toDouble(), 0.5);
        QCOMPARE(a[QStringLiteral("current")].toDouble(), 0.625);
        QCOMPARE(a[QStringLiteral("plan")][QStringLiteral("planned")].toDouble(), 0.65);
        QCOMPARE(a[QStringLiteral("plan")][QStringLiteral("line")].toArray().size(), 7);
        QCOMPARE(b[QStringLiteral("custom_kpi")][QStringLiteral("better")].toString(), QStringLiteral("down"));
        QCOMPARE(b[QStringLiteral("baseline")].toDouble(), 100.0);
        QCOMPARE(b[QStringLiteral("current")].toDouble(), 75.0);
        QCOMPARE(b[QStringLiteral("plan")][QStringLiteral("higher_is_better")].toBool(), false);

        const KpiFormat format(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(GoalKpi::of(a).name(), Language::isolated(QStringLiteral("Active share")));
        QCOMPARE(GoalPages::varianceSentence(a, format),
                 QStringLiteral("Now 62.5%, plan 65.0%: −2.5 pp (−3.8%), behind plan."));
        QCOMPARE(GoalPages::varianceSentence(b, format),
                 QStringLiteral("Now 75.00, plan 70.00: +5.00 (+7.1%), behind plan."));
        // Its trend is kept too, in the same KPI: 75 short at the end of March.
        const QJsonObject trend =
            review[QStringLiteral("analysis")][QStringLiteral("trends")].toArray().at(0).toObject();
        QCOMPARE(trend[QStringLiteral("kpi")].toString(), shortOf);
        QCOMPARE(trend[QStringLiteral("series")].toArray().last()[QStringLiteral("value")].toDouble(), 75.0);

        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("custom.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(review, pdf, options), QString());
        const QString printed = pdfText(pdf);
        QVERIFY2(printed.contains(QStringLiteral("Now 62.5%, plan 65.0%: −2.5 pp (−3.8%), behind plan.")),
                 qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Baseline 50.0% on Jan 1, 2026 → target 80.0% by Jun 30, 2026.")));
        QVERIFY(printed.contains(QStringLiteral("Target 80.0%")));
        QVERIFY(printed.contains(QStringLiteral("Active share for all channels")));
        QVERIFY(printed.contains(QStringLiteral("Now 75.00, plan 70.00: +5.00 (+7.1%), behind plan.")));
        QVERIFY(printed.contains(QStringLiteral("Baseline 100.00 on Jan 1, 2026 → target 40.00 by Jun 30, 2026.")));
        QVERIFY(printed.contains(QStringLiteral("Short of 200 for all channels")));
    }

    // The executive summary's first takeaway names the channel that moved the KPI the way it went: leads fell from
    // 100 to 80 (−20.0%), and Email, down from 50 to 30, held them back most (nothing helped).
    void takeawayNamesWhatMovedIt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
        }
        const QJsonObject email{{QStringLiteral("name"), QStringLiteral("Email")},
                                {QStringLiteral("dimension"), QStringLiteral("channel")},
                                {QStringLiteral("now"), 30},
                                {QStringLiteral("before"), 50}};
        const QJsonObject review{
            {QStringLiteral("title"), QStringLiteral("March")},
            {QStringLiteral("from"), QStringLiteral("2026-03-01")},
            {QStringLiteral("to"), QStringLiteral("2026-03-31")},
            {QStringLiteral("headline"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("leads")},
                                                                {QStringLiteral("value"), 80},
                                                                {QStringLiteral("previous"), 100}}}},
            {QStringLiteral("analysis"),
             QJsonObject{{QStringLiteral("contributors"),
                          QJsonArray{QJsonObject{{QStringLiteral("kpi"), QStringLiteral("leads")},
                                                 {QStringLiteral("top"), QJsonArray()},
                                                 {QStringLiteral("bottom"), QJsonArray{email}}}}}}}};
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("takeaway.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(review, pdf, options), QString());
        const QString printed = pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QStringLiteral(
                     "Leads fell 20.0% to 80 (from 100). It moved most in the channel Email (50 → 30).")),
                 qPrintable(printed.left(1500)));

        // The data reaches only 10 March: 10 of March's 31 days are compared with a whole February, so the summary
        // says so and makes no "fell 20%" of it.
        QJsonObject partial = review;
        partial.insert(
            QStringLiteral("quality"),
            QJsonObject{{QStringLiteral("coverage"),
                         QJsonArray{QJsonObject{{QStringLiteral("freshest"), QStringLiteral("2026-03-10")}}}}});
        QCOMPARE(ReportWriter::write(partial, pdf, options), QString());
        const QString partialText = pdfText(pdf).simplified();
        QVERIFY2(
            partialText.contains(QStringLiteral("The data reaches only Mar 10, 2026 (10 of the period's 31 days)")),
            qPrintable(partialText.left(1500)));
        QVERIFY(!partialText.contains(QStringLiteral("Leads fell")));
    }
};

QTEST_MAIN(TestGoalPages)
#include "tst_goalpages.moc"

// Goals: SMART checks, progress and status thresholds, forecasts, and the review's contribution ranking.

#include "cohorts/cohorts.h"
#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "goals/smartcheck.h"
#include "i18n/language.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpicaveat.h"
#include "kpi/kpiengine.h"
#include "report/companylogo.h"
#include "report/reportchoices.h"
#include "report/reportwriter.h"
#include "report/smartreview.h"
#include "testworkspace.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace funnelscope;

namespace {

// An open decision recorded in a review.
Action decision(qint64 reviewId, const QString &text, const QString &owner, const QDate &due)
{
    Action a;
    a.reviewId = reviewId;
    a.text = text;
    a.owner = owner;
    a.due = due;
    return a;
}

// Sessions every day of 2025: Email 10 a day, Paid Search 20 a day until June, then 30.
QByteArray steadySessions()
{
    QByteArray csv = "date,channel,campaign,sessions\n";
    for (QDate d(2025, 1, 1); d <= QDate(2025, 12, 31); d = d.addDays(1)) {
        const QByteArray day = d.toString(Qt::ISODate).toLatin1();
        csv += day + ",Email,News,10\n";
        csv += day + ",Paid Search,Brand," + (d.month() <= 6 ? "20" : "30") + "\n";
    }
    return csv;
}

Goal sessionsGoal(double target)
{
    Goal g;
    g.name = QStringLiteral("Email visits");
    g.kpi = QStringLiteral("sessions");
    g.channels = {QStringLiteral("Email")};
    g.start = QDate(2025, 3, 1);
    g.deadline = QDate(2025, 3, 1).addDays(99); // 100 days
    g.target = target;
    g.cadence = Cadence::Weekly;
    g.objective = QStringLiteral("Pipeline");
    g.baselineFrom = QDate(2025, 1, 1);
    g.baselineTo = QDate(2025, 1, 31);
    return g;
}

// A hundred customers since 2024, Email. Each quarter some of the original hundred churn and as many new ones start the
// same day, so every quarter starts with 100 active: Q3 and Q4 2025 lose 10 each (10% a quarter, 20% over the six
// months), Q1, Q2 and Q3 2026 lose 6 each (6%). Sessions every day up to 31 Oct 2026 make that the last day with data.
QByteArray churningCustomers()
{
    QByteArray csv = "customer_id,start_date,churn_date,mrr,channel,campaign\n";
    const QList<std::pair<QDate, int>> churns = {{QDate(2025, 8, 15), 10},
                                                 {QDate(2025, 11, 15), 10},
                                                 {QDate(2026, 2, 15), 6},
                                                 {QDate(2026, 5, 15), 6},
                                                 {QDate(2026, 8, 15), 6}};
    int next = 1;
    for (const auto &[day, count] : churns) {
        for (int i = 0; i < count; ++i, ++next) {
            const QByteArray d = day.toString(Qt::ISODate).toLatin1();
            csv += "C" + QByteArray::number(next) + ",2024-01-01," + d + ",100,Email,\n";
            csv += "R" + QByteArray::number(next) + "," + d + ",,100,Email,\n";
        }
    }
    for (; next <= 100; ++next) {
        csv += "C" + QByteArray::number(next) + ",2024-01-01,,100,Email,\n";
    }
    return csv;
}

QByteArray sessionsUntil(const QDate &last)
{
    QByteArray csv = "date,channel,campaign,sessions\n";
    for (QDate d(2025, 1, 1); d <= last; d = d.addDays(1)) {
        csv += d.toString(Qt::ISODate).toLatin1() + ",Email,News,10\n";
    }
    return csv;
}

// Reduce quarterly churn from the second half of 2025's 10% a quarter to 5% by the end of 2026.
Goal churnGoal()
{
    Goal g;
    g.name = QStringLiteral("Keep customers");
    g.kpi = QStringLiteral("churn_rate");
    g.baselineFrom = QDate(2025, 7, 1);
    g.baselineTo = QDate(2025, 12, 31);
    g.target = 0.05;
    g.start = QDate(2026, 1, 1);
    g.deadline = QDate(2026, 12, 31);
    g.cadence = Cadence::Quarterly;
    g.objective = QStringLiteral("Retention");
    return g;
}

// The text of a PDF, by pdftotext (poppler-utils).
QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.waitForFinished(30000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

// Email sessions and bounces every day of 2025: 100 sessions a day, 40 bounces a day until June, 50 from July, so
// July's bounce rate (50.0%) rose 25% on June's (40.0%).
QByteArray risingBounces()
{
    QByteArray csv = "date,channel,campaign,sessions,bounces\n";
    for (QDate d(2025, 1, 1); d <= QDate(2025, 12, 31); d = d.addDays(1)) {
        csv += d.toString(Qt::ISODate).toLatin1() + ",Email,News,100," + (d.month() <= 6 ? "40" : "50") + "\n";
    }
    return csv;
}

} // namespace

class TestGoals : public QObject
{
    Q_OBJECT

private slots:
    void statusFollowsProgressAgainstTime_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<QString>("status");
        // After 50 of 100 days Email has 500 sessions: expected progress 0.5.
        QTest::addRow("500 of 1000: on track") << 1000.0 << "on_track";
        QTest::addRow("500 of 1052 is 95%% of the pace, but the forecast 1000 misses 1052: at risk")
            << 1052.0 << "at_risk";
        QTest::addRow("500 of 1250 is 80%% of the pace: at risk") << 1250.0 << "at_risk";
        QTest::addRow("500 of 1300 is 77%% of the pace: off track") << 1300.0 << "off_track";
        QTest::addRow("500 of 400: met early") << 400.0 << "met";
    }

    void statusFollowsProgressAgainstTime()
    {
        QFETCH(double, target);
        QFETCH(QString, status);
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        KpiEngine engine(ws.workspace());
        const Goal goal = sessionsGoal(target);
        const GoalProgress p = GoalProgress::compute(engine, goal, goal.start.addDays(49));
        QCOMPARE(p.current, 500.0);
        QCOMPARE(p.expected, 0.5);
        QCOMPARE(p.progress, 500.0 / target);
        QCOMPARE(GoalProgress::statusId(p.status), status);
    }

    void forecastAndPace()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        KpiEngine engine(ws.workspace());
        const Goal goal = sessionsGoal(1000);
        const GoalProgress p = GoalProgress::compute(engine, goal, goal.start.addDays(49));
        // 10 a day for 100 days.
        QCOMPARE(p.forecast, 1000.0);
        // A volume's baseline is its baseline period scaled to the goal's length: 310 in 31 days → 1000.
        QCOMPARE(p.baseline, 1000.0);
        QVERIFY(p.pace.size() >= 7);
        QCOMPARE(p.pace.last().date, goal.start.addDays(49));
        QCOMPARE(p.pace.last().actual, 500.0);
        QCOMPARE(p.pace.last().planned, 500.0);
        // After the deadline: met or missed.
        QCOMPARE(GoalProgress::compute(engine, goal, goal.deadline).status, GoalStatus::Met);
        QCOMPARE(GoalProgress::compute(engine, sessionsGoal(1200), goal.deadline).status, GoalStatus::Missed);
        QCOMPARE(GoalProgress::compute(engine, goal, goal.start.addDays(-1)).status, GoalStatus::NotStarted);
    }

    void levelGoalsForecastFromTheTrend()
    {
        // Paid Search's share of sessions climbs from 2/3 to 3/4 in July: a level KPI against a level target.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        KpiEngine engine(ws.workspace());
        Goal g;
        g.kpi = QStringLiteral("organic_share");
        g.start = QDate(2025, 4, 1);
        g.deadline = QDate(2025, 9, 30);
        g.cadence = Cadence::Monthly;
        g.baseline = 1.0 / 3; // Email's 10 of 30
        g.target = 0.25;
        const GoalProgress p = GoalProgress::compute(engine, g, QDate(2025, 8, 31));
        // Monthly levels: April–June 1/3, July and August 1/4; the least-squares line reaches below 1/4 by
        // September.
        QVERIFY(p.forecast);
        QVERIFY(*p.forecast < 0.25);
        QVERIFY(p.progress);
    }

    void levelGoalsMeasureOnePeriodLengthAndOneAsOfDate()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("customers.csv"), churningCustomers());
        ws.importOk(QStringLiteral("sessions.csv"), sessionsUntil(QDate(2026, 10, 31)));
        KpiEngine engine(ws.workspace());
        // The churn of the whole six months is 20%, but the goal is quarterly: its baseline is the mean of Q3 and
        // Q4 2025, 10% each.
        QCOMPARE(engine.compute({QDate(2025, 7, 1), QDate(2025, 12, 31), {}, {}}).value(u"churn_rate"), 0.2);
        const Goal goal = churnGoal();
        QCOMPARE(GoalProgress::computedBaseline(engine, goal), 0.1);

        // Asked for the end of the year, the goal is measured up to the last day with data, 31 Oct 2026.
        const GoalProgress p = GoalProgress::compute(engine, goal, QDate(2026, 12, 31));
        QCOMPARE(p.asOf, QDate(2026, 10, 31));
        // Now: the latest whole quarter, Q3 2026 (6%), not the churn of ten months (18%).
        QCOMPARE(p.measuredTo, QDate(2026, 9, 30));
        QCOMPARE(p.current, 0.06);
        // (10% − 6%) ÷ (10% − 5%) = 80% done, against three of the four quarters elapsed by 30 Sep.
        QVERIFY(p.progress && qFuzzyCompare(*p.progress, 0.8));
        QCOMPARE(p.expected, 0.75);
        // Three quarters at 6%: the trend stays at 6% by Q4, above the 5% target. The pace alone (0.8 ÷ 0.75)
        // would say on track; with the forecast missing the target it is at risk.
        QVERIFY(p.forecast && qFuzzyCompare(*p.forecast, 0.06));
        QCOMPARE(GoalProgress::statusId(p.status), QStringLiteral("at_risk"));

        // Before its first whole quarter a level goal is shown but not judged.
        const GoalProgress early = GoalProgress::compute(engine, goal, QDate(2026, 2, 20));
        QCOMPARE(early.status, GoalStatus::TooEarly);
        QVERIFY(!early.forecast);
    }

    void goalListAndReviewAgree()
    {
        // The window's goal list and the review measure a goal with the same function up to the same as-of date,
        // and the report prints that date.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("customers.csv"), churningCustomers());
        ws.importOk(QStringLiteral("sessions.csv"), sessionsUntil(QDate(2026, 10, 31)));
        GoalStore store(ws.workspace());
        QString error;
        QVERIFY2(store.save(churnGoal(), &error) > 0, qPrintable(error));
        Goal sessions = sessionsGoal(6000);
        sessions.start = QDate(2026, 1, 1);
        sessions.deadline = QDate(2026, 12, 31);
        sessions.baselineFrom = QDate(2025, 1, 1);
        sessions.baselineTo = QDate(2025, 12, 31);
        QVERIFY2(store.save(sessions, &error) > 0, qPrintable(error));

        // The window measures up to the last day with data (the main window's context); the review covers Q4.
        KpiEngine engine(ws.workspace());
        const QDate last = engine.dataRange().second;
        QCOMPARE(last, QDate(2026, 10, 31));
        const auto listed = GoalProgress::measureAll(ws.workspace(), last);
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2026, 10, 1), QDate(2026, 12, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("Q4"));
        QCOMPARE(review[QStringLiteral("goals_as_of")].toString(), QStringLiteral("2026-10-31"));
        const QJsonArray goals = review[QStringLiteral("goals")].toArray();
        QCOMPARE(goals.size(), listed.size());
        QCOMPARE(listed.size(), 2);
        const auto same = [](const QJsonValue &json, std::optional<double> value) {
            return value ? json.isDouble() && qFuzzyCompare(json.toDouble() + 1, *value + 1) : json.isNull();
        };
        for (int i = 0; i < goals.size(); ++i) {
            const QJsonObject g = goals.at(i).toObject();
            const GoalProgress &p = listed.at(i).second;
            QCOMPARE(g[QStringLiteral("name")].toString(), listed.at(i).first.name);
            QCOMPARE(g[QStringLiteral("as_of")].toString(), p.asOf.toString(Qt::ISODate));
            QVERIFY(same(g[QStringLiteral("current")], p.current));
            QVERIFY(same(g[QStringLiteral("baseline")], p.baseline));
            QVERIFY(same(g[QStringLiteral("progress")], p.progress));
            QVERIFY(same(g[QStringLiteral("forecast")], p.forecast));
            QCOMPARE(g[QStringLiteral("expected")].toDouble(), p.expected);
            QCOMPARE(g[QStringLiteral("status")].toString(), GoalProgress::statusId(p.status));
        }
        // Email sessions: 10 a day for the 304 days to 31 Oct = 3040 of 6000, forecast 3650.
        QCOMPARE(goals.at(0)[QStringLiteral("current")].toDouble(), 3040.0);
        QCOMPARE(goals.at(0)[QStringLiteral("forecast")].toDouble(), 3650.0);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("q4.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(review, pdf, options), QString());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(printed.contains(QStringLiteral("as of Oct 31, 2026")), qPrintable(printed.left(1500)));
    }

    void tinySamplesAreFlaggedAndNeverRanked()
    {
        // Email: 40 answers in June (all 10: NPS 100), 40 in July (30 tens, 10 zeros: NPS 50). Events: 3 answers in
        // June (10, 10, 10: NPS 100) and 3 in July (10, 10, 0: NPS 33) — a drop from 3 answers is no finding.
        QByteArray csv = "response_date,score,respondent_id,comment,channel,campaign\n";
        for (int i = 0; i < 40; ++i) {
            csv += "2025-06-10,10,,,Email,\n";
            csv += QByteArray("2025-07-10,") + (i < 30 ? "10" : "0") + ",,,Email,\n";
        }
        csv += "2025-06-12,10,,,Events,\n2025-06-12,10,,,Events,\n2025-06-12,10,,,Events,\n";
        csv += "2025-07-12,10,,,Events,\n2025-07-12,10,,,Events,\n2025-07-12,0,,,Events,\n";
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        ws.importOk(QStringLiteral("surveys.csv"), csv);
        KpiEngine engine(ws.workspace());
        const int nps = KpiCatalog::indexOf(u"nps");
        const KpiValues events =
            engine.compute({QDate(2025, 7, 1), QDate(2025, 7, 31), {QStringLiteral("Events")}, {}});
        QVERIFY(qFuzzyCompare(*events.values.at(nps), 100.0 / 3)); // (2 − 1) ÷ 3 × 100
        const KpiCaveat caveat = KpiCaveat::of(nps, events, QDate(2025, 7, 31), {});
        QCOMPARE(caveat.kind, KpiCaveat::Kind::SmallSample);
        QCOMPARE(caveat.text(), QStringLiteral("small sample: 3 answers"));
        // 40 answers are enough.
        QVERIFY(KpiCaveat::of(nps,
                              engine.compute({QDate(2025, 7, 1), QDate(2025, 7, 31), {QStringLiteral("Email")}, {}}),
                              QDate(2025, 7, 31), {})
                    .judged());

        GoalStore store(ws.workspace());
        Goal g;
        g.name = QStringLiteral("Happy customers");
        g.kpi = QStringLiteral("nps");
        g.baseline = 100;
        g.target = 100;
        g.start = QDate(2025, 6, 1);
        g.deadline = QDate(2025, 12, 31);
        g.cadence = Cadence::Monthly;
        QString error;
        QVERIFY2(store.save(g, &error) > 0, qPrintable(error));
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("July"));
        const QJsonObject contributors =
            review[QStringLiteral("analysis")][QStringLiteral("contributors")].toArray().first().toObject();
        // Held back most: the Email channel (100 → 50) and the answers without a campaign (all 43), never Events;
        // Events is listed as not ranked, with its reason.
        QStringList heldBack;
        for (const QJsonValue &m : contributors[QStringLiteral("bottom")].toArray()) {
            heldBack.append(m[QStringLiteral("name")].toString());
        }
        QVERIFY2(heldBack.contains(QStringLiteral("Email")), qPrintable(heldBack.join(u',')));
        QVERIFY(!heldBack.contains(QStringLiteral("Events")));
        QCOMPARE(contributors[QStringLiteral("top")].toArray().size(), 0);
        const QJsonArray notRanked = contributors[QStringLiteral("not_ranked")].toArray();
        QCOMPARE(notRanked.size(), 1);
        QCOMPARE(notRanked.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Events"));
        QCOMPARE(notRanked.at(0)[QStringLiteral("caveat")][QStringLiteral("sample")].toDouble(), 3.0);

        // A review of Events alone flags its NPS in the KPI list, now and before.
        const QJsonObject eventsReview =
            SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 31), {QStringLiteral("Events")}, {}},
                               Comparison::PreviousPeriod, QStringLiteral("Events"));
        for (const QJsonValue &k : eventsReview[QStringLiteral("kpis")].toArray()) {
            if (k[QStringLiteral("id")].toString() == u"nps") {
                QCOMPARE(k[QStringLiteral("caveat")][QStringLiteral("kind")].toString(),
                         QStringLiteral("small_sample"));
                QCOMPARE(k[QStringLiteral("previous_caveat")][QStringLiteral("sample")].toDouble(), 3.0);
            }
        }
    }

    void recentCohortRatesAreStillMaturing()
    {
        // Lead → customer needs 180 days, the cohort table's customer window. With data up to 31 Oct 2025, the
        // leads of October have not had them: their rate (1 of 4, 25%) is still maturing; those of March 2025 have.
        QByteArray leads = "lead_id,created_date,channel,campaign,mql_date,sal_date,sql_date,opportunity_date,"
                           "customer_date,lead_score\n";
        leads += "L1,2025-10-02,Email,,,,,,2025-10-20,\nL2,2025-10-03,Email,,,,,,,\n"
                 "L3,2025-10-04,Email,,,,,,,\nL4,2025-10-05,Email,,,,,,,\n";
        leads += "M1,2025-03-02,Email,,,,,,2025-04-20,\nM2,2025-03-03,Email,,,,,,,\n";
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions().left(steadySessions().indexOf("2025-11-01")));
        ws.importOk(QStringLiteral("leads.csv"), leads);
        QCOMPARE(Cohorts::lastDay(ws.workspace()), QDate(2025, 10, 31));
        QCOMPARE(Cohorts::maturationDays(u"lead_to_customer_rate"), 180);
        KpiEngine engine(ws.workspace());
        const int kpi = KpiCatalog::indexOf(u"lead_to_customer_rate");
        const KpiValues october = engine.compute({QDate(2025, 10, 1), QDate(2025, 10, 31), {}, {}});
        QCOMPARE(october.values.at(kpi), 0.25);
        const KpiCaveat maturing = KpiCaveat::of(kpi, october, QDate(2025, 10, 31), Cohorts::lastDay(ws.workspace()));
        QCOMPARE(maturing.kind, KpiCaveat::Kind::Maturing);
        QCOMPARE(maturing.text(), QStringLiteral("still maturing: its leads need 180 days"));
        // 31 Mar + 180 days = 27 Sep, before 31 Oct: matured (only small: 2 leads).
        const KpiCaveat march = KpiCaveat::of(kpi, engine.compute({QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}}),
                                              QDate(2025, 3, 31), Cohorts::lastDay(ws.workspace()));
        QCOMPARE(march.kind, KpiCaveat::Kind::SmallSample);
        // The cohort table says the same of October's customer column.
        const auto cohorts = Cohorts(ws.workspace()).compute(QDate(2025, 10, 1), QDate(2025, 10, 31), Breakdown::Month);
        QVERIFY(!cohorts.first().matured[3]);

        // The review flags it and does not judge the drop.
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 10, 1), QDate(2025, 10, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("October"));
        bool seen = false;
        for (const QJsonValue &k : review[QStringLiteral("kpis")].toArray()) {
            if (k[QStringLiteral("id")].toString() == u"lead_to_customer_rate") {
                QCOMPARE(k[QStringLiteral("caveat")][QStringLiteral("kind")].toString(), QStringLiteral("maturing"));
                QCOMPARE(k[QStringLiteral("caveat")][QStringLiteral("days")].toInt(), 180);
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    void smartCheck()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        KpiEngine engine(ws.workspace());
        const QDate from(2025, 1, 1);
        const QDate to(2025, 12, 31);
        const auto line = [](const SmartCheck::Result &r, QChar letter) {
            for (const auto &l : r.lines) {
                if (l.letter == letter) {
                    return l;
                }
            }
            return SmartCheck::Line{letter, SmartCheck::Verdict::Fail, QString()};
        };

        Goal g = sessionsGoal(1100);
        SmartCheck::Result r = SmartCheck::check(engine, g, from, to);
        QCOMPARE(line(r, u'S').verdict, SmartCheck::Verdict::Pass);
        QVERIFY(line(r, u'S').text.contains(QStringLiteral("Email")));
        QCOMPARE(line(r, u'M').verdict, SmartCheck::Verdict::Pass);
        QCOMPARE(line(r, u'T').verdict, SmartCheck::Verdict::Pass);
        // Sessions are an awareness KPI: relevant, with a warning.
        QCOMPARE(line(r, u'R').verdict, SmartCheck::Verdict::Warning);
        // +10% in 100 days; Email never changed between 100-day windows: unrealistic.
        QCOMPARE(*r.requiredChange, 0.1);
        QCOMPARE(r.achievability, SmartCheck::Achievability::Unrealistic);
        QVERIFY(line(r, u'A').text.contains(QStringLiteral("+10% in 100 days")));
        QVERIFY(r.passes());

        g.channels = {QStringLiteral("No such channel")};
        r = SmartCheck::check(engine, g, from, to);
        QCOMPARE(line(r, u'M').verdict, SmartCheck::Verdict::Fail);
        g = sessionsGoal(1100);
        g.kpi.clear();
        QCOMPARE(line(SmartCheck::check(engine, g, from, to), u'S').verdict, SmartCheck::Verdict::Fail);
        g = sessionsGoal(1100);
        g.objective.clear();
        QCOMPARE(line(SmartCheck::check(engine, g, from, to), u'R').verdict, SmartCheck::Verdict::Fail);
        g = sessionsGoal(1100);
        g.deadline = g.start.addDays(-1);
        r = SmartCheck::check(engine, g, from, to);
        QCOMPARE(line(r, u'T').verdict, SmartCheck::Verdict::Fail);
        QVERIFY(!r.passes());
    }

    void achievabilityAgainstHistory_data()
    {
        QTest::addColumn<double>("required");
        QTest::addColumn<int>("expected");
        // History of changes: +5%, +10%, +20% (upper quartile +10%, best +20%).
        QTest::addRow("within the usual: realistic") << 0.08 << int(SmartCheck::Achievability::Realistic);
        QTest::addRow("beyond the usual, within the best: stretch") << 0.15 << int(SmartCheck::Achievability::Stretch);
        QTest::addRow("beyond the best: unrealistic") << 0.30 << int(SmartCheck::Achievability::Unrealistic);
        QTest::addRow("a decline is always realistic") << -0.05 << int(SmartCheck::Achievability::Realistic);
    }

    void achievabilityAgainstHistory()
    {
        QFETCH(double, required);
        QFETCH(int, expected);
        QCOMPARE(int(SmartCheck::classify(required, {0.10, 0.05, 0.20})), expected);
        QCOMPARE(SmartCheck::classify(required, {}), SmartCheck::Achievability::Unknown);
    }

    void reviewRanksContributors()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        GoalStore store(ws.workspace());
        Goal g = sessionsGoal(1000);
        g.channels.clear();
        g.start = QDate(2025, 7, 1);
        g.deadline = QDate(2025, 7, 31);
        g.baseline = 900;
        QString error;
        QVERIFY2(store.save(g, &error) > 0, qPrintable(error));
        // July against June, the calendar month before (not the 31 days before): Paid Search 31 × 30 = 930 against
        // 30 × 20 = 600, Email 310 against 300.
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("July"));
        const QJsonObject contributors =
            review[QStringLiteral("analysis")][QStringLiteral("contributors")].toArray().first().toObject();
        const QJsonArray top = contributors[QStringLiteral("top")].toArray();
        QVERIFY(top.size() >= 2);
        QCOMPARE(top.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Paid Search"));
        QCOMPARE(top.at(0)[QStringLiteral("change")].toDouble(), 930.0 - 600.0);
        QCOMPARE(review[QStringLiteral("previous_from")].toString(), QStringLiteral("2025-06-01"));
        QCOMPARE(review[QStringLiteral("previous_to")].toString(), QStringLiteral("2025-06-30"));
        QCOMPARE(contributors[QStringLiteral("bottom")].toArray().size(), 0);
        const QJsonObject goal = review[QStringLiteral("goals")].toArray().first().toObject();
        QCOMPARE(goal[QStringLiteral("current")].toDouble(), 1240.0);
        QCOMPARE(goal[QStringLiteral("status")].toString(), QStringLiteral("met"));
    }

    void reviewMarksPartialBuckets()
    {
        // A review of 1 – 9 July 2025 (a Wednesday): the Email goal's weekly trend ends in the week of Monday 7
        // July, of which the review has Monday to Wednesday: 3 of 7 days, 30 sessions (10 a day), not scaled to 70.
        // The goal starts on Saturday 1 March, so its first pace week (Monday 24 February – Sunday 2 March) has 2
        // of 7.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        GoalStore store(ws.workspace());
        QString error;
        QVERIFY2(store.save(sessionsGoal(1000), &error) > 0, qPrintable(error));
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 9), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("Early July"));
        const QJsonObject trend =
            review[QStringLiteral("analysis")][QStringLiteral("trends")].toArray().first().toObject();
        QCOMPARE(trend[QStringLiteral("cadence")].toString(), QStringLiteral("weekly"));
        const QJsonArray series = trend[QStringLiteral("series")].toArray();
        const QJsonObject last = series.last().toObject();
        QCOMPARE(last[QStringLiteral("from")].toString(), QStringLiteral("2025-07-07"));
        QCOMPARE(last[QStringLiteral("to")].toString(), QStringLiteral("2025-07-09"));
        QCOMPARE(last[QStringLiteral("days")].toInt(), 7);
        QCOMPARE(last[QStringLiteral("covered_days")].toInt(), 3);
        QCOMPARE(last[QStringLiteral("partial")].toBool(), true);
        QCOMPARE(last[QStringLiteral("value")].toDouble(), 30.0);
        const QJsonObject before = series.at(series.size() - 2).toObject();
        QCOMPARE(before[QStringLiteral("covered_days")].toInt(), 7);
        QCOMPARE(before[QStringLiteral("partial")].toBool(), false);
        QCOMPARE(before[QStringLiteral("value")].toDouble(), 70.0);

        const QJsonArray pace = review[QStringLiteral("goals")].toArray().first()[QStringLiteral("pace")].toArray();
        QCOMPARE(pace.first()[QStringLiteral("date")].toString(), QStringLiteral("2025-03-02"));
        QCOMPARE(pace.first()[QStringLiteral("covered_days")].toInt(), 2);
        QCOMPARE(pace.first()[QStringLiteral("partial")].toBool(), true);
        QCOMPARE(pace.at(1)[QStringLiteral("partial")].toBool(), false);
    }

    void whatMovedStaysInTheGoalsScope()
    {
        // An Email goal is moved by Email and its campaigns only: Paid Search grew 600 → 930 sessions from June to
        // July meanwhile, but it is no contributor to an Email goal. Email and its News campaign grew 300 → 310.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        GoalStore store(ws.workspace());
        Goal g = sessionsGoal(400);
        g.start = QDate(2025, 7, 1);
        g.deadline = QDate(2025, 7, 31);
        QString error;
        QVERIFY2(store.save(g, &error) > 0, qPrintable(error));
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("July"));
        const QJsonObject contributors =
            review[QStringLiteral("analysis")][QStringLiteral("contributors")].toArray().first().toObject();
        QStringList names;
        for (const QJsonValue &m : contributors[QStringLiteral("top")].toArray()) {
            names.append(m[QStringLiteral("name")].toString());
            QCOMPARE(m[QStringLiteral("change")].toDouble(), 10.0);
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Email"), QStringLiteral("News")}));
        QCOMPARE(contributors[QStringLiteral("bottom")].toArray().size(), 0);
    }

    void decisionsBelongToTheirReview()
    {
        // A decision recorded in a review shows in that review (window and PDF), after the open actions it carried
        // over from earlier reviews, not only in the next review.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        GoalStore store(ws.workspace());
        const Scope july{QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}};
        SavedReview first{-1, QStringLiteral("June"), QDate(2025, 6, 1), QDate(2025, 6, 30), {}, {}};
        first.content =
            SmartReview::build(ws.workspace(), {first.from, first.to, {}, {}}, Comparison::PreviousPeriod, first.title);
        const qint64 firstId = store.saveReview(first);
        QVERIFY(firstId > 0);
        QVERIFY(store.saveAction(
                    decision(firstId, QStringLiteral("Pause Display"), QStringLiteral("Ana"), QDate(2025, 8, 15))) > 0);
        SavedReview second{-1, QStringLiteral("July"), july.from, july.to, {}, {}};
        second.content = SmartReview::build(ws.workspace(), july, Comparison::PreviousPeriod, second.title);
        const qint64 secondId = store.saveReview(second);
        QVERIFY(store.saveAction(decision(secondId, QStringLiteral("Double the Email budget"), QStringLiteral("Jan"),
                                          QDate(2025, 9, 30))) > 0);

        const auto decisionsOf = [&](qint64 id) {
            QStringList texts;
            for (const QJsonValue &d :
                 store.review(id)->content[QStringLiteral("actions")][QStringLiteral("decisions")].toArray()) {
                texts.append(d[QStringLiteral("text")].toString());
            }
            return texts;
        };
        QCOMPARE(decisionsOf(firstId), QStringList{QStringLiteral("Pause Display")});
        // The second carried the first's open decision, then its own.
        QCOMPARE(decisionsOf(secondId),
                 (QStringList{QStringLiteral("Pause Display"), QStringLiteral("Double the Email budget")}));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("july.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(store.review(secondId)->content, pdf, options), QString());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("Double the Email budget")), qPrintable(printed.right(600)));
        QVERIFY(printed.contains(QStringLiteral("Pause Display")));
        QVERIFY(printed.contains(QStringLiteral("9/30/25")) || printed.contains(QStringLiteral("Sep 30, 2025")));
    }
    void reviewComparesCalendarPeriods()
    {
        // A calendar quarter, month or year is compared with the one before it; any other period with the same
        // number of days just before it.
        const auto compared = [](QDate from, QDate to) {
            const Scope s = SmartReview::comparedPeriod({from, to, {}, {}}, Comparison::PreviousPeriod);
            return std::pair{s.from, s.to};
        };
        QCOMPARE(compared(QDate(2025, 7, 1), QDate(2025, 9, 30)), std::pair(QDate(2025, 4, 1), QDate(2025, 6, 30)));
        QCOMPARE(compared(QDate(2025, 1, 1), QDate(2025, 3, 31)), std::pair(QDate(2024, 10, 1), QDate(2024, 12, 31)));
        QCOMPARE(compared(QDate(2024, 3, 1), QDate(2024, 3, 31)), std::pair(QDate(2024, 2, 1), QDate(2024, 2, 29)));
        QCOMPARE(compared(QDate(2025, 1, 1), QDate(2025, 12, 31)), std::pair(QDate(2024, 1, 1), QDate(2024, 12, 31)));
        // 46 days (1 July – 15 August): the 46 days before.
        QCOMPARE(compared(QDate(2025, 7, 1), QDate(2025, 8, 15)), std::pair(QDate(2025, 5, 16), QDate(2025, 6, 30)));
        // Two months that are not a quarter: the same length shift, 59 days.
        QCOMPARE(compared(QDate(2025, 2, 1), QDate(2025, 3, 31)), std::pair(QDate(2024, 12, 4), QDate(2025, 1, 31)));

        // The Q3 review's numbers are those of exactly 1 April – 30 June: sessions 91 days × (10 + 20) = 2730 (the
        // 92 days from 31 March would add 30), against Q3's 92 × (10 + 30) = 3680.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 9, 30), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("Q3"));
        QCOMPARE(review[QStringLiteral("previous_from")].toString(), QStringLiteral("2025-04-01"));
        QCOMPARE(review[QStringLiteral("previous_to")].toString(), QStringLiteral("2025-06-30"));
        bool found = false;
        for (const QJsonValue &k : review[QStringLiteral("kpis")].toArray()) {
            if (k[QStringLiteral("id")].toString() == u"sessions") {
                QCOMPARE(k[QStringLiteral("value")].toDouble(), 3680.0);
                QCOMPARE(k[QStringLiteral("previous")].toDouble(), 2730.0);
                found = true;
            }
        }
        QVERIFY(found);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("q3.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(review, pdf, options), QString());
        const QString printed = pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QStringLiteral("Compared with Apr 1, 2025 – Jun 30, 2025.")),
                 qPrintable(printed.left(600)));
        QVERIFY(printed.contains(QStringLiteral("Jul 1, 2025 – Sep 30, 2025")));
        QVERIFY(!printed.contains(QStringLiteral("Mar 31")));
        // No reference to the window's tabs in a PDF.
        QVERIFY(!printed.contains(
            QRegularExpression(QStringLiteral("\\btabs?\\b"), QRegularExpression::CaseInsensitiveOption)));
    }

    void mediumDates()
    {
        QCOMPARE(Language::mediumDate(QDate(2025, 9, 30), QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("Sep 30, 2025"));
        QCOMPARE(Language::mediumDate(QDate(2025, 9, 30), QLocale(QLocale::Polish, QLocale::Poland)),
                 QStringLiteral("30 wrz 2025"));
        QCOMPARE(Language::mediumDate(QDate(2025, 9, 30), QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("2025年9月30日"));
        QCOMPARE(Language::mediumDate(QDate(), QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("—"));
    }

    void anomaliesBelongToTheReviewPeriod()
    {
        // Email sessions are 70 a week, with a spike of 1000 more on 11 June and on 16 July. A July review lists
        // the week of 14 July as its anomaly and the week of 9 June only as context from before its period.
        TestWorkspace ws;
        QByteArray csv = "date,channel,campaign,sessions\n";
        for (QDate d(2025, 1, 1); d <= QDate(2025, 12, 31); d = d.addDays(1)) {
            const bool spike = d == QDate(2025, 6, 11) || d == QDate(2025, 7, 16);
            csv += d.toString(Qt::ISODate).toLatin1() + ",Email,News," + (spike ? "1010" : "10") + "\n";
        }
        ws.importOk(QStringLiteral("s.csv"), csv);
        GoalStore store(ws.workspace());
        Goal g = sessionsGoal(1000);
        g.start = QDate(2025, 7, 1);
        g.deadline = QDate(2025, 7, 31);
        QString error;
        QVERIFY2(store.save(g, &error) > 0, qPrintable(error));
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("July"));
        const QJsonArray anomalies =
            review[QStringLiteral("analysis")][QStringLiteral("trends")][0][QStringLiteral("anomalies")].toArray();
        QCOMPARE(anomalies.size(), 2);
        QCOMPARE(anomalies.at(0)[QStringLiteral("period")].toString(), QStringLiteral("2025-06-09"));
        QCOMPARE(anomalies.at(0)[QStringLiteral("in_period")].toBool(), false);
        QCOMPARE(anomalies.at(1)[QStringLiteral("period")].toString(), QStringLiteral("2025-07-14"));
        QCOMPARE(anomalies.at(1)[QStringLiteral("in_period")].toBool(), true);
        QCOMPARE(anomalies.at(1)[QStringLiteral("value")].toDouble(), 1070.0);

        // A week counts for the period when at least half its days are in it.
        QVERIFY(SmartReview::inPeriod(QDate(2025, 6, 30), QDate(2025, 7, 6), QDate(2025, 7, 1), QDate(2025, 7, 31)));
        QVERIFY(!SmartReview::inPeriod(QDate(2025, 7, 28), QDate(2025, 8, 3), QDate(2025, 8, 1), QDate(2025, 8, 31)));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("july.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(review, pdf, options), QString());
        const QString printed = pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QStringLiteral("Anomalies in this review's period (circled): the period from Jul "
                                                 "14, 2025")),
                 qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("For context, earlier anomalies")));
        QVERIFY(printed.contains(QStringLiteral("the period from Jun 9, 2025")));
    }

    void spendIsNeutral()
    {
        // Paid Search spent 100 a day in June and 50 in July, LinkedIn 10 and then 20: less spend is not "helped
        // most" by itself. With no baseline the goal does not say which way is better, so both are listed as moved,
        // the larger move first; a target below the baseline makes lower better.
        QCOMPARE(SmartReview::betterDirection(QStringLiteral("media_cost"), std::nullopt, 1000), 0);
        QCOMPARE(SmartReview::betterDirection(QStringLiteral("media_cost"), 2000.0, 1000), -1);
        QCOMPARE(SmartReview::betterDirection(QStringLiteral("total_cost"), 1000.0, 2000), 1);
        QCOMPARE(SmartReview::betterDirection(QStringLiteral("cpl"), std::nullopt, 10), -1);
        QCOMPARE(SmartReview::betterDirection(QStringLiteral("leads"), std::nullopt, 10), 1);

        TestWorkspace ws;
        QByteArray csv = "date,channel,campaign,cost\n";
        for (QDate d(2025, 6, 1); d <= QDate(2025, 7, 31); d = d.addDays(1)) {
            const QByteArray day = d.toString(Qt::ISODate).toLatin1();
            csv += day + ",Paid Search,Brand," + (d.month() == 6 ? "100" : "50") + "\n";
            csv += day + ",LinkedIn,Launch," + (d.month() == 6 ? "10" : "20") + "\n";
        }
        ws.importOk(QStringLiteral("c.csv"), csv);
        GoalStore store(ws.workspace());
        Goal g = sessionsGoal(3000);
        g.name = QStringLiteral("Spend");
        g.kpi = QStringLiteral("media_cost");
        g.channels.clear();
        g.baselineFrom = QDate();
        g.baselineTo = QDate();
        g.start = QDate(2025, 7, 1);
        g.deadline = QDate(2025, 7, 31);
        QString error;
        QVERIFY2(store.save(g, &error) > 0, qPrintable(error));
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("July"));
        const QJsonObject c = review[QStringLiteral("analysis")][QStringLiteral("contributors")][0].toObject();
        QCOMPARE(c[QStringLiteral("top")].toArray().size(), 0);
        QCOMPARE(c[QStringLiteral("bottom")].toArray().size(), 0);
        const QJsonArray moved = c[QStringLiteral("moved")].toArray();
        QVERIFY(moved.size() >= 2);
        // Paid Search (channel or its Brand campaign): 31 × 50 − 30 × 100 = −1450.
        QCOMPARE(moved.at(0)[QStringLiteral("change")].toDouble(), 31 * 50.0 - 30 * 100.0);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("spend.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(review, pdf, options), QString());
        const QString printed = pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QStringLiteral("Moved most")), qPrintable(printed));
        QVERIFY(!printed.contains(QStringLiteral("Helped most")));
    }

    void savedReviewsKeepFacts()
    {
        // A review saved under the English UI keeps the numbers of its findings, not English sentences: made into a
        // PDF under Polish, the finding is the Polish sentence with Polish decimals.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("b.csv"), risingBounces());
        GoalStore store(ws.workspace());
        QVERIFY(Language::install(QStringLiteral("en")));
        SavedReview saved{-1, QStringLiteral("July"), QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}};
        saved.content =
            SmartReview::build(ws.workspace(), {saved.from, saved.to, {}, {}}, Comparison::PreviousPeriod, saved.title);
        const qint64 id = store.saveReview(saved);
        QVERIFY(id > 0);
        const QJsonObject content = store.review(id)->content;
        const QJsonArray recommended = content[QStringLiteral("actions")][QStringLiteral("recommended")].toArray();
        QCOMPARE(recommended.size(), 1);
        const QJsonObject r = recommended.first().toObject();
        QCOMPARE(r[QStringLiteral("rule")].toString(), QStringLiteral("bounce_rising"));
        QVERIFY(!r.contains(QStringLiteral("finding")));
        QCOMPARE(r[QStringLiteral("facts")][QStringLiteral("values")][QStringLiteral("bounce_rate")]
                  [QStringLiteral("before")]
                      .toDouble(),
                 0.4);
        QCOMPARE(SmartReview::findingText(r, KpiFormat(QLocale(QLocale::English, QLocale::UnitedStates))),
                 QStringLiteral("Bounce rate rose 25% (40.0% → 50.0%)."));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("lipiec.pdf"));
        QVERIFY(Language::install(QStringLiteral("pl")));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::Polish, QLocale::Poland);
        const QString written = ReportWriter::write(content, pdf, options);
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(written, QString());
        const QString printed = pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QStringLiteral("Współczynnik odrzuceń wzrósł o 25% (40,0% → 50,0%).")),
                 qPrintable(printed));
        QVERIFY(!printed.contains(QStringLiteral("Bounce rate rose")));
        QVERIFY(!printed.contains(QStringLiteral("Check the landing pages")));
    }

    void reviewsOfOlderVersionsKeepTheirSentences()
    {
        // A review saved before reviews kept facts stored its sentences: they print as they were.
        TestWorkspace ws;
        GoalStore store(ws.workspace());
        SavedReview old{-1, QStringLiteral("Old July"), QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}};
        old.content = QJsonDocument::fromJson(R"({
            "title": "Old July", "from": "2025-07-01", "to": "2025-07-31",
            "previous_from": "2025-05-31", "previous_to": "2025-06-30", "currency": "EUR",
            "actions": {"recommended": [{"rule": "bounce_rising", "channel": "",
                                         "finding": "Bounce rate rose 25% (40.0% → 50.0%).",
                                         "action": "Check the landing pages, as we said then."}],
                        "decisions": []}})")
                          .object();
        const qint64 id = store.saveReview(old);
        QVERIFY(id > 0);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("old.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(ReportWriter::write(store.review(id)->content, pdf, options), QString());
        const QString printed = pdfText(pdf).simplified();
        QVERIFY2(printed.contains(QStringLiteral("Bounce rate rose 25% (40.0% → 50.0%).")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Check the landing pages, as we said then.")));
    }

    void recommendedActionsAreNotRepeated()
    {
        // Cost per lead doubled on two channels (5 → 10 on 20 leads each, January → February): the rule fires on
        // both with the same advice, so the review recommends it once, with both findings and both channels.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("cpl.csv"), "date,channel,campaign,cost,leads\n"
                                               "2025-01-10,Paid Search,Brand,100,20\n"
                                               "2025-01-10,Paid Social,Launch,100,20\n"
                                               "2025-02-10,Paid Search,Brand,200,20\n"
                                               "2025-02-10,Paid Social,Launch,200,20\n");
        const QJsonObject doc = SmartReview::build(ws.workspace(), {QDate(2025, 2, 1), QDate(2025, 2, 28), {}, {}},
                                                   Comparison::PreviousPeriod, QStringLiteral("February"));
        const QJsonArray recommended = doc[QStringLiteral("actions")][QStringLiteral("recommended")].toArray();
        int cpl = 0;
        QStringList actions;
        for (const QJsonValue &r : recommended) {
            QVERIFY2(!actions.contains(r[QStringLiteral("action")].toString()), "an action recommended twice");
            actions.append(r[QStringLiteral("action")].toString());
            if (r[QStringLiteral("rule")].toString() == u"cpl_rising_channel") {
                ++cpl;
                QCOMPARE(r[QStringLiteral("channels")].toArray(),
                         (QJsonArray{QStringLiteral("Paid Search"), QStringLiteral("Paid Social")}));
                QCOMPARE(r[QStringLiteral("findings")].toArray().size(), 2);
                QCOMPARE(r[QStringLiteral("id")].toString(), QStringLiteral("cpl_rising_channel/Paid Search"));
            }
        }
        QCOMPARE(cpl, 1);
    }

    void decisionStatusLinksAndAnnotations()
    {
        // A decision keeps its status and its goal; an open one due before a later review's last day is overdue
        // there, a dropped one is not carried over; annotations of the period (3–5 July) are in the review, one
        // of June is not.
        TestWorkspace ws;
        ws.importOk(QStringLiteral("s.csv"), steadySessions());
        GoalStore store(ws.workspace());
        Goal goal;
        goal.name = QStringLiteral("Sessions");
        goal.kpi = QStringLiteral("sessions");
        goal.target = 1000;
        goal.start = QDate(2025, 7, 1);
        goal.deadline = QDate(2025, 9, 30);
        const qint64 goalId = store.save(goal);
        QVERIFY(goalId > 0);
        SavedReview june{-1, QStringLiteral("June"), QDate(2025, 6, 1), QDate(2025, 6, 30), {}, {}};
        june.content =
            SmartReview::build(ws.workspace(), {june.from, june.to, {}, {}}, Comparison::PreviousPeriod, june.title);
        const qint64 juneId = store.saveReview(june);
        Action open = decision(juneId, QStringLiteral("Refresh the ads"), QStringLiteral("Ana"), QDate(2025, 7, 10));
        open.goalId = goalId;
        QVERIFY(store.saveAction(open) > 0);
        Action dropped = decision(juneId, QStringLiteral("Try TikTok"), QString(), QDate(2025, 7, 10));
        dropped.status = Action::Status::Dropped;
        const qint64 droppedId = store.saveAction(dropped);
        QVERIFY(droppedId > 0);
        QCOMPARE(store.action(droppedId)->status, Action::Status::Dropped);
        QVERIFY(store.action(droppedId)->done); // no longer open
        QVERIFY(store.saveAnnotation({-1, QDate(2025, 7, 3), QDate(2025, 7, 5), QStringLiteral("Tracking broken"),
                                      QStringLiteral("Organic Search")}) > 0);
        QVERIFY(store.saveAnnotation({-1, QDate(2025, 6, 12), QDate(2025, 6, 12), QStringLiteral("Price change"), {}}) >
                0);
        QString error;
        QCOMPARE(store.saveAnnotation({-1, QDate(2025, 7, 5), QDate(2025, 7, 3), QStringLiteral("x"), {}}, &error), -1);
        QVERIFY(!error.isEmpty());

        const QJsonObject july = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}},
                                                    Comparison::PreviousPeriod, QStringLiteral("July"));
        const QJsonArray decisions = july[QStringLiteral("actions")][QStringLiteral("decisions")].toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.at(0)[QStringLiteral("text")].toString(), QStringLiteral("Refresh the ads"));
        QCOMPARE(decisions.at(0)[QStringLiteral("overdue")].toBool(), true);
        QCOMPARE(decisions.at(0)[QStringLiteral("goal")].toString(), QStringLiteral("Sessions"));
        QCOMPARE(decisions.at(0)[QStringLiteral("goal_id")].toInteger(), goalId);
        // June's own review does not call its decisions overdue.
        for (const QJsonValue &d :
             store.review(juneId)->content[QStringLiteral("actions")][QStringLiteral("decisions")].toArray()) {
            QVERIFY(!d[QStringLiteral("overdue")].toBool());
        }
        QStringList inPeriod;
        for (const QJsonValue &a : july[QStringLiteral("annotations")].toArray()) {
            if (a[QStringLiteral("in_period")].toBool()) {
                inPeriod.append(a[QStringLiteral("text")].toString());
            }
        }
        QCOMPARE(inPeriod, QStringList{QStringLiteral("Tracking broken")});
        QCOMPARE(store.annotations(QDate(2025, 7, 5), QDate(2025, 7, 20)).size(), 1); // overlaps its last day
        QCOMPARE(store.annotations(QDate(2025, 7, 6), QDate(2025, 7, 20)).size(), 0);
    }

    void coverAndChosenSections()
    {
        // A logo kept in the workspace, author and audience on the cover, and two chosen sections with the author's
        // comments: the PDF has exactly those, and none of the sections left out.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
        }
        TestWorkspace ws;
        ws.importOk(QStringLiteral("sessions.csv"), sessionsUntil(QDate(2026, 8, 20)));
        Goal goal = sessionsGoal(6000);
        goal.start = QDate(2026, 1, 1);
        goal.deadline = QDate(2026, 12, 31);
        QString error;
        QVERIFY2(GoalStore(ws.workspace()).save(goal, &error) > 0, qPrintable(error));

        QTemporaryDir dir;
        // A 400 × 100 logo: stored as bytes, so the file can go.
        QImage logo(400, 100, QImage::Format_ARGB32);
        logo.fill(QColor(0x1f, 0x5f, 0xae));
        const QString logoFile = dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(logoFile));
        QCOMPARE(CompanyLogo::store(ws.workspace(), logoFile), QString());
        QVERIFY(QFile::remove(logoFile));
        const QByteArray stored = CompanyLogo::bytes(ws.workspace());
        QCOMPARE(CompanyLogo::format(stored), QStringLiteral("png"));
        QCOMPARE(CompanyLogo::image(stored, 800).size(), QSize(400, 100)); // a raster logo is never enlarged

        SavedReview saved;
        saved.title = QStringLiteral("Q3 board pack");
        saved.from = QDate(2026, 7, 1);
        saved.to = QDate(2026, 9, 30);
        saved.content =
            SmartReview::build(ws.workspace(), {saved.from, saved.to, {}, {}}, Comparison::PreviousPeriod, saved.title);
        GoalStore store(ws.workspace());
        const qint64 id = store.saveReview(saved, &error);
        QVERIFY2(id > 0, qPrintable(error));
        ReportChoices choices;
        choices.author = QStringLiteral("Anna Nowak");
        choices.audience = QStringLiteral("the Board");
        choices.sections = {QStringLiteral("cover"), QStringLiteral("summary"), QStringLiteral("actions")};
        choices.comments.insert(QStringLiteral("summary"),
                                QStringLiteral("Visits run ahead of plan.\n\nThe trade fair in September helped."));
        choices.comments.insert(QStringLiteral("actions"), QStringLiteral("Budget for Q4 is agreed."));
        QCOMPARE(store.savePresentation(id, choices.toJson()), QString());
        // Saved with the review, as given; its numbers untouched.
        const QJsonObject content = store.review(id)->content;
        const ReportChoices read = ReportChoices::ofReview(content);
        QCOMPARE(read.author, choices.author);
        QCOMPARE(read.audience, choices.audience);
        QCOMPARE(read.sections, choices.sections);
        QCOMPARE(read.comments, choices.comments);
        QCOMPARE(content[QStringLiteral("headline")], saved.content[QStringLiteral("headline")]);

        const QString pdf = dir.filePath(QStringLiteral("q3.pdf"));
        ReportWriter::Options options;
        options.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        options.company = QStringLiteral("Acme Analytics");
        options.logo = stored;
        QCOMPARE(ReportWriter::write(content, pdf, options), QString());
        // Names print inside Unicode isolates (Language::isolated): read without them.
        const QString printed = pdfText(pdf).remove(QChar(0x2068)).remove(QChar(0x2069)).simplified();
        for (const QString &expected :
             {QStringLiteral("Acme Analytics"), QStringLiteral("Q3 board pack"),
              QStringLiteral("Prepared by Anna Nowak for the Board"),
              // The last day with data (20 Aug), as the goals are measured: not the period's end.
              QStringLiteral("Data as of Aug 20, 2026"), QStringLiteral("Executive summary"),
              QStringLiteral("Comment from Anna Nowak:"), QStringLiteral("Visits run ahead of plan."),
              QStringLiteral("The trade fair in September helped."), QStringLiteral("T — Take action"),
              QStringLiteral("Budget for Q4 is agreed.")}) {
            QVERIFY2(printed.contains(expected), qPrintable(expected + QStringLiteral(" | ") + printed.left(2000)));
        }
        for (const QString &absent :
             {QStringLiteral("S — Select"), QStringLiteral("M — Measure"), QStringLiteral("A — Analyse"),
              QStringLiteral("R — Review"), QStringLiteral("Appendix"), QStringLiteral("The funnel")}) {
            QVERIFY2(!printed.contains(absent), qPrintable(absent));
        }
        // The comment sits at the top of its section, before the section's own text.
        QVERIFY(printed.indexOf(QStringLiteral("Visits run ahead")) < printed.indexOf(QStringLiteral("Headline KPIs")));
        // The logo is in the PDF as an image of its own pixels.
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("/Subtype /Image"));
        QVERIFY(bytes.contains("/Width 400"));

        // Without a choice every section prints, and no "Prepared by".
        ReportChoices none;
        QCOMPARE(store.savePresentation(id, none.toJson()), QString());
        QCOMPARE(ReportWriter::write(store.review(id)->content, pdf, options), QString());
        const QString all = pdfText(pdf).simplified();
        QVERIFY(all.contains(QStringLiteral("S — Select")));
        QVERIFY(all.contains(QStringLiteral("Appendix")));
        QVERIFY(!all.contains(QStringLiteral("Prepared by")));
    }

    void logoMustBeASmallImage()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("logo.png"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,channel\n2026-01-01,Email\n"); // a CSV named .png
        f.close();
        QByteArray bytes;
        QString error = CompanyLogo::read(text, &bytes);
        QVERIFY2(error.contains(QStringLiteral("is not an image")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("logo.png")));
        QVERIFY(bytes.isEmpty());

        const QString big = dir.filePath(QStringLiteral("big.png"));
        QFile b(big);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray(CompanyLogo::MaxBytes + 1, 'x'));
        b.close();
        error = CompanyLogo::read(big, &bytes);
        QVERIFY2(error.contains(QStringLiteral("at most 1024 KB")), qPrintable(error));

        // An SVG logo renders at the width it prints, its aspect kept.
        const QString svg = dir.filePath(QStringLiteral("logo.svg"));
        QFile s(svg);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='10'><rect width='40' height='10' "
                "fill='#1f5fae'/></svg>");
        s.close();
        QCOMPARE(CompanyLogo::read(svg, &bytes), QString());
        QCOMPARE(CompanyLogo::format(bytes), QStringLiteral("svg"));
        QCOMPARE(CompanyLogo::image(bytes, 800).size(), QSize(800, 200));

        // Unknown section ids of a review saved by a later version are ignored; the rest print in order.
        const ReportChoices c = ReportChoices::fromJson(
            QJsonDocument::fromJson(
                R"({"sections": ["actions", "future", "cover"], "comments": {"future": "x", "cover": "Hello"}})")
                .object());
        QCOMPARE(c.sections, (QStringList{QStringLiteral("cover"), QStringLiteral("actions")}));
        QCOMPARE(c.comments.keys(), QStringList{QStringLiteral("cover")});
        QCOMPARE(ReportChoices::unknownSections({QStringLiteral("summary"), QStringLiteral("kpis")}),
                 QStringList{QStringLiteral("kpis")});
    }
};

QTEST_MAIN(TestGoals) // a GUI application: the PDF writer needs fonts
#include "tst_goals.moc"

// Goals: SMART checks, progress and status thresholds, forecasts, and the review's contribution ranking.

#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "goals/smartcheck.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "report/reportwriter.h"
#include "report/smartreview.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QProcess>
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
        QTest::addRow("500 of 1052 is 95%% of the pace: still on track") << 1052.0 << "on_track";
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
        // Monthly levels: April–June 1/3, July and August 1/4; the least-squares line reaches below 1/4 by September.
        QVERIFY(p.forecast);
        QVERIFY(*p.forecast < 0.25);
        QVERIFY(p.progress);
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
        // July against the 31 days before (31 May – 30 June): Paid Search 930 against 620, Email flat at 310.
        const QJsonObject review = SmartReview::build(ws.workspace(), {QDate(2025, 7, 1), QDate(2025, 7, 31), {}, {}},
                                                      Comparison::PreviousPeriod, QStringLiteral("July"));
        const QJsonObject contributors =
            review[QStringLiteral("analysis")][QStringLiteral("contributors")].toArray().first().toObject();
        const QJsonArray top = contributors[QStringLiteral("top")].toArray();
        QVERIFY(top.size() >= 2);
        QCOMPARE(top.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Paid Search"));
        QCOMPARE(top.at(0)[QStringLiteral("change")].toDouble(), 930.0 - 620.0);
        QCOMPARE(contributors[QStringLiteral("bottom")].toArray().size(), 0);
        const QJsonObject goal = review[QStringLiteral("goals")].toArray().first().toObject();
        QCOMPARE(goal[QStringLiteral("current")].toDouble(), 1240.0);
        QCOMPARE(goal[QStringLiteral("status")].toString(), QStringLiteral("met"));
    }

    void whatMovedStaysInTheGoalsScope()
    {
        // An Email goal is moved by Email and its campaigns only: Paid Search grew 620 → 930 sessions meanwhile, but
        // it is no contributor to an Email goal. Email's own news campaign is flat (310 both months).
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
        QCOMPARE(contributors[QStringLiteral("top")].toArray().size(), 0);
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
};

QTEST_MAIN(TestGoals) // a GUI application: the PDF writer needs fonts
#include "tst_goals.moc"

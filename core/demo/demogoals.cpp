#include "demogoals.h"

#include "goals/goalstore.h"
#include "report/smartreview.h"
#include "store/workspace.h"

namespace funnelscope {

namespace {

Goal goal(const char *name, const char *kpi, QStringList channels, double target, QDate start, QDate deadline,
          Cadence cadence, const char *owner, const char *objective)
{
    Goal g;
    g.name = QString::fromUtf8(name);
    g.kpi = QString::fromLatin1(kpi);
    g.channels = channels;
    g.target = target;
    g.start = start;
    g.deadline = deadline;
    g.cadence = cadence;
    g.owner = QString::fromUtf8(owner);
    g.objective = QString::fromUtf8(objective);
    // The baseline: the same length of time just before the start.
    g.baselineTo = start.addDays(-1);
    g.baselineFrom = start.addDays(-(start.daysTo(deadline) + 1));
    return g;
}

} // namespace

QString DemoGoals::install(Workspace &workspace)
{
    GoalStore store(workspace);
    const QDate h2(2026, 7, 1);
    const QDate endOfYear(2026, 12, 31);
    const QList<Goal> goals = {
        goal("Grow sales-qualified pipeline", "sqls", {}, 1100, h2, endOfYear, Cadence::Monthly, "Anna Kowalska",
             "Pipeline for the 2027 sales plan"),
        goal("Win 3.6 M in new revenue in H2", "revenue", {}, 3'600'000, h2, endOfYear, Cadence::Monthly, "Marek Nowak",
             "Annual revenue target"),
        goal("Bring cost per lead under 80", "cpl", {}, 80, h2, endOfYear, Cadence::Monthly, "Anna Kowalska",
             "Grow leads without growing the media budget"),
        goal("LinkedIn Ads: 420 leads in Q4", "leads", {QStringLiteral("LinkedIn Ads")}, 420, QDate(2026, 10, 1),
             endOfYear, Cadence::Weekly, "Elif Yılmaz", "Enterprise pipeline from ABM"),
        goal("Lift email open rate to 30%", "email_open_rate", {}, 0.30, QDate(2026, 10, 1), endOfYear, Cadence::Weekly,
             "Olga Ivanova", "Nurture leads to MQL faster"),
        goal("Keep quarterly churn under 5%", "churn_rate", {}, 0.05, h2, endOfYear, Cadence::Quarterly,
             "Chen Wei-Ting", "Protect recurring revenue"),
    };
    for (const Goal &g : goals) {
        QString error;
        if (store.save(g, &error) < 0) {
            return error;
        }
    }

    // Two past reviews, each saved as it was on its day, with the decisions taken then.
    const struct
    {
        QDate from, to;
        const char *title;
        const char *decision;
        const char *owner;
        QDate due;
        bool done;
    } reviews[] = {
        {QDate(2026, 4, 1), QDate(2026, 6, 30), "Q2 2026 marketing review",
         "Move 15% of the Display Ads budget to Paid Search, where the cost per lead is lowest", "Marek Nowak",
         QDate(2026, 7, 31), true},
        {QDate(2026, 7, 1), QDate(2026, 9, 30), "Q3 2026 marketing review",
         "Revisit lead scoring and the MQL criteria with sales", "Anna Kowalska", QDate(2026, 11, 15), false},
    };
    for (const auto &r : reviews) {
        SavedReview saved;
        saved.title = QString::fromUtf8(r.title);
        saved.from = r.from;
        saved.to = r.to;
        saved.createdAt = r.to.addDays(3).startOfDay(Qt::UTC);
        saved.content = SmartReview::build(workspace, {r.from, r.to, {}, {}}, Comparison::PreviousPeriod, saved.title);
        saved.content.insert(QStringLiteral("created"), saved.createdAt.toString(Qt::ISODate));
        QString error;
        const qint64 id = store.saveReview(saved, &error);
        if (id < 0) {
            return error;
        }
        Action action;
        action.reviewId = id;
        action.text = QString::fromUtf8(r.decision);
        action.owner = QString::fromUtf8(r.owner);
        action.due = r.due;
        action.done = r.done;
        if (store.saveAction(action, &error) < 0) {
            return error;
        }
    }
    return {};
}

} // namespace funnelscope

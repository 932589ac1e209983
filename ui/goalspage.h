#pragma once

#include "goals/goal.h"
#include "kpi/scope.h"
#include "report/reportchoices.h"
#include "report/reportwriter.h"

#include <QJsonObject>
#include <QWidget>

class QMessageBox;

class QChartView;

namespace funnelscope {
class AnnotatedChart;
}
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace funnelscope {

class GoalListModel;
class MultiSelectButton;
class Workspace;

// The Goals & reviews tab: SMART goals with where they stand, a form with the SMART check shown live next to it, the
// pace chart of the selected goal, and the reviews: new, open, export as PDF, record decisions.
class GoalsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalsPage)

public:
    GoalsPage(Workspace &workspace, QWidget *parent = nullptr);

    // The data range (for history and the as-of date), the names to choose scopes from, and the current filters.
    void setContext(const QDate &first, const QDate &last, const QStringList &channels, const QStringList &campaigns);
    void setReviewScope(const Scope &scope) { m_reviewScope = scope; }
    void refresh();

    GoalListModel *goals() const { return m_model; }
    QListWidget *reviews() const { return m_reviews; }
    QLabel *smartCheck() const { return m_check; }
    QLabel *asOf() const { return m_asOf; } // "Measured as of …": the date the goal list is measured up to
    AnnotatedChart *paceChart() const { return m_pace; }
    // Writes a saved review's PDF as the review's own choices (author, sections, comments) say.
    QString exportReview(qint64 reviewId, const QString &path);
    // Export PDF…: asks author, audience, sections and comments (ReportChoicesDialog, prefilled from the review, its
    // author else the workspace's last), saves them with the review unless the workspace is read-only, asks where
    // and writes the PDF. The dialog is reachable while open through the signal below (tests, screenshots).
    void exportWithChoices(qint64 reviewId, QWidget *parent);
    // The file the next export writes instead of asking (tests, screenshots).
    void setNextExportPath(const QString &path) { m_nextExportPath = path; }

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // Goal progress and the reviews list are up to date.
    void refreshed();
    void smartCheckUpdated();
    void reportChoicesShown(QDialog *dialog);
    // A PDF was written in the background; box tells the user where, with Open and Show folder.
    void reviewExported(const QString &path, QMessageBox *box);

private:
    // The review's content and the writer's options as a PDF of it now would take them; none if it is gone.
    std::optional<std::pair<QJsonObject, ReportWriter::Options>> reportOf(qint64 reviewId);
    // Writes the PDF on a thread of its own, with a busy bar and Cancel, then says where it is.
    void exportInBackground(qint64 reviewId, const QString &path, QWidget *parent);
    Goal formGoal() const;
    void showGoal(const Goal &goal);
    void scheduleCheck();
    void runCheck();
    void saveGoal();
    void deleteGoal();
    void newReview();
    void openReview();
    void showPace(int row);

    Workspace &m_workspace;
    // The last choices for a review's PDF in a read-only workspace, which cannot save them: {review id, choices}.
    std::pair<qint64, ReportChoices> m_unsavedChoices{-1, {}};
    QString m_nextExportPath;
    QDate m_first;
    QDate m_last;
    Scope m_reviewScope;
    qint64 m_editing = -1;
    bool m_stale = true; // goals are computed when the tab is first shown, not at start-up
    // Whether the workspace's date range is known: goals are measured up to its last day, never before it is.
    bool m_hasContext = false;
    int m_refreshGeneration = 0; // only the latest computation is shown
    int m_checkGeneration = 0;

    GoalListModel *m_model;
    QTableView *m_table;
    QListWidget *m_reviews;
    QLineEdit *m_name;
    QComboBox *m_kpi;
    MultiSelectButton *m_channels;
    MultiSelectButton *m_campaigns;
    QDateEdit *m_baselineFrom;
    QDateEdit *m_baselineTo;
    QLineEdit *m_baseline;
    QLineEdit *m_target;
    QDateEdit *m_start;
    QDateEdit *m_deadline;
    QComboBox *m_cadence;
    QLineEdit *m_owner;
    QPlainTextEdit *m_objective;
    QLabel *m_check;
    QLabel *m_asOf;
    AnnotatedChart *m_pace;
    QTimer *m_checkTimer;
};

} // namespace funnelscope

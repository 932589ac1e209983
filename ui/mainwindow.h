#pragma once

#include "kpi/kpisnapshot.h"
#include "kpi/savedview.h"
#include "store/workspace.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QProgressDialog;
class QTabWidget;
class QUndoStack;

namespace funnelscope {

class AttributionView;
class CohortView;
class DataPage;
class FilterBar;
class FunnelWidget;
class GoalsPage;
class GroupPage;
class GuideDialog;
class OverviewPage;
class ReconciliationView;
class SnapshotLoader;
class TeamSession;

// The application window: a filter bar shared by every tab, the dashboard tabs (overview, the five funnel stages,
// the funnel, goals, data), importing by menu or by dropping files, and the workspace menu. It shows numbers the
// core computes on a loader thread; it never writes SQL.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &workspacePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    FilterBar *filterBar() const { return m_filters; }
    QTabWidget *tabs() const { return m_tabs; }
    OverviewPage *overview() const { return m_overview; }
    const QList<GroupPage *> &groupPages() const { return m_groups; }
    FunnelWidget *funnel() const { return m_funnel; }
    AttributionView *attribution() const { return m_attribution; }
    CohortView *cohorts() const { return m_cohorts; }
    ReconciliationView *reconciliation() const { return m_reconciliation; }
    DataPage *dataPage() const { return m_data; }
    GoalsPage *goalsPage() const { return m_goals; }
    SnapshotLoader *loader() const { return m_loader; }
    Workspace &workspace() { return m_workspace; }
    std::shared_ptr<const KpiSnapshot> snapshot() const { return m_snapshot; }

    // Opens the import dialog for files (what a drop does). Returns the dialog, which deletes itself when closed; on
    // a team workspace the dialog opens once the team's write lock is taken (null is returned).
    class ImportDialog *importFiles(const QStringList &files, const QString &source = {});
    // File → Channels…: opens the dialog of channel aliases (read-only for a read-only workspace); OK refreshes
    // every view. Returns the dialog, which deletes itself when closed.
    class ChannelsDialog *editChannels();
    // Edit → Custom KPIs…: add, edit and remove the workspace's own KPIs with a live preview for the current period;
    // a change refreshes every view. Returns the dialog, which deletes itself when closed.
    class CustomKpisDialog *editCustomKpis();
    // Saves a PNG of every tab into dir; returns the file names written.
    QStringList saveScreenshots(const QString &dir);
    static bool isDemoPath(const QString &path);
    // Shows a window on the workspace at path that deletes itself when closed. When the user picks another
    // language, it saves its state (filters, tab, geometry) as it closes and a new one opens in that language on the
    // same workspace; returns the window.
    static MainWindow *showWindow(const QString &path);
    // The workspace shown: its file, or a team workspace's URL.
    QString workspacePath() const { return m_teamUrl.isEmpty() ? m_path : m_teamUrl; }
    // File → Open team workspace…: a team workspace on PostgreSQL, through its replica (TeamSession), read-only in
    // the window and refreshed when another user publishes a change. Does nothing without the PostgreSQL backend.
    void openTeamWorkspace(const QString &url);
    // The team workspace shown, or null.
    TeamSession *teamSession() const { return m_team; }
    // "Rows behind …": opens the dialog of the stored rows behind kpi in scope (what names the number: a channel, a
    // week); returns it (it deletes itself when closed). Cards, table cells and chart points and bars lead here.
    class DrilldownDialog *showRows(int kpi, const Scope &scope, const QString &what = {});
    // Help → User guide (F1): the offline guide, non-modal and kept open, at page or at kpi's glossary entry.
    GuideDialog *showGuide(const QString &page = {}, const QString &kpi = {});

    // Saved views (ViewStore): the filters and tab as they are, saved under a name; one applied; the tab's id
    // ("overview", "awareness", …, "goals", "data") and the tab of an id.
    QString saveView(const QString &name);
    bool applyView(const QString &name);
    QString currentTabId() const;
    QMenu *viewsMenu() const { return m_views; }

signals:
    // The user chose a language in View → Language (empty: the system's); the app rebuilds its window in it.
    void languageChosen(const QString &code);
    // Every view shows the newest snapshot.
    void refreshed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // A workspace file, or a team workspace's URL.
    void openWorkspace(const QString &path);
    // Shows the workspace file at path (a team workspace's replica when m_teamUrl is set).
    void showWorkspace(const QString &path);
    void chooseTeamWorkspace();
    void showTeamReplica(const QString &replica, bool canChange, bool refreshed);
    // An import into a team workspace: into a change's work file, published when the dialog closes.
    void importIntoTeam(const QStringList &files, const QString &source);
    // The import dialog on a workspace file, open, deleted when closed.
    class ImportDialog *openImportDialog(const QString &workspacePath, const QStringList &files,
                                         const QString &source);
    void reload();
    void requestSnapshot();
    void showReadError(const QString &error);
    void showSnapshot(const std::shared_ptr<const KpiSnapshot> &snapshot);
    // Annotations: every trend chart shows those of the shown period; added, listed and removed from any of them.
    void showAnnotations();
    void addAnnotation(const QDate &day);
    void removeAnnotation(qint64 id);
    void listAnnotations();
    void updateRecentMenu();
    void updateViewsMenu();
    void chooseViewName();
    void chooseImportFiles();
    void editSettings();

    Workspace m_workspace;
    QString m_path;
    TeamSession *m_team = nullptr;
    QString m_teamUrl; // the team workspace shown, or empty for a file
    bool m_teamCanChange = false;
    QProgressDialog *m_teamProgress = nullptr;
    QUndoStack *m_undo;
    SnapshotLoader *m_loader;
    FilterBar *m_filters;
    QWidget *m_banner;
    QLabel *m_emptyBanner;
    QLabel *m_readOnlyBanner;
    QString m_readOnlyText; // what the banner says of a read-only file
    QLabel *m_readErrorBanner;
    QLabel *m_spreadBanner;
    QLabel *m_currencyBanner = nullptr; // amounts that could not be converted
    QComboBox *m_currencyBox = nullptr; // the reporting currency, beside the filters
    QTabWidget *m_tabs;
    OverviewPage *m_overview;
    QList<GroupPage *> m_groups;
    FunnelWidget *m_funnel;
    AttributionView *m_attribution;
    CohortView *m_cohorts;
    ReconciliationView *m_reconciliation;
    GoalsPage *m_goals = nullptr;
    DataPage *m_data = nullptr;
    QMenu *m_recent;
    QMenu *m_views;
    SavedView m_currentView; // the saved view last applied or saved, until the filters change
    Breakdown m_granularity = Breakdown::None;
    std::shared_ptr<const KpiSnapshot> m_snapshot;
    QPointer<GuideDialog> m_guide;
};

} // namespace funnelscope

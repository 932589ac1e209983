#include "mainwindow.h"

#include "attributionview.h"
#include "breakdownchart.h"
#include "cardgrid.h"
#include "channelsdialog.h"
#include "cohortview.h"
#include "customkpisdialog.h"
#include "datapage.h"
#include "drilldowndialog.h"
#include "filterbar.h"
#include "funnelwidget.h"
#include "goals/goallistmodel.h"
#include "goalspage.h"
#include "grouppage.h"
#include "guidedialog.h"
#include "i18n/language.h"
#include "importdialog.h"
#include "kpicard.h"
#include "overviewpage.h"
#include "readonly.h"
#include "reconciliationview.h"
#include "report/companylogo.h"
#include "reportchoicesdialog.h"
#include "snapshotloader.h"
#include "store/recentworkspaces.h"
#include "store/viewstore.h"
#include "trendchart.h"
#ifdef FUNNELSCOPE_POSTGRES
#include "store/postgres/pgconnection.h"
#include "teamsession.h"
#endif

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace funnelscope {

bool MainWindow::isDemoPath(const QString &path)
{
    return QFileInfo(path).fileName() == u"demo.db";
}

MainWindow::MainWindow(const QString &workspacePath, QWidget *parent)
    : QMainWindow(parent), m_undo(new QUndoStack(this)), m_loader(new SnapshotLoader(this)), m_filters(new FilterBar),
      m_banner(new QWidget), m_emptyBanner(new QLabel), m_readOnlyBanner(new QLabel), m_readErrorBanner(new QLabel),
      m_spreadBanner(new QLabel), m_tabs(new QTabWidget), m_overview(new OverviewPage), m_funnel(new FunnelWidget),
      m_attribution(new AttributionView), m_cohorts(new CohortView), m_reconciliation(new ReconciliationView)
{
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/funnelscope.svg")));

    // Menus.
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, this, [this] {
        // The dialog adds .funnelscope itself, so that it asks before replacing the file it names.
        QFileDialog dialog(this, tr("New workspace"), QDir::homePath(), RecentWorkspaces::saveFilter());
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(RecentWorkspaces::Extension.toString());
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
            const QString chosen = dialog.selectedFiles().constFirst();
            const QString path = RecentWorkspaces::withExtension(chosen);
            if (path != chosen && QFileInfo::exists(path)) {
                // "q1.v2" became "q1.v2.funnelscope", which the dialog did not ask about: never replaced unasked.
                QMessageBox::warning(this, tr("New workspace"), tr("%1 already exists.").arg(path));
                return;
            }
            QFile::remove(path);
            openWorkspace(path);
        }
    });
    file->addAction(tr("&Open workspace…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QFileInfo(m_path).absolutePath(),
                                                          RecentWorkspaces::openFilter());
        if (!path.isEmpty()) {
            openWorkspace(path);
        }
    });
#ifdef FUNNELSCOPE_POSTGRES
    file->addAction(tr("Open &team workspace…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::chooseTeamWorkspace);
#endif
    m_recent = file->addMenu(tr("Open &recent"));
    // Each time it opens, so that a file deleted meanwhile is not offered.
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(tr("Workspace &settings…"), this, &MainWindow::editSettings);
    file->addAction(tr("&Channels…"), this, [this] { editChannels(); });
    file->addSeparator();
    file->addAction(tr("&Import files…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::chooseImportFiles);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Custom &KPIs…"), this, [this] { editCustomKpis(); });
    auto *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::reload);
    view->addSeparator();
    auto *languages = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const auto addLanguage = [&](const QString &title, const QString &code) {
        QAction *a = languages->addAction(title, this, [this, code] { emit languageChosen(code); });
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languageGroup->addAction(a);
    };
    addLanguage(tr("System language (%1)").arg(Language::nativeName(Language::fromSystem())), QString());
    languages->addSeparator();
    for (const QString &code : Language::available()) {
        addLanguage(Language::nativeName(code), code);
    }
    m_views = menuBar()->addMenu(tr("V&iews"));
    connect(m_views, &QMenu::aboutToShow, this, &MainWindow::updateViewsMenu);
    auto *help = menuBar()->addMenu(tr("&Help"));
    // F1 on a card or a table's KPI cell opens the guide at that KPI's entry in the glossary.
    help->addAction(tr("&User guide"), QKeySequence(Qt::Key_F1), this,
                    [this] { showGuide({}, GuideDialog::kpiAt(QApplication::focusWidget())); });
    help->addAction(tr("&KPI glossary"), this, [this] { showGuide(QStringLiteral("glossary")); });
    help->addSeparator();
    help->addAction(tr("&About Funnelscope"), this, [this] {
        QMessageBox::about(this, tr("About Funnelscope"),
                           tr("<h3>Funnelscope %1</h3><p>Marketing KPIs along the B2B funnel, from your own CSV "
                              "exports, computed offline in one workspace file.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    // The demo banner.
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    auto *bannerText = new QLabel(tr("This is demo data — import your own files."));
    auto *bannerImport = new QPushButton(tr("Import files…"));
    auto *bannerNew = new QPushButton(tr("New workspace…"));
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerImport);
    bannerLayout->addWidget(bannerNew);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setStyleSheet(QStringLiteral("#demoBanner { background: #fff4ce; border-bottom: 1px solid #f0d98c; }"
                                           "#demoBanner QLabel { color: #5c4400; }"));
    connect(bannerImport, &QPushButton::clicked, this, &MainWindow::chooseImportFiles);
    connect(bannerNew, &QPushButton::clicked, file->actions().constFirst(), &QAction::trigger);
    // A line of information across the window, in its own colours.
    const auto banner = [](QLabel *label, const QString &text, const QString &name, const char *colours) {
        label->setText(text);
        label->setWordWrap(true);
        label->setContentsMargins(12, 8, 12, 8);
        label->setObjectName(name);
        label->setStyleSheet(QStringLiteral("#%1 { %2 }").arg(name, QLatin1String(colours)));
        label->hide();
    };
    banner(m_emptyBanner,
           tr("This workspace has no data yet. Import your CSV exports with File → Import files… (Ctrl+I), or drop "
              "them anywhere on this window."),
           QStringLiteral("emptyBanner"), "background: #e7f1fd; color: #0b3d75;");
    m_readOnlyText = tr("Opened read-only: every view and report works, but importing, deleting imports, saving goals "
                        "and reviews, and settings are off.");
    banner(m_readOnlyBanner, m_readOnlyText, QStringLiteral("readOnlyBanner"), "background: #eceff3; color: #30363d;");
    banner(m_readErrorBanner, QString(), QStringLiteral("readErrorBanner"), "background: #fde7e9; color: #7a1620;");
    banner(m_spreadBanner, QString(), QStringLiteral("spreadBanner"), "background: #e7f1fd; color: #0b3d75;");
    m_spreadBanner->setTextFormat(Qt::PlainText);
    m_currencyBanner = new QLabel;
    banner(m_currencyBanner, QString(), QStringLiteral("currencyBanner"), "background: #fff4e5; color: #6a3d00;");
    m_currencyBanner->setTextFormat(Qt::PlainText);
    m_readErrorBanner->setTextFormat(Qt::PlainText);

    // Tabs.
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    for (KpiGroup group :
         {KpiGroup::Awareness, KpiGroup::Engagement, KpiGroup::LeadGeneration, KpiGroup::Sales, KpiGroup::Loyalty}) {
        auto *page = new GroupPage(group);
        m_groups.append(page);
        m_tabs->addTab(page, KpiCatalog::groupName(group));
        connect(page, &GroupPage::granularityChosen, this, [this](Breakdown by) {
            m_granularity = by;
            requestSnapshot();
        });
        connect(page, &GroupPage::campaignsWanted, this, &MainWindow::requestSnapshot, Qt::QueuedConnection);
        if (group == KpiGroup::LeadGeneration) {
            page->addSection(m_reconciliation);
        } else if (group == KpiGroup::Sales) {
            page->addSection(m_attribution);
        }
    }
    auto *funnelPage = new QScrollArea;
    funnelPage->setWidgetResizable(true);
    funnelPage->setFrameShape(QFrame::NoFrame);
    auto *funnelContent = new QWidget;
    auto *funnelLayout = new QVBoxLayout(funnelContent);
    funnelLayout->setContentsMargins(0, 0, 16, 16);
    funnelLayout->addWidget(m_funnel);
    auto *cohortBox = new QWidget;
    auto *cohortLayout = new QVBoxLayout(cohortBox);
    cohortLayout->setContentsMargins(16, 0, 0, 0);
    cohortLayout->addWidget(m_cohorts);
    funnelLayout->addWidget(cohortBox);
    funnelPage->setWidget(funnelContent);
    m_tabs->addTab(funnelPage, tr("Funnel"));
    // Every number leads to its rows: the cards (the snapshot's scope), table cells, chart points and bars.
    QList<CardGrid *> grids = m_overview->grids();
    QList<TrendChart *> trends{m_overview->trendChart()};
    QList<BreakdownChart *> bars{m_overview->breakdownChart()};
    for (GroupPage *page : std::as_const(m_groups)) {
        grids.append(page->cards());
        trends.append(page->trendChart());
        bars.append(page->breakdownChart());
        connect(page, &GroupPage::rowsRequested, this, &MainWindow::showRows);
    }
    for (CardGrid *grid : std::as_const(grids)) {
        for (KpiCard *card : grid->cards()) {
            connect(card, &KpiCard::rowsRequested, this, [this](int kpi) {
                if (m_snapshot) {
                    showRows(kpi, m_snapshot->scope);
                }
            });
        }
    }
    for (TrendChart *chart : std::as_const(trends)) {
        connect(chart, &TrendChart::rowsRequested, this, &MainWindow::showRows);
    }
    for (BreakdownChart *chart : std::as_const(bars)) {
        connect(chart, &BreakdownChart::rowsRequested, this, &MainWindow::showRows);
    }

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_emptyBanner);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_readErrorBanner);
    layout->addWidget(m_spreadBanner);
    layout->addWidget(m_currencyBanner);
    // The reporting currency beside the filters: money in every view is converted into it (docs/currencies.md).
    m_currencyBox = new QComboBox;
    m_currencyBox->setObjectName(QStringLiteral("reportingCurrency"));
    m_currencyBox->setToolTip(tr("The currency every amount is converted into, at each day's exchange rate"));
    m_currencyBox->addItem(tr("Workspace currency"), QString());
    for (const char *code : {"EUR", "USD", "PLN", "GBP", "TRY", "RUB", "TWD", "CNY", "CHF"}) {
        m_currencyBox->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    }
    connect(m_currencyBox, &QComboBox::currentIndexChanged, this, [this] {
        m_loader->setReportingCurrency(m_currencyBox->currentData().toString());
        requestSnapshot();
    });
    // At the tabs' end, where there is room in every language: the filter bar has the window's whole width.
    m_tabs->setCornerWidget(m_currencyBox, Qt::TopRightCorner);
    layout->addWidget(m_filters);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    connect(m_filters, &FilterBar::changed, this, &MainWindow::requestSnapshot);
    // The view's check mark in the Views menu goes when the filters no longer are the view's.
    connect(m_filters, &FilterBar::changed, this, [this] {
        SavedView now = m_filters->currentView();
        now.name = m_currentView.name;
        now.tab = m_currentView.tab;
        if (!m_currentView.name.isEmpty() && now.toJson() != m_currentView.toJson()) {
            m_currentView = {};
            updateViewsMenu();
        }
    });
    connect(m_loader, &SnapshotLoader::loaded, this, &MainWindow::showSnapshot);
    connect(m_loader, &SnapshotLoader::busyChanged, m_filters, &FilterBar::setBusy);
    connect(m_loader, &SnapshotLoader::catalogLoaded, this, [this](const SnapshotLoader::Catalog &catalog) {
        showReadError(catalog.error);
        m_filters->setNames(catalog.channels, catalog.campaigns);
        m_filters->setDataRange(catalog.first, catalog.last);
        m_emptyBanner->setVisible(!catalog.last.isValid() && catalog.error.isEmpty());
        m_goals->setContext(catalog.first, catalog.last, catalog.channels, catalog.campaigns);
        requestSnapshot();
    });

    QSettings settings;
    resize(1440, 900);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_filters->restore(settings);
    openWorkspace(workspacePath);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

MainWindow::~MainWindow() = default;

MainWindow *MainWindow::showWindow(const QString &path)
{
    auto *window = new MainWindow(path);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &MainWindow::languageChosen, window, [window](const QString &code) {
        QSettings().setValue(QStringLiteral("language"), code);
        const QString workspace = window->workspacePath();
        window->close();
        Language::install(code.isEmpty() ? Language::fromSystem() : code);
        showWindow(workspace);
    });
    window->show();
    return window;
}

void MainWindow::openWorkspace(const QString &path)
{
    if (Workspace::isDatabaseUrl(path)) {
        openTeamWorkspace(path);
        return;
    }
#ifdef FUNNELSCOPE_POSTGRES
    if (m_team) {
        m_team->close();
    }
#endif
    m_teamUrl.clear();
    showWorkspace(path);
}

void MainWindow::chooseTeamWorkspace()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Open team workspace"),
        tr("The team database, as postgresql://USER@HOST:PORT/DATABASE.\nThe password comes from ~/.pgpass or "
           "PGPASSWORD, never from here or the settings."),
        QLineEdit::Normal, QSettings().value(QStringLiteral("team/url")).toString(), &ok);
    if (ok && !url.trimmed().isEmpty()) {
        openTeamWorkspace(url.trimmed());
    }
}

void MainWindow::openTeamWorkspace(const QString &url)
{
#ifdef FUNNELSCOPE_POSTGRES
    if (const QString error = PgConnection::urlError(url); !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Open team workspace"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    if (!m_team) {
        m_team = new TeamSession(this);
        connect(m_team, &TeamSession::ready, this, &MainWindow::showTeamReplica);
        connect(m_team, &TeamSession::failed, this, [this](const QString &error) {
            const bool first = m_teamProgress != nullptr;
            delete m_teamProgress;
            m_teamProgress = nullptr;
            if (first) {
                QMessageBox box(QMessageBox::Warning, tr("Open team workspace"), error, QMessageBox::Ok, this);
                box.setTextFormat(Qt::PlainText);
                box.exec();
            } else {
                showReadError(error); // a refresh: the views keep the state they show
            }
        });
    }
    delete m_teamProgress;
    m_teamProgress = new QProgressDialog(tr("Reading the team workspace %1…").arg(TeamSession::displayName(url)),
                                         tr("Cancel"), 0, 0, this);
    m_teamProgress->setWindowTitle(tr("Open team workspace"));
    m_teamProgress->setMinimumDuration(300);
    connect(m_teamProgress, &QProgressDialog::canceled, this, [this] {
        // The workspace shown stays; the team one is not opened.
        m_teamProgress->deleteLater();
        m_teamProgress = nullptr;
        if (m_teamUrl.isEmpty()) {
            m_team->close();
        } else {
            m_team->open(m_teamUrl);
        }
    });
    m_team->open(url);
#else
    QMessageBox::warning(this, tr("Open team workspace"),
                         tr("This Funnelscope was built without PostgreSQL, so it cannot open %1.").arg(url));
#endif
}

void MainWindow::showTeamReplica(const QString &replica, bool canChange, bool refreshed)
{
#ifdef FUNNELSCOPE_POSTGRES
    delete m_teamProgress;
    m_teamProgress = nullptr;
    m_teamUrl = m_team->url();
    m_teamCanChange = canChange;
    QSettings().setValue(QStringLiteral("team/url"), m_teamUrl);
    // Changes go through the team's lock and publish (funnelscope-cli for now); the window only reads the replica.
    Workspace::markReadOnly(replica);
    showWorkspace(replica);
    const QString name = TeamSession::displayName(m_teamUrl);
    const QString asOf = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    QString text = refreshed ? tr("Team workspace %1, refreshed at %2 with a change another member published.")
                                   .arg(name, asOf)
                             : tr("Team workspace %1, as of %2: every view and report works, and refreshes when a "
                                  "member changes it.")
                                   .arg(name, asOf);
    text += u' ';
    text += canChange ? tr("Imports from this window are published to the team; goals, reviews and settings are "
                           "changed with funnelscope-cli --db %1 for now.")
                            .arg(m_teamUrl)
                      : tr("Your role may read it, not change it.");
    m_readOnlyBanner->setText(text);
    setWindowTitle(tr("%1 (team workspace, read-only) — Funnelscope").arg(name));
#else
    Q_UNUSED(replica);
    Q_UNUSED(canChange);
    Q_UNUSED(refreshed);
#endif
}

void MainWindow::importIntoTeam(const QStringList &files, const QString &source)
{
#ifdef FUNNELSCOPE_POSTGRES
    if (!m_teamCanChange) {
        QMessageBox::information(this, tr("Team workspace"),
                                 tr("Your PostgreSQL role may read this team workspace, not change it: ask its "
                                    "admin for the editor role."));
        return;
    }
    if (m_team->isChanging()) {
        return;
    }
    delete m_teamProgress;
    m_teamProgress = new QProgressDialog(tr("Preparing the import into %1…").arg(TeamSession::displayName(m_teamUrl)),
                                         tr("Cancel"), 0, 0, this);
    m_teamProgress->setWindowTitle(tr("Import files"));
    m_teamProgress->setMinimumDuration(300);
    auto *connections = new QObject(this); // the connections of this import, gone with it
    const auto finish = [this, connections] {
        delete m_teamProgress;
        m_teamProgress = nullptr;
        connections->deleteLater();
    };
    connect(m_teamProgress, &QProgressDialog::canceled, connections, [this, finish] {
        m_team->abandonChange();
        finish();
    });
    connect(m_team, &TeamSession::waiting, connections, [this](const QString &message) {
        if (m_teamProgress) {
            m_teamProgress->setLabelText(message);
        }
    });
    connect(m_team, &TeamSession::failed, connections, finish);
    connect(m_team, &TeamSession::changeReady, connections, [this, files, source, finish](const QString &work) {
        finish();
        // Whatever the dialog imported is published when it closes (nothing when it imported nothing).
        connect(openImportDialog(work, files, source), &QObject::destroyed, m_team, &TeamSession::publishChange);
    });
    m_team->beginChange();
#else
    Q_UNUSED(files);
    Q_UNUSED(source);
#endif
}

void MainWindow::showWorkspace(const QString &path)
{
    QString error = m_workspace.open(path);
    if (!error.isEmpty() && m_workspace.refusedAsReadOnly()) {
        // A workspace the user may not write (a read-only share, say) can still be looked at.
        QMessageBox box(QMessageBox::Question, tr("Open workspace"), error, QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() == readOnly) {
            Workspace::markReadOnly(path);
            error = m_workspace.open(path);
        } else {
            error.clear();
            m_workspace.open(m_path);
            return;
        }
    }
    if (!error.isEmpty()) {
        // Plain text: a file name is shown as written, never read as markup.
        QMessageBox box(QMessageBox::Warning, tr("Open workspace"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        if (!m_workspace.isOpen() && !m_path.isEmpty()) {
            m_workspace.open(m_path);
        }
        return;
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_undo->clear();
    setWindowTitle((m_workspace.isReadOnly() ? tr("%1 (read-only) — Funnelscope") : tr("%1 — Funnelscope"))
                       .arg(QFileInfo(m_path).fileName()));
    m_banner->setVisible(isDemoPath(m_path) && !m_workspace.isReadOnly());
    m_emptyBanner->hide();
    m_readOnlyBanner->setText(m_readOnlyText);
    m_readOnlyBanner->setVisible(m_workspace.isReadOnly());
    if (!m_data) {
        m_goals = new GoalsPage(m_workspace);
        m_tabs->addTab(m_goals, tr("Goals && reviews"));
        m_data = new DataPage(m_workspace, m_undo);
        m_tabs->addTab(m_data, tr("Data"));
        connect(m_data, &DataPage::importRequested, this, &MainWindow::chooseImportFiles);
        connect(m_data, &DataPage::reimportRequested, this,
                [this](const QString &path, const QString &source) { importFiles({path}, source); });
        connect(m_data, &DataPage::dataChanged, this, &MainWindow::reload);
    }
    if (m_teamUrl.isEmpty()) {
        // A team workspace's replica is the team's, not a file of the user's: never offered as one.
        QSettings settings;
        RecentWorkspaces(settings).remember(m_path);
        settings.setValue(QStringLiteral("workspaces/last"), m_path);
    }
    updateRecentMenu();
    m_currentView = {};
    updateViewsMenu();
    m_loader->setWorkspace(m_path);
    reload();
}

namespace {

// The tabs' ids in saved views, in tab order.
const QStringList &tabIds()
{
    static const QStringList ids{
        QStringLiteral("overview"),        QStringLiteral("awareness"), QStringLiteral("engagement"),
        QStringLiteral("lead-generation"), QStringLiteral("sales"),     QStringLiteral("loyalty"),
        QStringLiteral("funnel"),          QStringLiteral("goals"),     QStringLiteral("data")};
    return ids;
}

} // namespace

QString MainWindow::currentTabId() const
{
    return tabIds().value(m_tabs->currentIndex());
}

QString MainWindow::saveView(const QString &name)
{
    SavedView view = m_filters->currentView();
    view.name = name.trimmed();
    view.tab = currentTabId();
    const QString error = ViewStore(m_workspace).save(view);
    if (error.isEmpty()) {
        m_currentView = view;
        updateViewsMenu();
    }
    return error;
}

bool MainWindow::applyView(const QString &name)
{
    const auto view = ViewStore(m_workspace).view(name);
    if (!view) {
        return false;
    }
    if (const qsizetype tab = tabIds().indexOf(view->tab); tab >= 0 && tab < m_tabs->count()) {
        m_tabs->setCurrentIndex(int(tab));
    }
    m_currentView = *view;
    m_filters->applyView(*view);
    updateViewsMenu();
    return true;
}

void MainWindow::chooseViewName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save view"),
        tr("Name of the view (its period rule, comparison, channels, campaigns and tab; a name in use is replaced):"),
        QLineEdit::Normal, m_currentView.name, &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    if (const QString error = saveView(name); !error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Save view"), tr("The view was not saved: %1").arg(error),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void MainWindow::updateViewsMenu()
{
    m_views->clear();
    QAction *save = m_views->addAction(tr("&Save current view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                                       &MainWindow::chooseViewName);
    save->setEnabled(!m_workspace.isReadOnly());
    const QList<SavedView> views = ViewStore(m_workspace).views();
    auto *remove = m_views->addMenu(tr("&Delete view"));
    remove->setEnabled(!views.isEmpty() && !m_workspace.isReadOnly());
    m_views->addSeparator();
    if (views.isEmpty()) {
        m_views->addAction(tr("No saved views yet"))->setEnabled(false);
    }
    for (int i = 0; i < views.size(); ++i) {
        const SavedView &v = views.at(i);
        QAction *a = m_views->addAction(v.name, this, [this, name = v.name] { applyView(name); });
        a->setCheckable(true);
        a->setChecked(v.name.compare(m_currentView.name, Qt::CaseInsensitive) == 0);
        a->setToolTip(periodpreset::name(v.period));
        if (i < 9) {
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        }
        remove->addAction(v.name, this, [this, name = v.name] {
            ViewStore(m_workspace).remove(name);
            if (name.compare(m_currentView.name, Qt::CaseInsensitive) == 0) {
                m_currentView = {};
            }
            // Not while the menu's own action runs.
            QTimer::singleShot(0, this, &MainWindow::updateViewsMenu);
        });
    }
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    QSettings settings;
    const QStringList recent = RecentWorkspaces(settings).files();
    for (const QString &path : recent) {
        m_recent->addAction(
            QFileInfo(path).fileName() + QStringLiteral("  —  ") + QFileInfo(path).absolutePath(), this, [this, path] {
                // Gone since the menu was made: opening would create an empty workspace there.
                if (!QFileInfo(path).isFile()) {
                    QMessageBox::warning(this, tr("Open recent"), tr("%1 is no longer there.").arg(path));
                    // Not while the menu's own action runs.
                    QTimer::singleShot(0, this, &MainWindow::updateRecentMenu);
                    return;
                }
                openWorkspace(path);
            });
    }
    m_recent->setEnabled(!recent.isEmpty());
}

void MainWindow::reload()
{
    m_data->refresh();
    m_loader->requestCatalog();
}

void MainWindow::requestSnapshot()
{
    if (m_goals) {
        m_goals->setReviewScope(m_filters->scope());
    }
    const auto *page = qobject_cast<const GroupPage *>(m_tabs->currentWidget());
    m_loader->request(m_filters->scope(), m_filters->comparison(), m_granularity, page && page->wantsCampaigns());
}

void MainWindow::showReadError(const QString &error)
{
    m_readErrorBanner->setText(
        tr("This workspace could not be read, so its numbers are not shown: %1. Open a backup copy of it (File → "
           "Open), or the copy Funnelscope kept before an upgrade (its name ends in .bak).")
            .arg(error));
    m_readErrorBanner->setVisible(!error.isEmpty());
}

void MainWindow::showSnapshot(const std::shared_ptr<const KpiSnapshot> &snapshot)
{
    showReadError(snapshot->error);
    if (!snapshot->error.isEmpty()) {
        // Unknowns from a failed read would look like "no data": the banner says what happened instead.
        emit refreshed();
        return;
    }
    m_snapshot = snapshot;
    const KpiFormat format(QLocale(), snapshot->currency.isEmpty() || snapshot->currency == u"XXX"
                                          ? m_workspace.currency()
                                          : snapshot->currency);
    m_currencyBanner->setText(snapshot->currencyNotes.join(u'\n'));
    m_currencyBanner->setVisible(!snapshot->currencyNotes.isEmpty());
    // Days inside a range report hold shares of its totals: say so while such days are shown.
    QStringList spread;
    for (const SpreadImport &s : snapshot->spread) {
        spread.append(tr("%1 – %2 (%3)").arg(format.date(s.from), format.date(s.to), s.fileName));
    }
    m_spreadBanner->setText(tr("Includes totals spread evenly over %1: reports without a day breakdown, so their "
                               "days hold equal shares.")
                                .arg(spread.join(QStringLiteral("; "))));
    m_spreadBanner->setVisible(!spread.isEmpty());
    const QString comparison = m_filters->comparisonName();
    m_overview->setSnapshot(snapshot, format, comparison);
    for (GroupPage *page : m_groups) {
        page->setSnapshot(snapshot, format, comparison);
    }
    m_funnel->setData(snapshot->values, snapshot->previous, format, comparison);
    m_reconciliation->setSnapshot(*snapshot, format);
    m_attribution->setFormat(format);
    m_attribution->setPeriod(m_workspace.path(), snapshot->scope.from, snapshot->scope.to);
    m_cohorts->setPeriod(m_workspace.path(), snapshot->scope.from, snapshot->scope.to);
    showAnnotations();
    emit refreshed();
}

void MainWindow::showAnnotations()
{
    if (!m_snapshot) {
        return;
    }
    const QList<Annotation> annotations =
        GoalStore(m_workspace).annotations(m_snapshot->scope.from, m_snapshot->scope.to);
    // Every chart over dates: the trend charts those of the period; the goals' pace charts, which reach past it, all.
    const QList<Annotation> all = GoalStore(m_workspace).annotations();
    for (AnnotatedChart *chart : findChildren<AnnotatedChart *>()) {
        chart->setAnnotations(qobject_cast<TrendChart *>(chart) ? annotations : all);
        connect(chart, &AnnotatedChart::addAnnotationRequested, this, &MainWindow::addAnnotation, Qt::UniqueConnection);
        connect(chart, &AnnotatedChart::removeAnnotationRequested, this, &MainWindow::removeAnnotation,
                Qt::UniqueConnection);
        connect(chart, &AnnotatedChart::listAnnotationsRequested, this, &MainWindow::listAnnotations,
                Qt::UniqueConnection);
    }
}

void MainWindow::addAnnotation(const QDate &day)
{
    if (!changeAllowed(this, m_workspace)) {
        return;
    }
    // A day, or a range ("tracking broken 3–5 May"), a text and optionally the channel it is about.
    QDialog ask(this);
    ask.setWindowTitle(tr("Add annotation"));
    auto *from = new QDateEdit(day);
    auto *to = new QDateEdit(day);
    from->setCalendarPopup(true);
    to->setCalendarPopup(true);
    connect(from, &QDateEdit::dateChanged, to, [to](const QDate &d) { to->setMinimumDate(d); });
    to->setMinimumDate(day);
    auto *text = new QLineEdit;
    text->setPlaceholderText(tr("e.g. Campaign launch, tracking broken, price change"));
    auto *channel = new QLineEdit;
    channel->setPlaceholderText(tr("all channels"));
    auto *form = new QFormLayout;
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    form->addRow(tr("Note:"), text);
    form->addRow(tr("Channel:"), channel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *layout = new QVBoxLayout(&ask);
    layout->addLayout(form);
    layout->addWidget(buttons);
    ask.resize(460, ask.sizeHint().height());
    if (ask.exec() != QDialog::Accepted || text->text().trimmed().isEmpty()) {
        return;
    }
    QString error;
    if (GoalStore(m_workspace)
            .saveAnnotation({-1, from->date(), std::max(from->date(), to->date()), text->text(), channel->text()},
                            &error) < 0) {
        QMessageBox::warning(this, tr("Add annotation"), error);
        return;
    }
    showAnnotations();
}

void MainWindow::removeAnnotation(qint64 id)
{
    if (!changeAllowed(this, m_workspace)) {
        return;
    }
    GoalStore(m_workspace).removeAnnotation(id);
    showAnnotations();
}

void MainWindow::listAnnotations()
{
    // Every annotation of the workspace, with the one selected removable.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Annotations"));
    auto *list = new QListWidget;
    const KpiFormat format;
    const auto fill = [&] {
        list->clear();
        for (const Annotation &a : GoalStore(m_workspace).annotations()) {
            const QString when = format.range(a.from, a.to);
            auto *item = new QListWidgetItem(a.channel.isEmpty() ? tr("%1: %2").arg(when, a.text)
                                                                 : tr("%1 (%2): %3").arg(when, a.channel, a.text),
                                             list);
            item->setData(Qt::UserRole, a.id);
        }
    };
    fill();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *remove = buttons->addButton(tr("Remove"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(remove, &QPushButton::clicked, &dialog, [&] {
        if (QListWidgetItem *item = list->currentItem()) {
            removeAnnotation(item->data(Qt::UserRole).toLongLong());
            fill();
        }
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(520, 360);
    dialog.exec();
}

void MainWindow::editSettings()
{
    if (!changeAllowed(this, m_workspace)) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Workspace settings"));
    auto *company = new QLineEdit(m_workspace.setting(QStringLiteral("company")));
    company->setPlaceholderText(QFileInfo(m_path).completeBaseName());
    auto *currency = new QComboBox;
    currency->setEditable(true);
    currency->addItems({QString(), QStringLiteral("PLN"), QStringLiteral("EUR"), QStringLiteral("USD"),
                        QStringLiteral("RUB"), QStringLiteral("TRY"), QStringLiteral("TWD"), QStringLiteral("GBP"),
                        QStringLiteral("CZK"), QStringLiteral("CNY")});
    currency->setCurrentText(m_workspace.currency());
    // The logo's bytes are kept in the workspace (CompanyLogo), so the file can go anywhere; a preview shows it.
    QByteArray logoBytes = CompanyLogo::bytes(m_workspace);
    bool logoChanged = false;
    auto *logo = new QLabel;
    logo->setObjectName(QStringLiteral("logoPreview"));
    logo->setMinimumSize(200, 64);
    logo->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const auto preview = [&] {
        const QImage image = CompanyLogo::image(logoBytes, 480);
        if (image.isNull()) {
            logo->setText(tr("No logo"));
            return;
        }
        const qreal ratio = logo->devicePixelRatioF();
        QPixmap pixmap =
            QPixmap::fromImage(image.scaled(QSize(240, 72) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        logo->setPixmap(pixmap);
    };
    preview();
    auto *browse = new QPushButton(tr("C&hoose…"));
    auto *removeLogo = new QPushButton(tr("&Remove"));
    connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString path =
            QFileDialog::getOpenFileName(&dialog, tr("Logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (path.isEmpty()) {
            return;
        }
        QByteArray data;
        if (const QString error = CompanyLogo::read(path, &data); !error.isEmpty()) {
            QMessageBox::warning(&dialog, tr("Logo"), error);
            return;
        }
        logoBytes = data;
        logoChanged = true;
        preview();
    });
    connect(removeLogo, &QPushButton::clicked, &dialog, [&] {
        logoBytes.clear();
        logoChanged = true;
        preview();
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(logo, 1);
    logoRow->addWidget(browse);
    logoRow->addWidget(removeLogo);
    auto *logoNote = new QLabel(
        tr("PNG, JPEG or SVG up to %1 KB, kept inside the workspace file.").arg(CompanyLogo::MaxBytes / 1024));
    logoNote->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("Company name (for reports):"), company);
    form->addRow(tr("Logo (for reports):"), logoRow);
    form->addRow(QString(), logoNote);
    form->addRow(tr("Currency:"), currency);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    m_workspace.setSetting(QStringLiteral("company"), company->text().trimmed());
    if (logoChanged) {
        const QString error =
            logoBytes.isEmpty() ? CompanyLogo::remove(m_workspace) : CompanyLogo::store(m_workspace, logoBytes);
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Logo"), error);
        }
    }
    m_workspace.setSetting(QStringLiteral("currency"), currency->currentText().trimmed().toUpper());
    requestSnapshot();
}

ChannelsDialog *MainWindow::editChannels()
{
    // Window-modal and deleted when closed, so that a test (or a screenshot) can reach it while it is open.
    auto *dialog = new ChannelsDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChannelsDialog::aliasesChanged, this, &MainWindow::reload);
    dialog->open();
    return dialog;
}

CustomKpisDialog *MainWindow::editCustomKpis()
{
    auto *dialog = new CustomKpisDialog(m_workspace, m_snapshot, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomKpisDialog::kpisChanged, this, &MainWindow::reload);
    dialog->open();
    return dialog;
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import files"), QDir::homePath(), tr("CSV and text exports (*.csv *.txt *.tsv);;All files (*)"));
    if (!files.isEmpty()) {
        importFiles(files);
    }
}

ImportDialog *MainWindow::importFiles(const QStringList &files, const QString &source)
{
    if (!m_teamUrl.isEmpty()) {
        importIntoTeam(files, source);
        return nullptr;
    }
    if (!changeAllowed(this, m_workspace)) {
        return nullptr;
    }
    ImportDialog *dialog = openImportDialog(m_path, files, source);
    connect(dialog, &ImportDialog::importFinished, this, &MainWindow::reload);
    return dialog;
}

ImportDialog *MainWindow::openImportDialog(const QString &workspacePath, const QStringList &files,
                                           const QString &source)
{
    auto *dialog = new ImportDialog(workspacePath, files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!source.isEmpty()) {
        dialog->setSource(source);
    }
    dialog->open();
    return dialog;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile()) {
            files.append(url.toLocalFile());
        }
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_filters->save(settings);
    QMainWindow::closeEvent(event);
}

QStringList MainWindow::saveScreenshots(const QString &dir)
{
    QStringList written;
    QDir().mkpath(dir);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i) == m_goals) {
            // The goals load on their own thread when their tab is shown, then the selected goal's SMART check.
            QEventLoop loop;
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            connect(m_goals, &GoalsPage::refreshed, &loop, &QEventLoop::quit);
            m_tabs->setCurrentIndex(i);
            loop.exec();
            QEventLoop check;
            QTimer::singleShot(1500, &check, &QEventLoop::quit);
            connect(m_goals, &GoalsPage::smartCheckUpdated, &check, &QEventLoop::quit);
            check.exec();
        }
        m_tabs->setCurrentIndex(i);
        QApplication::processEvents();
        // Views that compute when shown (attribution, cohorts): their numbers, not an empty table.
        for (auto [view, loading] : {std::pair<QWidget *, bool>{m_attribution, m_attribution->isLoading()},
                                     std::pair<QWidget *, bool>{m_cohorts, m_cohorts->isLoading()}}) {
            if (loading && m_tabs->widget(i)->isAncestorOf(view)) {
                QEventLoop loop;
                QTimer::singleShot(10000, &loop, &QEventLoop::quit);
                connect(static_cast<PeriodView *>(view), &PeriodView::refreshed, &loop, &QEventLoop::quit);
                loop.exec();
                QApplication::processEvents();
            }
        }
        {
            // The layouts that the filled tables asked for (posted), before the picture.
            QEventLoop settle;
            QTimer::singleShot(100, &settle, &QEventLoop::quit);
            settle.exec();
        }
        // Named in English whatever the language, so that every language's pictures line up.
        static const QStringList names = {
            QStringLiteral("overview"),        QStringLiteral("awareness"),     QStringLiteral("engagement"),
            QStringLiteral("lead-generation"), QStringLiteral("sales"),         QStringLiteral("loyalty"),
            QStringLiteral("funnel"),          QStringLiteral("goals-reviews"), QStringLiteral("data")};
        const QString name = i < names.size() ? names.at(i) : QString::number(i + 1);
        const QString file =
            QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (grab().save(file)) {
            written.append(file);
        }
    }
    // The import dialog, on a small export as a Polish ad account writes it (semicolons, decimal commas).
    QTemporaryDir files;
    QFile csv(files.filePath(QStringLiteral("kampanie-pazdziernik.csv")));
    if (csv.open(QIODevice::WriteOnly)) {
        csv.write(QStringLiteral("date;channel;campaign;impressions;clicks;cost\n"
                                 "01.10.2026;Paid Search;Kampania jesienna – Łódź;12 480;311;402,55\n"
                                 "02.10.2026;Paid Search;Kampania jesienna – Łódź;11 902;298;388,10\n"
                                 "03.10.2026;Paid Social;年度客戶大會;8 004;95;120,00\n")
                      .toUtf8());
        csv.close();
        ImportDialog dialog(m_path, {csv.fileName()}, this);
        dialog.resize(1100, 720);
        dialog.show();
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(QStringLiteral("10-import-dialog.png"));
        if (dialog.grab().save(file)) {
            written.append(file);
        }
    }
    // A review's export: author, audience, the sections chosen and a comment on the executive summary.
    {
        ReportChoices choices;
        choices.author = QStringLiteral("Anna Nowak");
        choices.audience = tr("the Board");
        choices.sections = {QStringLiteral("cover"), QStringLiteral("summary"), QStringLiteral("goals"),
                            QStringLiteral("moved"), QStringLiteral("actions")};
        choices.comments.insert(QStringLiteral("summary"),
                                tr("Pipeline is ahead of plan, mostly thanks to LinkedIn.\n\nWe still need to fix "
                                   "the tracking on the landing page before the October campaign."));
        ReportChoicesDialog dialog(choices, this);
        dialog.show();
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(QStringLiteral("11-review-export-dialog.png"));
        if (dialog.grab().save(file)) {
            written.append(file);
        }
    }
    return written;
}

DrilldownDialog *MainWindow::showRows(int kpi, const Scope &scope, const QString &what)
{
    if (m_path.isEmpty() || kpi < 0 || kpi >= KpiCatalog::all().size()) {
        return nullptr;
    }
    auto *dialog = new DrilldownDialog(m_path, kpi, scope, what, this);
    dialog->show();
    return dialog;
}

GuideDialog *MainWindow::showGuide(const QString &page, const QString &kpi)
{
    if (!m_guide) {
        m_guide = new GuideDialog(this, this);
    }
    m_guide->setCustomKpis(m_workspace.isOpen() ? CustomKpiStore(m_workspace).all() : CustomKpiList());
    if (!kpi.isEmpty()) {
        m_guide->showKpi(kpi);
    } else if (!page.isEmpty()) {
        m_guide->showPage(page);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

} // namespace funnelscope

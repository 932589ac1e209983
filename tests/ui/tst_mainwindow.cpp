// The window as a user meets it, offscreen: every tab on the demo workspace, filters, dropping files, cancelling.

#include "attributionview.h"
#include "breakdownchart.h"
#include "cardgrid.h"
#include "channels/channelaliasmodel.h"
#include "channelsdialog.h"
#include "cohortview.h"
#include "datapage.h"
#include "demo/demogenerator.h"
#include "demo/demoworkspace.h"
#include "filterbar.h"
#include "funnelwidget.h"
#include "goals/goallistmodel.h"
#include "goals/goalstore.h"
#include "goalspage.h"
#include "grouppage.h"
#include "i18n/language.h"
#include "importdialog.h"
#include "importing/importer.h"
#include "importing/importlistmodel.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpisnapshot.h"
#include "kpi/kpitablemodel.h"
#include "kpicard.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "reconciliationview.h"
#include "report/reportchoices.h"
#include "reportchoicesdialog.h"
#include "snapshotloader.h"
#include "stagedatabase.h"
#include "store/importlog.h"
#include "testworkspace.h"
#include "theme.h"
#include "trendchart.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QChart>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QScrollBar>
#include <QTableView>
#include <QToolTip>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

using namespace funnelscope;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // Whether this process holds a POSIX lock on the file, as the kernel lists them (Linux).
    static bool holdsLock(const QString &path)
    {
#ifndef Q_OS_LINUX
        Q_UNUSED(path);
        return false;
#else
        struct stat st = {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
            return false;
        }
        QFile locks(QStringLiteral("/proc/locks"));
        if (!locks.open(QIODevice::ReadOnly)) {
            return false;
        }
        // "1: POSIX  ADVISORY  READ 4242 fe:01:1234567 128 128": the pid, then major:minor:inode.
        const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
        const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino));
        for (const QByteArray &line : locks.readAll().split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() > 5 && f.at(1) == "POSIX" && f.at(4) == pid && f.at(5).endsWith(inode)) {
                return true;
            }
        }
        return false;
#endif
    }

    static bool waitForRefresh(MainWindow &w)
    {
        QSignalSpy spy(&w, &MainWindow::refreshed);
        return spy.wait(30000);
    }

    // Waits until the window shows a snapshot of exactly this scope.
    static bool waitForScope(MainWindow &w, const Scope &scope)
    {
        for (int i = 0; i < 10; ++i) {
            const auto s = w.snapshot();
            if (s && s->scope.from == scope.from && s->scope.to == scope.to && s->scope.channels == scope.channels &&
                !w.loader()->isBusy()) {
                return true;
            }
            if (!waitForRefresh(w)) {
                return false;
            }
        }
        return false;
    }

private slots:
    void cardsFlagSmallSamples()
    {
        // Events: 3 NPS answers in June (10, 10, 10) and 3 in July (10, 10, 0): NPS 100 → 33 is a small sample, shown
        // in grey with its count, not as a red decline. Email's 40 answers are judged as usual.
        QByteArray csv = "response_date,score,respondent_id,comment,channel,campaign\n";
        csv += "2025-06-12,10,,,Events,\n2025-06-12,10,,,Events,\n2025-06-12,10,,,Events,\n";
        csv += "2025-07-12,10,,,Events,\n2025-07-12,10,,,Events,\n2025-07-12,0,,,Events,\n";
        for (int i = 0; i < 40; ++i) {
            csv += QByteArray("2025-07-10,") + (i < 30 ? "10" : "0") + ",,,Email,\n";
            csv += "2025-06-10,10,,,Email,\n";
        }
        TestWorkspace ws;
        ws.importOk(QStringLiteral("surveys.csv"), csv);
        KpiEngine engine(ws.workspace());
        const int nps = KpiCatalog::indexOf(u"nps");
        CardGrid grid({nps}, 1);
        const auto show = [&](const QString &channel) {
            const KpiSnapshot snapshot =
                KpiSnapshot::compute(engine, {QDate(2025, 7, 1), QDate(2025, 7, 31), {channel}, {}},
                                     Comparison::PreviousPeriod, Breakdown::Week, false);
            grid.setSnapshot(snapshot, KpiFormat(QLocale(QLocale::English, QLocale::UnitedStates)),
                             QStringLiteral("vs previous"));
            return grid.card(nps);
        };
        KpiCard *events = show(QStringLiteral("Events"));
        QCOMPARE(events->caveatText(), QStringLiteral("small sample: 3 answers"));
        QVERIFY(events->valueText().startsWith(QStringLiteral("33")));
        QCOMPARE(show(QStringLiteral("Email"))->caveatText(), QString());
    }

    // Spend 10% lower is not "better" by itself: the media spend card shows its change in grey; cost per lead 10%
    // lower is better, in green.
    void spendIsNeitherBetterNorWorse()
    {
        const KpiFormat format(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD"));
        const auto changeColour = [&](const char *id) {
            KpiCard card(KpiCatalog::indexOf(QString::fromLatin1(id)));
            card.setValues(format, 90.0, 100.0, {}, QStringLiteral("vs previous"));
            for (const QLabel *label : card.findChildren<QLabel *>()) {
                if (label->text().contains(u"vs previous")) {
                    return label->palette().color(QPalette::WindowText);
                }
            }
            return QColor();
        };
        QWidget palette;
        QCOMPARE(changeColour("media_cost"), theme::muted(palette.palette()));
        QCOMPARE(changeColour("cpl"), theme::good(palette.palette()));
    }

    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        Workspace ws;
        QCOMPARE(ws.open(m_demo), QString());
        QCOMPARE(DemoWorkspace::fill(ws, DemoGenerator::Options{}), QString());
    }

    void partialBucketsAreDrawnApart()
    {
        // Spend of 10.00 a day from Monday 30 Nov to Wednesday 9 Dec 2026, charted by week up to Sunday 13 Dec:
        // week 49 has 7 days (70.00), week 50 only 3 days of data (30.00): drawn hollow and dashed, said in the
        // legend, the tooltip and the cards' sparkline tooltip, and its value stays 30.00.
        QByteArray csv = "date,channel,campaign,impressions,clicks,cost\n";
        for (QDate d(2026, 11, 30); d <= QDate(2026, 12, 9); d = d.addDays(1)) {
            csv += d.toString(Qt::ISODate).toLatin1() + ",Paid Search,Brand,100,10,10.00\n";
        }
        TestWorkspace ws;
        ws.importOk(QStringLiteral("spend.csv"), csv);
        KpiEngine engine(ws.workspace());
        const KpiSnapshot snapshot = KpiSnapshot::compute(engine, {QDate(2026, 11, 30), QDate(2026, 12, 13), {}, {}},
                                                          Comparison::None, Breakdown::Week);
        QCOMPARE(snapshot.coverage.size(), 2);
        QVERIFY(snapshot.coverage.at(1).partial());

        const int cost = KpiCatalog::indexOf(u"media_cost");
        TrendChart chart;
        chart.setData(snapshot.series, {cost}, snapshot.granularity, KpiFormat(), QStringLiteral("Spend"),
                      snapshot.coverage);
        QCOMPARE(chart.seriesCount(), 1);
        QCOMPARE(chart.pointCount(), 2);
        QCOMPARE(chart.partialPointCount(), 1);
        QVERIFY2(chart.partialNote().contains(QStringLiteral("partial week: 3 of 7 days")),
                 qPrintable(chart.partialNote()));
        QCOMPARE(chart.toolTip(), chart.partialNote());
        // The hollow point is the true 30.00, and a dashed line leads to it.
        bool hollowAt30 = false;
        bool dashed = false;
        for (QAbstractSeries *s : chart.chart()->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
                hollowAt30 = scatter->count() == 1 && scatter->at(0).y() == 30.0;
            } else if (auto *line = qobject_cast<QLineSeries *>(s); line && line->pen().style() == Qt::DashLine) {
                dashed = dashed || line->count() == 2;
            }
        }
        QVERIFY(hollowAt30);
        QVERIFY(dashed);

        // Without coverage (or with whole buckets only) nothing is marked.
        chart.setData(snapshot.series, {cost}, snapshot.granularity, KpiFormat(), QStringLiteral("Spend"));
        QCOMPARE(chart.partialPointCount(), 0);
        QVERIFY(chart.partialNote().isEmpty());

        // The money axis says its currency where the reader's locale puts it: "$70" in English, "70 zł" in Polish.
        const auto moneyAxisFormat = [&](const KpiFormat &format) {
            chart.setData(snapshot.series, {cost}, snapshot.granularity, format, QStringLiteral("Spend"));
            const auto axes = chart.chart()->axes(Qt::Vertical);
            auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
            return axis ? axis->labelFormat().replace(QChar(0x00A0), u' ') : QString();
        };
        QCOMPARE(moneyAxisFormat(KpiFormat(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD"))),
                 QStringLiteral("$%.0f"));
        QCOMPARE(moneyAxisFormat(KpiFormat(QLocale(QLocale::Polish, QLocale::Poland), QStringLiteral("PLN"))),
                 QStringLiteral("%.0f zł"));
        QCOMPARE(moneyAxisFormat(KpiFormat(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("PLN"))),
                 QStringLiteral("PLN %.0f"));
        QCOMPARE(moneyAxisFormat(KpiFormat()), QStringLiteral("%.0f"));

        CardGrid grid({cost}, 1);
        grid.setSnapshot(snapshot, KpiFormat(), QString());
        QVERIFY2(grid.card(cost)->partialNote().contains(QStringLiteral("partial week: 3 of 7 days")),
                 qPrintable(grid.card(cost)->partialNote()));
        QVERIFY(grid.card(cost)->toolTip().contains(QStringLiteral("partial week: 3 of 7 days")));
    }

    void goalsTabShowsGoalsChecksAndReviews()
    {
        MainWindow w(m_demo);
        w.resize(1440, 900);
        w.show();
        GoalsPage *goals = w.goalsPage();
        QVERIFY(goals);
        QSignalSpy refreshed(goals, &GoalsPage::refreshed);
        w.tabs()->setCurrentWidget(goals); // goals load when their tab is first shown
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(goals->goals()->rowCount(), 6);
        QAbstractItemModelTester tester(goals->goals(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(goals->reviews()->count(), 2);
        // Every goal has a status from the demo's data.
        for (int r = 0; r < goals->goals()->rowCount(); ++r) {
            QVERIFY(goals->goals()->index(r, GoalListModel::Status).data(GoalListModel::StatusRole).toString() !=
                    QStringLiteral("no_data"));
        }
        // The SMART check of the selected goal is shown, one line per letter.
        QSignalSpy checked(goals, &GoalsPage::smartCheckUpdated);
        QVERIFY(checked.wait(10000) || !goals->smartCheck()->text().isEmpty());
        for (const char *letter : {"S", "M", "A", "R", "T"}) {
            QVERIFY2(goals->smartCheck()->text().contains(QStringLiteral(" %1</span>").arg(QLatin1StringView(letter))),
                     letter);
        }
        // A saved review exports as a PDF.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("review.pdf"));
        QCOMPARE(goals->exportReview(goals->reviews()->item(0)->data(Qt::UserRole).toLongLong(), pdf), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }

    void reportChoicesAreAskedAndSavedWithTheReview()
    {
        // Export PDF… asks who prepared the review and for whom, which sections and a comment per section, by
        // keyboard; the choices are saved with the review and the workspace remembers the author.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("choices.db"));
        QVERIFY(QFile::copy(m_demo, copy));
        MainWindow w(copy);
        w.resize(1200, 800);
        w.show();
        GoalsPage *goals = w.goalsPage();
        QSignalSpy refreshed(goals, &GoalsPage::refreshed);
        w.tabs()->setCurrentWidget(goals);
        QVERIFY(refreshed.wait(30000));
        const qint64 id = goals->reviews()->item(0)->data(Qt::UserRole).toLongLong();
        QSignalSpy shown(goals, &GoalsPage::reportChoicesShown);
        goals->exportWithChoices(id, goals);
        QCOMPARE(shown.size(), 1);
        auto *dialog = qobject_cast<ReportChoicesDialog *>(shown.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QPointer<ReportChoicesDialog> alive(dialog);
        // Every section ticked at first.
        QCOMPARE(dialog->sections()->count(), ReportChoices::sectionIds().size());
        for (int i = 0; i < dialog->sections()->count(); ++i) {
            QCOMPARE(dialog->sections()->item(i)->checkState(), Qt::Checked);
        }
        QTest::keyClicks(dialog->author(), QStringLiteral("Anna Nowak"));
        QTest::keyClicks(dialog->audience(), QStringLiteral("the Board"));
        // Space clears the selected section: the appendix.
        dialog->sections()->setFocus();
        dialog->sections()->setCurrentRow(int(ReportChoices::sectionIds().indexOf(QStringLiteral("appendix"))));
        QTest::keyClick(dialog->sections(), Qt::Key_Space);
        QCOMPARE(dialog->sections()->currentItem()->checkState(), Qt::Unchecked);
        QVERIFY(!dialog->comment()->isEnabled()); // no comment on a section left out
        dialog->sections()->setCurrentRow(1);     // the executive summary
        QVERIFY(dialog->comment()->isEnabled());
        QTest::keyClicks(dialog->comment(), QStringLiteral("On plan."));
        // Tab leaves the comment box rather than typing a tab.
        dialog->comment()->setFocus();
        QTest::keyClick(dialog->comment(), Qt::Key_Tab);
        QCOMPARE(dialog->comment()->toPlainText(), QStringLiteral("On plan."));
        const ReportChoices chosen = dialog->choices();
        QCOMPARE(chosen.sections.size(), ReportChoices::sectionIds().size() - 1);
        QVERIFY(!chosen.sections.contains(QStringLiteral("appendix")));
        QCOMPARE(chosen.comment(QStringLiteral("summary")), QStringLiteral("On plan."));

        const QString pdf = dir.filePath(QStringLiteral("pack.pdf"));
        goals->setNextExportPath(pdf);
        QSignalSpy exported(goals, &GoalsPage::reviewExported);
        dialog->exportButton()->click();
        QTRY_VERIFY(alive.isNull()); // closed, and deleted
        // Written on a thread of its own; then the user is told where, and may open it.
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.at(0).at(0).toString(), pdf);
        QVERIFY(QFile::exists(pdf));
        auto *box = goals->findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QDir::toNativeSeparators(pdf)));
        const QList<QAbstractButton *> buttons = box->buttons();
        QVERIFY(std::any_of(buttons.begin(), buttons.end(), [](QAbstractButton *b) { return b->text() == u"Open"; }));
        box->close();
        const ReportChoices saved = ReportChoices::ofReview(GoalStore(w.workspace()).review(id)->content);
        QCOMPARE(saved.author, QStringLiteral("Anna Nowak"));
        QCOMPARE(saved.audience, QStringLiteral("the Board"));
        QCOMPARE(saved.sections, chosen.sections);
        QCOMPARE(saved.comment(QStringLiteral("summary")), QStringLiteral("On plan."));
        QCOMPARE(w.workspace().setting(QStringLiteral("last_author")), QStringLiteral("Anna Nowak"));

        // The next review's export starts from the workspace's last author.
        const qint64 other = goals->reviews()->item(1)->data(Qt::UserRole).toLongLong();
        goals->exportWithChoices(other, goals);
        QCOMPARE(shown.size(), 2);
        auto *next = qobject_cast<ReportChoicesDialog *>(shown.at(1).at(0).value<QDialog *>());
        QVERIFY(next);
        QCOMPARE(next->author()->text(), QStringLiteral("Anna Nowak"));
        QVERIFY(next->audience()->text().isEmpty());
        next->reject();
    }

    void goalsTabReopenedMeasuresUpToTheLatestData()
    {
        // Reopened on the Goals tab, the window measures every goal up to the workspace's last day with data, as
        // after F5: not up to today (every goal "off track", "Now 0") because the tab was shown before the dates
        // were read.
        const auto rowsOf = [](GoalsPage *goals) {
            QStringList rows;
            for (int r = 0; r < goals->goals()->rowCount(); ++r) {
                rows.append(goals->goals()->index(r, GoalListModel::Name).data().toString() + u'|' +
                            goals->goals()->index(r, GoalListModel::Current).data().toString() + u'|' +
                            goals->goals()->index(r, GoalListModel::Status).data(GoalListModel::StatusRole).toString());
            }
            return rows;
        };
        QStringList loaded;
        {
            MainWindow w(m_demo);
            w.show();
            QVERIFY(waitForRefresh(w)); // the dates are known
            GoalsPage *goals = w.goalsPage();
            QSignalSpy refreshed(goals, &GoalsPage::refreshed);
            w.tabs()->setCurrentWidget(goals);
            QVERIFY(refreshed.wait(30000));
            loaded = rowsOf(goals);
            w.close(); // remembers the tab
        }
        QCOMPARE(loaded.size(), 6);
        QVERIFY2(loaded.filter(QStringLiteral("|off_track")).size() < 6, qPrintable(loaded.join(u'\n')));
        MainWindow w(m_demo);
        GoalsPage *goals = w.goalsPage();
        QCOMPARE(w.tabs()->currentWidget(), goals);
        QSignalSpy refreshed(goals, &GoalsPage::refreshed);
        w.show();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(rowsOf(goals), loaded);
        // The selected goal's pace: the value axis names the KPI, and a point of the actual line tells its values.
        QChart *pace = goals->paceChart()->chart();
        QTRY_VERIFY_WITH_TIMEOUT(!pace->axes(Qt::Vertical).isEmpty(), 10000);
        QVERIFY(!pace->axes(Qt::Vertical).constFirst()->titleText().isEmpty());
        QLineSeries *actual = nullptr;
        for (QAbstractSeries *series : pace->series()) {
            if (series->name() == u"Actual") {
                actual = qobject_cast<QLineSeries *>(series);
            }
        }
        QVERIFY(actual && actual->count() > 0);
        emit actual->hovered(actual->at(0), true);
        QVERIFY2(QToolTip::text().contains(u"\nActual: ") && QToolTip::text().contains(u"\nPlanned pace: "),
                 qPrintable(QToolTip::text()));
        w.tabs()->setCurrentIndex(0); // the next tests start on the Overview
        w.close();
    }

    void annotationsAreDrawnOnEveryTrendChart()
    {
        // A note of the shown period is on the overview's, every stage's and the goals' pace chart, one of 2001 on
        // none; removing it from a chart removes it from all.
        const QString path = m_dir.filePath(QStringLiteral("annotated.db"));
        QVERIFY(QFile::copy(m_demo, path));
        MainWindow w(path);
        w.resize(1200, 800);
        w.show();
        QVERIFY(waitForRefresh(w));
        const Scope scope = w.snapshot()->scope;
        GoalStore store(w.workspace());
        const qint64 inside = store.saveAnnotation(
            {-1, scope.from.addDays(3), scope.from.addDays(5), QStringLiteral("Tracking broken"), {}});
        const qint64 outside =
            store.saveAnnotation({-1, QDate(2001, 5, 1), QDate(2001, 5, 1), QStringLiteral("Long ago"), {}});
        QVERIFY(inside > 0 && outside > 0);
        TrendChart *overview = w.overview()->trendChart();
        emit overview->removeAnnotationRequested(outside); // removes the old one and shows the period's again
        QCOMPARE(overview->annotations().size(), 1);
        QCOMPARE(overview->annotations().constFirst().text, QStringLiteral("Tracking broken"));
        for (GroupPage *page : w.groupPages()) {
            QCOMPARE(page->trendChart()->annotations().size(), 1);
        }
        // A goal's pace chart reaches past the shown period: it is given every note, and draws those of its dates.
        QCOMPARE(w.goalsPage()->paceChart()->annotations().size(), 1); // the one of 2001 removed
        QCOMPARE(w.goalsPage()->paceChart()->annotations().constFirst().id, inside);
        // The day under the middle of the plot is one of the shown period (the context menu prefills it).
        overview->grab(); // laid out and drawn, markers included
        QVERIFY(!overview->chart()->plotArea().isEmpty());
        const QPointF middle = overview->chart()->mapToScene(overview->chart()->plotArea().center());
        const auto day = overview->dayAt(overview->mapFromScene(middle));
        QVERIFY(day.has_value());
        QVERIFY2(*day >= scope.from.addDays(-1) && *day <= scope.to, qPrintable(day->toString(Qt::ISODate)));
        emit w.groupPages().constFirst()->trendChart()->removeAnnotationRequested(inside);
        QVERIFY(overview->annotations().isEmpty());
        QVERIFY(store.annotations().isEmpty());
    }

    void everyTabShowsData()
    {
        MainWindow w(m_demo);
        w.resize(1440, 900);
        w.show();
        QVERIFY(waitForRefresh(w));
        QCOMPARE(w.tabs()->count(), 9);
        QStringList tabs;
        for (int i = 0; i < w.tabs()->count(); ++i) {
            tabs.append(w.tabs()->tabText(i));
        }
        QCOMPARE(tabs,
                 (QStringList{QStringLiteral("Overview"), QStringLiteral("Awareness"), QStringLiteral("Engagement"),
                              QStringLiteral("Lead generation"), QStringLiteral("Sales"), QStringLiteral("Loyalty"),
                              QStringLiteral("Funnel"), QStringLiteral("Goals && reviews"), QStringLiteral("Data")}));

        // Overview: a card per headline KPI, all with a value; both charts drawn.
        int cards = 0;
        for (CardGrid *grid : w.overview()->grids()) {
            for (KpiCard *card : grid->cards()) {
                ++cards;
                QVERIFY2(card->valueText() != QStringLiteral("—"), qPrintable(KpiCatalog::at(card->kpiIndex()).id));
                QVERIFY(!card->toolTip().isEmpty());
            }
        }
        QCOMPARE(cards, 16);
        QCOMPARE(w.overview()->trendChart()->seriesCount(), 2);
        QVERIFY(w.overview()->trendChart()->pointCount() > 10);
        QVERIFY(w.overview()->breakdownChart()->barCount() >= 5);

        // Every stage tab: cards, a line, bars, a table by channel with every KPI of the stage.
        for (GroupPage *page : w.groupPages()) {
            w.tabs()->setCurrentWidget(page);
            const QString name = KpiCatalog::groupName(page->group());
            QVERIFY2(page->trendChart()->pointCount() > 5, qPrintable(name));
            QVERIFY2(page->breakdownChart()->barCount() > 0, qPrintable(name));
            QVERIFY2(page->tableModel()->rowCount() >= 5, qPrintable(name));
            QCOMPARE(page->tableModel()->columnCount(), page->cards()->cards().size() + 1);
            QVERIFY(!page->tableModel()->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
            QAbstractItemModelTester tester(page->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        // Campaigns are computed when a table shows them, then kept while that table is on screen.
        GroupPage *sales = w.groupPages().at(3);
        w.tabs()->setCurrentWidget(sales);
        QVERIFY(!w.snapshot()->withCampaigns);
        sales->tableBy()->setCurrentIndex(1);
        QVERIFY(waitForRefresh(w));
        QVERIFY(w.snapshot()->withCampaigns);
        QCOMPARE(sales->tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Campaign"));
        QCOMPARE(sales->tableModel()->rowCount(), w.snapshot()->campaigns.size() + 1); // and the total
        QVERIFY2(sales->tableModel()->rowCount() > 5, qPrintable(QString::number(sales->tableModel()->rowCount())));
        // The funnel has all eight steps.
        for (const auto &step : w.funnel()->current()) {
            QVERIFY(step.has_value());
        }
        // The generator's seven files, and the euro account with its rates.
        QCOMPARE(w.dataPage()->imports()->rowCount(), 9);
        QAbstractItemModelTester importsTester(w.dataPage()->imports(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rejectedTester(w.dataPage()->rejected(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void filterChangeMatchesTheCli()
    {
        MainWindow w(m_demo);
        w.show();
        QVERIFY(waitForRefresh(w));
        const Scope wanted{QDate(2025, 1, 1), QDate(2025, 3, 31), {QStringLiteral("Paid Search")}, {}};
        w.filterBar()->setChannels(wanted.channels);
        w.filterBar()->setCustomRange(wanted.from, wanted.to);
        QVERIFY(waitForScope(w, wanted));

        QProcess cli;
        cli.start(QStringLiteral(FUNNELSCOPE_CLI),
                  {QStringLiteral("kpis"), QStringLiteral("--db"), m_demo, QStringLiteral("--from"),
                   QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-03-31"),
                   QStringLiteral("--channel"), QStringLiteral("Paid Search")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject values =
            QJsonDocument::fromJson(cli.readAllStandardOutput()).object().value(QStringLiteral("values")).toObject();
        const KpiFormat format(QLocale(), w.workspace().currency());
        int checked = 0;
        for (CardGrid *grid : w.overview()->grids()) {
            for (KpiCard *card : grid->cards()) {
                const QJsonValue v = values.value(KpiCatalog::at(card->kpiIndex()).id);
                const std::optional<double> expected = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
                QCOMPARE(card->valueText(), format.value(card->kpiIndex(), expected));
                ++checked;
            }
        }
        QCOMPARE(checked, 16);
        QVERIFY(values.value(QStringLiteral("leads")).toDouble() > 0);
    }

    void savedViewsSwitchTheWindowAndTheCli()
    {
        // A view saved in the window (the last quarter, Paid Search, compared with a year before, on the Sales tab)
        // comes back after the filters changed, and `kpis --view` computes the same period and filters.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("views.db"));
        QVERIFY(QFile::copy(m_demo, path));
        MainWindow w(path);
        w.show();
        QVERIFY(waitForRefresh(w));
        w.filterBar()->setComparison(Comparison::PreviousYear);
        w.filterBar()->setChannels({QStringLiteral("Paid Search")});
        w.filterBar()->setPreset(PeriodPreset::LastQuarter);
        w.tabs()->setCurrentIndex(4);
        QCOMPARE(w.currentTabId(), QStringLiteral("sales"));
        QCOMPARE(w.saveView(QStringLiteral("Paid last quarter")), QString());
        const auto [from, to] = periodpreset::range(PeriodPreset::LastQuarter, w.filterBar()->anchor());
        const Scope paid{from, to, {QStringLiteral("Paid Search")}, {}};
        QVERIFY(waitForScope(w, paid));
        KpiCard *card = w.groupPages().at(3)->cards()->cards().constFirst(); // on the Sales tab, shown
        const QString shown = card->valueText();

        w.filterBar()->setChannels({});
        w.filterBar()->setPreset(PeriodPreset::Last7);
        w.tabs()->setCurrentIndex(0);
        QVERIFY(w.applyView(QStringLiteral("paid LAST quarter"))); // names without case
        QCOMPARE(w.currentTabId(), QStringLiteral("sales"));
        QCOMPARE(w.filterBar()->preset(), PeriodPreset::LastQuarter);
        QCOMPARE(w.filterBar()->comparison(), Comparison::PreviousYear);
        QVERIFY(waitForScope(w, paid));
        QCOMPARE(w.snapshot()->previousScope.from, from.addYears(-1));
        QCOMPARE(card->valueText(), shown);
        QVERIFY(!w.applyView(QStringLiteral("no such view")));

        // The Views menu lists it, checked, with its shortcut.
        const QList<QAction *> actions = w.viewsMenu()->actions();
        const auto item =
            std::find_if(actions.begin(), actions.end(), [](QAction *a) { return a->text() == u"Paid last quarter"; });
        QVERIFY(item != actions.end());
        QVERIFY((*item)->isChecked());
        QCOMPARE((*item)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
        if (const QString dir = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS"); !dir.isEmpty()) {
            // docs/screenshots/14-saved-views.png: FUNNELSCOPE_SCREENSHOTS=docs/screenshots
            // build/tests/ui/tst_mainwindow savedViewsSwitchTheWindowAndTheCli. The menu is a window of its own,
            // drawn onto the window's picture where it opens.
            w.resize(1280, 720);
            QTest::qWait(300);
            QMenu *menu = w.viewsMenu();
            const QPoint at = w.mapToGlobal(QPoint(w.menuBar()->actionGeometry(menu->menuAction()).bottomLeft()));
            menu->popup(at);
            QTest::qWait(300);
            QPixmap picture = w.grab();
            QPainter painter(&picture);
            painter.drawPixmap(menu->pos() - w.mapToGlobal(QPoint(0, 0)), menu->grab());
            painter.end();
            menu->hide();
            QVERIFY(picture.save(dir + QStringLiteral("/14-saved-views.png")));
        }
        w.filterBar()->setChannels({});
        const QList<QAction *> after = w.viewsMenu()->actions();
        const auto unchecked =
            std::find_if(after.begin(), after.end(), [](QAction *a) { return a->text() == u"Paid last quarter"; });
        QVERIFY(unchecked != after.end());
        QVERIFY(!(*unchecked)->isChecked());

        QProcess cli;
        cli.start(QStringLiteral(FUNNELSCOPE_CLI), {QStringLiteral("kpis"), QStringLiteral("--db"), path,
                                                    QStringLiteral("--view"), QStringLiteral("Paid last quarter")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("from")).toString(), from.toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("to")).toString(), to.toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("channels")).toArray(), QJsonArray{QStringLiteral("Paid Search")});
        QCOMPARE(o.value(QStringLiteral("previous")).toObject().value(QStringLiteral("from")).toString(),
                 from.addYears(-1).toString(Qt::ISODate));
        const KpiFormat format(QLocale(), w.workspace().currency());
        const QJsonValue value =
            o.value(QStringLiteral("values")).toObject().value(KpiCatalog::at(card->kpiIndex()).id);
        QCOMPARE(format.value(card->kpiIndex(), value.toDouble()), shown);

        // `report --view` writes the review of the same period and filters: its cover says them.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
        }
        const QString pdf = dir.filePath(QStringLiteral("paid.pdf"));
        QProcess report;
        report.start(QStringLiteral(FUNNELSCOPE_CLI),
                     {QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--view"),
                      QStringLiteral("Paid last quarter"), QStringLiteral("--out"), pdf, QStringLiteral("--lang"),
                      QStringLiteral("en")});
        QVERIFY(report.waitForFinished(60000));
        QCOMPARE(report.exitCode(), 0);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY2(printed.contains(QStringLiteral("Filters: Paid Search.")), qPrintable(printed.left(400)));
        const QLocale english(QLocale::English, QLocale::UnitedStates); // "Sep", as the report writes it
        const QString compared = QStringLiteral("Compared with %1 – %2.")
                                     .arg(english.toString(from.addYears(-1), QStringLiteral("d MMM yyyy")),
                                          english.toString(to.addYears(-1), QStringLiteral("d MMM yyyy")));
        QVERIFY2(printed.contains(compared), qPrintable(compared + u'\n' + printed.left(400)));
    }

    void stageViewsShowTheirNumbers()
    {
        MainWindow w(m_demo);
        w.resize(1440, 900);
        w.show();
        QVERIFY(waitForRefresh(w));
        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOT_DIR");
        // Sales: every model's credit per channel, as a table and grouped bars.
        QSignalSpy attributed(w.attribution(), &AttributionView::refreshed);
        w.tabs()->setCurrentWidget(w.groupPages().at(3));
        QVERIFY(attributed.wait(30000));
        QVERIFY(w.attribution()->table()->rowCount() >= 5);
        QCOMPARE(w.attribution()->table()->columnCount(), 6);
        QCOMPARE(w.attribution()->chartSets(), 5);
        // The last row is each model's total: the same conversions, shared out differently.
        QTableWidget *credited = w.attribution()->table();
        const int models = credited->rowCount() - 1;
        QCOMPARE(credited->item(models, 0)->text(), QStringLiteral("Total"));
        for (int m = 2; m < credited->columnCount(); ++m) {
            QCOMPARE(credited->item(models, m)->text(), credited->item(models, 1)->text());
        }
        w.attribution()->measure()->setCurrentIndex(2); // won revenue
        QVERIFY(w.attribution()->table()->item(0, 1)->text().contains(QLocale().decimalPoint()));
        // Lead generation: platform leads against the CRM's, per channel.
        w.tabs()->setCurrentWidget(w.groupPages().at(2));
        QTableWidget *reconciled = w.reconciliation()->table();
        QVERIFY(reconciled->rowCount() >= 5);
        // The last row is the period's total: its CRM leads are the Leads card's.
        const int total = reconciled->rowCount() - 1;
        QCOMPARE(reconciled->item(total, 0)->text(), QStringLiteral("Total"));
        QVERIFY(reconciled->item(total, 0)->font().bold());
        QCOMPARE(reconciled->item(total, 2)->text(), KpiFormat(QLocale()).number(*w.snapshot()->values.value(u"leads"), 0));
        // Funnel: one cohort per month of the period (the last 30 days: one or two).
        QSignalSpy cohorts(w.cohorts(), &CohortView::refreshed);
        w.tabs()->setCurrentIndex(6);
        QVERIFY(cohorts.wait(30000));
        QVERIFY(w.cohorts()->table()->rowCount() >= 1);
        QVERIFY(w.cohorts()->table()->item(0, 1)->text() != QStringLiteral("0"));
        // The last row is every cohort together: the sum of their leads.
        QTableWidget *cohortTable = w.cohorts()->table();
        const int all = cohortTable->rowCount() - 1;
        QCOMPARE(cohortTable->item(all, 0)->text(), QStringLiteral("Total"));
        int leads = 0;
        for (int r = 0; r < all; ++r) {
            leads += QLocale().toInt(cohortTable->item(r, 1)->text());
        }
        QVERIFY(leads > 0);
        QCOMPARE(QLocale().toInt(cohortTable->item(all, 1)->text()), leads);
        QCOMPARE(w.cohorts()->table()->columnCount(), 7);
        if (!shots.isEmpty()) {
            w.attribution()->grab().save(shots + QStringLiteral("/sales-attribution.png"));
            w.reconciliation()->grab().save(shots + QStringLiteral("/leads-reconciliation.png"));
            w.cohorts()->grab().save(shots + QStringLiteral("/funnel-cohorts.png"));
        }
    }

    void copyEscapesFormulaTextLikeExport()
    {
        // A stage table whose channels are named like formulas, one with a line break. Copy puts tab-separated text on
        // the clipboard, Export CSV writes a file: both make the names inert text and leave the numbers numbers.
        const int impressions = KpiCatalog::indexOf(u"impressions");
        const int reach = KpiCatalog::indexOf(u"reach");
        auto snapshot = std::make_shared<KpiSnapshot>();
        snapshot->scope = Scope{QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {}};
        snapshot->values.values.resize(KpiCatalog::all().size());
        snapshot->values.values[impressions] = 1500000; // the scope's own: its total row
        snapshot->values.values[reach] = 2.0 / 3;       // a ratio-like value, exported rounded
        const QStringList names = {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+cmd"), QStringLiteral("-2"),
                                   QStringLiteral("@sum"), QStringLiteral("Line\nbreak")};
        for (int i = 0; i < names.size(); ++i) {
            KpiValues v;
            v.values.resize(KpiCatalog::all().size());
            v.values[impressions] = 500000 - 100000 * i; // the table sorts by impressions, largest first
            v.values[reach] = -1500;                     // a negative number stays a number
            snapshot->channels.append(KpiEngine::Row{names.at(i), snapshot->scope, v, {}, std::nullopt});
        }
        GroupPage page(KpiGroup::Awareness);
        page.resize(1200, 900);
        page.show();
        page.setSnapshot(snapshot, KpiFormat(QLocale(QLocale::English, QLocale::UnitedStates)), QString());
        QCOMPARE(page.tableModel()->rowCount(), 6); // five channels and the total

        // Copy of the first three columns, as a user selects them.
        QAbstractItemModel *shown = page.table()->model();
        page.table()->selectionModel()->select(QItemSelection(shown->index(0, 0), shown->index(4, 2)),
                                               QItemSelectionModel::Select);
        QPushButton *copy = nullptr;
        for (QPushButton *button : page.findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Cop&y")) {
                copy = button;
            }
        }
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Channel\tImpressions\tReach\n"
                                                                      "\"'=HYPERLINK(\"\"x\"\")\"\t500,000\t-1,500\n"
                                                                      "'+cmd\t400,000\t-1,500\n"
                                                                      "'-2\t300,000\t-1,500\n"
                                                                      "'@sum\t200,000\t-1,500\n"
                                                                      "\"Line\nbreak\"\t100,000\t-1,500\n"));

        // Export CSV: the same names, the numbers as plain decimals, after comment lines saying what the rows are.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("awareness-channels.csv"));
        const auto exported = [&] {
            if (!page.exportCsv(path).isEmpty()) {
                return QStringList();
            }
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"))
                                                  : QStringList();
        };
        QStringList lines = exported();
        QCOMPARE(lines.mid(0, 4), (QStringList{QStringLiteral("# Funnelscope: Awareness by channel"),
                                               QStringLiteral("# Period: 2025-01-01 to 2025-01-31"),
                                               QStringLiteral("# Channels: all"), QStringLiteral("# Campaigns: all")}));
        lines = lines.mid(4);
        QCOMPARE(lines.size(), 8); // header, five rows, the total, and the empty rest after the last line end
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",500000,-1500,")),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("'-2,300000,-1500,")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(5).startsWith(QStringLiteral("\"Line\nbreak\",100000,-1500,")), qPrintable(lines.at(5)));
        // The scope's own values, rounded to six decimals: no 0.6666666666666666.
        QVERIFY2(lines.at(6).startsWith(QStringLiteral("Total,1500000,0.666667,")), qPrintable(lines.at(6)));

        // As the user sorts and filters: Reach is the same for all, impressions smallest first, "-" rows only; the
        // total stays last.
        page.table()->sortByColumn(1, Qt::AscendingOrder);
        QLineEdit *filter = page.findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setText(QStringLiteral("-"));
        lines = exported();
        QCOMPARE(lines.at(4), QStringLiteral("# Rows containing: -"));
        lines = lines.mid(5);
        QCOMPARE(lines.size(), 4); // header, "-2", the total, the empty rest
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("'-2,300000,")), qPrintable(lines.at(1)));
        // The total is every row's, as on screen, and says so: not the sum of the rows shown.
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("Total of all rows,1500000,")), qPrintable(lines.at(2)));
        QCOMPARE(page.table()->model()->index(1, 0).data().toString(), QStringLiteral("Total of all rows"));
        filter->clear();
        QCOMPARE(page.table()->model()->index(5, 0).data().toString(), QStringLiteral("Total"));
    }

    // Tables grow with their page, which scrolls, instead of scrolling a few rows of their own (issue 18): the
    // stage tables, reconciliation, attribution and the lead cohorts.
    void tablesGrowWithThePage()
    {
        MainWindow w(m_demo);
        w.resize(1280, 720);
        w.show();
        QVERIFY(waitForRefresh(w));
        const QList<QTableView *> tables{w.reconciliation()->table(), w.attribution()->table(), w.cohorts()->table(),
                                         w.groupPages().at(3)->table()};
        for (QTableView *table : tables) {
            for (int i = 0; i < w.tabs()->count(); ++i) {
                if (w.tabs()->widget(i)->isAncestorOf(table)) {
                    w.tabs()->setCurrentIndex(i);
                }
            }
            QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 3, 30000);
            QTest::qWait(100);
            QVERIFY2(table->verticalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("%1 of %2 rows scroll inside a table %3 px high")
                                    .arg(table->verticalScrollBar()->maximum())
                                    .arg(table->model()->rowCount())
                                    .arg(table->height())));
        }
    }

    // Export CSV writes the table as it is shown. On the demo's Awareness tab filtered to "Paid" and sorted by
    // impressions, most first, the file has the table's rows in the same order with the same counts as plain decimals
    // (1,234,567 on screen, 1234567 in the file), after comment lines on the period and the filter.
    void exportMatchesTheTable()
    {
        MainWindow w(m_demo);
        w.resize(1440, 900);
        w.show();
        QVERIFY(waitForRefresh(w));
        GroupPage *page = w.groupPages().at(0);
        w.tabs()->setCurrentWidget(page);
        QLineEdit *filter = page->findChild<QLineEdit *>();
        QVERIFY(filter);
        filter->setText(QStringLiteral("Paid"));
        page->table()->sortByColumn(1, Qt::DescendingOrder);
        QAbstractItemModel *shown = page->table()->model();
        QCOMPARE(shown->headerData(1, Qt::Horizontal).toString().simplified(), QStringLiteral("Impressions"));
        QCOMPARE(shown->rowCount(), 3); // Paid Search, Paid Social and the total

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("awareness-channels.csv"));
        QCOMPARE(page->exportCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), QStringLiteral("# Funnelscope: Awareness by channel"));
        QCOMPARE(lines.at(1), QStringLiteral("# Period: %1 to %2")
                                  .arg(w.snapshot()->scope.from.toString(Qt::ISODate),
                                       w.snapshot()->scope.to.toString(Qt::ISODate)));
        QVERIFY(lines.contains(QStringLiteral("# Rows containing: Paid")));
        qsizetype header = 0;
        while (header < lines.size() && lines.at(header).startsWith(u'#')) {
            ++header;
        }
        QVERIFY2(lines.at(header).startsWith(QStringLiteral("Channel,Impressions,")), qPrintable(lines.at(header)));
        for (int r = 0; r < shown->rowCount(); ++r) {
            const QStringList cells = lines.at(header + 1 + r).split(u',');
            QCOMPARE(cells.at(0), shown->index(r, 0).data().toString());
            QCOMPARE(cells.at(1), shown->index(r, 1).data().toString().remove(u','));
        }
        QCOMPARE(lines.at(header + 1).section(u',', 0, 0), QStringLiteral("Paid Social")); // the most impressions
        // Plain decimals: no exponent form anywhere, no float noise (at most six decimals).
        QVERIFY(!QRegularExpression(QStringLiteral("\\d[eE][+-]?\\d")).match(text).hasMatch());
        QVERIFY(!QRegularExpression(QStringLiteral("\\.\\d{7,}")).match(text).hasMatch());

        if (const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
            // docs/screenshots/15-csv-export.png: FUNNELSCOPE_SCREENSHOTS=docs/screenshots
            // build/tests/ui/tst_mainwindow exportMatchesTheTable. The table as shown, and below it the file it wrote.
            QTest::qWait(300);
            QWidget *content = page->widget();
            const QPoint tableAt = page->table()->mapTo(content, QPoint(0, 0));
            const QRect table(0, tableAt.y() - filter->height() - 16, content->width(),
                              page->table()->height() + filter->height() + 24);
            page->ensureVisible(0, table.bottom());
            QPlainTextEdit view;
            view.setReadOnly(true);
            view.setLineWrapMode(QPlainTextEdit::NoWrap);
            view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            view.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            view.setPlainText(text);
            view.resize(content->width(), view.fontMetrics().lineSpacing() * int(lines.size() + 1) + 16);
            QLabel title(QStringLiteral("awareness-channels.csv, as written by Export CSV…"));
            title.setContentsMargins(8, 4, 8, 4);
            title.resize(content->width(), title.sizeHint().height());
            QPixmap picture(content->width(), table.height() + title.height() + view.height());
            picture.fill(content->palette().window().color());
            QPainter painter(&picture);
            painter.drawPixmap(0, 0, content->grab(table));
            painter.drawPixmap(0, table.height(), title.grab());
            painter.drawPixmap(0, table.height() + title.height(), view.grab());
            painter.end();
            QVERIFY(picture.save(shots + QStringLiteral("/15-csv-export.png")));
        }
    }

    void importDialogNamesTheTool()
    {
        QTemporaryDir dir;
        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOT_DIR");
        {
            // GA4: detected, with its confidence; sessions × engagement time shown as the stored column.
            ImportDialog dialog(dir.filePath(QStringLiteral("ws.db")),
                                {QStringLiteral(FUNNELSCOPE_EXPORTS "/google-analytics-4-traffic.csv")});
            dialog.resize(1100, 720);
            QCOMPARE(dialog.layout().mapping->presetId(), QStringLiteral("google-analytics-4"));
            QCOMPARE(
                dialog.presetBox()->currentText(),
                QStringLiteral("Detect from the header (Google Analytics 4 (English), 100% of its columns known)"));
            QStringList stored;
            for (int r = 0; r < dialog.mapping()->rowCount(); ++r) {
                if (QTableWidgetItem *item = dialog.mapping()->item(r, 1)) {
                    stored.append(item->text());
                }
            }
            QCOMPARE(stored,
                     QStringList{QStringLiteral("engaged_seconds = Sessions × Average engagement time per session")});
            QCOMPARE(dialog.preview()->rowCount(), 3);
            if (!shots.isEmpty()) {
                dialog.show();
                dialog.grab().save(shots + QStringLiteral("/import-dialog-preset.png"));
            }
        }
        {
            // Mailchimp: the channel the file lacks comes from the preset, and the dialog says so; choosing another
            // tool re-reads the file.
            ImportDialog dialog(dir.filePath(QStringLiteral("ws.db")),
                                {QStringLiteral(FUNNELSCOPE_EXPORTS "/mailchimp-campaigns.csv")});
            QVERIFY2(
                dialog.warnings().contains(u"Every row gets channel 'Email' (from the Mailchimp campaigns preset)"),
                qPrintable(dialog.warnings()));
            dialog.presetBox()->setCurrentIndex(dialog.presetBox()->findData(QStringLiteral("generic")));
            emit dialog.presetBox()->activated(dialog.presetBox()->currentIndex());
            QVERIFY(!dialog.layout().mapping);
            QVERIFY(dialog.warnings().contains(u"cannot be imported"));
        }
    }

    // Costs written "1.234" only, ISO dates, commas: the file cannot tell 1234 from 1.234, so the dialog asks, and the
    // user's choice decides the whole file; a file that proves its separator says which it found.
    void importDialogAsksForTheDecimalSeparator()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("ambiguous.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date,channel,campaign,cost\n2025-01-01,Email,Spring,1.234\n2025-01-02,Email,Spring,2.500\n");
        file.close();
        ImportDialog dialog(dir.filePath(QStringLiteral("ws.db")), {csv});
        auto *decimal = dialog.decimalBox();
        QVERIFY(dialog.layout().decimalNeeded);
        QVERIFY2(dialog.warnings().contains(u"Choose the decimal separator"), qPrintable(dialog.warnings()));
        QCOMPARE(decimal->itemText(0), QStringLiteral("Detect from the numbers"));
        decimal->setCurrentIndex(decimal->findData(QStringLiteral(",")));
        emit decimal->activated(decimal->currentIndex());
        QVERIFY(!dialog.layout().decimalNeeded);
        QVERIFY2(dialog.layout().refusal.isEmpty(), qPrintable(dialog.layout().refusal));
        QCOMPARE(dialog.layout().decimalSeparator, QChar(u','));
        QVERIFY(!dialog.warnings().contains(u"Choose the decimal separator"));
        QCOMPARE(dialog.preview()->rowCount(), 2);

        // A decimal comma in a cell proves the file's separator: the box says what was found.
        const QString proven = dir.filePath(QStringLiteral("proven.csv"));
        QFile other(proven);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("date,channel,campaign,cost\n2025-01-01,Email,Spring,\"0,07\"\n");
        other.close();
        ImportDialog second(dir.filePath(QStringLiteral("ws.db")), {proven});
        QVERIFY(!second.layout().decimalNeeded);
        QCOMPARE(second.decimalBox()->itemText(0), QStringLiteral("Detect from the numbers (comma)"));
    }

    void importDialogMapsDealStages()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ws.db"));
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        const QString q1 =
            write(QStringLiteral("bids-q1.csv"), "Record ID,Deal Name,Deal Stage,Create Date,Close Date,Amount\n"
                                                 "1,Bid A,Closed: won,2023-01-05,2023-02-01,1000\n"
                                                 "2,Bid B,Awaiting outcome,2023-01-06,2023-02-02,2000\n"
                                                 "3,Bid C,Closed: won,2023-01-07,2023-02-03,4000\n"
                                                 "4,Bid D,On hold / future opportunity,2023-01-08,,8000\n");
        const QString q2 = write(QStringLiteral("bids-q2.csv"), "Record ID,Deal Name,Deal Stage,Create Date,Amount\n"
                                                                "5,Bid E,Awaiting outcome,2023-04-03,16000\n");
        QVERIFY(!q1.isEmpty() && !q2.isEmpty());
        const auto choices = [](const ImportDialog &dialog) {
            QStringList out;
            for (int r = 0; r < dialog.stages()->rowCount(); ++r) {
                const auto *box = qobject_cast<QComboBox *>(dialog.stages()->cellWidget(r, 1));
                out.append(dialog.stages()->item(r, 0)->text() + u'=' + (box ? box->currentText() : QString()));
            }
            return out;
        };
        {
            ImportDialog dialog(db, {q1});
            // Plain amounts and no currency known: the dialog asks for the account's, which is chosen.
            auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currencyBox"));
            QVERIFY(currency);
            QVERIFY2(dialog.warnings().contains(u"No currency is known"), qPrintable(dialog.warnings()));
            currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
            QVERIFY2(!dialog.warnings().contains(u"No currency is known"), qPrintable(dialog.warnings()));
            QVERIFY(dialog.stages()->isVisibleTo(&dialog));
            // The file's distinct stages, in order, each defaulting to what the rules say.
            QCOMPARE(choices(dialog),
                     (QStringList{QStringLiteral("Closed: won=won"), QStringLiteral("Awaiting outcome=open"),
                                  QStringLiteral("On hold / future opportunity=open")}));
            auto *box = qobject_cast<QComboBox *>(dialog.stages()->cellWidget(1, 1));
            QVERIFY(box);
            box->setCurrentIndex(box->findText(QStringLiteral("won")));
            emit box->activated(box->currentIndex());
            QCOMPARE(choices(dialog).value(1), QStringLiteral("Awaiting outcome=won"));
            QSignalSpy done(&dialog, &ImportDialog::allDone);
            dialog.startImport();
            QVERIFY(done.wait(30000));
            QCOMPARE(dialog.results().first().statusName(), QStringLiteral("imported"));
            QCOMPARE(dialog.results().first().stagesCountedAsOpen,
                     QStringList{QStringLiteral("On hold / future opportunity")});
        }
        {
            // The next file's dialog starts from the remembered choice; it imports as won.
            ImportDialog dialog(db, {q2});
            // The source's currency is remembered from the last import: the box says so, nothing is asked.
            auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("currencyBox"));
            QVERIFY(currency);
            QVERIFY2(currency->itemText(0).contains(u"USD") && currency->itemText(0).contains(u"last used"),
                     qPrintable(currency->itemText(0)));
            QVERIFY2(!dialog.warnings().contains(u"No currency is known"), qPrintable(dialog.warnings()));
            QCOMPARE(choices(dialog), QStringList{QStringLiteral("Awaiting outcome=won")});
            QSignalSpy done(&dialog, &ImportDialog::allDone);
            dialog.startImport();
            QVERIFY(done.wait(30000));
        }
        {
            // Not a deals file: no stage table.
            ImportDialog dialog(db, {QStringLiteral(FUNNELSCOPE_EXPORTS "/mailchimp-campaigns.csv")});
            QVERIFY(!dialog.stages()->isVisibleTo(&dialog));
        }
        Workspace ws;
        QCOMPARE(ws.open(db), QString());
        // Won: 1 (1000), 2 (2000), 3 (4000), 5 (16000, no close date: won, not yet dated) — three closed in 2023.
        QSqlQuery q(ws.database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status FROM deals ORDER BY deal_id)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("won,won,won,open,won"));
    }

    void dropImportsThroughTheDialog()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dropped.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Report: dropped test\n"
                    "date;channel;campaign;sessions;cost\n"
                    "01.02.2025;Drop Test;Zimowa promocja;100;1 234,50\n"
                    "02.02.2025;Drop Test;Zimowa promocja;50;0,50\n"
                    "03.02.2025;Drop Test;Zimowa promocja;abc;1\n");
        }
        const QString db = dir.filePath(QStringLiteral("ws.db"));
        MainWindow w(db);
        w.show();
        QVERIFY(waitForRefresh(w));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        auto *dialog = w.findChild<ImportDialog *>();
        QVERIFY(dialog);
        auto *currency = dialog->findChild<QComboBox *>(QStringLiteral("currencyBox"));
        QVERIFY(currency);
        currency->setCurrentIndex(currency->findData(QStringLiteral("PLN")));

        // Before anything is written: what was detected, the mapping, the preview as stored, the warning.
        QCOMPARE(dialog->layout().mapping->kind(), Kind::Campaign);
        QCOMPARE(dialog->layout().delimiter, QChar(u';'));
        QCOMPARE(dialog->layout().headerLine, 2);
        QCOMPARE(dialog->mapping()->rowCount(), 5);
        QCOMPARE(dialog->preview()->rowCount(), 3);
        QCOMPARE(dialog->preview()->item(0, 0)->text(), QStringLiteral("2025-02-01"));
        QVERIFY(dialog->preview()->item(2, 0)->text().contains(QStringLiteral("not a number")));
        QCOMPARE(ImportLog(w.workspace()).imports().size(), 0);
        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog->grab().save(shots + QStringLiteral("/import-dialog.png"));
        }

        QSignalSpy done(dialog, &ImportDialog::allDone);
        dialog->startImport();
        QVERIFY(done.wait(30000));
        if (!shots.isEmpty()) {
            dialog->grab().save(shots + QStringLiteral("/import-summary.png"));
        }
        QCOMPARE(dialog->results().size(), 1);
        QCOMPARE(dialog->results().first().statusName(), QStringLiteral("imported"));
        QCOMPARE(dialog->results().first().imported, 2);
        QCOMPARE(dialog->results().first().rejected, 1);
        const KpiValues v = KpiEngine(w.workspace()).compute({QDate(2025, 2, 1), QDate(2025, 2, 28), {}, {}});
        QCOMPARE(v.value(u"sessions"), 150.0);
        QCOMPARE(v.value(u"media_cost"), 1235.0);
        // The window refreshed: the data tab lists the import.
        QTRY_COMPARE(w.dataPage()->imports()->rowCount(), 1);
        // Its rejected row is listed with line, column and reason.
        w.dataPage()->importsView()->selectRow(0);
        QTRY_COMPARE(w.dataPage()->rejected()->rowCount(), 1);
        QCOMPARE(w.dataPage()->rejected()->index(0, RejectedRowsModel::Line).data().toInt(), 5);
        QCOMPARE(w.dataPage()->rejected()->index(0, RejectedRowsModel::ColumnName).data().toString(),
                 QStringLiteral("sessions"));
        QAbstractItemModelTester rejected(w.dataPage()->rejected(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void importAllImportsEveryFileWithOneSummary()
    {
        // Three files dropped at once: "Import all" imports each as detected — the channel-less one with the channel
        // typed in the dialog, a broken one refused with its reason — and shows one summary.
        QTemporaryDir dir;
        const auto write = [&dir](const char *name, const QByteArray &bytes) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? f.fileName() : QString();
        };
        const QStringList files = {
            write("ads.csv", "date,channel,campaign,impressions,clicks\n2030-05-01,Paid Search,Spring,1000,10\n"),
            write("broken.csv", "no header here\njust words\n"),
            write("sheet.csv", "date,campaign,sessions\n2030-05-02,Spring,70\n2030-05-03,Spring,30\n"),
        };
        MainWindow w(dir.filePath(QStringLiteral("ws.db")));
        QVERIFY(waitForRefresh(w));
        ImportDialog *dialog = w.importFiles(files);
        QVERIFY(dialog);
        auto *channel = dialog->findChild<QLineEdit *>(QStringLiteral("channelEdit"));
        QVERIFY(channel);
        channel->setText(QStringLiteral("Newsletter"));
        QSignalSpy done(dialog, &ImportDialog::allDone);
        dialog->startImportAll();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(dialog->results().size(), 3);
        QCOMPARE(dialog->results().at(0).statusName(), QStringLiteral("imported"));
        QCOMPARE(dialog->results().at(1).statusName(), QStringLiteral("refused"));
        QCOMPARE(dialog->results().at(2).statusName(), QStringLiteral("imported"));
        const Scope may{QDate(2030, 5, 1), QDate(2030, 5, 31), {QStringLiteral("Newsletter")}, {}};
        QCOMPARE(KpiEngine(w.workspace()).compute(may).value(u"sessions"), 100.0);
        const Scope paid{QDate(2030, 5, 1), QDate(2030, 5, 31), {QStringLiteral("Paid Search")}, {}};
        QCOMPARE(KpiEngine(w.workspace()).compute(paid).value(u"impressions"), 1000.0);
    }

    void spreadTotalsAreAnnounced()
    {
        // A Google Ads table of one week without a Day column is spread over its days; a period that shows them says
        // so, one that does not stays quiet.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("ws.db"));
        const QString file = dir.filePath(QStringLiteral("Campaign report.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "Campaign report\n\"March 3, 2025 - March 9, 2025\"\nCampaign,Impr.,Clicks,Cost\nBrand,700,10,7.00\n");
        }
        {
            Workspace ws;
            QCOMPARE(ws.open(db), QString());
            ws.setSetting(QStringLiteral("currency"), QStringLiteral("USD"));
            QCOMPARE(Importer(ws).importFile(file, {}).status, ImportResult::Status::Imported);
        }
        MainWindow w(db);
        w.show();
        QVERIFY(waitForRefresh(w));
        auto *banner = w.findChild<QLabel *>(QStringLiteral("spreadBanner"));
        QVERIFY(banner);
        w.filterBar()->setCustomRange(QDate(2025, 3, 1), QDate(2025, 3, 31));
        QVERIFY(waitForScope(w, {QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}}));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Campaign report.csv") && banner->text().contains(u"spread evenly"),
                 qPrintable(banner->text()));
        w.filterBar()->setCustomRange(QDate(2025, 4, 1), QDate(2025, 4, 30));
        QVERIFY(waitForScope(w, {QDate(2025, 4, 1), QDate(2025, 4, 30), {}, {}}));
        QVERIFY(!banner->isVisible());
    }

    void cancelLeavesTheStoreUnchanged()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(writeCampaignRows(file, 300000));
        MainWindow w(m_demo);
        QVERIFY(waitForRefresh(w));
        const int before = int(ImportLog(w.workspace()).imports().size());
        const auto sessionsBefore =
            KpiEngine(w.workspace()).compute({QDate(2020, 1, 1), QDate(2026, 12, 31), {}, {}}).value(u"impressions");
        ImportDialog *dialog = w.importFiles({file});
        QSignalSpy done(dialog, &ImportDialog::allDone);
        dialog->startImport();
        QVERIFY(dialog->isImporting());
        dialog->cancelImport();
        QVERIFY(done.wait(30000));
        QCOMPARE(dialog->results().first().statusName(), QStringLiteral("cancelled"));
        QCOMPARE(int(ImportLog(w.workspace()).imports().size()), before);
        QCOMPARE(
            KpiEngine(w.workspace()).compute({QDate(2020, 1, 1), QDate(2026, 12, 31), {}, {}}).value(u"impressions"),
            sessionsBefore);
    }

    void darkPaletteIsReadable()
    {
        // Colours come from the palette: a dark one gives light text on dark cards and dark charts.
        const QPalette before = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2c, 0x30));
        dark.setColor(QPalette::AlternateBase, QColor(0x30, 0x33, 0x37));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x30, 0x33, 0x37));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        QApplication::setPalette(dark);
        {
            MainWindow w(m_demo);
            w.resize(1440, 900);
            w.show();
            QVERIFY(waitForRefresh(w));
            QVERIFY(w.overview()->trendChart()->chart()->theme() == QChart::ChartThemeDark);
            const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOT_DIR");
            if (!shots.isEmpty()) {
                w.tabs()->setCurrentIndex(0);
                w.grab().save(shots + QStringLiteral("/dark-overview.png"));
                w.tabs()->setCurrentIndex(6);
                w.grab().save(shots + QStringLiteral("/dark-funnel.png"));
            }
        }
        QApplication::setPalette(before);
    }

    void readOnlyWorkspaceIsForLooking()
    {
        // A workspace opened read-only shows its numbers, says so, and refuses imports with a message; its file
        // keeps its bytes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(QFile::copy(m_demo, path));
        const auto bytes = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = bytes();
        Workspace::markReadOnly(path);
        {
            MainWindow w(path);
            w.resize(1440, 900);
            w.show();
            QVERIFY(waitForRefresh(w));
            QVERIFY(w.workspace().isReadOnly());
            QVERIFY(w.windowTitle().contains(u"read-only"));
            auto *banner = w.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
            QVERIFY(banner && banner->isVisible());
            QVERIFY(w.snapshot()->values.value(u"impressions").value_or(0) > 0);
            QString told;
            QTimer::singleShot(100, &w, [&told] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    told = box->text();
                    box->accept();
                }
            });
            QVERIFY(w.importFiles({QStringLiteral(FUNNELSCOPE_EXPORTS "/google-ads-campaigns.csv")}) == nullptr);
            QVERIFY2(told.contains(u"read-only"), qPrintable(told));
        }
        QCOMPARE(bytes(), before);
    }

    void languageSwitchKeepsTheWindowsState()
    {
        // View → Language → Polski: the window comes back in Polish on the same workspace, with the same period and
        // tab, without a restart.
        QPointer<MainWindow> first = MainWindow::showWindow(m_demo);
        QVERIFY(waitForRefresh(*first));
        first->filterBar()->setCustomRange(QDate(2026, 4, 1), QDate(2026, 4, 30));
        first->tabs()->setCurrentIndex(3);
        const auto languageAction = [](MainWindow *w, const QString &code) {
            for (QAction *a : w->findChildren<QAction *>()) {
                if (a->text() == Language::nativeName(code)) {
                    return a;
                }
            }
            return static_cast<QAction *>(nullptr);
        };
        const auto visibleWindow = [] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *w = qobject_cast<MainWindow *>(top); w && w->isVisible()) {
                    return w;
                }
            }
            return static_cast<MainWindow *>(nullptr);
        };
        QAction *polish = languageAction(first, QStringLiteral("pl"));
        QVERIFY(polish);
        polish->trigger();
        QTRY_VERIFY(first.isNull());
        QPointer<MainWindow> second = visibleWindow();
        QVERIFY(second);
        QCOMPARE(Language::current(), QStringLiteral("pl"));
        QVERIFY(second->tabs()->tabText(1) != QStringLiteral("Awareness"));
        QCOMPARE(second->tabs()->tabText(1), KpiCatalog::groupName(KpiGroup::Awareness));
        QCOMPARE(second->workspacePath(), m_demo);
        QCOMPARE(second->filterBar()->scope().from, QDate(2026, 4, 1));
        QCOMPARE(second->filterBar()->scope().to, QDate(2026, 4, 30));
        QCOMPARE(second->tabs()->currentIndex(), 3);
        QVERIFY(languageAction(second, QStringLiteral("pl"))->isChecked());

        languageAction(second, QStringLiteral("en"))->trigger();
        QTRY_VERIFY(second.isNull());
        QPointer<MainWindow> third = visibleWindow();
        QVERIFY(third);
        QCOMPARE(third->tabs()->tabText(1), QStringLiteral("Awareness"));
        third->close();
        QTRY_VERIFY(third.isNull());
        QSettings().remove(QStringLiteral("language"));
    }

    void anotherProcessLeavesTheWindowsLocks()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the locks from Linux's /proc/locks");
#endif
        // The window's threads open and close connections of their own; none of it may drop the locks SQLite holds
        // on the file, or a command run beside the window takes itself for the last user and deletes the
        // write-ahead log under the window (every import after that is lost).
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(QFile::copy(m_demo, db));
        MainWindow w(db);
        w.show();
        QVERIFY(waitForRefresh(w));
        w.tabs()->setCurrentWidget(w.goalsPage()); // more threads, more connections opened and closed
        QTRY_VERIFY_WITH_TIMEOUT(!w.loader()->isBusy(), 30000);
        QVERIFY2(holdsLock(db), "the window holds no lock on its workspace");

        const auto cli = [&db](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(FUNNELSCOPE_CLI),
                    QStringList{args.first(), QStringLiteral("--db"), db} + args.mid(1));
            return p.waitForFinished(60000) && p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
        };
        const QStringList kpis = {QStringLiteral("kpis"), QStringLiteral("--from"), QStringLiteral("2031-03-01"),
                                  QStringLiteral("--to"), QStringLiteral("2031-03-31")};
        QVERIFY(!cli(kpis).isEmpty());
        QVERIFY(holdsLock(db));
        QVERIFY(QFile::exists(db + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(db + QStringLiteral("-shm")));

        // An import from the window lands, and another process sees it.
        const QString file = dir.filePath(QStringLiteral("march.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,channel,campaign,impressions,clicks\n2031-03-02,Lock Test,Spring,1200,30\n");
        }
        ImportDialog *dialog = w.importFiles({file});
        QVERIFY(dialog);
        QSignalSpy done(dialog, &ImportDialog::allDone);
        dialog->startImport();
        QVERIFY(done.wait(30000));
        QCOMPARE(dialog->results().first().statusName(), QStringLiteral("imported"));
        dialog->close();
        const QJsonObject values = QJsonDocument::fromJson(cli(kpis)).object().value(u"values").toObject();
        QCOMPARE(values.value(u"impressions").toDouble(), 1200.0);
        QCOMPARE(values.value(u"ctr").toDouble(), 0.025); // 30 clicks of 1,200 impressions
    }

    void unreadableWorkspaceSaysSo()
    {
        // A workspace that cannot be read (a table gone) is not shown as "no data yet" or as dashes: the window says
        // it could not be read, and why.
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(QFile::copy(m_demo, db));
        QVERIFY(stageExec(db, {QStringLiteral("DROP TABLE channel_days")}));
        MainWindow w(db);
        w.show();
        QVERIFY(waitForRefresh(w));
        auto *banner = w.findChild<QLabel *>(QStringLiteral("readErrorBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"could not be read") && banner->text().contains(u"channel_days"),
                 qPrintable(banner->text()));
        QVERIFY(!w.findChild<QLabel *>(QStringLiteral("emptyBanner"))->isVisible());
        QVERIFY(!w.snapshot()); // no numbers were shown
    }

    void channelsDialogMergesAndSeparatesChannels()
    {
        // Two tools call one channel "Direct Traffic" and "Direct": the window shows one Direct; File → Channels…
        // lists both stored names, and keeping Direct Traffic apart changes the numbers at once, without an import.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("channels.db"));
        {
            Workspace ws;
            QCOMPARE(ws.open(path), QString());
            Importer importer(ws);
            const auto importText = [&](const QString &name, const QByteArray &text, const QString &source) {
                QFile f(dir.filePath(name));
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(text);
                f.close();
                ImportOptions o;
                o.source = source;
                QCOMPARE(importer.importFile(f.fileName(), o).status, ImportResult::Status::Imported);
            };
            importText(QStringLiteral("a.csv"),
                       "date,channel,campaign,impressions,clicks\n2025-03-10,Direct Traffic,(none),1000,30\n"
                       "2025-03-10,Paid Search,Brand,500,25\n",
                       QStringLiteral("a"));
            importText(QStringLiteral("b.csv"),
                       "date,channel,campaign,impressions,clicks\n2025-03-11,Direct,(none),3000,60\n",
                       QStringLiteral("b"));
        }
        const auto keys = [](const MainWindow &w) {
            QStringList k;
            for (const KpiEngine::Row &r : w.snapshot()->channels) {
                k.append(r.key);
            }
            return k;
        };
        const Scope march{QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}};
        MainWindow w(path);
        w.resize(1200, 800);
        w.show();
        QVERIFY(waitForRefresh(w));
        w.filterBar()->setCustomRange(march.from, march.to);
        QVERIFY(waitForScope(w, march));
        QCOMPARE(keys(w), (QStringList{QStringLiteral("Direct"), QStringLiteral("Paid Search")}));
        QCOMPARE(w.snapshot()->channels.at(0).values.value(u"impressions"), 4000.0);
        QCOMPARE(w.snapshot()->channels.at(0).values.value(u"ctr"), 0.0225); // 90 / 4,000

        QPointer<ChannelsDialog> dialog = w.editChannels();
        QVERIFY(dialog && dialog->isVisible());
        ChannelAliasModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        const int row = model->rowOf(QStringLiteral("Direct Traffic"));
        QVERIFY(row >= 0);
        const QModelIndex channel = model->index(row, ChannelAliasModel::Channel);
        QCOMPARE(channel.data().toString(), QStringLiteral("Direct"));
        QVERIFY(channel.flags() & Qt::ItemIsEditable);
        // Its editor offers the taxonomy's channels and takes a name of the user's own.
        dialog->table()->edit(channel);
        auto *editor = dialog->findChild<QComboBox *>(QStringLiteral("channelEditor"));
        QVERIFY(editor && editor->isEditable());
        QVERIFY(editor->findText(QStringLiteral("Organic Search")) >= 0);
        editor->setCurrentText(QStringLiteral("Direct Traffic"));
        // What the view does when the editor is committed.
        dialog->table()->itemDelegateForColumn(ChannelAliasModel::Channel)->setModelData(editor, model, channel);
        QCOMPARE(channel.data().toString(), QStringLiteral("Direct Traffic"));
        QCOMPARE(model->index(row, ChannelAliasModel::Origin).data().toString(), QStringLiteral("your alias"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Ok)->click();
        for (int i = 0; i < 5 && keys(w).size() != 3; ++i) {
            QVERIFY(waitForRefresh(w));
        }
        QCOMPARE(keys(w), (QStringList{QStringLiteral("Direct"), QStringLiteral("Direct Traffic"),
                                       QStringLiteral("Paid Search")}));
        QCOMPARE(w.snapshot()->channels.at(0).values.value(u"impressions"), 3000.0);

        // Reset to defaults: one Direct again.
        dialog = w.editChannels();
        dialog->resetButton()->click();
        QCOMPARE(dialog->model()->index(row, ChannelAliasModel::Channel).data().toString(), QStringLiteral("Direct"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        for (int i = 0; i < 5 && keys(w).size() != 2; ++i) {
            QVERIFY(waitForRefresh(w));
        }
        QCOMPARE(w.snapshot()->channels.at(0).values.value(u"impressions"), 4000.0);
        w.close();

        // Read-only: shown, not editable.
        const QString copy = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(QFile::copy(path, copy));
        Workspace::markReadOnly(copy);
        MainWindow readOnly(copy);
        QVERIFY(waitForRefresh(readOnly));
        QPointer<ChannelsDialog> shown = readOnly.editChannels();
        QCOMPARE(shown->model()->rowCount(), 3);
        QVERIFY(!(shown->model()->index(0, ChannelAliasModel::Channel).flags() & Qt::ItemIsEditable));
        QVERIFY(!shown->resetButton()->isEnabled());
        QVERIFY(!shown->model()->setData(shown->model()->index(0, ChannelAliasModel::Channel), QStringLiteral("X")));
        shown->close();
    }

    // Issue 18: a laptop's 1280×720 holds the window in every language (the filter bar, menus and tabs fit).
    void windowFits1280InEveryLanguage()
    {
        for (const QString &language : Language::available()) {
            QVERIFY(Language::install(language));
            MainWindow w(m_demo);
            w.resize(1280, 720);
            w.show();
            QVERIFY(waitForRefresh(w));
            w.filterBar()->setPreset(PeriodPreset::LastQuarter); // the longest anchor note: "counted from …"
            QTest::qWait(50);
            QVERIFY2(w.minimumSizeHint().width() <= 1280,
                     qPrintable(QStringLiteral("%1: %2 pixels").arg(language).arg(w.minimumSizeHint().width())));
            QCOMPARE(w.width(), 1280);
        }
        QVERIFY(Language::install(QStringLiteral("en")));
    }

    void filtersPersist()
    {
        {
            MainWindow w(m_demo);
            QVERIFY(waitForRefresh(w));
            w.filterBar()->setComparison(Comparison::PreviousYear);
            w.filterBar()->setCustomRange(QDate(2025, 4, 1), QDate(2025, 4, 30));
            w.tabs()->setCurrentIndex(4);
            w.close();
        }
        MainWindow again(m_demo);
        QCOMPARE(again.filterBar()->comparison(), Comparison::PreviousYear);
        QCOMPARE(again.filterBar()->scope().from, QDate(2025, 4, 1));
        QCOMPARE(again.filterBar()->scope().to, QDate(2025, 4, 30));
        QCOMPARE(again.tabs()->currentIndex(), 4);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

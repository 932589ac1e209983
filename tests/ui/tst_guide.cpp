// The offline user guide (Help → User guide, F1): the glossary made from the catalog, the shortcuts made from the
// window's menus, a page on how to export from each tool of resources/presets/, and F1 / Shift+F1 on a focused card.

#include "../support/testworkspace.h"
#include "cardgrid.h"
#include "demo/demoworkspace.h"
#include "grouppage.h"
#include "guidedialog.h"
#include "i18n/language.h"
#include "importing/preset.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiinputs.h"
#include "kpi/kpitablemodel.h"
#include "kpicard.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "userguide.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>

using namespace funnelscope;

namespace {

QStringList presetIds()
{
    QStringList ids;
    // The shipped presets, as the source folder has them.
    for (const QString &f :
         QDir(QStringLiteral(FUNNELSCOPE_SOURCE "/resources/presets")).entryList({QStringLiteral("*.json")})) {
        ids.append(f.chopped(5));
    }
    return ids;
}

QAction *action(MainWindow &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (UserGuide::plainMenuText(a->text()) == text) {
            return a;
        }
    }
    return nullptr;
}

} // namespace

class TestGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        Workspace ws;
        QCOMPARE(ws.open(m_demo), QString());
        QCOMPARE(DemoWorkspace::fill(ws, DemoGenerator::Options{}), QString());
    }

    void glossaryListsEveryKpiOnce()
    {
        const QString html = UserGuide::glossaryHtml({});
        for (const KpiDefinition &k : KpiCatalog::all()) {
            const QString anchor = QStringLiteral("name=\"kpi-%1\"").arg(k.id);
            QVERIFY2(html.count(anchor) == 1, qPrintable(k.id));
            // Its name and explanation, right after its anchor.
            const qsizetype at = html.indexOf(anchor);
            const QString entry = html.mid(at, html.indexOf(QStringLiteral("<h3>"), at) - at);
            QVERIFY2(entry.contains(QString::fromUtf8(k.name).toHtmlEscaped()), qPrintable(k.id));
            QVERIFY2(entry.contains(QString::fromUtf8(k.explanation).toHtmlEscaped()), qPrintable(k.id));
        }
        QCOMPARE(html.count(QStringLiteral("<h3>")), KpiCatalog::all().size());
        // Each of the five stages heads its KPIs.
        for (const char *group : {"Awareness", "Engagement", "Lead generation", "Sales", "Loyalty"}) {
            QVERIFY(html.contains(QStringLiteral("<h2>%1</h2>").arg(QLatin1String(group))));
        }
        // The click-through rate's entry says it all: unit, direction, where it comes from.
        const qsizetype ctr = html.indexOf(QStringLiteral("name=\"kpi-ctr\""));
        const QString entry = html.mid(ctr, html.indexOf(QStringLiteral("<h3>"), ctr) - ctr);
        QVERIFY2(entry.contains(QStringLiteral("Unit: a percentage.")), qPrintable(entry));
        QVERIFY(entry.contains(QStringLiteral("Higher is better.")));
        QVERIFY(entry.contains(QStringLiteral("<code>clicks</code>, <code>impressions</code>")));
        QVERIFY(entry.contains(QStringLiteral(">Google Ads</a>")));
        QVERIFY(entry.contains(QStringLiteral(">LinkedIn Campaign Manager</a>")));
        QVERIFY(!entry.contains(QStringLiteral(">Mailchimp campaigns</a>")));
    }

    void glossaryListsCustomKpis()
    {
        TestWorkspace t;
        CustomKpi k;
        k.name = QStringLiteral("Revenue per lead");
        k.formula = QStringLiteral("revenue / leads");
        k.format = CustomKpi::Format::Money;
        QCOMPARE(CustomKpiStore(t.workspace()).save(k), QString());
        const QString html = UserGuide::glossaryHtml(CustomKpiStore(t.workspace()).all());
        QCOMPARE(html.count(QStringLiteral("name=\"kpi-revenue_per_lead\"")), 1);
        QVERIFY(html.contains(QStringLiteral("Your own KPI: Revenue won ÷ Leads.")));
        QVERIFY(html.contains(QStringLiteral("<code>revenue / leads</code>")));
        QVERIFY(!html.contains(QStringLiteral("This workspace has none yet")));
    }

    // Which shipped exports fill a KPI, from the presets' columns: checkable against resources/presets/*.json.
    void inputsNameTheExportsThatHaveTheirColumns()
    {
        for (const KpiDefinition &k : KpiCatalog::all()) {
            QVERIFY2(!KpiInputs::of(k.id).isEmpty(), qPrintable(k.id));
        }
        const auto only = [](const char *kpi) {
            return KpiInputs::presetsFor(KpiInputs::of(QString::fromLatin1(kpi)).first());
        };
        // Clicks and impressions: the ad platforms and Search Console; Yandex Direct's Russian report and its API.
        const QStringList ctr = only("ctr");
        for (const char *id : {"google-ads", "meta-ads", "linkedin-ads", "microsoft-ads", "google-search-console",
                               "yandex-direct", "yandex-direct-api"}) {
            QVERIFY2(ctr.contains(QLatin1String(id)), qPrintable(ctr.join(u' ')));
        }
        QVERIFY(!ctr.contains(QStringLiteral("mailchimp")));
        // Search Console has no cost: no cost per click from it.
        QVERIFY(!only("cpc").contains(QStringLiteral("google-search-console")));
        QCOMPARE(only("email_open_rate"), QStringList{QStringLiteral("mailchimp")});
        QCOMPARE(only("revenue"),
                 (QStringList{QStringLiteral("hubspot-deals"), QStringLiteral("salesforce-opportunities")}));
        QCOMPARE(only("mqls"), QStringList{QStringLiteral("hubspot-contacts")});
        QCOMPARE(only("avg_time_on_site"),
                 (QStringList{QStringLiteral("google-analytics-4"), QStringLiteral("universal-analytics"),
                              QStringLiteral("yandex-metrica")}));
        // No tool export has NPS answers: the glossary says to import your own file.
        QVERIFY(only("nps").isEmpty());
        QVERIFY(UserGuide::glossaryHtml({}).contains(QStringLiteral("no shipped export has these columns")));
        // The platforms' leads only when no CRM lead was imported.
        QVERIFY(!KpiInputs::of(u"leads").first().fallback);
        QVERIFY(KpiInputs::of(u"leads").last().fallback);
    }

    void everyPresetHasAnExportPage()
    {
        const QStringList ids = presetIds();
        QVERIFY(ids.size() >= 14);
        for (const QString &id : ids + QStringList{QStringLiteral("generic-csv")}) {
            const QString page = UserGuide::resourcePage(QStringLiteral("exports/%1.html").arg(id));
            QVERIFY2(page.contains(QStringLiteral("<h1>")), qPrintable(id));
            QVERIFY2(UserGuide::exportIds().contains(id), qPrintable(id));
        }
        // The preset's part is added from the preset: Mailchimp's columns and channel.
        const QString mailchimp = UserGuide::exportHtml(QStringLiteral("mailchimp"));
        QVERIFY(mailchimp.contains(QStringLiteral("<code>emails_opened</code>")));
        QVERIFY(mailchimp.contains(QStringLiteral("the channel <code>Email</code>")));
        QVERIFY(mailchimp.contains(QStringLiteral("guide:glossary#kpi-email_open_rate")));
    }

    void languageFallsBackToEnglish()
    {
        QCOMPARE(UserGuide::folderFor(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(UserGuide::folderFor(QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(UserGuide::folderFor(QString()), QStringLiteral("en"));
        // In Polish: Getting started in Polish, the export pages (not translated yet) in English, page by page.
        QCOMPARE(UserGuide::folderFor(QStringLiteral("pl")), QStringLiteral("pl"));
        QVERIFY(Language::install(QStringLiteral("pl")));
        QVERIFY(UserGuide::resourcePage(QStringLiteral("start.html")).startsWith(QStringLiteral("<h1>Pierwsze kroki")));
        QVERIFY(UserGuide::resourcePage(QStringLiteral("exports/mailchimp.html"))
                    .startsWith(QStringLiteral("<h1>Mailchimp")));
        // The glossary in the UI language, from the "Kpi" translations.
        QVERIFY(UserGuide::glossaryHtml({}).contains(QStringLiteral("<h2>Pozyskiwanie leadów</h2>")));
        QVERIFY(Language::install(QStringLiteral("en")));
        QVERIFY(
            UserGuide::resourcePage(QStringLiteral("start.html")).startsWith(QStringLiteral("<h1>Getting started")));
    }

    void shortcutsComeFromTheMenus()
    {
        MainWindow w(m_demo);
        const QString html = UserGuide::shortcutsHtml(&w);
        const QString importKeys = QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText);
        QCOMPARE(importKeys, QStringLiteral("Ctrl+I"));
        QVERIFY2(html.contains(QStringLiteral("<tr><td><b>Ctrl+I</b></td><td>File → Import files…</td></tr>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<tr><td><b>F1</b></td><td>Help → User guide</td></tr>")));
        QVERIFY(html.contains(QStringLiteral("<tr><td><b>Ctrl+Shift+S</b></td><td>Views → Save current view…</td>")));
        // A command without a shortcut is not listed.
        QVERIFY(!html.contains(QStringLiteral("Help → KPI glossary")));
        // A shortcut added to the menus is listed too: never out of date.
        menuFor(w, QStringLiteral("&Help"))
            ->addAction(QStringLiteral("&Test command"), QKeySequence(Qt::Key_F9), &w, [] {});
        QVERIFY(
            UserGuide::shortcutsHtml(&w).contains(QStringLiteral("<td><b>F9</b></td><td>Help → Test command</td>")));
    }

    void helpMenuOpensTheGuide()
    {
        MainWindow w(m_demo);
        w.show();
        QAction *guide = action(w, QStringLiteral("User guide"));
        QVERIFY(guide);
        QCOMPARE(guide->shortcut(), QKeySequence(Qt::Key_F1));
        guide->trigger();
        auto *dialog = w.findChild<GuideDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QCOMPARE(dialog->currentPage(), QStringLiteral("start"));
        QVERIFY(dialog->browser()->toPlainText().startsWith(QStringLiteral("Getting started")));
        // Help → KPI glossary: the same window, at the glossary.
        action(w, QStringLiteral("KPI glossary"))->trigger();
        QCOMPARE(w.findChildren<GuideDialog *>().size(), 1);
        QCOMPARE(dialog->currentPage(), QStringLiteral("glossary"));
        QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("Click-through rate")));
        // Every export has its page in the contents, under "How to export from each tool".
        for (const QString &id : presetIds()) {
            QVERIFY2(dialog->pageIds().contains(QStringLiteral("export-") + id), qPrintable(id));
        }
        // A link between pages.
        QVERIFY(dialog->showPage(QStringLiteral("exports")));
        emit dialog->browser()->anchorClicked(QUrl(QStringLiteral("guide:export-mailchimp")));
        QCOMPARE(dialog->currentPage(), QStringLiteral("export-mailchimp"));
        QVERIFY(dialog->browser()->toPlainText().contains(QStringLiteral("Mailchimp")));
    }

    void searchNarrowsTheContents()
    {
        MainWindow w(m_demo);
        GuideDialog *dialog = w.showGuide();
        QCOMPARE(dialog->listedPages().size(), dialog->pageIds().size());
        QTest::keyClicks(dialog->searchBox(), QStringLiteral("unsubscribe"));
        const QStringList listed = dialog->listedPages();
        // The glossary (Unsubscribe rate) and Mailchimp's page (it reads unsubscribes), with the list they are in.
        QVERIFY2(listed.contains(QStringLiteral("glossary")), qPrintable(listed.join(u' ')));
        QVERIFY(listed.contains(QStringLiteral("export-mailchimp")));
        QVERIFY(listed.contains(QStringLiteral("exports")));
        QVERIFY(!listed.contains(QStringLiteral("shortcuts")));
        QVERIFY(!listed.contains(QStringLiteral("export-google-ads")));
        // Enter finds it: on the first page listed that has it, selected in the page.
        QTest::keyClick(dialog->searchBox(), Qt::Key_Return);
        QVERIFY(dialog->browser()->textCursor().selectedText().compare(QStringLiteral("unsubscribe"),
                                                                       Qt::CaseInsensitive) == 0);
        dialog->searchBox()->clear();
        QCOMPARE(dialog->listedPages().size(), dialog->pageIds().size());
    }

    void f1OnAFocusedCardOpensItsGlossaryEntry()
    {
        MainWindow w(m_demo);
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const int cpl = KpiCatalog::indexOf(u"cpl");
        KpiCard *card = nullptr;
        for (CardGrid *grid : w.overview()->grids()) {
            card = card ? card : grid->card(cpl);
        }
        QVERIFY(card);
        QCOMPARE(card->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        // Its definition for screen readers.
        QCOMPARE(card->accessibleDescription(), QStringLiteral("Media spend ÷ leads."));
        card->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), card);
        QCOMPARE(GuideDialog::kpiAt(card), QStringLiteral("cpl"));
        QTest::keyClick(card, Qt::Key_F1);
        auto *dialog = w.findChild<GuideDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), QStringLiteral("glossary"));
        QCOMPARE(dialog->currentAnchor(), QStringLiteral("kpi-cpl"));
        // Scrolled to it: the entry is in view (the glossary's top, Impressions, is not).
        const QRect cursor = dialog->browser()->cursorRect(dialog->browser()->document()->find(
            QStringLiteral("Cost per lead"), QTextCursor(dialog->browser()->document())));
        QVERIFY(dialog->browser()->viewport()->rect().intersects(cursor));
        QVERIFY(dialog->browser()->verticalScrollBar()->value() > 0);
    }

    void shiftF1OnAFocusedCardShowsItsDefinition()
    {
        MainWindow w(m_demo);
        w.resize(1280, 800);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        KpiCard *card = w.overview()->grids().first()->cards().first();
        card->setFocus(Qt::TabFocusReason);
        QTest::keyClick(card, Qt::Key_F1, Qt::ShiftModifier);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), card->toolTip());
        const KpiDefinition &k = KpiCatalog::at(card->kpiIndex());
        QVERIFY(QToolTip::text().contains(QString::fromUtf8(k.explanation).toHtmlEscaped()));
        QVERIFY(!w.findChild<GuideDialog *>()); // not the guide
        QToolTip::hideText();
    }

    void f1OnATableCellOpensItsColumnsEntry()
    {
        MainWindow w(m_demo);
        w.resize(1280, 800);
        w.show();
        GroupPage *engagement = w.groupPages().at(1);
        QCOMPARE(engagement->group(), KpiGroup::Engagement);
        w.tabs()->setCurrentWidget(engagement);
        QTableView *table = engagement->table();
        QTRY_VERIFY(table->model() && table->model()->rowCount() > 0);
        int ctrColumn = -1;
        for (int c = 0; c < table->model()->columnCount(); ++c) {
            if (table->model()->headerData(c, Qt::Horizontal, KpiTableModel::KpiIndexRole).toInt() ==
                KpiCatalog::indexOf(u"ctr")) {
                ctrColumn = c;
            }
        }
        QVERIFY(ctrColumn > 0);
        table->setCurrentIndex(table->model()->index(0, ctrColumn));
        QCOMPARE(GuideDialog::kpiAt(table), QStringLiteral("ctr"));
        // The first column names the row, not a KPI.
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(GuideDialog::kpiAt(table), QString());
    }

    // docs/screenshots/13-user-guide.png, when FUNNELSCOPE_SCREENSHOTS names a folder.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
        if (dir.isEmpty()) {
            QSKIP("FUNNELSCOPE_SCREENSHOTS is not set");
        }
        MainWindow w(m_demo);
        GuideDialog *dialog = w.showGuide({}, QStringLiteral("cpl"));
        dialog->resize(1100, 720);
        QApplication::processEvents();
        dialog->showKpi(QStringLiteral("cpl"));
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("13-user-guide.png"))));
    }

private:
    static QMenu *menuFor(MainWindow &w, const QString &title)
    {
        for (QAction *a : w.menuBar()->actions()) {
            if (a->text() == title) {
                return a->menu();
            }
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"

#include "../support/testworkspace.h"
#include "breakdownchart.h"
#include "cardgrid.h"
#include "drilldowndialog.h"
#include "filterbar.h"
#include "grouppage.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpitablemodel.h"
#include "kpicard.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "snapshotloader.h"
#include "trendchart.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace funnelscope;

namespace {

// Lines 2, 3 and 7 (one row: 3 and 7 share a key and are summed) and 6 are Paid Search in the week of 3 March.
const QByteArray Campaigns = "date,channel,campaign,impressions,clicks,cost,leads\n"
                             "2025-03-03,Paid Search,Brand,1000,50,25.50,2\n"
                             "2025-03-04,Paid Search,Brand,2000,80,30.25,3\n"
                             "2025-03-05,Paid Social,\"Spring\nSale\",500,10,12.00,1\n"
                             "2025-03-06,Paid Search,Generic,300,,5.125,\n"
                             "2025-03-04,Paid Search,Brand,100,5,1.00,1\n"
                             "2025-03-11,Paid Search,Brand,700,20,10,4\n";

const QByteArray Leads = "lead_id,created_date,channel,campaign,mql_date\n"
                         "L1,2025-03-03,Paid Search,Brand,2025-03-05\n"
                         "L2,2025-03-04,Paid Search,Brand,\n"
                         "L3,2025-03-05,Paid Social,Spring,2025-03-12\n"
                         "L4,2025-03-12,Paid Search,Generic,\n";

GroupPage *page(MainWindow &w, KpiGroup group)
{
    for (GroupPage *p : w.groupPages()) {
        if (p->group() == group) {
            return p;
        }
    }
    return nullptr;
}

// The dialog the window opened last, once it has read its rows.
DrilldownDialog *openedDialog(MainWindow &w)
{
    const QList<DrilldownDialog *> dialogs = w.findChildren<DrilldownDialog *>();
    if (dialogs.isEmpty()) {
        return nullptr;
    }
    DrilldownDialog *d = dialogs.last();
    if (d->isLoading()) {
        QSignalSpy loaded(d, &DrilldownDialog::loaded);
        if (!loaded.wait(20000)) {
            return nullptr;
        }
    }
    return d;
}

void closeAll(MainWindow &w)
{
    for (DrilldownDialog *d : w.findChildren<DrilldownDialog *>()) {
        delete d;
    }
}

} // namespace

class TestDrilldown : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool waitForScope(MainWindow &w, const Scope &scope)
    {
        for (int i = 0; i < 10; ++i) {
            const auto s = w.snapshot();
            if (s && s->scope.from == scope.from && s->scope.to == scope.to && s->scope.channels == scope.channels &&
                !w.loader()->isBusy()) {
                return true;
            }
            QSignalSpy spy(&w, &MainWindow::refreshed);
            if (!spy.wait(30000)) {
                return false;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    void cardsTablesAndChartsOpenTheirRows()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("ads.csv"), Campaigns);
        ws.importOk(QStringLiteral("crm.csv"), Leads);
        MainWindow w(ws.path(QStringLiteral("test.db")));
        w.show();
        const Scope week{QDate(2025, 3, 3), QDate(2025, 3, 9), {QStringLiteral("Paid Search")}, {}};
        w.filterBar()->setChannels(week.channels);
        w.filterBar()->setCustomRange(week.from, week.to);
        QVERIFY(waitForScope(w, week));

        // A double-click on the Leads card: L1 and L2, the card's 2.
        GroupPage *leadsPage = page(w, KpiGroup::LeadGeneration);
        QVERIFY(leadsPage);
        w.tabs()->setCurrentWidget(leadsPage);
        KpiCard *leads = leadsPage->cards()->card(KpiCatalog::indexOf(u"leads"));
        QVERIFY(leads);
        QCOMPARE(leads->valueText(), QStringLiteral("2"));
        QTest::mouseDClick(leads, Qt::LeftButton);
        DrilldownDialog *d = openedDialog(w);
        QVERIFY(d);
        QAbstractItemModelTester tester(d->model());
        QCOMPARE(d->windowTitle(), QStringLiteral("Rows behind Leads"));
        QCOMPARE(d->countText(), QStringLiteral("2 rows from 1 file"));
        QCOMPARE(d->table()->model()->rowCount(), 2);
        closeAll(w);

        // Enter on the Impressions card: the 3 Paid Search rows (line 3 with line 7 merged into it); filtering.
        GroupPage *awareness = page(w, KpiGroup::Awareness);
        w.tabs()->setCurrentWidget(awareness);
        KpiCard *impressions = awareness->cards()->card(KpiCatalog::indexOf(u"impressions"));
        impressions->setFocus();
        QTest::keyClick(impressions, Qt::Key_Return);
        d = openedDialog(w);
        QVERIFY(d);
        QCOMPARE(d->countText(), QStringLiteral("3 rows from 1 file"));
        if (const QString dir = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS"); !dir.isEmpty()) {
            // docs/screenshots/12-rows-behind.png: FUNNELSCOPE_SCREENSHOTS=docs/screenshots
            // build/tests/ui/tst_drilldown
            d->resize(900, 320);
            QVERIFY(d->grab().save(dir + QStringLiteral("/12-rows-behind.png")));
        }
        d->filter()->setText(QStringLiteral("generic"));
        QCOMPARE(d->table()->model()->rowCount(), 1);
        QCOMPARE(d->countText(), QStringLiteral("3 rows from 1 file; 1 match the filter"));
        d->filter()->clear();
        // Export CSV writes the rows as shown: sorted by impressions, most first, plain decimals.
        d->table()->sortByColumn(3, Qt::DescendingOrder);
        const QString csvPath = m_dir.filePath(QStringLiteral("rows.csv"));
        QCOMPARE(d->exportCsv(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), QStringLiteral("# Rows behind Impressions"));
        QVERIFY(lines.at(1).startsWith(u'#'));
        QCOMPARE(lines.at(2), QStringLiteral("Date,Channel,Campaign,Impressions,File,Line"));
        QCOMPARE(lines.at(3), QStringLiteral("2025-03-04,Paid Search,Brand,2100,ads.csv,3"));
        QCOMPARE(lines.at(4), QStringLiteral("2025-03-03,Paid Search,Brand,1000,ads.csv,2"));
        QCOMPARE(lines.at(5), QStringLiteral("2025-03-06,Paid Search,Generic,300,ads.csv,6"));
        closeAll(w);

        // A double-click on the table's Media spend cell of Paid Search: its 3 rows.
        QTableView *table = awareness->table();
        QModelIndex cell;
        for (int r = 0; r < table->model()->rowCount() && !cell.isValid(); ++r) {
            for (int c = 1; c < table->model()->columnCount(); ++c) {
                const QModelIndex i = table->model()->index(r, c);
                if (i.data(KpiTableModel::KpiIndexRole).toInt() == KpiCatalog::indexOf(u"media_cost") &&
                    table->model()->index(r, 0).data().toString() == u"Paid Search") {
                    cell = i;
                    break;
                }
            }
        }
        QVERIFY(cell.isValid());
        table->scrollTo(cell);
        const QPoint at = table->visualRect(cell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        d = openedDialog(w);
        QVERIFY(d);
        QCOMPARE(d->windowTitle(), QStringLiteral("Rows behind Media spend"));
        QCOMPARE(d->countText(), QStringLiteral("3 rows from 1 file"));
        closeAll(w);

        // A chart point or bar asks for its own scope; the window opens the rows of that scope.
        const int cost = KpiCatalog::indexOf(u"media_cost");
        emit awareness->trendChart()->rowsRequested(cost, {QDate(2025, 3, 3), QDate(2025, 3, 3), {}, {}},
                                                    QStringLiteral("3 Mar"));
        d = openedDialog(w);
        QVERIFY(d);
        QCOMPARE(d->countText(), QStringLiteral("1 row from 1 file"));
        closeAll(w);
        emit w.overview()->breakdownChart()->rowsRequested(
            cost, {QDate(2025, 3, 1), QDate(2025, 3, 31), {QStringLiteral("Paid Social")}, {}},
            QStringLiteral("Paid Social"));
        d = openedDialog(w);
        QVERIFY(d);
        QCOMPARE(d->countText(), QStringLiteral("1 row from 1 file"));
        QCOMPARE(d->model()->plainText(0, 2), QStringLiteral("Spring\nSale"));
        QCOMPARE(d->model()->plainText(0, 3), QStringLiteral("12"));
        closeAll(w);
    }
};

QTEST_MAIN(TestDrilldown)
#include "tst_drilldown.moc"

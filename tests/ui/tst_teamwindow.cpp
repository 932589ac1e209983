// A team workspace in the window (issue 19): opened from its URL, read-only, with the file's numbers, and refreshed
// when another member's import is published (NOTIFY, heard through QPSQL). Against the throwaway server of the CTest
// fixture postgres; without PostgreSQL every case skips, saying why.

#include "clisandbox.h"
#include "importdialog.h"
#include "importing/importresult.h"
#include "kpi/kpisnapshot.h"
#include "mainwindow.h"
#include "pgtestserver.h"
#include "snapshotloader.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/workspacecopy.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"
#include "teamsession.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace funnelscope;

class TestTeamWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!m_server.unavailable().isEmpty()) {
            return;
        }
        QVERIFY(m_sandbox.isValid());
        qputenv("XDG_CONFIG_HOME", m_sandbox.path(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_sandbox.path(QStringLiteral("cache")).toUtf8());
        const CliRun demo = m_sandbox.run({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("demo.fsdb")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
        m_url = m_server.createDatabase(QStringLiteral("fs_team_window"));
        QVERIFY(!m_url.isEmpty());
        QList<WorkspaceCopy::TableCount> counts;
        QCOMPARE(WorkspaceCopy::copy(m_sandbox.path(QStringLiteral("demo.fsdb")), m_url, &counts), QString());
    }

    void opensReadOnlyAndRefreshesOnAnotherMembersImport()
    {
        if (!m_server.unavailable().isEmpty()) {
            QSKIP(qPrintable(m_server.unavailable()));
        }
        MainWindow window(m_url);
        QVERIFY(shown(window));
        QVERIFY(window.teamSession());
        QCOMPARE(window.workspacePath(), m_url);
        QVERIFY(window.workspace().isReadOnly());
        QVERIFY2(window.windowTitle().startsWith(u"fs_team_window on 127.0.0.1 (team workspace, read-only)"),
                 qPrintable(window.windowTitle()));
        const auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(u"Team workspace fs_team_window on 127.0.0.1, as of"), qPrintable(banner->text()));
        // Numbers, read from the replica.
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshot() != nullptr, 30000);
        const auto leads = window.snapshot()->values.value(u"leads");
        QVERIFY(leads.has_value() && *leads > 0);
        const qint64 importsBefore = imports(window.workspace());

        // Another member imports 250.00 USD of events; their publish reaches the open window, which reads the new
        // state.
        QVERIFY(m_sandbox.write(QStringLiteral("fair.csv"), "date,channel,amount\n2025-12-30,Trade fairs,250\n"));
        const CliRun imported = m_sandbox.import(m_url, {QStringLiteral("fair.csv"), QStringLiteral("--kind"),
                                                         QStringLiteral("expenses")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        QTRY_VERIFY2_WITH_TIMEOUT(banner->text().contains(u"refreshed at"), qPrintable(banner->text()), 120000);
        QTRY_COMPARE_WITH_TIMEOUT(imports(window.workspace()), importsBefore + 1, 30000);
        QVERIFY(window.workspace().isReadOnly());
        QCOMPARE(window.workspacePath(), m_url);
        if (const QString dir = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS"); !dir.isEmpty()) {
            // docs/screenshots/16-team-workspace.png: FUNNELSCOPE_SCREENSHOTS=$PWD/docs/screenshots ctest -R
            // tst_teamwindow (in build/).
            window.resize(1280, 720);
            QTRY_VERIFY_WITH_TIMEOUT(!window.loader()->isBusy(), 30000);
            QTest::qWait(500);
            QVERIFY(window.grab().save(dir + QStringLiteral("/16-team-workspace.png")));
        }
    }

    void importsFromTheWindowArePublished()
    {
        if (!m_server.unavailable().isEmpty()) {
            QSKIP(qPrintable(m_server.unavailable()));
        }
        MainWindow window(m_url);
        QVERIFY(shown(window));
        const qint64 before = imports(window.workspace());
        // 120.00 USD of webinar costs, dropped on the window by an editor.
        QVERIFY(m_sandbox.write(QStringLiteral("webinar.csv"), "date,channel,amount\n2025-12-29,Webinars,120\n"));
        QCOMPARE(window.importFiles({m_sandbox.path(QStringLiteral("webinar.csv"))}), nullptr);
        ImportDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<ImportDialog *>()) != nullptr, 30000);
        QSignalSpy done(dialog, &ImportDialog::allDone);
        dialog->startImportAll();
        QVERIFY(done.wait(60000));
        QCOMPARE(dialog->results().size(), 1);
        QCOMPARE(dialog->results().constFirst().status, ImportResult::Status::Imported);
        dialog->close();
        // Published: the database has the import, and the window shows the new state.
        QTRY_COMPARE_WITH_TIMEOUT(imports(window.workspace()), before + 1, 60000);
        PgConnection pg;
        QCOMPARE(pg.open(m_url), QString());
        QString error;
        const auto rows = pg.query(QStringLiteral("SELECT sum(e.amount) FROM expenses e JOIN channels c ON c.id = "
                                                  "e.channel_id WHERE c.name = 'Webinars'"),
                                   {}, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->value(0).value(0), QStringLiteral("120000000"));
        QVERIFY(window.workspace().isReadOnly());
        QCOMPARE(window.workspacePath(), m_url);
    }

    void refusesAUrlWithAPassword()
    {
        if (!m_server.unavailable().isEmpty()) {
            QSKIP(qPrintable(m_server.unavailable()));
        }
        // Never stored in settings: refused before anything connects (the message box is closed by the test).
        MainWindow window(m_sandbox.path(QStringLiteral("demo.fsdb")));
        QTimer::singleShot(500, &window, [] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                box->close();
            }
        });
        window.openTeamWorkspace(QStringLiteral("postgresql://anna:secret@127.0.0.1:5432/marketing"));
        QVERIFY(window.workspacePath().endsWith(u"demo.fsdb"));
        QVERIFY(!window.workspace().isReadOnly());
    }

private:
    // Shows the window and waits until its views show the team workspace's numbers; a message box the window opens
    // instead (the workspace could not be read) is closed, and its text is the failure's.
    static bool shown(MainWindow &window)
    {
        QSignalSpy refreshed(&window, &MainWindow::refreshed);
        QString message;
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, &window, [&message] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->text();
                box->close();
            }
        });
        closer.start(200);
        window.show();
        const bool ok = refreshed.wait(120000);
        if (!message.isEmpty()) {
            qWarning("the window said: %s", qPrintable(message));
        }
        return ok && message.isEmpty();
    }

    static qint64 imports(Workspace &ws)
    {
        SqliteStatement q(ws.handle(), QStringLiteral("SELECT count(*) FROM imports"));
        return q.step() ? q.integer(0) : -1;
    }

    PgTestServer m_server{QStringLiteral(FUNNELSCOPE_PG_STATE)};
    Sandbox m_sandbox;
    QString m_url;
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"

// Names from imported files are data, never code: they reach SQL only as bound values, and every view and the PDF
// print them literally, whatever markup they look like.

#include "attribution/attribution.h"
#include "cohorts/cohorts.h"
#include "demo/demoworkspace.h"
#include "filterbar.h"
#include "goals/goalstore.h"
#include "grouppage.h"
#include "kpi/kpiengine.h"
#include "kpi/kpisnapshot.h"
#include "mainwindow.h"
#include "multiselectbutton.h"
#include "report/reportwriter.h"
#include "report/smartreview.h"
#include "sqlscan.h"
#include "testworkspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QChartView>
#include <QComboBox>
#include <QDirIterator>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

#include <sqlite3.h>

using namespace funnelscope;
using funnelscope::MultiSelectButton;

namespace {

// Names that are markup or SQL if anything treats them as more than text.
const QString Bold = QStringLiteral("<b>Bold</b>");                        // a campaign
const QString Image = QStringLiteral("<img src=x>");                       // a campaign
const QString Drop = QStringLiteral("Q4 '); DROP TABLE campaign_rows;--"); // a campaign
const QString Under = QStringLiteral("<u>Under</u>");                      // a channel

// What a user reads of a string: rich text as rendered, plain text as it is.
QString rendered(const QString &text, bool rich)
{
    if (!rich) {
        return text;
    }
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Every name that is shown is shown whole: no tag was taken as markup, no image placeholder appeared.
QString markupTaken(const QString &shown, const QString &where)
{
    const bool bold = shown.contains(u"Bold") && !shown.contains(u"<b>Bold");
    const bool under = shown.contains(u"Under") && !shown.contains(u"<u>Under");
    const bool image = shown.contains(QChar::ObjectReplacementCharacter);
    return bold || under || image ? QStringLiteral("%1 shows '%2'").arg(where, shown) : QString();
}

QStringList sqlTraced;

int trace(unsigned, void *, void *statement, void *)
{
    if (const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement))) {
        sqlTraced.append(QString::fromUtf8(sql));
    }
    return 0;
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // Everything the window shows of itself and its children, as a user reads it.
    static QStringList problemsIn(QWidget *root)
    {
        QStringList problems;
        const auto check = [&](const QString &shown, const QString &where) {
            if (const QString p = markupTaken(shown, where); !p.isEmpty()) {
                problems.append(p);
            }
        };
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            const QString name = QString::fromLatin1(w->metaObject()->className());
            check(rendered(w->toolTip(), Qt::mightBeRichText(w->toolTip())), name + QStringLiteral(" tooltip"));
            if (auto *label = qobject_cast<QLabel *>(w)) {
                const bool rich = label->textFormat() == Qt::RichText ||
                                  (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                check(rendered(label->text(), rich), QStringLiteral("a label"));
            } else if (auto *edit = qobject_cast<QTextEdit *>(w)) {
                check(edit->toPlainText(), QStringLiteral("a text view"));
            } else if (auto *view = qobject_cast<QChartView *>(w)) {
                for (QGraphicsItem *item : view->scene()->items()) {
                    if (auto *text = dynamic_cast<QGraphicsTextItem *>(item)) {
                        check(text->toPlainText(), QStringLiteral("a chart"));
                    }
                }
            } else if (auto *items = qobject_cast<QAbstractItemView *>(w); items && items->model()) {
                const QAbstractItemModel *m = items->model();
                for (int r = 0; r < std::min(m->rowCount(), 500); ++r) {
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QModelIndex i = m->index(r, c);
                        check(i.data().toString(), QStringLiteral("a table cell"));
                        const QString tip = i.data(Qt::ToolTipRole).toString();
                        check(rendered(tip, Qt::mightBeRichText(tip)), QStringLiteral("a cell's tooltip"));
                    }
                }
            }
        }
        problems.removeDuplicates();
        return problems;
    }

    static QByteArray hostileCampaignRows()
    {
        // A year of rows large enough to lead every breakdown, for the names above.
        QByteArray csv = "date,channel,campaign,impressions,clicks,cost,conversions\n";
        const auto quoted = [](const QString &s) {
            return '"' + s.toUtf8() + '"';
        };
        for (QDate d(2025, 11, 1); d <= QDate(2026, 10, 31); d = d.addDays(1)) {
            for (const QString &campaign : {Bold, Image, Drop}) {
                csv += d.toString(Qt::ISODate).toLatin1() + ',' + quoted(Under) + ',' + quoted(campaign) +
                       ",900000,40000,25000.00,900\n";
            }
        }
        return csv;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(QStringLiteral("hostile.db"));
        Workspace ws;
        QCOMPARE(ws.open(m_db), QString());
        QCOMPARE(DemoWorkspace::fill(ws, DemoGenerator::Options{}), QString());
        sqlite3_trace_v2(ws.handle(), SQLITE_TRACE_STMT, trace, nullptr);
        QFile csv(m_dir.filePath(QStringLiteral("hostile.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(hostileCampaignRows());
        csv.close();
        const ImportResult r = Importer(ws).importFile(csv.fileName(), {});
        QCOMPARE(r.status, ImportResult::Status::Imported);
        QCOMPARE(r.imported, 365 * 3);
        QString error;
        GoalStore goals(ws);
        Goal goal = goals.goals().first();
        goal.name = Bold + QStringLiteral(" goal");
        goal.objective = Image + QStringLiteral(" objective");
        goal.channels = {Under};
        goal.campaigns = {Bold};
        QVERIFY(goals.save(goal, &error) > 0);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void sqlNeverCarriesNames()
    {
        // Every statement the engines prepare, with the hostile names in their filters: the text holds
        // placeholders, never the names.
        Workspace ws;
        QCOMPARE(ws.open(m_db), QString());
        sqlTraced.clear();
        sqlite3_trace_v2(ws.handle(), SQLITE_TRACE_STMT, trace, nullptr);
        const Scope year{QDate(2025, 11, 1), QDate(2026, 10, 31), {Under, QStringLiteral("Email")}, {Bold, Drop}};
        KpiEngine engine(ws);
        const KpiValues values = engine.compute(year);
        QVERIFY(values.value(u"impressions").value_or(0) >= 2 * 365 * 900000.0);
        for (Breakdown by : {Breakdown::Channel, Breakdown::Campaign, Breakdown::Month}) {
            QVERIFY(!engine.breakdown(year, by, Comparison::PreviousPeriod).isEmpty());
        }
        Attribution(ws).compute(year.from, year.to, AttributionModel::Linear, Breakdown::Campaign);
        Cohorts(ws).compute(year.from, year.to, Breakdown::Month);
        SmartReview::build(ws, year, Comparison::PreviousPeriod, Drop);
        QVERIFY(sqlTraced.size() > 20);
        for (const QString &sql : std::as_const(sqlTraced)) {
            QVERIFY2(!sql.contains(u"DROP") && !sql.contains(u"Bold") && !sql.contains(u"Under") &&
                         !sql.contains(u"<img"),
                     qPrintable(sql));
        }
    }

    void sourcesBuildSqlOnlyFromTheirOwnNames()
    {
        int statements = 0;
        const QStringList problems = sqlBuiltFromOutside(QStringLiteral(FUNNELSCOPE_SOURCE_DIR), &statements);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(statements >= 15, "the scan no longer finds the statements it should look at");
        qInfo("%d statements built with arg() checked", statements);
    }

    void everyViewPrintsNamesLiterally()
    {
        MainWindow w(m_db);
        w.resize(1440, 900);
        w.show();
        QSignalSpy refreshed(&w, &MainWindow::refreshed);
        QVERIFY(refreshed.wait(30000));
        w.filterBar()->setCustomRange(QDate(2025, 11, 1), QDate(2026, 10, 31));
        QTRY_VERIFY_WITH_TIMEOUT(w.snapshot() && w.snapshot()->scope.from == QDate(2025, 11, 1), 30000);
        const auto buttons = w.filterBar()->findChildren<MultiSelectButton *>();
        QCOMPARE(buttons.size(), 2);
        buttons.first()->setSelected({Under});
        buttons.last()->setSelected({Bold, Image, Drop});
        emit buttons.last()->selectionChanged(buttons.last()->selected()); // as a click does
        QTRY_VERIFY_WITH_TIMEOUT(w.snapshot() && w.snapshot()->scope.campaigns.size() == 3, 30000);
        QStringList problems;
        for (int t = 0; t < w.tabs()->count(); ++t) {
            w.tabs()->setCurrentIndex(t);
            if (auto *page = qobject_cast<GroupPage *>(w.tabs()->currentWidget())) {
                page->tableBy()->setCurrentIndex(page->tableBy()->count() - 1 > 0 ? 1 : 0); // campaigns
            }
            QTest::qWait(300);
            problems += problemsIn(&w);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // The import dialog, for a file whose name is markup.
        const QString file = m_dir.filePath(QStringLiteral("<b>Bold export.csv"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(hostileCampaignRows());
        csv.close();
        QWidget *dialog = reinterpret_cast<QWidget *>(w.importFiles({file}));
        QTest::qWait(1000);
        problems = problemsIn(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        dialog->close();
    }

    void reportPrintsNamesLiterally()
    {
        Workspace ws;
        QCOMPARE(ws.open(m_db), QString());
        const Scope period{QDate(2026, 8, 1), QDate(2026, 10, 31), {}, {}};
        const QJsonObject review = SmartReview::build(ws, period, Comparison::PreviousPeriod, Bold);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(ReportWriter::write(review, pdf, {}), QString());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!text.waitForStarted()) {
            QFAIL("pdftotext (poppler-utils, from scripts/install-deps.sh) is not installed");
        }
        QVERIFY(text.waitForFinished(30000));
        const QString shown = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(shown.contains(Bold), "the report's title, a campaign name, prints with its tags");
        QVERIFY2(shown.contains(Under), "a goal's channel prints with its tags");
        QVERIFY(markupTaken(shown, QStringLiteral("the PDF")).isEmpty());
    }
};

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"

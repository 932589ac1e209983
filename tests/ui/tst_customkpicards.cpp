// Custom KPIs in the window: a card after the group's catalog cards with the formula as its tooltip, a column in the
// group's table, and the dialog's live preview and errors.

#include "cardgrid.h"
#include "customkpisdialog.h"
#include "goals/goallistmodel.h"
#include "goals/goalstore.h"
#include "goalspage.h"
#include "grouppage.h"
#include "kpi/customkpi.h"
#include "kpi/kpiengine.h"
#include "kpi/kpisnapshot.h"
#include "kpi/kpitablemodel.h"
#include "kpicard.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace funnelscope;

namespace {

// 40 leads in January 2025 and 3 deals won for 12,000: revenue per lead 300.
QByteArray leads()
{
    QByteArray csv = "lead_id,created_date,channel\n";
    for (int i = 1; i <= 40; ++i) {
        csv += "L" + QByteArray::number(i) + ",2025-01-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') +
               (i % 2 ? ",Paid Search\n" : ",Email\n");
    }
    return csv;
}

const QByteArray Deals = "deal_id,created_date,close_date,status,amount\n"
                         "D1,2025-01-02,2025-01-10,won,5000\n"
                         "D2,2025-01-03,2025-01-15,won,4000\n"
                         "D3,2025-01-04,2025-01-20,won,3000\n";

} // namespace

class TestCustomKpiCards : public QObject
{
    Q_OBJECT

private slots:
    void cardAndColumnShow()
    {
        TestWorkspace t;
        t.importOk(QStringLiteral("leads.csv"), leads());
        t.importOk(QStringLiteral("deals.csv"), Deals);
        CustomKpi k;
        k.name = QStringLiteral("Revenue per lead");
        k.formula = QStringLiteral("revenue_won / leads");
        k.format = CustomKpi::Format::Money;
        QCOMPARE(CustomKpiStore(t.workspace()).save(k), QString());

        KpiEngine engine(t.workspace());
        auto snapshot = std::make_shared<KpiSnapshot>(KpiSnapshot::compute(
            engine, {QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {}}, Comparison::None, Breakdown::Week, false));
        snapshot->currency = QStringLiteral("USD");
        GroupPage page(KpiGroup::Sales);
        page.resize(1280, 900);
        page.show();
        page.setSnapshot(snapshot, KpiFormat(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD")),
                         QString());
        QCOMPARE(page.cards()->customCards().size(), 1);
        KpiCard *card = page.cards()->customCards().first();
        QVERIFY(card->isVisible());
        QCOMPARE(card->valueText(), QStringLiteral("$300.00"));
        QVERIFY2(card->toolTip().contains(QStringLiteral("Revenue won ÷ Leads")), qPrintable(card->toolTip()));
        // After the catalog's cards of the group.
        const QList<KpiCard *> catalog = page.cards()->cards();
        QVERIFY(card->y() > catalog.last()->y() ||
                (card->y() == catalog.last()->y() && card->x() > catalog.last()->x()));

        // FUNNELSCOPE_SCREENSHOTS=DIR: the page as a user sees it, for docs/screenshots.
        const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS");
        if (!shots.isEmpty()) {
            QVERIFY(page.cards()->grab().save(shots + QStringLiteral("/custom-kpi-cards.png")));
            QVERIFY(page.widget()->grab().save(shots + QStringLiteral("/custom-kpi-sales-page.png")));
        }

        // A column in the group's table, by channel: the leads split 20/20 and the deals have no channel.
        KpiTableModel *model = page.tableModel();
        const int column = model->columnCount() - 1;
        QCOMPARE(model->headerData(column, Qt::Horizontal).toString().simplified(), QStringLiteral("Revenue per lead"));
        QCOMPARE(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("Revenue won ÷ Leads"));
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == u"Email") {
                QCOMPARE(model->index(r, column).data().toString(), QStringLiteral("$0.00")); // 20 leads, no revenue
            }
        }

        // A period without leads: "—" and the reason on the card.
        auto empty = std::make_shared<KpiSnapshot>(KpiSnapshot::compute(
            engine, {QDate(2025, 3, 1), QDate(2025, 3, 31), {}, {}}, Comparison::None, Breakdown::Week, false));
        page.setSnapshot(empty, KpiFormat(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD")),
                         QString());
        card = page.cards()->customCards().first();
        QCOMPARE(card->valueText(), QStringLiteral("—"));
        QCOMPARE(card->changeText(), QStringLiteral("Leads is 0 (division by zero)"));
    }

    void goalOnACustomKpiInTheGoalsPage()
    {
        TestWorkspace t;
        t.importOk(QStringLiteral("leads.csv"), leads());
        t.importOk(QStringLiteral("deals.csv"), Deals);
        CustomKpi k;
        k.name = QStringLiteral("Revenue per lead");
        k.formula = QStringLiteral("revenue_won / leads");
        k.format = CustomKpi::Format::Money;
        QCOMPARE(CustomKpiStore(t.workspace()).save(k), QString());
        Goal g;
        g.name = QStringLiteral("RPL 350");
        g.kpi = k.id;
        g.target = 350;
        g.start = QDate(2025, 1, 1);
        g.deadline = QDate(2025, 3, 31);
        g.baselineFrom = QDate(2024, 10, 1);
        g.baselineTo = QDate(2024, 12, 31);
        QString error;
        QVERIFY2(GoalStore(t.workspace()).save(g, &error) > 0, qPrintable(error));
        GoalsPage page(t.workspace());
        page.setContext(QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {});
        page.resize(1280, 800);
        QSignalSpy refreshed(&page, &GoalsPage::refreshed);
        page.show();
        page.refresh();
        QVERIFY(refreshed.wait(30000));
        QCOMPARE(page.goals()->rowCount(), 1);
        QCOMPARE(page.goals()->index(0, GoalListModel::Kpi).data().toString(), QStringLiteral("Revenue per lead"));
        // A level: January's whole month, 12,000 ÷ 40 leads.
        QCOMPARE(page.goals()->index(0, GoalListModel::Current).data().toString(), QStringLiteral("$300.00"));
        QCOMPARE(page.goals()->index(0, GoalListModel::Target).data().toString(), QStringLiteral("$350.00"));
    }

    void dialogPreviewsAndSaves()
    {
        TestWorkspace t;
        t.importOk(QStringLiteral("leads.csv"), leads());
        t.importOk(QStringLiteral("deals.csv"), Deals);
        KpiEngine engine(t.workspace());
        auto snapshot = std::make_shared<KpiSnapshot>(KpiSnapshot::compute(
            engine, {QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {}}, Comparison::None, Breakdown::Week, false));
        CustomKpisDialog dialog(t.workspace(), snapshot);
        dialog.show();
        QTest::keyClicks(dialog.formulaEdit(), QStringLiteral("revenue / leeds"));
        QCOMPARE(dialog.preview()->text(),
                 QStringLiteral("unknown name 'leeds' at character 11; did you mean 'leads'?"));
        if (const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/custom-kpi-dialog-error.png")));
        }
        dialog.formulaEdit()->setText(QStringLiteral("revenue / leads"));
        dialog.nameEdit()->setText(QStringLiteral("Revenue per lead"));
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("money")));
        QVERIFY2(dialog.preview()->text().contains(QStringLiteral("300.00")), qPrintable(dialog.preview()->text()));
        if (const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/custom-kpi-dialog.png")));
        }
        QSignalSpy changed(&dialog, &CustomKpisDialog::kpisChanged);
        QCOMPARE(dialog.save(), QString());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(CustomKpiStore(t.workspace()).all().first().id, QStringLiteral("revenue_per_lead"));
    }
};

QTEST_MAIN(TestCustomKpiCards)
#include "tst_customkpicards.moc"

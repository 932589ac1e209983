// Custom KPIs in the window: a card after the group's catalog cards with the formula as its tooltip, a column in the
// group's table, and the dialog's live preview and errors.

#include "breakdownchart.h"
#include "cardgrid.h"
#include "customkpisdialog.h"
#include "goals/goallistmodel.h"
#include "goals/goalstore.h"
#include "goalspage.h"
#include "grouppage.h"
#include "kpi/customkpi.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiinputs.h"
#include "kpi/kpisnapshot.h"
#include "kpi/kpitablemodel.h"
#include "kpicard.h"
#include "testworkspace.h"
#include "trendchart.h"

#include <QBarSet>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

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

    // The chart's KPI list has the stage's custom KPIs after its catalog ones, and charts them from the values the
    // engine computed per bucket and channel. A Paid Search lead every day of January and February, an Email lead on
    // each of 1–9 January: 40 leads in January, 28 in February. "Lead target share" = leads ÷ 50 is 80.0% in January,
    // 56.0% in February; over both months 59 ÷ 50 = 118.0% for Paid Search and 9 ÷ 50 = 18.0% for Email.
    void customKpiInTheCharts()
    {
        TestWorkspace t;
        QByteArray csv = "lead_id,created_date,channel\n";
        int id = 0;
        for (QDate d(2025, 1, 1); d <= QDate(2025, 2, 28); d = d.addDays(1)) {
            csv += "P" + QByteArray::number(++id) + "," + d.toString(Qt::ISODate).toLatin1() + ",Paid Search\n";
            if (d.month() == 1 && d.day() <= 9) {
                csv += "E" + QByteArray::number(id) + "," + d.toString(Qt::ISODate).toLatin1() + ",Email\n";
            }
        }
        t.importOk(QStringLiteral("leads.csv"), csv);
        const auto add = [&](const QString &name, const QString &formula, CustomKpi::Format format) {
            CustomKpi k;
            k.name = name;
            k.formula = formula;
            k.format = format;
            k.group = KpiGroup::LeadGeneration;
            return CustomKpiStore(t.workspace()).save(k);
        };
        QCOMPARE(add(QStringLiteral("Lead target share"), QStringLiteral("leads / 50"), CustomKpi::Format::Percent),
                 QString());
        QCOMPARE(add(QStringLiteral("Spend per lead"), QStringLiteral("media_cost / leads"), CustomKpi::Format::Money),
                 QString());
        const KpiFormat format(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD"));
        const auto snapshotOf = [&] {
            KpiEngine engine(t.workspace());
            return std::make_shared<KpiSnapshot>(KpiSnapshot::compute(
                engine, {QDate(2025, 1, 1), QDate(2025, 2, 28), {}, {}}, Comparison::None, Breakdown::Month, false));
        };
        GroupPage page(KpiGroup::LeadGeneration);
        page.resize(1280, 900);
        page.show();
        page.setSnapshot(snapshotOf(), format, QString());
        QComboBox *combo = page.chartKpi();
        int catalog = 0;
        for (const KpiDefinition &d : KpiCatalog::all()) {
            catalog += d.group == KpiGroup::LeadGeneration ? 1 : 0;
        }
        QCOMPARE(combo->count(), catalog + 2);
        QCOMPARE(combo->itemText(catalog), QStringLiteral("Lead target share"));
        QCOMPARE(combo->itemText(catalog + 1), QStringLiteral("Spend per lead"));

        // A click on the custom KPI's card charts it, as a click on a catalog card does.
        QCOMPARE(page.cards()->customCards().size(), 2);
        KpiCard *card = page.cards()->customCards().first();
        QTest::mouseClick(card, Qt::LeftButton);
        QCOMPARE(combo->currentText(), QStringLiteral("Lead target share"));
        TrendChart *trend = page.trendChart();
        QVERIFY(trend->emptyMessage().isEmpty());
        QCOMPARE(trend->pointCount(), 2);
        QCOMPARE(trend->axisTitle(Qt::AlignLeft), QStringLiteral("Lead target share (%)"));
        QLineSeries *line = nullptr;
        for (QAbstractSeries *s : trend->chart()->series()) {
            if (s->name() == u"Lead target share") {
                line = qobject_cast<QLineSeries *>(s);
            }
        }
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0).y(), 80.0); // drawn in percent
        QCOMPARE(line->at(1).y(), 56.0);
        emit line->hovered(line->at(0), true);
        QCOMPARE(QToolTip::text(), QStringLiteral("Lead target share\n1/1/25 – 1/31/25: 80.0%"));
        emit line->hovered(line->at(0), false);
        if (const QString shots = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
            QTest::qWait(100); // the charts lay out their axes once shown
            QVERIFY(page.widget()
                        ->grab(QRect(trend->mapTo(page.widget(), QPoint(0, 0)) - QPoint(0, 40),
                                     QSize(page.widget()->width(), trend->height() + 40)))
                        .save(shots + QStringLiteral("/custom-kpi-chart.png")));
        }

        BreakdownChart *bars = page.breakdownChart();
        QCOMPARE(bars->barCount(), 2);
        QBarSet *set = nullptr;
        for (QAbstractSeries *s : bars->chart()->series()) {
            if (auto *h = qobject_cast<QHorizontalBarSeries *>(s)) {
                set = h->barSets().constFirst();
            }
        }
        QVERIFY(set);
        QCOMPARE(set->at(1), 118.0); // the largest at the top: Paid Search
        QCOMPARE(set->at(0), 18.0);
        emit set->hovered(true, 1);
        QCOMPARE(QToolTip::text(), QStringLiteral("Paid Search\n1/1/25 – 2/28/25: 118.0%"));

        // No ad costs imported: the chart says which export would fill the KPI its formula lacks.
        combo->setCurrentIndex(catalog + 1);
        QCOMPARE(trend->emptyMessage(),
                 QStringLiteral("No Spend per lead in this period.\n%1").arg(KpiInputs::hint(u"media_cost")));
        QVERIFY(KpiInputs::hint(u"media_cost").contains(QStringLiteral("Google Ads")));

        // Removed, the custom KPI leaves the list; the chart falls back to the first catalog KPI. Added again, the
        // one charted stays chosen.
        QCOMPARE(CustomKpiStore(t.workspace()).remove(QStringLiteral("spend_per_lead")), QString());
        page.setSnapshot(snapshotOf(), format, QString());
        QCOMPARE(combo->count(), catalog + 1);
        QCOMPARE(combo->currentIndex(), 0);
        combo->setCurrentIndex(catalog);
        QCOMPARE(add(QStringLiteral("Spend per lead"), QStringLiteral("media_cost / leads"), CustomKpi::Format::Money),
                 QString());
        page.setSnapshot(snapshotOf(), format, QString());
        QCOMPARE(combo->count(), catalog + 2);
        QCOMPARE(combo->currentText(), QStringLiteral("Lead target share"));
        QCOMPARE(trend->pointCount(), 2);
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

// Charts that answer questions (issue 18): hover says the value, the dates and the comparison of a point or a bar;
// the comparison period can be overlaid; each axis has its own scale and a title with its unit; an empty chart says
// which export would fill it; a click on a card charts its KPI.

#include "../support/testworkspace.h"
#include "breakdownchart.h"
#include "cardgrid.h"
#include "grouppage.h"
#include "overviewpage.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpisnapshot.h"
#include "kpicard.h"
#include "trendchart.h"

#include <QApplication>
#include <QBarSet>
#include <QCheckBox>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

using namespace funnelscope;

namespace {

// Paid Search every day of January and February 2025: 10.00 and 5 clicks a day in January, 20.00 and 8 clicks a
// day in February. Paid Social in February only, 5.00 and 1 click a day.
QByteArray ads()
{
    QByteArray csv = "date,channel,impressions,clicks,cost\n";
    for (QDate d(2025, 1, 1); d <= QDate(2025, 2, 28); d = d.addDays(1)) {
        const bool feb = d.month() == 2;
        csv += d.toString(Qt::ISODate).toUtf8() + (feb ? ",Paid Search,400,8,20.00\n" : ",Paid Search,100,5,10.00\n");
        if (feb) {
            csv += d.toString(Qt::ISODate).toUtf8() + ",Paid Social,50,1,5.00\n";
        }
    }
    return csv;
}

int kpi(const char *id)
{
    return KpiCatalog::indexOf(QString::fromLatin1(id));
}

QLineSeries *lineNamed(TrendChart &chart, const QString &name)
{
    for (QAbstractSeries *s : chart.chart()->series()) {
        if (s->name() == name) {
            return qobject_cast<QLineSeries *>(s);
        }
    }
    return nullptr;
}

QValueAxis *valueAxis(TrendChart &chart, Qt::Alignment side)
{
    for (QAbstractAxis *axis : chart.chart()->axes(Qt::Vertical)) {
        if (axis->alignment() == side) {
            return qobject_cast<QValueAxis *>(axis);
        }
    }
    return nullptr;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

    TestWorkspace m_ws;
    KpiFormat m_format{QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD")};
    std::shared_ptr<KpiSnapshot> m_feb; // February, compared with the 28 days before it

private slots:
    void initTestCase()
    {
        m_ws.importOk(QStringLiteral("ads.csv"), ads());
        KpiEngine engine(m_ws.workspace());
        m_feb =
            std::make_shared<KpiSnapshot>(KpiSnapshot::compute(engine, {QDate(2025, 2, 1), QDate(2025, 2, 28), {}, {}},
                                                               Comparison::PreviousPeriod, Breakdown::Day, false));
        m_feb->currency = QStringLiteral("USD");
        QCOMPARE(m_feb->series.size(), 28);
    }

    // Hovering 1 February: 25.00 that day (20 + 5), 10.00 on 4 January, the day it is compared with: +150%.
    void hoverSaysValueDateAndComparison()
    {
        TrendChart chart;
        chart.resize(800, 400);
        chart.show();
        chart.setData(m_feb->series, {kpi("media_cost"), kpi("impressions")}, Breakdown::Day, m_format,
                      QStringLiteral("Spend and impressions"), m_feb->coverage);
        QLineSeries *spend = lineNamed(chart, QStringLiteral("Media spend"));
        QVERIFY(spend);
        QCOMPARE(spend->count(), 28);
        emit spend->hovered(spend->at(0), true);
        QCOMPARE(QToolTip::text(), QStringLiteral("Media spend\n2/1/25: $25.00\n1/4/25: $10.00 (+150%)"));
        QLineSeries *impressions = lineNamed(chart, QStringLiteral("Impressions"));
        QVERIFY(impressions);
        emit impressions->hovered(impressions->at(27), true);
        QCOMPARE(QToolTip::text(), QStringLiteral("Impressions\n2/28/25: 450\n1/31/25: 100 (+350%)"));
        emit impressions->hovered(impressions->at(27), false);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // Spend (25 a day) on the left axis, impressions (450 a day) on the right one, each scaled to its own values:
    // spend is not drawn flat beside the larger impressions. Both axes and the x axis say what they measure.
    void eachAxisHasItsScaleAndTitle()
    {
        TrendChart chart;
        chart.setData(m_feb->series, {kpi("media_cost"), kpi("impressions")}, Breakdown::Day, m_format, QString(),
                      m_feb->coverage);
        QCOMPARE(chart.axisTitle(Qt::AlignLeft), QStringLiteral("Media spend (USD)"));
        QCOMPARE(chart.axisTitle(Qt::AlignRight), QStringLiteral("Impressions"));
        QCOMPARE(chart.axisTitle(Qt::AlignBottom), QStringLiteral("Day"));
        QValueAxis *left = valueAxis(chart, Qt::AlignLeft);
        QValueAxis *right = valueAxis(chart, Qt::AlignRight);
        QVERIFY(left && right);
        QVERIFY2(left->max() >= 25 && left->max() <= 40, qPrintable(QString::number(left->max())));
        QVERIFY2(right->max() >= 450 && right->max() <= 600, qPrintable(QString::number(right->max())));
        QVERIFY(chart.emptyMessage().isEmpty());

        // Weeks and ratios say so.
        chart.setData(m_feb->series, {kpi("ctr")}, Breakdown::Week, m_format, QString(), {});
        QCOMPARE(chart.axisTitle(Qt::AlignLeft), QStringLiteral("Click-through rate (%)"));
        QCOMPARE(chart.axisTitle(Qt::AlignBottom), QStringLiteral("Week starting"));
    }

    // The comparison overlaid: a dotted line through each day's comparison value (10.00 a day), with its legend entry.
    void comparisonOverlay()
    {
        TrendChart chart;
        chart.setData(m_feb->series, {kpi("media_cost")}, Breakdown::Day, m_format, QString(), m_feb->coverage, true);
        QLineSeries *before = lineNamed(chart, QStringLiteral("Media spend, comparison period"));
        QVERIFY(before);
        QCOMPARE(before->count(), 28);
        for (const QPointF &p : before->points()) {
            QCOMPARE(p.y(), 10.0);
        }
        QCOMPARE(before->pen().style(), Qt::DotLine);
        QVERIFY(chart.chart()->legend()->isVisible());
        // Hovering the dotted line says the same as hovering the day.
        emit before->hovered(before->at(0), true);
        QCOMPARE(QToolTip::text(), QStringLiteral("Media spend\n2/1/25: $25.00\n1/4/25: $10.00 (+150%)"));

        // Without it, no dotted line.
        chart.setData(m_feb->series, {kpi("media_cost")}, Breakdown::Day, m_format, QString(), m_feb->coverage);
        QVERIFY(!lineNamed(chart, QStringLiteral("Media spend, comparison period")));
    }

    // No e-mail data: no axes with 0 0 0 1 1 1 ticks, but which export would fill the chart.
    void emptyChartSaysWhatFillsIt()
    {
        TrendChart chart;
        chart.resize(800, 400);
        chart.show();
        chart.setData(m_feb->series, {kpi("email_open_rate")}, Breakdown::Day, m_format, QString(), m_feb->coverage);
        QCOMPARE(chart.pointCount(), 0);
        QVERIFY2(chart.emptyMessage().startsWith(QStringLiteral("No Email open rate in this period.\n")),
                 qPrintable(chart.emptyMessage()));
        QVERIFY2(chart.emptyMessage().contains(QStringLiteral("Mailchimp")), qPrintable(chart.emptyMessage()));
        for (QAbstractAxis *axis : chart.chart()->axes()) {
            QVERIFY(!axis->isVisible());
        }
        chart.setData(m_feb->series, {kpi("leads")}, Breakdown::Day, m_format, QString(), m_feb->coverage);
        QVERIFY2(chart.emptyMessage().contains(QStringLiteral("HubSpot contacts")), qPrintable(chart.emptyMessage()));
    }

    // The same for the bars by channel: no e-mail data, no bars, the sentence instead of axes.
    void emptyBarsSayWhatFillsThem()
    {
        BreakdownChart chart;
        chart.resize(600, 400);
        chart.show();
        chart.setData(m_feb->channels, kpi("email_open_rate"), m_format, QString());
        QCOMPARE(chart.barCount(), 0);
        QVERIFY2(chart.emptyMessage().startsWith(QStringLiteral("No Email open rate in this period.\n")),
                 qPrintable(chart.emptyMessage()));
        QVERIFY2(chart.emptyMessage().contains(QStringLiteral("Mailchimp")), qPrintable(chart.emptyMessage()));
        for (QAbstractAxis *axis : chart.chart()->axes()) {
            QVERIFY(!axis->isVisible());
        }
        chart.setData(m_feb->channels, kpi("media_cost"), m_format, QString());
        QCOMPARE(chart.barCount(), 2);
        QVERIFY(chart.emptyMessage().isEmpty());
    }

    // Hovering a bar: the channel's value over February and over the 28 days before it.
    void hoverOnABar()
    {
        BreakdownChart chart;
        chart.setData(m_feb->channels, kpi("media_cost"), m_format, QString());
        QCOMPARE(chart.barCount(), 2);
        QBarSet *set = nullptr;
        for (QAbstractSeries *s : chart.chart()->series()) {
            if (auto *bars = qobject_cast<QHorizontalBarSeries *>(s)) {
                set = bars->barSets().constFirst();
            }
        }
        QVERIFY(set);
        // The value axis names what it measures, in which currency.
        const QList<QAbstractAxis *> values = chart.chart()->axes(Qt::Horizontal);
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.constFirst()->titleText(), QStringLiteral("Media spend (USD)"));
        // The largest bar is drawn at the top, the last of the set: Paid Search, 28 × 20.00.
        QCOMPARE(set->at(1), 560.0);
        emit set->hovered(true, 1);
        QCOMPARE(QToolTip::text(),
                 QStringLiteral("Paid Search\n2/1/25 – 2/28/25: $560.00\n1/4/25 – 1/31/25: $280.00 (+100%)"));
        emit set->hovered(true, 0);
        QCOMPARE(QToolTip::text(), QStringLiteral("Paid Social\n2/1/25 – 2/28/25: $140.00\n1/4/25 – 1/31/25: — (—)"));
    }

    // The Overview's spend and leads chart overlays the comparison period too, dotted (these files have no leads).
    void overviewOverlaysTheComparison()
    {
        OverviewPage page;
        page.resize(1280, 900);
        page.show();
        page.setSnapshot(m_feb, m_format, QStringLiteral("previous period"));
        QVERIFY(page.overlayBox()->isEnabled());
        QVERIFY(!lineNamed(*page.trendChart(), QStringLiteral("Media spend, comparison period")));
        page.overlayBox()->setChecked(true);
        QLineSeries *spend = lineNamed(*page.trendChart(), QStringLiteral("Media spend, comparison period"));
        QVERIFY(spend);
        QCOMPARE(spend->at(0).y(), 10.0);
        page.overlayBox()->setChecked(false);
        QVERIFY(!lineNamed(*page.trendChart(), QStringLiteral("Media spend, comparison period")));
    }

    // A click on a card charts its KPI; the overlay box draws the comparison.
    void clickingACardChartsIt()
    {
        GroupPage page(KpiGroup::Awareness);
        page.resize(1280, 900);
        page.show();
        page.setSnapshot(m_feb, m_format, QStringLiteral("previous period"));
        KpiCard *spendCard = nullptr;
        for (KpiCard *card : page.cards()->cards()) {
            if (card->kpiIndex() == kpi("media_cost")) {
                spendCard = card;
            }
        }
        QVERIFY(spendCard);
        QCOMPARE(page.chartKpi()->currentData().toInt(), kpi("impressions")); // the stage's first KPI
        QTest::mouseClick(spendCard, Qt::LeftButton);
        QCOMPARE(page.chartKpi()->currentData().toInt(), kpi("media_cost"));
        QCOMPARE(page.trendChart()->chart()->title(), QStringLiteral("Media spend"));
        QCOMPARE(page.trendChart()->seriesCount(), 1);

        QVERIFY(page.overlayComparison()->isEnabled());
        QVERIFY(!lineNamed(*page.trendChart(), QStringLiteral("Media spend, comparison period")));
        page.overlayComparison()->setChecked(true);
        QLineSeries *before = lineNamed(*page.trendChart(), QStringLiteral("Media spend, comparison period"));
        QVERIFY(before);
        QCOMPARE(before->at(0).y(), 10.0);

        if (const QString dir = qEnvironmentVariable("FUNNELSCOPE_SCREENSHOTS"); !dir.isEmpty()) {
            // docs/screenshots/13-chart-hover.png: FUNNELSCOPE_SCREENSHOTS=docs/screenshots build/tests/ui/tst_charts
            // The page with the comparison overlaid and 10 February hovered; the tooltip is a window of its own,
            // drawn onto the page's picture where it stands.
            QTest::qWait(100);
            TrendChart *chart = page.trendChart();
            QLineSeries *spend = lineNamed(*chart, QStringLiteral("Media spend"));
            const QPointF at = chart->chart()->mapToPosition(spend->at(9), spend);
            QCursor::setPos(chart->mapToGlobal(chart->mapFromScene(at)));
            QTest::qWait(100); // the charts lay out their axes once shown
            emit spend->hovered(spend->at(9), true);
            QPixmap picture = page.grab();
            QPainter painter(&picture);
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->inherits("QTipLabel") && w->isVisible()) {
                    painter.drawPixmap(w->pos() - page.mapToGlobal(QPoint(0, 0)), w->grab());
                }
            }
            painter.end();
            QVERIFY(picture.save(dir + QStringLiteral("/13-chart-hover.png")));
        }
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"

// The anomaly detector against series whose medians, MADs and scores are worked out by hand in the comments.

#include "goals/anomalydetector.h"

#include <QTest>

#include <optional>

using namespace funnelscope;

using Series = QList<std::optional<double>>;

class TestAnomalyDetector : public QObject
{
    Q_OBJECT

private slots:
    void indexes_data();
    void indexes();
    void scores_data();
    void scores();
};

void TestAnomalyDetector::indexes_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<int>("window");
    QTest::addColumn<QList<int>>("expected");

    const std::nullopt_t unknown = std::nullopt;
    const Series spike{50, 52, 49, 51, 50, 48, 53, 50, 120, 51};

    QTest::addRow("weekly leads with a spike") << spike << 8 << QList<int>{8};
    QTest::addRow("CTR halves") << Series{0.012, 0.0118, 0.0121, 0.0119, 0.0122, 0.012, 0.006} << 8 << QList<int>{6};
    QTest::addRow("steady sessions with noise")
        << Series{1000, 1040, 980, 1010, 995, 1025, 970, 1005, 1015, 990, 1030, 985} << 8 << QList<int>{};
    QTest::addRow("gently rising, +3 a week")
        << Series{100, 103, 106, 109, 112, 115, 118, 121, 124, 127, 130, 133} << 8 << QList<int>{};
    QTest::addRow("rising with noise") << Series{200, 206, 209, 215, 221, 224, 231, 236, 240, 247, 252, 255} << 8
                                       << QList<int>{};
    QTest::addRow("slowly declining rate")
        << Series{0.30, 0.295, 0.29, 0.286, 0.281, 0.277, 0.272, 0.268, 0.263, 0.259} << 8 << QList<int>{};
    QTest::addRow("spike with only three points before it") << Series{50, 52, 49, 120} << 8 << QList<int>{};
    QTest::addRow("empty series") << Series{} << 8 << QList<int>{};
    QTest::addRow("all unknown") << Series{unknown, unknown, unknown, unknown, unknown} << 8 << QList<int>{};
    QTest::addRow("unknowns in the history, four known remain")
        << Series{50, unknown, 52, unknown, 49, 51, 120} << 8 << QList<int>{6};
    QTest::addRow("unknowns leave three known: not judged")
        << Series{50, unknown, unknown, 52, unknown, 49, 120} << 8 << QList<int>{};
    QTest::addRow("unknown points are never anomalies")
        << Series{50, 52, 49, 51, 50, unknown, 48, 53, unknown, 120} << 8 << QList<int>{9};
    QTest::addRow("window of 4 still sees the spike") << spike << 4 << QList<int>{8};
    QTest::addRow("window of 3 is too short to judge") << spike << 3 << QList<int>{};
    // A flat history has no spread: only a move of more than 10% of the median counts.
    QTest::addRow("flat history, +15%%") << Series{100, 100, 100, 100, 115} << 8 << QList<int>{4};
    QTest::addRow("flat history, -20%%") << Series{100, 100, 100, 100, 80} << 8 << QList<int>{4};
    QTest::addRow("flat history, +5%%") << Series{100, 100, 100, 100, 105} << 8 << QList<int>{};
    QTest::addRow("flat history, back to normal after a jump")
        << Series{100, 100, 100, 100, 115, 100} << 8 << QList<int>{4};
    QTest::addRow("no leads for weeks, then 3") << Series{0, 0, 0, 0, 3} << 8 << QList<int>{4};
    QTest::addRow("no leads at all") << Series{0, 0, 0, 0, 0, 0} << 8 << QList<int>{};
    // MAD is 0 (six of seven points are 10): the mean absolute deviation, 0.5 ÷ 7, scales instead.
    QTest::addRow("MAD 0, far from the median") << Series{10, 10, 10, 10, 10.5, 10, 10, 12} << 8 << QList<int>{7};
    QTest::addRow("MAD 0, near the median") << Series{10, 10, 10, 10, 10.5, 10, 10, 10.2} << 8 << QList<int>{};
}

void TestAnomalyDetector::indexes()
{
    QFETCH(Series, series);
    QFETCH(int, window);
    QFETCH(QList<int>, expected);

    QList<int> found;
    for (const AnomalyDetector::Anomaly &anomaly : AnomalyDetector::find(series, window)) {
        found.append(anomaly.index);
        QCOMPARE(anomaly.value, *series.at(anomaly.index));
        QVERIFY(qIsFinite(anomaly.score));
    }
    QCOMPARE(found, expected);
}

void TestAnomalyDetector::scores_data()
{
    QTest::addColumn<Series>("series");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("score");

    // History 50 52 49 51 50 48 53 50: median 50; deviations 0 0 0 1 1 2 2 3, MAD 1; z = 0.6745 × 70 ÷ 1.
    QTest::addRow("spike above") << Series{50, 52, 49, 51, 50, 48, 53, 50, 120} << 50.0 << 47.215;
    // Median 1.2%, deviations 0 0 .01 .01 .02 .02 (points), MAD 0.01 points; z = 0.6745 × (−0.6) ÷ 0.01.
    QTest::addRow("drop below") << Series{0.012, 0.0118, 0.0121, 0.0119, 0.0122, 0.012, 0.006} << 0.012 << -40.47;
    // Known history 50 52 49 51: median 50.5, deviations .5 .5 1.5 1.5, MAD 1; z = 0.6745 × 69.5.
    QTest::addRow("history with gaps") << Series{50, std::nullopt, 52, std::nullopt, 49, 51, 120} << 50.5 << 46.87775;
    // MAD 0; mean absolute deviation 0.5 ÷ 7; z = 2 ÷ (1.2533 × 0.5 ÷ 7) = 14 ÷ 0.62665.
    QTest::addRow("mean absolute deviation") << Series{10, 10, 10, 10, 10.5, 10, 10, 12} << 10.0 << 14 / 0.62665;
    QTest::addRow("flat history, above") << Series{100, 100, 100, 100, 115} << 100.0 << 99.0;
    QTest::addRow("flat history, below") << Series{100, 100, 100, 100, 80} << 100.0 << -99.0;
}

void TestAnomalyDetector::scores()
{
    QFETCH(Series, series);
    QFETCH(double, expected);
    QFETCH(double, score);

    const QList<AnomalyDetector::Anomaly> anomalies = AnomalyDetector::find(series);
    QCOMPARE(anomalies.size(), 1);
    const AnomalyDetector::Anomaly &anomaly = anomalies.first();
    QCOMPARE(anomaly.index, series.size() - 1);
    QCOMPARE(anomaly.value, *series.last());
    QVERIFY2(qAbs(anomaly.expected - expected) < 1e-12, qPrintable(QString::number(anomaly.expected)));
    QVERIFY2(qAbs(anomaly.score - score) < 1e-6, qPrintable(QString::number(anomaly.score, 'g', 10)));
}

QTEST_GUILESS_MAIN(TestAnomalyDetector)
#include "tst_anomalydetector.moc"

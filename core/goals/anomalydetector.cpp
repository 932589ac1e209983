#include "anomalydetector.h"

#include <algorithm>
#include <cmath>

namespace funnelscope {

namespace {

// Sorts its argument: every caller passes a scratch copy.
double median(QList<double> &values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

QList<AnomalyDetector::Anomaly> AnomalyDetector::find(const QList<std::optional<double>> &series, int window,
                                                      double threshold)
{
    QList<Anomaly> anomalies;
    QList<double> history;
    QList<double> deviations;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const std::optional<double> point = series.at(i);
        if (!point || !std::isfinite(*point)) {
            continue;
        }
        history.clear();
        for (qsizetype j = std::max<qsizetype>(0, i - window); j < i; ++j) {
            const std::optional<double> past = series.at(j);
            if (past && std::isfinite(*past)) {
                history.append(*past);
            }
        }
        if (history.size() < MinHistory) {
            continue;
        }

        const double x = *point;
        const double expected = median(history);
        deviations.clear();
        double deviationSum = 0;
        for (const double h : std::as_const(history)) {
            deviations.append(std::fabs(h - expected));
            deviationSum += std::fabs(h - expected);
        }
        const double mad = median(deviations);
        const double meanDeviation = deviationSum / double(history.size());

        double score = 0;
        bool anomalous = false;
        if (mad > 0) {
            score = MadScale * (x - expected) / mad;
            anomalous = std::fabs(score) > threshold;
        } else if (meanDeviation > 0) {
            score = (x - expected) / (MeanAbsoluteDeviationScale * meanDeviation);
            anomalous = std::fabs(score) > threshold;
        } else if (std::fabs(x - expected) > FlatTolerance * std::fabs(expected)) {
            score = x > expected ? FlatScore : -FlatScore;
            anomalous = true;
        }
        if (anomalous) {
            anomalies.append({int(i), x, expected, score});
        }
    }
    return anomalies;
}

} // namespace funnelscope

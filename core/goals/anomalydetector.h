#pragma once

#include <QList>

#include <optional>

namespace funnelscope {

// Finds the periods of one KPI's time series that stand out from their own recent history, so a review can ask
// "what happened that week?". It judges each point against the trailing window only — never against later points,
// so a flagged period stays flagged as more data arrives — and with the median and the median absolute deviation
// (MAD) rather than mean and standard deviation, so one earlier spike does not hide the next one. It does not say
// whether a deviation is good or bad: that is the KPI's better direction, known to the caller.
//
// The rules, for each point i of the series:
// - An unknown point (nullopt, or not finite) is skipped: it is never an anomaly and never part of a history.
// - The history is the known points among the previous `window` positions; with fewer than MinHistory of them the
//   point is not judged (too little to know what is normal).
// - z = 0.6745 × (x − median) ÷ MAD — the modified z-score of Iglewicz and Hoaglin, where 0.6745 makes MAD
//   comparable to a standard deviation for normal data.
// - When MAD is 0 (more than half the history is one value), the scale falls back to 1.2533 × the mean absolute
//   deviation from the median: z = (x − median) ÷ (1.2533 × meanAD).
// - When that is 0 too (a perfectly flat history), no spread exists to scale by: a point is an anomaly only if it
//   differs from the median by more than FlatTolerance × |median|, and then scores ±FlatScore (a large finite
//   number, so callers can sort and print it); any other point scores 0.
// - Otherwise a point is an anomaly when |z| > threshold (3.5 is Iglewicz and Hoaglin's recommendation).
class AnomalyDetector
{
public:
    static constexpr int MinHistory = 4;
    static constexpr double MadScale = 0.6745;
    static constexpr double MeanAbsoluteDeviationScale = 1.2533;
    static constexpr double FlatTolerance = 0.10;
    static constexpr double FlatScore = 99.0;

    struct Anomaly
    {
        int index;       // position in the series
        double value;    // the point
        double expected; // the trailing median
        double score;    // robust z, negative below the median
    };

    // The anomalies in series order.
    static QList<Anomaly> find(const QList<std::optional<double>> &series, int window = 8, double threshold = 3.5);
};

} // namespace funnelscope

#pragma once

#include <QColor>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace funnelscope::reportparts {

// What the PDF's pages share: their palette and the small readings of a review's JSON (ReportWriter, GoalPages).
inline const QColor Ink(0x1b, 0x1f, 0x24);
inline const QColor Muted(0x5f, 0x66, 0x6d);
inline const QColor Rule(0xc8, 0xcc, 0xd0);
inline const QColor Accent(0x1f, 0x5f, 0xae);
inline const QColor Good(0x1a, 0x7f, 0x37);
inline const QColor Bad(0xb4, 0x23, 0x18);
inline const QColor Warn(0x9a, 0x5b, 0x00);
inline const QColor AnnotationInk(0x8a, 0x5a, 0x00);
inline const QColor AnnotationFill(0xf2, 0xc1, 0x4e, 0x40);

// A JSON number, or nothing (null, missing).
std::optional<double> opt(const QJsonValue &v);
// The KPI's translated name, or its id when the catalog does not know it.
QString kpiName(const QString &id);
// A goal status's colour: met and on track good, missed and off track bad, at risk a warning.
QColor statusColour(const QString &id);
// The channels and campaigns a scope or goal names, or "all channels and campaigns".
QString scopeText(const QJsonObject &o);

// Axis bounds and a step of 1, 2, 2.5 or 5 × 10^k covering [lo, hi] in about four steps.
struct Ticks
{
    double lo, hi, step;
};
Ticks niceTicks(double lo, double hi);

} // namespace funnelscope::reportparts

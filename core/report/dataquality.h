#pragma once

#include "kpi/scope.h"

#include <QJsonArray>
#include <QJsonObject>

namespace funnelscope {

class Workspace;

// Measure accurately: how trustworthy the data behind a period is. Which kinds and sources cover it and how fresh
// each source is, days missing for channels that usually report every day, rejected rows, and where the platforms'
// lead counts disagree with the CRM's.
class DataQuality
{
public:
    // A channel "usually has data" when it has rows on at least this share of the period's days.
    static constexpr double UsualCoverage = 0.5;
    // Platform and CRM leads "disagree" when they differ by more than this share of the larger one.
    static constexpr double Disagreement = 0.2;

    static QJsonObject measure(Workspace &workspace, const Scope &scope);
};

} // namespace funnelscope

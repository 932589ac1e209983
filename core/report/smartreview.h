#pragma once

#include "kpi/scope.h"

#include <QJsonObject>

namespace funnelscope {

class Workspace;

// Builds the SMART review of a period as a document of plain values (JSON), so that a saved review keeps its
// numbers as they were and the report can be written from it at any time:
// S — goals and headline KPIs; M — data quality; A — trends, anomalies, contributors, the funnel step that moved;
// R — what changed since the previous review; T — recommended actions and the decisions recorded.
class SmartReview
{
public:
    // Money in currency (empty: the workspace's, see KpiEngine::reportingCurrency()); the document's "currency" is
    // the one used and "currency_notes" what the reader must be told about missing rates.
    static QJsonObject build(Workspace &workspace, const Scope &period, Comparison comparison, const QString &title,
                             const QString &currency = {});
    // The previous saved review's content that ends before this period's end, if any.
    static QJsonObject previousReview(Workspace &workspace, const QDate &before);
};

} // namespace funnelscope

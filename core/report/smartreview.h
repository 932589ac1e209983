#pragma once

#include "kpi/kpiformat.h"
#include "kpi/scope.h"

#include <QJsonObject>

#include <optional>

namespace funnelscope {

class Workspace;
struct CustomKpi;

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
    // The period a review compares with: a calendar quarter, month or year with the one before it (Q3 with 1 April –
    // 30 June), any other period with the same number of days just before it; PreviousYear a year earlier.
    static Scope comparedPeriod(const Scope &period, Comparison comparison);
    // Whether a trend's bucket (an anomaly's period) belongs to the review's period: at least half its days lie in
    // it. Other anomalies are older, shown only as context.
    static bool inPeriod(const QDate &bucketFrom, const QDate &bucketTo, const QDate &from, const QDate &to);
    // The direction in which a goal's KPI gets better: +1 higher, −1 lower, 0 neither. Money spent (media spend,
    // marketing and sales cost) is neither unless the goal's target lies above or below its baseline.
    static int betterDirection(const QString &kpi, std::optional<double> baseline, double target);
    // A custom KPI's: its own direction; one of neither direction is judged by the goal's target as money spent is.
    static int betterDirection(const CustomKpi &kpi, std::optional<double> baseline, double target);
    // A recommendation of a review (actions.recommended) in the current language and format's locale: rendered from
    // its facts, or the sentences a review saved by an older version stored.
    static QString findingText(const QJsonObject &recommendation, const KpiFormat &format);
    static QString actionText(const QJsonObject &recommendation, const KpiFormat &format);
    // The previous saved review's content that ends before this period's end, if any.
    static QJsonObject previousReview(Workspace &workspace, const QDate &before);
};

} // namespace funnelscope

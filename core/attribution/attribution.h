#pragma once

#include "kpi/scope.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace funnelscope {

class Workspace;

enum class AttributionModel
{
    FirstTouch,
    LastTouch,
    Linear,
    TimeDecay,
    PositionBased
};

// Multi-touch attribution over the touchpoints kind: who gets the credit for the leads, customers and won revenue
// of a period (by conversion date: a lead's creation, its customer date, a won deal's close date). Each conversion
// spreads one unit of credit (or its revenue, to the cent) over its lead's touchpoints up to the conversion day;
// a conversion without touchpoints credits its own channel and campaign (the lead's, or the deal's).
class Attribution
{
public:
    struct Row
    {
        QString key; // channel or campaign name
        double leads = 0;
        double customers = 0;
        qint64 revenueMicros = 0; // whole cents, in micro-units
    };
    struct Result
    {
        QList<Row> rows; // sorted by name (code point order)
        int leads = 0;   // the conversions distributed
        int customers = 0;
        qint64 revenueMicros = 0;
        // The currency revenue is in (KpiEngine::reportingCurrency()), and what keeps it from being complete: won
        // deals whose amount has no rate into it (docs/currencies.md). When not empty, revenue is unknown.
        QString currency;
        QStringList revenueNotes;
    };

    explicit Attribution(Workspace &workspace) : m_workspace(workspace) {}

    Result compute(const QDate &from, const QDate &to, AttributionModel model, Breakdown by,
                   double halfLifeDays = 7) const;

    // The share of one conversion each touch gets, touches ordered from first to last; days are Julian days.
    static QList<double> weights(AttributionModel model, const QList<qint64> &touchDays, qint64 conversionDay,
                                 double halfLifeDays);
    // Splits an amount of whole cents in proportion to weights; the parts add up to the amount exactly (largest
    // remainders get the odd cents).
    static QList<qint64> splitCents(qint64 cents, const QList<double> &weights);

    static QString modelName(AttributionModel model); // as in --model: first, last, linear, time-decay, position
    static std::optional<AttributionModel> modelFromName(QStringView name);
    static QList<AttributionModel> allModels();

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

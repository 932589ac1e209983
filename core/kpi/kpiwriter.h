#pragma once

#include "bucketcoverage.h"
#include "kpiengine.h"

#include <QJsonObject>
#include <QString>

namespace funnelscope {

// Writes KPI results in the CLI's formats (cli.md): a JSON object, CSV (through CsvWriter, which escapes and quotes)
// or an aligned table for a terminal.
class KpiWriter
{
public:
    static QJsonObject valuesJson(const KpiValues &values);
    static QJsonObject toJson(const Scope &scope, const KpiValues &values, const Scope *previousScope,
                              const KpiValues *previous);
    // With coverage (BucketCoverage::of for the rows' time buckets, in the same order), each row also says how many
    // days its calendar bucket has ("days"), how many lie in the period ("period_days") and have data
    // ("covered_days"), and whether it is "partial"; dataRange adds "data_from" and "data_to" (null when empty).
    static QJsonObject toJson(const Scope &scope, const QList<KpiEngine::Row> &rows, Comparison comparison,
                              const QString &leadsSource, const QList<BucketCoverage> &coverage = {},
                              const std::pair<QDate, QDate> &dataRange = {});

    // CSV, with the currency money KPIs are in: a "currency" column (empty for KPIs that are not money), or a last
    // "currency" column of every row when there is one per KPI column.
    static QString toCsv(const KpiValues &values, const KpiValues *previous, const QString &currency = {});
    static QString toCsv(const QList<KpiEngine::Row> &rows, const QString &currency = {});
    // Tables for people: money with the currency's symbol (KpiFormat::money), "$1,234.56", "PLN 1,234.56".
    static QString toTable(const Scope &scope, const KpiValues &values, const Scope *previousScope,
                           const KpiValues *previous, const QString &currency = {});
    // With coverage, a partial bucket's key is marked "*" and a note under the table says how many days it has.
    static QString toTable(const QList<KpiEngine::Row> &rows, const QList<BucketCoverage> &coverage = {},
                           Breakdown by = Breakdown::None, const QString &currency = {});

    // A value for people: 12.3%, 1,234.56, 1,234; money in currency (none: the bare amount) "$1,234.56".
    static QString display(int kpiIndex, std::optional<double> value, const QString &currency = {});
};

} // namespace funnelscope

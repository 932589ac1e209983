#pragma once

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
    static QJsonObject toJson(const Scope &scope, const QList<KpiEngine::Row> &rows, Comparison comparison,
                              const QString &leadsSource);

    static QString toCsv(const KpiValues &values, const KpiValues *previous);
    static QString toCsv(const QList<KpiEngine::Row> &rows);
    static QString toTable(const Scope &scope, const KpiValues &values, const Scope *previousScope,
                           const KpiValues *previous);
    static QString toTable(const QList<KpiEngine::Row> &rows);

    // A value for people: 12.3%, 1,234.56, 1,234.
    static QString display(int kpiIndex, std::optional<double> value);
};

} // namespace funnelscope

#include "chartkpi.h"

#include "kpi/kpicatalog.h"
#include "kpi/kpiinputs.h"

#include <QCoreApplication>

namespace funnelscope {

ChartKpi ChartKpi::catalog(int index)
{
    ChartKpi k;
    k.index = index;
    return k;
}

ChartKpi ChartKpi::of(const CustomKpi &kpi)
{
    ChartKpi k;
    k.custom = kpi;
    return k;
}

QString ChartKpi::name() const
{
    if (index >= 0) {
        return QCoreApplication::translate("Kpi", KpiCatalog::at(index).name);
    }
    return custom ? custom->name : QString();
}

KpiUnit ChartKpi::unit() const
{
    if (index >= 0) {
        return KpiCatalog::at(index).unit;
    }
    return custom ? custom->unit() : KpiUnit::Number;
}

bool ChartKpi::isMoney() const
{
    return index >= 0 ? KpiCatalog::at(index).isMoney() : custom && custom->isMoney();
}

std::optional<double> ChartKpi::valueIn(const KpiValues &values) const
{
    if (index >= 0) {
        return values.values.value(index);
    }
    return custom ? values.valueOf(custom->id) : std::nullopt;
}

QString ChartKpi::display(const KpiFormat &format, std::optional<double> value) const
{
    if (index >= 0) {
        return format.value(index, value);
    }
    return custom ? custom->display(value, format) : QStringLiteral("—");
}

QString ChartKpi::inputsHint(const QList<KpiEngine::Row> &rows) const
{
    if (index >= 0) {
        return KpiInputs::hint(KpiCatalog::at(index).id);
    }
    if (!custom || !custom->compiled) {
        return {};
    }
    QString first;
    for (const QString &name : custom->compiled->names()) {
        const int read = KpiCatalog::indexOf(name);
        if (read < 0 || KpiInputs::hint(name).isEmpty()) {
            continue;
        }
        const bool missing = std::none_of(rows.cbegin(), rows.cend(), [read](const KpiEngine::Row &row) {
            return row.values.values.value(read).has_value();
        });
        if (missing) {
            return KpiInputs::hint(name);
        }
        if (first.isEmpty()) {
            first = KpiInputs::hint(name);
        }
    }
    return first;
}

QString ChartKpi::axisTitle(const QString &currency) const
{
    const QString title = name();
    switch (unit()) {
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay:
        return currency.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, currency);
    case KpiUnit::Ratio:
        return QStringLiteral("%1 (%)").arg(title);
    case KpiUnit::Seconds:
        return QCoreApplication::translate("TrendChart", "%1 (seconds)").arg(title);
    case KpiUnit::Days:
        return QCoreApplication::translate("TrendChart", "%1 (days)").arg(title);
    default:
        return title;
    }
}

} // namespace funnelscope

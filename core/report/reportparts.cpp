#include "reportparts.h"

#include "i18n/contexts.h"
#include "i18n/language.h"
#include "kpi/kpicatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <cmath>

namespace funnelscope::reportparts {

std::optional<double> opt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QString kpiName(const QString &id)
{
    const int i = KpiCatalog::indexOf(id);
    return i >= 0 ? QCoreApplication::translate("Kpi", KpiCatalog::at(i).name) : id;
}

QColor statusColour(const QString &id)
{
    if (id == u"on_track" || id == u"met") {
        return Good;
    }
    if (id == u"off_track" || id == u"missed") {
        return Bad;
    }
    return id == u"at_risk" ? Warn : Muted;
}

QString scopeText(const QJsonObject &o)
{
    QStringList parts;
    for (const QJsonValue &v : o.value(QStringLiteral("channels")).toArray()) {
        parts.append(Language::isolated(v.toString()));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("campaigns")).toArray()) {
        parts.append(Language::isolated(v.toString()));
    }
    return parts.isEmpty() ? Report::tr("all channels and campaigns") : parts.join(QStringLiteral(", "));
}

Ticks niceTicks(double lo, double hi)
{
    if (hi <= lo) {
        hi = lo + 1;
    }
    const double raw = (hi - lo) / 4;
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    return {std::floor(lo / step) * step, std::ceil(hi / step) * step, step};
}

} // namespace funnelscope::reportparts

#include "kpivalues.h"

#include "kpicatalog.h"

#include <cmath>

namespace funnelscope {

std::optional<double> KpiValues::value(QStringView id) const
{
    const int i = KpiCatalog::indexOf(id);
    return i >= 0 && i < values.size() ? values.at(i) : std::nullopt;
}

std::optional<double> KpiValues::change(std::optional<double> value, std::optional<double> previous)
{
    if (!value || !previous || *previous == 0) {
        return std::nullopt;
    }
    return (*value - *previous) / std::fabs(*previous);
}

} // namespace funnelscope

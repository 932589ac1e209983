#pragma once

#include <QString>

namespace funnelscope {

// Large axis values read better as 1.5M or 300k than as 1500000.
struct AxisScale
{
    double divisor = 1;
    QString suffix;

    static AxisScale forMaximum(double maximum)
    {
        if (maximum >= 2'000'000) {
            return {1'000'000, QStringLiteral("M")};
        }
        if (maximum >= 20'000) {
            return {1'000, QStringLiteral("k")};
        }
        return {};
    }
    QString labelFormat(bool percent, bool fractional) const
    {
        if (percent) {
            return percentFormat();
        }
        return (fractional || divisor >= 1'000'000 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")) + suffix;
    }

    // Charts localise their numbers (theme::resetChart), which leaves the text after the number as written: a
    // single %. Qt Charts cannot put text with a % before a localised number, so Turkish axes keep it after.
    static QString percentFormat() { return QStringLiteral("%.1f%"); }
};

} // namespace funnelscope

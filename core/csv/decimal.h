#pragma once

#include <QString>
#include <QtGlobal>

namespace funnelscope {

// An exact decimal number as written in a file: mantissa × 10^-scale. Money and other decimals are stored as
// micro-units so that sums are exact to the last decimal, whatever the number of rows.
struct Decimal
{
    qint64 mantissa = 0;
    int scale = 0;

    bool isNegative() const { return mantissa < 0; }
    bool isWhole() const;
    // Whether toMicros() is exact to representable range (|value| < about 9.2 × 10^12).
    bool fitsInMicros() const;
    // Rounded half away from zero to millionths.
    qint64 toMicros() const;
    qint64 toWhole() const; // only meaningful when isWhole()
    double toDouble() const;
};

inline constexpr double MicrosPerUnit = 1'000'000.0;

// sum += value, unless that would overflow 64 bits: then sum is kept and the result is false (a total that does not
// fit is refused, never wrapped).
inline bool addExact(qint64 &sum, qint64 value)
{
    qint64 result = 0;
    if (__builtin_add_overflow(sum, value, &result)) {
        return false;
    }
    sum = result;
    return true;
}

} // namespace funnelscope

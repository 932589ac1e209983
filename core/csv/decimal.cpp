#include "decimal.h"

#include <algorithm>
#include <cmath>

namespace funnelscope {

namespace {
// 10^n for 0 ≤ n ≤ 18, the powers a qint64 holds; callers handle larger n (found by fuzzing: "0,00…07" with twenty
// decimals overflowed).
constexpr int MaxPower = 18;
qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0) {
        p *= 10;
    }
    return p;
}
} // namespace

bool Decimal::isWhole() const
{
    if (scale > MaxPower) {
        return mantissa == 0; // |mantissa| < 10^19: a fraction unless zero
    }
    return scale <= 0 || mantissa % pow10(scale) == 0;
}

qint64 Decimal::toWhole() const
{
    if (scale > MaxPower) {
        return 0;
    }
    return scale <= 0 ? mantissa * pow10(std::min(-scale, MaxPower)) : mantissa / pow10(scale);
}

bool Decimal::fitsInMicros() const
{
    if (scale >= 6) {
        return true;
    }
    qint64 out = 0;
    return !__builtin_mul_overflow(mantissa, pow10(6 - scale), &out);
}

qint64 Decimal::toMicros() const
{
    if (scale <= 6) {
        return mantissa * pow10(6 - scale);
    }
    if (scale - 6 > MaxPower) {
        return 0; // less than half a micro-unit
    }
    const qint64 div = pow10(scale - 6);
    const qint64 q = mantissa / div;
    const qint64 r = mantissa % div;
    if (2 * std::llabs(r) >= div) {
        return q + (mantissa < 0 ? -1 : 1);
    }
    return q;
}

double Decimal::toDouble() const
{
    return double(mantissa) / std::pow(10.0, scale);
}

} // namespace funnelscope

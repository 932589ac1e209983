#include "decimal.h"

#include <cmath>

namespace funnelscope {

namespace {
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
    return scale <= 0 || mantissa % pow10(scale) == 0;
}

qint64 Decimal::toWhole() const
{
    return scale <= 0 ? mantissa * pow10(-scale) : mantissa / pow10(scale);
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
    return double(mantissa) / double(pow10(scale));
}

} // namespace funnelscope

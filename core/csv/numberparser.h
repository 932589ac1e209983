#pragma once

#include "decimal.h"

#include <QChar>
#include <QString>

#include <optional>

namespace funnelscope {

// Reads numbers the way exports write them: 1234.5, 1,234.5, 1.234,5, 1 234,5 (space, no-break or thin space),
// 12.5% (a ratio 0.125), currency signs or codes before or after ($, €, zł, PLN, ₺, ₽, NT$ ...). A lone separator
// followed by exactly three digits (1.234, 1,234) is read with the file's decimal separator.
class NumberParser
{
public:
    struct Result
    {
        std::optional<Decimal> value;
        QString error; // set when value is empty
    };

    static Result parse(QStringView text, QChar decimalSeparator);
    // The decimal separator a value proves on its own (1,5 or 1.234,56 prove ','), if any.
    static std::optional<QChar> provenDecimalSeparator(QStringView text);
};

} // namespace funnelscope

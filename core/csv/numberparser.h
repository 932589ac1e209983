#pragma once

#include "decimal.h"

#include <QChar>
#include <QString>

#include <optional>

namespace funnelscope {

// Reads numbers the way exports write them: 1234.5, 1,234.5, 1.234,5, 1 234,5 (space, no-break, narrow no-break or
// thin space), 1'234.50, 12.5% (a ratio 0.125), currency signs or codes before or after ($, €, zł, PLN, ₺, ₽, NT$
// ...). A lone separator followed by exactly three digits (1.234, 1,234) is read with the file's decimal separator.
// The file's separator is decided once per file from the evidence of its cells (FileInspector, evidence()); the
// importer then reads every cell strictly with it (parseStrict), so that no cell is read in a format of its own.
class NumberParser
{
public:
    struct Result
    {
        std::optional<Decimal> value;
        QString error; // set when value is empty
    };

    // What one cell says about its file's decimal separator.
    enum class Evidence
    {
        None,         // nothing (1234, 1 234, empty, not a number)
        DecimalPoint, // 1.5, 1,234.50, 0.234, 1,234,567, or 9,618 in a count column
        DecimalComma, // 0,07, 1.234,50, 1 234,50, 1.234.567, or 9.618 in a count column
        Ambiguous     // 1.234 or 1,234 in a column that may hold decimals: grouping or decimals?
    };

    // Reads with the file's separator as a hint: a value that proves its own separator (1,5 in a decimal-point file)
    // is read with it. For input typed by a person, one value at a time.
    static Result parse(QStringView text, QChar decimalSeparator);
    // Reads with the file's separator, decided for the whole file: a value written with the other one (1,5 or 0,234
    // in a decimal-point file, 1.234.567 in a decimal-point file) is an error, never read its own way.
    static Result parseStrict(QStringView text, QChar decimalSeparator);
    // wholeNumbers: the cell is in a column of counts, where a lone separator before three digits can only group
    // (9.618 clicks are 9618 clicks, never 9.618 of a click).
    static Evidence evidence(QStringView text, bool wholeNumbers);
    // The decimal separator a value proves on its own (1,5 or 1.234,56 prove ','), if any.
    static std::optional<QChar> provenDecimalSeparator(QStringView text);

private:
    static Result read(QStringView text, QChar decimalSeparator, bool strict);
};

} // namespace funnelscope

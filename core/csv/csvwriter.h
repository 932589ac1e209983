#pragma once

#include <QChar>
#include <QString>

#include <optional>

namespace funnelscope {

// Writes the tables the app hands out (CLI csv, Export CSV, the Copy button) as delimited text a spreadsheet opens
// safely (cli.md): a text cell that a spreadsheet would run as a formula (a leading =, +, -, @, tab or CR) is
// prefixed with ', a field holding the delimiter, a quote, CR or LF is quoted with its quotes doubled (RFC 4180), and
// a number is a plain decimal that our own importer reads back (never 1e+05). It is not a reader: see CsvReader.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = u',', const QString &lineEnd = QStringLiteral("\r\n"));

    // A cell of text: names, keys, headers. Formula-looking text is made inert.
    CsvWriter &text(const QString &cell);
    // A number at the precision it has, as plainDecimal(); an unknown or non-finite value is an empty cell.
    CsvWriter &number(std::optional<double> value);
    // A number with a fixed count of decimals (money 2, shares 4); an unknown or non-finite value is an empty cell.
    CsvWriter &number(std::optional<double> value, int decimals);
    // Rounded to at most decimals places, written without trailing zeros (0.916228, 1234.5, 100000): a figure's
    // precision without binary noise such as 0.9162276600226831.
    CsvWriter &rounded(std::optional<double> value, int decimals);
    // A number already formatted for people (1,234.5, 12.3%, −5 €): quoted when needed, never taken for a formula.
    CsvWriter &shownNumber(const QString &cell);
    // Ends the current row (an empty row stays a line of its own).
    CsvWriter &endRow();

    const QString &toString() const { return m_out; }

    // The shortest decimal that reads back as value, without exponent: 100000, 0.0123, 1234.5, 0.0000001.
    static QString plainDecimal(double value);
    // A text cell on its own, as text() writes it.
    static QString escapedText(const QString &cell, QChar delimiter = u',');
    // A field quoted (RFC 4180) when it holds the delimiter, a quote, CR or LF; nothing else changed.
    static QString quoted(const QString &field, QChar delimiter = u',');

private:
    void append(const QString &field);

    QChar m_delimiter;
    QString m_lineEnd;
    QString m_out;
    bool m_rowStarted = false;
};

} // namespace funnelscope

#include "csvwriter.h"

#include <QLocale>

#include <cmath>

namespace funnelscope {

CsvWriter::CsvWriter(QChar delimiter, const QString &lineEnd) : m_delimiter(delimiter), m_lineEnd(lineEnd) {}

CsvWriter &CsvWriter::text(const QString &cell)
{
    append(escapedText(cell, m_delimiter));
    return *this;
}

CsvWriter &CsvWriter::number(std::optional<double> value)
{
    append(value && std::isfinite(*value) ? plainDecimal(*value) : QString());
    return *this;
}

CsvWriter &CsvWriter::number(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value)) {
        append(QString());
        return *this;
    }
    // 'f' never writes an exponent; a value that rounds to zero is 0.00, not -0.00.
    const double rounded = std::round(*value * std::pow(10.0, decimals)) == 0 ? 0.0 : *value;
    append(QString::number(rounded, 'f', decimals));
    return *this;
}

CsvWriter &CsvWriter::rounded(std::optional<double> value, int decimals)
{
    if (!value || !std::isfinite(*value)) {
        append(QString());
        return *this;
    }
    const double scale = std::pow(10.0, decimals);
    append(plainDecimal(std::round(*value * scale) / scale));
    return *this;
}

CsvWriter &CsvWriter::shownNumber(const QString &cell)
{
    append(quoted(cell, m_delimiter));
    return *this;
}

CsvWriter &CsvWriter::endRow()
{
    m_out += m_lineEnd;
    m_rowStarted = false;
    return *this;
}

void CsvWriter::append(const QString &field)
{
    if (m_rowStarted) {
        m_out += m_delimiter;
    }
    m_out += field;
    m_rowStarted = true;
}

QString CsvWriter::plainDecimal(double value)
{
    if (value == 0) {
        return QStringLiteral("0"); // and never -0
    }
    // 'g' with the shortest precision gives 1e+05 for 100000, which no importer of ours reads; 'f' keeps the same
    // shortest round-trip digits in positional notation.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString CsvWriter::escapedText(const QString &cell, QChar delimiter)
{
    // A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(...), +cmd|...); a leading
    // apostrophe makes it text and is not shown.
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front())) {
        return quoted(u'\'' + cell, delimiter);
    }
    return quoted(cell, delimiter);
}

QString CsvWriter::quoted(const QString &field, QChar delimiter)
{
    if (!field.contains(delimiter) && !field.contains(u'"') && !field.contains(u'\r') && !field.contains(u'\n')) {
        return field;
    }
    QString s = field;
    s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

} // namespace funnelscope

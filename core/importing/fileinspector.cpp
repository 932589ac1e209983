#include "fileinspector.h"

#include "csv/csvreader.h"
#include "csv/datevocabulary.h"
#include "csv/encodingdetector.h"
#include "csv/numberparser.h"
#include "i18n/contexts.h"
#include "rangespread.h"
#include "rowreader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace funnelscope {

namespace {

constexpr qint64 SampleBytes = 256 * 1024;
constexpr int MaxTitleLines = 20;

struct Evidence
{
    int dayFirst = 0;
    int monthFirst = 0;
    int slashDates = 0;
    int firstSlashLine = 0;
    QString firstSlash;
    QString firstSlashColumn;
    // Numbers: what each cell proves about the decimal separator, per file column, with the first cell of each
    // kind (for the message naming line and column when they disagree).
    struct Cell
    {
        int line = 0;
        int column = -1; // file column
        QString text;
    };
    struct Numbers
    {
        int count = 0;
        Cell first;
    };
    QHash<int, Numbers> commaDecimal; // file column → cells proving a decimal comma
    QHash<int, Numbers> dotDecimal;
    int ambiguousNumbers = 0;
    Cell firstAmbiguous;
    // The cells of the preset's micro-unit columns (the Yandex Direct API's Cost): with a decimal separator (an
    // amount, returnMoneyInMicros: false), whole multiples of 10,000 (micro-units as documented), or other whole
    // numbers (neither); with the clicks of the rows whose cost is whole, for the cost per click that reading gives.
    int microDecimals = 0;
    Cell firstMicroDecimal;
    int microMultiples = 0;
    int microNonZero = 0;
    Cell firstMicroNonZero;
    int microOther = 0;
    Cell firstMicroOther;
    double microSum = 0;
    double microClicks = 0;
    // Dates with month names: the decimal separator of their language, when it is one ("maja" → ','; "mar" → none).
    int commaLanguageDates = 0;
    int dotLanguageDates = 0;
    int dataRecords = 0;
};

int total(const QHash<int, Evidence::Numbers> &numbers)
{
    int n = 0;
    for (const Evidence::Numbers &c : numbers) {
        n += c.count;
    }
    return n;
}

const Evidence::Cell &earliest(const QHash<int, Evidence::Numbers> &numbers)
{
    static const Evidence::Cell none;
    const Evidence::Cell *best = &none;
    for (const Evidence::Numbers &c : numbers) {
        if (best->line == 0 || c.first.line < best->line) {
            best = &c.first;
        }
    }
    return *best;
}

bool isNumeric(ColumnType t)
{
    return t == ColumnType::Count || t == ColumnType::Decimal || t == ColumnType::Position || t == ColumnType::Score ||
           t == ColumnType::NpsScore;
}

void gatherEvidence(CsvReader &reader, const FileLayout &layout, Evidence &e)
{
    const KindSpec &spec = kindSpec(layout.mapping->kind());
    const Preset *preset = layout.mapping->preset();
    QList<bool> isMicro(spec.columns.size(), false);
    int clicksColumn = -1;
    for (int c = 0; c < spec.columns.size(); ++c) {
        isMicro[c] = preset && preset->micros.contains(spec.columns.at(c).name);
        if (spec.columns.at(c).name == u"clicks") {
            clicksColumn = layout.mapping->fileColumn(c);
        }
    }
    const auto digitsOnly = [](QStringView text) {
        return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
    };
    int record = 0;
    QString lastWordDate;
    const auto note = [&](QHash<int, Evidence::Numbers> &numbers, int f, QStringView cell) {
        Evidence::Numbers &n = numbers[f];
        if (n.count++ == 0) {
            n.first = {reader.line(), f, cell.toString()};
        }
    };
    while (reader.next()) {
        if (record++ <= layout.headerRecord) {
            continue;
        }
        ++e.dataRecords;
        for (int c = 0; c < spec.columns.size(); ++c) {
            const int f = layout.mapping->fileColumn(c);
            if (f < 0 || f >= reader.fieldCount()) {
                continue;
            }
            const QStringView cell = reader.field(f).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            const ColumnType type = spec.columns.at(c).type;
            if (isMicro.at(c)) {
                if (cell.contains(u'.') || cell.contains(u',')) {
                    if (e.microDecimals++ == 0) {
                        e.firstMicroDecimal = {reader.line(), f, cell.toString()};
                    }
                } else if (digitsOnly(cell) && cell.size() <= 18) {
                    const qint64 v = cell.toString().toLongLong();
                    if (v % 10000 != 0) {
                        if (e.microOther++ == 0) {
                            e.firstMicroOther = {reader.line(), f, cell.toString()};
                        }
                    } else {
                        ++e.microMultiples;
                        if (v != 0 && e.microNonZero++ == 0) {
                            e.firstMicroNonZero = {reader.line(), f, cell.toString()};
                        }
                        const QStringView clicks = clicksColumn >= 0 && clicksColumn < reader.fieldCount()
                                                       ? reader.field(clicksColumn).trimmed()
                                                       : QStringView();
                        if (v != 0 && digitsOnly(clicks) && clicks.size() <= 12) {
                            e.microSum += double(v);
                            e.microClicks += clicks.toString().toDouble();
                        }
                    }
                }
            }
            if (type == ColumnType::Date) {
                bool slash = false;
                const DateOrder order = DateParser::evidence(cell, &slash);
                if (slash) {
                    if (e.slashDates++ == 0) {
                        e.firstSlashLine = reader.line();
                        e.firstSlash = cell.toString();
                        e.firstSlashColumn = layout.mapping->header().at(f).trimmed();
                    }
                    e.dayFirst += order == DateOrder::DayFirst;
                    e.monthFirst += order == DateOrder::MonthFirst;
                } else if (cell.size() > 4 && cell.at(cell.size() - 1).isDigit() && cell != lastWordDate &&
                           std::any_of(cell.begin(), cell.end(), [](QChar ch) { return ch.isLetter(); })) {
                    lastWordDate = cell.toString();
                    const QChar decimal = DateParser::parse(cell, DateOrder::Unknown).languageDecimal;
                    e.commaLanguageDates += decimal == u',';
                    e.dotLanguageDates += decimal == u'.';
                }
            } else if (isNumeric(type)) {
                switch (NumberParser::evidence(cell, type == ColumnType::Count)) {
                case NumberParser::Evidence::DecimalComma:
                    note(e.commaDecimal, f, cell);
                    break;
                case NumberParser::Evidence::DecimalPoint:
                    note(e.dotDecimal, f, cell);
                    break;
                case NumberParser::Evidence::Ambiguous:
                    if (e.ambiguousNumbers++ == 0) {
                        e.firstAmbiguous = {reader.line(), f, cell.toString()};
                    }
                    break;
                case NumberParser::Evidence::None:
                    break;
                }
            }
        }
        // A rate or average read into a product (Universal Analytics' "Współczynnik odrzuceń" of "40,00%",
        // "Strony/sesja" of "2,5"), which tells the separator as much as any other number of the file.
        for (int c = 0; c < spec.columns.size(); ++c) {
            const int f = layout.mapping->product(c).first;
            if (f < 0 || f >= reader.fieldCount()) {
                continue;
            }
            QStringView cell = reader.field(f).trimmed();
            if (cell.endsWith(u'%')) {
                cell = cell.chopped(1).trimmed();
            }
            switch (NumberParser::evidence(cell, false)) {
            case NumberParser::Evidence::DecimalComma:
                note(e.commaDecimal, f, cell);
                break;
            case NumberParser::Evidence::DecimalPoint:
                note(e.dotDecimal, f, cell);
                break;
            default:
                break;
            }
        }
    }
}

// The period a report without a date column covers, from the lines above its header, in any language of
// DateVocabulary: a range line ("March 27, 2026 - April 23, 2026", "1 de abril de 2026 - 9 de abril de 2026",
// "2026年4月1日 - 2026年4月9日"), GA4's "# Start date: 20230625" and "# End date: 20230702" (and their translations),
// or a title with its one day or its range in parentheses ("Keyword report (Jun 14, 2016)").
struct ReportRange
{
    QDate first;
    QDate last;
    bool allTime = false;
    int allTimeLine = 0;
    QString aggregation;    // "Report Aggregation: Daily", "Time breakdown: Monthly": the words after the colon
    int line = 0;           // where the range is written
    bool ambiguous = false; // slash dates in the range that could be day or month first
    QString allTimeText;
    QChar languageDecimal; // from the month names of the range, if they tell
};

struct RangeDates
{
    QDate first;
    QDate last;
    QChar languageDecimal;
};

// Two dates of one range, in one order: when the order is not known, the one that shows it (3/31/2025) decides for
// the other (3/1/2025).
RangeDates parseDates(QStringView a, QStringView b, DateOrder order, bool *ambiguous = nullptr)
{
    if (order == DateOrder::Unknown) {
        order = DateParser::evidence(a);
        if (order == DateOrder::Unknown) {
            order = DateParser::evidence(b);
        }
    }
    const DateParser::Result first = DateParser::parse(a.trimmed(), order);
    const DateParser::Result last = DateParser::parse(b.trimmed(), order);
    if (ambiguous && (first.needsOrder || last.needsOrder)) {
        *ambiguous = true;
    }
    if (first.date.isValid() && last.date.isValid() && first.date <= last.date) {
        return {first.date, last.date, !first.languageDecimal.isNull() ? first.languageDecimal : last.languageDecimal};
    }
    return {};
}

// A range line: "first - last" with slash dates of an order one of them shows, or any language's range of
// DateVocabulary ("1 de abril de 2026 a 9 de abril de 2026", "2026年4月1日至2026年4月9日").
RangeDates parseRange(QStringView text, DateOrder order, bool *ambiguous = nullptr)
{
    static const QRegularExpression range(QStringLiteral("^(.+?)\\s+[-–—]\\s+(.+)$"));
    if (const QRegularExpressionMatch m = range.match(text); m.hasMatch()) {
        if (const RangeDates r = parseDates(m.capturedView(1), m.capturedView(2), order, ambiguous);
            r.first.isValid()) {
            return r;
        }
    }
    if (const DateParser::Range r = DateParser::parseRange(text, order); r.first.isValid()) {
        return {r.first, r.last, r.languageDecimal};
    }
    return {};
}

ReportRange readRange(CsvReader &reader, int headerRecord, DateOrder order)
{
    const DateVocabulary &vocabulary = DateVocabulary::instance();
    // Besides DateVocabulary's start and end labels (GA4's "# Start date: 20230625" in every language), LinkedIn's
    // "Report Start: December 6, 2025, 12:00 AM" (its end on the next line, or on the same one after a comma).
    static const QRegularExpression startLine(
        QStringLiteral("^#?\\s*(?:report\\s+)?start(?:\\s+date)?\\s*:\\s*(.+?)(?:,?\\s*report end\\s*:.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endLine(
        QStringLiteral("(?:^#?|,)\\s*(?:report\\s+)?end(?:\\s+date)?\\s*:\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression aggregationLine(
        QStringLiteral("^(?:report aggregation|time breakdown|aggregation)\\s*:\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    // Any other "Label: first - last" ("Report period: 9/1/2026 - 9/24/2026") or "Label: first, last".
    static const QRegularExpression labelled(QStringLiteral("^[^:\\d]{1,40}:\\s*(.+)$"));
    static const QRegularExpression inParentheses(QStringLiteral("[(（]([^()（）]+)[)）]\\s*$"));
    ReportRange out;
    QDate start;
    QDate end;
    int startRecordLine = 0;
    QDate titleDay;
    const auto take = [&](const RangeDates &r, int line) {
        if (r.first.isValid() && !out.first.isValid()) {
            out.first = r.first;
            out.last = r.last;
            out.line = line;
            out.languageDecimal = r.languageDecimal;
        }
    };
    for (int record = 0; record < headerRecord && reader.next(); ++record) {
        // Excel pads every line to the table's width: the empty cells it added are no part of the text.
        QStringList fields = reader.fields();
        while (!fields.isEmpty() && fields.constLast().trimmed().isEmpty()) {
            fields.removeLast();
        }
        const QString line = fields.join(u',').trimmed();
        if (line.isEmpty()) {
            continue;
        }
        if (vocabulary.isAllTime(line)) {
            out.allTime = true;
            out.allTimeLine = reader.line();
            out.allTimeText = line;
        }
        if (const auto m = aggregationLine.match(line); m.hasMatch()) {
            out.aggregation = m.captured(1).trimmed().toLower();
        }
        take(parseRange(line, order, &out.ambiguous), reader.line());
        if (const auto l = labelled.match(line); l.hasMatch()) {
            const QStringView inner = l.capturedView(1).trimmed();
            take(parseRange(inner, order, &out.ambiguous), reader.line());
            // Microsoft Advertising's "Report Time: 3/1/2025, 3/31/2025".
            if (const qsizetype comma = inner.indexOf(u','); comma > 0 && inner.count(u',') == 1) {
                take(parseDates(inner.first(comma), inner.mid(comma + 1), order, &out.ambiguous), reader.line());
            }
        }
        if (const QStringView date = vocabulary.afterStartLabel(line); !date.isEmpty()) {
            start = DateParser::parse(date, order).date;
            startRecordLine = reader.line();
        } else if (const auto m = startLine.match(line); m.hasMatch()) {
            start = DateParser::parse(m.capturedView(1).trimmed(), order).date;
            startRecordLine = reader.line();
        }
        if (const QStringView date = vocabulary.afterEndLabel(line); !date.isEmpty()) {
            end = DateParser::parse(date, order).date;
        } else if (const auto m = endLine.match(line); m.hasMatch()) {
            end = DateParser::parse(m.capturedView(1).trimmed(), order).date;
        }
        if (const auto m = inParentheses.match(line); m.hasMatch() && !titleDay.isValid()) {
            const QStringView inside = m.capturedView(1).trimmed();
            if (const RangeDates r = parseRange(inside, order); r.first.isValid()) {
                titleDay = QDate(); // a range in the title: taken as a range line
                take(r, reader.line());
            } else {
                const DateParser::Result day = DateParser::parse(inside, order);
                titleDay = day.date;
                if (titleDay.isValid() && out.languageDecimal.isNull()) {
                    out.languageDecimal = day.languageDecimal;
                }
            }
        }
    }
    if (!out.first.isValid() && start.isValid() && end.isValid() && start <= end) {
        out.first = start;
        out.last = end;
        out.line = startRecordLine;
    }
    if (!out.first.isValid() && titleDay.isValid()) {
        out.first = titleDay;
        out.last = titleDay;
    }
    if (out.first.isValid()) {
        out.allTime = false;
    }
    return out;
}

// What the rows of a report with a time breakdown cover: from the breakdown the preamble names, or, without one
// (LinkedIn writes none), from the dates: every row on the report's first day is a report without a breakdown
// ("All"), rows only on the first days of months (and the report's first day) are months.
FileLayout::PeriodRows periodsOf(const ReportRange &range, const QList<QDate> &dates)
{
    using P = FileLayout::PeriodRows;
    const QString &a = range.aggregation;
    if (a.startsWith(u"dai") || a.startsWith(u"day") || a.startsWith(u"hour")) {
        return P::Day;
    }
    if (a.startsWith(u"week")) {
        return P::Week;
    }
    if (a.startsWith(u"month")) {
        return P::Month;
    }
    if (a.startsWith(u"year")) {
        return P::Year;
    }
    if (a == u"all" || a.startsWith(u"summary") || a == u"total") {
        return P::WholeRange;
    }
    if (!a.isEmpty() || dates.isEmpty() || range.first >= range.last) {
        return P::Day; // a breakdown of another kind (day of week): no dates to spread
    }
    const QDate firstMonth(range.first.year(), range.first.month(), 1);
    bool onlyFirst = true;
    bool monthStarts = true;
    for (const QDate &d : dates) {
        if (d < firstMonth || d > range.last) {
            return P::Day;
        }
        onlyFirst = onlyFirst && d == range.first;
        monthStarts = monthStarts && (d == range.first || d.day() == 1);
    }
    if (onlyFirst) {
        return P::WholeRange;
    }
    return monthStarts ? P::Month : P::Day;
}

// The distinct days of the date column, in the file's order, at most max of them.
QList<QDate> distinctDates(QIODevice *device, const FileLayout &layout, int max)
{
    QList<QDate> out;
    QSet<qint64> seen;
    const KindSpec &spec = kindSpec(layout.mapping->kind());
    int f = -1;
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns.at(c).name == spec.dateColumn) {
            f = layout.mapping->fileColumn(c);
        }
    }
    if (f < 0) {
        return out;
    }
    device->seek(0);
    CsvReader reader(device, layout.encoding, layout.delimiter);
    for (int record = 0; reader.next() && out.size() < max; ++record) {
        if (record <= layout.headerRecord || f >= reader.fieldCount()) {
            continue;
        }
        const QDate d = DateParser::parse(reader.field(f).trimmed(), layout.dateOrder).date;
        if (d.isValid() && !seen.contains(d.toJulianDay())) {
            seen.insert(d.toJulianDay());
            out.append(d);
        }
    }
    return out;
}

// A tool recognised from a header line its required columns are missing from: which preset, and how sure.
struct ToolGuess
{
    const Preset *preset = nullptr;
    int recognised = 0; // header cells the preset knows
    int line = 0;
    QStringList header;
};

// The preset whose headers this line has the most of, given that one of them is the tool's own (its signature), or
// that the user named the preset; null when no preset knows the line.
ToolGuess guessTool(const QStringList &header, const ImportOptions &options, const Preset *chosen)
{
    ToolGuess best;
    QStringList normalised;
    for (const QString &h : header) {
        normalised.append(ColumnMapping::normalisedHeader(h));
    }
    const auto knows = [&](const QStringList &patterns, const QString &h) {
        return std::any_of(patterns.begin(), patterns.end(),
                           [&](const QString &p) { return Preset::matchesHeader(p, h); });
    };
    const QList<const Preset *> candidates = chosen ? QList<const Preset *>{chosen} : Preset::all();
    for (const Preset *p : candidates) {
        if (options.kind && p->kind != *options.kind) {
            continue;
        }
        int recognised = 0;
        bool signed_ = chosen != nullptr;
        for (const QString &h : std::as_const(normalised)) {
            if (h.isEmpty()) {
                continue;
            }
            bool known = knows(p->signature, h) || knows(p->otherHeaders, h);
            signed_ = signed_ || knows(p->signature, h);
            for (const auto &[name, patterns] : p->columns) {
                known = known || knows(patterns, h);
            }
            recognised += known;
        }
        if (signed_ && recognised > best.recognised) {
            best = {p, recognised, 0, header};
        }
    }
    return best;
}

// How a person reads a preset's column: its first header pattern with the words capitalised ("create date" →
// "Create Date"), or the canonical name when the preset has none.
QString displayName(const Preset &preset, const QString &column)
{
    for (const auto &[name, patterns] : preset.columns) {
        if (name != column) {
            continue;
        }
        for (const QString &pattern : patterns) {
            if (pattern.contains(u'*')) {
                continue;
            }
            QStringList words = pattern.split(u' ');
            for (QString &w : words) {
                if (!w.isEmpty()) {
                    w[0] = w.at(0).toUpper();
                }
            }
            return words.join(u' ');
        }
    }
    return column;
}

// "A", "A and B", "A, B and C".
QString listed(const QStringList &items)
{
    if (items.size() < 2) {
        return items.value(0);
    }
    return Import::tr("%1 and %2").arg(items.first(items.size() - 1).join(QStringLiteral(", ")), items.last());
}

// Why a file whose tool is recognised cannot be imported as its export: the required columns the header lacks.
QString missingColumns(const ToolGuess &guess)
{
    const Preset &p = *guess.preset;
    const KindSpec &spec = kindSpec(p.kind);
    QStringList normalised;
    for (const QString &h : guess.header) {
        normalised.append(ColumnMapping::normalisedHeader(h));
    }
    const auto present = [&](const QStringList &patterns) {
        return std::any_of(normalised.begin(), normalised.end(), [&](const QString &h) {
            return std::any_of(patterns.begin(), patterns.end(),
                               [&](const QString &pattern) { return Preset::matchesHeader(pattern, h); });
        });
    };
    QStringList missing;
    for (const ColumnSpec &c : spec.columns) {
        if (!c.required || p.constants.contains(c.name)) {
            continue;
        }
        const auto it =
            std::find_if(p.columns.begin(), p.columns.end(), [&](const auto &e) { return e.first == c.name; });
        if (it != p.columns.end() && present(it->second)) {
            continue;
        }
        const auto product =
            std::find_if(p.products.begin(), p.products.end(), [&](const auto &e) { return e.first == c.name; });
        if (product != p.products.end() && present({product->second.at(0)}) && present({product->second.at(1)})) {
            continue;
        }
        const QString name = displayName(p, c.name);
        missing.append(c.name == spec.dateColumn && p.rangeInPreamble
                           ? Import::tr("a %1 column or a date range above the header").arg(name)
                           : name);
    }
    return missing.isEmpty() ? QString()
                             : Import::tr("this is a %1 export without %2, which Funnelscope needs to import it")
                                   .arg(p.title, listed(missing));
}

// The name of a file column, for messages.
QString columnName(const FileLayout &layout, int f)
{
    const QStringList &header = layout.mapping->header();
    return f >= 0 && f < header.size() ? header.at(f).trimmed().remove(QChar(0xFEFF)) : QString();
}

// The file's decimal separator, decided once from the evidence of all its number cells (docs/dates-and-numbers.md):
// the user's choice; else what the cells prove (0,07, 1.234,50, 9.618 clicks), refusing a file whose cells prove
// both; else, when some cells are ambiguous (1.234 as a cost), the language of its dates or range line, or a
// semicolon delimiter (written by a spreadsheet whose decimal separator is the comma); else a refusal that asks.
// False when the file is refused.
bool decideDecimalSeparator(FileLayout &layout, const Evidence &e, const ImportOptions &options, QChar rangeDecimal)
{
    if (!options.decimalSeparator.isNull()) {
        layout.decimalSeparator = options.decimalSeparator;
        return true;
    }
    const auto refuse = [&](const QString &reason, const Evidence::Cell &at) {
        layout.decimalNeeded = true;
        layout.refusal = reason;
        layout.refusalLine = at.line;
        layout.refusalColumn = columnName(layout, at.column);
        return false;
    };
    const QString choose = Import::tr("say which with --decimal comma or --decimal point");
    // One column with both: a column of one export is written in one format, so this is no export as written.
    for (auto it = e.commaDecimal.cbegin(); it != e.commaDecimal.cend(); ++it) {
        if (const auto dot = e.dotDecimal.constFind(it.key()); dot != e.dotDecimal.cend()) {
            const Evidence::Cell &later = dot->first.line > it->first.line ? dot->first : it->first;
            return refuse(Import::tr("column '%1' has numbers with a decimal comma ('%2', line %3) and with a "
                                     "decimal point ('%4', line %5): one of them would be misread; export the file "
                                     "again, or %6")
                              .arg(columnName(layout, it.key()), it->first.text)
                              .arg(it->first.line)
                              .arg(dot->first.text)
                              .arg(dot->first.line)
                              .arg(choose),
                          later);
        }
    }
    const int commas = total(e.commaDecimal);
    const int dots = total(e.dotDecimal);
    if (commas > 0 && dots > 0) {
        const Evidence::Cell &comma = earliest(e.commaDecimal);
        const Evidence::Cell &dot = earliest(e.dotDecimal);
        return refuse(Import::tr("the file's numbers disagree: '%1' in column '%2' (line %3) has a decimal comma, "
                                 "'%4' in column '%5' (line %6) a decimal point; %7")
                          .arg(comma.text, columnName(layout, comma.column))
                          .arg(comma.line)
                          .arg(dot.text, columnName(layout, dot.column))
                          .arg(dot.line)
                          .arg(choose),
                      dot.line > comma.line ? dot : comma);
    }
    if (commas > 0 || dots > 0) {
        layout.decimalSeparator = commas > 0 ? QChar(u',') : QChar(u'.');
        return true;
    }
    const QChar presumed = layout.delimiter == u';' ? QChar(u',') : QChar(u'.');
    if (e.ambiguousNumbers == 0) {
        layout.decimalSeparator = presumed; // nothing in the file reads differently either way
        return true;
    }
    QChar language = rangeDecimal;
    if (language.isNull() && (e.commaLanguageDates > 0) != (e.dotLanguageDates > 0)) {
        language = e.commaLanguageDates > 0 ? QChar(u',') : QChar(u'.');
    }
    if (!language.isNull()) {
        layout.decimalSeparator = language;
        return true;
    }
    if (layout.delimiter == u';') {
        layout.decimalSeparator = presumed;
        return true;
    }
    const Evidence::Cell &at = e.firstAmbiguous;
    return refuse(Import::tr("'%1' in column '%2' could be a decimal (with a decimal point) or a whole number (with "
                             "a thousands separator), and nothing else in the file tells which; %3")
                      .arg(at.text, columnName(layout, at.column), choose),
                  at);
}

// Whether the preset's micro-unit columns (the Yandex Direct API's Cost) hold micro-units or amounts, from all the
// cells read (docs/decisions.md, "Yandex Direct API money"): a decimal separator anywhere means amounts (the API
// writes them rounded to two decimals when asked for returnMoneyInMicros: false); only whole multiples of 10,000
// mean micro-units, as the API writes them by default, unless that reading makes a click cost less than 0.01; anything
// else is refused, since one reading or the other would store a spend a million times wrong. False when refused.
bool decideMicros(FileLayout &layout, const Evidence &e)
{
    const Preset *preset = layout.mapping->preset();
    if (!preset || preset->micros.isEmpty()) {
        return true;
    }
    const auto refuse = [&](const QString &reason, const Evidence::Cell &at) {
        layout.refusal = reason;
        layout.refusalLine = at.line;
        layout.refusalColumn = columnName(layout, at.column);
        return false;
    };
    const QString again =
        Import::tr("export the report again from the API as it writes it by default (money in micro-units), or with "
                   "the header returnMoneyInMicros: false (amounts with two decimals)");
    if (e.microDecimals > 0 && e.microNonZero > 0) {
        const Evidence::Cell &d = e.firstMicroDecimal;
        const Evidence::Cell &m = e.firstMicroNonZero;
        return refuse(
            Import::tr("column '%1' has amounts with decimals ('%2', line %3) and whole numbers like the %4's "
                       "micro-units ('%5', line %6): one of them would be read a million times "
                       "wrong; %7")
                .arg(columnName(layout, d.column), d.text)
                .arg(d.line)
                .arg(preset->title, m.text)
                .arg(m.line)
                .arg(again),
            d.line > m.line ? d : m);
    }
    if (e.microDecimals > 0) {
        return true; // amounts, as written (a whole 0 or 120 among them is an amount too)
    }
    if (e.microOther > 0) {
        return refuse(Import::tr("'%1' in column '%2' is a whole number but not one of the %3's micro-units "
                                 "(millionths of the currency, rounded to 10,000), and no cost in the file has "
                                 "decimals, so it cannot be told whether it is %4 or %5 of the currency; %6")
                          .arg(e.firstMicroOther.text, columnName(layout, e.firstMicroOther.column), preset->title,
                               e.firstMicroOther.text, QString::number(e.firstMicroOther.text.toDouble() / 1e6, 'f', 6))
                          .arg(again),
                      e.firstMicroOther);
    }
    if (e.microClicks > 0 && e.microSum / e.microClicks < 10000) {
        Evidence::Cell at;
        at.line = layout.headerLine;
        const KindSpec &spec = kindSpec(layout.mapping->kind());
        for (int c = 0; c < spec.columns.size(); ++c) {
            if (preset->micros.contains(spec.columns.at(c).name)) {
                at.column = layout.mapping->fileColumn(c);
                break;
            }
        }
        return refuse(Import::tr("column '%1' has whole numbers only, but read as the %2's micro-units they would "
                                 "make a click cost less than 0.01 of the currency, and read as amounts the API "
                                 "would have written them with decimals; %3")
                          .arg(columnName(layout, at.column), preset->title, again),
                      at);
    }
    const KindSpec &spec = kindSpec(layout.mapping->kind());
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (preset->micros.contains(spec.columns.at(c).name) && layout.mapping->fileColumn(c) >= 0) {
            layout.microColumns.append(c);
        }
    }
    return true;
}

} // namespace

QStringList FileInspector::distinctValues(const FileLayout &layout, const QString &column, int max)
{
    QStringList values;
    if (!layout.mapping) {
        return values;
    }
    const KindSpec &spec = kindSpec(layout.mapping->kind());
    int f = -1;
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns.at(c).name == column) {
            f = layout.mapping->fileColumn(c);
        }
    }
    QFile file(layout.path);
    if (f < 0 || !file.open(QIODevice::ReadOnly)) {
        return values;
    }
    // The dialog asks on every change of the user's: a bounded read keeps it answering on a file of millions of
    // rows, whose stages all show up long before.
    constexpr int MaxRecords = 200000;
    CsvReader reader(&file, layout.encoding, layout.delimiter);
    for (int record = 0; record < MaxRecords && reader.next() && values.size() < max; ++record) {
        if (record <= layout.headerRecord || f >= reader.fieldCount()) {
            continue;
        }
        const QString value = reader.field(f).trimmed().toString();
        if (!RowReader::isUnknown(value) && !values.contains(value)) {
            values.append(value);
        }
    }
    return values;
}

QString FileInspector::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u'\t':
        return QStringLiteral("tab");
    case u';':
        return QStringLiteral("semicolon");
    case u'|':
        return QStringLiteral("pipe");
    default:
        return QStringLiteral("comma");
    }
}

FileLayout FileInspector::inspect(const QString &path, const ImportOptions &options)
{
    FileLayout layout;
    layout.path = path;
    layout.stages = options.stages;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        layout.refusal = Import::tr("there is no such file");
        return layout;
    }
    if (info.isDir()) {
        layout.refusal = Import::tr("this is a folder, not a file");
        return layout;
    }
    if (!info.isFile()) {
        // A pipe or a device has no size to check and can be read only once: an import reads its file twice.
        layout.refusal = Import::tr("this is not a regular file (a device or a pipe); save the export as a file first");
        return layout;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        layout.refusal = Import::tr("cannot read the file: %1").arg(file.errorString());
        return layout;
    }
    layout.size = file.size();
    const QByteArray sample = file.read(SampleBytes);
    const bool whole = file.atEnd();
    if (sample.trimmed().isEmpty() && whole) {
        layout.refusal = Import::tr("the file is empty");
        return layout;
    }

    if (!options.encoding.isEmpty()) {
        if (!QStringDecoder(options.encoding.toLatin1().constData()).isValid()) {
            layout.refusal = Import::tr("unknown encoding '%1'").arg(options.encoding);
            return layout;
        }
        layout.encoding = options.encoding;
    } else {
        const auto detected = EncodingDetector::detect(sample, whole);
        if (detected.binary) {
            layout.refusal = Import::tr("this is a binary file, not CSV text");
            return layout;
        }
        layout.encoding = detected.encoding;
    }

    // The header is the first line, within the first 21, that matches a kind; the delimiter is the one that makes
    // such a line appear first. The lines are read from the file, not the sample, so that a header wider than the
    // sample is read whole (quotes respected) up to the reader's record limit, rather than cut.
    bool anyText = false;
    int overlongLine = 0;
    const Preset *chosen = Preset::find(options.preset);
    ToolGuess tool; // for the refusal when no line is a whole header
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        file.seek(0);
        CsvReader reader(&file, layout.encoding, delimiter);
        for (int record = 0; record <= MaxTitleLines; ++record) {
            // Checked before reading on: another delimiter only has to beat the header found, not read past it.
            if ((layout.mapping && record > layout.headerRecord) || !reader.next()) {
                break;
            }
            if (reader.isOverlong()) {
                // Unread, so it cannot be told a header; what follows a line that long is no title line either.
                overlongLine = overlongLine > 0 ? qMin(overlongLine, reader.line()) : reader.line();
                break;
            }
            anyText = anyText || !reader.isBlank();
            const QStringList header = reader.fields();
            if (ToolGuess guess = guessTool(header, options, chosen); guess.recognised > tool.recognised) {
                guess.line = reader.line();
                tool = guess;
            }
            auto mapping =
                ColumnMapping::detect(header, options.columns, options.preset, options.kind, options.constants);
            if (mapping &&
                (!layout.mapping || record < layout.headerRecord || header.size() > layout.mapping->header().size())) {
                layout.mapping = mapping;
                layout.delimiter = delimiter;
                layout.headerRecord = record;
                layout.headerLine = reader.line();
                break;
            }
        }
    }
    if (!layout.mapping) {
        if (overlongLine > 0) {
            layout.refusal =
                Import::tr("header longer than %1 million characters: not read").arg(CsvReader::MaxRecordChars >> 20);
            layout.refusalLine = overlongLine;
            return layout;
        }
        const QString missing = tool.preset ? missingColumns(tool) : QString();
        if (!anyText) {
            layout.refusal = Import::tr("the file is empty");
        } else if (!missing.isEmpty()) {
            // The tool is known from its header words: say what its export lacks, not that there is no header.
            layout.refusal = missing;
            layout.refusalLine = tool.line;
            return layout;
        } else if (chosen) {
            QStringList columns;
            for (const auto &[name, patterns] : chosen->columns) {
                columns.append(patterns.value(0));
            }
            layout.refusal = Import::tr("this is not a %1 export: no line in the first %2 has its columns (%3)")
                                 .arg(chosen->title)
                                 .arg(MaxTitleLines + 1)
                                 .arg(columns.join(QStringLiteral(", ")));
        } else if (options.kind) {
            const KindSpec &spec = kindSpec(*options.kind);
            QStringList required;
            for (const ColumnSpec &c : spec.columns) {
                if (c.required) {
                    required.append(c.name);
                }
            }
            layout.refusal = Import::tr("no header line of a %1 file in the first %2 lines (it needs the columns %3)")
                                 .arg(spec.name)
                                 .arg(MaxTitleLines + 1)
                                 .arg(required.join(QStringLiteral(", ")));
        } else {
            layout.refusal =
                Import::tr("no recognisable header in the first %1 lines: a header names the columns of one kind, "
                           "e.g. date and channel for campaign rows, lead_id and created_date for leads")
                    .arg(MaxTitleLines + 1);
        }
        layout.refusalLine = 1;
        return layout;
    }

    const Preset *preset = layout.mapping->preset();
    const QString fileName = info.fileName();
    // A table whose rows the tool does not let add up to its totals (Search Console's top queries): its sum would
    // look like the total and be wrong.
    if (preset && !preset->partialTables.isEmpty()) {
        for (const QString &h : layout.mapping->header()) {
            const QString n = ColumnMapping::normalisedHeader(h);
            if (std::none_of(preset->partialTables.begin(), preset->partialTables.end(),
                             [&](const QString &p) { return Preset::matchesHeader(p, n); })) {
                continue;
            }
            layout.refusal =
                Import::tr("%1 is a %2 table by \"%3\", whose rows do not add up to the site's totals (the tool "
                           "leaves out anonymised queries and rows past its limit, and counts a search once for "
                           "each page it shows), so its sum would look like the total and be wrong: import the "
                           "export's Chart.csv (Dates.csv) for daily totals, or its Countries.csv or Devices.csv "
                           "with the date range it covers")
                    .arg(fileName, preset->title, h.trimmed().remove(QChar(0xFEFF)));
            layout.refusalLine = layout.headerLine;
            layout.refusalColumn = h.trimmed().remove(QChar(0xFEFF));
            return layout;
        }
    }
    const bool userRange = options.rangeFrom.isValid() && options.rangeTo.isValid();
    const DateOrder preambleOrder = options.dateOrder != DateOrder::Unknown
                                        ? options.dateOrder
                                        : (preset && preset->dateOrder ? *preset->dateOrder : DateOrder::Unknown);

    QChar rangeDecimal; // the language evidence of the range line, if any
    // A whole-range report (no date column): its rows cover the range written above the header (or the one the
    // user gives, for a tool that writes it elsewhere), and are spread over its days by the importer (RangeSpread);
    // the date column takes the range's first day.
    // A report grouped by month or week (Metrica's "Месяц визита" holds the month's first day, or the month's number
    // for the month-of-year grouping of the same name): refused rather than read as days or as the whole range.
    if (layout.mapping->needsRangeDate() && preset) {
        const QStringList &header = layout.mapping->header();
        for (int f = 0; f < header.size(); ++f) {
            if (preset->coarseDates.contains(ColumnMapping::normalisedHeader(header.at(f)))) {
                layout.refusal =
                    Import::tr("column '%1' groups this %2 report by month or week: its rows cannot be placed on "
                               "days, and its totals would be spread wrong; export the report grouped by day "
                               "(the date of visit) instead")
                        .arg(header.at(f).trimmed(), preset->title);
                layout.refusalLine = layout.headerLine;
                layout.refusalColumn = header.at(f).trimmed();
                return layout;
            }
        }
    }
    if (layout.mapping->needsRangeDate()) {
        file.seek(0);
        CsvReader reader(&file, layout.encoding, layout.delimiter);
        ReportRange range = readRange(reader, layout.headerRecord, preambleOrder);
        const QString title = preset->title;
        if (range.first.isValid() && userRange && (range.first != options.rangeFrom || range.last != options.rangeTo)) {
            layout.refusal = Import::tr("this %1 report says it covers %2 to %3, not the %4 to %5 given: leave out "
                                        "the range, or give the one the file says")
                                 .arg(title, range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate),
                                      options.rangeFrom.toString(Qt::ISODate), options.rangeTo.toString(Qt::ISODate));
            layout.refusalLine = range.line;
            return layout;
        }
        if (!range.first.isValid() && userRange) {
            range.first = options.rangeFrom;
            range.last = options.rangeTo;
            range.allTime = false;
        }
        if (range.allTime) {
            layout.refusal = Import::tr("this %1 report covers \"%2\" and has no dates, so its totals cannot "
                                        "be placed on days: export it again with a date range, or with the Day "
                                        "column")
                                 .arg(title, range.allTimeText);
            layout.refusalLine = range.allTimeLine;
            return layout;
        }
        if (!range.first.isValid() && preset->rangeInOtherFile) {
            layout.refusal =
                Import::tr("%1 is a %2 export without a Date column: the tool writes its date range only into "
                           "Filters.csv of the same download (often as \"Last 3 months\", counted back from the day "
                           "of the download), so its totals cannot be placed on days. Import the download's "
                           "Chart.csv (Dates.csv) for daily totals, or give the range this file covers: import "
                           "--from YYYY-MM-DD --to YYYY-MM-DD, or the import dialog's \"Period of the file\"")
                    .arg(fileName, title);
            layout.refusalLine = layout.headerLine;
            return layout;
        }
        if (!range.first.isValid()) {
            layout.refusal = range.ambiguous
                                 ? Import::tr("this %1 report's date range above its header has slash dates that "
                                              "could be day or month first; say which with --date-order dmy or "
                                              "--date-order mdy")
                                       .arg(title)
                                 : Import::tr("this %1 report has no date column and no date range above its header, "
                                              "so its totals cannot be placed on days: export it with a date (Day) "
                                              "column, or keep the lines that give its date range, or give the "
                                              "range with --from and --to")
                                       .arg(title);
            layout.refusalLine = layout.headerLine;
            return layout;
        }
        if (range.first.daysTo(range.last) >= RangeSpread::MaxDays) {
            layout.refusal = Import::tr("this %1 report covers %2 to %3, more than %4 days: export it with a date "
                                        "(Day) column or a shorter range")
                                 .arg(title, range.first.toString(Qt::ISODate), range.last.toString(Qt::ISODate))
                                 .arg(RangeSpread::MaxDays);
            layout.refusalLine = layout.headerLine;
            return layout;
        }
        const KindSpec &spec = kindSpec(layout.mapping->kind());
        for (int c = 0; c < spec.columns.size(); ++c) {
            if (spec.columns.at(c).name == spec.dateColumn) {
                layout.mapping->setConstant(c, range.first.toString(Qt::ISODate));
            }
        }
        layout.rangeStart = range.first;
        layout.rangeEnd = range.last;
        rangeDecimal = range.languageDecimal;
    }

    // Decimal separator and slash-date order: from the sample, or from the whole file when the sample cannot tell.
    Evidence evidence;
    {
        QBuffer buffer;
        buffer.setData(sample);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, layout.encoding, layout.delimiter);
        gatherEvidence(reader, layout, evidence);
    }
    const bool datesUndecided = evidence.slashDates > 0 && (evidence.dayFirst == 0) == (evidence.monthFirst == 0);
    const bool decimalsUndecided =
        evidence.ambiguousNumbers > 0 && evidence.commaDecimal.isEmpty() && evidence.dotDecimal.isEmpty();
    // Micro-units are only taken when no cell of the whole file says otherwise.
    const bool microsUndecided =
        preset && !preset->micros.isEmpty() && evidence.microDecimals == 0 && evidence.microOther == 0;
    // A header wider than the sample leaves it no data row to learn from.
    if (!whole && (datesUndecided || decimalsUndecided || microsUndecided || evidence.dataRecords == 0)) {
        evidence = {};
        file.seek(0);
        CsvReader reader(&file, layout.encoding, layout.delimiter);
        gatherEvidence(reader, layout, evidence);
    }

    if (!decideDecimalSeparator(layout, evidence, options, rangeDecimal) || !decideMicros(layout, evidence)) {
        return layout;
    }

    if (evidence.dayFirst > 0 && evidence.monthFirst == 0) {
        layout.dateOrder = DateOrder::DayFirst;
    } else if (evidence.monthFirst > 0 && evidence.dayFirst == 0) {
        layout.dateOrder = DateOrder::MonthFirst;
    } else if (evidence.slashDates > 0) {
        layout.dateOrderNeeded = true;
        layout.dateOrder = options.dateOrder;
        // A tool that writes one order (LinkedIn's M/D/YYYY) decides when the data cannot.
        if (const Preset *preset = layout.mapping->preset();
            layout.dateOrder == DateOrder::Unknown && preset && preset->dateOrder) {
            layout.dateOrder = *preset->dateOrder;
            layout.dateOrderNeeded = false;
        }
        if (layout.dateOrder == DateOrder::Unknown) {
            layout.refusal =
                Import::tr("column '%1' has slash dates like '%2' that could be day or month first; say which "
                           "with --date-order dmy or --date-order mdy")
                    .arg(evidence.firstSlashColumn, evidence.firstSlash);
            layout.refusalLine = evidence.firstSlashLine;
            layout.refusalColumn = evidence.firstSlashColumn;
        }
    }

    // A report with a time breakdown (LinkedIn, Microsoft Advertising): what each row's date starts, within the
    // range above the header.
    if (layout.refusal.isEmpty() && preset && preset->periodRows && !layout.mapping->needsRangeDate() &&
        layout.mapping->rangeEndColumn() < 0 && layout.headerRecord > 0) {
        file.seek(0);
        CsvReader reader(&file, layout.encoding, layout.delimiter);
        const DateOrder order = layout.dateOrder != DateOrder::Unknown ? layout.dateOrder : preambleOrder;
        const ReportRange range = readRange(reader, layout.headerRecord, order);
        FileLayout::PeriodRows periods = FileLayout::PeriodRows::Day;
        if (range.first.isValid()) {
            periods = periodsOf(range, distinctDates(&file, layout, 400));
        } else if (!range.aggregation.isEmpty()) {
            periods = periodsOf(range, {});
            if (periods != FileLayout::PeriodRows::Day) {
                layout.refusal =
                    range.ambiguous
                        ? Import::tr("this %1 report's rows are %2 totals, and the slash dates of its range above "
                                     "the header could be day or month first; say which with --date-order dmy or "
                                     "--date-order mdy")
                              .arg(preset->title, range.aggregation)
                        : Import::tr("this %1 report's rows are %2 totals, but the date range above its header "
                                     "cannot be read, so they cannot be placed on days: export it with a daily "
                                     "breakdown, or keep the lines that give its date range")
                              .arg(preset->title, range.aggregation);
                layout.refusalLine = layout.headerLine;
                return layout;
            }
        }
        if (periods != FileLayout::PeriodRows::Day) {
            layout.periodRows = periods;
            layout.reportStart = range.first;
            layout.reportEnd = range.last;
        }
    }
    return layout;
}

} // namespace funnelscope

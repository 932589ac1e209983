#include "rowreader.h"

#include "csv/numberparser.h"
#include "i18n/contexts.h"
#include "kpi/kpiformat.h"
#include "money/currency.h"
#include "rangespread.h"
#include "vocabulary.h"

#include <QLocale>

namespace funnelscope {

RowReader::RowReader(QIODevice *device, const FileLayout &layout)
    : m_layout(layout), m_spec(kindSpec(layout.mapping->kind())), m_reader(device, layout.encoding, layout.delimiter)
{
    // Empty header cells at the end are columns a spreadsheet added ("a,b,c,,,"): a row need not have them.
    const QStringList &header = layout.mapping->header();
    m_headerFields = int(header.size());
    m_namedFields = m_headerFields;
    while (m_namedFields > 1 && header.at(m_namedFields - 1).trimmed().isEmpty()) {
        --m_namedFields;
    }
    m_cells.resize(m_spec.columns.size());
    // Money and the currency it is in: from a currency column, the amount's own symbol or code, the money
    // column's header ("Amount spent (INR)"), or the import's currency, in that order (currencyOfRow()).
    for (int c = 0; c < m_spec.columns.size(); ++c) {
        if (isMoneyColumn(m_spec.kind, m_spec.columns.at(c).name)) {
            m_moneyCanonical = c;
            if (const int f = layout.mapping->fileColumn(c); f >= 0 && f < header.size()) {
                m_headerCurrency = currency::inHeader(header.at(f));
            }
        }
    }
    if (m_moneyCanonical >= 0) {
        m_cells.resize(m_spec.columns.size() + 1); // the row's currency, after the kind's columns
        static const QStringList currencyHeaders = {
            QStringLiteral("currency"),      QStringLiteral("currency code"),
            QStringLiteral("currencycode"),  QStringLiteral("kod waluty"),
            QStringLiteral("waluta"),        QStringLiteral("opportunity currency"),
            QStringLiteral("deal currency"), QStringLiteral("currency (iso)"),
            QStringLiteral("валюта"),        QStringLiteral("код валюты"),
            QStringLiteral("para birimi"),   QStringLiteral("幣別"),
            QStringLiteral("货币"),          QStringLiteral("币种")};
        for (int f = 0; f < header.size() && m_currencyColumn < 0; ++f) {
            if (currencyHeaders.contains(ColumnMapping::normalisedHeader(header.at(f)))) {
                m_currencyColumn = f;
            }
        }
    }
    m_keepDateText = m_spec.kind == Kind::Touchpoints;
    m_nameTable.fill(-1, m_spec.columns.size());
    for (int c = 0; c < m_spec.columns.size(); ++c) {
        const QString &name = m_spec.columns.at(c).name;
        if (name == u"channel" || name == u"campaign") {
            m_nameTable[c] = int(m_names.size());
            m_names.append(QHash<QString, qint64>());
        }
        if (m_spec.columns.at(c).name == m_spec.dateColumn) {
            m_dateColumn = layout.mapping->fileColumn(c);
            m_dateCanonical = c;
        }
    }
}

bool RowReader::isMoneyColumn(Kind kind, QStringView canonical)
{
    switch (kind) {
    case Kind::Campaign:
        return canonical == u"cost";
    case Kind::Deals:
    case Kind::Expenses:
        return canonical == u"amount";
    case Kind::Customers:
        return canonical == u"mrr";
    default:
        return false;
    }
}

// The currency of a row with an amount; false (with the reason in m_error) when it cannot be known, which refuses
// the file when refuse is set, else rejects the row.
bool RowReader::currencyOfRow(const QString &amount, QString &code, bool &refuse)
{
    using namespace currency;
    refuse = false;
    Mention m;
    if (m_currencyColumn >= 0 && m_currencyColumn < m_reader.fieldCount()) {
        const QStringView text = m_reader.field(m_currencyColumn).trimmed();
        if (!isUnknown(text)) {
            m = inCell(text);
            if (m.isEmpty()) {
                return reject(m_currencyColumn, Import::tr("unknown currency '%1'").arg(text));
            }
        }
    }
    if (m.isEmpty()) {
        m = inAmount(amount);
    }
    if (m.code.isEmpty() && !m_headerCurrency.isEmpty() &&
        (m.ambiguous.isEmpty() || symbolFits(m.ambiguous, m_headerCurrency))) {
        m.code = m_headerCurrency;
    }
    if (!m.code.isEmpty()) {
        code = m.code;
        return true;
    }
    const int f = m_layout.mapping->fileColumn(m_moneyCanonical);
    const QString fallback = m_layout.currency;
    refuse = true;
    m_refused = true;
    if (!m.ambiguous.isEmpty()) {
        if (!fallback.isEmpty() && symbolFits(m.ambiguous, fallback)) {
            code = fallback;
            refuse = false;
            m_refused = false;
            return true;
        }
        return reject(f, fallback.isEmpty()
                             ? Import::tr("'%1' is written with '%2', which several currencies use (%3): pass the "
                                          "account's currency with --currency CODE (or choose it in the import "
                                          "options); nothing was imported")
                                   .arg(amount, m.ambiguous, candidates(m.ambiguous))
                             : Import::tr("'%1' is written with '%2', which cannot be the import currency %3 (it "
                                          "stands for %4): pass the account's currency with --currency CODE; nothing "
                                          "was imported")
                                   .arg(amount, m.ambiguous, fallback, candidates(m.ambiguous)));
    }
    // Neither the file, the import nor the workspace names one: the amount is stored in XXX (ISO 4217's "no
    // currency"), summed only with other such amounts and never converted; the import says so (Importer).
    code = fallback.isEmpty() ? QStringLiteral("XXX") : fallback;
    refuse = false;
    m_refused = false;
    return true;
}

bool RowReader::isUnknown(QStringView cell)
{
    const QStringView s = cell.trimmed();
    if (s.isEmpty()) {
        return true;
    }
    if (s.front().isDigit() || s.size() > 4) {
        return false;
    }
    for (const char16_t *u : {u"--", u"-", u"n/a", u"na", u"null", u"#n/a"}) {
        if (s.compare(QStringView(u), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

bool RowReader::isTotalsLabel(QStringView cell)
{
    // Every language's words (resources/languages/<code>/headers.json): "Total", "Razem", "Итого", "總計".
    const QStringList &labels = Vocabulary::totalsWords();
    const QStringView s = cell.trimmed();
    for (const QString &label : labels) {
        if (s.startsWith(label, Qt::CaseInsensitive)) {
            // What the tools write after the word: nothing, "Total: Campaigns", "Total (3 rows)", "Total - filtered".
            // A word after a space is a name ("total solar", a search term): data, whatever its date.
            const QStringView rest = s.mid(label.size()).trimmed();
            if (rest.isEmpty() || rest.front() == u':' || rest.front() == u'：' || rest.front() == u'(' ||
                rest.front() == u'-' || rest.front() == u'–' || rest.front() == u'—') {
                return true;
            }
        }
    }
    return false;
}

bool RowReader::isNoDataMarker(QStringView cell)
{
    // What tools write instead of rows when a report is empty (Meta: "No data available.").
    static const QStringList markers = {QStringLiteral("no data available"), QStringLiteral("no data"),
                                        QStringLiteral("no results"), QStringLiteral("no results found")};
    QStringView s = cell.trimmed();
    while (s.endsWith(u'.')) {
        s.chop(1);
    }
    return std::any_of(markers.begin(), markers.end(),
                       [&](const QString &m) { return s.compare(m, Qt::CaseInsensitive) == 0; });
}

bool RowReader::isNoDataLine() const
{
    int known = 0;
    bool marker = false;
    for (qsizetype f = 0; f < m_reader.fieldCount(); ++f) {
        if (!m_reader.field(f).trimmed().isEmpty()) {
            ++known;
            marker = isNoDataMarker(m_reader.field(f));
        }
    }
    return known == 1 && marker;
}

bool RowReader::isUnlabeledSummary() const
{
    const QList<int> &labels = m_layout.mapping->labelColumns();
    return !labels.isEmpty() && std::all_of(labels.begin(), labels.end(), [&](int f) {
        return f >= m_reader.fieldCount() || isUnknown(m_reader.field(f));
    });
}

bool RowReader::isTotalsLine() const
{
    if (const Preset *preset = m_layout.mapping->preset(); preset && preset->undatedRowsAreTotals &&
                                                           m_dateColumn >= 0 && m_dateColumn < m_reader.fieldCount() &&
                                                           isUnknown(m_reader.field(m_dateColumn))) {
        return true;
    }
    if (isUnlabeledSummary()) {
        return true;
    }
    for (qsizetype f = 0; f < m_reader.fieldCount(); ++f) {
        const QStringView cell = m_reader.field(f).trimmed();
        if (isUnknown(cell)) {
            continue; // Google Ads writes " --" in the cells before a total's label
        }
        if (cell.front().isDigit() || !isTotalsLabel(cell)) {
            return false;
        }
        if (m_dateColumn < 0 || m_dateColumn >= m_reader.fieldCount()) {
            return true;
        }
        const QStringView date = m_reader.field(m_dateColumn);
        return isUnknown(date) || !DateParser::parse(date, m_layout.dateOrder).date.isValid();
    }
    return false;
}

bool RowReader::endsTable(const Preset &preset) const
{
    if (m_reader.isBlank()) {
        return preset.blankLineEndsTable;
    }
    const QStringView first = m_reader.field(0).trimmed();
    return std::any_of(preset.tableEnd.begin(), preset.tableEnd.end(),
                       [&](const QString &start) { return first.startsWith(start); });
}

bool RowReader::isPresetFooter(const Preset &preset) const
{
    if (preset.skipLines.isEmpty()) {
        return false;
    }
    for (qsizetype f = 0; f < m_reader.fieldCount(); ++f) {
        const QStringView cell = m_reader.field(f).trimmed();
        if (isUnknown(cell)) {
            continue;
        }
        if (cell.front().isDigit()) {
            return false; // data: a date or a number
        }
        const QString lower = cell.toString().toLower();
        return std::any_of(preset.skipLines.begin(), preset.skipLines.end(),
                           [&](const QString &pattern) { return Preset::matches(pattern, lower); });
    }
    return false;
}

// A number, a percent (a ratio) or a duration (h:mm:ss or m:ss, in seconds).
std::optional<double> RowReader::factor(QStringView text, QString *error) const
{
    if (text.contains(u':')) {
        double seconds = 0;
        for (const QStringView part : text.split(u':')) {
            bool ok = false;
            const double v = part.toString().replace(u',', u'.').toDouble(&ok);
            if (!ok || v < 0) {
                *error = Import::tr("not a duration: '%1'").arg(text);
                return std::nullopt;
            }
            seconds = seconds * 60 + v;
        }
        return seconds;
    }
    const NumberParser::Result n = NumberParser::parseStrict(text, m_layout.decimalSeparator);
    if (!n.value) {
        *error = n.error;
        return std::nullopt;
    }
    return n.value->toDouble();
}

// A column the preset computes as the product of two (sessions × average seconds, bounce rate × sessions), rounded
// to the column's unit; unknown when either factor is.
bool RowReader::readProduct(Cell &cell, const ColumnSpec &spec, int a, int b)
{
    const QStringView first = m_reader.field(a).trimmed();
    const QStringView second = m_reader.field(b).trimmed();
    if (isUnknown(first) || isUnknown(second)) {
        return true;
    }
    QString error;
    const std::optional<double> x = factor(first, &error);
    if (!x) {
        return reject(a, error);
    }
    const std::optional<double> y = factor(second, &error);
    if (!y) {
        return reject(b, error);
    }
    // A bounce rate is a share of the visits: one over 100 % is a percent written without its sign ("12,5" for
    // 12.5 %), which would store 12.5 bounces a visit; refused rather than read a hundred times too large.
    if (spec.name == u"bounces" && *x > 1) {
        return reject(
            a, Import::tr("a bounce rate over 100 %: '%1' (written as a share, '12.5 %' or '0.125')").arg(first));
    }
    const double value = *x * *y;
    if (value < 0) {
        return reject(a, Import::tr("negative %1").arg(spec.name));
    }
    if (!(value <= double(MaxValuePerRow))) { // beyond what a row may hold (and not NaN)
        return reject(a, Import::tr("number too large: %1 × %2").arg(first, second));
    }
    cell.known = true;
    cell.integer = spec.type == ColumnType::Count ? std::llround(value) : std::llround(value * 1e6);
    return true;
}

QString RowReader::tooLarge(QStringView raw)
{
    return Import::tr("number too large for one row: '%1' (at most %2)").arg(raw, KpiFormat().number(MaxValuePerRow));
}

bool RowReader::reject(int fileColumn, const QString &reason)
{
    m_error.line = m_reader.line();
    m_error.column = fileColumn >= 0 && fileColumn < m_headerFields
                         ? m_layout.mapping->header().at(fileColumn).trimmed().remove(QChar(0xFEFF))
                         : QString();
    m_error.reason = reason;
    return false;
}

// A NUL anywhere, even far past the part of the file the encoding was detected from (or with the encoding given),
// makes it a binary file, refused whole as one with a NUL near its start is, so that no NUL reaches a stored name.
bool RowReader::refusesFile()
{
    if (!m_reader.holdsNul()) {
        return false;
    }
    m_refused = true;
    int column = -1;
    for (qsizetype f = 0; m_pastHeader && f < m_reader.fieldCount() && column < 0; ++f) {
        column = m_reader.field(f).contains(QChar(0)) ? int(f) : -1;
    }
    reject(column, Import::tr("a NUL byte: this is a binary file, not CSV text"));
    return true;
}

// The row's period: the range above the header, or the row's own end date, or what the report's time breakdown
// makes of its date, or just its date; then only the days the row's campaign ran, when the file says which.
bool RowReader::readLastDay()
{
    m_lastDay = m_dateCanonical >= 0 ? m_cells.at(m_dateCanonical).integer : 0;
    if (m_dateCanonical < 0) {
        return true;
    }
    qint64 &firstDay = m_cells[m_dateCanonical].integer;
    if (m_layout.rangeEnd.isValid()) {
        m_lastDay = m_layout.rangeEnd.toJulianDay();
    } else if (m_layout.periodRows != FileLayout::PeriodRows::Day) {
        const QDate start = QDate::fromJulianDay(firstDay);
        QDate end = m_layout.reportEnd;
        switch (m_layout.periodRows) {
        case FileLayout::PeriodRows::Week:
            end = start.addDays(6);
            break;
        case FileLayout::PeriodRows::Month:
            end = QDate(start.year(), start.month(), start.daysInMonth());
            break;
        case FileLayout::PeriodRows::Year:
            end = QDate(start.year(), 12, 31);
            break;
        default:
            break;
        }
        // A month that began before the report did (LinkedIn dates the first one by the 1st or by the report's
        // first day) holds only the report's days of it.
        firstDay = qMax(firstDay, m_layout.reportStart.toJulianDay());
        m_lastDay = qMax(firstDay, qMin(end.toJulianDay(), m_layout.reportEnd.toJulianDay()));
    } else if (const int f = m_layout.mapping->rangeEndColumn();
               f >= 0 && f < m_reader.fieldCount() && !isUnknown(m_reader.field(f))) {
        const DateParser::Result end = DateParser::parse(m_reader.field(f).trimmed(), m_layout.dateOrder);
        if (!end.date.isValid()) {
            return reject(f, end.error);
        }
        const qint64 last = end.date.toJulianDay();
        if (last < m_lastDay) {
            return reject(f, Import::tr("the period ends before it starts"));
        }
        if (last - m_lastDay >= RangeSpread::MaxDays) {
            return reject(f, Import::tr("the period is longer than %1 days").arg(RangeSpread::MaxDays));
        }
        m_lastDay = last;
    }
    if (m_lastDay > firstDay) {
        // A campaign that started within the range (or ended in it) had no days before (or after): its totals are
        // spread over the days it ran. A date that is not inside the period says nothing about it.
        const auto activeDay = [&](int f) -> qint64 {
            if (f < 0 || f >= m_reader.fieldCount() || isUnknown(m_reader.field(f))) {
                return 0;
            }
            const QDate d = DateParser::parse(m_reader.field(f).trimmed(), m_layout.dateOrder).date;
            return d.isValid() ? d.toJulianDay() : 0;
        };
        if (const qint64 from = activeDay(m_layout.mapping->activeFromColumn()); from > firstDay && from <= m_lastDay) {
            firstDay = from;
        }
        if (const qint64 to = activeDay(m_layout.mapping->activeToColumn());
            to >= firstDay && to < m_lastDay && to > 0) {
            m_lastDay = to;
        }
    }
    return true;
}

RowReader::Outcome RowReader::next()
{
    const Outcome outcome = readNext();
    // A NUL read but in no record returned (past a table's end): the file is binary all the same.
    if (outcome == Outcome::End && !m_refused && m_reader.hasReadNul()) {
        m_refused = true;
        reject(-1, Import::tr("a NUL byte: this is a binary file, not CSV text"));
        m_error.line = 0;
        return Outcome::Refused;
    }
    return outcome;
}

RowReader::Outcome RowReader::readNext()
{
    if (m_refused) {
        return Outcome::End;
    }
    if (!m_pastHeader) {
        for (int r = 0; r <= m_layout.headerRecord; ++r) {
            if (!m_reader.next()) {
                return Outcome::End;
            }
            if (refusesFile()) {
                return Outcome::Refused;
            }
        }
        m_pastHeader = true;
    }
    const Preset *preset = m_layout.mapping->preset();
    for (;;) {
        if (!m_reader.next()) {
            return Outcome::End;
        }
        if (refusesFile()) {
            return Outcome::Refused;
        }
        if (m_reader.isOverlong()) {
            ++m_dataRows;
            reject(-1,
                   Import::tr("line longer than %1 million characters: not read").arg(CsvReader::MaxRecordChars >> 20));
            return Outcome::Rejected;
        }
        if (preset && endsTable(*preset)) {
            m_tableEndLine = m_reader.line(); // the file's next table: not this import's
            return Outcome::End;
        }
        if (isNoDataLine()) { // before the totals: its empty name cells would make it look like Meta's summary
            m_noDataLine = m_reader.line();
            continue;
        }
        if (m_reader.isBlank() || isTotalsLine()) {
            continue;
        }
        if (preset && isPresetFooter(*preset)) {
            continue;
        }
        break;
    }
    ++m_dataRows;

    const qsizetype fields = m_reader.fieldCount();
    if (fields < m_namedFields) {
        reject(int(fields), Import::tr("expected %1 fields, found %2").arg(m_namedFields).arg(fields));
        return Outcome::Rejected;
    }
    for (qsizetype f = m_headerFields; f < fields; ++f) {
        if (!m_reader.field(f).trimmed().isEmpty()) {
            reject(-1, Import::tr("expected %1 fields, found %2").arg(m_headerFields).arg(fields));
            return Outcome::Rejected;
        }
    }

    QString unmatchedStage; // noted once the whole row is accepted
    QString moneyText;      // the amount as written
    for (int c = 0; c < m_spec.columns.size(); ++c) {
        const ColumnSpec &spec = m_spec.columns.at(c);
        Cell &cell = m_cells[c];
        cell.known = false;
        int f = m_layout.mapping->fileColumn(c);
        QString constant;
        if (const ColumnMapping::Condition *condition = f < 0 ? m_layout.mapping->condition(c) : nullptr) {
            // Unknown in the rows that count something else (a purchase, a video view), not 0.
            const QString what = m_reader.field(condition->when).trimmed().toString().toLower();
            if (std::none_of(condition->is.begin(), condition->is.end(),
                             [&](const QString &pattern) { return Preset::matches(pattern, what); })) {
                continue;
            }
            f = condition->value;
        } else if (f < 0) {
            constant = m_layout.mapping->constant(c);
            if (constant.isNull()) {
                if (const auto [a, b] = m_layout.mapping->product(c); a >= 0 && !readProduct(cell, spec, a, b)) {
                    return Outcome::Rejected;
                }
                continue;
            }
        }
        const QStringView raw = f >= 0 ? m_reader.field(f).trimmed() : QStringView(constant);
        if (raw.contains(QChar::ReplacementCharacter)) {
            reject(f, Import::tr("bytes that are not valid %1 text").arg(m_layout.encoding));
            return Outcome::Rejected;
        }
        if (isUnknown(raw)) {
            if (spec.required) {
                reject(f, Import::tr("missing required value"));
                return Outcome::Rejected;
            }
            continue;
        }
        switch (spec.type) {
        case ColumnType::Date: {
            if (m_keepDateText) {
                cell.text = raw.toString();
            }
            if (raw == m_lastDateText) {
                cell.integer = m_lastDate;
                break;
            }
            const DateParser::Result d = DateParser::parse(raw, m_layout.dateOrder);
            if (!d.date.isValid()) {
                reject(f, d.error);
                return Outcome::Rejected;
            }
            cell.integer = d.date.toJulianDay();
            m_lastDateText = raw.toString();
            m_lastDate = cell.integer;
            break;
        }
        case ColumnType::Text:
            if (const int table = m_nameTable.at(c); table >= 0) {
                QHash<QString, qint64> &names = m_names[table];
                auto it = names.constFind(raw.toString());
                if (it == names.constEnd()) {
                    it = names.insert(raw.toString(), names.size());
                }
                cell.text = it.key();
                cell.integer = it.value();
            } else {
                cell.text = raw.toString();
            }
            break;
        case ColumnType::Status: {
            // Deals of one stage often follow each other (exports sorted by stage): read each label once.
            if (raw != m_lastStageText) {
                m_lastStageText = raw.toString();
                m_lastStage = m_layout.stages.read(raw);
            }
            const StageMapping::Reading reading = m_lastStage;
            cell.text = StageMapping::statusName(reading.status);
            if (!reading.recognised) {
                unmatchedStage = raw.toString();
            }
            break;
        }
        default: {
            const NumberParser::Result n = NumberParser::parseStrict(raw, m_layout.decimalSeparator);
            if (!n.value) {
                reject(f, n.error);
                return Outcome::Rejected;
            }
            const Decimal v = *n.value;
            switch (spec.type) {
            case ColumnType::Count:
                if (v.isNegative()) {
                    reject(f, Import::tr("negative count: '%1'").arg(raw));
                    return Outcome::Rejected;
                }
                if (!v.isWhole()) {
                    reject(f, Import::tr("not a whole number: '%1'").arg(raw));
                    return Outcome::Rejected;
                }
                cell.integer = v.toWhole();
                if (cell.integer > MaxValuePerRow) {
                    reject(f, tooLarge(raw));
                    return Outcome::Rejected;
                }
                break;
            case ColumnType::Decimal:
                if (c == m_moneyCanonical) {
                    moneyText = raw.toString();
                }
                if (v.isNegative()) {
                    reject(f, Import::tr("negative %1: '%2'").arg(spec.name, raw));
                    return Outcome::Rejected;
                }
                if (m_layout.microColumns.contains(c)) {
                    // Already micro-units (FileInspector decided from the file's cells): stored as written.
                    if (!v.isWhole() || v.toWhole() % 10000 != 0) {
                        reject(f, Import::tr("'%1' is not a micro-amount (a whole number of millionths, rounded to "
                                             "10,000) as the other costs of this file are")
                                      .arg(raw));
                        return Outcome::Rejected;
                    }
                    if (v.toWhole() > MaxValuePerRow * qint64(MicrosPerUnit)) {
                        reject(f, tooLarge(raw));
                        return Outcome::Rejected;
                    }
                    cell.integer = v.toWhole();
                    break;
                }
                if (!v.fitsInMicros() || v.toMicros() > MaxValuePerRow * qint64(MicrosPerUnit)) {
                    reject(f, tooLarge(raw));
                    return Outcome::Rejected;
                }
                cell.integer = v.toMicros();
                break;
            case ColumnType::Position:
                if (v.mantissa <= 0) {
                    reject(f, Import::tr("position must be greater than 0: '%1'").arg(raw));
                    return Outcome::Rejected;
                }
                cell.real = v.toDouble();
                break;
            case ColumnType::NpsScore:
                if (!v.isWhole() || v.isNegative() || v.toWhole() > 10) {
                    reject(f, Import::tr("score must be a whole number from 0 to 10: '%1'").arg(raw));
                    return Outcome::Rejected;
                }
                cell.integer = v.toWhole();
                break;
            default:
                cell.real = v.toDouble();
                break;
            }
        }
        }
        cell.known = true;
    }
    if (m_moneyCanonical >= 0) {
        Cell &currencyCell = m_cells[m_spec.columns.size()];
        currencyCell.known = m_cells.at(m_moneyCanonical).known;
        if (currencyCell.known) {
            QString code;
            bool refuse = false;
            if (!currencyOfRow(moneyText, code, refuse)) {
                return refuse ? Outcome::Refused : Outcome::Rejected;
            }
            if (code != currencyCell.text) {
                currencyCell.text = code;
            }
        }
    }
    if (!unmatchedStage.isEmpty() && !m_unmatchedStages.contains(unmatchedStage) &&
        m_unmatchedStages.size() < MaxListedStages) {
        m_unmatchedStages.append(unmatchedStage);
    }
    return readLastDay() ? Outcome::Row : Outcome::Rejected;
}

} // namespace funnelscope

#pragma once

#include "columnmapping.h"
#include "importoptions.h"

#include <QChar>
#include <QDate>
#include <QString>

#include <optional>

namespace funnelscope {

// Everything detected about a file before any row is stored: encoding, delimiter, where the header is, which kind
// it is and how its columns map, the decimal separator and the order of slash dates. The import dialog shows it;
// the importer follows it.
struct FileLayout
{
    QString path;
    qint64 size = 0;
    QString encoding;
    QChar delimiter = u',';
    int headerRecord = 0; // records before the header (title lines)
    int headerLine = 0;   // physical line of the header, from 1
    std::optional<ColumnMapping> mapping;
    QChar decimalSeparator = u'.';
    DateOrder dateOrder = DateOrder::Unknown;
    bool dateOrderNeeded = false; // slash dates the data cannot decide
    bool decimalNeeded = false;   // numbers whose decimal separator the file cannot decide, or disagree
    // A whole-range report's period (from the lines above its header): its rows are spread over these days.
    QDate rangeStart;
    QDate rangeEnd;
    // What each row of a report with a time breakdown covers (Preset::periodRows), from its date (the period's start)
    // within reportStart … reportEnd, the range written above the header.
    enum class PeriodRows
    {
        Day,        // one day: nothing to spread
        WholeRange, // the whole report (LinkedIn's "All"): to reportEnd
        Week,       // the 7 days from the date
        Month,      // to the month's end
        Year,       // to the year's end
    };
    PeriodRows periodRows = PeriodRows::Day;
    QDate reportStart;
    QDate reportEnd;
    // Canonical columns whose cells are whole millionths of the currency (Preset::micros, where the file's cells show
    // the tool wrote them so): each is stored as it is, and must be a multiple of 10,000.
    QList<int> microColumns;
    StageMapping stages; // how deal stages read (the options' mapping)
    QString currency;    // the currency of amounts the file does not name (--currency, else the workspace's)
    QString refusal;     // why the file cannot be imported, or empty
    int refusalLine = 0;
    QString refusalColumn;
};

class FileInspector
{
public:
    static FileLayout inspect(const QString &path, const ImportOptions &options);
    static QString delimiterName(QChar delimiter);
    // The distinct values of canonical column `column` in the file's data rows, trimmed, as written, in order of first
    // appearance, at most max of them, from the file's first 200,000 records (the deal stages the import dialog lets
    // the user map).
    static QStringList distinctValues(const FileLayout &layout, const QString &column, int max = 100);
};

} // namespace funnelscope

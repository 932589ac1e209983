#pragma once

#include "csv/csvreader.h"
#include "fileinspector.h"

#include <QHash>
#include <QList>
#include <QString>

namespace funnelscope {

// One canonical value of a row: dates as Julian day numbers, counts as integers, decimals as micro-units,
// positions and scores as reals, text as text. known is false for an unknown cell (SQL NULL).
struct Cell
{
    bool known = false;
    // A count, micro-units or a day; for a name (channel, campaign): its number in the file, in order of first
    // appearance, so that whoever stores the row can look the name up by number.
    qint64 integer = 0;
    double real = 0;
    QString text;
};

// Reads a file's data rows, after its header, as the importer stores them: blank lines and totals lines skipped,
// every mapped cell checked and converted, a bad row turned into a rejection with its line, column and reason.
class RowReader
{
public:
    enum class Outcome
    {
        Row,
        Rejected,
        Refused, // the whole file cannot be imported (error() says why); nothing more is read
        End
    };

    RowReader(QIODevice *device, const FileLayout &layout);
    void setHashSink(QCryptographicHash *hash) { m_reader.setHashSink(hash); }

    Outcome next();
    // Valid after Row: one cell per canonical column of the kind.
    const QList<Cell> &cells() const { return m_cells; }
    int line() const { return m_reader.line(); }
    // Valid after Row: the last day (Julian) the row covers; its date when it covers one day. A later day means
    // the row holds totals of a range, for RangeSpread.
    qint64 lastDay() const { return m_lastDay; }
    // Valid after Rejected and Refused.
    const ImportError &error() const { return m_error; }
    qint64 bytesRead() const { return m_reader.bytesRead(); }
    // Rows that were read as data (accepted or rejected), not counting blank and totals lines.
    int dataRows() const { return m_dataRows; }

    static bool isUnknown(QStringView cell);
    // The column of a kind that holds money (cost, amount, MRR): its rows carry a currency, as an extra cell after
    // the kind's columns (its text the ISO code; unknown when the amount is).
    static bool isMoneyColumn(Kind kind, QStringView canonical);
    static bool isTotalsLabel(QStringView cell);
    static bool isNoDataMarker(QStringView cell);
    // The line where the export said it holds no data ("No data available."), or 0.
    int noDataLine() const { return m_noDataLine; }
    // The line where the file's next table began (a GA4 export holds several), or 0.
    int tableEndLine() const { return m_tableEndLine; }
    // The deal stages of accepted rows that no rule and no mapping knew, counted as open: as written, in order of
    // first appearance, at most MaxListedStages.
    const QStringList &unmatchedStages() const { return m_unmatchedStages; }
    static constexpr int MaxListedStages = 50;

private:
    bool isTotalsLine() const;
    bool isUnlabeledSummary() const;
    bool isNoDataLine() const;
    bool endsTable(const Preset &preset) const;
    bool isPresetFooter(const Preset &preset) const;
    std::optional<double> factor(QStringView text, QString *error) const;
    bool readProduct(Cell &cell, const ColumnSpec &spec, int a, int b);
    bool reject(int fileColumn, const QString &reason);
    bool currencyOfRow(const QString &amount, QString &code, bool &refuse);
    static QString tooLarge(QStringView raw);
    bool refusesFile();
    Outcome readNext();
    bool readLastDay();

    const FileLayout &m_layout;
    const KindSpec &m_spec;
    CsvReader m_reader;
    QList<Cell> m_cells;
    ImportError m_error;
    int m_headerFields = 0;
    int m_namedFields = 0; // without the empty header cells at its end
    int m_dateColumn = -1;
    int m_dateCanonical = -1;
    qint64 m_lastDay = 0;
    int m_dataRows = 0;
    int m_tableEndLine = 0;
    int m_noDataLine = 0;
    bool m_pastHeader = false;
    bool m_refused = false;
    bool m_keepDateText = false; // touchpoints keep their timestamp as written
    // Campaign files repeat the same date on many rows: remember the last one read.
    QString m_lastDateText;
    qint64 m_lastDate = 0;
    // The names seen in each name column (-1: not a name column).
    QList<int> m_nameTable;
    QList<QHash<QString, qint64>> m_names;
    QStringList m_unmatchedStages;
    int m_moneyCanonical = -1;
    int m_currencyColumn = -1; // the file's column naming each row's currency, or -1
    QString m_headerCurrency;  // the currency the money column's header names, or empty
    QString m_lastStageText;
    StageMapping::Reading m_lastStage;
};

} // namespace funnelscope

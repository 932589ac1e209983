#pragma once

#include "csv/dateparser.h"
#include "kind.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace funnelscope {

// How one tool's export maps onto a kind (data, not code): loaded from the JSON files of resources/presets/ and read
// by one generic mapper (ColumnMapping::match). Header patterns are lower case; `*` stands for any text, so
// "amount spent (*)" takes the currency the header names.
struct Preset
{
    QString id;    // as in --preset, and the import's source label unless --source says otherwise
    QString title; // as the import dialog shows it
    Kind kind = Kind::Campaign;
    // Canonical column → the headers that hold it, in the tool's languages and naming schemes.
    QList<std::pair<QString, QStringList>> columns;
    // Canonical column → two headers whose values multiply into it (sessions × average seconds, rate × sessions).
    QList<std::pair<QString, QStringList>> products;
    // Canonical column → a value the file does not have (the Email channel of a Mailchimp report).
    QHash<QString, QString> constants;
    // A column the tool reports only in some rows: read from one header where another header's value, as patterns,
    // says that is what it counts (Meta's Results are leads where the Result indicator is a lead form's).
    struct Conditional
    {
        QString column;
        QStringList value; // the headers holding the number
        QStringList when;  // the headers saying what it counts, in order of preference
        QStringList is;    // patterns of what `when` holds (lower case) for the number to be this column
    };
    QList<Conditional> conditionals;
    // The headers that name a row (campaign, ad set, age, ...): a row with every one of those the file has empty is
    // the tool's summary of the other rows (Meta writes it first, unlabeled), never data.
    QStringList labelHeaders;
    // Headers that only this tool writes: a file with one of them is its export.
    QStringList signature;
    // Other headers the tool writes that Funnelscope does not import (rates it computes itself, statuses): they
    // count towards the confidence that the file is this tool's export.
    QStringList otherHeaders;
    // Lines that are not data wherever they appear (copyright and confidentiality footers), by their first cell.
    QStringList skipLines;
    // Where the table ends when the file holds several (GA4, Universal Analytics): a line whose first cell starts
    // with one of these, or a blank line.
    QStringList tableEnd;
    bool blankLineEndsTable = false;
    // Totals rows with no label, only an empty date (Universal Analytics).
    bool undatedRowsAreTotals = false;
    // Without a date column, each row covers the date range written above the header ("March 1, 2025 - March 31,
    // 2025", GA4's "# Start date:" lines) and is spread over its days (Google Ads reports without Day, GA4 reports).
    bool rangeInPreamble = false;
    // When the date column is one of rangeStart's headers (Meta's "Reporting starts", not its "Day"), each row covers
    // a period of its own that ends on the day in the rangeEnd column ("Reporting ends"): a row whose period is longer
    // than a day is spread over it, as a whole-range report is.
    QStringList rangeStart;
    QStringList rangeEnd;
    // The date column is the start of each row's period, which the report's time breakdown sets within the range
    // written above the header: the whole range (LinkedIn's "All"), a month, a week or a day. The breakdown is read
    // from a "Report Aggregation:" / "Time breakdown:" line, or, without one, from the dates themselves.
    bool periodRows = false;
    // The headers of a row's own first and last day of activity (LinkedIn's "Campaign Start Date"): a row spread over
    // a range is spread only over the days its campaign ran.
    QStringList activeFrom;
    QStringList activeTo;
    // Canonical column → headers that stand in for it when the file has none of its own (Meta's "Ad set name" as the
    // campaign of an ad-set export without "Campaign name"): the import says so in its note.
    QList<std::pair<QString, QStringList>> standIns;
    // Label headers of tables whose rows do not add up to the tool's totals (Search Console's "Top queries" leave the
    // anonymised queries out): refused, since their sum would look like the total and be wrong.
    QStringList partialTables;
    // The tool writes a report's date range only into another file of the same download (Search Console's
    // Filters.csv): a file of it without dates needs the range from the user.
    bool rangeInOtherFile = false;
    std::optional<DateOrder> dateOrder; // the tool's slash dates, when the data cannot tell
    // Canonical columns the tool writes by default as whole millionths of the currency, rounded to 10,000 (the Yandex
    // Direct API's Cost unless the request said returnMoneyInMicros: false, which writes 123.45 instead). Which of
    // the two a file is, is decided from all its cells (FileInspector); when they cannot tell, the file is refused.
    QStringList micros;
    // Date headers of a report grouped by a period longer than a day (Yandex Metrica's "Месяц визита", "Неделя
    // визита", "Month of visit"): their rows cannot be placed on days, so such a file is refused, naming the column.
    QStringList coarseDates;

    // A preset the user saved from the import dialog: offered for files with exactly this header (normalised).
    QStringList exactHeader;

    // The languages of a shipped tool's headers: English from its own file, each other from
    // resources/presets/<id>/<code>.json, whose lists add to the preset's. Each with every header pattern it brings,
    // so that a file's header says which language the tool wrote it in (ColumnMapping::language()).
    struct Language
    {
        QString code; // en, pl, zh_TW, ...
        QStringList headers;
    };
    QList<Language> languages;
    // Adds a language file's headers, totals lines and footers (the keys of a preset's file but id, title and kind).
    // Returns an error, or empty.
    QString addLanguage(const QString &code, const QByteArray &json);

    // The shipped presets, then the user's; the pointers stay valid for the life of the process.
    static QList<const Preset *> all();
    static const Preset *find(QStringView id);
    // Saves a preset of the user's (in ~/.local/share/funnelscope/presets) and offers it from now on. Returns an error,
    // or empty.
    static QString saveCustom(Preset preset, QString *savedId = nullptr);
    QByteArray toJson() const;
    static QString availableIds(); // "google-ads, microsoft-ads, ..."
    // Whether a normalised header (or first cell) matches pattern.
    static bool matches(QStringView pattern, QStringView text, bool underscoreIsSpace = false);
    // Whether a normalised header cell matches pattern, also with its words joined by '_' read as spaces: a file
    // re-saved through Excel or a script writes "Send_Date" and "Total_Recipients" for "Send Date", "Total Recipients".
    static bool matchesHeader(QStringView pattern, QStringView header);
    static std::optional<Preset> fromJson(const QByteArray &json, QString *error);
};

} // namespace funnelscope

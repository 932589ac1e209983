#pragma once

#include "csv/dateparser.h"
#include "kind.h"
#include "stagemapping.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>

namespace funnelscope {

// What the user says about a file to import; everything left empty is detected.
struct ImportOptions
{
    std::optional<Kind> kind;
    bool rates = false; // --kind rates: exchange rates (RatesImporter), whatever the header
    QString preset = QStringLiteral("auto");
    QString source; // empty: the preset's id for a tool's export, else "manual"
    DateOrder dateOrder = DateOrder::Unknown;
    QChar decimalSeparator; // ',' or '.', or null: decided from the file's numbers
    QString encoding;
    // The user's column mapping: a header as written (normalised) → a canonical column, or empty to ignore it.
    QHash<QString, QString> columns;
    // Values for columns the file lacks: canonical column → value ("channel" → "Organic Search").
    QHash<QString, QString> constants;
    // The user's reading of deal stages for this import (--stage, the import dialog). The importer adds the
    // workspace's remembered mapping under it and remembers it for later imports.
    StageMapping stages;
    // The currency of amounts the file does not name (ISO code; --currency, the import dialog); empty: the
    // workspace's.
    QString currency;
    // The days a report without dates covers, when the file does not say (Search Console's Countries.csv, whose
    // range is only in Filters.csv): its totals are spread over them as a range report's are. Both or neither.
    QDate rangeFrom;
    QDate rangeTo;

    // The options that make two imports of the same bytes the same import.
    QString fingerprint(Kind resolvedKind, DateOrder resolvedOrder) const;
};

struct ImportError
{
    int line = 0;
    QString column;
    QString reason;
};

} // namespace funnelscope

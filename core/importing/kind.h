#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace funnelscope {

// The kinds of file Funnelscope imports and their canonical columns (data-model.md). This table is the single
// description of a kind that detection, mapping, validation and storage all read.
enum class Kind
{
    Campaign,
    Leads,
    Deals,
    Customers,
    Surveys,
    Expenses,
    Touchpoints
};

enum class ColumnType
{
    Date,     // a date (or date-time, read as its date)
    Text,     // trimmed text
    Count,    // integer >= 0
    Decimal,  // number >= 0, stored exactly in micro-units
    Position, // number > 0
    Score,    // number, any sign
    NpsScore, // integer 0..10
    Status    // open / won / lost
};

// The most a count, or an amount in whole currency units, may be in one row: a trillion, beyond any real export
// (a whole ad platform's daily impressions). A sum that still would not fit 64 bits is refused where it is made (the
// roll-ups) and reported where it is read (SQLite's sum() fails rather than wraps), never shown wrapped.
inline constexpr qint64 MaxValuePerRow = 1'000'000'000'000;

struct ColumnSpec
{
    QString name;
    ColumnType type;
    bool required;
};

struct KindSpec
{
    Kind kind;
    QString name;      // as in --kind
    const char *title; // what a person calls it, translated with context "Import" (kindTitle)
    QList<ColumnSpec> columns;
    QString dateColumn; // the required date that tells data rows from totals lines
};

const QList<KindSpec> &allKinds();
const KindSpec &kindSpec(Kind kind);
std::optional<Kind> kindFromName(QStringView name);
QString kindName(Kind kind);
// What a person calls the kind, in their language ("Campaign data"); the name itself when it is not a kind.
QString kindTitle(QStringView name);

} // namespace funnelscope

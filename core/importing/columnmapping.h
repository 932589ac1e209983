#pragma once

#include "kind.h"
#include "preset.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace funnelscope {

// How a file's columns map onto a kind's canonical columns. Built from data: the generic table maps every canonical
// name onto itself; a preset (a tool's export) maps its headers, multiplies two columns into one, or supplies a value
// the file lacks.
class ColumnMapping
{
public:
    using HeaderTable = QHash<QString, QString>; // normalised header text → canonical column name
    // Values the user gives for columns a file lacks (canonical column name → value: a channel-less file's channel).
    using Constants = QHash<QString, QString>;

    // Canonical names onto themselves, then the user's overrides (header → column, or → "" to ignore it).
    static HeaderTable genericTable(Kind kind, const HeaderTable &overrides = {});
    static QString normalisedHeader(QStringView cell);

    // The mapping of header onto kind, when header has every required column of kind.
    static std::optional<ColumnMapping> match(Kind kind, const QStringList &header, const HeaderTable &table,
                                              const Constants &constants = {});
    // The mapping of header by preset (the user's overrides first), when every required column is there.
    static std::optional<ColumnMapping> match(const Preset &preset, const QStringList &header,
                                              const HeaderTable &overrides = {}, const Constants &constants = {});
    // The best kind for header: all required columns present, most canonical columns matched.
    static std::optional<ColumnMapping> detect(const QStringList &header, const HeaderTable &overrides = {},
                                               const Constants &constants = {});
    // As detect(), with presets: "auto" tries the generic names and every preset and keeps the one that recognises
    // the most columns (a tool's own headers break ties); "generic" or a preset's id tries only that.
    static std::optional<ColumnMapping> detect(const QStringList &header, const HeaderTable &overrides,
                                               QStringView preset, std::optional<Kind> kind,
                                               const Constants &constants = {});
    // The required columns of kind that header lacks.
    static QStringList missingRequired(Kind kind, const QStringList &header);

    Kind kind() const { return m_kind; }
    const QStringList &header() const { return m_header; }
    // File column index of canonical column c (index into kindSpec(kind).columns), or -1.
    int fileColumn(int canonical) const { return m_fileColumnOf.at(canonical); }
    // The preset's value for canonical column c, or a null string.
    QString constant(int canonical) const { return m_constants.value(canonical); }
    // The two file columns whose product is canonical column c, or {-1, -1}.
    std::pair<int, int> product(int canonical) const { return m_products.value(canonical, {-1, -1}); }
    // Canonical column c read from one file column in the rows where another says that is what it counts.
    struct Condition
    {
        int value = -1;
        int when = -1;
        QStringList is; // patterns of the `when` cell, lower case
    };
    const Condition *condition(int canonical) const;
    // The file columns that name a row (Preset::labelHeaders) and that this file has.
    const QList<int> &labelColumns() const { return m_labelColumns; }
    bool has(int canonical) const;
    int matchedCount() const;
    void setConstant(int canonical, const QString &value) { m_constants.insert(canonical, value); }
    // The user's constants for the columns the file lacks.
    void applyConstants(const Constants &constants);
    // A whole-range report whose rows take their date from the range above the header (still to be read).
    bool needsRangeDate() const;
    // The file column of each row's last day (Preset::rangeEnd), or -1.
    int rangeEndColumn() const { return m_rangeEndColumn; }
    // The file columns of a row's first and last day of activity (Preset::activeFrom / activeTo), or -1.
    int activeFromColumn() const { return m_activeFromColumn; }
    int activeToColumn() const { return m_activeToColumn; }
    // Canonical column → the file column standing in for it (Preset::standIns), for the import's note.
    const QHash<int, int> &standIns() const { return m_standIns; }
    // The preset that mapped the file, or null for the generic names.
    const Preset *preset() const { return m_preset; }
    QString presetId() const { return m_preset ? m_preset->id : QStringLiteral("generic"); }
    // The language the header is written in (en, pl, pt for a header that Brazil and Portugal write alike), as the
    // preset's or the generic names' vocabulary tells; empty when no language's words name a column (the canonical
    // names, a preset of the user's).
    const QString &language() const { return m_language; }
    // The tool and the language, as the import dialog and the command line name the detection: "Google Ads (Polish)";
    // the preset's title alone without a language; empty for the generic names.
    QString title() const;
    // This mapping as a preset of the user's, for files with exactly this header: the columns as mapped, and every
    // other rule of the preset it was made from (lead results, summary rows, totals lines, ranges).
    Preset toPreset(const QString &title, std::optional<DateOrder> dateOrder) const;
    // The share of the header's named columns this mapping recognises, 0–1.
    double confidence() const;
    // The file's columns that map onto nothing, as written.
    QStringList ignored() const;

private:
    bool usesFileColumn(int f) const;
    int fileColumnsUsed() const;
    bool requiredPresent() const;

    Kind m_kind = Kind::Campaign;
    QStringList m_header;
    QList<int> m_fileColumnOf;
    QHash<int, QString> m_constants;
    QHash<int, std::pair<int, int>> m_products;
    QHash<int, Condition> m_conditions;
    QList<int> m_labelColumns;
    const Preset *m_preset = nullptr;
    int m_rangeEndColumn = -1;
    int m_activeFromColumn = -1;
    int m_activeToColumn = -1;
    QHash<int, int> m_standIns;
    QString m_language;
};

} // namespace funnelscope

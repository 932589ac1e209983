#pragma once

#include "kind.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace funnelscope {

// How a file's columns map onto a kind's canonical columns. Built from a header→column table (data), so a preset
// for a tool's export is just another table: the generic table maps every canonical name onto itself.
class ColumnMapping
{
public:
    using HeaderTable = QHash<QString, QString>; // normalised header text → canonical column name

    // Canonical names onto themselves, then the user's overrides (header → column, or → "" to ignore it).
    static HeaderTable genericTable(Kind kind, const HeaderTable &overrides = {});
    static QString normalisedHeader(QStringView cell);

    // The mapping of header onto kind, when header has every required column of kind.
    static std::optional<ColumnMapping> match(Kind kind, const QStringList &header, const HeaderTable &table);
    // The best kind for header: all required columns present, most canonical columns matched.
    static std::optional<ColumnMapping> detect(const QStringList &header, const HeaderTable &overrides = {});
    // The required columns of kind that header lacks.
    static QStringList missingRequired(Kind kind, const QStringList &header);

    Kind kind() const { return m_kind; }
    const QStringList &header() const { return m_header; }
    // File column index of canonical column c (index into kindSpec(kind).columns), or -1.
    int fileColumn(int canonical) const { return m_fileColumnOf.at(canonical); }
    bool has(int canonical) const { return m_fileColumnOf.at(canonical) >= 0; }
    int matchedCount() const;
    // The file's columns that map onto nothing, as written.
    QStringList ignored() const;

private:
    Kind m_kind = Kind::Campaign;
    QStringList m_header;
    QList<int> m_fileColumnOf;
};

} // namespace funnelscope

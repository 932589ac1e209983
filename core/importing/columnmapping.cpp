#include "columnmapping.h"

namespace funnelscope {

QString ColumnMapping::normalisedHeader(QStringView cell)
{
    QString s = cell.toString();
    s.remove(QChar(0xFEFF));
    return s.trimmed().toLower();
}

ColumnMapping::HeaderTable ColumnMapping::genericTable(Kind kind, const HeaderTable &overrides)
{
    HeaderTable table;
    for (const ColumnSpec &c : kindSpec(kind).columns) {
        table.insert(c.name, c.name);
    }
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        // A header the user maps elsewhere no longer takes a column by its own name.
        for (auto t = table.begin(); t != table.end();) {
            t = t.value() == it.value() && !it.value().isEmpty() ? table.erase(t) : std::next(t);
        }
        table.insert(normalisedHeader(it.key()), it.value());
    }
    return table;
}

std::optional<ColumnMapping> ColumnMapping::match(Kind kind, const QStringList &header, const HeaderTable &table)
{
    const KindSpec &spec = kindSpec(kind);
    ColumnMapping m;
    m.m_kind = kind;
    m.m_header = header;
    m.m_fileColumnOf = QList<int>(spec.columns.size(), -1);
    for (int f = 0; f < header.size(); ++f) {
        const auto it = table.constFind(normalisedHeader(header.at(f)));
        if (it == table.constEnd()) {
            continue;
        }
        for (int c = 0; c < spec.columns.size(); ++c) {
            if (spec.columns.at(c).name == *it && m.m_fileColumnOf[c] < 0) {
                m.m_fileColumnOf[c] = f;
                break;
            }
        }
    }
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns.at(c).required && m.m_fileColumnOf.at(c) < 0) {
            return std::nullopt;
        }
    }
    return m;
}

std::optional<ColumnMapping> ColumnMapping::detect(const QStringList &header, const HeaderTable &overrides)
{
    std::optional<ColumnMapping> best;
    for (const KindSpec &spec : allKinds()) {
        auto m = match(spec.kind, header, genericTable(spec.kind, overrides));
        if (m && (!best || m->matchedCount() > best->matchedCount())) {
            best = m;
        }
    }
    return best;
}

QStringList ColumnMapping::missingRequired(Kind kind, const QStringList &header)
{
    QStringList present;
    for (const QString &h : header) {
        present.append(normalisedHeader(h));
    }
    QStringList missing;
    for (const ColumnSpec &c : kindSpec(kind).columns) {
        if (c.required && !present.contains(c.name)) {
            missing.append(c.name);
        }
    }
    return missing;
}

int ColumnMapping::matchedCount() const
{
    return int(std::count_if(m_fileColumnOf.begin(), m_fileColumnOf.end(), [](int f) { return f >= 0; }));
}

QStringList ColumnMapping::ignored() const
{
    QStringList out;
    for (int f = 0; f < m_header.size(); ++f) {
        if (!m_fileColumnOf.contains(f) && !m_header.at(f).trimmed().isEmpty()) {
            out.append(m_header.at(f).trimmed());
        }
    }
    return out;
}

} // namespace funnelscope

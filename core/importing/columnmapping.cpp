#include "columnmapping.h"

#include "i18n/contexts.h"
#include "vocabulary.h"

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
    // The same columns as a marketer heads them in their own language ("Dzień", "Kampania", "Показы").
    const QHash<QString, QString> &native = Vocabulary::genericHeaders(kind);
    for (auto it = native.constBegin(); it != native.constEnd(); ++it) {
        if (!table.contains(it.key())) {
            table.insert(it.key(), it.value());
        }
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

void ColumnMapping::applyConstants(const Constants &constants)
{
    const KindSpec &spec = kindSpec(m_kind);
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (const auto it = constants.constFind(spec.columns.at(c).name);
            it != constants.constEnd() && m_fileColumnOf.at(c) < 0) {
            m_constants.insert(c, *it);
        }
    }
}

std::optional<ColumnMapping> ColumnMapping::match(Kind kind, const QStringList &header, const HeaderTable &table,
                                                  const Constants &constants)
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
    m.applyConstants(constants);
    if (!m.requiredPresent()) {
        return std::nullopt;
    }
    QHash<QString, int> counts;
    int canonical = 0; // cells that are Funnelscope's own column names ("date", "impressions")
    for (int f = 0; f < header.size(); ++f) {
        if (m.usesFileColumn(f)) {
            const QString name = normalisedHeader(header.at(f));
            canonical += std::any_of(spec.columns.begin(), spec.columns.end(),
                                     [&](const ColumnSpec &c) { return c.name == name; });
            for (const QString &code : Vocabulary::genericLanguages(kind, name)) {
                ++counts[code];
            }
        }
    }
    // A header of our own names is in no other language, even where French also writes "date" and "impressions".
    const int most = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    m.m_language = canonical >= most ? QString() : Vocabulary::best(counts);
    return m;
}

QString ColumnMapping::title() const
{
    if (!m_preset) {
        return m_language.isEmpty() ? QString()
                                    : Import::tr("column names in %1").arg(Vocabulary::languageName(m_language));
    }
    return m_language.isEmpty() ? m_preset->title
                                : QStringLiteral("%1 (%2)").arg(m_preset->title, Vocabulary::languageName(m_language));
}

bool ColumnMapping::requiredPresent() const
{
    const KindSpec &spec = kindSpec(m_kind);
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns.at(c).required && !has(c)) {
            return false;
        }
    }
    return true;
}

std::optional<ColumnMapping> ColumnMapping::match(const Preset &preset, const QStringList &header,
                                                  const HeaderTable &overrides, const Constants &constants)
{
    const KindSpec &spec = kindSpec(preset.kind);
    const auto indexOf = [&](const QString &name) {
        for (int c = 0; c < spec.columns.size(); ++c) {
            if (spec.columns.at(c).name == name) {
                return c;
            }
        }
        return -1;
    };
    ColumnMapping m;
    m.m_kind = preset.kind;
    m.m_header = header;
    m.m_preset = &preset;
    m.m_fileColumnOf = QList<int>(spec.columns.size(), -1);
    QList<bool> used(header.size(), false);
    QList<QString> normalised;
    for (const QString &h : header) {
        normalised.append(normalisedHeader(h));
    }
    // The user's choices first, then the preset's headers in the order it lists them.
    for (int f = 0; f < header.size(); ++f) {
        const auto it = overrides.constFind(normalised.at(f));
        if (it == overrides.constEnd()) {
            continue;
        }
        used[f] = true;
        if (const int c = indexOf(*it); c >= 0 && m.m_fileColumnOf[c] < 0) {
            m.m_fileColumnOf[c] = f;
        }
    }
    // Earlier patterns win: "opportunity id" before "opportunity name" when a file has both.
    for (const auto &[name, patterns] : preset.columns) {
        const int c = indexOf(name);
        for (const QString &pattern : patterns) {
            for (int f = 0; f < header.size() && m.m_fileColumnOf.at(c) < 0; ++f) {
                if (!used.at(f) && Preset::matchesHeader(pattern, normalised.at(f))) {
                    m.m_fileColumnOf[c] = f;
                    used[f] = true;
                }
            }
        }
    }
    // Stand-ins only for what the file has no header of its own for: "Ad set name" is the campaign only without
    // "Campaign name".
    for (const auto &[name, patterns] : preset.standIns) {
        const int c = indexOf(name);
        for (const QString &pattern : patterns) {
            for (int f = 0; f < header.size() && m.m_fileColumnOf.at(c) < 0; ++f) {
                if (!used.at(f) && Preset::matchesHeader(pattern, normalised.at(f))) {
                    m.m_fileColumnOf[c] = f;
                    m.m_standIns.insert(c, f);
                    used[f] = true;
                }
            }
        }
    }
    const auto findUnused = [&](const QStringList &patterns) {
        for (const QString &pattern : patterns) {
            for (int f = 0; f < header.size(); ++f) {
                if (!used.at(f) && Preset::matchesHeader(pattern, normalised.at(f))) {
                    used[f] = true;
                    return f;
                }
            }
        }
        return -1;
    };
    m.m_activeFromColumn = findUnused(preset.activeFrom);
    m.m_activeToColumn = findUnused(preset.activeTo);
    const int dateColumn = m.m_fileColumnOf.value(indexOf(spec.dateColumn), -1);
    const bool periodStart =
        dateColumn >= 0 && std::any_of(preset.rangeStart.begin(), preset.rangeStart.end(),
                                       [&](const QString &p) { return Preset::matches(p, normalised.at(dateColumn)); });
    for (const QString &pattern : periodStart ? preset.rangeEnd : QStringList()) {
        for (int f = 0; f < header.size() && m.m_rangeEndColumn < 0; ++f) {
            if (!used.at(f) && Preset::matches(pattern, normalised.at(f))) {
                m.m_rangeEndColumn = f;
                used[f] = true;
            }
        }
    }
    for (const auto &product : preset.products) {
        const QStringList &factors = product.second;
        const int c = indexOf(product.first);
        if (m.m_fileColumnOf.at(c) >= 0) {
            continue;
        }
        std::pair<int, int> columns{-1, -1};
        for (int f = 0; f < header.size(); ++f) {
            const auto is = [&](int i) {
                return Preset::matchesHeader(factors.at(i), normalised.at(f));
            };
            if (columns.first < 0 && is(0)) {
                columns.first = f;
            } else if (columns.second < 0 && is(1)) {
                columns.second = f;
            }
        }
        if (columns.first >= 0 && columns.second >= 0) {
            m.m_products.insert(c, columns);
        }
    }
    m.applyConstants(constants); // the user's, before the preset's own
    for (const Preset::Conditional &conditional : preset.conditionals) {
        const int c = indexOf(conditional.column);
        if (m.m_fileColumnOf.at(c) >= 0 || m.m_products.contains(c)) {
            continue; // the file has the column itself
        }
        const auto find = [&](const QStringList &patterns) {
            for (const QString &pattern : patterns) {
                for (int f = 0; f < header.size(); ++f) {
                    if (!used.at(f) && Preset::matches(pattern, normalised.at(f))) {
                        return f;
                    }
                }
            }
            return -1;
        };
        const Condition condition{find(conditional.value), find(conditional.when), conditional.is};
        if (condition.value >= 0 && condition.when >= 0) {
            m.m_conditions.insert(c, condition);
        }
    }
    for (int f = 0; f < header.size(); ++f) {
        if (std::any_of(preset.labelHeaders.begin(), preset.labelHeaders.end(),
                        [&](const QString &pattern) { return Preset::matches(pattern, normalised.at(f)); })) {
            m.m_labelColumns.append(f);
        }
    }
    for (auto it = preset.constants.constBegin(); it != preset.constants.constEnd(); ++it) {
        if (const int c = indexOf(it.key()); m.m_fileColumnOf.at(c) < 0 && !m.m_constants.contains(c)) {
            m.m_constants.insert(c, it.value());
        }
    }
    if (const int date = indexOf(spec.dateColumn);
        preset.rangeInPreamble && date >= 0 && m.m_fileColumnOf.at(date) < 0) {
        m.m_constants.insert(date, QStringLiteral("")); // the inspector reads the range above the header
    }
    if (!m.requiredPresent() || m.matchedCount() == 0) {
        return std::nullopt;
    }
    // The language whose words name the most of the header's cells.
    QHash<QString, int> counts;
    for (const Preset::Language &language : preset.languages) {
        for (const QString &h : normalised) {
            if (!h.isEmpty() && std::any_of(language.headers.begin(), language.headers.end(),
                                            [&](const QString &p) { return Preset::matchesHeader(p, h); })) {
                ++counts[language.code];
            }
        }
    }
    m.m_language = Vocabulary::best(counts);
    return m;
}

std::optional<ColumnMapping> ColumnMapping::detect(const QStringList &header, const HeaderTable &overrides,
                                                   QStringView preset, std::optional<Kind> kind,
                                                   const Constants &constants)
{
    if (preset != u"auto" && preset != u"generic") {
        const Preset *p = Preset::find(preset);
        return p && (!kind || p->kind == *kind) ? match(*p, header, overrides, constants) : std::nullopt;
    }
    std::optional<ColumnMapping> best =
        kind ? match(*kind, header, genericTable(*kind, overrides), constants) : detect(header, overrides, constants);
    if (preset == u"generic") {
        return best;
    }
    const auto signed_ = [&](const ColumnMapping &m) {
        for (const QString &h : header) {
            const QString n = normalisedHeader(h);
            for (const QString &s : m.m_preset->signature) {
                if (Preset::matchesHeader(s, n)) {
                    return true;
                }
            }
        }
        return false;
    };
    bool bestSigned = false;
    QStringList normalised;
    for (const QString &h : header) {
        normalised.append(normalisedHeader(h));
    }
    for (const Preset *preset : Preset::all()) {
        const Preset &p = *preset;
        if (kind && p.kind != *kind) {
            continue;
        }
        std::optional<ColumnMapping> m = match(p, header, overrides, constants);
        if (m && p.exactHeader == normalised) {
            return m; // the user's own preset for exactly this header
        }
        if (!m) {
            continue;
        }
        // A tool is only guessed from a header only it writes: "date,campaign,cost" without a channel is a file
        // missing its channel, not a Google Ads export.
        const bool isSigned = signed_(*m);
        if (!isSigned) {
            continue;
        }
        // More recognised columns win; then the surer match. Generic wins ties.
        const auto key = [](const ColumnMapping &x, bool s) {
            return std::tuple(x.fileColumnsUsed(), s, x.confidence());
        };
        if (!best || key(*m, isSigned) > key(*best, bestSigned)) {
            best = m;
            bestSigned = isSigned;
        }
    }
    return best;
}

std::optional<ColumnMapping> ColumnMapping::detect(const QStringList &header, const HeaderTable &overrides,
                                                   const Constants &constants)
{
    std::optional<ColumnMapping> best;
    for (const KindSpec &spec : allKinds()) {
        auto m = match(spec.kind, header, genericTable(spec.kind, overrides), constants);
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

Preset ColumnMapping::toPreset(const QString &title, std::optional<DateOrder> dateOrder) const
{
    const KindSpec &spec = kindSpec(m_kind);
    // Every rule of the preset the mapping was made from; only the columns and the detection are the user's own.
    Preset p = m_preset ? *m_preset : Preset();
    p.id.clear();
    p.title = title;
    p.kind = m_kind;
    if (dateOrder) {
        p.dateOrder = dateOrder;
    }
    // Offered for exactly this header, never guessed for other files from the tool's own headers.
    p.signature.clear();
    p.columns.clear();
    p.standIns.clear();
    p.constants.clear();
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (m_fileColumnOf.at(c) >= 0) {
            p.columns.append({spec.columns.at(c).name, {normalisedHeader(m_header.at(m_fileColumnOf.at(c)))}});
        }
    }
    for (auto it = m_constants.begin(); it != m_constants.end(); ++it) {
        const QString &name = spec.columns.at(it.key()).name;
        // A range report's date is the range read from each file, not this file's first day.
        if (name == spec.dateColumn && p.rangeInPreamble) {
            continue;
        }
        p.constants.insert(name, it.value());
    }
    // The products and conditions the mapping uses, read from this file's headers.
    p.products.clear();
    for (auto it = m_products.begin(); it != m_products.end(); ++it) {
        p.products.append({spec.columns.at(it.key()).name,
                           {normalisedHeader(m_header.at(it->first)), normalisedHeader(m_header.at(it->second))}});
    }
    p.conditionals.clear();
    for (auto it = m_conditions.begin(); it != m_conditions.end(); ++it) {
        p.conditionals.append({spec.columns.at(it.key()).name,
                               {normalisedHeader(m_header.at(it->value))},
                               {normalisedHeader(m_header.at(it->when))},
                               it->is});
    }
    p.exactHeader.clear();
    for (const QString &h : m_header) {
        p.exactHeader.append(normalisedHeader(h));
    }
    return p;
}

bool ColumnMapping::needsRangeDate() const
{
    if (!m_preset || !m_preset->rangeInPreamble) {
        return false;
    }
    const KindSpec &spec = kindSpec(m_kind);
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns.at(c).name == spec.dateColumn) {
            return m_fileColumnOf.at(c) < 0 && m_constants.value(c).isEmpty();
        }
    }
    return false;
}

bool ColumnMapping::has(int canonical) const
{
    return m_fileColumnOf.at(canonical) >= 0 || m_constants.contains(canonical) || m_products.contains(canonical) ||
           m_conditions.contains(canonical);
}

const ColumnMapping::Condition *ColumnMapping::condition(int canonical) const
{
    const auto it = m_conditions.constFind(canonical);
    return it == m_conditions.constEnd() ? nullptr : &*it;
}

bool ColumnMapping::usesFileColumn(int f) const
{
    if (m_fileColumnOf.contains(f) ||
        (f >= 0 && (f == m_rangeEndColumn || f == m_activeFromColumn || f == m_activeToColumn))) {
        return true;
    }
    return std::any_of(m_products.begin(), m_products.end(),
                       [f](const std::pair<int, int> &p) { return p.first == f || p.second == f; }) ||
           std::any_of(m_conditions.begin(), m_conditions.end(),
                       [f](const Condition &c) { return c.value == f || c.when == f; });
}

int ColumnMapping::fileColumnsUsed() const
{
    int used = 0;
    for (int f = 0; f < m_header.size(); ++f) {
        used += usesFileColumn(f);
    }
    return used;
}

double ColumnMapping::confidence() const
{
    int named = 0;
    int known = 0;
    for (int f = 0; f < m_header.size(); ++f) {
        const QString h = normalisedHeader(m_header.at(f));
        if (h.isEmpty()) {
            continue;
        }
        ++named;
        known += usesFileColumn(f) ||
                 (m_preset && std::any_of(m_preset->otherHeaders.begin(), m_preset->otherHeaders.end(),
                                          [&](const QString &p) { return Preset::matchesHeader(p, h); }));
    }
    return named ? double(known) / named : 0;
}

QStringList ColumnMapping::ignored() const
{
    QStringList out;
    for (int f = 0; f < m_header.size(); ++f) {
        if (!usesFileColumn(f) && !m_header.at(f).trimmed().isEmpty()) {
            out.append(m_header.at(f).trimmed());
        }
    }
    return out;
}

} // namespace funnelscope

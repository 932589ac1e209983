#include "preset.h"

#include "i18n/contexts.h"
#include "vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <deque>
#include <mutex>

namespace funnelscope {

namespace {

QStringList lowerStrings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        out.append(v.toString().trimmed().toLower());
    }
    return out;
}

QList<std::pair<QString, QStringList>> columnLists(const QJsonValue &value)
{
    QList<std::pair<QString, QStringList>> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        out.append({it.key(), lowerStrings(it.value())});
    }
    return out;
}

// Products: "column": [a, b], or one pair per way of writing it ("column": [[a, b], [c, d]]), as a preset with
// several languages is saved.
QList<std::pair<QString, QStringList>> productLists(const QJsonValue &value)
{
    QList<std::pair<QString, QStringList>> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray array = it.value().toArray();
        if (!array.isEmpty() && array.first().isArray()) {
            for (const QJsonValue &pair : array) {
                out.append({it.key(), lowerStrings(pair)});
            }
        } else {
            out.append({it.key(), lowerStrings(it.value())});
        }
    }
    return out;
}

// Every header pattern a preset's file names (not its footers): what tells its language.
QStringList headerPatterns(const QJsonObject &o)
{
    QStringList out;
    for (const char16_t *key : {u"columns", u"products"}) {
        const QJsonObject columns = o.value(key).toObject();
        for (auto it = columns.begin(); it != columns.end(); ++it) {
            out += lowerStrings(it.value());
        }
    }
    const QJsonObject conditionals = o.value(u"conditional").toObject();
    for (auto it = conditionals.begin(); it != conditionals.end(); ++it) {
        out += lowerStrings(it.value().toObject().value(u"value"));
        out += lowerStrings(it.value().toObject().value(u"when"));
    }
    for (const char16_t *key : {u"labelHeaders", u"signature", u"otherHeaders", u"rangeStart", u"rangeEnd"}) {
        out += lowerStrings(o.value(key));
    }
    out.removeDuplicates();
    return out;
}

} // namespace

QString Preset::addLanguage(const QString &code, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return parseError.errorString();
    }
    const QJsonObject o = doc.object();
    const KindSpec &spec = kindSpec(kind);
    const auto rank = [&](const QString &name) {
        return std::find_if(spec.columns.begin(), spec.columns.end(),
                            [&](const ColumnSpec &c) { return c.name == name; }) -
               spec.columns.begin();
    };
    const auto addColumns = [&](QList<std::pair<QString, QStringList>> &list, const QJsonValue &value) -> QString {
        for (const auto &[name, patterns] : columnLists(value)) {
            if (rank(name) == spec.columns.size()) {
                return Import::tr("preset %1 (%2): '%3' is not a column of %4 files").arg(id, code, name, spec.name);
            }
            const auto it = std::find_if(list.begin(), list.end(), [&](const auto &e) { return e.first == name; });
            if (it != list.end()) {
                it->second += patterns;
            } else {
                list.append({name, patterns});
            }
        }
        std::stable_sort(list.begin(), list.end(),
                         [&](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
        return {};
    };
    if (const QString error = addColumns(columns, o.value(u"columns")); !error.isEmpty()) {
        return error;
    }
    for (const auto &[name, factors] : productLists(o.value(u"products"))) {
        if (rank(name) == spec.columns.size() || factors.size() != 2) {
            return Import::tr("preset %1 (%2): the product for '%3' needs two headers").arg(id, code, name);
        }
        this->products.append({name, factors});
    }
    const QJsonObject conditional = o.value(u"conditional").toObject();
    for (auto it = conditional.begin(); it != conditional.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        auto existing = std::find_if(conditionals.begin(), conditionals.end(),
                                     [&](const Conditional &x) { return x.column == it.key(); });
        if (existing == conditionals.end()) {
            if (rank(it.key()) == spec.columns.size()) {
                return Import::tr("preset %1 (%2): '%3' is not a column of %4 files")
                    .arg(id, code, it.key(), spec.name);
            }
            conditionals.append({it.key(), {}, {}, {}});
            existing = conditionals.end() - 1;
        }
        existing->value += lowerStrings(c.value(u"value"));
        existing->when += lowerStrings(c.value(u"when"));
        existing->is += lowerStrings(c.value(u"is"));
    }
    labelHeaders += lowerStrings(o.value(u"labelHeaders"));
    signature += lowerStrings(o.value(u"signature"));
    otherHeaders += lowerStrings(o.value(u"otherHeaders"));
    skipLines += lowerStrings(o.value(u"skipLines"));
    rangeStart += lowerStrings(o.value(u"rangeStart"));
    rangeEnd += lowerStrings(o.value(u"rangeEnd"));
    coarseDates += lowerStrings(o.value(u"coarseDates"));
    languages.append({code, headerPatterns(o)});
    return {};
}

std::optional<Preset> Preset::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Preset p;
    p.id = o.value(u"id").toString();
    p.title = o.value(u"title").toString();
    const std::optional<Kind> kind = kindFromName(o.value(u"kind").toString());
    if (p.id.isEmpty() || p.title.isEmpty() || !kind) {
        *error = Import::tr("a preset needs an id, a title and a kind");
        return std::nullopt;
    }
    p.kind = *kind;
    // In the kind's column order (a JSON object's keys come sorted), for messages and for the mapper.
    const auto inKindOrder = [&](QList<std::pair<QString, QStringList>> list) {
        const QList<ColumnSpec> &columns = kindSpec(*kind).columns;
        const auto rank = [&](const QString &name) {
            return std::find_if(columns.begin(), columns.end(), [&](const ColumnSpec &c) { return c.name == name; }) -
                   columns.begin();
        };
        std::stable_sort(list.begin(), list.end(),
                         [&](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
        return list;
    };
    p.columns = inKindOrder(columnLists(o.value(u"columns")));
    p.products = inKindOrder(productLists(o.value(u"products")));
    const QJsonObject constants = o.value(u"constants").toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        p.constants.insert(it.key(), it.value().toString());
    }
    const QJsonObject conditionals = o.value(u"conditional").toObject();
    for (auto it = conditionals.begin(); it != conditionals.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        p.conditionals.append(
            {it.key(), lowerStrings(c.value(u"value")), lowerStrings(c.value(u"when")), lowerStrings(c.value(u"is"))});
    }
    p.labelHeaders = lowerStrings(o.value(u"labelHeaders"));
    p.signature = lowerStrings(o.value(u"signature"));
    p.otherHeaders = lowerStrings(o.value(u"otherHeaders"));
    p.skipLines = lowerStrings(o.value(u"skipLines"));
    p.coarseDates = lowerStrings(o.value(u"coarseDates"));
    for (const QJsonValue &v : o.value(u"tableEnd").toArray()) {
        p.tableEnd.append(v.toString());
    }
    p.blankLineEndsTable = o.value(u"blankLineEndsTable").toBool();
    p.undatedRowsAreTotals = o.value(u"undatedRowsAreTotals").toBool();
    p.rangeInPreamble = o.value(u"rangeInPreamble").toBool();
    p.rangeStart = lowerStrings(o.value(u"rangeStart"));
    p.rangeEnd = lowerStrings(o.value(u"rangeEnd"));
    p.periodRows = o.value(u"periodRows").toBool();
    p.activeFrom = lowerStrings(o.value(u"activeFrom"));
    p.activeTo = lowerStrings(o.value(u"activeTo"));
    p.standIns = inKindOrder(columnLists(o.value(u"standIns")));
    p.partialTables = lowerStrings(o.value(u"partialTables"));
    p.rangeInOtherFile = o.value(u"rangeInOtherFile").toBool();
    p.exactHeader = lowerStrings(o.value(u"header"));
    for (const QJsonValue &v : o.value(u"micros").toArray()) {
        p.micros.append(v.toString());
    }
    const QString order = o.value(u"dateOrder").toString();
    if (order == u"mdy") {
        p.dateOrder = DateOrder::MonthFirst;
    } else if (order == u"dmy") {
        p.dateOrder = DateOrder::DayFirst;
    }
    // Every name must be a column of the kind: a typo in a preset would silently drop a column.
    const KindSpec &spec = kindSpec(p.kind);
    const auto known = [&](const QString &name) {
        return std::any_of(spec.columns.begin(), spec.columns.end(),
                           [&](const ColumnSpec &c) { return c.name == name; });
    };
    QStringList names;
    for (const auto &[name, _] : p.columns + p.products + p.standIns) {
        names.append(name);
    }
    names += p.constants.keys();
    names += p.micros;
    for (const Conditional &c : p.conditionals) {
        names.append(c.column);
    }
    for (const QString &name : names) {
        if (!known(name)) {
            *error = Import::tr("preset %1: '%2' is not a column of %3 files").arg(p.id, name, spec.name);
            return std::nullopt;
        }
    }
    for (const auto &[name, factors] : p.products) {
        if (factors.size() != 2) {
            *error = Import::tr("preset %1: the product for '%2' needs two headers").arg(p.id, name);
            return std::nullopt;
        }
    }
    for (const Conditional &c : p.conditionals) {
        if (c.value.isEmpty() || c.when.isEmpty() || c.is.isEmpty()) {
            *error = Import::tr("preset %1: the condition for '%2' needs value, when and is").arg(p.id, c.column);
            return std::nullopt;
        }
    }
    return p;
}

namespace {

QList<Preset> readPresets(const QString &folder, bool mustLoad)
{
    QList<Preset> list;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QString error;
        std::optional<Preset> preset;
        QByteArray json;
        if (file.open(QIODevice::ReadOnly)) {
            json = file.readAll();
            preset = Preset::fromJson(json, &error);
        }
        if (preset && mustLoad) {
            // A shipped tool: English from its own file, its other languages from the folder of its name.
            preset->languages.append({QStringLiteral("en"), headerPatterns(QJsonDocument::fromJson(json).object())});
            const QDir languages(dir.filePath(preset->id));
            for (const QString &language : languages.entryList({QStringLiteral("*.json")}, QDir::Files)) {
                QFile words(languages.filePath(language));
                const QString code = language.chopped(5);
                if (!words.open(QIODevice::ReadOnly)) {
                    error = words.errorString();
                } else {
                    error = preset->addLanguage(code, words.readAll());
                }
                if (!error.isEmpty()) {
                    qFatal("broken preset %s/%s: %s", qPrintable(preset->id), qPrintable(language), qPrintable(error));
                }
            }
            std::stable_sort(preset->languages.begin(), preset->languages.end(),
                             [](const Preset::Language &a, const Preset::Language &b) {
                                 return Vocabulary::rank(a.code) < Vocabulary::rank(b.code);
                             });
        }
        if (preset) {
            list.append(*preset);
        } else if (mustLoad) {
            qFatal("broken preset %s: %s", qPrintable(name), qPrintable(error));
        } else {
            qWarning("skipping the preset %s: %s", qPrintable(file.fileName()), qPrintable(error));
        }
    }
    return list;
}

// Shared by the window and the command line (whose application names differ).
QString userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/funnelscope/presets");
}

// The user's presets: loaded once, then added to as they are saved (a deque: the addresses never move).
struct UserPresets
{
    std::mutex mutex;
    std::deque<Preset> presets;
    bool loaded = false;
};

UserPresets &userPresets()
{
    static UserPresets user;
    return user;
}

} // namespace

QList<const Preset *> Preset::all()
{
    static const QList<Preset> shipped = readPresets(QStringLiteral(":/presets"), true);
    QList<const Preset *> list;
    for (const Preset &p : shipped) {
        list.append(&p);
    }
    UserPresets &user = userPresets();
    std::lock_guard lock(user.mutex);
    if (!user.loaded) {
        for (const Preset &p : readPresets(userFolder(), false)) {
            user.presets.push_back(p);
        }
        user.loaded = true;
    }
    // A preset saved again under its name replaces the earlier one.
    for (auto it = user.presets.rbegin(); it != user.presets.rend(); ++it) {
        if (std::none_of(list.begin(), list.end(), [&](const Preset *p) { return p->id == it->id; })) {
            list.append(&*it);
        }
    }
    return list;
}

const Preset *Preset::find(QStringView id)
{
    for (const Preset *p : all()) {
        if (p->id == id) {
            return p;
        }
    }
    return nullptr;
}

QByteArray Preset::toJson() const
{
    // Every field fromJson reads, so that a preset saved from the import dialog keeps every rule of the one it was
    // made from (Meta's lead results, its summary row, a range above the header, ...).
    QJsonObject o{
        {QStringLiteral("id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("kind"), kindName(kind)}};
    const auto lists = [](const QList<std::pair<QString, QStringList>> &list) {
        QJsonObject out;
        for (const auto &[name, patterns] : list) {
            out.insert(name, QJsonArray::fromStringList(patterns));
        }
        return out;
    };
    const auto addList = [&](const char *key, const QStringList &list) {
        if (!list.isEmpty()) {
            o.insert(QLatin1String(key), QJsonArray::fromStringList(list));
        }
    };
    const auto addFlag = [&](const char *key, bool flag) {
        if (flag) {
            o.insert(QLatin1String(key), true);
        }
    };
    o.insert(QStringLiteral("columns"), lists(columns));
    if (!products.isEmpty()) {
        QJsonObject out;
        for (const auto &[name, factors] : products) {
            QJsonArray pairs = out.value(name).toArray();
            pairs.append(QJsonArray::fromStringList(factors));
            out.insert(name, pairs);
        }
        o.insert(QStringLiteral("products"), out);
    }
    if (!standIns.isEmpty()) {
        o.insert(QStringLiteral("standIns"), lists(standIns));
    }
    QJsonObject values;
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        values.insert(it.key(), it.value());
    }
    if (!values.isEmpty()) {
        o.insert(QStringLiteral("constants"), values);
    }
    if (!conditionals.isEmpty()) {
        QJsonObject conditional;
        for (const Conditional &c : conditionals) {
            conditional.insert(c.column, QJsonObject{{QStringLiteral("value"), QJsonArray::fromStringList(c.value)},
                                                     {QStringLiteral("when"), QJsonArray::fromStringList(c.when)},
                                                     {QStringLiteral("is"), QJsonArray::fromStringList(c.is)}});
        }
        o.insert(QStringLiteral("conditional"), conditional);
    }
    addList("labelHeaders", labelHeaders);
    addList("signature", signature);
    addList("otherHeaders", otherHeaders);
    addList("skipLines", skipLines);
    addList("coarseDates", coarseDates);
    addList("tableEnd", tableEnd);
    addFlag("blankLineEndsTable", blankLineEndsTable);
    addFlag("undatedRowsAreTotals", undatedRowsAreTotals);
    addFlag("rangeInPreamble", rangeInPreamble);
    addList("rangeStart", rangeStart);
    addList("rangeEnd", rangeEnd);
    addFlag("periodRows", periodRows);
    addList("activeFrom", activeFrom);
    addList("activeTo", activeTo);
    addList("partialTables", partialTables);
    addFlag("rangeInOtherFile", rangeInOtherFile);
    addList("micros", micros);
    if (dateOrder) {
        o.insert(QStringLiteral("dateOrder"),
                 *dateOrder == DateOrder::MonthFirst ? QStringLiteral("mdy") : QStringLiteral("dmy"));
    }
    addList("header", exactHeader);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString Preset::saveCustom(Preset preset, QString *savedId)
{
    const QString folder = userFolder();
    if (!QDir().mkpath(folder)) {
        return Import::tr("cannot create %1").arg(folder);
    }
    QString slug = preset.title.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    preset.id = QStringLiteral("custom-") + slug;
    QSaveFile file(QStringLiteral("%1/%2.json").arg(folder, preset.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(preset.toJson()) < 0 || !file.commit()) {
        return Import::tr("cannot save the preset: %1").arg(file.errorString());
    }
    if (savedId) {
        *savedId = preset.id;
    }
    UserPresets &user = userPresets();
    std::lock_guard lock(user.mutex);
    user.presets.push_back(std::move(preset));
    return {};
}

QString Preset::availableIds()
{
    QStringList ids{QStringLiteral("auto"), QStringLiteral("generic")};
    for (const Preset *p : all()) {
        ids.append(p->id);
    }
    return ids.join(QStringLiteral(", "));
}

bool Preset::matchesHeader(QStringView pattern, QStringView header)
{
    if (matches(pattern, header)) {
        return true;
    }
    if (!header.contains(u'_')) {
        return false;
    }
    // Most headers' words are joined by single underscores between words: matched as spaces in place, without
    // making a string for every pattern tried (a file of 30,000 columns meets every preset's patterns in every
    // language). Runs of them, or one at an end, are simplified first.
    if (header.startsWith(u'_') || header.endsWith(u'_') || header.contains(u"__") || header.contains(u' ')) {
        return matches(pattern, header.toString().replace(u'_', u' ').simplified());
    }
    return matches(pattern, header, true);
}

// Glob matching with `*` only; everything else literal. Greedy with one backtrack point (the last star), so any
// pattern takes at most |pattern| × |text| steps: a header full of stars cannot stall an import.
bool Preset::matches(QStringView pattern, QStringView text, bool underscoreIsSpace)
{
    const auto at = [&](qsizetype i) {
        const QChar c = text.at(i);
        return underscoreIsSpace && c == u'_' ? QChar(u' ') : c;
    };
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            resume = t;
        } else if (p < pattern.size() && pattern.at(p) == at(t)) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*') {
        ++p;
    }
    return p == pattern.size();
}

} // namespace funnelscope

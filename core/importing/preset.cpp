#include "preset.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace

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
        *error = QStringLiteral("a preset needs an id, a title and a kind");
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
    p.products = inKindOrder(columnLists(o.value(u"products")));
    const QJsonObject constants = o.value(u"constants").toObject();
    for (auto it = constants.begin(); it != constants.end(); ++it) {
        p.constants.insert(it.key(), it.value().toString());
    }
    p.signature = lowerStrings(o.value(u"signature"));
    p.otherHeaders = lowerStrings(o.value(u"otherHeaders"));
    p.skipLines = lowerStrings(o.value(u"skipLines"));
    for (const QJsonValue &v : o.value(u"tableEnd").toArray()) {
        p.tableEnd.append(v.toString());
    }
    p.blankLineEndsTable = o.value(u"blankLineEndsTable").toBool();
    p.undatedRowsAreTotals = o.value(u"undatedRowsAreTotals").toBool();
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
    for (const auto &[name, _] : p.columns + p.products) {
        names.append(name);
    }
    names += p.constants.keys();
    for (const QString &name : names) {
        if (!known(name)) {
            *error = QStringLiteral("preset %1: '%2' is not a column of %3 files").arg(p.id, name, spec.name);
            return std::nullopt;
        }
    }
    for (const auto &[name, factors] : p.products) {
        if (factors.size() != 2) {
            *error = QStringLiteral("preset %1: the product for '%2' needs two headers").arg(p.id, name);
            return std::nullopt;
        }
    }
    return p;
}

const QList<Preset> &Preset::all()
{
    static const QList<Preset> presets = [] {
        QList<Preset> list;
        const QDir dir(QStringLiteral(":/presets"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            QString error;
            std::optional<Preset> preset;
            if (file.open(QIODevice::ReadOnly)) {
                preset = fromJson(file.readAll(), &error);
            }
            if (!preset) {
                qFatal("broken preset %s: %s", qPrintable(name), qPrintable(error));
            }
            list.append(*preset);
        }
        return list;
    }();
    return presets;
}

const Preset *Preset::find(QStringView id)
{
    for (const Preset &p : all()) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

QString Preset::availableIds()
{
    QStringList ids{QStringLiteral("auto"), QStringLiteral("generic")};
    for (const Preset &p : all()) {
        ids.append(p.id);
    }
    return ids.join(QStringLiteral(", "));
}

// Glob matching with `*` only; everything else literal.
bool Preset::matches(QStringView pattern, QStringView text)
{
    const qsizetype star = pattern.indexOf(u'*');
    if (star < 0) {
        return pattern == text;
    }
    const QStringView head = pattern.left(star);
    if (!text.startsWith(head)) {
        return false;
    }
    const QStringView rest = pattern.mid(star + 1);
    for (qsizetype i = star; i <= text.size(); ++i) {
        if (matches(rest, text.mid(i))) {
            return true;
        }
    }
    return false;
}

} // namespace funnelscope

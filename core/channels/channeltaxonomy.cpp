#include "channeltaxonomy.h"

#include "i18n/contexts.h"
#include "store/channelaliasstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace funnelscope {

namespace {

bool codePointLess(const QString &a, const QString &b)
{
    // UTF-8 bytes compare in code-point order, UTF-16 units do not (as the KPI engine sorts names).
    return a.toUtf8() < b.toUtf8();
}

} // namespace

QString ChannelTaxonomy::key(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool space = false;
    for (const QChar c : name) {
        if (c.isSpace() || c == u'_') {
            space = true;
            continue;
        }
        if (c == u'/') {
            // Spaces around '/' do not count: "google / cpc" is "google/cpc".
            space = false;
            while (out.endsWith(u' ')) {
                out.chop(1);
            }
            out.append(c);
            continue;
        }
        if (space && !out.isEmpty() && !out.endsWith(u'/')) {
            out.append(u' ');
        }
        space = false;
        out.append(c);
    }
    return out.toCaseFolded();
}

const ChannelTaxonomy &ChannelTaxonomy::defaults()
{
    static const ChannelTaxonomy taxonomy = [] {
        ChannelTaxonomy t;
        QFile f(QStringLiteral(":/channels/channels.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("the default channel taxonomy is missing from the resources");
            return t;
        }
        const QJsonArray channels = QJsonDocument::fromJson(f.readAll()).object().value(u"channels").toArray();
        for (const QJsonValue &v : channels) {
            const QJsonObject channel = v.toObject();
            const QString name = channel.value(u"name").toString();
            t.m_defaultNames.append(name);
            t.m_spelling.insert(key(name), name);
            t.m_default.insert(key(name), name);
            for (const QJsonValue &alias : channel.value(u"aliases").toArray()) {
                t.m_default.insert(key(alias.toString()), name);
            }
        }
        return t;
    }();
    return taxonomy;
}

ChannelTaxonomy ChannelTaxonomy::forWorkspace(const Workspace &workspace)
{
    ChannelTaxonomy t = defaults();
    const std::optional<QList<StoredAlias>> stored = ChannelAliasStore(workspace).aliases();
    if (!stored) {
        return t;
    }
    for (const StoredAlias &s : *stored) {
        const Alias a{s.alias, s.canonical};
        t.m_user.insert(key(a.alias), a);
    }
    // A target that is a known canonical channel in other letters is that channel.
    for (auto it = t.m_user.begin(); it != t.m_user.end(); ++it) {
        it->canonical = t.spelling(it->canonical);
    }
    return t;
}

QString ChannelTaxonomy::spelling(const QString &canonical) const
{
    return m_spelling.value(key(canonical), canonical);
}

QString ChannelTaxonomy::canonical(QStringView name) const
{
    const QString k = key(name);
    if (const auto it = m_user.constFind(k); it != m_user.constEnd()) {
        return it->canonical;
    }
    return m_default.value(k, name.toString());
}

QString ChannelTaxonomy::defaultCanonical(QStringView name) const
{
    return m_default.value(key(name), name.toString());
}

std::optional<QString> ChannelTaxonomy::userCanonical(QStringView name) const
{
    if (const auto it = m_user.constFind(key(name)); it != m_user.constEnd()) {
        return it->canonical;
    }
    return std::nullopt;
}

QStringList ChannelTaxonomy::canonicalNames() const
{
    QStringList names = m_defaultNames;
    QStringList own;
    for (const Alias &a : m_user) {
        if (!m_spelling.contains(key(a.canonical)) && !own.contains(a.canonical)) {
            own.append(a.canonical);
        }
    }
    std::sort(own.begin(), own.end(), codePointLess);
    return names + own;
}

QList<ChannelTaxonomy::Alias> ChannelTaxonomy::userAliases() const
{
    QList<Alias> list(m_user.begin(), m_user.end());
    std::sort(list.begin(), list.end(), [](const Alias &a, const Alias &b) { return codePointLess(a.alias, b.alias); });
    return list;
}

QString ChannelTaxonomy::setAlias(Workspace &workspace, const QString &alias, const QString &canonical)
{
    const QString name = alias.trimmed();
    const QString target = canonical.trimmed();
    if (key(name).isEmpty()) {
        return WorkspaceText::tr("a channel alias needs a name");
    }
    ChannelAliasStore store(workspace);
    return target.isEmpty() ? store.remove(key(name)) : store.put({key(name), name, target});
}

QString ChannelTaxonomy::resetAliases(Workspace &workspace)
{
    return ChannelAliasStore(workspace).removeAll();
}

std::optional<std::pair<QString, QString>> ChannelTaxonomy::parseAssignment(QStringView text)
{
    const qsizetype at = text.lastIndexOf(u'=');
    if (at <= 0) {
        return std::nullopt;
    }
    const QString name = text.left(at).trimmed().toString();
    if (key(name).isEmpty()) {
        return std::nullopt;
    }
    return std::pair{name, text.mid(at + 1).trimmed().toString()};
}

ChannelTaxonomy::Groups ChannelTaxonomy::group(const QList<std::pair<qint64, QString>> &stored) const
{
    Groups g;
    g.m_owned = std::make_shared<const ChannelTaxonomy>(*this);
    g.m_taxonomy = g.m_owned.get();
    QList<std::pair<qint64, QString>> byId = stored;
    std::sort(byId.begin(), byId.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QHash<QString, QString> nameOfKey;
    for (const auto &[id, name] : std::as_const(byId)) {
        const QString canonicalName = canonical(name);
        const QString k = key(canonicalName);
        QList<qint64> &ids = g.m_idsByKey[k];
        if (ids.isEmpty()) {
            nameOfKey.insert(k, canonicalName);
        } else {
            g.m_merges.append({id, ids.constFirst()});
        }
        ids.append(id);
        g.m_nameOfId.insert(id, nameOfKey.value(k));
    }
    return g;
}

ChannelTaxonomy::Groups ChannelTaxonomy::groupsOf(const Workspace &workspace)
{
    return forWorkspace(workspace).group(ChannelAliasStore(workspace).channels());
}

QStringList ChannelTaxonomy::storedNames(const Workspace &workspace)
{
    QStringList names;
    for (const auto &[id, name] : ChannelAliasStore(workspace).channels()) {
        names.append(name);
    }
    std::sort(names.begin(), names.end(), codePointLess);
    return names;
}

QList<qint64> ChannelTaxonomy::Groups::idsOf(QStringView name) const
{
    // A group's own name first (what the filter lists show), then any name that maps to one.
    if (const auto it = m_idsByKey.constFind(key(name)); it != m_idsByKey.constEnd()) {
        return *it;
    }
    if (!m_taxonomy) {
        return {};
    }
    return m_idsByKey.value(key(m_taxonomy->canonical(name)));
}

qint64 ChannelTaxonomy::Groups::representative(QStringView name) const
{
    const QList<qint64> ids = idsOf(name);
    return ids.isEmpty() ? -1 : ids.constFirst();
}

QStringList ChannelTaxonomy::Groups::names() const
{
    QStringList names;
    for (const QList<qint64> &ids : m_idsByKey) {
        names.append(m_nameOfId.value(ids.constFirst()));
    }
    std::sort(names.begin(), names.end(), codePointLess);
    return names;
}

} // namespace funnelscope

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace funnelscope {

class Workspace;

// One channel taxonomy: which canonical channel a stored channel name stands for. The default taxonomy is data
// (resources/channels/channels.json, documented in docs/channels.md); the workspace's own aliases (the
// channel_aliases table, edited in File → Channels… or with funnelscope-cli channels --alias) override it. Names
// match ignoring case, surrounding spaces, '_' against ' ' and spaces around '/'. It is applied when KPIs are
// computed, never at import: stored rows keep the name they were imported with, so an edited alias changes the
// numbers without a re-import. It does not decide what a channel costs or whether it is paid.
class ChannelTaxonomy
{
public:
    // The default taxonomy alone.
    static const ChannelTaxonomy &defaults();
    // The defaults with the workspace's aliases over them.
    static ChannelTaxonomy forWorkspace(const Workspace &workspace);

    // The canonical channel of a name: the user's alias, else the default taxonomy's, else the name as it is.
    QString canonical(QStringView name) const;
    // What the default taxonomy alone says (the name itself when it does not know it).
    QString defaultCanonical(QStringView name) const;
    // The user's alias for name, if any.
    std::optional<QString> userCanonical(QStringView name) const;
    // The default taxonomy's canonical channels, in its order, then the user's own targets.
    QStringList canonicalNames() const;
    // The key names are matched by: "DIRECT_TRAFFIC", " direct traffic " and "Direct  Traffic" share one.
    static QString key(QStringView name);

    struct Alias
    {
        QString alias;     // the name as the user wrote it
        QString canonical; // the channel it stands for
    };
    QList<Alias> userAliases() const;

    // Sets (or, with an empty canonical, removes) the workspace's alias for a name; returns an error, or empty.
    static QString setAlias(Workspace &workspace, const QString &alias, const QString &canonical);
    // Removes every alias of the workspace: the default taxonomy applies again.
    static QString resetAliases(Workspace &workspace);
    // "Direct Traffic=Direct" as --alias writes it (the name is what comes before the last '='; an empty canonical
    // removes the alias).
    static std::optional<std::pair<QString, QString>> parseAssignment(QStringView text);

    // The stored channels as the taxonomy groups them. Channels whose canonical names share a key are one group,
    // shown under the canonical name (for names no taxonomy knows, the spelling of the earliest stored one).
    class Groups
    {
    public:
        // The group's name for a stored channel id (the id's own name when it is in no group: never happens for
        // an id of the channels table).
        QString nameOf(qint64 id) const { return m_nameOfId.value(id); }
        // The stored channel ids of the group a name (any alias of it, or its canonical name) belongs to, ascending;
        // empty when no stored channel maps there.
        QList<qint64> idsOf(QStringView name) const;
        // Every group's name, sorted by code point.
        QStringList names() const;
        // The smallest stored id of each id's group, for ids that are not the smallest of theirs: grouping by
        // channel maps each row's id through these, so a group's sums are summed before any ratio.
        const QList<std::pair<qint64, qint64>> &merges() const { return m_merges; }
        // The id a grouped query reports a group's sums under (its smallest), or -1.
        qint64 representative(QStringView name) const;

    private:
        friend class ChannelTaxonomy;
        ChannelTaxonomy const *m_taxonomy = nullptr;
        QHash<qint64, QString> m_nameOfId;
        QHash<QString, QList<qint64>> m_idsByKey; // by key of the group's name
        QList<std::pair<qint64, qint64>> m_merges;
        std::shared_ptr<const ChannelTaxonomy> m_owned;
    };
    // Groups the stored channels (id, name); the result keeps its own copy of this taxonomy.
    Groups group(const QList<std::pair<qint64, QString>> &stored) const;
    // Every channel name the workspace stores, as imported, sorted by code point.
    static QStringList storedNames(const Workspace &workspace);
    // The groups of the workspace's stored channels under its taxonomy.
    static Groups groupsOf(const Workspace &workspace);

private:
    QString spelling(const QString &canonical) const;

    QHash<QString, QString> m_default;  // key of a name → its canonical channel
    QStringList m_defaultNames;         // the canonical channels, in the file's order
    QHash<QString, QString> m_spelling; // key of a canonical channel → its spelling
    QHash<QString, Alias> m_user;       // key of the user's name → the alias
};

} // namespace funnelscope

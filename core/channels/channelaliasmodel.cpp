#include "channelaliasmodel.h"

#include "store/workspace.h"

#include <QSqlError>

namespace funnelscope {

void ChannelAliasModel::load(const Workspace &workspace)
{
    beginResetModel();
    const ChannelTaxonomy taxonomy = ChannelTaxonomy::forWorkspace(workspace);
    m_rows.clear();
    for (const QString &name : ChannelTaxonomy::storedNames(workspace)) {
        const QString channel = taxonomy.canonical(name);
        m_rows.append({name, taxonomy.defaultCanonical(name), channel, channel});
    }
    m_canonicalNames = taxonomy.canonicalNames();
    m_reset = false;
    endResetModel();
}

void ChannelAliasModel::resetToDefaults()
{
    for (Row &r : m_rows) {
        r.channel = r.byDefault;
    }
    m_reset = true;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, Channel), index(int(m_rows.size()) - 1, Origin));
    }
}

bool ChannelAliasModel::isChanged() const
{
    return m_reset || std::any_of(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.channel != r.loaded; });
}

QString ChannelAliasModel::save(Workspace &workspace)
{
    if (!isChanged()) {
        return {};
    }
    QSqlDatabase &db = workspace.database();
    if (!db.transaction()) {
        return db.lastError().text();
    }
    QString error = m_reset ? ChannelTaxonomy::resetAliases(workspace) : QString();
    for (const Row &r : std::as_const(m_rows)) {
        if (!error.isEmpty()) {
            break;
        }
        if (r.channel == r.loaded && !m_reset) {
            continue;
        }
        // A name back at its default needs no alias; any other is the user's.
        const bool byDefault = ChannelTaxonomy::key(r.channel) == ChannelTaxonomy::key(r.byDefault);
        if (!byDefault || !m_reset) {
            error = ChannelTaxonomy::setAlias(workspace, r.stored, byDefault ? QString() : r.channel);
        }
    }
    if (!error.isEmpty() || !db.commit()) {
        if (error.isEmpty()) {
            error = db.lastError().text();
        }
        db.rollback();
        return error;
    }
    load(workspace);
    return {};
}

int ChannelAliasModel::rowOf(const QString &stored) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).stored == stored) {
            return i;
        }
    }
    return -1;
}

int ChannelAliasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelAliasModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelAliasModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::EditRole)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    switch (index.column()) {
    case Stored:
        return r.stored;
    case Channel:
        return r.channel;
    case Origin:
        if (ChannelTaxonomy::key(r.channel) != ChannelTaxonomy::key(r.byDefault)) {
            return tr("your alias");
        }
        return r.byDefault == r.stored ? tr("as imported") : tr("default taxonomy");
    default:
        return {};
    }
}

bool ChannelAliasModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || role != Qt::EditRole || !index.isValid() || index.column() != Channel) {
        return false;
    }
    QString channel = value.toString().trimmed();
    Row &r = m_rows[index.row()];
    if (channel.isEmpty()) {
        channel = r.byDefault; // an empty channel: back to the default
    }
    // A canonical channel in other letters is that channel.
    for (const QString &name : std::as_const(m_canonicalNames)) {
        if (ChannelTaxonomy::key(name) == ChannelTaxonomy::key(channel)) {
            channel = name;
            break;
        }
    }
    if (channel == r.channel) {
        return true;
    }
    r.channel = channel;
    emit dataChanged(this->index(index.row(), Channel), this->index(index.row(), Origin));
    return true;
}

Qt::ItemFlags ChannelAliasModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Channel && !m_readOnly) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QVariant ChannelAliasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Stored:
        return tr("Name in the imported files");
    case Channel:
        return tr("Counts as channel");
    case Origin:
        return tr("By");
    default:
        return {};
    }
}

} // namespace funnelscope

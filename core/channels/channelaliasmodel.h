#pragma once

#include "channeltaxonomy.h"

#include <QAbstractTableModel>

namespace funnelscope {

class Workspace;

// The workspace's stored channel names with the canonical channel each counts as, for File → Channels…: the
// Channel column is editable (unless read-only), edits stay in the model until save() writes them as the
// workspace's aliases. It computes no KPIs.
class ChannelAliasModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelAliasModel)

public:
    enum Column
    {
        Stored,  // the name as imported
        Channel, // the canonical channel it counts as
        Origin,  // the workspace's alias, the default taxonomy, or the name as imported
        ColumnCount
    };

    explicit ChannelAliasModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void load(const Workspace &workspace);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // The canonical channels to choose from: the taxonomy's and the user's own.
    QStringList canonicalNames() const { return m_canonicalNames; }
    // Every row back to the default taxonomy; save() then removes every alias of the workspace.
    void resetToDefaults();
    bool isChanged() const;
    // Writes the edits as the workspace's aliases, in one transaction; returns an error, or empty.
    QString save(Workspace &workspace);
    int rowOf(const QString &stored) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString stored;
        QString byDefault; // what the default taxonomy says
        QString loaded;    // what it counted as when loaded
        QString channel;   // what it counts as now
    };
    QList<Row> m_rows;
    QStringList m_canonicalNames;
    bool m_reset = false;
    bool m_readOnly = false;
};

} // namespace funnelscope

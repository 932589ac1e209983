#pragma once

#include <QDialog>

class QPushButton;
class QTableView;

namespace funnelscope {

class ChannelAliasModel;
class Workspace;

// File → Channels…: the stored channel names with the canonical channel each counts as, editable (a combo box of
// the taxonomy's channels that also takes a new name), with Reset to defaults. OK writes the edits as the
// workspace's aliases through ChannelAliasModel; a read-only workspace is shown, not edited.
class ChannelsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsDialog)

public:
    ChannelsDialog(Workspace &workspace, QWidget *parent = nullptr);

    ChannelAliasModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *resetButton() const { return m_reset; }

signals:
    // The aliases were written: the numbers of every view change.
    void aliasesChanged();

private:
    void save();

    Workspace &m_workspace;
    ChannelAliasModel *m_model;
    QTableView *m_table;
    QPushButton *m_reset;
};

} // namespace funnelscope

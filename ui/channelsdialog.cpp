#include "channelsdialog.h"

#include "channels/channelaliasmodel.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace funnelscope {

namespace {

// Edits a channel with a combo box of the canonical channels that also takes a name of the user's own.
class ChannelDelegate final : public QStyledItemDelegate
{
public:
    ChannelDelegate(const ChannelAliasModel *model, QObject *parent) : QStyledItemDelegate(parent), m_model(model) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("channelEditor"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(m_model->canonicalNames());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
    }

private:
    const ChannelAliasModel *m_model;
};

} // namespace

ChannelsDialog::ChannelsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(new ChannelAliasModel(this)), m_table(new QTableView),
      m_reset(new QPushButton(tr("Reset to defaults")))
{
    setWindowTitle(tr("Channels"));
    setObjectName(QStringLiteral("channelsDialog"));
    const bool readOnly = workspace.isReadOnly();
    m_model->setReadOnly(readOnly);
    m_model->load(workspace);

    auto *intro = new QLabel(
        readOnly ? tr("This workspace is open read-only: its channels are shown, not changed.")
                 : tr("Each channel name of your imported files counts as the channel beside it, in every KPI, filter "
                      "and report. Names of other tools for the same channel (Direct traffic, (direct) / (none), "
                      "DIRECT_TRAFFIC) count as one. Change a channel here: the numbers follow without importing "
                      "anything again."));
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("channelTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ChannelAliasModel::Channel, new ChannelDelegate(m_model, this));
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *buttons =
        new QDialogButtonBox(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (!readOnly) {
        buttons->addButton(m_reset, QDialogButtonBox::ResetRole);
    }
    m_reset->setEnabled(!readOnly);
    connect(m_reset, &QPushButton::clicked, m_model, &ChannelAliasModel::resetToDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 480);
}

void ChannelsDialog::save()
{
    if (m_workspace.isReadOnly()) {
        reject();
        return;
    }
    const bool changed = m_model->isChanged();
    if (const QString error = m_model->save(m_workspace); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Channels"), tr("The channels could not be saved: %1").arg(error));
        return;
    }
    if (changed) {
        emit aliasesChanged();
    }
    accept();
}

} // namespace funnelscope

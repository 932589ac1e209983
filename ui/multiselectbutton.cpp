#include "multiselectbutton.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace funnelscope {

MultiSelectButton::MultiSelectButton(const QString &noun, QWidget *parent)
    : QToolButton(parent), m_noun(noun), m_popup(new QWidget(this)), m_search(new QLineEdit(m_popup)),
      m_list(new QListWidget(m_popup))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAccessibleName(noun);
    m_search->setPlaceholderText(tr("Search %1…").arg(noun.toLower()));
    m_search->setClearButtonEnabled(true);
    m_list->setMinimumSize(260, 240);
    auto *all = new QPushButton(tr("Show all"), m_popup);
    all->setToolTip(tr("No filter: every name counts"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(all);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    auto *menu = new QMenu(this);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(m_popup);
    menu->addAction(action);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, m_search, [this] {
        m_search->clear();
        m_search->setFocus();
    });

    connect(m_search, &QLineEdit::textChanged, m_list, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i) {
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateText();
        emit selectionChanged(selected());
    });
    // No name checked means no filter.
    connect(all, &QPushButton::clicked, this, [this] {
        setSelected({});
        emit selectionChanged(selected());
    });
    updateText();
}

void MultiSelectButton::setNames(const QStringList &names)
{
    const QStringList keep = selected() + m_pending;
    m_pending.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(keep.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    updateText();
}

QStringList MultiSelectButton::selected() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            out.append(m_list->item(i)->text());
        }
    }
    return out;
}

void MultiSelectButton::setSelected(const QStringList &names)
{
    m_pending = m_list->count() == 0 ? names : QStringList();
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->count(); ++i) {
            m_list->item(i)->setCheckState(names.contains(m_list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateText();
}

void MultiSelectButton::updateText()
{
    const QStringList s = selected();
    if (s.isEmpty()) {
        setText(tr("%1: all").arg(m_noun));
    } else if (s.size() == 1) {
        setText(tr("%1: %2").arg(m_noun, fontMetrics().elidedText(s.first(), Qt::ElideRight, 160)));
    } else {
        setText(tr("%1: %2 of %3").arg(m_noun).arg(s.size()).arg(m_list->count()));
    }
    setToolTip(s.isEmpty() ? tr("All %1").arg(m_noun.toLower())
                           : Qt::convertFromPlainText(s.join(u'\n'), Qt::WhiteSpaceNoWrap));
}

} // namespace funnelscope

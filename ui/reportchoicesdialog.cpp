#include "reportchoicesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace funnelscope {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

ReportChoicesDialog::ReportChoicesDialog(const ReportChoices &choices, QWidget *parent)
    : QDialog(parent), m_author(new QLineEdit(choices.author)), m_audience(new QLineEdit(choices.audience)),
      m_sections(new QListWidget), m_commentLabel(new QLabel), m_comment(new QPlainTextEdit),
      m_comments(choices.comments)
{
    setWindowTitle(tr("Export review"));
    m_author->setPlaceholderText(tr("e.g. Anna Nowak"));
    m_audience->setPlaceholderText(tr("e.g. the Board"));
    auto *form = new QFormLayout;
    form->addRow(tr("Prepared &by:"), m_author);
    form->addRow(tr("Prepared &for:"), m_audience);

    for (const QString &id : ReportChoices::sectionIds()) {
        auto *item = new QListWidgetItem(ReportChoices::sectionTitle(id), m_sections);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(choices.shows(id) ? Qt::Checked : Qt::Unchecked);
        markCommented(item);
    }
    auto *sectionsLabel = new QLabel(tr("&Sections (Space ticks or clears the selected one):"));
    sectionsLabel->setBuddy(m_sections);
    m_commentLabel->setBuddy(m_comment);
    m_commentLabel->setWordWrap(true);
    // Tab leaves the box: the comment is plain text, paragraphs separated by a blank line.
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(
        tr("Your comment, printed at the top of this section under your name. Leave a blank line between "
           "paragraphs."));

    auto *all = new QPushButton(tr("&All"));
    auto *none = new QPushButton(tr("&None"));
    auto *choose = new QHBoxLayout;
    choose->addWidget(all);
    choose->addWidget(none);
    choose->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sectionsLabel);
    layout->addWidget(m_sections, 1);
    layout->addLayout(choose);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment, 1);
    layout->addWidget(buttons);
    resize(560, 620);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sections, &QListWidget::currentRowChanged, this, &ReportChoicesDialog::showComment);
    connect(m_sections, &QListWidget::itemChanged, this, &ReportChoicesDialog::sectionsChanged);
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_commented.isEmpty()) {
            m_comments.insert(m_commented, m_comment->toPlainText());
            markCommented(m_sections->currentItem());
        }
    });
    for (auto *button : {all, none}) {
        connect(button, &QPushButton::clicked, this, [this, check = button == all] {
            for (int i = 0; i < m_sections->count(); ++i) {
                m_sections->item(i)->setCheckState(check ? Qt::Checked : Qt::Unchecked);
            }
        });
    }
    // The first section with a comment, else the summary, is the one shown.
    int row = 1;
    for (int i = 0; i < m_sections->count(); ++i) {
        if (!choices.comment(m_sections->item(i)->data(IdRole).toString()).isEmpty()) {
            row = i;
            break;
        }
    }
    m_sections->setCurrentRow(row);
    sectionsChanged();
}

void ReportChoicesDialog::markCommented(QListWidgetItem *item)
{
    // A section with a comment is listed in bold.
    if (item) {
        QFont font = item->font();
        font.setBold(!m_comments.value(item->data(IdRole).toString()).trimmed().isEmpty());
        item->setFont(font);
    }
}

void ReportChoicesDialog::showComment()
{
    const QListWidgetItem *item = m_sections->currentItem();
    m_commented.clear(); // no edit is recorded while the box is refilled
    if (!item) {
        m_commentLabel->setText(tr("&Comment:"));
        m_comment->clear();
        m_comment->setEnabled(false);
        return;
    }
    const QString id = item->data(IdRole).toString();
    m_commentLabel->setText(tr("&Comment on “%1” (printed at the top of that section):").arg(item->text()));
    m_comment->setPlainText(m_comments.value(id));
    m_comment->setEnabled(item->checkState() == Qt::Checked);
    m_commented = id;
}

void ReportChoicesDialog::sectionsChanged()
{
    bool any = false;
    for (int i = 0; i < m_sections->count(); ++i) {
        any = any || m_sections->item(i)->checkState() == Qt::Checked;
    }
    m_export->setEnabled(any);
    if (const QListWidgetItem *item = m_sections->currentItem()) {
        m_comment->setEnabled(item->checkState() == Qt::Checked);
    }
}

ReportChoices ReportChoicesDialog::choices() const
{
    ReportChoices c;
    c.author = m_author->text().trimmed();
    c.audience = m_audience->text().trimmed();
    QStringList checked;
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked) {
            checked.append(m_sections->item(i)->data(IdRole).toString());
        }
    }
    if (checked.size() < m_sections->count()) {
        c.sections = checked;
    }
    for (auto it = m_comments.begin(); it != m_comments.end(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            c.comments.insert(it.key(), it.value());
        }
    }
    return c;
}

} // namespace funnelscope

#pragma once

#include <QToolButton>

class QLineEdit;
class QListWidget;

namespace funnelscope {

// A button that opens a searchable list of names with check boxes ("Channels: all" / "Channels: 2 of 9").
class MultiSelectButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiSelectButton)

public:
    MultiSelectButton(const QString &noun, QWidget *parent = nullptr);

    void setNames(const QStringList &names);
    QStringList selected() const;
    void setSelected(const QStringList &names);

signals:
    void selectionChanged(const QStringList &selected);

private:
    void updateText();

    QString m_noun;
    QStringList m_pending; // selected before the names arrived
    QWidget *m_popup;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace funnelscope

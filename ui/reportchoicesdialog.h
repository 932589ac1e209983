#pragma once

#include "report/reportchoices.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace funnelscope {

// Asked before a review's PDF is written: who prepared it and for whom, which sections it has (a checklist, Space
// toggles the current one; those with a comment in bold) and the user's comment on the section selected in the list. It
// edits ReportChoices; the caller saves them with the review (GoalStore::savePresentation) and writes the PDF.
class ReportChoicesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChoicesDialog)

public:
    explicit ReportChoicesDialog(const ReportChoices &choices, QWidget *parent = nullptr);

    // What the user chose: every section checked is saved as "every section" (an empty list).
    ReportChoices choices() const;

    QLineEdit *author() const { return m_author; }
    QLineEdit *audience() const { return m_audience; }
    QListWidget *sections() const { return m_sections; }
    QPlainTextEdit *comment() const { return m_comment; }
    QPushButton *exportButton() const { return m_export; }

private:
    void showComment();
    void sectionsChanged();
    void markCommented(QListWidgetItem *item);

    QLineEdit *m_author;
    QLineEdit *m_audience;
    QListWidget *m_sections;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QPushButton *m_export;
    QMap<QString, QString> m_comments;
    QString m_commented; // the section whose comment the box shows
};

} // namespace funnelscope

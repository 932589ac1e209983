#pragma once

#include "importing/fileinspector.h"
#include "importing/importresult.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace funnelscope {

// Imports files the way a marketer expects: before anything is written it shows what was detected (kind,
// encoding, delimiter, date order), the column mapping (editable), the first rows as they will be stored and any
// warnings; then it imports off the UI thread with a progress bar and Cancel, and ends with a summary.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QString &workspacePath, const QStringList &files, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSource(const QString &source);
    // The file shown now, and what the dialog detected in it.
    QString currentFile() const;
    const FileLayout &layout() const { return m_layout; }
    QTableWidget *preview() const { return m_preview; }
    QTableWidget *mapping() const { return m_mapping; }
    // The deal stages of the file, each with its won / lost / open choice (a deals file only).
    QTableWidget *stages() const { return m_stages; }
    QComboBox *presetBox() const { return m_preset; }
    QComboBox *decimalBox() const { return m_decimal; }
    QString warnings() const;
    // Saves the current mapping as a preset of the user's, offered for files with the same header.
    void saveMappingAsPreset();
    const QList<ImportResult> &results() const { return m_results; }
    bool isImporting() const { return m_running; }

public slots:
    // Imports the current file and every one after it with the options shown.
    void startImport();
    // Imports this file and every one after it as detected, then shows one summary.
    void startImportAll();
    void cancelImport();

signals:
    void importFinished();
    void allDone();

private:
    ImportOptions options() const;
    void inspect();
    void fillMapping();
    void fillPreview();
    void fillStages();
    void runNext();
    void showSummary();

    QString m_workspacePath;
    QStringList m_files;
    int m_current = 0;
    FileLayout m_layout;
    QHash<QString, QString> m_columns; // the user's mapping edits
    StageMapping m_stageEdits;         // the user's choices in the stage table, remembered by the import
    QList<ImportResult> m_results;
    bool m_running = false;
    bool m_importingAll = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QStackedWidget *m_pages;
    QLabel *m_fileLabel;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QComboBox *m_encoding;
    QLabel *m_delimiter;
    QLabel *m_header;
    QComboBox *m_dateOrder;
    QComboBox *m_decimal; // the numbers' decimal separator: detected, or the user's
    QLineEdit *m_source;
    QLineEdit *m_channel;
    QComboBox *m_currency = nullptr; // the currency of amounts the file does not name
    // The days a report without dates covers, when the file does not say (Search Console's Countries.csv).
    QCheckBox *m_period;
    QDateEdit *m_periodFrom;
    QDateEdit *m_periodTo;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QLabel *m_stagesLabel;
    QTableWidget *m_stages;
    QLabel *m_warnings;
    QPushButton *m_import;
    QPushButton *m_skip;
    QPushButton *m_importAll;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QTextBrowser *m_summary;
};

} // namespace funnelscope

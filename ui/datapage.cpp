#include "datapage.h"

#include "importing/importlistmodel.h"
#include "kpi/kpiformat.h"
#include "readonly.h"
#include "store/importlog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace funnelscope {

namespace {

// Taking an import out of the workspace, undoable while the window is open.
class DeleteImportCommand final : public QUndoCommand
{
public:
    DeleteImportCommand(Workspace &workspace, const ImportRecord &record, DataPage *page)
        : QUndoCommand(QObject::tr("Delete import of %1").arg(record.fileName)), m_log(workspace), m_id(record.id),
          m_page(page)
    {
    }

    void redo() override { apply(m_log.remove(m_id)); }
    void undo() override { apply(m_log.restore(m_id)); }

private:
    void apply(const QString &error)
    {
        if (!error.isEmpty()) {
            QMessageBox::warning(m_page, QObject::tr("Delete import"), error);
        }
        m_page->refresh();
        emit m_page->dataChanged();
    }

    ImportLog m_log;
    qint64 m_id;
    DataPage *m_page;
};

} // namespace

DataPage::DataPage(Workspace &workspace, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_undo(undo), m_imports(new ImportListModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_rejected(new RejectedRowsModel(this)), m_importsView(new QTableView),
      m_rejectedView(new QTableView), m_rejectedTitle(new QLabel), m_empty(new QLabel),
      m_delete(new QPushButton(tr("&Delete import…"))), m_reimport(new QPushButton(tr("&Re-import")))
{
    auto *importButton = new QPushButton(tr("&Import files…"));
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Imports"));
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(importButton);
    bar->addWidget(m_reimport);
    bar->addWidget(m_delete);

    m_proxy->setSourceModel(m_imports);
    m_proxy->setSortRole(ImportListModel::SortRole);
    m_importsView->setModel(m_proxy);
    m_importsView->setSortingEnabled(true);
    m_importsView->sortByColumn(ImportListModel::When, Qt::DescendingOrder);
    m_importsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_importsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_importsView->verticalHeader()->hide();
    m_importsView->horizontalHeader()->setSectionResizeMode(ImportListModel::File, QHeaderView::Stretch);
    m_importsView->setAlternatingRowColors(true);
    m_rejectedView->setModel(m_rejected);
    m_rejectedView->verticalHeader()->hide();
    m_rejectedView->horizontalHeader()->setSectionResizeMode(RejectedRowsModel::Reason, QHeaderView::Stretch);
    m_rejectedView->setAlternatingRowColors(true);
    m_empty->setText(tr("No files imported yet. Choose Import files… or drop CSV exports anywhere on this window."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_rejectedTitle);
    lowerLayout->addWidget(m_rejectedView);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_importsView);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(importButton, &QPushButton::clicked, this, &DataPage::importRequested);
    connect(m_importsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataPage::showRejected);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedImport();
        if (id < 0 || !changeAllowed(this, m_workspace)) {
            return;
        }
        const ImportRecord record = m_imports->record(m_proxy->mapToSource(m_importsView->currentIndex()).row());
        const auto answer = QMessageBox::question(
            this, tr("Delete import"),
            tr("Delete the import of %1 (%2 rows, source %3) and the rows it brought?\n\nYou can undo this with "
               "Edit → Undo until you close the window.")
                .arg(record.fileName, KpiFormat().number(record.imported), record.source));
        if (answer == QMessageBox::Yes) {
            m_undo->push(new DeleteImportCommand(m_workspace, record, this));
        }
    });
    connect(m_reimport, &QPushButton::clicked, this, [this] {
        if (selectedImport() < 0) {
            return;
        }
        const ImportRecord &record = m_imports->record(m_proxy->mapToSource(m_importsView->currentIndex()).row());
        emit reimportRequested(record.filePath, record.source);
    });
    refresh();
}

void DataPage::refresh()
{
    m_imports->setImports(ImportLog(m_workspace).imports());
    m_importsView->resizeColumnsToContents();
    m_importsView->horizontalHeader()->setSectionResizeMode(ImportListModel::File, QHeaderView::Stretch);
    m_empty->setVisible(m_imports->rowCount() == 0);
    if (m_imports->rowCount() > 0 && !m_importsView->currentIndex().isValid()) {
        m_importsView->selectRow(0);
    }
    showRejected();
}

qint64 DataPage::selectedImport() const
{
    const QModelIndex current = m_importsView->currentIndex();
    return current.isValid() ? current.data(ImportListModel::ImportIdRole).toLongLong() : -1;
}

void DataPage::showRejected()
{
    const qint64 id = selectedImport();
    m_delete->setEnabled(id >= 0);
    m_reimport->setEnabled(id >= 0);
    const QList<ImportError> rows = id >= 0 ? ImportLog(m_workspace).rejectedRows(id) : QList<ImportError>();
    m_rejected->setRows(rows);
    m_rejectedTitle->setText(id < 0 ? QString()
                             : rows.isEmpty()
                                 ? tr("This import rejected no rows.")
                                 : tr("Rejected rows of this import (%1): line, column and reason").arg(rows.size()));
}

} // namespace funnelscope

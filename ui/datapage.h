#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace funnelscope {

class ImportListModel;
class RejectedRowsModel;
class Workspace;

// The Data tab: every import with its counts, the rows it rejected, and deleting (undoably) or re-importing it.
class DataPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)

public:
    DataPage(Workspace &workspace, QUndoStack *undo, QWidget *parent = nullptr);

    void refresh();
    ImportListModel *imports() const { return m_imports; }
    RejectedRowsModel *rejected() const { return m_rejected; }
    QTableView *importsView() const { return m_importsView; }

signals:
    void importRequested();
    void reimportRequested(const QString &path, const QString &source);
    void dataChanged();

private:
    void showRejected();
    qint64 selectedImport() const;

    Workspace &m_workspace;
    QUndoStack *m_undo;
    ImportListModel *m_imports;
    QSortFilterProxyModel *m_proxy;
    RejectedRowsModel *m_rejected;
    QTableView *m_importsView;
    QTableView *m_rejectedView;
    QLabel *m_rejectedTitle;
    QLabel *m_empty;
    QPushButton *m_delete;
    QPushButton *m_reimport;
};

} // namespace funnelscope

#pragma once

#include "kpi/scope.h"
#include "store/rowdrillmodel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace funnelscope {

// "Rows behind …": the stored rows one number was computed from (a card, a table cell, a chart point or bar), with
// the file and line each came from, to filter, sort and export. The rows are read on a thread of their own; the
// dialog shows at most RowDrillModel::MaxRows of them and says how many there are.
class DrilldownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrilldownDialog)

public:
    // kpi: a catalog index; scope: the period and filters of the number, already narrowed to its channel, campaign or
    // time bucket; what: how that number is named ("Paid Search, week of 3 Mar"), or empty.
    DrilldownDialog(const QString &workspacePath, int kpi, const Scope &scope, const QString &what,
                    QWidget *parent = nullptr);

    bool isLoading() const { return m_loading; }
    QString countText() const;
    QLineEdit *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    RowDrillModel *model() const { return m_model; }
    // Writes the rows as shown (filtered and sorted) as CSV to path, after comment lines giving the KPI, period and
    // filters; returns an error message, or empty.
    QString exportCsv(const QString &path) const;

signals:
    void loaded();

private:
    void showLoaded(const RowDrillModel::Data &data);
    void updateCount();

    int m_kpi;
    Scope m_scope;
    QString m_what;
    bool m_loading = true;
    QLabel *m_scopeLabel;
    QLabel *m_count;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_export;
    RowDrillModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace funnelscope

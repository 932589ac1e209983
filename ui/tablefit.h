#pragma once

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace funnelscope {

// Tables grow with their page, which scrolls, instead of scrolling in a few rows of their own (issue 18): a table is
// as tall as its header and rows.
inline void fitToRows(QTableView *table)
{
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        height += table->rowHeight(r);
    }
    if (table->horizontalScrollBar()->isVisible()) {
        height += table->horizontalScrollBar()->height();
    }
    table->setFixedHeight(height);
}

// Keeps a table fitted to its rows whenever they change. For a table over a model of its own parent's (a proxy): a
// QTableWidget's own model resets while the table is being destroyed, so those call fitToRows after filling.
inline void keepFittedToRows(QTableView *table)
{
    QAbstractItemModel *model = table->model();
    const auto fit = [table] { fitToRows(table); };
    QObject::connect(model, &QAbstractItemModel::modelReset, table, fit);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, table, fit);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, table, fit);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, table, fit);
    fit();
}

} // namespace funnelscope

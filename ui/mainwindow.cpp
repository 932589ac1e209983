#include "mainwindow.h"

#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiwriter.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace funnelscope {

MainWindow::MainWindow(Workspace &workspace, bool isDemo, QWidget *parent) : QMainWindow(parent), m_workspace(workspace)
{
    setWindowTitle(tr("%1 — Funnelscope").arg(QFileInfo(workspace.path()).fileName()));
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(10);
    if (isDemo) {
        auto *banner =
            new QLabel(tr("This is demo data — import your own files with funnelscope-cli import."), central);
        banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 8px 12px; "
                                             "border: 1px solid #f0d98c; border-radius: 4px; }"));
        layout->addWidget(banner);
    }
    m_period = new QLabel(central);
    QFont heading = m_period->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_period->setFont(heading);
    layout->addWidget(m_period);

    m_table = new QTableWidget(central);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("KPI"), tr("Value"), tr("Previous 90 days"), tr("Change")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table);
    setCentralWidget(central);
    resize(900, 720);
    refresh();
}

void MainWindow::refresh()
{
    KpiEngine engine(m_workspace);
    const auto [first, last] = engine.campaignDataRange();
    if (!last.isValid()) {
        m_period->setText(tr("No data yet: import your CSV exports to see your KPIs."));
        m_table->setRowCount(0);
        return;
    }
    const Scope scope{last.addDays(-89), last, {}, {}};
    const Scope previousScope = scope.compared(Comparison::PreviousPeriod);
    const KpiValues values = engine.compute(scope);
    const KpiValues previous = engine.compute(previousScope);
    m_period->setText(tr("Headline KPIs, %1 – %2")
                          .arg(QLocale().toString(scope.from, QLocale::ShortFormat),
                               QLocale().toString(scope.to, QLocale::ShortFormat)));

    const auto &catalog = KpiCatalog::all();
    m_table->setRowCount(0);
    for (int i = 0; i < catalog.size(); ++i) {
        const KpiDefinition &k = catalog.at(i);
        if (!k.headline) {
            continue;
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(
            QStringLiteral("%1 · %2").arg(KpiCatalog::groupName(k.group), QCoreApplication::translate("Kpi", k.name)));
        name->setToolTip(QCoreApplication::translate("Kpi", k.explanation));
        m_table->setItem(row, 0, name);
        const auto value = values.values.value(i);
        const auto before = previous.values.value(i);
        for (const auto &[column, v] : {std::pair{1, value}, std::pair{2, before}}) {
            auto *item = new QTableWidgetItem(KpiWriter::display(i, v));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        const auto change = KpiValues::change(value, before);
        auto *changeItem = new QTableWidgetItem(change ? QStringLiteral("%1 %2%")
                                                             .arg(QString(QChar(*change >= 0 ? u'↑' : u'↓')))
                                                             .arg(std::abs(*change) * 100, 0, 'f', 1)
                                                       : QStringLiteral("—"));
        changeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (change && *change != 0) {
            const bool better = (*change > 0) == (k.better == Better::Up);
            changeItem->setForeground(better ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc0, 0x26, 0x26));
        }
        m_table->setItem(row, 3, changeItem);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace funnelscope

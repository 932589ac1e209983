#pragma once

#include <QMainWindow>

class QLabel;
class QTableWidget;

namespace funnelscope {

class Workspace;

// The application window. Until the dashboard arrives it shows the open workspace's headline KPIs for the last
// 90 days of data, compared with the 90 days before. It reads numbers from the core's KpiEngine; it never writes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Workspace &workspace, bool isDemo, QWidget *parent = nullptr);

private:
    void refresh();

    Workspace &m_workspace;
    QLabel *m_period = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace funnelscope

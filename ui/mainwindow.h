#pragma once

#include <QMainWindow>

namespace funnelscope {

// The application window. For now it shows the open workspace and its headline KPIs; the dashboard tabs come
// with the dashboard issue.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QString &workspacePath, QWidget *parent = nullptr);
};

} // namespace funnelscope

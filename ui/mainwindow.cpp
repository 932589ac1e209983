#include "mainwindow.h"
namespace funnelscope { MainWindow::MainWindow(const QString &, QWidget *parent) : QMainWindow(parent) {} }

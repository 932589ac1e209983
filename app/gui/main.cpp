// funnelscope: the desktop app. Opens the workspace named on the command line, or the demo workspace.

#include "demo/demogenerator.h"
#include "importing/importer.h"
#include "mainwindow.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace funnelscope;

namespace {

// Writes the demo workspace the first time the app starts without one.
QString createDemo(const QString &path)
{
    Workspace ws;
    if (QString error = ws.open(path); !error.isEmpty()) {
        return error;
    }
    QTemporaryDir dir;
    DemoGenerator generator(DemoGenerator::Options{});
    if (QString error = generator.writeCsvFiles(dir.path()); !error.isEmpty()) {
        return error;
    }
    Importer importer(ws);
    ImportOptions options;
    options.source = QStringLiteral("demo");
    for (const QString &file : generator.fileNames()) {
        const ImportResult r = importer.importFile(dir.filePath(file), options);
        if (r.status == ImportResult::Status::Refused) {
            return r.summary();
        }
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Funnelscope"));
    QApplication::setOrganizationName(QStringLiteral("Funnelscope"));
    QApplication::setApplicationVersion(QStringLiteral(FUNNELSCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Marketing KPIs along the B2B funnel."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file to open (default: the demo)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    QString path;
    bool isDemo = false;
    if (!parser.positionalArguments().isEmpty()) {
        path = QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
        isDemo = QFileInfo(path).fileName() == u"demo.db";
    } else {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        path = QDir(dataDir).filePath(QStringLiteral("demo.db"));
        isDemo = true;
    }
    if (isDemo && !QFileInfo::exists(path)) {
        // Off the UI thread, with a busy indicator: the first start writes two years of data.
        QString error;
        QProgressDialog progress(QApplication::translate("main", "Preparing the demo workspace…"), QString(), 0, 0);
        progress.setWindowTitle(QApplication::translate("main", "Funnelscope"));
        progress.setMinimumDuration(0);
        QEventLoop loop;
        QThread *worker = QThread::create([&] { error = createDemo(path); });
        QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        progress.show();
        loop.exec();
        worker->wait();
        delete worker;
        progress.close();
        if (!error.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Funnelscope"), error);
            return 1;
        }
    }
    Workspace workspace;
    if (const QString error = workspace.open(path); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Funnelscope"), error);
        return 1;
    }
    MainWindow window(workspace, isDemo);
    window.show();
    if (parser.isSet(screenshot)) {
        QTimer::singleShot(300, &window, [&] {
            const bool saved = window.grab().save(parser.value(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

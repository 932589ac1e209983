// funnelscope: the desktop app. Opens the workspace named on the command line, the last one used, or the demo.

#include "demo/demoworkspace.h"
#include "filterbar.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "snapshotloader.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace funnelscope;

namespace {

// Writes the demo workspace the first time the app starts without one.
QString createDemo(const QString &path)
{
    Workspace ws;
    if (QString error = ws.open(path); !error.isEmpty()) {
        return error;
    }
    return DemoWorkspace::fill(ws, DemoGenerator::Options{});
}

// Runs createDemo off the UI thread behind a busy indicator.
QString createDemoWithProgress(const QString &path)
{
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
    return error;
}

} // namespace

// Measures, on the window as a user gets it: the cold start until the Overview is painted, and filter changes until
// every view shows the new numbers, with the longest time the UI thread did not answer (scripts/bench.sh).
int runBenchmark(MainWindow &window, const QElapsedTimer &started)
{
    window.resize(1440, 900);
    window.show();
    QEventLoop wait;
    QObject::connect(&window, &MainWindow::refreshed, &wait, &QEventLoop::quit);
    wait.exec();
    QApplication::processEvents();
    window.repaint();
    const qint64 startMs = started.elapsed();

    // The UI thread's longest stall: the largest gap between ticks of a 5 ms timer.
    QElapsedTimer tick;
    tick.start();
    qint64 longestStall = 0;
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, &window,
                     [&] { longestStall = std::max(longestStall, tick.restart()); });
    watchdog.start(5);
    const QList<std::pair<QDate, QDate>> ranges = {{QDate(2026, 7, 1), QDate(2026, 9, 30)},
                                                   {QDate(2025, 1, 1), QDate(2025, 12, 31)},
                                                   {QDate(2026, 10, 1), QDate(2026, 10, 31)},
                                                   {QDate(2024, 3, 15), QDate(2024, 6, 20)},
                                                   {QDate(2025, 5, 1), QDate(2025, 7, 31)}};
    QList<qint64> changes;
    for (const auto &[from, to] : ranges) {
        QElapsedTimer change;
        change.start();
        window.filterBar()->setCustomRange(from, to);
        while (!window.snapshot() || window.snapshot()->scope.from != from || window.loader()->isBusy()) {
            QEventLoop next;
            QObject::connect(&window, &MainWindow::refreshed, &next, &QEventLoop::quit);
            QTimer::singleShot(30000, &next, &QEventLoop::quit);
            next.exec();
        }
        QApplication::processEvents();
        changes.append(change.elapsed());
    }
    watchdog.stop();
    QStringList list;
    for (qint64 c : changes) {
        list.append(QString::number(c));
    }
    std::printf("start_ms %lld\nfilter_ms %s\nmax_stall_ms %lld\n", static_cast<long long>(startMs),
                qPrintable(list.join(u' ')), static_cast<long long>(longestStall));
    std::fflush(stdout);
    return 0;
}

int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Funnelscope"));
    QApplication::setOrganizationName(QStringLiteral("Funnelscope"));
    QApplication::setApplicationVersion(QStringLiteral(FUNNELSCOPE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/funnelscope.svg")));

    // The language chosen in View → Language, or the system's; --lang below may override it.
    const QString saved = Language::matching(QSettings().value(QStringLiteral("language")).toString());
    Language::install(saved.isEmpty() ? Language::fromSystem() : saved);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Marketing KPIs along the B2B funnel."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file, or team workspace "
                                                                 "(postgresql://USER@HOST:PORT/DATABASE), to open "
                                                                 "(default: the last file, or the demo)."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a picture of every tab into DIR at 1440×900 and quit."),
        QStringLiteral("DIR"));
    parser.addOption(screenshots);
    const QCommandLineOption benchmark(
        QStringLiteral("benchmark"),
        QApplication::translate("main", "Print how long the start and five filter changes take, then quit."));
    parser.addOption(benchmark);
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QApplication::translate("main", "Show the app in this language (%1) instead of the one chosen in View → "
                                        "Language.")
            .arg(Language::available().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    parser.addOption(language);
    parser.process(app);
    if (parser.isSet(language)) {
        const QString code = Language::matching(parser.value(language));
        if (code.isEmpty()) {
            std::fprintf(stderr, "funnelscope: --lang is one of %s\n",
                         qPrintable(Language::available().join(QStringLiteral(", "))));
            return 2;
        }
        Language::install(code);
    }

    QString path;
    if (!parser.positionalArguments().isEmpty()) {
        path = parser.positionalArguments().constFirst();
        if (!Workspace::isDatabaseUrl(path)) {
            path = QFileInfo(path).absoluteFilePath();
        }
    } else {
        path = QSettings().value(QStringLiteral("workspaces/last")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dataDir);
            path = QDir(dataDir).filePath(QStringLiteral("demo.db"));
        }
    }
    if (MainWindow::isDemoPath(path) && !QFileInfo::exists(path)) {
        if (const QString error = createDemoWithProgress(path); !error.isEmpty()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Funnelscope"), error);
            return 1;
        }
    }
    if (!parser.isSet(benchmark) && !parser.isSet(screenshots)) {
        MainWindow::showWindow(path);
        return QApplication::exec();
    }
    MainWindow window(path);
    if (parser.isSet(benchmark)) {
        return runBenchmark(window, started);
    }
    window.resize(1440, 900);
    window.show();
    QObject::connect(
        &window, &MainWindow::refreshed, &window,
        [&] {
            QTimer::singleShot(200, &window, [&] {
                const QStringList files = window.saveScreenshots(parser.value(screenshots));
                for (const QString &f : files) {
                    qInfo("%s", qPrintable(f));
                }
                QApplication::exit(files.isEmpty() ? 1 : 0);
            });
        },
        Qt::SingleShotConnection);
    return QApplication::exec();
}

#pragma once

#include "store/workspace.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace funnelscope {

// Runs work that reads the workspace on a thread of its own, with its own connection to the file, and hands the
// result to done on the UI thread (unless receiver is gone by then). The window keeps answering meanwhile.
template <typename Result>
void runInBackground(const QString &workspacePath, QObject *receiver, std::function<Result(Workspace &)> work,
                     std::function<void(const Result &)> done)
{
    QPointer<QObject> guard(receiver);
    QThread *thread = QThread::create([workspacePath, guard, work, done] {
        Workspace workspace;
        const bool open = workspace.open(workspacePath).isEmpty();
        auto result = std::make_shared<Result>(open ? work(workspace) : Result());
        workspace.close();
        QMetaObject::invokeMethod(
            guard ? guard.data() : QCoreApplication::instance(),
            [guard, done, result] {
                if (guard) {
                    done(*result);
                }
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace funnelscope

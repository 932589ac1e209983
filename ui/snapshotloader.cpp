#include "snapshotloader.h"

#include "store/readsnapshot.h"
#include "store/workspace.h"

#include <QThread>

namespace funnelscope {

// Lives on the loader's thread and owns that thread's workspace connection.
class SnapshotWorker
{
public:
    Workspace workspace;
    QString path;

    // Returns why the workspace cannot be opened, or empty.
    QString ensureOpen(const QString &wanted)
    {
        if (path != wanted || !workspace.isOpen()) {
            path = wanted;
            return workspace.open(wanted);
        }
        return {};
    }
};

SnapshotLoader::SnapshotLoader(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new SnapshotWorker),
      m_generation(std::make_shared<std::atomic<int>>(0))
{
    m_thread->setObjectName(QStringLiteral("kpi-snapshots"));
    m_thread->start();
    // Lambdas queued to this context object run on the thread.
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

SnapshotLoader::~SnapshotLoader()
{
    SnapshotWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_context, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SnapshotLoader::setWorkspace(const QString &path)
{
    m_path = path;
}

void SnapshotLoader::finished()
{
    if (--m_pending == 0) {
        emit busyChanged(false);
    }
}

void SnapshotLoader::request(const Scope &scope, Comparison comparison, Breakdown granularity, bool withCampaigns)
{
    const int generation = ++*m_generation;
    auto generations = m_generation;
    SnapshotWorker *worker = m_worker;
    const QString path = m_path;
    const QString currency = m_currency;
    if (m_pending++ == 0) {
        emit busyChanged(true);
    }
    QMetaObject::invokeMethod(
        m_context,
        [=, this] {
            std::shared_ptr<const KpiSnapshot> snapshot;
            if (*generations == generation) {
                KpiSnapshot s;
                s.scope = scope;
                s.comparison = comparison;
                s.error = worker->ensureOpen(path);
                if (s.error.isEmpty()) {
                    // One read transaction: the snapshot is of one committed state, even while another window or
                    // command imports.
                    const ReadSnapshot read(worker->workspace);
                    KpiEngine engine(worker->workspace);
                    engine.setReportingCurrency(currency);
                    const Breakdown by =
                        granularity == Breakdown::None ? KpiSnapshot::autoGranularity(scope) : granularity;
                    s = KpiSnapshot::compute(engine, scope, comparison, by, withCampaigns);
                    s.spread = ImportLog(worker->workspace).spreadOver(scope.from, scope.to);
                    s.error = read.error();
                }
                snapshot = std::make_shared<const KpiSnapshot>(std::move(s));
            }
            QMetaObject::invokeMethod(
                this,
                [=, this] {
                    if (snapshot && *generations == generation) {
                        emit loaded(snapshot);
                    }
                    finished();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SnapshotLoader::requestCatalog()
{
    SnapshotWorker *worker = m_worker;
    const QString path = m_path;
    QMetaObject::invokeMethod(
        m_context,
        [=, this] {
            Catalog catalog;
            catalog.error = worker->ensureOpen(path);
            if (catalog.error.isEmpty()) {
                const ReadSnapshot read(worker->workspace);
                KpiEngine engine(worker->workspace);
                catalog.channels = engine.allNames(Breakdown::Channel);
                catalog.campaigns = engine.allNames(Breakdown::Campaign);
                std::tie(catalog.first, catalog.last) = engine.dataRange();
                catalog.error = read.error();
            }
            QMetaObject::invokeMethod(
                this, [=, this] { emit catalogLoaded(catalog); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace funnelscope

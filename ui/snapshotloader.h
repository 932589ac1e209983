#pragma once

#include "kpi/kpisnapshot.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace funnelscope {

class SnapshotWorker;

// Computes dashboard snapshots on a thread of its own, with its own connection to the workspace file, so the
// window never waits for SQL. Only the newest request counts: older ones still queued are skipped.
class SnapshotLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotLoader)

public:
    struct Catalog
    {
        QStringList channels;
        QStringList campaigns;
        QDate first;
        QDate last;
        QString error; // why the workspace could not be read, or empty
    };

    explicit SnapshotLoader(QObject *parent = nullptr);
    ~SnapshotLoader() override;

    void setWorkspace(const QString &path);
    // granularity Breakdown::None picks one from the period.
    void request(const Scope &scope, Comparison comparison, Breakdown granularity, bool withCampaigns);
    void requestCatalog();
    // The currency later snapshots convert money into; empty: the workspace's (KpiEngine::reportingCurrency()).
    void setReportingCurrency(const QString &code) { m_currency = code; }
    bool isBusy() const { return m_pending > 0; }

signals:
    void loaded(std::shared_ptr<const funnelscope::KpiSnapshot> snapshot);
    void catalogLoaded(const funnelscope::SnapshotLoader::Catalog &catalog);
    void busyChanged(bool busy);

private:
    void finished();

    QThread *m_thread;
    QObject *m_context = nullptr;
    SnapshotWorker *m_worker;
    QString m_path;
    QString m_currency;
    std::shared_ptr<std::atomic<int>> m_generation;
    int m_pending = 0;
};

} // namespace funnelscope

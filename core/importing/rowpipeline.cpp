#include "rowpipeline.h"

namespace funnelscope {

RowPipeline::RowPipeline(QIODevice *device, const FileLayout &layout, QCryptographicHash *hash)
    : m_reader(device, layout)
{
    m_reader.setHashSink(hash);
    m_thread = std::thread([this] { run(); });
}

RowPipeline::~RowPipeline()
{
    stop();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

void RowPipeline::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

void RowPipeline::run()
{
    QList<Item> batch;
    batch.reserve(BatchRows);
    const auto push = [&] {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < MaxBatches || m_stopped; });
        if (m_stopped) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        batch = QList<Item>();
        batch.reserve(BatchRows);
        return true;
    };
    for (;;) {
        const RowReader::Outcome outcome = m_reader.next();
        if (outcome == RowReader::Outcome::End) {
            break;
        }
        Item item{outcome, {}, {}, m_reader.line()};
        if (outcome == RowReader::Outcome::Row) {
            item.cells = m_reader.cells();
            item.lastDay = m_reader.lastDay();
        } else {
            item.error = m_reader.error();
        }
        batch.append(std::move(item));
        if (outcome == RowReader::Outcome::Refused) {
            break; // nothing of the file is stored: reading on is wasted
        }
        if (batch.size() >= BatchRows) {
            m_bytesRead = m_reader.bytesRead();
            if (!push()) {
                break;
            }
        }
    }
    m_bytesRead = m_reader.bytesRead();
    if (!batch.isEmpty()) {
        push();
    }
    std::lock_guard lock(m_mutex);
    m_dataRows = m_reader.dataRows();
    m_tableEndLine = m_reader.tableEndLine();
    m_unmatchedStages = m_reader.unmatchedStages();
    m_noDataLine = m_reader.noDataLine();
    m_done = true;
    m_changed.notify_all();
}

bool RowPipeline::next(QList<Item> &batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_batches.empty() || m_done || m_stopped; });
    if (!m_batches.empty()) {
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    if (m_done || m_stopped) {
        lock.unlock();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    return false;
}

} // namespace funnelscope

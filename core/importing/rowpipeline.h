#pragma once

#include "rowreader.h"

#include <QList>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace funnelscope {

// Reads and checks a file's rows on a thread of its own while the caller stores them, so that parsing and SQLite
// share the machine's cores. Rows come in batches, in file order; a bounded queue keeps memory flat.
class RowPipeline
{
public:
    struct Item
    {
        RowReader::Outcome outcome;
        QList<Cell> cells; // for a row
        ImportError error; // for a rejection
        int line = 0;
        qint64 lastDay = 0; // for a row: RowReader::lastDay()
    };

    RowPipeline(QIODevice *device, const FileLayout &layout, QCryptographicHash *hash);
    ~RowPipeline();
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    // The next batch of rows; false at the end of the file (the reading thread has then finished).
    bool next(QList<Item> &batch);
    // Ends reading early (cancel, or a storage error).
    void stop();
    qint64 bytesRead() const { return m_bytesRead; }
    // Valid once next() returned false.
    int dataRows() const { return m_dataRows; }
    int tableEndLine() const { return m_tableEndLine; }
    QStringList unmatchedStages() const { return m_unmatchedStages; }
    int noDataLine() const { return m_noDataLine; }

private:
    void run();

    static constexpr int BatchRows = 1024;
    static constexpr size_t MaxBatches = 8;

    RowReader m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QList<Item>> m_batches;
    bool m_done = false;
    bool m_stopped = false;
    std::atomic<qint64> m_bytesRead = 0;
    int m_dataRows = 0;
    int m_tableEndLine = 0;
    QStringList m_unmatchedStages;
    int m_noDataLine = 0;
    std::thread m_thread;
};

} // namespace funnelscope

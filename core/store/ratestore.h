#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace funnelscope {

class SqliteStatement;
class Workspace;

// One published exchange rate: 1 base = rate quote on day (Julian).
struct PublishedRate
{
    QString base;
    QString quote;
    qint64 day = 0;
    double rate = 0;
};

// The workspace's exchange rates table: the rates of a currency for ExchangeRates, and the rates an import of a bank's
// file stores (a later rate of a pair and day replaces the earlier one). Knows nothing of converting.
class RateStore
{
public:
    explicit RateStore(Workspace &workspace);
    ~RateStore();
    RateStore(const RateStore &) = delete;
    RateStore &operator=(const RateStore &) = delete;

    // Every rate with code on either side, in no particular order.
    QList<PublishedRate> ratesOf(const QString &code) const;
    // Stores a rate brought by the import importId, replacing one of the same pair and day. Returns an error
    // message, or empty. Inside the import's transaction (ImportSink).
    QString put(const PublishedRate &rate, qint64 importId);

private:
    Workspace &m_workspace;
    std::unique_ptr<SqliteStatement> m_insert;
};

} // namespace funnelscope

#include "ratestore.h"

#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

RateStore::RateStore(Workspace &workspace) : m_workspace(workspace) {}

RateStore::~RateStore() = default;

QList<PublishedRate> RateStore::ratesOf(const QString &code) const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT base, quote, day, rate FROM rates WHERE base = ?1 OR quote = ?1"));
    q.bind(1, code);
    QList<PublishedRate> rates;
    while (q.step()) {
        rates.append({q.text(0), q.text(1), q.integer(2), q.real(3)});
    }
    return rates;
}

QString RateStore::put(const PublishedRate &rate, qint64 importId)
{
    if (!m_insert) {
        m_insert = std::make_unique<SqliteStatement>(
            m_workspace.handle(),
            QStringLiteral("INSERT INTO rates(day, base, quote, rate, import_id) VALUES(?, ?, ?, ?, ?)"
                           " ON CONFLICT(base, quote, day) DO UPDATE SET rate = excluded.rate,"
                           " import_id = excluded.import_id"));
    }
    m_insert->bind(1, rate.day);
    m_insert->bind(2, rate.base);
    m_insert->bind(3, rate.quote);
    m_insert->bind(4, rate.rate);
    m_insert->bind(5, importId);
    return m_insert->exec() ? QString() : m_insert->error();
}

} // namespace funnelscope

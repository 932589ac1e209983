#include "attributionreader.h"

#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

QList<AttributionTouch> AttributionReader::touches(qint64 first, qint64 last) const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT t.lead_id, t.day, t.%1 FROM touchpoints t WHERE t.lead_id IN ("
                                     "SELECT lead_id FROM leads WHERE created BETWEEN ?1 AND ?2 OR customer_day"
                                     " BETWEEN ?1 AND ?2 UNION SELECT lead_id FROM deals WHERE status = 'won'"
                                     " AND closed BETWEEN ?1 AND ?2 AND lead_id IS NOT NULL)"
                                     " ORDER BY t.lead_id, t.day, t.timestamp, t.id")
                          .arg(m_byCampaign ? u"campaign_id" : u"channel_id"));
    q.bind(1, first);
    q.bind(2, last);
    QList<AttributionTouch> list;
    while (q.step()) {
        list.append({q.text(0), q.integer(1), q.integer(2)});
    }
    return list;
}

QList<AttributionLead> AttributionReader::leads(qint64 first, qint64 last) const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT lead_id, created, customer_day, %1 FROM leads WHERE created BETWEEN"
                                     " ?1 AND ?2 OR customer_day BETWEEN ?1 AND ?2")
                          .arg(m_byCampaign ? u"campaign_id" : u"channel_id"));
    q.bind(1, first);
    q.bind(2, last);
    QList<AttributionLead> list;
    while (q.step()) {
        list.append({q.text(0), q.integer(1), q.optionalInteger(2), q.integer(3)});
    }
    return list;
}

QList<AttributionDeal> AttributionReader::wonDeals(qint64 first, qint64 last) const
{
    SqliteStatement q(
        m_workspace.handle(),
        QStringLiteral("SELECT coalesce(lead_id, ''), closed, amount,"
                       " coalesce(linked_%1, (SELECT id FROM %2 WHERE name = '(none)')),"
                       " coalesce(currency, 'XXX') FROM deals WHERE status = 'won' AND closed"
                       " BETWEEN ?1 AND ?2 AND amount IS NOT NULL")
            .arg(m_byCampaign ? u"campaign_id" : u"channel_id", m_byCampaign ? u"campaigns" : u"channels"));
    q.bind(1, first);
    q.bind(2, last);
    QList<AttributionDeal> list;
    while (q.step()) {
        list.append({q.text(0), q.integer(1), q.integer(2), q.integer(3), q.text(4)});
    }
    return list;
}

QHash<qint64, QString> AttributionReader::names() const
{
    const QString table = m_byCampaign ? QStringLiteral("campaigns") : QStringLiteral("channels");
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT id, name FROM %1").arg(table));
    QHash<qint64, QString> names;
    while (q.step()) {
        names.insert(q.integer(0), q.text(1));
    }
    return names;
}

} // namespace funnelscope

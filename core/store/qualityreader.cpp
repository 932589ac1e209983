#include "qualityreader.h"

#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

QList<SourceCoverage> QualityReader::coverage(qint64 from, qint64 to) const
{
    const QString sql = QStringLiteral(
        "SELECT kind, source, sum(inside), max(last) FROM ("
        " SELECT 'campaign' kind, s.name source, sum(r.day BETWEEN ?1 AND ?2) inside, max(r.day) last"
        "  FROM campaign_rows r JOIN sources s ON s.id = r.source_id GROUP BY s.name"
        " UNION ALL SELECT 'expenses', s.name, sum(e.day BETWEEN ?1 AND ?2), max(e.day) FROM expenses e"
        "  JOIN sources s ON s.id = e.source_id GROUP BY s.name"
        " UNION ALL SELECT 'surveys', s.name, sum(v.day BETWEEN ?1 AND ?2), max(v.day) FROM surveys v"
        "  JOIN sources s ON s.id = v.source_id GROUP BY s.name"
        " UNION ALL SELECT 'leads', i.source, sum(l.created BETWEEN ?1 AND ?2), max(l.created) FROM leads l"
        "  JOIN imports i ON i.id = l.import_id GROUP BY i.source"
        " UNION ALL SELECT 'deals', i.source, sum(d.created BETWEEN ?1 AND ?2), max(coalesce(d.closed, d.created))"
        "  FROM deals d JOIN imports i ON i.id = d.import_id GROUP BY i.source"
        " UNION ALL SELECT 'customers', i.source, sum(c.start <= ?2 AND (c.churn IS NULL OR c.churn >= ?1)),"
        "  max(max(c.start, coalesce(c.churn, c.start))) FROM customers c JOIN imports i ON i.id = c.import_id"
        "  GROUP BY i.source) GROUP BY kind, source ORDER BY kind, source");
    SqliteStatement q(m_workspace.handle(), sql);
    q.bind(1, from);
    q.bind(2, to);
    QList<SourceCoverage> list;
    while (q.step()) {
        list.append({q.text(0), q.text(1), q.integer(2), q.optionalInteger(3)});
    }
    return list;
}

QList<ChannelDay> QualityReader::campaignDays(qint64 from, qint64 to) const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT channel_id, day FROM campaign_rows WHERE day BETWEEN ?1 AND ?2"
                                     " GROUP BY channel_id, day"));
    q.bind(1, from);
    q.bind(2, to);
    QList<ChannelDay> list;
    while (q.step()) {
        list.append({q.integer(0), q.integer(1)});
    }
    return list;
}

QualityReader::Rejections QualityReader::rejections() const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT coalesce(sum(rows_rejected), 0), count(*) FROM imports"));
    q.step();
    return {q.integer(0), q.integer(1)};
}

} // namespace funnelscope

#include "crmrollup.h"

#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

const QString &CrmRollup::mqlDay()
{
    static const QString day = QStringLiteral("coalesce(mql_day, sal_day, sql_day, opportunity_day, customer_day)");
    return day;
}

const QString &CrmRollup::salDay()
{
    static const QString day = QStringLiteral("coalesce(sal_day, sql_day, opportunity_day, customer_day)");
    return day;
}

const QString &CrmRollup::sqlDay()
{
    static const QString day = QStringLiteral("coalesce(sql_day, opportunity_day, customer_day)");
    return day;
}

const QString &CrmRollup::scoreMicros()
{
    static const QString micros = QStringLiteral("CAST(round(lead_score * 1000000) AS INTEGER)");
    return micros;
}

QString CrmRollup::rebuild(Workspace &workspace)
{
    // One row per event; the union is summed by day and channel.
    const QString sql =
        QStringLiteral(
            "DELETE FROM lead_days;"
            " INSERT INTO lead_days SELECT day, channel_id, sum(c), sum(m), sum(sa), sum(sq), sum(cm), sum(cc),"
            " sum(ms), sum(sc), sum(n), coalesce(sum(t), 0) FROM ("
            " SELECT created AS day, channel_id, 1 AS c, 0 AS m, 0 AS sa, 0 AS sq, %1 IS NOT NULL AS cm,"
            " customer_day IS NOT NULL AS cc, 0 AS ms, 0 AS sc, lead_score IS NOT NULL AS n, %4 AS t"
            " FROM leads"
            " UNION ALL SELECT %1, channel_id, 0, 1, 0, 0, 0, 0, %3 IS NOT NULL, 0, 0, NULL FROM leads"
            " WHERE %1 IS NOT NULL"
            " UNION ALL SELECT %2, channel_id, 0, 0, 1, 0, 0, 0, 0, 0, 0, NULL FROM leads WHERE %2 IS NOT NULL"
            " UNION ALL SELECT %3, channel_id, 0, 0, 0, 1, 0, 0, 0, customer_day IS NOT NULL, 0, NULL FROM leads"
            " WHERE %3 IS NOT NULL)"
            " GROUP BY day, channel_id")
            .arg(mqlDay(), salDay(), sqlDay(), scoreMicros());
    // A deal is open from its creation on while its status is open, or until the day it closed.
    const QString channel = QStringLiteral("coalesce(linked_channel_id, (SELECT id FROM channels WHERE name ="
                                           " '(none)'))");
    const QString opens = QStringLiteral("(status = 'open' OR coalesce(closed > created, 0))");
    const QString closes = QStringLiteral("(status <> 'open' AND closed > created)");
    const QString deals =
        QStringLiteral(
            "DELETE FROM deal_days;"
            " INSERT INTO deal_days SELECT day, channel_id, sum(c), sum(w), sum(l), sum(wa), sum(wk), sum(cd),"
            " sum(cn), sum(oi), sum(oik), sum(oia), sum(oo), sum(ook), sum(ooa) FROM ("
            " SELECT created AS day, %1 AS channel_id, 1 AS c, 0 AS w, 0 AS l, 0 AS wa, 0 AS wk, 0 AS cd, 0 AS cn,"
            " %2 AS oi, %2 AND amount IS NOT NULL AS oik, CASE WHEN %2 THEN coalesce(amount, 0) ELSE 0 END AS oia,"
            " 0 AS oo, 0 AS ook, 0 AS ooa FROM deals"
            " UNION ALL SELECT closed, %1, 0, status = 'won', status = 'lost',"
            " CASE WHEN status = 'won' THEN coalesce(amount, 0) ELSE 0 END, status = 'won' AND amount IS NOT NULL,"
            " CASE WHEN status = 'won' THEN coalesce(closed - linked_first_touch, 0) ELSE 0 END,"
            " status = 'won' AND linked_first_touch IS NOT NULL, 0, 0, 0, %3, %3 AND amount IS NOT NULL,"
            " CASE WHEN %3 THEN coalesce(amount, 0) ELSE 0 END FROM deals WHERE closed IS NOT NULL)"
            " GROUP BY day, channel_id")
            .arg(channel, opens, closes);
    QString error;
    if (execRaw(workspace.handle(), sql.toUtf8().constData(), &error)) {
        execRaw(workspace.handle(), deals.toUtf8().constData(), &error);
    }
    return error;
}

} // namespace funnelscope

#include "leadrollup.h"

#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

const QString &LeadRollup::mqlDay()
{
    static const QString day = QStringLiteral("coalesce(mql_day, sal_day, sql_day, opportunity_day, customer_day)");
    return day;
}

const QString &LeadRollup::salDay()
{
    static const QString day = QStringLiteral("coalesce(sal_day, sql_day, opportunity_day, customer_day)");
    return day;
}

const QString &LeadRollup::sqlDay()
{
    static const QString day = QStringLiteral("coalesce(sql_day, opportunity_day, customer_day)");
    return day;
}

QString LeadRollup::rebuild(Workspace &workspace)
{
    // One row per event; the union is summed by day and channel.
    const QString sql =
        QStringLiteral(
            "DELETE FROM lead_days;"
            " INSERT INTO lead_days SELECT day, channel_id, sum(c), sum(m), sum(sa), sum(sq), sum(cm), sum(cc),"
            " sum(ms), sum(sc), sum(n), total(t) FROM ("
            " SELECT created AS day, channel_id, 1 AS c, 0 AS m, 0 AS sa, 0 AS sq, %1 IS NOT NULL AS cm,"
            " customer_day IS NOT NULL AS cc, 0 AS ms, 0 AS sc, lead_score IS NOT NULL AS n, lead_score AS t"
            " FROM leads"
            " UNION ALL SELECT %1, channel_id, 0, 1, 0, 0, 0, 0, %3 IS NOT NULL, 0, 0, NULL FROM leads"
            " WHERE %1 IS NOT NULL"
            " UNION ALL SELECT %2, channel_id, 0, 0, 1, 0, 0, 0, 0, 0, 0, NULL FROM leads WHERE %2 IS NOT NULL"
            " UNION ALL SELECT %3, channel_id, 0, 0, 0, 1, 0, 0, 0, customer_day IS NOT NULL, 0, NULL FROM leads"
            " WHERE %3 IS NOT NULL)"
            " GROUP BY day, channel_id")
            .arg(mqlDay(), salDay(), sqlDay());
    QString error;
    execRaw(workspace.handle(), sql.toUtf8().constData(), &error);
    return error;
}

} // namespace funnelscope

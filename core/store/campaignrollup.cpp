#include "campaignrollup.h"

#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

const QStringList &CampaignRollup::rowExpressions()
{
    static const QStringList expressions = [] {
        const QString social = QStringLiteral("(CASE WHEN likes IS NOT NULL OR comments IS NOT NULL OR shares IS NOT NULL"
                                              " THEN coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) END)");
        const QString delivered = QStringLiteral("coalesce(emails_delivered, emails_sent)");
        QStringList list = {QStringLiteral("impressions"), QStringLiteral("reach"),   QStringLiteral("sessions"),
                            QStringLiteral("mentions"),    QStringLiteral("new_followers"), QStringLiteral("cost"),
                            QStringLiteral("leads"),
                            // organic sessions: the engine keeps only the channels not counted as paid
                            QStringLiteral("sessions"), social};
        const QList<std::pair<QString, QString>> pairs = {
            {QStringLiteral("cost"), QStringLiteral("impressions")},
            {QStringLiteral("clicks"), QStringLiteral("impressions")},
            {QStringLiteral("cost"), QStringLiteral("clicks")},
            {QStringLiteral("bounces"), QStringLiteral("sessions")},
            {QStringLiteral("engaged_seconds"), QStringLiteral("sessions")},
            {QStringLiteral("pageviews"), QStringLiteral("sessions")},
            {social, QStringLiteral("impressions")},
            {QStringLiteral("emails_opened"), delivered},
            {QStringLiteral("email_clicks"), delivered},
            {QStringLiteral("email_clicks"), QStringLiteral("emails_opened")},
            {QStringLiteral("unsubscribes"), delivered},
            {QStringLiteral("cta_clicks"), QStringLiteral("pageviews")},
            {QStringLiteral("form_submissions"), QStringLiteral("landing_page_views")},
        };
        // A ratio's two sums cover the same rows: those where both inputs are known.
        for (const auto &[a, b] : pairs) {
            list.append(QStringLiteral("CASE WHEN %2 IS NOT NULL THEN %1 END").arg(a, b));
            list.append(QStringLiteral("CASE WHEN %1 IS NOT NULL THEN %2 END").arg(a, b));
        }
        list.append(QStringLiteral("clicks"));
        return list;
    }();
    return expressions;
}

QString CampaignRollup::rebuild(Workspace &workspace, const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first) {
        return {};
    }
    sqlite3 *db = workspace.handle();
    QStringList sums;
    for (const QString &e : rowExpressions()) {
        sums.append(QStringLiteral("sum(%1)").arg(e));
    }
    SqliteStatement clear(db, QStringLiteral("DELETE FROM campaign_months WHERE month BETWEEN ? AND ?"));
    SqliteStatement insert(db, QStringLiteral("INSERT INTO campaign_months SELECT ?3, channel_id, campaign_id, %1 FROM"
                                              " campaign_rows WHERE day BETWEEN ?1 AND ?2 GROUP BY channel_id, campaign_id")
                                   .arg(sums.join(QStringLiteral(", "))));
    const QDate firstMonth(first.year(), first.month(), 1);
    clear.bind(1, qint64(firstMonth.toJulianDay()));
    clear.bind(2, qint64(QDate(last.year(), last.month(), 1).toJulianDay()));
    if (!clear.exec()) {
        return clear.error();
    }
    for (QDate month = firstMonth; month <= last; month = month.addMonths(1)) {
        insert.bind(1, qint64(month.toJulianDay()));
        insert.bind(2, qint64(month.addMonths(1).addDays(-1).toJulianDay()));
        insert.bind(3, qint64(month.toJulianDay()));
        if (!insert.exec()) {
            return insert.error();
        }
    }
    return {};
}

QString CampaignRollup::rebuildAll(Workspace &workspace)
{
    SqliteStatement range(workspace.handle(), QStringLiteral("SELECT min(day), max(day) FROM campaign_rows"));
    if (!range.step() || range.isNull(0)) {
        return {};
    }
    return rebuild(workspace, QDate::fromJulianDay(range.integer(0)), QDate::fromJulianDay(range.integer(1)));
}

} // namespace funnelscope

#include "dataquality.h"

#include "kpi/kpiengine.h"
#include "store/importlog.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace funnelscope {

namespace {

QString iso(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

} // namespace

QJsonObject DataQuality::measure(Workspace &workspace, const Scope &scope)
{
    sqlite3 *db = workspace.handle();
    const qint64 from = scope.from.toJulianDay();
    const qint64 to = scope.to.toJulianDay();
    QJsonObject out;

    // Coverage: rows in the period per kind and source, and each source's freshest date overall.
    QJsonArray coverage;
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
    SqliteStatement q(db, sql);
    q.bind(1, from);
    q.bind(2, to);
    while (q.step()) {
        coverage.append(QJsonObject{{QStringLiteral("kind"), q.text(0)},
                                    {QStringLiteral("source"), q.text(1)},
                                    {QStringLiteral("rows"), q.integer(2)},
                                    {QStringLiteral("freshest"), q.isNull(3) ? QString() : iso(q.integer(3))}});
    }
    out.insert(QStringLiteral("coverage"), coverage);

    // Gaps: days without rows for channels that report on most days.
    QHash<QString, QSet<qint64>> days;
    // By canonical channel (ChannelTaxonomy): a day with rows of any of its stored channels is covered.
    const ChannelTaxonomy::Groups groups = ChannelTaxonomy::groupsOf(workspace);
    SqliteStatement d(db, QStringLiteral("SELECT channel_id, day FROM campaign_rows WHERE day BETWEEN ?1 AND ?2"
                                         " GROUP BY channel_id, day"));
    d.bind(1, from);
    d.bind(2, to);
    while (d.step()) {
        days[groups.nameOf(d.integer(0))].insert(d.integer(1));
    }
    const qint64 periodDays = to - from + 1;
    QJsonArray gaps;
    QStringList channels = days.keys();
    channels.sort();
    for (const QString &channel : channels) {
        const QSet<qint64> &seen = days.value(channel);
        if (seen.size() >= periodDays * UsualCoverage && seen.size() < periodDays) {
            QJsonArray missing;
            for (qint64 day = from; day <= to; ++day) {
                if (!seen.contains(day)) {
                    missing.append(iso(day));
                }
            }
            gaps.append(QJsonObject{{QStringLiteral("channel"), channel},
                                    {QStringLiteral("missing_days"), missing.size()},
                                    {QStringLiteral("days"), missing}});
        }
    }
    out.insert(QStringLiteral("gaps"), gaps);

    // Rejected rows of the imports that brought data for the period.
    SqliteStatement r(db, QStringLiteral("SELECT coalesce(sum(rows_rejected), 0), count(*) FROM imports"));
    r.step();
    out.insert(QStringLiteral("rejected_rows"), r.integer(0));
    out.insert(QStringLiteral("imports"), r.integer(1));

    // Platform-reported leads against CRM leads, channel by channel: every channel with either (the
    // reconciliation), and those that differ by more than a fifth (the disagreements).
    QJsonArray reconciliation;
    QJsonArray disagreements;
    KpiEngine engine(workspace);
    if (engine.leadsSource() == u"crm") {
        const QHash<QString, double> keyEvents = engine.keyEventsByChannel(scope);
        for (const KpiEngine::Row &row : engine.breakdown(scope, Breakdown::Channel, Comparison::None)) {
            const auto platform = row.values.value(u"platform_leads");
            const auto crm = row.values.value(u"leads");
            const auto events = keyEvents.constFind(row.key);
            if (platform.value_or(0) <= 0 && crm.value_or(0) <= 0 && events == keyEvents.constEnd()) {
                continue;
            }
            QJsonObject entry{{QStringLiteral("channel"), row.key},
                              {QStringLiteral("platform"), platform ? QJsonValue(*platform) : QJsonValue()},
                              {QStringLiteral("crm"), crm ? QJsonValue(*crm) : QJsonValue()}};
            if (!keyEvents.isEmpty()) {
                entry.insert(QStringLiteral("key_events"),
                             events != keyEvents.constEnd() ? QJsonValue(*events) : QJsonValue());
            }
            reconciliation.append(entry);
            if (!platform || !crm) {
                continue;
            }
            const double larger = std::max(*platform, *crm);
            if (larger > 0 && std::fabs(*platform - *crm) / larger > Disagreement) {
                disagreements.append(entry);
            }
        }
    }
    out.insert(QStringLiteral("reconciliation"), reconciliation);
    out.insert(QStringLiteral("disagreements"), disagreements);
    // Range reports spread over days that touch the period: its days hold shares of totals, not what happened.
    QJsonArray spread;
    for (const SpreadImport &i : ImportLog(workspace).spreadOver(scope.from, scope.to)) {
        spread.append(QJsonObject{{QStringLiteral("file"), i.fileName},
                                  {QStringLiteral("from"), i.from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), i.to.toString(Qt::ISODate)}});
    }
    out.insert(QStringLiteral("spread"), spread);
    return out;
}

} // namespace funnelscope

#include "dataquality.h"

#include "kpi/kpiengine.h"
#include "store/importlog.h"
#include "store/qualityreader.h"
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
    const qint64 from = scope.from.toJulianDay();
    const qint64 to = scope.to.toJulianDay();
    const QualityReader reader(workspace);
    QJsonObject out;

    // Coverage: rows in the period per kind and source, and each source's freshest date overall.
    QJsonArray coverage;
    for (const SourceCoverage &c : reader.coverage(from, to)) {
        coverage.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                    {QStringLiteral("source"), c.source},
                                    {QStringLiteral("rows"), c.rowsInPeriod},
                                    {QStringLiteral("freshest"), c.freshest ? iso(*c.freshest) : QString()}});
    }
    out.insert(QStringLiteral("coverage"), coverage);

    // Gaps: days without rows for channels that report on most days.
    QHash<QString, QSet<qint64>> days;
    // By canonical channel (ChannelTaxonomy): a day with rows of any of its stored channels is covered.
    const ChannelTaxonomy::Groups groups = ChannelTaxonomy::groupsOf(workspace);
    for (const ChannelDay &d : reader.campaignDays(from, to)) {
        days[groups.nameOf(d.channelId)].insert(d.day);
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
    const QualityReader::Rejections rejections = reader.rejections();
    out.insert(QStringLiteral("rejected_rows"), rejections.rejectedRows);
    out.insert(QStringLiteral("imports"), rejections.imports);

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

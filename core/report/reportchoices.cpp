#include "reportchoices.h"

#include "i18n/contexts.h"

#include <QJsonArray>

namespace funnelscope {

QStringList ReportChoices::sectionIds()
{
    return {QStringLiteral("cover"),  QStringLiteral("summary"), QStringLiteral("goals"),   QStringLiteral("quality"),
            QStringLiteral("notes"),  QStringLiteral("trends"),  QStringLiteral("moved"),   QStringLiteral("funnel"),
            QStringLiteral("review"), QStringLiteral("actions"), QStringLiteral("appendix")};
}

QString ReportChoices::sectionTitle(const QString &id)
{
    if (id == u"cover") {
        return Report::tr("Cover");
    }
    if (id == u"summary") {
        return Report::tr("Executive summary");
    }
    if (id == u"goals") {
        return Report::tr("Goals and their pace");
    }
    if (id == u"quality") {
        return Report::tr("Data quality");
    }
    if (id == u"notes") {
        return Report::tr("Notes on the data");
    }
    if (id == u"trends") {
        return Report::tr("Trends and anomalies");
    }
    if (id == u"moved") {
        return Report::tr("What moved");
    }
    if (id == u"funnel") {
        return Report::tr("The funnel");
    }
    if (id == u"review") {
        return Report::tr("Changes since the last review");
    }
    if (id == u"actions") {
        return Report::tr("Recommended actions and decisions");
    }
    if (id == u"appendix") {
        return Report::tr("Appendix: KPI definitions");
    }
    return id;
}

QStringList ReportChoices::unknownSections(const QStringList &list)
{
    const QStringList known = sectionIds();
    QStringList unknown;
    for (const QString &id : list) {
        if (!known.contains(id)) {
            unknown.append(id);
        }
    }
    return unknown;
}

QJsonObject ReportChoices::toJson() const
{
    QJsonObject o;
    if (!author.trimmed().isEmpty()) {
        o.insert(QStringLiteral("author"), author.trimmed());
    }
    if (!audience.trimmed().isEmpty()) {
        o.insert(QStringLiteral("audience"), audience.trimmed());
    }
    if (!sections.isEmpty()) {
        o.insert(QStringLiteral("sections"), QJsonArray::fromStringList(sections));
    }
    QJsonObject text;
    for (auto it = comments.begin(); it != comments.end(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            text.insert(it.key(), it.value().trimmed());
        }
    }
    if (!text.isEmpty()) {
        o.insert(QStringLiteral("comments"), text);
    }
    return o;
}

ReportChoices ReportChoices::fromJson(const QJsonObject &o)
{
    ReportChoices c;
    c.author = o.value(QStringLiteral("author")).toString();
    c.audience = o.value(QStringLiteral("audience")).toString();
    QStringList chosen;
    for (const QJsonValue &v : o.value(QStringLiteral("sections")).toArray()) {
        chosen.append(v.toString());
    }
    if (!chosen.isEmpty()) {
        for (const QString &id : sectionIds()) {
            if (chosen.contains(id)) {
                c.sections.append(id);
            }
        }
        if (c.sections.isEmpty()) {
            // Only sections this version does not know: print what it can rather than an empty document.
            c.sections = sectionIds();
        }
    }
    const QJsonObject text = o.value(QStringLiteral("comments")).toObject();
    for (auto it = text.begin(); it != text.end(); ++it) {
        if (sectionIds().contains(it.key()) && !it.value().toString().trimmed().isEmpty()) {
            c.comments.insert(it.key(), it.value().toString());
        }
    }
    return c;
}

ReportChoices ReportChoices::ofReview(const QJsonObject &content)
{
    return fromJson(content.value(QStringLiteral("presentation")).toObject());
}

} // namespace funnelscope

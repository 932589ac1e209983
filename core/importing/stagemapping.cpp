#include "stagemapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace funnelscope {

namespace {

// A label as the rules compare it: lower case, without the pipeline HubSpot appends in brackets when an export spans
// several pipelines ("Closed won (Sales Pipeline)"), and with only its letters and digits ("Closed: won",
// "Closed-Won", "closedwon" and "CLOSED WON" are one label).
QString ruleKey(QStringView label)
{
    QString s = label.trimmed().toString().toLower();
    static const QRegularExpression pipeline(QStringLiteral("\\s*\\([^()]*\\)$"));
    if (const QString without = QString(s).remove(pipeline); !without.trimmed().isEmpty()) {
        s = without;
    }
    QString out;
    out.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

} // namespace

StageMapping::Reading StageMapping::byRules(QStringView label)
{
    const QString key = ruleKey(label);
    if (key == u"won") {
        return {Status::Won, true};
    }
    if (key == u"lost") {
        return {Status::Lost, true};
    }
    // Every closed stage that is not won is lost for the win rate and the pipeline: HubSpot's and Salesforce's
    // "Closed Lost", and custom pipelines' "Closed: abandoned", "Closed - cancelled", "Closed (no decision)".
    if (key.startsWith(u"closed")) {
        const QStringView rest = QStringView(key).mid(6);
        if (rest.contains(u"won") || rest.contains(u"win")) {
            return {Status::Won, true};
        }
        if (!rest.isEmpty()) {
            return {Status::Lost, true};
        }
    }
    // The open stages of the default pipelines: HubSpot's sales pipeline, then Salesforce's Opportunity stages.
    static const QStringList open = {
        QStringLiteral("open"),
        QStringLiteral("appointmentscheduled"),
        QStringLiteral("qualifiedtobuy"),
        QStringLiteral("presentationscheduled"),
        QStringLiteral("decisionmakerboughtin"),
        QStringLiteral("contractsent"),
        QStringLiteral("prospecting"),
        QStringLiteral("qualification"),
        QStringLiteral("needsanalysis"),
        QStringLiteral("valueproposition"),
        QStringLiteral("iddecisionmakers"),
        QStringLiteral("perceptionanalysis"),
        QStringLiteral("proposalpricequote"),
        QStringLiteral("negotiationreview"),
    };
    return {Status::Open, open.contains(key)};
}

QString StageMapping::userKey(QStringView label)
{
    return label.trimmed().toString().toLower().simplified();
}

StageMapping::Reading StageMapping::read(QStringView label) const
{
    if (const auto it = m_user.constFind(userKey(label)); it != m_user.constEnd()) {
        return {*it, true};
    }
    return byRules(label);
}

std::optional<StageMapping::Status> StageMapping::userStatus(QStringView label) const
{
    if (const auto it = m_user.constFind(userKey(label)); it != m_user.constEnd()) {
        return *it;
    }
    return std::nullopt;
}

void StageMapping::set(QStringView label, Status status)
{
    m_user.insert(userKey(label), status);
}

void StageMapping::merge(const StageMapping &other)
{
    for (auto it = other.m_user.constBegin(); it != other.m_user.constEnd(); ++it) {
        m_user.insert(it.key(), it.value());
    }
}

QString StageMapping::fingerprint() const
{
    QStringList labels = m_user.keys();
    labels.sort();
    QString text;
    for (const QString &label : std::as_const(labels)) {
        text += QStringLiteral(";stage:%1=%2").arg(label, statusName(m_user.value(label)));
    }
    return text;
}

QString StageMapping::toJson() const
{
    QJsonObject o;
    for (auto it = m_user.constBegin(); it != m_user.constEnd(); ++it) {
        o.insert(it.key(), statusName(it.value()));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

StageMapping StageMapping::fromJson(const QString &json)
{
    StageMapping m;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (const auto status = statusFromName(it.value().toString())) {
            m.set(it.key(), *status);
        }
    }
    return m;
}

QString StageMapping::statusName(Status status)
{
    switch (status) {
    case Status::Won:
        return QStringLiteral("won");
    case Status::Lost:
        return QStringLiteral("lost");
    case Status::Open:
        break;
    }
    return QStringLiteral("open");
}

std::optional<StageMapping::Status> StageMapping::statusFromName(QStringView name)
{
    const QString s = name.trimmed().toString().toLower();
    if (s == u"won") {
        return Status::Won;
    }
    if (s == u"lost") {
        return Status::Lost;
    }
    if (s == u"open") {
        return Status::Open;
    }
    return std::nullopt;
}

std::optional<std::pair<QString, StageMapping::Status>> StageMapping::parseAssignment(QStringView text)
{
    const qsizetype eq = text.lastIndexOf(u'=');
    if (eq <= 0) {
        return std::nullopt;
    }
    const QStringView label = text.first(eq).trimmed();
    const auto status = statusFromName(text.mid(eq + 1));
    if (label.isEmpty() || !status) {
        return std::nullopt;
    }
    return std::pair(label.toString(), *status);
}

} // namespace funnelscope

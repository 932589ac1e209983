#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace funnelscope {

// How a CRM's deal stage labels read as open, won or lost: first the user's mapping of their own pipeline's stages
// (given with --stage or in the import dialog, remembered per workspace), then rules for the stage names of HubSpot's
// and Salesforce's default pipelines and the shapes custom pipelines give them ("Closed: won", "Closed won (Sales
// Pipeline)", "Closed: abandoned"); see docs/deal-stages.md. It does not store anything: deals keep only the status,
// and the importer keeps the user's mapping in the workspace's settings.
class StageMapping
{
public:
    enum class Status
    {
        Open,
        Won,
        Lost
    };
    struct Reading
    {
        Status status = Status::Open;
        bool recognised = false; // false: no mapping and no rule knows the label, and it is counted as open
    };

    // The settings key of the workspace's remembered mapping.
    static QString settingKey() { return QStringLiteral("deal_stages"); }

    Reading read(QStringView label) const;
    void set(QStringView label, Status status);
    // Adds other's mappings; other's win where both map a label.
    void merge(const StageMapping &other);
    bool isEmpty() const { return m_user.isEmpty(); }
    // The user's mapping of label, if any.
    std::optional<Status> userStatus(QStringView label) const;
    // What the rules alone say about label.
    static Reading byRules(QStringView label);

    // The user's mappings as stable text, for the import fingerprint (a new mapping is a new import) and the settings.
    QString fingerprint() const;
    QString toJson() const;
    static StageMapping fromJson(const QString &json);

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(QStringView name);
    // "Closed: abandoned=lost" as --stage writes it; the label is what comes before the last '='.
    static std::optional<std::pair<QString, Status>> parseAssignment(QStringView text);

private:
    // Labels the user maps match ignoring case and runs of spaces, so that "closed:  abandoned" maps "Closed:
    // abandoned" — but not ignoring the pipeline in brackets, which can tell two pipelines' stages apart.
    static QString userKey(QStringView label);

    QHash<QString, Status> m_user;
};

} // namespace funnelscope

#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace funnelscope {

// What the person who sends a review chooses about its PDF: who prepared it and for whom (the cover's "Prepared by
// Anna Nowak for the Board"), which sections it has, and their own comment at the top of any section. Saved with the
// review (its content's "presentation"), as given: the comments are the user's words, not findings to re-render. It
// does not know how a section is drawn (ReportWriter does) nor where it is stored (GoalStore::savePresentation).
struct ReportChoices
{
    QString author;
    QString audience;
    QStringList sections;            // ids in the order of sectionIds(); empty: every section
    QMap<QString, QString> comments; // section id → plain text, paragraphs separated by blank lines

    // The PDF's sections in print order: cover, summary, goals, quality, notes, trends, moved, funnel, review,
    // actions, appendix.
    static QStringList sectionIds();
    // A section's name in the user's language ("Executive summary").
    static QString sectionTitle(const QString &id);
    // The ids of list that are no section, in their order.
    static QStringList unknownSections(const QStringList &list);

    bool shows(const QString &section) const { return sections.isEmpty() || sections.contains(section); }
    QString comment(const QString &section) const { return comments.value(section).trimmed(); }

    // {"author", "audience", "sections": [...], "comments": {id: text}}; empty members left out. fromJson ignores
    // ids it does not know (a review saved by a later version) and keeps the chosen ones in print order.
    QJsonObject toJson() const;
    static ReportChoices fromJson(const QJsonObject &o);
    // The choices a review's content carries ("presentation"), or none (every section, no author).
    static ReportChoices ofReview(const QJsonObject &content);
};

} // namespace funnelscope

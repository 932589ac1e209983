#pragma once

#include <QChar>
#include <QHash>
#include <QString>
#include <QStringList>

namespace funnelscope {

// The words of dates in the languages Funnelscope reads, as data: resources/languages/<lang>/dates.json (month
// names in every form the tools write, weekday names, the words around a date such as "de" or "г.", the connectors
// and titles of range lines, "All time" and GA4's start and end date labels). Loaded once, on first use; adding a
// language is adding a file. It knows words, not date forms: DateParser reads dates with it.
class DateVocabulary
{
public:
    struct Language
    {
        QString code; // "pt_BR", the folder name
        QString name; // "Portuguese (Brazil)"
        QChar decimalSeparator;
    };

    static const DateVocabulary &instance();

    // 1–12 for a month name or abbreviation in any language (lower case, any trailing dot dropped), 0 for none, -1
    // for a word that is a month of different numbers in two languages (never read as either).
    int month(QStringView word) const;
    bool isWeekday(QStringView word) const;
    bool isFiller(QStringView word) const;
    // The decimal separator of every language whose month names include the word, when they all agree (the
    // language evidence of a word date); a null QChar otherwise.
    QChar decimalSeparatorOfMonth(QStringView word) const;

    const QStringList &rangeConnectors() const { return m_connectors; } // longest first
    const QStringList &rangePrefixes() const { return m_prefixes; }
    bool isAllTime(QStringView line) const;
    // The date after a "Start date:" or "End date:" label in any language ("# Data de início: 20260401"), or empty.
    QStringView afterStartLabel(QStringView line) const;
    QStringView afterEndLabel(QStringView line) const;

    const QList<Language> &languages() const { return m_languages; }
    // Words whose reading is ambiguous across languages (a month in one, another month in another): for the tests.
    const QStringList &conflicts() const { return m_conflicts; }

    // Lower case without a trailing dot, Turkish dotted capital I folded ("EKİM" → "ekim").
    static QString normalised(QStringView word);

private:
    DateVocabulary();

    QHash<QString, int> m_months;
    QHash<QString, QChar> m_monthDecimal; // null when the languages of the word disagree
    QHash<QString, int> m_weekdays;
    QStringList m_fillers;
    QStringList m_connectors;
    QStringList m_prefixes;
    QStringList m_allTime;     // normalised
    QStringList m_startLabels; // lower case
    QStringList m_endLabels;
    QList<Language> m_languages;
    QStringList m_conflicts;
};

} // namespace funnelscope

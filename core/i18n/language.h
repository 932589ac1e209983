#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace funnelscope {

// The languages Funnelscope speaks: English, the language of the source, and the translations it ships
// (resources/translations/*.ts, compiled into the program).
class Language
{
public:
    static QStringList available();                 // en, pl, ru, tr, zh_CN, zh_TW
    static QString nativeName(const QString &code); // "polski", "русский", …
    static QString fromSystem();                    // the first of the system's languages that is available, or en
    static QString
    matching(const QString &request); // "pl_PL" → pl, "zh-Hant-TW" → zh_TW, "zh" → zh_CN, unknown → empty

    // Makes code the language of the program's text (ours and Qt's own) and its locale the default for numbers,
    // currency and dates. Returns false, changing nothing, for a language that is not available.
    static bool install(const QString &code);
    static QString current();

    // Short date formats for chart axes, as the chosen language writes them (QDate format strings, translated).
    // A user's text (a name, a title) set apart from the sentence around it: its direction, even a right-to-left
    // override inside it, never spills into ours (Unicode's first-strong isolate, U+2068 … U+2069).
    static QString isolated(const QString &userText);

    static QString dayMonthFormat();     // d MMM: 3 Aug
    static QString dayMonthYearFormat(); // d MMM yy: 3 Aug 26
    static QString monthYearFormat();    // MMM yyyy: Aug 2026
    // For date fields: the locale's short date, with the year in full (31.10.2026, 2026/10/31).
    static QString dateEditFormat();
    // The one date style of reviews and their PDF: the locale's medium date, its long date without the weekday and
    // with the month abbreviated (Sep 30, 2025 · 30 wrz 2025 · 30 сент. 2025 г. · 2025年9月30日).
    static QString mediumDateFormat(const QLocale &locale);
    static QString mediumDate(const QDate &date, const QLocale &locale);
};

} // namespace funnelscope

#pragma once

#include <QDate>
#include <QString>

namespace funnelscope {

enum class DateOrder
{
    Unknown,
    DayFirst,
    MonthFirst
};

// Reads the date forms exports write: 2025-03-07, 2025/03/07, 07.03.2025, 03/07/2025 and 07/03/2025 (slash
// dates need the file's order; also with two-digit years, 3/7/25 and 7/3/25), 2025年3月7日, 20250307, dates with
// month names in any language of DateVocabulary (Mar 7, 2025, 7 Mar 2025, ter., 5 de mai. de 2026, 5 мая 2026 г.,
// 5. května 2026; a weekday is optional and ignored), and date-times of all these (2025-03-07 14:05:00, ISO 8601
// with T and a zone), always as the date written, with no zone conversion.
class DateParser
{
public:
    struct Result
    {
        QDate date;
        bool needsOrder = false; // a slash date that the order decides, and the order is unknown
        QString error;
        // For a date with a month name: the decimal separator of its language(s), when they agree (',' for "maja",
        // none for "mar", which several languages share); a null QChar otherwise.
        QChar languageDecimal;
    };

    // A range line or a title's range: "1 de abril de 2026 - 9 de abril de 2026", "2026年4月1日 - 2026年4月9日",
    // "1. April 2026 – 9. April 2026", "od 1 kwietnia 2026 do 9 kwietnia 2026"; both dates invalid when the text is
    // no range (or ends before it starts).
    struct Range
    {
        QDate first;
        QDate last;
        QChar languageDecimal;
    };
    static Range parseRange(QStringView text, DateOrder order);

    // What a slash date says about the file's order: DayFirst when its first field is > 12, MonthFirst when its
    // second is, Unknown otherwise (or when it is no slash date).
    static DateOrder evidence(QStringView text, bool *isSlashDate = nullptr);
    static Result parse(QStringView text, DateOrder order);
};

} // namespace funnelscope

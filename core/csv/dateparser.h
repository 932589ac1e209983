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
// dates need the file's order; also with two-digit years, 3/7/25 and 7/3/25), Mar 7, 2025, 7 Mar 2025, 2025年3月7日,
// 20250307, and date-times of all these (2025-03-07 14:05:00, ISO 8601 with T and a zone), always as the date written,
// with no zone conversion.
class DateParser
{
public:
    struct Result
    {
        QDate date;
        bool needsOrder = false; // a slash date that the order decides, and the order is unknown
        QString error;
    };

    // What a slash date says about the file's order: DayFirst when its first field is > 12, MonthFirst when its
    // second is, Unknown otherwise (or when it is no slash date).
    static DateOrder evidence(QStringView text, bool *isSlashDate = nullptr);
    static Result parse(QStringView text, DateOrder order);
};

} // namespace funnelscope

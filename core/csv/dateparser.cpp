#include "dateparser.h"

#include "i18n/contexts.h"

#include <QRegularExpression>

namespace funnelscope {

namespace {

int monthFromName(QStringView name)
{
    static const char16_t *const months[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                             u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    if (name.size() < 3) {
        return 0;
    }
    QString lower = name.toString().toLower();
    if (lower.endsWith(u'.')) {
        lower.chop(1);
    }
    static const QStringList full = {QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                     QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
                                     QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
                                     QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    for (int m = 0; m < 12; ++m) {
        if (lower == QStringView(months[m]) || lower == full.at(m) || (m == 8 && lower == u"sept")) {
            return m + 1;
        }
    }
    return 0;
}

// Drops a time of day after a date: " 14:05", " 14:05:00", "T14:05:00Z", " 2:05 PM", "T14:05:00+02:00".
QStringView withoutTime(QStringView s)
{
    static const QRegularExpression time(QStringLiteral(
        R"((?:[T ]|,? )\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?: ?[AaPp][Mm])?(?: ?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?$)"));
    const auto m = time.match(s);
    return m.hasMatch() ? s.first(m.capturedStart()) : s;
}

struct Slash
{
    int a = 0, b = 0, year = 0;
};

bool splitSlash(QStringView s, Slash &out)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$)"));
    const auto m = re.match(s);
    if (!m.hasMatch()) {
        return false;
    }
    out.a = m.capturedView(1).toInt();
    out.b = m.capturedView(2).toInt();
    out.year = m.capturedView(3).toInt();
    // Two-digit years, as Excel writes m/d/yy and d/m/yy cells when it re-saves a file: 00–68 are 2000–2068 and
    // 69–99 are 1969–1999, the POSIX strptime %y rule (docs/decisions.md).
    if (m.capturedLength(3) == 2) {
        out.year += out.year < 69 ? 2000 : 1900;
    }
    return true;
}

} // namespace

DateOrder DateParser::evidence(QStringView text, bool *isSlashDate)
{
    Slash s;
    const bool slash = splitSlash(withoutTime(text.trimmed()), s);
    if (isSlashDate) {
        *isSlashDate = slash;
    }
    if (!slash) {
        return DateOrder::Unknown;
    }
    if (s.a > 12 && s.b <= 12) {
        return DateOrder::DayFirst;
    }
    if (s.b > 12 && s.a <= 12) {
        return DateOrder::MonthFirst;
    }
    return DateOrder::Unknown;
}

DateParser::Result DateParser::parse(QStringView text, DateOrder order)
{
    const QStringView original = text.trimmed();
    const QStringView s = withoutTime(original);
    Result result;
    const auto make = [&](int y, int m, int d) {
        result.date = QDate(y, m, d);
        if (!result.date.isValid()) {
            result.error = Import::tr("not a valid date: '%1'").arg(original);
        }
        return result;
    };

    // The common case first, without a regular expression: 2025-03-07.
    if (s.size() == 10 && s.at(4) == u'-' && s.at(7) == u'-') {
        int v[3] = {0, 0, 0};
        const int from[3] = {0, 5, 8};
        const int len[3] = {4, 2, 2};
        bool digits = true;
        for (int f = 0; f < 3 && digits; ++f) {
            for (int k = 0; k < len[f]; ++k) {
                const char16_t c = s.at(from[f] + k).unicode();
                digits = digits && c >= u'0' && c <= u'9';
                v[f] = v[f] * 10 + (c - u'0');
            }
        }
        if (digits) {
            return make(v[0], v[1], v[2]);
        }
    }

    static const QRegularExpression ymd(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    // GA4 explorations' "Date + hour (YYYYMMDDHH)": the hour is dropped, so hourly rows sum into their day.
    static const QRegularExpression compactHour(QStringLiteral(R"(^((?:19|20)\d{2})(\d{2})(\d{2})([01]\d|2[0-3])$)"));
    static const QRegularExpression cjk(QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$)"));
    static const QRegularExpression monthFirst(QStringLiteral(R"(^([A-Za-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{4})$)"));
    static const QRegularExpression dayFirst(QStringLiteral(R"(^(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?),?[\s-]+(\d{4})$)"));

    if (const auto m = ymd.match(s); m.hasMatch()) {
        return make(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    if (const auto m = dotted.match(s); m.hasMatch()) {
        return make(m.capturedView(3).toInt(), m.capturedView(2).toInt(), m.capturedView(1).toInt());
    }
    if (const auto m = compact.match(s); m.hasMatch()) {
        return make(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    if (const auto m = compactHour.match(s); m.hasMatch()) {
        return make(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    if (const auto m = cjk.match(s); m.hasMatch()) {
        return make(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    if (const auto m = monthFirst.match(s); m.hasMatch()) {
        if (const int month = monthFromName(m.capturedView(1))) {
            return make(m.capturedView(3).toInt(), month, m.capturedView(2).toInt());
        }
    }
    if (const auto m = dayFirst.match(s); m.hasMatch()) {
        if (const int month = monthFromName(m.capturedView(2))) {
            return make(m.capturedView(3).toInt(), month, m.capturedView(1).toInt());
        }
    }
    Slash slash;
    if (splitSlash(s, slash)) {
        if (!QDate(slash.year, slash.a, slash.b).isValid() && !QDate(slash.year, slash.b, slash.a).isValid()) {
            return make(slash.year, slash.a, slash.b); // a date in neither order (13/13/2025): invalid, not ambiguous
        }
        DateOrder own = evidence(s);
        if (own == DateOrder::Unknown) {
            own = order;
        }
        if (own == DateOrder::Unknown) {
            result.needsOrder = true;
            result.error =
                Import::tr("ambiguous date '%1': day or month first? Choose with --date-order dmy|mdy").arg(original);
            return result;
        }
        if (order != DateOrder::Unknown && own != order) {
            result.error = Import::tr("'%1' is not a date in the file's %2 order")
                               .arg(original, order == DateOrder::DayFirst ? Import::tr("day/month/year")
                                                                           : Import::tr("month/day/year"));
            return result;
        }
        return own == DateOrder::DayFirst ? make(slash.year, slash.b, slash.a) : make(slash.year, slash.a, slash.b);
    }
    result.error = Import::tr("not a date: '%1'").arg(original);
    return result;
}

} // namespace funnelscope

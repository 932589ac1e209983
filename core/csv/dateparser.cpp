#include "dateparser.h"

#include "datevocabulary.h"
#include "i18n/contexts.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace funnelscope {

namespace {

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A number token of a word date: "5", "05", "5." (German, Czech), "1er", "5th", "5º"; its digits, or empty.
QStringView numberToken(QStringView t)
{
    qsizetype n = 0;
    while (n < t.size() && t.at(n) >= u'0' && t.at(n) <= u'9') {
        ++n;
    }
    if (n == 0) {
        return {};
    }
    const QStringView rest = t.mid(n);
    static const char16_t *const suffixes[] = {u"", u".", u"er", u"st", u"nd", u"rd", u"th", u"º", u"ª", u"o"};
    for (const char16_t *suffix : suffixes) {
        if (rest.compare(QStringView(suffix), Qt::CaseInsensitive) == 0) {
            return t.first(n);
        }
    }
    return {};
}

// A date written with a month name, in any language of the vocabulary: one day, one month name, one four-digit
// year, in any order, with an optional weekday and the language's filler words ("de", "г.", "r.").
bool wordDate(QStringView s, int &year, int &month, int &day, QChar &languageDecimal)
{
    const DateVocabulary &vocabulary = DateVocabulary::instance();
    QVarLengthArray<QStringView, 8> words;
    year = month = day = 0;
    const auto take = [&](QStringView token) {
        while (token.endsWith(u'.')) {
            token.chop(1);
        }
        if (token.isEmpty()) {
            return true;
        }
        if (const QStringView digits = numberToken(token); !digits.isEmpty()) {
            if (digits.size() == 4 && year == 0) {
                year = digits.toInt();
                return true;
            }
            if (digits.size() <= 2 && day == 0) {
                day = digits.toInt();
                return true;
            }
            return false;
        }
        if (vocabulary.isFiller(token)) {
            return true;
        }
        if (words.size() >= 2) {
            return false;
        }
        words.append(token);
        return true;
    };
    qsizetype from = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const bool end = i == s.size();
        const QChar c = end ? QChar(u' ') : s.at(i);
        if (!(c.isSpace() || c == u',' || c == u'(' || c == u')' || c == u'（' || c == u'）' || c == u'/')) {
            continue;
        }
        const QStringView token = s.mid(from, i - from);
        from = i + 1;
        // "07-Mar-2025" and "7-mars-2025" are one token; "terça-feira" is one word.
        if (token.contains(u'-') && !vocabulary.isWeekday(token) && vocabulary.month(token) == 0) {
            for (const QStringView part : token.split(u'-')) {
                if (!take(part)) {
                    return false;
                }
            }
        } else if (!take(token)) {
            return false;
        }
    }
    if (year == 0 || day == 0 || words.isEmpty()) {
        return false;
    }
    QStringView monthWord;
    if (words.size() == 1) {
        monthWord = words.at(0);
    } else if (vocabulary.isWeekday(words.at(0)) && vocabulary.month(words.at(1)) > 0) {
        monthWord = words.at(1); // "mar., 5 mai 2026": the first word is the weekday even if it could be a month
    } else if (vocabulary.isWeekday(words.at(1)) && vocabulary.month(words.at(0)) > 0) {
        monthWord = words.at(0); // Turkish "5 Mayıs 2026 Salı"
    } else {
        return false;
    }
    month = vocabulary.month(monthWord);
    if (month <= 0) {
        return false;
    }
    languageDecimal = vocabulary.decimalSeparatorOfMonth(monthWord);
    return true;
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
    static const QRegularExpression cjk(
        QStringLiteral(R"(^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*[(（]?\s*([^\s()（）]*)\s*[)）]?$)"));

    if (const auto m = ymd.match(s); m.hasMatch()) {
        return make(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    if (const auto m = dotted.match(s); m.hasMatch()) {
        return make(m.capturedView(3).toInt(), m.capturedView(2).toInt(), m.capturedView(1).toInt());
    }
    if (isAsciiDigits(s)) {
        if (const auto m = compact.match(s); m.hasMatch()) {
            return make(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        }
        if (const auto m = compactHour.match(s); m.hasMatch()) {
            return make(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        }
    }
    // 2026年5月5日, also with its weekday after it: 2026年5月5日 星期二, 2026年5月5日（週二）.
    if (const auto m = cjk.match(s);
        m.hasMatch() && (m.capturedView(4).isEmpty() || DateVocabulary::instance().isWeekday(m.capturedView(4)))) {
        return make(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    }
    if (std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); })) {
        int y = 0, mo = 0, d = 0;
        QChar decimal;
        if (wordDate(s, y, mo, d, decimal)) {
            result.languageDecimal = decimal;
            return make(y, mo, d);
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

DateParser::Range DateParser::parseRange(QStringView text, DateOrder order)
{
    const DateVocabulary &vocabulary = DateVocabulary::instance();
    const QStringView line = text.trimmed();
    const auto date = [&](QStringView part, QChar &decimal) {
        part = part.trimmed();
        for (const QString &prefix : vocabulary.rangePrefixes()) {
            if (part.size() > prefix.size() && part.startsWith(prefix, Qt::CaseInsensitive) &&
                part.at(prefix.size()).isSpace()) {
                part = part.mid(prefix.size()).trimmed();
                break;
            }
        }
        const Result r = parse(part, order);
        if (r.languageDecimal != QChar()) {
            decimal = r.languageDecimal;
        }
        return r.date;
    };
    for (const QString &connector : vocabulary.rangeConnectors()) {
        // (Chinese 至 and 到 need no spaces: the script has none.)
        const bool word = connector.front().isLetter() && connector.front().unicode() < 0x3000;
        for (qsizetype at = line.indexOf(connector, 0, Qt::CaseInsensitive); at > 0;
             at = line.indexOf(connector, at + 1, Qt::CaseInsensitive)) {
            const qsizetype after = at + connector.size();
            // A word connector ("a", "do", "bis") stands between spaces, not inside "abril" or "dodatek".
            if (word && (!line.at(at - 1).isSpace() || after >= line.size() || !line.at(after).isSpace())) {
                continue;
            }
            Range range;
            const QStringView head = line.first(at).trimmed();
            const QStringView tail = line.mid(after).trimmed();
            QDate first = date(head, range.languageDecimal);
            QDate last = date(tail, range.languageDecimal);
            // The two days share their month and year, written once: "1-9 апреля 2026 г.", "1–9 de abril de 2026",
            // "1 - 9 Nisan 2026" (the first day takes the words after the last one's day), or "2026年4月1日-9日"
            // (the last day takes what comes before the first one's day). Only a short part is completed.
            if (!first.isValid() && last.isValid() && !head.isEmpty() && head.size() <= 24) {
                for (qsizetype i = 1; i < tail.size() && !first.isValid(); ++i) {
                    if (tail.at(i - 1).isSpace() && !tail.at(i).isSpace()) {
                        first = date(head.toString() + u' ' + tail.mid(i).toString(), range.languageDecimal);
                    }
                }
            } else if (first.isValid() && !last.isValid() && !tail.isEmpty() && tail.size() <= 24 &&
                       tail.front().isDigit()) {
                for (qsizetype i = head.size() - 1; i > 0 && !last.isValid(); --i) {
                    if (!head.at(i - 1).isDigit() && head.at(i).isDigit()) {
                        last = date(head.first(i).toString() + tail.toString(), range.languageDecimal);
                    }
                }
            }
            if (!first.isValid()) {
                continue;
            }
            if (last.isValid() && first <= last) {
                range.first = first;
                range.last = last;
                return range;
            }
        }
    }
    return {};
}

} // namespace funnelscope

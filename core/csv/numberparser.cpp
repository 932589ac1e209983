#include "numberparser.h"

#include "i18n/contexts.h"

#include <QStringList>

namespace funnelscope {

namespace {

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u2009' || c == u'\u202F' || c == u'\'';
}

// Strips currency signs and codes from both ends; returns the trimmed rest.
QStringView stripCurrency(QStringView s)
{
    static const QStringList tokens = {
        QStringLiteral("NT$"),  QStringLiteral("US$"), QStringLiteral("zł"),  QStringLiteral("PLN"),
        QStringLiteral("USD"),  QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("TRY"),
        QStringLiteral("RUB"),  QStringLiteral("TWD"), QStringLiteral("CNY"), QStringLiteral("RMB"),
        QStringLiteral("CHF"),  QStringLiteral("CZK"), QStringLiteral("UAH"), QStringLiteral("JPY"),
        QStringLiteral("руб."), QStringLiteral("руб"), QStringLiteral("р."),  QStringLiteral("TL"),
        QStringLiteral("zl"),   QStringLiteral("Kč"),  QStringLiteral("$"),   QStringLiteral("€"),
        QStringLiteral("£"),    QStringLiteral("¥"),   QStringLiteral("₺"),   QStringLiteral("₽"),
        QStringLiteral("₴"),    QStringLiteral("元")};
    bool changed = true;
    s = s.trimmed();
    while (changed && !s.isEmpty()) {
        changed = false;
        for (const QString &t : tokens) {
            if (s.startsWith(t, Qt::CaseInsensitive)) {
                s = s.mid(t.size()).trimmed();
                changed = true;
            } else if (s.endsWith(t, Qt::CaseInsensitive)) {
                s = s.chopped(t.size()).trimmed();
                changed = true;
            }
        }
        while (!s.isEmpty() && isGroupSpace(s.front())) {
            s = s.mid(1);
        }
        while (!s.isEmpty() && isGroupSpace(s.back())) {
            s.chop(1);
        }
    }
    return s;
}

QString separatorName(QChar c)
{
    return c == u',' ? Import::tr("comma (1,5)") : Import::tr("point (1.5)");
}

} // namespace

std::optional<QChar> NumberParser::provenDecimalSeparator(QStringView text)
{
    qsizetype lastDot = text.lastIndexOf(u'.');
    qsizetype lastComma = text.lastIndexOf(u',');
    if (lastDot >= 0 && lastComma >= 0) {
        return lastDot > lastComma ? QChar(u'.') : QChar(u',');
    }
    const qsizetype at = qMax(lastDot, lastComma);
    if (at < 0 || text.count(text.at(at)) != 1) {
        return std::nullopt;
    }
    qsizetype digitsAfter = 0;
    for (qsizetype i = at + 1; i < text.size() && text.at(i).isDigit(); ++i) {
        ++digitsAfter;
    }
    if (digitsAfter != 3 && digitsAfter > 0) {
        return text.at(at);
    }
    return std::nullopt;
}

NumberParser::Evidence NumberParser::evidence(QStringView text, bool wholeNumbers)
{
    if (!text.contains(u'.') && !text.contains(u',')) {
        return Evidence::None; // the common case, without stripping anything: 1234, 1 234
    }
    const QStringView s = stripCurrency(text);
    const qsizetype dots = s.count(u'.');
    const qsizetype commas = s.count(u',');
    const auto decimal = [](QChar c) {
        return c == u',' ? Evidence::DecimalComma : Evidence::DecimalPoint;
    };
    const auto grouping = [](QChar c) {
        return c == u',' ? Evidence::DecimalPoint : Evidence::DecimalComma;
    };
    if (dots == 0 && commas == 0) {
        return Evidence::None;
    }
    if (dots && commas) {
        return decimal(s.lastIndexOf(u'.') > s.lastIndexOf(u',') ? QChar(u'.') : QChar(u','));
    }
    const QChar sep = dots ? QChar(u'.') : QChar(u',');
    if (dots > 1 || commas > 1) {
        return grouping(sep); // repeated: 1.234.567 groups with dots
    }
    if (const auto proven = provenDecimalSeparator(s)) {
        return decimal(*proven);
    }
    // A leading zero is never grouped: 0.234 and 0,234 are decimals; so are .5 and ,5.
    qsizetype first = 0;
    while (first < s.size() &&
           (s.at(first) == u'-' || s.at(first) == u'\u2212' || s.at(first) == u'+' || s.at(first) == u'(')) {
        ++first;
    }
    const QStringView digits = s.mid(first);
    if (digits.startsWith(sep) || (digits.size() > 1 && digits.at(0) == u'0' && digits.at(1) == sep)) {
        return decimal(sep);
    }
    const qsizetype at = s.indexOf(sep);
    if (at <= 0 || !s.at(at - 1).isDigit()) {
        return Evidence::None; // not a number: the reading of the cell says so, not its separator
    }
    return wholeNumbers ? grouping(sep) : Evidence::Ambiguous;
}

NumberParser::Result NumberParser::parse(QStringView text, QChar decimalSeparator)
{
    return read(text, decimalSeparator, false);
}

NumberParser::Result NumberParser::parseStrict(QStringView text, QChar decimalSeparator)
{
    return read(text, decimalSeparator, true);
}

NumberParser::Result NumberParser::read(QStringView text, QChar decimalSeparator, bool strict)
{
    // The common case without any allocation: plain digits, maybe with a decimal point ("1234", "12.50").
    if (!text.isEmpty() && text.size() <= 18) {
        qint64 mantissa = 0;
        int scale = -1;
        bool plain = true;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= u'0' && u <= u'9') {
                mantissa = mantissa * 10 + (u - u'0');
                if (scale >= 0) {
                    ++scale;
                }
            } else if (c == decimalSeparator && scale < 0 && (u == u'.' || u == u',')) {
                scale = 0;
            } else {
                plain = false;
                break;
            }
        }
        if (plain && text.front() != u'.' && scale != 0) {
            return Result{Decimal{mantissa, qMax(scale, 0)}, {}};
        }
    }
    const QStringView original = text.trimmed();
    QStringView s = stripCurrency(original);
    bool negative = false;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = stripCurrency(s.mid(1).chopped(1));
    }
    if (!s.isEmpty() && (s.front() == u'-' || s.front() == u'\u2212' || s.front() == u'+')) {
        negative = negative || s.front() != u'+';
        s = stripCurrency(s.mid(1));
    }
    bool percent = false;
    if (s.endsWith(u'%')) {
        percent = true;
        s = stripCurrency(s.chopped(1));
    }
    if (!s.isEmpty() && (s.front() == u'-' || s.front() == u'\u2212')) {
        negative = true;
        s = stripCurrency(s.mid(1));
    }
    const auto fail = [&] {
        return Result{std::nullopt, Import::tr("not a number: '%1'").arg(original)};
    };
    if (s.isEmpty()) {
        return fail();
    }

    // Which character separates decimals in this value.
    const qsizetype dots = s.count(u'.');
    const qsizetype commas = s.count(u',');
    QChar decimal = decimalSeparator;
    if (dots && commas) {
        decimal = s.lastIndexOf(u'.') > s.lastIndexOf(u',') ? QChar(u'.') : QChar(u',');
    } else if (dots > 1 || commas > 1) {
        decimal = dots > 1 ? QChar(u',') : QChar(u'.'); // repeated: grouping
    } else if (dots == 1 || commas == 1) {
        const QChar sep = dots ? QChar(u'.') : QChar(u',');
        if (auto proven = provenDecimalSeparator(s)) {
            decimal = *proven;
        } else if (s.startsWith(sep) || s.startsWith(QString(u'0') + sep)) {
            decimal = sep;
        }
    }

    if (strict && (dots || commas) && decimal != decimalSeparator) {
        return Result{std::nullopt, Import::tr("'%1' is written with a decimal %2, but this file writes decimals with "
                                               "a %3 (decided from all its numbers)")
                                        .arg(original, separatorName(decimal), separatorName(decimalSeparator))};
    }

    qint64 mantissa = 0;
    int scale = 0;
    int digits = 0;
    bool anyDigit = false; // a separator alone ("." or ",") is no number, not zero
    bool inFraction = false;
    qsizetype groupDigits = -1; // digits since the last grouping separator, -1 before any
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit() && c.unicode() < 0x80) {
            if (digits >= 18) {
                return Result{std::nullopt, Import::tr("number too large: '%1'").arg(original)};
            }
            mantissa = mantissa * 10 + (c.unicode() - u'0');
            anyDigit = true;
            if (mantissa != 0 || inFraction) {
                ++digits;
            }
            if (inFraction) {
                ++scale;
            } else if (groupDigits >= 0) {
                ++groupDigits;
            }
        } else if (c == decimal) {
            if (inFraction || (groupDigits >= 0 && groupDigits != 3)) {
                return fail();
            }
            inFraction = true;
        } else if (c == u'.' || c == u',' || isGroupSpace(c)) {
            if (inFraction || i == 0 || (groupDigits >= 0 && groupDigits != 3)) {
                return fail();
            }
            groupDigits = 0;
        } else {
            return fail();
        }
    }
    if (!anyDigit || (groupDigits >= 0 && !inFraction && groupDigits != 3)) {
        return fail();
    }
    if (percent) {
        scale += 2;
    }
    return Result{Decimal{negative ? -mantissa : mantissa, scale}, {}};
}

} // namespace funnelscope

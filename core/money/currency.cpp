#include "currency.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace funnelscope::currency {

namespace {

const QSet<QString> &codes()
{
    static const QSet<QString> set = {
        QStringLiteral("AED"), QStringLiteral("ARS"), QStringLiteral("AUD"), QStringLiteral("BGN"),
        QStringLiteral("BYN"), QStringLiteral("BRL"), QStringLiteral("CAD"), QStringLiteral("CHF"),
        QStringLiteral("CLP"), QStringLiteral("CNY"), QStringLiteral("COP"), QStringLiteral("CZK"),
        QStringLiteral("DKK"), QStringLiteral("EGP"), QStringLiteral("EUR"), QStringLiteral("GBP"),
        QStringLiteral("HKD"), QStringLiteral("HUF"), QStringLiteral("IDR"), QStringLiteral("ILS"),
        QStringLiteral("INR"), QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KRW"),
        QStringLiteral("KZT"), QStringLiteral("MXN"), QStringLiteral("MYR"), QStringLiteral("NGN"),
        QStringLiteral("NOK"), QStringLiteral("NZD"), QStringLiteral("PEN"), QStringLiteral("PHP"),
        QStringLiteral("PKR"), QStringLiteral("PLN"), QStringLiteral("RON"), QStringLiteral("RSD"),
        QStringLiteral("RUB"), QStringLiteral("SAR"), QStringLiteral("SEK"), QStringLiteral("SGD"),
        QStringLiteral("THB"), QStringLiteral("TRY"), QStringLiteral("TWD"), QStringLiteral("UAH"),
        QStringLiteral("USD"), QStringLiteral("UZS"), QStringLiteral("VND"), QStringLiteral("XDR"),
        QStringLiteral("ZAR")};
    return set;
}

// Symbols that name one currency, longest first where one contains another (NT$ before $).
const QList<std::pair<QString, QString>> &symbols()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("NT$"), QStringLiteral("TWD")},
        {QStringLiteral("US$"), QStringLiteral("USD")},
        {QStringLiteral("CA$"), QStringLiteral("CAD")},
        {QStringLiteral("AU$"), QStringLiteral("AUD")},
        {QStringLiteral("HK$"), QStringLiteral("HKD")},
        {QStringLiteral("NZ$"), QStringLiteral("NZD")},
        {QStringLiteral("R$"), QStringLiteral("BRL")},
        {QStringLiteral("zł"), QStringLiteral("PLN")},
        {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")},
        {QStringLiteral("₺"), QStringLiteral("TRY")},
        {QStringLiteral("₽"), QStringLiteral("RUB")},
        // Yandex Direct names the account currency in its money headers: "Расход (руб.)", "(тенге)", "(бел. руб.)".
        {QStringLiteral("бел. руб"), QStringLiteral("BYN")},
        {QStringLiteral("тенге"), QStringLiteral("KZT")},
        {QStringLiteral("грн"), QStringLiteral("UAH")},
        {QStringLiteral("сум"), QStringLiteral("UZS")},
        {QStringLiteral("руб"), QStringLiteral("RUB")},
        {QStringLiteral("₹"), QStringLiteral("INR")},
        {QStringLiteral("₩"), QStringLiteral("KRW")},
        {QStringLiteral("₴"), QStringLiteral("UAH")},
        {QStringLiteral("元"), QStringLiteral("CNY")},
        {QStringLiteral("円"), QStringLiteral("JPY")},
        {QStringLiteral("Kč"), QStringLiteral("CZK")},
        {QStringLiteral("Ft"), QStringLiteral("HUF")}};
    return list;
}

const QHash<QString, QStringList> &ambiguousSymbols()
{
    static const QHash<QString, QStringList> map = {
        {QStringLiteral("$"),
         {QStringLiteral("USD"), QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("NZD"),
          QStringLiteral("SGD"), QStringLiteral("HKD"), QStringLiteral("MXN"), QStringLiteral("TWD"),
          QStringLiteral("ARS"), QStringLiteral("CLP"), QStringLiteral("COP")}},
        {QStringLiteral("¥"), {QStringLiteral("JPY"), QStringLiteral("CNY")}},
        {QStringLiteral("￥"), {QStringLiteral("JPY"), QStringLiteral("CNY")}},
        {QStringLiteral("kr"),
         {QStringLiteral("SEK"), QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("ISK")}}};
    return map;
}

// The letters and signs around an amount: everything that is not a digit, a separator or a sign of the number.
QString affixes(QStringView cell)
{
    QString out;
    for (const QChar c : cell) {
        if (c.isDigit() || c == u'.' || c == u',' || c == u'-' || c == u'+' || c == u'%' || c == u'\'' || c.isSpace() ||
            c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009)) {
            out += u' ';
        } else {
            out += c;
        }
    }
    return out.simplified();
}

} // namespace

bool isCode(QStringView code)
{
    return codes().contains(code.toString());
}

Mention inCell(QStringView cell)
{
    const QString text = cell.trimmed().toString();
    if (text.isEmpty()) {
        return {};
    }
    if (isCode(text.toUpper())) {
        return {text.toUpper(), {}};
    }
    for (const auto &[symbol, code] : symbols()) {
        if (text.compare(symbol, Qt::CaseInsensitive) == 0 || text.compare(symbol + u'.', Qt::CaseInsensitive) == 0) {
            return {code, {}};
        }
    }
    if (ambiguousSymbols().contains(text.toLower())) {
        return {{}, text.toLower()};
    }
    return {};
}

Mention inAmount(QStringView cell)
{
    // Most cells are plain numbers: nothing to look for, nothing allocated.
    if (std::all_of(cell.begin(), cell.end(),
                    [](QChar c) { return c.isDigit() || c == u'.' || c == u',' || c == u'-' || c == u' '; })) {
        return {};
    }
    const QString rest = affixes(cell);
    if (rest.isEmpty()) {
        return {};
    }
    for (const QString &word : rest.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() == 3 && isCode(word.toUpper()) && word == word.toUpper()) {
            return {word, {}};
        }
    }
    for (const auto &[symbol, code] : symbols()) {
        if (rest.contains(symbol, Qt::CaseInsensitive)) {
            return {code, {}};
        }
    }
    for (auto it = ambiguousSymbols().cbegin(); it != ambiguousSymbols().cend(); ++it) {
        if (rest.contains(it.key(), Qt::CaseInsensitive)) {
            return {{}, it.key()};
        }
    }
    return {};
}

QString inHeader(QStringView header)
{
    static const QRegularExpression bracketed(QStringLiteral("[(\\[]\\s*([^()\\[\\]]{1,10}?)\\s*[)\\]]"));
    QRegularExpressionMatchIterator it = bracketed.globalMatch(header);
    while (it.hasNext()) {
        const Mention m = inCell(it.next().capturedView(1));
        if (!m.code.isEmpty()) {
            return m.code;
        }
    }
    return {};
}

bool symbolFits(QStringView symbol, QStringView code)
{
    return ambiguousSymbols().value(symbol.toString().toLower()).contains(code.toString());
}

QString candidates(QStringView symbol)
{
    return ambiguousSymbols().value(symbol.toString().toLower()).join(QStringLiteral(", "));
}

QString symbol(QStringView code, const QLocale &locale)
{
    // Signs that name one currency wherever they are read (CLDR's symbols and narrow symbols agree on them).
    static const QHash<QString, QString> signs = {
        {QStringLiteral("EUR"), QStringLiteral("€")}, {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("INR"), QStringLiteral("₹")}, {QStringLiteral("KRW"), QStringLiteral("₩")},
        {QStringLiteral("ILS"), QStringLiteral("₪")}, {QStringLiteral("UAH"), QStringLiteral("₴")},
        {QStringLiteral("RUB"), QStringLiteral("₽")}, {QStringLiteral("TRY"), QStringLiteral("₺")}};
    // Dollars and yen away from home, qualified as CLDR's English symbols are (CA$, A$, NT$, CN¥ ...).
    static const QHash<QString, QString> qualified = {
        {QStringLiteral("CAD"), QStringLiteral("CA$")}, {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("NZD"), QStringLiteral("NZ$")}, {QStringLiteral("HKD"), QStringLiteral("HK$")},
        {QStringLiteral("MXN"), QStringLiteral("MX$")}, {QStringLiteral("BRL"), QStringLiteral("R$")},
        {QStringLiteral("TWD"), QStringLiteral("NT$")}, {QStringLiteral("CNY"), QStringLiteral("CN¥")},
        {QStringLiteral("JPY"), QStringLiteral("JP¥")}};
    const QLocale reader = locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
    const QString iso = code.toString();
    if (iso.isEmpty()) {
        return {};
    }
    if (iso == u"TWD") {
        // Taiwan's own "$" beside US dollars would be read either way; NT$ is how Taiwan writes it to be sure.
        return QStringLiteral("NT$");
    }
    const QString own = reader.currencySymbol(QLocale::CurrencyIsoCode);
    if (iso == own) {
        const QString sign = reader.currencySymbol(QLocale::CurrencySymbol);
        return sign.isEmpty() ? iso : sign;
    }
    if (const auto it = signs.constFind(iso); it != signs.cend()) {
        return *it;
    }
    if (iso == u"USD") {
        // A bare $ is the US dollar unless the reader's own money is written with a $ too (pesos, other dollars,
        // reais).
        return reader.currencySymbol(QLocale::CurrencySymbol).contains(u'$') ? QStringLiteral("US$")
                                                                             : QStringLiteral("$");
    }
    return qualified.value(iso, iso);
}

int minorUnits(QStringView code)
{
    // ISO 4217's currencies without a minor unit, and those with three.
    static const QSet<QString> none = {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("VND"),
        QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    static const QSet<QString> three = {QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"),
                                        QStringLiteral("KWD"), QStringLiteral("LYD"), QStringLiteral("OMR"),
                                        QStringLiteral("TND")};
    const QString iso = code.toString();
    return none.contains(iso) ? 0 : three.contains(iso) ? 3 : 2;
}

} // namespace funnelscope::currency

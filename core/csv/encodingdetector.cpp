#include "encodingdetector.h"

#include <QStringDecoder>

namespace funnelscope {

namespace {

// Non-ASCII letters each legacy code page's languages actually use.
const QString &expectedLetters(const QString &encoding)
{
    static const QString polishCzech = QStringLiteral("ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžýáéíúČĎĚŇŘŠŤŮŽÝÁÉÍÚäôľÄÔĽ");
    static const QString turkish = QStringLiteral("ğışçöüâîûĞİŞÇÖÜÂÎÛ");
    static const QString western = QStringLiteral("àáâãäåæçèéêëìíîïñòóôõöøùúûüÿßœšžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŸŒŠŽ");
    static const QString none;
    if (encoding == u"windows-1250") {
        return polishCzech;
    }
    if (encoding == u"windows-1254") {
        return turkish;
    }
    if (encoding == u"windows-1252" || encoding == u"macintosh") {
        return western;
    }
    return none;
}

// Frequent characters of Chinese marketing and business text, Traditional and Simplified forms both: a wrong
// double-byte decoding yields rare characters instead.
const QString &commonHan()
{
    static const QString chars = QStringLiteral(
        "的一是不了在人有我他這这中大來来上國国個个到說说們们為为子和你地出道也時时年得就那要下以生會会自著着去之過过"
        "家學学對对可她里後后小麼么心多天而能好都然沒没日於于起還还發发成事只作當当想看文無无開开手十用主行方又如前所本"
        "見见"
        "經经頭头面公同三已老從从動动兩两長长知民樣样現现分將将外但身些與与高意進进把法此實实回二理美點点月明其種种聲声"
        "全工己"
        "話话兒儿者向情部正名定女問问力機机給给等幾几很業业最間间新什打便位因重被走電电四第門门相次東东政海口使教西再平"
        "真聽听"
        "世氣气信北少關关並并內内加化由卻却代軍军產产入先山五太水萬万市眼體体別别處处總总才場场師师書书比住員员九笑性通"
        "目華华"
        "報报立馬马命張张活難难神數数件安表原車车白應应路期叫死常提感金何更反合放做系計计或司利受光王果親亲界及今京務务"
        "製制解"
        "各任至清物台象記记邊边共風风戰战干接它許许八特覺觉望直服毛林題题建南度統统色字請请交愛爱讓让認认算論论百吃義义"
        "科怎元"
        "社術术結结六功指思非流每青管夫連连遠远資资隊队跟帶带花快條条院變变聯联言權权往展該该領领傳传近留紅红治決决周保"
        "達达"
        "辦办運运武半候七必城父強强步完革深區区即求品士轉转量空甚眾众技輕轻程告江語语英基派滿满式李息寫写呢識识極极令黃"
        "黄德"
        "收臉脸錢钱黨党倒未持取設设始版雙双歷历越史商千片容研像找友孩站廣广改議议形委早房音火際际則则首單单據据導导影失"
        "拿網网"
        "香似斯專专石若兵弟誰谁校讀读志飛飞觀观爭争究包組组造落視视濟济喜離离虽坐集編编宣銷销售促季春夏秋冬客戶户營营費"
        "费率"
        "訂订購购品牌搜索廣告郵邮件電郵網站站點擊击潛潜在線线上下載载註注冊册會議议展覽览年度大");
    return chars;
}

enum class Script
{
    Latin,
    Cyrillic,
    Han,
    Other
};

Script scriptOf(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Latin:
        return Script::Latin;
    case QChar::Script_Cyrillic:
        return Script::Cyrillic;
    case QChar::Script_Han:
        return Script::Han;
    default:
        return Script::Other;
    }
}

// Whether the character beside at, in direction step (-1 or 1), is an ASCII digit, maybe after one space.
bool nextToDigit(const QString &text, qsizetype at, int step)
{
    qsizetype k = at + step;
    if (k >= 0 && k < text.size() && text.at(k) == u' ') {
        k += step;
    }
    return k >= 0 && k < text.size() && text.at(k) >= u'0' && text.at(k) <= u'9';
}

} // namespace

QStringList EncodingDetector::legacyEncodings()
{
    return {QStringLiteral("windows-1250"), QStringLiteral("windows-1251"), QStringLiteral("windows-1254"),
            QStringLiteral("windows-1252"), QStringLiteral("macintosh"),    QStringLiteral("Big5"),
            QStringLiteral("GB18030")};
}

bool EncodingDetector::isValidUtf8(const QByteArray &sample, bool sampleIsWholeFile)
{
    QByteArrayView bytes(sample);
    if (!sampleIsWholeFile) {
        // Drop a sequence cut off by the end of the sample.
        qsizetype cut = bytes.size();
        for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
            const uchar c = uchar(bytes.at(bytes.size() - back));
            if ((c & 0xC0) == 0xC0) {
                cut = bytes.size() - back;
                break;
            }
            if ((c & 0x80) == 0) {
                break;
            }
        }
        bytes = bytes.first(cut);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

int EncodingDetector::plausibility(const QString &text, const QString &encoding)
{
    const bool cyrillic = encoding == u"windows-1251";
    const bool chinese = encoding == u"Big5" || encoding == u"GB18030";
    const QString &expected = expectedLetters(encoding);
    int score = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            ++i;
            continue;
        }
        if (c == QChar::ReplacementCharacter || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_PrivateUse || c.category() == QChar::Other_NotAssigned) {
            score -= 10;
            ++i;
            continue;
        }
        if (!c.isLetter() && !c.isHighSurrogate()) {
            // Typographic quotes, dashes, currency and no-break spaces are fine; other symbols are suspicious.
            static const QString fine = QStringLiteral("„“”‘’«»–—…€₽₺°·\u00A0\u2009\u202F。、，：；（）「」！？");
            // £ and ¥ only beside a number: elsewhere they are more likely a misread Ł or Ą.
            static const QString currency = QStringLiteral("£¥");
            const bool amount = currency.contains(c) && (nextToDigit(text, i, -1) || nextToDigit(text, i, 1));
            score += fine.contains(c) || amount ? 0 : -3;
            ++i;
            continue;
        }
        // A word: the letters around this one.
        qsizetype start = i;
        while (start > 0 && text.at(start - 1).isLetter()) {
            --start;
        }
        qsizetype end = i;
        while (end < n && (text.at(end).isLetter() || text.at(end).isSurrogate())) {
            ++end;
        }
        int ascii = 0;
        int nonAscii = 0;
        int good = 0;
        bool mixed = false;
        Script first = Script::Other;
        for (qsizetype k = start; k < end; ++k) {
            const QChar w = text.at(k);
            if (w.unicode() < 0x80) {
                ++ascii;
                continue;
            }
            ++nonAscii;
            const Script s = scriptOf(w);
            if (first == Script::Other) {
                first = s;
            } else if (s != first) {
                mixed = true;
            }
            // A capital after a lower-case letter ("helpÉ", "CafŽ"), or a lower-case letter before a capital
            // ("ìSpring"), is a byte of another code page read as a letter: Mac Roman's "…" (0xC9) and "é" (0x8E)
            // read as Windows-1252 are É and Ž, and Windows-1252's "“" (0x93) read as Mac Roman is ì.
            const bool capitalInWord = (w.isUpper() && k > start && text.at(k - 1).isLower()) ||
                                       (w.isLower() && k + 1 < end && text.at(k + 1).isUpper());
            if (cyrillic) {
                good += s == Script::Cyrillic ? 1 : 0;
            } else if (chinese) {
                good += commonHan().contains(w) ? 2 : (s == Script::Han ? 0 : -1);
            } else {
                good += expected.contains(w) && !capitalInWord ? 2 : -2;
            }
        }
        // Cyrillic and Han glued to Latin letters in one word is what a wrong decoding of Latin text looks like.
        if ((cyrillic || chinese) && ascii > 0 && nonAscii > 0) {
            mixed = true;
        }
        // A lone letter next to a number is a currency sign that this code page misreads (£ as Ł, € as Ђ).
        if (!chinese && ascii == 0 && nonAscii == 1 &&
            (nextToDigit(text, start, -1) || nextToDigit(text, end - 1, 1))) {
            score -= 2;
            i = end;
            continue;
        }
        if (!cyrillic && !chinese && nonAscii > ascii + 1) {
            score -= nonAscii; // Latin-script words are mostly ASCII letters
        }
        score += mixed ? -2 * nonAscii : good;
        i = end;
    }
    return score;
}

EncodingDetector::Result EncodingDetector::detect(const QByteArray &sample, bool sampleIsWholeFile)
{
    if (sample.startsWith("\xEF\xBB\xBF")) {
        return {QStringLiteral("UTF-8")};
    }
    if (sample.startsWith("\xFF\xFE")) {
        return {QStringLiteral("UTF-16LE")};
    }
    if (sample.startsWith("\xFE\xFF")) {
        return {QStringLiteral("UTF-16BE")};
    }
    // Without a BOM, UTF-16 shows itself by NUL bytes in every other position.
    int evenNul = 0;
    int oddNul = 0;
    int controls = 0;
    const qsizetype probe = qMin<qsizetype>(sample.size(), 4096);
    for (qsizetype i = 0; i < probe; ++i) {
        const uchar c = uchar(sample.at(i));
        if (c == 0) {
            (i % 2 ? oddNul : evenNul)++;
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C) {
            ++controls;
        }
    }
    if (probe > 0 && oddNul > probe / 4 && evenNul == 0) {
        return {QStringLiteral("UTF-16LE")};
    }
    if (probe > 0 && evenNul > probe / 4 && oddNul == 0) {
        return {QStringLiteral("UTF-16BE")};
    }
    // Text in a single-byte or UTF-8 encoding has no NUL anywhere, not only in the probe: one far down is binary data
    // all the same (the reader refuses a NUL past the sample too).
    if (evenNul + oddNul > 0 || controls > probe / 20 || sample.indexOf('\0', probe) >= 0) {
        return {QStringLiteral("UTF-8"), true};
    }
    if (isValidUtf8(sample, sampleIsWholeFile)) {
        return {QStringLiteral("UTF-8")};
    }
    // UTF-8 with a few broken bytes (a bad paste, a cut-off name): still UTF-8; the rows with broken bytes are
    // refused with their line and column rather than the whole file read as mojibake.
    {
        int valid = 0;
        int invalid = 0;
        for (qsizetype i = 0; i < sample.size();) {
            const uchar c = uchar(sample.at(i));
            const int length = c < 0x80                 ? 1
                               : c >= 0xC2 && c <= 0xDF ? 2
                               : c >= 0xE0 && c <= 0xEF ? 3
                               : c >= 0xF0 && c <= 0xF4 ? 4
                                                        : 0;
            bool ok = length > 0 && i + length <= sample.size();
            for (int k = 1; ok && k < length; ++k) {
                ok = (uchar(sample.at(i + k)) & 0xC0) == 0x80;
            }
            if (length == 1) {
                ++i;
            } else if (ok) {
                ++valid;
                i += length;
            } else {
                ++invalid;
                ++i;
            }
        }
        if (valid >= 2 && invalid <= valid) {
            return {QStringLiteral("UTF-8")};
        }
    }
    QString best;
    int bestScore = std::numeric_limits<int>::min();
    for (const QString &encoding : legacyEncodings()) {
        QStringDecoder decoder(encoding.toLatin1().constData());
        const int score = plausibility(decoder.decode(sample), encoding);
        if (score > bestScore) {
            bestScore = score;
            best = encoding;
        }
    }
    return {best};
}

} // namespace funnelscope

#include "csv/csvreader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QStringEncoder>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;

namespace funnelscope {

namespace {

using Records = QList<QStringList>;
using Lines = QList<int>;

// CsvReader reads its device in chunks of this size; a record longer than this is assembled over several refills.
constexpr qsizetype ChunkBytes = 256 * 1024;

// A device that hands out at most a few bytes per read, like a slow pipe: every byte boundary becomes a refill
// boundary, so CRLF pairs, multi-byte characters and BOMs all get split.
class TrickleDevice final : public QIODevice
{
public:
    explicit TrickleDevice(const QByteArray &bytes, qint64 step) : m_bytes(bytes), m_step(step) {}

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }
    int reads() const { return m_reads; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(qMin(maxSize, m_step), qint64(m_bytes.size()) - m_pos);
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        ++m_reads;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
    int m_reads = 0;
};

struct ReadBack
{
    Records records;
    Lines lines;
    bool decodingError = false;
};

ReadBack readAll(QIODevice *device, const QString &encoding, QChar delimiter)
{
    ReadBack out;
    CsvReader reader(device, encoding, delimiter);
    while (reader.next()) {
        out.records.append(reader.fields());
        out.lines.append(reader.line());
    }
    out.decodingError = reader.hasDecodingError();
    return out;
}

ReadBack readBytes(const QByteArray &bytes, const QString &encoding, QChar delimiter)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, encoding, delimiter);
}

QString shortened(const QString &s)
{
    QString text = s.size() > 60 ? s.left(25) + u"…"_s + s.right(25) : s;
    text.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s);
    return u"'%1' (%2 chars)"_s.arg(text).arg(s.size());
}

// The first difference between what was read and what was expected, or an empty string.
QString difference(const ReadBack &actual, const Records &records, const Lines &lines)
{
    for (qsizetype r = 0; r < qMin(actual.records.size(), records.size()); ++r) {
        const QStringList &got = actual.records.at(r);
        const QStringList &want = records.at(r);
        if (got.size() != want.size()) {
            return u"record %1 has %2 fields, expected %3: %4"_s.arg(r + 1)
                .arg(got.size())
                .arg(want.size())
                .arg(shortened(got.join(u'|')));
        }
        for (qsizetype f = 0; f < got.size(); ++f) {
            if (got.at(f) != want.at(f)) {
                return u"record %1, field %2 is %3, expected %4"_s.arg(r + 1).arg(f + 1).arg(shortened(got.at(f)),
                                                                                             shortened(want.at(f)));
            }
        }
        if (actual.lines.at(r) != lines.at(r)) {
            return u"record %1 starts on line %2, expected line %3"_s.arg(r + 1)
                .arg(actual.lines.at(r))
                .arg(lines.at(r));
        }
    }
    if (actual.records.size() != records.size()) {
        return u"read %1 records, expected %2"_s.arg(actual.records.size()).arg(records.size());
    }
    return {};
}

QByteArray utf16le(const QString &text)
{
    return QByteArray("\xFF\xFE") + QStringEncoder(QStringEncoder::Utf16LE).encode(text);
}

QByteArray utf16be(const QString &text)
{
    return QByteArray("\xFE\xFF") + QStringEncoder(QStringEncoder::Utf16BE).encode(text);
}

QByteArray legacy(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    if (!encoder.isValid() || encoder.hasError()) {
        qFatal("cannot encode the test text as %s", encoding);
    }
    return bytes;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void recordsFromASlowDevice_data() { records_data(); }
    void recordsFromASlowDevice();
    void blankRecords_data();
    void blankRecords();
    void encodings_data();
    void encodings();
    void decodingErrorIsReported();
    void noDecodingErrorForValidText();
    void longInput_data();
    void longInput();
    void hashSinkSeesEveryByte();
    void overlongRecordIsOneRecord_data();
    void overlongRecordIsOneRecord();
    void nulIsReportedWithItsRecord();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");

    QTest::addRow("comma, LF") << QByteArray("date,channel,clicks\n2025-03-07,Paid Search,120\n") << QChar(u',')
                               << Records{{u"date"_s, u"channel"_s, u"clicks"_s},
                                          {u"2025-03-07"_s, u"Paid Search"_s, u"120"_s}}
                               << Lines{1, 2};
    QTest::addRow("semicolon, decimal comma")
        << QByteArray("date;channel;cost\n07.03.2025;Paid Search;1 234,50\n") << QChar(u';')
        << Records{{u"date"_s, u"channel"_s, u"cost"_s}, {u"07.03.2025"_s, u"Paid Search"_s, u"1 234,50"_s}}
        << Lines{1, 2};
    QTest::addRow("tab, commas are data")
        << QByteArray("date\tchannel\tcost\n2025-03-07\tSocial\t1,234.50\n") << QChar(u'\t')
        << Records{{u"date"_s, u"channel"_s, u"cost"_s}, {u"2025-03-07"_s, u"Social"_s, u"1,234.50"_s}} << Lines{1, 2};
    QTest::addRow("pipe") << QByteArray("date|channel|campaign\n2025-03-07|Email|Newsletter, March\n") << QChar(u'|')
                          << Records{{u"date"_s, u"channel"_s, u"campaign"_s},
                                     {u"2025-03-07"_s, u"Email"_s, u"Newsletter, March"_s}}
                          << Lines{1, 2};
    QTest::addRow("CRLF, Windows") << QByteArray("date,channel\r\n2025-03-07,Email\r\n2025-03-08,Social\r\n")
                                   << QChar(u',')
                                   << Records{{u"date"_s, u"channel"_s},
                                              {u"2025-03-07"_s, u"Email"_s},
                                              {u"2025-03-08"_s, u"Social"_s}}
                                   << Lines{1, 2, 3};
    QTest::addRow("lone CR, old Mac Excel")
        << QByteArray("date,channel\r2025-03-07,Email\r2025-03-08,Social\r") << QChar(u',')
        << Records{{u"date"_s, u"channel"_s}, {u"2025-03-07"_s, u"Email"_s}, {u"2025-03-08"_s, u"Social"_s}}
        << Lines{1, 2, 3};
    QTest::addRow("last line without terminator, LF")
        << QByteArray("date,channel\n2025-03-07,Email") << QChar(u',')
        << Records{{u"date"_s, u"channel"_s}, {u"2025-03-07"_s, u"Email"_s}} << Lines{1, 2};
    QTest::addRow("last line without terminator, CRLF")
        << QByteArray("date,channel\r\n2025-03-07,Email") << QChar(u',')
        << Records{{u"date"_s, u"channel"_s}, {u"2025-03-07"_s, u"Email"_s}} << Lines{1, 2};
    QTest::addRow("last line without terminator, quoted")
        << QByteArray("date,campaign\n2025-03-07,\"Spring, 2025\"") << QChar(u',')
        << Records{{u"date"_s, u"campaign"_s}, {u"2025-03-07"_s, u"Spring, 2025"_s}} << Lines{1, 2};
    QTest::addRow("header only") << QByteArray("date,channel\n") << QChar(u',') << Records{{u"date"_s, u"channel"_s}}
                                 << Lines{1};
    QTest::addRow("empty file") << QByteArray() << QChar(u',') << Records{} << Lines{};
    QTest::addRow("only a UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") << QChar(u',') << Records{} << Lines{};
    QTest::addRow("quoted delimiters") << QByteArray("date,campaign,cost\n2025-03-07,\"Spring, 2025\",\"1,234.50\"\n")
                                       << QChar(u',')
                                       << Records{{u"date"_s, u"campaign"_s, u"cost"_s},
                                                  {u"2025-03-07"_s, u"Spring, 2025"_s, u"1,234.50"_s}}
                                       << Lines{1, 2};
    QTest::addRow("quoted semicolon in a semicolon file")
        << QByteArray("data;kampania\n07.03.2025;\"Wiosna; Łódź\"\n") << QChar(u';')
        << Records{{u"data"_s, u"kampania"_s}, {u"07.03.2025"_s, u"Wiosna; Łódź"_s}} << Lines{1, 2};
    QTest::addRow("doubled quotes") << QByteArray("date,campaign\n2025-03-07,\"The \"\"Big\"\" Sale\"\n") << QChar(u',')
                                    << Records{{u"date"_s, u"campaign"_s}, {u"2025-03-07"_s, u"The \"Big\" Sale"_s}}
                                    << Lines{1, 2};
    QTest::addRow("field that is one escaped quote")
        << QByteArray("\"\"\"\",x\n") << QChar(u',') << Records{{u"\""_s, u"x"_s}} << Lines{1};
    QTest::addRow("empty quoted field") << QByteArray("a,\"\",c\n") << QChar(u',') << Records{{u"a"_s, u""_s, u"c"_s}}
                                        << Lines{1};
    QTest::addRow("empty fields and a trailing delimiter")
        << QByteArray("2025-03-07,,45,\n") << QChar(u',') << Records{{u"2025-03-07"_s, u""_s, u"45"_s, u""_s}}
        << Lines{1};
    QTest::addRow("spaces around fields are kept")
        << QByteArray(" Paid Search , 120 \n") << QChar(u',') << Records{{u" Paid Search "_s, u" 120 "_s}} << Lines{1};
    QTest::addRow("quote inside an unquoted field is data")
        << QByteArray("date,campaign,clicks\n2025-03-07,27\" monitor,120\n2025-03-08,Email,5\n") << QChar(u',')
        << Records{{u"date"_s, u"campaign"_s, u"clicks"_s},
                   {u"2025-03-07"_s, u"27\" monitor"_s, u"120"_s},
                   {u"2025-03-08"_s, u"Email"_s, u"5"_s}}
        << Lines{1, 2, 3};
    QTest::addRow("text after a closing quote is kept, quotes in it are data")
        << QByteArray("date,campaign,clicks\n2025-03-07,\"Spring\" 27\" sale,5\n2025-03-08,Email,6\n") << QChar(u',')
        << Records{{u"date"_s, u"campaign"_s, u"clicks"_s},
                   {u"2025-03-07"_s, u"Spring 27\" sale"_s, u"5"_s},
                   {u"2025-03-08"_s, u"Email"_s, u"6"_s}}
        << Lines{1, 2, 3};
    QTest::addRow("quoted newline, LF") << QByteArray("date,campaign\n2025-03-07,\"Spring sale\nPoland\"\n"
                                                      "2025-03-08,Summer\n")
                                        << QChar(u',')
                                        << Records{{u"date"_s, u"campaign"_s},
                                                   {u"2025-03-07"_s, u"Spring sale\nPoland"_s},
                                                   {u"2025-03-08"_s, u"Summer"_s}}
                                        << Lines{1, 2, 4};
    QTest::addRow("quoted newlines, CRLF") << QByteArray("date,comment\r\n2025-03-07,\"Line one\r\nLine two\r\nLine "
                                                         "three\"\r\n2025-03-08,ok\r\n")
                                           << QChar(u',')
                                           << Records{{u"date"_s, u"comment"_s},
                                                      {u"2025-03-07"_s, u"Line one\r\nLine two\r\nLine three"_s},
                                                      {u"2025-03-08"_s, u"ok"_s}}
                                           << Lines{1, 2, 5};
    QTest::addRow("quoted lone CR") << QByteArray("date,comment\r2025-03-07,\"one\rtwo\"\r2025-03-08,ok\r")
                                    << QChar(u',')
                                    << Records{{u"date"_s, u"comment"_s},
                                               {u"2025-03-07"_s, u"one\rtwo"_s},
                                               {u"2025-03-08"_s, u"ok"_s}}
                                    << Lines{1, 2, 4};
    QTest::addRow("quoted newline in the first record")
        << QByteArray("\"date\nof visit\",channel\n2025-03-07,Email\n") << QChar(u',')
        << Records{{u"date\nof visit"_s, u"channel"_s}, {u"2025-03-07"_s, u"Email"_s}} << Lines{1, 3};
    QTest::addRow("blank lines")
        << QByteArray("date,channel\n\n2025-03-07,Email\n\n\n2025-03-08,Social\n") << QChar(u',')
        << Records{{u"date"_s, u"channel"_s},     {u""_s}, {u"2025-03-07"_s, u"Email"_s}, {u""_s}, {u""_s},
                   {u"2025-03-08"_s, u"Social"_s}}
        << Lines{1, 2, 3, 4, 5, 6};
    QTest::addRow("blank lines, CRLF")
        << QByteArray("date,channel\r\n\r\n2025-03-07,Email\r\n\r\n") << QChar(u',')
        << Records{{u"date"_s, u"channel"_s}, {u""_s}, {u"2025-03-07"_s, u"Email"_s}, {u""_s}} << Lines{1, 2, 3, 4};
    QTest::addRow("title lines above the header")
        << QByteArray("Campaign report\nMarch 2025\ndate,clicks\n2025-03-07,120\n") << QChar(u',')
        << Records{{u"Campaign report"_s}, {u"March 2025"_s}, {u"date"_s, u"clicks"_s}, {u"2025-03-07"_s, u"120"_s}}
        << Lines{1, 2, 3, 4};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);

    const ReadBack read = readBytes(bytes, u"UTF-8"_s, delimiter);
    const QString diff = difference(read, expected, lines);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(!read.decodingError);
}

void TestCsvReader::recordsFromASlowDevice()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);

    for (const qint64 step : {1, 2, 3}) {
        TrickleDevice device(bytes, step);
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        const ReadBack read = readAll(&device, u"UTF-8"_s, delimiter);
        QVERIFY(device.reads() >= bytes.size() / step);
        const QString diff = difference(read, expected, lines);
        QVERIFY2(diff.isEmpty(), qPrintable(u"%1 byte(s) per read: %2"_s.arg(step).arg(diff)));
    }
}

void TestCsvReader::blankRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("blank");

    QTest::addRow("empty line, LF") << QByteArray("\n") << true;
    QTest::addRow("empty line, CRLF") << QByteArray("\r\n") << true;
    QTest::addRow("row of delimiters (Excel's empty row)") << QByteArray(",,,\n") << true;
    QTest::addRow("spaces and tabs only") << QByteArray("  , \t ,\n") << true;
    QTest::addRow("empty quoted fields") << QByteArray("\"\",\"\",\"\"\n") << true;
    QTest::addRow("one value among empty fields") << QByteArray(",,45,\n") << false;
    QTest::addRow("a title line") << QByteArray("Campaign report\n") << false;
    QTest::addRow("a quoted space-only value") << QByteArray("\"  \",\n") << true;
}

void TestCsvReader::blankRecords()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, blank);

    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"UTF-8"_s, u',');
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), 1);
    QCOMPARE(reader.isBlank(), blank);
    QVERIFY(!reader.next());
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("row");

    const QString polish = u"date,channel,campaign\r\n2025-03-07,Paid Search,Kampania wiosenna – Łódź Żółć\r\n"_s;
    const QStringList header = {u"date"_s, u"channel"_s, u"campaign"_s};
    const QStringList polishRow = {u"2025-03-07"_s, u"Paid Search"_s, u"Kampania wiosenna – Łódź Żółć"_s};

    QTest::addRow("UTF-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + polish.toUtf8()) << u"UTF-8"_s << QChar(u',')
                                    << header << polishRow;
    QTest::addRow("UTF-8 without BOM") << polish.toUtf8() << u"UTF-8"_s << QChar(u',') << header << polishRow;
    QTest::addRow("UTF-16LE with BOM, tab (Excel Unicode text)")
        << utf16le(u"date\tchannel\tcampaign\r\n2025-03-07\tPaid Search\tKampania wiosenna – Łódź Żółć\r\n"_s)
        << u"UTF-16LE"_s << QChar(u'\t') << header << polishRow;
    QTest::addRow("UTF-16BE with BOM") << utf16be(polish) << u"UTF-16BE"_s << QChar(u',') << header << polishRow;
    QTest::addRow("windows-1250, Polish")
        << legacy(polish, "windows-1250") << u"windows-1250"_s << QChar(u',') << header << polishRow;
    // Ł = A3, ó = F3, d = 64, ź = 9F in windows-1250.
    QTest::addRow("windows-1250 bytes written by hand")
        << QByteArray("data;miasto\r\n07.03.2025;\xA3\xF3\x64\x9F\r\n") << u"windows-1250"_s << QChar(u';')
        << QStringList{u"data"_s, u"miasto"_s} << QStringList{u"07.03.2025"_s, u"Łódź"_s};
    QTest::addRow("windows-1251, Russian")
        << legacy(u"date;channel;campaign\r\n07.03.2025;Email;Весенняя распродажа\r\n"_s, "windows-1251")
        << u"windows-1251"_s << QChar(u';') << header
        << QStringList{u"07.03.2025"_s, u"Email"_s, u"Весенняя распродажа"_s};
    QTest::addRow("windows-1254, Turkish")
        << legacy(u"date;channel;campaign\r\n07.03.2025;Social;Bahar kampanyası İstanbul ağustos\r\n"_s, "windows-1254")
        << u"windows-1254"_s << QChar(u';') << header
        << QStringList{u"07.03.2025"_s, u"Social"_s, u"Bahar kampanyası İstanbul ağustos"_s};
    QTest::addRow("Big5, Traditional Chinese")
        << legacy(u"date,channel,campaign\r\n2025/03/07,Events,春季促銷活動 年度客戶大會\r\n"_s, "Big5") << u"Big5"_s
        << QChar(u',') << header << QStringList{u"2025/03/07"_s, u"Events"_s, u"春季促銷活動 年度客戶大會"_s};
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(QStringList, header);
    QFETCH(QStringList, row);

    const ReadBack read = readBytes(bytes, encoding, delimiter);
    const QString diff = difference(read, {header, row}, {1, 2});
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(!read.decodingError);
}

void TestCsvReader::decodingErrorIsReported()
{
    // "Łódź" in windows-1250, read as if it were UTF-8.
    QByteArray bytes("miasto\n\xA3\xF3\x64\x9F\n");
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"UTF-8"_s, u',');
    QVERIFY(reader.next());
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), 2);
    QCOMPARE(reader.fieldCount(), 1);
    QVERIFY(reader.field(0).contains(QChar::ReplacementCharacter));
    QVERIFY(reader.hasDecodingError());
}

void TestCsvReader::noDecodingErrorForValidText()
{
    QByteArray bytes("miasto\n\xC5\x81\xC3\xB3\x64\xC5\xBA\n"); // "Łódź" in UTF-8
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"UTF-8"_s, u',');
    QVERIFY(reader.next());
    QVERIFY(reader.next());
    QCOMPARE(reader.field(0), u"Łódź");
    QVERIFY(!reader.next());
    QVERIFY(!reader.hasDecodingError());
}

void TestCsvReader::longInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<Lines>("lines");

    const QByteArray header = "date,channel,campaign\r\n";
    const QStringList headerFields = {u"date"_s, u"channel"_s, u"campaign"_s};
    const QStringList next = {u"2025-03-08"_s, u"Email"_s, u"Newsletter"_s};
    const QByteArray nextBytes = "2025-03-08,Email,Newsletter\r\n";

    {
        // The CR of the second record's CRLF is the last byte of the first chunk, its LF the first of the second.
        const QByteArray start = header + "2025-03-07,Paid Search,";
        const QByteArray campaign(ChunkBytes - 1 - start.size(), 'x');
        const QByteArray bytes = start + campaign + "\r\n" + nextBytes;
        QVERIFY(bytes.at(ChunkBytes - 1) == '\r' && bytes.at(ChunkBytes) == '\n');
        QTest::addRow("CRLF split between two chunks")
            << bytes << u"UTF-8"_s
            << Records{headerFields, {u"2025-03-07"_s, u"Paid Search"_s, QString::fromLatin1(campaign)}, next}
            << Lines{1, 2, 3};
    }
    {
        // The same inside a quoted field: one line break, not two.
        const QByteArray start = header + "2025-03-07,Paid Search,\"";
        const QByteArray campaign(ChunkBytes - 1 - start.size(), 'x');
        const QByteArray bytes = start + campaign + "\r\nsecond line\"\r\n" + nextBytes;
        QVERIFY(bytes.at(ChunkBytes - 1) == '\r' && bytes.at(ChunkBytes) == '\n');
        QTest::addRow("quoted CRLF split between two chunks")
            << bytes << u"UTF-8"_s
            << Records{headerFields,
                       {u"2025-03-07"_s, u"Paid Search"_s, QString::fromLatin1(campaign) + u"\r\nsecond line"_s},
                       next}
            << Lines{1, 2, 4};
    }
    {
        // A lone CR as the last byte of a chunk: the reader must look at the next chunk before deciding.
        const QByteArray start = header + "2025-03-07,Paid Search,";
        const QByteArray campaign(ChunkBytes - 1 - start.size(), 'x');
        const QByteArray bytes = start + campaign + "\r" + nextBytes;
        QVERIFY(bytes.at(ChunkBytes - 1) == '\r' && bytes.at(ChunkBytes) == '2');
        QTest::addRow("lone CR at the end of a chunk")
            << bytes << u"UTF-8"_s
            << Records{headerFields, {u"2025-03-07"_s, u"Paid Search"_s, QString::fromLatin1(campaign)}, next}
            << Lines{1, 2, 3};
    }
    {
        // UTF-16LE: after the 2-byte BOM, character k occupies bytes 2 + 2k and 3 + 2k; the chunk ends after
        // character (ChunkBytes - 2) / 2 - 1, which is the CR.
        const QString start = QString::fromLatin1(header) + u"2025-03-07,Paid Search,"_s;
        const QString campaign((ChunkBytes - 2) / 2 - 1 - start.size(), u'ł');
        const QByteArray bytes = utf16le(start + campaign + u"\r\n"_s + QString::fromLatin1(nextBytes));
        QVERIFY(bytes.at(ChunkBytes - 2) == '\r' && bytes.at(ChunkBytes) == '\n');
        QTest::addRow("UTF-16LE CRLF split between two chunks")
            << bytes << u"UTF-16LE"_s << Records{headerFields, {u"2025-03-07"_s, u"Paid Search"_s, campaign}, next}
            << Lines{1, 2, 3};
    }
    {
        // 'ł' is C5 82 in UTF-8: put the C5 at the end of the first chunk.
        const QByteArray start = header + "2025-03-07,Paid Search,";
        const QByteArray filler(ChunkBytes - 1 - start.size(), 'x');
        const QByteArray bytes = start + filler + "\xC5\x82" + "\xC3\xB3\x64\xC5\xBA\r\n" + nextBytes;
        QVERIFY(uchar(bytes.at(ChunkBytes - 1)) == 0xC5 && uchar(bytes.at(ChunkBytes)) == 0x82);
        QTest::addRow("UTF-8 letter split between two chunks")
            << bytes << u"UTF-8"_s
            << Records{headerFields, {u"2025-03-07"_s, u"Paid Search"_s, QString::fromLatin1(filler) + u"łódź"_s}, next}
            << Lines{1, 2, 3};
    }
    {
        const QByteArray campaign(300 * 1024, 'c');
        QTest::addRow("unquoted 300 KiB field")
            << header + "2025-03-07,Paid Search," + campaign + "\r\n" + nextBytes << u"UTF-8"_s
            << Records{headerFields, {u"2025-03-07"_s, u"Paid Search"_s, QString::fromLatin1(campaign)}, next}
            << Lines{1, 2, 3};
    }
    {
        // About 1.2 MB with 20,000 quoted line breaks: several refills, and more than the buffer keeps before
        // it compacts.
        QString comment;
        for (int i = 1; i <= 20'000; ++i) {
            comment += u"Feedback line %1 of the survey export\n"_s.arg(i, 5, 10, QChar(u'0'));
        }
        QTest::addRow("quoted 1 MB field with 20000 line breaks")
            << header + "2025-03-07,Survey,\"" + comment.toUtf8() + "\"\r\n" + nextBytes << u"UTF-8"_s
            << Records{headerFields, {u"2025-03-07"_s, u"Survey"_s, comment}, next} << Lines{1, 2, 20'003};
    }
    {
        QByteArray bytes = header;
        Records records{headerFields};
        Lines lines{1};
        for (int i = 1; i <= 30'000; ++i) {
            const QString campaign = u"Campaign %1 – Łódź"_s.arg(i, 5, 10, QChar(u'0'));
            bytes += "2025-03-07,Paid Search," + campaign.toUtf8() + "\r\n";
            records.append({u"2025-03-07"_s, u"Paid Search"_s, campaign});
            lines.append(i + 1);
        }
        QTest::addRow("30000 short rows, 1.3 MB") << bytes << u"UTF-8"_s << records << lines;
    }
}

void TestCsvReader::longInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);

    const ReadBack read = readBytes(bytes, encoding, u',');
    const QString diff = difference(read, expected, lines);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(!read.decodingError);
}

void TestCsvReader::hashSinkSeesEveryByte()
{
    QByteArray bytes = "date,channel,clicks\r\n";
    for (int i = 0; i < 20'000; ++i) {
        bytes += "2025-03-07,Paid Search,120\r\n";
    }
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    CsvReader reader(&buffer, u"UTF-8"_s, u',');
    reader.setHashSink(&hash);
    int records = 0;
    while (reader.next()) {
        ++records;
    }
    QCOMPARE(records, 20'001);
    QCOMPARE(reader.bytesRead(), bytes.size());
    QCOMPARE(hash.result(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
}

void TestCsvReader::overlongRecordIsOneRecord_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Records>("expected"); // an over-long record is read as no fields
    QTest::addColumn<Lines>("lines");

    const QByteArray header = "date,channel,campaign\n";
    const QStringList headerFields = {u"date"_s, u"channel"_s, u"campaign"_s};
    const QStringList last = {u"2025-03-09"_s, u"Email"_s, u"Last"_s};
    const QByteArray over(5'000'000, 'x'); // past the 4 Mi-character limit
    {
        // The line break inside the quotes comes after the limit: it is not the end of the record.
        const QByteArray bytes =
            header + "2025-03-07,Email,\"" + over + "\n2025-03-08,Email,Inside\n\",z\n" + "2025-03-09,Email,Last\n";
        QTest::addRow("quoted line breaks after the limit")
            << bytes << Records{headerFields, {}, last} << Lines{1, 2, 5};
    }
    {
        // Line breaks before the limit are lines of the record all the same.
        const QByteArray bytes =
            header + "2025-03-07,Email,\"one\ntwo\nthree " + over + "\",z\n" + "2025-03-09,Email,Last\n";
        QTest::addRow("quoted line breaks before the limit")
            << bytes << Records{headerFields, {}, last} << Lines{1, 2, 5};
    }
    {
        // "" is a quote inside the field, not its end; CRLF inside and after the quotes.
        const QByteArray bytes = header + "2025-03-07,Email,\"a \"\"quote\"\"\r\n" + over +
                                 "\r\nstill \"\" inside\"\r\n" + "2025-03-09,Email,Last\r\n";
        QTest::addRow("escaped quotes and CRLF") << bytes << Records{headerFields, {}, last} << Lines{1, 2, 5};
    }
    {
        // Unquoted, the record ends at its line break; a stray quote inside it is data and opens nothing.
        const QByteArray bytes = header + "2025-03-07,Email,27\" " + over + "\n" + "2025-03-09,Email,Last\n";
        QTest::addRow("unquoted") << bytes << Records{headerFields, {}, last} << Lines{1, 2, 3};
    }
    {
        // Two over-long records in a row, the second starting right where the first ends.
        const QByteArray bytes = header + "\"" + over + "\n\"\n" + "\"" + over + "\"\n" + "2025-03-09,Email,Last\n";
        QTest::addRow("two in a row") << bytes << Records{headerFields, {}, {}, last} << Lines{1, 2, 4, 5};
    }
    {
        // The file ends inside the quotes: the over-long record is the last, and still only one.
        const QByteArray bytes = header + "2025-03-07,Email,\"" + over + "\n2025-03-08,Email,Inside\n";
        QTest::addRow("unterminated quotes at the end") << bytes << Records{headerFields, {}} << Lines{1, 2};
    }
}

void TestCsvReader::overlongRecordIsOneRecord()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Records, expected);
    QFETCH(Lines, lines);

    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"UTF-8"_s, u',');
    ReadBack read;
    while (reader.next()) {
        read.records.append(reader.fields());
        read.lines.append(reader.line());
        QCOMPARE(reader.isOverlong(), reader.fieldCount() == 0);
    }
    const QString diff = difference(read, expected, lines);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(reader.bytesRead(), bytes.size());
}

void TestCsvReader::nulIsReportedWithItsRecord()
{
    // One NUL in the second record and one in the fourth, past the first chunk.
    QByteArray bytes = "date,channel\n" + QByteArray("2025-03-07,Paid\0Search\n", 23);
    bytes += "2025-03-08," + QByteArray(ChunkBytes, 'x') + "\n";
    bytes += QByteArray("2025-03-09,\"E\0mail\"\n", 20) + "2025-03-10,Email\n";
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, u"UTF-8"_s, u',');
    QList<bool> nul;
    QList<int> lines;
    while (reader.next()) {
        nul.append(reader.holdsNul());
        lines.append(reader.line());
    }
    QCOMPARE(nul, (QList<bool>{false, true, false, true, false}));
    QCOMPARE(lines, (Lines{1, 2, 3, 4, 5}));
}

} // namespace funnelscope

QTEST_GUILESS_MAIN(funnelscope::TestCsvReader)
#include "tst_csvreader.moc"

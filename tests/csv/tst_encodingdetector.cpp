#include "csv/encodingdetector.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace funnelscope {

namespace {

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    const QByteArray bytes = encoder.encode(text);
    if (!encoder.isValid() || encoder.hasError()) {
        qFatal("cannot encode the test text as %s", encoding);
    }
    return bytes;
}

const QString polish = u"date,channel,campaign\n2025-03-07,Paid Search,Kampania wiosenna – Łódź Żółć\n"_s;
const QString czech = u"datum;kanál;kampaň\n07.03.2025;Email;Jarní výprodej – Ústí nad Labem, Plzeň\n"_s;
const QString russian = u"date;channel;campaign\n07.03.2025;Email;Весенняя распродажа\n"_s;
const QString turkish = u"date;channel;campaign\n07.03.2025;Social;Bahar kampanyası İstanbul ağustos\n"_s;
const QString western = u"date;channel;campaign\n07.03.2025;Email;Frühjahrsaktion München – Café Crème\n"_s;
const QString traditional = u"date,channel,campaign\n2025/03/07,Events,春季促銷活動 年度客戶大會\n"_s;
// Excel for Mac's "CSV": Mac Roman, where "…" is 0xC9, "–" 0xD0, "é" 0x8E and "’" 0xD5 (Windows-1252 reads them as
// É, Ð, Ž and Õ).
const QString macRoman = u"Title,Send Date\nSpring sale – last days…,2/24/17 11:29\nCafé’s offer,2/25/17 09:00\n"_s;
const QString simplified = u"date,channel,campaign\n2025/03/07,Events,春季促销活动 年度客户大会\n"_s;

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void decodesAsWritten_data();
    void decodesAsWritten();
};

void TestEncodingDetector::detect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<bool>("sampleIsWholeFile");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("binary");

    QTest::addRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + polish.toUtf8() << true << u"UTF-8"_s << false;
    QTest::addRow("UTF-16LE with BOM (Excel Unicode text)")
        << QByteArray("\xFF\xFE") + encoded(polish, "UTF-16LE") << true << u"UTF-16LE"_s << false;
    QTest::addRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") + encoded(polish, "UTF-16BE") << true << u"UTF-16BE"_s
                                       << false;
    QTest::addRow("UTF-16LE without BOM") << encoded(polish, "UTF-16LE") << true << u"UTF-16LE"_s << false;
    QTest::addRow("ASCII only") << QByteArray("date,channel,clicks\n2025-03-07,Paid Search,120\n") << true << u"UTF-8"_s
                                << false;
    QTest::addRow("UTF-8 without BOM, Polish") << polish.toUtf8() << true << u"UTF-8"_s << false;
    QTest::addRow("UTF-8 without BOM, Russian") << russian.toUtf8() << true << u"UTF-8"_s << false;
    QTest::addRow("UTF-8 without BOM, Chinese") << traditional.toUtf8() << true << u"UTF-8"_s << false;
    {
        // A sample that ends inside "ć" (C4 87) of a longer file is still UTF-8.
        const QByteArray bytes = polish.toUtf8();
        const QByteArray cut = bytes.left(bytes.indexOf("\xC4\x87") + 1);
        QTest::addRow("UTF-8 sample cut inside a character") << cut << false << u"UTF-8"_s << false;
    }
    QTest::addRow("windows-1250, Polish") << encoded(polish, "windows-1250") << true << u"windows-1250"_s << false;
    QTest::addRow("windows-1250, Czech") << encoded(czech, "windows-1250") << true << u"windows-1250"_s << false;
    QTest::addRow("windows-1251, Russian") << encoded(russian, "windows-1251") << true << u"windows-1251"_s << false;
    QTest::addRow("windows-1254, Turkish") << encoded(turkish, "windows-1254") << true << u"windows-1254"_s << false;
    QTest::addRow("windows-1252, German and French")
        << encoded(western, "windows-1252") << true << u"windows-1252"_s << false;
    QTest::addRow("Mac Roman, re-saved by Excel for Mac")
        << encoded(macRoman, "macintosh") << true << u"macintosh"_s << false;
    QTest::addRow("Mac Roman, only an ellipsis after a word")
        << encoded(u"Subject,Unsubscribes\nwe can help…,3\n"_s, "macintosh") << true << u"macintosh"_s << false;
    QTest::addRow("Big5, Traditional Chinese") << encoded(traditional, "Big5") << true << u"Big5"_s << false;
    QTest::addRow("GB18030, Simplified Chinese") << encoded(simplified, "GB18030") << true << u"GB18030"_s << false;
    QTest::addRow("windows-1250, Polish, sample of a longer file")
        << encoded(polish + polish + polish, "windows-1250").left(150) << false << u"windows-1250"_s << false;
    QTest::addRow("PNG image") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff"
                                                      "610000000173524742")
                               << true << QString() << true;
    {
        // Text for 5,000 bytes, past the 4 KB probed for UTF-16 and controls, then one NUL.
        QByteArray text = "date,channel,campaign\n";
        while (text.size() < 5000) {
            text += "2025-03-07,Paid Search,Spring\n";
        }
        QTest::addRow("a NUL after the first 4 KB")
            << text + QByteArray("2025-03-08,Paid\0Search,Spring\n", 30) << true << QString() << true;
    }
    QTest::addRow("ZIP archive (an .xlsx)")
        << QByteArray::fromHex("504b0304140006000800000021006b6c3f8a8c010000ac050000130008025b436f6e74656e745f54797065"
                               "735d2e786d6c20a2040228a00002000000000000000000")
        << true << QString() << true;
}

void TestEncodingDetector::detect()
{
    QFETCH(QByteArray, sample);
    QFETCH(bool, sampleIsWholeFile);
    QFETCH(QString, encoding);
    QFETCH(bool, binary);

    const EncodingDetector::Result r = EncodingDetector::detect(sample, sampleIsWholeFile);
    QCOMPARE(r.binary, binary);
    if (!binary) {
        QCOMPARE(r.encoding, encoding);
        QVERIFY(QStringDecoder(r.encoding.toLatin1().constData()).isValid());
    }
}

// Short samples where more than one code page reads the bytes the same way: whichever is chosen must give back the
// text as written, so that a pound sign never becomes Ł and a euro sign never Ђ.
void TestEncodingDetector::decodesAsWritten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("writtenAs");

    QTest::addRow("UK pounds before the amount")
        << u"date,campaign,cost\n07/03/2025,Spring,£1,234.50\n"_s << u"windows-1252"_s;
    QTest::addRow("UK pounds, a space and the amount")
        << u"date,campaign,cost\n07/03/2025,Spring,£ 1,234.50\n"_s << u"windows-1252"_s;
    QTest::addRow("UK pounds with typographic quotes")
        << u"date,campaign,cost\n07/03/2025,“Spring” offer – 20% off,£1,234.50\n"_s << u"windows-1252"_s;
    QTest::addRow("euro before the amount")
        << u"date,campaign,cost\n2025-03-07,Spring,€1.234,50\n"_s << u"windows-1252"_s;
    QTest::addRow("euro after the amount")
        << u"date;campaign;cost\n07.03.2025;Spring;1.234,50 €\n"_s << u"windows-1252"_s;
    QTest::addRow("German umlaut only") << u"date,city\n2025-03-07,München\n"_s << u"windows-1252"_s;
    QTest::addRow("French acute accent only") << u"date,campaign\n2025-03-07,Café\n"_s << u"windows-1252"_s;
    QTest::addRow("Polish, one city") << u"date,city\n2025-03-07,Łódź\n"_s << u"windows-1250"_s;
    QTest::addRow("Polish, one name with Ł") << u"date;campaign\n07.03.2025;Łukasz\n"_s << u"windows-1250"_s;
    QTest::addRow("Polish, zloty after the amount")
        << u"date;campaign;cost\n07.03.2025;Promocja;1 234,50 zł\n"_s << u"windows-1250"_s;
    QTest::addRow("Polish, one city with ń") << u"date,city\n2025-03-07,Gdańsk\n"_s << u"windows-1250"_s;
    QTest::addRow("Polish, one city with ł") << u"date,city\n2025-03-07,Białystok\n"_s << u"windows-1250"_s;
    QTest::addRow("Polish, one city with ó") << u"date,city\n2025-03-07,Kraków\n"_s << u"windows-1250"_s;
    QTest::addRow("Russian, a preposition before a number")
        << u"date;campaign;cost\n07.03.2025;Скидки с 1 марта;1 234,50\n"_s << u"windows-1251"_s;
    QTest::addRow("Turkish, one district") << u"date,city\n2025-03-07,Kadıköy\n"_s << u"windows-1254"_s;
    QTest::addRow("French, è and à") << u"date;campaign\n07.03.2025;Crème à la carte\n"_s << u"windows-1252"_s;
    // Mac Roman reads these bytes as letters too ("ìSpringî", "saleÖ"): Windows-1252 explains them better.
    QTest::addRow("typographic quotes, an ellipsis and a dash")
        << u"date,campaign\n2025-03-07,“Spring” sale… – Café\n"_s << u"windows-1252"_s;
    QTest::addRow("Mac Roman ellipsis and apostrophe")
        << u"date,campaign\n2025-03-07,Spring’s sale…\n"_s << u"macintosh"_s;
}

void TestEncodingDetector::decodesAsWritten()
{
    QFETCH(QString, text);
    QFETCH(QString, writtenAs);

    const QByteArray sample = encoded(text, writtenAs.toLatin1().constData());
    const EncodingDetector::Result r = EncodingDetector::detect(sample, true);
    QVERIFY(!r.binary);
    QStringDecoder decoder(r.encoding.toLatin1().constData());
    QCOMPARE(decoder.decode(sample), text);
}

} // namespace funnelscope

QTEST_GUILESS_MAIN(funnelscope::TestEncodingDetector)
#include "tst_encodingdetector.moc"

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace funnelscope {

// Decides how a file's bytes are encoded from a sample of its start: a BOM, else valid UTF-8, else the legacy code
// page whose decoding reads most like text of its language (Polish/Czech, Russian, Turkish, Western European as
// Windows-1252 or Mac Roman — Excel for Mac's "CSV" — Traditional or Simplified Chinese). It only guesses; the user can
// always override it.
class EncodingDetector
{
public:
    struct Result
    {
        QString encoding; // a name QStringDecoder accepts, e.g. "UTF-8", "UTF-16LE", "windows-1250"
        bool binary = false;
    };

    static Result detect(const QByteArray &sample, bool sampleIsWholeFile);
    static bool isValidUtf8(const QByteArray &sample, bool sampleIsWholeFile);
    // Legacy code pages tried, in order of preference on a tie.
    static QStringList legacyEncodings();
    // How much a decoded text looks like real text of encoding's language; higher is better.
    static int plausibility(const QString &text, const QString &encoding);
};

} // namespace funnelscope

// Feeds arbitrary bytes to what reads a file: encoding detection, the CSV reader with every delimiter, and the
// header matcher with every preset.

#include "csv/csvreader.h"
#include "csv/encodingdetector.h"
#include "importing/columnmapping.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

using namespace funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const EncodingDetector::Result detected = EncodingDetector::detect(bytes, true);
    if (detected.binary) {
        return 0;
    }
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, detected.encoding, delimiter);
        bool first = true;
        while (reader.next()) {
            for (qsizetype f = 0; f < reader.fieldCount(); ++f) {
                (void)reader.field(f).trimmed();
            }
            if (first) {
                (void)ColumnMapping::detect(reader.fields(), {}, u"auto", std::nullopt);
                first = false;
            }
        }
    }
    return 0;
}

// Feeds arbitrary text to the value parsers: numbers in both decimal conventions, dates in every order, the
// unknown and totals markers, and the presets' header patterns.

#include "csv/dateparser.h"
#include "csv/numberparser.h"
#include "importing/preset.h"
#include "importing/rowreader.h"

#include <cstddef>
#include <cstdint>

using namespace funnelscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QChar separator : {QChar(u'.'), QChar(u',')}) {
        if (const NumberParser::Result n = NumberParser::parse(text, separator); n.value) {
            // As the importer uses them: micro-units only when they fit, whole numbers only when whole.
            if (n.value->fitsInMicros()) {
                (void)n.value->toMicros();
            }
            if (n.value->isWhole()) {
                (void)n.value->toWhole();
            }
            (void)n.value->toDouble();
        }
    }
    (void)NumberParser::provenDecimalSeparator(text);
    for (const DateOrder order : {DateOrder::Unknown, DateOrder::DayFirst, DateOrder::MonthFirst}) {
        (void)DateParser::parse(text, order);
    }
    (void)RowReader::isUnknown(text);
    (void)RowReader::isTotalsLabel(text);
    const qsizetype half = text.size() / 2;
    (void)Preset::matches(QStringView(text).left(half), QStringView(text).mid(half));
    return 0;
}

#include "csvreader.h"

namespace funnelscope {

namespace {
constexpr qint64 ChunkBytes = 256 * 1024;
constexpr qsizetype CompactAfter = 512 * 1024;
} // namespace

CsvReader::CsvReader(QIODevice *device, const QString &encoding, QChar delimiter)
    : m_device(device), m_decoder(encoding.toLatin1().constData()), m_delimiter(delimiter)
{
    m_bytes.resize(ChunkBytes);
}

bool CsvReader::fill()
{
    if (m_eof) {
        return false;
    }
    const qint64 n = m_device->read(m_bytes.data(), ChunkBytes);
    if (n <= 0) {
        m_eof = true;
        m_buffer.append(m_decoder.decode(QByteArrayView()));
        return false;
    }
    const QByteArrayView chunk(m_bytes.constData(), n);
    if (m_hash) {
        m_hash->addData(chunk);
    }
    m_bytesRead += n;
    const QString text = m_decoder.decode(chunk);
    m_nulRead = m_nulRead || text.contains(QChar(0));
    m_buffer.append(text);
    return true;
}

// Finds where the record starting at m_pos ends (the index of its line break, or the buffer's end at the end of
// the file), reading more of the file as needed. As in splitRecord, only a quote at the start of a field opens a
// quoted field, where "" is an escaped quote; a quote inside an unquoted field is data, so that one stray inch sign
// (27" monitor) does not swallow the lines after it. A record longer than MaxRecordChars is scanned on to its end
// with the same rules, so that its quoted line breaks count as lines and not as records, but what was scanned is
// dropped as it goes: the record ends up empty, at the start of the buffer.
bool CsvReader::findRecordEnd(qsizetype &end, qsizetype &lineBreaks)
{
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };
    State state = State::FieldStart;
    qsizetype i = m_pos;
    lineBreaks = 0;
    for (;;) {
        const QChar *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        for (; i < size; ++i) {
            const char16_t c = data[i].unicode();
            if (c == u'"') {
                state = state == State::Quoted     ? State::QuoteInQuoted
                        : state == State::Unquoted ? State::Unquoted
                                                   : State::Quoted;
            } else if (c == u'\n') {
                if (state != State::Quoted) {
                    end = i;
                    return true;
                }
                ++lineBreaks;
            } else if (c == u'\r') {
                if (i + 1 >= size && !m_eof) {
                    break; // need the next char to tell CR from CRLF
                }
                if (state != State::Quoted) {
                    end = i;
                    return true;
                }
                if (i + 1 >= size || data[i + 1] != u'\n') {
                    ++lineBreaks;
                }
            } else {
                m_nul = m_nul || c == 0;
                if (state != State::Quoted) {
                    state = c == m_delimiter ? State::FieldStart : State::Unquoted;
                }
            }
        }
        if (i - m_pos > MaxRecordChars) {
            m_overlong = true;
        }
        if (m_overlong) {
            m_buffer.remove(0, i); // keeps a CR waiting for its LF
            m_pos = 0;
            i = 0;
        }
        if (!fill()) {
            if (i < m_buffer.size()) {
                continue; // the decoder flushed trailing characters
            }
            end = m_buffer.size();
            return end > m_pos || m_overlong;
        }
    }
}

bool CsvReader::next()
{
    if (m_pos > CompactAfter) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_pos >= m_buffer.size() && !fill() && m_pos >= m_buffer.size()) {
        return false;
    }
    qsizetype end = 0;
    qsizetype lineBreaks = 0;
    m_overlong = false;
    m_nul = false;
    if (!findRecordEnd(end, lineBreaks)) {
        return false;
    }
    m_recordLine = m_line;
    if (m_overlong) {
        m_fields.clear();
    } else {
        splitRecord(end);
    }
    m_line += int(lineBreaks);
    // Consume the terminator: CRLF, LF or a lone CR.
    if (end < m_buffer.size()) {
        if (m_buffer.at(end) == u'\r' && end + 1 < m_buffer.size() && m_buffer.at(end + 1) == u'\n') {
            ++end;
        }
        ++end;
        ++m_line;
    }
    m_pos = end;
    return true;
}

void CsvReader::splitRecord(qsizetype end)
{
    m_fields.clear();
    m_scratch.clear();
    const QChar *data = m_buffer.constData();
    qsizetype i = m_pos;
    for (;;) {
        if (i < end && data[i] == u'"') {
            // Quoted field: unescape into scratch; anything after the closing quote up to the delimiter is kept.
            const qsizetype start = m_scratch.size();
            ++i;
            while (i < end) {
                if (data[i] == u'"') {
                    if (i + 1 < end && data[i + 1] == u'"') {
                        m_scratch.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                m_scratch.append(data[i]);
                ++i;
            }
            while (i < end && data[i] != m_delimiter) {
                m_scratch.append(data[i]);
                ++i;
            }
            m_fields.append({start, m_scratch.size() - start, true});
        } else {
            const qsizetype start = i;
            while (i < end && data[i] != m_delimiter) {
                ++i;
            }
            m_fields.append({start, i - start, false});
        }
        if (i >= end) {
            break;
        }
        ++i; // the delimiter
    }
}

QStringView CsvReader::field(qsizetype i) const
{
    const Span &s = m_fields.at(i);
    return s.inScratch ? QStringView(m_scratch).mid(s.start, s.length) : QStringView(m_buffer).mid(s.start, s.length);
}

QStringList CsvReader::fields() const
{
    QStringList out;
    out.reserve(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        out.append(field(i).toString());
    }
    return out;
}

bool CsvReader::isBlank() const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (!field(i).trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace funnelscope

#pragma once

#include <QCryptographicHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringDecoder>

namespace funnelscope {

// Streams the records of a delimited text file: RFC 4180 quoting with "" escapes, quoted newlines, CR, LF or
// CRLF line ends. It decodes as it reads and never holds more than a window of the file in memory. It knows
// nothing about headers, kinds or values: that is the importer's job.
class CsvReader
{
public:
    CsvReader(QIODevice *device, const QString &encoding, QChar delimiter);

    // Feeds every byte read, from the current position on, into hash (e.g. to fingerprint the file).
    void setHashSink(QCryptographicHash *hash) { m_hash = hash; }

    // Reads the next record; false at the end of the file.
    bool next();

    qsizetype fieldCount() const { return m_fields.size(); }
    QStringView field(qsizetype i) const;
    QStringList fields() const;
    // The first physical line of the current record, counting from 1.
    int line() const { return m_recordLine; }
    // True when every field of the current record is empty (a blank line, or a row of delimiters only).
    bool isBlank() const;
    qint64 bytesRead() const { return m_bytesRead; }
    bool hasDecodingError() const { return m_decoder.hasError(); }
    // The current record was longer than MaxRecordChars: it was skipped up to its end (its closing quotes and line
    // break, so that its quoted lines do not become records), unread, and has no fields; memory stays bounded
    // whatever the file holds. line() is its first line, and later records keep their lines.
    bool isOverlong() const { return m_overlong; }
    // The current record holds a NUL character (U+0000), which no CSV text does: the file is binary, or corrupt.
    bool holdsNul() const { return m_nul; }
    // A NUL was read anywhere so far: in a record, or in what was read ahead of the records returned.
    bool hasReadNul() const { return m_nulRead; }
    static constexpr qsizetype MaxRecordChars = qsizetype(4) << 20;

private:
    struct Span
    {
        qsizetype start;
        qsizetype length;
        bool inScratch;
    };

    bool fill();
    bool findRecordEnd(qsizetype &end, qsizetype &lineBreaks);
    void splitRecord(qsizetype end);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QChar m_delimiter;
    QCryptographicHash *m_hash = nullptr;
    QString m_buffer;
    QString m_scratch;
    QByteArray m_bytes;
    qsizetype m_pos = 0;
    QList<Span> m_fields;
    int m_line = 1;
    int m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_overlong = false;
    bool m_nul = false;
    bool m_nulRead = false;
};

} // namespace funnelscope

#include "pgcopywriter.h"

#include "pgconnection.h"

#include <QLocale>

#include <cmath>
#include <libpq-fe.h>

namespace funnelscope {

namespace {
constexpr qsizetype ChunkSize = 1 << 18;
}

PgCopyWriter::~PgCopyWriter()
{
    if (m_active) {
        PQputCopyEnd(m_connection.handle(), "abandoned");
        while (PGresult *r = PQgetResult(m_connection.handle())) {
            PQclear(r);
        }
    }
}

QString PgCopyWriter::begin(const QString &table, const QStringList &columns)
{
    m_buffer.clear();
    m_buffer.reserve(ChunkSize + 4096);
    m_rows = 0;
    m_rowStarted = false;
    const QString sql = QStringLiteral("COPY %1(%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", ")));
    PGresult *result = PQexec(m_connection.handle(), sql.toUtf8().constData());
    const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
    const QString error = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    m_active = ok;
    return error;
}

void PgCopyWriter::separate()
{
    if (m_rowStarted) {
        m_buffer.append('\t');
    }
    m_rowStarted = true;
}

void PgCopyWriter::addNull()
{
    separate();
    m_buffer.append("\\N", 2);
}

void PgCopyWriter::addInteger(qint64 v)
{
    separate();
    m_buffer.append(QByteArray::number(v));
}

void PgCopyWriter::addReal(double v)
{
    separate();
    if (std::isnan(v)) {
        m_buffer.append("NaN");
    } else if (std::isinf(v)) {
        m_buffer.append(v > 0 ? "Infinity" : "-Infinity");
    } else {
        // The shortest text that reads back as the same double.
        m_buffer.append(QByteArray::number(v, 'g', QLocale::FloatingPointShortest));
    }
}

void PgCopyWriter::addText(const char *utf8, qsizetype size)
{
    separate();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = utf8[i];
        switch (c) {
        case '\\':
            m_buffer.append("\\\\", 2);
            break;
        case '\t':
            m_buffer.append("\\t", 2);
            break;
        case '\n':
            m_buffer.append("\\n", 2);
            break;
        case '\r':
            m_buffer.append("\\r", 2);
            break;
        default:
            m_buffer.append(c);
        }
    }
}

QString PgCopyWriter::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    ++m_rows;
    return m_buffer.size() >= ChunkSize ? flush() : QString();
}

QString PgCopyWriter::flush()
{
    if (!m_buffer.isEmpty() && PQputCopyData(m_connection.handle(), m_buffer.constData(), int(m_buffer.size())) != 1) {
        return m_connection.lastError();
    }
    m_buffer.clear();
    return {};
}

QString PgCopyWriter::finish()
{
    QString error = flush();
    if (PQputCopyEnd(m_connection.handle(), error.isEmpty() ? nullptr : "send failed") != 1 && error.isEmpty()) {
        error = m_connection.lastError();
    }
    m_active = false;
    while (PGresult *r = PQgetResult(m_connection.handle())) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && error.isEmpty()) {
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        }
        PQclear(r);
    }
    return error;
}

} // namespace funnelscope

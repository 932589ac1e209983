#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace funnelscope {

class PgConnection;

// Bulk writes into one table through libpq's COPY ... FROM STDIN in text format: rows are buffered and sent in large
// chunks, one round trip per chunk instead of one per row. Fields are added in the order of the columns given.
class PgCopyWriter
{
public:
    explicit PgCopyWriter(PgConnection &connection) : m_connection(connection) {}
    ~PgCopyWriter();
    PgCopyWriter(const PgCopyWriter &) = delete;
    PgCopyWriter &operator=(const PgCopyWriter &) = delete;

    // Starts the COPY; returns an error message, or empty. table and columns are the program's own names.
    QString begin(const QString &table, const QStringList &columns);
    void addNull();
    void addInteger(qint64 v);
    void addReal(double v);
    void addText(const char *utf8, qsizetype size);
    // Ends the row; returns an error message, or empty (a failed send of a full buffer).
    QString endRow();
    // Sends the rest and ends the COPY; returns the server's error message (a constraint, a bad value), or empty.
    QString finish();
    qint64 rows() const { return m_rows; }

private:
    QString flush();
    void separate();

    PgConnection &m_connection;
    QByteArray m_buffer;
    bool m_active = false;
    bool m_rowStarted = false;
    qint64 m_rows = 0;
};

} // namespace funnelscope

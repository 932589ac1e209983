#include "importsink.h"

#include "sqlitestatement.h"
#include "workspace.h"

namespace funnelscope {

ImportSink::ImportSink(Workspace &workspace) : m_workspace(workspace) {}

ImportSink::~ImportSink()
{
    m_addError.reset();
    if (m_open) {
        execRaw(m_workspace.handle(), "ROLLBACK");
    }
}

bool ImportSink::hasImport(const ImportIdentity &identity) const
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT 1 FROM imports WHERE kind = ? AND source = ? "
                                                           "AND options = ? AND file_size = ?"));
    q.bind(1, identity.kind);
    q.bind(2, identity.source);
    q.bind(3, identity.options);
    q.bind(4, identity.fileSize);
    return q.step();
}

bool ImportSink::hasImport(const ImportIdentity &identity, const QString &sha256) const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT id FROM imports WHERE sha256 = ? AND kind = ? AND source = ? AND "
                                     "options = ? AND file_size = ?"));
    q.bind(1, sha256);
    q.bind(2, identity.kind);
    q.bind(3, identity.source);
    q.bind(4, identity.options);
    q.bind(5, identity.fileSize);
    return q.step();
}

bool ImportSink::hasRatesImport(const QString &sha256, const QString &source) const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT 1 FROM imports WHERE kind = 'rates' AND sha256 = ? AND source = ?"));
    q.bind(1, sha256);
    q.bind(2, source);
    return q.step();
}

QString ImportSink::begin()
{
    QString error;
    m_open = execRaw(m_workspace.handle(), "BEGIN IMMEDIATE", &error);
    return m_open ? QString() : error;
}

QString ImportSink::commit()
{
    m_addError.reset();
    QString error;
    m_open = !execRaw(m_workspace.handle(), "COMMIT", &error);
    return m_open ? error : QString();
}

qint64 ImportSink::lastInsertId() const
{
    SqliteStatement last(m_workspace.handle(), QStringLiteral("SELECT last_insert_rowid()"));
    last.step();
    return last.integer(0);
}

qint64 ImportSink::addImport(const NewImport &import, QString *error)
{
    SqliteStatement insert(m_workspace.handle(),
                           QStringLiteral("INSERT INTO imports(file_name, file_path, file_size, sha256, kind,"
                                          " source, options, encoding, delimiter, date_order, imported_at,"
                                          " rows_imported, rows_rejected, rows_stored, rows_replaced)"
                                          " VALUES(?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)"));
    insert.bind(1, import.fileName);
    insert.bind(2, import.filePath);
    insert.bind(3, import.fileSize);
    insert.bind(4, import.kind);
    insert.bind(5, import.source);
    insert.bind(6, import.options);
    insert.bind(7, import.encoding);
    insert.bind(8, import.delimiter);
    insert.bind(9, import.dateOrder);
    insert.bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.exec()) {
        *error = insert.error();
        return -1;
    }
    return lastInsertId();
}

qint64 ImportSink::addRatesImport(const NewImport &import, QString *error)
{
    SqliteStatement insert(m_workspace.handle(),
                           QStringLiteral("INSERT INTO imports(file_name, file_path, file_size, sha256, kind,"
                                          " source, options, imported_at, rows_imported, rows_rejected,"
                                          " rows_stored, rows_replaced) VALUES(?, ?, ?, ?, 'rates', ?,"
                                          " 'kind=rates', ?, 0, 0, 0, 0)"));
    insert.bind(1, import.fileName);
    insert.bind(2, import.filePath);
    insert.bind(3, import.fileSize);
    insert.bind(4, import.sha256);
    insert.bind(5, import.source);
    insert.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.exec()) {
        *error = insert.error();
        return -1;
    }
    return lastInsertId();
}

void ImportSink::addRejectedRow(qint64 importId, const ImportError &e)
{
    if (!m_addError) {
        m_addError = std::make_unique<SqliteStatement>(
            m_workspace.handle(),
            QStringLiteral("INSERT INTO import_errors(import_id, line, column_name, reason) VALUES(?, ?, ?, ?)"));
    }
    m_addError->bind(1, importId);
    m_addError->bind(2, qint64(e.line));
    m_addError->bind(3, e.column);
    m_addError->bind(4, e.reason);
    m_addError->exec();
}

QString ImportSink::finish(qint64 importId, const ImportTotals &totals)
{
    SqliteStatement update(m_workspace.handle(),
                           QStringLiteral("UPDATE imports SET sha256 = ?, rows_imported = ?, rows_rejected = ?,"
                                          " rows_replaced = ?, spread_from = ?, spread_to = ? WHERE id = ?"));
    update.bind(1, totals.sha256);
    update.bind(2, totals.imported);
    update.bind(3, totals.rejected);
    update.bind(4, totals.replaced);
    if (totals.spread) {
        update.bind(5, totals.spread->first);
        update.bind(6, totals.spread->second);
    } else {
        update.bindNull(5);
        update.bindNull(6);
    }
    update.bind(7, importId);
    return update.exec() ? QString() : update.error();
}

QString ImportSink::finishRates(qint64 importId, qint64 imported, qint64 rejected, qint64 stored)
{
    SqliteStatement update(m_workspace.handle(),
                           QStringLiteral("UPDATE imports SET rows_imported = ?, rows_rejected = ?, rows_stored ="
                                          " ? WHERE id = ?"));
    update.bind(1, imported);
    update.bind(2, rejected);
    update.bind(3, stored);
    update.bind(4, importId);
    return update.exec() ? QString() : update.error();
}

} // namespace funnelscope

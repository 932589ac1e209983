#pragma once

#include "importing/importoptions.h"

#include <QString>

#include <memory>
#include <optional>

namespace funnelscope {

class SqliteStatement;
class Workspace;

// What an import of a file is recognised by: the same bytes with the same kind, source and options change nothing.
struct ImportIdentity
{
    QString kind;
    QString source;
    QString options; // the options' fingerprint
    qint64 fileSize = 0;
};

// The record an import starts in the import log, before its rows.
struct NewImport
{
    QString fileName;
    QString filePath; // absolute
    qint64 fileSize = 0;
    QString sha256; // empty until the whole file is read (finish)
    QString kind;
    QString source;
    QString options;
    QString encoding;
    QString delimiter;
    QString dateOrder;
};

// What a finished import of a file brought, recorded with it.
struct ImportTotals
{
    QString sha256;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 replaced = 0;
    // The days over which range totals were spread (Julian), when there were any.
    std::optional<std::pair<qint64, qint64>> spread;
};

// One import's writes to the import log, inside one transaction that is rolled back unless committed (a failed or
// cancelled import leaves the workspace as it was). The rows themselves go through RowStore (and RateStore) on the
// same connection, inside the same transaction. The log's reads and undo are ImportLog's.
class ImportSink
{
public:
    explicit ImportSink(Workspace &workspace);
    ~ImportSink(); // rolls back an uncommitted transaction
    ImportSink(const ImportSink &) = delete;
    ImportSink &operator=(const ImportSink &) = delete;

    // Whether an import of this identity is in the log; with sha256, one of these very bytes.
    bool hasImport(const ImportIdentity &identity) const;
    bool hasImport(const ImportIdentity &identity, const QString &sha256) const;
    // Whether an exchange rates file of these bytes was imported for source.
    bool hasRatesImport(const QString &sha256, const QString &source) const;

    // Starts the transaction (waiting for no other writer: it fails at once when one is writing). Returns an error
    // message, or empty.
    QString begin();
    // Returns an error message, or empty.
    QString commit();

    // The new import's id, or -1 with error set.
    qint64 addImport(const NewImport &import, QString *error);
    // An exchange rates file's record (kind "rates", with its bytes' sha256 from the start).
    qint64 addRatesImport(const NewImport &import, QString *error);
    // A row the import rejected, with why. Best effort: the import does not fail for it.
    void addRejectedRow(qint64 importId, const ImportError &error);
    // Returns an error message, or empty.
    QString finish(qint64 importId, const ImportTotals &totals);
    // An exchange rates import: lines read, rejected, rates stored.
    QString finishRates(qint64 importId, qint64 imported, qint64 rejected, qint64 stored);

private:
    qint64 lastInsertId() const;

    Workspace &m_workspace;
    bool m_open = false;
    std::unique_ptr<SqliteStatement> m_addError;
};

} // namespace funnelscope

#include "importer.h"

#include "fileinspector.h"
#include "i18n/contexts.h"
#include "money/currency.h"
#include "money/ratesimporter.h"
#include "rangespread.h"
#include "rowpipeline.h"
#include "rowreader.h"
#include "rowstore.h"
#include "store/campaignrollup.h"
#include "store/crmrollup.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace funnelscope {

namespace {

QString orderName(DateOrder order)
{
    return order == DateOrder::DayFirst     ? QStringLiteral("dmy")
           : order == DateOrder::MonthFirst ? QStringLiteral("mdy")
                                            : QString();
}

QString sha256Of(QFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    file.seek(0);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Undoes everything of an unfinished import when it goes out of scope.
class Transaction
{
public:
    explicit Transaction(sqlite3 *db) : m_db(db) { m_open = execRaw(db, "BEGIN IMMEDIATE", &m_error); }
    ~Transaction()
    {
        if (m_open) {
            execRaw(m_db, "ROLLBACK");
        }
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    bool commit()
    {
        m_open = !execRaw(m_db, "COMMIT", &m_error);
        return !m_open;
    }

private:
    sqlite3 *m_db;
    bool m_open = false;
    QString m_error;
};

// SQLite's words for a full or read-only disk, with what the user can do about it.
QString storageHint(const QString &error)
{
    const QString e = error.toLower();
    if (e.contains(u"database is locked") || e.contains(u"busy")) {
        // As docs/reliability.md documents it, without SQLite's words.
        return Import::tr("another Funnelscope window or command is writing to this workspace; try again when it has "
                          "finished. Nothing was imported");
    }
    if (e.contains(u"disk i/o") || e.contains(u"full") || e.contains(u"readonly") || e.contains(u"read-only")) {
        return error + Import::tr(" (is the disk full, or the workspace's folder read-only? Nothing was "
                                  "imported; the workspace is as it was)");
    }
    return error;
}

} // namespace

QString Importer::sourceOf(const ImportOptions &options, const ColumnMapping &mapping)
{
    return !options.source.isEmpty() ? options.source
           : mapping.preset()        ? mapping.presetId()
                                     : QStringLiteral("manual");
}

QString Importer::rememberedCurrencyKey(const QString &source)
{
    // A generic file without --source ("manual") is any spreadsheet: nothing is remembered for it.
    return source.isEmpty() || source == u"manual" ? QString() : QStringLiteral("import_currency:") + source;
}

QString Importer::fallbackCurrency(const Workspace &workspace, const QString &optionCurrency, const QString &source,
                                   bool *remembered)
{
    if (remembered) {
        *remembered = false;
    }
    if (const QString given = optionCurrency.trimmed().toUpper(); !given.isEmpty()) {
        return given;
    }
    if (const QString key = rememberedCurrencyKey(source); !key.isEmpty()) {
        if (const QString code = workspace.setting(key); currency::isCode(code)) {
            if (remembered) {
                *remembered = true;
            }
            return code;
        }
    }
    const QString own = workspace.currency().trimmed().toUpper();
    return currency::isCode(own) ? own : QString();
}

ImportResult Importer::importFile(const QString &path, const ImportOptions &options, const Progress &progress)
{
    ImportResult result;
    result.file = QFileInfo(path).fileName();
    const auto refuse = [&](int line, const QString &reason) {
        result.status = ImportResult::Status::Refused;
        result.errors.append({line, QString(), reason});
        return result;
    };
    // Refuses the file once rows were read: what was counted and rejected of it no longer matters.
    const auto refuseRead = [&](const ImportError &error) {
        result.imported = 0;
        result.rejected = 0;
        result.errorsNotListed = 0;
        result.errors = {error};
        result.status = ImportResult::Status::Refused;
        return result;
    };

    if (m_workspace.isReadOnly()) {
        return refuse(0, Import::tr("the workspace is open read-only: nothing can be imported into it"));
    }
    if (options.preset != u"auto" && options.preset != u"generic" && !Preset::find(options.preset)) {
        return refuse(0, Import::tr("unknown preset '%1' (available: %2)").arg(options.preset, Preset::availableIds()));
    }
    // What the file is before it is first read: if it is not the same once read, the rows came from a file being
    // written or cut meanwhile, and the hash fingerprints bytes that were never one file.
    const QFileInfo before(path);
    const qint64 sizeBefore = before.size();
    const QDateTime modifiedBefore = before.lastModified();
    // Deal stages read by the workspace's remembered mapping, and this import's own on top of it.
    ImportOptions effective = options;
    effective.stages = StageMapping::fromJson(m_workspace.setting(StageMapping::settingKey()));
    effective.stages.merge(options.stages);
    effective.currency = options.currency.trimmed().toUpper();
    if (!effective.currency.isEmpty() && !currency::isCode(effective.currency)) {
        return refuse(
            0,
            Import::tr("unknown currency '%1': give an ISO 4217 code such as PLN, EUR or USD").arg(options.currency));
    }
    if (RatesImporter::isRatesFile(path, options)) {
        return RatesImporter(m_workspace).importFile(path, options);
    }
    FileLayout layout = FileInspector::inspect(path, effective);
    if (layout.mapping) {
        result.kind = kindName(layout.mapping->kind());
        result.ignored = layout.mapping->ignored();
        result.encoding = layout.encoding;
        result.delimiter = FileInspector::delimiterName(layout.delimiter);
        result.dateOrder = orderName(layout.dateOrder);
    }
    if (!layout.refusal.isEmpty()) {
        result.status = ImportResult::Status::Refused;
        result.errors.append({layout.refusalLine, layout.refusalColumn, layout.refusal});
        return result;
    }

    const Kind kind = layout.mapping->kind();
    const QString source = sourceOf(options, *layout.mapping);
    result.source = source;
    const QString rememberedKey = rememberedCurrencyKey(source);
    bool remembered = false;
    layout.currency = fallbackCurrency(m_workspace, effective.currency, source, &remembered);
    const QString rememberedNote =
        remembered ? Import::tr("amounts the file does not name are in %1, the currency last given for the source '%2'")
                         .arg(layout.currency, source)
                   : QString();
    result.preset = layout.mapping->presetId();
    result.presetTitle = layout.mapping->preset() ? layout.mapping->title() : QString();
    result.language = layout.mapping->language();
    result.confidence = layout.mapping->confidence();
    const QString fingerprint = effective.fingerprint(kind, layout.dateOrder);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(0, Import::tr("cannot open the file: %1").arg(file.errorString()));
    }

    // The same bytes imported before with the same kind, source and options change nothing.
    const auto importedBefore = [&](const QString &sha) {
        SqliteStatement q(m_workspace.handle(),
                          QStringLiteral("SELECT id FROM imports WHERE sha256 = ? AND kind = ? AND source = ? AND "
                                         "options = ? AND file_size = ?"));
        q.bind(1, sha);
        q.bind(2, kindName(kind));
        q.bind(3, source);
        q.bind(4, fingerprint);
        q.bind(5, layout.size);
        return q.step();
    };
    {
        SqliteStatement q(m_workspace.handle(), QStringLiteral("SELECT 1 FROM imports WHERE kind = ? AND source = ? "
                                                               "AND options = ? AND file_size = ?"));
        q.bind(1, kindName(kind));
        q.bind(2, source);
        q.bind(3, fingerprint);
        q.bind(4, layout.size);
        if (q.step() && importedBefore(sha256Of(file))) {
            result.status = ImportResult::Status::Unchanged;
            return result;
        }
        file.seek(0);
    }

    sqlite3 *db = m_workspace.handle();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        return refuse(0, storageHint(transaction.error()));
    }
    qint64 importId = -1;
    {
        SqliteStatement insert(db, QStringLiteral("INSERT INTO imports(file_name, file_path, file_size, sha256, kind,"
                                                  " source, options, encoding, delimiter, date_order, imported_at,"
                                                  " rows_imported, rows_rejected, rows_stored, rows_replaced)"
                                                  " VALUES(?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0)"));
        insert.bind(1, result.file);
        insert.bind(2, QFileInfo(path).absoluteFilePath());
        insert.bind(3, layout.size);
        insert.bind(4, kindName(kind));
        insert.bind(5, source);
        insert.bind(6, fingerprint);
        insert.bind(7, layout.encoding);
        insert.bind(8, result.delimiter);
        insert.bind(9, orderName(layout.dateOrder));
        insert.bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!insert.exec()) {
            return refuse(0, insert.error());
        }
        SqliteStatement last(db, QStringLiteral("SELECT last_insert_rowid()"));
        last.step();
        importId = last.integer(0);
    }

    RowStore store(m_workspace, *layout.mapping, importId, source);
    if (const QString error = store.prepare(); !error.isEmpty()) {
        return refuse(0, error);
    }
    SqliteStatement addError(db, QStringLiteral("INSERT INTO import_errors(import_id, line, column_name, reason)"
                                                " VALUES(?, ?, ?, ?)"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const KindSpec &spec = kindSpec(kind);
    int dateColumn = -1;
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (spec.columns.at(c).name == spec.dateColumn && (kind == Kind::Campaign || kind == Kind::Expenses)) {
            dateColumn = c;
        }
    }
    qint64 spreadFrom = -1; // the days over which range totals were spread (Julian), none when -1
    qint64 spreadTo = -1;
    // Rows are read and checked on another thread while this one stores them.
    RowPipeline rows(&file, layout, &hash);
    QList<RowPipeline::Item> batch;
    while (rows.next(batch)) {
        for (const RowPipeline::Item &item : batch) {
            if (item.outcome == RowReader::Outcome::Refused) {
                rows.stop();
                return refuseRead(item.error);
            }
            if (item.outcome == RowReader::Outcome::Rejected) {
                ++result.rejected;
                const ImportError &e = item.error;
                if (result.errors.size() < MaxListedErrors) {
                    result.errors.append(e);
                } else {
                    ++result.errorsNotListed;
                }
                addError.bind(1, importId);
                addError.bind(2, qint64(e.line));
                addError.bind(3, e.column);
                addError.bind(4, e.reason);
                addError.exec();
                continue;
            }
            const qint64 firstDay = dateColumn >= 0 ? item.cells.at(dateColumn).integer : 0;
            bool stored = true;
            if (dateColumn >= 0 && item.lastDay > firstDay) {
                // A row of a range's totals: one row per day of the range, the totals split exactly.
                const RangeSpread spread(spec, item.cells, firstDay, item.lastDay);
                for (qint64 d = 0; d < spread.dayCount() && stored; ++d) {
                    stored = store.write(spread.day(d), item.line);
                }
                spreadFrom = spreadFrom < 0 ? firstDay : qMin(spreadFrom, firstDay);
                spreadTo = qMax(spreadTo, item.lastDay);
            } else {
                stored = store.write(item.cells, item.line);
            }
            if (!stored) {
                rows.stop();
                result.errors.clear();
                return refuse(item.line, Import::tr("cannot store this row: %1").arg(storageHint(store.error())));
            }
            ++result.imported;
        }
        if (progress && !progress(rows.bytesRead(), layout.size)) {
            rows.stop();
            result.status = ImportResult::Status::Cancelled;
            result.imported = 0;
            return result;
        }
    }
    // Whatever the reader did not consume (a trailing footer) still belongs to the file's bytes.
    qint64 bytesHashed = rows.bytesRead();
    const bool wideEncoding = layout.encoding.startsWith(u"UTF-16", Qt::CaseInsensitive) ||
                              layout.encoding.startsWith(u"UTF-32", Qt::CaseInsensitive);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty()) {
            break;
        }
        if (!wideEncoding && chunk.contains('\0')) {
            // Not read as rows, but a NUL anywhere makes the file binary, as in the reader's rows.
            return refuseRead({0, QString(), Import::tr("a NUL byte: this is a binary file, not CSV text")});
        }
        hash.addData(chunk);
        bytesHashed += chunk.size();
    }
    if (const QFileInfo after(path); bytesHashed != sizeBefore || after.size() != sizeBefore ||
                                     after.lastModified() != modifiedBefore || layout.size != sizeBefore) {
        return refuseRead({0, QString(),
                           Import::tr("the file changed while it was being read (is another program still writing "
                                      "it?): nothing was imported; import it again once it is complete")});
    }
    const QString sha = QString::fromLatin1(hash.result().toHex());
    if (importedBefore(sha)) {
        ImportResult unchanged;
        unchanged.file = result.file;
        unchanged.kind = result.kind;
        unchanged.source = result.source;
        unchanged.status = ImportResult::Status::Unchanged;
        return unchanged;
    }
    if (rows.dataRows() > 0 && result.rejected * 2 > rows.dataRows()) {
        result.status = ImportResult::Status::Refused;
        result.imported = 0;
        result.errors.prepend({0, QString(),
                               Import::tr("%1 of %2 data rows were rejected, more than half: nothing imported")
                                   .arg(result.rejected)
                                   .arg(rows.dataRows())});
        return result;
    }
    result.replaced = store.replaced();
    if (rows.tableEndLine() > 0) {
        result.note = Import::tr("imported the table whose header is on line %1; the file's next table, from line "
                                 "%2, was not imported (import it on its own)")
                          .arg(layout.headerLine)
                          .arg(rows.tableEndLine());
    }
    if (const QHash<int, int> &standIns = layout.mapping->standIns(); !standIns.isEmpty()) {
        // Said, since a report by campaign then lists the ad sets (or ads) as campaigns.
        QStringList said;
        for (auto it = standIns.begin(); it != standIns.end(); ++it) {
            const QString column = spec.columns.at(it.key()).name;
            said.append(Import::tr("the %1 column is read from \"%2\", since the file has no %1 column of its own")
                            .arg(column, layout.mapping->header().at(it.value()).trimmed()));
        }
        said.sort();
        const QString standInNote = said.join(QStringLiteral("; "));
        result.note = result.note.isEmpty() ? standInNote : result.note + QStringLiteral("; ") + standInNote;
    }
    if (spreadFrom >= 0) {
        result.spreadFrom = QDate::fromJulianDay(spreadFrom);
        result.spreadTo = QDate::fromJulianDay(spreadTo);
        const QString spreadNote =
            Import::tr("totals without a day breakdown were spread evenly over the days "
                       "%1 to %2")
                .arg(result.spreadFrom.toString(Qt::ISODate), result.spreadTo.toString(Qt::ISODate));
        result.note = result.note.isEmpty() ? spreadNote : result.note + QStringLiteral("; ") + spreadNote;
    }
    if (rows.noDataLine() > 0 && result.imported == 0 && result.rejected == 0) {
        result.note = Import::tr("no data in this export: line %1 says there is none").arg(rows.noDataLine());
    }
    if (kind == Kind::Leads || kind == Kind::Deals) {
        if (const QString error = m_workspace.linkDealsToLeads(); !error.isEmpty()) {
            return refuse(0, error);
        }
    }
    if (kind == Kind::Leads || kind == Kind::Deals) {
        if (const QString error = CrmRollup::rebuild(m_workspace); !error.isEmpty()) {
            return refuse(0, error);
        }
    }
    if (const CampaignRollup::Sums &sums = store.rollup(); !sums.isEmpty()) {
        const QString error = store.onlyNewRows()
                                  ? sums.addTo(db)
                                  : CampaignRollup::rebuild(m_workspace, sums.firstDay(), sums.lastDay());
        if (!error.isEmpty()) {
            return refuse(0, error);
        }
    }
    if (const QString error = m_workspace.noteCurrencies(store.currencies()); !error.isEmpty()) {
        return refuse(0, error);
    }
    if (!effective.currency.isEmpty() && !rememberedKey.isEmpty()) {
        m_workspace.setSetting(rememberedKey, effective.currency); // the next import of this source takes it
    } else if (!rememberedNote.isEmpty() && !store.currencies().isEmpty()) {
        result.note = result.note.isEmpty() ? rememberedNote : result.note + QStringLiteral("; ") + rememberedNote;
    }
    if (store.currencies().contains(u"XXX")) {
        const QString unnamed = Import::tr("the amounts name no currency and none was given: they are stored without "
                                           "one and never converted (import again with --currency CODE, or choose "
                                           "it in the import options, to give them one)");
        result.note = result.note.isEmpty() ? unnamed : result.note + QStringLiteral("; ") + unnamed;
    }
    if (kind == Kind::Deals && !options.stages.isEmpty()) {
        // Remembered with the import it was given for, and for every later one of this workspace.
        m_workspace.setSetting(StageMapping::settingKey(), effective.stages.toJson());
    }
    result.stagesCountedAsOpen = rows.unmatchedStages();
    {
        SqliteStatement update(db, QStringLiteral("UPDATE imports SET sha256 = ?, rows_imported = ?, rows_rejected = ?,"
                                                  " rows_replaced = ?, spread_from = ?, spread_to = ? WHERE id = ?"));
        update.bind(1, sha);
        update.bind(2, qint64(result.imported));
        update.bind(3, qint64(result.rejected));
        update.bind(4, qint64(result.replaced));
        if (spreadFrom >= 0) {
            update.bind(5, spreadFrom);
            update.bind(6, spreadTo);
        } else {
            update.bindNull(5);
            update.bindNull(6);
        }
        update.bind(7, importId);
        if (!update.exec()) {
            return refuse(0, update.error());
        }
    }
    if (!transaction.commit()) {
        return refuse(0, Import::tr("cannot write the workspace: %1").arg(storageHint(transaction.error())));
    }
    if (progress) {
        progress(layout.size, layout.size);
    }
    result.status = ImportResult::Status::Imported;
    result.importId = importId;
    return result;
}

} // namespace funnelscope

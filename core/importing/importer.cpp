#include "importer.h"

#include "fileinspector.h"
#include "i18n/contexts.h"
#include "money/currency.h"
#include "money/ratesimporter.h"
#include "rangespread.h"
#include "rowpipeline.h"
#include "rowreader.h"
#include "store/campaignrollup.h"
#include "store/crmrollup.h"
#include "store/importsink.h"
#include "store/rowstore.h"
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
    ImportSink sink(m_workspace);
    const ImportIdentity identity{kindName(kind), source, fingerprint, layout.size};
    if (sink.hasImport(identity) && sink.hasImport(identity, sha256Of(file))) {
        result.status = ImportResult::Status::Unchanged;
        return result;
    }
    file.seek(0);

    if (const QString error = sink.begin(); !error.isEmpty()) {
        return refuse(0, storageHint(error));
    }
    qint64 importId = -1;
    {
        QString error;
        importId =
            sink.addImport({result.file, QFileInfo(path).absoluteFilePath(), layout.size, QString(), kindName(kind),
                            source, fingerprint, layout.encoding, result.delimiter, orderName(layout.dateOrder)},
                           &error);
        if (importId < 0) {
            return refuse(0, error);
        }
    }

    RowStore store(m_workspace, *layout.mapping, importId, source);
    if (const QString error = store.prepare(); !error.isEmpty()) {
        return refuse(0, error);
    }
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
                sink.addRejectedRow(importId, e);
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
    if (sink.hasImport(identity, sha)) {
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
                                  ? sums.addTo(m_workspace.handle())
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
    ImportTotals totals{sha, result.imported, result.rejected, result.replaced, std::nullopt};
    if (spreadFrom >= 0) {
        totals.spread = std::pair{spreadFrom, spreadTo};
    }
    if (const QString error = sink.finish(importId, totals); !error.isEmpty()) {
        return refuse(0, error);
    }
    if (const QString error = sink.commit(); !error.isEmpty()) {
        return refuse(0, Import::tr("cannot write the workspace: %1").arg(storageHint(error)));
    }
    if (progress) {
        progress(layout.size, layout.size);
    }
    result.status = ImportResult::Status::Imported;
    result.importId = importId;
    return result;
}

} // namespace funnelscope

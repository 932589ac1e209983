#include "demoworkspace.h"

#include "demogoals.h"
#include "importing/importer.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <tuple>

namespace funnelscope {

QString DemoWorkspace::fill(Workspace &workspace, const DemoGenerator::Options &options, QStringList *summaries)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return dir.errorString();
    }
    DemoGenerator generator(options);
    if (const QString error = generator.writeCsvFiles(dir.path()); !error.isEmpty()) {
        return error;
    }
    // The demo company reports in dollars: its amounts are in USD and so is the workspace, unless it had a currency.
    if (workspace.currency().trimmed().isEmpty()) {
        workspace.setSetting(QStringLiteral("currency"), QStringLiteral("USD"));
    }
    Importer importer(workspace);
    ImportOptions importOptions;
    importOptions.source = QStringLiteral("demo");
    importOptions.currency = QStringLiteral("USD");
    for (const QString &file : generator.fileNames()) {
        const ImportResult r = importer.importFile(dir.filePath(file), importOptions);
        if (summaries) {
            summaries->append(r.summary());
        }
        if (r.status == ImportResult::Status::Refused) {
            return r.summary();
        }
    }
    if (const QString error =
            options.euroAccount ? addEuroAccount(workspace, dir.path(), options, summaries) : QString();
        !error.isEmpty()) {
        return error;
    }
    return DemoGoals::install(workspace);
}

// A second, smaller account in another currency, so that the demo shows conversion on first start: a Meta account of
// the German subsidiary billed in euros (its last six months, 40.00 EUR a day), and euro reference rates in the ECB's
// file shape for its weekdays (made-up rates near 1.08 USD per EUR: demo data, not the ECB's).
QString DemoWorkspace::addEuroAccount(Workspace &workspace, const QString &dir, const DemoGenerator::Options &options,
                                      QStringList *summaries)
{
    const QDate last = options.from.addDays(options.days - 1);
    const QDate first = std::max(options.from, last.addMonths(-6).addDays(1));
    QByteArray campaigns = "date,channel,campaign,impressions,clicks,cost\n";
    QByteArray rates = "Date,USD,\n";
    for (QDate d = last; d >= first.addDays(-7); d = d.addDays(-1)) {
        if (d.dayOfWeek() <= 5) {
            // 1.0700 to 1.0929, by the day of the month: a rate that moves, the same on every run.
            rates +=
                d.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(1.07 + 0.0008 * d.day(), 'f', 4) + ",\n";
        }
    }
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        campaigns += d.toString(Qt::ISODate).toLatin1() + ",Paid Social,DACH Markteinführung," +
                     QByteArray::number(3000 + 40 * (d.day() % 7)) + ',' + QByteArray::number(30 + d.day() % 5) +
                     ",40.00\n";
    }
    Importer importer(workspace);
    for (const auto &[name, bytes, currency] :
         {std::tuple{QStringLiteral("eu-meta-ads-eur.csv"), campaigns, QStringLiteral("EUR")},
          std::tuple{QStringLiteral("eurofxref-demo.csv"), rates, QString()}}) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return file.errorString();
        }
        file.close();
        ImportOptions importOptions;
        importOptions.source = QStringLiteral("demo-eu");
        importOptions.currency = currency;
        const ImportResult r = importer.importFile(file.fileName(), importOptions);
        if (summaries) {
            summaries->append(r.summary());
        }
        if (r.status == ImportResult::Status::Refused) {
            return r.summary();
        }
    }
    return {};
}

} // namespace funnelscope

#include "demoworkspace.h"

#include "demogoals.h"
#include "importing/importer.h"
#include "store/workspace.h"

#include <QTemporaryDir>

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
    return DemoGoals::install(workspace);
}

} // namespace funnelscope

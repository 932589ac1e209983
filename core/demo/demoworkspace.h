#pragma once

#include "demogenerator.h"

#include <QStringList>

namespace funnelscope {

class Workspace;

// Fills a workspace with the demo: writes the generator's CSV files, imports them as real files (source "demo"),
// then adds the demo's goals and past reviews. The app's first start, the CLI's demo command and tests use it.
class DemoWorkspace
{
public:
    // Returns an error message, or empty; summaries gets one line per imported file.
    static QString fill(Workspace &workspace, const DemoGenerator::Options &options, QStringList *summaries = nullptr);

private:
    static QString addEuroAccount(Workspace &workspace, const QString &dir, const DemoGenerator::Options &options,
                                  QStringList *summaries);
};

} // namespace funnelscope

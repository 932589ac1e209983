#pragma once

#include "importoptions.h"
#include "importresult.h"

#include <functional>

namespace funnelscope {

class ColumnMapping;
class Workspace;

// Imports files into a workspace: inspects each, then streams its rows into the store in one transaction, so a
// file lands whole or not at all (even if the process dies halfway). Refuses what cannot be imported and says why;
// recognises bytes imported before. Runs on whatever thread calls it; the caller owns progress and cancelling.
class Importer
{
public:
    // Called now and then with the bytes read so far and the file size; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit Importer(Workspace &workspace) : m_workspace(workspace) {}

    ImportResult importFile(const QString &path, const ImportOptions &options, const Progress &progress = {});

    static constexpr int MaxListedErrors = 1000;

    // The currency of amounts a file of this source does not name: the import's (options.currency), else the one last
    // given for the source (remembered; empty for "manual", a generic file without --source), else the workspace's;
    // empty when none is known (the amounts are then stored without one, in XXX). remembered says whether it is the
    // source's. The import dialog's preview reads amounts with it too.
    static QString fallbackCurrency(const Workspace &workspace, const QString &optionCurrency, const QString &source,
                                    bool *remembered = nullptr);
    static QString rememberedCurrencyKey(const QString &source);
    // The source label an import of this mapping stores its rows under: --source, else the preset's id, else "manual".
    static QString sourceOf(const ImportOptions &options, const ColumnMapping &mapping);

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

#pragma once

#include <QCoreApplication>

namespace funnelscope {

// Translation contexts for text written outside QObject classes: Import::tr("…") in any file of the import, and so
// on. lupdate files each string under the context named here (resources/translations/*.ts).
struct Import
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct CurrencyText
{
    Q_DECLARE_TR_FUNCTIONS(Currency)
};

struct WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(File)
};

struct SmartCheckText
{
    Q_DECLARE_TR_FUNCTIONS(SmartCheck)
};

} // namespace funnelscope

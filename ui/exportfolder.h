#pragma once

#include <QString>

namespace funnelscope {

// Where the window's save dialogs (Export CSV, Export PDF) open: the folder last saved into, else the user's
// Documents folder; remembered across sessions.
namespace ExportFolder {

// fileName in the folder to offer.
QString suggest(const QString &fileName);
// The folder of a file just saved, for the next dialog.
void remember(const QString &savedPath);

} // namespace ExportFolder

} // namespace funnelscope

#include "exportfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace funnelscope::ExportFolder {

namespace {
const QString Key = QStringLiteral("export/folder");
} // namespace

QString suggest(const QString &fileName)
{
    QString folder = QSettings().value(Key).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QDir::homePath();
    }
    // A name with a slash (a review titled "Q3/Q4") would point into a folder that does not exist.
    QString name = fileName;
    name.replace(u'/', u'-');
    return QDir(folder).filePath(name);
}

void remember(const QString &savedPath)
{
    QSettings().setValue(Key, QFileInfo(savedPath).absolutePath());
}

} // namespace funnelscope::ExportFolder

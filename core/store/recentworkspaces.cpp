#include "store/recentworkspaces.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace funnelscope {

namespace {

const QString Key = QStringLiteral("workspaces/recent");

} // namespace

RecentWorkspaces::RecentWorkspaces(QSettings &settings) : m_settings(settings) {}

QStringList RecentWorkspaces::files() const
{
    const QStringList stored = m_settings.value(Key).toStringList();
    QStringList present;
    for (const QString &path : stored) {
        if (!path.isEmpty() && QFileInfo(path).isFile() && !present.contains(path)) {
            present.append(path);
        }
    }
    present = present.mid(0, MaxCount);
    if (present != stored) {
        m_settings.setValue(Key, present);
    }
    return present;
}

void RecentWorkspaces::remember(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = m_settings.value(Key).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    m_settings.setValue(Key, list.mid(0, MaxCount));
}

QString RecentWorkspaces::withExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(Extension, Qt::CaseInsensitive) == 0 || suffix.compare(u"db", Qt::CaseInsensitive) == 0) {
        return path;
    }
    return path + u'.' + Extension.toString();
}

QString RecentWorkspaces::saveFilter()
{
    return QCoreApplication::translate("RecentWorkspaces", "Funnelscope workspaces (*.funnelscope)");
}

QString RecentWorkspaces::openFilter()
{
    return QCoreApplication::translate("RecentWorkspaces", "Funnelscope workspaces (*.funnelscope *.db)") +
           QStringLiteral(";;") + QCoreApplication::translate("RecentWorkspaces", "All files (*)");
}

} // namespace funnelscope

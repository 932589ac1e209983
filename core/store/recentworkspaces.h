#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace funnelscope {

// The workspace files the user opened last (File → Open recent), newest first, kept in the settings: at most
// MaxCount, each once, and a file that is gone (moved, deleted, on an unplugged drive) leaves the list when it is
// next read. Also names a new workspace file: ".funnelscope", the extension the desktop's MIME type knows
// (packaging/), while ".db" files, as earlier versions named them, still open. Not the opening itself (Workspace).
class RecentWorkspaces
{
public:
    static constexpr int MaxCount = 8;
    static constexpr QStringView Extension = u"funnelscope";

    explicit RecentWorkspaces(QSettings &settings);

    // The files still there, newest first; the settings forget the others.
    QStringList files() const;
    // Puts the file (made absolute) first.
    void remember(const QString &path) const;

    // The path a new workspace typed as `path` gets: itself when it ends in .funnelscope or .db, else with
    // .funnelscope appended ("Q1 plan" → "Q1 plan.funnelscope", "q1.v2" → "q1.v2.funnelscope").
    static QString withExtension(const QString &path);
    // The file dialogs' filters: a new workspace is a .funnelscope file; one to open may also be a .db file.
    static QString saveFilter();
    static QString openFilter();

private:
    QSettings &m_settings;
};

} // namespace funnelscope

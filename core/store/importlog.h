#pragma once

#include "importing/importoptions.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace funnelscope {

class Workspace;

struct ImportRecord
{
    qint64 id = -1;
    QString fileName;
    QString filePath;
    QString kind;
    QString source;
    QString encoding;
    QString dateOrder;
    QDateTime importedAt;
    int imported = 0;
    int rejected = 0;
    int replaced = 0;
};

// An import whose totals had no day breakdown and were spread over a range of days (RangeSpread).
struct SpreadImport
{
    QString fileName;
    QDate from;
    QDate to;
};

// The workspace's record of imports: what was imported when, the rows each rejected, and taking an import out of
// the workspace with the rows it brought (and putting it back, until the connection closes: the removed rows wait
// in temporary tables). The one place that deletes stored data.
class ImportLog
{
public:
    explicit ImportLog(Workspace &workspace) : m_workspace(workspace) {}

    QList<ImportRecord> imports() const;
    QList<ImportError> rejectedRows(qint64 importId) const;
    // The imports that spread range totals over days of the period from–to, oldest first: what a period's figures
    // hold as shares of a range rather than as what happened on each day.
    QList<SpreadImport> spreadOver(QDate from, QDate to) const;
    // Returns an error message, or empty.
    QString remove(qint64 importId);
    QString restore(qint64 importId);

private:
    QString move(qint64 importId, bool toTrash);

    Workspace &m_workspace;
};

} // namespace funnelscope

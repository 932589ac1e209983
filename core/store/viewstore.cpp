#include "viewstore.h"

#include "sqlitestatement.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace funnelscope {

QList<SavedView> ViewStore::views() const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT definition FROM saved_views ORDER BY name COLLATE NOCASE"));
    QList<SavedView> list;
    while (q.step()) {
        // A definition this version cannot read (written by a newer one) is left out, not lost.
        if (auto view = SavedView::fromJson(QJsonDocument::fromJson(q.text(0).toUtf8()).object())) {
            list.append(*view);
        }
    }
    return list;
}

std::optional<SavedView> ViewStore::view(const QString &name) const
{
    for (const SavedView &v : views()) {
        if (v.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return v;
        }
    }
    return std::nullopt;
}

QString ViewStore::save(const SavedView &view)
{
    if (view.name.trimmed().isEmpty()) {
        return QCoreApplication::translate("ViewStore", "a view needs a name");
    }
    if (m_workspace.isReadOnly()) {
        return QCoreApplication::translate("ViewStore", "the workspace is read-only");
    }
    SavedView named = view;
    named.name = view.name.trimmed();
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("INSERT INTO saved_views(name, definition, saved_at) VALUES(?1, ?2, ?3)"
                                     " ON CONFLICT(name) DO UPDATE SET name = excluded.name,"
                                     " definition = excluded.definition, saved_at = excluded.saved_at"));
    q.bind(1, named.name);
    q.bind(2, QString::fromUtf8(QJsonDocument(named.toJson()).toJson(QJsonDocument::Compact)));
    q.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec() ? QString() : q.error();
}

bool ViewStore::remove(const QString &name)
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("DELETE FROM saved_views WHERE name = ?1"));
    q.bind(1, name.trimmed());
    return q.exec() && q.changes() > 0;
}

} // namespace funnelscope

#include "customkpirepository.h"

#include "sqlitestatement.h"
#include "workspace.h"

#include <sqlite3.h>

namespace funnelscope {

namespace {

// A row of SELECT id, kpi_id, name, formula, direction, format, decimals, kpi_group.
StoredCustomKpi kpiFrom(const SqliteStatement &q)
{
    StoredCustomKpi k;
    k.rowId = q.integer(0);
    k.id = q.text(1);
    k.name = q.text(2);
    k.formula = q.text(3);
    k.direction = q.text(4);
    k.format = q.text(5);
    k.decimals = q.isNull(6) ? std::nullopt : std::optional<qint64>(q.integer(6));
    k.group = q.text(7);
    return k;
}

} // namespace

QList<StoredCustomKpi> CustomKpiRepository::all() const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT id, kpi_id, name, formula, direction, format, decimals, kpi_group"
                                     " FROM custom_kpis ORDER BY id"));
    QList<StoredCustomKpi> list;
    while (q.isValid() && q.step()) {
        list.append(kpiFrom(q));
    }
    return list;
}

std::optional<StoredCustomKpi> CustomKpiRepository::find(const QString &id) const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT id, kpi_id, name, formula, direction, format, decimals, kpi_group"
                                     " FROM custom_kpis WHERE kpi_id = ?1"));
    q.bind(1, id);
    return q.isValid() && q.step() ? std::optional<StoredCustomKpi>(kpiFrom(q)) : std::nullopt;
}

QString CustomKpiRepository::save(StoredCustomKpi &kpi)
{
    SqliteStatement q(m_workspace.handle(),
                      kpi.rowId < 0 ? QStringLiteral("INSERT INTO custom_kpis(kpi_id, name, formula, direction, format,"
                                                     " decimals, kpi_group) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                                    : QStringLiteral("UPDATE custom_kpis SET kpi_id = ?1, name = ?2, formula = ?3,"
                                                     " direction = ?4, format = ?5, decimals = ?6, kpi_group = ?7"
                                                     " WHERE id = ?8"));
    q.bind(1, kpi.id);
    q.bind(2, kpi.name);
    q.bind(3, kpi.formula);
    q.bind(4, kpi.direction);
    q.bind(5, kpi.format);
    q.bind(6, kpi.decimals);
    q.bind(7, kpi.group);
    if (kpi.rowId >= 0) {
        q.bind(8, kpi.rowId);
    }
    if (!q.isValid() || !q.exec()) {
        return q.error();
    }
    if (kpi.rowId < 0) {
        kpi.rowId = sqlite3_last_insert_rowid(m_workspace.handle());
    }
    return {};
}

QString CustomKpiRepository::remove(const QString &id)
{
    SqliteStatement q(m_workspace.handle(), QStringLiteral("DELETE FROM custom_kpis WHERE kpi_id = ?1"));
    q.bind(1, id);
    if (!q.isValid() || !q.exec()) {
        return q.error();
    }
    return {};
}

QString CustomKpiRepository::goalMeasuring(const QString &id) const
{
    SqliteStatement goals(m_workspace.handle(), QStringLiteral("SELECT name FROM goals WHERE kpi = ?1 ORDER BY name"));
    goals.bind(1, id);
    return goals.isValid() && goals.step() ? goals.text(0) : QString();
}

} // namespace funnelscope

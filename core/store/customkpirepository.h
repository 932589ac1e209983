#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace funnelscope {

class Workspace;

// A custom KPI as the custom_kpis table holds it: its direction, format and group by their ids (CustomKpi's).
struct StoredCustomKpi
{
    qint64 rowId = -1; // -1: not stored yet
    QString id;
    QString name;
    QString formula;
    QString direction;
    QString format;
    std::optional<qint64> decimals; // none: the format's own
    QString group;
};

// The custom_kpis table: reading, adding, updating and removing custom KPIs, and which goal measures one. It stores;
// validating and evaluating a formula is CustomKpiStore's and CustomFormula's.
class CustomKpiRepository
{
public:
    explicit CustomKpiRepository(Workspace &workspace) : m_workspace(workspace) {}

    // In the order they were added; empty when the table cannot be read.
    QList<StoredCustomKpi> all() const;
    std::optional<StoredCustomKpi> find(const QString &id) const;
    // Adds (rowId < 0, which is then set) or updates by rowId. Returns the database's error, or empty.
    QString save(StoredCustomKpi &kpi);
    // Returns the database's error, or empty.
    QString remove(const QString &id);
    // The first goal (by name) that measures the KPI id, or empty.
    QString goalMeasuring(const QString &id) const;

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

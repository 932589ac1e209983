#pragma once

#include "kpi/kpiformat.h"
#include "kpi/kpisnapshot.h"

#include <QWidget>

namespace funnelscope {

class KpiCard;

// A grid of KPI cards that fills itself from a snapshot: values, change and a sparkline from the time series.
class CardGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardGrid)

public:
    CardGrid(const QList<int> &kpis, int columns, QWidget *parent = nullptr);

    void setSnapshot(const KpiSnapshot &snapshot, const KpiFormat &format, const QString &comparisonName);
    const QList<KpiCard *> &cards() const { return m_cards; }
    KpiCard *card(int kpiIndex) const;
    // Also show the custom KPIs of group from each snapshot (KpiValues::customKpis), after the catalog's cards.
    void setCustomGroup(KpiGroup group) { m_customGroup = group; }
    const QList<KpiCard *> &customCards() const { return m_customCards; }

signals:
    // A custom KPI's card was clicked: its KPI is to be charted (catalog cards say it themselves, chartRequested).
    void customChartRequested(const QString &customId);

private:
    void syncCustomCards(const std::shared_ptr<const CustomKpiList> &kpis);

    QList<KpiCard *> m_cards;
    QList<KpiCard *> m_customCards;
    std::optional<KpiGroup> m_customGroup;
    std::shared_ptr<const CustomKpiList> m_customKpis;
    int m_columns = 1;
};

} // namespace funnelscope

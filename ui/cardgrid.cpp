#include "cardgrid.h"

#include "kpi/kpicaveat.h"
#include "kpicard.h"

#include <QGridLayout>

namespace funnelscope {

namespace {

QString granularityName(Breakdown by)
{
    switch (by) {
    case Breakdown::Day:
        return CardGrid::tr("day");
    case Breakdown::Week:
        return CardGrid::tr("week");
    case Breakdown::Month:
        return CardGrid::tr("month");
    default:
        return CardGrid::tr("quarter");
    }
}

} // namespace

CardGrid::CardGrid(const QList<int> &kpis, int columns, QWidget *parent) : QWidget(parent), m_columns(columns)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (int i = 0; i < kpis.size(); ++i) {
        auto *card = new KpiCard(kpis.at(i), this);
        layout->addWidget(card, i / columns, i % columns);
        m_cards.append(card);
    }
    for (int c = 0; c < columns; ++c) {
        layout->setColumnStretch(c, 1);
    }
}

KpiCard *CardGrid::card(int kpiIndex) const
{
    for (KpiCard *c : m_cards) {
        if (c->kpiIndex() == kpiIndex) {
            return c;
        }
    }
    return nullptr;
}

void CardGrid::syncCustomCards(const std::shared_ptr<const CustomKpiList> &kpis)
{
    const auto same = [&] {
        if (!m_customKpis || !kpis || m_customKpis->size() != kpis->size()) {
            return !m_customKpis == !kpis;
        }
        for (int i = 0; i < kpis->size(); ++i) {
            const CustomKpi &a = m_customKpis->at(i);
            const CustomKpi &b = kpis->at(i);
            if (a.id != b.id || a.name != b.name || a.formula != b.formula || a.format != b.format ||
                a.decimals != b.decimals || a.direction != b.direction || a.group != b.group) {
                return false;
            }
        }
        return true;
    };
    if (!m_customGroup || same()) {
        m_customKpis = kpis;
        return;
    }
    m_customKpis = kpis;
    qDeleteAll(m_customCards);
    m_customCards.clear();
    auto *grid = static_cast<QGridLayout *>(layout());
    for (int c = 0; kpis && c < kpis->size(); ++c) {
        if (kpis->at(c).group != *m_customGroup) {
            continue;
        }
        auto *card = new KpiCard(kpis->at(c), this);
        card->setProperty("customIndex", c);
        connect(card, &KpiCard::customChartRequested, this, &CardGrid::customChartRequested);
        const int at = int(m_cards.size() + m_customCards.size());
        grid->addWidget(card, at / m_columns, at % m_columns);
        card->show(); // added to a grid that may be shown already
        m_customCards.append(card);
    }
}

void CardGrid::setSnapshot(const KpiSnapshot &snapshot, const KpiFormat &format, const QString &comparisonName)
{
    QList<bool> partial;
    if (snapshot.coverage.size() == snapshot.series.size()) {
        for (const BucketCoverage &c : snapshot.coverage) {
            partial.append(c.partial());
        }
    }
    const QString note = partial.contains(true)
                             ? tr("Sparkline by %1. %2")
                                   .arg(granularityName(snapshot.granularity),
                                        BucketCoverage::legend(snapshot.coverage, snapshot.granularity))
                             : QString();
    for (KpiCard *card : m_cards) {
        const int kpi = card->kpiIndex();
        QList<std::optional<double>> trend;
        for (const KpiEngine::Row &row : snapshot.series) {
            trend.append(row.values.values.value(kpi));
        }
        card->setPartialTrend(partial, note);
        // A rate from a tiny sample, or a cohort rate still maturing, now or in the period compared with: shown, not
        // judged.
        KpiCaveat caveat = KpiCaveat::of(kpi, snapshot.values, snapshot.scope.to, snapshot.cohortLastDay);
        QString caveatText = caveat.text();
        if (caveat.judged() && snapshot.previous) {
            caveat = KpiCaveat::of(kpi, *snapshot.previous, snapshot.previousScope.to, snapshot.cohortLastDay);
            caveatText = caveat.judged() ? QString() : tr("before: %1").arg(caveat.text());
        }
        card->setValues(format, snapshot.values.values.value(kpi),
                        snapshot.previous ? snapshot.previous->values.value(kpi) : std::nullopt, trend,
                        snapshot.previous ? comparisonName : QString(), caveatText);
    }
    // Custom KPIs: their values were computed from the catalog's, no caveat of their own.
    syncCustomCards(snapshot.values.customKpis);
    for (KpiCard *card : m_customCards) {
        const int c = card->property("customIndex").toInt();
        const auto valueOf = [c](const KpiValues &v) {
            return c < v.custom.size() ? v.custom.at(c).value : std::nullopt;
        };
        QList<std::optional<double>> trend;
        for (const KpiEngine::Row &row : snapshot.series) {
            trend.append(valueOf(row.values));
        }
        card->setPartialTrend(partial, note);
        card->setNullReason(c < snapshot.values.custom.size() ? snapshot.values.custom.at(c).reason : QString());
        card->setValues(format, valueOf(snapshot.values),
                        snapshot.previous ? valueOf(*snapshot.previous) : std::nullopt, trend,
                        snapshot.previous ? comparisonName : QString());
    }
}

} // namespace funnelscope

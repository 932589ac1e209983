#pragma once

#include "kpi/kpiformat.h"
#include "kpi/kpivalues.h"

#include <QWidget>

namespace funnelscope {

// The funnel from impressions to won deals, drawn as centred bars (width on a log scale, so a 10,000,000 and a 50
// both show), with each step's conversion and drop-off, for the scope and its comparison.
class FunnelWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FunnelWidget)

public:
    explicit FunnelWidget(QWidget *parent = nullptr);

    void setData(const KpiValues &values, const std::optional<KpiValues> &previous, const KpiFormat &format,
                 const QString &comparisonName);
    const QList<std::optional<double>> &current() const { return m_current; }

    QSize sizeHint() const override { return {900, 560}; }
    QSize minimumSizeHint() const override { return {640, 420}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<std::optional<double>> m_current;
    QList<std::optional<double>> m_previous;
    bool m_hasPrevious = false;
    KpiFormat m_format;
    QString m_comparisonName;
};

} // namespace funnelscope

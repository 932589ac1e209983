#pragma once

#include "kpi/customkpi.h"
#include "kpi/kpiformat.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace funnelscope {

// One KPI at a glance: its name (with the catalog's definition as a tooltip), its value, the change against the
// comparison coloured by whether that is better or worse, and a sparkline of its trend.
class KpiCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)

public:
    explicit KpiCard(int kpiIndex, QWidget *parent = nullptr);
    // A custom KPI's card: its formula in the reader's words as the tooltip; kpiIndex() is -1.
    explicit KpiCard(const CustomKpi &custom, QWidget *parent = nullptr);

    int kpiIndex() const { return m_kpi; }
    const CustomKpi *custom() const { return m_custom ? &*m_custom : nullptr; }
    // Why a custom KPI has no value ("Leads is 0 (division by zero)"), shown under the "—"; set before setValues.
    void setNullReason(const QString &reason) { m_nullReason = reason; }
    QString changeText() const;
    void setValues(const KpiFormat &format, std::optional<double> value, std::optional<double> previous,
                   const QList<std::optional<double>> &trend, const QString &comparisonName,
                   const QString &caveat = {});
    // Why the value is shown but its change not judged ("small sample: 3 answers", "still maturing…"); empty if none.
    QString caveatText() const { return m_caveat; }
    // Which points of the trend are partial buckets (drawn dashed and hollow), and the sentence that says so (in
    // the tooltip). Set before setValues.
    void setPartialTrend(const QList<bool> &partial, const QString &note);
    QString valueText() const;
    QString partialNote() const { return m_partialNote; }

signals:
    // "Show rows" (the context menu, Enter, a double-click): the stored rows behind this card's value are wanted.
    void rowsRequested(int kpiIndex);
    // A click: the page charts this card's KPI.
    void chartRequested(int kpiIndex);
    // A click on a custom KPI's card: the page charts it.
    void customChartRequested(const QString &customId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void elide();
    void build(const QString &name, const QString &explanation);
    QString text(const KpiFormat &format, std::optional<double> value) const;

    int m_kpi;
    std::optional<CustomKpi> m_custom;
    QString m_nullReason;
    QLabel *m_name;
    QLabel *m_value;
    QLabel *m_change;
    QString m_changeText; // whole, as m_change shows it elided to the card's width
    QList<std::optional<double>> m_trend;
    QList<bool> m_partial;
    QString m_partialNote;
    QString m_definition; // the tooltip without the partial note
    QString m_caveat;
};

} // namespace funnelscope

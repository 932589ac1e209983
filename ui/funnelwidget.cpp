#include "funnelwidget.h"

#include "kpi/kpicatalog.h"
#include "theme.h"

#include <QPainter>

#include <cmath>

namespace funnelscope {

namespace {

std::optional<double> conversion(const std::optional<double> &from, const std::optional<double> &to)
{
    if (!from || !to || *from <= 0) {
        return std::nullopt;
    }
    return *to / *from;
}

} // namespace

FunnelWidget::FunnelWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Funnel"));
}

void FunnelWidget::setData(const KpiValues &values, const std::optional<KpiValues> &previous, const KpiFormat &format,
                           const QString &comparisonName)
{
    m_current = values.funnelSteps();
    m_hasPrevious = previous.has_value();
    m_previous = previous ? previous->funnelSteps() : QList<std::optional<double>>(m_current.size());
    m_format = format;
    m_comparisonName = comparisonName;
    setToolTip(tr("Each bar's width is on a logarithmic scale. Conversion is the next step ÷ this step; "
                  "drop-off is what is lost between them."));
    update();
}

void FunnelWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QStringList names = KpiValues::funnelStepNames();
    const int n = int(names.size());
    if (m_current.size() != n) {
        return;
    }
    const QFontMetrics fm = fontMetrics();
    const int labelWidth = 130;
    // The step column fits "↑ ×1.95 (visits without a click)" in the longer languages too.
    const int stepWidth = std::clamp(
        fm.horizontalAdvance(tr("↑ ×%1 (visits without a click)").arg(QStringLiteral("9.99"))) + 12, 210, 300);
    const int statsWidth = m_hasPrevious ? stepWidth + 190 : stepWidth + 10;
    const QRectF barArea(labelWidth + 10, 40, std::max(200.0, width() - labelWidth - statsWidth - 30.0), height() - 60);
    const double rowHeight = barArea.height() / n;
    double maxLog = 1;
    for (const auto &v : m_current) {
        if (v && *v > 0) {
            maxLog = std::max(maxLog, std::log10(*v + 1));
        }
    }

    // Column headings.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    const double statsLeft = barArea.right() + 16;
    p.drawText(QRectF(statsLeft, 10, stepWidth - 5, 24), Qt::AlignLeft | Qt::AlignVCenter, tr("Step conversion"));
    if (m_hasPrevious) {
        p.drawText(QRectF(statsLeft + stepWidth, 10, 180, 24), Qt::AlignLeft | Qt::AlignVCenter, m_comparisonName);
    }
    p.setFont(font());

    const QColor barColour = theme::accent(pal);
    for (int i = 0; i < n; ++i) {
        const double top = barArea.top() + i * rowHeight;
        const QRectF row(0, top, width(), rowHeight);
        const auto &v = m_current.at(i);
        const double fraction = v && *v > 0 ? std::log10(*v + 1) / maxLog : 0;
        const double w = std::max(4.0, barArea.width() * fraction);
        const QRectF bar(barArea.center().x() - w / 2, top + rowHeight * 0.12, w, rowHeight * 0.76);
        QColor c = barColour;
        c.setAlphaF(0.35 + 0.65 * (1.0 - double(i) / n));
        p.setPen(Qt::NoPen);
        p.setBrush(v ? c : pal.color(QPalette::Mid));
        p.drawRoundedRect(bar, 4, 4);

        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(8, top, labelWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, names.at(i));
        const QString valueText = m_format.value(KpiCatalog::indexOf(u"impressions"), v);
        const bool inside = fm.horizontalAdvance(valueText) + 12 < bar.width();
        p.setPen(inside ? QColor(Qt::white) : pal.color(QPalette::WindowText));
        p.drawText(inside ? bar : QRectF(bar.right() + 6, top, 120, rowHeight),
                   (inside ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter), valueText);

        // Conversion into the next step, and how it moved against the comparison.
        if (i + 1 < n) {
            const auto conv = conversion(v, m_current.at(i + 1));
            const double y = top + rowHeight * 0.5;
            const QRectF statsRow(statsLeft, y, stepWidth - 5, rowHeight);
            p.setPen(pal.color(QPalette::WindowText));
            const int ratio = KpiCatalog::indexOf(u"ctr");
            QString text = QStringLiteral("↓ —");
            if (conv && *conv <= 1) {
                text = tr("↓ %1 (drop-off %2)").arg(m_format.value(ratio, conv), m_format.value(ratio, 1 - *conv));
            } else if (conv) {
                text = tr("↑ ×%1 (visits without a click)").arg(m_format.locale().toString(*conv, 'f', 2));
            }
            p.drawText(statsRow, Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(text, Qt::ElideRight, stepWidth - 5));
            if (m_hasPrevious) {
                const auto before = conversion(m_previous.at(i), m_previous.at(i + 1));
                QString text = tr("was %1").arg(m_format.value(KpiCatalog::indexOf(u"ctr"), before));
                if (conv && before) {
                    const double points = (*conv - *before) * 100;
                    text += tr(" (%1%2 pp)", "percentage points")
                                .arg(points >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                                .arg(m_format.locale().toString(std::fabs(points), 'f', std::fabs(points) < 1 ? 2 : 1));
                    p.setPen(points > 0 ? theme::good(pal) : points < 0 ? theme::bad(pal) : theme::muted(pal));
                } else {
                    p.setPen(theme::muted(pal));
                }
                p.drawText(statsRow.translated(stepWidth, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
            }
        }
    }
}

} // namespace funnelscope

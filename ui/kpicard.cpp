#include "kpicard.h"

#include "kpi/kpicatalog.h"
#include "kpi/kpivalues.h"
#include "report/smartreview.h"
#include "theme.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace funnelscope {

namespace {
constexpr int SparklineWidth = 84;
constexpr int SparklineHeight = 30;
} // namespace

KpiCard::KpiCard(int kpiIndex, QWidget *parent)
    : QFrame(parent), m_kpi(kpiIndex), m_name(new QLabel(this)), m_value(new QLabel(this)), m_change(new QLabel(this))
{
    const KpiDefinition &k = KpiCatalog::at(kpiIndex);
    build(QCoreApplication::translate("Kpi", k.name), QCoreApplication::translate("Kpi", k.explanation));
}

KpiCard::KpiCard(const CustomKpi &custom, QWidget *parent)
    : QFrame(parent), m_kpi(-1), m_custom(custom), m_name(new QLabel(this)), m_value(new QLabel(this)),
      m_change(new QLabel(this))
{
    build(custom.name, tr("Your own KPI: %1.").arg(custom.explanation()));
}

QString KpiCard::text(const KpiFormat &format, std::optional<double> value) const
{
    return m_custom ? m_custom->display(value, format) : format.value(m_kpi, value);
}

void KpiCard::build(const QString &name, const QString &explanation)
{
    setObjectName(QStringLiteral("kpiCard"));
    setFrameShape(QFrame::NoFrame);
    m_definition = QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), explanation.toHtmlEscaped());
    setToolTip(m_definition);
    setMinimumSize(180, 92);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(name);
    setAccessibleDescription(explanation);
    // A catalog KPI's stored rows; a custom KPI is a formula over others and has none of its own.
    if (m_kpi >= 0) {
        auto *showRows = new QAction(tr("Show rows"), this);
        connect(showRows, &QAction::triggered, this, [this] { emit rowsRequested(m_kpi); });
        addAction(showRows);
        setContextMenuPolicy(Qt::ActionsContextMenu);
    }

    m_name->setText(name);
    m_name->setWordWrap(false);
    QFont small = m_name->font();
    small.setPointSizeF(small.pointSizeF() * 0.95);
    m_name->setFont(small);
    QPalette namePalette = m_name->palette();
    namePalette.setColor(QPalette::WindowText, theme::muted(palette()));
    m_name->setPalette(namePalette);

    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long texts must not widen the card beyond its column.
    for (QLabel *label : {m_name, m_value, m_change}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    // The sparkline beside the value; the name and the change have the card's whole width.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addSpacing(SparklineWidth);
    layout->addLayout(valueRow);
    layout->addWidget(m_change);
    layout->addStretch();
}

void KpiCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elide();
}

void KpiCard::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    elide();
}

void KpiCard::elide()
{
    // A name or a change longer than the card (some languages' are) ends in "…"; the tooltips have them whole. A
    // card not on screen yet has no width to fit.
    if (!isVisible()) {
        m_name->setText(accessibleName());
        m_change->setText(m_changeText);
        return;
    }
    m_name->setText(m_name->fontMetrics().elidedText(accessibleName(), Qt::ElideRight, std::max(m_name->width(), 40)));
    m_change->setText(
        m_change->fontMetrics().elidedText(m_changeText, Qt::ElideRight, std::max(m_change->width(), 40)));
}

void KpiCard::setPartialTrend(const QList<bool> &partial, const QString &note)
{
    m_partial = partial;
    m_partialNote = note;
    setToolTip(note.isEmpty() ? m_definition
                              : QStringLiteral("%1<br><i>%2</i>").arg(m_definition, note.toHtmlEscaped()));
    update();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_changeText;
}

void KpiCard::setValues(const KpiFormat &format, std::optional<double> value, std::optional<double> previous,
                        const QList<std::optional<double>> &trend, const QString &comparisonName, const QString &caveat)
{
    m_value->setText(text(format, value));
    m_trend = trend;
    m_caveat = caveat;
    const auto change = KpiValues::change(value, previous);
    if (!value && !m_nullReason.isEmpty()) {
        // A custom KPI without a value says why (a division by zero, an input unknown for the period).
        m_change->setText(m_nullReason);
        QPalette p = m_change->palette();
        p.setColor(QPalette::WindowText, theme::muted(palette()));
        m_change->setPalette(p);
        m_change->setToolTip(m_nullReason);
    } else if (!caveat.isEmpty()) {
        // Shown, not judged: no colour for better or worse, and the reason instead of an arrow's verdict.
        m_change->setText(change && !comparisonName.isEmpty()
                              ? QStringLiteral("%1 %2 · %3").arg(format.change(*change), comparisonName, caveat)
                              : caveat);
        QPalette p = m_change->palette();
        p.setColor(QPalette::WindowText, theme::muted(palette()));
        m_change->setPalette(p);
        m_change->setToolTip(tr("Not judged as better or worse: %1. Before: %2").arg(caveat, text(format, previous)));
    } else if (comparisonName.isEmpty()) {
        m_change->clear();
    } else if (!change) {
        m_change->setText(tr("no data to compare"));
        QPalette p = m_change->palette();
        p.setColor(QPalette::WindowText, theme::muted(palette()));
        m_change->setPalette(p);
    } else {
        // A change that rounds to 0.0% is no change.
        const std::optional<double> shown = std::fabs(*change) < 0.0005 ? 0.0 : *change;
        const bool up = *shown > 0;
        const Better direction = m_custom ? m_custom->better() : KpiCatalog::at(m_kpi).better;
        const bool better = *shown != 0 && up == (direction == Better::Up);
        // Money spent is neither better nor worse for moving (as in the review: SmartReview::betterDirection).
        const bool neutral = m_custom ? m_custom->direction == CustomKpi::Direction::Neutral
                                      : SmartReview::betterDirection(KpiCatalog::at(m_kpi).id, std::nullopt, 0) == 0;
        const QString arrow = *shown == 0 ? QStringLiteral("→") : up ? QStringLiteral("↑") : QStringLiteral("↓");
        m_change->setText(QStringLiteral("%1 %2 %3").arg(arrow, format.change(shown), comparisonName));
        QPalette p = m_change->palette();
        p.setColor(QPalette::WindowText, *shown == 0 || neutral ? theme::muted(palette())
                                         : better               ? theme::good(palette())
                                                                : theme::bad(palette()));
        m_change->setPalette(p);
        m_change->setToolTip(tr("Before: %1").arg(text(format, previous)));
    }
    m_changeText = m_change->text();
    elide();
    update();
}

void KpiCard::paintEvent(QPaintEvent *event)
{
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(theme::card(palette()));
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        if (hasFocus()) {
            p.setPen(QPen(theme::accent(palette()), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
        }

        // The sparkline: known points joined, the last one marked; a partial bucket's segment dashed and its point
        // hollow, so that a week of 3 days does not read as a fall.
        struct Point
        {
            QPointF at;
            bool partial;
        };
        QList<Point> points;
        double lo = std::numeric_limits<double>::max();
        double hi = std::numeric_limits<double>::lowest();
        for (const auto &v : m_trend) {
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        }
        const QRectF area(width() - SparklineWidth - 8, m_value->geometry().center().y() - SparklineHeight / 2.0,
                          SparklineWidth - 4, SparklineHeight);
        if (m_trend.size() >= 2 && lo <= hi) {
            const double span = hi > lo ? hi - lo : 1;
            for (int i = 0; i < m_trend.size(); ++i) {
                if (m_trend.at(i)) {
                    const double x = area.left() + area.width() * i / (m_trend.size() - 1);
                    const double y = area.bottom() - area.height() * (*m_trend.at(i) - lo) / span;
                    points.append({{x, hi > lo ? y : area.center().y()}, m_partial.value(i, false)});
                }
            }
        }
        if (points.size() >= 2) {
            const QColor accent = theme::accent(palette());
            p.setBrush(Qt::NoBrush);
            for (int i = 1; i < points.size(); ++i) {
                const bool dashed = points.at(i - 1).partial || points.at(i).partial;
                p.setPen(QPen(accent, 1.6, dashed ? Qt::DashLine : Qt::SolidLine));
                p.drawLine(points.at(i - 1).at, points.at(i).at);
            }
            for (const Point &pt : points) {
                if (pt.partial) {
                    p.setPen(QPen(accent, 1.2));
                    p.setBrush(theme::card(palette()));
                    p.drawEllipse(pt.at, 2.5, 2.5);
                }
            }
            if (!points.last().partial) {
                p.setPen(QPen(accent, 1.6));
                p.setBrush(accent);
                p.drawEllipse(points.last().at, 2.5, 2.5);
            }
        }
    }
    QFrame::paintEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    // Shift+F1 (What's This?): the definition the mouse gets by hovering, beside the card. F1 is the window's: the
    // guide at this KPI's glossary entry.
    if (event->matches(QKeySequence::WhatsThis)) {
        QToolTip::showText(mapToGlobal(QPoint(0, height())), toolTip(), this);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_kpi >= 0) {
        emit rowsRequested(m_kpi);
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::mousePressEvent(QMouseEvent *event)
{
    // Taken, so that the release that charts the KPI comes here.
    event->setAccepted(event->button() == Qt::LeftButton && (m_kpi >= 0 || m_custom));
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        if (m_kpi >= 0) {
            emit chartRequested(m_kpi);
        } else if (m_custom) {
            emit customChartRequested(m_custom->id);
        }
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_kpi >= 0) {
        emit rowsRequested(m_kpi);
        return;
    }
    QFrame::mouseDoubleClickEvent(event);
}

} // namespace funnelscope

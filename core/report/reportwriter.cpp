#include "reportwriter.h"

#include "companylogo.h"
#include "files/outputfile.h"
#include "goalpages.h"
#include "goals/actionrules.h"
#include "goals/goal.h"
#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "i18n/contexts.h"
#include "i18n/language.h"
#include "importing/kind.h"
#include "kpi/bucketcoverage.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpicaveat.h"
#include "kpi/kpiformat.h"
#include "kpi/kpivalues.h"
#include "reportchoices.h"
#include "reportparts.h"
#include "smartreview.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace funnelscope {

using namespace reportparts;

namespace {

constexpr int Dpi = 300;
double mm(double v)
{
    return v * Dpi / 25.4;
}

// The user's own comments: a warm bar and tint, apart from the report's blue and the annotations' amber.
const QColor CommentBar(0x8e, 0x44, 0xad);
const QColor CommentFill(0xf5, 0xee, 0xf8);

// An annotation over the points first … last of a chart, numbered as in the report's list of notes.
struct Band
{
    int first = 0;
    int last = 0;
    int number = 0;
};

// The bands of the annotations over a chart whose point i covers the days starts[i] … ends[i].
QList<Band> bandsOf(const QJsonArray &annotations, const QList<QDate> &starts, const QList<QDate> &ends)
{
    QList<Band> bands;
    for (int n = 0; n < annotations.size(); ++n) {
        const QDate from = QDate::fromString(annotations.at(n)[QStringLiteral("from")].toString(), Qt::ISODate);
        const QDate to = QDate::fromString(annotations.at(n)[QStringLiteral("to")].toString(), Qt::ISODate);
        int first = -1;
        int last = -1;
        for (int i = 0; i < starts.size() && i < ends.size(); ++i) {
            if (starts.at(i) <= to && ends.at(i) >= from) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first >= 0) {
            bands.append({first, last, n + 1});
        }
    }
    return bands;
}

// Lays text, tables and charts out down the page, starting new pages as needed.
class Layout
{
public:
    Layout(QPdfWriter &writer, QPainter &painter, const QString &footer, const QLocale &locale)
        : m_writer(writer), m_p(painter), m_footer(footer),
          m_cjk(locale.script() == QLocale::SimplifiedHanScript ? QStringLiteral("Noto Sans CJK SC")
                                                                : QStringLiteral("Noto Sans CJK TC"))
    {
        m_area = QRectF(mm(18), mm(16), writer.width() - mm(36), writer.height() - mm(32));
        m_y = m_area.top();
    }

    QPainter &painter() { return m_p; }
    double width() const { return m_area.width(); }
    double left() const { return m_area.left(); }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    int page() const { return m_page; }

    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = m_area.top();
    }
    // A section that starts a page: a new one unless nothing is printed on this one yet.
    void freshPage()
    {
        if (m_y > m_area.top()) {
            newPage();
        }
    }
    void ensure(double height)
    {
        if (m_y + height > m_area.bottom()) {
            newPage();
        }
    }
    void footer()
    {
        m_p.save();
        m_p.setFont(font(7.5));
        m_p.setPen(Muted);
        const QRectF band(m_area.left(), m_area.bottom() + mm(4), m_area.width(), mm(6));
        m_p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, Report::tr("Page %1").arg(m_page));
        m_p.restore();
    }

    QFont font(double points, bool bold = false) const
    {
        // Noto Sans for Latin, Cyrillic and Turkish letters, Noto Sans CJK SC or TC for Simplified or Traditional
        // Chinese, as the report's language writes them (Debian's fonts-noto-core and fonts-noto-cjk); both are
        // embedded in the PDF.
        QFont f;
        f.setFamilies({QStringLiteral("Noto Sans"), m_cjk});
        f.setPointSizeF(points);
        f.setBold(bold);
        // No ligatures: "fi" stays two letters, so copying and searching the PDF finds the words.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    // A paragraph, wrapped to the width; returns its height.
    double text(const QString &text, double points = 9.5, bool bold = false, const QColor &colour = Ink,
                double indent = 0)
    {
        m_p.setFont(font(points, bold));
        const QRectF box(m_area.left() + indent, 0, m_area.width() - indent, 1e6);
        const QRectF needed = m_p.boundingRect(box, Qt::TextWordWrap, text);
        ensure(needed.height());
        m_p.setPen(colour);
        m_p.drawText(QRectF(box.left(), m_y, box.width(), needed.height()), Qt::TextWordWrap, text);
        m_y += needed.height() + mm(1.2);
        return needed.height();
    }

    // The user's comment, set apart from the report's own text: a tinted box with a bar at its left, the label
    // ("Comment from Anna Nowak:") above the paragraphs (separated by blank lines; a single line break kept).
    void comment(const QString &label, const QString &text)
    {
        QStringList chunks{label};
        const QString normalised = QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        for (const QString &paragraph : normalised.split(QRegularExpression(QStringLiteral("\\n[ \\t]*\\n")))) {
            if (!paragraph.trimmed().isEmpty()) {
                chunks.append(paragraph.trimmed());
            }
        }
        const double pad = mm(2.5);
        const double inset = mm(5);
        const QRectF box(m_area.left() + inset, 0, m_area.width() - inset - pad, 1e6);
        for (int i = 0; i < chunks.size(); ++i) {
            const bool first = i == 0;
            const bool last = i + 1 == chunks.size();
            QFont f = font(first ? 8.5 : 9.5, first);
            m_p.setFont(f);
            const double h = m_p.boundingRect(box, Qt::TextWordWrap, chunks.at(i)).height();
            const double top = first ? pad : 0;
            const double bottom = last ? pad : mm(1.5);
            // A label stays with the first paragraph.
            ensure(top + h + bottom + (first && !last ? mm(8) : 0));
            const QRectF band(m_area.left(), m_y, m_area.width(), top + h + bottom);
            m_p.fillRect(band, CommentFill);
            m_p.fillRect(QRectF(band.left(), band.top(), mm(1.2), band.height()), CommentBar);
            m_p.setPen(first ? CommentBar : Ink);
            m_p.drawText(QRectF(box.left(), m_y + top, box.width(), h), Qt::TextWordWrap, chunks.at(i));
            m_y += band.height();
        }
        m_y += mm(3);
    }

    void heading(const QString &text, double points = 15)
    {
        ensure(mm(20));
        m_y += mm(3);
        this->text(text, points, true, Accent);
        m_p.setPen(QPen(Rule, mm(0.25)));
        m_p.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
        m_y += mm(2.5);
    }

    // A table; rows that do not fit go on the next page under the header again. colours: per cell, optional.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<double> &widths,
               const QList<int> &rightAligned = {}, const QHash<std::pair<int, int>, QColor> &colours = {})
    {
        const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
        QList<double> w;
        for (double x : widths) {
            w.append(x / total * m_area.width());
        }
        // 8.5 pt, or smaller for a cell whose longest word would not fit its column (long words of some languages).
        const auto cellFont = [&](const QString &cell, int c, bool bold) {
            QFont f = font(8.5, bold);
            const QStringList words = cell.split(u' ', Qt::SkipEmptyParts);
            for (double points = 8.5; points >= 6.5; points -= 0.5) {
                f.setPointSizeF(points);
                const QFontMetricsF metrics(f, m_p.device());
                const bool fits = std::all_of(words.begin(), words.end(), [&](const QString &word) {
                    return metrics.horizontalAdvance(word) <= w.at(c) - mm(2);
                });
                if (fits) {
                    break;
                }
            }
            return f;
        };
        const auto rowHeight = [&](const QStringList &cells, bool bold) {
            double h = 0;
            for (int c = 0; c < cells.size(); ++c) {
                m_p.setFont(cellFont(cells.at(c), c, bold));
                h = std::max(
                    h, m_p.boundingRect(QRectF(0, 0, w.at(c) - mm(2), 1e6), Qt::TextWordWrap, cells.at(c)).height());
            }
            return h + mm(2);
        };
        const auto drawRow = [&](const QStringList &cells, bool header, int rowIndex) {
            const double h = rowHeight(cells, header);
            double x = m_area.left();
            if (header) {
                m_p.fillRect(QRectF(x, m_y, m_area.width(), h), QColor(0xe9, 0xee, 0xf4));
            } else if (rowIndex % 2 == 1) {
                m_p.fillRect(QRectF(x, m_y, m_area.width(), h), QColor(0xf6, 0xf7, 0xf9));
            }
            for (int c = 0; c < cells.size(); ++c) {
                m_p.setFont(cellFont(cells.at(c), c, header));
                m_p.setPen(colours.value({rowIndex, c}, Ink));
                const int align = rightAligned.contains(c) ? Qt::AlignRight : Qt::AlignLeft;
                m_p.drawText(QRectF(x + mm(1), m_y + mm(1), w.at(c) - mm(2), h - mm(2)),
                             align | Qt::AlignVCenter | Qt::TextWordWrap, cells.at(c));
                x += w.at(c);
            }
            m_y += h;
            m_p.setPen(QPen(Rule, mm(0.15)));
            m_p.drawLine(QPointF(m_area.left(), m_y), QPointF(m_area.right(), m_y));
        };
        ensure(rowHeight(headers, true) + (rows.isEmpty() ? 0 : rowHeight(rows.first(), false)));
        drawRow(headers, true, -1);
        for (int r = 0; r < rows.size(); ++r) {
            if (m_y + rowHeight(rows.at(r), false) > m_area.bottom()) {
                newPage();
                drawRow(headers, true, -1);
            }
            drawRow(rows.at(r), false, r);
        }
        m_y += mm(3);
    }

    // A line chart of one or two series over labelled points; the second series dashed (readable in grayscale).
    void lineChart(const QString &title, const QStringList &labels, const QList<std::optional<double>> &a,
                   const QString &aName, const QList<std::optional<double>> &b, const QString &bName,
                   const KpiFormat &format, const GoalKpi &kpi, const QList<int> &marked = {},
                   const QList<bool> &partial = {}, const QString &partialNote = QString(),
                   const QList<Band> &bands = {})
    {
        const double height = mm(55);
        ensure(height + mm(10));
        const QRectF frame(m_area.left(), m_y, m_area.width(), height);
        m_p.setPen(Ink);
        m_p.setFont(font(9, true));
        m_p.drawText(QRectF(frame.left(), frame.top(), frame.width(), mm(6)), Qt::AlignLeft, title);
        const QRectF plot(frame.left() + mm(22), frame.top() + mm(8), frame.width() - mm(26), height - mm(18));
        // Volumes from zero; levels around their values, so that a move from 87 to 92 shows.
        double hi = std::numeric_limits<double>::lowest();
        double lo = std::numeric_limits<double>::max();
        for (const auto *series : {&a, &b}) {
            for (const auto &v : *series) {
                if (v) {
                    hi = std::max(hi, *v);
                    lo = std::min(lo, *v);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (kpi.isVolume() || lo < 0 || lo < 0.4 * hi) {
            lo = std::min(0.0, lo);
        } else {
            const double margin = (hi - lo) * 0.15 + std::fabs(hi) * 0.01;
            lo -= margin;
            hi += margin;
        }
        const Ticks ticks = niceTicks(lo, hi);
        lo = ticks.lo;
        hi = ticks.hi;
        m_p.setFont(font(7));
        for (double value = lo; value <= hi + ticks.step / 2; value += ticks.step) {
            const double y = plot.bottom() - plot.height() * (value - lo) / (hi - lo);
            m_p.setPen(QPen(Rule, mm(0.1)));
            m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            m_p.setPen(Muted);
            m_p.drawText(QRectF(frame.left(), y - mm(2.5), mm(20), mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                         kpi.value(format, value));
        }
        const int n = int(labels.size());
        const auto xAt = [&](int i) {
            return n <= 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1);
        };
        const auto yAt = [&](double v) {
            return plot.bottom() - plot.height() * (v - lo) / (hi - lo);
        };
        const int step = std::max(1, n / 8);
        for (int i = 0; i < n; i += step) {
            m_p.drawText(QRectF(xAt(i) - mm(12), plot.bottom() + mm(1), mm(24), mm(5)), Qt::AlignHCenter, labels.at(i));
        }
        // A segment to or from a partial bucket of series a is dashed, and that bucket's point hollow: a week of 3
        // days is not a fall.
        const auto isPartial = [&](int i) {
            return partial.value(i, false);
        };
        const auto drawSeries = [&](const QList<std::optional<double>> &s, const QPen &pen, bool withPartial) {
            QPainterPath path;
            QPainterPath dashedPath;
            std::optional<int> previous;
            for (int i = 0; i < s.size(); ++i) {
                if (!s.at(i)) {
                    previous.reset();
                    continue;
                }
                const QPointF pt(xAt(i), yAt(*s.at(i)));
                if (previous) {
                    const QPointF from(xAt(*previous), yAt(*s.at(*previous)));
                    QPainterPath &into = withPartial && (isPartial(*previous) || isPartial(i)) ? dashedPath : path;
                    into.moveTo(from);
                    into.lineTo(pt);
                }
                previous = i;
            }
            m_p.setPen(pen);
            m_p.setBrush(Qt::NoBrush);
            m_p.drawPath(path);
            if (withPartial) {
                QPen dashed = pen;
                dashed.setStyle(Qt::DashLine);
                m_p.setPen(dashed);
                m_p.drawPath(dashedPath);
                m_p.setPen(QPen(pen.color(), mm(0.4)));
                m_p.setBrush(Qt::white);
                for (int i = 0; i < s.size(); ++i) {
                    if (s.at(i) && isPartial(i)) {
                        m_p.drawEllipse(QPointF(xAt(i), yAt(*s.at(i))), mm(1), mm(1));
                    }
                }
            }
        };
        // Annotations: a band over the points they cover (a line for one point), numbered as in the list of notes.
        for (const Band &band : bands) {
            const double x0 = xAt(band.first);
            const double x1 = xAt(band.last);
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(AnnotationFill);
            if (band.last > band.first) {
                m_p.drawRect(QRectF(QPointF(x0, plot.top()), QPointF(x1, plot.bottom())));
            }
            m_p.setPen(QPen(AnnotationInk, mm(0.3), Qt::DotLine));
            m_p.drawLine(QPointF(x0, plot.top()), QPointF(x0, plot.bottom()));
            m_p.setPen(AnnotationInk);
            m_p.setFont(font(6.5, true));
            m_p.drawText(QRectF(x0 - mm(4), plot.top() - mm(3.5), mm(8), mm(3.5)), Qt::AlignCenter,
                         QString::number(band.number));
            m_p.setFont(font(7));
        }
        if (!b.isEmpty()) {
            QPen dashed(Muted, mm(0.5), Qt::DashLine);
            drawSeries(b, dashed, false);
        }
        drawSeries(a, QPen(Accent, mm(0.7)), true);
        for (int i : marked) {
            if (i >= 0 && i < a.size() && a.at(i)) {
                m_p.setPen(QPen(Bad, mm(0.5)));
                m_p.setBrush(Qt::NoBrush);
                m_p.drawEllipse(QPointF(xAt(i), yAt(*a.at(i))), mm(1.8), mm(1.8));
            }
        }
        // Legend.
        m_p.setFont(font(7.5));
        double lx = plot.left();
        const double ly = frame.bottom() - mm(2);
        for (const auto &[name, pen] :
             {std::pair{aName, QPen(Accent, mm(0.7))}, std::pair{bName, QPen(Muted, mm(0.5), Qt::DashLine)}}) {
            if (name.isEmpty()) {
                continue;
            }
            m_p.setPen(pen);
            m_p.drawLine(QPointF(lx, ly - mm(1)), QPointF(lx + mm(8), ly - mm(1)));
            m_p.setPen(Ink);
            m_p.drawText(QPointF(lx + mm(10), ly), name);
            lx += mm(12) + m_p.fontMetrics().horizontalAdvance(name) + mm(6);
        }
        m_y = frame.bottom() + mm(4);
        // The footnote naming the partial buckets, in the chart's own words.
        if (!partialNote.isEmpty() && partial.contains(true)) {
            m_y -= mm(2);
            text(partialNote, 7.5, false, Muted);
        }
    }

    // Horizontal bars with a label and a value text each; log widths for funnels spanning orders of magnitude.
    void barChart(const QString &title, const QList<std::tuple<QString, double, QString>> &bars, bool logScale)
    {
        const double barHeight = mm(6);
        const double height = mm(8) + bars.size() * (barHeight + mm(1.5));
        ensure(height + mm(4));
        m_p.setPen(Ink);
        m_p.setFont(font(9, true));
        m_p.drawText(QRectF(m_area.left(), m_y, m_area.width(), mm(6)), Qt::AlignLeft, title);
        double top = m_y + mm(8);
        double maximum = 0;
        for (const auto &bar : bars) {
            maximum = std::max(maximum, logScale ? std::log10(std::get<1>(bar) + 1) : std::get<1>(bar));
        }
        const double labelWidth = mm(40);
        const double valueWidth = mm(50);
        const double barArea = m_area.width() - labelWidth - valueWidth;
        m_p.setFont(font(8));
        for (const auto &[label, value, text] : bars) {
            const double scaled = logScale ? std::log10(value + 1) : value;
            const double w = maximum > 0 ? std::max(mm(0.8), barArea * scaled / maximum) : mm(0.8);
            m_p.setPen(Ink);
            m_p.drawText(QRectF(m_area.left(), top, labelWidth - mm(2), barHeight), Qt::AlignRight | Qt::AlignVCenter,
                         label);
            m_p.fillRect(QRectF(m_area.left() + labelWidth, top, w, barHeight), Accent);
            m_p.drawText(QRectF(m_area.left() + labelWidth + w + mm(2), top, valueWidth, barHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
            top += barHeight + mm(1.5);
        }
        m_y = top + mm(3);
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
    QString m_footer;
    QString m_cjk; // the Chinese cut of Noto Sans CJK for the language
    QRectF m_area;
    double m_y = 0;
    int m_page = 1;
};

// A chart point's days as the review saved them (SmartReview); a review saved before they were recorded has none,
// and its points are not marked.
BucketCoverage coverageOf(const QJsonObject &point)
{
    BucketCoverage c;
    c.days = point.value(QStringLiteral("days")).toInteger();
    c.coveredDays = point.value(QStringLiteral("covered_days")).toInteger(c.days);
    return c;
}

QString changeText(const KpiFormat &format, std::optional<double> change, int kpi)
{
    if (!change) {
        return QStringLiteral("—");
    }
    const QString arrow = *change > 0 ? QStringLiteral("▲") : *change < 0 ? QStringLiteral("▼") : QStringLiteral("■");
    // Money spent is neither better nor worse for moving: only the arrow and the change.
    const int direction = SmartReview::betterDirection(KpiCatalog::at(kpi).id, std::nullopt, 0);
    if (direction == 0) {
        return QStringLiteral("%1 %2").arg(arrow, format.change(change));
    }
    const bool better = (*change > 0) == (direction > 0);
    return QStringLiteral("%1 %2 (%3)")
        .arg(arrow, format.change(change),
             *change == 0 ? Report::tr("same")
             : better     ? Report::tr("better")
                          : Report::tr("worse"));
}

// The executive summary's takeaways: what moved most and why, the goals at risk, the review period's biggest anomaly
// and what was decided, each from a number printed further on (the headline table, the goals table, the trend charts,
// the decisions table).
QStringList takeaways(const QJsonObject &doc, const KpiFormat &format)
{
    QStringList out;
    // A period the data reaches only in part (a quarter reviewed in its first month) is compared with a whole one:
    // its sums fall by construction. Said first, and no "what moved most" is made of it.
    const QDate from = QDate::fromString(doc.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(doc.value(QStringLiteral("to")).toString(), Qt::ISODate);
    QDate freshest;
    for (const QJsonValue &c : doc.value(QStringLiteral("quality"))[QStringLiteral("coverage")].toArray()) {
        freshest = std::max(freshest, QDate::fromString(c[QStringLiteral("freshest")].toString(), Qt::ISODate));
    }
    const bool partialPeriod = from.isValid() && freshest.isValid() && freshest >= from && freshest < to;
    if (partialPeriod) {
        out.append(Report::tr("The data reaches only %1 (%2 of the period's %3 days): the changes in this report "
                              "compare part of this period with the whole previous one.")
                       .arg(format.mediumDate(freshest), format.number(from.daysTo(freshest) + 1),
                            format.number(from.daysTo(to) + 1)));
    }
    // What moved most: the headline KPI with the largest judged change, and the channel that moved it most.
    std::optional<std::pair<double, QJsonObject>> largest;
    for (const QJsonValue &v : doc.value(QStringLiteral("headline")).toArray()) {
        const QJsonObject h = v.toObject();
        const int kpi = KpiCatalog::indexOf(h.value(QStringLiteral("id")).toString());
        const auto change =
            KpiValues::change(opt(h.value(QStringLiteral("value"))), opt(h.value(QStringLiteral("previous"))));
        if (partialPeriod || kpi < 0 || !change ||
            !KpiCaveat::fromJson(h.value(QStringLiteral("caveat")), kpi).judged() ||
            SmartReview::betterDirection(h.value(QStringLiteral("id")).toString(), std::nullopt, 0) == 0) {
            continue;
        }
        if (!largest || std::fabs(*change) > std::fabs(largest->first)) {
            largest = std::pair{*change, h};
        }
    }
    if (largest) {
        const QString id = largest->second.value(QStringLiteral("id")).toString();
        const int kpi = KpiCatalog::indexOf(id);
        QString sentence =
            (largest->first > 0 ? Report::tr("%1 rose %2 to %3 (from %4).") : Report::tr("%1 fell %2 to %3 (from %4)."))
                .arg(kpiName(id), format.percent(format.number(std::fabs(largest->first) * 100, 1)),
                     format.value(kpi, opt(largest->second.value(QStringLiteral("value")))),
                     format.value(kpi, opt(largest->second.value(QStringLiteral("previous")))));
        for (const QJsonValue &c : doc.value(QStringLiteral("analysis"))[QStringLiteral("contributors")].toArray()) {
            // The channel or campaign that moved it the way it went: the one that helped most when it got better,
            // the one that held it back most when it got worse.
            const bool better = (largest->first > 0) == (SmartReview::betterDirection(id, std::nullopt, 0) > 0);
            const QJsonArray moved = c[better ? QStringLiteral("top") : QStringLiteral("bottom")].toArray();
            if (c[QStringLiteral("kpi")].toString() == id && !moved.isEmpty()) {
                const QJsonObject m = moved.first().toObject();
                const bool channel = m.value(QStringLiteral("dimension")).toString() == u"channel";
                sentence += u' ' + (channel ? Report::tr("It moved most in the channel %1 (%2 → %3).")
                                            : Report::tr("It moved most in the campaign %1 (%2 → %3)."))
                                       .arg(Language::isolated(m.value(QStringLiteral("name")).toString()),
                                            format.value(kpi, opt(m.value(QStringLiteral("before")))),
                                            format.value(kpi, opt(m.value(QStringLiteral("now")))));
                break;
            }
        }
        out.append(sentence);
    }
    // Goals at risk.
    QStringList atRisk;
    int goals = 0;
    for (const QJsonValue &g : doc.value(QStringLiteral("goals")).toArray()) {
        ++goals;
        const QString status = g[QStringLiteral("status")].toString();
        if (status == u"off_track" || status == u"at_risk") {
            atRisk.append(QStringLiteral("%1 (%2)").arg(Language::isolated(g[QStringLiteral("name")].toString()),
                                                        GoalProgress::statusName(status)));
        }
    }
    if (goals > 0) {
        out.append(atRisk.isEmpty() ? Report::tr("All %n goal(s) are on track or not yet started.", nullptr, goals)
                                    : Report::tr("%1 of %2 goals need attention: %3.")
                                          .arg(atRisk.size())
                                          .arg(goals)
                                          .arg(atRisk.join(QStringLiteral("; "))));
    }
    // The biggest anomaly of the review's own period.
    std::optional<std::pair<double, QString>> anomaly;
    for (const QJsonValue &t : doc.value(QStringLiteral("analysis"))[QStringLiteral("trends")].toArray()) {
        const QString id = t[QStringLiteral("kpi")].toString();
        const int kpi = KpiCatalog::indexOf(id);
        for (const QJsonValue &a : t[QStringLiteral("anomalies")].toArray()) {
            if (!a[QStringLiteral("in_period")].toBool() || kpi < 0) {
                continue;
            }
            const double score = std::fabs(a[QStringLiteral("score")].toDouble());
            if (!anomaly || score > anomaly->first) {
                anomaly =
                    std::pair{score, Report::tr("The largest anomaly: %1 in the period from %2 was %3 against a "
                                                "usual %4 (see the trend charts).")
                                         .arg(kpiName(id), format.mediumDate(a[QStringLiteral("period")].toString()),
                                              format.value(kpi, opt(a[QStringLiteral("value")])),
                                              format.value(kpi, opt(a[QStringLiteral("expected")])))};
            }
        }
    }
    if (anomaly) {
        out.append(anomaly->second);
    }
    // What we will do.
    QStringList decided;
    for (const QJsonValue &a : doc.value(QStringLiteral("actions"))[QStringLiteral("decisions")].toArray()) {
        if (a[QStringLiteral("recorded_here")].toBool() && a[QStringLiteral("status")].toString() != u"dropped") {
            decided.append(Language::isolated(a[QStringLiteral("text")].toString()));
        }
    }
    if (!decided.isEmpty()) {
        out.append(Report::tr("We decided: %1.").arg(decided.join(QStringLiteral("; "))));
    } else if (const QJsonArray rec = doc.value(QStringLiteral("actions"))[QStringLiteral("recommended")].toArray();
               !rec.isEmpty()) {
        out.append(Report::tr("Recommended next: %1").arg(SmartReview::actionText(rec.first().toObject(), format)));
    }
    return out;
}

// The recommendation a decision answers: its action as the review recommended it, else the rule's action.
QString recommendationText(const QJsonObject &actions, const QString &id, const KpiFormat &format)
{
    for (const QJsonValue &r : actions.value(QStringLiteral("recommended")).toArray()) {
        if (recommendationId(r.toObject()) == id) {
            return SmartReview::actionText(r.toObject(), format);
        }
    }
    const QString rule = id.section(u'/', 0, 0);
    for (const ActionRules::Rule &r : ActionRules::table()) {
        if (r.id == rule) {
            return QCoreApplication::translate("ActionRules", r.action);
        }
    }
    return id;
}

} // namespace

QString ReportWriter::write(const QJsonObject &doc, const QString &path, const Options &options)
{
    OutputFile out(path);
    if (const QString error = out.open(); !error.isEmpty()) {
        return error;
    }
    QPdfWriter writer(out.device());
    const bool letter = options.locale.measurementSystem() == QLocale::ImperialUSSystem;
    writer.setPageSize(QPageSize(letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(Dpi);
    writer.setTitle(doc.value(QStringLiteral("title")).toString());
    writer.setCreator(QStringLiteral("Funnelscope"));
    QPainter p;
    if (!p.begin(&writer)) {
        return Report::tr("cannot write %1").arg(path);
    }
    p.setRenderHint(QPainter::Antialiasing);
    const KpiFormat format(options.locale, doc.value(QStringLiteral("currency")).toString());
    const QDate from = QDate::fromString(doc.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(doc.value(QStringLiteral("to")).toString(), Qt::ISODate);
    // One date style throughout: the locale's medium date (chart axes aside, which need short labels).
    const QString period = QStringLiteral("%1 – %2").arg(format.mediumDate(from), format.mediumDate(to));
    const QJsonObject quality = doc.value(QStringLiteral("quality")).toObject();
    QString freshest;
    for (const QJsonValue &c : quality.value(QStringLiteral("coverage")).toArray()) {
        freshest = std::max(freshest, c[QStringLiteral("freshest")].toString());
    }
    // A title that already names the period (the default one does) is not followed by it again.
    const QString title = doc.value(QStringLiteral("title")).toString();
    const bool titleHasPeriod = title.contains(period);
    const QString dataUpTo = freshest.isEmpty() ? Report::tr("—") : format.mediumDate(freshest);
    const QString footer = titleHasPeriod
                               ? Report::tr("%1 · data up to %2").arg(Language::isolated(title), dataUpTo)
                               : Report::tr("%1 · %2 · data up to %3").arg(Language::isolated(title), period, dataUpTo);
    Layout l(writer, p, footer, options.locale);
    const QString company = Language::isolated(
        options.company.isEmpty() ? doc.value(QStringLiteral("workspace")).toString() : options.company);
    const QJsonArray goals = doc.value(QStringLiteral("goals")).toArray();
    const QJsonArray annotations = doc.value(QStringLiteral("annotations")).toArray();
    QSet<QString> shownKpis;
    // The custom KPIs the review kept, with their values (this period, before).
    CustomKpiList customKpis;
    QHash<QString, std::pair<std::optional<double>, std::optional<double>>> customValues;
    for (const QJsonValue &v : doc.value(QStringLiteral("custom_kpis")).toArray()) {
        const QJsonObject o = v.toObject();
        const CustomKpi k = CustomKpi::fromJson(o);
        customValues.insert(k.id, {opt(o.value(QStringLiteral("value"))), opt(o.value(QStringLiteral("previous")))});
        customKpis.append(k);
    }

    const ReportChoices choices = ReportChoices::ofReview(doc);
    const auto shows = [&](const char *section) {
        return choices.shows(QString::fromLatin1(section));
    };
    const auto hasComment = [&](const char *section) {
        return !choices.comment(QString::fromLatin1(section)).isEmpty();
    };
    // The user's comment on a section, at its top, in its own style.
    const auto commentOn = [&](const char *section) {
        const QString text = choices.comment(QString::fromLatin1(section));
        if (!text.isEmpty()) {
            l.comment(choices.author.trimmed().isEmpty()
                          ? Report::tr("Comment:")
                          : Report::tr("Comment from %1:").arg(Language::isolated(choices.author.trimmed())),
                      text);
        }
    };
    // The date the review's numbers are measured up to, as its goals are: the period's end, or the last day with data
    // if earlier. A review saved before it was kept: the freshest data, if before the period's end.
    QString asOf = doc.value(QStringLiteral("goals_as_of")).toString();
    if (asOf.isEmpty()) {
        asOf = !freshest.isEmpty() && freshest < doc.value(QStringLiteral("to")).toString()
                   ? freshest
                   : doc.value(QStringLiteral("to")).toString();
    }

    // Cover.
    if (shows("cover")) {
        // The logo at the top left, its aspect kept, within 60 × 28 mm; a vector logo rendered at twice the print
        // resolution, a large raster one scaled down to it (sharp, and the PDF stays small).
        const QRectF logoBox(l.left(), l.y(), mm(60), mm(28));
        QImage logo = CompanyLogo::image(options.logo, int(2 * logoBox.width()));
        if (logo.isNull() && !options.logoPath.isEmpty()) {
            QFile file(options.logoPath);
            logo = file.open(QIODevice::ReadOnly) ? CompanyLogo::image(file.readAll(), int(2 * logoBox.width()))
                                                  : QImage();
        }
        if (!logo.isNull() && logo.width() > 0 && logo.height() > 0) {
            if (logo.width() > 2 * logoBox.width()) {
                logo = logo.scaledToWidth(int(2 * logoBox.width()), Qt::SmoothTransformation);
            }
            const QSizeF size = QSizeF(logo.size()).scaled(logoBox.size(), Qt::KeepAspectRatio);
            p.drawImage(QRectF(logoBox.topLeft(), size), logo);
        }
        l.advance(mm(60));
        l.text(company, 14, false, Muted);
        l.text(Language::isolated(doc.value(QStringLiteral("title")).toString()), 28, true, Accent);
        if (!titleHasPeriod) {
            l.text(period, 14);
        }
        l.text(Report::tr("Data as of %1").arg(format.mediumDate(asOf)), 11, true);
        l.advance(mm(6));
        l.text(Report::tr("Compared with %1 – %2.")
                   .arg(format.mediumDate(doc.value(QStringLiteral("previous_from")).toString()),
                        format.mediumDate(doc.value(QStringLiteral("previous_to")).toString())),
               10, false, Muted);
        l.text(Report::tr("Filters: %1.").arg(scopeText(doc)), 10, false, Muted);
        const QString author = Language::isolated(choices.author.trimmed());
        const QString audience = Language::isolated(choices.audience.trimmed());
        const QString created = format.mediumDate(
            QDateTime::fromString(doc.value(QStringLiteral("created")).toString(), Qt::ISODate).date());
        if (!choices.author.trimmed().isEmpty() || !choices.audience.trimmed().isEmpty()) {
            l.advance(mm(4));
            l.text(choices.audience.trimmed().isEmpty() ? Report::tr("Prepared by %1").arg(author)
                   : choices.author.trimmed().isEmpty() ? Report::tr("Prepared for %1").arg(audience)
                                                        : Report::tr("Prepared by %1 for %2").arg(author, audience),
                   12, true);
        }
        l.text(Report::tr("Prepared %1 with Funnelscope.").arg(created), 10, false, Muted);
        l.advance(mm(8));
        commentOn("cover");
        l.advance(mm(8));
        l.text(Report::tr(
                   "SMART review: Select the KPIs that matter, Measure them accurately, Analyse for insight, Review on "
                   "a rhythm, Take action."),
               10, false, Muted);
    }

    // Executive summary.
    if (shows("summary")) {
        l.freshPage();
        l.heading(Report::tr("Executive summary"));
        commentOn("summary");
        for (const QString &takeaway : takeaways(doc, format)) {
            l.text(QStringLiteral("•  ") + takeaway, 10);
        }
        l.advance(mm(4));
        const QString goalsAsOf = doc.value(QStringLiteral("goals_as_of")).toString();
        l.text(goalsAsOf.isEmpty() ? Report::tr("Goals")
                                   : Report::tr("Goals, as of %1").arg(format.mediumDate(goalsAsOf)),
               11, true);
        QList<QStringList> goalRows;
        QHash<std::pair<int, int>, QColor> goalColours;
        for (int i = 0; i < goals.size(); ++i) {
            const QJsonObject g = goals.at(i).toObject();
            const GoalKpi kpi = GoalKpi::of(g);
            shownKpis.insert(g.value(QStringLiteral("kpi")).toString());
            const auto progress = opt(g.value(QStringLiteral("progress")));
            // A money goal's amounts in the currency it was set in.
            const QString goalCurrency = g.value(QStringLiteral("currency")).toString();
            const KpiFormat goalFormat = goalCurrency.isEmpty() ? format : KpiFormat(format.locale(), goalCurrency);
            goalRows.append({Language::isolated(g.value(QStringLiteral("name")).toString()),
                             kpi.known() ? kpi.name() : kpiName(g.value(QStringLiteral("kpi")).toString()),
                             kpi.value(goalFormat, opt(g.value(QStringLiteral("current")))),
                             kpi.value(goalFormat, opt(g.value(QStringLiteral("target")))),
                             progress ? format.percent(format.number(*progress * 100, 0)) : QStringLiteral("—"),
                             format.percent(format.number(g.value(QStringLiteral("expected")).toDouble() * 100, 0)),
                             GoalProgress::statusName(g.value(QStringLiteral("status")).toString())});
            goalColours.insert({i, 6}, statusColour(g.value(QStringLiteral("status")).toString()));
        }
        if (goalRows.isEmpty()) {
            l.text(Report::tr("No goals are set for this workspace yet."), 9.5, false, Muted);
        } else {
            l.table({Report::tr("Goal"), Report::tr("KPI"), Report::tr("Now"), Report::tr("Target"),
                     Report::tr("Progress"), Report::tr("Expected"), Report::tr("Status")},
                    goalRows, {25, 15, 13, 13, 11, 11, 12}, {2, 3, 4, 5}, goalColours);
        }
        l.ensure(mm(40));
        l.text(Report::tr("Headline KPIs"), 11, true);
        QList<QStringList> headRows;
        QHash<std::pair<int, int>, QColor> headColours;
        const QJsonArray headline = doc.value(QStringLiteral("headline")).toArray();
        for (int i = 0; i < headline.size(); ++i) {
            const QJsonObject h = headline.at(i).toObject();
            const QString id = h.value(QStringLiteral("id")).toString();
            const int kpi = KpiCatalog::indexOf(id);
            shownKpis.insert(id);
            const auto value = opt(h.value(QStringLiteral("value")));
            const auto before = opt(h.value(QStringLiteral("previous")));
            const auto change = KpiValues::change(value, before);
            // A small sample or a cohort still maturing (now or before): the reason instead of a judged change.
            KpiCaveat caveat = KpiCaveat::fromJson(h.value(QStringLiteral("caveat")), kpi);
            if (caveat.judged()) {
                caveat = KpiCaveat::fromJson(h.value(QStringLiteral("previous_caveat")), kpi);
            }
            headRows.append({KpiCatalog::groupName(KpiCatalog::at(kpi).group), kpiName(id), format.value(kpi, value),
                             format.value(kpi, before),
                             caveat.judged() ? changeText(format, change, kpi) : caveat.text()});
            if (const int direction = SmartReview::betterDirection(id, std::nullopt, 0);
                change && *change != 0 && caveat.judged() && direction != 0) {
                headColours.insert({i, 4}, (*change > 0) == (direction > 0) ? Good : Bad);
            }
        }
        l.table({Report::tr("Stage"), Report::tr("KPI"), Report::tr("This period"), Report::tr("Before"),
                 Report::tr("Change")},
                headRows, {16, 28, 16, 16, 24}, {2, 3, 4}, headColours);
        // The workspace's own KPIs, stage by stage in the funnel's order.
        QList<QStringList> customRows;
        QHash<std::pair<int, int>, QColor> customColours;
        for (const KpiGroup group : {KpiGroup::Awareness, KpiGroup::Engagement, KpiGroup::LeadGeneration,
                                     KpiGroup::Sales, KpiGroup::Loyalty}) {
            for (const CustomKpi &k : customKpis) {
                if (k.group != group) {
                    continue;
                }
                const auto value = customValues.value(k.id).first;
                const auto before = customValues.value(k.id).second;
                const auto change = KpiValues::change(value, before);
                QString changeShown = format.change(change);
                if (change && *change != 0 && k.direction != CustomKpi::Direction::Neutral) {
                    const bool better = (*change > 0) == (k.better() == Better::Up);
                    changeShown += better ? Report::tr(" (better)") : Report::tr(" (worse)");
                    customColours.insert({int(customRows.size()), 4}, better ? Good : Bad);
                }
                customRows.append({KpiCatalog::groupName(group), k.name, k.display(value, format),
                                   k.display(before, format), changeShown});
            }
        }
        if (!customRows.isEmpty()) {
            l.ensure(mm(30));
            l.text(Report::tr("Your own KPIs"), 11, true);
            l.table({Report::tr("Stage"), Report::tr("KPI"), Report::tr("This period"), Report::tr("Before"),
                     Report::tr("Change")},
                    customRows, {16, 28, 16, 16, 24}, {2, 3, 4}, customColours);
        }
    }

    // S — Select.
    // (Its pages print only when chosen; goalPages is empty otherwise.) One goal a half page (GoalPages): its plan
    // to the deadline, the variance to plan, its chart.
    const QJsonArray goalPages = shows("goals") ? goals : QJsonArray();
    if (shows("goals")) {
        l.freshPage();
        l.heading(Report::tr("S — Select: the goals and the KPIs that matter"));
        commentOn("goals");
    }
    for (const QJsonValue &gv : goalPages) {
        l.ensure(mm(GoalPages::HeightMm));
        GoalPages::draw(p, QRectF(l.left(), l.y(), l.width(), mm(GoalPages::HeightMm)), gv.toObject(), annotations,
                        format, l.font(9));
        l.advance(mm(GoalPages::HeightMm) + mm(4));
    }
    if (shows("goals") && goals.isEmpty()) {
        l.text(Report::tr("No goals yet: choose pipeline and revenue KPIs, not vanity metrics, and set a target for "
                          "each."),
               9.5, false, Muted);
    }

    // M — Measure.
    if (shows("quality")) {
        l.heading(Report::tr("M — Measure: is the data complete and trustworthy?"));
        commentOn("quality");
        QList<QStringList> coverage;
        for (const QJsonValue &c : quality.value(QStringLiteral("coverage")).toArray()) {
            coverage.append({kindTitle(c[QStringLiteral("kind")].toString()), c[QStringLiteral("source")].toString(),
                             format.number(double(c[QStringLiteral("rows")].toInteger()), 0),
                             format.mediumDate(c[QStringLiteral("freshest")].toString())});
        }
        l.table(
            {Report::tr("Kind"), Report::tr("Source"), Report::tr("Rows in the period"), Report::tr("Freshest date")},
            coverage, {20, 30, 20, 20}, {2});
        const QJsonArray gaps = quality.value(QStringLiteral("gaps")).toArray();
        if (gaps.isEmpty()) {
            l.text(Report::tr("Gaps: every channel that reports daily has data for every day of the period."));
        } else {
            for (const QJsonValue &g : gaps) {
                QStringList days;
                for (const QJsonValue &d : g[QStringLiteral("days")].toArray()) {
                    days.append(format.mediumDate(d.toString()));
                }
                l.text(QCoreApplication::translate("Report", "Gap: %1 has no data on %n day(s): %2.", nullptr,
                                                   g[QStringLiteral("missing_days")].toInt())
                           .arg(Language::isolated(g[QStringLiteral("channel")].toString()),
                                days.mid(0, 12).join(QStringLiteral(", "))));
            }
        }
        for (const QJsonValue &v : quality.value(QStringLiteral("spread")).toArray()) {
            l.text(Report::tr("Includes totals spread evenly over %1 – %2 (%3): a report without a day breakdown, so "
                              "its days hold equal shares.")
                       .arg(format.mediumDate(v[QStringLiteral("from")].toString()),
                            format.mediumDate(v[QStringLiteral("to")].toString()),
                            Language::isolated(v[QStringLiteral("file")].toString())));
        }
        // Money that could not be converted into the report's currency: its figures are unknown, and why is said here.
        for (const QJsonValue &v : doc.value(QStringLiteral("currency_notes")).toArray()) {
            l.text(v.toString());
        }
        l.text(Report::tr("Rejected rows across %1 imports: %2; the import log keeps the line and reason of each.")
                   .arg(quality.value(QStringLiteral("imports")).toInteger())
                   .arg(quality.value(QStringLiteral("rejected_rows")).toInteger()));
        const QJsonArray reconciliation = quality.value(QStringLiteral("reconciliation")).toArray();
        if (!reconciliation.isEmpty()) {
            QList<QStringList> rows;
            const auto number = [&](const QJsonValue &v) {
                return v.isNull() ? QStringLiteral("—") : format.number(v.toDouble(), 0);
            };
            for (const QJsonValue &d : reconciliation) {
                const QJsonValue platform = d[QStringLiteral("platform")];
                const QJsonValue crm = d[QStringLiteral("crm")];
                QString difference = QStringLiteral("—");
                if (!platform.isNull() && !crm.isNull()) {
                    const double diff = platform.toDouble() - crm.toDouble();
                    difference = (diff > 0 ? QStringLiteral("+") : QString()) + format.number(diff, 0);
                    if (crm.toDouble() > 0) {
                        difference += QStringLiteral(" (%1%)").arg(format.number(diff / crm.toDouble() * 100, 1));
                    }
                }
                rows.append({Language::isolated(d[QStringLiteral("channel")].toString()), number(platform), number(crm),
                             difference});
                if (d.toObject().contains(QStringLiteral("key_events"))) {
                    rows.last().append(number(d[QStringLiteral("key_events")]));
                }
            }
            const bool keyEvents = !rows.isEmpty() && rows.first().size() == 5;
            const int disagreements = int(quality.value(QStringLiteral("disagreements")).toArray().size());
            l.text(disagreements == 0
                       ? Report::tr(
                             "Leads as the ad platforms reported them and as the CRM recorded them agree within 20% on "
                             "every channel that has both:")
                       : QCoreApplication::translate("Report",
                                                     "Leads as the ad platforms reported them and as the CRM recorded "
                                                     "them; %n channel(s) differ by more than 20%:",
                                                     nullptr, disagreements));
            if (keyEvents) {
                l.table({Report::tr("Channel"), Report::tr("Platform-reported leads"), Report::tr("CRM leads"),
                         Report::tr("Difference"), Report::tr("Analytics key events")},
                        rows, {26, 19, 15, 22, 18}, {1, 2, 3, 4});
            } else {
                l.table({Report::tr("Channel"), Report::tr("Platform-reported leads"), Report::tr("CRM leads"),
                         Report::tr("Difference")},
                        rows, {34, 22, 18, 26}, {1, 2, 3});
            }
        }
    }

    // A — Analyse.
    if (shows("notes") || shows("trends") || shows("moved") || shows("funnel")) {
        l.heading(Report::tr("A — Analyse: trends, anomalies and what moved"));
    }
    const QJsonObject analysis = doc.value(QStringLiteral("analysis")).toObject();
    if (shows("notes") && (!annotations.isEmpty() || hasComment("notes"))) {
        l.text(Report::tr("Notes on the data (numbered as on the charts)"), 9.5, true);
        commentOn("notes");
        // The notes on the data, numbered as the charts' markers; those only of earlier periods of a trend say so.
        QList<QStringList> rows;
        for (int n = 0; n < annotations.size(); ++n) {
            const QJsonObject a = annotations.at(n).toObject();
            const QString from = a.value(QStringLiteral("from")).toString();
            const QString to = a.value(QStringLiteral("to")).toString();
            const QString channel = a.value(QStringLiteral("channel")).toString();
            rows.append({QString::number(n + 1), format.range(from, to),
                         Language::isolated(a.value(QStringLiteral("text")).toString()) +
                             (a.value(QStringLiteral("in_period")).toBool()
                                  ? QString()
                                  : QStringLiteral(" (%1)").arg(Report::tr("before this period"))),
                         channel.isEmpty() ? Report::tr("all channels") : Language::isolated(channel)});
        }
        if (!rows.isEmpty()) {
            l.table({Report::tr("No."), Report::tr("When"), Report::tr("Note"), Report::tr("Channel")}, rows,
                    {7, 25, 48, 20});
        }
    }
    if (shows("trends") && (!analysis.value(QStringLiteral("trends")).toArray().isEmpty() || hasComment("trends"))) {
        l.text(ReportChoices::sectionTitle(QStringLiteral("trends")), 11, true);
        commentOn("trends");
        for (const QJsonValue &tv : analysis.value(QStringLiteral("trends")).toArray()) {
            const QJsonObject t = tv.toObject();
            const GoalKpi kpi = GoalKpi::of(t);
            if (!kpi.known()) {
                continue;
            }
            QStringList labels;
            QList<std::optional<double>> values;
            QList<int> marked;
            const QJsonArray series = t.value(QStringLiteral("series")).toArray();
            const Breakdown trendBy = Goal::breakdownOf(
                Goal::cadenceFromId(t.value(QStringLiteral("cadence")).toString()).value_or(Cadence::Monthly));
            QList<bool> trendPartial;
            QList<BucketCoverage> trendCoverage;
            QList<QDate> starts;
            QList<QDate> ends;
            for (const QJsonValue &s : series) {
                starts.append(QDate::fromString(s[QStringLiteral("from")].toString(), Qt::ISODate));
                ends.append(QDate::fromString(s[QStringLiteral("to")].toString(), Qt::ISODate));
                labels.append(options.locale.toString(starts.last(), Language::dayMonthYearFormat()));
                values.append(opt(s[QStringLiteral("value")]));
                trendCoverage.append(coverageOf(s.toObject()));
                trendPartial.append(trendCoverage.last().partial());
            }
            // The review period's anomalies; older ones of the trailing history only as context, said so.
            QStringList anomalyText;
            QStringList contextText;
            for (const QJsonValue &a : t.value(QStringLiteral("anomalies")).toArray()) {
                QDate periodTo;
                for (int i = 0; i < series.size(); ++i) {
                    if (series.at(i)[QStringLiteral("from")] == a[QStringLiteral("period")]) {
                        marked.append(i);
                        periodTo = QDate::fromString(series.at(i)[QStringLiteral("to")].toString(), Qt::ISODate);
                    }
                }
                const QDate periodFrom = QDate::fromString(a[QStringLiteral("period")].toString(), Qt::ISODate);
                const bool inPeriod = a.toObject().contains(QStringLiteral("in_period"))
                                          ? a[QStringLiteral("in_period")].toBool()
                                          : SmartReview::inPeriod(periodFrom, periodTo, from, to);
                (inPeriod ? anomalyText : contextText)
                    .append(Report::tr("the period from %1 (%2, usually %3)")
                                .arg(format.mediumDate(periodFrom), kpi.value(format, opt(a[QStringLiteral("value")])),
                                     kpi.value(format, opt(a[QStringLiteral("expected")]))));
            }
            l.lineChart(Report::tr("%1 — %2, trailing periods")
                            .arg(Language::isolated(t.value(QStringLiteral("goal")).toString()), kpi.name()),
                        labels, values, kpi.name(), {}, QString(), format, kpi, marked, trendPartial,
                        BucketCoverage::legend(trendCoverage, trendBy), bandsOf(annotations, starts, ends));
            l.text(anomalyText.isEmpty()
                       ? Report::tr("No anomalies in this review's period: every period is within the range of its "
                                    "trailing history.")
                       : Report::tr("Anomalies in this review's period (circled): %1.")
                             .arg(anomalyText.join(QStringLiteral("; "))),
                   8.5, false, Muted);
            if (!contextText.isEmpty()) {
                l.text(Report::tr("For context, earlier anomalies (circled, before this review's period): %1.")
                           .arg(contextText.join(QStringLiteral("; "))),
                       8.5, false, Muted);
            }
        }
    }
    if (shows("moved") &&
        (!analysis.value(QStringLiteral("contributors")).toArray().isEmpty() || hasComment("moved"))) {
        l.text(ReportChoices::sectionTitle(QStringLiteral("moved")), 11, true);
        commentOn("moved");
        for (const QJsonValue &cv : analysis.value(QStringLiteral("contributors")).toArray()) {
            const QJsonObject c = cv.toObject();
            const GoalKpi kpi = GoalKpi::of(c);
            if (!kpi.known()) {
                continue;
            }
            QList<QStringList> rows;
            for (const QString &side : {QStringLiteral("top"), QStringLiteral("bottom"), QStringLiteral("moved")}) {
                for (const QJsonValue &m : c.value(side).toArray()) {
                    const double change = m[QStringLiteral("change")].toDouble();
                    rows.append({side == u"top"      ? Report::tr("Helped most")
                                 : side == u"bottom" ? Report::tr("Held back most")
                                                     : Report::tr("Moved most"),
                                 Language::isolated(m[QStringLiteral("name")].toString()),
                                 m[QStringLiteral("dimension")].toString() == u"channel" ? Report::tr("channel")
                                                                                         : Report::tr("campaign"),
                                 kpi.value(format, opt(m[QStringLiteral("before")])),
                                 kpi.value(format, opt(m[QStringLiteral("now")])),
                                 (change >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                                     kpi.value(format, std::fabs(change))});
                }
            }
            // Moved, but from a small sample or a cohort still maturing: listed with the reason, never ranked.
            for (const QJsonValue &m : c.value(QStringLiteral("not_ranked")).toArray()) {
                rows.append({Report::tr("Not ranked"), Language::isolated(m[QStringLiteral("name")].toString()),
                             m[QStringLiteral("dimension")].toString() == u"channel" ? Report::tr("channel")
                                                                                     : Report::tr("campaign"),
                             kpi.value(format, opt(m[QStringLiteral("before")])),
                             kpi.value(format, opt(m[QStringLiteral("now")])),
                             KpiCaveat::fromJson(m[QStringLiteral("caveat")], kpi.kpi).text()});
            }
            if (!rows.isEmpty()) {
                l.ensure(mm(30));
                l.text(Report::tr("What moved %1 (%2) since the previous period")
                           .arg(Language::isolated(c.value(QStringLiteral("goal")).toString()), kpi.name()),
                       9.5, true);
                l.table({QString(), Report::tr("Name"), Report::tr("Dimension"), Report::tr("Before"),
                         Report::tr("Now"), Report::tr("Change")},
                        rows, {14, 30, 12, 14, 14, 14}, {3, 4, 5});
            }
        }
    }
    // The funnel, as bars with step conversions.
    if (shows("funnel")) {
        l.text(ReportChoices::sectionTitle(QStringLiteral("funnel")), 11, true);
        commentOn("funnel");
        const QJsonObject funnel = analysis.value(QStringLiteral("funnel")).toObject();
        const QJsonArray now = funnel.value(QStringLiteral("now")).toArray();
        const QJsonArray before = funnel.value(QStringLiteral("before")).toArray();
        const QStringList names = KpiValues::funnelStepNames();
        QList<std::tuple<QString, double, QString>> bars;
        for (int i = 0; i < names.size() && i < now.size(); ++i) {
            if (!now[i].isNull()) {
                bars.append({names.at(i), now[i].toDouble(), format.number(now[i].toDouble(), 0)});
            }
        }
        l.barChart(Report::tr("The funnel (bar widths on a log scale)"), bars, true);
        QList<QStringList> rows;
        for (int i = 0; i < names.size() && i < now.size(); ++i) {
            QString conversion = QStringLiteral("—");
            QString was = QStringLiteral("—");
            if (i > 0 && now[i - 1].toDouble() > 0 && !now[i].isNull()) {
                conversion = format.percent(format.number(now[i].toDouble() / now[i - 1].toDouble() * 100, 1));
            }
            if (i > 0 && before[i - 1].toDouble() > 0 && !before[i].isNull()) {
                was = format.percent(format.number(before[i].toDouble() / before[i - 1].toDouble() * 100, 1));
            }
            rows.append({names.at(i), now[i].isNull() ? QStringLiteral("—") : format.number(now[i].toDouble(), 0),
                         conversion, was});
        }
        l.table({Report::tr("Step"), Report::tr("This period"), Report::tr("Conversion from the step above"),
                 Report::tr("Before")},
                rows, {25, 25, 25, 25}, {1, 2, 3});
        const int step = funnel.value(QStringLiteral("largest_change_step")).toInt(-1);
        if (step >= 0 && step + 1 < names.size()) {
            const double change = funnel.value(QStringLiteral("largest_change")).toDouble() * 100;
            l.text(Report::tr("The step that changed most: %1 → %2, %3%4 percentage points.")
                       .arg(names.at(step), names.at(step + 1), change >= 0 ? QStringLiteral("+") : QStringLiteral("−"),
                            format.number(std::fabs(change), 2)));
        }
    }

    // R — Review.
    if (shows("review")) {
        l.heading(Report::tr("R — Review: what changed since the last review"));
        commentOn("review");
        const QJsonObject review = doc.value(QStringLiteral("review")).toObject();
        if (review.contains(QStringLiteral("previous_title"))) {
            l.text(Report::tr("Previous review: %1 (to %2).")
                       .arg(Language::isolated(review.value(QStringLiteral("previous_title")).toString()),
                            format.mediumDate(review.value(QStringLiteral("previous_to")).toString())));
        } else {
            l.text(Report::tr("This is the first review of this workspace."));
        }
        QList<QStringList> changes;
        for (const QJsonValue &c : review.value(QStringLiteral("status_changes")).toArray()) {
            changes.append({Language::isolated(c[QStringLiteral("goal")].toString()),
                            GoalProgress::statusName(c[QStringLiteral("from")].toString()),
                            GoalProgress::statusName(c[QStringLiteral("to")].toString())});
        }
        if (changes.isEmpty()) {
            l.text(Report::tr("No goal changed status."));
        } else {
            l.table({Report::tr("Goal"), Report::tr("Was"), Report::tr("Is")}, changes, {50, 25, 25});
        }
        for (const auto &[key, label] : {std::pair{QStringLiteral("met"), Report::tr("Goals met: %1.")},
                                         std::pair{QStringLiteral("missed"), Report::tr("Goals missed: %1.")}}) {
            QStringList names;
            for (const QJsonValue &v : review.value(key).toArray()) {
                names.append(v.toString());
            }
            if (!names.isEmpty()) {
                l.text(label.arg(names.join(QStringLiteral(", "))));
            }
        }
        QList<QStringList> due;
        for (const QJsonValue &a : review.value(QStringLiteral("actions_due")).toArray()) {
            due.append({Language::isolated(a[QStringLiteral("text")].toString()),
                        Language::isolated(a[QStringLiteral("owner")].toString()),
                        format.mediumDate(a[QStringLiteral("due")].toString())});
        }
        if (!due.isEmpty()) {
            l.text(Report::tr("Actions due"), 9.5, true);
            l.table({Report::tr("Action"), Report::tr("Owner"), Report::tr("Due")}, due, {60, 20, 20});
        }
    }

    // T — Take action.
    if (shows("actions")) {
        l.heading(Report::tr("T — Take action: what to do next"));
        commentOn("actions");
        const QJsonObject actions = doc.value(QStringLiteral("actions")).toObject();
        QList<QStringList> recommended;
        for (const QJsonValue &a : actions.value(QStringLiteral("recommended")).toArray()) {
            recommended.append(
                {SmartReview::findingText(a.toObject(), format), SmartReview::actionText(a.toObject(), format)});
        }
        if (recommended.isEmpty()) {
            l.text(Report::tr("No rule of the action table fired: no KPI moved enough in the wrong direction."));
        } else {
            l.table({Report::tr("What the data shows"), Report::tr("Recommended action")}, recommended, {50, 50});
        }
        // Decisions with their status, what they answer, and "overdue" when still open after their due date.
        QList<QStringList> decisions;
        QHash<std::pair<int, int>, QColor> decisionColours;
        for (const QJsonValue &a : actions.value(QStringLiteral("decisions")).toArray()) {
            const QString due = a[QStringLiteral("due")].toString();
            QString what = Language::isolated(a[QStringLiteral("text")].toString());
            if (a.toObject().contains(QStringLiteral("goal"))) {
                what +=
                    u'\n' + Report::tr("for the goal %1").arg(Language::isolated(a[QStringLiteral("goal")].toString()));
            }
            if (const QString rec = a[QStringLiteral("recommendation")].toString(); !rec.isEmpty()) {
                what += u'\n' + Report::tr("answers: %1").arg(recommendationText(actions, rec, format));
            }
            const QString statusId = a[QStringLiteral("status")].toString(
                a[QStringLiteral("done")].toBool() ? QStringLiteral("done") : QStringLiteral("open"));
            const bool overdue = a[QStringLiteral("overdue")].toBool();
            QString status = Action::statusText(Action::statusFromId(statusId).value_or(Action::Status::Open));
            if (overdue) {
                status = Report::tr("overdue");
                decisionColours.insert({int(decisions.size()), 3}, Bad);
            }
            decisions.append({what, Language::isolated(a[QStringLiteral("owner")].toString()),
                              due.isEmpty() ? QString() : format.mediumDate(due), status});
        }
        l.text(Report::tr("Decisions and open actions"), 9.5, true);
        if (decisions.isEmpty()) {
            l.text(Report::tr("None recorded yet."), 9, false, Muted);
        } else {
            l.table({Report::tr("Decision"), Report::tr("Owner"), Report::tr("Due"), Report::tr("Status")}, decisions,
                    {52, 18, 16, 14}, {}, decisionColours);
        }
    }

    // Appendix: the definitions of every KPI shown.
    if (shows("appendix")) {
        l.heading(Report::tr("Appendix: how each KPI is computed"));
        commentOn("appendix");
        QList<QStringList> definitions;
        for (int i = 0; i < KpiCatalog::all().size(); ++i) {
            const KpiDefinition &k = KpiCatalog::at(i);
            if (shownKpis.contains(k.id)) {
                definitions.append({QCoreApplication::translate("Kpi", k.name),
                                    QCoreApplication::translate("Kpi", k.explanation),
                                    k.better == Better::Up ? Report::tr("higher") : Report::tr("lower")});
            }
        }
        for (const CustomKpi &k : customKpis) {
            definitions.append({k.name, Report::tr("Your own KPI: %1.").arg(k.explanation()),
                                k.direction == CustomKpi::Direction::Neutral ? Report::tr("neither")
                                : k.better() == Better::Up                   ? Report::tr("higher")
                                                                             : Report::tr("lower")});
        }
        l.table({Report::tr("KPI"), Report::tr("Definition"), Report::tr("Better")}, definitions, {25, 63, 12});
    }
    l.footer();
    if (!p.end()) {
        return Report::tr("cannot write %1").arg(path);
    }
    return out.commit();
}

} // namespace funnelscope

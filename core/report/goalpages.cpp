#include "goalpages.h"

#include "goals/goalprogress.h"
#include "i18n/contexts.h"
#include "i18n/language.h"
#include "kpi/bucketcoverage.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiformat.h"
#include "reportparts.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace funnelscope {

using namespace reportparts;

namespace {

const QColor PlanInk(0x7a, 0x80, 0x87);

QJsonValue number(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QDate day(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

KpiFormat goalFormat(const QJsonObject &goal, const KpiFormat &reportFormat)
{
    const QString currency = goal.value(QStringLiteral("currency")).toString();
    return currency.isEmpty() ? reportFormat : KpiFormat(reportFormat.locale(), currency);
}

} // namespace

GoalKpi GoalKpi::of(const QJsonObject &goal)
{
    GoalKpi k;
    const QString id = goal.value(QStringLiteral("kpi")).toString();
    k.kpi = KpiCatalog::indexOf(id);
    if (k.kpi < 0 && goal.value(QStringLiteral("custom_kpi")).isObject()) {
        k.custom = CustomKpi::fromJson(goal.value(QStringLiteral("custom_kpi")).toObject());
        if (k.custom->id != id) {
            k.custom.reset();
        }
    }
    return k;
}

bool GoalKpi::isVolume() const
{
    return kpi >= 0 ? KpiCatalog::at(kpi).isVolume() : custom && custom->isVolume();
}

bool GoalKpi::isRate() const
{
    return kpi >= 0 ? KpiCatalog::at(kpi).unit == KpiUnit::Ratio
                    : custom && custom->format == CustomKpi::Format::Percent;
}

Better GoalKpi::better() const
{
    return kpi >= 0 ? KpiCatalog::at(kpi).better : custom ? custom->better() : Better::Up;
}

QString GoalKpi::name() const
{
    return kpi >= 0 ? kpiName(KpiCatalog::at(kpi).id) : custom ? Language::isolated(custom->name) : QString();
}

QString GoalKpi::value(const KpiFormat &format, std::optional<double> v) const
{
    if (kpi >= 0) {
        return format.value(kpi, v);
    }
    if (custom) {
        return custom->display(v, format);
    }
    return v && std::isfinite(*v) ? format.number(*v, 2) : QStringLiteral("—");
}

GoalPlan GoalPlan::of(const Goal &goal, const GoalProgress &progress, const CustomKpi *custom)
{
    GoalPlan plan;
    plan.higherIsBetter = progress.higherIsBetter;
    const int kpi = KpiCatalog::indexOf(goal.kpi);
    if ((kpi < 0 && !custom) || !goal.start.isValid() || !goal.deadline.isValid() || goal.deadline < goal.start) {
        return plan;
    }
    const bool volume = kpi >= 0 ? KpiCatalog::at(kpi).isVolume() : custom->isVolume();
    const std::optional<double> from = volume ? std::optional<double>(0.0) : progress.baseline;
    if (from) {
        plan.line.append({goal.start, *from});
        for (QDate p = Goal::periodStart(goal.cadence, goal.start); p <= goal.deadline;
             p = Goal::nextPeriodStart(goal.cadence, p)) {
            const QDate end = std::min(Goal::nextPeriodStart(goal.cadence, p).addDays(-1), goal.deadline);
            plan.line.append({end, *from + (goal.target - *from) * GoalProgress::elapsedShare(goal, end)});
        }
    }
    // Judged as the status is: not before the start, not without data, not before a level's first whole period.
    plan.judged = progress.current && progress.planned && progress.status != GoalStatus::NotStarted &&
                  progress.status != GoalStatus::NoData && progress.status != GoalStatus::TooEarly;
    if (!plan.judged) {
        return plan;
    }
    plan.planned = progress.planned;
    plan.variance = *progress.current - *progress.planned;
    if (*progress.planned != 0) {
        plan.variancePercent = *plan.variance / std::fabs(*progress.planned);
    }
    const double tolerance = 1e-9 * std::max(1.0, std::fabs(*progress.planned));
    if (std::fabs(*plan.variance) > tolerance) {
        plan.verdict = (*plan.variance > 0) == plan.higherIsBetter ? 1 : -1;
    }
    return plan;
}

QJsonObject GoalPlan::toJson() const
{
    QJsonArray points;
    for (const Point &p : line) {
        points.append(QJsonObject{{QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                                  {QStringLiteral("planned"), p.planned}});
    }
    return {{QStringLiteral("line"), points},
            {QStringLiteral("planned"), number(planned)},
            {QStringLiteral("variance"), number(variance)},
            {QStringLiteral("variance_percent"), number(variancePercent)},
            {QStringLiteral("verdict"), judged ? QJsonValue(verdictId()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("higher_is_better"), higherIsBetter}};
}

GoalPlan GoalPlan::fromJson(const QJsonObject &o)
{
    GoalPlan plan;
    for (const QJsonValue &p : o.value(QStringLiteral("line")).toArray()) {
        plan.line.append({day(p[QStringLiteral("date")]), p[QStringLiteral("planned")].toDouble()});
    }
    plan.planned = opt(o.value(QStringLiteral("planned")));
    plan.variance = opt(o.value(QStringLiteral("variance")));
    plan.variancePercent = opt(o.value(QStringLiteral("variance_percent")));
    const QString verdict = o.value(QStringLiteral("verdict")).toString();
    plan.judged = !verdict.isEmpty() && plan.variance.has_value();
    plan.verdict = verdict == u"ahead" ? 1 : verdict == u"behind" ? -1 : 0;
    plan.higherIsBetter = o.value(QStringLiteral("higher_is_better")).toBool(true);
    return plan;
}

QString GoalPlan::verdictId() const
{
    if (!judged) {
        return {};
    }
    return verdict > 0 ? QStringLiteral("ahead") : verdict < 0 ? QStringLiteral("behind") : QStringLiteral("on_plan");
}

QString GoalPlan::verdictText() const
{
    if (!judged) {
        return {};
    }
    return verdict > 0 ? Report::tr("ahead of plan") : verdict < 0 ? Report::tr("behind plan") : Report::tr("on plan");
}

QString GoalPlan::signedValue(const KpiFormat &format, int kpi, double value)
{
    GoalKpi k;
    k.kpi = kpi;
    return signedValue(format, k, value);
}

QString GoalPlan::signedValue(const KpiFormat &format, const GoalKpi &kpi, double value)
{
    const QString sign = value > 0 ? QStringLiteral("+") : value < 0 ? QStringLiteral("−") : QString();
    if (kpi.isRate()) {
        // A rate's variance in percentage points: 6% against a plan of 7.5% is 1.5 points, not "−1.5%".
        return sign + Report::tr("%1 pp", "percentage points").arg(format.number(std::fabs(value) * 100, 1));
    }
    return sign + kpi.value(format, std::fabs(value));
}

Goal GoalPages::goalOf(const QJsonObject &g)
{
    Goal goal;
    goal.id = g.value(QStringLiteral("id")).toInteger(-1);
    goal.name = g.value(QStringLiteral("name")).toString();
    goal.kpi = g.value(QStringLiteral("kpi")).toString();
    for (const QJsonValue &v : g.value(QStringLiteral("channels")).toArray()) {
        goal.channels.append(v.toString());
    }
    for (const QJsonValue &v : g.value(QStringLiteral("campaigns")).toArray()) {
        goal.campaigns.append(v.toString());
    }
    goal.baseline = opt(g.value(QStringLiteral("baseline")));
    goal.target = g.value(QStringLiteral("target")).toDouble();
    goal.start = day(g.value(QStringLiteral("start")));
    goal.deadline = day(g.value(QStringLiteral("deadline")));
    goal.cadence = Goal::cadenceFromId(g.value(QStringLiteral("cadence")).toString()).value_or(Cadence::Monthly);
    goal.owner = g.value(QStringLiteral("owner")).toString();
    goal.objective = g.value(QStringLiteral("objective")).toString();
    goal.currency = g.value(QStringLiteral("currency")).toString();
    return goal;
}

GoalPlan GoalPages::planOf(const QJsonObject &g)
{
    if (g.value(QStringLiteral("plan")).isObject()) {
        return GoalPlan::fromJson(g.value(QStringLiteral("plan")).toObject());
    }
    // A review saved before plans were stored: the plan of the progress it stored, by the same rule.
    const Goal goal = goalOf(g);
    GoalProgress p;
    p.asOf = day(g.value(QStringLiteral("as_of")));
    p.measuredTo = day(g.value(QStringLiteral("measured_to")));
    p.current = opt(g.value(QStringLiteral("current")));
    p.baseline = goal.baseline;
    p.expected = g.value(QStringLiteral("expected")).toDouble();
    const QString status = g.value(QStringLiteral("status")).toString();
    for (GoalStatus s : {GoalStatus::NotStarted, GoalStatus::OnTrack, GoalStatus::AtRisk, GoalStatus::OffTrack,
                         GoalStatus::Met, GoalStatus::Missed, GoalStatus::TooEarly, GoalStatus::NoData}) {
        if (GoalProgress::statusId(s) == status) {
            p.status = s;
        }
    }
    const GoalKpi kpi = GoalKpi::of(g);
    const bool volume = kpi.isVolume();
    const std::optional<double> from = volume ? std::optional<double>(0.0) : p.baseline;
    p.higherIsBetter = volume || (from ? goal.target >= *from : kpi.better() == Better::Up);
    if (from) {
        p.planned = *from + (goal.target - *from) * p.expected;
    }
    return GoalPlan::of(goal, p, kpi.custom ? &*kpi.custom : nullptr);
}

QString GoalPages::varianceSentence(const QJsonObject &g, const KpiFormat &reportFormat)
{
    const GoalPlan plan = planOf(g);
    const GoalKpi kpi = GoalKpi::of(g);
    if (!plan.judged || !kpi.known() || !plan.variance) {
        return {};
    }
    const KpiFormat format = goalFormat(g, reportFormat);
    const QString percent = plan.variancePercent ? format.change(plan.variancePercent) : QStringLiteral("—");
    return Report::tr("Now %1, plan %2: %3 (%4), %5.")
        .arg(kpi.value(format, opt(g.value(QStringLiteral("current")))), kpi.value(format, plan.planned),
             GoalPlan::signedValue(format, kpi, *plan.variance), percent, plan.verdictText());
}

void GoalPages::draw(QPainter &p, const QRectF &box, const QJsonObject &g, const QJsonArray &annotations,
                     const KpiFormat &reportFormat, const QFont &baseFont)
{
    const double unit = p.device()->logicalDpiY() / 25.4; // device units per millimetre
    const auto mm = [unit](double v) {
        return v * unit;
    };
    const auto font = [&](double points, bool bold = false) {
        QFont f = baseFont;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    };
    const GoalKpi kpi = GoalKpi::of(g);
    if (!kpi.known()) {
        return;
    }
    const bool volume = kpi.isVolume();
    const KpiFormat format = goalFormat(g, reportFormat);
    const Goal goal = goalOf(g);
    const GoalPlan plan = planOf(g);
    const QString status = g.value(QStringLiteral("status")).toString();
    const QDate asOf = day(g.value(QStringLiteral("as_of")));
    const QDate measuredTo = day(g.value(QStringLiteral("measured_to")));

    p.save();
    double y = box.top();
    const auto para = [&](const QString &text, double points, bool bold, const QColor &colour) {
        p.setFont(font(points, bold));
        const QRectF area(box.left(), y, box.width(), box.bottom() - y);
        const QRectF needed = p.boundingRect(area, Qt::TextWordWrap, text);
        p.setPen(colour);
        p.drawText(QRectF(area.left(), y, area.width(), needed.height()), Qt::TextWordWrap, text);
        y += needed.height() + mm(1);
    };

    // Title, with the status on the right in its colour.
    p.setFont(font(8.5, true));
    const QString statusWord = GoalProgress::statusName(status);
    const double statusWidth = QFontMetricsF(p.font(), p.device()).horizontalAdvance(statusWord) + mm(4);
    p.setPen(statusColour(status));
    p.drawText(QRectF(box.right() - statusWidth, y, statusWidth, mm(6)), Qt::AlignRight | Qt::AlignVCenter, statusWord);
    p.setFont(font(11, true));
    p.setPen(Ink);
    p.drawText(QRectF(box.left(), y, box.width() - statusWidth - mm(2), mm(6)), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(p.font(), p.device())
                   .elidedText(Language::isolated(goal.name), Qt::ElideRight, box.width() - statusWidth - mm(2)));
    y += mm(7);
    para(Report::tr("%1 for %2 · owner %3 · reviewed %4 · serves: %5")
             .arg(kpi.name(), scopeText(g), Language::isolated(goal.owner), Goal::cadenceText(goal.cadence),
                  Language::isolated(goal.objective)),
         8.5, false, Muted);
    const QString baselineText = kpi.value(format, opt(g.value(QStringLiteral("baseline"))));
    const QString targetText = kpi.value(format, goal.target);
    para(volume ? Report::tr("Target %1 in total from %2 to %3 (baseline period at the same pace: %4).")
                      .arg(targetText, format.mediumDate(goal.start), format.mediumDate(goal.deadline), baselineText)
                : Report::tr("Baseline %1 on %2 → target %3 by %4.")
                      .arg(baselineText, format.mediumDate(goal.start), targetText, format.mediumDate(goal.deadline)),
         9.5, true, Ink);
    if (asOf.isValid()) {
        QString measured = Report::tr("Measured as of %1.").arg(format.mediumDate(asOf));
        if (!volume && measuredTo.isValid() && measuredTo != asOf) {
            measured = Report::tr("Measured as of %1; now is the latest whole period, %2 – %3.")
                           .arg(format.mediumDate(asOf), format.mediumDate(Goal::periodStart(goal.cadence, measuredTo)),
                                format.mediumDate(measuredTo));
        }
        para(measured, 8.5, false, Muted);
    }
    // Variance to plan, and the status with the numbers it is judged on (progress against the expected progress:
    // on track from 95% of it, so slightly behind plan can still be on track).
    QStringList facts;
    if (const QString variance = varianceSentence(g, reportFormat); !variance.isEmpty()) {
        facts.append(variance);
    } else if (const auto current = opt(g.value(QStringLiteral("current")))) {
        facts.append(Report::tr("Now %1.").arg(kpi.value(format, current)));
    }
    if (const auto forecast = opt(g.value(QStringLiteral("forecast")))) {
        facts.append(Report::tr("Forecast at the deadline %1.").arg(kpi.value(format, forecast)));
    }
    if (const auto progress = opt(g.value(QStringLiteral("progress")))) {
        facts.append(Report::tr("Status: %1 (progress %2 of the %3 expected by now).")
                         .arg(statusWord, format.percent(format.number(*progress * 100, 0)),
                              format.percent(format.number(g.value(QStringLiteral("expected")).toDouble() * 100, 0))));
    } else {
        facts.append(Report::tr("Status: %1.").arg(statusWord));
    }
    para(facts.join(u' '), 9.5, false, Ink);

    // The chart: x is the share of the goal's cadence periods elapsed, so the plan is a straight line and a partial
    // period sits where its days end.
    const double periods = GoalProgress::periodsElapsed(goal, goal.deadline);
    const QRectF frame(box.left(), y + mm(1), box.width(), box.bottom() - y - mm(1));
    if (periods <= 0 || frame.height() < mm(40)) {
        p.restore();
        return;
    }
    const QRectF plot(frame.left() + mm(22), frame.top() + mm(7), frame.width() - mm(26), frame.height() - mm(22));
    const auto xOf = [&](const QDate &d) {
        return GoalProgress::periodsElapsed(goal, d);
    };
    struct Pt
    {
        double x;
        double v;
        bool partial;
    };
    QList<Pt> actual;
    QList<BucketCoverage> coverage;
    if (volume) {
        actual.append({0, 0, false}); // a running total starts at nothing
    }
    for (const QJsonValue &pt : g.value(QStringLiteral("pace")).toArray()) {
        BucketCoverage c;
        c.days = pt[QStringLiteral("days")].toInteger();
        c.coveredDays = pt[QStringLiteral("covered_days")].toInteger(c.days);
        coverage.append(c);
        if (const auto v = opt(pt[QStringLiteral("actual")])) {
            actual.append({xOf(day(pt[QStringLiteral("date")])), *v, c.partial()});
        }
    }
    const auto forecast = opt(g.value(QStringLiteral("forecast")));
    const auto current = opt(g.value(QStringLiteral("current")));
    const double nowX = xOf(measuredTo.isValid() ? measuredTo : asOf);
    const bool showForecast = forecast && current && asOf.isValid() && asOf < goal.deadline;

    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    const auto include = [&](std::optional<double> v) {
        if (v && std::isfinite(*v)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    };
    for (const Pt &a : actual) {
        include(a.v);
    }
    for (const GoalPlan::Point &pp : plan.line) {
        include(pp.planned);
    }
    include(goal.target);
    if (showForecast) {
        include(forecast);
    }
    if (volume || lo < 0 || lo < 0.4 * hi) {
        lo = std::min(0.0, lo);
        hi += (hi - lo) * 0.08; // room for the target's label
    } else {
        const double margin = (hi - lo) * 0.15 + std::fabs(hi) * 0.01;
        lo -= margin;
        hi += margin;
    }
    const Ticks ticks = niceTicks(lo, hi);
    lo = ticks.lo;
    hi = ticks.hi;
    const auto xAt = [&](double x) {
        return plot.left() + plot.width() * std::clamp(x, 0.0, periods) / periods;
    };
    const auto yAt = [&](double v) {
        return plot.bottom() - plot.height() * (v - lo) / (hi - lo);
    };

    // Grid and the value axis.
    p.setFont(font(7));
    for (double v = lo; v <= hi + ticks.step / 2; v += ticks.step) {
        p.setPen(QPen(Rule, mm(0.1)));
        p.drawLine(QPointF(plot.left(), yAt(v)), QPointF(plot.right(), yAt(v)));
        p.setPen(Muted);
        p.drawText(QRectF(frame.left(), yAt(v) - mm(2.5), mm(20), mm(5)), Qt::AlignRight | Qt::AlignVCenter,
                   kpi.value(format, v));
    }
    // The time axis: the end of every cadence period, thinned to about eight labels.
    QList<QDate> ends;
    for (QDate d = Goal::periodStart(goal.cadence, goal.start); d <= goal.deadline;
         d = Goal::nextPeriodStart(goal.cadence, d)) {
        ends.append(std::min(Goal::nextPeriodStart(goal.cadence, d).addDays(-1), goal.deadline));
    }
    const int step = std::max<int>(1, int(std::ceil(ends.size() / 8.0)));
    const QString labelFormat = Language::dayMonthFormat();
    for (int i = int(ends.size()) - 1; i >= 0; i -= step) { // from the deadline back, so the deadline is labelled
        const double x = xAt(xOf(ends.at(i)));
        p.setPen(QPen(Rule, mm(0.2)));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + mm(1)));
        p.setPen(Muted);
        // Centred under its tick, the last one ending at the frame's edge rather than off it.
        const double left = std::min(x - mm(12), frame.right() - mm(24));
        p.drawText(QRectF(left, plot.bottom() + mm(1.2), mm(24), mm(4.5)),
                   left < x - mm(12) ? Qt::AlignRight : Qt::AlignHCenter,
                   format.locale().toString(ends.at(i), labelFormat));
    }
    p.setPen(QPen(Rule, mm(0.25)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Annotations over the goal's period: a band over their days (a line for one day), numbered as listed.
    for (int n = 0; n < annotations.size(); ++n) {
        const QDate from = day(annotations.at(n)[QStringLiteral("from")]);
        const QDate to = day(annotations.at(n)[QStringLiteral("to")]);
        if (!from.isValid() || !to.isValid() || to < goal.start || from > goal.deadline) {
            continue;
        }
        const double x0 = xAt(xOf(from.addDays(-1)));
        const double x1 = xAt(xOf(to));
        p.setPen(Qt::NoPen);
        p.setBrush(AnnotationFill);
        p.drawRect(QRectF(QPointF(x0, plot.top()), QPointF(std::max(x1, x0 + mm(0.4)), plot.bottom())));
        p.setPen(AnnotationInk);
        p.setFont(font(6.5, true));
        p.drawText(QRectF(x0 - mm(4), plot.bottom() - mm(4), mm(8), mm(3.5)), Qt::AlignCenter, QString::number(n + 1));
    }
    p.setBrush(Qt::NoBrush);

    // The target, dashed, labelled at the left above the line (the plan ends on it at the right).
    p.setPen(QPen(Good, mm(0.45), Qt::DashLine));
    p.drawLine(QPointF(plot.left(), yAt(goal.target)), QPointF(plot.right(), yAt(goal.target)));
    p.setFont(font(7, true));
    p.setPen(Good);
    p.drawText(QRectF(plot.left() + mm(1.5), yAt(goal.target) - mm(4.2), mm(80), mm(4)),
               Qt::AlignLeft | Qt::AlignBottom, Report::tr("Target %1").arg(kpi.value(format, goal.target)));
    // The deadline at the right edge, and the as-of date, as vertical lines labelled above the plot.
    p.setFont(font(7));
    const double deadlineX = xAt(periods);
    p.setPen(QPen(Ink, mm(0.35)));
    p.drawLine(QPointF(deadlineX, plot.top() - mm(1)), QPointF(deadlineX, plot.bottom()));
    const QString deadlineLabel = Report::tr("Deadline %1").arg(format.mediumDate(goal.deadline));
    const QRectF deadlineRect(deadlineX - mm(60), plot.top() - mm(6), mm(60), mm(4.5));
    p.drawText(deadlineRect, Qt::AlignRight | Qt::AlignBottom, deadlineLabel);
    if (asOf.isValid() && asOf < goal.deadline && asOf >= goal.start) {
        const double asOfX = xAt(xOf(asOf));
        p.setPen(QPen(Muted, mm(0.25), Qt::DotLine));
        p.drawLine(QPointF(asOfX, plot.top() - mm(1)), QPointF(asOfX, plot.bottom()));
        const QString label = Report::tr("As of %1").arg(format.mediumDate(asOf));
        const double w = QFontMetricsF(p.font(), p.device()).horizontalAdvance(label) + mm(1);
        // Centred on its line, kept inside the plot and clear of the deadline's label.
        double left = std::clamp(asOfX - w / 2, plot.left(), plot.right() - w);
        const double deadlineLeft =
            deadlineX - QFontMetricsF(p.font(), p.device()).horizontalAdvance(deadlineLabel) - mm(2);
        left = std::min(left, deadlineLeft - w);
        p.setPen(Muted);
        p.drawText(QRectF(std::max(plot.left() - mm(20), left), plot.top() - mm(6), w, mm(4.5)),
                   Qt::AlignLeft | Qt::AlignBottom, label);
    }

    // The plan: the straight line from the baseline at the start to the target at the deadline.
    if (!plan.line.isEmpty()) {
        p.setPen(QPen(PlanInk, mm(0.45)));
        p.drawLine(QPointF(xAt(0), yAt(plan.line.constFirst().planned)),
                   QPointF(xAt(periods), yAt(plan.line.constLast().planned)));
    }
    // The forecast, dotted, from now to the deadline.
    if (showForecast) {
        p.setPen(QPen(Accent, mm(0.55), Qt::DotLine));
        p.drawLine(QPointF(xAt(nowX), yAt(*current)), QPointF(xAt(periods), yAt(*forecast)));
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(xAt(periods), yAt(*forecast)), mm(0.9), mm(0.9));
        p.setBrush(Qt::NoBrush);
    }
    // The actual line, a segment to or from a partial period dashed and that period's point hollow.
    QPainterPath solid;
    QPainterPath dashed;
    for (int i = 1; i < actual.size(); ++i) {
        QPainterPath &into = actual.at(i).partial || actual.at(i - 1).partial ? dashed : solid;
        into.moveTo(xAt(actual.at(i - 1).x), yAt(actual.at(i - 1).v));
        into.lineTo(xAt(actual.at(i).x), yAt(actual.at(i).v));
    }
    p.setPen(QPen(Accent, mm(0.7)));
    p.drawPath(solid);
    p.setPen(QPen(Accent, mm(0.7), Qt::DashLine));
    p.drawPath(dashed);
    for (const Pt &a : actual) {
        p.setPen(QPen(Accent, mm(0.4)));
        p.setBrush(a.partial ? QBrush(Qt::white) : QBrush(Accent));
        if (a.x > 0 || !volume) {
            p.drawEllipse(QPointF(xAt(a.x), yAt(a.v)), mm(0.8), mm(0.8));
        }
    }
    p.setBrush(Qt::NoBrush);

    // Legend, and the footnote naming the partial periods.
    p.setFont(font(7.5));
    const double ly = plot.bottom() + mm(10);
    double lx = plot.left();
    const QList<std::pair<QString, QPen>> legend = {
        {Report::tr("Actual"), QPen(Accent, mm(0.7))},
        {Report::tr("Plan"), QPen(PlanInk, mm(0.45))},
        {Report::tr("Target"), QPen(Good, mm(0.45), Qt::DashLine)},
        {Report::tr("Forecast"), QPen(Accent, mm(0.55), Qt::DotLine)},
    };
    for (const auto &[name, pen] : legend) {
        p.setPen(pen);
        p.drawLine(QPointF(lx, ly - mm(1)), QPointF(lx + mm(8), ly - mm(1)));
        p.setPen(Ink);
        p.drawText(QPointF(lx + mm(10), ly), name);
        lx += mm(10) + QFontMetricsF(p.font(), p.device()).horizontalAdvance(name) + mm(6);
    }
    const QString note = BucketCoverage::legend(coverage, Goal::breakdownOf(goal.cadence));
    if (!note.isEmpty()) {
        p.setFont(font(7));
        p.setPen(Muted);
        p.drawText(QRectF(plot.left(), ly + mm(1.5), plot.width(), frame.bottom() - ly - mm(1.5)), Qt::TextWordWrap,
                   note);
    }
    p.restore();
}

} // namespace funnelscope

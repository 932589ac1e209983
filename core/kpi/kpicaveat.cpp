#include "kpicaveat.h"

#include "cohorts/cohorts.h"
#include "kpicatalog.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace funnelscope {

namespace {

// English has no translation file: its "%n answer(s)" source text reads "3 answers" and "1 answer" here.
QString englishPlural(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

// What a KPI's sample counts, as the note names it.
QString sampleText(const QString &id, int n)
{
    const auto counted = [n](const char *text) {
        return englishPlural(QCoreApplication::translate("Kpi", text, nullptr, n), n);
    };
    if (id == u"nps") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n answer(s)"));
    }
    if (id == u"churn_rate" || id == u"retention_rate" || id == u"arpa") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n customer(s)"));
    }
    if (id == u"ctr" || id == u"engagement_rate") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n impression(s)"));
    }
    if (id == u"email_open_rate" || id == u"email_ctr" || id == u"unsubscribe_rate") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n e-mail(s) delivered"));
    }
    if (id == u"email_click_to_open") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n open(s)"));
    }
    if (id == u"cta_ctr") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n page view(s)"));
    }
    if (id == u"landing_page_conversion") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n landing page view(s)"));
    }
    if (id == u"lead_to_mql_rate" || id == u"lead_to_customer_rate") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n lead(s)"));
    }
    if (id == u"mql_to_sql_rate") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n MQL(s)"));
    }
    if (id == u"sql_to_customer_rate") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n SQL(s)"));
    }
    if (id == u"win_rate" || id == u"avg_deal_size") {
        return counted(QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n closed deal(s)"));
    }
    return counted(
        QT_TRANSLATE_N_NOOP("Kpi", "small sample: %n session(s)")); // organic share, bounce rate, visitor-to-lead rate
}

} // namespace

QString KpiCaveat::text() const
{
    if (kind == Kind::SmallSample && kpi >= 0) {
        return sampleText(KpiCatalog::at(kpi).id, int(sample));
    }
    if (kind == Kind::Maturing) {
        return englishPlural(
            QCoreApplication::translate("Kpi", "still maturing: its leads need %n day(s)", nullptr, days), days);
    }
    return {};
}

QJsonObject KpiCaveat::toJson() const
{
    switch (kind) {
    case Kind::SmallSample:
        return {{QStringLiteral("kind"), QStringLiteral("small_sample")}, {QStringLiteral("sample"), sample}};
    case Kind::Maturing:
        return {{QStringLiteral("kind"), QStringLiteral("maturing")}, {QStringLiteral("days"), days}};
    case Kind::None:
        break;
    }
    return {};
}

KpiCaveat KpiCaveat::fromJson(const QJsonValue &json, int kpi)
{
    KpiCaveat c;
    c.kpi = kpi;
    const QString kind = json[QStringLiteral("kind")].toString();
    if (kind == u"small_sample") {
        c.kind = Kind::SmallSample;
        c.sample = json[QStringLiteral("sample")].toDouble();
    } else if (kind == u"maturing") {
        c.kind = Kind::Maturing;
        c.days = json[QStringLiteral("days")].toInt();
    }
    return c;
}

KpiCaveat KpiCaveat::of(int kpi, const KpiValues &values, const QDate &periodEnd, const QDate &cohortLastDay)
{
    KpiCaveat c;
    c.kpi = kpi;
    if (kpi < 0 || kpi >= values.values.size() || !values.values.at(kpi)) {
        return c; // nothing shown, nothing to qualify
    }
    // The cohort table's rule: maturing while the period's last leads have not had the stage's window.
    if (const auto days = Cohorts::maturationDays(KpiCatalog::at(kpi).id);
        days && periodEnd.isValid() && !Cohorts::hasMatured(periodEnd, *days, cohortLastDay)) {
        c.kind = Kind::Maturing;
        c.days = *days;
        return c;
    }
    if (const auto n = values.sample(kpi); n && *n < MinSample) {
        c.kind = Kind::SmallSample;
        c.sample = *n;
    }
    return c;
}

} // namespace funnelscope

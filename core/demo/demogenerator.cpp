#include "demogenerator.h"

#include "csv/csvwriter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <cmath>

namespace funnelscope {

namespace {

enum class Shape
{
    Search,
    Social,
    Display,
    OrganicSocial,
    Web,
    Email
};

struct CampaignPlan
{
    QString channel;
    QString campaign;
    Shape shape;
    double impressions; // per weekday at the start
    double ctr;
    double cpc;      // 0: not paid
    double formRate; // form submissions per landing page view
};

QList<CampaignPlan> plans()
{
    return {
        {QStringLiteral("Paid Search"), QStringLiteral("Brand Search"), Shape::Search, 2400, 0.085, 1.10, 0.060},
        {QStringLiteral("Paid Search"), QStringLiteral("Generic – CRM software"), Shape::Search, 9000, 0.031, 3.40,
         0.035},
        {QStringLiteral("Paid Search"), QStringLiteral("Kampania wiosenna – Łódź"), Shape::Search, 3000, 0.040, 2.10,
         0.040},
        {QStringLiteral("LinkedIn Ads"), QStringLiteral("ABM Enterprise"), Shape::Social, 12000, 0.006, 7.80, 0.090},
        {QStringLiteral("LinkedIn Ads"), QStringLiteral("Webinar: Pipeline 2025"), Shape::Social, 8000, 0.008, 6.20,
         0.120},
        {QStringLiteral("Paid Social"), QStringLiteral("Retargeting"), Shape::Social, 15000, 0.009, 0.95, 0.030},
        {QStringLiteral("Paid Social"), QStringLiteral("Весенняя распродажа"), Shape::Social, 10000, 0.007, 0.80,
         0.025},
        {QStringLiteral("Display Ads"), QStringLiteral("Programmatic Awareness"), Shape::Display, 60000, 0.0015, 0.60,
         0.010},
        {QStringLiteral("Organic Social"), QStringLiteral("LinkedIn Company Page"), Shape::OrganicSocial, 5000, 0.012,
         0, 0.020},
        {QStringLiteral("Organic Social"), QStringLiteral("Bahar kampanyası"), Shape::OrganicSocial, 2500, 0.010, 0,
         0.020},
        {QStringLiteral("Organic Search"), QStringLiteral("(none)"), Shape::Web, 900, 1, 0, 0.030},
        {QStringLiteral("Referral"), QStringLiteral("(none)"), Shape::Web, 180, 1, 0, 0.040},
        {QStringLiteral("Email"), QStringLiteral("Newsletter"), Shape::Email, 4000, 0.030, 0, 0.050},
        {QStringLiteral("Email"), QStringLiteral("Nurture – Trial"), Shape::Email, 900, 0.060, 0, 0.080},
        {QStringLiteral("Email"), QStringLiteral("年度客戶大會邀請"), Shape::Email, 1500, 0.045, 0, 0.060},
    };
}

// The demo's files are input for our importer, not a table for a spreadsheet: quoted, never formula-escaped.
QString csv(const QString &text)
{
    return CsvWriter::quoted(text);
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString money(double v)
{
    return QString::number(std::round(v * 100) / 100, 'f', 2);
}

struct Lead
{
    QString id;
    QDate created;
    QString channel;
    QString campaign;
    QDate mql, sal, sql, opportunity, customer;
};

} // namespace

DemoGenerator::Options DemoGenerator::Options::forCampaignRows(qint64 rows, quint64 seed)
{
    Options o;
    o.seed = seed;
    o.from = QDate(2023, 11, 1);
    o.days = int(o.from.daysTo(QDate(2026, 10, 31)) + 1);
    // One copy of the campaigns writes about 11.1 rows a day and, over three years, about 25,000 CRM leads.
    o.campaignCopies = std::max(1, int(std::llround(double(rows) / (11.1 * o.days))));
    o.leadScale = 0.2 * double(rows) / (25'000.0 * o.campaignCopies);
    o.surveyScale = 0.02 * double(rows) / (1.2 * o.days);
    o.euroAccount = false;
    return o;
}

double DemoGenerator::uniform()
{
    return double(m_rng() >> 11) * 0x1.0p-53;
}

qint64 DemoGenerator::poisson(double mean)
{
    if (mean > 30) {
        // Normal approximation, built from uniforms so that every platform draws the same numbers.
        const double u1 = qMax(uniform(), 1e-12);
        const double u2 = uniform();
        const double z = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
        return qMax<qint64>(0, std::llround(mean + z * std::sqrt(mean)));
    }
    const double limit = std::exp(-mean);
    double p = uniform();
    qint64 k = 0;
    while (p > limit) {
        p *= uniform();
        ++k;
    }
    return k;
}

QStringList DemoGenerator::fileNames() const
{
    return {QStringLiteral("campaign.csv"),   QStringLiteral("leads.csv"),   QStringLiteral("deals.csv"),
            QStringLiteral("customers.csv"),  QStringLiteral("surveys.csv"), QStringLiteral("expenses.csv"),
            QStringLiteral("touchpoints.csv")};
}

QString DemoGenerator::writeCsvFiles(const QString &dirPath)
{
    QDir dir(dirPath);
    QList<QFile *> files;
    QList<QTextStream *> streams;
    for (const QString &name : fileNames()) {
        auto *f = new QFile(dir.filePath(name));
        if (!f->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            const QString error = QStringLiteral("cannot write %1: %2").arg(f->fileName(), f->errorString());
            delete f;
            qDeleteAll(streams);
            qDeleteAll(files);
            return error;
        }
        files.append(f);
        streams.append(new QTextStream(f));
        streams.last()->setEncoding(QStringConverter::Utf8);
    }
    QTextStream &campaignOut = *streams[0];
    QTextStream &leadsOut = *streams[1];
    QTextStream &dealsOut = *streams[2];
    QTextStream &customersOut = *streams[3];
    QTextStream &surveysOut = *streams[4];
    QTextStream &expensesOut = *streams[5];
    QTextStream &touchOut = *streams[6];

    const QDate first = m_options.from;
    const QDate last = first.addDays(m_options.days - 1);
    const auto inData = [&](const QDate &d) {
        return d.isValid() && d <= last;
    };

    campaignOut << "date,channel,campaign,impressions,reach,clicks,sessions,bounces,pageviews,landing_page_views,"
                   "form_submissions,leads,likes,comments,shares,new_followers,mentions,emails_sent,emails_delivered,"
                   "emails_opened,email_clicks,unsubscribes,cta_clicks,video_views,engaged_seconds,cost,avg_position\n";
    QList<CampaignPlan> campaigns;
    for (int copy = 0; copy < m_options.campaignCopies; ++copy) {
        for (CampaignPlan p : plans()) {
            if (copy > 0 && p.campaign != u"(none)") {
                p.campaign += QStringLiteral(" #%1").arg(copy + 1);
            } else if (copy > 0) {
                continue;
            }
            campaigns.append(p);
        }
    }

    QList<Lead> leads;
    const auto newLead = [&](const QDate &day, const QString &channel, const QString &campaign) {
        Lead lead;
        lead.id = QStringLiteral("L%1").arg(leads.size() + 1, 6, 10, QLatin1Char('0'));
        lead.created = day;
        lead.channel = channel;
        lead.campaign = campaign;
        leads.append(lead);
    };

    // The CRM remembers leads from a year before the ad platforms' exports begin.
    for (int t = -365; t < 0; ++t) {
        const QDate day = first.addDays(t);
        const double prehistory = (day.dayOfWeek() >= 6 ? 3.0 : 17.0) * m_options.leadScale * m_options.campaignCopies;
        for (qint64 k = poisson(prehistory); k > 0; --k) {
            const CampaignPlan &p = campaigns.at(int(between(0, campaigns.size())));
            newLead(day, p.channel, p.campaign);
        }
    }
    for (int t = 0; t < m_options.days; ++t) {
        const QDate day = first.addDays(t);
        const bool weekend = day.dayOfWeek() >= 6;
        const double season = 1 + 0.15 * std::sin(2 * M_PI * (day.dayOfYear() - 80) / 365.0);
        const double summer = (day.month() == 7 || day.month() == 8) ? 0.8 : 1.0;
        const double holidays =
            (day.month() == 12 && day.day() >= 20) || (day.month() == 1 && day.day() <= 3) ? 0.55 : 1.0;
        const double growth = 1 + 0.25 * t / 730.0;
        const double level = (weekend ? 0.35 : 1.0) * season * summer * holidays * growth;
        for (const CampaignPlan &p : campaigns) {
            const double noise = between(0.85, 1.15);
            double impressions = p.impressions * level * noise;
            QString cells[24];
            const auto n = [](double v) {
                return QString::number(std::llround(qMax(0.0, v)));
            };
            double clicks = 0;
            double sessions = 0;
            double cost = 0;
            if (p.shape == Shape::OrganicSocial && day == QDate(2025, 3, 12) &&
                p.campaign == u"LinkedIn Company Page") {
                impressions *= 8; // a post that went viral
            }
            if (p.shape == Shape::Web) {
                sessions = impressions; // organic traffic: no impressions reported
            } else if (p.shape == Shape::Email) {
                // Sends go out on Tuesdays and Thursdays.
                if (day.dayOfWeek() != 2 && day.dayOfWeek() != 4) {
                    continue;
                }
                const double sent = impressions * 2.2;
                const double delivered = sent * between(0.96, 0.99);
                double openRate = between(0.24, 0.32);
                if (day >= QDate(2025, 11, 3) && day <= QDate(2025, 11, 14)) {
                    openRate /= 2.2; // a deliverability problem
                }
                const double opened = delivered * openRate;
                const double emailClicks = delivered * p.ctr;
                sessions = emailClicks * 0.8;
                cells[14] = n(sent);
                cells[15] = n(delivered);
                cells[16] = n(opened);
                cells[17] = n(emailClicks);
                cells[18] = n(delivered * between(0.001, 0.004));
            } else {
                clicks = impressions * p.ctr * between(0.9, 1.1);
                sessions = clicks * between(0.78, 0.9);
                cells[0] = n(impressions);
                cells[2] = n(clicks);
                if (p.shape == Shape::Social || p.shape == Shape::OrganicSocial) {
                    cells[1] = n(impressions * between(0.55, 0.7));
                    cells[9] = n(impressions * 0.004 * between(0.7, 1.3));
                    cells[10] = n(impressions * 0.0006 * between(0.5, 1.5));
                    cells[11] = n(impressions * 0.0004 * between(0.5, 1.5));
                }
                if (p.shape == Shape::OrganicSocial) {
                    cells[12] = n(impressions * 0.001 * between(0.5, 1.5));
                    cells[13] = n(impressions * 0.0003 * between(0.5, 1.5));
                }
                if (p.shape == Shape::Social) {
                    cells[20] = n(impressions * 0.05);
                }
                if (p.cpc > 0) {
                    cost = clicks * p.cpc * between(0.9, 1.1);
                    if (p.channel == u"LinkedIn Ads" && day >= QDate(2025, 9, 15) && day <= QDate(2025, 9, 21)) {
                        cost *= 3; // a bid mistake: the same clicks at three times the price
                    }
                }
            }
            const bool outage = p.channel == u"Paid Search" && day >= QDate(2025, 6, 10) && day <= QDate(2025, 6, 14);
            // An export that missed three days: a gap the review's data-quality section finds.
            if (p.channel == u"LinkedIn Ads" && day >= QDate(2026, 10, 13) && day <= QDate(2026, 10, 15)) {
                continue;
            }
            const double lpv = sessions * 0.7;
            const double forms = lpv * p.formRate * between(0.35, 0.65);
            const qint64 crmLeads = poisson(forms * m_options.leadScale);
            if (!outage) {
                cells[3] = n(sessions);
                cells[4] = n(sessions * between(0.38, 0.55));
                cells[5] = n(sessions * between(2.1, 3.4));
                cells[6] = n(lpv);
                cells[7] = QString::number(crmLeads);
                cells[19] = n(sessions * between(2.1, 3.4) * 0.05);
                cells[21] = QString::number(std::llround(sessions * between(70, 140)));
            }
            if (p.shape != Shape::Web && p.shape != Shape::Email) {
                cells[8] = n(crmLeads * between(1.0, 1.25)); // platforms over-count a little
            }
            if (p.cpc > 0) {
                cells[22] = money(cost);
            }
            if (p.shape == Shape::Search) {
                cells[23] = QString::number(between(1.2, 3.5), 'f', 1);
            }
            campaignOut << iso(day) << ',' << csv(p.channel) << ',' << csv(p.campaign);
            for (const QString &c : cells) {
                campaignOut << ',' << c;
            }
            campaignOut << '\n';
            for (qint64 k = 0; k < crmLeads; ++k) {
                newLead(day, p.channel, p.campaign);
            }
        }
        // Direct leads: sales calls, events, word of mouth.
        for (qint64 k = poisson((weekend ? 0.1 : 0.6) * m_options.leadScale * m_options.campaignCopies); k > 0; --k) {
            newLead(day, QStringLiteral("Direct"), QStringLiteral("(none)"));
        }
    }

    // The funnel: stages follow each other; the ones after the data's end have not happened yet.
    leadsOut << "lead_id,created_date,channel,campaign,lifecycle_stage,mql_date,sal_date,sql_date,opportunity_date,"
                "customer_date,lead_score\n";
    dealsOut << "deal_id,created_date,close_date,status,amount,lead_id,customer_id,channel,campaign,first_touch_date\n";
    customersOut << "customer_id,start_date,churn_date,mrr,channel,campaign\n";
    touchOut << "lead_id,timestamp,channel,campaign\n";
    QStringList customerIds;
    QHash<QString, QString> customerChannel;
    int dealNo = 0;
    // Customers from before the data starts.
    for (int i = 0; i < 40; ++i) {
        const QString id = QStringLiteral("C%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        const QDate start = first.addDays(-qint64(between(60, 900)));
        QDate churn;
        if (chance(0.3)) {
            churn = first.addDays(qint64(between(0, m_options.days)));
        }
        const QString channel = i % 2 ? QStringLiteral("Referral") : QStringLiteral("Events");
        customersOut << id << ',' << iso(start) << ',' << iso(churn) << ',' << money(between(400, 3000)) << ','
                     << channel << ",(none)\n";
        customerIds.append(id);
        customerChannel.insert(id, channel);
    }
    for (Lead &lead : leads) {
        const double score = between(5, 95);
        if (chance(0.35 + score / 400)) {
            lead.mql = lead.created.addDays(qint64(between(0, 8)));
            if (chance(0.8)) {
                lead.sal = lead.mql.addDays(qint64(between(1, 6)));
                if (chance(0.5)) {
                    lead.sql = lead.sal.addDays(qint64(between(2, 11)));
                    if (chance(0.7)) {
                        lead.opportunity = lead.sql.addDays(qint64(between(1, 8)));
                        if (chance(0.24)) {
                            lead.customer = lead.opportunity.addDays(qint64(between(20, 91)));
                        }
                    }
                }
            }
        }
        // Some CRMs skip stages: the later date implies the earlier ones.
        QDate sal = lead.sal;
        if (lead.sql.isValid() && chance(0.2)) {
            sal = QDate();
        }
        for (QDate *d : {&lead.mql, &lead.sal, &lead.sql, &lead.opportunity, &lead.customer}) {
            if (!inData(*d)) {
                *d = QDate();
            }
        }
        if (!inData(sal)) {
            sal = QDate();
        }
        const QString stage = lead.customer.isValid()      ? QStringLiteral("customer")
                              : lead.opportunity.isValid() ? QStringLiteral("opportunity")
                              : lead.sql.isValid()         ? QStringLiteral("salesqualifiedlead")
                              : lead.mql.isValid()         ? QStringLiteral("marketingqualifiedlead")
                                                           : QStringLiteral("lead");
        leadsOut << lead.id << ',' << iso(lead.created) << ',' << csv(lead.channel) << ',' << csv(lead.campaign) << ','
                 << stage << ',' << iso(lead.mql) << ',' << iso(sal) << ',' << iso(lead.sql) << ','
                 << iso(lead.opportunity) << ',' << iso(lead.customer) << ','
                 << (chance(0.05) ? QString() : QString::number(std::llround(score))) << '\n';

        static const QStringList touchChannels = {QStringLiteral("Organic Search"), QStringLiteral("Paid Search"),
                                                  QStringLiteral("LinkedIn Ads"), QStringLiteral("Email"),
                                                  QStringLiteral("Paid Social")};
        for (qint64 k = 1 + qint64(between(0, 3)); k > 0; --k) {
            const QDate when = lead.created.addDays(-qint64(between(0, 20)));
            touchOut << lead.id << ',' << iso(when) << 'T'
                     << QStringLiteral("%1:%2:00")
                            .arg(int(between(7, 20)), 2, 10, QLatin1Char('0'))
                            .arg(int(between(0, 60)), 2, 10, QLatin1Char('0'))
                     << ',' << csv(k == 1 ? lead.channel : touchChannels.at(int(between(0, 5)))) << ','
                     << csv(k == 1 ? lead.campaign : QStringLiteral("(none)")) << '\n';
        }

        if (!lead.opportunity.isValid()) {
            continue;
        }
        const QString dealId = QStringLiteral("D%1").arg(++dealNo, 5, 10, QLatin1Char('0'));
        const double amount = std::exp(between(std::log(4000.0), std::log(60000.0)));
        QString status = QStringLiteral("Open");
        QDate close;
        if (lead.customer.isValid()) {
            status = QStringLiteral("Closed Won");
            close = lead.customer;
        } else {
            const QDate lostOn = lead.opportunity.addDays(qint64(between(15, 76)));
            if (chance(0.65) && inData(lostOn)) {
                status = QStringLiteral("Closed Lost");
                close = lostOn;
            }
        }
        QString customerId;
        if (lead.customer.isValid()) {
            customerId = QStringLiteral("C%1").arg(customerIds.size() + 1, 5, 10, QLatin1Char('0'));
            QDate churn = lead.customer.addDays(qint64(between(60, 540)));
            if (!chance(0.45) || !inData(churn)) {
                churn = QDate();
            }
            customersOut << customerId << ',' << iso(lead.customer) << ',' << iso(churn) << ',' << money(amount / 12)
                         << ',' << csv(lead.channel) << ',' << csv(lead.campaign) << '\n';
            customerIds.append(customerId);
            customerChannel.insert(customerId, lead.channel);
        }
        // Half of the deals leave channel and campaign to their lead, as CRMs linking contacts do.
        const bool ownSource = chance(0.5);
        dealsOut << dealId << ',' << iso(lead.opportunity) << ',' << iso(close) << ',' << status << ','
                 << (chance(0.03) ? QString() : money(amount)) << ',' << lead.id << ',' << customerId << ','
                 << (ownSource ? csv(lead.channel) : QString()) << ',' << (ownSource ? csv(lead.campaign) : QString())
                 << ',' << (chance(0.5) ? iso(lead.created.addDays(-qint64(between(0, 20)))) : QString()) << '\n';
    }

    surveysOut << "response_date,score,respondent_id,comment,channel,campaign\n";
    static const QStringList comments = {QString(),
                                         QString(),
                                         QStringLiteral("Great onboarding"),
                                         QStringLiteral("Support was slow, \"eventually\" fixed"),
                                         QStringLiteral("Bardzo dobre raporty"),
                                         QStringLiteral("Отличный сервис"),
                                         QStringLiteral("Fiyat biraz yüksek"),
                                         QStringLiteral("報表很清楚")};
    for (int t = 0; t < m_options.days; ++t) {
        const QDate day = first.addDays(t);
        const bool dip = day >= QDate(2025, 11, 1) && day <= QDate(2025, 11, 30);
        for (qint64 k = poisson((day.dayOfWeek() >= 6 ? 0.3 : 1.4) * m_options.surveyScale); k > 0; --k) {
            const double u = uniform();
            const int score = u < (dip ? 0.35 : 0.15)   ? int(between(0, 7))
                              : u < (dip ? 0.70 : 0.50) ? int(between(7, 9))
                                                        : int(between(9, 11));
            const QString who = customerIds.at(int(between(0, qMin<qsizetype>(customerIds.size(), 40 + t / 10))));
            surveysOut << iso(day) << ',' << score << ',' << who << ','
                       << csv(comments.at(int(between(0, comments.size())))) << ',' << csv(customerChannel.value(who))
                       << ",(none)\n";
        }
    }

    expensesOut << "date,amount,category,channel,campaign\n";
    for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
        expensesOut << iso(month) << ',' << money(61000 * (1 + 0.03 * (month.year() - 2024))) << ",Salaries,,\n";
        expensesOut << iso(month) << ",3200.00,Marketing tools,,\n";
        expensesOut << iso(month.addDays(14)) << ',' << money(between(4500, 6500)) << ",Content agency,,\n";
        if (month.month() % 3 == 0) {
            expensesOut << iso(month.addDays(20)) << ',' << money(between(12000, 18000))
                        << ",Trade fair,Events,Targi Warszawa\n";
        }
    }

    for (QTextStream *s : streams) {
        s->flush();
    }
    QString error;
    for (QFile *f : files) {
        if (f->error() != QFile::NoError && error.isEmpty()) {
            error = QStringLiteral("cannot write %1: %2").arg(f->fileName(), f->errorString());
        }
    }
    qDeleteAll(streams);
    qDeleteAll(files);
    return error;
}

} // namespace funnelscope

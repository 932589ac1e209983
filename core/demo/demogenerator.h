#pragma once

#include <QDate>
#include <QStringList>

#include <random>

namespace funnelscope {

// Writes a deterministic, realistic B2B workspace as canonical CSV files of every kind: several paid and organic
// channels, campaigns named in Polish, Russian, Turkish and Chinese, weekly and yearly seasonality, growth, a few
// anomalies (a tracking outage, a spend spike, a viral post, an email deliverability drop) and a CRM whose leads
// move through the funnel to deals, customers, churn and NPS answers. The same seed gives the same bytes. It feeds
// the demo workspace, tests and benchmarks.
class DemoGenerator
{
public:
    struct Options
    {
        quint64 seed = 1;
        QDate from = QDate(2024, 10, 1);
        int days = 761;         // to 2026-10-31: two years and a month
        int campaignCopies = 1; // >1 multiplies the campaigns (benchmarks)
        double leadScale = 1;   // multiplies the CRM leads (and so deals and customers)
        double surveyScale = 1; // multiplies the survey answers
        // The demo workspace's second, smaller account in euros with rates (DemoWorkspace); benchmark workspaces are in
        // one currency, so that their figures measure the common case (the benchmark converts separately).
        bool euroAccount = true;

        // A benchmark workspace of about rows campaign rows over three years to 2026-10-31, with about a fifth as
        // many leads, a twentieth as many deals, a two-hundredth as many customers and a fiftieth survey answers.
        static Options forCampaignRows(qint64 rows, quint64 seed);
    };

    explicit DemoGenerator(const Options &options) : m_options(options), m_rng(options.seed) {}

    // Writes fileNames() into dir; returns an error message, or empty.
    QString writeCsvFiles(const QString &dir);
    QStringList fileNames() const;

private:
    double uniform();
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    qint64 poisson(double mean);

    Options m_options;
    std::mt19937_64 m_rng;
};

} // namespace funnelscope

#pragma once

#include <QDate>
#include <QStringList>

#include <array>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace funnelscope {

class Workspace;

// The roll-ups of campaign rows: for each month × channel × campaign (campaign_months) and for each day × channel
// (channel_days), the sum of every per-row expression the KPI engine needs (the sums and the both-known pair sums of
// kpis.md). A scope without a campaign filter reads its days from channel_days; any other reads its whole months
// from campaign_months and only its first and last partial months from the rows. The results are exactly the same:
// every campaign metric is an integer (counts, micro-units), so the sums are exact in any grouping. An import adds its
// rows' sums while it writes them; a deletion, or an import that replaced or merged stored rows, rebuilds the months it
// touched. Both happen inside the same transaction as the rows.
class CampaignRollup
{
public:
    // The stored columns a row's expressions read, in this order.
    enum Input
    {
        Impressions,
        Reach,
        Clicks,
        Sessions,
        Bounces,
        Pageviews,
        LandingPageViews,
        FormSubmissions,
        Leads,
        Likes,
        Comments,
        Shares,
        NewFollowers,
        Mentions,
        EmailsSent,
        EmailsDelivered,
        EmailsOpened,
        EmailClicks,
        Unsubscribes,
        CtaClicks,
        EngagedSeconds,
        Cost,
        InputCount
    };
    static const char *inputColumn(Input input);

    // The per-row expressions, in the order of the roll-up's columns v0, v1, ...
    static const QStringList &rowExpressions();
    static constexpr int ExpressionCount = 36;

    // Rows summed by month × channel × campaign and by day × channel.
    class Sums
    {
    public:
        // One row: its inputs' values, and a bit per known input (1 << Input). False when a sum would overflow.
        bool add(qint64 day, qint64 channel, qint64 campaign, const std::array<qint64, InputCount> &values,
                 quint32 known);
        bool isEmpty() const { return m_groups.empty(); }
        QDate firstDay() const { return QDate::fromJulianDay(m_firstDay); }
        QDate lastDay() const { return QDate::fromJulianDay(m_lastDay); }
        // Replaces the stored sums of the months from firstMonth to lastMonth with these.
        QString replace(sqlite3 *db, const QDate &firstMonth, const QDate &lastMonth) const;
        // Adds these sums to the stored ones (rows that were all new).
        QString addTo(sqlite3 *db) const;

    private:
        struct Key
        {
            qint64 period, channel, campaign; // period: a month's first day, or a day
            bool operator==(const Key &) const = default;
        };
        struct KeyHash
        {
            size_t operator()(const Key &k) const;
        };
        struct Group
        {
            std::array<qint64, ExpressionCount> values{};
            quint64 known = 0;
        };
        using Groups = std::unordered_map<Key, Group, KeyHash>;
        // The groups last used, by campaign (or channel) id: a campaign's rows of a month all go to one group, so
        // the hash is rarely consulted.
        using Recent = std::vector<std::pair<Key, Group *>>;
        static Group &find(Groups &groups, Recent &recent, const Key &key, qint64 slot);
        static QString insert(sqlite3 *db, const Groups &groups, bool byDay, bool adding);

        Groups m_groups; // by month × channel × campaign
        Groups m_days;   // by day × channel (campaign 0)
        Recent m_recentGroups;
        Recent m_recentDays;
        qint64 m_cachedDay = -1;
        qint64 m_cachedMonth = 0;
        qint64 m_firstDay = std::numeric_limits<qint64>::max();
        qint64 m_lastDay = std::numeric_limits<qint64>::min();
    };

    // Rebuilds the months from first's month to last's month from the stored rows. Returns an error message, or
    // empty.
    static QString rebuild(Workspace &workspace, const QDate &first, const QDate &last);
    // Rebuilds every month with rows (after a migration created the table).
    static QString rebuildAll(Workspace &workspace);
};

} // namespace funnelscope

#include "campaignrollup.h"

#include "i18n/contexts.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QHash>

namespace funnelscope {

const QStringList &CampaignRollup::rowExpressions()
{
    static const QStringList expressions = [] {
        const QString social =
            QStringLiteral("(CASE WHEN likes IS NOT NULL OR comments IS NOT NULL OR shares IS NOT NULL"
                           " THEN coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) END)");
        const QString delivered = QStringLiteral("coalesce(emails_delivered, emails_sent)");
        QStringList list = {QStringLiteral("impressions"), QStringLiteral("reach"), QStringLiteral("sessions"),
                            QStringLiteral("mentions"), QStringLiteral("new_followers"), QStringLiteral("cost"),
                            QStringLiteral("leads"),
                            // organic sessions: the engine keeps only the channels not counted as paid
                            QStringLiteral("sessions"), social};
        const QList<std::pair<QString, QString>> pairs = {
            {QStringLiteral("cost"), QStringLiteral("impressions")},
            {QStringLiteral("clicks"), QStringLiteral("impressions")},
            {QStringLiteral("cost"), QStringLiteral("clicks")},
            {QStringLiteral("bounces"), QStringLiteral("sessions")},
            {QStringLiteral("engaged_seconds"), QStringLiteral("sessions")},
            {QStringLiteral("pageviews"), QStringLiteral("sessions")},
            {social, QStringLiteral("impressions")},
            {QStringLiteral("emails_opened"), delivered},
            {QStringLiteral("email_clicks"), delivered},
            {QStringLiteral("email_clicks"), QStringLiteral("emails_opened")},
            {QStringLiteral("unsubscribes"), delivered},
            {QStringLiteral("cta_clicks"), QStringLiteral("pageviews")},
            {QStringLiteral("form_submissions"), QStringLiteral("landing_page_views")},
        };
        // A ratio's two sums cover the same rows: those where both inputs are known.
        for (const auto &[a, b] : pairs) {
            list.append(QStringLiteral("CASE WHEN %2 IS NOT NULL THEN %1 END").arg(a, b));
            list.append(QStringLiteral("CASE WHEN %1 IS NOT NULL THEN %2 END").arg(a, b));
        }
        list.append(QStringLiteral("clicks"));
        return list;
    }();
    return expressions;
}

const char *CampaignRollup::inputColumn(Input input)
{
    static constexpr const char *columns[InputCount] = {"impressions",
                                                        "reach",
                                                        "clicks",
                                                        "sessions",
                                                        "bounces",
                                                        "pageviews",
                                                        "landing_page_views",
                                                        "form_submissions",
                                                        "leads",
                                                        "likes",
                                                        "comments",
                                                        "shares",
                                                        "new_followers",
                                                        "mentions",
                                                        "emails_sent",
                                                        "emails_delivered",
                                                        "emails_opened",
                                                        "email_clicks",
                                                        "unsubscribes",
                                                        "cta_clicks",
                                                        "engaged_seconds",
                                                        "cost"};
    return columns[input];
}

namespace {

// One value, or unknown.
struct Known
{
    bool known = false;
    qint64 value = 0;
};

Known when(const Known &value, const Known &condition)
{
    return condition.known ? value : Known{};
}

} // namespace

size_t CampaignRollup::Sums::KeyHash::operator()(const Key &k) const
{
    return qHashMulti(0, k.period, k.channel, k.campaign);
}

CampaignRollup::Sums::Group &CampaignRollup::Sums::find(Groups &groups, Recent &recent, const Key &key, qint64 slot)
{
    constexpr qint64 MaxSlots = 1 << 20;
    if (slot < 0 || slot >= MaxSlots) {
        return groups[key];
    }
    if (size_t(slot) >= recent.size()) {
        recent.resize(size_t(slot) + 1, {Key{-1, -1, -1}, nullptr});
    }
    auto &[recentKey, group] = recent[size_t(slot)];
    if (!group || !(recentKey == key)) {
        recentKey = key;
        group = &groups[key]; // the map's nodes never move
    }
    return *group;
}

// The C++ twin of rowExpressions(): rollupEqualsPlainComputation holds one to the other.
bool CampaignRollup::Sums::add(qint64 day, qint64 channel, qint64 campaign,
                               const std::array<qint64, InputCount> &values, quint32 known)
{
    if (day != m_cachedDay) {
        const QDate d = QDate::fromJulianDay(day);
        m_cachedMonth = QDate(d.year(), d.month(), 1).toJulianDay();
        m_cachedDay = day;
        m_firstDay = std::min(m_firstDay, day);
        m_lastDay = std::max(m_lastDay, day);
    }
    const auto in = [&](Input i) {
        return Known{bool(known & (1u << i)), values[i]};
    };
    const Known impressions = in(Impressions), sessions = in(Sessions), clicks = in(Clicks), cost = in(Cost),
                pageviews = in(Pageviews), opened = in(EmailsOpened), emailClicks = in(EmailClicks);
    Known social;
    if (known & ((1u << Likes) | (1u << Comments) | (1u << Shares))) {
        social = {true, in(Likes).value * in(Likes).known + in(Comments).value * in(Comments).known +
                            in(Shares).value * in(Shares).known};
    }
    const Known reached = in(EmailsDelivered).known ? in(EmailsDelivered) : in(EmailsSent);
    const Known row[] = {impressions,
                         in(Reach),
                         sessions,
                         in(Mentions),
                         in(NewFollowers),
                         cost,
                         in(Leads),
                         sessions,
                         social,
                         when(cost, impressions),
                         when(impressions, cost),
                         when(clicks, impressions),
                         when(impressions, clicks),
                         when(cost, clicks),
                         when(clicks, cost),
                         when(in(Bounces), sessions),
                         when(sessions, in(Bounces)),
                         when(in(EngagedSeconds), sessions),
                         when(sessions, in(EngagedSeconds)),
                         when(pageviews, sessions),
                         when(sessions, pageviews),
                         when(social, impressions),
                         when(impressions, social),
                         when(opened, reached),
                         when(reached, opened),
                         when(emailClicks, reached),
                         when(reached, emailClicks),
                         when(emailClicks, opened),
                         when(opened, emailClicks),
                         when(in(Unsubscribes), reached),
                         when(reached, in(Unsubscribes)),
                         when(in(CtaClicks), pageviews),
                         when(pageviews, in(CtaClicks)),
                         when(in(FormSubmissions), in(LandingPageViews)),
                         when(in(LandingPageViews), in(FormSubmissions)),
                         clicks};
    static_assert(std::size(row) == ExpressionCount);
    for (Group *group : {&find(m_groups, m_recentGroups, Key{m_cachedMonth, channel, campaign}, campaign),
                         &find(m_days, m_recentDays, Key{day, channel, 0}, channel)}) {
        for (int i = 0; i < ExpressionCount; ++i) {
            if (row[i].known) {
                // A sum that would wrap is refused, never stored as a wrong number.
                if (__builtin_add_overflow(group->values[i], row[i].value, &group->values[i])) {
                    return false;
                }
                group->known |= quint64(1) << i;
            }
        }
    }
    return true;
}

QString CampaignRollup::Sums::insert(sqlite3 *db, const Groups &groups, bool byDay, bool adding)
{
    const int keys = byDay ? 2 : 3;
    QStringList placeholders(ExpressionCount + keys, QStringLiteral("?"));
    QString sql = QStringLiteral("INSERT INTO %1 VALUES(%2)")
                      .arg(byDay ? u"channel_days" : u"campaign_months", placeholders.join(u','));
    if (adding) {
        QStringList sets;
        for (int i = 0; i < ExpressionCount; ++i) {
            sets.append(QStringLiteral("v%1 = coalesce(v%1 + excluded.v%1, v%1, excluded.v%1)").arg(i));
        }
        sql += QStringLiteral(" ON CONFLICT(%1) DO UPDATE SET %2")
                   .arg(byDay ? u"day, channel_id" : u"month, channel_id, campaign_id", sets.join(u','));
    }
    SqliteStatement statement(db, sql);
    for (const auto &[key, group] : groups) {
        statement.bind(1, key.period);
        statement.bind(2, key.channel);
        if (!byDay) {
            statement.bind(3, key.campaign);
        }
        for (int i = 0; i < ExpressionCount; ++i) {
            (group.known >> i) & 1 ? statement.bind(keys + 1 + i, group.values[i]) : statement.bindNull(keys + 1 + i);
        }
        if (!statement.exec()) {
            return statement.error();
        }
    }
    return {};
}

QString CampaignRollup::Sums::replace(sqlite3 *db, const QDate &firstMonth, const QDate &lastMonth) const
{
    for (const char *sql : {"DELETE FROM campaign_months WHERE month BETWEEN ? AND ?",
                            "DELETE FROM channel_days WHERE day BETWEEN ? AND ?"}) {
        SqliteStatement clear(db, QString::fromLatin1(sql));
        clear.bind(1, qint64(firstMonth.toJulianDay()));
        clear.bind(2, qint64(lastMonth.addMonths(1).toJulianDay() - 1));
        if (!clear.exec()) {
            return clear.error();
        }
    }
    if (QString error = insert(db, m_groups, false, false); !error.isEmpty()) {
        return error;
    }
    return insert(db, m_days, true, false);
}

QString CampaignRollup::Sums::addTo(sqlite3 *db) const
{
    if (QString error = insert(db, m_groups, false, true); !error.isEmpty()) {
        return error;
    }
    if (QString error = insert(db, m_days, true, true); !error.isEmpty()) {
        return error;
    }
    // SQLite turns an integer sum that overflows into an inexact real: refuse it instead of storing it.
    QStringList inexact;
    for (int i = 0; i < ExpressionCount; ++i) {
        inexact.append(QStringLiteral("typeof(v%1) = 'real'").arg(i));
    }
    const QString where = inexact.join(QStringLiteral(" OR "));
    SqliteStatement months(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM campaign_months WHERE month BETWEEN ? AND ?"
                                              " AND (%1)) OR EXISTS(SELECT 1 FROM channel_days WHERE day BETWEEN ? AND"
                                              " ? AND (%1))")
                                   .arg(where));
    const QDate first = firstDay();
    months.bind(1, qint64(QDate(first.year(), first.month(), 1).toJulianDay()));
    months.bind(2, m_lastDay);
    months.bind(3, m_firstDay);
    months.bind(4, m_lastDay);
    if (!months.step()) {
        return months.error();
    }
    if (months.integer(0) != 0) {
        return WorkspaceText::tr("the sums of the campaign rows are too large to be stored exactly");
    }
    return {};
}

// Reads the months' rows once, in the order they are stored, and sums them in C++: much faster than SQLite's GROUP
// BY over that many expressions.
QString CampaignRollup::rebuild(Workspace &workspace, const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid() || last < first) {
        return {};
    }
    sqlite3 *db = workspace.handle();
    const QDate firstMonth(first.year(), first.month(), 1);
    const QDate lastMonth(last.year(), last.month(), 1);
    QStringList columns;
    for (int i = 0; i < InputCount; ++i) {
        columns.append(QLatin1StringView(inputColumn(Input(i))));
    }
    SqliteStatement rows(db, QStringLiteral("SELECT day, channel_id, campaign_id, %1 FROM campaign_rows"
                                            " WHERE day BETWEEN ? AND ?")
                                 .arg(columns.join(u',')));
    rows.bind(1, qint64(firstMonth.toJulianDay()));
    rows.bind(2, qint64(lastMonth.addMonths(1).toJulianDay() - 1));
    Sums sums;
    std::array<qint64, InputCount> values{};
    while (rows.step()) {
        quint32 known = 0;
        for (int i = 0; i < InputCount; ++i) {
            if (!rows.isNull(3 + i)) {
                values[i] = rows.integer(3 + i);
                known |= 1u << i;
            } else {
                values[i] = 0;
            }
        }
        if (!sums.add(rows.integer(0), rows.integer(1), rows.integer(2), values, known)) {
            return WorkspaceText::tr("the sums of the campaign rows are too large to be stored exactly");
        }
    }
    if (rows.failed()) {
        return rows.error();
    }
    return sums.replace(db, firstMonth, lastMonth);
}

QString CampaignRollup::rebuildAll(Workspace &workspace)
{
    SqliteStatement range(workspace.handle(), QStringLiteral("SELECT min(day), max(day) FROM campaign_rows"));
    if (!range.step() || range.isNull(0)) {
        return {};
    }
    return rebuild(workspace, QDate::fromJulianDay(range.integer(0)), QDate::fromJulianDay(range.integer(1)));
}

} // namespace funnelscope

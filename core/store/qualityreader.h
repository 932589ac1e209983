#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace funnelscope {

class Workspace;

// One kind's rows from one source: how many fall in the period, and the freshest day it holds overall (Julian).
struct SourceCoverage
{
    QString kind; // campaign, expenses, surveys, leads, deals, customers
    QString source;
    qint64 rowsInPeriod = 0;
    std::optional<qint64> freshest;
};

// A stored channel with campaign rows on a day.
struct ChannelDay
{
    qint64 channelId = 0;
    qint64 day = 0;
};

// What the data quality page reads (DataQuality judges it). Periods are Julian days, inclusive.
class QualityReader
{
public:
    explicit QualityReader(Workspace &workspace) : m_workspace(workspace) {}

    // By kind, then source.
    QList<SourceCoverage> coverage(qint64 from, qint64 to) const;
    // Each channel's days with campaign rows in the period, once each.
    QList<ChannelDay> campaignDays(qint64 from, qint64 to) const;
    struct Rejections
    {
        qint64 rejectedRows = 0;
        qint64 imports = 0;
    };
    // The rows every import rejected, and the number of imports.
    Rejections rejections() const;

private:
    Workspace &m_workspace;
};

} // namespace funnelscope

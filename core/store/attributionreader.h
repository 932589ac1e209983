#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace funnelscope {

class Workspace;

// What Attribution reads of a period, by channel or by campaign (group: a channel's or a campaign's id).
// A lead's touchpoint, in the order of its days.
struct AttributionTouch
{
    QString leadId;
    qint64 day = 0;
    qint64 group = 0;
};

// A lead created in the period or becoming a customer in it.
struct AttributionLead
{
    QString leadId;
    qint64 created = 0;
    std::optional<qint64> customerDay;
    qint64 group = 0;
};

// A won deal closed in the period with an amount: its lead (empty when none), its own group (else its lead's, else
// "(none)"'s), the amount in micro-units of its currency ("XXX" when it names none).
struct AttributionDeal
{
    QString leadId;
    qint64 closed = 0;
    qint64 amountMicros = 0;
    qint64 group = 0;
    QString currency;
};

// The touchpoints, leads and won deals Attribution spreads credit over. Days are Julian days, first to last
// inclusive. It reads; it does not attribute.
class AttributionReader
{
public:
    AttributionReader(Workspace &workspace, bool byCampaign) : m_workspace(workspace), m_byCampaign(byCampaign) {}

    // Every touchpoint of the leads that convert in the period (created, customer, or a won deal closed), ordered
    // by lead, day, timestamp, id.
    QList<AttributionTouch> touches(qint64 first, qint64 last) const;
    QList<AttributionLead> leads(qint64 first, qint64 last) const;
    QList<AttributionDeal> wonDeals(qint64 first, qint64 last) const;
    // The stored names of the channels (or campaigns), by id.
    QHash<qint64, QString> names() const;

private:
    Workspace &m_workspace;
    bool m_byCampaign;
};

} // namespace funnelscope

#pragma once

#include "importing/kind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace funnelscope {

struct Preset;

// One kind of stored rows a KPI reads and the canonical columns it needs of them (data-model.md).
struct KpiInput
{
    Kind kind;
    QStringList columns;
    // Read only when nothing of the inputs before it was imported (the platforms' leads when no CRM leads are
    // stored; won deals when no customers are).
    bool fallback = false;
};

// Which stored rows and columns each catalog KPI is computed from (kpis.md), and so which shipped exports fill it:
// the user guide's glossary says "from Google Ads, Meta Ads Manager, …" from this table and the presets themselves,
// so that it follows both. It does not compute anything; KpiEngine does.
class KpiInputs
{
public:
    // The inputs of the catalog KPI id, in the order the formula reads them; empty for an unknown id.
    static QList<KpiInput> of(QStringView kpiId);
    // Whether preset writes every column of input (as a column of its own, a product of two, a constant it implies or
    // a conditional column), for input's kind.
    static bool provides(const Preset &preset, const KpiInput &input);
    // The shipped presets that provide input, in their order; their ids.
    static QStringList presetsFor(const KpiInput &input);
    // What to import to see the KPI, for an empty chart: "Import a file from Mailchimp campaigns or your own CSV with
    // emails_sent, opens to see this." (its first input; at most three tools named).
    static QString hint(QStringView kpiId);
};

} // namespace funnelscope

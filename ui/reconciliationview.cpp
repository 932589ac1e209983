#include "reconciliationview.h"
#include "tablefit.h"

#include "kpi/kpicatalog.h"
#include "kpi/kpiformat.h"
#include "theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QCoreApplication>
#include <QTableWidget>
#include <QVBoxLayout>

namespace funnelscope {

ReconciliationView::ReconciliationView(QWidget *parent) : QWidget(parent), m_table(new QTableWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Reconciliation</b>: leads the platforms reported against leads in the CRM"));
    layout->addWidget(title);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    fitToRows(m_table);

    layout->addWidget(m_table);
    auto *note = new QLabel(tr("Platforms count form fills and conversions by their own rules and windows; the CRM "
                               "counts contacts by creation date. The KPIs use the CRM's leads when there are any."));
    note->setWordWrap(true);
    layout->addWidget(note);
}

void ReconciliationView::setSnapshot(const KpiSnapshot &snapshot, const KpiFormat &format)
{
    const int platform = KpiCatalog::indexOf(u"platform_leads");
    const int crm = KpiCatalog::indexOf(u"leads");
    const QLocale &locale = format.locale();
    // Analytics' key events, when a GA4 or Universal Analytics file brought them.
    const bool keyEvents = !snapshot.keyEvents.isEmpty();
    QStringList headers{tr("Channel"), tr("Platform-reported leads"), tr("CRM leads"), tr("Difference"),
                        tr("Difference %")};
    if (keyEvents) {
        headers.append(tr("Analytics key events"));
    }
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    QList<const KpiEngine::Row *> rows;
    for (const KpiEngine::Row &row : snapshot.channels) {
        const auto some = [&](int kpi) {
            return row.values.values.value(kpi).value_or(0) > 0;
        };
        if (some(platform) || some(crm) || snapshot.keyEvents.value(row.key) > 0) {
            rows.append(&row);
        }
    }
    // One row per channel, then the period's total (bold): the KPIs of the whole scope, not a sum of rounded rows.
    m_table->setRowCount(rows.isEmpty() ? 0 : int(rows.size()) + 1);
    const auto cell = [&](int r, int c, const QString &text, bool bold, const QColor &colour = {}) {
        auto *item = new QTableWidgetItem(text);
        if (c > 0) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (colour.isValid()) {
            item->setForeground(colour);
        }
        if (bold) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_table->setItem(r, c, item);
    };
    const auto fill = [&](int r, const QString &name, const KpiValues &values, std::optional<double> events,
                          bool bold) {
        const std::optional<double> p = values.values.value(platform);
        const std::optional<double> c = values.values.value(crm);
        cell(r, 0, name, bold);
        cell(r, 1, p ? KpiFormat(locale).number(*p, 0) : QStringLiteral("—"), bold);
        cell(r, 2, c ? KpiFormat(locale).number(*c, 0) : QStringLiteral("—"), bold);
        if (p && c) {
            const double diff = *p - *c;
            const QColor colour = std::abs(diff) > 0.1 * std::max(*c, 1.0) ? theme::bad(palette()) : QColor();
            cell(r, 3, (diff > 0 ? QStringLiteral("+") : QString()) + KpiFormat(locale).number(diff, 0), bold, colour);
            cell(r, 4,
                 *c > 0 ? KpiFormat(locale).percent(locale.toString(diff / *c * 100, 'f', 1)) : QStringLiteral("—"),
                 bold, colour);
        } else {
            cell(r, 3, QStringLiteral("—"), bold);
            cell(r, 4, QStringLiteral("—"), bold);
        }
        if (keyEvents) {
            cell(r, 5, events ? KpiFormat(locale).number(*events, 0) : QStringLiteral("—"), bold);
        }
    };
    std::optional<double> allEvents;
    for (int r = 0; r < rows.size(); ++r) {
        const KpiEngine::Row &row = *rows.at(r);
        const auto it = snapshot.keyEvents.constFind(row.key);
        const std::optional<double> events =
            it != snapshot.keyEvents.constEnd() ? std::optional<double>(*it) : std::nullopt;
        if (events) {
            allEvents = allEvents.value_or(0) + *events;
        }
        fill(r, row.key, row.values, events, false);
    }
    if (!rows.isEmpty()) {
        fill(int(rows.size()), QCoreApplication::translate("Kpi", "Total"), snapshot.values, allEvents, true);
    }
    m_table->resizeColumnsToContents();
    fitToRows(m_table);
}

} // namespace funnelscope

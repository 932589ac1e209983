#include "filterbar.h"

#include "i18n/language.h"
#include "multiselectbutton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace funnelscope {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_preset(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_comparison(new QComboBox(this)), m_channels(new MultiSelectButton(tr("Channels"), this)),
      m_campaigns(new MultiSelectButton(tr("Campaigns"), this)), m_busy(new QLabel(this))
{
    m_preset->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("This month"), tr("Last month"),
                        tr("This quarter"), tr("Last quarter"), tr("Year to date"), tr("Last 12 months"),
                        tr("Custom range")});
    m_preset->setAccessibleName(tr("Period"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Language::dateEditFormat());
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_comparison->addItem(tr("vs previous period"), int(Comparison::PreviousPeriod));
    m_comparison->addItem(tr("vs same period last year"), int(Comparison::PreviousYear));
    m_comparison->addItem(tr("no comparison"), int(Comparison::None));
    m_comparison->setAccessibleName(tr("Comparison"));
    m_busy->setMinimumWidth(90);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *period = new QLabel(tr("&Period"), this);
    period->setBuddy(m_preset);
    layout->addWidget(period);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_comparison);
    layout->addSpacing(12);
    layout->addWidget(m_channels);
    layout->addWidget(m_campaigns);
    layout->addStretch();
    layout->addWidget(m_busy);

    m_preset->setCurrentIndex(Last90);
    applyPreset();
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        emit changed();
    });
    const auto edited = [this] {
        if (m_applying) {
            return;
        }
        if (m_to->date() < m_from->date()) {
            const QSignalBlocker b(m_to);
            m_to->setDate(m_from->date());
        }
        if (m_preset->currentIndex() != Custom) {
            const QSignalBlocker b(m_preset);
            m_preset->setCurrentIndex(Custom);
        }
        emit changed();
    };
    connect(m_from, &QDateEdit::dateChanged, this, edited);
    connect(m_to, &QDateEdit::dateChanged, this, edited);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_channels, &MultiSelectButton::selectionChanged, this, &FilterBar::changed);
    connect(m_campaigns, &MultiSelectButton::selectionChanged, this, &FilterBar::changed);
}

std::pair<QDate, QDate> FilterBar::presetRange(Preset preset, const QDate &anchor)
{
    const QDate monthStart(anchor.year(), anchor.month(), 1);
    const QDate quarterStart(anchor.year(), (anchor.month() - 1) / 3 * 3 + 1, 1);
    switch (preset) {
    case Last7:
        return {anchor.addDays(-6), anchor};
    case Last30:
        return {anchor.addDays(-29), anchor};
    case Last90:
        return {anchor.addDays(-89), anchor};
    case ThisMonth:
        return {monthStart, anchor};
    case LastMonth:
        return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    case ThisQuarter:
        return {quarterStart, anchor};
    case LastQuarter:
        return {quarterStart.addMonths(-3), quarterStart.addDays(-1)};
    case YearToDate:
        return {QDate(anchor.year(), 1, 1), anchor};
    case Last12Months:
        return {monthStart.addMonths(-12), monthStart.addDays(-1)};
    case Custom:
        break;
    }
    return {anchor.addDays(-29), anchor};
}

void FilterBar::applyPreset()
{
    const auto preset = Preset(m_preset->currentIndex());
    if (preset == Custom) {
        return;
    }
    const auto [from, to] = presetRange(preset, m_anchor);
    m_applying = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
}

Scope FilterBar::scope() const
{
    return {m_from->date(), m_to->date(), m_channels->selected(), m_campaigns->selected()};
}

Comparison FilterBar::comparison() const
{
    return Comparison(m_comparison->currentData().toInt());
}

QString FilterBar::comparisonName() const
{
    switch (comparison()) {
    case Comparison::PreviousPeriod:
        return tr("vs previous");
    case Comparison::PreviousYear:
        return tr("vs last year");
    case Comparison::None:
        break;
    }
    return {};
}

void FilterBar::setAnchor(const QDate &anchor)
{
    m_anchor = anchor;
    applyPreset();
}

void FilterBar::setNames(const QStringList &channels, const QStringList &campaigns)
{
    m_channels->setNames(channels);
    m_campaigns->setNames(campaigns);
}

void FilterBar::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(preset);
}

void FilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    m_applying = true;
    m_preset->blockSignals(true);
    m_preset->setCurrentIndex(Custom);
    m_preset->blockSignals(false);
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
    emit changed();
}

void FilterBar::setComparison(Comparison comparison)
{
    m_comparison->setCurrentIndex(m_comparison->findData(int(comparison)));
}

void FilterBar::setChannels(const QStringList &channels)
{
    m_channels->setSelected(channels);
    emit changed();
}

void FilterBar::setBusy(bool busy)
{
    m_busy->setText(busy ? tr("Updating…") : QString());
}

void FilterBar::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("filters/preset"), m_preset->currentIndex());
    settings.setValue(QStringLiteral("filters/from"), m_from->date());
    settings.setValue(QStringLiteral("filters/to"), m_to->date());
    settings.setValue(QStringLiteral("filters/comparison"), int(comparison()));
    settings.setValue(QStringLiteral("filters/channels"), m_channels->selected());
    settings.setValue(QStringLiteral("filters/campaigns"), m_campaigns->selected());
}

void FilterBar::restore(const QSettings &settings)
{
    const QSignalBlocker blocker(this);
    setComparison(
        Comparison(settings.value(QStringLiteral("filters/comparison"), int(Comparison::PreviousPeriod)).toInt()));
    m_channels->setSelected(settings.value(QStringLiteral("filters/channels")).toStringList());
    m_campaigns->setSelected(settings.value(QStringLiteral("filters/campaigns")).toStringList());
    const int preset = settings.value(QStringLiteral("filters/preset"), int(Last90)).toInt();
    m_applying = true;
    m_preset->blockSignals(true);
    m_preset->setCurrentIndex(qBound(0, preset, int(Custom)));
    m_preset->blockSignals(false);
    if (preset == Custom) {
        m_from->setDate(settings.value(QStringLiteral("filters/from")).toDate());
        m_to->setDate(settings.value(QStringLiteral("filters/to")).toDate());
    }
    m_applying = false;
    applyPreset();
}

} // namespace funnelscope

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
      m_campaigns(new MultiSelectButton(tr("Campaigns"), this)), m_busy(new QLabel(this)),
      m_anchorNote(new QLabel(this))
{
    for (int p = 0; p <= int(PeriodPreset::Custom); ++p) {
        m_preset->addItem(periodpreset::name(PeriodPreset(p)));
    }
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *period = new QLabel(tr("&Period"), this);
    period->setBuddy(m_preset);
    layout->addWidget(period);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    m_anchorNote->setObjectName(QStringLiteral("anchorNote"));
    m_anchorNote->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_anchorNote->setWordWrap(true);
    layout->addWidget(m_anchorNote);
    layout->addSpacing(12);
    layout->addWidget(m_comparison);
    layout->addSpacing(12);
    layout->addWidget(m_channels);
    layout->addWidget(m_campaigns);
    layout->addStretch();
    layout->addWidget(m_busy);

    m_preset->setCurrentIndex(int(PeriodPreset::Last90));
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
        if (preset() != PeriodPreset::Custom) {
            const QSignalBlocker b(m_preset);
            m_preset->setCurrentIndex(int(PeriodPreset::Custom));
        }
        showAnchorNote();
        emit changed();
    };
    connect(m_from, &QDateEdit::dateChanged, this, edited);
    connect(m_to, &QDateEdit::dateChanged, this, edited);
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_channels, &MultiSelectButton::selectionChanged, this, &FilterBar::changed);
    connect(m_campaigns, &MultiSelectButton::selectionChanged, this, &FilterBar::changed);
}

void FilterBar::applyPreset()
{
    if (preset() == PeriodPreset::Custom) {
        return;
    }
    const auto [from, to] = periodpreset::range(preset(), m_anchor, m_first);
    m_applying = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
    showAnchorNote();
}

void FilterBar::showAnchorNote()
{
    // On two lines, broken at the space nearest its middle, so that the bar fits a 1280-pixel window in every
    // language (a word-wrapped label left to itself takes three narrow lines or one long one).
    const QString note = anchorNote();
    const QFontMetrics metrics = m_anchorNote->fontMetrics();
    qsizetype split = -1;
    for (qsizetype i = 0; i < note.size(); ++i) {
        if (note.at(i) == u' ' && (split < 0 || std::abs(i - note.size() / 2) < std::abs(split - note.size() / 2))) {
            split = i;
        }
    }
    const int width = split < 0 ? metrics.horizontalAdvance(note)
                                : std::max(metrics.horizontalAdvance(note.left(split)),
                                           metrics.horizontalAdvance(note.mid(split + 1)));
    m_anchorNote->setText(note);
    m_anchorNote->setFixedWidth(width + metrics.averageCharWidth());
}

QString FilterBar::anchorNote() const
{
    if (preset() == PeriodPreset::Custom) {
        return {};
    }
    const QString day = Language::mediumDate(m_anchor, QLocale());
    // "Last month", "Last quarter", "Last 12 months" and "Last year" end before the anchor but count from it.
    if (m_to->date() == m_anchor) {
        return m_anchorIsData ? tr("up to %1, the latest data").arg(day) : tr("up to today");
    }
    return m_anchorIsData ? tr("counted from %1, the latest data").arg(day) : tr("counted from today");
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

void FilterBar::setDataRange(const QDate &first, const QDate &last)
{
    m_first = first;
    m_anchor = periodpreset::anchor(last);
    m_anchorIsData = m_anchor == last;
    applyPreset();
}

void FilterBar::setNames(const QStringList &channels, const QStringList &campaigns)
{
    m_channels->setNames(channels);
    m_campaigns->setNames(campaigns);
}

void FilterBar::setPreset(PeriodPreset preset)
{
    m_preset->setCurrentIndex(int(preset));
}

PeriodPreset FilterBar::preset() const
{
    return PeriodPreset(m_preset->currentIndex());
}

void FilterBar::setCustomRange(const QDate &from, const QDate &to)
{
    m_applying = true;
    m_preset->blockSignals(true);
    m_preset->setCurrentIndex(int(PeriodPreset::Custom));
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

void FilterBar::setCampaigns(const QStringList &campaigns)
{
    m_campaigns->setSelected(campaigns);
    emit changed();
}

void FilterBar::applyView(const SavedView &view)
{
    {
        const QSignalBlocker blocker(this);
        setComparison(view.comparison);
        m_channels->setSelected(view.channels);
        m_campaigns->setSelected(view.campaigns);
        m_applying = true;
        {
            const QSignalBlocker presetBlocker(m_preset);
            m_preset->setCurrentIndex(int(view.period));
        }
        if (view.period == PeriodPreset::Custom) {
            m_from->setDate(view.from);
            m_to->setDate(view.to);
        }
        m_applying = false;
        applyPreset();
        showAnchorNote();
    }
    emit changed();
}

SavedView FilterBar::currentView() const
{
    SavedView view;
    view.period = preset();
    if (view.period == PeriodPreset::Custom) {
        view.from = m_from->date();
        view.to = m_to->date();
    }
    view.comparison = comparison();
    view.channels = m_channels->selected();
    view.campaigns = m_campaigns->selected();
    return view;
}

void FilterBar::setBusy(bool busy)
{
    m_busy->setText(busy ? tr("Updating…") : QString());
}

void FilterBar::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("filters/period"), periodpreset::id(preset()));
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
    // Saved by name ("last-90-days"); before there were more presets, by position, where 9 was the custom range.
    int preset = int(periodpreset::ids().indexOf(settings.value(QStringLiteral("filters/period")).toString()));
    if (preset < 0) {
        preset = settings.value(QStringLiteral("filters/preset"), int(PeriodPreset::Last90)).toInt();
        preset = preset == 9 ? int(PeriodPreset::Custom) : preset;
    }
    m_applying = true;
    m_preset->blockSignals(true);
    m_preset->setCurrentIndex(qBound(0, preset, int(PeriodPreset::Custom)));
    m_preset->blockSignals(false);
    if (preset == int(PeriodPreset::Custom)) {
        m_from->setDate(settings.value(QStringLiteral("filters/from")).toDate());
        m_to->setDate(settings.value(QStringLiteral("filters/to")).toDate());
    }
    m_applying = false;
    applyPreset();
}

} // namespace funnelscope

#pragma once

#include "kpi/periodpreset.h"
#include "kpi/savedview.h"
#include "kpi/scope.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSettings;

namespace funnelscope {

class MultiSelectButton;

// The filters every tab shares: the period (presets or a custom range), the comparison, and channels and campaigns.
// Relative presets count back from the anchor: today, or the last day with data when the data ends earlier; a note
// beside the dates says which ("up to 31 Oct 2026, the latest data").
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    Scope scope() const;
    Comparison comparison() const;
    QString comparisonName() const;
    // The first and last day with data (invalid when there is none): the anchor is the last, or today if earlier.
    void setDataRange(const QDate &first, const QDate &last);
    QDate anchor() const { return m_anchor; }
    // What the period counts back from, for the note beside the dates; empty for a custom range.
    QString anchorNote() const;
    void setNames(const QStringList &channels, const QStringList &campaigns);
    void setPreset(PeriodPreset preset);
    PeriodPreset preset() const;
    void setCustomRange(const QDate &from, const QDate &to);
    void setComparison(Comparison comparison);
    void setCampaigns(const QStringList &campaigns);
    void setChannels(const QStringList &channels);
    void setBusy(bool busy);
    // A saved view's period rule, comparison and filters (emitting changed once); and the bar's as a view (no name).
    void applyView(const SavedView &view);
    SavedView currentView() const;

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

signals:
    void changed();

private:
    void showAnchorNote();
    void applyPreset();

    QDate m_anchor = QDate::currentDate();
    QDate m_first;
    bool m_anchorIsData = false;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_comparison;
    MultiSelectButton *m_channels;
    MultiSelectButton *m_campaigns;
    QLabel *m_busy;
    QLabel *m_anchorNote;
    bool m_applying = false;
};

} // namespace funnelscope

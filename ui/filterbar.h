#pragma once

#include "kpi/scope.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSettings;

namespace funnelscope {

class MultiSelectButton;

// The filters every tab shares: the period (presets or a custom range), the comparison, and channels and campaigns.
// Relative presets count back from the anchor: today, or the last day with data when the data ends earlier.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    enum Preset
    {
        Last7,
        Last30,
        Last90,
        ThisMonth,
        LastMonth,
        ThisQuarter,
        LastQuarter,
        YearToDate,
        Last12Months,
        Custom
    };

    explicit FilterBar(QWidget *parent = nullptr);

    Scope scope() const;
    Comparison comparison() const;
    QString comparisonName() const;
    void setAnchor(const QDate &anchor);
    void setNames(const QStringList &channels, const QStringList &campaigns);
    void setPreset(Preset preset);
    void setCustomRange(const QDate &from, const QDate &to);
    void setComparison(Comparison comparison);
    void setChannels(const QStringList &channels);
    void setBusy(bool busy);

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

    static std::pair<QDate, QDate> presetRange(Preset preset, const QDate &anchor);

signals:
    void changed();

private:
    void applyPreset();

    QDate m_anchor = QDate::currentDate();
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_comparison;
    MultiSelectButton *m_channels;
    MultiSelectButton *m_campaigns;
    QLabel *m_busy;
    bool m_applying = false;
};

} // namespace funnelscope

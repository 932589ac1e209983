#pragma once

#include "kpi/customkpi.h"
#include "kpi/kpisnapshot.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace funnelscope {

class Workspace;

// Edit → Custom KPIs…: the workspace's own KPIs (CustomKpiStore), to add, edit and remove. While the formula is
// typed, the dialog shows its value for the window's current period (from the snapshot's values) or the parse
// error with its position. A read-only workspace is shown, not edited.
class CustomKpisDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomKpisDialog)

public:
    CustomKpisDialog(Workspace &workspace, std::shared_ptr<const KpiSnapshot> snapshot, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *formulaEdit() const { return m_formula; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *betterBox() const { return m_better; }
    QComboBox *groupBox() const { return m_group; }
    QLabel *preview() const { return m_preview; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    // Saves the form (a new KPI, or the one selected); returns the error message, or empty.
    QString save();

signals:
    // A custom KPI was added, changed or removed: the views' numbers change.
    void kpisChanged();

private:
    void reloadList(const QString &select = {});
    void showKpi(int row);
    void updatePreview();
    CustomKpi fromForm() const;
    void removeSelected();

    Workspace &m_workspace;
    std::shared_ptr<const KpiSnapshot> m_snapshot;
    CustomKpiList m_kpis;
    qint64 m_editing = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_formula;
    QComboBox *m_better;
    QComboBox *m_format;
    QSpinBox *m_decimals;
    QComboBox *m_group;
    QLabel *m_preview;
    QLabel *m_explanation;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace funnelscope

#include "customkpisdialog.h"

#include "kpi/kpiformat.h"
#include "store/workspace.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace funnelscope {

CustomKpisDialog::CustomKpisDialog(Workspace &workspace, std::shared_ptr<const KpiSnapshot> snapshot, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_snapshot(std::move(snapshot)), m_list(new QListWidget),
      m_name(new QLineEdit), m_formula(new QLineEdit), m_better(new QComboBox), m_format(new QComboBox),
      m_decimals(new QSpinBox), m_group(new QComboBox), m_preview(new QLabel), m_explanation(new QLabel),
      m_new(new QPushButton(tr("&New"))), m_save(new QPushButton(tr("&Save"))), m_remove(new QPushButton(tr("&Remove")))
{
    setWindowTitle(tr("Custom KPIs"));
    setWindowModality(Qt::WindowModal);
    m_formula->setPlaceholderText(tr("e.g. revenue / leads or (mqls - sqls) / mqls"));
    m_formula->setToolTip(tr("KPI ids (leads, revenue, media_cost, mqls, …), numbers, + - * / and parentheses. "
                             "Also clicks, expenses, lost_deals; revenue_won, cost and spend."));
    m_better->addItem(tr("Higher is better"), CustomKpi::directionId(CustomKpi::Direction::Up));
    m_better->addItem(tr("Lower is better"), CustomKpi::directionId(CustomKpi::Direction::Down));
    m_better->addItem(tr("Neither (neutral)"), CustomKpi::directionId(CustomKpi::Direction::Neutral));
    m_format->addItem(tr("Number"), CustomKpi::formatId(CustomKpi::Format::Number));
    m_format->addItem(tr("Count"), CustomKpi::formatId(CustomKpi::Format::Count));
    m_format->addItem(tr("Money"), CustomKpi::formatId(CustomKpi::Format::Money));
    m_format->addItem(tr("Percent"), CustomKpi::formatId(CustomKpi::Format::Percent));
    m_format->addItem(tr("Ratio (x : 1)"), CustomKpi::formatId(CustomKpi::Format::Ratio));
    m_decimals->setRange(-1, 6);
    m_decimals->setSpecialValueText(tr("Automatic"));
    m_decimals->setValue(-1);
    for (KpiGroup g :
         {KpiGroup::Awareness, KpiGroup::Engagement, KpiGroup::LeadGeneration, KpiGroup::Sales, KpiGroup::Loyalty}) {
        m_group->addItem(KpiCatalog::groupName(g), KpiCatalog::groupId(g));
    }
    m_group->setCurrentIndex(m_group->findData(KpiCatalog::groupId(KpiGroup::Sales)));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Formula:"), m_formula);
    form->addRow(QString(), m_explanation);
    form->addRow(tr("&Better:"), m_better);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Decimals:"), m_decimals);
    form->addRow(tr("&Shown in:"), m_group);
    form->addRow(tr("This period:"), m_preview);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    right->addWidget(m_save, 0, Qt::AlignRight);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(760, 380);

    const bool readOnly = m_workspace.isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_save, m_remove}) {
        w->setEnabled(!readOnly);
    }
    if (readOnly) {
        m_save->setToolTip(tr("The workspace is open read-only."));
    }

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &CustomKpisDialog::showKpi);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        showKpi(-1);
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const QString error = save(); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Custom KPIs"), error);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &CustomKpisDialog::removeSelected);
    for (QLineEdit *e : {m_name, m_formula}) {
        connect(e, &QLineEdit::textChanged, this, &CustomKpisDialog::updatePreview);
    }
    for (QComboBox *c : {m_format, m_better, m_group}) {
        connect(c, &QComboBox::currentIndexChanged, this, &CustomKpisDialog::updatePreview);
    }
    connect(m_decimals, &QSpinBox::valueChanged, this, &CustomKpisDialog::updatePreview);
    reloadList();
    showKpi(m_list->currentRow());
}

void CustomKpisDialog::reloadList(const QString &select)
{
    m_kpis = CustomKpiStore(m_workspace).all();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = m_kpis.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_kpis.size(); ++i) {
        const CustomKpi &k = m_kpis.at(i);
        m_list->addItem(QStringLiteral("%1 — %2").arg(k.name, k.explanation()));
        if (k.id == select) {
            row = i;
        }
    }
    m_list->setCurrentRow(row);
}

void CustomKpisDialog::showKpi(int row)
{
    const bool known = row >= 0 && row < m_kpis.size();
    const CustomKpi k = known ? m_kpis.at(row) : CustomKpi();
    m_editing = known ? k.rowId : -1;
    m_name->setText(k.name);
    m_formula->setText(k.formula);
    m_better->setCurrentIndex(std::max(0, m_better->findData(CustomKpi::directionId(k.direction))));
    m_format->setCurrentIndex(std::max(0, m_format->findData(CustomKpi::formatId(k.format))));
    m_decimals->setValue(k.decimals);
    m_group->setCurrentIndex(std::max(0, m_group->findData(KpiCatalog::groupId(k.group))));
    m_remove->setEnabled(known && !m_workspace.isReadOnly());
    updatePreview();
}

CustomKpi CustomKpisDialog::fromForm() const
{
    CustomKpi k;
    for (const CustomKpi &existing : m_kpis) {
        if (existing.rowId == m_editing) {
            k = existing; // keeps its id: goals name it
        }
    }
    k.rowId = m_editing;
    k.name = m_name->text().simplified();
    k.formula = m_formula->text().trimmed();
    k.direction = CustomKpi::directionFromId(m_better->currentData().toString()).value_or(CustomKpi::Direction::Up);
    k.format = CustomKpi::formatFromId(m_format->currentData().toString()).value_or(CustomKpi::Format::Number);
    k.decimals = m_decimals->value();
    k.group = CustomKpi::groupFromId(m_group->currentData().toString()).value_or(KpiGroup::Sales);
    return k;
}

void CustomKpisDialog::updatePreview()
{
    // The error in the theme's colour for bad news, the value in the normal one.
    QPalette colours = palette();
    m_preview->setPalette(colours);
    if (m_formula->text().trimmed().isEmpty()) {
        m_preview->setText(tr("Type a formula to see its value for this period."));
        m_explanation->clear();
        return;
    }
    CustomFormula::Error error;
    const auto formula = CustomFormula::parse(m_formula->text(), &error);
    if (!formula) {
        m_explanation->clear();
        m_preview->setText(error.message);
        colours.setColor(QPalette::WindowText, theme::bad(palette()));
        m_preview->setPalette(colours);
        return;
    }
    m_explanation->setText(formula->described());
    CustomKpi k = fromForm();
    if (const QString problem = k.validate(); !problem.isEmpty() && !k.name.isEmpty()) {
        m_preview->setText(problem);
        colours.setColor(QPalette::WindowText, theme::bad(palette()));
        m_preview->setPalette(colours);
        return;
    }
    if (!m_snapshot) {
        m_preview->setText(tr("No period is shown yet."));
        return;
    }
    k.compile();
    const CustomFormula::Result r = formula->evaluate(m_snapshot->values);
    const KpiFormat format(QLocale(), m_snapshot->currency);
    m_preview->setText(r.value ? k.display(r.value, format) : QStringLiteral("— (%1)").arg(r.reason));
}

QString CustomKpisDialog::save()
{
    CustomKpi k = fromForm();
    if (const QString error = CustomKpiStore(m_workspace).save(k); !error.isEmpty()) {
        return error;
    }
    reloadList(k.id);
    showKpi(m_list->currentRow());
    emit kpisChanged();
    return {};
}

void CustomKpisDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_kpis.size()) {
        return;
    }
    if (const QString error = CustomKpiStore(m_workspace).remove(m_kpis.at(row).id); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Custom KPIs"), error);
        return;
    }
    reloadList();
    showKpi(m_list->currentRow());
    emit kpisChanged();
}

} // namespace funnelscope

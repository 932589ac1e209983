#include "drilldowndialog.h"

#include "backgroundtask.h"
#include "csv/csvwriter.h"
#include "exportfolder.h"
#include "files/outputfile.h"
#include "kpi/kpicatalog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace funnelscope {

namespace {

QString kpiName(int kpi)
{
    return kpi >= 0 && kpi < KpiCatalog::all().size() ? QCoreApplication::translate("Kpi", KpiCatalog::at(kpi).name)
                                                      : QString();
}

QString scopeText(const Scope &scope)
{
    const QLocale locale;
    QString text = scope.from == scope.to
                       ? locale.toString(scope.from, QLocale::LongFormat)
                       : DrilldownDialog::tr("%1 – %2").arg(locale.toString(scope.from, QLocale::ShortFormat),
                                                            locale.toString(scope.to, QLocale::ShortFormat));
    if (!scope.channels.isEmpty()) {
        text += DrilldownDialog::tr("; channels: %1").arg(scope.channels.join(QStringLiteral(", ")));
    }
    if (!scope.campaigns.isEmpty()) {
        text += DrilldownDialog::tr("; campaigns: %1").arg(scope.campaigns.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace

DrilldownDialog::DrilldownDialog(const QString &workspacePath, int kpi, const Scope &scope, const QString &what,
                                 QWidget *parent)
    : QDialog(parent), m_kpi(kpi), m_scope(scope), m_what(what), m_scopeLabel(new QLabel(this)),
      m_count(new QLabel(tr("Reading the rows…"), this)), m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_export(new QPushButton(tr("Export CSV…"), this)), m_model(new RowDrillModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Rows behind %1").arg(kpiName(kpi)));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(960, 560);
    m_scopeLabel->setText(what.isEmpty() ? scopeText(scope) : tr("%1 (%2)").arg(what, scopeText(scope)));
    m_scopeLabel->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter rows (any column)"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RowDrillModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_export->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_export);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scopeLabel);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString name = tr("rows-%1-%2-%3.csv")
                                 .arg(m_kpi >= 0 ? KpiCatalog::at(m_kpi).id : QString(),
                                      m_scope.from.toString(Qt::ISODate), m_scope.to.toString(Qt::ISODate));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export rows"), ExportFolder::suggest(name), tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        ExportFolder::remember(path);
        if (const QString error = exportCsv(path); !error.isEmpty()) {
            QMessageBox::warning(this, tr("Export rows"), error);
        }
    });

    const QString id = kpi >= 0 && kpi < KpiCatalog::all().size() ? KpiCatalog::at(kpi).id : QString();
    runInBackground<RowDrillModel::Data>(
        workspacePath, this, [id, scope](Workspace &workspace) { return RowDrillModel::load(workspace, id, scope); },
        [this](const RowDrillModel::Data &data) { showLoaded(data); });
}

void DrilldownDialog::showLoaded(const RowDrillModel::Data &data)
{
    m_model->setData(data);
    m_loading = false;
    m_export->setEnabled(data.error.isEmpty() && !data.rows.isEmpty());
    m_table->resizeColumnsToContents();
    updateCount();
    emit loaded();
}

void DrilldownDialog::updateCount()
{
    if (m_loading) {
        return;
    }
    const RowDrillModel::Data &data = m_model->loaded();
    if (!data.error.isEmpty()) {
        m_count->setText(tr("The rows cannot be read: %1").arg(data.error));
        return;
    }
    m_count->setText(countText());
}

QString DrilldownDialog::countText() const
{
    const RowDrillModel::Data &data = m_model->loaded();
    const QLocale locale;
    const RowDrill::Summary &s = data.summary;
    // Spelled out rather than %n plurals, so that the count reads right before its translations exist too.
    const QString rows = s.rows == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(s.rows));
    const QString files = s.files == 1 ? tr("1 file") : tr("%1 files").arg(locale.toString(s.files));
    QString text = s.rows == 0 ? tr("No stored rows behind this number") : tr("%1 from %2").arg(rows, files);
    if (data.rows.size() < s.rows) {
        text +=
            tr("; the first %1 are shown (funnelscope-cli rows lists them all)").arg(locale.toString(data.rows.size()));
    }
    if (m_proxy->rowCount() < data.rows.size()) {
        text += tr("; %1 match the filter").arg(locale.toString(m_proxy->rowCount()));
    }
    if (s.unrecordedLines > 0) {
        text += s.unrecordedLines == s.rows
                    ? tr("; line not recorded: imported before this version")
                    : tr("; %1 without a line: imported before this version").arg(locale.toString(s.unrecordedLines));
    }
    return text;
}

QString DrilldownDialog::exportCsv(const QString &path) const
{
    OutputFile file(path);
    if (QString error = file.open(); !error.isEmpty()) {
        return error;
    }
    // Comment lines first: what the rows are behind, so that a file found later says what it holds.
    QString text = QStringLiteral("# %1\r\n# %2\r\n").arg(windowTitle(), m_scopeLabel->text());
    const RowDrillModel::Data &data = m_model->loaded();
    if (data.rows.size() < data.summary.rows) {
        text += QStringLiteral("# %1\r\n").arg(countText());
    }
    file.write(text.toUtf8());
    CsvWriter header;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        header.text(m_model->header(c));
    }
    file.write(header.endRow().toString().toUtf8());
    CsvWriter csv;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int row = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QString value = m_model->plainText(row, c);
            const QVariant sort = m_model->data(m_model->index(row, c), RowDrillModel::SortRole);
            const bool number = sort.typeId() == QMetaType::LongLong || sort.typeId() == QMetaType::Double;
            if (number) {
                csv.shownNumber(value);
            } else {
                csv.text(value);
            }
        }
        csv.endRow();
        if (csv.toString().size() > (1 << 20)) {
            file.write(csv.toString().toUtf8());
            csv = CsvWriter();
        }
    }
    file.write(csv.toString().toUtf8());
    return file.commit();
}

} // namespace funnelscope

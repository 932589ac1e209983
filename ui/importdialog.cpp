#include "importdialog.h"

#include "importing/importer.h"
#include "importing/preset.h"
#include "importing/rowreader.h"
#include "kpi/kpiformat.h"
#include "money/currency.h"
#include "store/importlog.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>

namespace funnelscope {

namespace {

constexpr int PreviewRows = 20;

QString statusText(ImportResult::Status status)
{
    switch (status) {
    case ImportResult::Status::Imported:
        return ImportDialog::tr("imported");
    case ImportResult::Status::Unchanged:
        return ImportDialog::tr("unchanged");
    case ImportResult::Status::Cancelled:
        return ImportDialog::tr("cancelled");
    case ImportResult::Status::Refused:
        break;
    }
    return ImportDialog::tr("refused");
}

QString stored(const ColumnSpec &spec, const Cell &cell)
{
    if (!cell.known) {
        return spec.name == u"channel" || spec.name == u"campaign" ? QStringLiteral("(none)") : QString();
    }
    switch (spec.type) {
    case ColumnType::Date:
        return QDate::fromJulianDay(cell.integer).toString(Qt::ISODate);
    case ColumnType::Decimal:
        return QLocale::c().toString(double(cell.integer) / 1e6, 'f', 2);
    case ColumnType::Count:
    case ColumnType::NpsScore:
        return QString::number(cell.integer);
    case ColumnType::Position:
    case ColumnType::Score:
        return QString::number(cell.real);
    default:
        return cell.text;
    }
}

} // namespace

ImportDialog::ImportDialog(const QString &workspacePath, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_workspacePath(workspacePath), m_files(files), m_pages(new QStackedWidget(this)),
      m_fileLabel(new QLabel), m_kind(new QComboBox), m_preset(new QComboBox), m_encoding(new QComboBox),
      m_delimiter(new QLabel), m_header(new QLabel), m_dateOrder(new QComboBox), m_decimal(new QComboBox),
      m_source(new QLineEdit), m_channel(new QLineEdit), m_mapping(new QTableWidget), m_preview(new QTableWidget),
      m_stagesLabel(new QLabel), m_stages(new QTableWidget), m_warnings(new QLabel),
      m_import(new QPushButton(tr("&Import"))), m_skip(new QPushButton(tr("&Skip this file"))),
      m_importAll(new QPushButton(tr("Import &all"))), m_progress(new QProgressBar), m_progressLabel(new QLabel),
      m_summary(new QTextBrowser)
{
    setWindowTitle(tr("Import files"));
    resize(1100, 720);

    // Page 1: what was detected, the mapping and the preview.
    auto *review = new QWidget;
    auto *form = new QFormLayout;
    m_kind->addItem(tr("Detect from the header"), QString());
    for (const KindSpec &k : allKinds()) {
        m_kind->addItem(kindTitle(k.name), k.name);
    }
    m_preset->addItem(tr("Detect from the header"), QStringLiteral("auto"));
    m_preset->addItem(tr("Funnelscope's column names"), QStringLiteral("generic"));
    for (const Preset *p : Preset::all()) {
        m_preset->addItem(p->exactHeader.isEmpty() ? tr("%1 export").arg(p->title) : p->title, p->id);
    }
    m_preset->setToolTip(tr("The tool the file was exported from: its column names, totals and footer lines."));
    m_encoding->addItem(tr("Detect"), QString());
    for (const char *e : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1250", "windows-1251", "windows-1252",
                          "windows-1254", "macintosh", "Big5", "GB18030"}) {
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    }
    m_dateOrder->addItem(tr("Detect from the data"), int(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day first (31/12/2025)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2025)"), int(DateOrder::MonthFirst));
    m_decimal->setObjectName(QStringLiteral("decimalBox"));
    m_decimal->addItem(tr("Detect from the numbers"), QString());
    m_decimal->addItem(tr("Comma (1 234,50)"), QStringLiteral(","));
    m_decimal->addItem(tr("Point (1,234.50)"), QStringLiteral("."));
    m_decimal->setToolTip(tr("The decimal separator of the file's numbers. It is decided once for the whole file "
                             "from all its cells; choose it when they cannot tell (1.234 could be 1234 or 1,234)."));
    m_source->setPlaceholderText(tr("the tool's name, or manual"));
    m_source->setToolTip(tr("Rows of one source replace that source's earlier rows for the same day, channel and "
                            "campaign. Give two accounts of one tool two source names."));
    m_fileLabel->setTextFormat(Qt::PlainText); // a file's name is never markup
    form->addRow(tr("File:"), m_fileLabel);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Exported from:"), m_preset);
    form->addRow(tr("E&ncoding:"), m_encoding);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Header:"), m_header);
    form->addRow(tr("&Date order:"), m_dateOrder);
    form->addRow(tr("Deci&mal separator:"), m_decimal);
    form->addRow(tr("S&ource:"), m_source);
    m_channel->setObjectName(QStringLiteral("channelEdit"));
    m_channel->setPlaceholderText(tr("from the file, or the tool's"));
    m_channel->setToolTip(tr("The channel of every row, for a file without a channel column (or to override the "
                             "tool's)."));
    form->addRow(tr("C&hannel:"), m_channel);
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyBox"));
    m_currency->setEditable(true);
    m_currency->addItem(tr("from the file, or the workspace's"), QString());
    for (const char *code : {"EUR", "USD", "PLN", "GBP", "TRY", "RUB", "TWD", "CNY", "CHF", "INR"}) {
        m_currency->addItem(QString::fromLatin1(code), QString::fromLatin1(code));
    }
    m_currency->setToolTip(tr("The currency of amounts the file does not name (a Currency code column, a symbol "
                              "such as zł or €, or a header such as Amount spent (INR) name it); \"$\" alone needs "
                              "the account's currency."));
    form->addRow(tr("C&urrency:"), m_currency);
    m_period = new QCheckBox(tr("&Period of the file:"));
    m_period->setToolTip(tr("For a report without dates whose period the file does not give (Search Console's "
                            "Countries.csv and Devices.csv): its totals are spread evenly over these days"));
    m_periodFrom = new QDateEdit(QDate::currentDate().addMonths(-3));
    m_periodTo = new QDateEdit(QDate::currentDate().addDays(-1));
    for (QDateEdit *edit : {m_periodFrom, m_periodTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    auto *period = new QHBoxLayout;
    period->addWidget(m_periodFrom);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_periodTo);
    period->addStretch();
    form->addRow(m_period, period);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);

    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Stored as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setMinimumWidth(330);
    m_stagesLabel->setText(tr("Deal stages"));
    m_stages->setColumnCount(2);
    m_stages->setHorizontalHeaderLabels({tr("Stage in the file"), tr("Counts as")});
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    m_stages->setToolTip(tr("How each stage of your pipeline counts for won deals, revenue and the open pipeline. "
                            "Your choices are remembered for later imports into this workspace."));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(22);

    auto *top = new QHBoxLayout;
    top->addLayout(form, 1);
    auto *right = new QVBoxLayout;
    auto *mappingBar = new QHBoxLayout;
    mappingBar->addWidget(new QLabel(tr("Column mapping")), 1);
    auto *savePreset = new QPushButton(tr("Save as p&reset…"));
    savePreset->setToolTip(tr("Remember this mapping: files with the same columns will be read this way."));
    mappingBar->addWidget(savePreset);
    right->addLayout(mappingBar);
    right->addWidget(m_mapping, 2);
    right->addWidget(m_stagesLabel);
    right->addWidget(m_stages, 1);
    top->addLayout(right, 1);
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->addLayout(top, 2);
    reviewLayout->addWidget(m_warnings);
    reviewLayout->addWidget(new QLabel(tr("The first rows, as they will be stored")));
    reviewLayout->addWidget(m_preview, 3);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_skip, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importAll, QDialogButtonBox::ActionRole);
    m_importAll->setToolTip(tr("Import this file and every one after it as detected; one summary at the end."));
    buttons->addButton(QDialogButtonBox::Cancel);
    reviewLayout->addWidget(buttons);
    m_pages->addWidget(review);

    // Page 2: progress.
    auto *running = new QWidget;
    auto *runningLayout = new QVBoxLayout(running);
    auto *cancel = new QPushButton(tr("Cancel"));
    runningLayout->addStretch();
    runningLayout->addWidget(m_progressLabel);
    runningLayout->addWidget(m_progress);
    runningLayout->addWidget(cancel, 0, Qt::AlignRight);
    runningLayout->addStretch();
    m_pages->addWidget(running);

    // Page 3: summary.
    auto *done = new QWidget;
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_summary);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    doneLayout->addWidget(close);
    m_pages->addWidget(done);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(savePreset, &QPushButton::clicked, this, &ImportDialog::saveMappingAsPreset);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_importAll, &QPushButton::clicked, this, &ImportDialog::startImportAll);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this] { inspect(); });
    connect(m_channel, &QLineEdit::editingFinished, this, [this] {
        m_columns.clear();
        inspect();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        ++m_current;
        if (m_current >= m_files.size()) {
            showSummary();
        } else {
            m_columns.clear();
            m_stageEdits = StageMapping();
            inspect();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_periodFrom->setEnabled(on);
        m_periodTo->setEnabled(on);
        inspect();
    });
    for (QDateEdit *edit : {m_periodFrom, m_periodTo}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_period->isChecked()) {
                inspect();
            }
        });
    }
    for (QComboBox *box : {m_kind, m_preset, m_encoding, m_dateOrder, m_decimal}) {
        connect(box, &QComboBox::activated, this, [this] {
            m_columns.clear();
            inspect();
        });
    }
    inspect();
}

ImportDialog::~ImportDialog()
{
    if (m_cancel) {
        *m_cancel = true;
    }
}

void ImportDialog::setSource(const QString &source)
{
    m_source->setText(source);
}

void ImportDialog::saveMappingAsPreset()
{
    if (!m_layout.mapping) {
        QMessageBox::information(this, tr("Save as preset"), tr("Map the file's columns first."));
        return;
    }
    const QString name = QInputDialog::getText(this, tr("Save as preset"),
                                               tr("Name of the tool or export (e.g. \"Agency weekly report\"):"))
                             .trimmed();
    if (name.isEmpty()) {
        return;
    }
    const DateOrder order = DateOrder(m_dateOrder->currentData().toInt());
    const Preset preset =
        m_layout.mapping->toPreset(name, order == DateOrder::Unknown ? std::nullopt : std::optional<DateOrder>(order));
    QString id;
    if (const QString error = Preset::saveCustom(preset, &id); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Save as preset"), error);
        return;
    }
    if (m_preset->findData(id) < 0) {
        m_preset->addItem(name, id);
    }
    m_preset->setCurrentIndex(m_preset->findData(id));
    m_columns.clear();
    inspect();
}

QString ImportDialog::warnings() const
{
    return m_warnings->text();
}

QString ImportDialog::currentFile() const
{
    return m_current < m_files.size() ? m_files.at(m_current) : QString();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty()) {
        o.kind = kindFromName(kind);
    }
    o.preset = m_preset->currentData().toString();
    o.encoding = m_encoding->currentData().toString();
    o.dateOrder = DateOrder(m_dateOrder->currentData().toInt());
    if (const QString decimal = m_decimal->currentData().toString(); !decimal.isEmpty()) {
        o.decimalSeparator = decimal.front();
    }
    o.source = m_source->text().trimmed();
    o.columns = m_columns;
    if (const QString channel = m_channel->text().trimmed(); !channel.isEmpty()) {
        o.constants.insert(QStringLiteral("channel"), channel);
    }
    o.stages = m_stageEdits;
    if (m_currency) {
        const int index = m_currency->currentIndex();
        const QString typed = m_currency->currentText().trimmed().toUpper();
        o.currency = index >= 0 && m_currency->itemText(index) == m_currency->currentText()
                         ? m_currency->itemData(index).toString()
                         : typed;
    }
    if (m_period->isChecked() && m_periodFrom->date() <= m_periodTo->date()) {
        o.rangeFrom = m_periodFrom->date();
        o.rangeTo = m_periodTo->date();
    }
    return o;
}

void ImportDialog::inspect()
{
    const QString file = currentFile();
    m_fileLabel->setText(tr("%1 (%2 of %3)").arg(QFileInfo(file).fileName()).arg(m_current + 1).arg(m_files.size()));
    m_fileLabel->setToolTip(Qt::convertFromPlainText(file, Qt::WhiteSpaceNoWrap));
    m_skip->setVisible(m_files.size() > 1);
    m_importAll->setVisible(m_files.size() - m_current > 1);
    m_layout = FileInspector::inspect(file, options());
    {
        // The preview reads stages as the import will: the workspace's remembered mapping under the user's choices.
        Workspace ws;
        if (ws.open(m_workspacePath).isEmpty()) {
            m_layout.stages = StageMapping::fromJson(ws.setting(StageMapping::settingKey()));
            m_layout.stages.merge(m_stageEdits);
            // Amounts the file does not name are in the chosen currency, else the source's last one, else the
            // workspace's, as on import; the currency box says which.
            const QString source =
                m_layout.mapping ? Importer::sourceOf(options(), *m_layout.mapping) : QStringLiteral("manual");
            bool remembered = false;
            const QString fallback = Importer::fallbackCurrency(ws, QString(), source, &remembered);
            const QString chosen = options().currency.trimmed().toUpper();
            m_layout.currency = chosen.isEmpty() ? fallback : chosen;
            const QSignalBlocker quiet(m_currency);
            m_currency->setItemText(0, fallback.isEmpty() ? tr("from the file (no other known: choose one)")
                                       : remembered
                                           ? tr("from the file, or %1 (last used for %2)").arg(fallback, source)
                                           : tr("from the file, or %1 (the workspace's)").arg(fallback));
        }
    }
    const QHash<QChar, QString> delimiters = {
        {u',', tr("comma")}, {u';', tr("semicolon")}, {u'\t', tr("tab")}, {u'|', tr("vertical bar")}};
    m_delimiter->setText(m_layout.mapping ? delimiters.value(m_layout.delimiter, QString(m_layout.delimiter))
                                          : tr("—"));
    m_header->setText(
        !m_layout.mapping ? tr("not found")
        : m_layout.headerRecord == 0
            ? tr("line %1").arg(m_layout.headerLine)
            : tr("line %1 (%n title line(s) above skipped)", "", m_layout.headerRecord).arg(m_layout.headerLine));
    if (m_layout.mapping && m_kind->currentData().toString().isEmpty()) {
        m_kind->setItemText(0, tr("Detect from the header (%1)").arg(kindTitle(kindName(m_layout.mapping->kind()))));
    }
    if (m_layout.mapping && m_preset->currentIndex() == 0) {
        const ColumnMapping &m = *m_layout.mapping;
        m_preset->setItemText(0, tr("Detect from the header (%1, %2% of its columns known)")
                                     .arg(!m.title().isEmpty() ? m.title() : tr("Funnelscope's column names"))
                                     .arg(qRound(m.confidence() * 100)));
    }
    if (m_encoding->currentData().toString().isEmpty()) {
        m_encoding->setItemText(0, tr("Detect (%1)").arg(m_layout.encoding));
    }
    if (m_decimal->currentData().toString().isEmpty()) {
        m_decimal->setItemText(0, !m_layout.mapping || m_layout.decimalNeeded ? tr("Detect from the numbers")
                                  : m_layout.decimalSeparator == u','         ? tr("Detect from the numbers (comma)")
                                                                              : tr("Detect from the numbers (point)"));
    }
    fillMapping();
    fillStages();
    fillPreview();
}

void ImportDialog::fillStages()
{
    const QSignalBlocker blocker(m_stages);
    m_stages->setRowCount(0);
    const bool deals = m_layout.mapping && m_layout.mapping->kind() == Kind::Deals;
    const QStringList labels =
        deals ? FileInspector::distinctValues(m_layout, QStringLiteral("status")) : QStringList();
    m_stagesLabel->setVisible(!labels.isEmpty());
    m_stages->setVisible(!labels.isEmpty());
    m_stages->setRowCount(int(labels.size()));
    const QList<std::pair<StageMapping::Status, QString>> choices = {{StageMapping::Status::Won, tr("won")},
                                                                     {StageMapping::Status::Lost, tr("lost")},
                                                                     {StageMapping::Status::Open, tr("open")}};
    for (int r = 0; r < labels.size(); ++r) {
        const QString label = labels.at(r);
        const StageMapping::Reading reading = m_layout.stages.read(label);
        auto *name = new QTableWidgetItem(label);
        name->setFlags(Qt::ItemIsEnabled);
        if (!reading.recognised) {
            name->setToolTip(tr("No rule knows this stage: it counts as open unless you choose otherwise."));
        }
        m_stages->setItem(r, 0, name);
        auto *box = new QComboBox;
        for (const auto &[status, text] : choices) {
            box->addItem(text, int(status));
        }
        box->setCurrentIndex(box->findData(int(reading.status)));
        box->setAccessibleName(tr("Counts as, for %1").arg(label));
        connect(box, &QComboBox::activated, this, [this, label, box] {
            m_stageEdits.set(label, StageMapping::Status(box->currentData().toInt()));
            inspect();
        });
        m_stages->setCellWidget(r, 1, box);
    }
}

void ImportDialog::fillMapping()
{
    const QSignalBlocker blocker(m_mapping);
    m_mapping->setRowCount(0);
    if (!m_layout.mapping) {
        return;
    }
    const ColumnMapping &mapping = *m_layout.mapping;
    const KindSpec &spec = kindSpec(mapping.kind());
    m_mapping->setRowCount(int(mapping.header().size()));
    for (int f = 0; f < mapping.header().size(); ++f) {
        const QString header = mapping.header().at(f).trimmed();
        auto *name = new QTableWidgetItem(header);
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(f, 0, name);
        // A column the preset multiplies with another into a stored column.
        QString product;
        for (int c = 0; c < spec.columns.size(); ++c) {
            if (const auto [a, b] = mapping.product(c); a == f || b == f) {
                product = tr("%1 = %2 × %3")
                              .arg(spec.columns.at(c).name, mapping.header().at(a).trimmed(),
                                   mapping.header().at(b).trimmed());
            }
        }
        bool direct = false;
        for (int c = 0; c < spec.columns.size(); ++c) {
            direct = direct || mapping.fileColumn(c) == f;
        }
        if (!product.isEmpty() && !direct) {
            auto *item = new QTableWidgetItem(product);
            item->setFlags(Qt::ItemIsEnabled);
            item->setToolTip(Qt::convertFromPlainText(product, Qt::WhiteSpaceNoWrap));
            m_mapping->setItem(f, 1, item);
            continue;
        }
        auto *box = new QComboBox;
        box->addItem(tr("(ignore)"), QString());
        int current = 0;
        for (int c = 0; c < spec.columns.size(); ++c) {
            box->addItem(spec.columns.at(c).name + (spec.columns.at(c).required ? QStringLiteral(" *") : QString()),
                         spec.columns.at(c).name);
            if (mapping.fileColumn(c) == f) {
                current = c + 1;
            }
        }
        box->setCurrentIndex(current);
        box->setAccessibleName(tr("Stored as, for %1").arg(header));
        connect(box, &QComboBox::activated, this, [this, header, box] {
            m_columns.insert(ColumnMapping::normalisedHeader(header), box->currentData().toString());
            inspect();
        });
        m_mapping->setCellWidget(f, 1, box);
    }
}

void ImportDialog::fillPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    QStringList warnings;
    if (m_layout.mapping && m_layout.currency.isEmpty() && [&] {
            for (const ColumnSpec &c : kindSpec(m_layout.mapping->kind()).columns) {
                if (RowReader::isMoneyColumn(m_layout.mapping->kind(), c.name)) {
                    return true;
                }
            }
            return false;
        }()) {
        warnings.append(tr("No currency is known for amounts the file does not name: they would be stored without "
                           "one and never converted. Choose the account's currency above."));
    }
    if (!m_layout.refusal.isEmpty()) {
        warnings.append(tr("This file cannot be imported: %1").arg(m_layout.refusal));
    }
    if (m_layout.dateOrderNeeded && m_layout.dateOrder == DateOrder::Unknown) {
        warnings.append(tr("Choose the date order: the slash dates could be day or month first."));
    }
    if (m_layout.decimalNeeded) {
        warnings.append(tr("Choose the decimal separator: the file's numbers do not tell it."));
    }
    m_import->setEnabled(m_layout.refusal.isEmpty());
    if (!m_layout.mapping) {
        m_warnings->setText(warnings.join(u'\n'));
        return;
    }
    const ColumnMapping &mapping = *m_layout.mapping;
    const KindSpec &spec = kindSpec(mapping.kind());
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (const QString value = mapping.constant(c); !value.isNull()) {
            const bool chosen = !mapping.preset() || options().constants.value(spec.columns.at(c).name) == value;
            warnings.append(chosen ? tr("Every row gets %1 '%2', as you chose.").arg(spec.columns.at(c).name, value)
                                   : tr("Every row gets %1 '%2' (from the %3 preset).")
                                         .arg(spec.columns.at(c).name, value, mapping.preset()->title));
        }
    }
    if (!mapping.ignored().isEmpty()) {
        warnings.append(tr("Ignored columns: %1").arg(mapping.ignored().join(QStringLiteral(", "))));
    }
    QList<int> shown;
    QStringList headers;
    for (int c = 0; c < spec.columns.size(); ++c) {
        if (mapping.has(c) || spec.columns.at(c).name == u"campaign" || spec.columns.at(c).name == u"channel") {
            shown.append(c);
            headers.append(spec.columns.at(c).name);
        }
    }
    headers.append(tr("Line"));
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    if (m_layout.refusal.isEmpty()) {
        QFile file(m_layout.path);
        if (file.open(QIODevice::ReadOnly)) {
            RowReader rows(&file, m_layout);
            int rejected = 0;
            for (int r = 0; r < PreviewRows; ++r) {
                const RowReader::Outcome outcome = rows.next();
                if (outcome == RowReader::Outcome::End) {
                    break;
                }
                if (outcome == RowReader::Outcome::Refused) {
                    // The import will refuse the file (a NUL far down): say so now, with the line.
                    const ImportError &e = rows.error();
                    warnings.append(tr("This file cannot be imported: %1")
                                        .arg((e.line > 0 ? tr("line %1: ").arg(e.line) : QString()) + e.reason));
                    break;
                }
                m_preview->insertRow(r);
                if (outcome == RowReader::Outcome::Rejected) {
                    ++rejected;
                    auto *item = new QTableWidgetItem(
                        tr("rejected: %1 (column %2)").arg(rows.error().reason, rows.error().column));
                    item->setForeground(QColor(0xc0, 0x26, 0x26));
                    m_preview->setItem(r, 0, item);
                    m_preview->setSpan(r, 0, 1, int(shown.size()));
                } else {
                    for (int i = 0; i < shown.size(); ++i) {
                        const int c = shown.at(i);
                        m_preview->setItem(r, i, new QTableWidgetItem(stored(spec.columns.at(c), rows.cells().at(c))));
                    }
                }
                m_preview->setItem(r, int(shown.size()), new QTableWidgetItem(QString::number(rows.line())));
            }
            if (rejected > 0) {
                warnings.append(
                    tr("%n of the first rows will be rejected; the rest of the file imports.", "", rejected));
            }
        }
    }
    m_preview->resizeColumnsToContents();

    // Rows of the same source from files of other names will be replaced.
    if (mapping.kind() == Kind::Campaign) {
        Workspace ws;
        if (ws.open(m_workspacePath).isEmpty()) {
            const QString name = QFileInfo(m_layout.path).fileName();
            QStringList others;
            for (const ImportRecord &r : ImportLog(ws).imports()) {
                if (r.kind == u"campaign" && r.source == options().source && r.fileName != name &&
                    !others.contains(r.fileName)) {
                    others.append(r.fileName);
                }
            }
            if (!others.isEmpty()) {
                warnings.append(tr("Source '%1' already has rows from %2: rows for the same day, channel and campaign "
                                   "will be replaced. Use another source name to keep both.")
                                    .arg(options().source, others.join(QStringLiteral(", "))));
            }
        }
    }
    m_warnings->setText(warnings.join(u'\n'));
}

void ImportDialog::startImport()
{
    if (m_running || m_current >= m_files.size()) {
        return;
    }
    m_pages->setCurrentIndex(1);
    runNext();
}

void ImportDialog::startImportAll()
{
    m_importingAll = true;
    startImport();
}

void ImportDialog::cancelImport()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_progressLabel->setText(tr("Cancelling…"));
}

void ImportDialog::runNext()
{
    const QString file = currentFile();
    const ImportOptions opts = options();
    const QString path = m_workspacePath;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    m_progressLabel->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    QPointer<ImportDialog> self(this);
    QThread *worker = QThread::create([=] {
        // The import has its own connection on its own thread; the window keeps answering.
        Workspace ws;
        ImportResult result;
        if (const QString error = ws.open(path); !error.isEmpty()) {
            result.file = QFileInfo(file).fileName();
            result.errors.append({0, QString(), error});
        } else {
            result = Importer(ws).importFile(file, opts, [=](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(1000 * done / total) : 0;
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, permille] {
                        if (self) {
                            self->m_progress->setValue(permille);
                        }
                    },
                    Qt::QueuedConnection);
                return !*cancel;
            });
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (!self) {
                    return;
                }
                self->m_results.append(result);
                self->m_running = false;
                emit self->importFinished();
                const bool cancelled = result.status == ImportResult::Status::Cancelled;
                if (++self->m_current < self->m_files.size() && !cancelled) {
                    self->m_columns.clear();
                    self->m_stageEdits = StageMapping();
                    self->inspect();
                    if (self->m_importingAll) {
                        self->runNext(); // as detected; a file that cannot be imported is refused with its reason
                    } else {
                        self->m_pages->setCurrentIndex(0);
                    }
                } else {
                    self->showSummary();
                }
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ImportDialog::showSummary()
{
    QString html;
    for (const ImportResult &r : m_results) {
        html += QStringLiteral("<h3>%1 — %2</h3>").arg(r.file.toHtmlEscaped(), statusText(r.status));
        if (r.status == ImportResult::Status::Imported) {
            html += tr("<p>%1 rows imported as %2 (source %3), %4 rejected, %5 stored rows replaced.</p>")
                        .arg(KpiFormat().number(r.imported), r.kind.toHtmlEscaped(), r.source.toHtmlEscaped(),
                             KpiFormat().number(r.rejected), KpiFormat().number(r.replaced));
            if (!r.stagesCountedAsOpen.isEmpty()) {
                html += tr("<p>Stages counted as open: %1. Choose won or lost for them in the import's stage table "
                           "to change it.</p>")
                            .arg(r.stagesCountedAsOpen.join(QStringLiteral(", ")).toHtmlEscaped());
            }
        } else if (r.status == ImportResult::Status::Unchanged) {
            html += tr("<p>These bytes were imported before: nothing changed.</p>");
        } else if (r.status == ImportResult::Status::Cancelled) {
            html += tr("<p>Cancelled: nothing was imported.</p>");
        }
        if (!r.errors.isEmpty()) {
            html += QStringLiteral("<ul>");
            for (const ImportError &e : r.errors.mid(0, 50)) {
                html += QStringLiteral("<li>%1%2%3</li>")
                            .arg(e.line > 0 ? tr("line %1: ").arg(e.line) : QString(),
                                 e.column.isEmpty() ? QString() : tr("column %1: ").arg(e.column.toHtmlEscaped()),
                                 e.reason.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
    }
    if (m_results.isEmpty()) {
        html = tr("<p>Nothing was imported.</p>");
    }
    m_summary->setHtml(html);
    m_pages->setCurrentIndex(2);
    emit allDone();
}

} // namespace funnelscope

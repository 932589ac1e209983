#include "goalspage.h"
#include "chartkpi.h"

#include "annotatedchart.h"
#include "backgroundtask.h"
#include "chartaxis.h"
#include "csv/numberparser.h"
#include "exportfolder.h"
#include "goals/goallistmodel.h"
#include "goals/goalprogress.h"
#include "goals/goalstore.h"
#include "goals/smartcheck.h"
#include "i18n/contexts.h"
#include "i18n/language.h"
#include "kpi/bucketcoverage.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "multiselectbutton.h"
#include "readonly.h"
#include "report/companylogo.h"
#include "report/reportwriter.h"
#include "report/smartreview.h"
#include "reportchoicesdialog.h"
#include "store/readsnapshot.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QToolTip>
#include <QCursor>
#include <QHash>
#include <QLocale>
#include <QValueAxis>

#include <utility>

namespace funnelscope {

namespace {

QLabel *sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

// A readable summary of a saved review, its names escaped.
QString reviewHtml(const QJsonObject &doc)
{
    // Money in the review's currency; a goal's in the one it was set in.
    const KpiFormat format(QLocale(), doc.value(QStringLiteral("currency")).toString());
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString html = QStringLiteral("<h2>%1</h2><p>%2 – %3</p>")
                       .arg(esc(doc.value(QStringLiteral("title")).toString()),
                            format.mediumDate(doc.value(QStringLiteral("from")).toString()),
                            format.mediumDate(doc.value(QStringLiteral("to")).toString()));
    html += QObject::tr("<h3>S — Goals</h3>");
    if (const QString asOf = doc.value(QStringLiteral("goals_as_of")).toString(); !asOf.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(Report::tr("Measured as of %1.").arg(format.mediumDate(asOf)));
    }
    html += QStringLiteral("<table cellpadding=3>");
    for (const QJsonValue &g : doc.value(QStringLiteral("goals")).toArray()) {
        const int kpi = KpiCatalog::indexOf(g[QStringLiteral("kpi")].toString());
        const QString goalCurrency = g[QStringLiteral("currency")].toString();
        const KpiFormat goalFormat = goalCurrency.isEmpty() ? format : KpiFormat(format.locale(), goalCurrency);
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td>→ %3</td><td><b>%4</b></td></tr>")
                    .arg(esc(g[QStringLiteral("name")].toString()),
                         goalFormat.value(kpi, g[QStringLiteral("current")].isDouble()
                                                   ? std::optional<double>(g[QStringLiteral("current")].toDouble())
                                                   : std::nullopt),
                         goalFormat.value(kpi, g[QStringLiteral("target")].toDouble()),
                         esc(GoalProgress::statusName(g[QStringLiteral("status")].toString())));
    }
    html += QStringLiteral("</table>");
    const QJsonObject quality = doc.value(QStringLiteral("quality")).toObject();
    html += QObject::tr("<h3>M — Data quality</h3><p>%1 gap(s), %2 rejected rows, %3 channel(s) where platform and CRM "
                        "leads disagree.</p>")
                .arg(quality.value(QStringLiteral("gaps")).toArray().size())
                .arg(quality.value(QStringLiteral("rejected_rows")).toInteger())
                .arg(quality.value(QStringLiteral("disagreements")).toArray().size());
    // The review period's anomalies; older ones of the trailing history only as context, said so.
    html += QObject::tr("<h3>A — Anomalies</h3><ul>");
    const QDate from = QDate::fromString(doc.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(doc.value(QStringLiteral("to")).toString(), Qt::ISODate);
    for (const QJsonValue &t : doc.value(QStringLiteral("analysis"))[QStringLiteral("trends")].toArray()) {
        for (const QJsonValue &a : t[QStringLiteral("anomalies")].toArray()) {
            const QDate periodFrom = QDate::fromString(a[QStringLiteral("period")].toString(), Qt::ISODate);
            QDate periodTo = QDate::fromString(a[QStringLiteral("period_to")].toString(), Qt::ISODate);
            for (const QJsonValue &point : t[QStringLiteral("series")].toArray()) {
                if (!periodTo.isValid() && point[QStringLiteral("from")] == a[QStringLiteral("period")]) {
                    periodTo = QDate::fromString(point[QStringLiteral("to")].toString(), Qt::ISODate);
                }
            }
            const bool inPeriod = a.toObject().contains(QStringLiteral("in_period"))
                                      ? a[QStringLiteral("in_period")].toBool()
                                      : SmartReview::inPeriod(periodFrom, periodTo, from, to);
            html += QStringLiteral("<li>%1: %2%3</li>")
                        .arg(esc(t[QStringLiteral("goal")].toString()), format.mediumDate(periodFrom),
                             inPeriod ? QString() : QStringLiteral(" — ") + Report::tr("earlier, for context"));
        }
    }
    html += QStringLiteral("</ul>");
    html += QObject::tr("<h3>R — Status changes</h3><ul>");
    for (const QJsonValue &c : doc.value(QStringLiteral("review"))[QStringLiteral("status_changes")].toArray()) {
        html += QStringLiteral("<li>%1: %2 → %3</li>")
                    .arg(esc(c[QStringLiteral("goal")].toString()),
                         GoalProgress::statusName(c[QStringLiteral("from")].toString()),
                         GoalProgress::statusName(c[QStringLiteral("to")].toString()));
    }
    html += QStringLiteral("</ul>");
    html += QObject::tr("<h3>T — Recommended actions</h3><ul>");
    for (const QJsonValue &a : doc.value(QStringLiteral("actions"))[QStringLiteral("recommended")].toArray()) {
        html += QStringLiteral("<li><b>%1</b><br>%2</li>")
                    .arg(esc(SmartReview::findingText(a.toObject(), format)),
                         esc(SmartReview::actionText(a.toObject(), format)));
    }
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<h3>%1</h3>").arg(Report::tr("Decisions and open actions"));
    const QJsonArray decisions = doc.value(QStringLiteral("actions"))[QStringLiteral("decisions")].toArray();
    if (decisions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(Report::tr("None recorded yet."));
    }
    html += QStringLiteral("<ul>");
    for (const QJsonValue &a : decisions) {
        QStringList who;
        if (const QString owner = a[QStringLiteral("owner")].toString(); !owner.isEmpty()) {
            who.append(esc(owner));
        }
        if (const QString due = a[QStringLiteral("due")].toString(); !due.isEmpty()) {
            who.append(format.mediumDate(due));
        }
        const QString status = a[QStringLiteral("status")].toString(
            a[QStringLiteral("done")].toBool() ? QStringLiteral("done") : QStringLiteral("open"));
        if (a[QStringLiteral("overdue")].toBool()) {
            who.append(QStringLiteral("<b style='color:#c02626'>%1</b>").arg(Report::tr("overdue")));
        } else if (status != u"open") {
            who.append(Action::statusText(Action::statusFromId(status).value_or(Action::Status::Open)));
        }
        if (const QString goal = a[QStringLiteral("goal")].toString(); !goal.isEmpty()) {
            who.append(Report::tr("for the goal %1").arg(esc(goal)));
        }
        if (const QString rec = a[QStringLiteral("recommendation")].toString(); !rec.isEmpty()) {
            QString action = rec;
            for (const QJsonValue &r : doc.value(QStringLiteral("actions"))[QStringLiteral("recommended")].toArray()) {
                if (recommendationId(r.toObject()) == rec) {
                    action = SmartReview::actionText(r.toObject(), format);
                }
            }
            who.append(Report::tr("answers: %1").arg(esc(action)));
        }
        html += QStringLiteral("<li>%1%2</li>")
                    .arg(esc(a[QStringLiteral("text")].toString()),
                         who.isEmpty() ? QString() : QStringLiteral(" — ") + who.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</ul>");
    // The notes on the data of the period.
    const QJsonArray annotations = doc.value(QStringLiteral("annotations")).toArray();
    if (!annotations.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(Report::tr("Notes on the data (numbered as on the charts)"));
        for (const QJsonValue &a : annotations) {
            const QString from = a[QStringLiteral("from")].toString();
            const QString to = a[QStringLiteral("to")].toString();
            const QString channel = a[QStringLiteral("channel")].toString();
            html += QStringLiteral("<li>%1: %2%3</li>")
                        .arg(format.range(from, to), esc(a[QStringLiteral("text")].toString()),
                             channel.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(channel)));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

GoalsPage::GoalsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new GoalListModel(this)), m_table(new QTableView),
      m_reviews(new QListWidget), m_name(new QLineEdit), m_kpi(new QComboBox),
      m_channels(new MultiSelectButton(tr("Channels"))), m_campaigns(new MultiSelectButton(tr("Campaigns"))),
      m_baselineFrom(new QDateEdit), m_baselineTo(new QDateEdit), m_baseline(new QLineEdit), m_target(new QLineEdit),
      m_start(new QDateEdit), m_deadline(new QDateEdit), m_cadence(new QComboBox), m_owner(new QLineEdit),
      m_objective(new QPlainTextEdit), m_check(new QLabel), m_asOf(new QLabel), m_pace(new AnnotatedChart),
      m_checkTimer(new QTimer(this))
{
    // Left: the goals and the reviews.
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(GoalListModel::Name, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // long names end in "…" on one line
    auto *newGoal = new QPushButton(tr("&New goal"));
    auto *deleteGoal = new QPushButton(tr("Delete goal…"));
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(sectionTitle(tr("Goals")));
    goalButtons->addStretch();
    goalButtons->addWidget(newGoal);
    goalButtons->addWidget(deleteGoal);

    auto *newReviewButton = new QPushButton(tr("New &review"));
    newReviewButton->setToolTip(tr("A SMART review of the period chosen in the filter bar, saved with its numbers"));
    auto *openReviewButton = new QPushButton(tr("Open"));
    auto *exportButton = new QPushButton(tr("Export &PDF…"));
    auto *reviewButtons = new QHBoxLayout;
    reviewButtons->addWidget(sectionTitle(tr("Reviews")));
    reviewButtons->addStretch();
    reviewButtons->addWidget(newReviewButton);
    reviewButtons->addWidget(openReviewButton);
    reviewButtons->addWidget(exportButton);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(goalButtons);
    leftLayout->addWidget(m_table, 3);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(m_asOf);
    leftLayout->addLayout(reviewButtons);
    leftLayout->addWidget(m_reviews, 2);

    // Right: the form, the SMART check and the pace chart.
    for (int i = 0; i < KpiCatalog::all().size(); ++i) {
        const KpiDefinition &k = KpiCatalog::at(i);
        m_kpi->addItem(
            QStringLiteral("%1 · %2").arg(KpiCatalog::groupName(k.group), QCoreApplication::translate("Kpi", k.name)),
            k.id);
    }
    // "Stage · KPI" can be long in some languages: the closed box shows what fits, the open list all of it.
    m_kpi->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kpi->setMinimumContentsLength(24);
    m_kpi->view()->setMinimumWidth(m_kpi->view()->sizeHintForColumn(0) + 24);
    m_cadence->addItem(tr("Weekly"), Goal::cadenceId(Cadence::Weekly));
    m_cadence->addItem(tr("Monthly"), Goal::cadenceId(Cadence::Monthly));
    m_cadence->addItem(tr("Quarterly"), Goal::cadenceId(Cadence::Quarterly));
    for (QDateEdit *e : {m_baselineFrom, m_baselineTo, m_start, m_deadline}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(Language::dateEditFormat());
    }
    m_baseline->setPlaceholderText(tr("computed from the baseline period"));
    m_target->setPlaceholderText(tr("e.g. 1200, 80, 30%"));
    m_objective->setPlaceholderText(tr("The business objective this goal serves, e.g. pipeline for the 2027 plan"));
    m_objective->setMaximumHeight(60);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&KPI:"), m_kpi);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_channels);
    scope->addWidget(m_campaigns);
    scope->addStretch();
    form->addRow(tr("Scope:"), scope);
    auto *baselinePeriod = new QHBoxLayout;
    baselinePeriod->addWidget(m_baselineFrom);
    baselinePeriod->addWidget(new QLabel(QStringLiteral("–")));
    baselinePeriod->addWidget(m_baselineTo);
    baselinePeriod->addStretch();
    form->addRow(tr("Baseline period:"), baselinePeriod);
    form->addRow(tr("&Baseline:"), m_baseline);
    form->addRow(tr("&Target:"), m_target);
    auto *timing = new QHBoxLayout;
    timing->addWidget(m_start);
    timing->addWidget(new QLabel(QStringLiteral("–")));
    timing->addWidget(m_deadline);
    timing->addWidget(m_cadence);
    timing->addStretch();
    form->addRow(tr("Start – deadline:"), timing);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Ob&jective:"), m_objective);
    auto *save = new QPushButton(tr("&Save goal"));
    save->setDefault(true);
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::RichText);
    m_check->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_check->setMinimumWidth(300);
    m_pace->setRenderHint(QPainter::Antialiasing);
    m_pace->setMinimumHeight(230);
    m_pace->chart()->setTitle(tr("Pace"));

    auto *formAndCheck = new QHBoxLayout;
    auto *formColumn = new QVBoxLayout;
    formColumn->addWidget(sectionTitle(tr("Goal")));
    formColumn->addLayout(form);
    formColumn->addWidget(save, 0, Qt::AlignRight);
    formAndCheck->addLayout(formColumn, 3);
    auto *checkColumn = new QVBoxLayout;
    checkColumn->addWidget(sectionTitle(tr("SMART check")));
    checkColumn->addWidget(m_check, 1);
    formAndCheck->addLayout(checkColumn, 2);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(formAndCheck);
    rightLayout->addWidget(m_pace, 1);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({660, 760});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->addWidget(split);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &GoalsPage::runCheck);
    for (QLineEdit *e : {m_name, m_baseline, m_target, m_owner}) {
        connect(e, &QLineEdit::textChanged, this, &GoalsPage::scheduleCheck);
    }
    connect(m_objective, &QPlainTextEdit::textChanged, this, &GoalsPage::scheduleCheck);
    for (QDateEdit *e : {m_baselineFrom, m_baselineTo, m_start, m_deadline}) {
        connect(e, &QDateEdit::dateChanged, this, &GoalsPage::scheduleCheck);
    }
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &GoalsPage::scheduleCheck);
    connect(m_cadence, &QComboBox::currentIndexChanged, this, &GoalsPage::scheduleCheck);
    connect(m_channels, &MultiSelectButton::selectionChanged, this, &GoalsPage::scheduleCheck);
    connect(m_campaigns, &MultiSelectButton::selectionChanged, this, &GoalsPage::scheduleCheck);
    connect(save, &QPushButton::clicked, this, &GoalsPage::saveGoal);
    connect(deleteGoal, &QPushButton::clicked, this, &GoalsPage::deleteGoal);
    connect(newGoal, &QPushButton::clicked, this, [this] {
        Goal g;
        g.kpi = QStringLiteral("sqls");
        g.start = m_last.isValid() ? m_last.addDays(1) : QDate::currentDate();
        g.deadline = g.start.addDays(89);
        g.baselineTo = g.start.addDays(-1);
        g.baselineFrom = g.start.addDays(-90);
        m_table->clearSelection();
        showGoal(g);
        m_name->setFocus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    showGoal(m_model->goal(current.row()));
                    showPace(current.row());
                }
            });
    connect(newReviewButton, &QPushButton::clicked, this, &GoalsPage::newReview);
    connect(openReviewButton, &QPushButton::clicked, this, &GoalsPage::openReview);
    connect(m_reviews, &QListWidget::itemActivated, this, &GoalsPage::openReview);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_reviews->currentItem();
        if (!item) {
            return;
        }
        exportWithChoices(item->data(Qt::UserRole).toLongLong(), this);
    });
    showGoal(Goal{});
}

void GoalsPage::setContext(const QDate &first, const QDate &last, const QStringList &channels,
                           const QStringList &campaigns)
{
    m_first = first;
    m_last = last;
    m_channels->setNames(channels);
    m_campaigns->setNames(campaigns);
    m_hasContext = true;
    m_stale = true;
    if (isVisible()) {
        refresh();
        scheduleCheck();
    }
}

void GoalsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void GoalsPage::refresh()
{
    if (!m_hasContext) {
        // Shown before the workspace's dates are read (the window reopened on this tab): measured up to today, every
        // goal would look off track until F5. setContext() computes them.
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDate asOf = m_last.isValid() ? m_last : QDate::currentDate();
    const int generation = ++m_refreshGeneration;
    using Rows = QList<std::pair<Goal, GoalProgress>>;
    runInBackground<Rows>(
        m_workspace.path(), this,
        [asOf](Workspace &ws) {
            const ReadSnapshot read(ws);
            return GoalProgress::measureAll(ws, asOf);
        },
        [this, generation](const Rows &rows) {
            if (generation != m_refreshGeneration) {
                return; // a later refresh is under way
            }
            const qint64 selected = m_editing;
            // Custom KPIs can be goals' KPIs too: listed after the catalog's.
            const CustomKpiList custom = CustomKpiStore(m_workspace).all();
            m_model->setCustomKpis(custom);
            {
                const QSignalBlocker blocker(m_kpi);
                const QString current = m_kpi->currentData().toString();
                while (m_kpi->count() > KpiCatalog::all().size()) {
                    m_kpi->removeItem(m_kpi->count() - 1);
                }
                for (const CustomKpi &k : custom) {
                    m_kpi->addItem(QStringLiteral("%1 · %2").arg(KpiCatalog::groupName(k.group), k.name), k.id);
                }
                m_kpi->setCurrentIndex(std::max(0, m_kpi->findData(current)));
            }
            m_model->setGoals(rows, KpiFormat(QLocale(), m_workspace.currency()));
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount(); ++c) {
                m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 130)); // long names end in "…"
            }
            m_table->horizontalHeader()->setSectionResizeMode(GoalListModel::Name, QHeaderView::Stretch);
            // The one date the goals are measured up to (the last day with data); a goal past its deadline says so.
            QDate asOf;
            for (const auto &[goal, progress] : rows) {
                if (progress.asOf.isValid() && (!asOf.isValid() || progress.asOf > asOf)) {
                    asOf = progress.asOf;
                }
            }
            m_asOf->setText(asOf.isValid() ? tr("Measured as of %1; a level goal's “Now” is its latest whole period.")
                                                 .arg(KpiFormat().date(asOf))
                                           : QString());
            const int row = m_model->rowOf(selected);
            if (row >= 0) {
                m_table->selectRow(row);
            } else if (m_model->rowCount() > 0 && selected < 0) {
                m_table->selectRow(0);
            }
            m_reviews->clear();
            for (const SavedReview &r : GoalStore(m_workspace).reviews()) {
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1   (%2 – %3)").arg(r.title, KpiFormat().date(r.from), KpiFormat().date(r.to)),
                    m_reviews);
                item->setData(Qt::UserRole, r.id);
            }
            if (m_reviews->count() > 0) {
                m_reviews->setCurrentRow(0);
            }
            emit refreshed();
        });
}

Goal GoalsPage::formGoal() const
{
    Goal g;
    g.id = m_editing;
    g.name = m_name->text().trimmed();
    g.kpi = m_kpi->currentData().toString();
    g.channels = m_channels->selected();
    g.campaigns = m_campaigns->selected();
    g.baselineFrom = m_baselineFrom->date();
    g.baselineTo = m_baselineTo->date();
    const QChar decimal = QLocale().decimalPoint().front();
    if (const auto b = NumberParser::parse(m_baseline->text(), decimal).value;
        b && !m_baseline->text().trimmed().isEmpty()) {
        g.baseline = b->toDouble();
    }
    const auto t = NumberParser::parse(m_target->text(), decimal).value;
    g.target = t ? t->toDouble() : std::numeric_limits<double>::quiet_NaN();
    g.start = m_start->date();
    g.deadline = m_deadline->date();
    g.cadence = Goal::cadenceFromId(m_cadence->currentData().toString()).value_or(Cadence::Monthly);
    g.owner = m_owner->text().trimmed();
    g.objective = m_objective->toPlainText().trimmed();
    return g;
}

void GoalsPage::showGoal(const Goal &g)
{
    const QSignalBlocker b1(m_name), b2(m_baseline), b3(m_target), b4(m_owner), b5(m_objective), b6(m_kpi),
        b7(m_cadence), b8(m_baselineFrom), b9(m_baselineTo), b10(m_start), b11(m_deadline);
    m_editing = g.id;
    m_name->setText(g.name);
    m_kpi->setCurrentIndex(std::max(0, m_kpi->findData(g.kpi)));
    m_channels->setSelected(g.channels);
    m_campaigns->setSelected(g.campaigns);
    m_baselineFrom->setDate(g.baselineFrom.isValid() ? g.baselineFrom : QDate::currentDate().addDays(-90));
    m_baselineTo->setDate(g.baselineTo.isValid() ? g.baselineTo : QDate::currentDate().addDays(-1));
    m_baseline->setText(g.baseline ? QLocale().toString(*g.baseline, 'g', 10) : QString());
    m_target->setText(g.id >= 0 || g.target != 0 ? QLocale().toString(g.target, 'g', 10) : QString());
    m_start->setDate(g.start.isValid() ? g.start : QDate::currentDate());
    m_deadline->setDate(g.deadline.isValid() ? g.deadline : QDate::currentDate().addDays(89));
    m_cadence->setCurrentIndex(std::max(0, m_cadence->findData(Goal::cadenceId(g.cadence))));
    m_owner->setText(g.owner);
    m_objective->setPlainText(g.objective);
    scheduleCheck();
}

void GoalsPage::scheduleCheck()
{
    m_checkTimer->start();
}

void GoalsPage::runCheck()
{
    const Goal goal = formGoal();
    const QDate first = m_first.isValid() ? m_first : QDate::currentDate().addYears(-2);
    const QDate last = m_last.isValid() ? m_last : QDate::currentDate();
    const int generation = ++m_checkGeneration;
    runInBackground<SmartCheck::Result>(
        m_workspace.path(), this,
        [goal, first, last](Workspace &ws) {
            const ReadSnapshot read(ws);
            KpiEngine engine(ws);
            return SmartCheck::check(engine, goal, first, last);
        },
        [this, generation](const SmartCheck::Result &result) {
            if (generation != m_checkGeneration) {
                return;
            }
            QString html;
            for (const SmartCheck::Line &line : result.lines) {
                const QColor colour = line.verdict == SmartCheck::Verdict::Pass      ? theme::good(palette())
                                      : line.verdict == SmartCheck::Verdict::Warning ? QColor(0x9a, 0x5b, 0x00)
                                                                                     : theme::bad(palette());
                const QString mark = line.verdict == SmartCheck::Verdict::Pass      ? QStringLiteral("✓")
                                     : line.verdict == SmartCheck::Verdict::Warning ? QStringLiteral("!")
                                                                                    : QStringLiteral("✗");
                html += QStringLiteral(
                            "<p style='margin-bottom:6px'><span style='color:%1; font-weight:bold'>%2 %3</span> %4</p>")
                            .arg(colour.name(), mark, QString(line.letter), line.text.toHtmlEscaped());
            }
            m_check->setText(html);
            emit smartCheckUpdated();
        });
}

void GoalsPage::saveGoal()
{
    if (!changeAllowed(this, m_workspace)) {
        return;
    }
    const Goal goal = formGoal();
    if (goal.name.isEmpty()) {
        QMessageBox::information(this, tr("Save goal"), tr("Give the goal a name first."));
        return;
    }
    if (!std::isfinite(goal.target)) {
        QMessageBox::information(this, tr("Save goal"), tr("Set a numeric target, e.g. 1200 or 30%."));
        return;
    }
    QString error;
    const qint64 id = GoalStore(m_workspace).save(goal, &error);
    if (id < 0) {
        QMessageBox::warning(this, tr("Save goal"), error);
        return;
    }
    m_editing = id;
    refresh();
}

void GoalsPage::deleteGoal()
{
    if (!changeAllowed(this, m_workspace)) {
        return;
    }
    if (m_editing < 0) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete goal"), tr("Delete the goal “%1”?").arg(m_name->text())) !=
        QMessageBox::Yes) {
        return;
    }
    GoalStore(m_workspace).remove(m_editing);
    m_editing = -1;
    showGoal(Goal{});
    refresh();
}

void GoalsPage::newReview()
{
    if (!changeAllowed(this, m_workspace)) {
        return;
    }
    const Scope scope = m_reviewScope.from.isValid() ? m_reviewScope : Scope{m_last.addDays(-29), m_last, {}, {}};
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("New review"), tr("Title of the review:"), QLineEdit::Normal,
        tr("Marketing review %1 – %2").arg(KpiFormat().mediumDate(scope.from), KpiFormat().mediumDate(scope.to)), &ok);
    if (!ok) {
        return;
    }
    runInBackground<qint64>(
        m_workspace.path(), this,
        [scope, title](Workspace &ws) {
            SavedReview review;
            review.title = title;
            review.from = scope.from;
            review.to = scope.to;
            {
                const ReadSnapshot read(ws); // the review's numbers from one committed state
                review.content = SmartReview::build(ws, scope, Comparison::PreviousPeriod, title);
            }
            return GoalStore(ws).saveReview(review);
        },
        [this](const qint64 &) { refresh(); });
}

std::optional<std::pair<QJsonObject, ReportWriter::Options>> GoalsPage::reportOf(qint64 reviewId)
{
    const auto review = GoalStore(m_workspace).review(reviewId);
    if (!review) {
        return std::nullopt;
    }
    ReportWriter::Options options;
    options.locale = QLocale();
    options.company = m_workspace.setting(QStringLiteral("company"));
    options.logo = CompanyLogo::bytes(m_workspace);
    QJsonObject content = review->content;
    if (m_unsavedChoices.first == reviewId) {
        // A read-only workspace keeps nothing: this PDF still has what was asked.
        content.insert(QStringLiteral("presentation"), m_unsavedChoices.second.toJson());
    }
    return std::make_pair(content, options);
}

QString GoalsPage::exportReview(qint64 reviewId, const QString &path)
{
    const auto report = reportOf(reviewId);
    return report ? ReportWriter::write(report->first, path, report->second) : tr("This review no longer exists.");
}

void GoalsPage::exportInBackground(qint64 reviewId, const QString &path, QWidget *parent)
{
    const auto report = reportOf(reviewId);
    if (!report) {
        QMessageBox::warning(parent, tr("Export review"), tr("This review no longer exists."));
        return;
    }
    // The PDF is drawn on a thread of its own (the window keeps answering), then the user is told where it is.
    auto *progress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, parent);
    progress->setWindowTitle(tr("Export review"));
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<bool>(false);
    connect(progress, &QProgressDialog::canceled, progress, [cancelled] { *cancelled = true; });
    QPointer<QWidget> owner(parent);
    QPointer<GoalsPage> self(this);
    QThread *thread = QThread::create([report = *report, path, progress, cancelled, owner, self] {
        const QString error = ReportWriter::write(report.first, path, report.second);
        QMetaObject::invokeMethod(
            progress,
            [error, path, progress, cancelled, owner, self] {
                // Closing a progress dialog says "canceled": read the user's choice first.
                const bool dropped = *cancelled;
                progress->disconnect();
                progress->close();
                if (dropped) {
                    QFile::remove(path); // the user no longer wants it
                    return;
                }
                if (!error.isEmpty()) {
                    QMessageBox::warning(owner, tr("Export review"), error);
                    return;
                }
                // Not modal: the user may go on working and open it later.
                auto *box = new QMessageBox(QMessageBox::Information, tr("Export review"),
                                            tr("The review is saved as %1").arg(QDir::toNativeSeparators(path)),
                                            QMessageBox::Close, owner);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->setTextFormat(Qt::PlainText);
                QPushButton *open = box->addButton(tr("Open"), QMessageBox::AcceptRole);
                QPushButton *folder = box->addButton(tr("Show folder"), QMessageBox::ActionRole);
                box->setDefaultButton(open);
                connect(open, &QPushButton::clicked, box,
                        [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
                connect(folder, &QPushButton::clicked, box,
                        [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
                box->open();
                if (self) {
                    emit self->reviewExported(path, box);
                }
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void GoalsPage::exportWithChoices(qint64 reviewId, QWidget *parent)
{
    const auto review = GoalStore(m_workspace).review(reviewId);
    if (!review) {
        QMessageBox::warning(parent, tr("Export review"), tr("This review no longer exists."));
        return;
    }
    ReportChoices choices = ReportChoices::ofReview(review->content);
    if (m_unsavedChoices.first == reviewId) {
        choices = m_unsavedChoices.second;
    }
    if (choices.author.isEmpty()) {
        choices.author = m_workspace.setting(QStringLiteral("last_author"));
    }
    auto *dialog = new ReportChoicesDialog(choices, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reviewId, parent, title = review->title] {
        const ReportChoices chosen = dialog->choices();
        if (m_workspace.isReadOnly()) {
            m_unsavedChoices = {reviewId, chosen};
        } else {
            QString error = GoalStore(m_workspace).savePresentation(reviewId, chosen.toJson());
            if (error.isEmpty() && !chosen.author.isEmpty()) {
                error = m_workspace.setSetting(QStringLiteral("last_author"), chosen.author);
            }
            if (!error.isEmpty()) {
                QMessageBox::warning(parent, tr("Export review"),
                                     tr("Cannot save the choices with the review: %1").arg(error));
                return;
            }
            m_unsavedChoices = {-1, {}};
        }
        const QString path = !m_nextExportPath.isEmpty()
                                 ? std::exchange(m_nextExportPath, QString())
                                 : QFileDialog::getSaveFileName(parent, tr("Export review"),
                                                                ExportFolder::suggest(title + QStringLiteral(".pdf")),
                                                                tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            ExportFolder::remember(path);
            exportInBackground(reviewId, path, parent);
        }
    });
    dialog->open();
    emit reportChoicesShown(dialog);
}

void GoalsPage::openReview()
{
    QListWidgetItem *item = m_reviews->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const auto review = GoalStore(m_workspace).review(id);
    if (!review) {
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(review->title);
    dialog->resize(820, 680);
    auto *browser = new QTextBrowser;
    browser->setHtml(reviewHtml(review->content));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *decision = buttons->addButton(tr("Record a decision…"), QDialogButtonBox::ActionRole);
    auto *pdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    connect(pdf, &QPushButton::clicked, dialog, [this, id, dialog] { exportWithChoices(id, dialog); });
    connect(decision, &QPushButton::clicked, dialog, [this, id, dialog, browser] {
        // A decision: what, who, by when. It stays open, and shows in the next reviews, until it is done.
        QDialog ask(dialog);
        ask.setWindowTitle(tr("Record a decision"));
        auto *what = new QLineEdit;
        what->setPlaceholderText(tr("e.g. Move 10% of the Display budget to Paid Search"));
        auto *who = new QLineEdit;
        auto *due = new QDateEdit(QDate::currentDate().addDays(30));
        due->setCalendarPopup(true);
        // What it answers: a goal, a recommendation of this review, or neither.
        auto *answers = new QComboBox;
        answers->addItem(tr("nothing in particular"));
        for (const Goal &g : GoalStore(m_workspace).goals()) {
            answers->addItem(tr("the goal %1").arg(g.name), QStringList{QStringLiteral("goal"), QString::number(g.id)});
        }
        if (const auto current = GoalStore(m_workspace).review(id)) {
            for (const QJsonValue &r :
                 current->content[QStringLiteral("actions")][QStringLiteral("recommended")].toArray()) {
                answers->addItem(tr("the recommendation: %1")
                                     .arg(SmartReview::actionText(r.toObject(), KpiFormat(QLocale())).left(80)),
                                 QStringList{QStringLiteral("recommendation"), recommendationId(r.toObject())});
            }
        }
        auto *status = new QComboBox;
        for (const Action::Status s : {Action::Status::Open, Action::Status::Done, Action::Status::Dropped}) {
            status->addItem(Action::statusText(s), Action::statusId(s));
        }
        auto *form = new QFormLayout;
        form->addRow(tr("Decision:"), what);
        form->addRow(tr("Owner:"), who);
        form->addRow(tr("Due:"), due);
        form->addRow(tr("Answers:"), answers);
        form->addRow(tr("Status:"), status);
        auto *ok = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(ok, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(ok, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        auto *layout = new QVBoxLayout(&ask);
        layout->addLayout(form);
        layout->addWidget(ok);
        ask.resize(520, ask.sizeHint().height());
        if (ask.exec() != QDialog::Accepted || what->text().trimmed().isEmpty()) {
            return;
        }
        Action action;
        action.reviewId = id;
        action.text = what->text().trimmed();
        action.owner = who->text().trimmed();
        action.due = due->date();
        action.status = Action::statusFromId(status->currentData().toString()).value_or(Action::Status::Open);
        if (const QStringList link = answers->currentData().toStringList(); link.size() == 2) {
            if (link.at(0) == u"goal") {
                action.goalId = link.at(1).toLongLong();
            } else {
                action.recommendation = link.at(1);
            }
        }
        QString error;
        if (GoalStore(m_workspace).saveAction(action, &error) < 0) {
            QMessageBox::warning(dialog, tr("Record a decision"), error);
            return;
        }
        // The decision belongs to this review: it shows here at once, and in this review's PDF.
        if (const auto updated = GoalStore(m_workspace).review(id)) {
            browser->setHtml(reviewHtml(updated->content));
        }
    });
    dialog->open();
}

void GoalsPage::showPace(int row)
{
    QChart *chart = m_pace->chart();
    if (row < 0 || row >= m_model->rowCount()) {
        theme::resetChart(chart, palette(), tr("Select a saved goal to see its pace"));
        return;
    }
    const Goal &goal = m_model->goal(row);
    const GoalProgress &progress = m_model->progress(row);
    theme::resetChart(chart, palette(),
                      tr("Pace of “%1”: actual against the straight line to the target")
                          .arg(goal.name.toHtmlEscaped())); // chart titles are HTML
    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    auto *planned = new QLineSeries;
    planned->setName(tr("Planned pace"));
    planned->setPen(QPen(theme::muted(palette()), 2, Qt::DashLine));
    actual->setPen(QPen(theme::accent(palette()), 2.5));
    const int kpi = KpiCatalog::indexOf(goal.kpi);
    const double scale = kpi >= 0 && KpiCatalog::at(kpi).unit == KpiUnit::Ratio ? 100 : 1;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    // A cadence period with fewer days of data than its calendar week, month or quarter (the first one when the goal
    // starts mid-week, the one in progress) is drawn dashed to a hollow point, not as a fall.
    const Breakdown by = Goal::breakdownOf(goal.cadence);
    QList<BucketCoverage> coverage;
    QDate periodFrom = goal.start;
    for (const GoalProgress::PacePoint &p : progress.pace) {
        coverage.append(BucketCoverage::ofBucket(periodFrom, p.date, by, m_first, m_last));
        periodFrom = p.date.addDays(1);
    }
    auto *partialLine = new QLineSeries;
    partialLine->setPen(QPen(theme::accent(palette()), 2.5, Qt::DashLine));
    partialLine->setName(BucketCoverage::legend(coverage, by, false));
    auto *hollow = new QScatterSeries;
    hollow->setMarkerSize(9);
    hollow->setColor(theme::card(palette()));
    hollow->setBorderColor(theme::accent(palette()));
    std::optional<QPointF> previous;
    bool previousPartial = false;
    for (qsizetype i = 0; i < progress.pace.size(); ++i) {
        const GoalProgress::PacePoint &p = progress.pace.at(i);
        const double x = double(p.date.startOfDay().toMSecsSinceEpoch());
        planned->append(x, p.planned * scale);
        lo = std::min(lo, p.planned * scale);
        hi = std::max(hi, p.planned * scale);
        if (p.actual) {
            const QPointF point(x, *p.actual * scale);
            const bool partial = coverage.at(i).partial();
            if (partial) {
                hollow->append(point);
            } else {
                actual->append(point);
            }
            // The partial periods are at the ends: the dashed line joins them to the solid one.
            if (previous && (partial || previousPartial)) {
                partialLine->append(*previous);
                partialLine->append(point);
            }
            previous = point;
            previousPartial = partial;
            lo = std::min(lo, *p.actual * scale);
            hi = std::max(hi, *p.actual * scale);
        }
    }
    chart->addSeries(planned);
    chart->addSeries(actual);
    const bool anyPartial = hollow->count() > 0;
    m_pace->setToolTip(anyPartial ? BucketCoverage::legend(coverage, by) : QString());
    QList<QXYSeries *> partialSeries;
    if (anyPartial) {
        for (QXYSeries *s : {static_cast<QXYSeries *>(partialLine), static_cast<QXYSeries *>(hollow)}) {
            chart->addSeries(s);
            partialSeries.append(s);
        }
        for (QLegendMarker *marker : chart->legend()->markers(hollow)) {
            marker->setVisible(false);
        }
    } else {
        delete partialLine;
        delete hollow;
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(Language::dayMonthFormat());
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    if (lo <= hi) {
        const double margin = (hi - lo) * 0.1 + 1e-9;
        y->setRange(kpi >= 0 && KpiCatalog::at(kpi).isVolume() ? 0 : lo - margin, hi + margin);
        y->applyNiceNumbers();
    }
    // A money goal's axis says its currency ("$%.0f", "%.0f zł").
    const KpiFormat goalFormat = m_model->goalFormat(goal);
    const bool money = kpi >= 0 && KpiCatalog::at(kpi).isMoney();
    y->setLabelFormat(scale == 100 ? AxisScale::percentFormat()
                      : money      ? goalFormat.moneyLabelFormat(QStringLiteral("%.0f"), goalFormat.currency())
                                   : QStringLiteral("%.0f"));
    if (kpi >= 0) {
        y->setTitleText(ChartKpi::catalog(kpi).axisTitle(money ? goalFormat.currency() : QString()));
    }
    chart->addAxis(y, Qt::AlignLeft);
    for (QXYSeries *s : QList<QXYSeries *>{planned, actual} + partialSeries) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // Hover on the actual line: the period's end, where it stood and where the straight line to the target was.
    const auto valueText = [&](double v) {
        return kpi >= 0 ? goalFormat.value(kpi, v) : QLocale().toString(v, 'f', 2);
    };
    QHash<qint64, QString> tips;
    for (const GoalProgress::PacePoint &p : progress.pace) {
        if (p.actual) {
            tips.insert(p.date.startOfDay().toMSecsSinceEpoch(),
                        tr("%1\nActual: %2\nPlanned pace: %3")
                            .arg(QLocale().toString(p.date, QLocale::ShortFormat), valueText(*p.actual),
                                 valueText(p.planned)));
        }
    }
    for (QXYSeries *s : QList<QXYSeries *>{actual} + partialSeries) {
        connect(s, &QXYSeries::hovered, m_pace, [tips](const QPointF &point, bool on) {
            if (on && tips.contains(qint64(point.x()))) {
                QToolTip::showText(QCursor::pos(), tips.value(qint64(point.x())));
            } else if (!on) {
                QToolTip::hideText();
            }
        });
    }
}

} // namespace funnelscope

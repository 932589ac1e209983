// funnelscope-cli: the headless twin of the desktop app (see shared/spec/cli.md).

#include "attribution/attribution.h"
#include "channels/channeltaxonomy.h"
#include "cohorts/cohorts.h"
#include "csv/csvwriter.h"
#include "csv/numberparser.h"
#include "demo/demogenerator.h"
#include "demo/demoworkspace.h"
#include "goals/goalstore.h"
#include "i18n/language.h"
#include "importing/columnmapping.h"
#include "importing/importer.h"
#include "importing/preset.h"
#include "kpi/customkpi.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiengine.h"
#include "kpi/kpiformat.h"
#include "kpi/kpiwriter.h"
#include "money/currency.h"
#include "report/companylogo.h"
#include "report/reportchoices.h"
#include "report/reportwriter.h"
#include "report/smartreview.h"
#include "store/importlog.h"
#include "store/readsnapshot.h"
#include "store/rowdrill.h"
#include "store/viewstore.h"
#include "store/workspace.h"
#ifdef FUNNELSCOPE_POSTGRES
#include "store/postgres/teamworkspace.h"
#include "store/postgres/workspacecopy.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QStringDecoder>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace funnelscope;

// The context of the command line's own messages (resources/translations/*.ts).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace {

enum Exit
{
    Success = 0,
    Refused = 1,
    Usage = 2
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message)
{
    err() << "funnelscope-cli: " << message << "\n" << Cli::tr("Try 'funnelscope-cli --help'.") << "\n";
    return Usage;
}

QString generalHelp()
{
    return Cli::tr(
        "Usage: funnelscope-cli COMMAND [OPTIONS]\n"
        "\n"
        "Marketing KPIs along the B2B funnel, from your CSV exports, in one local workspace file.\n"
        "\n"
        "Commands:\n"
        "  import       Import CSV files into a workspace\n"
        "  kpis         Compute every KPI for a period, with filters, comparison and breakdowns\n"
        "  rows         List the stored rows behind one KPI, with the file and line each came from\n"
        "  report       Write the SMART review of a period, or a saved review, as a PDF\n"
        "  attribution  Credit leads, customers and revenue to channels: first, last, linear, time-decay or position\n"
        "  cohorts      Lead cohorts: the share reaching each stage within 30, 60, 90 and 180 days\n"
        "  channels     List the stored channel names with the channel each counts as; set and reset aliases\n"
        "  kpi          Add, list and remove your own KPIs: formulas over the catalog's KPIs\n"
        "  goals        List, add and remove SMART goals\n"
        "  review       List saved reviews, make one for a period, choose its PDF's author, audience, sections\n"
        "               and comments, record decisions (status, goal, recommendation)\n"
        "  annotate     Add, list and remove dated notes on the data, drawn on charts and listed in reviews\n"
        "  view         List, add and remove saved views (a period rule, comparison, filters and tab), which\n"
        "               kpis --view and report --view use\n"
        "  settings     Show or set the company name and logo printed on report covers\n"
        "  demo         Write a realistic two-year demo workspace\n"
        "  copy         Copy a whole workspace between a file and a team database on PostgreSQL\n"
        "\n"
        "Run 'funnelscope-cli COMMAND --help' for a command's options.\n"
        "Exit codes: 0 success, 1 the work was refused (nothing changed), 2 usage error.\n");
}

void addDb(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("db"),
                 Cli::tr("The workspace: a file (created on first use), or a team workspace, "
                         "postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or PGPASSWORD)."),
                 QStringLiteral("LOCATION")});
}

// Parses a command's arguments; returns an exit code when the command should stop (help, or a usage error).
std::optional<int> parse(QCommandLineParser &p, const QStringList &args, const QString &command, const QString &syntax)
{
    p.setApplicationDescription(syntax);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    p.addOption(help);
    if (!p.parse(args)) {
        return usageError(QStringLiteral("%1: %2").arg(command, p.errorText()));
    }
    if (p.isSet(help)) {
        // "Usage: funnelscope-cli COMMAND [options]", in whatever language Qt writes the rest of the line.
        QString help = p.helpText();
        const QString program = QCoreApplication::arguments().constFirst();
        if (const qsizetype at = help.indexOf(program); at >= 0 && at < help.indexOf(u'\n')) {
            help.insert(at + program.size(), u' ' + command);
        }
        out() << help;
        return Success;
    }
    if (command != u"copy" && !p.isSet(QStringLiteral("db")) &&
        !(command == u"demo" && p.isSet(QStringLiteral("csv")))) {
        return usageError(Cli::tr("%1: --db LOCATION is required").arg(command));
    }
    return std::nullopt;
}

enum class Use
{
    Change,
    Read
};

#ifdef FUNNELSCOPE_POSTGRES
// The team workspace the command works on, when --db is a postgresql:// URL, and the work file of its change.
struct TeamChange
{
    std::unique_ptr<TeamWorkspace> team;
    QString replica; // a read's
    QString work;    // a change's
};
TeamChange &teamChange()
{
    static TeamChange change;
    return change;
}
#endif

// Where a team workspace's command reads or changes it: its replica, or the work file of a change (TeamWorkspace).
// Returns an error message, or empty.
QString openTeam(const QString &url, Use use, QString *path)
{
#ifdef FUNNELSCOPE_POSTGRES
    TeamChange &change = teamChange();
    if (change.team && change.team->url() == url) {
        // Opened again by the same command: the same replica, or the same change's work file.
        *path = change.work.isEmpty() ? change.replica : change.work;
        return {};
    }
    change.team = std::make_unique<TeamWorkspace>(url);
    if (const QString error = change.team->connect(); !error.isEmpty()) {
        return error;
    }
    if (use == Use::Read) {
        const QString error = change.team->pull(path);
        if (error.isEmpty()) {
            Workspace::markReadOnly(*path);
            change.replica = *path;
        }
        return error;
    }
    const QString error = change.team->beginChange(path, [](const QString &waiting) { err() << waiting << "\n"; });
    if (error.isEmpty()) {
        change.work = *path;
    }
    return error;
#else
    Q_UNUSED(use);
    Q_UNUSED(path);
    return Cli::tr("this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON), so "
                   "it cannot open %1")
        .arg(url);
#endif
}

// Ends a team workspace's change once the command is done: what it wrote is published, as it stays in a file (a
// refused file among several leaves the others imported, exit 1); a usage error's work file is dropped. Returns the
// command's exit code, Refused when the publish failed.
int endTeamChange(int code)
{
#ifdef FUNNELSCOPE_POSTGRES
    TeamChange &change = teamChange();
    if (change.team && !change.work.isEmpty()) {
        if (code == Usage) {
            change.team->abandon(change.work);
        } else if (const QString error = change.team->publish(change.work); !error.isEmpty()) {
            err() << "funnelscope-cli: " << Cli::tr("nothing was changed in %1: %2").arg(change.team->url(), error)
                  << "\n";
            code = Refused;
        }
    }
    change = {};
#endif
    return code;
}

// Opens the workspace; a command that only reads opens a workspace the user may not write read-only.
std::optional<int> openWorkspace(Workspace &ws, const QString &location, Use use)
{
    QString path = location;
    if (Workspace::isDatabaseUrl(location)) {
        if (const QString error = openTeam(location, use, &path); !error.isEmpty()) {
            err() << "funnelscope-cli: " << error << "\n";
            return Refused;
        }
    }
    QString error = ws.open(path);
    if (!error.isEmpty() && use == Use::Read && ws.refusedAsReadOnly()) {
        error = ws.open(path, Workspace::Access::ReadOnly);
    }
    if (!error.isEmpty()) {
        err() << "funnelscope-cli: " << error << "\n";
        return Refused;
    }
    return std::nullopt;
}

// A read failed: nothing computed is shown, since some of it would be unknowns that look like "no data".
int readError(const Workspace &ws, const QString &error)
{
    err() << "funnelscope-cli: " << Cli::tr("cannot read workspace %1: %2").arg(ws.path(), error) << "\n";
    return Refused;
}

std::optional<QDate> isoDate(const QString &text);

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("kind"),
                 Cli::tr("auto, campaign, leads, deals, customers, surveys, expenses, touchpoints or rates."),
                 QStringLiteral("KIND"), QStringLiteral("auto")});
    p.addOption(
        {QStringLiteral("preset"), Cli::tr("auto or a preset name."), QStringLiteral("NAME"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("source"),
                 Cli::tr("The source label (default: the preset's name for a tool's export, else manual)."),
                 QStringLiteral("LABEL")});
    p.addOption({QStringLiteral("date-order"), Cli::tr("dmy or mdy, for slash dates the file cannot decide."),
                 QStringLiteral("ORDER")});
    p.addOption({QStringLiteral("decimal"),
                 Cli::tr("comma or point: the decimal separator of the file's numbers, when they cannot tell."),
                 QStringLiteral("SEPARATOR")});
    p.addOption({QStringLiteral("encoding"), Cli::tr("The file's encoding, e.g. windows-1250 (default: detect)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("map"),
                 Cli::tr("Map a header of the file onto a column, e.g. \"Spend=cost\" (repeatable; \"Notes=\" ignores "
                         "one)."),
                 QStringLiteral("HEADER=COLUMN")});
    p.addOption({QStringLiteral("channel"), Cli::tr("The channel of every row, for a file without a channel column."),
                 QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("stage"),
         Cli::tr("How a deal stage of your pipeline counts: won, lost or open, e.g. \"Closed: abandoned=lost\"; "
                 "repeatable, remembered by the workspace for later imports."),
         QStringLiteral("STAGE=STATUS")});
    p.addOption({QStringLiteral("currency"),
                 Cli::tr("The currency of amounts the file does not name, e.g. PLN (default: the workspace's)."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("from"),
                 Cli::tr("First day a report without dates covers, when the file does not say (with --to)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day a report without dates covers (with --from)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the result as JSON.")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("CSV files to import."), QStringLiteral("FILE..."));
    if (auto stop = parse(p, args, QStringLiteral("import"),
                          Cli::tr("Import CSV files into a workspace; each file lands whole or not at all."))) {
        return *stop;
    }
    ImportOptions options;
    const QString kind = p.value(QStringLiteral("kind"));
    if (kind == u"rates") {
        options.rates = true;
    } else if (kind != u"auto") {
        options.kind = kindFromName(kind);
        if (!options.kind) {
            return usageError(Cli::tr("import: unknown kind '%1'").arg(kind));
        }
    }
    options.preset = p.value(QStringLiteral("preset"));
    if (p.isSet(QStringLiteral("currency"))) {
        options.currency = p.value(QStringLiteral("currency")).trimmed().toUpper();
        if (!currency::isCode(options.currency)) {
            return usageError(Cli::tr("import: --currency is an ISO 4217 code such as PLN, EUR or USD, not '%1'")
                                  .arg(p.value(QStringLiteral("currency"))));
        }
    }
    options.source = p.value(QStringLiteral("source")).trimmed();
    if (p.isSet(QStringLiteral("source")) && options.source.isEmpty()) {
        return usageError(Cli::tr("import: --source needs a label"));
    }
    if (options.preset != u"auto" && options.preset != u"generic" && !Preset::find(options.preset)) {
        return usageError(
            Cli::tr("import: unknown preset '%1' (available: %2)").arg(options.preset, Preset::availableIds()));
    }
    options.encoding = p.value(QStringLiteral("encoding"));
    if (!options.encoding.isEmpty() && !QStringDecoder(options.encoding.toLatin1().constData()).isValid()) {
        return usageError(Cli::tr("import: unknown encoding '%1' (e.g. UTF-8, UTF-16LE, windows-1250, "
                                  "windows-1251, windows-1254, Big5, GB18030)")
                              .arg(options.encoding));
    }
    if (p.isSet(QStringLiteral("date-order"))) {
        const QString order = p.value(QStringLiteral("date-order")).toLower();
        if (order == u"dmy") {
            options.dateOrder = DateOrder::DayFirst;
        } else if (order == u"mdy") {
            options.dateOrder = DateOrder::MonthFirst;
        } else {
            return usageError(Cli::tr("import: --date-order is dmy or mdy, not '%1'").arg(order));
        }
    }
    if (p.isSet(QStringLiteral("decimal"))) {
        const QString decimal = p.value(QStringLiteral("decimal")).toLower();
        if (decimal == u"comma" || decimal == u",") {
            options.decimalSeparator = u',';
        } else if (decimal == u"point" || decimal == u"dot" || decimal == u".") {
            options.decimalSeparator = u'.';
        } else {
            return usageError(Cli::tr("import: --decimal is comma or point, not '%1'").arg(decimal));
        }
    }
    for (const QString &map : p.values(QStringLiteral("map"))) {
        const qsizetype at = map.lastIndexOf(u'=');
        const QString header = at > 0 ? map.left(at).trimmed() : QString();
        const QString column = at > 0 ? map.mid(at + 1).trimmed().toLower() : QString();
        const bool known =
            column.isEmpty() || std::any_of(allKinds().begin(), allKinds().end(), [&](const KindSpec &k) {
                return std::any_of(k.columns.begin(), k.columns.end(),
                                   [&](const ColumnSpec &c) { return c.name == column; });
            });
        if (header.isEmpty() || !known) {
            return usageError(Cli::tr("import: --map is HEADER=COLUMN with a column of data-model.md (date, channel, "
                                      "campaign, impressions, clicks, cost, …), not '%1'")
                                  .arg(map));
        }
        options.columns.insert(ColumnMapping::normalisedHeader(header), column);
    }
    if (p.isSet(QStringLiteral("channel"))) {
        const QString channel = p.value(QStringLiteral("channel")).trimmed();
        if (channel.isEmpty()) {
            return usageError(Cli::tr("import: --channel needs a name"));
        }
        options.constants.insert(QStringLiteral("channel"), channel);
    }
    for (const QString &stage : p.values(QStringLiteral("stage"))) {
        const auto assignment = StageMapping::parseAssignment(stage);
        if (!assignment) {
            return usageError(Cli::tr("import: --stage is STAGE=won, STAGE=lost or STAGE=open, not '%1'").arg(stage));
        }
        options.stages.set(assignment->first, assignment->second);
    }
    if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"))) {
        const auto from = isoDate(p.value(QStringLiteral("from")));
        const auto to = isoDate(p.value(QStringLiteral("to")));
        if (!from || !to || *from > *to) {
            return usageError(Cli::tr("import: --from and --to are both needed, as YYYY-MM-DD, the first not after "
                                      "the last"));
        }
        options.rangeFrom = *from;
        options.rangeTo = *to;
    }
    const QStringList files = p.positionalArguments();
    if (files.isEmpty()) {
        return usageError(Cli::tr("import: name at least one FILE"));
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Change)) {
        return *stop;
    }
    Importer importer(ws);
    QJsonArray results;
    int exit = Success;
    for (const QString &file : files) {
        const ImportResult r = importer.importFile(file, options);
        results.append(r.toJson());
        if (r.status == ImportResult::Status::Refused) {
            exit = Refused;
            for (const ImportError &e : r.errors) {
                err() << file;
                if (e.line > 0) {
                    err() << Cli::tr(", line %1").arg(e.line);
                }
                if (!e.column.isEmpty()) {
                    err() << Cli::tr(", column '%1'").arg(e.column);
                }
                err() << ": " << e.reason << "\n";
            }
        } else if (!p.isSet(QStringLiteral("json"))) {
            out() << r.summary() << "\n";
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("files"), results}}).toJson(QJsonDocument::Indented);
    }
    return exit;
}

void addCurrency(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("currency"),
                 Cli::tr("The reporting currency money is converted into, e.g. EUR (default: the workspace's)."),
                 QStringLiteral("CODE")});
}

// --currency as given (empty when not), or nothing after a usage error.
std::optional<QString> reportingCurrency(const QCommandLineParser &p, const QString &command)
{
    const QString code = p.value(QStringLiteral("currency")).trimmed().toUpper();
    if (p.isSet(QStringLiteral("currency")) && !currency::isCode(code)) {
        usageError(Cli::tr("%1: --currency is an ISO 4217 code such as PLN, EUR or USD, not '%2'")
                       .arg(command, p.value(QStringLiteral("currency"))));
        return std::nullopt;
    }
    return code;
}

std::optional<QDate> isoDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() && text.size() == 10 ? std::optional<QDate>(d) : std::nullopt;
}

// What --view NAME gives a command: the saved view's period, counted from the workspace's anchor (the last day with
// data, or today when the data runs on), its filters and its comparison. The options a user gives win over it.
struct ViewDefaults
{
    std::optional<SavedView> view;
    Scope scope;
};

void addView(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("view"),
                 Cli::tr("A saved view (see view list): its period, comparison, channels and campaigns, where "
                         "--from, --to, --compare, --channel and --campaign do not say otherwise."),
                 QStringLiteral("NAME")});
}

std::optional<int> viewDefaults(const QCommandLineParser &p, const QString &command, ViewDefaults *defaults)
{
    if (!p.isSet(QStringLiteral("view"))) {
        return std::nullopt;
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Read)) {
        return stop;
    }
    const QString name = p.value(QStringLiteral("view"));
    defaults->view = ViewStore(ws).view(name);
    if (!defaults->view) {
        QStringList names;
        for (const SavedView &v : ViewStore(ws).views()) {
            names.append(v.name);
        }
        err() << "funnelscope-cli " << command << ": "
              << (names.isEmpty() ? Cli::tr("--view '%1': %2 has no saved views").arg(name, ws.path())
                                  : Cli::tr("--view '%1': no such view in %2 (its views: %3)")
                                        .arg(name, ws.path(), names.join(QStringLiteral(", "))))
              << "\n";
        return Refused;
    }
    const auto [first, last] = KpiEngine(ws).dataRange();
    defaults->scope = defaults->view->scope(periodpreset::anchor(last), first);
    return std::nullopt;
}

int runKpis(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("from"), Cli::tr("First day of the period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day of the period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("channel"), Cli::tr("Only this channel (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("campaign"), Cli::tr("Only this campaign (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("compare"), Cli::tr("previous or year."), QStringLiteral("WITH")});
    p.addOption(
        {QStringLiteral("by"),
         Cli::tr("day, week, month, quarter, channel or campaign. A time bucket with fewer days of data than its "
                 "calendar week, month or quarter is marked partial (JSON: days, period_days, covered_days, "
                 "partial; table: *); its sums are never scaled."),
         QStringLiteral("BUCKET")});
    p.addOption({QStringLiteral("format"), Cli::tr("json (default), csv or table."), QStringLiteral("FORMAT"),
                 QStringLiteral("json")});
    addCurrency(p);
    addView(p);
    if (auto stop = parse(p, args, QStringLiteral("kpis"), Cli::tr("Compute every KPI of the catalog."))) {
        return *stop;
    }
    const std::optional<QString> reporting = reportingCurrency(p, QStringLiteral("kpis"));
    if (!reporting) {
        return Usage;
    }
    ViewDefaults view;
    if (auto stop = viewDefaults(p, QStringLiteral("kpis"), &view)) {
        return *stop;
    }
    const bool fromView = view.view.has_value();
    const auto from = fromView && !p.isSet(QStringLiteral("from")) ? std::optional<QDate>(view.scope.from)
                                                                   : isoDate(p.value(QStringLiteral("from")));
    const auto to = fromView && !p.isSet(QStringLiteral("to")) ? std::optional<QDate>(view.scope.to)
                                                               : isoDate(p.value(QStringLiteral("to")));
    if (!from || !to) {
        return usageError(Cli::tr("kpis: --from and --to are dates like 2025-01-31"));
    }
    if (*from > *to) {
        return usageError(Cli::tr("kpis: --from is after --to"));
    }
    Comparison comparison = fromView ? view.view->comparison : Comparison::None;
    if (p.isSet(QStringLiteral("compare"))) {
        const QString c = p.value(QStringLiteral("compare"));
        if (c == u"previous") {
            comparison = Comparison::PreviousPeriod;
        } else if (c == u"year") {
            comparison = Comparison::PreviousYear;
        } else if (c == u"none" && fromView) {
            comparison = Comparison::None;
        } else {
            return usageError(Cli::tr("kpis: --compare is previous or year, not '%1'").arg(c));
        }
    }
    Breakdown by = Breakdown::None;
    if (p.isSet(QStringLiteral("by"))) {
        static const QHash<QString, Breakdown> names = {
            {QStringLiteral("day"), Breakdown::Day},         {QStringLiteral("week"), Breakdown::Week},
            {QStringLiteral("month"), Breakdown::Month},     {QStringLiteral("quarter"), Breakdown::Quarter},
            {QStringLiteral("channel"), Breakdown::Channel}, {QStringLiteral("campaign"), Breakdown::Campaign}};
        const QString b = p.value(QStringLiteral("by"));
        if (!names.contains(b)) {
            return usageError(Cli::tr("kpis: --by is day, week, month, quarter, channel or campaign, not '%1'").arg(b));
        }
        by = names.value(b);
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv" && format != u"table") {
        return usageError(Cli::tr("kpis: --format is json, csv or table, not '%1'").arg(format));
    }

    Scope scope{*from, *to, p.values(QStringLiteral("channel")), p.values(QStringLiteral("campaign"))};
    if (fromView) {
        scope.channels = p.isSet(QStringLiteral("channel")) ? scope.channels : view.scope.channels;
        scope.campaigns = p.isSet(QStringLiteral("campaign")) ? scope.campaigns : view.scope.campaigns;
    }
    if (const qint64 buckets = scope.bucketCount(by); buckets > Scope::MaxTimeBuckets) {
        return usageError(
            Cli::tr("kpis: --by %1 from %2 to %3 gives %4 rows, more than %5: choose a longer bucket or "
                    "a shorter period")
                .arg(p.value(QStringLiteral("by")), from->toString(Qt::ISODate), to->toString(Qt::ISODate))
                .arg(buckets)
                .arg(Scope::MaxTimeBuckets));
    }

    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Read)) {
        return *stop;
    }
    const ReadSnapshot snapshot(ws);
    KpiEngine engine(ws);
    engine.setReportingCurrency(*reporting);
    // Days that hold shares of a range report's totals (RangeSpread), said beside the figures they are part of.
    const QList<SpreadImport> spread = ImportLog(ws).spreadOver(*from, *to);
    const auto withSpread = [&](QJsonObject o) {
        if (!spread.isEmpty()) {
            QJsonArray list;
            for (const SpreadImport &s : spread) {
                list.append(QJsonObject{{QStringLiteral("from"), s.from.toString(Qt::ISODate)},
                                        {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
                                        {QStringLiteral("file"), s.fileName}});
            }
            o.insert(QStringLiteral("spread"), list);
        }
        const QString currency = engine.reportingCurrency();
        o.insert(QStringLiteral("currency"), currency.isEmpty() ? QJsonValue() : QJsonValue(currency));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    };
    const auto spreadLines = [&] {
        QString lines;
        for (const SpreadImport &s : spread) {
            const QString format = QStringLiteral("d MMM yyyy");
            lines += Cli::tr("Includes totals spread evenly over %1 – %2 (%3): a range report with no day "
                             "breakdown")
                         .arg(QLocale().toString(s.from, format), QLocale().toString(s.to, format), s.fileName) +
                     u'\n';
        }
        return lines;
    };
    QString text;
    if (by != Breakdown::None) {
        const QList<KpiEngine::Row> rows = engine.breakdown(scope, by, comparison);
        // How many days of its calendar bucket each time bucket has data for (empty by channel or campaign).
        const std::pair<QDate, QDate> dataRange = engine.dataRange();
        const QList<BucketCoverage> coverage = BucketCoverage::of(scope, by, dataRange.first, dataRange.second);
        if (format == u"json") {
            text = withSpread(KpiWriter::toJson(scope, rows, comparison, engine.leadsSource(), coverage, dataRange));
        } else {
            text = format == u"csv"
                       ? KpiWriter::toCsv(rows, engine.reportingCurrency())
                       : KpiWriter::toTable(rows, coverage, by, engine.reportingCurrency()) + spreadLines();
        }
    } else {
        const KpiValues values = engine.compute(scope);
        std::optional<KpiValues> previous;
        const Scope previousScope = scope.compared(comparison);
        if (comparison != Comparison::None) {
            previous = engine.compute(previousScope);
        }
        const KpiValues *prev = previous ? &*previous : nullptr;
        const Scope *prevScope = previous ? &previousScope : nullptr;
        if (format == u"json") {
            text = withSpread(KpiWriter::toJson(scope, values, prevScope, prev));
        } else if (format == u"csv") {
            text = KpiWriter::toCsv(values, prev, engine.reportingCurrency());
        } else {
            text = KpiWriter::toTable(scope, values, prevScope, prev, engine.reportingCurrency()) + spreadLines();
        }
    }
    if (!snapshot.error().isEmpty()) {
        return readError(ws, snapshot.error());
    }
    for (const QString &note : engine.currencyNotes()) {
        err() << "funnelscope-cli: " << note << "\n";
    }
    out() << text;
    return Success;
}

// The stored rows a KPI of a period is computed from (RowDrill), streamed: a million rows never sit in memory.
int runRows(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("kpi"), Cli::tr("The KPI whose rows to list, by its id (leads, cpl, revenue, ...)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("from"), Cli::tr("First day of the period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day of the period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("channel"), Cli::tr("Only this channel (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("campaign"), Cli::tr("Only this campaign (repeatable)."), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("format"), Cli::tr("csv (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("csv")});
    if (auto stop = parse(p, args, QStringLiteral("rows"),
                          Cli::tr("List the stored rows behind one KPI of a period: its date, channel, campaign, the "
                                  "values the KPI uses, and the file and line each row came from (empty line: "
                                  "imported before lines were recorded; lines > 1: several lines of the file were "
                                  "summed into the row, and line is the first). Amounts are as stored, in the "
                                  "row's currency. Money and decimals are plain decimals, in JSON as strings."))) {
        return *stop;
    }
    const QString kpi = p.value(QStringLiteral("kpi"));
    if (kpi.isEmpty()) {
        return usageError(Cli::tr("rows: --kpi ID is required (an id of 'funnelscope-cli kpis' output)"));
    }
    if (KpiCatalog::indexOf(kpi) < 0) {
        return usageError(Cli::tr("rows: unknown KPI '%1'").arg(kpi));
    }
    const auto from = isoDate(p.value(QStringLiteral("from")));
    const auto to = isoDate(p.value(QStringLiteral("to")));
    if (!from || !to) {
        return usageError(Cli::tr("rows: --from and --to are dates like 2025-01-31"));
    }
    if (*from > *to) {
        return usageError(Cli::tr("rows: --from is after --to"));
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv") {
        return usageError(Cli::tr("rows: --format is csv or json, not '%1'").arg(format));
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Read)) {
        return *stop;
    }
    const ReadSnapshot snapshot(ws);
    const Scope scope{*from, *to, p.values(QStringLiteral("channel")), p.values(QStringLiteral("campaign"))};
    RowDrill drill(ws, kpi, scope);
    if (!drill.error().isEmpty()) {
        err() << "funnelscope-cli: " << drill.error() << "\n";
        return Refused;
    }
    QString error;
    if (format == u"csv") {
        CsvWriter header;
        for (const QString &name : drill.fieldNames()) {
            header.text(name);
        }
        out() << header.endRow().toString();
        // In batches, so that the output flows while memory stays flat.
        auto csv = std::make_unique<CsvWriter>();
        qint64 pending = 0;
        error = drill.read([&](const RowDrill::Row &row) {
            drill.writeCsv(*csv, row);
            if (++pending == 4096) {
                out() << csv->toString();
                csv = std::make_unique<CsvWriter>();
                pending = 0;
            }
            return out().status() == QTextStream::Ok;
        });
        out() << csv->toString();
    } else {
        const RowDrill::Summary summary = drill.summary();
        out() << "{\n  \"kpi\": " << QJsonDocument(QJsonArray{kpi}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
              << ",\n  \"from\": \"" << from->toString(Qt::ISODate) << "\",\n  \"to\": \"" << to->toString(Qt::ISODate)
              << "\",\n  \"count\": " << summary.rows << ",\n  \"files\": " << summary.files << ",\n  \"rows\": [";
        bool first = true;
        error = drill.read([&](const RowDrill::Row &row) {
            out() << (first ? "\n    " : ",\n    ") << QJsonDocument(drill.toJson(row)).toJson(QJsonDocument::Compact);
            first = false;
            return out().status() == QTextStream::Ok;
        });
        out() << (first ? "]\n}\n" : "\n  ]\n}\n");
    }
    if (!error.isEmpty()) {
        return readError(ws, error);
    }
    if (!snapshot.error().isEmpty()) {
        return readError(ws, snapshot.error());
    }
    return Success;
}

int runAttribution(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("from"), Cli::tr("First day of the period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day of the period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("model"), Cli::tr("first, last, linear, time-decay or position."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("by"), Cli::tr("channel (default) or campaign."), QStringLiteral("BY"),
                 QStringLiteral("channel")});
    p.addOption({QStringLiteral("half-life"),
                 Cli::tr("Days in which a touch's weight halves, for time-decay"
                         " (default 7)."),
                 QStringLiteral("DAYS"), QStringLiteral("7")});
    p.addOption({QStringLiteral("format"), Cli::tr("json (default), csv or table."), QStringLiteral("FORMAT"),
                 QStringLiteral("json")});
    if (auto stop = parse(p, args, QStringLiteral("attribution"),
                          Cli::tr("Credit the period's leads, customers and won revenue to the channels or "
                                  "campaigns of their touchpoints."))) {
        return *stop;
    }
    const auto from = isoDate(p.value(QStringLiteral("from")));
    const auto to = isoDate(p.value(QStringLiteral("to")));
    if (!from || !to || *from > *to) {
        return usageError(Cli::tr("attribution: --from and --to are dates like 2025-01-31, in order"));
    }
    const std::optional<AttributionModel> model = Attribution::modelFromName(p.value(QStringLiteral("model")));
    if (!model) {
        return usageError(Cli::tr("attribution: --model is first, last, linear, time-decay or position"));
    }
    const QString byName = p.value(QStringLiteral("by"));
    if (byName != u"channel" && byName != u"campaign") {
        return usageError(Cli::tr("attribution: --by is channel or campaign, not '%1'").arg(byName));
    }
    bool halfLifeOk = false;
    const double halfLife = p.value(QStringLiteral("half-life")).toDouble(&halfLifeOk);
    if (!halfLifeOk || halfLife <= 0) {
        return usageError(Cli::tr("attribution: --half-life is a number of days above 0"));
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv" && format != u"table") {
        return usageError(Cli::tr("attribution: --format is json, csv or table, not '%1'").arg(format));
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Read)) {
        return *stop;
    }
    const Breakdown by = byName == u"campaign" ? Breakdown::Campaign : Breakdown::Channel;
    std::optional<ReadSnapshot> snapshot(std::in_place, ws);
    const Attribution::Result r = Attribution(ws).compute(*from, *to, *model, by, halfLife);
    if (!snapshot->error().isEmpty()) {
        return readError(ws, snapshot->error());
    }
    snapshot.reset();
    // Revenue with a deal that could not be converted is unknown, not a sum of the others (docs/currencies.md).
    const bool revenueKnown = r.revenueNotes.isEmpty();
    for (const QString &note : r.revenueNotes) {
        err() << "funnelscope-cli: " << note << "\n";
    }
    const auto money = [&](qint64 micros) {
        return revenueKnown ? QString::number(double(micros) / 1e6, 'f', 2) : QStringLiteral("n/a");
    };
    const auto revenueJson = [&](qint64 micros) {
        return revenueKnown ? QJsonValue(double(micros) / 1e6) : QJsonValue();
    };
    if (format == u"json") {
        QJsonArray rows;
        for (const Attribution::Row &row : r.rows) {
            rows.append(QJsonObject{{QStringLiteral("key"), row.key},
                                    {QStringLiteral("leads"), row.leads},
                                    {QStringLiteral("customers"), row.customers},
                                    {QStringLiteral("revenue"), revenueJson(row.revenueMicros)}});
        }
        const QJsonObject doc{
            {QStringLiteral("from"), from->toString(Qt::ISODate)},
            {QStringLiteral("to"), to->toString(Qt::ISODate)},
            {QStringLiteral("model"), Attribution::modelName(*model)},
            {QStringLiteral("by"), byName},
            {QStringLiteral("half_life_days"), halfLife},
            {QStringLiteral("conversions"), QJsonObject{{QStringLiteral("leads"), r.leads},
                                                        {QStringLiteral("customers"), r.customers},
                                                        {QStringLiteral("revenue"), revenueJson(r.revenueMicros)}}},
            {QStringLiteral("rows"), rows}};
        out() << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else if (format == u"csv") {
        CsvWriter csv;
        csv.text(QStringLiteral("key"))
            .text(QStringLiteral("leads"))
            .text(QStringLiteral("customers"))
            .text(QStringLiteral("revenue"))
            .endRow();
        for (const Attribution::Row &row : r.rows) {
            // Credit is a share of conversions (four decimals), revenue whole cents.
            csv.text(row.key).number(row.leads, 4).number(row.customers, 4);
            if (revenueKnown) {
                csv.number(double(row.revenueMicros) / 1e6, 2);
            } else {
                csv.text(QString());
            }
            csv.endRow();
        }
        out() << csv.toString();
    } else {
        out() << Cli::tr("Attribution %1 – %2, %3 model, by %4\n\n")
                     .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate), Attribution::modelName(*model),
                          byName);
        out() << QStringLiteral("  %1 %2 %3 %4\n")
                     .arg(byName, -32)
                     .arg(u"leads", 10)
                     .arg(u"customers", 10)
                     .arg(u"revenue", 16);
        for (const Attribution::Row &row : r.rows) {
            out() << QStringLiteral("  %1 %2 %3 %4\n")
                         .arg(row.key.left(32), -32)
                         .arg(QString::number(row.leads, 'f', 2), 10)
                         .arg(QString::number(row.customers, 'f', 2), 10)
                         .arg(money(row.revenueMicros), 16);
        }
        out() << QStringLiteral("  %1 %2 %3 %4\n")
                     .arg(u"total", -32)
                     .arg(QString::number(r.leads), 10)
                     .arg(QString::number(r.customers), 10)
                     .arg(money(r.revenueMicros), 16);
    }
    return Success;
}

int runCohorts(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("from"), Cli::tr("First creation day of the cohorts."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last creation day of the cohorts."), QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("by"), Cli::tr("month (default) or week."), QStringLiteral("BY"), QStringLiteral("month")});
    p.addOption({QStringLiteral("format"), Cli::tr("json (default), csv or table."), QStringLiteral("FORMAT"),
                 QStringLiteral("json")});
    if (auto stop = parse(p, args, QStringLiteral("cohorts"),
                          Cli::tr("Lead cohorts by creation month or week: the share reaching each stage within "
                                  "30, 60, 90 and 180 days, and the median days to it."))) {
        return *stop;
    }
    const auto from = isoDate(p.value(QStringLiteral("from")));
    const auto to = isoDate(p.value(QStringLiteral("to")));
    if (!from || !to || *from > *to) {
        return usageError(Cli::tr("cohorts: --from and --to are dates like 2025-01-31, in order"));
    }
    const QString byName = p.value(QStringLiteral("by"));
    if (byName != u"month" && byName != u"week") {
        return usageError(Cli::tr("cohorts: --by is month or week, not '%1'").arg(byName));
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv" && format != u"table") {
        return usageError(Cli::tr("cohorts: --format is json, csv or table, not '%1'").arg(format));
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Read)) {
        return *stop;
    }
    std::optional<ReadSnapshot> snapshot(std::in_place, ws);
    const QList<Cohorts::Cohort> cohorts =
        Cohorts(ws).compute(*from, *to, byName == u"week" ? Breakdown::Week : Breakdown::Month);
    if (!snapshot->error().isEmpty()) {
        return readError(ws, snapshot->error());
    }
    snapshot.reset();
    const auto median = [](const std::optional<double> &d) {
        return d ? QJsonValue(*d) : QJsonValue();
    };
    if (format == u"json") {
        QJsonArray list;
        for (const Cohorts::Cohort &c : cohorts) {
            QJsonObject stages;
            for (int stage = 0; stage < Cohorts::StageCount; ++stage) {
                QJsonObject within;
                for (size_t w = 0; w < Cohorts::Windows.size(); ++w) {
                    within.insert(QString::number(Cohorts::Windows[w]), c.share(stage, int(w)));
                }
                stages.insert(Cohorts::stageName(stage),
                              QJsonObject{{QStringLiteral("reached"), c.reachedEver[stage]},
                                          {QStringLiteral("within_days"), within},
                                          {QStringLiteral("median_days"), median(c.medianDays[stage])}});
            }
            QJsonObject matured;
            for (size_t w = 0; w < Cohorts::Windows.size(); ++w) {
                matured.insert(QString::number(Cohorts::Windows[w]), c.matured[w]);
            }
            list.append(QJsonObject{{QStringLiteral("key"), c.key},
                                    {QStringLiteral("from"), c.from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), c.to.toString(Qt::ISODate)},
                                    {QStringLiteral("leads"), c.leads},
                                    {QStringLiteral("stages"), stages},
                                    {QStringLiteral("matured"), matured}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("from"), from->toString(Qt::ISODate)},
                                           {QStringLiteral("to"), to->toString(Qt::ISODate)},
                                           {QStringLiteral("by"), byName},
                                           {QStringLiteral("cohorts"), list}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    // csv and table: one row per cohort and stage.
    if (format == u"csv") {
        CsvWriter csv;
        for (const char *title :
             {"cohort", "leads", "stage", "within_30", "within_60", "within_90", "within_180", "median_days"}) {
            csv.text(QLatin1String(title));
        }
        csv.endRow();
        for (const Cohorts::Cohort &c : cohorts) {
            for (int stage = 0; stage < Cohorts::StageCount; ++stage) {
                csv.text(c.key).number(c.leads).text(Cohorts::stageName(stage));
                for (size_t w = 0; w < Cohorts::Windows.size(); ++w) {
                    csv.number(c.share(stage, int(w)), 4);
                }
                csv.number(c.medianDays[stage], 1).endRow();
            }
        }
        out() << csv.toString();
        return Success;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg(u"cohort", -9)
                 .arg(u"leads", 7)
                 .arg(u"stage", -12)
                 .arg(u"30 d", 8)
                 .arg(u"60 d", 8)
                 .arg(u"90 d", 8)
                 .arg(u"180 d", 8)
                 .arg(u"median d", 9);
    for (const Cohorts::Cohort &c : cohorts) {
        for (int stage = 0; stage < Cohorts::StageCount; ++stage) {
            QStringList shares;
            for (size_t w = 0; w < Cohorts::Windows.size(); ++w) {
                shares.append(QString::number(c.share(stage, int(w)) * 100, 'f', 1) +
                              (c.matured[w] ? QStringLiteral("%") : QStringLiteral("%*")));
            }
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                         .arg(stage == 0 ? c.key : QString(), -9)
                         .arg(stage == 0 ? QString::number(c.leads) : QString(), 7)
                         .arg(Cohorts::stageName(stage), -12)
                         .arg(shares.at(0), 8)
                         .arg(shares.at(1), 8)
                         .arg(shares.at(2), 8)
                         .arg(shares.at(3), 8)
                         .arg(c.medianDays[stage] ? QString::number(*c.medianDays[stage], 'f', 1) : QStringLiteral("—"),
                              9);
        }
    }
    out() << "\n" << Cli::tr("* still maturing: some leads of the cohort have not had that many days yet") << "\n";
    return Success;
}

// A whole number id given as the command's argument (`goals remove 3`) or an option's value.
std::optional<qint64> idOf(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// The one sub-command (list, add, remove, …) of a command; a usage error names what is allowed.
std::optional<QString> subcommand(const QCommandLineParser &p, const QString &command, const QStringList &allowed,
                                  int *exit)
{
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty() || !allowed.contains(positional.constFirst())) {
        *exit =
            usageError(Cli::tr("%1: name one of %2%3")
                           .arg(command, allowed.join(QStringLiteral(", ")),
                                positional.isEmpty() ? QString() : Cli::tr(", not '%1'").arg(positional.constFirst())));
        return std::nullopt;
    }
    return positional.constFirst();
}

// --author, --audience, --sections and --comment: what a review's PDF shows (ReportChoices).
void addChoiceOptions(QCommandLineParser &p, const QString &prefix)
{
    p.addOption({QStringLiteral("author"), prefix + Cli::tr("who prepared the review, printed on the cover."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("audience"), prefix + Cli::tr("whom it is for (\"the Board\"), printed on the cover."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("sections"),
                 prefix + Cli::tr("the sections of the PDF, comma-separated, of: %1 (default: all).")
                              .arg(ReportChoices::sectionIds().join(QStringLiteral(","))),
                 QStringLiteral("LIST")});
    p.addOption({QStringLiteral("comment"),
                 prefix + Cli::tr("your comment at the top of a section, as SECTION=TEXT (repeatable; an empty "
                                  "TEXT removes it; a blank line separates paragraphs)."),
                 QStringLiteral("SECTION=TEXT")});
}

bool choiceOptionsSet(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("author")) || p.isSet(QStringLiteral("audience")) ||
           p.isSet(QStringLiteral("sections")) || p.isSet(QStringLiteral("comment"));
}

// Applies the options over choices; a usage error names the valid section ids.
std::optional<int> applyChoiceOptions(const QCommandLineParser &p, const QString &command, ReportChoices *choices)
{
    const auto unknown = [&](const QString &id) {
        return usageError(Cli::tr("%1: no section '%2': the sections are %3")
                              .arg(command, id, ReportChoices::sectionIds().join(QStringLiteral(", "))));
    };
    if (p.isSet(QStringLiteral("author"))) {
        choices->author = p.value(QStringLiteral("author")).trimmed();
    }
    if (p.isSet(QStringLiteral("audience"))) {
        choices->audience = p.value(QStringLiteral("audience")).trimmed();
    }
    if (p.isSet(QStringLiteral("sections"))) {
        QStringList chosen;
        for (const QString &id : p.value(QStringLiteral("sections")).split(u',', Qt::SkipEmptyParts)) {
            chosen.append(id.trimmed());
        }
        if (const QStringList bad = ReportChoices::unknownSections(chosen); !bad.isEmpty()) {
            return unknown(bad.constFirst());
        }
        if (chosen.isEmpty()) {
            return usageError(Cli::tr("%1: --sections names at least one of %2")
                                  .arg(command, ReportChoices::sectionIds().join(QStringLiteral(", "))));
        }
        // In print order; all of them is the default, every section.
        choices->sections.clear();
        for (const QString &id : ReportChoices::sectionIds()) {
            if (chosen.contains(id)) {
                choices->sections.append(id);
            }
        }
        if (choices->sections.size() == ReportChoices::sectionIds().size()) {
            choices->sections.clear();
        }
    }
    for (const QString &comment : p.values(QStringLiteral("comment"))) {
        const qsizetype at = comment.indexOf(u'=');
        if (at <= 0) {
            return usageError(
                Cli::tr("%1: --comment is SECTION=TEXT, such as summary=\"Pipeline is on plan\", not '%2'")
                    .arg(command, comment));
        }
        const QString id = comment.left(at).trimmed();
        if (!ReportChoices::sectionIds().contains(id)) {
            return unknown(id);
        }
        const QString text = comment.mid(at + 1);
        if (text.trimmed().isEmpty()) {
            choices->comments.remove(id);
        } else {
            choices->comments.insert(id, text);
        }
    }
    return std::nullopt;
}

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("from"), Cli::tr("First day of the period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), Cli::tr("Last day of the period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("out"), Cli::tr("The PDF to write."), QStringLiteral("FILE.pdf")});
    p.addOption({QStringLiteral("lang"), Cli::tr("The report's language."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("review"),
                 Cli::tr("Print this saved review (see review list), with its decisions and notes, instead of a new "
                         "one for --from and --to."),
                 QStringLiteral("ID")});
    addChoiceOptions(p, Cli::tr("This PDF only (a saved review keeps its own, see review edit): "));
    addCurrency(p);
    addView(p);
    if (auto stop = parse(p, args, QStringLiteral("report"),
                          Cli::tr("Write the SMART review of a period, or a saved review, as a PDF."))) {
        return *stop;
    }
    const std::optional<QString> reporting = reportingCurrency(p, QStringLiteral("report"));
    if (!reporting) {
        return Usage;
    }
    std::optional<qint64> reviewId;
    if (p.isSet(QStringLiteral("review"))) {
        reviewId = idOf(p.value(QStringLiteral("review")));
        if (!reviewId) {
            return usageError(Cli::tr("report: --review is a review's ID (see review list), not '%1'")
                                  .arg(p.value(QStringLiteral("review"))));
        }
        if (p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to")) || p.isSet(QStringLiteral("view"))) {
            return usageError(
                Cli::tr("report: --review prints a saved review of its own period: drop --from, --to and --view"));
        }
    }
    ViewDefaults view;
    if (auto stop = viewDefaults(p, QStringLiteral("report"), &view)) {
        return *stop;
    }
    const auto dateOf = [&](const QString &option, const QDate &ofView) {
        if (reviewId) {
            return std::optional<QDate>(QDate());
        }
        return view.view && !p.isSet(option) ? std::optional<QDate>(ofView) : isoDate(p.value(option));
    };
    const auto from = dateOf(QStringLiteral("from"), view.scope.from);
    const auto to = dateOf(QStringLiteral("to"), view.scope.to);
    if (!from || !to) {
        return usageError(Cli::tr("report: --from and --to are dates like 2025-01-31"));
    }
    if (*from > *to) {
        return usageError(Cli::tr("report: --from is after --to"));
    }
    const QString outPath = p.value(QStringLiteral("out"));
    if (outPath.isEmpty()) {
        return usageError(Cli::tr("report: --out FILE.pdf is required"));
    }
    if (p.isSet(QStringLiteral("lang"))) {
        // The whole report in that language, its numbers and dates in that language's conventions.
        const QString code = Language::matching(p.value(QStringLiteral("lang")));
        if (code.isEmpty()) {
            return usageError(
                Cli::tr("report: --lang is one of %1, not '%2'")
                    .arg(Language::available().join(QStringLiteral(", ")), p.value(QStringLiteral("lang"))));
        }
        Language::install(code);
    }
    if (ReportChoices valid; auto stop = applyChoiceOptions(p, QStringLiteral("report"), &valid)) {
        return *stop; // before the workspace is opened
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Read)) {
        return *stop;
    }
    std::optional<ReadSnapshot> snapshot(std::in_place, ws);
    QJsonObject review;
    if (reviewId) {
        const auto saved = GoalStore(ws).review(*reviewId);
        if (!saved) {
            err() << "funnelscope-cli report: "
                  << Cli::tr("--review %1: no such review in %2").arg(*reviewId).arg(ws.path()) << "\n";
            return Refused;
        }
        review = saved->content;
    } else {
        const QString title = Cli::tr("Marketing review %1 – %2")
                                  .arg(Language::mediumDate(*from, QLocale()), Language::mediumDate(*to, QLocale()));
        // A view's channels and campaigns narrow the whole review; its comparison is the review's.
        const Scope period{*from, *to, view.scope.channels, view.scope.campaigns};
        review = SmartReview::build(ws, period, view.view ? view.view->comparison : Comparison::PreviousPeriod, title,
                                    *reporting);
    }
    for (const QJsonValue &note : review.value(QStringLiteral("currency_notes")).toArray()) {
        err() << "funnelscope-cli: " << note.toString() << "\n";
    }
    // The saved review's choices, or for a new one the workspace's last author; the options change them for this PDF.
    ReportChoices choices = ReportChoices::ofReview(review);
    if (!reviewId) {
        choices.author = ws.setting(QStringLiteral("last_author"));
    }
    if (auto stop = applyChoiceOptions(p, QStringLiteral("report"), &choices)) {
        return *stop;
    }
    review.insert(QStringLiteral("presentation"), choices.toJson());
    ReportWriter::Options options;
    options.locale = QLocale();
    options.company = ws.setting(QStringLiteral("company"));
    options.logo = CompanyLogo::bytes(ws);
    if (!snapshot->error().isEmpty()) {
        return readError(ws, snapshot->error());
    }
    snapshot.reset();
    if (const QString error = ReportWriter::write(review, outPath, options); !error.isEmpty()) {
        err() << "funnelscope-cli report: " << error << "\n";
        return Refused;
    }
    out() << outPath << "\n";
    return Success;
}

int runChannels(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("alias"),
                 Cli::tr("Count a stored channel name as a channel, e.g. \"Direct Traffic=Direct\" (repeatable; "
                         "\"NAME=\" goes back to the default taxonomy)."),
                 QStringLiteral("NAME=CHANNEL")});
    p.addOption({QStringLiteral("reset"), Cli::tr("Remove every alias of the workspace: the default taxonomy only.")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the list as JSON.")});
    if (auto stop = parse(p, args, QStringLiteral("channels"),
                          Cli::tr("List the stored channel names and the canonical channel each counts as in every "
                                  "KPI; --alias and --reset change that without re-importing anything."))) {
        return *stop;
    }
    QList<std::pair<QString, QString>> aliases;
    for (const QString &alias : p.values(QStringLiteral("alias"))) {
        const auto assignment = ChannelTaxonomy::parseAssignment(alias);
        if (!assignment) {
            return usageError(
                Cli::tr("channels: --alias is NAME=CHANNEL, e.g. \"Direct Traffic=Direct\", not '%1'").arg(alias));
        }
        aliases.append(*assignment);
    }
    const bool changes = !aliases.isEmpty() || p.isSet(QStringLiteral("reset"));
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), changes ? Use::Change : Use::Read)) {
        return *stop;
    }
    if (changes) {
        // One transaction: every alias lands, or none.
        QSqlDatabase &db = ws.database();
        db.transaction();
        QString error;
        if (p.isSet(QStringLiteral("reset"))) {
            error = ChannelTaxonomy::resetAliases(ws);
        }
        for (const auto &[name, channel] : std::as_const(aliases)) {
            if (error.isEmpty()) {
                error = ChannelTaxonomy::setAlias(ws, name, channel);
            }
        }
        if (!error.isEmpty() || !db.commit()) {
            db.rollback();
            err() << "funnelscope-cli channels: "
                  << Cli::tr("cannot change the aliases of %1: %2")
                         .arg(ws.path(), error.isEmpty() ? db.lastError().text() : error)
                  << "\n";
            return Refused;
        }
    }
    const ReadSnapshot snapshot(ws);
    const ChannelTaxonomy taxonomy = ChannelTaxonomy::forWorkspace(ws);
    const QStringList stored = ChannelTaxonomy::storedNames(ws);
    if (!snapshot.error().isEmpty()) {
        return readError(ws, snapshot.error());
    }
    // Where each mapping comes from: the workspace's alias, the default taxonomy, or neither (the name as it is).
    const auto origin = [&](const QString &name) {
        return taxonomy.userCanonical(name)              ? QStringLiteral("workspace")
               : taxonomy.defaultCanonical(name) == name ? QStringLiteral("imported")
                                                         : QStringLiteral("default");
    };
    const QHash<QString, QString> originText = {{QStringLiteral("workspace"), Cli::tr("the workspace's alias")},
                                                {QStringLiteral("imported"), Cli::tr("as imported")},
                                                {QStringLiteral("default"), Cli::tr("default taxonomy")}};
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray channels;
        for (const QString &name : stored) {
            channels.append(QJsonObject{{QStringLiteral("stored"), name},
                                        {QStringLiteral("channel"), taxonomy.canonical(name)},
                                        {QStringLiteral("from"), origin(name)}});
        }
        QJsonArray own;
        for (const ChannelTaxonomy::Alias &a : taxonomy.userAliases()) {
            own.append(QJsonObject{{QStringLiteral("alias"), a.alias}, {QStringLiteral("channel"), a.canonical}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("channels"), channels}, {QStringLiteral("aliases"), own}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    qsizetype width = 0;
    for (const QString &name : stored) {
        width = std::max(width, name.size());
    }
    for (const QString &name : stored) {
        out() << name.leftJustified(width) << "  →  " << taxonomy.canonical(name) << "  ("
              << originText.value(origin(name)) << ")\n";
    }
    return Success;
}

QJsonObject goalJson(const Goal &g)
{
    const auto iso = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("id"), g.id},
                       {QStringLiteral("name"), g.name},
                       {QStringLiteral("kpi"), g.kpi},
                       {QStringLiteral("channels"), QJsonArray::fromStringList(g.channels)},
                       {QStringLiteral("campaigns"), QJsonArray::fromStringList(g.campaigns)},
                       {QStringLiteral("baseline_from"), iso(g.baselineFrom)},
                       {QStringLiteral("baseline_to"), iso(g.baselineTo)},
                       {QStringLiteral("baseline"), g.baseline ? QJsonValue(*g.baseline) : QJsonValue()},
                       {QStringLiteral("target"), g.target},
                       {QStringLiteral("start"), iso(g.start)},
                       {QStringLiteral("deadline"), iso(g.deadline)},
                       {QStringLiteral("cadence"), Goal::cadenceId(g.cadence)},
                       {QStringLiteral("owner"), g.owner},
                       {QStringLiteral("objective"), g.objective},
                       {QStringLiteral("currency"), g.currency.isEmpty() ? QJsonValue() : QJsonValue(g.currency)}};
}

// A date option: absent is nullopt with ok; malformed is a usage error naming the option.
bool dateOption(const QCommandLineParser &p, const QString &command, const QString &name, std::optional<QDate> *date,
                int *exit)
{
    if (!p.isSet(name)) {
        return true;
    }
    *date = isoDate(p.value(name));
    if (!*date) {
        *exit = usageError(Cli::tr("%1: --%2 is a date like 2025-01-31, not '%3'").arg(command, name, p.value(name)));
        return false;
    }
    return true;
}

QJsonObject customKpiJson(const CustomKpi &k)
{
    return QJsonObject{{QStringLiteral("id"), k.id},
                       {QStringLiteral("name"), k.name},
                       {QStringLiteral("formula"), k.formula},
                       {QStringLiteral("explanation"), k.explanation()},
                       {QStringLiteral("better"), CustomKpi::directionId(k.direction)},
                       {QStringLiteral("format"), CustomKpi::formatId(k.format)},
                       {QStringLiteral("decimals"), k.decimals >= 0 ? QJsonValue(k.decimals) : QJsonValue()},
                       {QStringLiteral("group"), KpiCatalog::groupId(k.group)},
                       {QStringLiteral("custom"), true}};
}

int runKpi(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("name"),
                 Cli::tr("add: the KPI's name; its id is the name in lower case with _ "
                         "(\"Revenue per lead\" → revenue_per_lead)."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("formula"),
                 Cli::tr("add: the formula over KPI ids (see kpis.md) and numbers with + - * / and parentheses, "
                         "e.g. \"revenue / leads\" or \"(mqls - sqls) / mqls\". Also: clicks, expenses, lost_deals; "
                         "revenue_won (= revenue), cost and spend (= media_cost)."),
                 QStringLiteral("FORMULA")});
    p.addOption({QStringLiteral("better"), Cli::tr("add: up (higher is better, the default), down or neutral."),
                 QStringLiteral("up|down|neutral"), QStringLiteral("up")});
    p.addOption({QStringLiteral("format"),
                 Cli::tr("add: count, money (in the reporting currency), percent (a fraction shown as %), ratio "
                         "(x : 1) or number (default: money for a money formula, else number)."),
                 QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("decimals"), Cli::tr("add: decimals shown, 0 to 6 (default: the format's)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("group"),
                 Cli::tr("add: the funnel group it is shown in: awareness, engagement, lead_generation, sales "
                         "(default) or loyalty."),
                 QStringLiteral("GROUP"), QStringLiteral("sales")});
    p.addOption({QStringLiteral("json"), Cli::tr("list: print the custom KPIs as JSON.")});
    p.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("list, add, or remove ID."),
                            QStringLiteral("list|add|remove [ID]"));
    if (auto stop = parse(p, args, QStringLiteral("kpi"),
                          Cli::tr("Add, list and remove custom KPIs: formulas over the catalog's KPIs, saved in the "
                                  "workspace and shown with them (cards, tables, kpis, goals, the report). A "
                                  "division by zero or an unknown input gives no value (null), never infinity."))) {
        return *stop;
    }
    int exit = Usage;
    const auto action = subcommand(p, QStringLiteral("kpi"),
                                   {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")}, &exit);
    if (!action) {
        return exit;
    }
    CustomKpi kpi;
    QString removeId;
    if (*action == u"add") {
        kpi.name = p.value(QStringLiteral("name")).simplified();
        if (kpi.name.isEmpty()) {
            return usageError(Cli::tr("kpi add: --name is required"));
        }
        kpi.formula = p.value(QStringLiteral("formula")).trimmed();
        if (kpi.formula.isEmpty()) {
            return usageError(Cli::tr("kpi add: --formula is required, e.g. --formula \"revenue / leads\""));
        }
        const auto direction = CustomKpi::directionFromId(p.value(QStringLiteral("better")));
        if (!direction) {
            return usageError(
                Cli::tr("kpi add: --better is up, down or neutral, not '%1'").arg(p.value(QStringLiteral("better"))));
        }
        kpi.direction = *direction;
        const auto group = CustomKpi::groupFromId(p.value(QStringLiteral("group")));
        if (!group) {
            return usageError(Cli::tr("kpi add: --group is awareness, engagement, lead_generation, sales or loyalty, "
                                      "not '%1'")
                                  .arg(p.value(QStringLiteral("group"))));
        }
        kpi.group = *group;
        if (p.isSet(QStringLiteral("decimals"))) {
            bool ok = false;
            kpi.decimals = p.value(QStringLiteral("decimals")).toInt(&ok);
            if (!ok || kpi.decimals < 0 || kpi.decimals > 6) {
                return usageError(Cli::tr("kpi add: --decimals is a whole number from 0 to 6, not '%1'")
                                      .arg(p.value(QStringLiteral("decimals"))));
            }
        }
        if (p.isSet(QStringLiteral("format"))) {
            const auto format = CustomKpi::formatFromId(p.value(QStringLiteral("format")));
            if (!format) {
                return usageError(Cli::tr("kpi add: --format is count, money, percent, ratio or number, not '%1'")
                                      .arg(p.value(QStringLiteral("format"))));
            }
            kpi.format = *format;
        } else {
            CustomFormula::Error error;
            const auto parsed = CustomFormula::parse(kpi.formula, &error);
            kpi.format = parsed && parsed->isMoney() ? CustomKpi::Format::Money : CustomKpi::Format::Number;
        }
    } else if (*action == u"remove") {
        if (p.positionalArguments().size() != 2) {
            return usageError(Cli::tr("kpi remove: name the custom KPI's ID (see kpi list)"));
        }
        removeId = p.positionalArguments().at(1);
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), *action == u"list" ? Use::Read : Use::Change)) {
        return *stop;
    }
    CustomKpiStore store(ws);
    if (*action == u"add") {
        if (const QString error = store.save(kpi); !error.isEmpty()) {
            err() << "funnelscope-cli kpi add: " << error << "\n";
            return Refused;
        }
        out() << kpi.id << "\n";
        return Success;
    }
    if (*action == u"remove") {
        if (const QString error = store.remove(removeId); !error.isEmpty()) {
            err() << "funnelscope-cli kpi remove: " << error << "\n";
            return Refused;
        }
        return Success;
    }
    const CustomKpiList kpis = store.all();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const CustomKpi &k : kpis) {
            list.append(customKpiJson(k));
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("custom_kpis"), list}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const CustomKpi &k : kpis) {
        out() << k.id << "  " << k.name << "  = " << k.formula << "  (" << CustomKpi::formatId(k.format) << ", "
              << Cli::tr("better: %1").arg(CustomKpi::directionId(k.direction)) << ", " << KpiCatalog::groupId(k.group)
              << ")\n";
    }
    return Success;
}

int runGoals(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("name"), Cli::tr("add: the goal's name."), QStringLiteral("TEXT")});
    p.addOption(
        {QStringLiteral("kpi"), Cli::tr("add: the KPI's id, e.g. leads, cpl, mql_to_sql_rate."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("target"), Cli::tr("add: the target, e.g. 1200 or 30%."), QStringLiteral("NUMBER")});
    p.addOption({QStringLiteral("baseline"),
                 Cli::tr("add: the baseline value (default: computed from the baseline period)."),
                 QStringLiteral("NUMBER")});
    p.addOption({QStringLiteral("baseline-from"),
                 Cli::tr("add: first day of the baseline period (default: 90 days before --start)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("baseline-to"),
                 Cli::tr("add: last day of the baseline period (default: the day before --start)."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("start"), Cli::tr("add: the first day the goal counts."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("deadline"), Cli::tr("add: the day the target is due."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("cadence"), Cli::tr("add: weekly, monthly (default) or quarterly reviews."),
                 QStringLiteral("CADENCE"), QStringLiteral("monthly")});
    p.addOption({QStringLiteral("channel"), Cli::tr("add: only this channel (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("campaign"), Cli::tr("add: only this campaign (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("owner"), Cli::tr("add: who owns the goal."), QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("objective"), Cli::tr("add: the business objective it serves."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("currency"),
                 Cli::tr("add: the currency of a money goal's target, e.g. PLN (default: the workspace's)."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("json"), Cli::tr("list: print the goals as JSON.")});
    p.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("list, add, or remove ID."),
                            QStringLiteral("list|add|remove [ID]"));
    if (auto stop = parse(p, args, QStringLiteral("goals"),
                          Cli::tr("List, add and remove the workspace's SMART goals, with the fields of the window's "
                                  "goal form."))) {
        return *stop;
    }
    int exit = Usage;
    const auto action = subcommand(p, QStringLiteral("goals"),
                                   {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")}, &exit);
    if (!action) {
        return exit;
    }
    Goal goal;
    std::optional<qint64> removeId;
    if (*action == u"add") {
        goal.name = p.value(QStringLiteral("name")).trimmed();
        if (goal.name.isEmpty()) {
            return usageError(Cli::tr("goals add: --name is required"));
        }
        goal.kpi = p.value(QStringLiteral("kpi"));
        if (goal.kpi.isEmpty()) {
            return usageError(Cli::tr("goals add: --kpi is required: a KPI id of kpis.md (leads, cpl, revenue, …) or "
                                      "of a custom KPI (kpi list)"));
        }
        const auto target = NumberParser::parse(p.value(QStringLiteral("target")), u'.').value;
        if (!p.isSet(QStringLiteral("target")) || !target) {
            return usageError(Cli::tr("goals add: --target is a number, e.g. 1200 or 30%, not '%1'")
                                  .arg(p.value(QStringLiteral("target"))));
        }
        goal.target = target->toDouble();
        if (p.isSet(QStringLiteral("baseline"))) {
            const auto baseline = NumberParser::parse(p.value(QStringLiteral("baseline")), u'.').value;
            if (!baseline) {
                return usageError(Cli::tr("goals add: --baseline is a number, e.g. 950 or 25%, not '%1'")
                                      .arg(p.value(QStringLiteral("baseline"))));
            }
            goal.baseline = baseline->toDouble();
        }
        std::optional<QDate> start, deadline, baselineFrom, baselineTo;
        for (const auto &[name, date] :
             {std::pair{QStringLiteral("start"), &start}, std::pair{QStringLiteral("deadline"), &deadline},
              std::pair{QStringLiteral("baseline-from"), &baselineFrom},
              std::pair{QStringLiteral("baseline-to"), &baselineTo}}) {
            if (!dateOption(p, QStringLiteral("goals add"), name, date, &exit)) {
                return exit;
            }
        }
        if (!start || !deadline) {
            return usageError(Cli::tr("goals add: --start and --deadline are required, as YYYY-MM-DD"));
        }
        if (*deadline < *start) {
            return usageError(Cli::tr("goals add: --deadline is before --start"));
        }
        goal.start = *start;
        goal.deadline = *deadline;
        // As the goal form proposes: the 90 days before the start.
        goal.baselineTo = baselineTo.value_or(start->addDays(-1));
        goal.baselineFrom = baselineFrom.value_or(goal.baselineTo.addDays(-89));
        if (goal.baselineTo < goal.baselineFrom) {
            return usageError(Cli::tr("goals add: --baseline-from is after --baseline-to"));
        }
        const auto cadence = Goal::cadenceFromId(p.value(QStringLiteral("cadence")));
        if (!cadence) {
            return usageError(Cli::tr("goals add: --cadence is weekly, monthly or quarterly, not '%1'")
                                  .arg(p.value(QStringLiteral("cadence"))));
        }
        goal.cadence = *cadence;
        goal.channels = p.values(QStringLiteral("channel"));
        goal.campaigns = p.values(QStringLiteral("campaign"));
        goal.owner = p.value(QStringLiteral("owner")).trimmed();
        goal.objective = p.value(QStringLiteral("objective")).trimmed();
        goal.currency = p.value(QStringLiteral("currency")).trimmed().toUpper();
        if (!goal.currency.isEmpty() && !currency::isCode(goal.currency)) {
            return usageError(Cli::tr("goals add: --currency is an ISO 4217 code such as PLN, EUR or USD, not '%1'")
                                  .arg(p.value(QStringLiteral("currency"))));
        }
        // A custom KPI's id is checked in the workspace, which must exist already (a usage error creates nothing).
        if (KpiCatalog::indexOf(goal.kpi) < 0 && !Workspace::isDatabaseUrl(p.value(QStringLiteral("db"))) &&
            !QFileInfo::exists(p.value(QStringLiteral("db")))) {
            return usageError(Cli::tr("goals add: --kpi is a KPI id of kpis.md (leads, cpl, revenue, …) or of a "
                                      "custom KPI (kpi list), not '%1'")
                                  .arg(goal.kpi));
        }
    } else if (*action == u"remove") {
        removeId = p.positionalArguments().size() == 2 ? idOf(p.positionalArguments().at(1)) : std::nullopt;
        if (!removeId) {
            return usageError(Cli::tr("goals remove: name the goal's ID (see goals list)"));
        }
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), *action == u"list" ? Use::Read : Use::Change)) {
        return *stop;
    }
    GoalStore store(ws);
    if (*action == u"add" && KpiCatalog::indexOf(goal.kpi) < 0 && !CustomKpiStore(ws).find(goal.kpi)) {
        return usageError(
            Cli::tr("goals add: --kpi is a KPI id of kpis.md (leads, cpl, revenue, …) or of a custom KPI (kpi list), "
                    "not '%1'")
                .arg(goal.kpi));
    }
    if (*action == u"add") {
        QString error;
        const qint64 id = store.save(goal, &error);
        if (id < 0) {
            err() << "funnelscope-cli goals: " << Cli::tr("cannot save the goal in %1: %2").arg(ws.path(), error)
                  << "\n";
            return Refused;
        }
        out() << id << "\n";
        return Success;
    }
    if (removeId) {
        if (!store.goal(*removeId)) {
            err() << "funnelscope-cli goals: " << Cli::tr("remove: no goal %1 in %2").arg(*removeId).arg(ws.path())
                  << "\n";
            return Refused;
        }
        if (!store.remove(*removeId)) {
            err() << "funnelscope-cli goals: " << Cli::tr("cannot remove goal %1 from %2").arg(*removeId).arg(ws.path())
                  << "\n";
            return Refused;
        }
        return Success;
    }
    const QList<Goal> goals = store.goals();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Goal &g : goals) {
            list.append(goalJson(g));
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("goals"), list}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    const KpiFormat format(QLocale(), ws.currency());
    const CustomKpiList custom = CustomKpiStore(ws).all();
    for (const Goal &g : goals) {
        const int kpi = KpiCatalog::indexOf(g.kpi);
        const auto own = std::find_if(custom.begin(), custom.end(), [&](const CustomKpi &k) { return k.id == g.kpi; });
        const KpiFormat goalFormat = g.currency.isEmpty() ? format : KpiFormat(format.locale(), g.currency);
        out() << g.id << "  " << g.name << "  " << g.kpi << " → "
              << (kpi < 0 && own != custom.end() ? own->display(g.target, goalFormat)
                  : kpi < 0                      ? QString::number(g.target)
                  : g.currency.isEmpty()         ? format.value(kpi, g.target)
                                                 : KpiFormat(format.locale(), g.currency).value(kpi, g.target))
              << "  " << g.start.toString(Qt::ISODate) << " – " << g.deadline.toString(Qt::ISODate) << "  "
              << Goal::cadenceId(g.cadence);
        if (!g.channels.isEmpty() || !g.campaigns.isEmpty()) {
            out() << "  [" << (g.channels + g.campaigns).join(QStringLiteral(", ")) << "]";
        }
        out() << "\n";
    }
    return Success;
}

int runReview(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption(
        {QStringLiteral("from"), Cli::tr("add: first day of the review's period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), Cli::tr("add: last day of the review's period."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("title"), Cli::tr("add: the title (default: \"Marketing review FROM – TO\")."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("channel"), Cli::tr("add: only this channel (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("campaign"), Cli::tr("add: only this campaign (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("review"),
                 Cli::tr("list: the recommendations and decisions of this review; decide: the review the decision is "
                         "recorded in."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("decision"), Cli::tr("decide: change this decision instead of recording a new one."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("text"), Cli::tr("decide: what was decided."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("owner"), Cli::tr("decide: who does it."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("due"), Cli::tr("decide: by when."), QStringLiteral("YYYY-MM-DD")});
    p.addOption(
        {QStringLiteral("status"), Cli::tr("decide: open (default), done or dropped."), QStringLiteral("STATUS")});
    p.addOption({QStringLiteral("goal"), Cli::tr("decide: the goal the decision serves."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("recommendation"),
                 Cli::tr("decide: the recommended action of the review it answers (its id, see review list --review)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), Cli::tr("list: print as JSON.")});
    addChoiceOptions(p, Cli::tr("add, edit: "));
    p.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("list, add, edit (what its PDF shows) or decide."),
                            QStringLiteral("list|add|edit|decide"));
    if (auto stop = parse(p, args, QStringLiteral("review"),
                          Cli::tr("List the saved SMART reviews, make one for a period as the window does, choose "
                                  "what its PDF shows, and record the decisions taken in it."))) {
        return *stop;
    }
    int exit = Usage;
    const auto action = subcommand(
        p, QStringLiteral("review"),
        {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("decide")}, &exit);
    if (!action) {
        return exit;
    }
    const QString command = QStringLiteral("review ") + *action;
    std::optional<qint64> reviewId;
    if (p.isSet(QStringLiteral("review"))) {
        reviewId = idOf(p.value(QStringLiteral("review")));
        if (!reviewId) {
            return usageError(Cli::tr("%1: --review is a review's ID (see review list), not '%2'")
                                  .arg(command, p.value(QStringLiteral("review"))));
        }
    }
    if (choiceOptionsSet(p) && *action != u"add" && *action != u"edit") {
        return usageError(
            Cli::tr("%1: --author, --audience, --sections and --comment are for review add and edit").arg(command));
    }
    ReportChoices choices;
    if (auto stop = applyChoiceOptions(p, command, &choices)) {
        return *stop;
    }
    if (*action == u"edit") {
        if (!reviewId) {
            return usageError(Cli::tr("review edit: --review ID is required"));
        }
        if (!choiceOptionsSet(p)) {
            return usageError(Cli::tr("review edit: name what to change: --author, --audience, --sections, --comment"));
        }
        Workspace ws;
        if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Change)) {
            return *stop;
        }
        GoalStore store(ws);
        const auto review = store.review(*reviewId);
        if (!review) {
            err() << "funnelscope-cli review: "
                  << Cli::tr("edit: --review %1: no such review in %2").arg(*reviewId).arg(ws.path()) << "\n";
            return Refused;
        }
        choices = ReportChoices::ofReview(review->content);
        applyChoiceOptions(p, command, &choices);
        QString error = store.savePresentation(*reviewId, choices.toJson());
        if (error.isEmpty() && p.isSet(QStringLiteral("author")) && !choices.author.isEmpty()) {
            error = ws.setSetting(QStringLiteral("last_author"), choices.author);
        }
        if (!error.isEmpty()) {
            err() << "funnelscope-cli review: " << Cli::tr("cannot save the review in %1: %2").arg(ws.path(), error)
                  << "\n";
            return Refused;
        }
        out() << *reviewId << "\n";
        return Success;
    }
    if (*action == u"add") {
        std::optional<QDate> from, to;
        if (!dateOption(p, command, QStringLiteral("from"), &from, &exit) ||
            !dateOption(p, command, QStringLiteral("to"), &to, &exit)) {
            return exit;
        }
        if (!from || !to) {
            return usageError(Cli::tr("review add: --from and --to are required, as YYYY-MM-DD"));
        }
        if (*from > *to) {
            return usageError(Cli::tr("review add: --from is after --to"));
        }
        Workspace ws;
        if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Change)) {
            return *stop;
        }
        const Scope scope{*from, *to, p.values(QStringLiteral("channel")), p.values(QStringLiteral("campaign"))};
        const QString title =
            p.isSet(QStringLiteral("title"))
                ? p.value(QStringLiteral("title")).trimmed()
                : Cli::tr("Marketing review %1 – %2").arg(KpiFormat().date(scope.from), KpiFormat().date(scope.to));
        if (title.isEmpty()) {
            return usageError(Cli::tr("review add: --title needs a text"));
        }
        // As the window makes one (GoalsPage::newReview): the numbers of one committed state, saved as they are.
        SavedReview review;
        review.title = title;
        review.from = scope.from;
        review.to = scope.to;
        {
            const ReadSnapshot read(ws);
            review.content = SmartReview::build(ws, scope, Comparison::PreviousPeriod, title);
            if (!read.error().isEmpty()) {
                return readError(ws, read.error());
            }
        }
        // Who prepares it: as given, else the workspace's last author.
        if (!p.isSet(QStringLiteral("author"))) {
            choices.author = ws.setting(QStringLiteral("last_author"));
        }
        if (const QJsonObject presentation = choices.toJson(); !presentation.isEmpty()) {
            review.content.insert(QStringLiteral("presentation"), presentation);
        }
        QString error;
        if (p.isSet(QStringLiteral("author")) && !choices.author.isEmpty()) {
            error = ws.setSetting(QStringLiteral("last_author"), choices.author);
        }
        const qint64 id = error.isEmpty() ? GoalStore(ws).saveReview(review, &error) : -1;
        if (id < 0) {
            err() << "funnelscope-cli review: " << Cli::tr("cannot save the review in %1: %2").arg(ws.path(), error)
                  << "\n";
            return Refused;
        }
        out() << id << "\n";
        return Success;
    }
    if (*action == u"decide") {
        if (!reviewId && !p.isSet(QStringLiteral("decision"))) {
            return usageError(Cli::tr("review decide: --review ID is required (or --decision ID to change one)"));
        }
        std::optional<qint64> decisionId;
        if (p.isSet(QStringLiteral("decision"))) {
            decisionId = idOf(p.value(QStringLiteral("decision")));
            if (!decisionId) {
                return usageError(Cli::tr("review decide: --decision is a decision's ID, not '%1'")
                                      .arg(p.value(QStringLiteral("decision"))));
            }
        }
        std::optional<QDate> due;
        if (!dateOption(p, command, QStringLiteral("due"), &due, &exit)) {
            return exit;
        }
        std::optional<Action::Status> status;
        if (p.isSet(QStringLiteral("status"))) {
            status = Action::statusFromId(p.value(QStringLiteral("status")));
            if (!status) {
                return usageError(Cli::tr("review decide: --status is open, done or dropped, not '%1'")
                                      .arg(p.value(QStringLiteral("status"))));
            }
        }
        std::optional<qint64> goalId;
        if (p.isSet(QStringLiteral("goal"))) {
            goalId = idOf(p.value(QStringLiteral("goal")));
            if (!goalId) {
                return usageError(Cli::tr("review decide: --goal is a goal's ID (see goals list), not '%1'")
                                      .arg(p.value(QStringLiteral("goal"))));
            }
        }
        if (goalId && p.isSet(QStringLiteral("recommendation"))) {
            return usageError(Cli::tr("review decide: link a decision to --goal or to --recommendation, not both"));
        }
        if (!decisionId && p.value(QStringLiteral("text")).trimmed().isEmpty()) {
            return usageError(Cli::tr("review decide: --text is required"));
        }
        Workspace ws;
        if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Change)) {
            return *stop;
        }
        GoalStore store(ws);
        Action decision;
        if (decisionId) {
            const auto existing = store.action(*decisionId);
            if (!existing) {
                err() << "funnelscope-cli review: "
                      << Cli::tr("decide: --decision %1: no such decision in %2").arg(*decisionId).arg(ws.path())
                      << "\n";
                return Refused;
            }
            decision = *existing;
        }
        if (reviewId) {
            decision.reviewId = *reviewId;
        }
        const auto review = decision.reviewId >= 0 ? store.review(decision.reviewId) : std::nullopt;
        if (reviewId && !review) {
            err() << "funnelscope-cli review: "
                  << Cli::tr("decide: --review %1: no such review in %2").arg(*reviewId).arg(ws.path()) << "\n";
            return Refused;
        }
        if (p.isSet(QStringLiteral("text"))) {
            decision.text = p.value(QStringLiteral("text")).trimmed();
        }
        if (p.isSet(QStringLiteral("owner"))) {
            decision.owner = p.value(QStringLiteral("owner")).trimmed();
        }
        if (due) {
            decision.due = *due;
        }
        if (status) {
            decision.status = *status;
            decision.done = *status != Action::Status::Open;
        }
        if (goalId) {
            if (!store.goal(*goalId)) {
                err() << "funnelscope-cli review: "
                      << Cli::tr("decide: --goal %1: no such goal in %2").arg(*goalId).arg(ws.path()) << "\n";
                return Refused;
            }
            decision.goalId = *goalId;
            decision.recommendation.clear();
        }
        if (p.isSet(QStringLiteral("recommendation"))) {
            // One of the recommendations of the review the decision is recorded in.
            const QString wanted = p.value(QStringLiteral("recommendation"));
            QStringList ids;
            if (review) {
                for (const QJsonValue &r :
                     review->content[QStringLiteral("actions")][QStringLiteral("recommended")].toArray()) {
                    ids.append(recommendationId(r.toObject()));
                }
            }
            if (!ids.contains(wanted)) {
                err() << "funnelscope-cli review: "
                      << Cli::tr("decide: --recommendation '%1' is not a recommendation of review %2 (it has: %3)")
                             .arg(wanted)
                             .arg(decision.reviewId)
                             .arg(ids.isEmpty() ? Cli::tr("none") : ids.join(QStringLiteral(", ")))
                      << "\n";
                return Refused;
            }
            decision.recommendation = wanted;
            decision.goalId = -1;
        }
        QString error;
        const qint64 id = store.saveAction(decision, &error);
        if (id < 0) {
            err() << "funnelscope-cli review: " << Cli::tr("cannot save the decision in %1: %2").arg(ws.path(), error)
                  << "\n";
            return Refused;
        }
        out() << id << "\n";
        return Success;
    }
    // list
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Read)) {
        return *stop;
    }
    GoalStore store(ws);
    const bool json = p.isSet(QStringLiteral("json"));
    if (reviewId) {
        const auto review = store.review(*reviewId);
        if (!review) {
            err() << "funnelscope-cli review: "
                  << Cli::tr("list: --review %1: no such review in %2").arg(*reviewId).arg(ws.path()) << "\n";
            return Refused;
        }
        const QJsonObject actions = review->content.value(QStringLiteral("actions")).toObject();
        if (json) {
            out() << QJsonDocument(
                         QJsonObject{
                             {QStringLiteral("id"), review->id},
                             {QStringLiteral("title"), review->title},
                             {QStringLiteral("from"), review->from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), review->to.toString(Qt::ISODate)},
                             {QStringLiteral("recommended"), actions[QStringLiteral("recommended")]},
                             {QStringLiteral("decisions"), actions[QStringLiteral("decisions")]},
                             {QStringLiteral("annotations"), review->content[QStringLiteral("annotations")]},
                             {QStringLiteral("presentation"), ReportChoices::ofReview(review->content).toJson()}})
                         .toJson(QJsonDocument::Indented);
            return Success;
        }
        out() << review->title << "\n" << Cli::tr("Recommended actions:") << "\n";
        for (const QJsonValue &r : actions[QStringLiteral("recommended")].toArray()) {
            out() << "  " << recommendationId(r.toObject()) << "  "
                  << SmartReview::actionText(r.toObject(), KpiFormat(QLocale())) << "\n";
        }
        out() << Cli::tr("Decisions:") << "\n";
        for (const QJsonValue &d : actions[QStringLiteral("decisions")].toArray()) {
            const QString status =
                d[QStringLiteral("overdue")].toBool() ? Cli::tr("overdue") : d[QStringLiteral("status")].toString();
            out() << "  " << d[QStringLiteral("id")].toInteger() << "  [" << status << "]  "
                  << d[QStringLiteral("text")].toString();
            if (!d[QStringLiteral("owner")].toString().isEmpty()) {
                out() << "  (" << d[QStringLiteral("owner")].toString() << ")";
            }
            if (!d[QStringLiteral("due")].toString().isEmpty()) {
                out() << "  " << Cli::tr("due %1").arg(d[QStringLiteral("due")].toString());
            }
            out() << "\n";
        }
        return Success;
    }
    const QList<SavedReview> reviews = store.reviews();
    if (json) {
        QJsonArray list;
        for (const SavedReview &r : reviews) {
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("title"), r.title},
                                    {QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
                                    {QStringLiteral("created"), r.createdAt.toString(Qt::ISODate)}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("reviews"), list}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const SavedReview &r : reviews) {
        out() << r.id << "  " << r.from.toString(Qt::ISODate) << " – " << r.to.toString(Qt::ISODate) << "  " << r.title
              << "\n";
    }
    return Success;
}

int runAnnotate(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("from"),
                 Cli::tr("add: the day of the note, or the first day of its range; list: notes from this day on."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"),
                 Cli::tr("add: the last day of its range (default: --from); list: notes up to this day."),
                 QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("text"), Cli::tr("add: the note, e.g. \"Tracking broken\"."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("channel"), Cli::tr("add: the channel it is about (default: every channel)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("json"), Cli::tr("list: print the notes as JSON.")});
    p.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("add, list, or remove ID."),
                            QStringLiteral("add|list|remove [ID]"));
    if (auto stop = parse(p, args, QStringLiteral("annotate"),
                          Cli::tr("Dated notes on the data (\"campaign launch\", \"tracking broken 3–5 May\"), drawn "
                                  "on the charts whose period includes them and listed in reviews."))) {
        return *stop;
    }
    int exit = Usage;
    const auto action = subcommand(p, QStringLiteral("annotate"),
                                   {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")}, &exit);
    if (!action) {
        return exit;
    }
    const QString command = QStringLiteral("annotate ") + *action;
    std::optional<QDate> from, to;
    if (!dateOption(p, command, QStringLiteral("from"), &from, &exit) ||
        !dateOption(p, command, QStringLiteral("to"), &to, &exit)) {
        return exit;
    }
    Annotation annotation;
    std::optional<qint64> removeId;
    if (*action == u"add") {
        if (!from) {
            return usageError(Cli::tr("annotate add: --from is required (the day, or the first day of a range)"));
        }
        annotation.from = *from;
        annotation.to = to.value_or(*from);
        if (annotation.to < annotation.from) {
            return usageError(Cli::tr("annotate add: --to is before --from"));
        }
        annotation.text = p.value(QStringLiteral("text")).trimmed();
        if (annotation.text.isEmpty()) {
            return usageError(Cli::tr("annotate add: --text is required"));
        }
        annotation.channel = p.value(QStringLiteral("channel")).trimmed();
        if (p.isSet(QStringLiteral("channel")) && annotation.channel.isEmpty()) {
            return usageError(Cli::tr("annotate add: --channel needs a name"));
        }
    } else if (*action == u"remove") {
        removeId = p.positionalArguments().size() == 2 ? idOf(p.positionalArguments().at(1)) : std::nullopt;
        if (!removeId) {
            return usageError(Cli::tr("annotate remove: name the note's ID (see annotate list)"));
        }
    } else if (from && to && *from > *to) {
        return usageError(Cli::tr("annotate list: --from is after --to"));
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), *action == u"list" ? Use::Read : Use::Change)) {
        return *stop;
    }
    GoalStore store(ws);
    if (*action == u"add") {
        QString error;
        const qint64 id = store.saveAnnotation(annotation, &error);
        if (id < 0) {
            err() << "funnelscope-cli annotate: " << Cli::tr("cannot save the note in %1: %2").arg(ws.path(), error)
                  << "\n";
            return Refused;
        }
        out() << id << "\n";
        return Success;
    }
    if (removeId) {
        if (!store.removeAnnotation(*removeId)) {
            err() << "funnelscope-cli annotate: " << Cli::tr("remove: no note %1 in %2").arg(*removeId).arg(ws.path())
                  << "\n";
            return Refused;
        }
        return Success;
    }
    const QList<Annotation> list = store.annotations(from.value_or(QDate(1, 1, 1)), to.value_or(QDate(9999, 12, 31)));
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Annotation &a : list) {
            array.append(a.toJson());
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("annotations"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const Annotation &a : list) {
        out() << a.id << "  " << a.from.toString(Qt::ISODate);
        if (a.to != a.from) {
            out() << " – " << a.to.toString(Qt::ISODate);
        }
        out() << "  " << a.text;
        if (!a.channel.isEmpty()) {
            out() << "  (" << a.channel << ")";
        }
        out() << "\n";
    }
    return Success;
}

int runSettings(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("company"),
                 Cli::tr("The company name printed on report covers (empty: the "
                         "workspace's file name)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("logo"),
                 Cli::tr("The logo for report covers: a PNG, JPEG or SVG file of at most %1 KB, stored inside the "
                         "workspace.")
                     .arg(CompanyLogo::MaxBytes / 1024),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("no-logo"), Cli::tr("Remove the logo.")});
    p.addOption({QStringLiteral("json"), Cli::tr("Print the settings as JSON.")});
    if (auto stop = parse(p, args, QStringLiteral("settings"),
                          Cli::tr("Show or change the workspace's settings: the company name and logo of its "
                                  "reports."))) {
        return *stop;
    }
    if (p.isSet(QStringLiteral("logo")) && p.isSet(QStringLiteral("no-logo"))) {
        return usageError(Cli::tr("settings: --logo or --no-logo, not both"));
    }
    const bool change =
        p.isSet(QStringLiteral("company")) || p.isSet(QStringLiteral("logo")) || p.isSet(QStringLiteral("no-logo"));
    QByteArray logo;
    if (p.isSet(QStringLiteral("logo"))) {
        // Checked before the workspace is touched: nothing changes for a file that is no image.
        if (const QString error = CompanyLogo::read(p.value(QStringLiteral("logo")), &logo); !error.isEmpty()) {
            err() << "funnelscope-cli settings: " << error << "\n";
            return Refused;
        }
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), change ? Use::Change : Use::Read)) {
        return *stop;
    }
    QString error;
    if (p.isSet(QStringLiteral("company"))) {
        error = ws.setSetting(QStringLiteral("company"), p.value(QStringLiteral("company")).trimmed());
    }
    if (error.isEmpty() && p.isSet(QStringLiteral("logo"))) {
        error = CompanyLogo::store(ws, logo);
    }
    if (error.isEmpty() && p.isSet(QStringLiteral("no-logo"))) {
        error = CompanyLogo::remove(ws);
    }
    if (!error.isEmpty()) {
        err() << "funnelscope-cli settings: " << Cli::tr("cannot save the settings in %1: %2").arg(ws.path(), error)
              << "\n";
        return Refused;
    }
    const QByteArray stored = CompanyLogo::bytes(ws);
    const QImage image = CompanyLogo::image(stored, 0);
    QJsonObject logoJson;
    if (!stored.isEmpty()) {
        logoJson = {{QStringLiteral("format"), CompanyLogo::format(stored)},
                    {QStringLiteral("bytes"), stored.size()},
                    {QStringLiteral("width"), image.width()},
                    {QStringLiteral("height"), image.height()}};
    }
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("company"), ws.setting(QStringLiteral("company"))},
                                           {QStringLiteral("logo"), stored.isEmpty() ? QJsonValue() : logoJson},
                                           {QStringLiteral("currency"), ws.currency()},
                                           {QStringLiteral("last_author"), ws.setting(QStringLiteral("last_author"))}})
                     .toJson(QJsonDocument::Indented);
        return Success;
    }
    out() << Cli::tr("Company: %1").arg(ws.setting(QStringLiteral("company"))) << "\n"
          << Cli::tr("Logo: %1")
                 .arg(stored.isEmpty() ? Cli::tr("none")
                                       : Cli::tr("%1, %2 × %3 pixels, %4 bytes")
                                             .arg(CompanyLogo::format(stored).toUpper())
                                             .arg(image.width())
                                             .arg(image.height())
                                             .arg(stored.size()))
          << "\n"
          << Cli::tr("Currency: %1").arg(ws.currency()) << "\n"
          << Cli::tr("Last author: %1").arg(ws.setting(QStringLiteral("last_author"))) << "\n";
    return Success;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption(
        {QStringLiteral("seed"), Cli::tr("The random seed (default 1)."), QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("campaign-rows"),
                 Cli::tr("Benchmark size: about N campaign rows over three years (default: the demo)."),
                 QStringLiteral("N")});
    p.addOption(
        {QStringLiteral("csv"), Cli::tr("Only write the CSV files into DIR; import nothing."), QStringLiteral("DIR")});
    if (auto stop =
            parse(p, args, QStringLiteral("demo"), Cli::tr("Write a deterministic two-year B2B demo workspace."))) {
        return *stop;
    }
    bool ok = false;
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        return usageError(Cli::tr("demo: --seed is a whole number"));
    }
    DemoGenerator::Options generatorOptions{seed};
    if (p.isSet(QStringLiteral("campaign-rows"))) {
        const qint64 rows = p.value(QStringLiteral("campaign-rows")).toLongLong(&ok);
        if (!ok || rows < 1000) {
            return usageError(Cli::tr("demo: --campaign-rows is a whole number of at least 1000"));
        }
        generatorOptions = DemoGenerator::Options::forCampaignRows(rows, seed);
    }
    if (p.isSet(QStringLiteral("csv"))) {
        QDir().mkpath(p.value(QStringLiteral("csv")));
        DemoGenerator generator(generatorOptions);
        if (const QString error = generator.writeCsvFiles(p.value(QStringLiteral("csv"))); !error.isEmpty()) {
            err() << "funnelscope-cli demo: " << error << "\n";
            return Refused;
        }
        return Success;
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), Use::Change)) {
        return *stop;
    }
    QStringList summaries;
    const QString error = DemoWorkspace::fill(ws, generatorOptions, &summaries);
    for (const QString &line : summaries) {
        out() << line << "\n";
    }
    if (!error.isEmpty()) {
        err() << "funnelscope-cli demo: " << error << "\n";
        return Refused;
    }
    out() << Cli::tr("goals and past reviews added") << "\n";
    return Success;
}

int runCopy(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("from"),
                 Cli::tr("The workspace to copy: a workspace file, or postgresql://USER@HOST:PORT/DATABASE (the "
                         "password from ~/.pgpass or PGPASSWORD, never the URL)."),
                 QStringLiteral("LOCATION")});
    p.addOption({QStringLiteral("to"),
                 Cli::tr("Where to: a new workspace file, or an empty PostgreSQL database, as a URL."),
                 QStringLiteral("LOCATION")});
    if (auto stop = parse(p, args, QStringLiteral("copy"),
                          Cli::tr("Copy every table of a workspace, in one transaction, between a workspace file and "
                                  "a PostgreSQL database (a team workspace), into a target without workspace "
                                  "data."))) {
        return *stop;
    }
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to"))) {
        return usageError(Cli::tr("copy: --from and --to are required"));
    }
#ifdef FUNNELSCOPE_POSTGRES
    QList<WorkspaceCopy::TableCount> counts;
    const QString from = p.value(QStringLiteral("from"));
    const QString to = p.value(QStringLiteral("to"));
    if (const QString error = WorkspaceCopy::copy(from, to, &counts); !error.isEmpty()) {
        err() << "funnelscope-cli copy: " << error << "\n";
        return Refused;
    }
    qint64 total = 0;
    for (const WorkspaceCopy::TableCount &c : counts) {
        out() << c.table << "\t" << c.rows << "\n";
        total += c.rows;
    }
    out() << Cli::tr("copied %1 to %2: %3 rows in %4 tables").arg(from, to).arg(total).arg(counts.size()) << "\n";
    return Success;
#else
    err() << "funnelscope-cli copy: "
          << Cli::tr("this funnelscope-cli was built without PostgreSQL (configure with -DFUNNELSCOPE_POSTGRES=ON)")
          << "\n";
    return Refused;
#endif
}

int runView(const QStringList &args)
{
    QCommandLineParser p;
    addDb(p);
    p.addOption({QStringLiteral("name"), Cli::tr("add: the view's name; adding a name that exists replaces it."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("period"),
                 Cli::tr("add: %1 (default: last-90-days), counted back from the last day with data, or today "
                         "when the data runs on; custom with --from and --to.")
                     .arg(periodpreset::ids().join(QStringLiteral(", "))),
                 QStringLiteral("RULE")});
    p.addOption({QStringLiteral("from"), Cli::tr("add: a custom period's first day."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("to"), Cli::tr("add: a custom period's last day."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("compare"), Cli::tr("add: previous (default), year or none."), QStringLiteral("WITH")});
    p.addOption({QStringLiteral("channel"), Cli::tr("add: only this channel (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("campaign"), Cli::tr("add: only this campaign (repeatable)."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("tab"),
                 Cli::tr("add: the window's tab: overview, awareness, engagement, lead-generation, sales, loyalty, "
                         "funnel, goals or data."),
                 QStringLiteral("TAB")});
    p.addOption({QStringLiteral("json"), Cli::tr("list: print the views as JSON.")});
    p.addPositionalArgument(QStringLiteral("ACTION"), Cli::tr("add, list, or remove NAME."),
                            QStringLiteral("add|list|remove [NAME]"));
    if (auto stop = parse(p, args, QStringLiteral("view"),
                          Cli::tr("Saved views: a named period rule, comparison, filters and tab, for the window, "
                                  "kpis --view and report --view."))) {
        return *stop;
    }
    int exit = Usage;
    const auto action = subcommand(p, QStringLiteral("view"),
                                   {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove")}, &exit);
    if (!action) {
        return exit;
    }
    SavedView view;
    if (*action == u"add") {
        view.name = p.value(QStringLiteral("name")).trimmed();
        if (view.name.isEmpty()) {
            return usageError(Cli::tr("view add: --name is required"));
        }
        const bool dates = p.isSet(QStringLiteral("from")) || p.isSet(QStringLiteral("to"));
        const QString rule = p.value(QStringLiteral("period"));
        const auto period = periodpreset::fromId(p.isSet(QStringLiteral("period")) ? rule
                                                 : dates                           ? QStringLiteral("custom")
                                                                                   : QStringLiteral("last-90-days"));
        if (!period) {
            return usageError(Cli::tr("view add: --period is one of %1, not '%2'")
                                  .arg(periodpreset::ids().join(QStringLiteral(", ")), rule));
        }
        view.period = *period;
        std::optional<QDate> from, to;
        if (!dateOption(p, QStringLiteral("view add"), QStringLiteral("from"), &from, &exit) ||
            !dateOption(p, QStringLiteral("view add"), QStringLiteral("to"), &to, &exit)) {
            return exit;
        }
        if (view.period == PeriodPreset::Custom) {
            if (!from || !to) {
                return usageError(Cli::tr("view add: a custom period needs --from and --to"));
            }
            if (*from > *to) {
                return usageError(Cli::tr("view add: --from is after --to"));
            }
            view.from = *from;
            view.to = *to;
        } else if (dates) {
            return usageError(Cli::tr("view add: --from and --to are for a custom period, not %1").arg(rule));
        }
        const QString compare = p.value(QStringLiteral("compare"));
        const auto comparison = SavedView::comparisonFromId(compare.isEmpty() ? QStringLiteral("previous") : compare);
        if (!comparison) {
            return usageError(Cli::tr("view add: --compare is previous, year or none, not '%1'").arg(compare));
        }
        view.comparison = *comparison;
        view.channels = p.values(QStringLiteral("channel"));
        view.campaigns = p.values(QStringLiteral("campaign"));
        view.tab = p.value(QStringLiteral("tab"));
        static const QStringList tabs{
            QStringLiteral("overview"),        QStringLiteral("awareness"), QStringLiteral("engagement"),
            QStringLiteral("lead-generation"), QStringLiteral("sales"),     QStringLiteral("loyalty"),
            QStringLiteral("funnel"),          QStringLiteral("goals"),     QStringLiteral("data")};
        if (!view.tab.isEmpty() && !tabs.contains(view.tab)) {
            return usageError(
                Cli::tr("view add: --tab is one of %1, not '%2'").arg(tabs.join(QStringLiteral(", ")), view.tab));
        }
    } else if (*action == u"remove" && p.positionalArguments().size() != 2) {
        return usageError(Cli::tr("view remove: name the view (see view list)"));
    }
    Workspace ws;
    if (auto stop = openWorkspace(ws, p.value(QStringLiteral("db")), *action == u"list" ? Use::Read : Use::Change)) {
        return *stop;
    }
    ViewStore store(ws);
    if (*action == u"add") {
        if (const QString error = store.save(view); !error.isEmpty()) {
            err() << "funnelscope-cli view: " << Cli::tr("cannot save the view in %1: %2").arg(ws.path(), error)
                  << "\n";
            return Refused;
        }
        out() << Cli::tr("view '%1' saved").arg(view.name) << "\n";
        return Success;
    }
    if (*action == u"remove") {
        const QString name = p.positionalArguments().at(1);
        if (!store.remove(name)) {
            err() << "funnelscope-cli view: " << Cli::tr("remove: no view '%1' in %2").arg(name, ws.path()) << "\n";
            return Refused;
        }
        out() << Cli::tr("view '%1' removed").arg(name) << "\n";
        return Success;
    }
    const auto [first, last] = KpiEngine(ws).dataRange();
    const QDate anchor = periodpreset::anchor(last);
    QJsonArray list;
    for (const SavedView &v : store.views()) {
        const Scope scope = v.scope(anchor, first);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o = v.toJson();
            o.insert(QStringLiteral("from"), scope.from.toString(Qt::ISODate));
            o.insert(QStringLiteral("to"), scope.to.toString(Qt::ISODate));
            list.append(o);
            continue;
        }
        QStringList filters = scope.channels + scope.campaigns;
        out() << v.name << "\t" << periodpreset::name(v.period) << " (" << scope.from.toString(Qt::ISODate) << " – "
              << scope.to.toString(Qt::ISODate) << ")\t" << SavedView::comparisonId(v.comparison) << "\t"
              << (filters.isEmpty() ? Cli::tr("all channels and campaigns") : filters.join(QStringLiteral(", ")))
              << "\n";
    }
    if (p.isSet(QStringLiteral("json"))) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("views"), list}}).toJson(QJsonDocument::Indented);
    }
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    // The report draws its PDF with fonts and painters, and settings may render an SVG logo, which need a GUI
    // application; offscreen, no display needed.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "settings") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("funnelscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FUNNELSCOPE_VERSION));
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);
    Language::install(Language::fromSystem());

    QStringList args = app.arguments();
    if (args.size() < 2) {
        err() << "funnelscope-cli: " << Cli::tr("name a command.") << "\n\n" << generalHelp();
        return Usage;
    }
    if (args.at(1) == u"--help" || args.at(1) == u"-h" || args.at(1) == u"help") {
        out() << generalHelp();
        return Success;
    }
    if (args.at(1) == u"--version" || args.at(1) == u"-v") {
        out() << "funnelscope-cli " << FUNNELSCOPE_VERSION << "\n";
        return Success;
    }
    const QString command = args.takeAt(1);
    int code = Usage;
    if (command == u"import") {
        code = runImport(args);
    } else if (command == u"kpis") {
        code = runKpis(args);
    } else if (command == u"rows") {
        code = runRows(args);
    } else if (command == u"report") {
        code = runReport(args);
    } else if (command == u"attribution") {
        code = runAttribution(args);
    } else if (command == u"cohorts") {
        code = runCohorts(args);
    } else if (command == u"channels") {
        code = runChannels(args);
    } else if (command == u"kpi") {
        code = runKpi(args);
    } else if (command == u"goals") {
        code = runGoals(args);
    } else if (command == u"review") {
        code = runReview(args);
    } else if (command == u"annotate") {
        code = runAnnotate(args);
    } else if (command == u"view") {
        code = runView(args);
    } else if (command == u"settings") {
        code = runSettings(args);
    } else if (command == u"demo") {
        code = runDemo(args);
    } else if (command == u"copy") {
        code = runCopy(args);
    } else {
        code = usageError(Cli::tr("unknown command '%1'").arg(command));
    }
    code = endTeamChange(code);
    // Output that did not all land (a full disk, a closed pipe) is a failure, never a silent success.
    out().flush();
    if (out().status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err() << "funnelscope-cli: "
              << Cli::tr("cannot write the output: %1").arg(QString::fromLocal8Bit(std::strerror(errno))) << "\n";
        code = code == Success ? Refused : code;
    }
    err().flush();
    return code;
}

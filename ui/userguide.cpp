#include "userguide.h"

#include "i18n/language.h"
#include "importing/preset.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiinputs.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>
#include <functional>

namespace funnelscope {

namespace {

QString unitName(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Count:
        return UserGuide::tr("a count");
    case KpiUnit::Money:
        return UserGuide::tr("money, in the reporting currency");
    case KpiUnit::Ratio:
        return UserGuide::tr("a percentage");
    case KpiUnit::Seconds:
        return UserGuide::tr("seconds");
    case KpiUnit::Days:
        return UserGuide::tr("days");
    case KpiUnit::Number:
        return UserGuide::tr("a number");
    case KpiUnit::Score:
        return UserGuide::tr("a score from −100 to 100");
    case KpiUnit::MoneyPerDay:
        return UserGuide::tr("money per day");
    }
    return {};
}

QString customFormatName(CustomKpi::Format format)
{
    switch (format) {
    case CustomKpi::Format::Count:
        return UserGuide::tr("a count");
    case CustomKpi::Format::Money:
        return UserGuide::tr("money, in the reporting currency");
    case CustomKpi::Format::Percent:
        return UserGuide::tr("a percentage");
    case CustomKpi::Format::Ratio:
        return UserGuide::tr("a ratio (x : 1)");
    case CustomKpi::Format::Number:
        return UserGuide::tr("a number");
    }
    return {};
}

QString presetTitle(const QString &id)
{
    const Preset *preset = Preset::find(id);
    return preset ? preset->title : id;
}

QString code(const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns) {
        out.append(QStringLiteral("<code>%1</code>").arg(c.toHtmlEscaped()));
    }
    return out.join(QStringLiteral(", "));
}

// "Campaign data (clicks, impressions): Google Ads, Meta Ads Manager, … or your own file with these columns."
QString inputLine(const KpiInput &input)
{
    QStringList tools;
    for (const QString &id : KpiInputs::presetsFor(input)) {
        tools.append(QStringLiteral("<a href=\"guide:export-%1\">%2</a>").arg(id, presetTitle(id).toHtmlEscaped()));
    }
    const QString kind = kindTitle(kindName(input.kind)).toHtmlEscaped();
    const QString from = tools.isEmpty()
                             ? UserGuide::tr("no shipped export has these columns: import your own file with them "
                                             "(<a href=\"guide:export-generic-csv\">your own CSV</a>)")
                             : UserGuide::tr("%1, or <a href=\"guide:export-generic-csv\">your own CSV</a> with these "
                                             "columns")
                                   .arg(tools.join(QStringLiteral(", ")));
    const QString line = UserGuide::tr("%1 (%2): %3").arg(kind, code(input.columns), from);
    return input.fallback ? UserGuide::tr("when none of those were imported, %1").arg(line) : line;
}

QString heading(const QString &title)
{
    return QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
}

} // namespace

QString UserGuide::folderFor(const QString &code)
{
    return !code.isEmpty() && QDir(QStringLiteral(":/guide/") + code).exists() ? code : QStringLiteral("en");
}

QString UserGuide::resourcePage(const QString &name)
{
    for (const QString &folder : {folderFor(Language::current()), QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/guide/%1/%2").arg(folder, name));
        if (file.open(QIODevice::ReadOnly)) {
            return QString::fromUtf8(file.readAll());
        }
    }
    return {};
}

QString UserGuide::plainMenuText(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                out.append(u'&');
                ++i;
            }
            continue;
        }
        out.append(text.at(i));
    }
    return out;
}

QStringList UserGuide::exportIds()
{
    QStringList ids;
    for (const QString &file :
         QDir(QStringLiteral(":/presets")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        ids.append(file.chopped(5));
    }
    ids.append(QStringLiteral("generic-csv"));
    return ids;
}

QString UserGuide::glossaryHtml(const CustomKpiList &custom)
{
    QString html = heading(tr("KPI glossary"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Every KPI Funnelscope computes, by funnel stage: what it means, its unit, which way is "
                        "better, and which exports fill it. Press F1 on a card or a table cell to come here."));
    const QList<KpiDefinition> &all = KpiCatalog::all();
    for (KpiGroup group :
         {KpiGroup::Awareness, KpiGroup::Engagement, KpiGroup::LeadGeneration, KpiGroup::Sales, KpiGroup::Loyalty}) {
        html += QStringLiteral("<h2>%1</h2>").arg(KpiCatalog::groupName(group).toHtmlEscaped());
        for (const KpiDefinition &k : all) {
            if (k.group != group) {
                continue;
            }
            html += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>")
                        .arg(kpiAnchor(k.id), QCoreApplication::translate("Kpi", k.name).toHtmlEscaped());
            html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("Kpi", k.explanation).toHtmlEscaped());
            QStringList facts{tr("Unit: %1.").arg(unitName(k.unit)),
                              k.better == Better::Up ? tr("Higher is better.") : tr("Lower is better."),
                              k.isVolume() ? tr("Adds up over time: a goal sets its total.")
                                           : tr("A level: a goal sets the level to reach.")};
            html += QStringLiteral("<p>%1 %2</p>")
                        .arg(facts.join(u' ').toHtmlEscaped(),
                             tr("Id in formulas and the command line: %1.").arg(code({k.id})));
            QStringList from;
            for (const KpiInput &input : KpiInputs::of(k.id)) {
                from.append(QStringLiteral("<li>%1</li>").arg(inputLine(input)));
            }
            if (!from.isEmpty()) {
                html += QStringLiteral("<p>%1</p><ul>%2</ul>").arg(tr("Computed from:"), from.join(QString()));
            }
        }
    }
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Your own KPIs").toHtmlEscaped());
    if (custom.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("This workspace has none yet. Edit → Custom KPIs… adds a formula over the KPIs above, "
                            "such as revenue ÷ leads."));
    }
    for (const CustomKpi &c : custom) {
        html += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>").arg(kpiAnchor(c.id), c.name.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(tr("Your own KPI: %1.").arg(c.explanation()).toHtmlEscaped());
        const QString better = c.direction == CustomKpi::Direction::Up     ? tr("Higher is better.")
                               : c.direction == CustomKpi::Direction::Down ? tr("Lower is better.")
                                                                           : tr("Neither higher nor lower is better.");
        html += QStringLiteral("<p>%1 %2 %3 %4</p>")
                    .arg(tr("Unit: %1.").arg(customFormatName(c.format)).toHtmlEscaped(), better.toHtmlEscaped(),
                         tr("Shown with %1.").arg(KpiCatalog::groupName(c.group)).toHtmlEscaped(),
                         tr("Formula: %1.").arg(code({c.formula})));
    }
    return html;
}

QString UserGuide::shortcutsHtml(const QWidget *window)
{
    QString html = heading(tr("Keyboard shortcuts"));
    html += QStringLiteral("<p>%1</p>").arg(tr("The menu commands that have a shortcut, as this window has them."));
    html += QStringLiteral("<table cellpadding=\"4\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                .arg(tr("Keys"), tr("Command"));
    // Depth first through the menus, so that each command is named by its path: "File → Import files…".
    std::function<void(const QList<QAction *> &, const QString &)> walk = [&](const QList<QAction *> &actions,
                                                                              const QString &path) {
        for (const QAction *a : actions) {
            if (a->isSeparator()) {
                continue;
            }
            const QString text = plainMenuText(a->text());
            const QString here = path.isEmpty() ? text : tr("%1 → %2").arg(path, text);
            if (a->menu()) {
                walk(a->menu()->actions(), here);
            } else if (!a->shortcut().isEmpty()) {
                QStringList keys;
                for (const QKeySequence &k : a->shortcuts()) {
                    keys.append(k.toString(QKeySequence::NativeText));
                }
                html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                            .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(), here.toHtmlEscaped());
            }
        }
    };
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        walk(main->menuBar()->actions(), QString());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">").arg(tr("On the dashboard").toHtmlEscaped());
    const QList<std::pair<QString, QString>> keys = {
        {tr("Tab, Shift+Tab"), tr("Move between the filters, the cards and the tables.")},
        {tr("F1 on a card or a table cell"), tr("Open this guide at that KPI's entry in the glossary.")},
        {tr("Shift+F1 on a card"), tr("Show the card's definition beside it.")},
        {tr("Enter on a card"), tr("Show the stored rows behind its value.")},
        {tr("Menu key on a card"), tr("The card's commands (Show rows).")},
    };
    for (const auto &[k, what] : keys) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), what.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

QString UserGuide::exportsHtml()
{
    QString html = heading(tr("How to export from each tool"));
    html += QStringLiteral("<p>%1</p><ul>")
                .arg(tr("For each tool: where the export is in its menus, which report, which columns and which "
                        "dates, then what Funnelscope reads from the file. Import the file with File → Import "
                        "files… or drop it on the window."));
    for (const QString &id : exportIds()) {
        const QString title = id == u"generic-csv" ? tr("Your own CSV (any other tool)") : presetTitle(id);
        html += QStringLiteral("<li><a href=\"guide:export-%1\">%2</a></li>").arg(id, title.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    return html;
}

QString UserGuide::exportHtml(const QString &presetId)
{
    QString html = resourcePage(QStringLiteral("exports/%1.html").arg(presetId));
    const Preset *preset = Preset::find(presetId);
    if (!preset) {
        return html;
    }
    // What the importer takes from this tool's files, from its preset: never out of step with the importer.
    QStringList columns;
    for (const auto &[column, headers] : preset->columns) {
        columns.append(column);
    }
    for (const auto &[column, headers] : preset->products) {
        columns.append(column);
    }
    for (const Preset::Conditional &c : preset->conditionals) {
        columns.append(c.column);
    }
    columns.removeDuplicates();
    html += QStringLiteral("<h2>%1</h2>").arg(tr("What Funnelscope reads from it").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1, as %2.").arg(code(columns), kindTitle(kindName(preset->kind)).toHtmlEscaped()));
    if (const QString channel = preset->constants.value(QStringLiteral("channel")); !channel.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Its rows count as the channel %1.").arg(code({channel})));
    }
    QStringList filled;
    for (const KpiDefinition &k : KpiCatalog::all()) {
        const QList<KpiInput> inputs = KpiInputs::of(k.id);
        if (std::any_of(inputs.cbegin(), inputs.cend(),
                        [preset](const KpiInput &input) { return KpiInputs::provides(*preset, input); })) {
            filled.append(QStringLiteral("<a href=\"guide:glossary#%1\">%2</a>")
                              .arg(kpiAnchor(k.id), QCoreApplication::translate("Kpi", k.name).toHtmlEscaped()));
        }
    }
    if (!filled.isEmpty()) {
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(tr("The KPIs it fills (alone or with other files):"), filled.join(QStringLiteral(", ")));
    }
    return html;
}

QList<UserGuide::Page> UserGuide::pages(const QWidget *window, const CustomKpiList &custom)
{
    QList<Page> list;
    list.append(
        {QStringLiteral("start"), tr("Getting started"), QString(), resourcePage(QStringLiteral("start.html"))});
    list.append({QStringLiteral("glossary"), tr("KPI glossary"), QString(), glossaryHtml(custom)});
    list.append({QStringLiteral("shortcuts"), tr("Keyboard shortcuts"), QString(), shortcutsHtml(window)});
    list.append({QStringLiteral("exports"), tr("How to export from each tool"), QString(), exportsHtml()});
    for (const QString &id : exportIds()) {
        const QString title = id == u"generic-csv" ? tr("Your own CSV (any other tool)") : presetTitle(id);
        list.append({QStringLiteral("export-") + id, title, QStringLiteral("exports"), exportHtml(id)});
    }
    return list;
}

} // namespace funnelscope

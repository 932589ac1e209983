#pragma once

#include "kpi/customkpi.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace funnelscope {

// The pages of the offline user guide (Help → User guide): the hand-written ones from the resources
// (resources/guide/<language>/…, English where the UI language has none), and those made from the code as it runs,
// so that they never go out of date: the KPI glossary from the catalog (with the workspace's own KPIs), the keyboard
// shortcuts from the window's menus, the list of exports from the presets. It only writes HTML; GuideDialog shows it.
class UserGuide
{
    Q_DECLARE_TR_FUNCTIONS(UserGuide)

public:
    struct Page
    {
        QString id;     // "start", "glossary", "shortcuts", "exports", "export-google-ads", …
        QString title;  // in the UI language
        QString parent; // the id of the page it is listed under, or empty
        QString html;
    };

    // Every page, in the order of the contents: window gives the shortcuts (its menus' actions); custom the
    // workspace's own KPIs for the glossary.
    static QList<Page> pages(const QWidget *window, const CustomKpiList &custom);

    static QString glossaryHtml(const CustomKpiList &custom);
    static QString shortcutsHtml(const QWidget *window);
    static QString exportsHtml();
    // A tool's page: the hand-written how-to, then what Funnelscope reads from the file and which KPIs it fills.
    static QString exportHtml(const QString &presetId);
    // The anchor of a KPI's entry in the glossary (catalog or custom id): "kpi-ctr".
    static QString kpiAnchor(const QString &kpiId) { return QStringLiteral("kpi-") + kpiId; }
    // The ids of the shipped presets (resources/presets/*.json), each with a page "export-<id>", then "generic-csv".
    static QStringList exportIds();
    // The text of a hand-written page, name relative to the language folder ("start.html", "exports/mailchimp.html"):
    // in the UI language when that folder has it, else in English; empty when neither has it.
    static QString resourcePage(const QString &name);
    // The folder the guide reads for language code: code itself when the guide has it, else "en".
    static QString folderFor(const QString &code);
    // A menu text without its mnemonics: "&Import files…" → "Import files…", "Goals && reviews" → "Goals & reviews".
    static QString plainMenuText(const QString &text);
};

} // namespace funnelscope

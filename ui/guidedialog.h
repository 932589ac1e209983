#pragma once

#include "kpi/customkpi.h"
#include "userguide.h"

#include <QDialog>

class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace funnelscope {

// Help → User guide: the offline guide's pages (UserGuide) in a window beside the dashboard, with a contents list, a
// search box that narrows the list to the pages holding a text and finds it in the page, and links between pages. It
// is not modal: the user reads it while working in the window.
class GuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    // window: the one whose menus the shortcuts page lists.
    explicit GuideDialog(QWidget *window, QWidget *parent = nullptr);

    // The workspace's own KPIs, for the glossary (its page is made again).
    void setCustomKpis(const CustomKpiList &custom);
    // Shows page id ("start", "glossary", "export-mailchimp", …) scrolled to anchor; false for an unknown page.
    bool showPage(const QString &id, const QString &anchor = {});
    // The glossary at the entry of a catalog or custom KPI id.
    bool showKpi(const QString &kpiId);
    QString currentPage() const { return m_current; }
    QString currentAnchor() const { return m_anchor; }
    // The pages listed in the contents for the text of the search box (all of them when it is empty).
    QStringList listedPages() const;
    QStringList pageIds() const;
    QString pageHtml(const QString &id) const;

    QLineEdit *searchBox() const { return m_search; }
    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }

    // The KPI a focused widget shows, for F1: a card's, or that of a table's current column; empty for none.
    static QString kpiAt(const QWidget *focus);

private:
    void build();
    void filter(const QString &text);
    void findNext();
    QTreeWidgetItem *itemOf(const QString &id) const;

    QWidget *m_window;
    CustomKpiList m_custom;
    QList<UserGuide::Page> m_pages;
    QStringList m_plain; // each page's text, for the search
    QLineEdit *m_search;
    QTreeWidget *m_contents;
    QTextBrowser *m_browser;
    QString m_current;
    QString m_anchor;
};

} // namespace funnelscope

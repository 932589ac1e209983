#include "guidedialog.h"

#include "kpi/kpicatalog.h"
#include "kpi/kpitablemodel.h"
#include "kpicard.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>
#include <QVBoxLayout>

namespace funnelscope {

GuideDialog::GuideDialog(QWidget *window, QWidget *parent)
    : QDialog(parent), m_window(window), m_search(new QLineEdit), m_contents(new QTreeWidget),
      m_browser(new QTextBrowser)
{
    setWindowTitle(tr("Funnelscope user guide"));
    setObjectName(QStringLiteral("guideDialog"));
    setModal(false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setWindowFlag(Qt::WindowMinMaxButtonsHint, true);

    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guide"));
    m_contents->setHeaderHidden(true);
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setRootIsDecorated(true);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Guide page"));
    m_browser->document()->setDocumentMargin(16);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_contents, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1000, 700);

    connect(m_contents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).toString() != m_current) {
            showPage(item->data(0, Qt::UserRole).toString());
        }
    });
    connect(m_search, &QLineEdit::textChanged, this, &GuideDialog::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &GuideDialog::findNext);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"guide") {
            showPage(url.path(), url.fragment());
        } else if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
            showPage(m_current, url.fragment());
        }
        // Nothing else: the guide works offline and opens no browser.
    });
    build();
    showPage(QStringLiteral("start"));
}

void GuideDialog::setCustomKpis(const CustomKpiList &custom)
{
    m_custom = custom;
    build();
    if (!m_current.isEmpty()) {
        const QString page = m_current;
        m_current.clear();
        showPage(page, m_anchor);
    }
}

void GuideDialog::build()
{
    m_pages = UserGuide::pages(m_window, m_custom);
    m_plain.clear();
    QTextDocument document;
    for (const UserGuide::Page &page : m_pages) {
        document.setHtml(page.html);
        m_plain.append(document.toPlainText());
    }
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    for (const UserGuide::Page &page : m_pages) {
        QTreeWidgetItem *parent = page.parent.isEmpty() ? nullptr : itemOf(page.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_contents);
        item->setText(0, page.title);
        item->setData(0, Qt::UserRole, page.id);
    }
    m_contents->expandAll();
    filter(m_search->text());
}

QTreeWidgetItem *GuideDialog::itemOf(const QString &id) const
{
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == id) {
            return *it;
        }
    }
    return nullptr;
}

QStringList GuideDialog::pageIds() const
{
    QStringList ids;
    for (const UserGuide::Page &page : m_pages) {
        ids.append(page.id);
    }
    return ids;
}

QString GuideDialog::pageHtml(const QString &id) const
{
    for (const UserGuide::Page &page : m_pages) {
        if (page.id == id) {
            return page.html;
        }
    }
    return {};
}

bool GuideDialog::showPage(const QString &id, const QString &anchor)
{
    const QString wanted = id.isEmpty() ? QStringLiteral("start") : id;
    const qsizetype index = pageIds().indexOf(wanted);
    if (index < 0) {
        return false;
    }
    if (wanted != m_current) {
        m_current = wanted;
        m_browser->setHtml(m_pages.at(index).html);
        const QSignalBlocker blocker(m_contents);
        m_contents->setCurrentItem(itemOf(wanted));
    }
    m_anchor = anchor;
    if (anchor.isEmpty()) {
        m_browser->moveCursor(QTextCursor::Start);
    } else {
        m_browser->scrollToAnchor(anchor);
    }
    return true;
}

bool GuideDialog::showKpi(const QString &kpiId)
{
    return showPage(QStringLiteral("glossary"), UserGuide::kpiAnchor(kpiId));
}

QStringList GuideDialog::listedPages() const
{
    QStringList ids;
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        if (!(*it)->isHidden()) {
            ids.append((*it)->data(0, Qt::UserRole).toString());
        }
    }
    return ids;
}

void GuideDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    // A page stays listed when it holds the text, and so does the page it is listed under.
    for (int i = 0; i < m_pages.size(); ++i) {
        if (QTreeWidgetItem *item = itemOf(m_pages.at(i).id)) {
            item->setHidden(!wanted.isEmpty() && !m_plain.at(i).contains(wanted, Qt::CaseInsensitive) &&
                            !m_pages.at(i).title.contains(wanted, Qt::CaseInsensitive));
        }
    }
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        for (int c = 0; c < (*it)->childCount(); ++c) {
            if (!(*it)->child(c)->isHidden()) {
                (*it)->setHidden(false);
            }
        }
    }
}

void GuideDialog::findNext()
{
    const QString wanted = m_search->text().trimmed();
    if (wanted.isEmpty()) {
        return;
    }
    // In this page from the cursor on, then from its top; else on the first page listed that holds it.
    if (m_browser->find(wanted)) {
        return;
    }
    m_browser->moveCursor(QTextCursor::Start);
    if (m_browser->find(wanted)) {
        return;
    }
    const QStringList ids = pageIds();
    for (const QString &id : listedPages()) {
        const qsizetype i = ids.indexOf(id);
        if (i >= 0 && m_plain.at(i).contains(wanted, Qt::CaseInsensitive)) {
            showPage(id);
            m_browser->find(wanted);
            return;
        }
    }
}

QString GuideDialog::kpiAt(const QWidget *focus)
{
    for (const QWidget *w = focus; w; w = w->parentWidget()) {
        if (const auto *card = qobject_cast<const KpiCard *>(w)) {
            if (card->custom()) {
                return card->custom()->id;
            }
            return card->kpiIndex() >= 0 ? KpiCatalog::at(card->kpiIndex()).id : QString();
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model()) {
            // A table of KpiTableModel (or a proxy of it) names each KPI column's catalog index in its header.
            const QModelIndex current = view->currentIndex();
            const QVariant kpi = current.isValid() ? view->model()->headerData(current.column(), Qt::Horizontal,
                                                                               KpiTableModel::KpiIndexRole)
                                                   : QVariant();
            if (kpi.isValid() && kpi.toInt() >= 0 && kpi.toInt() < KpiCatalog::all().size()) {
                return KpiCatalog::at(kpi.toInt()).id;
            }
            return {};
        }
    }
    return {};
}

} // namespace funnelscope

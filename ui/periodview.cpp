#include "periodview.h"

namespace funnelscope {

void PeriodView::setPeriod(const QString &workspacePath, const QDate &from, const QDate &to)
{
    if (workspacePath == m_path && from == m_from && to == m_to && (m_loaded || m_loading)) {
        return;
    }
    m_path = workspacePath;
    m_from = from;
    m_to = to;
    m_stale = true;
    if (isVisible()) {
        load();
    }
}

void PeriodView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        load();
    }
}

} // namespace funnelscope

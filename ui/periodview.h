#pragma once

#include "backgroundtask.h"

#include <QDate>
#include <QWidget>

namespace funnelscope {

// A view that computes its numbers for a period on a thread of its own, only while it is on screen: a new period
// while it is hidden just marks it stale, and showing it starts the work. Results of an older period are dropped.
class PeriodView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodView)

public:
    using QWidget::QWidget;

    void setPeriod(const QString &workspacePath, const QDate &from, const QDate &to);
    bool isLoading() const { return m_loading; }

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    // Starts the work for the current period (through compute()).
    virtual void load() = 0;

    // Runs work on a thread of its own and hands its result to done, unless a newer load began meanwhile.
    template <typename Result>
    void compute(std::function<Result(Workspace &)> work, std::function<void(const Result &)> done)
    {
        m_stale = false;
        m_loading = true;
        const int generation = ++m_generation;
        runInBackground<Result>(m_path, this, work, [this, generation, done](const Result &result) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            m_loaded = true;
            done(result);
            emit refreshed();
        });
    }

    const QString &path() const { return m_path; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

private:
    QString m_path;
    QDate m_from;
    QDate m_to;
    bool m_stale = false;
    bool m_loading = false;
    bool m_loaded = false;
    int m_generation = 0;
};

} // namespace funnelscope

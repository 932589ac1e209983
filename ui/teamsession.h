#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace funnelscope {

class TeamListener;
class TeamWorkspace;

// The window's side of a team workspace (TeamWorkspace): pulls the database's latest state into its replica off the
// UI thread, and again each time another user publishes a change (TeamListener).
class TeamSession : public QObject
{
    Q_OBJECT

public:
    explicit TeamSession(QObject *parent = nullptr);
    ~TeamSession() override;

    // Opens url: ready() or failed() follows.
    void open(const QString &url);
    void close();
    QString url() const { return m_url; }
    bool isOpen() const { return !m_url.isEmpty(); }
    // "marketing on db.example.com", for titles.
    static QString displayName(const QString &url);

    // A change from the window (an import), off the UI thread: beginChange() takes the team's write lock (waiting()
    // when another member holds it), pulls and makes the work file: changeReady(work) or failed(). publishChange()
    // publishes what the work file holds, then ready() with the new state; abandonChange() drops it.
    void beginChange();
    void publishChange();
    void abandonChange();
    bool isChanging() const { return m_change != nullptr; }

signals:
    // The replica holds the database's latest state (refreshed: pulled because another user changed it); canChange
    // is whether the user's role may change it.
    void ready(const QString &replica, bool canChange, bool refreshed);
    // The workspace could not be read (connect or pull), or changes can no longer be heard, or a change failed.
    void failed(const QString &error);
    void changeReady(const QString &work);
    // Another member's change is being made: the window's waits for it.
    void waiting(const QString &message);

private:
    void pull(bool refreshed);

    QString m_url;
    QString m_state;
    TeamListener *m_listener;
    bool m_pulling = false;
    bool m_pullAgain = false;
    int m_generation = 0; // a pull of an earlier open() is ignored
    std::shared_ptr<TeamWorkspace> m_change; // while the window makes a change
    QString m_work;
};

} // namespace funnelscope

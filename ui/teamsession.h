#pragma once

#include <QObject>
#include <QString>

namespace funnelscope {

class TeamListener;

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

signals:
    // The replica holds the database's latest state (refreshed: pulled because another user changed it); canChange
    // is whether the user's role may change it.
    void ready(const QString &replica, bool canChange, bool refreshed);
    // The workspace could not be read (connect or pull), or changes can no longer be heard.
    void failed(const QString &error);

private:
    void pull(bool refreshed);

    QString m_url;
    QString m_state;
    TeamListener *m_listener;
    bool m_pulling = false;
    bool m_pullAgain = false;
    int m_generation = 0; // a pull of an earlier open() is ignored
};

} // namespace funnelscope

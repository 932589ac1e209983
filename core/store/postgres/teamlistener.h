#pragma once

#include <QObject>
#include <QString>

namespace funnelscope {

// Hears the changes others publish to a team workspace (TeamWorkspace::publish notifies the channel funnelscope
// with the new state's name), through Qt's QPSQL driver on a connection of its own, on the thread it lives on.
class TeamListener : public QObject
{
    Q_OBJECT

public:
    explicit TeamListener(QObject *parent = nullptr);
    ~TeamListener() override;

    // Listens on the database of url (the password from ~/.pgpass or PGPASSWORD); returns an error message, or empty.
    QString listen(const QString &url);
    void stop();

signals:
    // A change was published: state names the database's new state.
    void published(const QString &state);

private:
    QString m_connection;
};

} // namespace funnelscope

// File → Open recent's list and the name of a new workspace file.

#include "store/recentworkspaces.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace funnelscope;

class TestRecentWorkspaces : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString touch(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private slots:
    void newestFirstAtMostEight()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        RecentWorkspaces recent(settings);
        QStringList opened;
        for (int i = 1; i <= 10; ++i) {
            opened.append(touch(QStringLiteral("w%1.funnelscope").arg(i)));
            recent.remember(opened.last());
        }
        const QStringList files = recent.files();
        QCOMPARE(files.size(), 8);
        QCOMPARE(files.first(), opened.at(9)); // w10, the last opened
        QCOMPARE(files.last(), opened.at(2));  // w3: w1 and w2 fell off
        // Opening one again moves it to the top, once.
        recent.remember(opened.at(5));
        QCOMPARE(recent.files().first(), opened.at(5));
        QCOMPARE(recent.files().count(opened.at(5)), 1);
        QCOMPARE(recent.files().size(), 8);
    }

    void missingFilesLeaveTheList()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        RecentWorkspaces recent(settings);
        const QString kept = touch(QStringLiteral("kept.db"));
        const QString gone = touch(QStringLiteral("gone.funnelscope"));
        recent.remember(kept);
        recent.remember(gone);
        recent.remember(m_dir.filePath(QStringLiteral("never-written.funnelscope")));
        recent.remember(m_dir.path()); // a folder is no workspace
        QVERIFY(QFile::remove(gone));
        QCOMPARE(recent.files(), QStringList{kept});
        // Forgotten in the settings too, not only hidden.
        QCOMPARE(settings.value(QStringLiteral("workspaces/recent")).toStringList(), QStringList{kept});
    }

    void relativePathsAreRememberedAbsolute()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        const QString path = touch(QStringLiteral("rel.funnelscope"));
        const QString before = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        RecentWorkspaces(settings).remember(QStringLiteral("rel.funnelscope"));
        QDir::setCurrent(before);
        QCOMPARE(RecentWorkspaces(settings).files(), QStringList{QFileInfo(path).absoluteFilePath()});
    }

    void newWorkspaceExtension_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("path");
        QTest::newRow("no extension") << "/home/ana/Q1 plan"
                                      << "/home/ana/Q1 plan.funnelscope";
        QTest::newRow("ours") << "/home/ana/q1.funnelscope"
                              << "/home/ana/q1.funnelscope";
        QTest::newRow("ours, capitals") << "/home/ana/Q1.FUNNELSCOPE"
                                        << "/home/ana/Q1.FUNNELSCOPE";
        QTest::newRow("the old .db") << "/home/ana/q1.db"
                                     << "/home/ana/q1.db";
        QTest::newRow("a dot in the name") << "/home/ana/q1.v2"
                                           << "/home/ana/q1.v2.funnelscope";
        QTest::newRow("a dotted folder") << "/home/ana/.config/plan"
                                         << "/home/ana/.config/plan.funnelscope";
    }

    void newWorkspaceExtension()
    {
        QFETCH(QString, typed);
        QFETCH(QString, path);
        QCOMPARE(RecentWorkspaces::withExtension(typed), path);
    }

    void filters()
    {
        QCOMPARE(RecentWorkspaces::saveFilter(), QStringLiteral("Funnelscope workspaces (*.funnelscope)"));
        QVERIFY(RecentWorkspaces::openFilter().startsWith(u"Funnelscope workspaces (*.funnelscope *.db);;"));
    }
};

QTEST_GUILESS_MAIN(TestRecentWorkspaces)
#include "tst_recentworkspaces.moc"

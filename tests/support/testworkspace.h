#pragma once

#include "demo/demogenerator.h"
#include "importing/importer.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace funnelscope {

// The first row of a query, its columns joined by spaces (NULL as "-"), or "(no row)".
inline QString row(Workspace &w, const QString &sql)
{
    SqliteStatement q(w.handle(), sql);
    if (!q.step()) {
        return QStringLiteral("(no row)");
    }
    QStringList values;
    for (int i = 0; i < q.columnCount(); ++i) {
        values.append(q.isNull(i) ? QStringLiteral("-") : q.text(i));
    }
    return values.join(u' ');
}

// A campaign file of rows rows (3 clicks, 100 impressions and 1.25 of cost each, over 1,500 days from 2020-01-01,
// 1,500 rows a campaign), large enough that importing it takes a while. Returns whether it was written.
inline bool writeCampaignRows(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    f.write("date,channel,campaign,clicks,impressions,cost\n");
    for (int i = 0; i < rows; ++i) {
        f.write(QDate(2020, 1, 1).addDays(i % 1500).toString(Qt::ISODate).toLatin1() + ",Paid Search,C" +
                QByteArray::number(i / 1500) + ",3,100,1.25\n");
    }
    return f.error() == QFileDevice::NoError;
}

// A fresh workspace in a temporary folder, and a way to import CSV text into it as a file.
class TestWorkspace
{
public:
    TestWorkspace()
    {
        const QString error = m_workspace.open(m_dir.filePath(QStringLiteral("test.db")));
        if (!error.isEmpty()) {
            qFatal("cannot open test workspace: %s", qPrintable(error));
        }
    }

    Workspace &workspace() { return m_workspace; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            qFatal("cannot write %s", qPrintable(name));
        }
        f.write(bytes);
        return f.fileName();
    }

    // Files without a currency of their own are imported in TestCurrency (the tests' amounts are plain numbers),
    // unless the options name another or the test imports with importer() directly.
    static constexpr const char *TestCurrency = "USD";

    ImportResult import(const QString &name, const QByteArray &bytes, ImportOptions options = {})
    {
        if (options.currency.isEmpty()) {
            options.currency = QString::fromLatin1(TestCurrency);
        }
        Importer importer(m_workspace);
        return importer.importFile(write(name, bytes), options);
    }

    // Imports and fails the calling test unless the file was imported.
    ImportResult importOk(const QString &name, const QByteArray &bytes, ImportOptions options = {})
    {
        ImportResult r = import(name, bytes, options);
        if (r.status != ImportResult::Status::Imported) {
            qWarning("%s", qPrintable(r.summary()));
        }
        return r;
    }

    // Imports the demo generator's files (without goals); returns an error, or empty.
    QString importDemo(const DemoGenerator::Options &options)
    {
        QTemporaryDir files;
        DemoGenerator generator(options);
        if (QString error = generator.writeCsvFiles(files.path()); !error.isEmpty()) {
            return error;
        }
        Importer importer(m_workspace);
        for (const QString &f : generator.fileNames()) {
            ImportOptions importOptions;
            importOptions.currency = QString::fromLatin1(TestCurrency);
            const ImportResult r = importer.importFile(files.filePath(f), importOptions);
            if (r.status != ImportResult::Status::Imported) {
                return r.summary();
            }
        }
        return {};
    }

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;
};

} // namespace funnelscope

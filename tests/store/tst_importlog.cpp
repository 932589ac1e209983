// Taking an import out of a workspace and putting it back.

#include "kpi/kpiengine.h"
#include "store/importlog.h"
#include "testworkspace.h"

#include <QTest>

using namespace funnelscope;

class TestImportLog : public QObject
{
    Q_OBJECT

private slots:
    void removeAndRestore()
    {
        TestWorkspace ws;
        ws.importOk(QStringLiteral("a.csv"), "date,channel,clicks\n2025-01-01,Email,5\n2025-01-02,Email,x\n"
                                             "2025-01-03,Email,7\n");
        ws.importOk(QStringLiteral("leads.csv"), "lead_id,created_date\nL1,2025-01-01\nL2,2025-01-02\n");
        ImportLog log(ws.workspace());
        QList<ImportRecord> imports = log.imports();
        QCOMPARE(imports.size(), 2);
        QCOMPARE(imports.at(1).fileName, QStringLiteral("a.csv")); // newest first
        QCOMPARE(imports.at(1).imported, 2);
        QCOMPARE(imports.at(1).rejected, 1);
        const QList<ImportError> rejected = log.rejectedRows(imports.at(1).id);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().line, 3);
        QCOMPARE(rejected.first().column, QStringLiteral("clicks"));

        const Scope january{QDate(2025, 1, 1), QDate(2025, 1, 31), {}, {}};
        KpiEngine engine(ws.workspace());
        QCOMPARE(engine.compute(january).value(u"leads"), 2.0);
        QCOMPARE(log.remove(imports.at(0).id), QString());
        QCOMPARE(log.imports().size(), 1);
        // Without CRM leads, leads fall back to the platforms, which report none here.
        QCOMPARE(engine.compute(january).value(u"leads"), std::nullopt);
        QCOMPARE(log.restore(imports.at(0).id), QString());
        QCOMPARE(engine.compute(january).value(u"leads"), 2.0);
        QCOMPARE(log.imports().size(), 2);

        QCOMPARE(engine.compute(january).clicks, 12.0);
        QCOMPARE(log.remove(imports.at(1).id), QString());
        QCOMPARE(engine.compute(january).clicks, std::nullopt);
        QCOMPARE(log.rejectedRows(imports.at(1).id).size(), 0);
        QCOMPARE(log.restore(imports.at(1).id), QString());
        QCOMPARE(engine.compute(january).clicks, 12.0);
        QCOMPARE(log.rejectedRows(imports.at(1).id).size(), 1);
        // January is a whole month: it came from the roll-up, which followed the removal and the restore.
        KpiEngine plain(ws.workspace());
        plain.setUseRollup(false);
        QCOMPARE(plain.compute(january).clicks, 12.0);
    }
};

QTEST_GUILESS_MAIN(TestImportLog)
#include "tst_importlog.moc"

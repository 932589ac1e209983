// Runs the built funnelscope-cli as a user would (shared/spec/cli.md, data-model.md, kpis.md): real CSV files
// written in the shapes real exports have, each command in a fresh workspace, and values a person can check by hand.
// It is not a test of the core classes; those have their own suites.

#include "clisandbox.h"
#include "i18n/contexts.h"
#include "i18n/language.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiformat.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

QStringList rowKeys(const QJsonObject &o)
{
    QStringList keys;
    for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray()) {
        keys << row.toObject().value(QStringLiteral("key")).toString();
    }
    return keys;
}

QJsonObject rowValues(const QJsonObject &o, const QString &key)
{
    for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray()) {
        if (row.toObject().value(QStringLiteral("key")).toString() == key) {
            return row.toObject().value(QStringLiteral("values")).toObject();
        }
    }
    return {};
}

// Every id of kpis.md, in its order.
const QStringList &catalogIds()
{
    static const QStringList ids =
        QStringLiteral(
            "impressions reach sessions organic_share mentions new_followers cpm media_cost ctr cpc bounce_rate "
            "avg_time_on_site pages_per_session social_engagements engagement_rate email_open_rate email_ctr "
            "email_click_to_open unsubscribe_rate cta_ctr landing_page_conversion leads platform_leads "
            "lead_conversion_rate cpl mqls sals lead_to_mql_rate mql_to_sql_rate cost_per_mql avg_lead_score sqls "
            "sql_to_customer_rate opportunities cost_per_opportunity won_deals win_rate revenue avg_deal_size "
            "sales_cycle_days pipeline_value sales_velocity lead_to_customer_rate new_customers total_cost cac "
            "marketing_roi active_customers retention_rate churn_rate mrr arpa clv ltv_to_cac nps survey_responses")
            .split(u' ');
    return ids;
}

// RFC 4180 fields of one CSV line (no embedded line breaks in what the tests read).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

// --- The acceptance dataset: two channels, Polish campaign names, January and February 2025, and a leads file. ---

enum class FileStyle
{
    Utf8CommaIso,
    SemicolonDecimalComma,
    Utf16Tab,
    Windows1250
};

const QString Lodz = QStringLiteral("Kampania wiosenna – Łódź");
const QString Krakow = QStringLiteral("Zimowa promocja – Kraków");
const QString PaidSearch = QStringLiteral("Paid Search");
const QString Social = QStringLiteral("Media społecznościowe");

struct CampaignDay
{
    QDate date;
    QString channel;
    QString campaign;
    int impressions;
    int clicks;
    qint64 costCents;
};

// Totals by hand: impressions 12000 + 8000 + 3000 + 7000 = 30000; clicks 150 + 90 + 60 + 50 = 350;
// cost 1234.56 + 789.01 + 45.67 + 0.50 = 2069.74. Campaign Łódź: 27000 impressions; Kraków: 3000.
const QList<CampaignDay> &campaignDays()
{
    static const QList<CampaignDay> days = {
        {QDate(2025, 1, 15), PaidSearch, Lodz, 12000, 150, 123456},
        {QDate(2025, 1, 16), PaidSearch, Lodz, 8000, 90, 78901},
        {QDate(2025, 2, 3), Social, Krakow, 3000, 60, 4567},
        {QDate(2025, 2, 4), PaidSearch, Lodz, 7000, 50, 50},
    };
    return days;
}

struct Lead
{
    QString id;
    QDate created;
    QString channel;
    QString campaign;
    QDate mql;
};

// By hand, for 2025-01-01..2025-03-31: leads created L1, L2, L3 = 3 (L4 is from December); MQL dates in the period
// L1, L3 = 2; lead → MQL rate 2/3. Campaign Łódź has L1 and L3, Kraków has L2.
const QList<Lead> &leads()
{
    static const QList<Lead> list = {
        {QStringLiteral("L1"), QDate(2025, 1, 20), PaidSearch, Lodz, QDate(2025, 1, 25)},
        {QStringLiteral("L2"), QDate(2025, 2, 5), Social, Krakow, QDate()},
        {QStringLiteral("L3"), QDate(2025, 3, 1), PaidSearch, Lodz, QDate(2025, 3, 10)},
        {QStringLiteral("L4"), QDate(2024, 12, 20), PaidSearch, Lodz, QDate()},
    };
    return list;
}

QString groupThousands(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3) {
        digits.insert(i, u' ');
    }
    return digits;
}

QChar delimiter(FileStyle style)
{
    switch (style) {
    case FileStyle::SemicolonDecimalComma:
        return u';';
    case FileStyle::Utf16Tab:
        return u'\t';
    case FileStyle::Utf8CommaIso:
    case FileStyle::Windows1250:
        break;
    }
    return u',';
}

QString lineEnd(FileStyle style)
{
    return style == FileStyle::Utf16Tab || style == FileStyle::Windows1250 ? QStringLiteral("\r\n")
                                                                           : QStringLiteral("\n");
}

QString dateText(FileStyle style, QDate d)
{
    if (!d.isValid()) {
        return {};
    }
    return style == FileStyle::SemicolonDecimalComma ? d.toString(QStringLiteral("dd.MM.yyyy"))
                                                     : d.toString(Qt::ISODate);
}

QString countText(FileStyle style, int n)
{
    return style == FileStyle::SemicolonDecimalComma ? groupThousands(n) : QString::number(n);
}

QString moneyText(FileStyle style, qint64 cents)
{
    const QString fraction = QStringLiteral("%1").arg(cents % 100, 2, 10, QLatin1Char('0'));
    return style == FileStyle::SemicolonDecimalComma ? groupThousands(cents / 100) + u',' + fraction
                                                     : QString::number(cents / 100) + u'.' + fraction;
}

// Excel's "Unicode text" quotes text; the others write it bare.
QString text(FileStyle style, const QString &s)
{
    return style == FileStyle::Utf16Tab ? u'"' + s + u'"' : s;
}

QString campaignFile(FileStyle style)
{
    const QChar sep = delimiter(style);
    QStringList lines{QStringList{QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("campaign"),
                                  QStringLiteral("impressions"), QStringLiteral("clicks"), QStringLiteral("cost")}
                          .join(sep)};
    for (const CampaignDay &d : campaignDays()) {
        lines << QStringList{dateText(style, d.date),         text(style, d.channel),     text(style, d.campaign),
                             countText(style, d.impressions), countText(style, d.clicks), moneyText(style, d.costCents)}
                     .join(sep);
    }
    return lines.join(lineEnd(style)) + lineEnd(style);
}

QString leadsFile(FileStyle style)
{
    const QChar sep = delimiter(style);
    QStringList lines{QStringList{QStringLiteral("lead_id"), QStringLiteral("created_date"), QStringLiteral("channel"),
                                  QStringLiteral("campaign"), QStringLiteral("mql_date")}
                          .join(sep)};
    for (const Lead &l : leads()) {
        lines << QStringList{text(style, l.id), dateText(style, l.created), text(style, l.channel),
                             text(style, l.campaign), dateText(style, l.mql)}
                     .join(sep);
    }
    return lines.join(lineEnd(style)) + lineEnd(style);
}

// The file's bytes; empty when the encoder is not available (the caller fails on that).
QByteArray encoded(FileStyle style, const QString &content)
{
    std::optional<QStringEncoder> encoder;
    switch (style) {
    case FileStyle::Utf8CommaIso:
        encoder.emplace(QStringConverter::Utf8);
        break;
    case FileStyle::SemicolonDecimalComma:
        encoder.emplace(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
        break;
    case FileStyle::Utf16Tab:
        encoder.emplace(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        break;
    case FileStyle::Windows1250:
        encoder.emplace("windows-1250");
        break;
    }
    if (!encoder->isValid()) {
        return {};
    }
    const QByteArray bytes = encoder->encode(content);
    return encoder->hasError() ? QByteArray() : bytes;
}

const QString From = QStringLiteral("2025-01-01");
const QString To = QStringLiteral("2025-03-31");

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // 1. The acceptance check: one dataset in four real-world file shapes.
    void sameDatasetInEveryFileShape_data();
    void sameDatasetInEveryFileShape();
    void everyFileShapeGivesByteIdenticalKpis();

    // 2. import --json
    void importJsonReportsRejectedRowsAndIgnoredColumns_data();
    void importJsonReportsRejectedRowsAndIgnoredColumns();
    void headerOnlyFileImportsZeroRows();
    void fractionalConversionsKeepTheirRow();

    // 3. Re-imports
    void reimportingTheSameBytesChangesNothing();
    void reimportingChangedCampaignRowsReplacesThem();
    void anotherSourceAddsUp();
    void reimportingLeadsUpdatesThem();
    void stageMappingIsRememberedForLaterImports();

    // 4. Refused files
    void refusedFileStoresNothing_data();
    void refusedFileStoresNothing();
    void oneRefusedFileOfSeveralLeavesTheOthers();
    void missingFileIsRefused();
    void ambiguousSlashDatesNeedDateOrder();
    void slashDatesResolvedByAnyDateColumn_data();
    void slashDatesResolvedByAnyDateColumn();

    // 5. Usage
    void importRangeForAReportWithoutDates();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpAndVersionExitZero_data();
    void helpAndVersionExitZero();
    void reportOfTheDemo();
    void reportNeedsItsOptions();
    void reportInEveryLanguage_data();
    void reportInEveryLanguage();

    // 6. Demo workspace, comparison, breakdowns, CSV
    void demoComparedWithPreviousPeriod();
    void demoByMonth();
    void demoByWeekUsesIsoYears();
    void demoByDayAndQuarterKeys();
    void demoByChannelIncludesNone();
    void partialBucketsSayHowManyDaysTheyHave();
    void leadsSourceSaysCrmOrPlatform();
    void csvEscapesFormulaTextButNotNumbers();
    void unknownHeaderImportsWithAMapping();
    void attributionCsvEscapesNames();
    void cohortsCsvIsOneRowPerStage();
    void csvNumbersArePlainDecimals();
    void attributionOfTheDemo();
    void cohortsOfTheDemo();

    // 7. Range reports (docs/decisions.md, "Range reports")
    void rangeReportIsSpreadAndSaysSo();

    // 8. Channels (docs/channels.md)
    void channelsListAndAliasesChangeKpisWithoutReimport();

    // 9. Goals, reviews, decisions and annotations
    void goalsAddListRemoveRoundTrip();
    void reviewFromTheCliPrintsDecisionsAndAnnotation();
    void overdueDecisionIsMarkedInTheNextReview();
    void coverSettingsSectionsAndComments();

private:
    // Imports the acceptance dataset in `style` into a fresh workspace of `sandbox`; returns the workspace name.
    QString importDataset(const Sandbox &sandbox, FileStyle style, const QString &name);

    Sandbox m_demo;
    QString m_demoDb;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(FUNNELSCOPE_CLI)), FUNNELSCOPE_CLI " was not built");
    QVERIFY(m_demo.isValid());
    m_demoDb = QStringLiteral("demo.fsdb");
    const CliRun r = m_demo.run({QStringLiteral("demo"), QStringLiteral("--db"), m_demoDb});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

QString TestCli::importDataset(const Sandbox &sandbox, FileStyle style, const QString &name)
{
    const QByteArray campaign = encoded(style, campaignFile(style));
    const QByteArray leadBytes = encoded(style, leadsFile(style));
    if (campaign.isEmpty() || leadBytes.isEmpty()) {
        return {};
    }
    const QString campaignName = name + QStringLiteral("-campaign.csv");
    const QString leadsName = name + QStringLiteral("-leads.csv");
    if (!sandbox.write(campaignName, campaign) || !sandbox.write(leadsName, leadBytes)) {
        return {};
    }
    const QString db = name + QStringLiteral(".fsdb");
    const CliRun r = sandbox.import(db, {campaignName, leadsName});
    if (r.exitCode != 0) {
        qWarning().noquote() << r.describe();
        return {};
    }
    return db;
}

void TestCli::sameDatasetInEveryFileShape_data()
{
    QTest::addColumn<FileStyle>("style");
    QTest::addRow("UTF-8, comma, ISO dates") << FileStyle::Utf8CommaIso;
    QTest::addRow("UTF-8 BOM, semicolon, 1 234,56, dd.mm.yyyy") << FileStyle::SemicolonDecimalComma;
    QTest::addRow("UTF-16LE BOM, tab, quoted, CRLF") << FileStyle::Utf16Tab;
    QTest::addRow("Windows-1250, comma, CRLF") << FileStyle::Windows1250;
}

void TestCli::sameDatasetInEveryFileShape()
{
    QFETCH(FileStyle, style);
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());

    const QByteArray campaign = encoded(style, campaignFile(style));
    const QByteArray leadBytes = encoded(style, leadsFile(style));
    QVERIFY2(!campaign.isEmpty() && !leadBytes.isEmpty(), "this Qt cannot write the encoding");
    if (style == FileStyle::Windows1250) {
        QVERIFY(campaign.contains("\xa3\xf3\x64\x9f")); // "Łódź" as Windows-1250 writes it
        QVERIFY(!QString(QStringDecoder(QStringConverter::Utf8).decode(campaign)).contains(Lodz)); // not UTF-8
    }
    QVERIFY(sandbox.write(QStringLiteral("campaign.csv"), campaign));
    QVERIFY(sandbox.write(QStringLiteral("leads.csv"), leadBytes));

    const QString db = QStringLiteral("ws.fsdb");
    const CliRun imported = sandbox.import(db, {QStringLiteral("campaign.csv"), QStringLiteral("leads.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const auto result = jsonObject(imported.out);
    QVERIFY2(result, qPrintable(imported.describe()));
    const QJsonArray files = result->value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject campaignResult = files.at(0).toObject();
    const QJsonObject leadsResult = files.at(1).toObject();
    QCOMPARE(campaignResult.value(QStringLiteral("kind")).toString(), QStringLiteral("campaign"));
    QCOMPARE(campaignResult.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(campaignResult.value(QStringLiteral("imported")).toInt(), 4);
    QCOMPARE(campaignResult.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(leadsResult.value(QStringLiteral("kind")).toString(), QStringLiteral("leads"));
    QCOMPARE(leadsResult.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(leadsResult.value(QStringLiteral("imported")).toInt(), 4);
    QCOMPARE(leadsResult.value(QStringLiteral("rejected")).toInt(), 0);

    const CliRun kpis = sandbox.kpis(db, From, To);
    QVERIFY2(kpis.exitCode == 0, qPrintable(kpis.describe()));
    const auto k = jsonObject(kpis.out);
    QVERIFY2(k, qPrintable(kpis.describe()));
    QCOMPARE(k->value(QStringLiteral("from")).toString(), From);
    QCOMPARE(k->value(QStringLiteral("to")).toString(), To);
    QCOMPARE(k->value(QStringLiteral("leads_source")).toString(), QStringLiteral("crm"));
    const QJsonObject v = k->value(QStringLiteral("values")).toObject();
    QCOMPARE(v.value(QStringLiteral("impressions")).toDouble(), 30000.0);
    QCOMPARE(v.value(QStringLiteral("ctr")).toDouble(), 350.0 / 30000.0);
    QCOMPARE(v.value(QStringLiteral("media_cost")).toDouble(), 2069.74);
    QVERIFY2(kpis.out.contains("\"media_cost\": 2069.74,"), "media_cost is not printed as exactly 2069.74");
    QCOMPARE(v.value(QStringLiteral("cpc")).toDouble(), 2069.74 / 350.0);
    QCOMPARE(v.value(QStringLiteral("cpm")).toDouble(), 2069.74 / 30000.0 * 1000.0);
    QCOMPARE(v.value(QStringLiteral("leads")).toDouble(), 3.0);
    QCOMPARE(v.value(QStringLiteral("cpl")).toDouble(), 2069.74 / 3.0);
    QCOMPARE(v.value(QStringLiteral("mqls")).toDouble(), 2.0);
    QCOMPARE(v.value(QStringLiteral("lead_to_mql_rate")).toDouble(), 2.0 / 3.0);
    QVERIFY(v.value(QStringLiteral("sessions")).isNull());      // never imported: unknown, not 0
    QVERIFY(v.value(QStringLiteral("opportunities")).isNull()); // no deal was ever imported

    const CliRun byCampaign = sandbox.kpis(db, From, To, {QStringLiteral("--by"), QStringLiteral("campaign")});
    QVERIFY2(byCampaign.exitCode == 0, qPrintable(byCampaign.describe()));
    const auto c = jsonObject(byCampaign.out);
    QVERIFY2(c, qPrintable(byCampaign.describe()));
    QCOMPARE(rowKeys(*c), (QStringList{Lodz, Krakow}));
    QCOMPARE(rowValues(*c, Lodz).value(QStringLiteral("impressions")).toDouble(), 27000.0);
    QCOMPARE(rowValues(*c, Lodz).value(QStringLiteral("leads")).toDouble(), 2.0);
    QCOMPARE(rowValues(*c, Krakow).value(QStringLiteral("impressions")).toDouble(), 3000.0);
    QCOMPARE(rowValues(*c, Krakow).value(QStringLiteral("media_cost")).toDouble(), 45.67);
    QCOMPARE(rowValues(*c, Krakow).value(QStringLiteral("leads")).toDouble(), 1.0);

    const CliRun byChannel = sandbox.kpis(db, From, To, {QStringLiteral("--by"), QStringLiteral("channel")});
    QVERIFY2(byChannel.exitCode == 0, qPrintable(byChannel.describe()));
    const auto ch = jsonObject(byChannel.out);
    QVERIFY2(ch, qPrintable(byChannel.describe()));
    QCOMPARE(rowKeys(*ch), (QStringList{Social, PaidSearch}));

    // A filter by the Polish name, typed on the command line, finds the rows.
    const CliRun filtered = sandbox.kpis(db, From, To, {QStringLiteral("--campaign"), Krakow});
    QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.describe()));
    const auto f = jsonObject(filtered.out);
    QVERIFY2(f, qPrintable(filtered.describe()));
    QCOMPARE(f->value(QStringLiteral("campaigns")).toArray(), QJsonArray{Krakow});
    QCOMPARE(f->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")).toDouble(), 3000.0);
}

void TestCli::everyFileShapeGivesByteIdenticalKpis()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QList<std::pair<FileStyle, QString>> styles = {
        {FileStyle::Utf8CommaIso, QStringLiteral("utf8")},
        {FileStyle::SemicolonDecimalComma, QStringLiteral("semicolon")},
        {FileStyle::Utf16Tab, QStringLiteral("utf16")},
        {FileStyle::Windows1250, QStringLiteral("cp1250")}};
    QByteArray reference;
    QByteArray referenceByCampaign;
    for (const auto &[style, name] : styles) {
        const QString db = importDataset(sandbox, style, name);
        QVERIFY2(!db.isEmpty(), qPrintable(QStringLiteral("importing the %1 files failed").arg(name)));
        const CliRun kpis = sandbox.kpis(db, From, To);
        QVERIFY2(kpis.exitCode == 0, qPrintable(kpis.describe()));
        const CliRun byCampaign = sandbox.kpis(db, From, To, {QStringLiteral("--by"), QStringLiteral("campaign")});
        QVERIFY2(byCampaign.exitCode == 0, qPrintable(byCampaign.describe()));
        if (reference.isEmpty()) {
            reference = kpis.out;
            referenceByCampaign = byCampaign.out;
            continue;
        }
        QVERIFY2(kpis.out == reference,
                 qPrintable(QStringLiteral("%1 differs from utf8:\n%2\n---\n%3")
                                .arg(name, QString::fromUtf8(kpis.out), QString::fromUtf8(reference))));
        QVERIFY2(byCampaign.out == referenceByCampaign,
                 qPrintable(QStringLiteral("--by campaign of %1 differs from utf8:\n%2\n---\n%3")
                                .arg(name, QString::fromUtf8(byCampaign.out), QString::fromUtf8(referenceByCampaign))));
    }
}

void TestCli::importJsonReportsRejectedRowsAndIgnoredColumns_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("ignored");

    QTest::addRow("bad clicks on line 4") << QByteArray("date,channel,campaign,impressions,clicks,cost,notes\n"
                                                        "2025-01-10,Paid Search,Brand,1000,10,5.00,ok\n"
                                                        "2025-01-11,Paid Search,Brand,1000,20,5.00,ok\n"
                                                        "2025-01-12,Paid Search,Brand,1000,abc,5.00,typo\n"
                                                        "2025-01-13,Paid Search,Brand,1000,40,5.00,ok\n")
                                          << 4 << QStringLiteral("clicks") << QStringLiteral("notes");
    // A title line and a quoted line break push the bad record down to physical line 6; the column is named as the
    // header writes it.
    QTest::addRow("title line, quoted newline, capitalised header")
        << QByteArray("Campaign performance report\n"
                      "Date,Channel,Campaign,Impressions,Clicks,Cost,Notes\n"
                      "2025-01-10,Paid Search,\"Brand\nsearch\",1000,10,5.00,ok\n"
                      "2025-01-11,Paid Search,Brand,1000,20,5.00,ok\n"
                      "2025-01-12,Paid Search,Brand,1000,abc,5.00,typo\n"
                      "2025-01-13,Paid Search,Brand,1000,40,5.00,ok\n")
        << 6 << QStringLiteral("Clicks") << QStringLiteral("Notes");
}

void TestCli::importJsonReportsRejectedRowsAndIgnoredColumns()
{
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, ignored);
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.write(QStringLiteral("q1.csv"), content));

    const CliRun r = sandbox.import(QStringLiteral("ws.fsdb"), {QStringLiteral("q1.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    const QJsonArray files = o->value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.at(0).toObject();
    QCOMPARE(file.value(QStringLiteral("file")).toString(), QStringLiteral("q1.csv"));
    QCOMPARE(file.value(QStringLiteral("kind")).toString(), QStringLiteral("campaign"));
    QVERIFY(file.value(QStringLiteral("preset")).isString());
    QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(file.value(QStringLiteral("imported")).toInt(), 3);
    QCOMPARE(file.value(QStringLiteral("rejected")).toInt(), 1);
    const QJsonArray errors = file.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject error = errors.at(0).toObject();
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), line);
    QCOMPARE(error.value(QStringLiteral("column")).toString(), column);
    QVERIFY2(error.value(QStringLiteral("reason")).toString().contains(QStringLiteral("'abc'")),
             qPrintable(error.value(QStringLiteral("reason")).toString()));
    QCOMPARE(file.value(QStringLiteral("ignored")).toArray(), QJsonArray{ignored});

    // The rest of the file landed: three rows of 1000 impressions and 70 clicks.
    const CliRun kpis = sandbox.kpis(QStringLiteral("ws.fsdb"), From, To);
    const auto k = jsonObject(kpis.out);
    QVERIFY2(k, qPrintable(kpis.describe()));
    const QJsonObject v = k->value(QStringLiteral("values")).toObject();
    QCOMPARE(v.value(QStringLiteral("impressions")).toDouble(), 3000.0);
    QCOMPARE(v.value(QStringLiteral("ctr")).toDouble(), 70.0 / 3000.0);
    QCOMPARE(v.value(QStringLiteral("media_cost")).toDouble(), 15.0);
}

void TestCli::headerOnlyFileImportsZeroRows()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.write(QStringLiteral("empty-month.csv"), "date,channel,campaign,impressions\n"));
    const CliRun r = sandbox.import(QStringLiteral("ws.fsdb"), {QStringLiteral("empty-month.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    const QJsonObject file = o->value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(file.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(file.value(QStringLiteral("rejected")).toInt(), 0);
}

void TestCli::fractionalConversionsKeepTheirRow()
{
    // A Google Ads report with data-driven attribution: 45.89 conversions. The row imports whole (it was rejected,
    // losing its impressions, clicks and cost), and the conversions stay exact: cpl = 5,913.04 / 45.89.
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.write(QStringLiteral("Campaign performance.csv"),
                          "Campaign performance\n"
                          "1 January 2026 - 29 May 2026\n"
                          "Campaign,Campaign state,Campaign type,Clicks,Impr.,CTR,Currency code,Avg. CPC,Cost,"
                          "Conversions,View-through conv.,Cost / conv.,Conv. rate\n"
                          "Europe (Outbound),Enabled,Search,322,\"5,875\",5.48%,GBP,18.36,5913.04,45.89,0,128.84,"
                          "14.25%\n"));
    const CliRun r = sandbox.import(QStringLiteral("ws.fsdb"), {QStringLiteral("Campaign performance.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject file =
        jsonObject(r.out).value_or(QJsonObject()).value(QStringLiteral("files")).toArray().at(0).toObject();
    QCOMPARE(file.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(file.value(QStringLiteral("rejected")).toInt(), 0);
    const CliRun k =
        sandbox.kpis(QStringLiteral("ws.fsdb"), QStringLiteral("2026-01-01"), QStringLiteral("2026-05-29"));
    QVERIFY2(k.exitCode == 0, qPrintable(k.describe()));
    const QJsonObject v = jsonObject(k.out).value_or(QJsonObject()).value(QStringLiteral("values")).toObject();
    QCOMPARE(v.value(QStringLiteral("impressions")).toDouble(), 5875.0);
    QCOMPARE(v.value(QStringLiteral("ctr")).toDouble(), 322.0 / 5875.0);
    QCOMPARE(v.value(QStringLiteral("media_cost")).toDouble(), 5913.04);
    QCOMPARE(v.value(QStringLiteral("platform_leads")).toDouble(), 45.89);
    QCOMPARE(v.value(QStringLiteral("cpl")).toDouble(), 5913.04 / 45.89);
}

void TestCli::reimportingTheSameBytesChangesNothing()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = importDataset(sandbox, FileStyle::Utf8CommaIso, QStringLiteral("ws"));
    QVERIFY(!db.isEmpty());
    const CliRun before = sandbox.kpis(db, From, To);
    QCOMPARE(before.exitCode, 0);

    const CliRun again = sandbox.import(db, {QStringLiteral("ws-campaign.csv"), QStringLiteral("ws-leads.csv")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const auto o = jsonObject(again.out);
    QVERIFY2(o, qPrintable(again.describe()));
    const QJsonArray files = o->value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));

    const CliRun after = sandbox.kpis(db, From, To);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out);
}

void TestCli::reimportingChangedCampaignRowsReplacesThem()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("ws.fsdb");
    QVERIFY(sandbox.write(QStringLiteral("jan.csv"), "date,channel,campaign,impressions,cost\n"
                                                     "2025-01-10,Paid Search,Brand,1000,10.25\n"
                                                     "2025-01-11,Paid Search,Brand,2000,20.50\n"));
    // The corrected export, under another file name: same (source, date, channel, campaign) keys, later wins.
    QVERIFY(sandbox.write(QStringLiteral("jan-corrected.csv"), "date,channel,campaign,impressions,cost\n"
                                                               "2025-01-10,Paid Search,Brand,1500,15.25\n"
                                                               "2025-01-11,Paid Search,Brand,2000,20.50\n"));
    CliRun r = sandbox.import(db, {QStringLiteral("jan.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = sandbox.kpis(db, From, To);
    auto k = jsonObject(r.out);
    QVERIFY2(k, qPrintable(r.describe()));
    QCOMPARE(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")).toDouble(), 3000.0);

    r = sandbox.import(db, {QStringLiteral("jan-corrected.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    QCOMPARE(o->value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("imported"));
    r = sandbox.kpis(db, From, To);
    k = jsonObject(r.out);
    QVERIFY2(k, qPrintable(r.describe()));
    const QJsonObject v = k->value(QStringLiteral("values")).toObject();
    QCOMPARE(v.value(QStringLiteral("impressions")).toDouble(), 3500.0); // not 6500
    QCOMPARE(v.value(QStringLiteral("media_cost")).toDouble(), 35.75);   // not 66.50
}

void TestCli::anotherSourceAddsUp()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("ws.fsdb");
    QVERIFY(sandbox.write(QStringLiteral("jan.csv"), "date,channel,campaign,impressions,cost\n"
                                                     "2025-01-10,Paid Search,Brand,1000,10.25\n"
                                                     "2025-01-11,Paid Search,Brand,2000,20.50\n"));
    CliRun r = sandbox.import(db, {QStringLiteral("jan.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // The same bytes from a second account: a different source label, so not "unchanged", and the rows add up.
    r = sandbox.import(db, {QStringLiteral("--source"), QStringLiteral("second-account"), QStringLiteral("jan.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    QCOMPARE(o->value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("imported"));
    r = sandbox.kpis(db, From, To);
    const auto k = jsonObject(r.out);
    QVERIFY2(k, qPrintable(r.describe()));
    const QJsonObject v = k->value(QStringLiteral("values")).toObject();
    QCOMPARE(v.value(QStringLiteral("impressions")).toDouble(), 6000.0);
    QCOMPARE(v.value(QStringLiteral("media_cost")).toDouble(), 61.5);
}

void TestCli::reimportingLeadsUpdatesThem()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("ws.fsdb");
    QVERIFY(sandbox.write(QStringLiteral("leads-v1.csv"), "lead_id,created_date,mql_date\n"
                                                          "L1,2025-01-10,2025-01-15\n"
                                                          "L2,2025-01-11,\n"));
    // L1 moves to February; the file has no mql_date column, so L1 keeps its MQL date.
    QVERIFY(sandbox.write(QStringLiteral("leads-v2.csv"), "lead_id,created_date\n"
                                                          "L1,2025-02-10\n"));
    // An unknown cell in a column the file has clears the stored value.
    QVERIFY(sandbox.write(QStringLiteral("leads-v3.csv"), "lead_id,created_date,mql_date\n"
                                                          "L1,2025-02-10,n/a\n"));
    const QString janFrom = QStringLiteral("2025-01-01");
    const QString janTo = QStringLiteral("2025-01-31");
    const QString febFrom = QStringLiteral("2025-02-01");
    const QString febTo = QStringLiteral("2025-02-28");
    auto value = [&](const QString &from, const QString &to, const QString &id) -> QJsonValue {
        const CliRun r = sandbox.kpis(db, from, to);
        const auto k = jsonObject(r.out);
        return k ? k->value(QStringLiteral("values")).toObject().value(id) : QJsonValue(QJsonValue::Undefined);
    };

    CliRun r = sandbox.import(db, {QStringLiteral("leads-v1.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(value(janFrom, janTo, QStringLiteral("leads")).toDouble(), 2.0);
    QCOMPARE(value(janFrom, janTo, QStringLiteral("mqls")).toDouble(), 1.0);

    r = sandbox.import(db, {QStringLiteral("leads-v2.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(value(janFrom, janTo, QStringLiteral("leads")).toDouble(), 1.0);
    QCOMPARE(value(febFrom, febTo, QStringLiteral("leads")).toDouble(), 1.0);
    QCOMPARE(value(janFrom, janTo, QStringLiteral("mqls")).toDouble(), 1.0);

    r = sandbox.import(db, {QStringLiteral("leads-v3.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(value(janFrom, janTo, QStringLiteral("mqls")).toDouble(), 0.0);
    QCOMPARE(value(febFrom, febTo, QStringLiteral("leads")).toDouble(), 1.0);
}

// A HubSpot pipeline with stages of its own: --stage says how two of them count, and the workspace remembers it for
// the next file, which is given no --stage.
void TestCli::stageMappingIsRememberedForLaterImports()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("stages.fsdb");
    QVERIFY(sandbox.write(QStringLiteral("bids-q1.csv"),
                          "Record ID,Deal Name,Pipeline,Deal Stage,Create Date,Close Date,Amount\n"
                          "1,Bid A,Bids,Closed: won,2023-01-05 10:00,2023-02-01 09:00,1000\n"
                          "2,Bid B,Bids,Closed: abandoned,2023-01-06 10:00,2023-02-02 09:00,2000\n"
                          "3,Bid C,Bids,Awaiting outcome,2023-01-07 10:00,2023-02-03 09:00,4000\n"
                          "4,Bid D,Bids,On hold / future opportunity,2023-01-08 10:00,,8000\n"));
    QVERIFY(sandbox.write(QStringLiteral("bids-q2.csv"),
                          "Record ID,Deal Name,Pipeline,Deal Stage,Create Date,Close Date,Amount\n"
                          "5,Bid E,Bids,Awaiting outcome,2023-04-03 10:00,2023-05-01 09:00,16000\n"
                          "6,Bid F,Bids,closed:  ABANDONED,2023-04-04 10:00,2023-05-01 09:00,32000\n"));
    // Without a mapping: "Closed: abandoned" is lost by rule; the two stages no rule knows count as open, listed.
    CliRun r = sandbox.import(db, {QStringLiteral("bids-q1.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    QCOMPARE(o->value(u"files").toArray().at(0).toObject().value(u"stages_counted_as_open").toArray().toVariantList(),
             (QVariantList{QStringLiteral("Awaiting outcome"), QStringLiteral("On hold / future opportunity")}));
    // The plain summary says so too.
    QVERIFY(sandbox.write(QStringLiteral("one.csv"), "Record ID,Deal Name,Deal Stage,Create Date,Amount\n"
                                                     "9,Bid Z,Waiting for PO,2023-01-05,10\n"));
    r = sandbox.run(
        {QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("other.fsdb"), QStringLiteral("one.csv")});
    QVERIFY2(r.exitCode == 0 && r.out.contains("stages counted as open: Waiting for PO"), qPrintable(r.describe()));

    // The user's reading of their pipeline: abandoned bids were never lost to a competitor, awaiting ones are won.
    r = sandbox.import(db,
                       {QStringLiteral("--stage"), QStringLiteral("Closed: abandoned=open"), QStringLiteral("--stage"),
                        QStringLiteral("Awaiting outcome=won"), QStringLiteral("bids-q1.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    o = jsonObject(r.out);
    // The same bytes with a new mapping are a new import, not "unchanged".
    QCOMPARE(o->value(u"files").toArray().at(0).toObject().value(u"status").toString(), QStringLiteral("imported"));
    QCOMPARE(o->value(u"files").toArray().at(0).toObject().value(u"stages_counted_as_open").toArray().toVariantList(),
             (QVariantList{QStringLiteral("On hold / future opportunity")}));
    // The next file, without --stage, is read with the remembered mapping (its labels matched ignoring case and
    // spaces).
    r = sandbox.import(db, {QStringLiteral("bids-q2.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    o = jsonObject(r.out);
    QVERIFY(!o->value(u"files").toArray().at(0).toObject().contains(u"stages_counted_as_open"));

    // Won, closed in 2023: 1 (1000), 3 (4000), 5 (16000); open: 2 (2000), 4 (8000), 6 (32000); none lost.
    const CliRun k = sandbox.kpis(db, QStringLiteral("2023-01-01"), QStringLiteral("2023-12-31"));
    const auto values = jsonObject(k.out);
    QVERIFY2(values, qPrintable(k.describe()));
    const QJsonObject v = values->value(u"values").toObject();
    QCOMPARE(v.value(u"won_deals").toDouble(), 3.0);
    QCOMPARE(v.value(u"revenue").toDouble(), 21000.0);
    QCOMPARE(v.value(u"pipeline_value").toDouble(), 42000.0);
}

void TestCli::refusedFileStoresNothing_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::addRow("empty file") << QByteArray();
    QTest::addRow("no recognisable header") << QByteArray("hello,world\n1,2\n3,4\n");
    // (Found by AddressSanitizer: the length once read past the literal.)
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
    QTest::addRow("binary file") << QByteArray(png, sizeof(png) - 1);
    // Two of three rows rejected; the good one (2025-01-20, 999 impressions) must not land either.
    QTest::addRow("more than half of the rows bad") << QByteArray("date,channel,campaign,impressions\n"
                                                                  "2025-01-20,Paid Search,Brand,999\n"
                                                                  "2025-01-21,Paid Search,Brand,abc\n"
                                                                  "yesterday,Paid Search,Brand,5\n");
}

void TestCli::refusedFileStoresNothing()
{
    QFETCH(QByteArray, content);
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = importDataset(sandbox, FileStyle::Utf8CommaIso, QStringLiteral("ws"));
    QVERIFY(!db.isEmpty());
    const CliRun before = sandbox.kpis(db, From, To);
    QCOMPARE(before.exitCode, 0);
    QVERIFY(sandbox.write(QStringLiteral("bad.csv"), content));

    for (int attempt = 1; attempt <= 2; ++attempt) { // a refused file was never imported: refused again, not unchanged
        const CliRun r = sandbox.import(db, {QStringLiteral("bad.csv")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("bad.csv"), qPrintable(r.describe()));
        const auto o = jsonObject(r.out);
        QVERIFY2(o, qPrintable(r.describe()));
        const QJsonObject file = o->value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("file")).toString(), QStringLiteral("bad.csv"));
        QCOMPARE(file.value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QCOMPARE(file.value(QStringLiteral("imported")).toInt(), 0);
        QVERIFY(!file.value(QStringLiteral("errors")).toArray().isEmpty());
    }
    const CliRun after = sandbox.kpis(db, From, To);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out);

    // In a fresh workspace too: still no campaign data at all, so impressions stay unknown.
    const CliRun fresh = sandbox.import(QStringLiteral("fresh.fsdb"), {QStringLiteral("bad.csv")});
    QVERIFY2(fresh.exitCode == 1, qPrintable(fresh.describe()));
    const CliRun freshKpis = sandbox.kpis(QStringLiteral("fresh.fsdb"), From, To);
    const auto k = jsonObject(freshKpis.out);
    QVERIFY2(k, qPrintable(freshKpis.describe()));
    QVERIFY(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")).isNull());
    QVERIFY(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("media_cost")).isNull());
}

void TestCli::oneRefusedFileOfSeveralLeavesTheOthers()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.write(QStringLiteral("good.csv"), "date,channel,campaign,impressions\n"
                                                      "2025-01-10,Paid Search,Brand,1000\n"));
    QVERIFY(sandbox.write(QStringLiteral("empty.csv"), QByteArray()));
    const CliRun r =
        sandbox.import(QStringLiteral("ws.fsdb"), {QStringLiteral("good.csv"), QStringLiteral("empty.csv")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    const QJsonArray files = o->value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
    const CliRun kpis = sandbox.kpis(QStringLiteral("ws.fsdb"), From, To);
    const auto k = jsonObject(kpis.out);
    QVERIFY2(k, qPrintable(kpis.describe()));
    QCOMPARE(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")).toDouble(), 1000.0);
}

void TestCli::missingFileIsRefused()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const CliRun r = sandbox.import(QStringLiteral("ws.fsdb"), {QStringLiteral("no-such-export.csv")});
    QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("no-such-export.csv"), qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    QCOMPARE(o->value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("refused"));
    // cli.md: errors are "one clear sentence".
    QVERIFY2(r.err.contains("no such file"), qPrintable(r.describe()));
}

void TestCli::ambiguousSlashDatesNeedDateOrder()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    // 03/02/2025 is 3 February day-first, 2 March month-first; nothing in the file decides.
    QVERIFY(sandbox.write(QStringLiteral("slash.csv"), "date,channel,campaign,impressions\n"
                                                       "03/02/2025,Paid Search,Brand,100\n"
                                                       "04/02/2025,Paid Search,Brand,200\n"));
    const CliRun refused = sandbox.import(QStringLiteral("ws.fsdb"), {QStringLiteral("slash.csv")});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("--date-order"), qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("slash.csv"), qPrintable(refused.describe()));
    const auto o = jsonObject(refused.out);
    QVERIFY2(o, qPrintable(refused.describe()));
    QCOMPARE(o->value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("refused"));
    CliRun kpis = sandbox.kpis(QStringLiteral("ws.fsdb"), QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31"));
    auto k = jsonObject(kpis.out);
    QVERIFY2(k, qPrintable(kpis.describe()));
    QVERIFY(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")).isNull());

    const CliRun dmy = sandbox.import(QStringLiteral("ws.fsdb"), {QStringLiteral("--date-order"), QStringLiteral("dmy"),
                                                                  QStringLiteral("slash.csv")});
    QVERIFY2(dmy.exitCode == 0, qPrintable(dmy.describe()));
    auto impressions = [&](const QString &db, const QString &from, const QString &to) {
        const CliRun r = sandbox.kpis(db, from, to);
        const auto j = jsonObject(r.out);
        return j ? j->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions"))
                 : QJsonValue(QJsonValue::Undefined);
    };
    QCOMPARE(impressions(QStringLiteral("ws.fsdb"), QStringLiteral("2025-02-03"), QStringLiteral("2025-02-03")),
             QJsonValue(100));
    QCOMPARE(impressions(QStringLiteral("ws.fsdb"), QStringLiteral("2025-02-04"), QStringLiteral("2025-02-04")),
             QJsonValue(200));
    QVERIFY(
        impressions(QStringLiteral("ws.fsdb"), QStringLiteral("2025-03-01"), QStringLiteral("2025-04-30")).isNull());

    const CliRun mdy = sandbox.import(QStringLiteral("us.fsdb"), {QStringLiteral("--date-order"), QStringLiteral("mdy"),
                                                                  QStringLiteral("slash.csv")});
    QVERIFY2(mdy.exitCode == 0, qPrintable(mdy.describe()));
    QCOMPARE(impressions(QStringLiteral("us.fsdb"), QStringLiteral("2025-03-02"), QStringLiteral("2025-03-02")),
             QJsonValue(100));
    QCOMPARE(impressions(QStringLiteral("us.fsdb"), QStringLiteral("2025-04-02"), QStringLiteral("2025-04-02")),
             QJsonValue(200));
}

void TestCli::slashDatesResolvedByAnyDateColumn_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("createdOn");

    // created_date alone is ambiguous; the 25 in mql_date's first field says day-first.
    QTest::addRow("day-first, told by mql_date") << QByteArray("lead_id,created_date,mql_date\n"
                                                               "L1,03/02/2025,25/02/2025\n"
                                                               "L2,04/02/2025,\n")
                                                 << QStringLiteral("2025-02-03");
    QTest::addRow("month-first, told by a later row") << QByteArray("lead_id,created_date,mql_date\n"
                                                                    "L1,03/02/2025,\n"
                                                                    "L2,04/02/2025,02/13/2025\n")
                                                      << QStringLiteral("2025-03-02");
}

void TestCli::slashDatesResolvedByAnyDateColumn()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, createdOn);
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    QVERIFY(sandbox.write(QStringLiteral("leads.csv"), content));
    const CliRun r = sandbox.import(QStringLiteral("ws.fsdb"), {QStringLiteral("leads.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const CliRun kpis = sandbox.kpis(QStringLiteral("ws.fsdb"), createdOn, createdOn);
    const auto k = jsonObject(kpis.out);
    QVERIFY2(k, qPrintable(kpis.describe()));
    QCOMPARE(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("leads")).toDouble(), 1.0);
}

// Search Console's Devices.csv has no dates: refused without --from/--to (exit 1, naming the file and the tool), spread
// over the days given with them: 10 clicks over 1–10 March 2025 are a click a day.
void TestCli::importRangeForAReportWithoutDates()
{
    Sandbox sandbox;
    QVERIFY(sandbox.write(QStringLiteral("Devices.csv"),
                          "Device,Clicks,Impressions,CTR,Position\nDesktop,6,60,10%,3\nMobile,4,40,10%,6\n"));
    const CliRun refused = sandbox.import(QStringLiteral("ws.fsdb"), {sandbox.path(QStringLiteral("Devices.csv"))});
    QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
    QVERIFY2(refused.err.contains("Devices.csv is a Google Search Console export without a Date column"),
             qPrintable(refused.describe()));
    const CliRun r = sandbox.import(QStringLiteral("ws.fsdb"),
                                    {QStringLiteral("--from"), QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                                     QStringLiteral("2025-03-10"), sandbox.path(QStringLiteral("Devices.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject file = jsonObject(r.out).value_or(QJsonObject())[u"files"][0].toObject();
    QCOMPARE(file.value(u"status").toString(), QStringLiteral("imported"));
    const CliRun week =
        sandbox.kpis(QStringLiteral("ws.fsdb"), QStringLiteral("2025-03-01"), QStringLiteral("2025-03-07"));
    const QJsonObject values = jsonObject(week.out).value_or(QJsonObject()).value(u"values").toObject();
    // 7 of the 10 days: 60 + 40 impressions are 6 + 4 a day, so 70; 6 clicks over 10 days are one on each of the
    // first 6, 4 clicks one on each of the first 4: all 10 fall in the week.
    QCOMPARE(values.value(u"impressions").toDouble(-1), 70.0);
    QCOMPARE(values.value(u"ctr").toDouble(-1), 10.0 / 70.0);
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    const QString db = QStringLiteral("ws.fsdb");
    const QString kpis = QStringLiteral("kpis");
    const QString dbOpt = QStringLiteral("--db");
    const QString from = QStringLiteral("--from");
    const QString to = QStringLiteral("--to");

    QTest::addRow("no command") << QStringList{};
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate"), dbOpt, db};
    QTest::addRow("import without --db") << QStringList{QStringLiteral("import"), QStringLiteral("some.csv")};
    QTest::addRow("import without a file") << QStringList{QStringLiteral("import"), dbOpt, db};
    QTest::addRow("import --stage without a status")
        << QStringList{QStringLiteral("import"),   dbOpt, db, QStringLiteral("--stage"), QStringLiteral("Awaiting"),
                       QStringLiteral("deals.csv")};
    QTest::addRow("import --stage with a status that is not won, lost or open") << QStringList{
        QStringLiteral("import"),   dbOpt, db, QStringLiteral("--stage"), QStringLiteral("Awaiting outcome=maybe"),
        QStringLiteral("deals.csv")};
    QTest::addRow("import, unknown --kind")
        << QStringList{QStringLiteral("import"),  dbOpt, db, QStringLiteral("--kind"), QStringLiteral("orders"),
                       QStringLiteral("some.csv")};
    QTest::addRow("import, --date-order ymd")
        << QStringList{QStringLiteral("import"),  dbOpt, db, QStringLiteral("--date-order"), QStringLiteral("ymd"),
                       QStringLiteral("some.csv")};
    QTest::addRow("import --from without --to")
        << QStringList{QStringLiteral("import"), dbOpt, db, from, From, QStringLiteral("Devices.csv")};
    QTest::addRow("import --from after --to")
        << QStringList{QStringLiteral("import"), dbOpt, db, from, To, to, From, QStringLiteral("Devices.csv")};
    QTest::addRow("kpis without --db") << QStringList{kpis, from, From, to, To};
    QTest::addRow("kpis without --from") << QStringList{kpis, dbOpt, db, to, To};
    QTest::addRow("kpis, --from month 13") << QStringList{kpis, dbOpt, db, from, QStringLiteral("2025-13-01"), to, To};
    QTest::addRow("kpis, --from yesterday") << QStringList{kpis, dbOpt, db, from, QStringLiteral("yesterday"), to, To};
    QTest::addRow("kpis, --from 31.01.2025")
        << QStringList{kpis, dbOpt, db, from, QStringLiteral("31.01.2025"), to, To};
    QTest::addRow("kpis, --by fortnight")
        << QStringList{kpis, dbOpt, db, from, From, to, To, QStringLiteral("--by"), QStringLiteral("fortnight")};
    QTest::addRow("kpis, --compare lastyear")
        << QStringList{kpis, dbOpt, db, from, From, to, To, QStringLiteral("--compare"), QStringLiteral("lastyear")};
    QTest::addRow("kpis, --format xml") << QStringList{
        kpis, dbOpt, db, from, From, to, To, QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::addRow("kpis, unknown option") << QStringList{kpis, dbOpt, db, from, From, to, To, QStringLiteral("--frm")};
    QTest::addRow("demo without --db") << QStringList{QStringLiteral("demo")};
    QTest::addRow("attribution, unknown --model")
        << QStringList{QStringLiteral("attribution"), dbOpt, db, from, From, to, To, QStringLiteral("--model"),
                       QStringLiteral("u-shaped")};
    QTest::addRow("cohorts, --by quarter") << QStringList{
        QStringLiteral("cohorts"), dbOpt, db, from, From, to, To, QStringLiteral("--by"), QStringLiteral("quarter")};
    QTest::addRow("attribution, --by month") << QStringList{QStringLiteral("attribution"),
                                                            dbOpt,
                                                            db,
                                                            from,
                                                            From,
                                                            to,
                                                            To,
                                                            QStringLiteral("--model"),
                                                            QStringLiteral("linear"),
                                                            QStringLiteral("--by"),
                                                            QStringLiteral("month")};
    for (const QStringList &bad :
         {QStringList{QStringLiteral("goals"), dbOpt, db},
          QStringList{QStringLiteral("goals"), QStringLiteral("rename"), dbOpt, db},
          QStringList{QStringLiteral("goals"), QStringLiteral("remove"), dbOpt, db},
          QStringList{QStringLiteral("goals"), QStringLiteral("add"), dbOpt, db, QStringLiteral("--name"),
                      QStringLiteral("x"), QStringLiteral("--kpi"), QStringLiteral("likes_per_day"),
                      QStringLiteral("--target"), QStringLiteral("3"), QStringLiteral("--start"),
                      QStringLiteral("2025-01-01"), QStringLiteral("--deadline"), QStringLiteral("2025-03-31")},
          QStringList{QStringLiteral("goals"), QStringLiteral("add"), dbOpt, db, QStringLiteral("--name"),
                      QStringLiteral("x"), QStringLiteral("--kpi"), QStringLiteral("leads"), QStringLiteral("--target"),
                      QStringLiteral("many"), QStringLiteral("--start"), QStringLiteral("2025-01-01"),
                      QStringLiteral("--deadline"), QStringLiteral("2025-03-31")},
          QStringList{QStringLiteral("review"), QStringLiteral("add"), dbOpt, db, from, QStringLiteral("2025-02-30"),
                      to, QStringLiteral("2025-03-31")},
          QStringList{QStringLiteral("review"), QStringLiteral("decide"), dbOpt, db, QStringLiteral("--review"),
                      QStringLiteral("1"), QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--status"),
                      QStringLiteral("later")},
          QStringList{QStringLiteral("annotate"), QStringLiteral("add"), dbOpt, db, from, QStringLiteral("2025-05-05"),
                      to, QStringLiteral("2025-05-03"), QStringLiteral("--text"), QStringLiteral("x")},
          QStringList{QStringLiteral("annotate"), QStringLiteral("add"), dbOpt, db, from, QStringLiteral("2025-05-05")},
          QStringList{QStringLiteral("report"), dbOpt, db, QStringLiteral("--review"), QStringLiteral("one"),
                      QStringLiteral("--out"), QStringLiteral("r.pdf")}}) {
        QTest::addRow("%s", qPrintable(bad.join(u' '))) << bad;
    }
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const CliRun r = sandbox.run(args);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    // cli.md: "Errors go to stderr"; nothing goes to stdout.
    QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!QFile::exists(sandbox.path(QStringLiteral("ws.fsdb"))), "a usage error created the workspace");
}

void TestCli::helpAndVersionExitZero_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::addRow("--help") << QStringList{QStringLiteral("--help")} << QByteArray("import");
    QTest::addRow("--version") << QStringList{QStringLiteral("--version")} << QByteArray("funnelscope-cli");
    QTest::addRow("import --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                   << QByteArray("--date-order");
    QTest::addRow("kpis --help") << QStringList{QStringLiteral("kpis"), QStringLiteral("--help")} << QByteArray("--by");
    QTest::addRow("goals --help") << QStringList{QStringLiteral("goals"), QStringLiteral("--help")}
                                  << QByteArray("--deadline");
    QTest::addRow("review --help") << QStringList{QStringLiteral("review"), QStringLiteral("--help")}
                                   << QByteArray("--recommendation");
    QTest::addRow("annotate --help") << QStringList{QStringLiteral("annotate"), QStringLiteral("--help")}
                                     << QByteArray("--channel");
    QTest::addRow("report --help") << QStringList{QStringLiteral("report"), QStringLiteral("--help")}
                                   << QByteArray("--review");
}

void TestCli::helpAndVersionExitZero()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const CliRun r = sandbox.run(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(mentions), qPrintable(r.describe()));
    if (args == QStringList{QStringLiteral("--version")}) {
        QVERIFY2(QRegularExpression(QStringLiteral("\\d+\\.\\d+")).match(QString::fromUtf8(r.out)).hasMatch(),
                 qPrintable(r.describe()));
    }
}

void TestCli::reportOfTheDemo()
{
    // The demo workspace has goals and past reviews; its report for October 2026 is a PDF whose text has every
    // section, every goal and the headline KPI values that `kpis` gives for the same period.
    const QString pdf = m_demo.path(QStringLiteral("review.pdf"));
    const CliRun r = m_demo.run({QStringLiteral("report"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--from"),
                                 QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                                 QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(toText.waitForFinished(60000));
    QCOMPARE(toText.exitCode(), 0);
    const QString text = QString::fromUtf8(toText.readAllStandardOutput());
    for (const char *heading : {"Executive summary", "S — Select", "M — Measure", "A — Analyse", "R — Review",
                                "T — Take action", "Appendix: how each KPI is computed"}) {
        QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
    }
    for (const char *goal :
         {"Grow sales-qualified pipeline", "Win 3.6 M in new revenue in H2", "Bring cost per lead under 80",
          "LinkedIn Ads: 420 leads in Q4", "Lift email open rate to 30%", "Keep quarterly churn under 5%"}) {
        QVERIFY2(text.contains(QString::fromUtf8(goal)), goal);
    }
    const CliRun k = m_demo.run({QStringLiteral("kpis"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--from"),
                                 QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31")});
    const QJsonObject values = jsonObject(k.out)->value(QStringLiteral("values")).toObject();
    const funnelscope::KpiFormat format{QLocale()};
    for (const char *id : {"impressions", "leads", "mqls", "sqls", "revenue", "active_customers", "ctr"}) {
        const int kpi = funnelscope::KpiCatalog::indexOf(QString::fromLatin1(id));
        const QString shown = format.value(kpi, values.value(QString::fromLatin1(id)).toDouble());
        QVERIFY2(text.contains(shown),
                 qPrintable(QStringLiteral("%1 = %2 not in the report").arg(QLatin1StringView(id), shown)));
    }
    // Previous reviews are read: the Q3 review is the one this one compares with.
    QVERIFY(text.contains(QStringLiteral("Q3 2026 marketing review")));
}

void TestCli::reportInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : funnelscope::Language::available()) {
        QTest::newRow(qPrintable(l)) << l;
    }
}

void TestCli::reportInEveryLanguage()
{
    // report --lang writes the whole review in that language: its section headings as the translation has them,
    // and the numbers in that language's conventions.
    QFETCH(QString, language);
    const QString pdf = m_demo.path(QStringLiteral("review-%1.pdf").arg(language));
    const CliRun r = m_demo.run({QStringLiteral("report"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--from"),
                                 QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31"),
                                 QStringLiteral("--out"), pdf, QStringLiteral("--lang"), language});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(toText.waitForFinished(60000));
    QCOMPARE(toText.exitCode(), 0);
    // Words as a reader finds them: lines joined, every kind of space one space. NFKC because the PDF maps a few
    // Chinese characters to the look-alike Kangxi radicals that share their glyph in Noto Sans CJK (行 as ⾏):
    // docs/decisions.md, "Fonts".
    const auto words = [](QString s) {
        s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
        return s.normalized(QString::NormalizationForm_KC).simplified();
    };
    const QString text = words(QString::fromUtf8(toText.readAllStandardOutput()));
    QVERIFY(funnelscope::Language::install(language));
    const QStringList headings = {
        funnelscope::Report::tr("Executive summary"),
        funnelscope::Report::tr("S — Select: the goals and the KPIs that matter"),
        funnelscope::Report::tr("M — Measure: is the data complete and trustworthy?"),
        funnelscope::Report::tr("A — Analyse: trends, anomalies and what moved"),
        funnelscope::Report::tr("R — Review: what changed since the last review"),
        funnelscope::Report::tr("T — Take action: what to do next"),
        funnelscope::Report::tr("Appendix: how each KPI is computed"),
    };
    const QString awareness = funnelscope::KpiCatalog::groupName(funnelscope::KpiGroup::Awareness);
    const CliRun k = m_demo.run({QStringLiteral("kpis"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--from"),
                                 QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31")});
    const double impressions =
        jsonObject(k.out)->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")).toDouble();
    const QString shownImpressions = words(funnelscope::KpiFormat(QLocale()).number(impressions, 0));
    funnelscope::Language::install(QStringLiteral("en"));
    for (const QString &heading : headings) {
        if (language != u"en") {
            QVERIFY2(!heading.startsWith(u"Executive") && !heading.contains(u"Analyse:"), qPrintable(heading));
        }
        QVERIFY2(text.contains(words(heading)), qPrintable(heading));
    }
    QVERIFY2(text.contains(awareness), qPrintable(awareness));
    QVERIFY2(text.contains(shownImpressions), qPrintable(shownImpressions));
    QVERIFY(impressions > 1000); // so that the number has a thousands separator to show
}

void TestCli::reportNeedsItsOptions()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const CliRun r = sandbox.run({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("ws.fsdb"),
                                  QStringLiteral("--from"), From, QStringLiteral("--to"), To});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains("--out"), qPrintable(r.describe()));
}

void TestCli::demoComparedWithPreviousPeriod()
{
    const CliRun r = m_demo.kpis(m_demoDb, From, To, {QStringLiteral("--compare"), QStringLiteral("previous")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    QCOMPARE(o->value(QStringLiteral("from")).toString(), From);
    QCOMPARE(o->value(QStringLiteral("to")).toString(), To);
    QVERIFY(!o->contains(QStringLiteral("rows")));
    const QJsonObject previous = o->value(QStringLiteral("previous")).toObject();
    // 2025-01-01..2025-03-31 is 90 days; the 90 days before it start on 2024-10-03.
    QCOMPARE(previous.value(QStringLiteral("from")).toString(), QStringLiteral("2024-10-03"));
    QCOMPARE(previous.value(QStringLiteral("to")).toString(), QStringLiteral("2024-12-31"));
    const QJsonObject values = o->value(QStringLiteral("values")).toObject();
    const QJsonObject previousValues = previous.value(QStringLiteral("values")).toObject();
    QCOMPARE(values.size(), catalogIds().size());
    for (const QString &id : catalogIds()) {
        QVERIFY2(values.contains(id), qPrintable(id));
        QVERIFY2(previousValues.contains(id), qPrintable(id));
    }
    // A demo quarter has traffic and leads from the CRM.
    QVERIFY(values.value(QStringLiteral("impressions")).toDouble() > 0);
    QCOMPARE(o->value(QStringLiteral("leads_source")).toString(), QStringLiteral("crm"));

    // --compare year: the same dates one year earlier.
    const CliRun year = m_demo.kpis(m_demoDb, From, To, {QStringLiteral("--compare"), QStringLiteral("year")});
    const auto y = jsonObject(year.out);
    QVERIFY2(y, qPrintable(year.describe()));
    QCOMPARE(y->value(QStringLiteral("previous")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("2024-01-01"));
    QCOMPARE(y->value(QStringLiteral("previous")).toObject().value(QStringLiteral("to")).toString(),
             QStringLiteral("2024-03-31"));
}

void TestCli::demoByMonth()
{
    const CliRun r = m_demo.kpis(m_demoDb, From, To, {QStringLiteral("--by"), QStringLiteral("month")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    QVERIFY(!o->contains(QStringLiteral("values")));
    QCOMPARE(rowKeys(*o),
             (QStringList{QStringLiteral("2025-01"), QStringLiteral("2025-02"), QStringLiteral("2025-03")}));
    double monthSum = 0;
    for (const QJsonValue &row : o->value(QStringLiteral("rows")).toArray()) {
        const QJsonObject values = row.toObject().value(QStringLiteral("values")).toObject();
        QCOMPARE(values.size(), catalogIds().size());
        monthSum += values.value(QStringLiteral("impressions")).toDouble();
    }
    // The months add up to the quarter.
    const CliRun total = m_demo.kpis(m_demoDb, From, To);
    const auto t = jsonObject(total.out);
    QVERIFY2(t, qPrintable(total.describe()));
    QCOMPARE(monthSum, t->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")).toDouble());
    // January alone equals the January row.
    const CliRun january = m_demo.kpis(m_demoDb, From, QStringLiteral("2025-01-31"));
    const auto j = jsonObject(january.out);
    QVERIFY2(j, qPrintable(january.describe()));
    QCOMPARE(rowValues(*o, QStringLiteral("2025-01")), j->value(QStringLiteral("values")).toObject());
}

void TestCli::demoByWeekUsesIsoYears()
{
    const CliRun r = m_demo.kpis(m_demoDb, QStringLiteral("2024-12-30"), QStringLiteral("2025-01-12"),
                                 {QStringLiteral("--by"), QStringLiteral("week")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    QCOMPARE(rowKeys(*o), (QStringList{QStringLiteral("2025-W01"), QStringLiteral("2025-W02")}));

    // A quarter starting on a Wednesday: 2025-W01 is clipped to 1..5 January; 31 March is the Monday of W14.
    const CliRun quarter = m_demo.kpis(m_demoDb, From, To, {QStringLiteral("--by"), QStringLiteral("week")});
    const auto q = jsonObject(quarter.out);
    QVERIFY2(q, qPrintable(quarter.describe()));
    const QStringList keys = rowKeys(*q);
    QCOMPARE(keys.size(), 14);
    QCOMPARE(keys.first(), QStringLiteral("2025-W01"));
    QCOMPARE(keys.last(), QStringLiteral("2025-W14"));
    const CliRun firstDays = m_demo.kpis(m_demoDb, From, QStringLiteral("2025-01-05"));
    const auto f = jsonObject(firstDays.out);
    QVERIFY2(f, qPrintable(firstDays.describe()));
    QCOMPARE(rowValues(*q, QStringLiteral("2025-W01")).value(QStringLiteral("impressions")),
             f->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")));
}

void TestCli::demoByDayAndQuarterKeys()
{
    const CliRun days = m_demo.kpis(m_demoDb, QStringLiteral("2025-01-30"), QStringLiteral("2025-02-01"),
                                    {QStringLiteral("--by"), QStringLiteral("day")});
    const auto d = jsonObject(days.out);
    QVERIFY2(d, qPrintable(days.describe()));
    QCOMPARE(rowKeys(*d),
             (QStringList{QStringLiteral("2025-01-30"), QStringLiteral("2025-01-31"), QStringLiteral("2025-02-01")}));

    const CliRun quarters = m_demo.kpis(m_demoDb, QStringLiteral("2024-11-15"), QStringLiteral("2025-02-10"),
                                        {QStringLiteral("--by"), QStringLiteral("quarter")});
    const auto q = jsonObject(quarters.out);
    QVERIFY2(q, qPrintable(quarters.describe()));
    QCOMPARE(rowKeys(*q), (QStringList{QStringLiteral("2024-Q4"), QStringLiteral("2025-Q1")}));
}

void TestCli::demoByChannelIncludesNone()
{
    const CliRun r = m_demo.kpis(m_demoDb, From, To, {QStringLiteral("--by"), QStringLiteral("channel")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    const QStringList keys = rowKeys(*o);
    QVERIFY2(keys.contains(QStringLiteral("(none)")), qPrintable(keys.join(QStringLiteral(" | "))));
    QVERIFY2(keys.contains(QStringLiteral("Paid Search")), qPrintable(keys.join(QStringLiteral(" | "))));
    QStringList sorted = keys;
    std::sort(sorted.begin(), sorted.end()); // QString's operator< compares UTF-16 code units: code-point order here
    QCOMPARE(keys, sorted);
}

void TestCli::partialBucketsSayHowManyDaysTheyHave()
{
    // Ten days of spend, 10.00 a day, Monday 30 Nov to Wednesday 9 Dec 2026. Week 49 (30 Nov – 6 Dec) has all 7
    // days: 70.00. Week 50 (7 – 13 Dec) is inside the period, but the data stops on Wednesday: 3 of 7 days, 30.00,
    // the true sum and not scaled to a week.
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    QByteArray csv = "date,channel,campaign,impressions,clicks,cost\n";
    for (QDate d(2026, 11, 30); d <= QDate(2026, 12, 9); d = d.addDays(1)) {
        csv += d.toString(Qt::ISODate).toLatin1() + ",Paid Search,Brand,100,10,10.00\n";
    }
    QVERIFY(sandbox.write(QStringLiteral("spend.csv"), csv));
    const QString db = QStringLiteral("ws.fsdb");
    const CliRun imported = sandbox.import(db, {QStringLiteral("spend.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

    const CliRun weeks = sandbox.kpis(db, QStringLiteral("2026-11-30"), QStringLiteral("2026-12-13"),
                                      {QStringLiteral("--by"), QStringLiteral("week")});
    QVERIFY2(weeks.exitCode == 0, qPrintable(weeks.describe()));
    const auto w = jsonObject(weeks.out);
    QVERIFY2(w, qPrintable(weeks.describe()));
    QCOMPARE(w->value(QStringLiteral("data_from")).toString(), QStringLiteral("2026-11-30"));
    QCOMPARE(w->value(QStringLiteral("data_to")).toString(), QStringLiteral("2026-12-09"));
    const QJsonArray rows = w->value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject full = rows.at(0).toObject();
    QCOMPARE(full.value(QStringLiteral("key")).toString(), QStringLiteral("2026-W49"));
    QCOMPARE(full.value(QStringLiteral("days")).toInt(), 7);
    QCOMPARE(full.value(QStringLiteral("period_days")).toInt(), 7);
    QCOMPARE(full.value(QStringLiteral("covered_days")).toInt(), 7);
    QCOMPARE(full.value(QStringLiteral("partial")).toBool(), false);
    QCOMPARE(full.value(QStringLiteral("values")).toObject().value(QStringLiteral("media_cost")).toDouble(), 70.0);
    const QJsonObject last = rows.at(1).toObject();
    QCOMPARE(last.value(QStringLiteral("key")).toString(), QStringLiteral("2026-W50"));
    QCOMPARE(last.value(QStringLiteral("days")).toInt(), 7);
    QCOMPARE(last.value(QStringLiteral("period_days")).toInt(), 7);
    QCOMPARE(last.value(QStringLiteral("covered_days")).toInt(), 3);
    QCOMPARE(last.value(QStringLiteral("partial")).toBool(), true);
    QCOMPARE(last.value(QStringLiteral("values")).toObject().value(QStringLiteral("media_cost")).toDouble(), 30.0);

    // By month, 1 – 31 Dec: December has 31 days, the period all of them, the data 1 – 9 December.
    const CliRun months = sandbox.kpis(db, QStringLiteral("2026-12-01"), QStringLiteral("2026-12-31"),
                                       {QStringLiteral("--by"), QStringLiteral("month")});
    const auto m = jsonObject(months.out);
    QVERIFY2(m, qPrintable(months.describe()));
    const QJsonObject december = m->value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(december.value(QStringLiteral("days")).toInt(), 31);
    QCOMPARE(december.value(QStringLiteral("period_days")).toInt(), 31);
    QCOMPARE(december.value(QStringLiteral("covered_days")).toInt(), 9);
    QCOMPARE(december.value(QStringLiteral("partial")).toBool(), true);
    QCOMPARE(december.value(QStringLiteral("values")).toObject().value(QStringLiteral("media_cost")).toDouble(), 90.0);

    // The table marks it and says why; by channel there is no calendar bucket, so no such field.
    const CliRun table = sandbox.run({QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                      QStringLiteral("2026-11-30"), QStringLiteral("--to"),
                                      QStringLiteral("2026-12-13"), QStringLiteral("--by"), QStringLiteral("week"),
                                      QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY2(table.out.contains("2026-W50*"), qPrintable(table.describe()));
    QVERIFY2(table.out.contains("* 2026-W50: partial week: 3 of 7 days"), qPrintable(table.describe()));
    QVERIFY2(!table.out.contains("2026-W49*"), qPrintable(table.describe()));
    const CliRun channels = sandbox.kpis(db, QStringLiteral("2026-11-30"), QStringLiteral("2026-12-13"),
                                         {QStringLiteral("--by"), QStringLiteral("channel")});
    const auto c = jsonObject(channels.out);
    QVERIFY2(c, qPrintable(channels.describe()));
    QVERIFY(!c->value(QStringLiteral("rows")).toArray().at(0).toObject().contains(QStringLiteral("partial")));
    QVERIFY(!c->contains(QStringLiteral("data_to")));
}

void TestCli::leadsSourceSaysCrmOrPlatform()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("ws.fsdb");
    auto kpis = [&](const QStringList &extra) {
        const CliRun r = sandbox.kpis(db, From, To, extra);
        return jsonObject(r.out).value_or(QJsonObject());
    };
    // Only platform numbers: leads falls back to Σ leads of campaign rows, 5 + 7 = 12.
    QVERIFY(sandbox.write(QStringLiteral("ads.csv"), "date,channel,campaign,leads\n"
                                                     "2025-01-10,Paid Search,Brand,5\n"
                                                     "2025-02-10,Paid Search,Brand,7\n"));
    CliRun r = sandbox.import(db, {QStringLiteral("ads.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject k = kpis({});
    QCOMPARE(k.value(QStringLiteral("leads_source")).toString(), QStringLiteral("platform"));
    QCOMPARE(k.value(QStringLiteral("values")).toObject().value(QStringLiteral("leads")).toDouble(), 12.0);
    QCOMPARE(k.value(QStringLiteral("values")).toObject().value(QStringLiteral("platform_leads")).toDouble(), 12.0);

    // One CRM lead, even outside the period, switches every scope to CRM counting: 1 lead in the quarter.
    QVERIFY(sandbox.write(QStringLiteral("crm.csv"), "lead_id,created_date\n"
                                                     "L1,2025-01-20\n"
                                                     "L2,2024-06-01\n"));
    r = sandbox.import(db, {QStringLiteral("crm.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    k = kpis({});
    QCOMPARE(k.value(QStringLiteral("leads_source")).toString(), QStringLiteral("crm"));
    QCOMPARE(k.value(QStringLiteral("values")).toObject().value(QStringLiteral("leads")).toDouble(), 1.0);
    QCOMPARE(k.value(QStringLiteral("values")).toObject().value(QStringLiteral("platform_leads")).toDouble(), 12.0);
    k = kpis({QStringLiteral("--channel"), QStringLiteral("Email")});
    QCOMPARE(k.value(QStringLiteral("leads_source")).toString(), QStringLiteral("crm"));
    QCOMPARE(k.value(QStringLiteral("values")).toObject().value(QStringLiteral("leads")).toDouble(), 0.0);

    // A breakdown by channel of a scope where no channel occurs has no rows, but leads_source still says where
    // leads come from.
    k = kpis({QStringLiteral("--channel"), QStringLiteral("Email"), QStringLiteral("--by"), QStringLiteral("channel")});
    QCOMPARE(k.value(QStringLiteral("rows")).toArray().size(), 0);
    QCOMPARE(k.value(QStringLiteral("leads_source")).toString(), QStringLiteral("crm"));
}

void TestCli::csvEscapesFormulaTextButNotNumbers()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("ws.fsdb");
    const CliRun demo = sandbox.run({QStringLiteral("demo"), QStringLiteral("--db"), db});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));
    // Campaign names a spreadsheet would run as formulas.
    QVERIFY(sandbox.write(QStringLiteral("tricky.csv"), "date,channel,campaign,impressions\n"
                                                        "2025-01-10,Paid Search,\"=HYPERLINK(\"\"http://x\"\")\",10\n"
                                                        "2025-01-10,Paid Search,+Promo,20\n"
                                                        "2025-01-10,Paid Search,-Retargeting,30\n"
                                                        "2025-01-10,Paid Search,@Brand,40\n"));
    const CliRun imported =
        sandbox.import(db, {QStringLiteral("--source"), QStringLiteral("tricky"), QStringLiteral("tricky.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

    const CliRun r = sandbox.run({QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--from"), From,
                                  QStringLiteral("--to"), To, QStringLiteral("--by"), QStringLiteral("campaign"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines =
        QString::fromUtf8(r.out).split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 4);
    const QStringList tricky = {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+Promo"),
                                QStringLiteral("-Retargeting"), QStringLiteral("@Brand")};
    QStringList found;
    for (const QString &line : lines) {
        const QString first = csvFields(line).first();
        QVERIFY2(first.isEmpty() || !QStringLiteral("=+-@\t\r").contains(first.front()), qPrintable(line));
        for (const QString &name : tricky) {
            if (first != name && first.endsWith(name) && first.size() <= name.size() + 1) {
                found << name;
            }
        }
    }
    QCOMPARE(found.size(), tricky.size());

    // Numbers are not escaped: February's impressions compared with January's in a small workspace, change -0.5.
    QVERIFY(sandbox.write(QStringLiteral("two-months.csv"), "date,channel,campaign,impressions\n"
                                                            "2025-01-20,Paid Search,Brand,20000\n"
                                                            "2025-02-20,Paid Search,Brand,10000\n"));
    const CliRun small = sandbox.import(QStringLiteral("small.fsdb"), {QStringLiteral("two-months.csv")});
    QVERIFY2(small.exitCode == 0, qPrintable(small.describe()));
    // 2025-02-01..2025-02-28 (28 days) against 2025-01-04..2025-01-31.
    const CliRun compared = sandbox.run(
        {QStringLiteral("kpis"), QStringLiteral("--db"), QStringLiteral("small.fsdb"), QStringLiteral("--from"),
         QStringLiteral("2025-02-01"), QStringLiteral("--to"), QStringLiteral("2025-02-28"),
         QStringLiteral("--compare"), QStringLiteral("previous"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(compared.exitCode == 0, qPrintable(compared.describe()));
    bool sawImpressions = false;
    for (const QString &line : QString::fromUtf8(compared.out).split(QRegularExpression(QStringLiteral("\r?\n")))) {
        const QStringList cells = csvFields(line);
        if (cells.first() == u"impressions") {
            sawImpressions = true;
            QVERIFY2(cells.contains(QStringLiteral("10000")) && cells.contains(QStringLiteral("20000")),
                     qPrintable(line));
            QVERIFY2(line.endsWith(QStringLiteral(",-0.5,")), qPrintable(line)); // not money: no currency
        }
    }
    QVERIFY2(sawImpressions, qPrintable(compared.describe()));
}

void TestCli::attributionCsvEscapesNames()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("ws.fsdb");
    // Five January leads without touchpoints: each credits its own channel and campaign with one lead. The names are
    // what a spreadsheet would run as a formula, and one holds a line break.
    QVERIFY(sandbox.write(QStringLiteral("leads.csv"),
                          "lead_id,created_date,channel,campaign\n"
                          "L1,2025-01-10,\"=HYPERLINK(\"\"x\"\")\",\"=HYPERLINK(\"\"x\"\")\"\n"
                          "L2,2025-01-11,+cmd,+cmd\n"
                          "L3,2025-01-12,-2,-2\n"
                          "L4,2025-01-13,@sum,@sum\n"
                          "L5,2025-01-14,\"Line\nbreak\",\"Line\nbreak\"\n"));
    const CliRun imported = sandbox.import(db, {QStringLiteral("leads.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

    // Sorted by code point: + (2B), - (2D), = (3D), @ (40), L (4C). The line break stays inside its quoted field.
    const QByteArray expected = "key,leads,customers,revenue\r\n"
                                "'+cmd,1.0000,0.0000,0.00\r\n"
                                "'-2,1.0000,0.0000,0.00\r\n"
                                "\"'=HYPERLINK(\"\"x\"\")\",1.0000,0.0000,0.00\r\n"
                                "'@sum,1.0000,0.0000,0.00\r\n"
                                "\"Line\nbreak\",1.0000,0.0000,0.00\r\n";
    for (const char *by : {"channel", "campaign"}) {
        const CliRun r =
            sandbox.run({QStringLiteral("attribution"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                         QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-01-31"),
                         QStringLiteral("--model"), QStringLiteral("first"), QStringLiteral("--by"), QLatin1String(by),
                         QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out, expected);
    }
}

void TestCli::cohortsCsvIsOneRowPerStage()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("ws.fsdb");
    // January: L1 is an MQL after 10 days and an SQL after 40, L2 stays a lead. Half the cohort reaches MQL within
    // every window, SQL only within 60 days and more.
    QVERIFY(sandbox.write(QStringLiteral("leads.csv"), "lead_id,created_date,mql_date,sql_date\n"
                                                       "L1,2025-01-10,2025-01-20,2025-02-19\n"
                                                       "L2,2025-01-20,,\n"));
    const CliRun imported = sandbox.import(db, {QStringLiteral("leads.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const CliRun r = sandbox.run({QStringLiteral("cohorts"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                  QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-01-31"),
                                  QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out, QByteArray("cohort,leads,stage,within_30,within_60,within_90,within_180,median_days\r\n"
                               "2025-01,2,mql,0.5000,0.5000,0.5000,0.5000,10.0\r\n"
                               "2025-01,2,sql,0.0000,0.5000,0.5000,0.5000,40.0\r\n"
                               "2025-01,2,opportunity,0.0000,0.0000,0.0000,0.0000,\r\n"
                               "2025-01,2,customer,0.0000,0.0000,0.0000,0.0000,\r\n"));
}

void TestCli::csvNumbersArePlainDecimals()
{
    Sandbox sandbox;
    QVERIFY(sandbox.isValid());
    const QString db = QStringLiteral("ws.fsdb");
    // 100000 impressions and 1230 clicks: a CTR of 0.0123; 1234.5 of cost, a CPM of 12.345. Our own importer must
    // read every number back, so none is written as 1e+05.
    QVERIFY(sandbox.write(QStringLiteral("ads.csv"), "date,channel,campaign,impressions,clicks,cost\n"
                                                     "2025-01-10,Paid Search,Brand,100000,1230,1234.5\n"));
    const CliRun imported = sandbox.import(db, {QStringLiteral("ads.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    const QStringList common = {QStringLiteral("kpis"),       QStringLiteral("--db"),       db,
                                QStringLiteral("--from"),     QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                QStringLiteral("2025-01-31"), QStringLiteral("--format"),   QStringLiteral("csv")};

    const CliRun total = sandbox.run(common);
    QVERIFY2(total.exitCode == 0, qPrintable(total.describe()));
    const QStringList lines = QString::fromUtf8(total.out).split(QStringLiteral("\r\n"));
    // The last column: the currency of money KPIs (the sandbox imports in USD), empty for the others.
    QVERIFY2(lines.contains(QStringLiteral("impressions,awareness,100000,")), qPrintable(total.describe()));
    QVERIFY2(lines.contains(QStringLiteral("media_cost,awareness,1234.5,USD")), qPrintable(total.describe()));
    QVERIFY2(lines.contains(QStringLiteral("ctr,engagement,0.0123,")), qPrintable(total.describe()));
    QVERIFY2(!total.out.contains("e+") && !total.out.contains("e-"), qPrintable(total.describe()));

    // The same by channel: the header names the KPIs, the row holds their values.
    const CliRun byChannel = sandbox.run(common + QStringList{QStringLiteral("--by"), QStringLiteral("channel")});
    QVERIFY2(byChannel.exitCode == 0, qPrintable(byChannel.describe()));
    const QStringList rows = QString::fromUtf8(byChannel.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    const QStringList header = csvFields(rows.at(0));
    const QStringList paid = csvFields(rows.at(1));
    QCOMPARE(paid.first(), QStringLiteral("Paid Search"));
    QCOMPARE(paid.at(header.indexOf(QStringLiteral("impressions"))), QStringLiteral("100000"));
    QCOMPARE(paid.at(header.indexOf(QStringLiteral("ctr"))), QStringLiteral("0.0123"));
    QCOMPARE(paid.at(header.indexOf(QStringLiteral("media_cost"))), QStringLiteral("1234.5"));
}

// A Google Ads campaign table of one week without a Day column: 10 clicks and 7.00 of cost over 3–9 March 2025.
// By the rule of docs/decisions.md the days get 2, 2, 2, 1, 1, 1, 1 clicks and 1.00 each; a period of 3–5 March holds
// 6 clicks and 3.00, and its figures say that they include totals spread over the week.
void TestCli::rangeReportIsSpreadAndSaysSo()
{
    Sandbox sandbox;
    QVERIFY(sandbox.write(QStringLiteral("Campaign report.csv"), "Campaign report\n"
                                                                 "\"March 3, 2025 - March 9, 2025\"\n"
                                                                 "Campaign,Impr.,Clicks,Cost,Cost / conv.\n"
                                                                 "Brand,700,10,7.00,0\n"
                                                                 "Total: Account,700,10,7.00,0\n"));
    const QString db = QStringLiteral("range.fsdb");
    const CliRun imported = sandbox.import(db, {QStringLiteral("Campaign report.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
    QVERIFY2(imported.out.contains("\"from\": \"2025-03-03\"") && imported.out.contains("\"to\": \"2025-03-09\""),
             qPrintable(imported.describe()));

    const CliRun firstDays = sandbox.kpis(db, QStringLiteral("2025-03-03"), QStringLiteral("2025-03-05"));
    QVERIFY2(firstDays.exitCode == 0, qPrintable(firstDays.describe()));
    const auto k = jsonObject(firstDays.out);
    QVERIFY2(k, qPrintable(firstDays.describe()));
    QCOMPARE(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("media_cost")).toDouble(), 3.0);
    QCOMPARE(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("impressions")).toDouble(), 300.0);
    QCOMPARE(k->value(QStringLiteral("values")).toObject().value(QStringLiteral("ctr")).toDouble(), 6.0 / 300.0);
    const QJsonArray spread = k->value(QStringLiteral("spread")).toArray();
    QCOMPARE(spread.size(), 1);
    QCOMPARE(spread.at(0).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2025-03-03"));
    QCOMPARE(spread.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("2025-03-09"));
    QCOMPARE(spread.at(0).toObject().value(QStringLiteral("file")).toString(), QStringLiteral("Campaign report.csv"));

    const CliRun table = sandbox.run(
        {QStringLiteral("kpis"), QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2025-03-01"),
         QStringLiteral("--to"), QStringLiteral("2025-03-31"), QStringLiteral("--format"), QStringLiteral("table")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QVERIFY2(table.out.contains("Includes totals spread evenly over 3 Mar 2025 – 9 Mar 2025 (Campaign report.csv)"),
             qPrintable(table.describe()));
    // The review says it too.
    const CliRun report = sandbox.run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                       QStringLiteral("2025-03-01"), QStringLiteral("--to"),
                                       QStringLiteral("2025-03-31"), QStringLiteral("--out"), QStringLiteral("r.pdf")});
    QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {sandbox.path(QStringLiteral("r.pdf")), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString pdf =
        QString::fromUtf8(text.readAllStandardOutput()).simplified().remove(QChar(0x2068)).remove(QChar(0x2069));
    QVERIFY2(pdf.contains(u"Includes totals spread evenly over 3 Mar 2025 – 9 Mar 2025 (Campaign report.csv)"),
             qPrintable(pdf.left(4000)));
    // A period the range does not reach says nothing of it.
    const CliRun before = sandbox.kpis(db, QStringLiteral("2025-02-01"), QStringLiteral("2025-02-28"));
    QVERIFY2(!before.out.contains("\"spread\""), qPrintable(before.describe()));
}

void TestCli::attributionOfTheDemo()
{
    // Every model hands out exactly the period's conversions: each lead and customer once, revenue to the cent.
    for (const char *model : {"first", "last", "linear", "time-decay", "position"}) {
        const CliRun r =
            m_demo.run({QStringLiteral("attribution"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--from"), From,
                        QStringLiteral("--to"), To, QStringLiteral("--model"), QLatin1String(model)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const auto o = jsonObject(r.out);
        QVERIFY2(o, qPrintable(r.describe()));
        QCOMPARE(o->value(QStringLiteral("model")).toString(), QLatin1String(model));
        const QJsonObject conversions = o->value(QStringLiteral("conversions")).toObject();
        QVERIFY(conversions.value(QStringLiteral("leads")).toInt() > 100);
        double leads = 0;
        qint64 cents = 0;
        for (const QJsonValue &row : o->value(QStringLiteral("rows")).toArray()) {
            leads += row[QStringLiteral("leads")].toDouble();
            cents += qRound64(row[QStringLiteral("revenue")].toDouble() * 100);
        }
        QVERIFY(qAbs(leads - conversions.value(QStringLiteral("leads")).toDouble()) < 1e-6);
        QCOMPARE(cents, qRound64(conversions.value(QStringLiteral("revenue")).toDouble() * 100));
    }
}

void TestCli::cohortsOfTheDemo()
{
    // The cohorts hold exactly the leads created in the period (the catalog's leads KPI), and a share can only grow
    // with the window.
    const CliRun r = m_demo.run({QStringLiteral("cohorts"), QStringLiteral("--db"), m_demoDb, QStringLiteral("--from"),
                                 From, QStringLiteral("--to"), To});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const auto o = jsonObject(r.out);
    QVERIFY2(o, qPrintable(r.describe()));
    const QJsonArray cohorts = o->value(QStringLiteral("cohorts")).toArray();
    QCOMPARE(cohorts.size(), 3); // January, February, March
    int leads = 0;
    for (const QJsonValue &c : cohorts) {
        leads += c[QStringLiteral("leads")].toInt();
        for (const QString &stage : {QStringLiteral("mql"), QStringLiteral("sql"), QStringLiteral("opportunity"),
                                     QStringLiteral("customer")}) {
            const QJsonObject within = c[QStringLiteral("stages")][stage][QStringLiteral("within_days")].toObject();
            double before = 0;
            for (const char *days : {"30", "60", "90", "180"}) {
                const double share = within.value(QLatin1String(days)).toDouble();
                QVERIFY(share >= before && share <= 1);
                before = share;
            }
        }
    }
    const CliRun k = m_demo.kpis(m_demoDb, From, To, {});
    const auto values = jsonObject(k.out);
    QVERIFY2(values, qPrintable(k.describe()));
    QCOMPARE(leads, values->value(QStringLiteral("values")).toObject().value(QStringLiteral("leads")).toInt());
}

void TestCli::unknownHeaderImportsWithAMapping()
{
    // A marketer's own sheet that no preset knows and that has no channel column: refused as it is; imported with
    // --map for each column and --channel for the rows' channel.
    Sandbox box;
    QVERIFY(box.write(QStringLiteral("own.csv"), "Tydzien;Wydatki;Wizyty;Uwagi\n"
                                                 "05.01.2026;120,50;300;start\n"
                                                 "12.01.2026;99,50;250;\n"));
    const CliRun plain = box.import(QStringLiteral("ws.db"), {QStringLiteral("own.csv")});
    QVERIFY2(plain.exitCode == 1, qPrintable(plain.describe()));
    const QStringList map = {QStringLiteral("--map"),     QStringLiteral("Tydzien=date"),
                             QStringLiteral("--map"),     QStringLiteral("Wydatki=cost"),
                             QStringLiteral("--map"),     QStringLiteral("Wizyty=sessions"),
                             QStringLiteral("--map"),     QStringLiteral("Uwagi="),
                             QStringLiteral("--channel"), QStringLiteral("Newsletter ads")};
    const CliRun mapped = box.import(QStringLiteral("ws.db"), map + QStringList{QStringLiteral("own.csv")});
    QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.describe()));
    const QJsonObject file = jsonObject(mapped.out).value_or(QJsonObject())[u"files"][0].toObject();
    QCOMPARE(file.value(u"imported").toInt(), 2);
    const CliRun k = box.kpis(QStringLiteral("ws.db"), QStringLiteral("2026-01-01"), QStringLiteral("2026-01-31"),
                              {QStringLiteral("--by"), QStringLiteral("channel")});
    const QJsonObject values = rowValues(jsonObject(k.out).value_or(QJsonObject()), QStringLiteral("Newsletter ads"));
    QCOMPARE(values.value(u"media_cost").toDouble(), 220.0);
    QCOMPARE(values.value(u"sessions").toDouble(), 550.0);
    const CliRun bad = box.import(
        QStringLiteral("ws.db"), {QStringLiteral("--map"), QStringLiteral("Wydatki=spend"), QStringLiteral("own.csv")});
    QVERIFY2(bad.exitCode == 2 && bad.err.contains("--map is HEADER=COLUMN"), qPrintable(bad.describe()));
}

void TestCli::channelsListAndAliasesChangeKpisWithoutReimport()
{
    // "Direct Traffic" (1,000 impressions, 30 clicks) and "Direct" (3,000, 60) are one Direct: CTR 90 / 4,000.
    Sandbox sandbox;
    QVERIFY(sandbox.write(QStringLiteral("a.csv"), "date,channel,campaign,impressions,clicks\n"
                                                   "2025-03-10,Direct Traffic,(none),1000,30\n"));
    QVERIFY(sandbox.write(QStringLiteral("b.csv"), "date,channel,campaign,impressions,clicks\n"
                                                   "2025-03-11,Direct,(none),3000,60\n"));
    const QString db = QStringLiteral("channels.fsdb");
    for (const char *file : {"a", "b"}) {
        const CliRun r = sandbox.import(db, {QString::fromLatin1(file) + QStringLiteral(".csv"),
                                             QStringLiteral("--source"), QString::fromLatin1(file)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    const auto rows = [&] {
        const CliRun r = sandbox.kpis(db, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-31"),
                                      {QStringLiteral("--by"), QStringLiteral("channel")});
        QMap<QString, QJsonObject> out;
        if (const auto o = jsonObject(r.out)) {
            for (const QJsonValue &row : o->value(QStringLiteral("rows")).toArray()) {
                out.insert(row[QStringLiteral("key")].toString(), row[QStringLiteral("values")].toObject());
            }
        }
        return out;
    };
    auto byChannel = rows();
    QCOMPARE(byChannel.keys(), QStringList{QStringLiteral("Direct")});
    QCOMPARE(byChannel.value(QStringLiteral("Direct")).value(QStringLiteral("impressions")).toDouble(), 4000.0);
    QCOMPARE(byChannel.value(QStringLiteral("Direct")).value(QStringLiteral("ctr")).toDouble(), 0.0225);
    // --channel Direct takes both stored names.
    const CliRun direct = sandbox.kpis(db, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-31"),
                                       {QStringLiteral("--channel"), QStringLiteral("Direct")});
    QCOMPARE(jsonObject(direct.out)->value(QStringLiteral("values"))[QStringLiteral("impressions")].toDouble(), 4000.0);

    // The list: stored name, channel, where the mapping comes from.
    const CliRun list = sandbox.run({QStringLiteral("channels"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray channels = jsonObject(list.out)->value(QStringLiteral("channels")).toArray();
    QCOMPARE(channels.size(), 2);
    QCOMPARE(channels.at(0)[QStringLiteral("stored")].toString(), QStringLiteral("Direct"));
    QCOMPARE(channels.at(0)[QStringLiteral("from")].toString(), QStringLiteral("imported"));
    QCOMPARE(channels.at(1)[QStringLiteral("stored")].toString(), QStringLiteral("Direct Traffic"));
    QCOMPARE(channels.at(1)[QStringLiteral("channel")].toString(), QStringLiteral("Direct"));
    QCOMPARE(channels.at(1)[QStringLiteral("from")].toString(), QStringLiteral("default"));

    // An alias keeps Direct Traffic apart; no import runs, the numbers move.
    const CliRun alias = sandbox.run({QStringLiteral("channels"), QStringLiteral("--db"), db, QStringLiteral("--alias"),
                                      QStringLiteral("Direct Traffic=Direct Traffic")});
    QVERIFY2(alias.exitCode == 0, qPrintable(alias.describe()));
    QVERIFY2(alias.out.contains("Direct Traffic  →  Direct Traffic"), qPrintable(alias.describe()));
    byChannel = rows();
    QCOMPARE(byChannel.keys(), (QStringList{QStringLiteral("Direct"), QStringLiteral("Direct Traffic")}));
    QCOMPARE(byChannel.value(QStringLiteral("Direct")).value(QStringLiteral("ctr")).toDouble(), 0.02); // 60 / 3,000
    const CliRun reset =
        sandbox.run({QStringLiteral("channels"), QStringLiteral("--db"), db, QStringLiteral("--reset")});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.describe()));
    QCOMPARE(rows().keys(), QStringList{QStringLiteral("Direct")});

    const CliRun bad = sandbox.run(
        {QStringLiteral("channels"), QStringLiteral("--db"), db, QStringLiteral("--alias"), QStringLiteral("Direct")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("NAME=CHANNEL"), qPrintable(bad.describe()));
}

// --- 9. Goals, reviews, decisions and annotations from the command line ---

namespace {

// The text of a PDF as a reader finds its words: lines joined, every kind of space one space.
QString pdfWords(const QString &pdf)
{
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!toText.waitForFinished(60000) || toText.exitCode() != 0) {
        return {};
    }
    QString s = QString::fromUtf8(toText.readAllStandardOutput());
    s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return s.simplified();
}

QString firstLine(const CliRun &r)
{
    return QString::fromUtf8(r.out).trimmed().section(u'\n', 0, 0);
}

} // namespace

void TestCli::goalsAddListRemoveRoundTrip()
{
    Sandbox sandbox;
    const QString db = QStringLiteral("goals.fsdb");
    const CliRun add = sandbox.run({QStringLiteral("goals"),       QStringLiteral("add"),
                                    QStringLiteral("--db"),        db,
                                    QStringLiteral("--name"),      QStringLiteral("LinkedIn: 420 leads in Q4"),
                                    QStringLiteral("--kpi"),       QStringLiteral("leads"),
                                    QStringLiteral("--target"),    QStringLiteral("420"),
                                    QStringLiteral("--start"),     QStringLiteral("2025-10-01"),
                                    QStringLiteral("--deadline"),  QStringLiteral("2025-12-31"),
                                    QStringLiteral("--cadence"),   QStringLiteral("quarterly"),
                                    QStringLiteral("--channel"),   QStringLiteral("LinkedIn Ads"),
                                    QStringLiteral("--owner"),     QStringLiteral("Ana"),
                                    QStringLiteral("--objective"), QStringLiteral("Pipeline")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
    const CliRun rate = sandbox.run({QStringLiteral("goals"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                     QStringLiteral("--name"), QStringLiteral("Open rate 30%"), QStringLiteral("--kpi"),
                                     QStringLiteral("email_open_rate"), QStringLiteral("--target"),
                                     QStringLiteral("30%"), QStringLiteral("--start"), QStringLiteral("2025-10-01"),
                                     QStringLiteral("--deadline"), QStringLiteral("2026-03-31")});
    QVERIFY2(rate.exitCode == 0, qPrintable(rate.describe()));
    const CliRun list = sandbox.run(
        {QStringLiteral("goals"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    const QJsonArray goals = jsonObject(list.out)->value(QStringLiteral("goals")).toArray();
    QCOMPARE(goals.size(), 2);
    const QJsonObject linkedIn = goals.at(0).toObject(); // the earlier deadline first
    QCOMPARE(QString::number(linkedIn.value(QStringLiteral("id")).toInteger()), firstLine(add));
    QCOMPARE(linkedIn.value(QStringLiteral("name")).toString(), QStringLiteral("LinkedIn: 420 leads in Q4"));
    QCOMPARE(linkedIn.value(QStringLiteral("kpi")).toString(), QStringLiteral("leads"));
    QCOMPARE(linkedIn.value(QStringLiteral("target")).toDouble(), 420.0);
    QCOMPARE(linkedIn.value(QStringLiteral("cadence")).toString(), QStringLiteral("quarterly"));
    QCOMPARE(linkedIn.value(QStringLiteral("channels")).toArray(), QJsonArray{QStringLiteral("LinkedIn Ads")});
    QCOMPARE(linkedIn.value(QStringLiteral("owner")).toString(), QStringLiteral("Ana"));
    // The goal form's default baseline: the 90 days before the start, 3 July – 30 September.
    QCOMPARE(linkedIn.value(QStringLiteral("baseline_from")).toString(), QStringLiteral("2025-07-03"));
    QCOMPARE(linkedIn.value(QStringLiteral("baseline_to")).toString(), QStringLiteral("2025-09-30"));
    QVERIFY(linkedIn.value(QStringLiteral("baseline")).isNull());
    QCOMPARE(goals.at(1)[QStringLiteral("target")].toDouble(), 0.3); // 30% is the ratio 0.3
    QCOMPARE(goals.at(1)[QStringLiteral("cadence")].toString(), QStringLiteral("monthly"));

    const CliRun remove =
        sandbox.run({QStringLiteral("goals"), QStringLiteral("remove"), firstLine(add), QStringLiteral("--db"), db});
    QVERIFY2(remove.exitCode == 0, qPrintable(remove.describe()));
    const CliRun again =
        sandbox.run({QStringLiteral("goals"), QStringLiteral("remove"), firstLine(add), QStringLiteral("--db"), db});
    QVERIFY2(again.exitCode == 1 && again.err.contains("no goal"), qPrintable(again.describe()));
    const CliRun after = sandbox.run(
        {QStringLiteral("goals"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QJsonArray left = jsonObject(after.out)->value(QStringLiteral("goals")).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Open rate 30%"));
}

void TestCli::reviewFromTheCliPrintsDecisionsAndAnnotation()
{
    // A review of February 2025 made from the command line, two decisions recorded in it (one for a goal, one
    // answering nothing) and a note on 3–5 February: its PDF lists both decisions, the note and the summary.
    Sandbox sandbox;
    const QString db = importDataset(sandbox, FileStyle::Utf8CommaIso, QStringLiteral("review"));
    QVERIFY(!db.isEmpty());
    const CliRun goal = sandbox.run({QStringLiteral("goals"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                     QStringLiteral("--name"), QStringLiteral("More clicks"), QStringLiteral("--kpi"),
                                     QStringLiteral("impressions"), QStringLiteral("--target"), QStringLiteral("2000"),
                                     QStringLiteral("--start"), QStringLiteral("2025-02-01"),
                                     QStringLiteral("--deadline"), QStringLiteral("2025-03-31")});
    QVERIFY2(goal.exitCode == 0, qPrintable(goal.describe()));
    const CliRun note = sandbox.run({QStringLiteral("annotate"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                     QStringLiteral("--from"), QStringLiteral("2025-02-03"), QStringLiteral("--to"),
                                     QStringLiteral("2025-02-05"), QStringLiteral("--text"),
                                     QStringLiteral("Tracking broken on the landing page")});
    QVERIFY2(note.exitCode == 0, qPrintable(note.describe()));
    // A note of another month is not this review's.
    QCOMPARE(sandbox
                 .run({QStringLiteral("annotate"), QStringLiteral("add"), QStringLiteral("--db"), db,
                       QStringLiteral("--from"), QStringLiteral("2025-06-10"), QStringLiteral("--text"),
                       QStringLiteral("Summer price change")})
                 .exitCode,
             0);
    const CliRun review =
        sandbox.run({QStringLiteral("review"), QStringLiteral("add"), QStringLiteral("--db"), db,
                     QStringLiteral("--from"), QStringLiteral("2025-02-01"), QStringLiteral("--to"),
                     QStringLiteral("2025-02-28"), QStringLiteral("--title"), QStringLiteral("February board review")});
    QVERIFY2(review.exitCode == 0, qPrintable(review.describe()));
    const QString id = firstLine(review);
    for (const QStringList &decision :
         {QStringList{QStringLiteral("--text"), QStringLiteral("Fix the landing page tag"), QStringLiteral("--owner"),
                      QStringLiteral("Ana"), QStringLiteral("--due"), QStringLiteral("2025-03-07"),
                      QStringLiteral("--goal"), firstLine(goal)},
          QStringList{QStringLiteral("--text"), QStringLiteral("Move budget to Newsletter ads"),
                      QStringLiteral("--owner"), QStringLiteral("Jan"), QStringLiteral("--due"),
                      QStringLiteral("2025-03-31"), QStringLiteral("--status"), QStringLiteral("dropped")}}) {
        const CliRun r = sandbox.run(QStringList{QStringLiteral("review"), QStringLiteral("decide"),
                                                 QStringLiteral("--db"), db, QStringLiteral("--review"), id} +
                                     decision);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    const CliRun listed = sandbox.run({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                       QStringLiteral("--review"), id, QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QJsonObject shown = *jsonObject(listed.out);
    const QJsonArray decisions = shown.value(QStringLiteral("decisions")).toArray();
    QCOMPARE(decisions.size(), 2);
    QCOMPARE(decisions.at(0)[QStringLiteral("goal")].toString(), QStringLiteral("More clicks"));
    QCOMPARE(decisions.at(0)[QStringLiteral("status")].toString(), QStringLiteral("open"));
    QCOMPARE(decisions.at(1)[QStringLiteral("status")].toString(), QStringLiteral("dropped"));
    const QJsonArray notes = shown.value(QStringLiteral("annotations")).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0)[QStringLiteral("from")].toString(), QStringLiteral("2025-02-03"));
    QCOMPARE(notes.at(0)[QStringLiteral("to")].toString(), QStringLiteral("2025-02-05"));

    const QString pdf = sandbox.path(QStringLiteral("february.pdf"));
    const CliRun report =
        sandbox.run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--review"), id,
                     QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
    const QString text = pdfWords(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) read nothing");
    for (const char *expected : {"February board review", "Executive summary", "Fix the landing page tag",
                                 "for the goal More clicks", "Move budget to Newsletter ads", "dropped",
                                 "Tracking broken on the landing page", "3 Feb 2025 – 5 Feb 2025"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    }
    QVERIFY(!text.contains(QStringLiteral("Summer price change")));
    QVERIFY(!text.contains(QStringLiteral("overdue")));
    // The executive summary's takeaway says what was decided here, without the dropped decision.
    QVERIFY2(text.contains(QStringLiteral("We decided: Fix the landing page tag.")), qPrintable(text.left(2000)));

    // The note removed, the review prints without it.
    QCOMPARE(
        sandbox.run({QStringLiteral("annotate"), QStringLiteral("remove"), firstLine(note), QStringLiteral("--db"), db})
            .exitCode,
        0);
    QCOMPARE(sandbox
                 .run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--review"), id,
                       QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en")})
                 .exitCode,
             0);
    QVERIFY(!pdfWords(pdf).contains(QStringLiteral("Tracking broken")));
    // A recommendation the review does not have is refused with the ones it has.
    const CliRun wrong = sandbox.run({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--db"), db,
                                      QStringLiteral("--review"), id, QStringLiteral("--text"), QStringLiteral("x"),
                                      QStringLiteral("--recommendation"), QStringLiteral("no_such_rule")});
    QVERIFY2(wrong.exitCode == 1 && wrong.err.contains("--recommendation 'no_such_rule'"),
             qPrintable(wrong.describe()));
}

void TestCli::overdueDecisionIsMarkedInTheNextReview()
{
    // Decided in January's review, due 10 February and still open: February's review (as of 28 February) says
    // "overdue"; the one marked done is no longer carried over; one due after 28 February is simply open.
    Sandbox sandbox;
    const QString db = importDataset(sandbox, FileStyle::Utf8CommaIso, QStringLiteral("carried"));
    QVERIFY(!db.isEmpty());
    const auto makeReview = [&](const QString &from, const QString &to) {
        const CliRun r = sandbox.run({QStringLiteral("review"), QStringLiteral("add"), QStringLiteral("--db"), db,
                                      QStringLiteral("--from"), from, QStringLiteral("--to"), to});
        return r.exitCode == 0 ? firstLine(r) : QString();
    };
    const QString january = makeReview(QStringLiteral("2025-01-01"), QStringLiteral("2025-01-31"));
    QVERIFY(!january.isEmpty());
    QString doneId;
    for (const auto &[text, due] :
         {std::pair{QStringLiteral("Brief the agency"), QStringLiteral("2025-02-10")},
          std::pair{QStringLiteral("Renew the tag audit"), QStringLiteral("2025-02-10")},
          std::pair{QStringLiteral("Plan the spring launch"), QStringLiteral("2025-03-15")}}) {
        const CliRun r = sandbox.run({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--db"), db,
                                      QStringLiteral("--review"), january, QStringLiteral("--text"), text,
                                      QStringLiteral("--due"), due});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        if (text.startsWith(u"Renew")) {
            doneId = firstLine(r);
        }
    }
    // The same decision later marked done, by its id.
    const CliRun done =
        sandbox.run({QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--db"), db,
                     QStringLiteral("--decision"), doneId, QStringLiteral("--status"), QStringLiteral("done")});
    QVERIFY2(done.exitCode == 0 && firstLine(done) == doneId, qPrintable(done.describe()));
    // Not overdue in the review it was taken in.
    const CliRun inJanuary = sandbox.run({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                          QStringLiteral("--review"), january, QStringLiteral("--json")});
    for (const QJsonValue &d : jsonObject(inJanuary.out)->value(QStringLiteral("decisions")).toArray()) {
        QVERIFY(!d[QStringLiteral("overdue")].toBool());
    }

    const QString february = makeReview(QStringLiteral("2025-02-01"), QStringLiteral("2025-02-28"));
    QVERIFY(!february.isEmpty());
    const CliRun listed = sandbox.run({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                       QStringLiteral("--review"), february, QStringLiteral("--json")});
    QHash<QString, bool> overdue;
    for (const QJsonValue &d : jsonObject(listed.out)->value(QStringLiteral("decisions")).toArray()) {
        overdue.insert(d[QStringLiteral("text")].toString(), d[QStringLiteral("overdue")].toBool());
    }
    QCOMPARE(overdue.size(), 2);
    QCOMPARE(overdue.value(QStringLiteral("Brief the agency")), true);
    QCOMPARE(overdue.value(QStringLiteral("Plan the spring launch")), false);
    QVERIFY(!overdue.contains(QStringLiteral("Renew the tag audit")));
    const QString pdf = sandbox.path(QStringLiteral("february.pdf"));
    QCOMPARE(sandbox
                 .run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--review"), february,
                       QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en")})
                 .exitCode,
             0);
    const QString text = pdfWords(pdf);
    QVERIFY2(text.contains(QStringLiteral("Brief the agency")), qPrintable(text.right(600)));
    QVERIFY2(text.contains(QStringLiteral("overdue")), qPrintable(text.right(600)));
    QCOMPARE(text.count(QStringLiteral("overdue")), 1); // only that decision's status
}

void TestCli::coverSettingsSectionsAndComments()
{
    // settings stores the company and the logo inside the workspace; review add saves author, audience, sections
    // and comments with the review; report prints them, and can change them for one PDF.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read");
    }
    Sandbox sandbox;
    const QString db = importDataset(sandbox, FileStyle::Utf8CommaIso, QStringLiteral("cover"));
    QVERIFY(!db.isEmpty());
    const auto run = [&](const QStringList &args) {
        return sandbox.run(args);
    };
    const auto textOf = [&](const QString &pdf) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {sandbox.path(pdf), QStringLiteral("-")});
        text.waitForFinished(60000);
        return QString::fromUtf8(text.readAllStandardOutput()).remove(QChar(0x2068)).remove(QChar(0x2069)).simplified();
    };

    // A file that is no image is refused, naming it, and nothing changes.
    QVERIFY(sandbox.write(QStringLiteral("logo.png"), "date,clicks\n2025-01-01,3\n"));
    const CliRun notImage = run(
        {QStringLiteral("settings"), QStringLiteral("--db"), db, QStringLiteral("--logo"), QStringLiteral("logo.png")});
    QCOMPARE(notImage.exitCode, 1);
    QVERIFY2(notImage.err.contains("logo.png is not an image"), qPrintable(notImage.describe()));
    // A 300 × 60 PNG.
    QImage image(300, 60, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QVERIFY(image.save(sandbox.path(QStringLiteral("logo.png"))));
    const CliRun set = run({QStringLiteral("settings"), QStringLiteral("--db"), db, QStringLiteral("--company"),
                            QStringLiteral("Acme Analytics"), QStringLiteral("--logo"), QStringLiteral("logo.png"),
                            QStringLiteral("--json")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
    const QJsonObject settings = QJsonDocument::fromJson(set.out).object();
    QCOMPARE(settings[QStringLiteral("company")].toString(), QStringLiteral("Acme Analytics"));
    QCOMPARE(settings[QStringLiteral("logo")][QStringLiteral("format")].toString(), QStringLiteral("png"));
    QCOMPARE(settings[QStringLiteral("logo")][QStringLiteral("width")].toInt(), 300);
    QVERIFY(QFile::remove(sandbox.path(QStringLiteral("logo.png")))); // the workspace keeps its own copy

    // Unknown sections are refused, naming the valid ones.
    const CliRun unknown =
        run({QStringLiteral("review"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--from"),
             QStringLiteral("2025-02-01"), QStringLiteral("--to"), QStringLiteral("2025-02-28"),
             QStringLiteral("--sections"), QStringLiteral("summary,kpis")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("no section 'kpis': the sections are cover, summary, goals"),
             qPrintable(unknown.describe()));
    const CliRun badComment = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                   QStringLiteral("2025-02-01"), QStringLiteral("--to"), QStringLiteral("2025-02-28"),
                                   QStringLiteral("--out"), QStringLiteral("x.pdf"), QStringLiteral("--comment"),
                                   QStringLiteral("wins=Great month")});
    QCOMPARE(badComment.exitCode, 2);
    QVERIFY2(badComment.err.contains("no section 'wins'"), qPrintable(badComment.describe()));
    QVERIFY(!QFile::exists(sandbox.path(QStringLiteral("x.pdf"))));

    const CliRun review =
        run({QStringLiteral("review"),     QStringLiteral("add"),
             QStringLiteral("--db"),       db,
             QStringLiteral("--from"),     QStringLiteral("2025-02-01"),
             QStringLiteral("--to"),       QStringLiteral("2025-02-28"),
             QStringLiteral("--title"),    QStringLiteral("February board pack"),
             QStringLiteral("--author"),   QStringLiteral("Anna Nowak"),
             QStringLiteral("--audience"), QStringLiteral("the Board"),
             QStringLiteral("--sections"), QStringLiteral("cover,summary,quality"),
             QStringLiteral("--comment"),  QStringLiteral("summary=Leads are on plan.\n\nPaid social needs a look."),
             QStringLiteral("--comment"),  QStringLiteral("quality=The CRM export was two days late.")});
    QVERIFY2(review.exitCode == 0, qPrintable(review.describe()));
    const QString id = firstLine(review);
    const CliRun listed = run({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--db"), db,
                               QStringLiteral("--review"), id, QStringLiteral("--json")});
    const QJsonObject presentation =
        QJsonDocument::fromJson(listed.out).object()[QStringLiteral("presentation")].toObject();
    QCOMPARE(presentation[QStringLiteral("author")].toString(), QStringLiteral("Anna Nowak"));
    QCOMPARE(presentation[QStringLiteral("sections")].toArray().size(), 3);
    QCOMPARE(presentation[QStringLiteral("comments")][QStringLiteral("summary")].toString(),
             QStringLiteral("Leads are on plan.\n\nPaid social needs a look."));

    const CliRun report = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--review"), id,
                               QStringLiteral("--out"), QStringLiteral("pack.pdf")});
    QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
    const QString pdf = textOf(QStringLiteral("pack.pdf"));
    for (const QString &expected :
         {QStringLiteral("Acme Analytics"), QStringLiteral("February board pack"),
          QStringLiteral("Prepared by Anna Nowak for the Board"), QStringLiteral("Data as of"),
          QStringLiteral("Comment from Anna Nowak:"), QStringLiteral("Leads are on plan."),
          QStringLiteral("Paid social needs a look."), QStringLiteral("M — Measure"),
          QStringLiteral("The CRM export was two days late.")}) {
        QVERIFY2(pdf.contains(expected), qPrintable(expected + QStringLiteral(" | ") + pdf.left(3000)));
    }
    for (const QString &absent : {QStringLiteral("S — Select"), QStringLiteral("A — Analyse"),
                                  QStringLiteral("T — Take action"), QStringLiteral("Appendix")}) {
        QVERIFY2(!pdf.contains(absent), qPrintable(absent));
    }
    QFile file(sandbox.path(QStringLiteral("pack.pdf")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("/Width 300")); // the logo

    // review edit changes what the saved review shows; the workspace remembers its last author for the next one.
    const CliRun edit =
        run({QStringLiteral("review"), QStringLiteral("edit"), QStringLiteral("--db"), db, QStringLiteral("--review"),
             id, QStringLiteral("--audience"), QStringLiteral("the CFO"), QStringLiteral("--sections"),
             QStringLiteral("cover,actions"), QStringLiteral("--comment"), QStringLiteral("summary=")});
    QVERIFY2(edit.exitCode == 0, qPrintable(edit.describe()));
    const CliRun again = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--review"), id,
                              QStringLiteral("--out"), QStringLiteral("pack.pdf")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
    const QString edited = textOf(QStringLiteral("pack.pdf"));
    QVERIFY2(edited.contains(QStringLiteral("Prepared by Anna Nowak for the CFO")), qPrintable(edited.left(2000)));
    QVERIFY(edited.contains(QStringLiteral("T — Take action")));
    QVERIFY(!edited.contains(QStringLiteral("Executive summary")));
    QVERIFY(!edited.contains(QStringLiteral("Leads are on plan.")));

    // A new report takes the last author; --author and --sections change one PDF without saving anything.
    const CliRun fresh = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                              QStringLiteral("2025-02-01"), QStringLiteral("--to"), QStringLiteral("2025-02-28"),
                              QStringLiteral("--out"), QStringLiteral("one.pdf"), QStringLiteral("--audience"),
                              QStringLiteral("Sales"), QStringLiteral("--sections"), QStringLiteral("cover")});
    QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.describe()));
    const QString one = textOf(QStringLiteral("one.pdf"));
    QVERIFY2(one.contains(QStringLiteral("Prepared by Anna Nowak for Sales")), qPrintable(one.left(2000)));
    QVERIFY(!one.contains(QStringLiteral("Executive summary")));

    const CliRun noLogo = run({QStringLiteral("settings"), QStringLiteral("--db"), db, QStringLiteral("--no-logo")});
    QVERIFY2(noLogo.exitCode == 0 && noLogo.out.contains("Logo: none"), qPrintable(noLogo.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

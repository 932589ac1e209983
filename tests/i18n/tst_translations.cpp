// The shipped translations are complete, match the sources, load, and can be drawn with the fonts we install.

#include "i18n/contexts.h"
#include "i18n/language.h"
#include "kpi/kpicatalog.h"
#include "kpi/kpiformat.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace funnelscope;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append({context, {}, {}, false});
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            messages.last().finished = type.isEmpty();
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace()) { // not a plural's
                messages.last().translations.append(xml.text().toString());
            }
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    }
    return messages;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        found.append(it.next().captured());
    }
    found.sort();
    return found;
}

QStringList shipped()
{
    QStringList languages = Language::available();
    languages.removeAll(QStringLiteral("en")); // the source language
    return languages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/resources/translations/funnelscope_%1.ts").arg(language);
}

// What is wrong with a .ts file: unfinished or empty entries, placeholders lost or added.
QStringList problemsOf(const QString &path)
{
    QString error;
    const QList<Message> messages = readTs(path, &error);
    if (!error.isEmpty()) {
        return {error};
    }
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1 [%2] \"%3\"").arg(QFileInfo(path).fileName(), m.context, m.source);
        bool empty = m.translations.isEmpty();
        for (const QString &t : m.translations) {
            empty = empty || t.trimmed().isEmpty();
        }
        if (!m.finished || empty) {
            problems.append(where + QStringLiteral(": not translated"));
            continue;
        }
        if (!m.source.contains(u"%n") && placeholders(m.translations.first()) != placeholders(m.source)) {
            problems.append(where + QStringLiteral(": placeholders %1 in the translation")
                                        .arg(placeholders(m.translations.first()).join(u' ')));
        }
    }
    if (messages.size() < 500) {
        problems.append(QStringLiteral("%1: only %2 messages").arg(path).arg(messages.size()));
    }
    return problems;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void everyEntryIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : shipped()) {
            QTest::newRow(qPrintable(l)) << l;
        }
    }

    void everyEntryIsTranslated()
    {
        QFETCH(QString, language);
        const QStringList problems = problemsOf(tsPath(language));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems:\n").arg(problems.size()) + problems.mid(0, 40).join(u'\n')));
    }

    void everyStringOfTheSourcesIsInTheTranslations()
    {
        // lupdate over today's sources into copies of the .ts files: a string added to the code and not yet
        // translated shows up as an unfinished entry (scripts/update-translations.sh, then translate it).
        QTemporaryDir dir;
        QStringList args{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),     QStringLiteral("-locations"),
                         QStringLiteral("none"),    QStringLiteral("-source-language"), QStringLiteral("en")};
        for (const char *folder : {"core", "ui", "app"}) {
            args.append(QStringLiteral(FUNNELSCOPE_SOURCE_DIR "/") + QLatin1String(folder));
        }
        args.append(QStringLiteral("-ts"));
        QStringList copies;
        for (const QString &l : shipped()) {
            const QString copy = dir.filePath(QFileInfo(tsPath(l)).fileName());
            QVERIFY(QFile::copy(tsPath(l), copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            copies.append(copy);
        }
        QProcess lupdate;
        lupdate.start(QStringLiteral(FUNNELSCOPE_LUPDATE), args + copies);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        for (const QString &copy : std::as_const(copies)) {
            const QStringList problems = problemsOf(copy);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("run scripts/update-translations.sh and translate:\n") +
                                problems.mid(0, 40).join(u'\n')));
        }
    }

    void languagesLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("script"); // of that language's letters
        QTest::newRow("pl") << QStringLiteral("pl") << int(QChar::Script_Latin);
        QTest::newRow("ru") << QStringLiteral("ru") << int(QChar::Script_Cyrillic);
        QTest::newRow("tr") << QStringLiteral("tr") << int(QChar::Script_Latin);
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << int(QChar::Script_Han);
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << int(QChar::Script_Han);
    }

    void languagesLoad()
    {
        // The compiled translation is in the program: the funnel's first stage reads in that language, in its
        // script, and numbers follow its conventions.
        QFETCH(QString, language);
        QFETCH(int, script);
        QVERIFY(Language::install(language));
        QCOMPARE(Language::current(), language);
        const QString stage = KpiCatalog::groupName(KpiGroup::Awareness);
        QVERIFY2(stage != QStringLiteral("Awareness") && stage.at(0).script() == QChar::Script(script),
                 qPrintable(stage));
        QVERIFY(Report::tr("Executive summary") != QStringLiteral("Executive summary"));
        QCOMPARE(QLocale().language(), QLocale(language).language());
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(KpiCatalog::groupName(KpiGroup::Awareness), QStringLiteral("Awareness"));
    }

    void numbersFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("cost");        // 1234.5 per lead
        QTest::addColumn<QString>("ctr");         // 0.125
        QTest::addColumn<QString>("impressions"); // 10808599
        // Spaces below stand for the no-break spaces the locales use; Polish groups only numbers of five digits or
        // more (CLDR).
        QTest::newRow("pl") << "pl"
                            << "PLN"
                            << "1234,50 zł"
                            << "12,5%"
                            << "10 808 599";
        QTest::newRow("pl, euro") << "pl"
                                  << "EUR"
                                  << "1234,50 €"
                                  << "12,5%"
                                  << "10 808 599";
        QTest::newRow("ru") << "ru"
                            << "RUB"
                            << "1 234,50 ₽"
                            << "12,5%"
                            << "10 808 599";
        QTest::newRow("tr") << "tr"
                            << "TRY"
                            << "₺1.234,50"
                            << "%12,5"
                            << "10.808.599";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "CNY"
                               << "¥1,234.50"
                               << "12.5%"
                               << "10,808,599";
        QTest::newRow("zh_TW") << "zh_TW"
                               << "TWD"
                               << "NT$1,234.50"
                               << "12.5%"
                               << "10,808,599";
        QTest::newRow("zh_TW, no currency") << "zh_TW"
                                            << ""
                                            << "1,234.50"
                                            << "12.5%"
                                            << "10,808,599";
    }

    void numbersFollowTheLanguage()
    {
        // The workspace currency with the language's conventions: its own currency with its symbol, the euro with
        // €, TWD as NT$ (tst_moneyformat has the whole rule); percent where the language puts it; thousands grouped
        // its way.
        QFETCH(QString, language);
        QFETCH(QString, currency);
        QFETCH(QString, cost);
        QFETCH(QString, ctr);
        QFETCH(QString, impressions);
        QVERIFY(Language::install(language));
        const KpiFormat format(QLocale(), currency);
        const auto plain = [](QString s) {
            return s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
        };
        QCOMPARE(plain(format.value(KpiCatalog::indexOf(u"cpl"), 1234.5)), cost);
        QCOMPARE(plain(format.value(KpiCatalog::indexOf(u"ctr"), 0.125)), ctr);
        QCOMPARE(plain(format.value(KpiCatalog::indexOf(u"impressions"), 10808599)), impressions);
    }

    void sevenDigitsAreGroupedEverywhere()
    {
        // Polish groups from five digits on (CLDR); Qt 6.4 then grouped a seven-digit number only once: "1659 689".
        const auto plain = [](QString s) {
            return s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
        };
        const KpiFormat pl(QLocale(QLocale::Polish, QLocale::Poland), QStringLiteral("PLN"));
        QCOMPARE(plain(pl.value(KpiCatalog::indexOf(u"impressions"), 1659689)), QStringLiteral("1 659 689"));
        QCOMPARE(plain(pl.value(KpiCatalog::indexOf(u"media_cost"), 3600000)), QStringLiteral("3 600 000 zł"));
        QCOMPARE(plain(pl.value(KpiCatalog::indexOf(u"impressions"), 1234)), QStringLiteral("1234"));
        QCOMPARE(plain(pl.value(KpiCatalog::indexOf(u"impressions"), 12345)), QStringLiteral("12 345"));
        QCOMPARE(plain(pl.value(KpiCatalog::indexOf(u"impressions"), 123456789012)), QStringLiteral("123 456 789 012"));
        QCOMPARE(plain(pl.number(-1659689.25, 2)), QStringLiteral("-1 659 689,25"));
        const KpiFormat es(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(es.value(KpiCatalog::indexOf(u"impressions"), 1659689), QStringLiteral("1.659.689"));
        const KpiFormat en(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(en.value(KpiCatalog::indexOf(u"impressions"), 1659689), QStringLiteral("1,659,689"));
    }

    void languagesMatchRequests()
    {
        QCOMPARE(Language::matching(QStringLiteral("pl_PL")), QStringLiteral("pl"));
        QCOMPARE(Language::matching(QStringLiteral("ru-RU")), QStringLiteral("ru"));
        QCOMPARE(Language::matching(QStringLiteral("tr")), QStringLiteral("tr"));
        QCOMPARE(Language::matching(QStringLiteral("zh-Hant-TW")), QStringLiteral("zh_TW"));
        QCOMPARE(Language::matching(QStringLiteral("zh_TW")), QStringLiteral("zh_TW"));
        QCOMPARE(Language::matching(QStringLiteral("zh_HK")), QStringLiteral("zh_TW"));
        QCOMPARE(Language::matching(QStringLiteral("zh-Hant")), QStringLiteral("zh_TW"));
        QCOMPARE(Language::matching(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Language::matching(QStringLiteral("zh-Hans-SG")), QStringLiteral("zh_CN"));
        QCOMPARE(Language::matching(QStringLiteral("zh")), QStringLiteral("zh_CN"));
        QCOMPARE(Language::matching(QStringLiteral("en_GB")), QStringLiteral("en"));
        QCOMPARE(Language::matching(QStringLiteral("de_DE")), QString());
        QCOMPARE(Language::matching(QStringLiteral("klingon")), QString());
        QVERIFY(!Language::install(QStringLiteral("de")));
    }

    void chineseInBothScripts()
    {
        // Simplified Chinese is its own translation, in its own characters and mainland words, not Traditional
        // Chinese under another name.
        QVERIFY(Language::install(QStringLiteral("zh_CN")));
        QCOMPARE(Report::tr("Executive summary"), QStringLiteral("执行摘要"));
        QCOMPARE(KpiCatalog::groupName(KpiGroup::Awareness), QStringLiteral("认知"));
        QVERIFY(Language::install(QStringLiteral("zh_TW")));
        QCOMPARE(Report::tr("Executive summary"), QStringLiteral("執行摘要"));
        QCOMPARE(KpiCatalog::groupName(KpiGroup::Awareness), QStringLiteral("認知"));
        QVERIFY(Language::install(QStringLiteral("en")));
        QCOMPARE(Language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }

    void fontsDrawEveryLetter_data() { everyEntryIsTranslated_data(); }

    void fontsDrawEveryLetter()
    {
        // No tofu: every character of every translation is in Noto Sans or the language's cut of Noto Sans CJK (SC
        // or TC), the fonts the report embeds and the set-up script installs (fonts-noto-core, fonts-noto-cjk).
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<QRawFont> fonts;
        for (const char *family : {"Noto Sans", language == u"zh_CN" ? "Noto Sans CJK SC" : "Noto Sans CJK TC"}) {
            QFont font(QString::fromLatin1(family));
            font.setStyleStrategy(QFont::NoFontMerging);
            const QRawFont raw = QRawFont::fromFont(font);
            QVERIFY2(
                raw.isValid() && raw.familyName().startsWith(QString::fromLatin1(family)),
                qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps.sh)").arg(QLatin1String(family))));
            fonts.append(raw);
        }
        QSet<char32_t> missing;
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                for (char32_t c : t.toUcs4()) {
                    if (c < 0x20 || QChar::isSpace(c)) {
                        continue;
                    }
                    bool drawn = false;
                    for (const QRawFont &f : std::as_const(fonts)) {
                        drawn = drawn || f.supportsCharacter(c);
                    }
                    if (!drawn) {
                        missing.insert(c);
                    }
                }
            }
        }
        QStringList shown;
        for (char32_t c : std::as_const(missing)) {
            shown.append(
                QStringLiteral("U+%1 %2").arg(quint32(c), 4, 16, QLatin1Char('0')).arg(QString::fromUcs4(&c, 1)));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(shown.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

#include "language.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace funnelscope {

namespace {

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed i;
    return i;
}

QLocale localeOf(const QString &code)
{
    if (code == u"en") {
        // English text with the system's own conventions when they are English ones (en_GB, en_IN, C).
        const QLocale system = QLocale::system();
        return system.language() == QLocale::English || system.language() == QLocale::C
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedStates);
    }
    return QLocale(code);
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("pl"),    QStringLiteral("ru"),
            QStringLiteral("tr"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString Language::nativeName(const QString &code)
{
    if (code == u"zh_TW") {
        return QStringLiteral("繁體中文");
    }
    if (code == u"zh_CN") {
        return QStringLiteral("简体中文");
    }
    if (code == u"en") {
        return QStringLiteral("English");
    }
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : QLocale(code).toUpper(name.left(1)) + name.mid(1);
}

QString Language::matching(const QString &request)
{
    const QLocale asked(request);
    if (asked.language() == QLocale::Chinese) {
        // The script decides (zh-Hant-HK reads Traditional, zh-Hans-SG Simplified); QLocale fills it in from the
        // territory when the request has none (zh_TW, zh_HK and zh_MO are Traditional, zh and zh_CN Simplified).
        return asked.script() == QLocale::TraditionalHanScript ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
    }
    for (const QString &code : available()) {
        if (QLocale(code).language() == asked.language() && asked.language() != QLocale::C) {
            return code;
        }
    }
    return {};
}

QString Language::fromSystem()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        if (const QString code = matching(ui); !code.isEmpty()) {
            return code;
        }
    }
    return QStringLiteral("en");
}

bool Language::install(const QString &code)
{
    if (!available().contains(code)) {
        return false;
    }
    Installed &i = installed();
    for (auto *t : {i.ours.get(), i.qt.get()}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
        }
    }
    i.ours.reset();
    i.qt.reset();
    if (code != u"en") {
        auto ours = std::make_unique<QTranslator>();
        if (ours->load(QStringLiteral(":/i18n/funnelscope_%1.qm").arg(code))) {
            QCoreApplication::installTranslator(ours.get());
            i.ours = std::move(ours);
        }
        // Qt's own text (standard buttons, the command line's help) where Debian's qt6-translations-l10n has it.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            i.qt = std::move(qt);
        }
    }
    QLocale::setDefault(localeOf(code));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Chinese letters from the language's own cut of Noto Sans CJK, not whichever CJK font comes first.
        static const QString systemFamily = QGuiApplication::font().family();
        QFont font = QGuiApplication::font();
        QStringList families{systemFamily};
        if (code == u"zh_TW") {
            families << QStringLiteral("Noto Sans CJK TC");
        } else if (code == u"zh_CN") {
            families << QStringLiteral("Noto Sans CJK SC");
        }
        font.setFamilies(families);
        QGuiApplication::setFont(font);
    }
    i.code = code;
    return true;
}

QString Language::current()
{
    return installed().code;
}

QString Language::dayMonthFormat()
{
    return QCoreApplication::translate("Dates", "d MMM", "a day on a chart axis: QDate format, e.g. M月d日");
}

QString Language::dayMonthYearFormat()
{
    return QCoreApplication::translate("Dates", "d MMM yy", "a day on a chart axis with its year: QDate format");
}

QString Language::dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u'y')) {
        return QStringLiteral("yyyy-MM-dd");
    }
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return format;
}

QString Language::mediumDateFormat(const QLocale &locale)
{
    // Qt has short and long formats only; CLDR's medium format is the long one without the weekday and with the
    // abbreviated month in every language Funnelscope speaks.
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("\\s*dddd[,\u060c\uff0c\u3001]?\\s*"));
    format.replace(weekday, QStringLiteral(" "));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    format = format.trimmed();
    return format.contains(u'y') && format.contains(u'd') ? format : QStringLiteral("yyyy-MM-dd");
}

QString Language::mediumDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, mediumDateFormat(locale)) : QStringLiteral("—");
}

QString Language::monthYearFormat()
{
    return QCoreApplication::translate("Dates", "MMM yyyy", "a month on a chart axis: QDate format");
}

QString Language::isolated(const QString &userText)
{
    return QChar(0x2068) + userText + QChar(0x2069);
}

} // namespace funnelscope

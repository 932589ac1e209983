#include "vocabulary.h"

#include "i18n/contexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace funnelscope {

namespace {

struct LanguageWords
{
    QString code;
    QStringList totals;
    QHash<int, QHash<QString, QString>> headers; // normalised header → canonical column
};

QStringList lowerList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        out.append(v.toString().trimmed().toLower());
    }
    return out;
}

// Shipped data: a broken file is a bug of ours, found by the first test that reads a file.
LanguageWords readLanguage(const QString &code, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        qFatal("broken resources/languages/%s/headers.json: %s", qPrintable(code), qPrintable(error.errorString()));
    }
    LanguageWords words{code, lowerList(doc.object().value(u"totals")), {}};
    const QJsonObject kinds = doc.object().value(u"columns").toObject();
    for (auto k = kinds.begin(); k != kinds.end(); ++k) {
        const std::optional<Kind> kind = kindFromName(k.key());
        if (!kind) {
            qFatal("resources/languages/%s/headers.json: '%s' is not a kind", qPrintable(code), qPrintable(k.key()));
        }
        const KindSpec &spec = kindSpec(*kind);
        const QJsonObject columns = k.value().toObject();
        for (auto c = columns.begin(); c != columns.end(); ++c) {
            if (std::none_of(spec.columns.begin(), spec.columns.end(),
                             [&](const ColumnSpec &s) { return s.name == c.key(); })) {
                qFatal("resources/languages/%s/headers.json: '%s' is not a column of %s files", qPrintable(code),
                       qPrintable(c.key()), qPrintable(spec.name));
            }
            for (const QString &header : lowerList(c.value())) {
                words.headers[int(*kind)].insert(header, c.key());
            }
        }
    }
    return words;
}

const QList<LanguageWords> &allWords()
{
    static const QList<LanguageWords> words = [] {
        QList<LanguageWords> list;
        const QDir dir(QStringLiteral(":/languages"));
        for (const QString &code : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile file(dir.filePath(code + QStringLiteral("/headers.json")));
            if (file.open(QIODevice::ReadOnly)) {
                list.append(readLanguage(code, file.readAll()));
            }
        }
        std::stable_sort(list.begin(), list.end(), [](const LanguageWords &a, const LanguageWords &b) {
            return Vocabulary::rank(a.code) < Vocabulary::rank(b.code);
        });
        return list;
    }();
    return words;
}

} // namespace

const QStringList &Vocabulary::languages()
{
    static const QStringList codes = {QStringLiteral("en"),    QStringLiteral("pl"),    QStringLiteral("ru"),
                                      QStringLiteral("tr"),    QStringLiteral("zh_TW"), QStringLiteral("zh_CN"),
                                      QStringLiteral("de"),    QStringLiteral("fr"),    QStringLiteral("es"),
                                      QStringLiteral("pt_BR"), QStringLiteral("pt_PT"), QStringLiteral("it"),
                                      QStringLiteral("uk"),    QStringLiteral("cs")};
    return codes;
}

int Vocabulary::rank(QStringView code)
{
    const qsizetype i = languages().indexOf(code);
    return i < 0 ? int(languages().size()) : int(i);
}

QString Vocabulary::languageName(QStringView code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("en"), QT_TRANSLATE_NOOP("Import", "English")},
        {QStringLiteral("pl"), QT_TRANSLATE_NOOP("Import", "Polish")},
        {QStringLiteral("ru"), QT_TRANSLATE_NOOP("Import", "Russian")},
        {QStringLiteral("tr"), QT_TRANSLATE_NOOP("Import", "Turkish")},
        {QStringLiteral("zh_TW"), QT_TRANSLATE_NOOP("Import", "Traditional Chinese")},
        {QStringLiteral("zh_CN"), QT_TRANSLATE_NOOP("Import", "Simplified Chinese")},
        {QStringLiteral("zh"), QT_TRANSLATE_NOOP("Import", "Chinese")},
        {QStringLiteral("de"), QT_TRANSLATE_NOOP("Import", "German")},
        {QStringLiteral("fr"), QT_TRANSLATE_NOOP("Import", "French")},
        {QStringLiteral("es"), QT_TRANSLATE_NOOP("Import", "Spanish")},
        {QStringLiteral("pt_BR"), QT_TRANSLATE_NOOP("Import", "Portuguese (Brazil)")},
        {QStringLiteral("pt_PT"), QT_TRANSLATE_NOOP("Import", "Portuguese (Portugal)")},
        {QStringLiteral("pt"), QT_TRANSLATE_NOOP("Import", "Portuguese")},
        {QStringLiteral("it"), QT_TRANSLATE_NOOP("Import", "Italian")},
        {QStringLiteral("uk"), QT_TRANSLATE_NOOP("Import", "Ukrainian")},
        {QStringLiteral("cs"), QT_TRANSLATE_NOOP("Import", "Czech")},
    };
    const char *name = names.value(code.toString());
    return name ? QCoreApplication::translate("Import", name) : code.toString();
}

const QStringList &Vocabulary::totalsWords()
{
    static const QStringList words = [] {
        QStringList all;
        for (const LanguageWords &w : allWords()) {
            for (const QString &word : w.totals) {
                if (!all.contains(word)) {
                    all.append(word);
                }
            }
        }
        return all;
    }();
    return words;
}

const QHash<QString, QString> &Vocabulary::genericHeaders(Kind kind)
{
    static const QHash<int, QHash<QString, QString>> tables = [] {
        QHash<int, QHash<QString, QString>> out;
        for (const LanguageWords &w : allWords()) {
            for (auto k = w.headers.begin(); k != w.headers.end(); ++k) {
                for (auto h = k->begin(); h != k->end(); ++h) {
                    if (!out[k.key()].contains(h.key())) { // the earlier language's meaning wins a clash
                        out[k.key()].insert(h.key(), h.value());
                    }
                }
            }
        }
        return out;
    }();
    static const QHash<QString, QString> none;
    const auto it = tables.constFind(int(kind));
    return it == tables.constEnd() ? none : *it;
}

QStringList Vocabulary::genericLanguages(Kind kind, const QString &header)
{
    QStringList codes;
    for (const LanguageWords &w : allWords()) {
        if (w.headers.value(int(kind)).contains(header)) {
            codes.append(w.code);
        }
    }
    return codes;
}

QString Vocabulary::best(const QHash<QString, int> &counts)
{
    int most = 0;
    for (const int n : counts) {
        most = std::max(most, n);
    }
    if (most == 0) {
        return {};
    }
    QStringList tied;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() == most) {
            tied.append(it.key());
        }
    }
    std::sort(tied.begin(), tied.end(),
              [](const QString &a, const QString &b) { return std::pair(rank(a), a) < std::pair(rank(b), b); });
    const QString base = tied.first().section(u'_', 0, 0);
    if (tied.size() > 1 &&
        std::all_of(tied.begin(), tied.end(), [&](const QString &c) { return c.section(u'_', 0, 0) == base; })) {
        return base;
    }
    return tied.first();
}

} // namespace funnelscope

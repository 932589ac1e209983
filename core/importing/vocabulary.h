#pragma once

#include "kind.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace funnelscope {

// The words of the languages Funnelscope reads files in, as data (resources/languages/<code>/headers.json): the
// column names a marketer writes in their own spreadsheet ("Dzień;Kanał;Kampania"), and the words of totals lines
// ("Razem", "Итого", "總計"). The tools' own headers are in their presets (resources/presets/<tool>/<code>.json).
class Vocabulary
{
public:
    // The language codes in their order of preference when a header fits two equally: en, pl, ru, tr, zh_TW, ...
    static const QStringList &languages();
    static int rank(QStringView code); // the position in languages(), after them for an unknown code
    // The language's name in the program's language: "Polish", "Portuguese (Brazil)"; "Portuguese" for "pt".
    static QString languageName(QStringView code);
    // The words that start a totals line, lower case, of every language.
    static const QStringList &totalsWords();
    // A normalised header → the canonical column of kind it names, in every language (never the canonical names).
    static const QHash<QString, QString> &genericHeaders(Kind kind);
    // The languages whose own column names for kind include header (normalised).
    static QStringList genericLanguages(Kind kind, const QString &header);
    // Of languages that name count[i] headers each, the one that names the most; a tie between the variants of one
    // language (pt_BR, pt_PT) is the language ("pt"), any other tie the earlier in languages(). Empty when none.
    static QString best(const QHash<QString, int> &counts);
};

} // namespace funnelscope

#include "datevocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace funnelscope {

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        out.append(s.toString());
    }
    return out;
}

void addUnique(QStringList &list, const QString &s)
{
    if (!s.isEmpty() && !list.contains(s)) {
        list.append(s);
    }
}

// "# Start date: 20260401" → "20260401" when the line's label is one of labels.
QStringView afterLabel(QStringView line, const QStringList &labels)
{
    QStringView s = line.trimmed();
    if (s.startsWith(u'#')) {
        s = s.mid(1).trimmed();
    }
    const qsizetype colon = s.indexOf(u':');
    if (colon <= 0) {
        return {};
    }
    const QString label = s.first(colon).trimmed().toString().toLower();
    return labels.contains(label) ? s.mid(colon + 1).trimmed() : QStringView();
}

} // namespace

QString DateVocabulary::normalised(QStringView word)
{
    QString s = word.toString().toLower();
    s.remove(QChar(u'\u0307')); // "İ".toLower() is "i" + combining dot above outside a Turkish locale
    while (s.endsWith(u'.')) {
        s.chop(1);
    }
    return s;
}

const DateVocabulary &DateVocabulary::instance()
{
    static const DateVocabulary vocabulary;
    return vocabulary;
}

DateVocabulary::DateVocabulary()
{
    const QDir dir(QStringLiteral(":/languages"));
    QHash<QString, QList<QChar>> monthDecimals;
    for (const QString &code : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(dir.filePath(code + QStringLiteral("/dates.json")));
        if (!file.open(QIODevice::ReadOnly)) {
            continue; // a language with headers only
        }
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        Language language;
        language.code = code;
        language.name = o.value(u"name").toString();
        const QString decimal = o.value(u"decimalSeparator").toString();
        language.decimalSeparator = decimal.isEmpty() ? QChar() : decimal.front();
        m_languages.append(language);

        const QJsonArray months = o.value(u"months").toArray();
        for (int m = 0; m < months.size() && m < 12; ++m) {
            for (const QString &form : strings(months.at(m))) {
                const QString word = normalised(form);
                if (word.isEmpty()) {
                    continue;
                }
                const auto it = m_months.constFind(word);
                if (it != m_months.constEnd() && *it != m + 1) {
                    if (*it > 0) {
                        m_conflicts.append(word);
                    }
                    m_months[word] = -1;
                } else {
                    m_months.insert(word, m + 1);
                }
                QList<QChar> &seps = monthDecimals[word];
                if (!seps.contains(language.decimalSeparator)) {
                    seps.append(language.decimalSeparator);
                }
            }
        }
        const QJsonArray weekdays = o.value(u"weekdays").toArray();
        for (int d = 0; d < weekdays.size() && d < 7; ++d) {
            for (const QString &form : strings(weekdays.at(d))) {
                m_weekdays.insert(normalised(form), d + 1);
            }
        }
        for (const QString &w : strings(o.value(u"fillers"))) {
            addUnique(m_fillers, normalised(w));
        }
        for (const QString &w : strings(o.value(u"rangeConnectors"))) {
            addUnique(m_connectors, w.toLower());
        }
        for (const QString &w : strings(o.value(u"rangePrefixes"))) {
            addUnique(m_prefixes, w.toLower());
        }
        for (const QString &w : strings(o.value(u"allTime"))) {
            addUnique(m_allTime, normalised(w));
        }
        for (const QString &w : strings(o.value(u"startDate"))) {
            addUnique(m_startLabels, w.toLower());
        }
        for (const QString &w : strings(o.value(u"endDate"))) {
            addUnique(m_endLabels, w.toLower());
        }
    }
    for (auto it = monthDecimals.cbegin(); it != monthDecimals.cend(); ++it) {
        m_monthDecimal.insert(it.key(), it->size() == 1 ? it->front() : QChar());
    }
    // "–" before "-" does not matter, but "al" must be tried before "a" would cut it short.
    std::sort(m_connectors.begin(), m_connectors.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

int DateVocabulary::month(QStringView word) const
{
    return m_months.value(normalised(word), 0);
}

bool DateVocabulary::isWeekday(QStringView word) const
{
    return m_weekdays.contains(normalised(word));
}

bool DateVocabulary::isFiller(QStringView word) const
{
    return m_fillers.contains(normalised(word));
}

QChar DateVocabulary::decimalSeparatorOfMonth(QStringView word) const
{
    return m_monthDecimal.value(normalised(word));
}

bool DateVocabulary::isAllTime(QStringView line) const
{
    return m_allTime.contains(normalised(line.trimmed()));
}

QStringView DateVocabulary::afterStartLabel(QStringView line) const
{
    return afterLabel(line, m_startLabels);
}

QStringView DateVocabulary::afterEndLabel(QStringView line) const
{
    return afterLabel(line, m_endLabels);
}

} // namespace funnelscope

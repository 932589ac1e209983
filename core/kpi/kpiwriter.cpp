#include "kpiwriter.h"

#include "csv/csvwriter.h"
#include "kpicatalog.h"
#include "kpiformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace funnelscope {

namespace {

QJsonValue jsonNumber(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString pad(const QString &s, int width, bool right)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

// The catalog's KPIs and the custom ones in the order tables show them: each custom KPI after its group's.
struct Entry
{
    int catalog = -1;
    int custom = -1;
};
QList<Entry> entries(const KpiValues &values)
{
    const auto &catalog = KpiCatalog::all();
    QList<Entry> out;
    const auto addCustom = [&](KpiGroup group) {
        if (values.customKpis) {
            for (int c = 0; c < values.customKpis->size(); ++c) {
                if (values.customKpis->at(c).group == group) {
                    out.append({-1, c});
                }
            }
        }
    };
    for (int i = 0; i < catalog.size(); ++i) {
        out.append({i, -1});
        if (i + 1 == catalog.size() || catalog.at(i + 1).group != catalog.at(i).group) {
            addCustom(catalog.at(i).group);
        }
    }
    return out;
}

std::optional<double> customValue(const KpiValues &values, int c)
{
    return c < values.custom.size() ? values.custom.at(c).value : std::nullopt;
}

// The definitions of the custom KPIs (custom: true), with their values when one scope was computed.
QJsonArray customJson(const KpiValues &values, bool withValues)
{
    QJsonArray list;
    if (!values.customKpis) {
        return list;
    }
    for (int c = 0; c < values.customKpis->size(); ++c) {
        const CustomKpi &k = values.customKpis->at(c);
        QJsonObject o{{QStringLiteral("id"), k.id},
                      {QStringLiteral("name"), k.name},
                      {QStringLiteral("formula"), k.formula},
                      {QStringLiteral("explanation"), k.explanation()},
                      {QStringLiteral("group"), KpiCatalog::groupId(k.group)},
                      {QStringLiteral("format"), CustomKpi::formatId(k.format)},
                      {QStringLiteral("better"), CustomKpi::directionId(k.direction)},
                      {QStringLiteral("custom"), true}};
        if (withValues) {
            o.insert(QStringLiteral("value"), jsonNumber(customValue(values, c)));
            const QString reason = c < values.custom.size() ? values.custom.at(c).reason : QString();
            o.insert(QStringLiteral("null_reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason));
        }
        list.append(o);
    }
    return list;
}

} // namespace

QJsonObject KpiWriter::valuesJson(const KpiValues &values)
{
    QJsonObject o;
    const auto &catalog = KpiCatalog::all();
    for (int i = 0; i < catalog.size(); ++i) {
        o.insert(catalog.at(i).id, jsonNumber(values.values.value(i)));
    }
    if (values.customKpis) {
        for (int c = 0; c < values.customKpis->size(); ++c) {
            o.insert(values.customKpis->at(c).id, jsonNumber(customValue(values, c)));
        }
    }
    return o;
}

QJsonObject KpiWriter::toJson(const Scope &scope, const KpiValues &values, const Scope *previousScope,
                              const KpiValues *previous)
{
    QJsonObject o{{QStringLiteral("from"), scope.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), scope.to.toString(Qt::ISODate)},
                  {QStringLiteral("channels"), stringArray(scope.channels)},
                  {QStringLiteral("campaigns"), stringArray(scope.campaigns)},
                  {QStringLiteral("leads_source"), values.leadsSource},
                  {QStringLiteral("values"), valuesJson(values)}};
    if (values.customKpis && !values.customKpis->isEmpty()) {
        o.insert(QStringLiteral("custom_kpis"), customJson(values, true));
    }
    if (previousScope && previous) {
        o.insert(QStringLiteral("previous"),
                 QJsonObject{{QStringLiteral("from"), previousScope->from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), previousScope->to.toString(Qt::ISODate)},
                             {QStringLiteral("values"), valuesJson(*previous)}});
    }
    return o;
}

QJsonObject KpiWriter::toJson(const Scope &scope, const QList<KpiEngine::Row> &rows, Comparison comparison,
                              const QString &leadsSource, const QList<BucketCoverage> &coverage,
                              const std::pair<QDate, QDate> &dataRange)
{
    QJsonArray list;
    const bool withCoverage = !coverage.isEmpty() && coverage.size() == rows.size();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const KpiEngine::Row &row = rows.at(i);
        QJsonObject r{{QStringLiteral("key"), row.key},
                      {QStringLiteral("from"), row.scope.from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), row.scope.to.toString(Qt::ISODate)},
                      {QStringLiteral("values"), valuesJson(row.values)}};
        if (withCoverage) {
            const BucketCoverage &c = coverage.at(i);
            r.insert(QStringLiteral("days"), c.days);
            r.insert(QStringLiteral("period_days"), c.periodDays);
            r.insert(QStringLiteral("covered_days"), c.coveredDays);
            r.insert(QStringLiteral("partial"), c.partial());
        }
        if (comparison != Comparison::None && row.previous) {
            r.insert(QStringLiteral("previous"),
                     QJsonObject{{QStringLiteral("from"), row.previousScope.from.toString(Qt::ISODate)},
                                 {QStringLiteral("to"), row.previousScope.to.toString(Qt::ISODate)},
                                 {QStringLiteral("values"), valuesJson(*row.previous)}});
        }
        list.append(r);
    }
    QJsonObject o{{QStringLiteral("from"), scope.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), scope.to.toString(Qt::ISODate)},
                  {QStringLiteral("channels"), stringArray(scope.channels)},
                  {QStringLiteral("campaigns"), stringArray(scope.campaigns)},
                  {QStringLiteral("leads_source"), leadsSource},
                  {QStringLiteral("rows"), list}};
    if (!rows.isEmpty() && rows.first().values.customKpis && !rows.first().values.customKpis->isEmpty()) {
        o.insert(QStringLiteral("custom_kpis"), customJson(rows.first().values, false));
    }
    if (withCoverage) {
        const auto date = [](const QDate &d) {
            return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
        };
        o.insert(QStringLiteral("data_from"), date(dataRange.first));
        o.insert(QStringLiteral("data_to"), date(dataRange.second));
    }
    return o;
}

QString KpiWriter::toCsv(const KpiValues &values, const KpiValues *previous, const QString &currency)
{
    CsvWriter csv;
    csv.text(QStringLiteral("kpi")).text(QStringLiteral("group")).text(QStringLiteral("value"));
    if (previous) {
        csv.text(QStringLiteral("previous")).text(QStringLiteral("change"));
    }
    csv.text(QStringLiteral("currency"));
    csv.endRow();
    const auto &catalog = KpiCatalog::all();
    for (int i = 0; i < catalog.size(); ++i) {
        csv.text(catalog.at(i).id).text(KpiCatalog::groupId(catalog.at(i).group)).number(values.values.value(i));
        if (previous) {
            csv.number(previous->values.value(i))
                .number(KpiValues::change(values.values.value(i), previous->values.value(i)));
        }
        csv.text(catalog.at(i).isMoney() ? currency : QString());
        csv.endRow();
    }
    for (int c = 0; values.customKpis && c < values.customKpis->size(); ++c) {
        const CustomKpi &k = values.customKpis->at(c);
        csv.text(k.id).text(KpiCatalog::groupId(k.group)).number(customValue(values, c));
        if (previous) {
            csv.number(customValue(*previous, c))
                .number(KpiValues::change(customValue(values, c), customValue(*previous, c)));
        }
        csv.text(k.isMoney() ? currency : QString());
        csv.endRow();
    }
    return csv.toString();
}

QString KpiWriter::toCsv(const QList<KpiEngine::Row> &rows, const QString &currency)
{
    const auto &catalog = KpiCatalog::all();
    const bool compare = !rows.isEmpty() && rows.first().previous.has_value();
    const std::shared_ptr<const CustomKpiList> custom = rows.isEmpty() ? nullptr : rows.first().values.customKpis;
    const int customCount = custom ? int(custom->size()) : 0;
    CsvWriter csv;
    csv.text(QStringLiteral("key"));
    for (const KpiDefinition &k : catalog) {
        csv.text(k.id);
    }
    for (int c = 0; c < customCount; ++c) {
        csv.text(custom->at(c).id);
    }
    if (compare) {
        for (const KpiDefinition &k : catalog) {
            csv.text(QStringLiteral("previous_") + k.id);
        }
        for (int c = 0; c < customCount; ++c) {
            csv.text(QStringLiteral("previous_") + custom->at(c).id);
        }
    }
    csv.text(QStringLiteral("currency"));
    csv.endRow();
    for (const KpiEngine::Row &row : rows) {
        csv.text(row.key);
        for (int i = 0; i < catalog.size(); ++i) {
            csv.number(row.values.values.value(i));
        }
        for (int c = 0; c < customCount; ++c) {
            csv.number(customValue(row.values, c));
        }
        if (compare && row.previous) {
            for (int i = 0; i < catalog.size(); ++i) {
                csv.number(row.previous->values.value(i));
            }
            for (int c = 0; c < customCount; ++c) {
                csv.number(customValue(*row.previous, c));
            }
        }
        csv.text(currency);
        csv.endRow();
    }
    return csv.toString();
}

namespace {

// Tables are for people: their numbers in the user's language, and as in American English without one (C, POSIX).
QLocale tableLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

} // namespace

QString KpiWriter::display(int kpiIndex, std::optional<double> value, const QString &currency)
{
    if (!value) {
        return QStringLiteral("—");
    }
    const KpiFormat format(tableLocale());
    switch (KpiCatalog::at(kpiIndex).unit) {
    case KpiUnit::Count:
        return format.number(*value, 0);
    case KpiUnit::Ratio:
        return format.percent(format.number(*value * 100, 2));
    case KpiUnit::Money:
    case KpiUnit::MoneyPerDay:
        return format.money(*value, currency, 2);
    case KpiUnit::Number:
        return format.number(*value, 2);
    case KpiUnit::Score:
    case KpiUnit::Seconds:
    case KpiUnit::Days:
        return format.number(*value, 1);
    }
    return format.number(*value, 2);
}

QString KpiWriter::toTable(const Scope &scope, const KpiValues &values, const Scope *previousScope,
                           const KpiValues *previous, const QString &currency)
{
    const auto &catalog = KpiCatalog::all();
    QString out = QCoreApplication::translate("Cli", "KPIs %1 – %2")
                      .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate));
    if (!scope.channels.isEmpty()) {
        out += QCoreApplication::translate("Cli", ", channels: ") + scope.channels.join(QStringLiteral(", "));
    }
    if (!scope.campaigns.isEmpty()) {
        out += QCoreApplication::translate("Cli", ", campaigns: ") + scope.campaigns.join(QStringLiteral(", "));
    }
    if (previousScope) {
        out += QCoreApplication::translate("Cli", " (previous: %1 – %2)")
                   .arg(previousScope->from.toString(Qt::ISODate), previousScope->to.toString(Qt::ISODate));
    }
    out += QCoreApplication::translate("Cli", "\nleads from: %1\n").arg(values.leadsSource);
    const QList<Entry> order = entries(values);
    const auto nameOf = [&](const Entry &e) {
        return e.catalog >= 0 ? QCoreApplication::translate("Kpi", catalog.at(e.catalog).name)
                              : values.customKpis->at(e.custom).name;
    };
    const KpiFormat customFormat(tableLocale(), currency);
    const auto shown = [&](const Entry &e, const KpiValues &v) {
        return e.catalog >= 0 ? display(e.catalog, v.values.value(e.catalog), currency)
                              : values.customKpis->at(e.custom).display(customValue(v, e.custom), customFormat);
    };
    int nameWidth = 0;
    for (const Entry &e : order) {
        nameWidth = qMax(nameWidth, int(nameOf(e).size()));
    }
    std::optional<KpiGroup> group;
    for (const Entry &e : order) {
        const KpiGroup entryGroup =
            e.catalog >= 0 ? catalog.at(e.catalog).group : values.customKpis->at(e.custom).group;
        if (group != entryGroup) {
            group = entryGroup;
            out += u'\n' + QLocale().toUpper(KpiCatalog::groupName(entryGroup)) /* İ in Turkish */ + u'\n';
        }
        const std::optional<double> value =
            e.catalog >= 0 ? values.values.value(e.catalog) : customValue(values, e.custom);
        out += QStringLiteral("  ") + pad(nameOf(e), nameWidth, false) + pad(shown(e, values), 16, true);
        if (previous) {
            const std::optional<double> before =
                e.catalog >= 0 ? previous->values.value(e.catalog) : customValue(*previous, e.custom);
            auto change = KpiValues::change(value, before);
            QString changeText = QStringLiteral("—");
            if (change) {
                // A change that rounds to 0.0% is no change: no sign, no arrow.
                if (std::fabs(*change) < 0.0005) {
                    change = 0.0;
                }
                const bool neutral =
                    e.custom >= 0 && values.customKpis->at(e.custom).direction == CustomKpi::Direction::Neutral;
                const Better better =
                    e.catalog >= 0 ? catalog.at(e.catalog).better : values.customKpis->at(e.custom).better();
                const bool isBetter = (*change > 0) == (better == Better::Up);
                changeText =
                    QStringLiteral("%1%2 %3")
                        .arg(*change > 0   ? QStringLiteral("+")
                             : *change < 0 ? QStringLiteral("-")
                                           : QString())
                        .arg(KpiFormat(tableLocale()).percent(tableLocale().toString(std::fabs(*change) * 100, 'f', 1)))
                        .arg(*change == 0 || neutral ? QString(u' ') : (isBetter ? QString(u'▲') : QString(u'▼')));
            }
            out += pad(shown(e, *previous), 16, true) + pad(changeText, 12, true);
        } else if (e.custom >= 0 && !value && e.custom < values.custom.size() &&
                   !values.custom.at(e.custom).reason.isEmpty()) {
            out += QStringLiteral("  (") + values.custom.at(e.custom).reason + u')';
        }
        out += u'\n';
    }
    if (previous) {
        out += QCoreApplication::translate("Cli", "\n(columns: value, previous, change; ▲ better, ▼ worse)\n");
    }
    return out;
}

QString KpiWriter::toTable(const QList<KpiEngine::Row> &rows, const QList<BucketCoverage> &coverage, Breakdown by,
                           const QString &currency)
{
    const auto &catalog = KpiCatalog::all();
    const bool withCoverage = !coverage.isEmpty() && coverage.size() == rows.size();
    const auto keyOf = [&](qsizetype r) {
        return withCoverage && coverage.at(r).partial() ? rows.at(r).key + u'*' : rows.at(r).key;
    };
    int keyWidth = 4;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        keyWidth = qMax(keyWidth, int(keyOf(r).size()));
    }
    QString out;
    const KpiValues empty;
    const KpiValues &first = rows.isEmpty() ? empty : rows.first().values;
    const KpiFormat customFormat(tableLocale(), currency);
    std::optional<KpiGroup> group;
    for (const Entry &e : entries(first)) {
        const CustomKpi *custom = e.custom >= 0 ? &first.customKpis->at(e.custom) : nullptr;
        const KpiGroup entryGroup = custom ? custom->group : catalog.at(e.catalog).group;
        if (group != entryGroup) {
            group = entryGroup;
            out += u'\n' + QLocale().toUpper(KpiCatalog::groupName(entryGroup)) /* İ in Turkish */ + u'\n';
        }
        out += QStringLiteral("  ") +
               (custom ? custom->name : QCoreApplication::translate("Kpi", catalog.at(e.catalog).name)) + u'\n';
        const auto shown = [&](const KpiValues &v) {
            return custom ? custom->display(customValue(v, e.custom), customFormat)
                          : display(e.catalog, v.values.value(e.catalog), currency);
        };
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const KpiEngine::Row &row = rows.at(r);
            out += QStringLiteral("    ") + pad(keyOf(r), keyWidth, false) + pad(shown(row.values), 16, true);
            if (row.previous) {
                out += pad(shown(*row.previous), 16, true);
            }
            out += u'\n';
        }
    }
    if (withCoverage) {
        // The sums of a partial bucket are the true sums of its days, never scaled: the note says why it is low.
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (coverage.at(r).partial()) {
                out += QStringLiteral("\n* %1: %2").arg(rows.at(r).key, coverage.at(r).note(by));
            }
        }
        out += u'\n';
    }
    return out;
}

} // namespace funnelscope

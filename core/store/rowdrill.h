#pragma once

#include "kpi/scope.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

class QJsonObject;

namespace funnelscope {

class CsvWriter;
class Workspace;

// The stored rows behind one KPI of a scope ("drill down"): the campaign rows, leads, deals, customers, expenses or
// surveys the KPI engine sums for it, with the values it uses, the file each came from and its line there. The rows
// are selected with the engine's own conditions (the same period dates per stage, the same channel taxonomy, the
// same "both inputs known" rule of ratios), so that what they add up to is the card's value. It reads, never writes;
// it does not compute the KPI (KpiEngine does) nor convert currencies (amounts are shown as stored, with theirs).
class RowDrill
{
public:
    enum class ValueType
    {
        Count,   // an integer
        Decimal, // an exact decimal stored in micro-units (platform leads, engaged seconds)
        Money,   // an amount in micro-units, in the row's currency
        Date,    // a Julian day
        Text,
        Real,
    };
    struct Column
    {
        QString id;    // the data-model.md column it shows (impressions, cost, deal_id, mql_date, ...)
        QString title; // translated
        ValueType type;
    };
    struct Row
    {
        qint64 day = 0;         // the date that puts the row in the period (a lead's MQL date for MQLs, ...)
        QString kindId;         // campaign_row, lead, deal, customer, expense or survey
        QString kind;           // what the row is: "Campaign row", "Lead", "Deal", ... (translated)
        QString channel;        // the canonical channel, as filters and breakdowns name it
        QString campaign;       // "(none)" when unknown
        QList<QVariant> values; // one per column(); an invalid QVariant is unknown
        QString file;           // the imported file's name
        qint64 line = 0;        // its first physical line in the file, 1-based; 0 when not recorded
        qint64 lines = 0;       // how many lines of the file were merged into the row (1 for most)
    };
    struct Summary
    {
        qint64 rows = 0;
        qint64 files = 0;
        qint64 unrecordedLines = 0; // rows imported before lines were recorded
    };

    RowDrill(Workspace &workspace, const QString &kpi, const Scope &scope);
    ~RowDrill();
    RowDrill(const RowDrill &) = delete;
    RowDrill &operator=(const RowDrill &) = delete;

    // Why the rows cannot be listed (an unknown KPI); empty when they can.
    QString error() const { return m_error; }
    const QList<Column> &columns() const { return m_columns; }
    // Whether the rows are of several kinds (a cost per lead: campaign rows with their cost, and leads).
    bool mixedKinds() const { return m_parts.size() > 1; }
    Summary summary();
    // Calls each for the rows in order of date, kind, channel and campaign, from offset, at most limit of them
    // (all when negative), until it returns false. Returns an error message, or empty.
    QString read(const std::function<bool(const Row &)> &each, qint64 limit = -1, qint64 offset = 0);

    // A value as CSV and JSON write it: a plain decimal at full precision (never an exponent), a date as
    // yyyy-MM-dd, empty when unknown.
    static QString plainText(const Column &column, const QVariant &value);
    // Micro-units as an exact plain decimal: 1234500000 → "1234.5".
    static QString plainMicros(qint64 micros);
    // The CSV and JSON names of a row's fields, in order: date, kind (when mixedKinds()), channel, campaign, the
    // columns' ids, file, line, lines.
    QStringList fieldNames() const;
    // One row as CSV (cli.md: plain decimals, formula-looking text made inert) and as a JSON object (line null when
    // not recorded).
    void writeCsv(CsvWriter &csv, const Row &row) const;
    QJsonObject toJson(const Row &row) const;

    // "5", "5 (and 2 more lines summed)", or "not recorded (imported before this version)".
    static QString lineText(const Row &row);

    // The scope narrowed to one bucket or name of a breakdown (a week of a trend chart, a channel's bar).
    static Scope narrowed(const Scope &scope, Breakdown by, const QString &key);

    // One kind of stored row the KPI reads: its table, the date that puts it in the period, its condition (with the
    // engine's parameters: ?1 from, ?2 to, ?3/?4 channel filter, ?5/?6 campaign filter, ?7 the "(none)" channel) and
    // the expression of each value column it has. Our own SQL text only, never user input.
    struct Part
    {
        QString kindId;
        QString kind;
        QString table;
        QString day;
        QString channel = QStringLiteral("channel_id");
        QString campaign = QStringLiteral("campaign_id");
        QString where;
        QHash<QString, QString> values;
    };

private:
    QString unionSql() const;

    Workspace &m_workspace;
    QString m_kpi;
    Scope m_scope;
    QString m_error;
    QList<Part> m_parts;
    QList<Column> m_columns;
    QString m_channelIds;
    QString m_campaignIds;
    qint64 m_noneChannel = -1;
    QHash<qint64, QString> m_channelNames;
    QHash<qint64, QString> m_campaignNames;
    QHash<qint64, QString> m_fileNames;
};

} // namespace funnelscope

#include "rowstore.h"

#include "i18n/contexts.h"
#include "importing/rowreader.h"
#include "sqlitestatement.h"
#include "workspace.h"

#include <QStringList>

namespace funnelscope {

namespace {

const QString NoneName = QStringLiteral("(none)");

// How a canonical column is stored: its column in the kind's table.
QString storageColumn(Kind kind, const QString &canonical)
{
    static const QHash<QString, QString> shared = {
        {QStringLiteral("date"), QStringLiteral("day")},
        {QStringLiteral("channel"), QStringLiteral("channel_id")},
        {QStringLiteral("campaign"), QStringLiteral("campaign_id")},
        {QStringLiteral("created_date"), QStringLiteral("created")},
        {QStringLiteral("mql_date"), QStringLiteral("mql_day")},
        {QStringLiteral("sal_date"), QStringLiteral("sal_day")},
        {QStringLiteral("sql_date"), QStringLiteral("sql_day")},
        {QStringLiteral("opportunity_date"), QStringLiteral("opportunity_day")},
        {QStringLiteral("customer_date"), QStringLiteral("customer_day")},
        {QStringLiteral("close_date"), QStringLiteral("closed")},
        {QStringLiteral("first_touch_date"), QStringLiteral("first_touch")},
        {QStringLiteral("start_date"), QStringLiteral("start")},
        {QStringLiteral("churn_date"), QStringLiteral("churn")},
        {QStringLiteral("response_date"), QStringLiteral("day")},
    };
    if (kind == Kind::Touchpoints && canonical == u"timestamp") {
        return QStringLiteral("timestamp");
    }
    return shared.value(canonical, canonical);
}

const char *tableOf(Kind kind)
{
    switch (kind) {
    case Kind::Campaign:
        return "campaign_rows";
    case Kind::Leads:
        return "leads";
    case Kind::Deals:
        return "deals";
    case Kind::Customers:
        return "customers";
    case Kind::Surveys:
        return "surveys";
    case Kind::Expenses:
        return "expenses";
    case Kind::Touchpoints:
        return "touchpoints";
    }
    return "";
}

} // namespace

RowStore::RowStore(Workspace &workspace, const ColumnMapping &mapping, qint64 importId, const QString &source)
    : m_workspace(workspace), m_mapping(mapping), m_spec(kindSpec(mapping.kind())), m_importId(importId),
      m_source(source)
{
    for (const ColumnSpec &c : m_spec.columns) {
        Bind bind = Bind::Integer;
        if (c.name == u"channel") {
            bind = Bind::Channel;
        } else if (c.name == u"campaign") {
            bind = Bind::Campaign;
        } else if (m_spec.kind == Kind::Expenses && c.name == u"category") {
            bind = Bind::TextOrEmpty;
        } else if (c.type == ColumnType::Text || c.type == ColumnType::Status ||
                   (c.type == ColumnType::Date && m_spec.kind == Kind::Touchpoints)) {
            bind = Bind::Text;
        } else if (c.type == ColumnType::Position || c.type == ColumnType::Score) {
            bind = Bind::Real;
        }
        m_binds.push_back(bind);
    }
    for (int c = 0; c < m_spec.columns.size(); ++c) {
        if (RowReader::isMoneyColumn(m_spec.kind, m_spec.columns.at(c).name)) {
            m_moneyColumn = c;
        }
    }
    if (m_spec.kind == Kind::Campaign) {
        m_positionColumn = column("avg_position");
        m_impressionsColumn = column("impressions");
        for (int i = 0; i < CampaignRollup::InputCount; ++i) {
            m_rollupInputs[i] = column(CampaignRollup::inputColumn(CampaignRollup::Input(i)));
        }
    } else if (m_spec.kind == Kind::Touchpoints) {
        m_dayColumn = column("timestamp");
    } else if (m_spec.kind == Kind::Surveys) {
        m_dayColumn = column("response_date");
    }
}

RowStore::~RowStore() = default;

int RowStore::column(const char *name) const
{
    for (int c = 0; c < m_spec.columns.size(); ++c) {
        if (m_spec.columns.at(c).name == QLatin1StringView(name)) {
            return c;
        }
    }
    return -1;
}

// The statement is built from our own column names only; every value is bound.
QString RowStore::buildStatement() const
{
    const Kind kind = m_spec.kind;
    const QString table = QString::fromLatin1(tableOf(kind));
    QStringList columns;
    for (const ColumnSpec &c : m_spec.columns) {
        columns.append(storageColumn(kind, c.name));
    }
    if (kind == Kind::Campaign) {
        columns.append(QStringLiteral("position_weight"));
    }
    if (kind == Kind::Touchpoints) {
        columns.append(QStringLiteral("day"));
    }
    if (kind == Kind::Campaign || kind == Kind::Expenses || kind == Kind::Surveys || kind == Kind::Touchpoints) {
        columns.append(QStringLiteral("source_id"));
    }
    if (m_moneyColumn >= 0) {
        columns.append(QStringLiteral("currency"));
    }
    columns.append(QStringLiteral("import_id"));
    columns.append(QStringLiteral("line"));
    columns.append(QStringLiteral("lines"));
    QStringList placeholders(columns.size(), QStringLiteral("?"));
    QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                      .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));

    QStringList sets{QStringLiteral("import_id = excluded.import_id")};
    const QString same = QStringLiteral("%1.import_id = excluded.import_id").arg(table);
    // A row that merges several lines of one file keeps the first (data-model.md: rows are read in file order) and
    // counts them; a row taken over from another import starts again.
    sets.append(QStringLiteral("line = CASE WHEN %1 THEN %2.line ELSE excluded.line END").arg(same, table));
    sets.append(QStringLiteral("lines = CASE WHEN %1 THEN coalesce(%2.lines, 1) + 1 ELSE 1 END").arg(same, table));
    if (kind == Kind::Campaign || kind == Kind::Expenses) {
        // Summed within the file (unknown + 5 = 5), replaced across imports.
        for (const ColumnSpec &c : m_spec.columns) {
            if (c.type == ColumnType::Count || c.type == ColumnType::Decimal) {
                sets.append(QStringLiteral("%1 = CASE WHEN %2 THEN coalesce(%3.%1 + excluded.%1, %3.%1, excluded.%1)"
                                           " ELSE excluded.%1 END")
                                .arg(storageColumn(kind, c.name), same, table));
            }
        }
        // One row's amounts in two currencies cannot be added: the marker fails the column's CHECK (write()).
        sets.append(QStringLiteral("currency = CASE WHEN %1 AND %2.currency IS NOT NULL AND excluded.currency IS NOT"
                                   " NULL AND %2.currency <> excluded.currency THEN 'mixed' WHEN %1 THEN"
                                   " coalesce(excluded.currency, %2.currency) ELSE excluded.currency END")
                        .arg(same, table));
        if (kind == Kind::Campaign) {
            sets.append(
                QStringLiteral(
                    "avg_position = CASE WHEN %1 THEN (CASE WHEN excluded.avg_position IS NULL THEN "
                    "campaign_rows.avg_position"
                    " WHEN campaign_rows.avg_position IS NULL THEN excluded.avg_position"
                    " WHEN coalesce(campaign_rows.position_weight, 0) + coalesce(excluded.position_weight, 0) > 0 THEN"
                    " (campaign_rows.avg_position * coalesce(campaign_rows.position_weight, 0) + excluded.avg_position "
                    "*"
                    " coalesce(excluded.position_weight, 0)) / (coalesce(campaign_rows.position_weight, 0) +"
                    " coalesce(excluded.position_weight, 0))"
                    " ELSE (campaign_rows.avg_position + excluded.avg_position) / 2 END) ELSE excluded.avg_position "
                    "END")
                    .arg(same));
            sets.append(QStringLiteral("position_weight = CASE WHEN %1 THEN coalesce(campaign_rows.position_weight +"
                                       " excluded.position_weight, campaign_rows.position_weight,"
                                       " excluded.position_weight) ELSE excluded.position_weight END")
                            .arg(same));
            sql += QStringLiteral(" ON CONFLICT(day, channel_id, campaign_id, source_id) DO UPDATE SET ");
        } else {
            sql += QStringLiteral(" ON CONFLICT(day, channel_id, campaign_id, category, source_id) DO UPDATE SET ");
        }
        sql += sets.join(QStringLiteral(", "));
    } else if (kind == Kind::Leads || kind == Kind::Deals || kind == Kind::Customers) {
        // Upsert by id: the columns the file has overwrite, the others keep their stored value.
        for (int c = 1; c < m_spec.columns.size(); ++c) {
            if (m_mapping.has(c)) {
                sets.append(QStringLiteral("%1 = excluded.%1").arg(storageColumn(kind, m_spec.columns.at(c).name)));
            }
        }
        if (m_moneyColumn >= 0 && m_mapping.has(m_moneyColumn)) {
            sets.append(QStringLiteral("currency = excluded.currency"));
        }
        sql += QStringLiteral(" ON CONFLICT(%1) DO UPDATE SET %2")
                   .arg(storageColumn(kind, m_spec.columns.at(0).name), sets.join(QStringLiteral(", ")));
    }
    return sql;
}

QString RowStore::prepare()
{
    sqlite3 *db = m_workspace.handle();
    m_sourceId = m_workspace.sourceId(m_source);
    if (m_sourceId < 0) {
        return m_workspace.lastError();
    }
    if (m_spec.kind == Kind::Deals) {
        // A deal with no channel and no lead counts under "(none)": the name must exist to be found.
        dimension(m_channels, Cell{});
        dimension(m_campaigns, Cell{});
    }
    const QString table = QString::fromLatin1(tableOf(m_spec.kind));
    m_rowsBefore = storedRows();
    if (m_spec.kind == Kind::Surveys || m_spec.kind == Kind::Touchpoints) {
        m_clearDay = std::make_unique<SqliteStatement>(
            db, QStringLiteral("DELETE FROM %1 WHERE day = ? AND source_id = ? AND import_id <> ?").arg(table));
    }
    m_insert = std::make_unique<SqliteStatement>(db, buildStatement());
    if (!m_insert->isValid()) {
        return m_insert->error();
    }
    return {};
}

qint64 RowStore::storedRows() const
{
    SqliteStatement q(m_workspace.handle(),
                      QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(tableOf(m_spec.kind))));
    return q.step() ? q.integer(0) : 0;
}

// Rows are only ever added or taken over: after = before + rows of this import − rows it replaced.
int RowStore::replaced() const
{
    SqliteStatement mine(
        m_workspace.handle(),
        QStringLiteral("SELECT count(*) FROM %1 WHERE import_id = ?").arg(QString::fromLatin1(tableOf(m_spec.kind))));
    mine.bind(1, m_importId);
    const qint64 own = mine.step() ? mine.integer(0) : 0;
    return int(m_rowsBefore + own - storedRows());
}

bool RowStore::onlyNewRows() const
{
    return storedRows() - m_rowsBefore == m_written;
}

qint64 RowStore::dimension(Names &names, const Cell &cell)
{
    qint64 *id = &names.noneId;
    if (cell.known) {
        const size_t number = size_t(cell.integer);
        if (number >= names.ids.size()) {
            names.ids.resize(number + 1, -1);
        }
        id = &names.ids[number];
    }
    if (*id < 0) {
        const QString &name = cell.known ? cell.text : NoneName;
        *id = names.channel ? m_workspace.channelId(name) : m_workspace.campaignId(name);
        if (*id < 0 && m_error.isEmpty()) {
            // A name that cannot be stored fails the import: a row is never stored under a channel that is not there.
            m_error = m_workspace.lastError();
        }
    }
    return *id;
}

void RowStore::bindCell(int parameter, Bind bind, const Cell &cell)
{
    switch (bind) {
    case Bind::Channel:
    case Bind::Campaign: {
        // Deals keep an unknown channel unknown, to take their lead's at query time.
        if (!cell.known && m_spec.kind == Kind::Deals) {
            m_insert->bindNull(parameter);
            return;
        }
        const bool channel = bind == Bind::Channel;
        const qint64 id = dimension(channel ? m_channels : m_campaigns, cell);
        (channel ? m_channelId : m_campaignId) = id;
        m_insert->bind(parameter, id);
        return;
    }
    case Bind::TextOrEmpty:
        m_insert->bind(parameter, cell.known ? cell.text : QString());
        return;
    default:
        break;
    }
    if (!cell.known) {
        m_insert->bindNull(parameter);
    } else if (bind == Bind::Text) {
        m_insert->bind(parameter, cell.text);
    } else if (bind == Bind::Real) {
        m_insert->bind(parameter, cell.real);
    } else {
        m_insert->bind(parameter, cell.integer);
    }
}

bool RowStore::write(const QList<Cell> &cells, int line)
{
    int p = 1;
    for (size_t c = 0; c < m_binds.size(); ++c) {
        bindCell(p++, m_binds[c], cells.at(c));
    }
    if (m_spec.kind == Kind::Campaign) {
        // The weight of avg_position in an impressions-weighted mean.
        const Cell &position = cells.at(m_positionColumn);
        const Cell &impressions = cells.at(m_impressionsColumn);
        if (position.known && impressions.known) {
            m_insert->bind(p++, impressions.integer);
        } else {
            m_insert->bindNull(p++);
        }
    }
    const qint64 day = m_dayColumn >= 0 ? cells.at(m_dayColumn).integer : -1;
    if (m_spec.kind == Kind::Touchpoints) {
        m_insert->bind(p++, day);
    }
    if (m_spec.kind == Kind::Campaign || m_spec.kind == Kind::Expenses || m_spec.kind == Kind::Surveys ||
        m_spec.kind == Kind::Touchpoints) {
        m_insert->bind(p++, m_sourceId);
    }
    if (m_moneyColumn >= 0) {
        const Cell &currency = cells.at(m_spec.columns.size());
        if (currency.known) {
            m_insert->bind(p++, currency.text);
            if (!m_currencies.contains(currency.text)) {
                m_currencies.append(currency.text);
            }
        } else {
            m_insert->bindNull(p++);
        }
    }
    m_insert->bind(p++, m_importId);
    if (line > 0) {
        m_insert->bind(p++, qint64(line));
    } else {
        m_insert->bindNull(p++);
    }
    m_insert->bind(p++, qint64(1));
    if (!m_error.isEmpty()) {
        return false;
    }

    if (m_clearDay && !m_clearedDays.contains(day)) {
        m_clearedDays.insert(day);
        m_clearDay->bind(1, day);
        m_clearDay->bind(2, m_sourceId);
        m_clearDay->bind(3, m_importId);
        if (!m_clearDay->exec()) {
            m_error = m_clearDay->error();
            return false;
        }
    }
    if (!m_insert->exec()) {
        m_error = m_insert->error();
        if (m_moneyColumn >= 0 && m_error.contains(QLatin1StringView("CHECK constraint failed"))) {
            m_error = Import::tr("an earlier row of this file for the same day, channel and campaign has its amount "
                                 "in another currency, and amounts in two currencies cannot be added up: split the "
                                 "file by currency (or by source with --source)");
        }
        return false;
    }
    ++m_written;
    if (m_spec.kind == Kind::Campaign) {
        std::array<qint64, CampaignRollup::InputCount> values{};
        quint32 known = 0;
        for (int i = 0; i < CampaignRollup::InputCount; ++i) {
            const Cell &cell = cells.at(m_rollupInputs[i]);
            if (cell.known) {
                values[i] = cell.integer;
                known |= 1u << i;
            }
        }
        if (!m_rollup.add(cells.at(0).integer, m_channelId, m_campaignId, values, known)) {
            m_error = Import::tr("the sums of these rows are too large to be stored exactly");
            return false;
        }
    }
    return true;
}

} // namespace funnelscope

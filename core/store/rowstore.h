#pragma once

#include "campaignrollup.h"
#include "importing/columnmapping.h"
#include "importing/rowreader.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace funnelscope {

class SqliteStatement;
class Workspace;

// Writes the accepted rows of one import into the workspace, inside the import's transaction, with each kind's
// rule of data-model.md: campaign rows and expenses summed per key within the file and replacing the same source's
// rows of other imports; leads, deals and customers upserted by id with only the columns the file has; surveys and
// touchpoints replacing the same source's rows on the dates the file covers. Part of an import's writes (ImportSink
// holds the transaction and the import's record); the statements are built from the kinds' own column names only.
class RowStore
{
public:
    RowStore(Workspace &workspace, const ColumnMapping &mapping, qint64 importId, const QString &source);
    ~RowStore();

    QString prepare();
    // line: the first physical line of the row's record in the file (1-based), stored with it; 0 when unknown.
    bool write(const QList<Cell> &cells, int line);
    QString error() const { return m_error; }
    // Stored rows of earlier imports that this import replaced or updated.
    int replaced() const;
    // Campaign rows: the written rows summed as the roll-up sums them, and whether each of them was stored as a new
    // row (nothing replaced, nothing merged), so that these sums can simply be added to the stored roll-up.
    const CampaignRollup::Sums &rollup() const { return m_rollup; }
    // The currencies of the amounts written.
    const QStringList &currencies() const { return m_currencies; }
    bool onlyNewRows() const;

private:
    // How each column's cell is bound, decided once.
    enum class Bind
    {
        Channel,
        Campaign,
        Text,
        TextOrEmpty, // an expense's category: unknown is the empty category
        Integer,
        Real,
    };
    struct Names
    {
        bool channel;
        std::vector<qint64> ids; // by the name's number in the file (Cell::integer); -1 until looked up
        qint64 noneId = -1;
    };
    qint64 dimension(Names &names, const Cell &cell);
    int column(const char *name) const;
    QString buildStatement() const;
    qint64 storedRows() const;
    void bindCell(int parameter, Bind bind, const Cell &cell);

    Workspace &m_workspace;
    const ColumnMapping &m_mapping;
    const KindSpec &m_spec;
    qint64 m_importId;
    qint64 m_sourceId = -1;
    QString m_source;
    QString m_error;
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_clearDay;
    std::vector<Bind> m_binds;
    Names m_channels{true, {}};
    Names m_campaigns{false, {}};
    QSet<qint64> m_clearedDays;
    qint64 m_rowsBefore = 0;
    qint64 m_written = 0;
    int m_moneyColumn = -1; // the kind's money column: its rows store a currency
    QStringList m_currencies;
    CampaignRollup::Sums m_rollup;
    std::array<int, CampaignRollup::InputCount> m_rollupInputs{};
    qint64 m_channelId = 0;
    qint64 m_campaignId = 0;
    int m_positionColumn = -1;
    int m_impressionsColumn = -1;
    int m_dayColumn = -1; // touchpoints and surveys: the day their rows are replaced by
};

} // namespace funnelscope

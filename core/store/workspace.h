#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

namespace funnelscope {

// One workspace: a single SQLite file holding every import, goal and review. Owns the named QSQLITE connection,
// applies the ordered schema migrations (PRAGMA user_version) and hands out the raw sqlite3 handle for the bulk
// import path. It knows the schema, not what the rows mean.
class Workspace
{
public:
    Workspace() = default;
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    // Opens (creating if needed) the file and brings its schema up to date. Returns an error message, or empty.
    // ReadOnly opens an existing workspace of the latest schema without writing anything to it or next to it, for a
    // file the user may not write (on a read-only share, say); so does any open of a path marked read-only.
    QString open(const QString &path, Access access = Access::ReadWrite);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    // Whether the last open was refused because the file or its folder cannot be written: it may open read-only.
    bool refusedAsReadOnly() const { return m_refusedAsReadOnly; }
    // Whether a workspace location names a team database (postgresql://…) rather than a file.
    static bool isDatabaseUrl(const QString &location)
    {
        return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
    }
    // Every later open of path in this process is read-only (the window's threads open the workspace by its path).
    static void markReadOnly(const QString &path);

    QSqlDatabase &database() { return m_db; }
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // SQLite's application id of a workspace file ("FNLS"), set when it is created.
    static constexpr quint32 ApplicationId = 0x464E4C53;
    // The definition of the roll-up tables; a workspace whose stamp differs has them rebuilt when opened.
    // 2: platform leads in micro-units (schema 5).
    static constexpr int RollupVersion = 2;
    bool rollupsCurrent() const;

    // Id of a channel, campaign or source name, creating it when new. The store keeps names once.
    qint64 channelId(const QString &name);
    qint64 campaignId(const QString &name);
    qint64 sourceId(const QString &name);
    // The id of an existing name, or -1.
    qint64 findChannel(const QString &name) const;
    qint64 findCampaign(const QString &name) const;
    // Why the last of the calls above that returned -1 for a name failed (empty when the name was only unknown).
    QString lastError() const { return m_lastError; }

    // Fills each deal's linked channel, campaign and first touch from its lead (kpis.md: deals take their lead's
    // values at query time, whatever the order of imports). Run after any change to leads or deals.
    QString linkDealsToLeads();

    // Workspace settings: "currency" (an ISO code such as PLN or USD), "company", "logo_image" (the logo's bytes,
    // base64; see CompanyLogo) and "logo" (a file path older versions kept) for the report, "last_author" (who last
    // prepared a review). setSetting returns an error message, or empty.
    QString setting(const QString &key) const;
    QString setSetting(const QString &key, const QString &value);
    QString currency() const { return setting(QStringLiteral("currency")); }
    // The currencies stored amounts may be in (a superset, sorted: every import adds its own, none removes them).
    QStringList storedCurrencies() const;
    // Adds currencies to storedCurrencies(); returns an error message, or empty.
    QString noteCurrencies(const QStringList &codes);

    // Whether a channel counts as paid for organic_share: a user override, else the name rule of kpis.md.
    static bool isPaidChannelName(const QString &name);
    void setPaidOverride(const QString &channel, std::optional<bool> paid);

private:
    QString migrate();
    qint64 dimensionId(const char *table, const QString &name, bool create);

    QString openReadOnly(const QString &path);
    void closeConnection();
    bool rollupsMissing() const;

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_fileKey; // while counted among the process's open files
    QString m_lastError;
    bool m_readOnly = false;
    bool m_refusedAsReadOnly = false;
};

} // namespace funnelscope

#pragma once

#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace funnelscope {

// A prepared statement on the workspace's raw sqlite3 handle, for the hot paths (bulk import, KPI sums) where
// QSqlQuery's per-value QVariant costs too much. Parameters are always bound, never spliced into the text.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const;

    // Parameters count from 1.
    void bindNull(int i);
    void bind(int i, qint64 v);
    void bind(int i, double v);
    void bind(int i, const QString &v);
    void bind(int i, std::optional<qint64> v);
    void bind(int i, std::optional<double> v);

    // Runs to completion (for writes); false on error.
    bool exec();
    // Steps once; true while a row is available.
    bool step();
    bool failed() const { return m_failed; }
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;
    int changes() const;
    int columnCount() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// Runs one statement without results on the raw handle (BEGIN, COMMIT, SAVEPOINT ...).
bool execRaw(sqlite3 *db, const char *sql, QString *error = nullptr);

} // namespace funnelscope

#pragma once

#include <QString>

namespace funnelscope {

class PgConnection;

// The workspace schema on PostgreSQL: the tables of the latest SQLite schema with PostgreSQL's types
// (docs/decisions.md, "PostgreSQL types"), as ordered migrations numbered as SQLite's are and recorded in the table
// schema_version. PostgreSQL workspaces begin at schema 10: its first migration creates schema 10 whole, and each later
// SQLite migration gets its PostgreSQL twin under the same number.
class PgSchema
{
public:
    // The first schema a PostgreSQL workspace can have.
    static constexpr int FirstVersion = 10;
    static int latestVersion();
    // The database's schema version: 0 for a database without our tables, -1 when it cannot be read (*error set).
    static int version(PgConnection &connection, QString *error);
    // Brings the database to latestVersion() inside the caller's transaction; returns an error message, or empty.
    static QString migrate(PgConnection &connection);
};

} // namespace funnelscope

#include "workspacecopy.h"

#include "i18n/contexts.h"
#include "pgconnection.h"
#include "pgcopywriter.h"
#include "pgschema.h"
#include "store/sqlitestatement.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QUuid>

#include <cctype>
#include <cmath>
#include <libpq-fe.h>
#include <limits>
#include <memory>
#include <sqlite3.h>
#include <vector>

namespace funnelscope {

namespace {

// A column as the latest SQLite schema declares it; PostgreSQL has it as BIGINT, DOUBLE PRECISION or TEXT.
struct Column
{
    enum Type
    {
        Integer,
        Real,
        Text
    };
    QString name;
    Type type = Text;
};

struct Table
{
    QString name;
    QList<Column> columns;
    // The columns of the primary key, in key order; empty for a table without one (its rows keep their order: rowid
    // in SQLite, the identity column seq in PostgreSQL).
    QStringList key;
};

// One value in transit, typed as SQLite stores it.
struct Cell
{
    enum Kind
    {
        Null,
        Integer,
        Real,
        Text
    };
    Kind kind = Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray text;
};

// An SQL identifier, quoted (a quote inside doubled), for the schema's own table and column names.
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString columnList(const Table &table)
{
    QStringList names;
    for (const Column &c : table.columns) {
        names.append(quoted(c.name));
    }
    return names.join(QStringLiteral(", "));
}

QString typeName(Column::Type type)
{
    switch (type) {
    case Column::Integer:
        return QStringLiteral("bigint");
    case Column::Real:
        return QStringLiteral("double precision");
    case Column::Text:
        break;
    }
    return QStringLiteral("text");
}

// The tables of the latest schema, read from a new in-memory workspace: the SQLite schema is the reference both
// backends follow.
QString latestTables(QList<Table> *out)
{
    Workspace ws;
    if (const QString error = ws.open(QStringLiteral(":memory:")); !error.isEmpty()) {
        return error;
    }
    for (const QString &name : WorkspaceCopy::tables()) {
        Table table{name, {}, {}};
        SqliteStatement q(ws.handle(), QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info('%1') ORDER "
                                                      "BY cid")
                                           .arg(name));
        QMap<int, QString> key;
        while (q.step()) {
            const QString type = q.text(1);
            const Column::Type t = type.contains(u"INT")    ? Column::Integer
                                   : type.contains(u"REAL") ? Column::Real
                                                            : Column::Text;
            table.columns.append({q.text(0), t});
            if (q.integer(2) > 0) {
                key.insert(int(q.integer(2)), q.text(0));
            }
        }
        if (q.failed() || table.columns.isEmpty()) {
            return WorkspaceText::tr("the workspace schema has no table %1").arg(name);
        }
        table.key = key.values();
        out->append(table);
    }
    return {};
}

QString orderBy(const Table &table, const QString &withoutKey)
{
    QStringList key;
    for (const QString &k : table.key) {
        key.append(quoted(k));
    }
    return key.isEmpty() ? withoutKey : key.join(QStringLiteral(", "));
}

// Where rows come from: one table at a time, in key order, inside one read transaction.
class Source
{
public:
    virtual ~Source() = default;
    virtual QString location() const = 0;
    virtual QString open(const QList<Table> &tables) = 0;
    virtual QString beginTable(const Table &table) = 0;
    // true with *cells filled, false at the end of the table or on an error (*error set).
    virtual bool next(std::vector<Cell> *cells, QString *error) = 0;
};

// Where rows go: one transaction, committed only when every table has landed.
class Target
{
public:
    virtual ~Target() = default;
    virtual QString location() const = 0;
    // Opens the target, refusing one that already holds workspace data, and begins the transaction.
    virtual QString open(const QList<Table> &tables) = 0;
    virtual QString beginTable(const Table &table) = 0;
    virtual QString write(const std::vector<Cell> &cells) = 0;
    virtual QString endTable() = 0;
    virtual QString commit() = 0;
    // Called when the copy failed: nothing of it stays.
    virtual void abandon() = 0;
};

QString notEmpty(const QString &location, const QString &table)
{
    return WorkspaceText::tr("cannot copy into %1: it already holds workspace data (table %2 is not empty); copy into "
                             "a new workspace file or an empty database")
        .arg(location, table);
}

// ---- SQLite ----

class SqliteSource final : public Source
{
public:
    explicit SqliteSource(const QString &path) : m_path(path) {}
    ~SqliteSource() override
    {
        sqlite3_finalize(m_stmt);
        if (m_ws.isOpen()) {
            execRaw(m_ws.handle(), "ROLLBACK");
        }
    }
    QString location() const override { return m_path; }

    QString open(const QList<Table> &) override
    {
        if (!QFileInfo(m_path).isFile() || QFileInfo(m_path).size() == 0) {
            return WorkspaceText::tr("cannot copy from %1: there is no such workspace file").arg(m_path);
        }
        QString error = m_ws.open(m_path);
        if (!error.isEmpty() && m_ws.refusedAsReadOnly()) {
            error = m_ws.open(m_path, Workspace::Access::ReadOnly);
        }
        if (error.isEmpty() && !execRaw(m_ws.handle(), "BEGIN", &error)) {
            error = WorkspaceText::tr("cannot read workspace %1: %2").arg(m_path, error);
        }
        return error;
    }

    QString beginTable(const Table &table) override
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_table = &table;
        m_row = 0;
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                   .arg(columnList(table), quoted(table.name), orderBy(table, QStringLiteral("rowid")))
                                   .toUtf8();
        if (sqlite3_prepare_v2(m_ws.handle(), sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
            return WorkspaceText::tr("cannot read table %1 of %2: %3")
                .arg(table.name, m_path, QString::fromUtf8(sqlite3_errmsg(m_ws.handle())));
        }
        return {};
    }

    bool next(std::vector<Cell> *cells, QString *error) override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) {
            return false;
        }
        if (rc != SQLITE_ROW) {
            *error = WorkspaceText::tr("cannot read table %1 of %2: %3")
                         .arg(m_table->name, m_path, QString::fromUtf8(sqlite3_errmsg(m_ws.handle())));
            return false;
        }
        ++m_row;
        cells->resize(m_table->columns.size());
        for (int i = 0; i < int(m_table->columns.size()); ++i) {
            Cell &cell = (*cells)[i];
            const int stored = sqlite3_column_type(m_stmt, i);
            const Column &column = m_table->columns.at(i);
            if (stored == SQLITE_NULL) {
                cell.kind = Cell::Null;
                continue;
            }
            // SQLite keeps whatever was written; a value the column's PostgreSQL type cannot hold exactly is refused,
            // never rounded or turned into text.
            bool fits = stored != SQLITE_BLOB;
            switch (column.type) {
            case Column::Integer:
                fits = stored == SQLITE_INTEGER;
                cell.kind = Cell::Integer;
                cell.integer = sqlite3_column_int64(m_stmt, i);
                break;
            case Column::Real:
                fits = stored == SQLITE_INTEGER || stored == SQLITE_FLOAT;
                cell.kind = Cell::Real;
                cell.real = sqlite3_column_double(m_stmt, i);
                break;
            case Column::Text:
                cell.kind = Cell::Text;
                cell.text = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                                       sqlite3_column_bytes(m_stmt, i));
                break;
            }
            if (!fits) {
                const QString value =
                    stored == SQLITE_BLOB
                        ? WorkspaceText::tr("binary data")
                        : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)));
                *error = WorkspaceText::tr("cannot copy from %1: table %2, row %3, column %4 holds '%5', which is not "
                                           "a %6")
                             .arg(m_path, m_table->name)
                             .arg(m_row)
                             .arg(column.name, value.left(80), typeName(column.type));
                return false;
            }
        }
        return true;
    }

private:
    QString m_path;
    Workspace m_ws;
    sqlite3_stmt *m_stmt = nullptr;
    const Table *m_table = nullptr;
    qint64 m_row = 0;
};

class SqliteTarget final : public Target
{
public:
    explicit SqliteTarget(const QString &path) : m_path(path) {}
    ~SqliteTarget() override { sqlite3_finalize(m_stmt); }
    QString location() const override { return m_path; }

    QString open(const QList<Table> &tables) override
    {
        const QFileInfo file(m_path);
        m_created = !file.exists();
        if (file.exists() && !file.isFile()) {
            return WorkspaceText::tr("cannot copy into %1: it is not a file").arg(m_path);
        }
        // A new workspace of the latest schema, made as every workspace is; then filled.
        if (const QString error = m_ws.open(m_path); !error.isEmpty()) {
            abandon();
            return error;
        }
        for (const Table &table : tables) {
            SqliteStatement count(m_ws.handle(),
                                  QStringLiteral("SELECT count(*) FROM %1%2")
                                      .arg(quoted(table.name), table.name == u"settings"
                                                                   ? QStringLiteral(" WHERE key <> 'rollups'")
                                                                   : QString()));
            if (!count.step()) {
                const QString error = WorkspaceText::tr("cannot read workspace %1: %2").arg(m_path, count.error());
                abandon();
                return error;
            }
            if (count.integer(0) > 0) {
                m_ws.close(); // an existing workspace is left as it was
                return notEmpty(m_path, table.name);
            }
        }
        QString error;
        if (!execRaw(m_ws.handle(), "BEGIN IMMEDIATE", &error) ||
            !execRaw(m_ws.handle(), "DELETE FROM settings", &error)) {
            abandon();
            return WorkspaceText::tr("cannot write workspace %1: %2").arg(m_path, error);
        }
        return {};
    }

    QString beginTable(const Table &table) override
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_table = &table;
        QStringList marks;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            marks.append(QStringLiteral("?"));
        }
        const QByteArray sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                   .arg(quoted(table.name), columnList(table), marks.join(u','))
                                   .toUtf8();
        if (sqlite3_prepare_v2(m_ws.handle(), sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
            return failure();
        }
        return {};
    }

    QString write(const std::vector<Cell> &cells) override
    {
        for (int i = 0; i < int(cells.size()); ++i) {
            const Cell &cell = cells[i];
            switch (cell.kind) {
            case Cell::Null:
                sqlite3_bind_null(m_stmt, i + 1);
                break;
            case Cell::Integer:
                sqlite3_bind_int64(m_stmt, i + 1, cell.integer);
                break;
            case Cell::Real:
                sqlite3_bind_double(m_stmt, i + 1, cell.real);
                break;
            case Cell::Text:
                sqlite3_bind_text(m_stmt, i + 1, cell.text.constData(), int(cell.text.size()), SQLITE_TRANSIENT);
                break;
            }
        }
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE ? QString() : failure();
    }

    QString endTable() override { return {}; }

    QString commit() override
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        QString error;
        if (!execRaw(m_ws.handle(), "COMMIT", &error)) {
            abandon();
            return WorkspaceText::tr("cannot write workspace %1: %2").arg(m_path, error);
        }
        m_ws.close();
        return {};
    }

    void abandon() override
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        if (m_ws.isOpen()) {
            execRaw(m_ws.handle(), "ROLLBACK");
        }
        m_ws.close();
        // A file this copy created goes again: nothing of a failed copy stays.
        if (m_created) {
            for (const char *suffix : {"", "-wal", "-shm"}) {
                QFile::remove(m_path + QLatin1StringView(suffix));
            }
        }
    }

private:
    QString failure() const
    {
        return WorkspaceText::tr("cannot write table %1 of %2: %3")
            .arg(m_table->name, m_path, QString::fromUtf8(sqlite3_errmsg(m_ws.handle())));
    }

    QString m_path;
    Workspace m_ws;
    bool m_created = false;
    sqlite3_stmt *m_stmt = nullptr;
    const Table *m_table = nullptr;
};

// ---- PostgreSQL ----

// Checks that the database's tables have every column of the latest SQLite schema, with the mapped types.
QString checkColumns(PgConnection &pg, const QList<Table> &tables)
{
    QString error;
    const auto rows =
        pg.query(QStringLiteral("SELECT table_name, column_name, data_type FROM information_schema.columns "
                                "WHERE table_schema = current_schema()"),
                 {}, &error);
    if (!rows) {
        return WorkspaceText::tr("cannot read the schema of %1: %2").arg(pg.location(), error);
    }
    QHash<QString, QString> types;
    for (const QStringList &row : *rows) {
        types.insert(row.value(0) + u'.' + row.value(1), row.value(2));
    }
    for (const Table &table : tables) {
        for (const Column &column : table.columns) {
            const QString type = types.value(table.name + u'.' + column.name);
            if (type != typeName(column.type)) {
                return WorkspaceText::tr("%1 does not have the workspace schema: column %2.%3 is %4, not %5")
                    .arg(pg.location(), table.name, column.name, type.isEmpty() ? WorkspaceText::tr("missing") : type,
                         typeName(column.type));
            }
        }
    }
    return {};
}

// Undoes COPY's text-format escapes of one field (PostgreSQL writes \\, \b, \f, \n, \r, \t, \v; octal and hex are
// read too).
QByteArray unescape(const char *begin, const char *end)
{
    QByteArray out;
    out.reserve(end - begin);
    for (const char *p = begin; p < end; ++p) {
        if (*p != '\\' || p + 1 == end) {
            out.append(*p);
            continue;
        }
        const char c = *++p;
        switch (c) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'v':
            out.append('\v');
            break;
        case 'x': {
            int v = 0;
            int digits = 0;
            while (digits < 2 && p + 1 < end && std::isxdigit(static_cast<unsigned char>(p[1]))) {
                const char h = *++p;
                v = v * 16 + (h <= '9' ? h - '0' : std::tolower(static_cast<unsigned char>(h)) - 'a' + 10);
                ++digits;
            }
            out.append(digits ? char(v) : 'x');
            break;
        }
        default:
            if (c >= '0' && c <= '7') {
                int v = c - '0';
                for (int digits = 1; digits < 3 && p + 1 < end && p[1] >= '0' && p[1] <= '7'; ++digits) {
                    v = v * 8 + (*++p - '0');
                }
                out.append(char(v));
            } else {
                out.append(c);
            }
        }
    }
    return out;
}

class PgSource final : public Source
{
public:
    explicit PgSource(const QString &url) : m_url(url) {}
    QString location() const override { return m_url; }

    QString open(const QList<Table> &tables) override
    {
        if (const QString error = m_pg.open(m_url); !error.isEmpty()) {
            return error;
        }
        // One snapshot for every table: a copy of one committed state, whatever others write meanwhile.
        if (const QString error = m_pg.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            !error.isEmpty()) {
            return WorkspaceText::tr("cannot read %1: %2").arg(m_url, error);
        }
        QString error;
        const int version = PgSchema::version(m_pg, &error);
        if (version < 0) {
            return WorkspaceText::tr("cannot read the schema of %1: %2").arg(m_url, error);
        }
        if (version == 0) {
            return WorkspaceText::tr("cannot copy from %1: the database holds no Funnelscope workspace").arg(m_url);
        }
        if (version != PgSchema::latestVersion()) {
            return WorkspaceText::tr("cannot copy from %1: its workspace has schema %2 and this Funnelscope reads "
                                     "schema %3")
                .arg(m_url)
                .arg(version)
                .arg(PgSchema::latestVersion());
        }
        return checkColumns(m_pg, tables);
    }

    QString beginTable(const Table &table) override
    {
        m_table = &table;
        m_row = 0;
        const QString sql = QStringLiteral("COPY (SELECT %1 FROM %2 ORDER BY %3) TO STDOUT")
                                .arg(columnList(table), quoted(table.name), orderBy(table, QStringLiteral("seq")));
        PGresult *result = PQexec(m_pg.handle(), sql.toUtf8().constData());
        const bool ok = PQresultStatus(result) == PGRES_COPY_OUT;
        const QString error = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (!ok) {
            return WorkspaceText::tr("cannot read table %1 of %2: %3").arg(table.name, m_url, error);
        }
        return {};
    }

    bool next(std::vector<Cell> *cells, QString *error) override
    {
        const int size = PQgetCopyData(m_pg.handle(), &m_line, 0);
        if (size < 0) {
            m_line = nullptr;
            // -1: the COPY is done (its result follows); -2: an error.
            QString failure = size == -2 ? m_pg.lastError() : QString();
            while (PGresult *r = PQgetResult(m_pg.handle())) {
                if (PQresultStatus(r) != PGRES_COMMAND_OK && failure.isEmpty()) {
                    failure = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
                }
                PQclear(r);
            }
            if (!failure.isEmpty()) {
                *error = WorkspaceText::tr("cannot read table %1 of %2: %3").arg(m_table->name, m_url, failure);
            }
            return false;
        }
        ++m_row;
        const bool ok = parse(m_line, size, cells, error);
        PQfreemem(m_line);
        m_line = nullptr;
        return ok;
    }

private:
    // One line of COPY's text format: fields split by tabs, \N for NULL, ending in a newline.
    bool parse(const char *line, int size, std::vector<Cell> *cells, QString *error)
    {
        const char *end = line + size;
        if (end > line && end[-1] == '\n') {
            --end;
        }
        cells->resize(m_table->columns.size());
        const char *p = line;
        bool more = true; // a field starts at p
        for (int i = 0; i < int(m_table->columns.size()); ++i) {
            if (!more) {
                *error = WorkspaceText::tr("cannot read table %1 of %2: row %3 has too few fields")
                             .arg(m_table->name, m_url)
                             .arg(m_row);
                return false;
            }
            const char *fieldEnd = p;
            while (fieldEnd < end && *fieldEnd != '\t') {
                ++fieldEnd;
            }
            Cell &cell = (*cells)[i];
            const Column &column = m_table->columns.at(i);
            const QByteArray raw = QByteArray::fromRawData(p, fieldEnd - p);
            bool ok = true;
            if (raw == "\\N") {
                cell.kind = Cell::Null;
            } else if (column.type == Column::Integer) {
                cell.kind = Cell::Integer;
                cell.integer = raw.toLongLong(&ok);
            } else if (column.type == Column::Real) {
                cell.kind = Cell::Real;
                if (raw == "Infinity" || raw == "-Infinity") {
                    cell.real = raw.startsWith('-') ? -std::numeric_limits<double>::infinity()
                                                    : std::numeric_limits<double>::infinity();
                } else {
                    cell.real = raw.toDouble(&ok);
                    ok = ok && std::isfinite(cell.real);
                }
            } else {
                cell.kind = Cell::Text;
                cell.text = unescape(p, fieldEnd);
            }
            if (!ok) {
                *error = WorkspaceText::tr("cannot copy from %1: table %2, row %3, column %4 holds '%5', which is not "
                                           "a %6")
                             .arg(m_url, m_table->name)
                             .arg(m_row)
                             .arg(column.name, QString::fromUtf8(raw.left(80)), typeName(column.type));
                return false;
            }
            more = fieldEnd < end;
            p = more ? fieldEnd + 1 : end;
        }
        if (more) {
            *error = WorkspaceText::tr("cannot read table %1 of %2: row %3 has more fields than the table's columns")
                         .arg(m_table->name, m_url)
                         .arg(m_row);
            return false;
        }
        return true;
    }

    QString m_url;
    PgConnection m_pg;
    const Table *m_table = nullptr;
    char *m_line = nullptr;
    qint64 m_row = 0;
};

class PgTarget final : public Target
{
public:
    // notify: empty for a copy into an empty database; else a publish, which replaces the database's rows and
    // notifies its listeners with this payload when it commits.
    explicit PgTarget(const QString &url, const QString &notify = {}) : m_url(url), m_notify(notify) {}
    QString location() const override { return m_url; }

    QString open(const QList<Table> &tables) override
    {
        if (const QString error = m_pg.open(m_url); !error.isEmpty()) {
            return error;
        }
        if (!m_notify.isEmpty()) {
            return replaceRows(tables);
        }
        // Two copies into one database take turns: the second finds the first's rows and is refused.
        if (const QString error =
                m_pg.exec(QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(Workspace::ApplicationId));
            !error.isEmpty()) {
            return WorkspaceText::tr("cannot write %1: %2").arg(m_url, error);
        }
        QString error;
        const int version = PgSchema::version(m_pg, &error);
        if (version < 0) {
            return WorkspaceText::tr("cannot read the schema of %1: %2").arg(m_url, error);
        }
        if (version > 0) {
            // A workspace already: only an empty one of our schema is filled.
            if (const QString e = PgSchema::migrate(m_pg); !e.isEmpty()) {
                return e;
            }
            for (const Table &table : tables) {
                const auto rows = m_pg.query(
                    QStringLiteral("SELECT count(*) FROM %1%2")
                        .arg(quoted(table.name),
                             table.name == u"settings" ? QStringLiteral(" WHERE key <> 'rollups'") : QString()),
                    {}, &error);
                if (!rows) {
                    return WorkspaceText::tr("cannot read %1: %2").arg(m_url, error);
                }
                if (rows->value(0).value(0).toLongLong() > 0) {
                    return notEmpty(m_url, table.name);
                }
            }
            if (const QString e = m_pg.exec(QStringLiteral("DELETE FROM settings")); !e.isEmpty()) {
                return WorkspaceText::tr("cannot write %1: %2").arg(m_url, e);
            }
        } else if (const QString e = PgSchema::migrate(m_pg); !e.isEmpty()) {
            return e;
        }
        return checkColumns(m_pg, tables);
    }

    QString beginTable(const Table &table) override
    {
        m_table = &table;
        QStringList columns;
        for (const Column &c : table.columns) {
            columns.append(quoted(c.name));
        }
        m_writer = std::make_unique<PgCopyWriter>(m_pg);
        if (const QString error = m_writer->begin(quoted(table.name), columns); !error.isEmpty()) {
            return failure(error);
        }
        return {};
    }

    QString write(const std::vector<Cell> &cells) override
    {
        for (const Cell &cell : cells) {
            switch (cell.kind) {
            case Cell::Null:
                m_writer->addNull();
                break;
            case Cell::Integer:
                m_writer->addInteger(cell.integer);
                break;
            case Cell::Real:
                m_writer->addReal(cell.real);
                break;
            case Cell::Text:
                m_writer->addText(cell.text.constData(), cell.text.size());
                break;
            }
        }
        if (const QString error = m_writer->endRow(); !error.isEmpty()) {
            return failure(error);
        }
        return {};
    }

    QString endTable() override
    {
        const QString error = m_writer->finish();
        m_writer.reset();
        return error.isEmpty() ? QString() : failure(error);
    }

    QString commit() override
    {
        // Identity columns continue after the copied ids, so rows added later get new ones.
        QString error;
        const auto identities =
            m_pg.query(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                      " WHERE table_schema = current_schema() AND is_identity = "
                                      "'YES'"),
                       {}, &error);
        if (!identities) {
            return WorkspaceText::tr("cannot write %1: %2").arg(m_url, error);
        }
        for (const QStringList &row : *identities) {
            const QString table = quoted(row.value(0));
            const QString column = quoted(row.value(1));
            const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(%1) "
                                               "FROM %2), 0) + 1, false)")
                                    .arg(column, table);
            if (!m_pg.query(sql, {table, row.value(1)}, &error)) {
                return WorkspaceText::tr("cannot write %1: %2").arg(m_url, error);
            }
        }
        // A copy names a new state of the team workspace (TeamWorkspace): no replica of another can pass for it.
        if (m_notify.isEmpty() &&
            !m_pg.query(QStringLiteral("INSERT INTO settings(key, value) VALUES('team_state', $1) ON CONFLICT (key) DO "
                                       "UPDATE SET value = excluded.value"),
                        {QUuid::createUuid().toString(QUuid::WithoutBraces)}, &error)) {
            return WorkspaceText::tr("cannot write %1: %2").arg(m_url, error);
        }
        if (!m_notify.isEmpty() && !m_pg.query(QStringLiteral("SELECT pg_notify($1, $2)"),
                                               {QString::fromLatin1(WorkspaceCopy::NotifyChannel), m_notify}, &error)) {
            return WorkspaceText::tr("cannot write %1: %2").arg(m_url, error);
        }
        if (const QString e = m_pg.exec(QStringLiteral("COMMIT")); !e.isEmpty()) {
            return WorkspaceText::tr("cannot write %1: %2").arg(m_url, e);
        }
        m_pg.close();
        return {};
    }

    void abandon() override
    {
        m_writer.reset();
        // Closing the connection rolls the transaction back, schema and all.
        m_pg.close();
    }

private:
    QString failure(const QString &error) const
    {
        return WorkspaceText::tr("cannot write table %1 of %2: %3").arg(m_table->name, m_url, error);
    }

    // A publish: the database's workspace gives way to the one copied, inside the transaction. DELETE, not TRUNCATE:
    // a reader whose snapshot is older still sees the rows it began with (TRUNCATE is not MVCC-safe).
    QString replaceRows(const QList<Table> &tables)
    {
        if (const QString error = m_pg.exec(
                QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(%1)")
                    .arg(Workspace::ApplicationId));
            !error.isEmpty()) {
            return WorkspaceText::tr("cannot write %1: %2").arg(m_url, error);
        }
        QString error;
        if (const int version = PgSchema::version(m_pg, &error); version != PgSchema::latestVersion()) {
            return version < 0 ? WorkspaceText::tr("cannot read the schema of %1: %2").arg(m_url, error)
                               : WorkspaceText::tr("%1 holds a workspace of schema %2; this version of Funnelscope "
                                                   "reads schema %3")
                                     .arg(m_url)
                                     .arg(version)
                                     .arg(PgSchema::latestVersion());
        }
        for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
            if (const QString e = m_pg.exec(QStringLiteral("DELETE FROM %1").arg(quoted(table->name)));
                !e.isEmpty()) {
                return WorkspaceText::tr("cannot write %1: %2").arg(m_url, e);
            }
        }
        return checkColumns(m_pg, tables);
    }

    QString m_url;
    QString m_notify;
    PgConnection m_pg;
    std::unique_ptr<PgCopyWriter> m_writer;
    const Table *m_table = nullptr;
};

std::unique_ptr<Source> sourceFor(const QString &location)
{
    if (Workspace::isDatabaseUrl(location)) {
        return std::make_unique<PgSource>(location);
    }
    return std::make_unique<SqliteSource>(location);
}

std::unique_ptr<Target> targetFor(const QString &location)
{
    if (Workspace::isDatabaseUrl(location)) {
        return std::make_unique<PgTarget>(location);
    }
    return std::make_unique<SqliteTarget>(location);
}

// Copies every table of the latest schema from source into target, in one transaction on the target.
QString run(Source &source, Target &target, QList<WorkspaceCopy::TableCount> *counts)
{
    QList<Table> tables;
    if (const QString error = latestTables(&tables); !error.isEmpty()) {
        return error;
    }
    if (const QString error = source.open(tables); !error.isEmpty()) {
        return error;
    }
    if (const QString error = target.open(tables); !error.isEmpty()) {
        return error;
    }
    const auto fail = [&](const QString &error) {
        target.abandon();
        counts->clear();
        return error;
    };
    std::vector<Cell> cells;
    for (const Table &table : tables) {
        QString error = source.beginTable(table);
        if (error.isEmpty()) {
            error = target.beginTable(table);
        }
        qint64 rows = 0;
        while (error.isEmpty() && source.next(&cells, &error)) {
            error = target.write(cells);
            ++rows;
        }
        if (error.isEmpty()) {
            error = target.endTable();
        }
        if (!error.isEmpty()) {
            return fail(error);
        }
        counts->append({table.name, rows});
    }
    if (const QString error = target.commit(); !error.isEmpty()) {
        return fail(error);
    }
    return {};
}

} // namespace

const QStringList &WorkspaceCopy::tables()
{
    static const QStringList list = {
        QStringLiteral("settings"),        QStringLiteral("sources"),      QStringLiteral("channels"),
        QStringLiteral("campaigns"),       QStringLiteral("imports"),      QStringLiteral("import_errors"),
        QStringLiteral("campaign_rows"),   QStringLiteral("leads"),        QStringLiteral("deals"),
        QStringLiteral("customers"),       QStringLiteral("surveys"),      QStringLiteral("expenses"),
        QStringLiteral("touchpoints"),     QStringLiteral("rates"),        QStringLiteral("goals"),
        QStringLiteral("reviews"),         QStringLiteral("actions"),      QStringLiteral("annotations"),
        QStringLiteral("saved_views"),     QStringLiteral("custom_kpis"),  QStringLiteral("channel_aliases"),
        QStringLiteral("campaign_months"), QStringLiteral("channel_days"), QStringLiteral("lead_days"),
        QStringLiteral("deal_days"),
    };
    return list;
}

QString WorkspaceCopy::publish(const QString &file, const QString &url, const QString &state,
                               QList<TableCount> *counts)
{
    counts->clear();
    if (const QString error = PgConnection::urlError(url); !error.isEmpty()) {
        return error;
    }
    SqliteSource source(file);
    PgTarget target(url, state);
    return run(source, target, counts);
}

QString WorkspaceCopy::copy(const QString &from, const QString &to, QList<TableCount> *counts)
{
    counts->clear();
    if (!Workspace::isDatabaseUrl(from) && !Workspace::isDatabaseUrl(to)) {
        return WorkspaceText::tr("copy moves a workspace between a file and a PostgreSQL database: one of %1 and %2 "
                                 "must be a postgresql:// URL (copy a workspace file as any file)")
            .arg(from, to);
    }
    if (from == to) {
        return WorkspaceText::tr("cannot copy %1 onto itself").arg(from);
    }
    for (const QString &location : {from, to}) {
        if (Workspace::isDatabaseUrl(location)) {
            if (const QString error = PgConnection::urlError(location); !error.isEmpty()) {
                return error;
            }
        }
    }
    return run(*sourceFor(from), *targetFor(to), counts);
}

} // namespace funnelscope

#pragma once

#include "kpicatalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace funnelscope {

struct KpiValues;
class KpiFormat;
class Workspace;

// A formula over the catalog's KPI ids and a few of the engine's sums (docs/decisions.md, "Custom KPIs"):
// numbers (with "."), + - * /, parentheses, unary minus and names. Parsed once into a tree, evaluated on the values
// the engine has already computed.
class CustomFormula
{
public:
    struct Error
    {
        QString message;  // in the user's language, naming the character (1-based) where it went wrong
        int position = 0; // 1-based character, 0 when not tied to one
    };
    // The result of one evaluation: a value, or null with the reason a reader is shown.
    struct Result
    {
        std::optional<double> value;
        QString reason; // why value is null: "Leads is 0 (division by zero)", "MQLs is unknown"
    };

    CustomFormula();
    ~CustomFormula();
    CustomFormula(const CustomFormula &other);
    CustomFormula &operator=(const CustomFormula &other);

    // Parses text; on failure returns nullopt and sets error. Names are checked (unknown ones suggest the nearest),
    // and so is money: an amount of money added to or compared with a non-money value is refused.
    static std::optional<CustomFormula> parse(const QString &text, Error *error = nullptr);

    const QString &text() const { return m_text; }
    // Whether the result is an amount of money (in the reporting currency): money × or ÷ a non-money value.
    bool isMoney() const;
    // The formula in the reader's words: "Revenue won ÷ Leads", "(MQLs − SQLs) ÷ MQLs".
    QString described() const;
    // Only volumes added, subtracted or scaled by numbers: the result adds up over time as they do.
    bool isAdditive() const;
    // The ids of catalog KPIs and engine sums it reads.
    QStringList names() const;
    Result evaluate(const KpiValues &values) const;

    // Every name a formula may use, sorted: catalog ids, their aliases and the engine's sums.
    static QStringList knownNames();

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const Node> m_root;
};

// A KPI of the user's own, saved in the workspace (table custom_kpis).
struct CustomKpi
{
    enum class Format
    {
        Count,
        Money,
        Percent, // a fraction shown as percent: 0.125 → 12.5%
        Ratio,   // x : 1, as LTV : CAC is read ("3.20 : 1")
        Number
    };
    enum class Direction
    {
        Up,
        Down,
        Neutral
    };

    qint64 rowId = -1;
    QString id; // slug of the name; never a catalog id
    QString name;
    QString formula;
    Direction direction = Direction::Up;
    Format format = Format::Number;
    int decimals = -1; // -1: the format's default (count 0, money the currency's, percent 1, ratio 2, number 2)
    KpiGroup group = KpiGroup::Sales;

    static QString slug(const QString &name);
    static QString formatId(Format format);
    static std::optional<Format> formatFromId(QStringView id);
    static QString directionId(Direction direction); // "up", "down", "neutral"
    static std::optional<Direction> directionFromId(QStringView id);
    static std::optional<KpiGroup> groupFromId(QStringView id);

    // The catalog unit that formats and measures it the same way (goals, formatting).
    KpiUnit unit() const;
    // The direction as the catalog's: neutral counts as up for colours that need one.
    Better better() const { return direction == Direction::Down ? Better::Down : Better::Up; }
    // The parsed formula (compile()), or null when it does not parse.
    std::shared_ptr<const CustomFormula> compiled;
    // Parses formula into compiled; returns the parse error, or empty.
    QString compile();
    // A sum of volumes (mqls + sqls, cost / 1000) adds up over a goal's period; anything else is a level.
    bool isVolume() const { return compiled && compiled->isAdditive(); }
    bool isMoney() const { return format == Format::Money; }
    int effectiveDecimals(const QString &currency) const;
    // The value for people, in format's way, or "—".
    QString display(std::optional<double> value, const KpiFormat &format) const;
    // The tooltip's explanation: "Revenue won ÷ Leads".
    QString explanation() const { return compiled ? compiled->described() : formula; }

    // The definition as a review keeps it (custom_kpis[], goals[].custom_kpi): id, name, formula, group, format,
    // decimals, better ("up", "down", "neutral") and custom: true. fromJson compiles the formula.
    QJsonObject toJson() const;
    static CustomKpi fromJson(const QJsonObject &definition);

    // Checks name, id, formula and format together (compiling the formula). Returns the message naming the
    // problem, or empty.
    QString validate();
};

using CustomKpiList = QList<CustomKpi>;

// One custom KPI's value in a KpiValues, in the order of KpiValues::customKpis.
struct CustomKpiValue
{
    std::optional<double> value;
    QString reason; // why value is null
};

// Reads and writes custom KPIs through CustomKpiRepository (core/store), validating them, as GoalStore does goals.
class CustomKpiStore
{
public:
    explicit CustomKpiStore(Workspace &workspace) : m_workspace(workspace) {}

    // In the order they were added.
    CustomKpiList all() const;
    std::optional<CustomKpi> find(const QString &id) const;
    // Adds (rowId < 0) or updates; returns an error message (validation, clash, read-only workspace), or empty.
    QString save(CustomKpi &kpi);
    // Returns an error message, or empty. Refused while a goal measures it.
    QString remove(const QString &id);

private:
    Workspace &m_workspace;
};

// Evaluates each custom KPI on values (which must hold the catalog's values) into values.custom.
void evaluateCustomKpis(const std::shared_ptr<const CustomKpiList> &kpis, KpiValues &values);

} // namespace funnelscope

#include "customkpi.h"

#include "kpiformat.h"
#include "kpivalues.h"
#include "store/customkpirepository.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace funnelscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CustomKpi", text);
}

// The engine's sums a formula may read besides the catalog's KPIs, and the names marketers type for catalog KPIs.
struct SumName
{
    const char *id;
    const char *name; // "Kpi" context
    bool money;
};
const QList<SumName> &sumNames()
{
    static const QList<SumName> list = {
        {"clicks", QT_TRANSLATE_NOOP("Kpi", "Clicks"), false},
        {"expenses", QT_TRANSLATE_NOOP("Kpi", "Other expenses"), true},
        {"lost_deals", QT_TRANSLATE_NOOP("Kpi", "Deals lost"), false},
    };
    return list;
}
const QList<std::pair<const char *, const char *>> &aliases()
{
    static const QList<std::pair<const char *, const char *>> list = {
        {"revenue_won", "revenue"}, {"cost", "media_cost"}, {"spend", "media_cost"}};
    return list;
}

int sumIndex(QStringView id)
{
    const auto &list = sumNames();
    for (int i = 0; i < list.size(); ++i) {
        if (id == QLatin1String(list.at(i).id)) {
            return i;
        }
    }
    return -1;
}

int levenshtein(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

struct CustomFormula::Node
{
    enum Kind
    {
        Number,
        Catalog, // index: catalog index
        Sum,     // index: sumNames() index
        Negate,
        Add,
        Subtract,
        Multiply,
        Divide
    };
    Kind kind = Number;
    double number = 0;
    QString text; // the number or name as written
    int index = -1;
    int position = 0; // 1-based
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
    int moneyDegree = 0;  // 1: money, 0: not, 2: money × money
    bool constant = true; // numbers only: takes the unit of what it is added to

    int precedence() const
    {
        switch (kind) {
        case Add:
        case Subtract:
            return 1;
        case Multiply:
        case Divide:
            return 2;
        case Negate:
            return 3;
        default:
            return 4;
        }
    }
};

namespace {

using Node = CustomFormula::Node;
using NodePtr = std::shared_ptr<const Node>;

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    NodePtr parse(CustomFormula::Error *error)
    {
        skipSpaces();
        if (m_pos >= m_text.size()) {
            fail(tr("the formula is empty: write KPI ids and numbers, such as revenue / leads"), 0);
        } else {
            NodePtr root = expression();
            skipSpaces();
            if (!m_failed && m_pos < m_text.size()) {
                if (m_text.at(m_pos) == u')') {
                    fail(tr("')' at character %1 closes no '('").arg(m_pos + 1), m_pos + 1);
                } else {
                    fail(tr("unexpected '%1' at character %2: an operator (+ - * /) is missing before it")
                             .arg(m_text.at(m_pos))
                             .arg(m_pos + 1),
                         m_pos + 1);
                }
            }
            if (!m_failed) {
                if (root->moneyDegree > 1 || root->moneyDegree < -1) {
                    fail(tr("the formula multiplies money by money, which has no unit: divide one amount by the other "
                            "or by a count"),
                         0);
                } else {
                    return root;
                }
            }
        }
        if (error) {
            *error = m_error;
        }
        return nullptr;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
    bool m_failed = false;
    CustomFormula::Error m_error;

    void fail(const QString &message, int position)
    {
        if (!m_failed) {
            m_failed = true;
            m_error = {message, position};
        }
    }
    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace()) {
            ++m_pos;
        }
    }
    // The operator at the cursor as + - * /, or 0.
    char peekOperator()
    {
        skipSpaces();
        if (m_pos >= m_text.size()) {
            return 0;
        }
        const QChar c = m_text.at(m_pos);
        if (c == u'+') {
            return '+';
        }
        if (c == u'-' || c == QChar(0x2212)) {
            return '-';
        }
        if (c == u'*' || c == QChar(0x00D7)) {
            return '*';
        }
        if (c == u'/' || c == QChar(0x00F7)) {
            return '/';
        }
        return 0;
    }

    static NodePtr binary(Node::Kind kind, NodePtr left, NodePtr right, int position)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->position = position;
        n->constant = left->constant && right->constant;
        if (kind == Node::Multiply) {
            n->moneyDegree = left->moneyDegree + right->moneyDegree;
        } else if (kind == Node::Divide) {
            n->moneyDegree = left->moneyDegree - right->moneyDegree;
        } else {
            n->moneyDegree = left->constant ? right->moneyDegree : left->moneyDegree;
        }
        n->left = std::move(left);
        n->right = std::move(right);
        return n;
    }

    NodePtr expression()
    {
        NodePtr left = term();
        while (!m_failed) {
            const char op = peekOperator();
            if (op != '+' && op != '-') {
                break;
            }
            const int position = int(m_pos) + 1;
            ++m_pos;
            NodePtr right = term();
            if (m_failed) {
                break;
            }
            if (!left->constant && !right->constant && left->moneyDegree != right->moneyDegree) {
                fail(tr("'%1' at character %2 mixes money with a value that is not money: add or subtract amounts "
                        "with amounts, counts with counts")
                         .arg(QChar::fromLatin1(op))
                         .arg(position),
                     position);
                break;
            }
            left = binary(op == '+' ? Node::Add : Node::Subtract, left, right, position);
        }
        return left;
    }

    NodePtr term()
    {
        NodePtr left = unary();
        while (!m_failed) {
            const char op = peekOperator();
            if (op != '*' && op != '/') {
                break;
            }
            const int position = int(m_pos) + 1;
            ++m_pos;
            NodePtr right = unary();
            if (m_failed) {
                break;
            }
            left = binary(op == '*' ? Node::Multiply : Node::Divide, left, right, position);
        }
        return left;
    }

    NodePtr unary()
    {
        const char op = peekOperator();
        if (op == '-' || op == '+') {
            const int position = int(m_pos) + 1;
            ++m_pos;
            NodePtr operand = unary();
            if (m_failed || op == '+') {
                return operand;
            }
            auto n = std::make_shared<Node>();
            n->kind = Node::Negate;
            n->position = position;
            n->moneyDegree = operand->moneyDegree;
            n->constant = operand->constant;
            n->left = std::move(operand);
            return n;
        }
        return primary();
    }

    NodePtr primary()
    {
        skipSpaces();
        auto n = std::make_shared<Node>();
        if (m_pos >= m_text.size()) {
            fail(tr("the formula ends too early: a number, a name or '(' is missing at character %1")
                     .arg(m_text.size() + 1),
                 int(m_text.size()) + 1);
            return n;
        }
        const qsizetype start = m_pos;
        n->position = int(start) + 1;
        const QChar c = m_text.at(m_pos);
        if (c == u'(') {
            ++m_pos;
            NodePtr inner = expression();
            if (m_failed) {
                return inner;
            }
            skipSpaces();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u')') {
                fail(tr("the '(' at character %1 is not closed: ')' is missing").arg(start + 1), int(start) + 1);
                return inner;
            }
            ++m_pos;
            return inner;
        }
        if (c.isDigit() || c == u'.') {
            while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.')) {
                ++m_pos;
            }
            n->text = m_text.mid(start, m_pos - start);
            bool ok = false;
            n->number = n->text.toDouble(&ok);
            if (!ok || n->text.count(u'.') > 1 || !std::isfinite(n->number)) {
                fail(tr("'%1' at character %2 is not a number (write decimals with a point: 0.5)")
                         .arg(n->text)
                         .arg(start + 1),
                     int(start) + 1);
            } else if (m_pos < m_text.size() && (m_text.at(m_pos).isLetter() || m_text.at(m_pos) == u'_')) {
                fail(tr("a number at character %1 runs into a name: put an operator between them").arg(start + 1),
                     int(start) + 1);
            }
            return n;
        }
        if (c.isLetter() || c == u'_') {
            while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == u'_')) {
                ++m_pos;
            }
            n->text = m_text.mid(start, m_pos - start);
            resolve(*n);
            return n;
        }
        if (c == u')') {
            fail(tr("a number, a name or '(' is missing before the ')' at character %1").arg(start + 1),
                 int(start) + 1);
            return n;
        }
        if (peekOperator()) {
            fail(tr("a number, a name or '(' is missing before the '%1' at character %2").arg(c).arg(start + 1),
                 int(start) + 1);
            return n;
        }
        fail(tr("unexpected '%1' at character %2: a formula has numbers, KPI ids, + - * / and parentheses")
                 .arg(c)
                 .arg(start + 1),
             int(start) + 1);
        return n;
    }

    void resolve(Node &n)
    {
        n.constant = false;
        QString id = n.text.toLower();
        for (const auto &[alias, target] : aliases()) {
            if (id == QLatin1String(alias)) {
                id = QLatin1String(target);
            }
        }
        if (const int i = KpiCatalog::indexOf(id); i >= 0) {
            n.kind = Node::Catalog;
            n.index = i;
            n.moneyDegree = KpiCatalog::at(i).isMoney() ? 1 : 0;
            return;
        }
        if (const int i = sumIndex(id); i >= 0) {
            n.kind = Node::Sum;
            n.index = i;
            n.moneyDegree = sumNames().at(i).money ? 1 : 0;
            return;
        }
        QString best;
        int bestDistance = std::max<int>(2, int(id.size()) / 3) + 1;
        for (const QString &known : CustomFormula::knownNames()) {
            const int d = levenshtein(id, known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        if (!best.isEmpty()) {
            fail(tr("unknown name '%1' at character %2; did you mean '%3'?").arg(n.text).arg(n.position).arg(best),
                 n.position);
        } else {
            fail(tr("unknown name '%1' at character %2: use the id of a KPI (leads, revenue, media_cost, …; "
                    "funnelscope-cli kpi add --help lists them)")
                     .arg(n.text)
                     .arg(n.position),
                 n.position);
        }
    }
};

QString nameOf(const Node &n)
{
    if (n.kind == Node::Catalog) {
        return QCoreApplication::translate("Kpi", KpiCatalog::at(n.index).name);
    }
    return QCoreApplication::translate("Kpi", sumNames().at(n.index).name);
}

QString describe(const Node &n)
{
    switch (n.kind) {
    case Node::Number:
        return n.text;
    case Node::Catalog:
    case Node::Sum:
        return nameOf(n);
    case Node::Negate: {
        const QString inner = describe(*n.left);
        return QChar(0x2212) + (n.left->precedence() < n.precedence() ? u'(' + inner + u')' : inner);
    }
    default:
        break;
    }
    const QString op = n.kind == Node::Add        ? QStringLiteral(" + ")
                       : n.kind == Node::Subtract ? QStringLiteral(" − ")
                       : n.kind == Node::Multiply ? QStringLiteral(" × ")
                                                  : QStringLiteral(" ÷ ");
    QString left = describe(*n.left);
    if (n.left->precedence() < n.precedence()) {
        left = u'(' + left + u')';
    }
    QString right = describe(*n.right);
    const bool rightNeedsParens =
        n.right->precedence() < n.precedence() ||
        (n.right->precedence() == n.precedence() && (n.kind == Node::Subtract || n.kind == Node::Divide));
    if (rightNeedsParens) {
        right = u'(' + right + u')';
    }
    return left + op + right;
}

CustomFormula::Result evaluateNode(const Node &n, const KpiValues &values)
{
    using Result = CustomFormula::Result;
    switch (n.kind) {
    case Node::Number:
        return {n.number, {}};
    case Node::Catalog:
    case Node::Sum: {
        const std::optional<double> v = n.kind == Node::Catalog
                                            ? values.values.value(n.index)
                                            : (sumNames().at(n.index).id == QByteArrayView("clicks")
                                                   ? values.clicks
                                                   : values.sums.value(QLatin1String(sumNames().at(n.index).id)));
        if (!v || !std::isfinite(*v)) {
            return {std::nullopt, tr("%1 is unknown for this period").arg(nameOf(n))};
        }
        return {v, {}};
    }
    case Node::Negate: {
        Result r = evaluateNode(*n.left, values);
        if (r.value) {
            r.value = -*r.value;
        }
        return r;
    }
    default:
        break;
    }
    const Result a = evaluateNode(*n.left, values);
    if (!a.value) {
        return a;
    }
    const Result b = evaluateNode(*n.right, values);
    if (!b.value) {
        return b;
    }
    double v = 0;
    switch (n.kind) {
    case Node::Add:
        v = *a.value + *b.value;
        break;
    case Node::Subtract:
        v = *a.value - *b.value;
        break;
    case Node::Multiply:
        v = *a.value * *b.value;
        break;
    default:
        if (*b.value == 0) {
            return {std::nullopt, tr("%1 is 0 (division by zero)").arg(describe(*n.right))};
        }
        v = *a.value / *b.value;
        break;
    }
    if (!std::isfinite(v)) {
        return {std::nullopt, tr("the result is too large to show")};
    }
    return {v, {}};
}

bool additive(const Node &n)
{
    switch (n.kind) {
    case Node::Number:
        return true;
    case Node::Catalog:
        return KpiCatalog::at(n.index).isVolume();
    case Node::Sum:
        return true;
    case Node::Negate:
        return additive(*n.left);
    case Node::Add:
    case Node::Subtract:
        return additive(*n.left) && additive(*n.right);
    case Node::Multiply:
        return (n.left->constant && additive(*n.right)) || (n.right->constant && additive(*n.left));
    case Node::Divide:
        return n.right->constant && additive(*n.left);
    }
    return false;
}

void collectNames(const Node &n, QStringList &out)
{
    if (n.kind == Node::Catalog) {
        out.append(KpiCatalog::at(n.index).id);
    } else if (n.kind == Node::Sum) {
        out.append(QLatin1String(sumNames().at(n.index).id));
    }
    if (n.left) {
        collectNames(*n.left, out);
    }
    if (n.right) {
        collectNames(*n.right, out);
    }
}

} // namespace

CustomFormula::CustomFormula() = default;
CustomFormula::~CustomFormula() = default;
CustomFormula::CustomFormula(const CustomFormula &other) = default;
CustomFormula &CustomFormula::operator=(const CustomFormula &other) = default;

std::optional<CustomFormula> CustomFormula::parse(const QString &text, Error *error)
{
    Parser parser(text);
    NodePtr root = parser.parse(error);
    if (!root) {
        return std::nullopt;
    }
    CustomFormula f;
    f.m_text = text.trimmed();
    f.m_root = std::move(root);
    return f;
}

bool CustomFormula::isMoney() const
{
    return m_root && m_root->moneyDegree == 1;
}

bool CustomFormula::isAdditive() const
{
    return m_root && additive(*m_root);
}

QString CustomFormula::described() const
{
    return m_root ? describe(*m_root) : QString();
}

QStringList CustomFormula::names() const
{
    QStringList out;
    if (m_root) {
        collectNames(*m_root, out);
    }
    out.removeDuplicates();
    return out;
}

CustomFormula::Result CustomFormula::evaluate(const KpiValues &values) const
{
    if (!m_root) {
        return {std::nullopt, tr("the formula does not parse")};
    }
    return evaluateNode(*m_root, values);
}

QStringList CustomFormula::knownNames()
{
    QStringList names;
    for (const KpiDefinition &d : KpiCatalog::all()) {
        names.append(d.id);
    }
    for (const SumName &s : sumNames()) {
        names.append(QLatin1String(s.id));
    }
    for (const auto &alias : aliases()) {
        names.append(QLatin1String(alias.first));
    }
    std::sort(names.begin(), names.end());
    return names;
}

// CustomKpi

QString CustomKpi::slug(const QString &name)
{
    QString out;
    bool underscore = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            if (underscore && !out.isEmpty()) {
                out += u'_';
            }
            underscore = false;
            out += c.toLower();
        } else if (c.category() != QChar::Mark_NonSpacing) {
            underscore = true;
        }
    }
    return out;
}

QString CustomKpi::formatId(Format format)
{
    switch (format) {
    case Format::Count:
        return QStringLiteral("count");
    case Format::Money:
        return QStringLiteral("money");
    case Format::Percent:
        return QStringLiteral("percent");
    case Format::Ratio:
        return QStringLiteral("ratio");
    case Format::Number:
        return QStringLiteral("number");
    }
    return {};
}

std::optional<CustomKpi::Format> CustomKpi::formatFromId(QStringView id)
{
    for (Format f : {Format::Count, Format::Money, Format::Percent, Format::Ratio, Format::Number}) {
        if (id == formatId(f)) {
            return f;
        }
    }
    return std::nullopt;
}

QString CustomKpi::directionId(Direction direction)
{
    switch (direction) {
    case Direction::Up:
        return QStringLiteral("up");
    case Direction::Down:
        return QStringLiteral("down");
    case Direction::Neutral:
        return QStringLiteral("neutral");
    }
    return {};
}

std::optional<CustomKpi::Direction> CustomKpi::directionFromId(QStringView id)
{
    for (Direction d : {Direction::Up, Direction::Down, Direction::Neutral}) {
        if (id == directionId(d)) {
            return d;
        }
    }
    return std::nullopt;
}

std::optional<KpiGroup> CustomKpi::groupFromId(QStringView id)
{
    for (KpiGroup g :
         {KpiGroup::Awareness, KpiGroup::Engagement, KpiGroup::LeadGeneration, KpiGroup::Sales, KpiGroup::Loyalty}) {
        if (id == KpiCatalog::groupId(g)) {
            return g;
        }
    }
    return std::nullopt;
}

KpiUnit CustomKpi::unit() const
{
    switch (format) {
    case Format::Count:
        return KpiUnit::Count;
    case Format::Money:
        return KpiUnit::Money;
    case Format::Percent:
        return KpiUnit::Ratio;
    case Format::Ratio:
    case Format::Number:
        return KpiUnit::Number;
    }
    return KpiUnit::Number;
}

int CustomKpi::effectiveDecimals(const QString &currency) const
{
    if (decimals >= 0) {
        return decimals;
    }
    switch (format) {
    case Format::Count:
        return 0;
    case Format::Money:
        return KpiFormat::moneyDecimals(0, currency);
    case Format::Percent:
        return 1;
    case Format::Ratio:
    case Format::Number:
        return 2;
    }
    return 2;
}

QString CustomKpi::display(std::optional<double> value, const KpiFormat &f) const
{
    if (!value || !std::isfinite(*value)) {
        return QStringLiteral("—");
    }
    const int d = effectiveDecimals(f.currency());
    switch (format) {
    case Format::Count:
    case Format::Number:
        return f.number(*value, d);
    case Format::Money:
        return f.money(*value, f.currency(), decimals >= 0 ? d : KpiFormat::moneyDecimals(*value, f.currency()));
    case Format::Percent:
        return f.percent(f.number(*value * 100, d));
    case Format::Ratio:
        return QCoreApplication::translate("CustomKpi", "%1 : 1").arg(f.number(*value, d));
    }
    return f.number(*value, d);
}

QJsonObject CustomKpi::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("formula"), formula},
            {QStringLiteral("group"), KpiCatalog::groupId(group)},
            {QStringLiteral("format"), formatId(format)},
            {QStringLiteral("decimals"), decimals},
            {QStringLiteral("better"), directionId(direction)},
            {QStringLiteral("custom"), true}};
}

CustomKpi CustomKpi::fromJson(const QJsonObject &o)
{
    CustomKpi k;
    k.id = o.value(QStringLiteral("id")).toString();
    k.name = o.value(QStringLiteral("name")).toString();
    k.formula = o.value(QStringLiteral("formula")).toString();
    k.group = groupFromId(o.value(QStringLiteral("group")).toString()).value_or(KpiGroup::Sales);
    k.format = formatFromId(o.value(QStringLiteral("format")).toString()).value_or(Format::Number);
    k.decimals = o.value(QStringLiteral("decimals")).toInt(-1);
    k.direction = directionFromId(o.value(QStringLiteral("better")).toString()).value_or(Direction::Up);
    k.compile();
    return k;
}

QString CustomKpi::compile()
{
    CustomFormula::Error error;
    const std::optional<CustomFormula> parsed = CustomFormula::parse(formula, &error);
    if (!parsed) {
        compiled.reset();
        return error.message;
    }
    compiled = std::make_shared<const CustomFormula>(*parsed);
    return {};
}

QString CustomKpi::validate()
{
    name = name.simplified();
    if (name.isEmpty()) {
        return tr("a custom KPI needs a name");
    }
    if (name.size() > 80) {
        return tr("the name is longer than 80 characters");
    }
    if (id.isEmpty()) {
        id = slug(name);
    }
    if (id.isEmpty()) {
        return tr("the name '%1' has no letter or digit to make an id of").arg(name);
    }
    if (const int i = KpiCatalog::indexOf(id); i >= 0) {
        return tr("'%1' is the id of the catalog KPI '%2': choose another name")
            .arg(id, QCoreApplication::translate("Kpi", KpiCatalog::at(i).name));
    }
    if (CustomFormula::knownNames().contains(id)) {
        return tr("'%1' is a name formulas use: choose another name").arg(id);
    }
    if (const QString error = compile(); !error.isEmpty()) {
        return tr("formula: %1").arg(error);
    }
    if (compiled->isMoney() && format != Format::Money) {
        return tr("the formula gives an amount of money (%1): use the money format").arg(compiled->described());
    }
    if (!compiled->isMoney() && format == Format::Money) {
        return tr("the formula is not an amount of money (%1): use count, percent, ratio or number")
            .arg(compiled->described());
    }
    if (decimals > 6) {
        return tr("at most 6 decimals");
    }
    return {};
}

// CustomKpiStore

namespace {

CustomKpi kpiFrom(const StoredCustomKpi &s)
{
    CustomKpi k;
    k.rowId = s.rowId;
    k.id = s.id;
    k.name = s.name;
    k.formula = s.formula;
    k.direction = CustomKpi::directionFromId(s.direction).value_or(CustomKpi::Direction::Up);
    k.format = CustomKpi::formatFromId(s.format).value_or(CustomKpi::Format::Number);
    k.decimals = s.decimals ? int(*s.decimals) : -1;
    k.group = CustomKpi::groupFromId(s.group).value_or(KpiGroup::Sales);
    k.compile();
    return k;
}

} // namespace

CustomKpiList CustomKpiStore::all() const
{
    CustomKpiList list;
    for (const StoredCustomKpi &s : CustomKpiRepository(m_workspace).all()) {
        list.append(kpiFrom(s));
    }
    return list;
}

std::optional<CustomKpi> CustomKpiStore::find(const QString &id) const
{
    const std::optional<StoredCustomKpi> s = CustomKpiRepository(m_workspace).find(id);
    return s ? std::optional<CustomKpi>(kpiFrom(*s)) : std::nullopt;
}

QString CustomKpiStore::save(CustomKpi &kpi)
{
    if (m_workspace.isReadOnly()) {
        return tr("the workspace is open read-only: custom KPIs cannot be changed");
    }
    if (const QString error = kpi.validate(); !error.isEmpty()) {
        return error;
    }
    if (const auto existing = find(kpi.id); existing && existing->rowId != kpi.rowId) {
        return tr("a custom KPI with the id '%1' exists already ('%2'): choose another name")
            .arg(kpi.id, existing->name);
    }
    StoredCustomKpi s{kpi.rowId,
                      kpi.id,
                      kpi.name,
                      kpi.formula.trimmed(),
                      CustomKpi::directionId(kpi.direction),
                      CustomKpi::formatId(kpi.format),
                      kpi.decimals >= 0 ? std::optional<qint64>(kpi.decimals) : std::nullopt,
                      KpiCatalog::groupId(kpi.group)};
    if (const QString error = CustomKpiRepository(m_workspace).save(s); !error.isEmpty()) {
        return tr("the custom KPI could not be saved: %1").arg(error);
    }
    kpi.rowId = s.rowId;
    return {};
}

QString CustomKpiStore::remove(const QString &id)
{
    if (m_workspace.isReadOnly()) {
        return tr("the workspace is open read-only: custom KPIs cannot be changed");
    }
    if (!find(id)) {
        return tr("no custom KPI has the id '%1' (funnelscope-cli kpi list shows them)").arg(id);
    }
    CustomKpiRepository repository(m_workspace);
    if (const QString goal = repository.goalMeasuring(id); !goal.isEmpty()) {
        return tr("the goal '%1' measures '%2': remove or change the goal first").arg(goal, id);
    }
    if (const QString error = repository.remove(id); !error.isEmpty()) {
        return tr("the custom KPI could not be removed: %1").arg(error);
    }
    return {};
}

void evaluateCustomKpis(const std::shared_ptr<const CustomKpiList> &kpis, KpiValues &values)
{
    values.customKpis = kpis;
    values.custom.clear();
    if (!kpis) {
        return;
    }
    values.custom.reserve(kpis->size());
    for (const CustomKpi &k : *kpis) {
        if (!k.compiled) {
            values.custom.append({std::nullopt, tr("the formula does not parse")});
            continue;
        }
        const CustomFormula::Result r = k.compiled->evaluate(values);
        values.custom.append({r.value, r.reason});
    }
}

} // namespace funnelscope

// Validation of a Renstra and what follows from it: budget roll-ups, realisations and capaian.

#include <algorithm>
#include <set>

#include "kinerja/plan/renstra.hpp"
#include "kinerja/plan/validate.hpp"
#include "kinerja/plan/totals.hpp"
#include "kinerja/plan/measurement.hpp"

namespace kinerja {
namespace {

// Collects the path of the element being checked, so a fault names it as a JSON pointer.
class Checker {
public:
    explicit Checker(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& reason) const {
        throw data_error(source_, path, reason);
    }
    void require(bool ok, const std::string& path, const std::string& reason) const {
        if (!ok) fail(path, reason);
    }

private:
    std::string source_;
};

std::string at(const char* list, std::size_t i) { return std::string("/") + list + "/" + std::to_string(i); }

bool has_blank(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool is_x(char c) { return c == 'X' || c == 'x'; }

// Permendagri 90/2019 code shapes: the digit count of each dotted segment, by level. "X.XX" in place
// of the urusan and bidang (U.BB) marks the programs every urusan shares (X.XX.01 is the penunjang
// program of every body), as in the ledger's codes.
bool code_shape(std::string code, Level level) {
    if (code.size() >= 4 && is_x(code[0]) && code[1] == '.' && is_x(code[2]) && is_x(code[3]))
        code.replace(0, 4, "0.00");
    std::vector<std::size_t> want;
    if (level == Level::program) want = {1, 2, 2};
    else if (level == Level::kegiatan) want = {1, 2, 2, 1, 2};
    else if (level == Level::sub_kegiatan) want = {1, 2, 2, 1, 2, 4};
    else return false;
    std::vector<std::size_t> got(1, 0);
    for (char c : code) {
        if (c == '.') got.push_back(0);
        else if (c >= '0' && c <= '9') ++got.back();
        else return false;
    }
    return got == want;
}

struct DataRef {
    std::string table, row, column;
};

std::optional<DataRef> split_ref(const std::string& name) {
    const auto a = name.find('/');
    if (a == std::string::npos) return std::nullopt;
    const auto b = name.find('/', a + 1);
    if (b == std::string::npos || name.find('/', b + 1) != std::string::npos) return std::nullopt;
    DataRef r{name.substr(0, a), name.substr(a + 1, b - a - 1), name.substr(b + 1)};
    if (r.table.empty() || r.row.empty() || r.column.empty()) return std::nullopt;
    return r;
}

// The value of named data in the tables of `year`; an error message when it cannot be read.
std::optional<Decimal> named_data(const Renstra& plan, const std::string& name, int year, std::string& why) {
    const auto ref = split_ref(name);
    if (!ref) {
        why = "data name '" + name + "' must be table/row/column";
        return std::nullopt;
    }
    const DataTable* table = plan.find_table(ref->table, year);
    if (table == nullptr) {
        why = "no data table '" + ref->table + "' for " + std::to_string(year);
        return std::nullopt;
    }
    if (table->find_row(ref->row) == nullptr) {
        why = "data table '" + ref->table + "' has no row '" + ref->row + "'";
        return std::nullopt;
    }
    const auto v = table->value(ref->row, ref->column);
    if (!v) why = "data '" + name + "' of " + std::to_string(year) + " is blank";
    return v;
}

Measure ratio_measure(const Decimal& num, const Decimal& den, const Indicator& ind) {
    const Decimal factor = ind.formula ? ind.formula->factor : Decimal(100);
    const auto q = divide(num * factor, den, ind.decimals, Rounding::half_up);
    return q ? Measure::number(*q) : Measure{};
}

// The computed realisation, or an error message.
std::optional<Measure> computed(const Renstra& plan, const Indicator& ind, int year, const Realisation& r,
                                std::string& why) {
    switch (r.source) {
        case Realisation::Source::value:
            if (!r.grade.empty()) return Measure::of_grade(r.grade);
            if (!r.value) {
                why = "a stated realisation needs a value";
                return std::nullopt;
            }
            return Measure::number(*r.value);
        case Realisation::Source::ratio: return ratio_measure(r.numerator, r.denominator, ind);
        case Realisation::Source::data: {
            if (!ind.formula || ind.formula->numerator.empty() || ind.formula->denominator.empty()) {
                why = "a realisation from data needs a formula with a numerator and a denominator";
                return std::nullopt;
            }
            const auto num = named_data(plan, ind.formula->numerator, year, why);
            if (!num) return std::nullopt;
            const auto den = named_data(plan, ind.formula->denominator, year, why);
            if (!den) return std::nullopt;
            return ratio_measure(*num, *den, ind);
        }
        case Realisation::Source::triwulan: {
            std::optional<Decimal> v;
            for (const auto& q : r.triwulan) {
                if (!q) continue;
                if (!v) v = *q;
                else if (r.rollup == Rollup::sum) *v += *q;
                else if (r.rollup == Rollup::last) v = *q;
                else if (*q > *v) v = *q;
            }
            if (!v) {
                why = "a realisation from quarters needs at least one reported quarter";
                return std::nullopt;
            }
            return Measure::number(*v);
        }
    }
    return std::nullopt;
}

void check_target(const Checker& c, const Indicator& ind, const Target& t, const std::string& path) {
    const bool ok = (ind.polarity == Polarity::qualitative && t.kind == Target::Kind::grade) ||
                    (ind.polarity == Polarity::range && t.kind == Target::Kind::range) ||
                    ((ind.polarity == Polarity::higher_is_better || ind.polarity == Polarity::lower_is_better) &&
                     t.kind == Target::Kind::number);
    c.require(ok, path, std::string("a ") + std::string(to_string(ind.polarity)) + " indicator needs a " +
                            (ind.polarity == Polarity::qualitative ? "grade"
                             : ind.polarity == Polarity::range     ? "range"
                                                                   : "number") +
                            " target");
    if (t.kind == Target::Kind::range) c.require(t.min <= t.max, path, "a range target needs min <= max");
    if (t.kind == Target::Kind::grade && !ind.grades.empty())
        c.require(std::find(ind.grades.begin(), ind.grades.end(), t.grade) != ind.grades.end(), path,
                  "grade '" + t.grade + "' is not on the indicator's grade ladder");
}

void check_rows(const Checker& c, const DataTable& t, const std::vector<DataRow>& rows, const std::string& path,
                std::set<std::string>& ids) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const DataRow& r = rows[i];
        const std::string p = path + "/rows/" + std::to_string(i);
        c.require(!r.id.empty(), p + "/id", "a row needs an id");
        c.require(ids.insert(r.id).second, p + "/id", "row id '" + r.id + "' is used twice");
        for (const auto& cell : r.values) {
            const std::string& column = cell.first;  // not a structured binding: lambdas capture it
            const bool known = std::any_of(t.columns.begin(), t.columns.end(),
                                           [&](const DataColumn& col) { return col.id == column; });
            c.require(known, p + "/values/" + column, "unknown column '" + column + "'");
        }
        check_rows(c, t, r.rows, p, ids);
    }
}

}  // namespace

void validate(const Renstra& plan, const std::string& source) {
    const Checker c(source);
    c.require(!plan.body.name.empty(), "/body/name", "the body needs a name");
    c.require(plan.period.from > 0 && plan.period.from <= plan.period.to, "/period",
              "the period needs from <= to");

    std::set<std::string> unit_ids;
    for (std::size_t i = 0; i < plan.units.size(); ++i)
        c.require(!plan.units[i].id.empty() && unit_ids.insert(plan.units[i].id).second, at("units", i) + "/id",
                  "unit id '" + plan.units[i].id + "' must be non-empty and unique");
    for (std::size_t i = 0; i < plan.units.size(); ++i) {
        const Unit& u = plan.units[i];
        c.require(u.parent.empty() || (unit_ids.count(u.parent) && u.parent != u.id), at("units", i) + "/parent",
                  "unknown unit '" + u.parent + "'");
    }

    std::set<std::string> node_ids;
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        const Node& n = plan.nodes[i];
        const std::string p = at("nodes", i);
        c.require(!n.id.empty(), p + "/id", "a node needs an id");
        c.require(!node_ids.count(n.id), p + "/id", "node id '" + n.id + "' is used twice");
        c.require(!n.name.empty(), p + "/name", "a node needs a name");
        if (n.level == Level::visi) {
            c.require(n.parent.empty(), p + "/parent", "a visi has no parent");
        } else if (!(n.level == Level::program && n.parent.empty())) {
            c.require(!n.parent.empty(), p + "/parent",
                      "a " + std::string(to_string(n.level)) + " needs a parent");
            c.require(node_ids.count(n.parent) > 0, p + "/parent",
                      "unknown node '" + n.parent + "' (parents come before children)");
            const Level want = static_cast<Level>(static_cast<int>(n.level) - 1);
            c.require(plan.find_node(n.parent)->level == want, p + "/parent",
                      "the parent of a " + std::string(to_string(n.level)) + " must be a " +
                          std::string(to_string(want)));
        }
        if (n.level == Level::program)
            c.require(n.kind != ProgramKind::none, p + "/kind", "a program must be utama or penunjang");
        else
            c.require(n.kind == ProgramKind::none, p + "/kind", "only programs are utama or penunjang");
        if (!n.code.empty()) {
            if (plan.codes == CodeScheme::free) {
                c.require(!has_blank(n.code), p + "/code", "a code has no blanks");
            } else {
                c.require(code_shape(n.code, n.level), p + "/code",
                          "code '" + n.code + "' is not a Permendagri 90 " + std::string(to_string(n.level)) + " code");
                const Node* parent = n.parent.empty() ? nullptr : plan.find_node(n.parent);
                if (parent != nullptr && !parent->code.empty())
                    c.require(n.code.rfind(parent->code + ".", 0) == 0, p + "/code",
                              "code '" + n.code + "' must extend its parent's code '" + parent->code + "'");
            }
        }
        c.require(n.unit.empty() || unit_ids.count(n.unit) > 0, p + "/unit", "unknown unit '" + n.unit + "'");
        node_ids.insert(n.id);
    }

    std::set<std::string> statement_ids;
    for (std::size_t i = 0; i < plan.statements.size(); ++i) {
        const Statement& s = plan.statements[i];
        const std::string p = at("statements", i);
        c.require(!s.id.empty() && statement_ids.insert(s.id).second, p + "/id",
                  "statement id '" + s.id + "' must be non-empty and unique");
        c.require(!s.text.empty(), p + "/text", "a statement needs a text");
        for (std::size_t k = 0; k < s.sasaran.size(); ++k) {
            const Node* n = plan.find_node(s.sasaran[k]);
            c.require(n != nullptr && n->level == Level::sasaran, p + "/sasaran/" + std::to_string(k),
                      "'" + s.sasaran[k] + "' is not a sasaran");
        }
        for (std::size_t k = 0; k < s.programs.size(); ++k) {
            const Node* n = plan.find_node(s.programs[k]);
            c.require(n != nullptr && n->level == Level::program, p + "/programs/" + std::to_string(k),
                      "'" + s.programs[k] + "' is not a program");
        }
    }

    std::set<std::string> table_keys;
    for (std::size_t i = 0; i < plan.tables.size(); ++i) {
        const DataTable& t = plan.tables[i];
        const std::string p = at("tables", i);
        c.require(!t.id.empty() && t.id.find('/') == std::string::npos, p + "/id",
                  "a table needs an id without '/'");
        c.require(table_keys.insert(t.id + "@" + std::to_string(t.year)).second, p,
                  "table '" + t.id + "' of " + std::to_string(t.year) + " is defined twice");
        std::set<std::string> column_ids;
        for (std::size_t k = 0; k < t.columns.size(); ++k)
            c.require(!t.columns[k].id.empty() && column_ids.insert(t.columns[k].id).second,
                      p + "/columns/" + std::to_string(k) + "/id", "column ids must be non-empty and unique");
        std::set<std::string> row_ids;
        check_rows(c, t, t.rows, p, row_ids);
    }

    std::set<std::string> indicator_ids;
    for (std::size_t i = 0; i < plan.indicators.size(); ++i) {
        const Indicator& ind = plan.indicators[i];
        const std::string p = at("indicators", i);
        c.require(!ind.id.empty() && indicator_ids.insert(ind.id).second, p + "/id",
                  "indicator id '" + ind.id + "' must be non-empty and unique");
        c.require(node_ids.count(ind.node) > 0, p + "/node", "unknown node '" + ind.node + "'");
        c.require(!ind.name.empty(), p + "/name", "an indicator needs a name");
        c.require(ind.decimals >= 0 && ind.decimals <= Decimal::max_scale, p + "/decimals",
                  "decimals must be between 0 and 18");
        if (ind.polarity == Polarity::lower_is_better || ind.polarity == Polarity::range)
            c.require(ind.lower_formula != LowerFormula::none, p + "/lower_formula",
                      "a " + std::string(to_string(ind.polarity)) + " indicator needs a lower formula");
        for (const auto& [year, target] : ind.targets) check_target(c, ind, target, p + "/targets/" + std::to_string(year));
        if (ind.end_target) check_target(c, ind, *ind.end_target, p + "/end_target");
        for (const auto& [year, r] : ind.realisations) {
            const std::string rp = p + "/realisations/" + std::to_string(year);
            c.require((ind.polarity == Polarity::qualitative) == !r.grade.empty(), rp,
                      ind.polarity == Polarity::qualitative ? "a qualitative indicator is realised as a grade"
                                                            : "only qualitative indicators are realised as grades");
            std::string why;
            const auto m = computed(plan, ind, year, r, why);
            c.require(m.has_value(), rp, why);
            if (r.source != Realisation::Source::value && r.value) {
                const bool agree = m->kind == Measure::Kind::number && m->value == *r.value;
                c.require(agree, rp + "/value",
                          "stated value " + r.value->to_string() + " disagrees with its computation " +
                              (m->kind == Measure::Kind::number ? m->value.to_string() : std::string("(undefined)")));
            }
        }
    }

    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& b = plan.budget[i];
        const std::string p = at("budget", i);
        c.require(b.year >= 1900 && b.year <= 2200, p + "/year", "a budget year must be between 1900 and 2200");
        if (b.node.empty()) {
            c.require(!b.name.empty(), p + "/name", "a line of the body as a whole needs a name");
        } else {
            const Node* n = plan.find_node(b.node);
            c.require(n != nullptr, p + "/node", "unknown node '" + b.node + "'");
            c.require(n->level == Level::kegiatan || n->level == Level::sub_kegiatan, p + "/node",
                      "budget lines belong to a kegiatan or a sub kegiatan");
        }
        if (b.triwulan) {
            Rupiah spent;
            for (const Rupiah& q : *b.triwulan) spent += q;
            c.require(spent == b.realisasi, p + "/triwulan",
                      "the quarters add up to " + spent.to_string() + ", not the realisasi " + b.realisasi.to_string());
        }
    }

    std::set<std::string> printed_ids;
    for (std::size_t i = 0; i < plan.printed_tables.size(); ++i) {
        const PrintedTable& t = plan.printed_tables[i];
        const std::string p = at("printed_tables", i);
        c.require(!t.id.empty() && printed_ids.insert(t.id).second, p + "/id",
                  "printed table id '" + t.id + "' must be non-empty and unique");
        for (std::size_t k = 0; k < t.columns.size(); ++k) {
            const PrintedColumn& col = t.columns[k];
            if (col.role == ColumnRole::share)
                c.require(col.of != ColumnRole::share && col.of != ColumnRole::other,
                          p + "/columns/" + std::to_string(k) + "/of", "a share column names the role it is a share of");
        }
        const bool levelled = !t.rows.empty() && t.rows.front().level != 0;
        int previous = 0;
        for (std::size_t k = 0; k < t.rows.size(); ++k) {
            const PrintedRow& row = t.rows[k];
            const std::string rp = p + "/rows/" + std::to_string(k);
            c.require(row.cells.size() == t.columns.size(), rp + "/cells",
                      "a row needs " + std::to_string(t.columns.size()) + " cells, one per column, not " +
                          std::to_string(row.cells.size()));
            c.require((row.level != 0) == levelled, rp + "/level", "either every row has a level or none has");
            if (levelled) {
                c.require(row.level >= 1 && row.level <= previous + 1, rp + "/level",
                          "a level is at least 1 and at most one deeper than the row before");
                previous = row.level;
            }
        }
    }
    for (std::size_t i = 0; i < plan.printed_figures.size(); ++i) {
        const PrintedFigure& f = plan.printed_figures[i];
        const std::string p = at("printed_figures", i);
        c.require(f.measure == "count" || parse_column_role(f.measure).has_value(), p + "/measure",
                  "'" + f.measure + "' is not a column role or count");
        c.require(!f.ref.empty(), p + "/ref", "a printed figure needs a ref");
    }

    for (std::size_t i = 0; i < plan.discrepancies.size(); ++i) {
        const Discrepancy& d = plan.discrepancies[i];
        const std::string p = at("discrepancies", i);
        c.require(d.node.empty() || node_ids.count(d.node) > 0, p + "/node", "unknown node '" + d.node + "'");
        c.require(!d.kept.empty() && !d.printed.empty() && !d.where.empty() && !d.why.empty(), p,
                  "a discrepancy needs kept, printed, where and why");
    }
}

namespace {

// The lines of `year` under `node` (its own, its kegiatan's and sub kegiatan's; every line for an
// empty node), of one spending class when `spending` is set.
BudgetTotals totals_of(const Renstra& plan, const std::string& node, int year, std::optional<SpendingClass> spending) {
    std::vector<std::string> under;
    if (!node.empty()) {
        under = plan.descendants(node, Level::kegiatan);
        const auto subs = plan.descendants(node, Level::sub_kegiatan);
        under.insert(under.end(), subs.begin(), subs.end());
        under.push_back(node);
    }
    BudgetTotals totals;
    for (const BudgetLine& line : plan.budget) {
        if (line.year != year || (spending && line.spending != *spending)) continue;
        if (node.empty() || std::find(under.begin(), under.end(), line.node) != under.end()) totals.add(line);
    }
    return totals;
}

}  // namespace

BudgetTotals budget_of(const Renstra& plan, const std::string& node, int year) {
    return totals_of(plan, node, year, std::nullopt);
}

BudgetTotals budget_of(const Renstra& plan, const std::string& node, int year, SpendingClass spending) {
    return totals_of(plan, node, year, spending);
}

BudgetTotals budget_of_class(const Renstra& plan, int year, SpendingClass spending) {
    return totals_of(plan, "", year, spending);
}

std::optional<Measure> realisation(const Renstra& plan, const Indicator& indicator, int year) {
    const auto it = indicator.realisations.find(year);
    if (it == indicator.realisations.end()) return std::nullopt;
    std::string why;
    auto m = computed(plan, indicator, year, it->second, why);
    if (!m) throw data_error("", "indicator '" + indicator.id + "' " + std::to_string(year), why);
    return m;
}

Percent indicator_capaian(const Renstra& plan, const Indicator& indicator, int year, const CapaianPolicy& policy) {
    const auto target = indicator.targets.find(year);
    if (target == indicator.targets.end())
        throw data_error("", "indicator '" + indicator.id + "'", "no target for " + std::to_string(year));
    const auto realised = realisation(plan, indicator, year);
    if (!realised)
        throw data_error("", "indicator '" + indicator.id + "'", "no realisation for " + std::to_string(year));
    return capaian(indicator, target->second, *realised, policy);
}

std::optional<Percent> kegiatan_capaian(const Renstra& plan, const std::string& kegiatan, int year,
                                        const CapaianPolicy& policy) {
    Decimal sum = Decimal(0).rescaled(policy.precision.decimals);
    int defined = 0;
    int measured = 0;
    for (const Indicator& ind : plan.indicators) {
        if (ind.node != kegiatan || ind.targets.count(year) == 0) continue;
        ++measured;
        const Percent p = indicator_capaian(plan, ind, year, policy);
        if (!p.is_defined()) continue;
        sum += p.points();
        ++defined;
    }
    if (measured == 0) return std::nullopt;
    if (defined == 0) return Percent::undefined();
    return Percent(*divide(sum, Decimal(defined), policy.precision.decimals, policy.precision.rounding));
}

CapaianSummary capaian_summary(const Renstra& plan, const std::string& node, int year, const CapaianPolicy& policy) {
    CapaianSummary s;
    const int d = policy.precision.decimals;
    Decimal sum = Decimal(0).rescaled(d);
    Decimal weighted = Decimal(0).rescaled(d + 2);
    Rupiah weights;
    for (const std::string& k : plan.descendants(node, Level::kegiatan)) {
        const auto c = kegiatan_capaian(plan, k, year, policy);
        if (!c) {
            s.without_indicator.push_back(k);
            continue;
        }
        if (!c->is_defined()) {
            s.undefined.push_back(k);
            continue;
        }
        s.counted.push_back(k);
        const Rupiah anggaran = budget_of(plan, k, year).anggaran;
        sum += c->points();
        weighted += c->points() * anggaran.to_decimal();
        weights += anggaran;
    }
    if (!s.counted.empty())
        s.simple_mean = Percent(*divide(sum, Decimal(s.counted.size()), d, policy.precision.rounding));
    if (weights.sign() != 0)
        s.budget_weighted_mean = Percent(*divide(weighted, weights.to_decimal(), d, policy.precision.rounding));
    return s;
}

std::optional<Decimal> efficiency(const Percent& capaian, const Percent& serapan, Precision precision) {
    if (!capaian.is_defined() || !serapan.is_defined()) return std::nullopt;
    return divide(capaian.points(), serapan.points(), precision.decimals, precision.rounding);
}

}  // namespace kinerja

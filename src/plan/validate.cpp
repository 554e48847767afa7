// Validation of a Renstra: one function per list, each fault located in the model's own names.

#include "kinerja/plan/validate.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "kinerja/core/budget_code.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/plan/language.hpp"
#include "plan/detail/realisation.hpp"

namespace kinerja {
namespace {

// Message \p id that ends in the reason of \p e, a computation of the core that failed: said in the
// language through `{=reason}` (its id + ".core": "error.plan.cannot_compute.core",
// "error.plan.cannot_total.core", "error.plan.quarters_overflow.core") when the core's reason is in the
// catalogue, as written otherwise.
Message ending_in(const char* id, std::vector<std::pair<std::string, std::string>> args, const error& e) {
    const std::string reason = core_reason_id(e.what());
    args.emplace_back("reason", reason.empty() ? std::string(e.what()) : reason);
    return Message{reason.empty() ? id : std::string(id) + ".core", std::move(args)};
}

// Throws the first fault, located: the list being checked and the element's index are set once per
// element; the steps inside it are given with each requirement.
class Checker {
public:
    explicit Checker(const std::string& source) : source_(source) {}

    // Moves to element `index` of `list` (no index: a member that is not a list).
    void at(std::string list, std::optional<std::size_t> index = std::nullopt) {
        list_ = std::move(list);
        index_ = index;
    }
    [[noreturn]] void fail(std::vector<std::string> field, Message said) const {
        PlanLocation where{list_, index_, std::move(field)};
        std::string path = where.to_string();
        std::string reason = english(said);
        throw plan_error(source_, std::move(path), std::move(where), std::move(reason), std::move(said));
    }
    void require(bool ok, std::vector<std::string> field, Message said) const {
        if (!ok) fail(std::move(field), std::move(said));
    }

private:
    const std::string& source_;
    std::string list_;
    std::optional<std::size_t> index_;
};

using Ids = std::set<std::string, std::less<>>;

// Nodes by id (the first of a duplicated id, as Renstra::find_node finds it): a budget of millions
// of lines looks its node up once per line, which a linear search would make quadratic.
class NodeIndex {
public:
    explicit NodeIndex(const Renstra& plan) {
        by_id_.reserve(plan.nodes.size());
        for (const Node& n : plan.nodes) by_id_.emplace(n.id, &n);
    }
    [[nodiscard]] const Node* find(std::string_view id) const {
        const auto it = by_id_.find(id);
        return it == by_id_.end() ? nullptr : it->second;
    }

private:
    std::unordered_map<std::string_view, const Node*> by_id_;
};

bool is_year(int year) { return year >= min_year && year <= max_year; }

// Message `id`, whose text ends "must be between {min} and {max}", for a year out of min_year..max_year.
Message year_range(const char* id) {
    return Message{id, {{"min", std::to_string(min_year)}, {"max", std::to_string(max_year)}}};
}

bool has_blank(const std::string& s) {
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// The code level of a hierarchy level, when it has one.
std::optional<CodeLevel> code_level(Level level) {
    switch (level) {
        case Level::program:
            return CodeLevel::program;
        case Level::kegiatan:
            return CodeLevel::kegiatan;
        case Level::sub_kegiatan:
            return CodeLevel::sub_kegiatan;
        default:
            return std::nullopt;
    }
}

Ids check_units(Checker& c, const Renstra& plan) {
    Ids ids;
    for (std::size_t i = 0; i < plan.units.size(); ++i) {
        c.at("units", i);
        c.require(!plan.units[i].id.empty() && ids.insert(plan.units[i].id).second, {"id"},
                  Message{"error.plan.unit_id", {{"id", plan.units[i].id}}});
    }
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < plan.units.size(); ++i) index.emplace(plan.units[i].id, i);
    for (std::size_t i = 0; i < plan.units.size(); ++i) {
        const Unit& u = plan.units[i];
        c.at("units", i);
        c.require(u.parent.empty() || (ids.count(u.parent) && u.parent != u.id), {"parent"},
                  Message{"error.plan.unknown_unit", {{"id", u.parent}}});
    }
    // Unit parents may come in any order, so a chain can close on itself. Each chain is walked once,
    // iteratively (a chain may be as long as the list): a unit met again on the walk in progress is
    // on a cycle; one met on an earlier walk leads to a head, as every unit of that walk does.
    enum class State : unsigned char { unseen, walking, done };
    std::vector<State> state(plan.units.size(), State::unseen);
    std::vector<std::size_t> walk;
    for (std::size_t start = 0; start < plan.units.size(); ++start) {
        walk.clear();
        std::size_t at = start;
        while (state[at] == State::unseen) {
            state[at] = State::walking;
            walk.push_back(at);
            const std::string& parent = plan.units[at].parent;
            if (parent.empty()) break;
            at = index.at(parent);
        }
        if (state[at] == State::walking && !plan.units[at].parent.empty()) {
            c.at("units", at);
            c.fail({"parent"}, Message{"error.plan.unit_cycle", {{"id", plan.units[at].id}}});
        }
        for (const std::size_t w : walk) state[w] = State::done;
    }
    return ids;
}

void check_code(const Checker& c, const Renstra& plan, const NodeIndex& nodes, const Node& n) {
    if (n.code.empty()) return;
    if (plan.codes == CodeScheme::free) {
        c.require(!has_blank(n.code), {"code"}, Message{"error.plan.code_blank", {}});
        return;
    }
    const auto level = code_level(n.level);
    c.require(
        level && is_budget_code(n.code, *level), {"code"},
        Message{"error.plan.code_scheme", {{"code", n.code}, {"level", std::string(to_string(n.level))}}});
    const Node* parent = n.parent.empty() ? nullptr : nodes.find(n.parent);
    if (parent != nullptr && !parent->code.empty())
        c.require(n.code.rfind(parent->code + ".", 0) == 0, {"code"},
                  Message{"error.plan.code_extends", {{"code", n.code}, {"parent", parent->code}}});
}

Ids check_nodes(Checker& c, const Renstra& plan, const NodeIndex& nodes, const Ids& unit_ids) {
    Ids ids;
    for (std::size_t i = 0; i < plan.nodes.size(); ++i) {
        const Node& n = plan.nodes[i];
        c.at("nodes", i);
        c.require(!n.id.empty(), {"id"}, Message{"error.plan.node_id", {}});
        c.require(!ids.count(n.id), {"id"}, Message{"error.plan.node_twice", {{"id", n.id}}});
        c.require(!n.name.empty(), {"name"}, Message{"error.plan.node_name", {}});
        if (n.level == Level::visi) {
            c.require(n.parent.empty(), {"parent"}, Message{"error.plan.visi_parent", {}});
        } else if (!(n.level == Level::program && n.parent.empty())) {
            c.require(!n.parent.empty(), {"parent"},
                      Message{"error.plan.parent_missing", {{"level", std::string(to_string(n.level))}}});
            c.require(ids.count(n.parent) > 0, {"parent"},
                      Message{"error.plan.parent_unknown", {{"id", n.parent}}});
            const Level want = static_cast<Level>(static_cast<int>(n.level) - 1);
            c.require(nodes.find(n.parent)->level == want, {"parent"},
                      Message{"error.plan.parent_level",
                              {{"level", std::string(to_string(n.level))},
                               {"parent", std::string(to_string(want))}}});
        }
        if (n.level == Level::program)
            c.require(n.kind != ProgramKind::none, {"kind"}, Message{"error.plan.program_kind", {}});
        else
            c.require(n.kind == ProgramKind::none, {"kind"}, Message{"error.plan.kind_not_program", {}});
        check_code(c, plan, nodes, n);
        c.require(n.unit.empty() || unit_ids.count(n.unit) > 0, {"unit"},
                  Message{"error.plan.unknown_unit", {{"id", n.unit}}});
        ids.insert(n.id);
    }
    return ids;
}

void check_statements(Checker& c, const Renstra& plan, const NodeIndex& nodes) {
    Ids ids;
    for (std::size_t i = 0; i < plan.statements.size(); ++i) {
        const Statement& s = plan.statements[i];
        c.at("statements", i);
        c.require(!s.id.empty() && ids.insert(s.id).second, {"id"},
                  Message{"error.plan.statement_id", {{"id", s.id}}});
        c.require(!s.text.empty(), {"text"}, Message{"error.plan.statement_text", {}});
        for (std::size_t k = 0; k < s.sasaran.size(); ++k) {
            const Node* n = nodes.find(s.sasaran[k]);
            c.require(n != nullptr && n->level == Level::sasaran, {"sasaran", std::to_string(k)},
                      Message{"error.plan.not_sasaran", {{"id", s.sasaran[k]}}});
        }
        for (std::size_t k = 0; k < s.programs.size(); ++k) {
            const Node* n = nodes.find(s.programs[k]);
            c.require(n != nullptr && n->level == Level::program, {"programs", std::to_string(k)},
                      Message{"error.plan.not_program", {{"id", s.programs[k]}}});
        }
    }
}

// The rows of a table, sub-rows within rows, checked with an explicit stack (a plan built in code
// may nest rows deeper than the call stack holds), and refused beyond max_row_depth, which is what
// lets every other walk over rows (writing, comparing, copying) recurse safely.
void check_rows(const Checker& c, const DataTable& t, Ids& ids) {
    struct Level {
        const std::vector<DataRow>* rows;
        std::size_t next = 0;
    };
    std::vector<Level> stack{{&t.rows}};
    // The location of the row at the top of the stack, {"rows", "0", "rows", "2", ...} plus `steps`:
    // built only for an error.
    const auto here = [&stack](std::initializer_list<std::string> steps) {
        std::vector<std::string> out;
        for (const Level& level : stack) out.insert(out.end(), {"rows", std::to_string(level.next - 1)});
        out.insert(out.end(), steps);
        return out;
    };
    while (!stack.empty()) {
        Level& level = stack.back();
        if (level.next == level.rows->size()) {
            stack.pop_back();
            continue;
        }
        const DataRow& r = (*level.rows)[level.next++];
        c.require(!r.id.empty(), here({"id"}), Message{"error.plan.row_id", {}});
        c.require(ids.insert(r.id).second, here({"id"}), Message{"error.plan.row_twice", {{"id", r.id}}});
        for (const auto& cell : r.values) {
            const std::string& column = cell.first;  // not a structured binding: lambdas capture it
            const bool known = std::any_of(t.columns.begin(), t.columns.end(),
                                           [&](const DataColumn& col) { return col.id == column; });
            c.require(known, here({"values", column}),
                      Message{"error.plan.unknown_column", {{"id", column}}});
        }
        if (r.rows.empty()) continue;
        c.require(stack.size() < max_row_depth, here({"rows"}),
                  Message{"error.plan.rows_too_deep", {{"levels", std::to_string(max_row_depth)}}});
        stack.push_back(Level{&r.rows});
    }
}

void check_tables(Checker& c, const Renstra& plan) {
    Ids keys;
    for (std::size_t i = 0; i < plan.tables.size(); ++i) {
        const DataTable& t = plan.tables[i];
        c.at("tables", i);
        c.require(!t.id.empty() && t.id.find('/') == std::string::npos, {"id"},
                  Message{"error.plan.table_id", {}});
        c.require(keys.insert(t.id + "@" + std::to_string(t.year)).second, {},
                  Message{"error.plan.table_twice", {{"id", t.id}, {"year", std::to_string(t.year)}}});
        Ids column_ids;
        for (std::size_t k = 0; k < t.columns.size(); ++k)
            c.require(!t.columns[k].id.empty() && column_ids.insert(t.columns[k].id).second,
                      {"columns", std::to_string(k), "id"}, Message{"error.plan.column_ids", {}});
        c.require(is_year(t.year), {"year"}, year_range("error.plan.table_year"));
        Ids row_ids;
        check_rows(c, t, row_ids);
    }
}

// "a {polarity} indicator needs a grade (range, number) target": the kind of target \p polarity takes.
Message target_kind_needed(Polarity polarity) {
    const char* id = polarity == Polarity::qualitative ? "error.plan.target_grade"
                     : polarity == Polarity::range     ? "error.plan.target_range"
                                                       : "error.plan.target_number";
    return Message{id, {{"polarity", std::string(to_string(polarity))}}};
}

void check_target(const Checker& c, const Indicator& ind, const Target& t,
                  const std::vector<std::string>& field) {
    const bool ok =
        (ind.polarity == Polarity::qualitative && t.kind == Target::Kind::grade) ||
        (ind.polarity == Polarity::range && t.kind == Target::Kind::range) ||
        ((ind.polarity == Polarity::higher_is_better || ind.polarity == Polarity::lower_is_better) &&
         t.kind == Target::Kind::number);
    if (!ok) c.fail(field, target_kind_needed(ind.polarity));
    if (t.kind == Target::Kind::range)
        c.require(t.min <= t.max, field, Message{"error.plan.range_order", {}});
    if (t.kind == Target::Kind::grade && !ind.grades.empty())
        c.require(std::find(ind.grades.begin(), ind.grades.end(), t.grade) != ind.grades.end(), field,
                  Message{"error.plan.grade_ladder", {{"grade", t.grade}}});
}

void check_realisations(const Checker& c, const Renstra& plan, const Indicator& ind) {
    for (const auto& [year, r] : ind.realisations) {
        const std::string y = std::to_string(year);
        c.require((ind.polarity == Polarity::qualitative) == !r.grade.empty(), {"realisations", y},
                  Message{ind.polarity == Polarity::qualitative ? "error.plan.qualitative_grade"
                                                                : "error.plan.grade_not_qualitative",
                          {}});
        Message why;
        std::optional<Measure> m;
        try {
            m = detail::computed_realisation(plan, ind, year, r, why);
        } catch (const data_error&) {
            throw;
        } catch (const error& e) {
            // An overflow of the computation (a numerator of 38 digits times the factor): located.
            c.fail({"realisations", y}, ending_in("error.plan.cannot_compute", {}, e));
        }
        c.require(m.has_value(), {"realisations", y}, why);
        if (r.source != Realisation::Source::value && r.value) {
            const bool agree = m->kind == Measure::Kind::number && m->value == *r.value;
            if (!agree)
                c.fail(
                    {"realisations", y, "value"},
                    m->kind == Measure::Kind::number
                        ? Message{"error.plan.value_disagrees",
                                  {{"value", r.value->to_string()}, {"computed", m->value.to_string()}}}
                        : Message{"error.plan.value_disagrees_undefined", {{"value", r.value->to_string()}}});
        }
    }
}

void check_indicators(Checker& c, const Renstra& plan, const Ids& node_ids) {
    Ids ids;
    for (std::size_t i = 0; i < plan.indicators.size(); ++i) {
        const Indicator& ind = plan.indicators[i];
        c.at("indicators", i);
        c.require(!ind.id.empty() && ids.insert(ind.id).second, {"id"},
                  Message{"error.plan.indicator_id", {{"id", ind.id}}});
        c.require(node_ids.count(ind.node) > 0, {"node"},
                  Message{"error.plan.unknown_node", {{"id", ind.node}}});
        c.require(!ind.name.empty(), {"name"}, Message{"error.plan.indicator_name", {}});
        c.require(ind.decimals >= 0 && ind.decimals <= Decimal::max_scale, {"decimals"},
                  Message{"error.plan.decimals", {{"max", std::to_string(Decimal::max_scale)}}});
        if (ind.polarity == Polarity::lower_is_better || ind.polarity == Polarity::range)
            c.require(
                ind.lower_formula != LowerFormula::none, {"lower_formula"},
                Message{"error.plan.lower_formula", {{"polarity", std::string(to_string(ind.polarity))}}});
        for (const auto& [year, target] : ind.targets) {
            c.require(is_year(year), {"targets", std::to_string(year)}, year_range("error.plan.year"));
            check_target(c, ind, target, {"targets", std::to_string(year)});
        }
        for (const auto& entry : ind.realisations)
            c.require(is_year(entry.first), {"realisations", std::to_string(entry.first)},
                      year_range("error.plan.year"));
        if (ind.baseline)
            c.require(is_year(ind.baseline->year), {"baseline", "year"}, year_range("error.plan.year"));
        if (ind.end_target) check_target(c, ind, *ind.end_target, {"end_target"});
        check_realisations(c, plan, ind);
    }
}

// kinerja/1 has no notion of a correction (a negative realisasi that reverses an earlier one):
// every amount is what was budgeted or spent, never below zero.
// `field` names the amount, or is a quarter's index under "triwulan".
[[noreturn]] void negative(const Checker& c, const Rupiah& amount, std::vector<std::string> field) {
    const bool quarter = field.front() == "triwulan";
    Message said = quarter ? Message{"error.plan.negative_quarter", {{"amount", format_rupiah(amount)}}}
                           : Message{"error.plan.negative",
                                     {{"field", field.front()}, {"amount", format_rupiah(amount)}}};
    c.fail(std::move(field), std::move(said));
}

// Adds `amount` to the running total of its year; a total beyond 38 digits of sen is refused at the

// line that takes it over, so that no roll-up of a valid plan (a node's, a class's, the body's: each
// a part of these totals, as no amount is negative) can overflow later, in a report or the reviu.
void add_to_total(const Checker& c, Rupiah& total, const Rupiah& amount, int year, const char* what) {
    try {
        total += amount;
    } catch (const overflow_error& e) {
        c.fail({what},
               ending_in("error.plan.cannot_total", {{"what", what}, {"year", std::to_string(year)}}, e));
    }
}

// A budget may hold millions of lines: every test here builds its message only when it fails.
void check_budget(Checker& c, const Renstra& plan, const NodeIndex& nodes) {
    struct Totals {
        Rupiah anggaran_murni, anggaran, realisasi;
    };
    std::vector<Totals> totals(static_cast<std::size_t>(max_year - min_year + 1));
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& b = plan.budget[i];
        c.at("budget", i);
        if (!is_year(b.year)) c.fail({"year"}, year_range("error.plan.budget_year"));
        if (b.node.empty()) {
            if (b.name.empty()) c.fail({"name"}, Message{"error.plan.body_line_name", {}});
        } else {
            const Node* n = nodes.find(b.node);
            if (n == nullptr) c.fail({"node"}, Message{"error.plan.unknown_node", {{"id", b.node}}});
            if (n->level != Level::kegiatan && n->level != Level::sub_kegiatan)
                c.fail({"node"}, Message{"error.plan.budget_node_level", {}});
        }
        if (b.anggaran_murni && b.anggaran_murni->sign() < 0)
            negative(c, *b.anggaran_murni, {"anggaran_murni"});
        if (b.anggaran.sign() < 0) negative(c, b.anggaran, {"anggaran"});
        if (b.realisasi.sign() < 0) negative(c, b.realisasi, {"realisasi"});
        if (b.triwulan) {
            for (std::size_t q = 0; q < 4; ++q)
                if ((*b.triwulan)[q].sign() < 0)
                    negative(c, (*b.triwulan)[q], {"triwulan", std::to_string(q)});
            Rupiah spent;
            try {
                for (const Rupiah& q : *b.triwulan) spent += q;
            } catch (const overflow_error& e) {
                c.fail({"triwulan"}, ending_in("error.plan.quarters_overflow", {}, e));
            }
            if (spent != b.realisasi)
                c.fail({"triwulan"},
                       Message{"error.plan.quarters_sum",
                               {{"sum", spent.to_string()}, {"realisasi", b.realisasi.to_string()}}});
        }
        Totals& year = totals[static_cast<std::size_t>(b.year - min_year)];
        if (b.anggaran_murni)
            add_to_total(c, year.anggaran_murni, *b.anggaran_murni, b.year, "anggaran_murni");
        add_to_total(c, year.anggaran, b.anggaran, b.year, "anggaran");
        add_to_total(c, year.realisasi, b.realisasi, b.year, "realisasi");
    }
}

void check_discrepancies(Checker& c, const Renstra& plan, const Ids& node_ids) {
    for (std::size_t i = 0; i < plan.discrepancies.size(); ++i) {
        const Discrepancy& d = plan.discrepancies[i];
        c.at("discrepancies", i);
        c.require(d.node.empty() || node_ids.count(d.node) > 0, {"node"},
                  Message{"error.plan.unknown_node", {{"id", d.node}}});
        c.require(!d.kept.empty() && !d.printed.empty() && !d.where.empty() && !d.why.empty(), {},
                  Message{"error.plan.discrepancy_fields", {}});
    }
}

// The year budgets were first split into the classes of Permendagri 90/2019 (operasi, modal, tidak
// terduga, transfer), replacing belanja tidak langsung and langsung of Permendagri 13/2006.
constexpr int first_year_of_new_classes = 2021;

bool new_class(SpendingClass c) {
    return c != SpendingClass::belanja_tidak_langsung && c != SpendingClass::belanja_langsung;
}

std::string line_name(const BudgetLine& b, const Language& L) {
    return b.node.empty() ? L.format("plan.warn.body_line", {{"name", b.name}})
                          : L.format("plan.warn.node_line", {{"node", b.node}});
}

std::string period_text(const Period& p) { return std::to_string(p.from) + "-" + std::to_string(p.to); }

void warn_budget(const Renstra& plan, const Language& L, std::vector<PlanWarning>& out) {
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& b = plan.budget[i];
        const auto warn = [&](const char* rule, const char* field, std::string message) {
            out.push_back({rule, PlanLocation{"budget", i, {field}}, b.node, b.year, std::move(message)});
        };
        const std::string line = line_name(b, L);
        const std::string year = std::to_string(b.year);
        if (b.realisasi > b.anggaran)
            warn("budget.realisasi_above_anggaran", "realisasi",
                 L.format("plan.warn.realisasi_above_anggaran",
                          {{"line", line},
                           {"year", year},
                           {"realisasi", L.number(detail::canonical_text(b.realisasi))},
                           {"anggaran", L.number(detail::canonical_text(b.anggaran))}}));
        const bool is_new = new_class(b.spending);
        if (is_new != (b.year >= first_year_of_new_classes))
            warn("budget.class_years", "spending",
                 L.format(is_new ? "plan.warn.class_from_2021" : "plan.warn.class_before_2021",
                          {{"line", line}, {"year", year}, {"class", to_string(b.spending)}}));
        if (b.year < plan.period.from || b.year > plan.period.to)
            warn("period.year", "year",
                 L.format("plan.warn.line_outside_period",
                          {{"line", line}, {"year", year}, {"period", period_text(plan.period)}}));
    }
}

void warn_indicators(const Renstra& plan, const Language& L, std::vector<PlanWarning>& out) {
    for (std::size_t i = 0; i < plan.indicators.size(); ++i) {
        const Indicator& ind = plan.indicators[i];
        // `list` is the model's name ("targets"), `message` what is said of it.
        const auto warn = [&](const char* list, const char* message, int year) {
            out.push_back({"period.year", PlanLocation{"indicators", i, {list, std::to_string(year)}},
                           ind.node, year,
                           L.format(message, {{"id", ind.id},
                                              {"year", std::to_string(year)},
                                              {"period", period_text(plan.period)}})});
        };
        for (const auto& entry : ind.targets)
            if (entry.first < plan.period.from || entry.first > plan.period.to)
                warn("targets", "plan.warn.target_outside_period", entry.first);
        for (const auto& entry : ind.realisations)
            if (entry.first > plan.period.to)
                warn("realisations", "plan.warn.realisation_after_period", entry.first);
    }
    for (std::size_t i = 0; i < plan.tables.size(); ++i) {
        const DataTable& t = plan.tables[i];
        if (t.year > plan.period.to)
            out.push_back({"period.year", PlanLocation{"tables", i, {"year"}}, "", t.year,
                           L.format("plan.warn.table_after_period", {{"id", t.id},
                                                                     {"year", std::to_string(t.year)},
                                                                     {"period", period_text(plan.period)}})});
    }
}

}  // namespace

std::vector<PlanWarning> plan_warnings(const Renstra& plan, const Language& lang) {
    std::vector<PlanWarning> out;
    warn_budget(plan, lang, out);
    warn_indicators(plan, lang, out);
    return out;
}

void validate(const Renstra& plan, const std::string& source) {
    Checker c(source);
    c.at("body");
    c.require(!plan.body.name.empty(), {"name"}, Message{"error.plan.body_name", {}});
    c.at("period");
    c.require(is_year(plan.period.from), {"from"}, year_range("error.plan.period_year"));
    c.require(is_year(plan.period.to), {"to"}, year_range("error.plan.period_year"));
    c.require(plan.period.from <= plan.period.to, {}, Message{"error.plan.period_order", {}});
    const NodeIndex nodes(plan);
    const Ids unit_ids = check_units(c, plan);
    const Ids node_ids = check_nodes(c, plan, nodes, unit_ids);
    check_statements(c, plan, nodes);
    check_tables(c, plan);
    check_indicators(c, plan, node_ids);
    check_budget(c, plan, nodes);
    check_discrepancies(c, plan, node_ids);
}

}  // namespace kinerja

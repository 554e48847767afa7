// Perjanjian Kinerja: structural rules, consistency with the plan, capaian per unit.

#include "kinerja/plan/perjanjian.hpp"

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "kinerja/core/error.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/measurement.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {
namespace {

bool same(const std::optional<Decimal>& a, const std::optional<Decimal>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (*a == *b && a->scale() == b->scale());
}

bool same(const PkQuarters& a, const PkQuarters& b) {
    for (std::size_t q = 0; q < 4; ++q)
        if (!same(a[q], b[q])) return false;
    return true;
}

// Equal by value (26.75 == 26.750): a PK copies the Renstra's figure, maybe with other decimals.
bool same_value(const Target& a, const Target& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Target::Kind::number:
            return a.value == b.value;
        case Target::Kind::range:
            return a.min == b.min && a.max == b.max;
        case Target::Kind::grade:
            return a.grade == b.grade;
    }
    return false;
}

// A target as a finding names it, in the language's number text.
std::string describe(const Target& t, const Language& L) {
    switch (t.kind) {
        case Target::Kind::number:
            return L.number(format_number(t.value));
        case Target::Kind::range:
            return L.number(format_number(t.min)) + "-" + L.number(format_number(t.max));
        case Target::Kind::grade:
            return t.grade;
    }
    return {};
}

// The reported quarters rolled up by `how`; empty when none is reported.
std::optional<Decimal> roll_up(const PkQuarters& quarters, Rollup how) {
    std::optional<Decimal> out;
    for (const auto& q : quarters) {
        if (!q) continue;
        if (!out)
            out = *q;
        else if (how == Rollup::sum)
            out = *out + *q;
        else if (how == Rollup::last || *q > *out)
            out = *q;
    }
    return out;
}

const Node* find_node(const Renstra& plan, const std::string& id) {
    return id.empty() ? nullptr : plan.find_node(id);
}

// The unit responsible for `node`: its own, else its nearest ancestor's. The walk is bounded by the
// number of nodes, so a cycle a plan built in code might hold cannot loop.
std::string responsible_unit(const Renstra& plan, const Node* node) {
    for (std::size_t steps = 0; node != nullptr && steps <= plan.nodes.size(); ++steps) {
        if (!node->unit.empty()) return node->unit;
        node = find_node(plan, node->parent);
    }
    return {};
}

std::string pk_path(std::size_t pk) { return "/perjanjian/" + std::to_string(pk); }

PlanLocation location(std::size_t pk, std::vector<std::string> field) {
    return PlanLocation{"perjanjian", pk, std::move(field)};
}

bool fits(Polarity polarity, Target::Kind kind) {
    switch (polarity) {
        case Polarity::qualitative:
            return kind == Target::Kind::grade;
        case Polarity::range:
            return kind == Target::Kind::range;
        case Polarity::higher_is_better:
        case Polarity::lower_is_better:
            return kind == Target::Kind::number;
    }
    return false;
}

// "a {polarity} indicator needs a grade (range, number) target": the kind of target \p polarity takes.
Message target_kind_needed(Polarity polarity) {
    const char* id = polarity == Polarity::qualitative ? "error.plan.target_grade"
                     : polarity == Polarity::range     ? "error.plan.target_range"
                                                       : "error.plan.target_number";
    return Message{id, {{"polarity", std::string(to_string(polarity))}}};
}

}  // namespace

bool operator==(const PkItem& a, const PkItem& b) {
    return a.indicator == b.indicator && a.target == b.target && same(a.rencana, b.rencana) &&
           same(a.realisasi, b.realisasi) && a.rollup == b.rollup;
}

const Indicator* pk_indicator(const Renstra& plan, const PerjanjianKinerja& pk, const PkItem& item) {
    for (const Indicator& own : pk.indicators)
        if (own.id == item.indicator) return &own;
    return plan.find_indicator(item.indicator);
}

Rollup pk_rollup(const Renstra& plan, const PerjanjianKinerja& pk, const PkItem& item) {
    if (item.rollup) return *item.rollup;
    if (const Indicator* ind = pk_indicator(plan, pk, item)) {
        const auto r = ind->realisations.find(pk.year);
        if (r != ind->realisations.end() && r->second.source == Realisation::Source::triwulan)
            return r->second.rollup;
    }
    return Rollup::sum;
}

void validate_perjanjian(const Renstra& plan, const std::string& source) {
    const auto fail = [&](std::size_t pk, std::vector<std::string> field, Message said) {
        PlanLocation where = location(pk, std::move(field));
        std::string reason = english(said);
        throw plan_error(source, where.to_string(), where, std::move(reason), std::move(said));
    };
    std::set<std::string> units;
    for (const Unit& u : plan.units) units.insert(u.id);
    std::set<std::pair<std::string, int>> signed_once;
    for (std::size_t i = 0; i < plan.perjanjian.size(); ++i) {
        const PerjanjianKinerja& pk = plan.perjanjian[i];
        if (units.count(pk.unit) == 0)
            fail(i, {"unit"}, Message{"error.plan.unknown_unit", {{"id", pk.unit}}});
        if (pk.year < min_year || pk.year > max_year)
            fail(i, {"year"},
                 Message{"error.pk.year",
                         {{"year", std::to_string(pk.year)},
                          {"min", std::to_string(min_year)},
                          {"max", std::to_string(max_year)}}});
        if (!signed_once.emplace(pk.unit, pk.year).second)
            fail(i, {"unit"},
                 Message{"error.pk.once_a_year", {{"unit", pk.unit}, {"year", std::to_string(pk.year)}}});
        std::set<std::string> own;
        for (std::size_t k = 0; k < pk.indicators.size(); ++k) {
            const Indicator& ind = pk.indicators[k];
            const std::string at = std::to_string(k);
            if (ind.id.empty()) fail(i, {"indicators", at, "id"}, Message{"error.pk.indicator_id", {}});
            if (!own.insert(ind.id).second || plan.find_indicator(ind.id) != nullptr)
                fail(i, {"indicators", at, "id"}, Message{"error.pk.duplicate_indicator", {{"id", ind.id}}});
            if (plan.find_node(ind.node) == nullptr)
                fail(i, {"indicators", at, "node"}, Message{"error.plan.unknown_node", {{"id", ind.node}}});
        }
        for (std::size_t k = 0; k < pk.items.size(); ++k) {
            const PkItem& item = pk.items[k];
            const std::string at = std::to_string(k);
            const Indicator* ind = pk_indicator(plan, pk, item);
            if (ind == nullptr)
                fail(i, {"items", at, "indicator"},
                     Message{"error.plan.unknown_indicator", {{"id", item.indicator}}});
            if (!fits(ind->polarity, item.target.kind))
                fail(i, {"items", at, "target"}, target_kind_needed(ind->polarity));
        }
    }
}

std::vector<PkFinding> check_perjanjian(const Renstra& plan, const Language& L) {
    std::vector<PkFinding> out;
    for (std::size_t i = 0; i < plan.perjanjian.size(); ++i) {
        const PerjanjianKinerja& pk = plan.perjanjian[i];
        for (std::size_t k = 0; k < pk.items.size(); ++k) {
            const PkItem& item = pk.items[k];
            const Indicator* ind = pk_indicator(plan, pk, item);
            if (ind == nullptr) continue;  // validate_perjanjian refuses it
            const std::string item_path = pk_path(i) + "/items/" + std::to_string(k);
            const auto find = [&](std::string rule, std::string where, std::string message) {
                out.push_back(PkFinding{std::move(rule), item_path + where, pk.unit, item.indicator, pk.year,
                                        std::move(message)});
            };
            const std::string who =
                L.format("pk.check.who", {{"indicator", item.indicator}, {"unit", pk.unit}});
            if (pk.eselon != Eselon::kepala) {
                const Node* node = plan.find_node(ind->node);
                const bool iii = pk.eselon == Eselon::eselon_iii;
                const bool level_fits =
                    node != nullptr &&
                    (iii ? node->level == Level::sasaran || node->level == Level::program
                         : node->level == Level::kegiatan || node->level == Level::sub_kegiatan);
                const std::string rule = iii ? "pk.eselon_iii_node" : "pk.eselon_iv_node";
                if (!level_fits) {
                    find(rule, "/indicator",
                         L.format(iii ? "pk.check.level_iii" : "pk.check.level_iv",
                                  {{"who", who},
                                   {"node", ind->node},
                                   {"level", node ? std::string(to_string(node->level))
                                                  : L.text("pk.check.unknown")}}));
                } else if (const std::string responsible = responsible_unit(plan, node);
                           responsible != pk.unit) {
                    find(
                        rule, "/indicator",
                        L.format("pk.check.other_unit",
                                 {{"who", who},
                                  {"node", ind->node},
                                  {"unit", responsible.empty() ? L.text("pk.check.no_unit") : responsible}}));
                }
            } else {
                const Indicator* in_plan = plan.find_indicator(item.indicator);
                const Target* renstra = nullptr;
                if (in_plan != nullptr) {
                    const auto t = in_plan->targets.find(pk.year);
                    if (t != in_plan->targets.end()) renstra = &t->second;
                }
                if (in_plan == nullptr) {
                    find("pk.kepala_target", "/indicator",
                         L.format("pk.check.not_in_renstra", {{"who", who}}));
                } else if (renstra == nullptr) {
                    find("pk.kepala_target", "/target",
                         L.format("pk.check.no_renstra_target",
                                  {{"who", who}, {"year", std::to_string(pk.year)}}));
                } else if (!same_value(*renstra, item.target)) {
                    find("pk.kepala_target", "/target",
                         L.format("pk.check.target_differs", {{"who", who},
                                                              {"target", describe(item.target, L)},
                                                              {"year", std::to_string(pk.year)},
                                                              {"renstra", describe(*renstra, L)}}));
                }
            }
            const bool all_four = std::all_of(item.rencana.begin(), item.rencana.end(),
                                              [](const std::optional<Decimal>& q) { return q.has_value(); });
            if (item.target.kind == Target::Kind::number && all_four) {
                const Rollup how = pk_rollup(plan, pk, item);
                const Decimal rolled = *roll_up(item.rencana, how);
                if (rolled != item.target.value)
                    find("pk.rencana_aksi", "/rencana",
                         L.format("pk.check.rencana_aksi",
                                  {{"who", who},
                                   {"rollup", to_string(how)},
                                   {"rolled", L.number(format_number(rolled))},
                                   {"target", L.number(format_number(item.target.value))}}));
            }
        }
    }
    return out;
}

std::vector<PkCapaian> pk_capaian(const Renstra& plan, int year, const CapaianPolicy& policy) {
    std::vector<PkCapaian> out;
    for (const PerjanjianKinerja& pk : plan.perjanjian) {
        if (pk.year != year) continue;
        PkCapaian unit;
        unit.unit = pk.unit;
        unit.eselon = pk.eselon;
        Decimal sum = Decimal(0).rescaled(policy.precision.decimals);
        int defined = 0;
        bool complete = !pk.items.empty();
        for (const PkItem& item : pk.items) {
            const Indicator* ind = pk_indicator(plan, pk, item);
            if (ind == nullptr) throw lookup_error("indicator", item.indicator, {});
            PkItemCapaian c;
            c.indicator = item.indicator;
            if (const auto rolled = roll_up(item.realisasi, pk_rollup(plan, pk, item)))
                c.realisasi = Measure::number(*rolled);
            else if (plan.find_indicator(item.indicator) == ind)
                c.realisasi = realisation(plan, *ind, year);
            if (c.realisasi) {
                c.capaian = capaian(*ind, item.target, *c.realisasi, policy);
                if (c.capaian.is_defined()) {
                    sum += c.capaian.points();
                    ++defined;
                }
            } else {
                complete = false;
            }
            unit.items.push_back(std::move(c));
        }
        if (complete)
            unit.capaian = defined == 0 ? Percent::undefined()
                                        : Percent(*divide(sum, Decimal(defined), policy.precision.decimals,
                                                          policy.precision.rounding));
        out.push_back(std::move(unit));
    }
    return out;
}

}  // namespace kinerja

// Budget roll-ups: a node and everything under it, a spending class, or the whole body.

#include "kinerja/plan/totals.hpp"

#include <algorithm>
#include <unordered_set>

#include "kinerja/plan/language.hpp"

namespace kinerja {
namespace {

// The lines of `year` under `node` (its own, its kegiatan's and sub kegiatan's; every line for an
// empty node), of one spending class when `spending` is set.
// With `upto`, each line's realisasi is that of its quarters 1..upto.
BudgetTotals totals_of(const Renstra& plan, std::string_view node, int year,
                       std::optional<SpendingClass> spending, std::optional<int> upto = std::nullopt) {
    // One call is one pass over the nodes and one over the lines (a set, not a list to search); a
    // caller asking for many nodes uses PlanIndex, which sums every node in one pass.
    // In a plan read without validation a budget line or a node's parent may name a node the
    // hierarchy lacks: its lines, or those of the nodes under it, are its totals. An id that nothing
    // names is a typo, never Rp0.
    const bool in_tree =
        node.empty() || plan.find_node(node) != nullptr ||
        std::any_of(plan.nodes.begin(), plan.nodes.end(), [node](const Node& n) { return n.parent == node; });
    if (!in_tree && std::none_of(plan.budget.begin(), plan.budget.end(),
                                 [node](const BudgetLine& line) { return line.node == node; }))
        (void)plan.node(node);
    const std::vector<std::string> kegiatan =
        !in_tree || node.empty() ? std::vector<std::string>{} : plan.descendants(node, Level::kegiatan);
    const std::vector<std::string> subs =
        !in_tree || node.empty() ? std::vector<std::string>{} : plan.descendants(node, Level::sub_kegiatan);
    std::unordered_set<std::string_view> under(kegiatan.begin(), kegiatan.end());
    under.insert(subs.begin(), subs.end());
    under.insert(node);
    BudgetTotals totals;
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& line = plan.budget[i];
        if (line.year != year || (spending && line.spending != *spending)) continue;
        if (!node.empty() && under.count(line.node) == 0) continue;
        if (!upto) {
            totals.add(line);
            continue;
        }
        if (!line.triwulan) {
            Message said = line.node.empty()
                               ? Message{"error.totals.body_line_quarters", {{"name", line.name}}}
                               : Message{"error.totals.node_line_quarters", {{"node", line.node}}};
            said.args.emplace_back("year", std::to_string(year));
            said.args.emplace_back("triwulan", std::to_string(*upto));
            std::string reason = english(said);
            throw data_error("", "/budget/" + std::to_string(i), std::move(reason), std::move(said));
        }
        BudgetLine so_far = line;
        so_far.realisasi = Rupiah();
        for (std::size_t q = 0; q < static_cast<std::size_t>(*upto); ++q)
            so_far.realisasi += (*line.triwulan)[q];
        totals.add(so_far);
    }
    return totals;
}

int checked_triwulan(int upto_triwulan) {
    if (upto_triwulan < 1 || upto_triwulan > 4) {
        Message said{"error.plan.triwulan_range", {{"triwulan", std::to_string(upto_triwulan)}}};
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw value_error(std::move(reason), std::move(said));
    }
    return upto_triwulan;
}

}  // namespace

BudgetTotals budget_of(const Renstra& plan, std::string_view node, int year) {
    return totals_of(plan, node, year, std::nullopt);
}

BudgetTotals budget_of(const Renstra& plan, std::string_view node, int year, SpendingClass spending) {
    return totals_of(plan, node, year, spending);
}

BudgetTotals budget_of_class(const Renstra& plan, int year, SpendingClass spending) {
    return totals_of(plan, "", year, spending);
}

BudgetTotals budget_upto(const Renstra& plan, std::string_view node, int year, int upto_triwulan) {
    return totals_of(plan, node, year, std::nullopt, checked_triwulan(upto_triwulan));
}

BudgetTotals budget_upto(const Renstra& plan, std::string_view node, int year, int upto_triwulan,
                         SpendingClass spending) {
    return totals_of(plan, node, year, spending, checked_triwulan(upto_triwulan));
}

}  // namespace kinerja

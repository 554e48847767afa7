// Budget roll-ups: a node and everything under it, a spending class, or the whole body.

#include "kinerja/plan/totals.hpp"

#include <algorithm>
#include <unordered_set>

namespace kinerja {
namespace {

// The lines of `year` under `node` (its own, its kegiatan's and sub kegiatan's; every line for an
// empty node), of one spending class when `spending` is set.
BudgetTotals totals_of(const Renstra& plan, std::string_view node, int year,
                       std::optional<SpendingClass> spending) {
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
    for (const BudgetLine& line : plan.budget) {
        if (line.year != year || (spending && line.spending != *spending)) continue;
        if (node.empty() || under.count(line.node) > 0) totals.add(line);
    }
    return totals;
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

}  // namespace kinerja

// Budget roll-ups: a node and everything under it, a spending class, or the whole body.

#include "kinerja/plan/totals.hpp"

#include <algorithm>

namespace kinerja {
namespace {

// The lines of `year` under `node` (its own, its kegiatan's and sub kegiatan's; every line for an
// empty node), of one spending class when `spending` is set.
BudgetTotals totals_of(const Renstra& plan, std::string_view node, int year,
                       std::optional<SpendingClass> spending) {
    std::vector<std::string> under;
    if (!node.empty()) {
        under = plan.descendants(node, Level::kegiatan);
        const auto subs = plan.descendants(node, Level::sub_kegiatan);
        under.insert(under.end(), subs.begin(), subs.end());
        under.emplace_back(node);
    }
    BudgetTotals totals;
    for (const BudgetLine& line : plan.budget) {
        if (line.year != year || (spending && line.spending != *spending)) continue;
        if (node.empty() || std::find(under.begin(), under.end(), line.node) != under.end()) totals.add(line);
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

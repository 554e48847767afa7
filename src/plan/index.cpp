// The look-ups of a Renstra built once: maps by id, children lists, and budget totals under every node
// summed bottom-up in one pass per year and spending class.

#include "kinerja/plan/index.hpp"

#include <algorithm>

#include "kinerja/core/error.hpp"
#include "kinerja/plan/totals.hpp"

namespace kinerja {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

// Adds the totals of some lines to the totals of others (disjoint sets of lines): the same figures as
// adding each line, for the sums are exact; anggaran murni stays known only when both sides know it.
void merge(BudgetTotals& into, const BudgetTotals& more) {
    if (more.lines == 0) return;
    if (into.lines == 0) {
        into = more;
        return;
    }
    into.anggaran += more.anggaran;
    into.realisasi += more.realisasi;
    if (into.anggaran_murni && more.anggaran_murni)
        *into.anggaran_murni += *more.anggaran_murni;
    else
        into.anggaran_murni.reset();
    into.lines += more.lines;
}

bool rolls_up(Level level) { return level == Level::kegiatan || level == Level::sub_kegiatan; }

}  // namespace

// The totals of one year (and spending class) for every node: `own` by slot (the lines naming it),
// `under` by node (what budget_of gives: its own lines and those of every kegiatan and sub kegiatan
// under it), `whole` every line.
struct PlanIndex::Rollup {
    // Set when a partial sum left the Rupiah range: the sums are then redone line by line in document
    // order by budget_of, so that an overflow is thrown exactly where it was before.
    bool exact_only = false;
    BudgetTotals whole;
    std::vector<BudgetTotals> own;
    std::vector<BudgetTotals> under;
};

PlanIndex::PlanIndex(const Renstra& plan) : plan_(&plan) {
    const std::size_t n = plan.nodes.size();
    node_of_.reserve(n);
    parent_.assign(n, none);
    children_.resize(n);
    by_level_.resize(static_cast<std::size_t>(Level::sub_kegiatan) + 1);
    for (std::size_t i = 0; i < n; ++i) {
        const Node& node = plan.nodes[i];
        const bool fresh = node_of_.emplace(node.id, i).second;
        if (!fresh || node.id.empty()) tree_ = false;
        if (!node.parent.empty()) {
            const auto p = node_of_.find(node.parent);
            // A parent not seen yet: later, unknown, or the node itself.
            if (p == node_of_.end() || p->second == i) {
                tree_ = false;
            } else {
                parent_[i] = p->second;
                children_[p->second].push_back(i);
            }
        }
        const auto level = static_cast<std::size_t>(node.level);
        if (level < by_level_.size()) by_level_[level].push_back(i);
    }
    indicator_of_.reserve(plan.indicators.size());
    std::vector<std::size_t> node_of_indicator(plan.indicators.size(), none);
    indicator_start_.assign(n + 1, 0);
    for (std::size_t i = 0; i < plan.indicators.size(); ++i) {
        const Indicator& ind = plan.indicators[i];
        indicator_of_.emplace(ind.id, i);
        const auto at = node_of_.find(ind.node);
        if (at == node_of_.end()) {
            indicators_elsewhere_[ind.node].push_back(&ind);
            continue;
        }
        node_of_indicator[i] = at->second;
        ++indicator_start_[at->second + 1];
    }
    for (std::size_t i = 0; i < n; ++i) indicator_start_[i + 1] += indicator_start_[i];
    indicator_list_.resize(indicator_start_[n]);
    std::vector<std::size_t> fill(indicator_start_.begin(), indicator_start_.end() - 1);
    for (std::size_t i = 0; i < plan.indicators.size(); ++i)
        if (node_of_indicator[i] != none) indicator_list_[fill[node_of_indicator[i]]++] = &plan.indicators[i];
    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        table_of_.emplace(std::make_pair(std::string_view(plan.tables[i].id), plan.tables[i].year), i);
    slots_ = n;
    line_slot_.reserve(plan.budget.size());
    for (std::size_t i = 0; i < plan.budget.size(); ++i) {
        const BudgetLine& line = plan.budget[i];
        // A node's lines usually stand together (one per year): the previous line's slot saves a hash.
        if (i > 0 && line.node == plan.budget[i - 1].node) {
            line_slot_.push_back(line_slot_.back());
            continue;
        }
        const auto known = node_of_.find(line.node);
        if (known != node_of_.end()) {
            line_slot_.push_back(known->second);
            continue;
        }
        const auto other = other_slot_.emplace(line.node, slots_);
        if (other.second) ++slots_;
        line_slot_.push_back(other.first->second);
    }
}

PlanIndex::PlanIndex(PlanIndex&&) noexcept = default;
PlanIndex& PlanIndex::operator=(PlanIndex&&) noexcept = default;
PlanIndex::~PlanIndex() = default;

const Node* PlanIndex::find_node(std::string_view id) const {
    const auto it = node_of_.find(id);
    return it == node_of_.end() ? nullptr : &plan_->nodes[it->second];
}

const Indicator* PlanIndex::find_indicator(std::string_view id) const {
    const auto it = indicator_of_.find(id);
    return it == indicator_of_.end() ? nullptr : &plan_->indicators[it->second];
}

const DataTable* PlanIndex::find_table(std::string_view table_id, int year) const {
    const auto it = table_of_.find({table_id, year});
    return it == table_of_.end() ? nullptr : &plan_->tables[it->second];
}

std::vector<std::string> PlanIndex::descendants(std::string_view id, Level level) const {
    if (!tree_) return plan_->descendants(id, level);
    std::vector<std::size_t> found;
    if (id.empty()) {
        found = by_level_[static_cast<std::size_t>(level)];
    } else {
        const auto it = node_of_.find(id);
        if (it == node_of_.end()) return {};
        // Depth first with an explicit stack: the depth is the input's. Children lists are in
        // document order but a subtree's nodes may interleave with others', hence the sort.
        std::vector<std::size_t> stack(children_[it->second].rbegin(), children_[it->second].rend());
        while (!stack.empty()) {
            const std::size_t i = stack.back();
            stack.pop_back();
            if (plan_->nodes[i].level == level) found.push_back(i);
            stack.insert(stack.end(), children_[i].rbegin(), children_[i].rend());
        }
        std::sort(found.begin(), found.end());
    }
    std::vector<std::string> out;
    out.reserve(found.size());
    for (const std::size_t i : found) out.push_back(plan_->nodes[i].id);
    return out;
}

PlanIndex::Indicators PlanIndex::indicators_of(std::string_view node) const {
    if (const auto at = node_of_.find(node); at != node_of_.end()) {
        const Indicator* const* all = indicator_list_.data();
        return {all + indicator_start_[at->second], all + indicator_start_[at->second + 1]};
    }
    const auto it = indicators_elsewhere_.find(node);
    if (it == indicators_elsewhere_.end()) return {};
    return {it->second.data(), it->second.data() + it->second.size()};
}

const PlanIndex::Rollup& PlanIndex::rollup(int year, std::optional<SpendingClass> spending) const {
    auto& kept = rollups_[{year, spending ? static_cast<int>(*spending) : -1}];
    if (kept) return *kept;
    auto r = std::make_unique<Rollup>();
    try {
        r->own.resize(slots_);
        for (std::size_t i = 0; i < plan_->budget.size(); ++i) {
            const BudgetLine& line = plan_->budget[i];
            if (line.year != year || (spending && line.spending != *spending)) continue;
            r->whole.add(line);
            r->own[line_slot_[i]].add(line);
        }
        // Children come after their parents (tree_), so walking backwards finishes each node's
        // subtree before adding it to its parent.
        // under[i] first gathers the kegiatan and sub kegiatan lines below node i (from its children,
        // all of which come after it), then gets its own lines: one vector for both.
        const std::size_t n = plan_->nodes.size();
        r->under.resize(n);
        for (std::size_t i = n; i-- > 0;) {
            const BudgetTotals below = r->under[i];
            r->under[i] = r->own[i];
            merge(r->under[i], below);
            if (parent_[i] == none) continue;
            merge(r->under[parent_[i]], rolls_up(plan_->nodes[i].level) ? r->under[i] : below);
        }
    } catch (const overflow_error&) {
        r = std::make_unique<Rollup>();
        r->exact_only = true;
    }
    kept = std::move(r);
    return *kept;
}

BudgetTotals PlanIndex::totals(std::string_view node, int year, std::optional<SpendingClass> spending) const {
    if (tree_) {
        const Rollup& r = rollup(year, spending);
        if (!r.exact_only) {
            if (node.empty()) return r.whole;
            if (const auto it = node_of_.find(node); it != node_of_.end()) return r.under[it->second];
            if (const auto it = other_slot_.find(node); it != other_slot_.end()) return r.own[it->second];
            return {};
        }
    }
    if (node.empty())
        return spending ? kinerja::budget_of_class(*plan_, year, *spending)
                        : kinerja::budget_of(*plan_, node, year);
    return spending ? kinerja::budget_of(*plan_, node, year, *spending)
                    : kinerja::budget_of(*plan_, node, year);
}

BudgetTotals PlanIndex::budget_of(std::string_view node, int year) const {
    return totals(node, year, std::nullopt);
}

BudgetTotals PlanIndex::budget_of(std::string_view node, int year, SpendingClass spending) const {
    return totals(node, year, spending);
}

BudgetTotals PlanIndex::budget_of_class(int year, SpendingClass spending) const {
    return totals("", year, spending);
}

}  // namespace kinerja

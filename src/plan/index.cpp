// The look-ups of a Renstra built once: ids to positions, children lists, and budget totals under every
// node summed bottom-up in one pass per year and spending class.
//
// Everything is kept as positions in the plan's arrays (32-bit) in flat arrays: the parent of every
// node, the children and indicators of every node as one array each with a start per node, and ids
// in open-addressing tables (detail::IdTable). A plan of 40,000 kegiatan is over 500 MB; what the index
// reads of it on every call should be the plan itself read in order, not a heap node per id.

#include "kinerja/plan/index.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <utility>

#include "kinerja/core/error.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/totals.hpp"
#include "plan/detail/id_table.hpp"

namespace kinerja {
namespace {

using Pos = std::uint32_t;
constexpr Pos none = detail::IdTable::none;
constexpr std::size_t level_count = static_cast<std::size_t>(Level::sub_kegiatan) + 1;

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

// Positions are 32-bit: a plan that large cannot be read (ReadLimits), but one built in code is told.
// `id` says which list is too long.
Pos checked_count(std::size_t n, const char* id) {
    if (n >= none) {
        Message said{id, {{"limit", std::to_string(none)}}};
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw value_error(std::move(reason), std::move(said));
    }
    return static_cast<Pos>(n);
}

}  // namespace

struct PlanIndex::Data {
    // True when node ids are unique and non-empty and every parent is empty or an earlier node: then
    // the hierarchy is a forest and the children lists and subtree sums below answer exactly. A plan
    // that validate() accepts always is; any other is answered by the Renstra's own scans.
    bool tree = true;
    detail::IdTable node_ids;
    std::vector<Pos> parent;  // none for a root
    // Whether node i is a kegiatan or sub kegiatan, whose lines count for the nodes above: the rollup
    // reads it here rather than from the node, which would bring the whole plan's nodes in again.
    std::vector<bool> rolls_up;
    // The children of node i are child_list[child_start[i] .. child_start[i + 1]), in document order.
    std::vector<Pos> child_start;
    std::vector<Pos> child_list;
    std::array<std::vector<Pos>, level_count> by_level;  // in document order
    // The indicators of node i are indicator_list[indicator_start[i] .. indicator_start[i + 1]). Those
    // of ids that are no node are kept apart.
    std::vector<Pos> indicator_start;
    std::vector<const Indicator*> indicator_list;
    std::unordered_map<std::string_view, std::vector<const Indicator*>> indicators_elsewhere;
    // Indicators by their own id: built on the first find_indicator, as a summary asks for indicators
    // by node and never needs it. (Like the rollups, filled by const members: the index is not shared
    // between threads.)
    bool indicator_ids_built = false;
    detail::IdTable indicator_ids;
    std::map<std::pair<std::string_view, int>, std::size_t> tables;
    std::map<std::pair<int, int>, std::unique_ptr<Rollup>> rollups;
};

// The totals of one year (and spending class): `under` by node (what budget_of gives: its own lines
// and those of every kegiatan and sub kegiatan under it), `elsewhere` by the other ids lines name,
// `whole` every line.
struct PlanIndex::Rollup {
    // Set when a partial sum left the Rupiah range: the sums are then redone line by line in document
    // order by budget_of, so that an overflow is thrown exactly where it was before.
    bool exact_only = false;
    BudgetTotals whole;
    std::vector<BudgetTotals> under;
    std::unordered_map<std::string_view, BudgetTotals> elsewhere;
};

PlanIndex::PlanIndex(const Renstra& plan) : plan_(&plan), d_(std::make_unique<Data>()) {
    Data& d = *d_;
    const Pos n = checked_count(plan.nodes.size(), "error.index.too_many_nodes");
    const auto node_id = [&plan](Pos i) -> std::string_view { return plan.nodes[i].id; };
    d.tree = d.node_ids.build(n, node_id);
    d.parent.assign(n, none);
    d.rolls_up.assign(n, false);
    std::vector<Pos> child_count(static_cast<std::size_t>(n) + 1, 0);
    for (Pos i = 0; i < n; ++i) {
        const Node& node = plan.nodes[i];
        if (node.id.empty()) d.tree = false;
        if (!node.parent.empty()) {
            // The parent is most often the node before or that node's parent: compared in place, the
            // table is not probed. With the ids all different (or the plan is left to the scans) the
            // table would give the same node.
            Pos p = none;
            if (i > 0 && plan.nodes[i - 1].id == node.parent)
                p = i - 1;
            else if (i > 0 && d.parent[i - 1] != none && plan.nodes[d.parent[i - 1]].id == node.parent)
                p = d.parent[i - 1];
            else
                p = d.node_ids.find(node.parent, node_id);
            // A parent not listed before its child (later, unknown, or the node itself).
            if (p == none || p >= i) {
                d.tree = false;
            } else {
                d.parent[i] = p;
                ++child_count[p + 1];
            }
        }
        const auto level = static_cast<std::size_t>(node.level);
        if (level < level_count) d.by_level[level].push_back(i);
        d.rolls_up[i] = rolls_up(node.level);
    }
    for (Pos i = 0; i < n; ++i) child_count[i + 1] += child_count[i];
    d.child_start = child_count;
    d.child_list.resize(child_count[n]);
    for (Pos i = 0; i < n; ++i)
        if (d.parent[i] != none) d.child_list[child_count[d.parent[i]]++] = i;

    const Pos m = checked_count(plan.indicators.size(), "error.index.too_many_indicators");
    std::vector<Pos> node_of_indicator(m, none);
    d.indicator_start.assign(static_cast<std::size_t>(n) + 1, 0);
    Pos last = none;  // the node of the previous indicator: indicators usually follow their nodes' order
    for (Pos i = 0; i < m; ++i) {
        const Indicator& ind = plan.indicators[i];
        Pos at = none;
        // Compared in place only when ids are all different: of a duplicated id the first counts.
        if (d.tree && last != none && plan.nodes[last].id == ind.node)
            at = last;
        else if (d.tree && last != none && last + 1 < n && plan.nodes[last + 1].id == ind.node)
            at = last + 1;
        else
            at = d.node_ids.find(ind.node, node_id);
        if (at == none) {
            d.indicators_elsewhere[ind.node].push_back(&ind);
            continue;
        }
        last = at;
        node_of_indicator[i] = at;
        ++d.indicator_start[at + 1];
    }
    for (Pos i = 0; i < n; ++i) d.indicator_start[i + 1] += d.indicator_start[i];
    d.indicator_list.resize(d.indicator_start[n]);
    std::vector<Pos> fill(d.indicator_start.begin(), d.indicator_start.end() - 1);
    for (Pos i = 0; i < m; ++i)
        if (node_of_indicator[i] != none)
            d.indicator_list[fill[node_of_indicator[i]]++] = &plan.indicators[i];

    for (std::size_t i = 0; i < plan.tables.size(); ++i)
        d.tables.emplace(std::make_pair(std::string_view(plan.tables[i].id), plan.tables[i].year), i);
    // The budget lines are read by the first rollup of each year: they are the bulk of a plan, and a
    // pass over all of them here would be a second pass over memory the rollup reads anyway.
}

PlanIndex::PlanIndex(PlanIndex&&) noexcept = default;
PlanIndex& PlanIndex::operator=(PlanIndex&&) noexcept = default;
PlanIndex::~PlanIndex() = default;

std::size_t PlanIndex::node_number(std::string_view id) const {
    const Pos at = d_->node_ids.find(id, [this](Pos i) -> std::string_view { return plan_->nodes[i].id; });
    return at == none ? npos : at;
}

const Node* PlanIndex::find_node(std::string_view id) const {
    const std::size_t at = node_number(id);
    return at == npos ? nullptr : &plan_->nodes[at];
}

const Indicator* PlanIndex::find_indicator(std::string_view id) const {
    const auto indicator_id = [this](Pos i) -> std::string_view { return plan_->indicators[i].id; };
    if (!d_->indicator_ids_built) {
        (void)d_->indicator_ids.build(
            checked_count(plan_->indicators.size(), "error.index.too_many_indicators"), indicator_id);
        d_->indicator_ids_built = true;
    }
    const Pos at = d_->indicator_ids.find(id, indicator_id);
    return at == none ? nullptr : &plan_->indicators[at];
}

const DataTable* PlanIndex::find_table(std::string_view table_id, int year) const {
    const auto it = d_->tables.find({table_id, year});
    return it == d_->tables.end() ? nullptr : &plan_->tables[it->second];
}

std::vector<std::size_t> PlanIndex::descendant_numbers(std::string_view id, Level level) const {
    const Data& d = *d_;
    std::vector<std::size_t> found;
    if (!d.tree) {
        for (const std::string& k : plan_->descendants(id, level)) found.push_back(node_number(k));
        return found;
    }
    if (id.empty()) {
        const std::vector<Pos>& all = d.by_level[static_cast<std::size_t>(level)];
        return {all.begin(), all.end()};
    }
    const std::size_t root = node_number(id);
    // Not a node: the scan answers (a parent the plan lacks has children) or throws lookup_error.
    if (root == npos) {
        for (const std::string& k : plan_->descendants(id, level)) found.push_back(node_number(k));
        return found;
    }
    // Depth first with an explicit stack: the depth is the input's. Children lists are in document
    // order but a subtree's nodes may interleave with others', hence the sort.
    const auto children = [&d](std::size_t i) {
        return std::make_pair(d.child_list.begin() + d.child_start[i],
                              d.child_list.begin() + d.child_start[i + 1]);
    };
    std::vector<Pos> stack;
    {
        const auto [first, last] = children(root);
        stack.assign(std::make_reverse_iterator(last), std::make_reverse_iterator(first));
    }
    while (!stack.empty()) {
        const Pos i = stack.back();
        stack.pop_back();
        if (plan_->nodes[i].level == level) found.push_back(i);
        const auto [first, last] = children(i);
        stack.insert(stack.end(), std::make_reverse_iterator(last), std::make_reverse_iterator(first));
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::vector<std::string> PlanIndex::descendants(std::string_view id, Level level) const {
    if (!d_->tree) return plan_->descendants(id, level);
    const std::vector<std::size_t> found = descendant_numbers(id, level);
    std::vector<std::string> out;
    out.reserve(found.size());
    for (const std::size_t i : found) out.push_back(plan_->nodes[i].id);
    return out;
}

PlanIndex::Indicators PlanIndex::indicators_at(std::size_t node) const {
    const Indicator* const* all = d_->indicator_list.data();
    return {all + d_->indicator_start[node], all + d_->indicator_start[node + 1]};
}

PlanIndex::Indicators PlanIndex::indicators_of(std::string_view node) const {
    if (const std::size_t at = node_number(node); at != npos) return indicators_at(at);
    const auto it = d_->indicators_elsewhere.find(node);
    if (it == d_->indicators_elsewhere.end()) return {};
    return {it->second.data(), it->second.data() + it->second.size()};
}

const PlanIndex::Rollup& PlanIndex::rollup(int year, std::optional<SpendingClass> spending) const {
    auto& kept = d_->rollups[{year, spending ? static_cast<int>(*spending) : -1}];
    if (kept) return *kept;
    const Data& d = *d_;
    const auto node_id = [this](Pos i) -> std::string_view { return plan_->nodes[i].id; };
    const std::size_t n = plan_->nodes.size();
    auto r = std::make_unique<Rollup>();
    try {
        // own[i]: the lines naming node i.
        std::vector<BudgetTotals> own(n);
        // The node of the previous line counted, and the next two: lines usually follow their nodes'
        // order (a sub kegiatan's, its sibling's, or those of the next kegiatan's first), so most are
        // found by comparing in place rather than by probing the table.
        Pos last = none;
        const std::string* last_elsewhere = nullptr;
        for (const BudgetLine& line : plan_->budget) {
            if (line.year != year || (spending && line.spending != *spending)) continue;
            r->whole.add(line);
            Pos at = none;
            if (last != none && plan_->nodes[last].id == line.node)
                at = last;
            else if (last != none && last + 1 < n && plan_->nodes[last + 1].id == line.node)
                at = last + 1;
            else if (last != none && last + 2 < n && plan_->nodes[last + 2].id == line.node)
                at = last + 2;
            else if (last_elsewhere == nullptr || *last_elsewhere != line.node)
                at = d.node_ids.find(line.node, node_id);
            if (at != none) {
                own[at].add(line);
                last = at;
            } else {
                r->elsewhere[line.node].add(line);
                last_elsewhere = &line.node;
            }
        }
        // Children come after their parents (tree), so walking backwards finishes each node's
        // subtree before adding it to its parent.
        // under[i] first gathers the kegiatan and sub kegiatan lines below node i (from its children,
        // all of which come after it), then gets its own lines.
        r->under.resize(n);
        for (std::size_t i = n; i-- > 0;) {
            const BudgetTotals below = r->under[i];
            r->under[i] = own[i];
            merge(r->under[i], below);
            if (d.parent[i] == none) continue;
            merge(r->under[d.parent[i]], d.rolls_up[i] ? r->under[i] : below);
        }
    } catch (const overflow_error&) {
        r = std::make_unique<Rollup>();
        r->exact_only = true;
    }
    kept = std::move(r);
    return *kept;
}

// The totals under the node at position `at` (npos: look `node` up; "" is the whole plan).
BudgetTotals PlanIndex::totals(std::size_t at, std::string_view node, int year,
                               std::optional<SpendingClass> spending) const {
    if (d_->tree) {
        const Rollup& r = rollup(year, spending);
        if (!r.exact_only) {
            if (at == npos && node.empty()) return r.whole;
            if (at == npos) at = node_number(node);
            if (at != npos) return r.under[at];
            if (const auto it = r.elsewhere.find(node); it != r.elsewhere.end()) return it->second;
            // Not in this year's roll-up: the plain sum below tells an id with lines only in
            // other years (Rp0) from one nothing names (lookup_error).
        }
    }
    if (at != npos) node = plan_->nodes[at].id;
    if (node.empty())
        return spending ? kinerja::budget_of_class(*plan_, year, *spending)
                        : kinerja::budget_of(*plan_, node, year);
    return spending ? kinerja::budget_of(*plan_, node, year, *spending)
                    : kinerja::budget_of(*plan_, node, year);
}

BudgetTotals PlanIndex::budget_of(std::string_view node, int year) const {
    return totals(npos, node, year, std::nullopt);
}

BudgetTotals PlanIndex::budget_of(std::string_view node, int year, SpendingClass spending) const {
    return totals(npos, node, year, spending);
}

BudgetTotals PlanIndex::budget_of_class(int year, SpendingClass spending) const {
    return totals(npos, "", year, spending);
}

BudgetTotals PlanIndex::budget_at(std::size_t node, int year) const {
    return totals(node, plan_->nodes[node].id, year, std::nullopt);
}

}  // namespace kinerja

#pragma once
/// \file kinerja/plan/index.hpp
/// kinerja::PlanIndex: the look-ups of a Renstra (nodes, indicators and data tables by id, the nodes
/// under a node, budget totals under a node) built once, so that a report, a reviu or a summary over
/// the whole plan takes time linear in its size rather than a scan per node.

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "kinerja/plan/budget.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// The look-ups of one Renstra, each giving exactly what the Renstra's own member (or the free
/// function of the same name) gives. It keeps pointers into \p plan: the plan must outlive the index
/// and must not change while it is used. Budget totals are summed on first use for each year and
/// spending class and kept, so an index is not to be shared between threads.
class PlanIndex final {
public:
    /// Indexes \p plan in one pass over its nodes, indicators, tables and budget lines' ids.
    explicit PlanIndex(const Renstra& plan);
    /// Not copyable: it points into its plan and into itself.
    PlanIndex(const PlanIndex&) = delete;
    /// Not copyable.
    PlanIndex& operator=(const PlanIndex&) = delete;
    /// Moves keep the views valid: they point into the plan.
    PlanIndex(PlanIndex&&) noexcept;
    /// Move assignment.
    PlanIndex& operator=(PlanIndex&&) noexcept;
    /// Frees the kept totals.
    ~PlanIndex();

    /// The plan indexed.
    [[nodiscard]] const Renstra& plan() const noexcept { return *plan_; }
    /// As Renstra::find_node: the first node with \p id, or nullptr.
    [[nodiscard]] const Node* find_node(std::string_view id) const;
    /// As Renstra::find_indicator: the first indicator with \p id, or nullptr.
    [[nodiscard]] const Indicator* find_indicator(std::string_view id) const;
    /// As Renstra::find_table: the first data table \p table_id of \p year, or nullptr.
    [[nodiscard]] const DataTable* find_table(std::string_view table_id, int year) const;
    /// As Renstra::descendants: ids of the nodes at \p level under \p id, in document order.
    [[nodiscard]] std::vector<std::string> descendants(std::string_view id, Level level) const;
    /// Indicators, in document order, viewed in place.
    struct Indicators final {
        /// The first.
        const Indicator* const* first = nullptr;
        /// One past the last.
        const Indicator* const* last = nullptr;
        /// The first.
        [[nodiscard]] const Indicator* const* begin() const noexcept { return first; }
        /// One past the last.
        [[nodiscard]] const Indicator* const* end() const noexcept { return last; }
        /// How many.
        [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>(last - first); }
        /// Whether there are none.
        [[nodiscard]] bool empty() const noexcept { return first == last; }
    };
    /// The indicators whose node is \p node, in document order; valid while the index lives.
    [[nodiscard]] Indicators indicators_of(std::string_view node) const;
    /// As kinerja::budget_of(plan, node, year).
    [[nodiscard]] BudgetTotals budget_of(std::string_view node, int year) const;
    /// As kinerja::budget_of(plan, node, year, spending).
    [[nodiscard]] BudgetTotals budget_of(std::string_view node, int year, SpendingClass spending) const;
    /// As kinerja::budget_of_class(plan, year, spending).
    [[nodiscard]] BudgetTotals budget_of_class(int year, SpendingClass spending) const;

private:
    struct Rollup;
    [[nodiscard]] BudgetTotals totals(std::string_view node, int year,
                                      std::optional<SpendingClass> spending) const;
    [[nodiscard]] const Rollup& rollup(int year, std::optional<SpendingClass> spending) const;

    const Renstra* plan_;
    // True when node ids are unique and non-empty and every parent is empty or an earlier node: then
    // the hierarchy is a forest and the children lists and subtree sums below answer exactly. A plan
    // that validate() accepts always is; any other is answered by the Renstra's own scans.
    bool tree_ = true;
    std::unordered_map<std::string_view, std::size_t> node_of_;
    std::unordered_map<std::string_view, std::size_t> indicator_of_;
    std::map<std::pair<std::string_view, int>, std::size_t> table_of_;
    std::vector<std::size_t> parent_;                 // index of the parent node; npos for none
    std::vector<std::vector<std::size_t>> children_;  // in document order
    std::vector<std::vector<std::size_t>> by_level_;  // in document order, one list per Level
    // The indicators of node i are indicator_list_[indicator_start_[i] .. indicator_start_[i + 1]):
    // one array rather than a list per node. Those of ids that are no node are kept apart.
    std::vector<const Indicator*> indicator_list_;
    std::vector<std::size_t> indicator_start_;
    std::unordered_map<std::string_view, std::vector<const Indicator*>> indicators_elsewhere_;
    // Each budget line's node as a slot: node index for a known id, then one slot per other id.
    std::vector<std::size_t> line_slot_;
    std::unordered_map<std::string_view, std::size_t> other_slot_;
    std::size_t slots_ = 0;
    mutable std::map<std::pair<int, int>, std::unique_ptr<Rollup>> rollups_;
};

}  // namespace kinerja

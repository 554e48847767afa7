#pragma once
/// \file kinerja/plan/index.hpp
/// kinerja::PlanIndex: the look-ups of a Renstra (nodes, indicators and data tables by id, the nodes
/// under a node, budget totals under a node) built once, so that a report, a reviu or a summary over
/// the whole plan takes time linear in its size rather than a scan per node.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
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
    /// Indexes \p plan in one pass over its nodes, indicators, tables and budget lines' ids (the
    /// indicators by their own id on the first find_indicator).
    explicit PlanIndex(const Renstra& plan);
    /// Not copyable: it points into its plan and into itself.
    PlanIndex(const PlanIndex&) = delete;
    /// Not copyable.
    PlanIndex& operator=(const PlanIndex&) = delete;
    /// Moves keep the views valid: they point into the plan and into arrays the index holds by pointer.
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

    /// What node_number gives for an id that is no node.
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    /// The position in plan().nodes of the first node with \p id, or npos. The *_at look-ups below take
    /// such positions (below plan().nodes.size(), unchecked): a caller walking many nodes (a summary
    /// over every kegiatan) then looks each id up once, or not at all.
    [[nodiscard]] std::size_t node_number(std::string_view id) const;
    /// As descendants(id, level), each node as node_number of its id.
    [[nodiscard]] std::vector<std::size_t> descendant_numbers(std::string_view id, Level level) const;
    /// As indicators_of(plan().nodes[node].id) when \p node is the first node with its id (every node
    /// of a plan validate() accepts); none for a later node of a duplicated id.
    [[nodiscard]] Indicators indicators_at(std::size_t node) const;
    /// As budget_of(plan().nodes[node].id, year).
    [[nodiscard]] BudgetTotals budget_at(std::size_t node, int year) const;

private:
    struct Data;
    struct Rollup;
    [[nodiscard]] BudgetTotals totals(std::size_t at, std::string_view node, int year,
                                      std::optional<SpendingClass> spending) const;
    [[nodiscard]] const Rollup& rollup(int year, std::optional<SpendingClass> spending) const;

    const Renstra* plan_;
    // Behind a pointer: the tables are the implementation's (flat arrays and an open-addressing table
    // of ids, src/plan/detail/id_table.hpp), and moving the index moves no array the views point into.
    std::unique_ptr<Data> d_;
};

}  // namespace kinerja

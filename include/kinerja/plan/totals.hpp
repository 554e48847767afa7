#pragma once
/// \file kinerja/plan/totals.hpp
/// Budget totals of a node and everything under it, of a spending class, or of the whole body.

#include <string_view>

#include "kinerja/plan/budget.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// The budget lines of \p node and everything under it for \p year; an empty id means the whole body
/// (its own lines included).
[[nodiscard]] BudgetTotals budget_of(const Renstra& plan, std::string_view node, int year);

/// The budget lines of \p node and everything under it for \p year, of one spending class only.
[[nodiscard]] BudgetTotals budget_of(const Renstra& plan, std::string_view node, int year,
                                     SpendingClass spending);

/// The budget lines of one spending class for \p year (e.g. belanja langsung).
[[nodiscard]] BudgetTotals budget_of_class(const Renstra& plan, int year, SpendingClass spending);

}  // namespace kinerja

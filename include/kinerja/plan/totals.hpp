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

/// As budget_of(plan, node, year), the realisasi up to triwulan \p upto_triwulan (1..4): each line's
/// quarters 1..N summed; anggaran and anggaran murni stay the whole year's, so serapan() reads as
/// absorption so far. value_error when \p upto_triwulan is not 1..4; data_error naming the first line
/// (its place in the budget, node and year) without quarters, whose realisasi so far is unknown: never
/// counted as zero, never guessed from the year's total.
[[nodiscard]] BudgetTotals budget_upto(const Renstra& plan, std::string_view node, int year,
                                       int upto_triwulan);

/// As budget_upto(plan, node, year, upto_triwulan), of one spending class only.
[[nodiscard]] BudgetTotals budget_upto(const Renstra& plan, std::string_view node, int year,
                                       int upto_triwulan, SpendingClass spending);

}  // namespace kinerja

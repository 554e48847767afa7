#pragma once
/// \file kinerja/ledger/rollup.hpp
/// The roll-up: a ledger's lines summed to every level (see LedgerTotals for what it keeps and why).

#include "kinerja/ledger/store.hpp"
#include "kinerja/ledger/totals.hpp"

namespace kinerja {

/// Every line of \p ledger summed per year to every LedgerLevel, exact to the sen (Ledger::rollup()
/// calls it). overflow_error naming the group when a body-scoped sum leaves int64 sen. The totals
/// share the ledger's line columns (copy on write), so they stay valid whatever the ledger does next.
[[nodiscard]] LedgerTotals rollup(const Ledger& ledger);

}  // namespace kinerja

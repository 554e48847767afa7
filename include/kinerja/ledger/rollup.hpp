#pragma once
/// \file kinerja/ledger/rollup.hpp
/// The roll-up: a ledger's lines summed to every level (see LedgerTotals for what it keeps and why).

#include <cstddef>

#include "kinerja/ledger/store.hpp"
#include "kinerja/ledger/totals.hpp"

namespace kinerja {

/// Every line of \p ledger summed per year to every LedgerLevel, exact to the sen (Ledger::rollup()
/// calls it). overflow_error naming the group when a body-scoped sum leaves int64 sen. The totals
/// share the ledger's line columns (copy on write), so they stay valid whatever the ledger does next.
///
/// The result does not depend on the order of the lines beyond the order its groups are listed in
/// (== and canonical() ignore that), nor on the number of threads at all. Lines in (year, body) runs,
/// as exports write them, are summed where they lie and their sub kegiatan groups read in place; lines
/// in any other order are first partitioned by (year, body), stably, and their groups stored.
/// rollup(ledger, 0): see default_rollup_threads.
[[nodiscard]] LedgerTotals rollup(const Ledger& ledger);
/// rollup(ledger) on \p threads threads (0: default_rollup_threads). Every number of threads gives
/// the same totals, member by member, and the same error (that of the first failing group in the
/// order one thread meets them).
[[nodiscard]] LedgerTotals rollup(const Ledger& ledger, unsigned threads);
/// The threads rollup uses by default for \p lines lines: 2 when the machine has two cores or more
/// and there are at least 2^20 lines (below that, starting a thread costs more than it saves), else 1.
[[nodiscard]] unsigned default_rollup_threads(std::size_t lines);

}  // namespace kinerja

#pragma once
/// \file kinerja/ledger/merge.hpp
/// Merging roll-ups: the totals of partitions of the lines (e.g. per region, by Dask) summed exactly.

#include <vector>

#include "kinerja/ledger/totals.hpp"

namespace kinerja {

/// The totals of the union of the lines behind \p parts, in canonical order: exact (every sum is
/// recomputed in 128 bits from the parts' sums), associative and commutative, so partitions rolled
/// up separately (e.g. per region by Dask) merge to the single-process roll-up. Groups match by
/// code, so the parts may come from different ledgers; overflow_error when a body-scoped sum leaves
/// int64 sen.
[[nodiscard]] LedgerTotals merge(const std::vector<const LedgerTotals*>& parts);
/// The totals of both parts' lines; see merge(parts).
[[nodiscard]] LedgerTotals merge(const LedgerTotals& a, const LedgerTotals& b);

}  // namespace kinerja

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
///
/// The parts must be the totals of disjoint lines. The totals keep no line identity, so what is
/// checked is the finest key they have: no sub kegiatan group (year, region, body, code) may come
/// from two parts, else value_error naming both parts' indexes and that group (a part passed twice,
/// or totals merged with a merge that contains them). Parts may share everything coarser: a body, a
/// region or a year split across files, threads or regions merges as before; only the lines of one
/// sub kegiatan of one body and year must not be split between parts.
[[nodiscard]] LedgerTotals merge(const std::vector<const LedgerTotals*>& parts);
/// The totals of both parts' lines; see merge(parts).
[[nodiscard]] LedgerTotals merge(const LedgerTotals& a, const LedgerTotals& b);

}  // namespace kinerja

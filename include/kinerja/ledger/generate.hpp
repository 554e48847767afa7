#pragma once
/// \file kinerja/ledger/generate.hpp
/// A synthetic national ledger, for benchmarks and tests at scale.

#include <cstdint>
#include <vector>

#include "kinerja/ledger/store.hpp"

namespace kinerja {

/// What generate_ledger builds. The defaults are Indonesia at scale: 542 regions x 40 bodies x 25
/// programs x 4 kegiatan x 5 sub kegiatan = 10 840 000 lines a year.
struct GenerateOptions final {
    /// Regions: the first 38 are the provinces' governments, the rest their regencies and cities
    /// spread over the provinces (at most 3268).
    int regions = 542;
    /// Bodies per region (at most 99).
    int bodies = 40;
    /// Programs per body (at most 337, the generator's catalogue: X.XX.01 and 8 per bidang urusan).
    int programs = 25;
    /// Kegiatan per program (at most 196).
    int kegiatan = 4;
    /// Sub kegiatan per kegiatan (at most 9996).
    int sub_kegiatan = 5;
    /// Budget years, each a full set of lines.
    std::vector<int> years{2024};
    /// The PRNG seed: equal options give equal ledgers on every platform.
    std::uint64_t seed = 2024;
};

/// A synthetic national ledger: real province codes (11..96), regency codes "PP.01".. and city
/// codes "PP.71".., Permendagri 90-shaped codes drawn from a fixed catalogue (so a code recurs
/// across bodies), and amounts shaped like real budgets: mostly log-uniform between Rp 5 million
/// and Rp 2 billion in whole thousands, a tail (0.2%) of lines up to Rp 500 billion, realisasi mostly
/// 60-100% of anggaran, some odd sen and a few zero lines. Lines come in (year, body) runs.
/// Deterministic: its own splitmix64 and integer arithmetic only, never a std distribution (whose
/// output differs between standard libraries). value_error for options out of range.
[[nodiscard]] Ledger generate_ledger(const GenerateOptions& options = {});

}  // namespace kinerja

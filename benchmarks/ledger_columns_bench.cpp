// Ledger lines from Arrow-layout columns (io/ledger_columns.hpp) at national scale: the generated
// ledger's 10.84 million lines as an Arrow table holds them (codes as dictionary arrays with int32
// indices, years int16, amounts int64 sen or decimal128), in the generator's order and shuffled.
// Bytes processed are the column bytes read: 2 + 3 x 4 + 2 x 8 (int64) or 2 x 16 (decimal128) a line.
//
//   build/rel/benchmarks/ledger_columns_bench --benchmark_min_time=1

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace {

// One dictionary in Arrow's string layout.
struct Dictionary {
    std::vector<std::int32_t> offsets{0};
    std::string bytes;
    void add(const std::string& text) {
        bytes += text;
        offsets.push_back(static_cast<std::int32_t>(bytes.size()));
    }
    [[nodiscard]] kinerja::TextColumn view() const {
        return {offsets.data(), false, bytes.data(), bytes.size(), offsets.size() - 1};
    }
};

// The generated ledger as columns, lines in \p order.
struct Columns {
    Dictionary regions, bodies, subs;
    std::vector<std::int16_t> years;
    std::vector<std::int32_t> region_idx, body_idx, sub_idx;
    std::vector<std::int64_t> anggaran, realisasi;        // int64 sen
    std::vector<std::int64_t> anggaran128, realisasi128;  // decimal128 words, low then high

    explicit Columns(bool shuffled) {
        const kinerja::Ledger l = kinerja::generate_ledger();
        for (std::uint32_t r = 0; r < l.region_count(); ++r) regions.add(l.region_code(r));
        for (std::uint32_t b = 0; b < l.body_count(); ++b) bodies.add(l.body_code(b));
        for (std::uint32_t s = 0; s < l.sub_kegiatan_count(); ++s) subs.add(l.sub_kegiatan_code(s));
        std::vector<std::size_t> order(l.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        if (shuffled) std::shuffle(order.begin(), order.end(), std::mt19937_64(2024));
        for (std::size_t i : order) {
            const std::uint32_t body = l.bodies()[i];
            years.push_back(l.years()[i]);
            region_idx.push_back(static_cast<std::int32_t>(l.body_region(body)));
            body_idx.push_back(static_cast<std::int32_t>(body));
            sub_idx.push_back(static_cast<std::int32_t>(l.sub_kegiatan()[i]));
            anggaran.push_back(l.anggaran()[i]);
            realisasi.push_back(l.realisasi()[i]);
            anggaran128.push_back(l.anggaran()[i]);
            anggaran128.push_back(l.anggaran()[i] < 0 ? -1 : 0);
            realisasi128.push_back(l.realisasi()[i]);
            realisasi128.push_back(l.realisasi()[i] < 0 ? -1 : 0);
        }
    }

    [[nodiscard]] kinerja::LedgerColumns view(bool decimal) const {
        using kinerja::IntegerType;
        kinerja::LedgerColumns c;
        const std::size_t n = years.size();
        c.years = {years.data(), IntegerType::int16, n};
        c.regions = {regions.view(), kinerja::IntegerColumn{region_idx.data(), IntegerType::int32, n}};
        c.bodies = {bodies.view(), kinerja::IntegerColumn{body_idx.data(), IntegerType::int32, n}};
        c.sub_kegiatan = {subs.view(), kinerja::IntegerColumn{sub_idx.data(), IntegerType::int32, n}};
        if (decimal) {
            c.anggaran = {anggaran128.data(), kinerja::AmountType::decimal128, 2, n};
            c.realisasi = {realisasi128.data(), kinerja::AmountType::decimal128, 2, n};
        } else {
            c.anggaran = {anggaran.data(), kinerja::AmountType::int64_sen, 2, n};
            c.realisasi = {realisasi.data(), kinerja::AmountType::int64_sen, 2, n};
        }
        return c;
    }
};

const Columns& columns(bool shuffled) {
    static const Columns sorted(false), mixed(true);
    return shuffled ? mixed : sorted;
}

// Arguments: shuffled (0/1), decimal128 amounts (0/1).
void from_columns(benchmark::State& state) {
    const bool shuffled = state.range(0) != 0, decimal = state.range(1) != 0;
    const std::vector<kinerja::LedgerColumns> batch{columns(shuffled).view(decimal)};
    const auto n = static_cast<std::int64_t>(columns(shuffled).years.size());
    for (auto _ : state) {
        kinerja::Ledger l = kinerja::ledger_from_columns(batch, "bench");
        benchmark::DoNotOptimize(l);
    }
    state.SetItemsProcessed(state.iterations() * n);
    state.SetBytesProcessed(state.iterations() * n * (2 + 3 * 4 + (decimal ? 32 : 16)));
}
BENCHMARK(from_columns)
    ->ArgNames({"shuffled", "decimal128"})
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond);

}  // namespace

// The national ledger at scale: 542 regions x 40 bodies x 500 sub kegiatan = 10.84 million lines,
// generated once. Measured: a memory-bandwidth floor (a plain unchecked sum over the same 26 bytes
// a line the roll-up reads), the roll-up to every level, merging, bytes, and the CSV both ways.
//
//   build/ledger/benchmarks/ledger_bench --benchmark_min_time=1

#include <benchmark/benchmark.h>

#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <string>

namespace {

const kinerja::Ledger& ledger() {
    static const kinerja::Ledger l = kinerja::generate_ledger();
    return l;
}

const std::string& csv() {
    static const std::string text = kinerja::write_ledger_csv(ledger());
    return text;
}

constexpr std::int64_t line_bytes = 2 + 4 + 4 + 8 + 8;

// The floor: every column byte read once, summed without checks.
void bandwidth_floor(benchmark::State& state) {
    const auto& l = ledger();
    const std::int16_t* y = l.years().data();
    const std::uint32_t* b = l.bodies().data();
    const std::uint32_t* s = l.sub_kegiatan().data();
    const std::int64_t* a = l.anggaran().data();
    const std::int64_t* r = l.realisasi().data();
    const std::size_t n = l.size();
    for (auto _ : state) {
        std::uint64_t total = 0;
        for (std::size_t i = 0; i < n; ++i)
            total += static_cast<std::uint64_t>(y[i]) + b[i] + s[i] + static_cast<std::uint64_t>(a[i]) +
                     static_cast<std::uint64_t>(r[i]);
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(n) * line_bytes);
}
BENCHMARK(bandwidth_floor)->Unit(benchmark::kMillisecond);

void rollup_all_levels(benchmark::State& state) {
    const auto& l = ledger();
    for (auto _ : state) {
        kinerja::LedgerTotals t = l.rollup();
        benchmark::DoNotOptimize(t);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(l.size()));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(l.size()) * line_bytes);
}
BENCHMARK(rollup_all_levels)->Unit(benchmark::kMillisecond);

// Merging the national totals with empty totals: every group re-keyed by code, sorted and summed
// (the work a Dask merge of per-region partitions does, over all groups at once).
void merge_national(benchmark::State& state) {
    const auto& l = ledger();
    const kinerja::LedgerTotals whole = l.rollup();
    for (auto _ : state) {
        kinerja::LedgerTotals m = kinerja::merge(whole, kinerja::LedgerTotals());
        benchmark::DoNotOptimize(m);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(l.size()));
}
BENCHMARK(merge_national)->Unit(benchmark::kMillisecond);

void totals_to_and_from_bytes(benchmark::State& state) {
    const kinerja::LedgerTotals t = ledger().rollup();
    std::int64_t bytes = 0;
    for (auto _ : state) {
        const std::string b = t.to_bytes();
        kinerja::LedgerTotals back = kinerja::LedgerTotals::from_bytes(b);
        benchmark::DoNotOptimize(back);
        bytes += static_cast<std::int64_t>(b.size());
    }
    state.SetBytesProcessed(bytes);
}
BENCHMARK(totals_to_and_from_bytes)->Unit(benchmark::kMillisecond);

void csv_write(benchmark::State& state) {
    const auto& l = ledger();
    std::int64_t bytes = 0;
    for (auto _ : state) {
        const std::string text = kinerja::write_ledger_csv(l);
        bytes += static_cast<std::int64_t>(text.size());
        benchmark::DoNotOptimize(text.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(l.size()) * 2);  // amounts
    state.SetBytesProcessed(bytes);
}
BENCHMARK(csv_write)->Unit(benchmark::kMillisecond);

// Items are amounts (two a line), so items_per_second reads as amounts per second.
void csv_read(benchmark::State& state) {
    const std::string& text = csv();
    std::size_t lines = 0;
    for (auto _ : state) {
        kinerja::Ledger l = kinerja::read_ledger_csv(text, "bench.csv");
        lines = l.size();
        benchmark::DoNotOptimize(l);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(lines) * 2);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(csv_read)->Unit(benchmark::kMillisecond);

void generate(benchmark::State& state) {
    for (auto _ : state) {
        kinerja::Ledger l = kinerja::generate_ledger();
        benchmark::DoNotOptimize(l);
    }
    state.SetItemsProcessed(state.iterations() * 10'840'000);
}
BENCHMARK(generate)->Unit(benchmark::kMillisecond);

}  // namespace

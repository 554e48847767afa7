// The national ledger at scale: 542 regions x 40 bodies x 500 sub kegiatan = 10.84 million lines,
// generated once. Measured: a memory-bandwidth floor (a plain unchecked sum over the same 26 bytes
// a line the roll-up reads), the roll-up to every level, merging, bytes, and the CSV both ways.
//
//   build/ledger/benchmarks/ledger_bench --benchmark_min_time=1

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/ledger.hpp>
#include <string>
#include <utility>
#include <vector>

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

// Order: the generator writes (year, body) runs, sorted by code; a real export may come in any
// order. A ledger of `millions` million lines (50 regions a million) is written to CSV, its lines
// shuffled, and both texts read back, as a user would load them: the shuffled ledger's ids then
// follow the shuffled order too.
struct Scale {
    std::string csv[2];  // sorted, shuffled
    kinerja::Ledger ledger[2];
};

const Scale& scale(int millions) {
    static Scale cache[2];
    static int cached[2] = {0, 0};
    const int slot = millions <= 2 ? 0 : 1;
    Scale& s = cache[slot];
    if (cached[slot] == millions) return s;
    cached[slot] = millions;
    kinerja::GenerateOptions options;
    options.regions = 50 * millions;
    s.csv[0] = kinerja::write_ledger_csv(kinerja::generate_ledger(options));
    // Lines of the text (the header excepted), shuffled by splitmix64 Fisher-Yates.
    const std::string& text = s.csv[0];
    const std::size_t body_start = text.find('\n') + 1;
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    for (std::size_t p = body_start; p < text.size();) {
        const std::size_t nl = text.find('\n', p);
        lines.emplace_back(p, nl + 1 - p);
        p = nl + 1;
    }
    std::uint64_t state = 13;
    auto next = [&] {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15u);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        return z ^ (z >> 31);
    };
    for (std::size_t i = lines.size(); i > 1; --i) std::swap(lines[i - 1], lines[next() % i]);
    s.csv[1].reserve(text.size());
    s.csv[1].append(text, 0, body_start);
    for (const auto& [from, length] : lines) s.csv[1].append(text, from, length);
    for (int o = 0; o < 2; ++o) s.ledger[o] = kinerja::read_ledger_csv(s.csv[o], "bench.csv");
    return s;
}

// CPU time of the whole process (every thread), in seconds: the machine is shared, so wall time
// alone does not say whether a run was slowed by others.
double process_cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

// Arguments: millions of lines, order (0 sorted, 1 shuffled), threads.
void rollup_order(benchmark::State& state) {
    const kinerja::Ledger& l = scale(static_cast<int>(state.range(0))).ledger[state.range(1)];
    const auto threads = static_cast<unsigned>(state.range(2));
    const double cpu = process_cpu_seconds();
    for (auto _ : state) {
        kinerja::LedgerTotals t = kinerja::rollup(l, threads);
        benchmark::DoNotOptimize(t);
    }
    state.counters["cpu_ms"] = (process_cpu_seconds() - cpu) * 1e3 / static_cast<double>(state.iterations());
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(l.size()));
}
BENCHMARK(rollup_order)
    ->ArgNames({"Mlines", "shuffled", "threads"})
    ->ArgsProduct({{2, 6}, {0, 1}, {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Arguments: millions of lines, order (0 sorted, 1 shuffled). Items are amounts (two a line).
void csv_read_order(benchmark::State& state) {
    const std::string& text = scale(static_cast<int>(state.range(0))).csv[state.range(1)];
    std::size_t lines = 0;
    const double cpu = process_cpu_seconds();
    for (auto _ : state) {
        kinerja::Ledger l = kinerja::read_ledger_csv(text, "bench.csv");
        lines = l.size();
        benchmark::DoNotOptimize(l);
    }
    const double cpu_seconds = process_cpu_seconds() - cpu;
    state.counters["cpu_ms"] = cpu_seconds * 1e3 / static_cast<double>(state.iterations());
    // Amounts per second of CPU: what one core reads, whatever else the machine runs (items_per_second
    // is per second of wall time).
    state.counters["amounts_per_cpu_s"] =
        static_cast<double>(state.iterations()) * static_cast<double>(lines) * 2 / cpu_seconds;
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(lines) * 2);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(csv_read_order)
    ->ArgNames({"Mlines", "shuffled"})
    ->ArgsProduct({{2, 6}, {0, 1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

// What exact money costs: summing 10 million budget lines held as plain int64 sen (unchecked, the
// floor), int64 with overflow checks, Boost.Multiprecision's checked 128-bit integer, a plain
// __int128 with the compiler's overflow check, and kinerja::Rupiah (that, plus the 10^38 bound).
// Same values, same order, one run.
//
//   build/benchmarks/money_bench --benchmark_min_time=1s

#include <benchmark/benchmark.h>

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <kinerja/core.hpp>
#include <random>
#include <vector>

namespace {

constexpr std::size_t lines = 10'000'000;

// Amounts shaped like budget lines: whole thousands of Rupiah mostly, a long tail of large lines.
const std::vector<std::int64_t>& amounts() {
    static const std::vector<std::int64_t> v = [] {
        std::mt19937_64 gen(42);
        std::lognormal_distribution<double> size(17.0, 2.0);  // median ~ 24 million Rupiah
        std::vector<std::int64_t> out(lines);
        for (auto& a : out) {
            auto rupiah = static_cast<std::int64_t>(size(gen));
            if (rupiah > 1'000'000'000'000) rupiah = 1'000'000'000'000;
            out[&a - out.data()] = (gen() % 10 == 0 ? rupiah : rupiah / 1000 * 1000) * 100;
        }
        return out;
    }();
    return v;
}

void int64_unchecked(benchmark::State& state) {
    const auto& v = amounts();
    for (auto _ : state) {
        std::int64_t total = 0;
        for (std::int64_t a : v) total += a;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * lines * sizeof(std::int64_t)));
}
BENCHMARK(int64_unchecked)->Unit(benchmark::kMillisecond);

void int64_checked(benchmark::State& state) {
    const auto& v = amounts();
    for (auto _ : state) {
        std::int64_t total = 0;
        for (std::int64_t a : v)
            if (__builtin_add_overflow(total, a, &total)) throw kinerja::overflow_error("sum");
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
}
BENCHMARK(int64_checked)->Unit(benchmark::kMillisecond);

void boost_checked_int128(benchmark::State& state) {
    using boost::multiprecision::checked_int128_t;
    std::vector<checked_int128_t> v(amounts().begin(), amounts().end());
    for (auto _ : state) {
        checked_int128_t total = 0;
        for (const auto& a : v) total += a;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
}
BENCHMARK(boost_checked_int128)->Unit(benchmark::kMillisecond);

// The same 16-byte values as Rupiah, checked only for int128 overflow (no 10^38 bound): what the
// DECIMAL(38)-compatible bound costs on top.
void int128_checked(benchmark::State& state) {
    std::vector<kinerja::int128> v(amounts().begin(), amounts().end());
    for (auto _ : state) {
        kinerja::int128 total = 0;
        for (kinerja::int128 a : v)
            if (__builtin_add_overflow(total, a, &total)) throw kinerja::overflow_error("sum");
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
}
BENCHMARK(int128_checked)->Unit(benchmark::kMillisecond);

void rupiah_sum(benchmark::State& state) {
    std::vector<kinerja::Rupiah> v;
    v.reserve(lines);
    for (std::int64_t a : amounts()) v.push_back(kinerja::Rupiah::from_sen(a));
    for (auto _ : state) {
        kinerja::Rupiah total = kinerja::sum(v);
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * lines * sizeof(kinerja::Rupiah)));
}
BENCHMARK(rupiah_sum)->Unit(benchmark::kMillisecond);

// int64 sen lines (8 bytes each, half the memory) summed into a Rupiah: the shape a columnar store
// would use when every line fits int64.
void int64_lines_into_rupiah(benchmark::State& state) {
    const auto& v = amounts();
    for (auto _ : state) {
        kinerja::Rupiah total;
        for (std::int64_t a : v) total += kinerja::Rupiah::from_sen(a);
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * lines));
}
BENCHMARK(int64_lines_into_rupiah)->Unit(benchmark::kMillisecond);

}  // namespace

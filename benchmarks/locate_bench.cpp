// Error localization (kinerja/reviu/locate.hpp) on a budget table of n rows and a total: anggaran,
// realisasi, sisa (sisa = anggaran - realisasi in every row, every column summed) and % (a ratio edit
// rounded at two decimals), with two wrong cells in different rows and columns. Issue 14's target is
// that a table of 200 rows is localized in well under a second.
//
//   build/rel/benchmarks/locate_bench

#include <benchmark/benchmark.h>

#include <cstdint>
#include <kinerja/reviu.hpp>
#include <random>
#include <vector>

namespace {

kinerja::EditSystem table(std::int64_t n) {
    using kinerja::Decimal;
    std::mt19937_64 rng(14);
    std::uniform_int_distribution<std::int64_t> budget(100000000, 100000000000);
    std::vector<std::int64_t> a;
    std::vector<std::int64_t> r;
    for (std::int64_t i = 0; i < n; ++i) {
        a.push_back(budget(rng));
        r.push_back(std::uniform_int_distribution<std::int64_t>(0, a.back())(rng));
    }
    std::int64_t ta = 0;
    std::int64_t tr = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        ta += a[static_cast<std::size_t>(i)];
        tr += r[static_cast<std::size_t>(i)];
    }
    a.push_back(ta);
    r.push_back(tr);
    kinerja::EditSystem sys;
    std::vector<kinerja::VariableId> va, vr, vs;
    for (std::size_t i = 0; i < a.size(); ++i) {
        // Two wrong cells: row 7's anggaran and row n/2's sisa.
        const std::int64_t wrong_a = i == 7 ? 1234567 : 0;
        const std::int64_t wrong_s = i == a.size() / 2 ? -9876500 : 0;
        const std::int64_t w =
            i + 1 == a.size() ? kinerja::locate_weight::total : kinerja::locate_weight::printed;
        va.push_back(sys.add_variable("a", Decimal(a[i] + wrong_a, 2), w));
        vr.push_back(sys.add_variable("r", Decimal(r[i], 2), w));
        vs.push_back(sys.add_variable("s", Decimal(a[i] - r[i] + wrong_s, 2), w));
        sys.add_difference("sisa", vs.back(), va.back(), vr.back());
        // The printed % is the true one, rounded half-up at two decimals: r * 10000 / a in hundredths.
        const std::int64_t hundredths = (2 * r[i] * 10000 + a[i]) / (2 * a[i]);
        const kinerja::VariableId p = sys.add_variable("%", Decimal(hundredths, 2), w);
        sys.add_ratio("%", p, vr.back(), va.back());
    }
    for (auto* column : {&va, &vr, &vs}) {
        const std::vector<kinerja::VariableId> parts(column->begin(), column->end() - 1);
        sys.add_sum("total", column->back(), parts);
    }
    return sys;
}

void BM_Locate(benchmark::State& state) {
    const kinerja::EditSystem sys = table(state.range(0));
    for (auto _ : state) {
        const kinerja::Localization l = kinerja::locate(sys);
        if (l.status() != kinerja::LocateStatus::located) state.SkipWithError("not located");
        benchmark::DoNotOptimize(l);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Locate)->Arg(20)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond)->Complexity();

}  // namespace

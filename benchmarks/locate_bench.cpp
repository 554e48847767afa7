// Error localization (kinerja/reviu/locate.hpp) on budget tables: anggaran, realisasi, sisa (sisa =
// anggaran - realisasi in every row) and % (a ratio edit rounded at two decimals), every money column
// summed. Issue 14's target is that a table of 200 rows is localized in well under a second.
//
// - BM_Locate: n rows and a total, two wrong cells in different rows and columns.
// - BM_Program / BM_ProgramOnce: programs of 9 kegiatan each (a program row is the sum of its kegiatan,
//   the J U M L A H the sum of the programs), with k wrong cells at seeded random positions in
//   distinct rows over every column, a program row and the J U M L A H among them. BM_Program runs
//   the deepening schedule src/reviu/review.cpp's localize() runs (max_culprits 2, 4, 7, 12, max_nodes
//   20 000, up to the first result without a too_many cluster); BM_ProgramOnce one locate() call with
//   max_culprits 12. The counters: too_many (1 when the result is cut, and the reviu would fall back
//   to rule-by-rule findings) and culprits (in the first solution of every cluster).
//
//   cmake -S . -B build/locrel -G Ninja -DCMAKE_BUILD_TYPE=Release -DKINERJA_BUILD_BENCHMARKS=ON
//   cmake --build build/locrel --target locate_bench && build/locrel/benchmarks/locate_bench
//
// benchmarks/reviu_bench.cpp runs the same program tables through check_table.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <kinerja/reviu.hpp>
#include <random>
#include <vector>

#include "program_table.hpp"

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

using kinerja_bench::budget_table;
using kinerja_bench::BudgetRow;

// The edit system review.cpp's localize() builds for such a table.
kinerja::EditSystem budget_system(const std::vector<BudgetRow>& rows) {
    using kinerja::Decimal;
    kinerja::EditSystem sys;
    std::vector<std::vector<kinerja::VariableId>> v(rows.size());
    for (const BudgetRow& row : rows) {
        const std::int64_t w =
            row.level == 1 ? kinerja::locate_weight::total : kinerja::locate_weight::printed;
        std::vector<kinerja::VariableId> ids;
        for (int c = 0; c < 4; ++c) ids.push_back(sys.add_variable("cell", Decimal(row.cells[c], 2), w));
        sys.add_difference("sisa", ids[2], ids[0], ids[1]);
        sys.add_ratio("%", ids[3], ids[1], ids[0]);
        v[static_cast<std::size_t>(&row - rows.data())] = ids;
    }
    std::vector<std::size_t> programs;
    for (std::size_t i = 0; i + 1 < rows.size(); ++i)
        if (rows[i].level == 1) programs.push_back(i);
    for (int c = 0; c < 3; ++c) {
        std::vector<kinerja::VariableId> top;
        for (std::size_t p : programs) {
            std::vector<kinerja::VariableId> parts;
            for (std::size_t i = p + 1; i < rows.size() && rows[i].level == 2; ++i) parts.push_back(v[i][c]);
            sys.add_sum("program", v[p][c], parts);
            top.push_back(v[p][c]);
        }
        sys.add_sum("J U M L A H", v.back()[c], top);
    }
    return sys;
}

bool cut(const kinerja::Localization& l) {
    return std::any_of(l.clusters.begin(), l.clusters.end(), [](const kinerja::LocateCluster& c) {
        return c.status == kinerja::LocateStatus::too_many;
    });
}

// The deepening schedule of review.cpp's localize().
kinerja::Localization deepening(const kinerja::EditSystem& sys) {
    kinerja::Localization result;
    kinerja::LocateOptions limits;
    limits.max_nodes = 20000;
    for (const int depth : {2, 4, 7, 12}) {
        limits.max_culprits = depth;
        result = kinerja::locate(sys, limits);
        if (!cut(result)) break;
    }
    return result;
}

kinerja::Localization once(const kinerja::EditSystem& sys) {
    kinerja::LocateOptions limits;
    limits.max_nodes = 20000;
    limits.max_culprits = 12;
    return kinerja::locate(sys, limits);
}

template <kinerja::Localization (*Run)(const kinerja::EditSystem&)>
void program_table(benchmark::State& state) {
    const auto rows = budget_table(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)),
                                   static_cast<std::uint64_t>(state.range(2)));
    const kinerja::EditSystem sys = budget_system(rows);
    kinerja::Localization l;
    for (auto _ : state) {
        l = Run(sys);
        benchmark::DoNotOptimize(l);
    }
    std::size_t culprits = 0;
    for (const kinerja::LocateCluster& c : l.clusters)
        if (!c.solutions.empty()) culprits += c.solutions.front().culprits.size();
    state.counters["rows"] = static_cast<double>(rows.size());
    state.counters["too_many"] = cut(l) ? 1 : 0;
    state.counters["culprits"] = static_cast<double>(culprits);
}

void BM_Program(benchmark::State& state) { program_table<deepening>(state); }
void BM_ProgramOnce(benchmark::State& state) { program_table<once>(state); }

// {programs, k, seed}: 20 programs are 201 rows, 200 programs 2001; three seeds of each.
BENCHMARK(BM_Program)
    ->ArgsProduct({{20}, {2, 5, 8, 12}, {1414, 1, 2}})
    ->ArgsProduct({{200}, {5}, {1414, 1, 2}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ProgramOnce)
    ->ArgsProduct({{20}, {2, 5, 8, 12}, {1414, 1, 2}})
    ->ArgsProduct({{200}, {5}, {1414, 1, 2}})
    ->Unit(benchmark::kMillisecond);

}  // namespace

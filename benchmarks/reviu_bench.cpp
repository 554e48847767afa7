// The reviu of one printed budget table (kinerja::check_table), which is what an auditor runs: the
// program tables of benchmarks/locate_bench.cpp (programs of 9 kegiatan, a program row the sum of its
// kegiatan, the J U M L A H the sum of the programs; anggaran, realisasi, sisa and %), printed as
// Indonesian number text, with k wrong cells at seeded random positions in distinct rows. The error
// localization (docs/locate.md) dominates. The counters: culprits (findings naming a culprit, "this
// figure is wrong") and errors (every error finding; more than culprits when the table fell back to
// rule-by-rule findings).
//
//   cmake --build build/locrel --target reviu_bench && build/locrel/benchmarks/reviu_bench

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <kinerja/core.hpp>
#include <kinerja/reviu.hpp>
#include <random>
#include <string>
#include <vector>

#include "program_table.hpp"

namespace {

using kinerja_bench::budget_table;
using kinerja_bench::BudgetRow;

kinerja::PrintedTable printed(const std::vector<BudgetRow>& rows) {
    using kinerja::ColumnRole;
    kinerja::PrintedTable t;
    t.id = "tabel-3-2";
    t.title = "Realisasi Anggaran Tahun 2024";
    t.year = 2024;
    for (ColumnRole role :
         {ColumnRole::anggaran, ColumnRole::realisasi, ColumnRole::sisa, ColumnRole::persen})
        t.columns.push_back(kinerja::PrintedColumn{std::string(to_string(role)), role, ColumnRole::other});
    int program = 0;
    int kegiatan = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string label;
        if (i + 1 == rows.size()) {
            label = "J U M L A H";
        } else if (rows[i].level == 1) {
            label = "PROGRAM " + std::to_string(++program);
            kegiatan = 0;
        } else {
            label = "Kegiatan " + std::to_string(program) + "." + std::to_string(++kegiatan);
        }
        std::vector<std::string> cells;
        for (std::int64_t c : rows[i].cells) cells.push_back(kinerja::format_number(kinerja::Decimal(c, 2)));
        t.rows.push_back(kinerja::PrintedRow{label, rows[i].level, "", cells});
    }
    return t;
}

void BM_CheckTable(benchmark::State& state) {
    const kinerja::PrintedTable t =
        printed(budget_table(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)),
                             static_cast<std::uint64_t>(state.range(2))));
    std::vector<kinerja::Finding> found;
    for (auto _ : state) {
        found = kinerja::check_table(t);
        benchmark::DoNotOptimize(found);
    }
    std::size_t errors = 0;
    std::size_t culprits = 0;
    for (const kinerja::Finding& f : found) {
        if (f.severity != kinerja::Severity::error) continue;
        ++errors;
        if (f.message.rfind("this figure is wrong", 0) == 0) ++culprits;
    }
    state.counters["rows"] = static_cast<double>(t.rows.size());
    state.counters["errors"] = static_cast<double>(errors);
    state.counters["culprits"] = static_cast<double>(culprits);
}
// {programs, k, seed}: 20 programs are 201 rows, 200 programs 2001; three seeds of each.
BENCHMARK(BM_CheckTable)
    ->ArgsProduct({{20}, {0, 2, 5, 8, 12}, {1414, 1, 2}})
    ->ArgsProduct({{200}, {5}, {1414, 1, 2}})
    ->Unit(benchmark::kMillisecond);

}  // namespace

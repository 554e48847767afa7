// Reading and writing Indonesian number text: the cost per cell of a printed table.
//
//   build/benchmarks/number_text_bench

#include <benchmark/benchmark.h>

#include <kinerja/core.hpp>
#include <string>
#include <vector>

namespace {

const std::vector<std::string> cells = {
    "1.239.289.000,00", "5.445.859.500,-", "Rp. 7.427.331.499,-", "97,68", "848.146..988,00", "1.234", "-",
};

void read_number(benchmark::State& state) {
    for (auto _ : state)
        for (const auto& c : cells) benchmark::DoNotOptimize(kinerja::read_number(c));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * cells.size()));
}
BENCHMARK(read_number);

void parse_rupiah(benchmark::State& state) {
    const std::string text = "1.239.289.000,00";
    for (auto _ : state) benchmark::DoNotOptimize(kinerja::parse_rupiah(text));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(parse_rupiah);

void format_rupiah(benchmark::State& state) {
    const auto r = kinerja::Rupiah::from_sen(123'928'900'050);
    for (auto _ : state) benchmark::DoNotOptimize(kinerja::format_rupiah(r));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(format_rupiah);

}  // namespace

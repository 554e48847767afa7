// Reading a large kinerja/1 dataset: the shape benchmarks/make_dataset.py writes (a plan of 50
// programs x 20 kegiatan over 2020-2024 and N budget lines spread over them in a shuffled order,
// amounts in the Indonesian form), generated in memory at 10k and 100k lines. read_document parses,
// reads and validates; the time per line should not grow with N (it was quadratic before issue 12).
// The command on the real files (1.5 M lines) is measured in docs/limits.md.
//
//   build/release/benchmarks/dataset_bench

#include <benchmark/benchmark.h>

#include <cstdint>
#include <kinerja/io.hpp>
#include <random>
#include <string>

namespace {

// "1.239.289.000,00" from sen.
std::string rupiah(std::uint64_t sen) {
    const std::string whole = std::to_string(sen / 100);
    std::string out;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) out += '.';
        out += whole[i];
    }
    const unsigned cents = static_cast<unsigned>(sen % 100);
    return out + ',' + static_cast<char>('0' + cents / 10) + static_cast<char>('0' + cents % 10);
}

// A dataset of `lines` budget lines, as make_dataset.py writes it (two-space indent).
std::string make_dataset(std::size_t lines) {
    std::mt19937_64 rng(1);
    std::string out =
        "{\n  \"format\": \"kinerja/1\",\n  \"body\": {\n    \"name\": \"Dinas Uji Beban\"\n  },\n"
        "  \"period\": {\n    \"from\": 2020,\n    \"to\": 2024\n  },\n  \"nodes\": [\n";
    out +=
        "    {\"id\": \"visi\", \"level\": \"visi\", \"name\": \"Visi\"},\n"
        "    {\"id\": \"misi\", \"level\": \"misi\", \"name\": \"Misi\", \"parent\": \"visi\"},\n"
        "    {\"id\": \"tujuan\", \"level\": \"tujuan\", \"name\": \"Tujuan\", \"parent\": \"misi\"},\n"
        "    {\"id\": \"sasaran\", \"level\": \"sasaran\", \"name\": \"Sasaran\", \"parent\": \"tujuan\"}";
    for (int p = 1; p <= 50; ++p) {
        const std::string prog = "prog-" + std::to_string(p);
        out += ",\n    {\"id\": \"" + prog +
               "\", \"level\": \"program\", \"kind\": \"utama\", \"name\": \"Program " + std::to_string(p) +
               "\", \"parent\": \"sasaran\"}";
        for (int k = 1; k <= 20; ++k)
            out += ",\n    {\"id\": \"keg-" + std::to_string(p) + "-" + std::to_string(k) +
                   "\", \"level\": \"kegiatan\", \"name\": \"Kegiatan\", \"parent\": \"" + prog + "\"}";
    }
    out += "\n  ],\n  \"budget\": [\n";
    for (std::size_t i = 0; i < lines; ++i) {
        const std::uint64_t anggaran = 100'000'000 + rng() % 499'900'000'000;
        const std::uint64_t realisasi = rng() % (anggaran + 1);
        out += "    {\n      \"year\": " + std::to_string(2020 + rng() % 5) +
               ",\n      \"class\": \"belanja_langsung\",\n      \"node\": \"keg-" +
               std::to_string(1 + rng() % 50) + "-" + std::to_string(1 + rng() % 20) +
               "\",\n      \"anggaran\": \"" + rupiah(anggaran) + "\",\n      \"realisasi\": \"" +
               rupiah(realisasi) + "\"\n    }";
        out += i + 1 < lines ? ",\n" : "\n";
    }
    out += "  ]\n}\n";
    return out;
}

void read_dataset(benchmark::State& state) {
    const auto lines = static_cast<std::size_t>(state.range(0));
    const std::string text = make_dataset(lines);
    for (auto _ : state) {
        const kinerja::Document doc = kinerja::read_document(text, "bench.json");
        benchmark::DoNotOptimize(doc.plan.budget.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(lines));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(read_dataset)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace

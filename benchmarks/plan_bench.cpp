// The plan model at Pemda scale: a generated plan (generate_plan) of 1k, 4k, 16k and 40k kegiatan,
// each with two sub kegiatan, an indicator on every node and five years of budget lines. Timed: reading
// its dataset text (read_document, which validates), validate, write_report (HTML with its charts, the last
// year), check (the reviu of the report's own budget table) and capaian_summary of the whole body (also
// with the plan evicted from the cache before each call). Each counter "per_kegiatan" is the time per
// kegiatan; issue 13's target is that it does not grow by more than 1.5x from 1k to 40k kegiatan.
//
//   build/rel/benchmarks/plan_bench --benchmark_counters_tabular=true

#include <benchmark/benchmark.h>

#include <kinerja/kinerja.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

// 20 bodies x 10 programs x n kegiatan x 2 sub kegiatan: 1k kegiatan is n = 5, 40k is n = 200.
kinerja::GeneratedShape shape_of(std::int64_t kegiatan) {
    kinerja::GeneratedShape s;
    s.bodies = 20;
    s.programs = 10;
    s.kegiatan = static_cast<int>(kegiatan / 200);
    s.sub_kegiatan = 2;
    return s;
}

struct Fixture {
    kinerja::Renstra plan;
    std::string text;
    kinerja::PrintedReport printed;
};

// The report's own budget table as printed material: the reviu re-adds it.
kinerja::PrintedReport printed_of(const kinerja::Renstra& plan, int year) {
    kinerja::PrintedReport out;
    for (const kinerja::ReportTable& t : kinerja::report_tables(plan, year)) {
        if (t.id != "anggaran") continue;
        kinerja::PrintedTable p;
        p.id = t.id;
        p.title = t.title;
        p.year = year;
        p.where = "generated";
        using kinerja::ColumnRole;
        const ColumnRole roles[] = {ColumnRole::anggaran, ColumnRole::realisasi, ColumnRole::sisa,
                                    ColumnRole::persen};
        for (std::size_t c = 1; c < t.columns.size(); ++c)
            p.columns.push_back({t.columns[c], roles[c - 1], {}});
        for (const auto& r : t.rows) p.rows.push_back({r.label, r.level, r.ref, r.cells});
        out.tables.push_back(std::move(p));
    }
    return out;
}

// One fixture per size, built once: generating is not what is measured.
const Fixture& fixture(std::int64_t kegiatan) {
    static std::map<std::int64_t, std::unique_ptr<Fixture>> cache;
    auto& f = cache[kegiatan];
    if (!f) {
        f = std::make_unique<Fixture>();
        f->plan = kinerja::generate_plan(shape_of(kegiatan));
        f->text = kinerja::write_document(kinerja::Document(f->plan));
        f->printed = printed_of(f->plan, f->plan.period.to);
    }
    return *f;
}

void per_kegiatan(benchmark::State& state) {
    state.counters["per_kegiatan"] =
        benchmark::Counter(static_cast<double>(state.range(0)),
                           benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_load(benchmark::State& state) {
    const Fixture& f = fixture(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(kinerja::read_document(f.text, "generated"));
    per_kegiatan(state);
}

void BM_validate(benchmark::State& state) {
    const Fixture& f = fixture(state.range(0));
    for (auto _ : state) kinerja::validate(f.plan, "generated");
    per_kegiatan(state);
}

void BM_write_report(benchmark::State& state) {
    const Fixture& f = fixture(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(
            kinerja::write_report(f.plan, f.plan.period.to, kinerja::ReportFormat::html));
    per_kegiatan(state);
}

void BM_check(benchmark::State& state) {
    const Fixture& f = fixture(state.range(0));
    for (auto _ : state) {
        const auto findings = kinerja::check(f.plan, f.printed);
        if (kinerja::has_errors(findings)) state.SkipWithError("the report's own table does not add up");
        benchmark::DoNotOptimize(findings);
    }
    per_kegiatan(state);
}

void BM_capaian_summary(benchmark::State& state) {
    const Fixture& f = fixture(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(kinerja::capaian_summary(f.plan, "", f.plan.period.to));
    per_kegiatan(state);
}

// The same summary with the plan out of the cache: 64 MB (twice the last-level cache of the machine
// measured) are written before each call, outside the timing. Called again and again, the 1k plan (some
// 15 MB) stays in the cache from one call to the next and the 40k plan (over 500 MB) cannot; this
// figure tells how much of the growth of BM_capaian_summary from 1k to 40k is that, not more work.
void BM_capaian_summary_cold(benchmark::State& state) {
    const Fixture& f = fixture(state.range(0));
    std::vector<char> evict(std::size_t{64} << 20);
    for (auto _ : state) {
        state.PauseTiming();
        for (std::size_t i = 0; i < evict.size(); i += 64) evict[i] = static_cast<char>(evict[i] + 1);
        benchmark::ClobberMemory();
        state.ResumeTiming();
        benchmark::DoNotOptimize(kinerja::capaian_summary(f.plan, "", f.plan.period.to));
    }
    per_kegiatan(state);
}

void sizes(benchmark::internal::Benchmark* b) {
    b->Arg(1000)->Arg(4000)->Arg(16000)->Arg(40000)->Unit(benchmark::kMillisecond)->MinTime(0.5);
}

// A fixed count: each call also writes the 64 MB, which a minimum time would repeat thousands of times.
void cold_sizes(benchmark::internal::Benchmark* b) {
    b->Arg(1000)->Arg(4000)->Arg(16000)->Arg(40000)->Unit(benchmark::kMillisecond)->Iterations(30);
}

}  // namespace

BENCHMARK(BM_load)->Apply(sizes);
BENCHMARK(BM_validate)->Apply(sizes);
BENCHMARK(BM_write_report)->Apply(sizes);
BENCHMARK(BM_check)->Apply(sizes);
BENCHMARK(BM_capaian_summary)->Apply(sizes);
BENCHMARK(BM_capaian_summary_cold)->Apply(cold_sizes);

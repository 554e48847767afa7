// The roll-up of a ledger (see rollup.hpp, and detail/totals_builder.hpp for how runs are summed).

#include "kinerja/ledger/rollup.hpp"

#include <algorithm>
#include <exception>
#include <limits>
#include <memory>
#include <system_error>
#include <thread>
#include <vector>

#include "detail/totals_builder.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace kinerja {
namespace {

// Asks the kernel to back the reserved storage of a large column with huge pages (Linux, where
// transparent huge pages may be left to madvise): its first write then costs a fault per 2 MiB
// rather than per 4 KiB, which at national scale is a good part of the roll-up. Only a hint.
void prefer_huge_pages([[maybe_unused]] const void* data, [[maybe_unused]] std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
    const std::uintptr_t last = (begin + bytes) & ~(huge - 1);
    if (data && first < last) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

template <class T>
void prefer_huge_pages(std::vector<T>& v) {
    prefer_huge_pages(v.data(), v.capacity() * sizeof(T));
}

// Releases the unused tail of a vector reserved for an upper bound, when it is worth a copy.
template <class T>
void trim(std::vector<T>& v) {
    if (v.size() < v.capacity() / 2) v.shrink_to_fit();
}

}  // namespace

namespace {

// The first pass, over lines [from, to) of one chunk: the (year, body) runs that start in it, the
// years, and bounds of the kegiatan and program groups (a block of consecutive lines of one
// kegiatan is at least one group; a block cut by the chunk's start counts twice, still a bound).
// A chunk whose runs average fewer than 8 lines stops collecting them: such lines are not in runs
// worth reading in place, and the partition (below) is the faster way.
struct ChunkPlan {
    std::vector<std::uint32_t> run_start;
    std::vector<std::uint8_t> has_year = std::vector<std::uint8_t>(10000, 0);
    std::size_t kegiatan_bound = 0;
    std::size_t program_bound = 0;
    bool scattered = false;
};

void plan_chunk(const Ledger& ledger, const std::uint64_t* parent, std::size_t from, std::size_t to,
                ChunkPlan& plan) {
    const std::int16_t* line_year = ledger.years().data();
    const std::uint32_t* line_body = ledger.bodies().data();
    const std::uint32_t* line_sub = ledger.sub_kegiatan().data();
    const std::size_t max_runs = (to - from) / 8 + 16;
    std::size_t i = from;
    while (i < to) {
        const std::int16_t y = line_year[i];
        const std::uint32_t b = line_body[i];
        plan.has_year[static_cast<std::size_t>(y)] = 1;
        if (plan.run_start.size() >= max_runs) {
            plan.scattered = true;
            break;
        }
        plan.run_start.push_back(static_cast<std::uint32_t>(i));
        std::size_t end = i + 1;
        while (end < to && line_year[end] == y && line_body[end] == b) ++end;
        std::uint64_t previous = ~std::uint64_t{0};  // no kegiatan or program yet
        for (; i < end; ++i) {
            const std::uint64_t x = parent[line_sub[i]];
            const std::uint64_t changed = x ^ previous;
            plan.kegiatan_bound += static_cast<std::uint32_t>(changed) != 0;
            plan.program_bound += (changed >> 32) != 0;
            previous = x;
        }
    }
    for (; i < to; ++i) plan.has_year[static_cast<std::size_t>(line_year[i])] = 1;
}

// Runs task(0), ..., task(n - 1), task(0) on the calling thread and the others on threads of their
// own, and rethrows the exception of the lowest task that threw: each task works on a later part of
// the lines than the one before, so that is the error one thread would have met first. A thread
// that cannot be started runs its task here instead.
template <class Task>
void run_parallel(unsigned n, Task task) {
    std::vector<std::exception_ptr> errors(n);
    std::vector<std::thread> pool;
    std::vector<unsigned> inline_tasks;
    auto guarded = [&](unsigned t) {
        try {
            task(t);
        } catch (...) {
            errors[t] = std::current_exception();
        }
    };
    for (unsigned t = 1; t < n; ++t) {
        try {
            pool.emplace_back(guarded, t);
        } catch (const std::system_error&) {
            inline_tasks.push_back(t);
        }
    }
    guarded(0);
    for (const unsigned t : inline_tasks) guarded(t);
    for (std::thread& th : pool) th.join();
    for (const std::exception_ptr& e : errors)
        if (e) std::rethrow_exception(e);
}

// Appends \p from to \p to.
template <class T>
void append(std::vector<T>& to, const std::vector<T>& from) {
    to.insert(to.end(), from.begin(), from.end());
}

}  // namespace

LedgerTotals::Builder::Builder(const Ledger& ledger, const detail::LedgerLines& lines, const Plan& plan,
                               LedgerTotals& part)
    : l_(ledger), lines_(lines), plan_(plan), t_(part), years_(plan.years) {
    t_.lines_ = ledger.shared_lines();
    init_scratch();
}

void LedgerTotals::Builder::reserve_groups(std::size_t kegiatan, std::size_t program) {
    for (std::size_t k = 1; k < detail::scoped_levels; ++k) {
        const std::size_t bound = k == 1 ? kegiatan : program;
        t_.scoped_[k].item.reserve(bound);
        t_.scoped_[k].anggaran.reserve(bound);
        t_.scoped_[k].realisasi.reserve(bound);
        prefer_huge_pages(t_.scoped_[k].item);
        prefer_huge_pages(t_.scoped_[k].anggaran);
        prefer_huge_pages(t_.scoped_[k].realisasi);
    }
}

void LedgerTotals::Builder::sum_runs(std::size_t first, std::size_t last) {
    const std::vector<std::uint32_t>& run_start = plan_.run_start;
    for (std::size_t r = first; r < last; ++r) {
        const std::size_t from = run_start[r];
        direct_run(from, run_start[r + 1], plan_.year_index[static_cast<std::size_t>(lines_.years[from])]);
    }
}

void LedgerTotals::Builder::sum_placed(const Placed& placed, std::size_t first, std::size_t last) {
    const std::size_t regions = l_.region_count();
    body_next_.assign(l_.body_count(), 0);
    std::uint32_t* next = body_next_.data();
    const Record* records = placed.records;
    for (std::size_t k = first; k < last; ++k) {
        const std::size_t from = placed.start[k], to = placed.start[k + 1];
        if (from == to) continue;
        const std::size_t year_index = k / regions;
        // The key's bodies and their lines, counted here in cache: a count per (year, body) over the
        // whole ledger would take years x bodies counters, which a hostile file makes huge.
        key_bodies_.clear();
        for (std::size_t p = from; p < to; ++p)
            if (next[records[p].body]++ == 0) key_bodies_.push_back(records[p].body);
        std::sort(key_bodies_.begin(), key_bodies_.end());
        std::uint32_t at = 0;
        for (const std::uint32_t b : key_bodies_) {
            const std::uint32_t count = next[b];
            next[b] = at;
            at += count;
        }
        if (sorted_sub_.size() < to - from) {
            sorted_sub_.resize(to - from);
            sorted_a_.resize(to - from);
            sorted_r_.resize(to - from);
        }
        std::uint32_t* sub = sorted_sub_.data();
        std::int64_t* anggaran = sorted_a_.data();
        std::int64_t* realisasi = sorted_r_.data();
        for (std::size_t p = from; p < to; ++p) {
            const Record& r = records[p];
            const std::uint32_t q = next[r.body]++;
            sub[q] = r.sub;
            anggaran[q] = r.anggaran;
            realisasi[q] = r.realisasi;
        }
        std::size_t begin = 0;
        for (const std::uint32_t b : key_bodies_) {
            const std::size_t end = next[b];  // where the body's lines end, after the sort
            next[b] = 0;
            placed_body(placed, year_index, b, begin, end);
            begin = end;
        }
    }
}

void LedgerTotals::Builder::finish_part() {
    t_.begin_[0].push_back(leaf_end_);
    for (std::size_t k = 1; k < detail::scoped_levels; ++k) t_.begin_[k].push_back(t_.scoped_[k].item.size());
}

// The parts' groups joined in order into the first, whose offsets the others' move by: a copy of
// the later parts only (the first part reserved room for every group). Then the dictionaries, and
// regions (summed over the parts' bodies), provinces and the nation.
LedgerTotals LedgerTotals::Builder::join(const Ledger& ledger, const Plan& plan,
                                         std::vector<LedgerTotals>& parts,
                                         const std::vector<std::unique_ptr<Builder>>& builders) {
    LedgerTotals t = std::move(parts[0]);
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const LedgerTotals& p = parts[i];
        for (std::size_t k = 0; k < detail::scoped_levels; ++k) {
            const std::uint64_t base = t.begin_[k].back();
            t.begin_[k].pop_back();
            for (const std::uint64_t b : p.begin_[k]) t.begin_[k].push_back(b + base);
        }
        const std::uint64_t stored = t.scoped_[0].item.size();
        for (const std::uint64_t s : p.leaf_store_) t.leaf_store_.push_back(s + stored);
        append(t.leaf_line_, p.leaf_line_);
        for (std::size_t k = 0; k < detail::scoped_levels; ++k) {
            append(t.scoped_[k].item, p.scoped_[k].item);
            append(t.scoped_[k].anggaran, p.scoped_[k].anggaran);
            append(t.scoped_[k].realisasi, p.scoped_[k].realisasi);
        }
        append(t.bodies_.year, p.bodies_.year);
        append(t.bodies_.id, p.bodies_.id);
        append(t.bodies_.anggaran, p.bodies_.anggaran);
        append(t.bodies_.realisasi, p.bodies_.realisasi);
        parts[i] = LedgerTotals();
    }
    if (t.scoped_[0].item.empty()) t.scoped_[0] = {};
    for (auto& s : t.scoped_) {
        trim(s.item);
        trim(s.anggaran);
        trim(s.realisasi);
    }
    if (std::all_of(t.leaf_line_.begin(), t.leaf_line_.end(),
                    [](std::uint64_t l) { return l == std::numeric_limits<std::uint64_t>::max(); }))
        t.lines_.reset();  // nothing read in place: do not hold the ledger's lines
    else
        t.lines_ = ledger.shared_lines();
    t.province_codes_ = ledger.province_codes();
    t.region_codes_ = ledger.region_codes();
    t.region_province_ = ledger.province_of_region();
    t.body_codes_ = ledger.body_codes();
    t.body_region_ = ledger.region_of_body();
    t.item_codes_[0] = ledger.sub_kegiatan_codes();
    t.item_codes_[1] = ledger.kegiatan_codes();
    t.item_codes_[2] = ledger.program_codes();

    // Regions in id order per year; provinces and the nation from them.
    const std::size_t nr = ledger.region_count();
    const std::size_t np = ledger.province_count();
    std::vector<int128> pa(np), pr(np);
    std::vector<std::uint8_t> pp(np);
    for (std::size_t yi = 0; yi < plan.years.size(); ++yi) {
        std::fill(pa.begin(), pa.end(), 0);
        std::fill(pr.begin(), pr.end(), 0);
        std::fill(pp.begin(), pp.end(), 0);
        int128 na = 0;
        int128 nr_sum = 0;
        const auto y = static_cast<std::int16_t>(plan.years[yi]);
        for (std::size_t r = 0; r < nr; ++r) {
            const std::size_t k = yi * nr + r;
            int128 a = 0, re = 0;
            bool present = false;
            for (const auto& b : builders) {
                a += b->region_a_[k];
                re += b->region_r_[k];
                present |= b->region_present_[k] != 0;
            }
            if (!present) continue;
            t.regions_.year.push_back(y);
            t.regions_.id.push_back(static_cast<std::uint32_t>(r));
            t.regions_.anggaran.push_back(a);
            t.regions_.realisasi.push_back(re);
            const std::uint32_t p = ledger.province_of_region()[r];
            pa[p] += a;
            pr[p] += re;
            pp[p] = 1;
            na += a;
            nr_sum += re;
        }
        for (std::size_t p = 0; p < np; ++p) {
            if (!pp[p]) continue;
            t.provinces_.year.push_back(y);
            t.provinces_.id.push_back(static_cast<std::uint32_t>(p));
            t.provinces_.anggaran.push_back(pa[p]);
            t.provinces_.realisasi.push_back(pr[p]);
        }
        t.nation_.year.push_back(y);
        t.nation_.id.push_back(0);
        t.nation_.anggaran.push_back(na);
        t.nation_.realisasi.push_back(nr_sum);
    }
    return t;
}

unsigned default_rollup_threads(std::size_t lines) {
    // Threads pay off from about a million lines (a thread costs some 50 microseconds to start).
    if (lines < (std::size_t{1} << 20)) return 1;
    return std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
}

LedgerTotals rollup(const Ledger& ledger, unsigned threads) {
    static const detail::LedgerLines no_lines;
    using Builder = LedgerTotals::Builder;
    const auto shared = ledger.shared_lines();
    const detail::LedgerLines& lines = shared ? *shared : no_lines;
    const std::size_t n = ledger.size();
    if (threads == 0) threads = default_rollup_threads(n);
    // More threads than lines only start threads with nothing to do.
    threads = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>({threads, n, 64})));
    auto chunk_begin = [&](unsigned t) { return n * t / threads; };

    // Per sub kegiatan: its kegiatan (low half) and program (high half), one load a line.
    std::vector<std::uint64_t> parents(ledger.sub_kegiatan_count());
    for (std::size_t s = 0; s < parents.size(); ++s)
        parents[s] = ledger.kegiatan_of_sub_kegiatan()[s] | std::uint64_t{ledger.program_of_sub_kegiatan()[s]}
                                                                << 32;
    std::vector<ChunkPlan> chunks(threads);
    run_parallel(threads, [&](unsigned t) {
        plan_chunk(ledger, parents.data(), chunk_begin(t), chunk_begin(t + 1), chunks[t]);
    });

    Builder::Plan plan;
    plan.year_index.assign(10000, 0xFFFF'FFFFu);
    for (int y = 1; y < 10000; ++y)
        for (const ChunkPlan& c : chunks)
            if (c.has_year[static_cast<std::size_t>(y)]) {
                plan.year_index[static_cast<std::size_t>(y)] = static_cast<std::uint32_t>(plan.years.size());
                plan.years.push_back(y);
                break;
            }
    const std::size_t bodies = ledger.body_count();
    const std::size_t keys = plan.years.size() * bodies;
    auto key = [&](std::size_t i) {
        return plan.year_index[static_cast<std::size_t>(lines.years[i])] * bodies + lines.bodies[i];
    };
    // In runs when no chunk is scattered and no (year, body) has two runs (a run cut by a chunk's
    // start is joined again).
    bool in_runs = std::none_of(chunks.begin(), chunks.end(), [](const ChunkPlan& c) { return c.scattered; });
    if (in_runs) {
        for (unsigned t = 0; t < threads; ++t) {
            const ChunkPlan& c = chunks[t];
            std::size_t skip = 0;
            if (t > 0 && !c.run_start.empty() && c.run_start[0] > 0) {
                const std::size_t i = c.run_start[0];
                skip = lines.years[i] == lines.years[i - 1] && lines.bodies[i] == lines.bodies[i - 1];
            }
            plan.run_start.insert(plan.run_start.end(),
                                  c.run_start.begin() + static_cast<std::ptrdiff_t>(skip), c.run_start.end());
            plan.kegiatan_bound += c.kegiatan_bound;
            plan.program_bound += c.program_bound;
        }
        plan.run_start.push_back(static_cast<std::uint32_t>(n));
        std::vector<std::uint8_t> seen(keys, 0);
        for (std::size_t r = 0; r + 1 < plan.run_start.size() && in_runs; ++r) {
            std::uint8_t& mark = seen[key(plan.run_start[r])];
            in_runs = !mark;
            mark = 1;
        }
    }
    chunks.clear();

    std::vector<LedgerTotals> parts(threads);
    std::vector<std::unique_ptr<Builder>> builders(threads);
    for (unsigned t = 0; t < threads; ++t)
        builders[t] = std::make_unique<Builder>(ledger, lines, plan, parts[t]);
    std::vector<std::uint32_t> start;
    if (in_runs) {
        // Each thread sums a range of runs of about n / threads lines. The first part has room for
        // every group, so the others join it without a copy of its own.
        std::vector<std::size_t> first_run(threads + 1, plan.run_start.size() - 1);
        for (unsigned t = 0; t < threads; ++t)
            first_run[t] = static_cast<std::size_t>(
                std::lower_bound(plan.run_start.begin(), plan.run_start.end() - 1, chunk_begin(t)) -
                plan.run_start.begin());
        run_parallel(threads, [&](unsigned t) {
            const double share = t == 0 ? 1.0 : 1.25 / threads;
            builders[t]->reserve_groups(
                static_cast<std::size_t>(static_cast<double>(plan.kegiatan_bound) * share),
                static_cast<std::size_t>(static_cast<double>(plan.program_bound) * share));
            builders[t]->sum_runs(first_run[t], first_run[t + 1]);
            builders[t]->finish_part();
        });
    } else {
        // Not in runs: the lines are partitioned by (year, region) key, stably (each chunk's lines of
        // a key follow the earlier chunks' lines of it, so any number of threads puts every line in
        // the same place), as records: one 24-byte write a line to one of a few hundred places that
        // stay in L1 cache, where reading the columns through a permutation would cost a cache miss
        // per column and line, a partition by body (tens of thousands of places) a miss per line,
        // and even a partition into four columns (four places a key) twice the time of the records.
        // Each key's lines are then sorted by body in cache and summed (sum_placed). The partition
        // also finds the amounts' bound.
        const std::size_t regions = ledger.region_count();
        const std::uint32_t* region_of = ledger.region_of_body().data();
        const std::size_t region_keys = plan.years.size() * regions;
        std::vector<std::vector<std::uint32_t>> next(threads);
        run_parallel(threads, [&](unsigned t) {
            next[t].assign(region_keys, 0);
            std::uint32_t* count = next[t].data();
            const std::uint32_t* year_index = plan.year_index.data();
            const std::int16_t* year = lines.years.data();
            const std::uint32_t* body = lines.bodies.data();
            const std::size_t end = chunk_begin(t + 1);
            for (std::size_t i = chunk_begin(t); i < end; ++i)
                ++count[year_index[static_cast<std::size_t>(year[i])] * regions + region_of[body[i]]];
        });
        start.assign(region_keys + 1, 0);
        std::uint32_t at = 0;
        for (std::size_t k = 0; k < region_keys; ++k) {
            start[k] = at;
            for (unsigned t = 0; t < threads; ++t) {
                const std::uint32_t c = next[t][k];
                next[t][k] = at;
                at += c;
            }
        }
        start[region_keys] = at;
        std::unique_ptr<Builder::Record[]> records(new Builder::Record[n]);  // uninitialised: written once
        prefer_huge_pages(records.get(), n * sizeof(Builder::Record));
        std::vector<std::uint64_t> amount_bits(threads, 0);
        run_parallel(threads, [&](unsigned t) {
            std::uint32_t* to = next[t].data();
            Builder::Record* out = records.get();
            const std::uint32_t* year_index = plan.year_index.data();
            const std::int16_t* year = lines.years.data();
            const std::uint32_t* sub = lines.sub_kegiatan.data();
            const std::uint32_t* body = lines.bodies.data();
            const std::int64_t* anggaran = lines.anggaran.data();
            const std::int64_t* realisasi = lines.realisasi.data();
            std::uint64_t bits = 0;  // every |amount| - 1 or more, or'ed: their bound
            const std::size_t end = chunk_begin(t + 1);
            for (std::size_t i = chunk_begin(t); i < end; ++i) {
                const std::uint32_t b = body[i];
                const std::uint32_t p =
                    to[year_index[static_cast<std::size_t>(year[i])] * regions + region_of[b]]++;
                const std::int64_t a = anggaran[i], r = realisasi[i];
                out[p] = Builder::Record{a, r, sub[i], b};
                bits |= static_cast<std::uint64_t>(a ^ (a >> 63)) | static_cast<std::uint64_t>(r ^ (r >> 63));
            }
            amount_bits[t] = bits;
        });
        next.clear();
        std::uint64_t bits = 0;
        for (const std::uint64_t b : amount_bits) bits |= b;
        const Builder::Placed placed{records.get(), start.data(), bits + 1};
        // Each thread sums a range of region_keys of about n / threads lines.
        std::vector<std::size_t> first_key(threads + 1, region_keys);
        for (unsigned t = 0; t < threads; ++t)
            first_key[t] = static_cast<std::size_t>(
                std::lower_bound(start.begin(), start.end() - 1, chunk_begin(t)) - start.begin());
        run_parallel(threads, [&](unsigned t) {
            const std::size_t lines_here = start[first_key[t + 1]] - start[first_key[t]];
            LedgerTotals::Scoped& leaf = parts[t].scoped_[0];
            const std::size_t room = t == 0 ? n : lines_here;
            leaf.item.reserve(room);
            leaf.anggaran.reserve(room);
            leaf.realisasi.reserve(room);
            prefer_huge_pages(leaf.item);
            prefer_huge_pages(leaf.anggaran);
            prefer_huge_pages(leaf.realisasi);
            const double share =
                t == 0 ? 1.0 : static_cast<double>(lines_here) / static_cast<double>(n) * 1.25;
            builders[t]->reserve_groups(static_cast<std::size_t>(static_cast<double>(n) * share / 4),
                                        static_cast<std::size_t>(static_cast<double>(n) * share / 16));
            builders[t]->sum_placed(placed, first_key[t], first_key[t + 1]);
            builders[t]->finish_part();
        });
        records.reset();
    }
    LedgerTotals t = Builder::join(ledger, plan, parts, builders);
    return t;
}

LedgerTotals rollup(const Ledger& ledger) { return rollup(ledger, 0); }

LedgerTotals Ledger::rollup() const { return kinerja::rollup(*this); }

}  // namespace kinerja

// The roll-up of a ledger (see rollup.hpp, and detail/totals_builder.hpp for how runs are summed).

#include "kinerja/ledger/rollup.hpp"

#include <algorithm>
#include <numeric>

#include "detail/totals_builder.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace kinerja {
namespace {

// Asks the kernel to back the reserved storage of a large column with huge pages (Linux, where
// transparent huge pages may be left to madvise): its first write then costs a fault per 2 MiB
// rather than per 4 KiB, which at national scale is a good part of the roll-up. Only a hint.
template <class T>
void prefer_huge_pages([[maybe_unused]] std::vector<T>& v) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(v.data());
    const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
    const std::uintptr_t last = (begin + v.capacity() * sizeof(T)) & ~(huge - 1);
    if (v.data() && first < last) ::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

// Releases the unused tail of a vector reserved for an upper bound, when it is worth a copy.
template <class T>
void trim(std::vector<T>& v) {
    if (v.size() < v.capacity() / 2) v.shrink_to_fit();
}

}  // namespace

// A first pass finds the (year, body) runs in ledger order and bounds the kegiatan and program
// groups by their blocks of consecutive lines (a group has at least one), so their columns are
// allocated once, at about their size: neither moved while growing nor trimmed by a copy.
LedgerTotals::Builder::Plan LedgerTotals::Builder::plan_runs(const Ledger& ledger) {
    Plan plan;
    const std::size_t n = ledger.size();
    const std::int16_t* line_year = ledger.years().data();
    const std::uint32_t* line_body = ledger.bodies().data();
    const std::uint32_t* line_sub = ledger.sub_kegiatan().data();
    std::vector<std::uint8_t> has_year(10000, 0);
    // Per sub kegiatan: its kegiatan (low half) and program (high half), one load a line.
    std::vector<std::uint64_t> parents(ledger.sub_kegiatan_count());
    for (std::size_t s = 0; s < parents.size(); ++s)
        parents[s] = ledger.kegiatan_of_sub_kegiatan()[s] | std::uint64_t{ledger.program_of_sub_kegiatan()[s]}
                                                                << 32;
    const std::uint64_t* parent = parents.data();
    for (std::size_t i = 0; i < n;) {
        const std::int16_t y = line_year[i];
        const std::uint32_t b = line_body[i];
        has_year[static_cast<std::size_t>(y)] = 1;
        plan.run_start.push_back(static_cast<std::uint32_t>(i));
        std::size_t end = i + 1;
        while (end < n && line_year[end] == y && line_body[end] == b) ++end;
        std::uint64_t previous = ~std::uint64_t{0};  // no kegiatan or program yet
        for (; i < end; ++i) {
            const std::uint64_t x = parent[line_sub[i]];
            const std::uint64_t changed = x ^ previous;
            plan.kegiatan_bound += static_cast<std::uint32_t>(changed) != 0;
            plan.program_bound += (changed >> 32) != 0;
            previous = x;
        }
    }
    plan.run_start.push_back(static_cast<std::uint32_t>(n));
    // The years present, and each year's index.
    plan.year_index.assign(10000, none);
    for (int y = 1; y < 10000; ++y)
        if (has_year[static_cast<std::size_t>(y)]) {
            plan.year_index[static_cast<std::size_t>(y)] = static_cast<std::uint32_t>(plan.years.size());
            plan.years.push_back(y);
        }
    return plan;
}

LedgerTotals::Builder::Builder(const Ledger& ledger, const detail::LedgerLines& lines, const Plan& plan,
                               LedgerTotals& totals)
    : l_(ledger), lines_(lines), plan_(plan), t_(totals), years_(plan.years) {
    t_.province_codes_ = ledger.province_codes();
    t_.region_codes_ = ledger.region_codes();
    t_.region_province_ = ledger.province_of_region();
    t_.body_codes_ = ledger.body_codes();
    t_.body_region_ = ledger.region_of_body();
    t_.item_codes_[0] = ledger.sub_kegiatan_codes();
    t_.item_codes_[1] = ledger.kegiatan_codes();
    t_.item_codes_[2] = ledger.program_codes();
    t_.lines_ = ledger.shared_lines();
    reserve_groups();
    init_scratch();
}

void LedgerTotals::Builder::reserve_groups() {
    for (std::size_t k = 1; k < detail::scoped_levels; ++k) {
        const std::size_t bound = k == 1 ? plan_.kegiatan_bound : plan_.program_bound;
        t_.scoped_[k].item.reserve(bound);
        t_.scoped_[k].anggaran.reserve(bound);
        t_.scoped_[k].realisasi.reserve(bound);
        prefer_huge_pages(t_.scoped_[k].item);
        prefer_huge_pages(t_.scoped_[k].anggaran);
        prefer_huge_pages(t_.scoped_[k].realisasi);
    }
}

// The runs in ledger order, up to one whose (year, body) was seen before (then the lines are not
// in runs: the runs before it are still rolled up first, so an error in them is reported as
// before, and the roll-up starts over in (year, body) order).
bool LedgerTotals::Builder::sum_runs_in_ledger_order() {
    const std::vector<std::uint32_t>& run_start = plan_.run_start;
    const std::size_t bodies = l_.body_count();
    std::vector<std::uint8_t> seen(years_.size() * bodies, 0);
    for (std::size_t r = 0; r + 1 < run_start.size(); ++r) {
        const std::size_t from = run_start[r];
        const std::size_t yi = plan_.year_index[static_cast<std::size_t>(lines_.years[from])];
        std::uint8_t& mark = seen[yi * bodies + lines_.bodies[from]];
        if (mark) return false;
        mark = 1;
        direct_run(from, run_start[r + 1], yi);
    }
    return true;
}

void LedgerTotals::Builder::sum_runs_in_body_order() {
    reset();
    reserve_groups();
    // A stable counting sort of line indices by (year, body).
    const std::size_t n = lines_.years.size();
    const std::size_t bodies = l_.body_count();
    const std::size_t keys = years_.size() * bodies;
    auto key = [&](std::size_t i) {
        return plan_.year_index[static_cast<std::size_t>(lines_.years[i])] * bodies + lines_.bodies[i];
    };
    std::vector<std::uint32_t> start(keys + 1, 0);
    for (std::size_t i = 0; i < n; ++i) ++start[key(i) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<std::uint32_t> perm(n);
    {
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (std::size_t i = 0; i < n; ++i) perm[next[key(i)]++] = static_cast<std::uint32_t>(i);
    }
    for (std::size_t k = 0; k < keys; ++k)
        if (start[k] != start[k + 1]) permuted_run(perm.data(), start[k], start[k + 1], k / bodies);
}

void LedgerTotals::Builder::finish() {
    t_.begin_[0].push_back(leaf_end_);
    for (std::size_t k = 1; k < detail::scoped_levels; ++k) t_.begin_[k].push_back(t_.scoped_[k].item.size());
    if (t_.scoped_[0].item.empty()) t_.scoped_[0] = {};
    for (auto& s : t_.scoped_) {
        trim(s.item);
        trim(s.anggaran);
        trim(s.realisasi);
    }
    if (std::all_of(t_.leaf_line_.begin(), t_.leaf_line_.end(),
                    [](std::uint64_t l) { return l == std::numeric_limits<std::uint64_t>::max(); }))
        t_.lines_.reset();  // nothing read in place: do not hold the ledger's lines
    sum_regions();
}

// Regions in id order per year; provinces and the nation from them.
void LedgerTotals::Builder::sum_regions() {
    const std::size_t nr = l_.region_count();
    const std::size_t np = l_.province_count();
    std::vector<int128> pa(np), pr(np);
    std::vector<std::uint8_t> pp(np);
    for (std::size_t yi = 0; yi < years_.size(); ++yi) {
        std::fill(pa.begin(), pa.end(), 0);
        std::fill(pr.begin(), pr.end(), 0);
        std::fill(pp.begin(), pp.end(), 0);
        int128 na = 0;
        int128 nr_sum = 0;
        const auto y = static_cast<std::int16_t>(years_[yi]);
        for (std::size_t r = 0; r < nr; ++r) {
            const std::size_t k = yi * nr + r;
            if (!region_present_[k]) continue;
            const int128 a = region_a_[k];
            const int128 re = region_r_[k];
            t_.regions_.year.push_back(y);
            t_.regions_.id.push_back(static_cast<std::uint32_t>(r));
            t_.regions_.anggaran.push_back(a);
            t_.regions_.realisasi.push_back(re);
            const std::uint32_t p = l_.province_of_region()[r];
            pa[p] += a;
            pr[p] += re;
            pp[p] = 1;
            na += a;
            nr_sum += re;
        }
        for (std::size_t p = 0; p < np; ++p) {
            if (!pp[p]) continue;
            t_.provinces_.year.push_back(y);
            t_.provinces_.id.push_back(static_cast<std::uint32_t>(p));
            t_.provinces_.anggaran.push_back(pa[p]);
            t_.provinces_.realisasi.push_back(pr[p]);
        }
        t_.nation_.year.push_back(y);
        t_.nation_.id.push_back(0);
        t_.nation_.anggaran.push_back(na);
        t_.nation_.realisasi.push_back(nr_sum);
    }
}

LedgerTotals rollup(const Ledger& ledger) {
    static const detail::LedgerLines no_lines;
    const auto lines = ledger.shared_lines();
    const LedgerTotals::Builder::Plan plan = LedgerTotals::Builder::plan_runs(ledger);
    LedgerTotals t;
    LedgerTotals::Builder builder(ledger, lines ? *lines : no_lines, plan, t);
    if (!builder.sum_runs_in_ledger_order()) builder.sum_runs_in_body_order();
    builder.finish();
    return t;
}

LedgerTotals Ledger::rollup() const { return kinerja::rollup(*this); }

}  // namespace kinerja

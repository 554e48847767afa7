#pragma once
// Internal to the ledger (not installed): LedgerTotals::Builder, the roll-up of a ledger's lines.
// LedgerTotals declares it as a private member class, so it writes the totals' representation with
// no friend; it reads the ledger through Ledger's public API only. rollup() (rollup.cpp) drives it.
//
// The lines are summed in (year, body) runs: a run is one body's lines of one year, so every
// body-scoped group lies within one run. The input usually comes in such runs (exports and the
// generator write body after body). A first pass over the year, body and sub kegiatan columns (in
// chunks, one per thread) finds the runs and bounds the number of kegiatan and program groups, so
// their columns are allocated once; when the lines are in runs, each thread sums a range of runs
// in ledger order (sum_runs). Otherwise the lines are partitioned stably by (year, region) into
// records, each key's records counted and sorted by body in cache, and each body's lines summed from them
// with its sub kegiatan groups stored (sum_placed, placed_body): in int64 when the body's lines times the
// largest |amount| stay below 2^63 (decided once per body, no check per line), else in 128 bits. rollup()
// (rollup.cpp) joins the threads' parts.
//
// A run in the usual shape (kegiatan in blocks of consecutive lines, programs in blocks of
// consecutive kegiatan, no sub kegiatan twice) takes a fast path: int64 prefix sums per line,
// checked for overflow, and block sums as their differences (see quick_run). Any other run, and
// any run whose running sum leaves int64, takes the general path: per line, the amounts go to the
// run's kegiatan in 128 bits (a small dense slot table, stamped per run so nothing is reset between
// runs), and a stamp per sub kegiatan id tells whether one repeats. A run without a repeated sub
// kegiatan keeps its sub kegiatan groups as its lines; a run with one is summed again by sub
// kegiatan and stored. Programs follow from the run's kegiatan, bodies add into dense per-(year,
// region) sums, provinces and nation follow from regions. No 128-bit sum can overflow: at most 2^32
// lines of |amount| <= 2^63 stay below 2^95. Both paths give the same groups in the same order.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

#include "kinerja/ledger/store.hpp"
#include "kinerja/ledger/totals.hpp"
#include "sums.hpp"

namespace kinerja {
namespace detail {

// The roll-up's line loops run at a few cycles a line, too fast for the hardware prefetchers to keep
// several columns streaming on their own; they ask for the line this far ahead.
inline constexpr std::size_t prefetch_distance = 64;

// Prefetches column[i + prefetch_distance] when it exists (the address is only formed then).
template <class T>
void prefetch_ahead(const T* column, std::size_t i, std::size_t size) {
    if (i + prefetch_distance < size) __builtin_prefetch(column + i + prefetch_distance);
}

}  // namespace detail

class LedgerTotals::Builder {
public:
    /// What a first pass over the lines found: the (year, body) runs in ledger order, the years,
    /// and bounds of the kegiatan and program groups.
    struct Plan {
        /// Where each run starts, then the number of lines (line indices are below 2^32).
        std::vector<std::uint32_t> run_start;
        /// The years that have lines, ascending.
        std::vector<int> years;
        /// Per year 0..9999, its index in years, or none.
        std::vector<std::uint32_t> year_index;
        /// At least the number of kegiatan groups.
        std::size_t kegiatan_bound = 0;
        /// At least the number of program groups.
        std::size_t program_bound = 0;
    };

    /// One line not in runs as rollup() placed it: what the roll-up reads of a line once its
    /// (year, region) is known from where the line was put.
    struct Record {
        /// The line's anggaran in sen.
        std::int64_t anggaran;
        /// The line's realisasi in sen.
        std::int64_t realisasi;
        /// The line's sub kegiatan id.
        std::uint32_t sub;
        /// The line's body id.
        std::uint32_t body;
    };

    /// Lines not in runs as rollup() placed them: records partitioned stably by (year index,
    /// region) key, and a bound of their amounts.
    struct Placed {
        /// The records, key k's at [start[k], start[k + 1]).
        const Record* records;
        /// Per (year index, region) key, where its lines start; then the number of lines.
        const std::uint32_t* start;
        /// At least the largest |amount| of any line (at most 2^63): a body whose lines times this
        /// stay below 2^63 has every sum in int64.
        std::uint64_t amount_bound;
    };

    /// A builder of \p part from \p ledger's \p lines (its columns, or empty ones) as \p plan found
    /// them. Several builders may work at once, each on its own part and its own runs; rollup()
    /// (rollup.cpp) joins the parts and copies the dictionaries.
    Builder(const Ledger& ledger, const detail::LedgerLines& lines, const Plan& plan, LedgerTotals& part);

    /// Room for about this many kegiatan and program groups, allocated once.
    void reserve_groups(std::size_t kegiatan, std::size_t program);
    /// Sums the runs [first, last) of the plan, in ledger order: the lines are in runs.
    void sum_runs(std::size_t first, std::size_t last);
    /// Sums the placed lines of keys [first, last): each key's lines are sorted by body (stably, in
    /// cache) and each body's lines summed; its sub kegiatan groups are stored.
    void sum_placed(const Placed& placed, std::size_t first, std::size_t last);
    /// Closes the part: the end of each body-scoped level.
    void finish_part();
    /// The totals of the parts that \p builders built, in order, for \p ledger as \p plan found it.
    static LedgerTotals join(const Ledger& ledger, const Plan& plan, std::vector<LedgerTotals>& parts,
                             const std::vector<std::unique_ptr<Builder>>& builders);

private:
    static constexpr std::uint32_t none = 0xFFFF'FFFFu;

    // The marks, slots and region sums, sized by the ledger's dictionaries.
    void init_scratch() {
        leaf_mark_.assign(l_.sub_kegiatan_count(), 0);
        leaf_slot_.assign(l_.sub_kegiatan_count(), 0);
        keg_mark_.assign(l_.kegiatan_count(), 0);
        keg_slot_.assign(l_.kegiatan_count(), 0);
        prog_slot_.assign(l_.program_count(), none);
        prog_mark_.assign(l_.program_count(), 0);
        region_a_.assign(years_.size() * l_.region_count(), 0);
        region_r_.assign(years_.size() * l_.region_count(), 0);
        region_present_.assign(years_.size() * l_.region_count(), 0);
    }

    // Forgets every group summed so far, to start over.
    void reset() {
        for (auto& s : t_.scoped_) s = {};
        for (auto& b : t_.begin_) b.clear();
        t_.leaf_line_.clear();
        t_.leaf_store_.clear();
        t_.bodies_ = {};
        leaf_end_ = 0;
        std::fill(region_a_.begin(), region_a_.end(), 0);
        std::fill(region_r_.begin(), region_r_.end(), 0);
        std::fill(region_present_.begin(), region_present_.end(), 0);
    }

    // The lines [from, to) in ledger order, all of one (year, body): the fast path when the run has
    // the usual shape, else the general one.
    void direct_run(std::size_t from, std::size_t to, std::size_t year_index) {
        if (quick_run(from, to, year_index)) return;
        start_run();
        add_lines(nullptr, from, to);
        finish_run(year_index, lines_.bodies[from], from, to, nullptr);
    }

    // One body's placed lines, sorted_*[from, to) in ledger order: the kegiatan sums and whether a
    // sub kegiatan repeats, then the sub kegiatan groups stored (the lines themselves when none
    // repeats), then kegiatan and programs. When the body's lines times the amount bound stay below
    // 2^63 no sum of them can leave int64 and they are summed in int64, otherwise in 128 bits and
    // narrowed with the usual errors, in the usual order (sub kegiatan, kegiatan, program).
    void placed_body(const Placed& placed, std::size_t year_index, std::uint32_t body, std::size_t from,
                     std::size_t to) {
        const std::uint32_t* sub = sorted_sub_.data();
        const std::int64_t* anggaran = sorted_a_.data();
        const std::int64_t* realisasi = sorted_r_.data();
        const std::uint32_t* kegiatan_of = l_.kegiatan_of_sub_kegiatan().data();
        const std::size_t length = to - from;
        const bool narrow = static_cast<int128>(length) * placed.amount_bound < (int128{1} << 63);
        start_run();
        const std::uint32_t stamp = stamp_;
        std::uint32_t* leaf_mark = leaf_mark_.data();
        std::uint32_t* keg_mark = keg_mark_.data();
        std::uint32_t* keg_slot = keg_slot_.data();
        bool repeated = false;
        if (narrow) {
            // Without a branch on whether a kegiatan is new (in shuffled lines it is as often as
            // not): every line writes its kegiatan's mark, slot and place in the touched list, and
            // only a new one advances the count.
            keg_touched_.resize(length + 1);
            keg_a64_.assign(length, 0);
            keg_r64_.assign(length, 0);
            std::uint32_t* touched = keg_touched_.data();
            std::int64_t* keg_a = keg_a64_.data();
            std::int64_t* keg_r = keg_r64_.data();
            std::uint32_t count = 0;
            for (std::size_t p = from; p < to; ++p) {
                const std::uint32_t s = sub[p];
                repeated |= leaf_mark[s] == stamp;
                leaf_mark[s] = stamp;
                const std::uint32_t k = kegiatan_of[s];
                const bool fresh = keg_mark[k] != stamp;
                const std::uint32_t slot = fresh ? count : keg_slot[k];
                keg_mark[k] = stamp;
                keg_slot[k] = slot;
                touched[count] = k;
                count += fresh;
                keg_a[slot] += anggaran[p];
                keg_r[slot] += realisasi[p];
            }
            keg_touched_.resize(count);
        } else {
            for (std::size_t p = from; p < to; ++p) {
                repeated |= leaf_mark[sub[p]] == stamp;
                leaf_mark[sub[p]] = stamp;
                add_kegiatan(kegiatan_of[sub[p]], anggaran[p], realisasi[p]);
            }
        }
        t_.begin_[0].push_back(leaf_end_);
        t_.begin_[1].push_back(t_.scoped_[1].item.size());
        t_.begin_[2].push_back(t_.scoped_[2].item.size());
        LedgerTotals::Scoped& leaf = t_.scoped_[0];
        t_.leaf_store_.push_back(leaf.item.size());
        t_.leaf_line_.push_back(std::numeric_limits<std::uint64_t>::max());
        if (!repeated) {
            leaf.item.insert(leaf.item.end(), sub + from, sub + to);
            leaf.anggaran.insert(leaf.anggaran.end(), anggaran + from, anggaran + to);
            leaf.realisasi.insert(leaf.realisasi.end(), realisasi + from, realisasi + to);
        } else {
            store_groups(from, to, year_index, body, [sub, anggaran, realisasi](std::size_t p) {
                return Line{sub[p], anggaran[p], realisasi[p]};
            });
        }
        leaf_end_ += leaf.item.size() - t_.leaf_store_.back();
        if (narrow)
            sum_kegiatan_and_programs_int64(year_index, body);
        else
            sum_kegiatan_and_programs(year_index, body);
    }

    // Whether a sub kegiatan occurs twice among sub[0..length), by marks with a fresh stamp.
    bool repeats(const std::uint32_t* sub, std::size_t length) {
        new_stamp();
        std::uint32_t* mark = leaf_mark_.data();
        bool repeated = false;
        for (std::size_t p = 0; p < length; ++p) {
            repeated |= mark[sub[p]] == stamp_;
            mark[sub[p]] = stamp_;
        }
        return repeated;
    }

    // The fast path for a run [from, to) in ledger order with no sub kegiatan twice, whose kegiatan
    // each form one block of consecutive lines and whose programs each form one block of
    // consecutive kegiatan. Exports list lines by code, so this is the usual shape. Returns false,
    // having stored nothing, when the run has another shape or a running sum leaves int64: the
    // general path then sums the run exactly in 128 bits, and reports an overflow as it always has.
    //
    // The line loop has no data-dependent branch but the (cold) overflow exit: it keeps the run's
    // prefix sums in int64 and writes, per line, the prefix and the kegiatan to the slot of the
    // line's kegiatan block, so each slot ends with its block's end prefix and a block's sum is the
    // difference of two slots. The kegiatan blocks then give the program blocks the same way.
    bool quick_run(std::size_t from, std::size_t to, std::size_t year_index) {
        const std::size_t length = to - from;
        const std::uint32_t* sub = lines_.sub_kegiatan.data() + from;
        const std::int64_t* anggaran = lines_.anggaran.data() + from;
        const std::int64_t* realisasi = lines_.realisasi.data() + from;
        const std::size_t length_to_end = lines_.anggaran.size() - from;  // the lines that can be prefetched
        const std::uint32_t* kegiatan_of = l_.kegiatan_of_sub_kegiatan().data();
        if (blocks_.size() < length + 1) {  // scratch for the longest run so far
            blocks_.resize(length + 1);
            program_blocks_.resize(length + 1);
            for (auto* v : {&group_a_, &group_r_, &program_a_, &program_r_}) v->resize(length);
            block_item_.resize(length);
            program_item_.resize(length);
        }
        Block* block = blocks_.data();  // slot 0: the prefix before the run
        block[0] = Block{0, 0, none};
        std::int64_t prefix_a = 0, prefix_r = 0;
        std::uint32_t current = none;
        std::int64_t previous_sub = -1;
        std::size_t blocks = 0;
        bool rising = true;  // sub kegiatan ids that rise through the run cannot repeat
        for (std::size_t p = 0; p < length; ++p) {
            detail::prefetch_ahead(anggaran, p, length_to_end);
            detail::prefetch_ahead(realisasi, p, length_to_end);
            const std::uint32_t s = sub[p];
            const std::uint32_t k = kegiatan_of[s];
            rising &= static_cast<std::int64_t>(s) > previous_sub;
            previous_sub = s;
            if (__builtin_add_overflow(prefix_a, anggaran[p], &prefix_a) ||
                __builtin_add_overflow(prefix_r, realisasi[p], &prefix_r))
                return false;
            blocks += k != current;
            current = k;
            block[blocks] = Block{prefix_a, prefix_r, k};
        }
        if (!rising && repeats(sub, length)) return false;

        std::size_t programs = 0;
        if (!block_groups(blocks, programs)) return false;

        open_body_group(from, to, false);
        const std::uint32_t* item = block_item_.data();
        const std::int64_t* group_a = group_a_.data();
        const std::int64_t* group_r = group_r_.data();
        const std::uint32_t* program_item = program_item_.data();
        const std::int64_t* program_a = program_a_.data();
        const std::int64_t* program_r = program_r_.data();
        LedgerTotals::Scoped& keg = t_.scoped_[1];
        keg.item.insert(keg.item.end(), item, item + blocks);
        keg.anggaran.insert(keg.anggaran.end(), group_a, group_a + blocks);
        keg.realisasi.insert(keg.realisasi.end(), group_r, group_r + blocks);
        LedgerTotals::Scoped& prog = t_.scoped_[2];
        prog.item.insert(prog.item.end(), program_item, program_item + programs);
        prog.anggaran.insert(prog.anggaran.end(), program_a, program_a + programs);
        prog.realisasi.insert(prog.realisasi.end(), program_r, program_r + programs);
        close_body_group(year_index, lines_.bodies[from], prefix_a, prefix_r);
        return true;
    }

    // quick_run's groups from its kegiatan blocks (blocks_[1..blocks]): each block must be a new
    // kegiatan of the run, with sums that fit int64; false otherwise. The kegiatan blocks give the
    // program blocks as the lines gave the kegiatan blocks; \p programs is their number.
    bool block_groups(std::size_t blocks, std::size_t& programs) {
        new_stamp();
        const Block* block = blocks_.data();
        const std::uint32_t* program_of = l_.program_of_kegiatan().data();
        std::uint32_t* keg_mark = keg_mark_.data();
        std::uint32_t* item = block_item_.data();
        std::int64_t* group_a = group_a_.data();
        std::int64_t* group_r = group_r_.data();
        Block* program_block = program_blocks_.data();
        program_block[0] = Block{0, 0, none};
        std::uint32_t current_program = none;
        std::size_t count = 0;  // in a register, not through the reference
        bool usual = true;
        for (std::size_t g = 1; g <= blocks; ++g) {
            const std::uint32_t k = block[g].item;
            usual &= keg_mark[k] != stamp_;
            keg_mark[k] = stamp_;
            item[g - 1] = k;
            usual &= !__builtin_sub_overflow(block[g].a, block[g - 1].a, &group_a[g - 1]);
            usual &= !__builtin_sub_overflow(block[g].r, block[g - 1].r, &group_r[g - 1]);
            const std::uint32_t p = program_of[k];
            count += p != current_program;
            current_program = p;
            program_block[count] = Block{block[g].a, block[g].r, p};
        }
        std::uint32_t* prog_mark = prog_mark_.data();
        std::uint32_t* program_item = program_item_.data();
        std::int64_t* program_a = program_a_.data();
        std::int64_t* program_r = program_r_.data();
        for (std::size_t q = 1; q <= count; ++q) {
            const std::uint32_t p = program_block[q].item;
            usual &= prog_mark[p] != stamp_;
            prog_mark[p] = stamp_;
            program_item[q - 1] = p;
            usual &= !__builtin_sub_overflow(program_block[q].a, program_block[q - 1].a, &program_a[q - 1]);
            usual &= !__builtin_sub_overflow(program_block[q].r, program_block[q - 1].r, &program_r[q - 1]);
        }
        programs = count;
        return usual;
    }

    // A stamp no mark holds yet.
    void new_stamp() {
        if (++stamp_ == 0) {  // wrapped: forget every old stamp
            std::fill(leaf_mark_.begin(), leaf_mark_.end(), 0);
            std::fill(keg_mark_.begin(), keg_mark_.end(), 0);
            std::fill(prog_mark_.begin(), prog_mark_.end(), 0);
            stamp_ = 1;
        }
    }

    void start_run() {
        new_stamp();
        run_a_ = 0;
        run_r_ = 0;
        repeated_ = false;
        keg_touched_.clear();
        keg_a_.clear();
        keg_r_.clear();
    }

    // Lines [from, to), or perm[from..to): the run's sums, whether a sub kegiatan repeats, and the
    // kegiatan sums. Consecutive lines mostly share a kegiatan, so its sum stays in registers
    // until the kegiatan changes.
    void add_lines(const std::uint32_t* perm, std::size_t from, std::size_t to) {
        const std::uint32_t* sub = lines_.sub_kegiatan.data();
        const std::int64_t* anggaran = lines_.anggaran.data();
        const std::int64_t* realisasi = lines_.realisasi.data();
        const std::uint32_t* kegiatan_of = l_.kegiatan_of_sub_kegiatan().data();
        int128 ka = 0, kr = 0;  // the body's sums follow from its kegiatan sums, in finish_run
        std::uint32_t current = none;
        // Sub kegiatan ids that rise through the run cannot repeat (exports sorted by code mostly
        // do); only a run where they fall needs the per-id marks.
        bool rising = true;
        std::int64_t previous = -1;
        for (std::size_t p = from; p < to; ++p) {
            const std::size_t i = perm ? perm[p] : p;
            const std::uint32_t s = sub[i];
            const std::int64_t a = anggaran[i];
            const std::int64_t r = realisasi[i];
            rising &= static_cast<std::int64_t>(s) > previous;
            previous = s;
            const std::uint32_t k = kegiatan_of[s];
            if (k != current) {
                if (current != none) add_kegiatan(current, ka, kr);
                current = k;
                ka = 0;
                kr = 0;
            }
            ka += a;
            kr += r;
        }
        if (current != none) add_kegiatan(current, ka, kr);
        repeated_ = false;
        if (!rising) {
            std::uint32_t* leaf_mark = leaf_mark_.data();
            for (std::size_t p = from; p < to && !repeated_; ++p) {
                const std::uint32_t s = sub[perm ? perm[p] : p];
                repeated_ = leaf_mark[s] == stamp_;
                leaf_mark[s] = stamp_;
            }
        }
    }

    void add_kegiatan(std::uint32_t k, int128 a, int128 r) {
        if (keg_mark_[k] != stamp_) {
            keg_mark_[k] = stamp_;
            keg_slot_[k] = static_cast<std::uint32_t>(keg_touched_.size());
            keg_touched_.push_back(k);
            keg_a_.push_back(0);
            keg_r_.push_back(0);
        }
        keg_a_[keg_slot_[k]] += a;
        keg_r_[keg_slot_[k]] += r;
    }

    // A group's sum as stored, or overflow_error naming the group. The codes are looked up only
    // when the sum does not fit, so the common case costs one comparison.
    std::int64_t narrow_for(int128 v, LedgerLevel level, std::size_t year_index, std::uint32_t body,
                            std::uint32_t id) const {
        if (detail::fits_int64(v)) return static_cast<std::int64_t>(v);
        const std::string& code = level == LedgerLevel::sub_kegiatan ? l_.sub_kegiatan_code(id)
                                  : level == LedgerLevel::kegiatan   ? l_.kegiatan_code(id)
                                                                     : l_.program_code(id);
        return detail::narrow_group_sum(v, level, years_[year_index], l_.region_code(l_.body_region(body)),
                                        l_.body_code(body), code);
    }

    // One line as the leaf sums see it, wherever it is kept (the ledger's columns or a sorted record).
    struct Line {
        std::uint32_t sub;
        std::int64_t anggaran;
        std::int64_t realisasi;
    };

    // The sub kegiatan groups of the lines [from, to), each given by line(p): summed in 128 bits in
    // order of first appearance, then stored. Serves a run with a repeated sub kegiatan, a permuted
    // run and the records of shuffled lines alike.
    template <class LineAt>
    void store_groups(std::size_t from, std::size_t to, std::size_t year_index, std::uint32_t body,
                      LineAt&& line) {
        LedgerTotals::Scoped& leaf = t_.scoped_[0];
        const std::size_t first = leaf.item.size();
        leaf_a_.clear();
        leaf_r_.clear();
        new_stamp();  // fresh slots: a run's marks said only whether a sub kegiatan repeats
        for (std::size_t p = from; p < to; ++p) {
            const Line l = line(p);
            if (leaf_mark_[l.sub] != stamp_) {
                leaf_mark_[l.sub] = stamp_;
                leaf_slot_[l.sub] = static_cast<std::uint32_t>(leaf.item.size() - first);
                leaf.item.push_back(l.sub);
                leaf_a_.push_back(0);
                leaf_r_.push_back(0);
            }
            leaf_a_[leaf_slot_[l.sub]] += l.anggaran;
            leaf_r_[leaf_slot_[l.sub]] += l.realisasi;
        }
        for (std::size_t g = 0; g < leaf_a_.size(); ++g) {
            const std::uint32_t s = leaf.item[first + g];
            leaf.anggaran.push_back(narrow_for(leaf_a_[g], LedgerLevel::sub_kegiatan, year_index, body, s));
            leaf.realisasi.push_back(narrow_for(leaf_r_[g], LedgerLevel::sub_kegiatan, year_index, body, s));
        }
    }

    // Opens a body group: where its groups start at each level, and its sub kegiatan groups as its
    // lines [from, to), or (when `stored`) as the stored groups its caller adds next.
    void open_body_group(std::size_t from, std::size_t to, bool stored) {
        t_.begin_[0].push_back(leaf_end_);
        t_.begin_[1].push_back(t_.scoped_[1].item.size());
        t_.begin_[2].push_back(t_.scoped_[2].item.size());
        t_.leaf_store_.push_back(t_.scoped_[0].item.size());
        t_.leaf_line_.push_back(stored ? std::numeric_limits<std::uint64_t>::max() : from);
        if (!stored) leaf_end_ += to - from;
    }

    // Closes a body group with the body's sums, which also go to its region.
    void close_body_group(std::size_t year_index, std::uint32_t body, int128 anggaran, int128 realisasi) {
        t_.bodies_.year.push_back(static_cast<std::int16_t>(years_[year_index]));
        t_.bodies_.id.push_back(body);
        t_.bodies_.anggaran.push_back(anggaran);
        t_.bodies_.realisasi.push_back(realisasi);
        const std::size_t r = year_index * l_.region_count() + l_.body_region(body);
        region_a_[r] += anggaran;
        region_r_[r] += realisasi;
        region_present_[r] = 1;
    }

    void finish_run(std::size_t year_index, std::uint32_t body, std::size_t from, std::size_t to,
                    const std::uint32_t* perm) {
        open_body_group(from, to, repeated_);
        if (repeated_) {
            store_groups(from, to, year_index, body, [this, perm](std::size_t p) {
                const std::size_t i = perm ? perm[p] : p;
                return Line{lines_.sub_kegiatan[i], lines_.anggaran[i], lines_.realisasi[i]};
            });
            leaf_end_ += t_.scoped_[0].item.size() - t_.leaf_store_.back();
        }
        sum_kegiatan_and_programs(year_index, body);
    }

    // sum_kegiatan_and_programs for sums known to stay in int64 (placed_body): the kegiatan in
    // keg_a64_ / keg_r64_.
    void sum_kegiatan_and_programs_int64(std::size_t year_index, std::uint32_t body) {
        LedgerTotals::Scoped& keg = t_.scoped_[1];
        LedgerTotals::Scoped& prog = t_.scoped_[2];
        const std::uint32_t* program_of = l_.program_of_kegiatan().data();
        std::uint32_t* prog_slot = prog_slot_.data();
        prog_touched_.clear();
        prog_a64_.clear();
        prog_r64_.clear();
        std::int64_t body_a = 0, body_r = 0;
        for (std::size_t g = 0; g < keg_touched_.size(); ++g) {
            const std::uint32_t k = keg_touched_[g];
            const std::int64_t a = keg_a64_[g], r = keg_r64_[g];
            body_a += a;
            body_r += r;
            keg.item.push_back(k);
            keg.anggaran.push_back(a);
            keg.realisasi.push_back(r);
            const std::uint32_t p = program_of[k];
            if (prog_slot[p] == none) {
                prog_slot[p] = static_cast<std::uint32_t>(prog_touched_.size());
                prog_touched_.push_back(p);
                prog_a64_.push_back(0);
                prog_r64_.push_back(0);
            }
            prog_a64_[prog_slot[p]] += a;
            prog_r64_[prog_slot[p]] += r;
        }
        for (std::size_t g = 0; g < prog_touched_.size(); ++g) {
            const std::uint32_t p = prog_touched_[g];
            prog_slot[p] = none;
            prog.item.push_back(p);
            prog.anggaran.push_back(prog_a64_[g]);
            prog.realisasi.push_back(prog_r64_[g]);
        }
        close_body_group(year_index, body, body_a, body_r);
    }

    // The run's kegiatan in order of first appearance, then their programs, then the body.
    void sum_kegiatan_and_programs(std::size_t year_index, std::uint32_t body) {
        LedgerTotals::Scoped& keg = t_.scoped_[1];
        LedgerTotals::Scoped& prog = t_.scoped_[2];
        prog_touched_.clear();
        prog_a_.clear();
        prog_r_.clear();
        for (std::size_t g = 0; g < keg_touched_.size(); ++g) {
            const std::uint32_t k = keg_touched_[g];
            run_a_ += keg_a_[g];
            run_r_ += keg_r_[g];
            keg.item.push_back(k);
            keg.anggaran.push_back(narrow_for(keg_a_[g], LedgerLevel::kegiatan, year_index, body, k));
            keg.realisasi.push_back(narrow_for(keg_r_[g], LedgerLevel::kegiatan, year_index, body, k));
            const std::uint32_t p = l_.program_of_kegiatan()[k];
            if (prog_slot_[p] == none) {
                prog_slot_[p] = static_cast<std::uint32_t>(prog_touched_.size());
                prog_touched_.push_back(p);
                prog_a_.push_back(0);
                prog_r_.push_back(0);
            }
            prog_a_[prog_slot_[p]] += keg_a_[g];
            prog_r_[prog_slot_[p]] += keg_r_[g];
        }
        for (std::size_t g = 0; g < prog_touched_.size(); ++g) {
            const std::uint32_t p = prog_touched_[g];
            prog_slot_[p] = none;
            prog.item.push_back(p);
            prog.anggaran.push_back(narrow_for(prog_a_[g], LedgerLevel::program, year_index, body, p));
            prog.realisasi.push_back(narrow_for(prog_r_[g], LedgerLevel::program, year_index, body, p));
        }
        close_body_group(year_index, body, run_a_, run_r_);
    }

    const Ledger& l_;
    const detail::LedgerLines& lines_;
    const Plan& plan_;
    LedgerTotals& t_;
    const std::vector<int>& years_;
    std::uint32_t stamp_ = 0;
    std::vector<std::uint32_t> leaf_mark_, leaf_slot_, keg_mark_, keg_slot_, prog_slot_, prog_mark_;
    // quick_run's scratch, sized for the longest run so far: blocks of lines or kegiatan (a prefix
    // sum at a block's end and the block's code id), then the groups to store.
    struct Block {
        std::int64_t a;
        std::int64_t r;
        std::uint32_t item;
    };
    std::vector<Block> blocks_, program_blocks_;
    std::vector<std::uint32_t> block_item_, program_item_;
    std::vector<std::int64_t> group_a_, group_r_, program_a_, program_r_;
    std::vector<std::uint32_t> keg_touched_, prog_touched_;
    std::vector<int128> keg_a_, keg_r_, prog_a_, prog_r_, leaf_a_, leaf_r_;
    std::vector<int128> region_a_, region_r_;
    // sum_placed's scratch: per body id a count, then where its next line goes (0 between keys);
    // the bodies of a key; its lines sorted by body; the int64 sums of placed_body.
    std::vector<std::uint32_t> body_next_, key_bodies_;
    std::vector<std::uint32_t> sorted_sub_;
    std::vector<std::int64_t> sorted_a_, sorted_r_;
    std::vector<std::int64_t> keg_a64_, keg_r64_, prog_a64_, prog_r64_;
    std::vector<std::uint8_t> region_present_;
    int128 run_a_ = 0;
    int128 run_r_ = 0;
    bool repeated_ = false;
    std::uint64_t leaf_end_ = 0;
};

}  // namespace kinerja

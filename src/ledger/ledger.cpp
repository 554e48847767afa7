// The ledger's dictionaries, its roll-up, and what can be done with roll-ups: look-ups, columns,
// merging and bytes. See ledger.hpp for the design; the CSV and the generator have files of their own.

#include <algorithm>
#include <cstring>
#include <limits>
#include <numeric>
#include <tuple>

#include "kinerja/ledger/ledger.hpp"
#include "kinerja/io/ledger_csv.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "LedgerTotals bytes and the int128 columns are little-endian; a big-endian port needs byte swaps");

namespace kinerja {
namespace {

constexpr std::uint32_t none = 0xFFFF'FFFFu;
constexpr std::size_t scoped_levels = 3;
// The roll-up's line loops run at a few cycles a line, too fast for the hardware prefetchers to keep
// several columns streaming on their own; they ask for the line this far ahead.
constexpr std::size_t prefetch_distance = 64;

// Prefetches column[i + prefetch_distance] when it exists (the address is only formed then).
template <class T>
void prefetch_ahead(const T* column, std::size_t i, std::size_t size) {
    if (i + prefetch_distance < size) __builtin_prefetch(column + i + prefetch_distance);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_x(char c) { return c == 'X' || c == 'x'; }

std::string describe_group(LedgerLevel level, int year, std::string_view region, std::string_view body,
                           std::string_view code) {
    std::string s = std::string(to_string(level)) + " " + std::string(code) + " of body " + std::string(body) +
                    " of region " + std::string(region) + " in " + std::to_string(year);
    return s;
}

// Narrows an exact sum of a body-scoped group to the int64 it is stored as.
std::int64_t narrow(int128 v, LedgerLevel level, int year, std::string_view region, std::string_view body,
                    std::string_view code) {
    if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min())
        throw overflow_error("the " + describe_group(level, year, region, body, code) +
                             " must total less than 2^63 sen (Rp 92.233.720.368.547.758,07)");
    return static_cast<std::int64_t>(v);
}

}  // namespace

// ---- names and codes

std::string_view to_string(LedgerLevel level) noexcept {
    switch (level) {
        case LedgerLevel::sub_kegiatan: return "sub_kegiatan";
        case LedgerLevel::kegiatan: return "kegiatan";
        case LedgerLevel::program: return "program";
        case LedgerLevel::body: return "body";
        case LedgerLevel::region: return "region";
        case LedgerLevel::province: return "province";
        case LedgerLevel::nation: return "nation";
    }
    return "?";
}

std::optional<LedgerLevel> parse_ledger_level(std::string_view name) noexcept {
    for (int i = 0; i <= static_cast<int>(LedgerLevel::nation); ++i)
        if (to_string(static_cast<LedgerLevel>(i)) == name) return static_cast<LedgerLevel>(i);
    return std::nullopt;
}

std::string_view to_string(LedgerField field) noexcept {
    switch (field) {
        case LedgerField::province: return "province";
        case LedgerField::region: return "region";
        case LedgerField::body: return "body";
        case LedgerField::code: return "code";
    }
    return "?";
}

std::optional<LedgerField> parse_ledger_field(std::string_view name) noexcept {
    for (int i = 0; i <= static_cast<int>(LedgerField::code); ++i)
        if (to_string(static_cast<LedgerField>(i)) == name) return static_cast<LedgerField>(i);
    return std::nullopt;
}

bool is_region_code(std::string_view c) noexcept {
    if (c.size() != 2 && c.size() != 5) return false;
    if (!is_digit(c[0]) || !is_digit(c[1])) return false;
    return c.size() == 2 || (c[2] == '.' && is_digit(c[3]) && is_digit(c[4]));
}

bool is_sub_kegiatan_code(std::string_view c) noexcept {
    // U.BB.PP.K.KK.SSSS: dots at 1, 4, 7, 9 and 12.
    if (c.size() != 17) return false;
    for (std::size_t i = 0; i < c.size(); ++i) {
        const bool dot = i == 1 || i == 4 || i == 7 || i == 9 || i == 12;
        if (dot ? c[i] != '.' : (i > 4 && !is_digit(c[i]))) return false;
    }
    const bool digits = is_digit(c[0]) && is_digit(c[2]) && is_digit(c[3]);
    const bool cross = is_x(c[0]) && is_x(c[2]) && is_x(c[3]);
    return digits || cross;
}

bool is_body_code(std::string_view c) noexcept {
    if (c.empty() || c.size() > 64) return false;
    return std::all_of(c.begin(), c.end(), [](char ch) {
        return is_digit(ch) || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '.' || ch == '-' ||
               ch == '_';
    });
}

// ---- CodeIndex

std::uint64_t detail::CodeIndex::hash(std::string_view s) noexcept {
    std::uint64_t h = 0x243F'6A88'85A3'08D3u ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0x9E37'79B9'7F4A'7C15u;
        h ^= h >> 29;
    }
    if (i < s.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * 0x9E37'79B9'7F4A'7C15u;
        h ^= h >> 29;
    }
    h *= 0xBF58'476D'1CE4'E5B9u;
    return h ^ (h >> 31);
}

std::optional<std::uint32_t> detail::CodeIndex::find(std::string_view code,
                                                     const std::vector<std::string>& codes) const noexcept {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(code) & mask;; i = (i + 1) & mask) {
        const std::uint32_t s = slots_[i];
        if (s == 0) return std::nullopt;
        if (codes[s - 1] == code) return s - 1;
    }
}

void detail::CodeIndex::insert(std::string_view code, std::uint32_t id, const std::vector<std::string>& codes) {
    if ((used_ + 1) * 2 > slots_.size()) grow(codes);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(code) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = id + 1;
    ++used_;
}

void detail::CodeIndex::grow(const std::vector<std::string>& codes) {
    std::vector<std::uint32_t> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, old.size() * 2), 0);
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint32_t s : old) {
        if (s == 0) continue;
        std::size_t i = hash(codes[s - 1]) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

// ---- Ledger: dictionaries and lines

std::uint32_t Ledger::add_region(std::string_view code) {
    if (auto id = find_region(code)) return *id;
    if (!is_region_code(code))
        throw value_error("region code '" + std::string(code) +
                          "' must be two digits, optionally a dot and two more (e.g. '35' or '35.08')");
    const std::string province(code.substr(0, 2));
    auto [it, added] = province_ids_.emplace(province, static_cast<std::uint32_t>(province_codes_.size()));
    if (added) province_codes_.push_back(province);
    const auto id = static_cast<std::uint32_t>(region_codes_.size());
    region_codes_.emplace_back(code);
    region_province_.push_back(it->second);
    region_ids_.emplace(std::string(code), id);
    return id;
}

std::uint32_t Ledger::add_body(std::uint32_t region, std::string_view code, std::string_view name) {
    if (region >= region_codes_.size()) throw value_error("region id " + std::to_string(region) + " is not in the ledger");
    if (name.find_first_of("\r\n") != std::string_view::npos)
        throw value_error("the name of body '" + std::string(code) + "' must not contain a line break");
    if (auto id = find_body(region, code)) {
        std::string& recorded = body_names_[*id];
        if (recorded.empty()) recorded = std::string(name);
        else if (!name.empty() && recorded != name)
            throw value_error("body '" + std::string(code) + "' of region " + region_codes_[region] + " is named '" +
                              recorded + "', not '" + std::string(name) + "'");
        return *id;
    }
    if (!is_body_code(code))
        throw value_error("body code '" + std::string(code) +
                          "' must be 1-64 ASCII letters, digits, '.', '-' or '_'");
    const auto id = static_cast<std::uint32_t>(body_codes_.size());
    body_region_.push_back(region);
    body_codes_.emplace_back(code);
    body_names_.emplace_back(name);
    body_ids_.emplace(std::to_string(region) + '\x1f' + std::string(code), id);
    return id;
}

std::uint32_t Ledger::intern_program(std::string_view code) {
    auto [it, added] = program_ids_.emplace(std::string(code), static_cast<std::uint32_t>(program_codes_.size()));
    if (added) program_codes_.emplace_back(code);
    return it->second;
}

std::uint32_t Ledger::intern_kegiatan(std::string_view code, std::uint32_t program) {
    auto [it, added] = kegiatan_ids_.emplace(std::string(code), static_cast<std::uint32_t>(kegiatan_codes_.size()));
    if (added) {
        kegiatan_codes_.emplace_back(code);
        kegiatan_program_.push_back(program);
    }
    return it->second;
}

std::uint32_t Ledger::add_sub_kegiatan(std::string_view code, std::string_view name) {
    std::string canonical(code);
    for (std::size_t i = 0; i < canonical.size() && i < 4; ++i)
        if (canonical[i] == 'x') canonical[i] = 'X';
    if (name.find_first_of("\r\n") != std::string_view::npos)
        throw value_error("the name of sub kegiatan '" + canonical + "' must not contain a line break");
    if (auto id = find_sub_kegiatan(canonical)) {
        std::string& recorded = sub_names_[*id];
        if (recorded.empty()) recorded = std::string(name);
        else if (!name.empty() && recorded != name)
            throw value_error("sub kegiatan '" + canonical + "' is named '" + recorded + "', not '" +
                              std::string(name) + "'");
        return *id;
    }
    if (!is_sub_kegiatan_code(canonical))
        throw value_error("sub kegiatan code '" + std::string(code) +
                          "' must have the shape U.BB.PP.K.KK.SSSS in digits (U.BB may be X.XX)");
    const std::uint32_t program = intern_program(std::string_view(canonical).substr(0, 7));
    const std::uint32_t kegiatan = intern_kegiatan(std::string_view(canonical).substr(0, 12), program);
    const auto id = static_cast<std::uint32_t>(sub_codes_.size());
    sub_codes_.push_back(canonical);
    sub_names_.emplace_back(name);
    sub_kegiatan_of_.push_back(kegiatan);
    sub_program_of_.push_back(program);
    sub_ids_.insert(sub_codes_.back(), id, sub_codes_);
    return id;
}

std::optional<std::uint32_t> Ledger::find_region(std::string_view code) const {
    const auto it = region_ids_.find(std::string(code));
    return it == region_ids_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

std::optional<std::uint32_t> Ledger::find_body(std::uint32_t region, std::string_view code) const {
    const auto it = body_ids_.find(std::to_string(region) + '\x1f' + std::string(code));
    return it == body_ids_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

std::optional<std::uint32_t> Ledger::find_sub_kegiatan(std::string_view code) const {
    return sub_ids_.find(code, sub_codes_);
}

void Ledger::append_sen(int year, std::uint32_t body, std::uint32_t sub_kegiatan, std::int64_t anggaran_sen,
                        std::int64_t realisasi_sen) {
    if (year < 1000 || year > 9999)
        throw value_error("year " + std::to_string(year) + " must have four digits (1000 to 9999)");
    if (body >= body_codes_.size()) throw value_error("body id " + std::to_string(body) + " is not in the ledger");
    if (sub_kegiatan >= sub_codes_.size())
        throw value_error("sub kegiatan id " + std::to_string(sub_kegiatan) + " is not in the ledger");
    if (size() >= max_lines) throw value_error("a ledger must have fewer than 2^32 lines");
    detail::LedgerLines& l = mutable_lines();
    l.years.push_back(static_cast<std::int16_t>(year));
    l.bodies.push_back(body);
    l.sub_kegiatan.push_back(sub_kegiatan);
    l.anggaran.push_back(anggaran_sen);
    l.realisasi.push_back(realisasi_sen);
}

void Ledger::append(int year, std::uint32_t body, std::uint32_t sub_kegiatan, Rupiah anggaran, Rupiah realisasi) {
    auto sen = [](Rupiah r, const char* what) {
        if (r.sen() > std::numeric_limits<std::int64_t>::max() || r.sen() < std::numeric_limits<std::int64_t>::min())
            throw overflow_error(std::string(what) + " " + r.to_string() +
                                 " must fit 64 bits of sen (at most Rp 92.233.720.368.547.758,07)");
        return static_cast<std::int64_t>(r.sen());
    };
    append_sen(year, body, sub_kegiatan, sen(anggaran, "anggaran"), sen(realisasi, "realisasi"));
}

void Ledger::reserve(std::size_t lines) {
    detail::LedgerLines& l = mutable_lines();
    l.years.reserve(lines);
    l.bodies.reserve(lines);
    l.sub_kegiatan.reserve(lines);
    l.anggaran.reserve(lines);
    l.realisasi.reserve(lines);
}

// ---- The roll-up
//
// The lines are summed in (year, body) runs: a run is one body's lines of one year, so every
// body-scoped group lies within one run. The input usually comes in such runs (exports and the
// generator write body after body). A first pass over the year, body and sub kegiatan columns finds
// the runs and bounds the number of kegiatan and program groups, so their columns are allocated
// once; the runs are then summed in ledger order until a (year, body) comes a second time, when the
// roll-up starts over through a stable counting-sort permutation instead.
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

// Not in the anonymous namespace: LedgerTotals and Ledger befriend it by this name.
class LedgerTotalsBuilder {
public:
    LedgerTotalsBuilder(const Ledger& ledger, LedgerTotals& totals, const std::vector<int>& years)
        : l_(ledger), lines_(ledger.lines()), t_(totals), years_(years) {
        leaf_mark_.assign(l_.sub_kegiatan_count(), 0);
        leaf_slot_.assign(l_.sub_kegiatan_count(), 0);
        keg_mark_.assign(l_.kegiatan_count(), 0);
        keg_slot_.assign(l_.kegiatan_count(), 0);
        prog_slot_.assign(l_.program_count(), none);
        prog_mark_.assign(l_.program_count(), 0);
        region_a_.assign(years.size() * l_.region_count(), 0);
        region_r_.assign(years.size() * l_.region_count(), 0);
        region_present_.assign(years.size() * l_.region_count(), 0);
    }

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

    // The lines perm[from..to), all of one (year, body).
    void permuted_run(const std::uint32_t* perm, std::size_t from, std::size_t to, std::size_t year_index) {
        start_run();
        add_lines(perm, from, to);
        repeated_ = true;  // stored: the groups are not a range of lines
        finish_run(year_index, lines_.bodies[perm[from]], from, to, perm);
    }

    const std::vector<int128>& region_anggaran() const { return region_a_; }
    const std::vector<int128>& region_realisasi() const { return region_r_; }
    const std::vector<std::uint8_t>& region_present() const { return region_present_; }

private:
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
        const std::uint32_t* kegiatan_of = l_.sub_kegiatan_of_.data();
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
            prefetch_ahead(anggaran, p, length_to_end);
            prefetch_ahead(realisasi, p, length_to_end);
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

        // Kegiatan blocks: each must be a new kegiatan of the run, with sums that fit int64. They
        // give the program blocks as the lines gave them.
        new_stamp();
        const std::uint32_t* program_of = l_.kegiatan_program_.data();
        std::uint32_t* keg_mark = keg_mark_.data();
        std::uint32_t* item = block_item_.data();
        std::int64_t* group_a = group_a_.data();
        std::int64_t* group_r = group_r_.data();
        Block* program_block = program_blocks_.data();
        program_block[0] = Block{0, 0, none};
        std::uint32_t current_program = none;
        std::size_t programs = 0;
        bool usual = true;
        for (std::size_t g = 1; g <= blocks; ++g) {
            const std::uint32_t k = block[g].item;
            usual &= keg_mark[k] != stamp_;
            keg_mark[k] = stamp_;
            item[g - 1] = k;
            usual &= !__builtin_sub_overflow(block[g].a, block[g - 1].a, &group_a[g - 1]);
            usual &= !__builtin_sub_overflow(block[g].r, block[g - 1].r, &group_r[g - 1]);
            const std::uint32_t p = program_of[k];
            programs += p != current_program;
            current_program = p;
            program_block[programs] = Block{block[g].a, block[g].r, p};
        }
        std::uint32_t* prog_mark = prog_mark_.data();
        std::uint32_t* program_item = program_item_.data();
        std::int64_t* program_a = program_a_.data();
        std::int64_t* program_r = program_r_.data();
        for (std::size_t q = 1; q <= programs; ++q) {
            const std::uint32_t p = program_block[q].item;
            usual &= prog_mark[p] != stamp_;
            prog_mark[p] = stamp_;
            program_item[q - 1] = p;
            usual &= !__builtin_sub_overflow(program_block[q].a, program_block[q - 1].a, &program_a[q - 1]);
            usual &= !__builtin_sub_overflow(program_block[q].r, program_block[q - 1].r, &program_r[q - 1]);
        }
        if (!usual) return false;

        open_body_group(from, to, false);
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
        const std::uint32_t* kegiatan_of = l_.sub_kegiatan_of_.data();
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

    std::int64_t narrow_for(int128 v, LedgerLevel level, std::size_t year_index, std::uint32_t body,
                            std::string_view code) const {
        return narrow(v, level, years_[year_index], l_.region_code(l_.body_region(body)), l_.body_code(body), code);
    }

    // The sub kegiatan groups of a run with a repeated sub kegiatan, or of a permuted run: summed
    // in 128 bits in order of first appearance, then stored.
    void store_leaves(std::size_t from, std::size_t to, const std::uint32_t* perm, std::size_t year_index,
                      std::uint32_t body) {
        LedgerTotals::Scoped& leaf = t_.scoped_[0];
        const std::size_t first = leaf.item.size();
        leaf_a_.clear();
        leaf_r_.clear();
        new_stamp();  // fresh slots: the run's marks said only whether a sub kegiatan repeats
        for (std::size_t p = from; p < to; ++p) {
            const std::size_t i = perm ? perm[p] : p;
            const std::uint32_t s = lines_.sub_kegiatan[i];
            if (leaf_mark_[s] != stamp_) {
                leaf_mark_[s] = stamp_;
                leaf_slot_[s] = static_cast<std::uint32_t>(leaf.item.size() - first);
                leaf.item.push_back(s);
                leaf_a_.push_back(0);
                leaf_r_.push_back(0);
            }
            leaf_a_[leaf_slot_[s]] += lines_.anggaran[i];
            leaf_r_[leaf_slot_[s]] += lines_.realisasi[i];
        }
        for (std::size_t g = 0; g < leaf_a_.size(); ++g) {
            const std::string& code = l_.sub_kegiatan_code(leaf.item[first + g]);
            leaf.anggaran.push_back(narrow_for(leaf_a_[g], LedgerLevel::sub_kegiatan, year_index, body, code));
            leaf.realisasi.push_back(narrow_for(leaf_r_[g], LedgerLevel::sub_kegiatan, year_index, body, code));
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
            store_leaves(from, to, perm, year_index, body);
            leaf_end_ += t_.scoped_[0].item.size() - t_.leaf_store_.back();
        }
        // Kegiatan in order of first appearance, then their programs.
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
            keg.anggaran.push_back(fits(keg_a_[g]) ? static_cast<std::int64_t>(keg_a_[g])
                                                   : narrow_for(keg_a_[g], LedgerLevel::kegiatan, year_index, body,
                                                                l_.kegiatan_code(k)));
            keg.realisasi.push_back(fits(keg_r_[g]) ? static_cast<std::int64_t>(keg_r_[g])
                                                    : narrow_for(keg_r_[g], LedgerLevel::kegiatan, year_index, body,
                                                                 l_.kegiatan_code(k)));
            const std::uint32_t p = l_.kegiatan_program_[k];
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
            prog.anggaran.push_back(
                fits(prog_a_[g]) ? static_cast<std::int64_t>(prog_a_[g])
                                 : narrow_for(prog_a_[g], LedgerLevel::program, year_index, body, l_.program_code(p)));
            prog.realisasi.push_back(
                fits(prog_r_[g]) ? static_cast<std::int64_t>(prog_r_[g])
                                 : narrow_for(prog_r_[g], LedgerLevel::program, year_index, body, l_.program_code(p)));
        }
        close_body_group(year_index, body, run_a_, run_r_);
    }

    static bool fits(int128 v) {
        return v <= std::numeric_limits<std::int64_t>::max() && v >= std::numeric_limits<std::int64_t>::min();
    }

public:
    std::uint64_t leaf_end() const { return leaf_end_; }

private:
    const Ledger& l_;
    const detail::LedgerLines& lines_;
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
    std::vector<std::uint8_t> region_present_;
    int128 run_a_ = 0;
    int128 run_r_ = 0;
    bool repeated_ = false;
    std::uint64_t leaf_end_ = 0;
};

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

detail::LedgerLines& Ledger::mutable_lines() {
    if (!lines_) lines_ = std::make_shared<detail::LedgerLines>();
    else if (lines_.use_count() > 1) lines_ = std::make_shared<detail::LedgerLines>(*lines_);  // copy on write
    return *lines_;
}

LedgerTotals Ledger::rollup() const {
    LedgerTotals t;
    t.province_codes_ = province_codes_;
    t.region_codes_ = region_codes_;
    t.region_province_ = region_province_;
    t.body_codes_ = body_codes_;
    t.body_region_ = body_region_;
    t.item_codes_[0] = sub_codes_;
    t.item_codes_[1] = kegiatan_codes_;
    t.item_codes_[2] = program_codes_;
    t.lines_ = lines_;

    const detail::LedgerLines& lines = this->lines();
    const std::size_t n = size();
    const std::int16_t* line_year = lines.years.data();
    const std::uint32_t* line_body = lines.bodies.data();
    const std::uint32_t* line_sub = lines.sub_kegiatan.data();

    // A first pass finds the (year, body) runs in ledger order and bounds the kegiatan and program
    // groups by their blocks of consecutive lines (a group has at least one), so their columns are
    // allocated once, at about their size: neither moved while growing nor trimmed by a copy.
    std::vector<std::uint32_t> run_start;  // line indices < 2^32; then n
    std::size_t kegiatan_bound = 0;
    std::size_t program_bound = 0;
    std::vector<std::uint8_t> has_year(10000, 0);
    {
        // Per sub kegiatan: its kegiatan (low half) and program (high half), one load a line.
        std::vector<std::uint64_t> parents(sub_codes_.size());
        for (std::size_t s = 0; s < parents.size(); ++s)
            parents[s] = sub_kegiatan_of_[s] | std::uint64_t{sub_program_of_[s]} << 32;
        const std::uint64_t* parent = parents.data();
        for (std::size_t i = 0; i < n;) {
            const std::int16_t y = line_year[i];
            const std::uint32_t b = line_body[i];
            has_year[static_cast<std::size_t>(y)] = 1;
            run_start.push_back(static_cast<std::uint32_t>(i));
            std::size_t end = i + 1;
            while (end < n && line_year[end] == y && line_body[end] == b) ++end;
            std::uint64_t previous = ~std::uint64_t{0};  // no kegiatan or program yet
            for (; i < end; ++i) {
                const std::uint64_t x = parent[line_sub[i]];
                const std::uint64_t changed = x ^ previous;
                kegiatan_bound += static_cast<std::uint32_t>(changed) != 0;
                program_bound += (changed >> 32) != 0;
                previous = x;
            }
        }
    }
    // The years present, and each year's index.
    std::vector<int> years;
    std::vector<std::uint32_t> year_index(10000, none);
    for (int y = 1; y < 10000; ++y)
        if (has_year[static_cast<std::size_t>(y)]) {
            year_index[static_cast<std::size_t>(y)] = static_cast<std::uint32_t>(years.size());
            years.push_back(y);
        }
    auto reserve_groups = [&] {
        for (std::size_t k = 1; k < scoped_levels; ++k) {
            const std::size_t bound = k == 1 ? kegiatan_bound : program_bound;
            t.scoped_[k].item.reserve(bound);
            t.scoped_[k].anggaran.reserve(bound);
            t.scoped_[k].realisasi.reserve(bound);
            prefer_huge_pages(t.scoped_[k].item);
            prefer_huge_pages(t.scoped_[k].anggaran);
            prefer_huge_pages(t.scoped_[k].realisasi);
        }
    };
    reserve_groups();
    LedgerTotalsBuilder builder(*this, t, years);

    // The runs in ledger order, up to one whose (year, body) was seen before (then the lines are not
    // in runs: the runs before it are still rolled up first, so an error in them is reported as
    // before, and the roll-up starts over in (year, body) order).
    const std::size_t runs = run_start.size();
    run_start.push_back(static_cast<std::uint32_t>(n));
    bool in_runs = true;
    {
        std::vector<std::uint8_t> seen(years.size() * body_count(), 0);
        for (std::size_t r = 0; r < runs; ++r) {
            const std::size_t from = run_start[r];
            const std::size_t yi = year_index[static_cast<std::size_t>(line_year[from])];
            std::uint8_t& mark = seen[yi * body_count() + line_body[from]];
            if (mark) {
                in_runs = false;
                break;
            }
            mark = 1;
            builder.direct_run(from, run_start[r + 1], yi);
        }
    }
    run_start = {};
    if (!in_runs) {
        // A stable counting sort of line indices by (year, body).
        builder.reset();
        reserve_groups();
        const std::size_t keys = years.size() * body_count();
        std::vector<std::uint32_t> start(keys + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            ++start[year_index[static_cast<std::size_t>(lines.years[i])] * body_count() + lines.bodies[i] + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        std::vector<std::uint32_t> perm(n);
        {
            std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
            for (std::size_t i = 0; i < n; ++i)
                perm[next[year_index[static_cast<std::size_t>(lines.years[i])] * body_count() + lines.bodies[i]]++] =
                    static_cast<std::uint32_t>(i);
        }
        for (std::size_t k = 0; k < keys; ++k)
            if (start[k] != start[k + 1]) builder.permuted_run(perm.data(), start[k], start[k + 1], k / body_count());
    }
    t.begin_[0].push_back(builder.leaf_end());
    for (std::size_t k = 1; k < scoped_levels; ++k) t.begin_[k].push_back(t.scoped_[k].item.size());
    if (t.scoped_[0].item.empty()) t.scoped_[0] = {};
    for (auto& s : t.scoped_) {
        trim(s.item);
        trim(s.anggaran);
        trim(s.realisasi);
    }
    if (std::all_of(t.leaf_line_.begin(), t.leaf_line_.end(),
                    [](std::uint64_t l) { return l == std::numeric_limits<std::uint64_t>::max(); }))
        t.lines_.reset();  // nothing read in place: do not hold the ledger's lines

    // Regions in id order per year; provinces and the nation from them.
    const std::size_t nr = region_count();
    const std::size_t np = province_count();
    std::vector<int128> pa(np), pr(np);
    std::vector<std::uint8_t> pp(np);
    for (std::size_t yi = 0; yi < years.size(); ++yi) {
        std::fill(pa.begin(), pa.end(), 0);
        std::fill(pr.begin(), pr.end(), 0);
        std::fill(pp.begin(), pp.end(), 0);
        int128 na = 0;
        int128 nr_sum = 0;
        const auto y = static_cast<std::int16_t>(years[yi]);
        for (std::size_t r = 0; r < nr; ++r) {
            const std::size_t k = yi * nr + r;
            if (!builder.region_present()[k]) continue;
            const int128 a = builder.region_anggaran()[k];
            const int128 re = builder.region_realisasi()[k];
            t.regions_.year.push_back(y);
            t.regions_.id.push_back(static_cast<std::uint32_t>(r));
            t.regions_.anggaran.push_back(a);
            t.regions_.realisasi.push_back(re);
            const std::uint32_t p = region_province_[r];
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

// ---- LedgerTotals: access

namespace {

int level_index(LedgerLevel level) { return static_cast<int>(level); }
bool is_scoped(LedgerLevel level) { return level_index(level) < 3; }

}  // namespace

std::size_t LedgerTotals::size(LedgerLevel level) const noexcept {
    switch (level) {
        case LedgerLevel::sub_kegiatan:
        case LedgerLevel::kegiatan:
        case LedgerLevel::program: return begin_[level_index(level)].empty() ? 0 : begin_[level_index(level)].back();
        case LedgerLevel::body: return bodies_.year.size();
        case LedgerLevel::region: return regions_.year.size();
        case LedgerLevel::province: return provinces_.year.size();
        case LedgerLevel::nation: return nation_.year.size();
    }
    return 0;
}

std::size_t LedgerTotals::owning_body(std::size_t scoped_index, int level) const {
    const auto& b = begin_[level];
    return static_cast<std::size_t>(std::upper_bound(b.begin(), b.end(), scoped_index) - b.begin()) - 1;
}

std::string_view LedgerTotals::item_code(int level, std::uint32_t id) const { return item_codes_[level][id]; }

LedgerTotals::Leaf LedgerTotals::leaf(std::size_t bg, std::size_t index) const {
    const std::size_t offset = index - begin_[0][bg];
    if (leaf_line_[bg] != std::numeric_limits<std::uint64_t>::max()) {
        const std::size_t line = leaf_line_[bg] + offset;
        return Leaf{lines_->sub_kegiatan[line], lines_->anggaran[line], lines_->realisasi[line]};
    }
    const std::size_t at = leaf_store_[bg] + offset;
    return Leaf{scoped_[0].item[at], scoped_[0].anggaran[at], scoped_[0].realisasi[at]};
}

// Every sub kegiatan group stored, in order: what the bytes hold.
LedgerTotals::Scoped LedgerTotals::stored_leaves() const {
    Scoped out;
    const std::size_t n = size(LedgerLevel::sub_kegiatan);
    out.item.reserve(n);
    out.anggaran.reserve(n);
    out.realisasi.reserve(n);
    for (std::size_t bg = 0; bg < bodies_.id.size(); ++bg)
        for (std::size_t i = begin_[0][bg]; i < begin_[0][bg + 1]; ++i) {
            const Leaf l = leaf(bg, i);
            out.item.push_back(l.item);
            out.anggaran.push_back(l.anggaran);
            out.realisasi.push_back(l.realisasi);
        }
    return out;
}

LedgerGroup LedgerTotals::group(LedgerLevel level, std::size_t index) const {
    if (index >= size(level))
        throw value_error("group " + std::to_string(index) + " of level " + std::string(to_string(level)) +
                          " must be below " + std::to_string(size(level)));
    LedgerGroup g;
    auto body_part = [&](std::size_t bg) {
        const std::uint32_t body = bodies_.id[bg];
        const std::uint32_t region = body_region_[body];
        g.year = bodies_.year[bg];
        g.body = body_codes_[body];
        g.region = region_codes_[region];
        g.province = province_codes_[region_province_[region]];
    };
    if (is_scoped(level)) {
        const int k = level_index(level);
        const std::size_t bg = owning_body(index, k);
        body_part(bg);
        if (k == 0) {
            const Leaf l = leaf(bg, index);
            g.code = std::string(item_code(0, l.item));
            g.anggaran = Rupiah::from_sen(l.anggaran);
            g.realisasi = Rupiah::from_sen(l.realisasi);
            return g;
        }
        g.code = std::string(item_code(k, scoped_[k].item[index]));
        g.anggaran = Rupiah::from_sen(scoped_[k].anggaran[index]);
        g.realisasi = Rupiah::from_sen(scoped_[k].realisasi[index]);
        return g;
    }
    const Wide& w = level == LedgerLevel::body ? bodies_ : level == LedgerLevel::region ? regions_
                                                        : level == LedgerLevel::province ? provinces_ : nation_;
    if (level == LedgerLevel::body) body_part(index);
    g.year = w.year[index];
    if (level == LedgerLevel::region) {
        g.region = region_codes_[w.id[index]];
        g.province = province_codes_[region_province_[w.id[index]]];
    }
    if (level == LedgerLevel::province) g.province = province_codes_[w.id[index]];
    g.anggaran = Rupiah::from_sen(w.anggaran[index]);
    g.realisasi = Rupiah::from_sen(w.realisasi[index]);
    return g;
}

std::optional<LedgerGroup> LedgerTotals::find(LedgerLevel level, int year, std::string_view region,
                                              std::string_view body, std::string_view code) const {
    auto index_of = [](const std::vector<std::string>& codes, std::string_view c) -> std::optional<std::uint32_t> {
        const auto it = std::find(codes.begin(), codes.end(), c);
        if (it == codes.end()) return std::nullopt;
        return static_cast<std::uint32_t>(it - codes.begin());
    };
    auto in_wide = [&](const Wide& w, std::uint32_t id) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < w.year.size(); ++i)
            if (w.year[i] == year && w.id[i] == id) return i;
        return std::nullopt;
    };
    std::optional<std::size_t> at;
    switch (level) {
        case LedgerLevel::nation: at = in_wide(nation_, 0); break;
        case LedgerLevel::province:
            if (auto p = index_of(province_codes_, region)) at = in_wide(provinces_, *p);
            break;
        case LedgerLevel::region:
            if (auto r = index_of(region_codes_, region)) at = in_wide(regions_, *r);
            break;
        default: {
            const auto r = index_of(region_codes_, region);
            if (!r) return std::nullopt;
            std::optional<std::uint32_t> b;
            for (std::size_t i = 0; i < body_codes_.size() && !b; ++i)
                if (body_region_[i] == *r && body_codes_[i] == body) b = static_cast<std::uint32_t>(i);
            if (!b) return std::nullopt;
            const auto bg = in_wide(bodies_, *b);
            if (!bg || level == LedgerLevel::body) {
                at = bg;
                break;
            }
            const int k = level_index(level);
            for (std::size_t i = begin_[k][*bg]; i < begin_[k][*bg + 1]; ++i)
                if (item_code(k, k == 0 ? leaf(*bg, i).item : scoped_[k].item[i]) == code) at = i;
        }
    }
    if (!at) return std::nullopt;
    return group(level, *at);
}

std::vector<int> LedgerTotals::years() const { return std::vector<int>(nation_.year.begin(), nation_.year.end()); }

std::vector<std::int16_t> LedgerTotals::year_column(LedgerLevel level) const {
    if (!is_scoped(level)) {
        const Wide& w = level == LedgerLevel::body ? bodies_ : level == LedgerLevel::region ? regions_
                                                            : level == LedgerLevel::province ? provinces_ : nation_;
        return w.year;
    }
    const int k = level_index(level);
    std::vector<std::int16_t> out(size(level));
    for (std::size_t b = 0; b < bodies_.year.size(); ++b)
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(begin_[k][b]),
                  out.begin() + static_cast<std::ptrdiff_t>(begin_[k][b + 1]), bodies_.year[b]);
    return out;
}

LedgerCodes LedgerTotals::code_column(LedgerLevel level, LedgerField field) const {
    const int lv = level_index(level);
    const int needed = field == LedgerField::province ? 5 : field == LedgerField::region ? 4
                       : field == LedgerField::body   ? 3
                                                      : 2;
    if (lv > needed)
        throw value_error("level '" + std::string(to_string(level)) + "' has no " + std::string(to_string(field)) +
                          " code");
    // The field's dictionary, deduplicated and sorted, with each dictionary id's position in it.
    const std::vector<std::string>& codes = field == LedgerField::province ? province_codes_
                                            : field == LedgerField::region ? region_codes_
                                            : field == LedgerField::body   ? body_codes_
                                                                           : item_codes_[lv];
    LedgerCodes out;
    out.dictionary = codes;
    std::sort(out.dictionary.begin(), out.dictionary.end());
    out.dictionary.erase(std::unique(out.dictionary.begin(), out.dictionary.end()), out.dictionary.end());
    std::vector<std::uint32_t> rank(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        rank[i] = static_cast<std::uint32_t>(
            std::lower_bound(out.dictionary.begin(), out.dictionary.end(), codes[i]) - out.dictionary.begin());
    // The field's id of a body, a region or a province.
    auto of_body = [&](std::uint32_t b) {
        const std::uint32_t r = body_region_[b];
        return field == LedgerField::body ? b : field == LedgerField::region ? r : region_province_[r];
    };
    auto of_region = [&](std::uint32_t r) { return field == LedgerField::region ? r : region_province_[r]; };
    if (is_scoped(level)) {
        out.indices.resize(size(level));
        if (field == LedgerField::code && lv == 0) {
            for (std::size_t b = 0; b < bodies_.id.size(); ++b)
                for (std::size_t i = begin_[0][b]; i < begin_[0][b + 1]; ++i) out.indices[i] = rank[leaf(b, i).item];
        } else if (field == LedgerField::code) {
            for (std::size_t i = 0; i < out.indices.size(); ++i) out.indices[i] = rank[scoped_[lv].item[i]];
        } else {
            for (std::size_t b = 0; b < bodies_.id.size(); ++b)
                std::fill(out.indices.begin() + static_cast<std::ptrdiff_t>(begin_[lv][b]),
                          out.indices.begin() + static_cast<std::ptrdiff_t>(begin_[lv][b + 1]),
                          rank[of_body(bodies_.id[b])]);
        }
        return out;
    }
    const Wide& w = level == LedgerLevel::body ? bodies_ : level == LedgerLevel::region ? regions_ : provinces_;
    out.indices.resize(w.id.size());
    for (std::size_t i = 0; i < w.id.size(); ++i) {
        const std::uint32_t id = w.id[i];
        out.indices[i] = rank[level == LedgerLevel::body     ? of_body(id)
                              : level == LedgerLevel::region ? of_region(id)
                                                             : id];
    }
    return out;
}

namespace {

std::vector<int128> widen(const std::vector<std::int64_t>& v) { return std::vector<int128>(v.begin(), v.end()); }

}  // namespace

std::vector<int128> LedgerTotals::anggaran_column(LedgerLevel level) const {
    if (level == LedgerLevel::sub_kegiatan) {
        std::vector<int128> out(size(level));
        for (std::size_t b = 0; b < bodies_.id.size(); ++b)
            for (std::size_t i = begin_[0][b]; i < begin_[0][b + 1]; ++i) out[i] = leaf(b, i).anggaran;
        return out;
    }
    if (is_scoped(level)) return widen(scoped_[level_index(level)].anggaran);
    return level == LedgerLevel::body       ? bodies_.anggaran
           : level == LedgerLevel::region   ? regions_.anggaran
           : level == LedgerLevel::province ? provinces_.anggaran
                                            : nation_.anggaran;
}

std::vector<int128> LedgerTotals::realisasi_column(LedgerLevel level) const {
    if (level == LedgerLevel::sub_kegiatan) {
        std::vector<int128> out(size(level));
        for (std::size_t b = 0; b < bodies_.id.size(); ++b)
            for (std::size_t i = begin_[0][b]; i < begin_[0][b + 1]; ++i) out[i] = leaf(b, i).realisasi;
        return out;
    }
    if (is_scoped(level)) return widen(scoped_[level_index(level)].realisasi);
    return level == LedgerLevel::body       ? bodies_.realisasi
           : level == LedgerLevel::region   ? regions_.realisasi
           : level == LedgerLevel::province ? provinces_.realisasi
                                            : nation_.realisasi;
}

// ---- Merge
//
// Codes, not ids, identify groups across parts. The merged dictionaries hold the codes the parts'
// groups use, sorted, so that ids order like codes; each part gets a map from its ids to those.
// Bodies are merged first by (year, body); a body's groups at each body-scoped level are gathered
// from every part that has the body, sorted by code id and summed in 128 bits.

namespace {

// Sorted distinct values of `all`, and for each part a map from its ids to positions in them.
template <class Key>
std::vector<Key> unify(const std::vector<std::vector<Key>>& per_part, std::vector<std::vector<std::uint32_t>>& remap,
                       const std::vector<std::vector<std::uint8_t>>& used) {
    std::vector<Key> all;
    for (std::size_t p = 0; p < per_part.size(); ++p)
        for (std::size_t i = 0; i < per_part[p].size(); ++i)
            if (used[p][i]) all.push_back(per_part[p][i]);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    remap.assign(per_part.size(), {});
    for (std::size_t p = 0; p < per_part.size(); ++p) {
        remap[p].assign(per_part[p].size(), none);
        for (std::size_t i = 0; i < per_part[p].size(); ++i)
            if (used[p][i])
                remap[p][i] = static_cast<std::uint32_t>(std::lower_bound(all.begin(), all.end(), per_part[p][i]) -
                                                         all.begin());
    }
    return all;
}

int128 checked_add(int128 a, int128 b) { return detail::add(a, b, "a merged total must fit 38 digits of sen"); }

}  // namespace

LedgerTotals merge(const std::vector<const LedgerTotals*>& parts) {
    using Wide = LedgerTotals::Wide;
    const std::size_t m = parts.size();
    LedgerTotals t;

    // Which codes the groups use, directly or through a body or region.
    std::vector<std::vector<std::uint8_t>> used_body(m), used_region(m), used_province(m);
    std::vector<std::vector<std::uint8_t>> used_item[3];
    for (auto& u : used_item) u.resize(m);
    for (std::size_t p = 0; p < m; ++p) {
        const LedgerTotals& x = *parts[p];
        used_body[p].assign(x.body_codes_.size(), 0);
        used_region[p].assign(x.region_codes_.size(), 0);
        used_province[p].assign(x.province_codes_.size(), 0);
        for (const std::uint32_t b : x.bodies_.id) used_body[p][b] = 1;
        for (std::size_t b = 0; b < x.body_codes_.size(); ++b)
            if (used_body[p][b]) used_region[p][x.body_region_[b]] = 1;
        for (const std::uint32_t r : x.regions_.id) used_region[p][r] = 1;
        for (std::size_t r = 0; r < x.region_codes_.size(); ++r)
            if (used_region[p][r]) used_province[p][x.region_province_[r]] = 1;
        for (const std::uint32_t q : x.provinces_.id) used_province[p][q] = 1;
        for (std::size_t k = 0; k < scoped_levels; ++k) {
            used_item[k][p].assign(x.item_codes_[k].size(), 0);
            if (k == 0) {
                for (std::size_t b = 0; b < x.bodies_.id.size(); ++b)
                    for (std::size_t i = x.begin_[0][b]; i < x.begin_[0][b + 1]; ++i) used_item[0][p][x.leaf(b, i).item] = 1;
            } else {
                for (const std::uint32_t i : x.scoped_[k].item) used_item[k][p][i] = 1;
            }
        }
    }
    std::vector<std::vector<std::uint32_t>> province_map, region_map, body_map, item_map[3];
    {
        std::vector<std::vector<std::string>> v(m);
        for (std::size_t p = 0; p < m; ++p) v[p] = parts[p]->province_codes_;
        t.province_codes_ = unify(v, province_map, used_province);
        for (std::size_t p = 0; p < m; ++p) v[p] = parts[p]->region_codes_;
        t.region_codes_ = unify(v, region_map, used_region);
        for (std::size_t k = 0; k < scoped_levels; ++k) {
            for (std::size_t p = 0; p < m; ++p) v[p] = parts[p]->item_codes_[k];
            t.item_codes_[k] = unify(v, item_map[k], used_item[k]);
        }
        std::vector<std::vector<std::pair<std::uint32_t, std::string>>> bodies(m);
        for (std::size_t p = 0; p < m; ++p) {
            const LedgerTotals& x = *parts[p];
            for (std::size_t b = 0; b < x.body_codes_.size(); ++b)
                bodies[p].emplace_back(used_body[p][b] ? region_map[p][x.body_region_[b]] : none, x.body_codes_[b]);
        }
        const auto all = unify(bodies, body_map, used_body);
        for (const auto& [region, code] : all) {
            t.body_region_.push_back(region);
            t.body_codes_.push_back(code);
        }
    }
    for (const std::string& r : t.region_codes_)
        t.region_province_.push_back(static_cast<std::uint32_t>(
            std::lower_bound(t.province_codes_.begin(), t.province_codes_.end(), r.substr(0, 2)) -
            t.province_codes_.begin()));

    // Region, province and nation: (year, id) entries sorted and summed.
    auto merge_wide = [&](Wide LedgerTotals::*member, const std::vector<std::vector<std::uint32_t>>* map) {
        std::vector<std::tuple<std::int16_t, std::uint32_t, std::size_t, std::size_t>> e;
        for (std::size_t p = 0; p < m; ++p) {
            const Wide& w = parts[p]->*member;
            for (std::size_t i = 0; i < w.year.size(); ++i) e.emplace_back(w.year[i], map ? (*map)[p][w.id[i]] : 0, p, i);
        }
        std::sort(e.begin(), e.end());
        Wide& out = t.*member;
        for (std::size_t i = 0; i < e.size(); ++i) {
            const auto& [year, id, p, at] = e[i];
            const Wide& w = parts[p]->*member;
            if (i > 0 && std::get<0>(e[i - 1]) == year && std::get<1>(e[i - 1]) == id) {
                out.anggaran.back() = checked_add(out.anggaran.back(), w.anggaran[at]);
                out.realisasi.back() = checked_add(out.realisasi.back(), w.realisasi[at]);
            } else {
                out.year.push_back(year);
                out.id.push_back(id);
                out.anggaran.push_back(w.anggaran[at]);
                out.realisasi.push_back(w.realisasi[at]);
            }
        }
    };
    merge_wide(&LedgerTotals::regions_, &region_map);
    merge_wide(&LedgerTotals::provinces_, &province_map);
    merge_wide(&LedgerTotals::nation_, nullptr);

    // Bodies, and the body-scoped groups within each.
    std::vector<std::tuple<std::int16_t, std::uint32_t, std::size_t, std::size_t>> e;
    for (std::size_t p = 0; p < m; ++p) {
        const Wide& w = parts[p]->bodies_;
        for (std::size_t i = 0; i < w.year.size(); ++i) e.emplace_back(w.year[i], body_map[p][w.id[i]], p, i);
    }
    std::sort(e.begin(), e.end());
    std::vector<std::tuple<std::uint32_t, int128, int128>> items;
    for (std::size_t i = 0; i < e.size();) {
        std::size_t j = i;
        const auto year = std::get<0>(e[i]);
        const auto body = std::get<1>(e[i]);
        int128 a = 0;
        int128 r = 0;
        for (; j < e.size() && std::get<0>(e[j]) == year && std::get<1>(e[j]) == body; ++j) {
            const Wide& w = parts[std::get<2>(e[j])]->bodies_;
            a = checked_add(a, w.anggaran[std::get<3>(e[j])]);
            r = checked_add(r, w.realisasi[std::get<3>(e[j])]);
        }
        t.bodies_.year.push_back(year);
        t.bodies_.id.push_back(body);
        t.bodies_.anggaran.push_back(a);
        t.bodies_.realisasi.push_back(r);
        for (std::size_t k = 0; k < scoped_levels; ++k) {
            items.clear();
            for (std::size_t q = i; q < j; ++q) {
                const LedgerTotals& x = *parts[std::get<2>(e[q])];
                const std::size_t bg = std::get<3>(e[q]);
                const auto& map = item_map[k][std::get<2>(e[q])];
                for (std::size_t g = x.begin_[k][bg]; g < x.begin_[k][bg + 1]; ++g) {
                    if (k == 0) {
                        const LedgerTotals::Leaf l = x.leaf(bg, g);
                        items.emplace_back(map[l.item], l.anggaran, l.realisasi);
                    } else {
                        items.emplace_back(map[x.scoped_[k].item[g]], x.scoped_[k].anggaran[g], x.scoped_[k].realisasi[g]);
                    }
                }
            }
            std::sort(items.begin(), items.end(),
                      [](const auto& u, const auto& v) { return std::get<0>(u) < std::get<0>(v); });
            LedgerTotals::Scoped& out = t.scoped_[k];
            t.begin_[k].push_back(out.item.size());
            if (k == 0) {
                t.leaf_line_.push_back(std::numeric_limits<std::uint64_t>::max());
                t.leaf_store_.push_back(out.item.size());
            }
            for (std::size_t q = 0; q < items.size();) {
                const std::uint32_t item = std::get<0>(items[q]);
                int128 sa = 0;
                int128 sr = 0;
                for (; q < items.size() && std::get<0>(items[q]) == item; ++q) {
                    sa += std::get<1>(items[q]);
                    sr += std::get<2>(items[q]);
                }
                const std::string& region = t.region_codes_[t.body_region_[body]];
                const std::string& code = t.item_codes_[k][item];
                out.item.push_back(item);
                out.anggaran.push_back(narrow(sa, static_cast<LedgerLevel>(k), year, region, t.body_codes_[body], code));
                out.realisasi.push_back(narrow(sr, static_cast<LedgerLevel>(k), year, region, t.body_codes_[body], code));
            }
        }
        i = j;
    }
    for (std::size_t k = 0; k < scoped_levels; ++k) t.begin_[k].push_back(t.scoped_[k].item.size());
    return t;
}

LedgerTotals merge(const LedgerTotals& a, const LedgerTotals& b) { return merge(std::vector<const LedgerTotals*>{&a, &b}); }

LedgerTotals LedgerTotals::canonical() const { return merge(std::vector<const LedgerTotals*>{this}); }

bool LedgerTotals::same_members(const LedgerTotals& o) const {
    auto wide_eq = [](const Wide& a, const Wide& b) {
        return a.year == b.year && a.id == b.id && a.anggaran == b.anggaran && a.realisasi == b.realisasi;
    };
    for (std::size_t k = 0; k < scoped_levels; ++k)
        if (item_codes_[k] != o.item_codes_[k] || scoped_[k].item != o.scoped_[k].item ||
            scoped_[k].anggaran != o.scoped_[k].anggaran || scoped_[k].realisasi != o.scoped_[k].realisasi ||
            begin_[k] != o.begin_[k])
            return false;
    if (leaf_line_ != o.leaf_line_ || leaf_store_ != o.leaf_store_) return false;
    return province_codes_ == o.province_codes_ && region_codes_ == o.region_codes_ &&
           region_province_ == o.region_province_ && body_codes_ == o.body_codes_ && body_region_ == o.body_region_ &&
           wide_eq(bodies_, o.bodies_) && wide_eq(regions_, o.regions_) && wide_eq(provinces_, o.provinces_) &&
           wide_eq(nation_, o.nation_);
}

bool operator==(const LedgerTotals& a, const LedgerTotals& b) {
    for (int l = 0; l <= static_cast<int>(LedgerLevel::nation); ++l)
        if (a.size(static_cast<LedgerLevel>(l)) != b.size(static_cast<LedgerLevel>(l))) return false;
    return a.canonical().same_members(b.canonical());
}

// ---- Bytes
//
//   "KJLTOTAL"  u32 version (1)  u64 payload size  payload  u64 checksum of the payload
//
// The payload, all integers little-endian: the dictionaries (each a u64 count of u32-length
// strings; regions and bodies followed by their u32 province and region ids), then the body table
// (u64 count; int16 years, u32 ids, int128 anggaran, int128 realisasi; three u64 offset arrays of
// count + 1), the three body-scoped levels (u64 count; u32 items, int64 anggaran, int64 realisasi),
// then regions, provinces and nation like the body table without offsets.

namespace {

constexpr char magic[8] = {'K', 'J', 'L', 'T', 'O', 'T', 'A', 'L'};
constexpr std::uint32_t bytes_version = 1;

std::uint64_t checksum(std::string_view s) {
    std::uint64_t h = 0x6A09'E667'F3BC'C908u;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0x9E37'79B9'7F4A'7C15u;
        h ^= h >> 32;
    }
    for (; i < s.size(); ++i) {
        h = (h ^ static_cast<unsigned char>(s[i])) * 0x100'0000'01B3u;
        h ^= h >> 32;
    }
    return h ^ s.size();
}

class Writer {
public:
    template <class T>
    void put(T v) {
        out.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    template <class T>
    void raw(const std::vector<T>& v) {
        if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    void strings(const std::vector<std::string>& v) {
        put<std::uint64_t>(v.size());
        for (const std::string& s : v) {
            put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
            out += s;
        }
    }
    std::string out;
};

class Reader {
public:
    Reader(std::string_view bytes, std::size_t base, const std::string& source)
        : b_(bytes), base_(base), source_(source) {}

    [[noreturn]] void fail(const std::string& reason) const {
        throw data_error(source_, "byte " + std::to_string(base_ + at_), reason);
    }
    template <class T>
    T get(const char* what) {
        if (b_.size() - at_ < sizeof(T)) fail(std::string("the bytes end inside ") + what);
        T v;
        std::memcpy(&v, b_.data() + at_, sizeof v);
        at_ += sizeof v;
        return v;
    }
    std::uint64_t count(const char* what, std::size_t element_size) {
        const auto n = get<std::uint64_t>(what);
        if (n > (b_.size() - at_) / std::max<std::size_t>(element_size, 1))
            fail(std::string("a count of ") + std::to_string(n) + " " + what + " runs past the end of the bytes");
        return n;
    }
    template <class T>
    std::vector<T> raw(std::uint64_t n, const char* what) {
        if (n > (b_.size() - at_) / sizeof(T)) fail(std::string("the bytes end inside ") + what);
        std::vector<T> v(n);
        if (n) std::memcpy(v.data(), b_.data() + at_, n * sizeof(T));
        at_ += n * sizeof(T);
        return v;
    }
    std::vector<std::string> strings(const char* what, bool (*valid)(std::string_view)) {
        const std::uint64_t n = count(what, 4);
        std::vector<std::string> v;
        v.reserve(n);
        for (std::uint64_t i = 0; i < n; ++i) {
            const auto len = get<std::uint32_t>(what);
            if (len > b_.size() - at_) fail(std::string("the bytes end inside ") + what);
            std::string s(b_.substr(at_, len));
            if (!valid(s)) fail(std::string("'") + s.substr(0, 40) + "' is not one of the " + what);
            at_ += len;
            v.push_back(std::move(s));
        }
        return v;
    }
    void ids(const std::vector<std::uint32_t>& v, std::size_t limit, const char* what) const {
        for (const std::uint32_t id : v)
            if (id >= limit) fail(std::string("a ") + what + " id " + std::to_string(id) + " past its dictionary");
    }
    bool done() const { return at_ == b_.size(); }

private:
    std::string_view b_;
    std::size_t base_;
    std::size_t at_ = 0;
    const std::string& source_;
};

bool is_province_code(std::string_view c) { return c.size() == 2 && is_region_code(c); }
bool is_kegiatan_code(std::string_view c) { return is_sub_kegiatan_code(std::string(c) + ".0001"); }
bool is_program_code(std::string_view c) { return is_sub_kegiatan_code(std::string(c) + ".1.01.0001"); }
bool is_any_body_code(std::string_view c) { return is_body_code(c); }
bool is_any_region_code(std::string_view c) { return is_region_code(c); }
bool is_any_sub_code(std::string_view c) {
    return is_sub_kegiatan_code(c) && c.find('x') == std::string_view::npos;
}

}  // namespace

std::string LedgerTotals::to_bytes() const {
    Writer w;
    w.strings(province_codes_);
    w.strings(region_codes_);
    w.raw(region_province_);
    w.strings(body_codes_);
    w.raw(body_region_);
    for (const auto& codes : item_codes_) w.strings(codes);
    auto wide = [&](const Wide& x) {
        w.put<std::uint64_t>(x.year.size());
        w.raw(x.year);
        w.raw(x.id);
        w.raw(x.anggaran);
        w.raw(x.realisasi);
    };
    wide(bodies_);
    for (const auto& b : begin_) {
        if (b.empty()) w.put<std::uint64_t>(0);  // no body groups: each level's one offset
        w.raw(b);
    }
    for (std::size_t k = 0; k < scoped_levels; ++k) {
        const Scoped stored = k == 0 ? stored_leaves() : Scoped{};
        const Scoped& s = k == 0 ? stored : scoped_[k];
        w.put<std::uint64_t>(s.item.size());
        w.raw(s.item);
        w.raw(s.anggaran);
        w.raw(s.realisasi);
    }
    wide(regions_);
    wide(provinces_);
    wide(nation_);

    Writer head;
    head.out.append(magic, sizeof magic);
    head.put<std::uint32_t>(bytes_version);
    head.put<std::uint64_t>(w.out.size());
    head.out += w.out;
    head.put<std::uint64_t>(checksum(w.out));
    return std::move(head.out);
}

LedgerTotals LedgerTotals::from_bytes(std::string_view bytes, const std::string& source) {
    constexpr std::size_t head = sizeof magic + 4 + 8;
    Reader outer(bytes, 0, source);
    if (bytes.size() < sizeof magic || std::memcmp(bytes.data(), magic, sizeof magic) != 0)
        outer.fail("ledger totals must start with 'KJLTOTAL'");
    outer.get<std::uint64_t>("the magic");
    const auto version = outer.get<std::uint32_t>("the version");
    if (version != bytes_version)
        throw data_error(source, "byte 8",
                         "ledger totals version " + std::to_string(version) + " is not the supported version 1");
    const auto size = outer.get<std::uint64_t>("the payload size");
    if (bytes.size() < head + 8 || size != bytes.size() - head - 8)
        throw data_error(source, "byte 12",
                         "the payload size " + std::to_string(size) + " must be the " +
                             std::to_string(bytes.size() < head + 8 ? 0 : bytes.size() - head - 8) +
                             " bytes between the header and the checksum");
    const std::string_view payload = bytes.substr(head, size);
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + head + size, 8);
    if (stored != checksum(payload))
        throw data_error(source, "byte " + std::to_string(head + size), "checksum mismatch: the bytes were altered");

    Reader r(payload, head, source);
    LedgerTotals t;
    t.province_codes_ = r.strings("province codes", is_province_code);
    t.region_codes_ = r.strings("region codes", is_any_region_code);
    t.region_province_ = r.raw<std::uint32_t>(t.region_codes_.size(), "region provinces");
    r.ids(t.region_province_, t.province_codes_.size(), "province");
    for (std::size_t i = 0; i < t.region_codes_.size(); ++i)
        if (t.province_codes_[t.region_province_[i]] != t.region_codes_[i].substr(0, 2))
            r.fail("region " + t.region_codes_[i] + " is recorded in province " +
                   t.province_codes_[t.region_province_[i]]);
    t.body_codes_ = r.strings("body codes", is_any_body_code);
    t.body_region_ = r.raw<std::uint32_t>(t.body_codes_.size(), "body regions");
    r.ids(t.body_region_, t.region_codes_.size(), "region");
    t.item_codes_[0] = r.strings("sub kegiatan codes", is_any_sub_code);
    t.item_codes_[1] = r.strings("kegiatan codes", is_kegiatan_code);
    t.item_codes_[2] = r.strings("program codes", is_program_code);
    auto wide = [&](Wide& x, std::size_t ids, const char* what) {
        const std::uint64_t n = r.count(what, 2 + 4 + 32);
        x.year = r.raw<std::int16_t>(n, what);
        x.id = r.raw<std::uint32_t>(n, what);
        x.anggaran = r.raw<int128>(n, what);
        x.realisasi = r.raw<int128>(n, what);
        for (const std::int16_t y : x.year)
            if (y < 1000 || y > 9999)
                r.fail(std::string("year ") + std::to_string(y) + " of the " + what + " must have four digits");
        r.ids(x.id, ids, what);
        for (std::size_t i = 0; i < n; ++i)
            if (!detail::in_range(x.anggaran[i]) || !detail::in_range(x.realisasi[i]))
                r.fail(std::string("a sum of the ") + what + " is beyond 38 digits of sen");
    };
    wide(t.bodies_, t.body_codes_.size(), "bodies");
    for (auto& b : t.begin_) b = r.raw<std::uint64_t>(t.bodies_.year.size() + 1, "the body offsets");
    const char* names[3] = {"sub kegiatan", "kegiatan", "programs"};
    for (std::size_t k = 0; k < scoped_levels; ++k) {
        auto& s = t.scoped_[k];
        const std::uint64_t n = r.count(names[k], 4 + 16);
        s.item = r.raw<std::uint32_t>(n, names[k]);
        s.anggaran = r.raw<std::int64_t>(n, names[k]);
        s.realisasi = r.raw<std::int64_t>(n, names[k]);
        r.ids(s.item, t.item_codes_[k].size(), names[k]);
        const auto& b = t.begin_[k];
        if (b.front() != 0 || b.back() != n || !std::is_sorted(b.begin(), b.end()))
            r.fail(std::string("the body offsets of the ") + names[k] + " must rise from 0 to their count");
    }
    t.leaf_line_.assign(t.bodies_.id.size(), std::numeric_limits<std::uint64_t>::max());
    t.leaf_store_.assign(t.begin_[0].begin(), t.begin_[0].end() - 1);
    wide(t.regions_, t.region_codes_.size(), "regions");
    wide(t.provinces_, t.province_codes_.size(), "provinces");
    wide(t.nation_, 1, "nation");
    if (!r.done()) r.fail("bytes after the nation totals");
    return t;
}

}  // namespace kinerja

#pragma once
/// \file kinerja/ledger/ledger.hpp
/// Budget lines at national scale: every region's (pemda's) bodies' (SKPD's) sub kegiatan lines
/// of one or more years in a columnar store, rolled up exactly to every level, merged across
/// partitions, read from and written to a budget-system CSV export, and generated synthetically.
///
/// Terms: a *pemda* (pemerintah daerah) is a regional government, a province ("35") or a regency
/// or city in it ("35.08"), coded as Kemendagri codes them. An *SKPD* (satuan kerja perangkat
/// daerah) is a body of a pemda, such as its education office. Permendagri 90/2019 codes what a
/// body spends on as program "U.BB.PP" > kegiatan "U.BB.PP.K.KK" > sub kegiatan
/// "U.BB.PP.K.KK.SSSS" (urusan, bidang urusan, program, kegiatan, sub kegiatan); "X.XX" in place of
/// "U.BB" marks a program shared by every urusan. *Anggaran* is the budget of a line, *realisasi*
/// what was spent of it.
///
/// Money is int64 sen per line (|amount| < Rp 92 quadrillion, about 28 times Indonesia's whole
/// yearly national budget) and 128-bit sen in every sum: a sum cannot overflow by construction.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kinerja/detail/int128.hpp"
#include "kinerja/core/money.hpp"

namespace kinerja {

class LedgerTotals;

namespace detail {

/// An open-addressing hash index from strings to the ids of a vector that owns them. The CSV
/// reader looks a sub kegiatan code up on every line; keying by the owner's strings avoids a
/// second copy of every code and an allocation per lookup.
class CodeIndex final {
public:
    /// The id of \p code among \p codes, or empty.
    std::optional<std::uint32_t> find(std::string_view code, const std::vector<std::string>& codes) const noexcept;
    /// Records that codes[id] == code; the code must not be indexed yet.
    void insert(std::string_view code, std::uint32_t id, const std::vector<std::string>& codes);

private:
    static std::uint64_t hash(std::string_view s) noexcept;
    void grow(const std::vector<std::string>& codes);

    std::vector<std::uint32_t> slots_;  // id + 1, or 0 for an empty slot
    std::size_t used_ = 0;
};

/// The five line columns of a Ledger, shared with the roll-ups made from it (see LedgerTotals).
struct LedgerLines final {
    /// Each line's year.
    std::vector<std::int16_t> years;
    /// Each line's body id.
    std::vector<std::uint32_t> bodies;
    /// Each line's sub kegiatan id.
    std::vector<std::uint32_t> sub_kegiatan;
    /// Each line's anggaran in sen.
    std::vector<std::int64_t> anggaran;
    /// Each line's realisasi in sen.
    std::vector<std::int64_t> realisasi;
};

}  // namespace detail

/// The levels a Ledger rolls up to, from the finest. The first three are *body-scoped*: a group is
/// one code within one body (the same sub kegiatan code in two bodies makes two groups).
enum class LedgerLevel : std::uint8_t {
    /// One sub kegiatan of one body.
    sub_kegiatan,
    /// One kegiatan of one body.
    kegiatan,
    /// One program of one body.
    program,
    /// One body (SKPD).
    body,
    /// One region (pemda): a province government, regency or city.
    region,
    /// One province: its own government and every regency and city in it.
    province,
    /// The whole nation.
    nation,
};

/// The lowercase name, e.g. "sub_kegiatan".
std::string_view to_string(LedgerLevel level) noexcept;
/// The level named \p name, or empty.
std::optional<LedgerLevel> parse_ledger_level(std::string_view name) noexcept;

/// The code columns a roll-up group can have.
enum class LedgerField : std::uint8_t {
    /// The province code, "35"; every level but nation.
    province,
    /// The region code, "35.08" (a province government's is "35"); body-scoped, body and region.
    region,
    /// The body code; body-scoped levels and body.
    body,
    /// The program, kegiatan or sub kegiatan code; body-scoped levels only.
    code,
};

/// The lowercase name, e.g. "region".
std::string_view to_string(LedgerField field) noexcept;
/// The field named \p name, or empty.
std::optional<LedgerField> parse_ledger_field(std::string_view name) noexcept;

/// True when \p code is a Kemendagri region code: "35" (a province) or "35.08" (two digits each).
bool is_region_code(std::string_view code) noexcept;
/// True when \p code is a Permendagri 90 sub kegiatan code "U.BB.PP.K.KK.SSSS" (1, 2, 2, 1, 2 and 4
/// ASCII digits; U.BB may be X.XX in either case).
bool is_sub_kegiatan_code(std::string_view code) noexcept;
/// True when \p code can be a body code: 1 to 64 ASCII letters, digits, '.', '-' or '_' (so it
/// never needs quoting in CSV).
bool is_body_code(std::string_view code) noexcept;

/// Budget lines of many regions, bodies and years as a structure of arrays.
///
/// A line is (year, body, sub kegiatan, anggaran, realisasi): 26 bytes in five columns, which
/// callers read without copying through the column accessors. Codes and names live once in
/// dictionaries: regions by code, bodies by (region, code), sub kegiatan by code, each sub kegiatan
/// knowing its kegiatan and program. Ids are dense, in order of first appearance, and stable:
/// adding never renumbers. A ledger holds at most 2^32 - 1 lines so that a line index fits 32 bits.
///
/// The columns are shared, copy on write, with copies of the ledger and the roll-ups made from it:
/// a roll-up reads single-line groups in place, and appending after a roll-up copies the columns
/// once rather than changing what the roll-up sees.
class Ledger final {
public:
    /// The most lines a ledger holds.
    static constexpr std::size_t max_lines = 0xFFFF'FFFFu;

    /// An empty ledger.
    Ledger() = default;

    /// The id of region \p code, added when new; value_error when it is not a region code.
    std::uint32_t add_region(std::string_view code);
    /// The id of body \p code of \p region, added when new with \p name; value_error for a bad code,
    /// an unknown region, a name with a line break, or a name other than the one already recorded
    /// (a body has one name).
    std::uint32_t add_body(std::uint32_t region, std::string_view code, std::string_view name = {});
    /// The id of sub kegiatan \p code, added when new with \p name; "x" is recorded as "X". Same
    /// errors as add_body: one code, one name (Permendagri 90 fixes the nomenclature).
    std::uint32_t add_sub_kegiatan(std::string_view code, std::string_view name = {});

    /// Appends a line; value_error for a year outside 1000..9999 (the CSV writes four digits) or an
    /// unknown id, overflow_error when an amount does not fit int64 sen.
    void append(int year, std::uint32_t body, std::uint32_t sub_kegiatan, Rupiah anggaran, Rupiah realisasi);
    /// Appends a line with amounts in sen; same checks except that every int64 fits.
    void append_sen(int year, std::uint32_t body, std::uint32_t sub_kegiatan, std::int64_t anggaran_sen,
                    std::int64_t realisasi_sen);
    /// Makes room for \p lines lines, so a load of known size allocates each column once.
    void reserve(std::size_t lines);

    /// Number of lines.
    std::size_t size() const noexcept { return lines().years.size(); }
    /// No lines.
    bool empty() const noexcept { return lines().years.empty(); }

    /// Each line's year.
    const std::vector<std::int16_t>& years() const noexcept { return lines().years; }
    /// Each line's body id.
    const std::vector<std::uint32_t>& bodies() const noexcept { return lines().bodies; }
    /// Each line's sub kegiatan id.
    const std::vector<std::uint32_t>& sub_kegiatan() const noexcept { return lines().sub_kegiatan; }
    /// Each line's anggaran in sen.
    const std::vector<std::int64_t>& anggaran() const noexcept { return lines().anggaran; }
    /// Each line's realisasi in sen.
    const std::vector<std::int64_t>& realisasi() const noexcept { return lines().realisasi; }

    /// Number of provinces.
    std::size_t province_count() const noexcept { return province_codes_.size(); }
    /// A province's code, "35".
    const std::string& province_code(std::uint32_t id) const { return province_codes_.at(id); }
    /// Number of regions.
    std::size_t region_count() const noexcept { return region_codes_.size(); }
    /// A region's code, "35.08".
    const std::string& region_code(std::uint32_t id) const { return region_codes_.at(id); }
    /// The province a region lies in (a province government lies in itself).
    std::uint32_t region_province(std::uint32_t id) const { return region_province_.at(id); }
    /// Number of bodies.
    std::size_t body_count() const noexcept { return body_codes_.size(); }
    /// A body's region.
    std::uint32_t body_region(std::uint32_t id) const { return body_region_.at(id); }
    /// A body's code.
    const std::string& body_code(std::uint32_t id) const { return body_codes_.at(id); }
    /// A body's name.
    const std::string& body_name(std::uint32_t id) const { return body_names_.at(id); }
    /// Number of sub kegiatan codes.
    std::size_t sub_kegiatan_count() const noexcept { return sub_codes_.size(); }
    /// A sub kegiatan's code.
    const std::string& sub_kegiatan_code(std::uint32_t id) const { return sub_codes_.at(id); }
    /// A sub kegiatan's name.
    const std::string& sub_kegiatan_name(std::uint32_t id) const { return sub_names_.at(id); }
    /// The kegiatan a sub kegiatan belongs to.
    std::uint32_t sub_kegiatan_kegiatan(std::uint32_t id) const { return sub_kegiatan_of_.at(id); }
    /// The program a sub kegiatan belongs to.
    std::uint32_t sub_kegiatan_program(std::uint32_t id) const { return sub_program_of_.at(id); }
    /// Number of kegiatan codes.
    std::size_t kegiatan_count() const noexcept { return kegiatan_codes_.size(); }
    /// A kegiatan's code, "U.BB.PP.K.KK".
    const std::string& kegiatan_code(std::uint32_t id) const { return kegiatan_codes_.at(id); }
    /// Number of program codes.
    std::size_t program_count() const noexcept { return program_codes_.size(); }
    /// A program's code, "U.BB.PP".
    const std::string& program_code(std::uint32_t id) const { return program_codes_.at(id); }

    /// The id of region \p code, or empty.
    std::optional<std::uint32_t> find_region(std::string_view code) const;
    /// The id of body \p code of \p region, or empty.
    std::optional<std::uint32_t> find_body(std::uint32_t region, std::string_view code) const;
    /// The id of sub kegiatan \p code (exact text, "X" upper case), or empty.
    std::optional<std::uint32_t> find_sub_kegiatan(std::string_view code) const;

    /// Every line summed to every level (see LedgerTotals).
    LedgerTotals rollup() const;

private:
    friend class LedgerCsvReader;
    friend class LedgerTotalsBuilder;
    std::uint32_t intern_program(std::string_view code);
    std::uint32_t intern_kegiatan(std::string_view code, std::uint32_t program);
    const detail::LedgerLines& lines() const noexcept {
        static const detail::LedgerLines no_lines;
        return lines_ ? *lines_ : no_lines;
    }
    detail::LedgerLines& mutable_lines();

    std::shared_ptr<detail::LedgerLines> lines_;  // null until the first line

    std::vector<std::string> province_codes_;
    std::unordered_map<std::string, std::uint32_t> province_ids_;
    std::vector<std::string> region_codes_;
    std::vector<std::uint32_t> region_province_;
    std::unordered_map<std::string, std::uint32_t> region_ids_;
    std::vector<std::uint32_t> body_region_;
    std::vector<std::string> body_codes_;
    std::vector<std::string> body_names_;
    std::unordered_map<std::string, std::uint32_t> body_ids_;  // key: region id, '\x1f', code
    std::vector<std::string> sub_codes_;
    std::vector<std::string> sub_names_;
    std::vector<std::uint32_t> sub_kegiatan_of_;
    std::vector<std::uint32_t> sub_program_of_;
    detail::CodeIndex sub_ids_;
    std::vector<std::string> kegiatan_codes_;
    std::vector<std::uint32_t> kegiatan_program_;
    std::unordered_map<std::string, std::uint32_t> kegiatan_ids_;
    std::vector<std::string> program_codes_;
    std::unordered_map<std::string, std::uint32_t> program_ids_;
};

/// One group of a roll-up: its key and its sums.
struct LedgerGroup final {
    /// The budget year.
    int year = 0;
    /// Province code; empty at nation level.
    std::string province;
    /// Region code; empty at province and nation level.
    std::string region;
    /// Body code; empty above body level.
    std::string body;
    /// Program, kegiatan or sub kegiatan code; empty above program level.
    std::string code;
    /// Sum of anggaran.
    Rupiah anggaran;
    /// Sum of realisasi.
    Rupiah realisasi;

    /// Member-wise equality.
    friend bool operator==(const LedgerGroup& a, const LedgerGroup& b) {
        return a.year == b.year && a.province == b.province && a.region == b.region && a.body == b.body &&
               a.code == b.code && a.anggaran == b.anggaran && a.realisasi == b.realisasi;
    }
    /// Negation of ==.
    friend bool operator!=(const LedgerGroup& a, const LedgerGroup& b) { return !(a == b); }
};

/// A dictionary-encoded code column: codes[indices[i]] is group i's code. Cheap to hand to Arrow
/// (a dictionary array) or pandas (a categorical).
struct LedgerCodes final {
    /// Each distinct code once, sorted.
    std::vector<std::string> dictionary;
    /// One index into dictionary per group.
    std::vector<std::uint32_t> indices;
};

/// The sums of a ledger's lines per year at every LedgerLevel, exact to the sen.
///
/// Every group of every level has a year, its codes and two sums (anggaran, realisasi); only
/// groups with at least one line exist, and each key appears once per level. Groups are listed
/// year by year, bodies in the order they were rolled up, a body's sub kegiatan, kegiatan and
/// programs in order of first appearance; merge() and canonical() list everything by year and codes
/// instead. Compare totals with ==, which ignores order.
///
/// Memory and speed are what the design turns on: at national scale the sub kegiatan level has as
/// many groups as the ledger has lines (each line is its own sub kegiatan in a body), and copying
/// them would cost as much memory as the ledger and more time than the rest of the roll-up. So a
/// body whose lines form one run with no sub kegiatan twice keeps its sub kegiatan groups *as
/// lines*: the first line's index, read in place from the ledger's columns, which the totals share
/// (copy on write, so they stay valid whatever happens to the ledger). Other bodies' groups, and
/// all kegiatan and program groups, are stored as 20 bytes: the code's id (uint32) and both sums as
/// int64 sen, narrowed from exact 128-bit sums with a check (overflow_error naming the group: one
/// body's program over Rp 92 quadrillion is about 28 times the national budget, so it is a data
/// error, not a limit). The year and body are stored once per body, with the offsets of its groups.
/// Body, region, province and nation sums are kept as int128: few, and unbounded in principle. With
/// lines in (year, body) runs the roll-up adds about 5 bytes a line to the ledger's 26; other
/// orders add a 4-byte permutation and 20 bytes per sub kegiatan group. The totals copy the code
/// dictionaries, so they merge with totals of other ledgers (by code, never by id) and serialize
/// on their own; merged, canonical and deserialized totals store every group.
class LedgerTotals final {
public:
    /// No groups.
    LedgerTotals() = default;

    /// Number of groups at \p level.
    std::size_t size(LedgerLevel level) const noexcept;
    /// Group \p index of \p level; value_error when out of range.
    LedgerGroup group(LedgerLevel level, std::size_t index) const;
    /// The group of \p level with this key, or empty. The key is (year) for nation, (year,
    /// province code in \p region) for province, (year, region) for region, (year, region, body)
    /// for body and (year, region, body, code) below; unused parts must be empty.
    std::optional<LedgerGroup> find(LedgerLevel level, int year, std::string_view region = {},
                                    std::string_view body = {}, std::string_view code = {}) const;
    /// The years that have lines, ascending.
    std::vector<int> years() const;

    /// Each group's year, for a columnar export.
    std::vector<std::int16_t> year_column(LedgerLevel level) const;
    /// Each group's \p field code, dictionary-encoded; value_error when the level has no such field.
    LedgerCodes code_column(LedgerLevel level, LedgerField field) const;
    /// Each group's anggaran in sen: as int128 it is the memory of an Arrow decimal128(38, 2).
    std::vector<int128> anggaran_column(LedgerLevel level) const;
    /// Each group's realisasi in sen, like anggaran_column.
    std::vector<int128> realisasi_column(LedgerLevel level) const;

    /// The same totals listed by year and codes, with dictionaries of used codes only: equal
    /// totals have equal canonical forms member by member, and so equal bytes.
    LedgerTotals canonical() const;
    /// The totals as versioned binary (little-endian, with a checksum), for pickling and files.
    std::string to_bytes() const;
    /// Totals from to_bytes(); data_error naming \p source, the byte offset and why when the bytes
    /// are not such totals (wrong magic or version, truncated, corrupted, inconsistent).
    static LedgerTotals from_bytes(std::string_view bytes, const std::string& source = "<bytes>");

    /// Same groups with the same sums, in any order.
    friend bool operator==(const LedgerTotals& a, const LedgerTotals& b);
    /// Negation of ==.
    friend bool operator!=(const LedgerTotals& a, const LedgerTotals& b) { return !(a == b); }

private:
    friend class Ledger;
    friend LedgerTotals merge(const std::vector<const LedgerTotals*>& parts);
    friend class LedgerTotalsBuilder;

    // A level whose groups lie within a body: the code's id and both sums.
    struct Scoped {
        std::vector<std::uint32_t> item;
        std::vector<std::int64_t> anggaran;
        std::vector<std::int64_t> realisasi;
    };
    // A level of groups keyed by (year, id): body, region, province, nation (id 0).
    struct Wide {
        std::vector<std::int16_t> year;
        std::vector<std::uint32_t> id;
        std::vector<int128> anggaran;
        std::vector<int128> realisasi;
    };

    // A sub kegiatan group wherever it is kept.
    struct Leaf {
        std::uint32_t item;
        std::int64_t anggaran;
        std::int64_t realisasi;
    };
    Leaf leaf(std::size_t body_group, std::size_t index) const;
    Scoped stored_leaves() const;
    std::size_t owning_body(std::size_t scoped_index, int level) const;
    std::string_view item_code(int level, std::uint32_t id) const;
    bool same_members(const LedgerTotals& other) const;

    std::vector<std::string> province_codes_;
    std::vector<std::string> region_codes_;
    std::vector<std::uint32_t> region_province_;
    std::vector<std::string> body_codes_;
    std::vector<std::uint32_t> body_region_;
    std::vector<std::string> item_codes_[3];  // sub kegiatan, kegiatan, program
    Scoped scoped_[3];                        // same order; sub kegiatan only those not kept as lines
    Wide bodies_;
    std::vector<std::uint64_t> begin_[3];  // per body group, the index of its first group; + the count
    std::vector<std::uint64_t> leaf_line_;   // per body group, its first line when its groups are lines, else none
    std::vector<std::uint64_t> leaf_store_;  // per body group, where its stored sub kegiatan groups start
    std::shared_ptr<const detail::LedgerLines> lines_;
    Wide regions_;
    Wide provinces_;
    Wide nation_;
};

/// The totals of the union of the lines behind \p parts, in canonical order: exact (every sum is
/// recomputed in 128 bits from the parts' sums), associative and commutative, so partitions rolled
/// up separately (e.g. per region by Dask) merge to the single-process roll-up. Groups match by
/// code, so the parts may come from different ledgers; overflow_error when a body-scoped sum leaves
/// int64 sen.
LedgerTotals merge(const std::vector<const LedgerTotals*>& parts);
/// The totals of both parts' lines; see merge(parts).
LedgerTotals merge(const LedgerTotals& a, const LedgerTotals& b);

/// What generate_ledger builds. The defaults are Indonesia at scale: 542 regions x 40 bodies x 25
/// programs x 4 kegiatan x 5 sub kegiatan = 10 840 000 lines a year.
struct GenerateOptions final {
    /// Regions: the first 38 are the provinces' governments, the rest their regencies and cities
    /// spread over the provinces (at most 3268).
    int regions = 542;
    /// Bodies per region (at most 99).
    int bodies = 40;
    /// Programs per body (at most 337, the generator's catalogue: X.XX.01 and 8 per bidang urusan).
    int programs = 25;
    /// Kegiatan per program (at most 196).
    int kegiatan = 4;
    /// Sub kegiatan per kegiatan (at most 9996).
    int sub_kegiatan = 5;
    /// Budget years, each a full set of lines.
    std::vector<int> years{2024};
    /// The PRNG seed: equal options give equal ledgers on every platform.
    std::uint64_t seed = 2024;
};

/// A synthetic national ledger: real province codes (11..96), regency codes "PP.01".. and city
/// codes "PP.71".., Permendagri 90-shaped codes drawn from a fixed catalogue (so a code recurs
/// across bodies), and amounts shaped like real budgets: mostly log-uniform between Rp 5 million
/// and Rp 2 billion in whole thousands, a tail (0.2%) of lines up to Rp 500 billion, realisasi mostly
/// 60-100% of anggaran, some odd sen and a few zero lines. Lines come in (year, body) runs.
/// Deterministic: its own splitmix64 and integer arithmetic only, never a std distribution (whose
/// output differs between standard libraries). value_error for options out of range.
Ledger generate_ledger(const GenerateOptions& options = {});

}  // namespace kinerja

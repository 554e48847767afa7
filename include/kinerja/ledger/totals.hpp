#pragma once
/// \file kinerja/ledger/totals.hpp
/// The roll-up of a ledger: the exact sums of its lines per year at every level (LedgerTotals),
/// one group of it (LedgerGroup) and its code columns (LedgerCodes). The roll-up itself is in
/// rollup.hpp, merging in merge.hpp; the bytes of totals are defined in src/ledger/bytes.cpp.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/money.hpp"
#include "kinerja/detail/int128.hpp"
#include "kinerja/ledger/levels.hpp"
#include "kinerja/ledger/store.hpp"

namespace kinerja {

class LedgerTotals;
/// See kinerja/ledger/rollup.hpp.
[[nodiscard]] LedgerTotals rollup(const Ledger& ledger);
/// See kinerja/ledger/rollup.hpp.
[[nodiscard]] LedgerTotals rollup(const Ledger& ledger, unsigned threads);
/// See kinerja/ledger/merge.hpp.
[[nodiscard]] LedgerTotals merge(const std::vector<const LedgerTotals*>& parts);

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
/// orders add 20 bytes per sub kegiatan group (and a 24-byte record a line while summing). The totals copy
/// the code dictionaries, so they merge with totals of other ledgers (by code, never by id) and serialize on
/// their own; merged, canonical and deserialized totals store every group.
class LedgerTotals final {
public:
    /// No groups.
    LedgerTotals() = default;

    /// Number of groups at \p level.
    [[nodiscard]] std::size_t size(LedgerLevel level) const noexcept;
    /// Group \p index of \p level; value_error when out of range.
    [[nodiscard]] LedgerGroup group(LedgerLevel level, std::size_t index) const;
    /// The group of \p level with this key, or empty. The key is (year) for nation, (year,
    /// province code in \p region) for province, (year, region) for region, (year, region, body)
    /// for body and (year, region, body, code) below; unused parts must be empty.
    [[nodiscard]] std::optional<LedgerGroup> find(LedgerLevel level, int year, std::string_view region = {},
                                                  std::string_view body = {},
                                                  std::string_view code = {}) const;
    /// The years that have lines, ascending.
    [[nodiscard]] std::vector<int> years() const;

    /// Each group's year, for a columnar export.
    [[nodiscard]] std::vector<std::int16_t> year_column(LedgerLevel level) const;
    /// Each group's \p field code, dictionary-encoded; value_error when the level has no such field.
    [[nodiscard]] LedgerCodes code_column(LedgerLevel level, LedgerField field) const;
    /// Each group's anggaran in sen: as int128 it is the memory of an Arrow decimal128(38, 2).
    [[nodiscard]] std::vector<int128> anggaran_column(LedgerLevel level) const;
    /// Each group's realisasi in sen, like anggaran_column.
    [[nodiscard]] std::vector<int128> realisasi_column(LedgerLevel level) const;

    /// The same totals listed by year and codes, with dictionaries of used codes only: equal
    /// totals have equal canonical forms member by member, and so equal bytes.
    [[nodiscard]] LedgerTotals canonical() const;
    /// The totals as versioned binary (little-endian, with a checksum), for pickling and files.
    [[nodiscard]] std::string to_bytes() const;
    /// Totals from to_bytes(); data_error naming \p source, the byte offset and why when the bytes
    /// are not such totals (wrong magic or version, truncated, corrupted, inconsistent).
    [[nodiscard]] static LedgerTotals from_bytes(std::string_view bytes,
                                                 const std::string& source = "<bytes>");

    /// Same groups with the same sums, in any order.
    friend bool operator==(const LedgerTotals& a, const LedgerTotals& b);
    /// Negation of ==.
    friend bool operator!=(const LedgerTotals& a, const LedgerTotals& b) { return !(a == b); }

private:
    // Who builds totals, and so writes their representation: the roll-up of a ledger (through the
    // private Builder, src/ledger/detail/totals_builder.hpp) and merge (through the private
    // Merger, src/ledger/merge.cpp); from_bytes is a member. Everything else reads the public API.
    friend LedgerTotals rollup(const Ledger& ledger);
    friend LedgerTotals rollup(const Ledger& ledger, unsigned threads);
    friend LedgerTotals merge(const std::vector<const LedgerTotals*>& parts);
    class Builder;
    class Merger;

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
    std::vector<std::uint64_t>
        leaf_line_;  // per body group, its first line when its groups are lines, else none
    std::vector<std::uint64_t> leaf_store_;  // per body group, where its stored sub kegiatan groups start
    std::shared_ptr<const detail::LedgerLines> lines_;
    Wide regions_;
    Wide provinces_;
    Wide nation_;
};

}  // namespace kinerja

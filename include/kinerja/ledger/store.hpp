#pragma once
/// \file kinerja/ledger/store.hpp
/// Budget lines at national scale: every region's (pemda's) bodies' (SKPD's) sub kegiatan lines
/// of one or more years in a columnar store, with the dictionaries of their codes (see codes.hpp
/// for the terms). *Anggaran* is the budget of a line, *realisasi* what was spent of it.
///
/// Money is int64 sen per line (|amount| < Rp 92 quadrillion, about 28 times Indonesia's whole
/// yearly national budget) and 128-bit sen in every sum (see totals.hpp): a sum cannot overflow by
/// construction.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kinerja/core/error.hpp"
#include "kinerja/core/money.hpp"
#include "kinerja/ledger/codes.hpp"

namespace kinerja {

class LedgerTotals;

namespace detail {

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

/// Budget lines of many regions, bodies and years as a structure of arrays.
///
/// A line is (year, body, sub kegiatan, anggaran, realisasi): 26 bytes in five columns, which
/// callers read without copying through the column accessors. Codes and names live once in
/// dictionaries: regions by code, bodies by (region, code), sub kegiatan by code, each sub kegiatan
/// knowing its kegiatan and program. Ids are dense, in order of first appearance, and stable:
/// adding never renumbers. A ledger holds at most 2^32 - 1 lines so that a line index fits 32 bits.
/// Every accessor taking an id throws value_error when the id is not in the ledger.
///
/// The columns are shared, copy on write, with copies of the ledger and the roll-ups made from it:
/// a roll-up reads single-line groups in place, and appending after a roll-up copies the columns
/// once rather than changing what the roll-up sees.
///
/// Loading in bulk (a reader, a generator): add each code when first seen (add_region, add_body,
/// add_sub_kegiatan, which also intern the kegiatan and program), keep the ids, reserve() the
/// lines when their number is known, and append_sen() each line. append_sen is inline and checks
/// only what a reader cannot have checked cheaper (two id bounds, the year's range and the line
/// count), so a bulk load needs no other way in.
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
    /// Appends a line with amounts in sen; same checks except that every int64 fits. The bulk
    /// loaders' way in (see the class comment): inline, and without an allocation unless a column
    /// grows or is still shared with a roll-up.
    void append_sen(int year, std::uint32_t body, std::uint32_t sub_kegiatan, std::int64_t anggaran_sen,
                    std::int64_t realisasi_sen) {
        if (year < 1000 || year > 9999 || body >= body_codes_.size() || sub_kegiatan >= sub_codes_.size())
            refuse_line(year, body, sub_kegiatan);
        detail::LedgerLines& l = mutable_lines();
        if (l.years.size() >= max_lines) refuse_line(year, body, sub_kegiatan);
        l.years.push_back(static_cast<std::int16_t>(year));
        l.bodies.push_back(body);
        l.sub_kegiatan.push_back(sub_kegiatan);
        l.anggaran.push_back(anggaran_sen);
        l.realisasi.push_back(realisasi_sen);
    }
    /// Appends \p n lines given as columns: the years, body ids, sub kegiatan ids and amounts in sen
    /// of each. The checks of append_sen, made over the whole block before any line is appended (a
    /// refused block leaves the ledger as it was); then each column is extended in one copy. The
    /// way in of loaders that read columns (io/ledger_columns.hpp).
    void append_sen(const std::int16_t* years, const std::uint32_t* bodies, const std::uint32_t* sub_kegiatan,
                    const std::int64_t* anggaran_sen, const std::int64_t* realisasi_sen, std::size_t n);
    /// Makes room for \p lines lines, so a load of known size allocates each column once;
    /// value_error beyond max_lines.
    void reserve(std::size_t lines);

    /// Number of lines.
    [[nodiscard]] std::size_t size() const noexcept { return lines().years.size(); }
    /// No lines.
    [[nodiscard]] bool empty() const noexcept { return lines().years.empty(); }

    /// Each line's year.
    [[nodiscard]] const std::vector<std::int16_t>& years() const noexcept { return lines().years; }
    /// Each line's body id.
    [[nodiscard]] const std::vector<std::uint32_t>& bodies() const noexcept { return lines().bodies; }
    /// Each line's sub kegiatan id.
    [[nodiscard]] const std::vector<std::uint32_t>& sub_kegiatan() const noexcept {
        return lines().sub_kegiatan;
    }
    /// Each line's anggaran in sen.
    [[nodiscard]] const std::vector<std::int64_t>& anggaran() const noexcept { return lines().anggaran; }
    /// Each line's realisasi in sen.
    [[nodiscard]] const std::vector<std::int64_t>& realisasi() const noexcept { return lines().realisasi; }

    /// Number of provinces.
    [[nodiscard]] std::size_t province_count() const noexcept { return province_codes_.size(); }
    /// A province's code, "35".
    [[nodiscard]] const std::string& province_code(std::uint32_t id) const {
        return checked(province_codes_, id, "province");
    }
    /// Number of regions.
    [[nodiscard]] std::size_t region_count() const noexcept { return region_codes_.size(); }
    /// A region's code, "35.08".
    [[nodiscard]] const std::string& region_code(std::uint32_t id) const {
        return checked(region_codes_, id, "region");
    }
    /// The province a region lies in (a province government lies in itself).
    [[nodiscard]] std::uint32_t region_province(std::uint32_t id) const {
        return checked(region_province_, id, "region");
    }
    /// Number of bodies.
    [[nodiscard]] std::size_t body_count() const noexcept { return body_codes_.size(); }
    /// A body's region.
    [[nodiscard]] std::uint32_t body_region(std::uint32_t id) const {
        return checked(body_region_, id, "body");
    }
    /// A body's code.
    [[nodiscard]] const std::string& body_code(std::uint32_t id) const {
        return checked(body_codes_, id, "body");
    }
    /// A body's name.
    [[nodiscard]] const std::string& body_name(std::uint32_t id) const {
        return checked(body_names_, id, "body");
    }
    /// Number of sub kegiatan codes.
    [[nodiscard]] std::size_t sub_kegiatan_count() const noexcept { return sub_codes_.size(); }
    /// A sub kegiatan's code.
    [[nodiscard]] const std::string& sub_kegiatan_code(std::uint32_t id) const {
        return checked(sub_codes_, id, "sub kegiatan");
    }
    /// A sub kegiatan's name.
    [[nodiscard]] const std::string& sub_kegiatan_name(std::uint32_t id) const {
        return checked(sub_names_, id, "sub kegiatan");
    }
    /// The kegiatan a sub kegiatan belongs to.
    [[nodiscard]] std::uint32_t sub_kegiatan_kegiatan(std::uint32_t id) const {
        return checked(sub_kegiatan_of_, id, "sub kegiatan");
    }
    /// The program a sub kegiatan belongs to.
    [[nodiscard]] std::uint32_t sub_kegiatan_program(std::uint32_t id) const {
        return checked(sub_program_of_, id, "sub kegiatan");
    }
    /// Number of kegiatan codes.
    [[nodiscard]] std::size_t kegiatan_count() const noexcept { return kegiatan_codes_.size(); }
    /// A kegiatan's code, "U.BB.PP.K.KK".
    [[nodiscard]] const std::string& kegiatan_code(std::uint32_t id) const {
        return checked(kegiatan_codes_, id, "kegiatan");
    }
    /// The program a kegiatan belongs to.
    [[nodiscard]] std::uint32_t kegiatan_program(std::uint32_t id) const {
        return checked(kegiatan_program_, id, "kegiatan");
    }
    /// Number of program codes.
    [[nodiscard]] std::size_t program_count() const noexcept { return program_codes_.size(); }
    /// A program's code, "U.BB.PP".
    [[nodiscard]] const std::string& program_code(std::uint32_t id) const {
        return checked(program_codes_, id, "program");
    }

    /// Every province code, by id: province_code() of every id at once.
    [[nodiscard]] const std::vector<std::string>& province_codes() const noexcept { return province_codes_; }
    /// Every region code, by id.
    [[nodiscard]] const std::vector<std::string>& region_codes() const noexcept { return region_codes_; }
    /// Every body code, by id (two regions' bodies may share a code).
    [[nodiscard]] const std::vector<std::string>& body_codes() const noexcept { return body_codes_; }
    /// Every sub kegiatan code, by id.
    [[nodiscard]] const std::vector<std::string>& sub_kegiatan_codes() const noexcept { return sub_codes_; }
    /// Every kegiatan code, by id.
    [[nodiscard]] const std::vector<std::string>& kegiatan_codes() const noexcept { return kegiatan_codes_; }
    /// Every program code, by id.
    [[nodiscard]] const std::vector<std::string>& program_codes() const noexcept { return program_codes_; }
    /// Each region's province id, by region id: what a roll-up reads in bulk.
    [[nodiscard]] const std::vector<std::uint32_t>& province_of_region() const noexcept {
        return region_province_;
    }
    /// Each body's region id, by body id.
    [[nodiscard]] const std::vector<std::uint32_t>& region_of_body() const noexcept { return body_region_; }
    /// Each sub kegiatan's kegiatan id, by sub kegiatan id.
    [[nodiscard]] const std::vector<std::uint32_t>& kegiatan_of_sub_kegiatan() const noexcept {
        return sub_kegiatan_of_;
    }
    /// Each sub kegiatan's program id, by sub kegiatan id.
    [[nodiscard]] const std::vector<std::uint32_t>& program_of_sub_kegiatan() const noexcept {
        return sub_program_of_;
    }
    /// Each kegiatan's program id, by kegiatan id.
    [[nodiscard]] const std::vector<std::uint32_t>& program_of_kegiatan() const noexcept {
        return kegiatan_program_;
    }

    /// The id of region \p code, or empty.
    [[nodiscard]] std::optional<std::uint32_t> find_region(std::string_view code) const noexcept;
    /// The id of body \p code of \p region, or empty.
    [[nodiscard]] std::optional<std::uint32_t> find_body(std::uint32_t region, std::string_view code) const;
    /// The id of sub kegiatan \p code (exact text, "X" upper case), or empty.
    [[nodiscard]] std::optional<std::uint32_t> find_sub_kegiatan(std::string_view code) const noexcept {
        return sub_ids_.find(code, sub_codes_);
    }

    /// Every line summed to every level: rollup(*this), see kinerja/ledger/rollup.hpp (include it,
    /// or kinerja/ledger.hpp, to use the result).
    [[nodiscard]] LedgerTotals rollup() const;

    /// The line columns, shared copy on write with the roll-ups (see LedgerTotals); for the
    /// roll-up, which keeps them alive for the groups it reads in place.
    [[nodiscard]] std::shared_ptr<const detail::LedgerLines> shared_lines() const noexcept { return lines_; }

private:
    template <class T>
    static const T& checked(const std::vector<T>& v, std::uint32_t id, const char* what) {
        if (id >= v.size()) refuse_id(what, id, v.size());
        return v[id];
    }
    [[noreturn]] static void refuse_id(const char* what, std::uint32_t id, std::size_t count);
    [[noreturn]] void refuse_line(int year, std::uint32_t body, std::uint32_t sub_kegiatan) const;
    std::uint32_t intern_program(std::string_view code);
    std::uint32_t intern_kegiatan(std::string_view code, std::uint32_t program);
    const detail::LedgerLines& lines() const noexcept {
        static const detail::LedgerLines no_lines;
        return lines_ ? *lines_ : no_lines;
    }
    // The columns to append to: created on the first line, copied while a roll-up shares them.
    detail::LedgerLines& mutable_lines() {
        if (!lines_ || lines_.use_count() > 1) unshare_lines();
        return *lines_;
    }
    void unshare_lines();

    std::shared_ptr<detail::LedgerLines> lines_;  // null until the first line

    std::vector<std::string> province_codes_;
    detail::CodeIndex province_ids_;
    std::vector<std::string> region_codes_;
    std::vector<std::uint32_t> region_province_;
    detail::CodeIndex region_ids_;
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
    detail::CodeIndex kegiatan_ids_;
    std::vector<std::string> program_codes_;
    detail::CodeIndex program_ids_;
};

}  // namespace kinerja

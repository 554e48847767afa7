#pragma once
/// \file kinerja/plan/budget.hpp
/// Budget lines and their totals. *Anggaran* is the budget (murni: as first passed; setelah
/// perubahan: as revised), *realisasi* what was spent, *sisa* what was left (anggaran - realisasi)
/// and *serapan* the absorption (realisasi / anggaran x 100).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "kinerja/core/enum_names.hpp"
#include "kinerja/core/money.hpp"
#include "kinerja/core/percent.hpp"

namespace kinerja {

/// Spending class of a budget line.
enum class SpendingClass {
    /// Belanja Tidak Langsung: indirect spending, mainly salaries (before 2021).
    belanja_tidak_langsung,
    /// Belanja Langsung: direct spending on programs (before 2021).
    belanja_langsung,
    /// Belanja operasi (from 2021).
    operasi,
    /// Belanja modal: capital (from 2021).
    modal,
    /// Belanja tidak terduga: unforeseen (from 2021).
    tidak_terduga,
    /// Belanja transfer (from 2021).
    transfer,
};

/// The one name table of SpendingClass.
template <>
struct EnumTable<SpendingClass> {
    /// Every value with its name.
    static constexpr EnumName<SpendingClass> entries[] = {
        {SpendingClass::belanja_tidak_langsung, "belanja_tidak_langsung"},
        {SpendingClass::belanja_langsung, "belanja_langsung"},
        {SpendingClass::operasi, "operasi"},
        {SpendingClass::modal, "modal"},
        {SpendingClass::tidak_terduga, "tidak_terduga"},
        {SpendingClass::transfer, "transfer"}};
};

/// The lowercase name, e.g. "belanja_langsung".
[[nodiscard]] constexpr std::string_view to_string(SpendingClass c) noexcept { return detail::enum_name(c); }
/// The class named \p name, or empty.
[[nodiscard]] constexpr std::optional<SpendingClass> parse_spending_class(std::string_view name) noexcept {
    return detail::enum_value<SpendingClass>(name);
}

/// One budget line of one year: a kegiatan's (or sub kegiatan's), or one of the body as a whole.
struct BudgetLine final {
    /// The budget year.
    int year = 0;
    /// Its spending class.
    SpendingClass spending = SpendingClass::belanja_langsung;
    /// The kegiatan or sub kegiatan; empty for a line of the body as a whole.
    std::string node;
    /// A name for a line of the body (e.g. "Belanja Pegawai"); may be empty for a node's line.
    std::string name;
    /// The original budget, when known.
    std::optional<Rupiah> anggaran_murni;
    /// The budget after revision.
    Rupiah anggaran;
    /// What was spent.
    Rupiah realisasi;
    /// What was spent in each quarter, when known; adds up to realisasi.
    std::optional<std::array<Rupiah, 4>> triwulan;

    /// The line of kegiatan (or sub kegiatan) \p node in \p year. A factory rather than a
    /// constructor, so that brace and designated initialisation keep working.
    [[nodiscard]] static BudgetLine of(std::string node, int year, Rupiah anggaran, Rupiah realisasi,
                                       SpendingClass spending = SpendingClass::belanja_langsung) {
        BudgetLine b;
        b.year = year;
        b.spending = spending;
        b.node = std::move(node);
        b.anggaran = anggaran;
        b.realisasi = realisasi;
        return b;
    }
    /// A line of the body as a whole, named \p name (e.g. "Belanja Pegawai").
    [[nodiscard]] static BudgetLine of_body(std::string name, int year, Rupiah anggaran, Rupiah realisasi,
                                            SpendingClass spending) {
        BudgetLine b = of({}, year, anggaran, realisasi, spending);
        b.name = std::move(name);
        return b;
    }

    /// Member-wise equality.
    friend bool operator==(const BudgetLine& a, const BudgetLine& b) {
        return a.year == b.year && a.spending == b.spending && a.node == b.node && a.name == b.name &&
               a.anggaran_murni == b.anggaran_murni && a.anggaran == b.anggaran &&
               a.realisasi == b.realisasi && a.triwulan == b.triwulan;
    }
    /// Negation of ==.
    friend bool operator!=(const BudgetLine& a, const BudgetLine& b) { return !(a == b); }
};

/// The sum of some budget lines.
struct BudgetTotals final {
    /// Sum of anggaran (after revision).
    Rupiah anggaran;
    /// Sum of realisasi.
    Rupiah realisasi;
    /// Sum of anggaran murni, when every line has one; else empty.
    std::optional<Rupiah> anggaran_murni;
    /// How many lines were added.
    std::size_t lines = 0;

    /// anggaran - realisasi.
    [[nodiscard]] Rupiah sisa() const { return anggaran - realisasi; }
    /// realisasi / anggaran x 100; undefined when anggaran is 0.
    [[nodiscard]] Percent serapan(Precision precision = {}) const {
        return percent(realisasi, anggaran, precision);
    }
    /// Adds one line.
    BudgetTotals& add(const BudgetLine& line) {
        anggaran += line.anggaran;
        realisasi += line.realisasi;
        if (lines == 0)
            anggaran_murni = line.anggaran_murni;
        else if (anggaran_murni && line.anggaran_murni)
            *anggaran_murni += *line.anggaran_murni;
        else
            anggaran_murni.reset();
        ++lines;
        return *this;
    }
};

}  // namespace kinerja

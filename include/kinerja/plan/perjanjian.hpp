#pragma once
/// \file kinerja/plan/perjanjian.hpp
/// Perjanjian Kinerja (PK): the yearly performance agreement each unit's head signs (the kepala of the
/// body, an eselon III administrator, an eselon IV pengawas), with its rencana aksi (the targets per
/// triwulan) and realisasi per triwulan; the capaian per unit, and its consistency with the plan.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/capaian.hpp"
#include "kinerja/core/decimal.hpp"
#include "kinerja/core/enum_names.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/plan/indicator.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja {

struct Renstra;

/// Who signs a PK. Kept on the PK rather than on the unit: a unit's level is what its PK says it
/// signs for, and a plan without PKs needs none.
enum class Eselon {
    /// The head of the body (JPT): signs the body's own indicators, as the Renstra states them.
    kepala,
    /// Administrator (bidang, sekretariat): signs indicators of sasaran or programs.
    eselon_iii,
    /// Pengawas (seksi, sub bagian): signs indicators of kegiatan or sub kegiatan.
    eselon_iv,
};

/// The one name table of Eselon.
template <>
struct EnumTable<Eselon> {
    /// Every value with its name.
    static constexpr EnumName<Eselon> entries[] = {
        {Eselon::kepala, "kepala"}, {Eselon::eselon_iii, "eselon_iii"}, {Eselon::eselon_iv, "eselon_iv"}};
};

/// "kepala", "eselon_iii" or "eselon_iv".
[[nodiscard]] constexpr std::string_view to_string(Eselon e) noexcept { return detail::enum_name(e); }
/// The level named \p name, or empty.
[[nodiscard]] constexpr std::optional<Eselon> parse_eselon(std::string_view name) noexcept {
    return detail::enum_value<Eselon>(name);
}

/// Four quarters, empty for one not stated.
using PkQuarters = std::array<std::optional<Decimal>, 4>;

/// One indicator a head signs: its yearly target, the rencana aksi and the realisasi per triwulan.
struct PkItem final {
    /// Id of an indicator of the plan, or of one of the PK's own indicators.
    std::string indicator;
    /// The yearly target signed.
    Target target;
    /// Rencana aksi: the target per triwulan (numbers only; empty for a quarter without one).
    PkQuarters rencana;
    /// Realisasi per triwulan (empty for a quarter not reported).
    PkQuarters realisasi;
    /// How the quarters make the year; empty: the indicator's own rule for that year (its
    /// realisation's rollup when it is stated by triwulan), else sum.
    std::optional<Rollup> rollup;

    /// Member-wise equality (numbers by value and scale, so saving can be checked lossless).
    friend bool operator==(const PkItem& a, const PkItem& b);
    /// Negation of ==.
    friend bool operator!=(const PkItem& a, const PkItem& b) { return !(a == b); }
};

/// The PK one unit's head signs for one year.
struct PerjanjianKinerja final {
    /// Id of the signing unit (one of the plan's units).
    std::string unit;
    /// Who signs.
    Eselon eselon = Eselon::kepala;
    /// The year of the agreement.
    int year = 0;
    /// Indicators of the PK's own, not in the Renstra (a seksi's output indicator), each on a node of
    /// the plan; their ids must differ from the plan's indicators'.
    std::vector<Indicator> indicators;
    /// The indicators signed, in the document's order.
    std::vector<PkItem> items;

    /// Member-wise equality.
    friend bool operator==(const PerjanjianKinerja& a, const PerjanjianKinerja& b) {
        return a.unit == b.unit && a.eselon == b.eselon && a.year == b.year && a.indicators == b.indicators &&
               a.items == b.items;
    }
    /// Negation of ==.
    friend bool operator!=(const PerjanjianKinerja& a, const PerjanjianKinerja& b) { return !(a == b); }
};

/// The indicator \p item of \p pk refers to (the PK's own first, then the plan's), or nullptr.
[[nodiscard]] const Indicator* pk_indicator(const Renstra& plan, const PerjanjianKinerja& pk,
                                            const PkItem& item);

/// The rule by which \p item's quarters make its year (see PkItem::rollup).
[[nodiscard]] Rollup pk_rollup(const Renstra& plan, const PerjanjianKinerja& pk, const PkItem& item);

/// The rules the PKs of a plan must keep to be read at all: each PK's unit exists, its year is within
/// min_year and max_year, one PK per unit and year, its own indicators have unique ids unknown to the
/// plan and stand on a node of it, every item names a known indicator (the error names the id) with
/// a target whose kind fits its polarity. plan_error naming \p source and the place ("/perjanjian/0/
/// items/1/indicator") of the first fault.
void validate_perjanjian(const Renstra& plan, const std::string& source = {});

/// A PK that disagrees with the plan: reported, not refused (a PK is signed before the plan is
/// revised, and the auditor wants every disagreement, not the first).
struct PkFinding final {
    /// The rule's stable name: "pk.eselon_iii_node", "pk.eselon_iv_node", "pk.kepala_target" or
    /// "pk.rencana_aksi".
    std::string rule;
    /// Where it lies: the JSON path of the dataset, "/perjanjian/2/items/0/target".
    std::string path;
    /// The signing unit.
    std::string unit;
    /// The indicator.
    std::string indicator;
    /// The PK's year.
    int year = 0;
    /// What disagrees, with the values.
    std::string message;
};

/// The disagreements of the PKs of \p plan with it, in document order. An eselon III indicator must
/// stand on a sasaran or program, an eselon IV indicator on a kegiatan or sub kegiatan, and the unit
/// responsible for that node (its own unit, else its nearest ancestor's) must be the signing unit.
/// The kepala's target must equal (by value) the Renstra's target of that indicator for the year, and
/// the kepala signs the Renstra's indicators only. The rencana aksi of a numeric target, when all four
/// quarters are given, rolled up by the item's rule (pk_rollup: sum adds them, last takes the fourth,
/// max the largest) must equal the yearly target. Expects a plan validate_perjanjian accepts.
[[nodiscard]] std::vector<PkFinding> check_perjanjian(const Renstra& plan, const Language& lang = Language());

/// One signed indicator measured.
struct PkItemCapaian final {
    /// The indicator's id.
    std::string indicator;
    /// The year's realisasi: the item's reported quarters rolled up by pk_rollup; when it reports no
    /// quarter, the plan's realisation of its indicator for the year; empty when neither is known.
    std::optional<Measure> realisasi;
    /// Capaian against the PK's target (undefined for a zero target, or when realisasi is empty).
    Percent capaian = Percent::undefined();
};

/// The capaian of one unit's PK.
struct PkCapaian final {
    /// The signing unit.
    std::string unit;
    /// Who signs.
    Eselon eselon = Eselon::kepala;
    /// Each item, in order.
    std::vector<PkItemCapaian> items;
    /// The mean of the items' capaian (each at the policy's precision, as a kegiatan's capaian is),
    /// rounded once; undefined when none is defined; empty when the PK has no item or one of its items
    /// has no realisasi (a mean over part of what was signed is not the unit's capaian).
    std::optional<Percent> capaian;
};

/// The capaian of every PK of \p year, in document order, computed with \p policy.
[[nodiscard]] std::vector<PkCapaian> pk_capaian(const Renstra& plan, int year,
                                                const CapaianPolicy& policy = {});

}  // namespace kinerja

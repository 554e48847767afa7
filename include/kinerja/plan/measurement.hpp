#pragma once
/// \file kinerja/plan/measurement.hpp
/// Pengukuran kinerja (performance measurement): an indicator's realisation and capaian in a year,
/// a kegiatan's capaian, their means under a program or the body, and the efficiency index.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/indicator.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// An indicator's realisation in \p year, computed from its source; empty when none is reported.
/// data_error when data it names is missing.
[[nodiscard]] std::optional<Measure> realisation(const Renstra& plan, const Indicator& indicator, int year);
/// As realisation(plan, ...), the data tables found through \p index.
[[nodiscard]] std::optional<Measure> realisation(const PlanIndex& index, const Indicator& indicator,
                                                 int year);

/// An indicator's capaian in \p year against that year's target; data_error when the target or the
/// realisation of that year is missing.
[[nodiscard]] Percent indicator_capaian(const Renstra& plan, const Indicator& indicator, int year,
                                        const CapaianPolicy& policy = {});
/// As indicator_capaian(plan, ...), the data tables found through \p index.
[[nodiscard]] Percent indicator_capaian(const PlanIndex& index, const Indicator& indicator, int year,
                                        const CapaianPolicy& policy = {});

/// An indicator's realisation up to triwulan \p upto_triwulan (1..4) of \p year, for monitoring before
/// the year ends: its quarters 1..N that are reported, rolled up by its own rule (sum, last or max),
/// exactly as the year's realisation rolls up all four. Empty when the year has no realisation or none
/// of those quarters is reported yet. value_error when \p upto_triwulan is not 1..4; data_error when
/// the year's realisation is not stated by quarter (a stated, ratio or data value says nothing of when
/// it was reached).
[[nodiscard]] std::optional<Measure> realisation_upto(const Renstra& plan, const Indicator& indicator,
                                                      int year, int upto_triwulan);
/// An indicator's capaian up to triwulan \p upto_triwulan: realisation_upto against the whole year's
/// target (how far the year's target is met so far). data_error when the target is missing or nothing
/// is reported up to that quarter; value_error and data_error as realisation_upto.
[[nodiscard]] Percent capaian_upto(const Renstra& plan, const Indicator& indicator, int year,
                                   int upto_triwulan, const CapaianPolicy& policy = {});

/// A kegiatan's capaian: the simple mean of its indicators' capaian that year; undefined when none is
/// defined. Returns empty when it has no indicator with a target that year. data_error when one of
/// them has no realisation that year (a kegiatan that has not reported has no capaian; capaian_summary
/// lists it instead).
[[nodiscard]] std::optional<Percent> kegiatan_capaian(const Renstra& plan, std::string_view kegiatan,
                                                      int year, const CapaianPolicy& policy = {});
/// As kegiatan_capaian(plan, ...), its indicators found through \p index rather than by a scan.
[[nodiscard]] std::optional<Percent> kegiatan_capaian(const PlanIndex& index, std::string_view kegiatan,
                                                      int year, const CapaianPolicy& policy = {});

/// Aggregated capaian of the kegiatan under a program (or the whole body), each kind labelled.
struct CapaianSummary final {
    /// The mean of the kegiatan capaian (each at the policy's precision), rounded once.
    Percent simple_mean = Percent::undefined();
    /// sum(capaian_k x anggaran_k) / sum(anggaran_k), capaian at the policy's precision, rounded once.
    Percent budget_weighted_mean = Percent::undefined();
    /// The kegiatan counted.
    std::vector<std::string> counted;
    /// Kegiatan whose capaian is undefined (a zero target), left out of both means.
    std::vector<std::string> undefined;
    /// Kegiatan without an indicator with a target that year, left out of both means.
    std::vector<std::string> without_indicator;
    /// Kegiatan that have not reported yet (mid-year), left out of both means: one of their indicators
    /// with a target that year has no realisation that year, or one realised by quarter has no quarter
    /// reported. A kegiatan with only some of its indicators reported is listed here too, whole: a mean
    /// over part of its indicators is not its capaian. Quarters reported in part count as the
    /// realisation's rule rolls them up (Realisation::from_quarters), so such a kegiatan is counted.
    std::vector<std::string> not_reported;
};

/// Aggregated capaian of the kegiatan under \p node (a program, or "" for the body) in \p year, over the
/// kegiatan that have reported; never throws for one that has not (CapaianSummary::not_reported).
[[nodiscard]] CapaianSummary capaian_summary(const Renstra& plan, std::string_view node, int year,
                                             const CapaianPolicy& policy = {});
/// As capaian_summary(plan, ...) through \p index: time linear in the kegiatan under \p node.
[[nodiscard]] CapaianSummary capaian_summary(const PlanIndex& index, std::string_view node, int year,
                                             const CapaianPolicy& policy = {});

/// The efficiency index capaian / serapan (1 or more reads as efficient), rounded as \p precision says;
/// empty when either is undefined or serapan is zero.
[[nodiscard]] std::optional<Decimal> efficiency(const Percent& capaian, const Percent& serapan,
                                                Precision precision = {});

}  // namespace kinerja

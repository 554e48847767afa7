#pragma once
/// \file kinerja/report/renja.hpp
/// The evaluation of the Renja (Rencana Kerja, a body's yearly work plan) against the Renstra: the
/// T-C.29 form of Permendagri 86/2017 that every OPD fills each quarter. Per program, kegiatan and
/// sub kegiatan with their indicators, each period's kinerja (K) and money (Rp) side by side: the
/// Renstra's end target, the realisasi of the earlier plan years, this year's target, the realisasi
/// of each triwulan, of the year and up to the year, and the tingkat capaian (achievement in percent)
/// of the year and against the Renstra. docs/report-formats.md says where every cell comes from.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "kinerja/core/money.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/report/report.hpp"

namespace kinerja {

/// One row of the Renja evaluation: one indicator of a node, or a node without indicators. The
/// money (Rp) of a node stands on its first row only, so that no amount is counted twice. An empty
/// optional is a blank cell: nothing reported, never 0.
struct RenjaRow final {
    /// 1 program, 2 kegiatan, 3 sub kegiatan.
    int level = 1;
    /// The node's id.
    std::string node;
    /// The node's code; may be empty.
    std::string code;
    /// The node's name.
    std::string name;
    /// The indicator's id; empty on the row of a node without indicators.
    std::string indicator;
    /// The indicator's name.
    std::string indicator_name;
    /// The indicator's satuan.
    std::string satuan;
    /// Whether the row carries the node's money (its first row).
    bool first = true;

    /// The Renstra's end target: K the indicator's target of the plan's last year (its end target
    /// when that year has none); Rp the anggaran of the plan's years.
    std::optional<Target> renstra_k;
    /// The Renstra's end target, Rp.
    std::optional<Rupiah> renstra_rp;
    /// Realisasi of the plan years before this one: K by the indicator's rollup, Rp summed.
    std::optional<Measure> before_k;
    /// Realisasi of the plan years before this one, Rp.
    std::optional<Rupiah> before_rp;
    /// The Renja target of the year: K the indicator's target, Rp the anggaran.
    std::optional<Target> target_k;
    /// The Renja target of the year, Rp.
    std::optional<Rupiah> target_rp;
    /// Realisasi in triwulan I-IV: K the indicator's quarters, Rp the budget lines' quarters.
    std::array<std::optional<Decimal>, 4> triwulan_k;
    /// Realisasi in triwulan I-IV, Rp.
    std::array<std::optional<Rupiah>, 4> triwulan_rp;
    /// Realisasi of the year: K the indicator's realisation (its quarters rolled up by its rule), Rp
    /// the realisasi of the year's budget lines.
    std::optional<Measure> year_k;
    /// Realisasi of the year, Rp.
    std::optional<Rupiah> year_rp;
    /// Tingkat capaian of the year: K capaian of year_k against target_k by the indicator's
    /// polarity, Rp year_rp / target_rp x 100 (serapan).
    std::optional<Percent> capaian_k;
    /// Tingkat capaian of the year, Rp.
    std::optional<Percent> capaian_rp;
    /// Realisasi up to the year: before and the year combined by the rule (K), summed (Rp).
    std::optional<Measure> cumulative_k;
    /// Realisasi up to the year, Rp.
    std::optional<Rupiah> cumulative_rp;
    /// Tingkat capaian against the Renstra: K capaian of cumulative_k against renstra_k, Rp
    /// cumulative_rp / renstra_rp x 100.
    std::optional<Percent> renstra_capaian_k;
    /// Tingkat capaian against the Renstra, Rp.
    std::optional<Percent> renstra_capaian_rp;
    /// The name of the unit responsible for the node; may be empty.
    std::string unit;
    /// What the reader needs to know of the row (a realisasi not yet reported); may be empty.
    std::string keterangan;
};

/// The Renja evaluation of \p year, rows in hierarchy order: each program, then each of its
/// kegiatan followed by its sub kegiatan; each node's indicators in document order.
[[nodiscard]] std::vector<RenjaRow> renja_rows(const Renstra& plan, int year,
                                               const Language& lang = Language());

/// The Renja evaluation of \p year as a report table (id "renja"): the node's name as the row label,
/// then Kode, Indikator, Satuan, eleven K / Rp column pairs (renja_periods) and Unit penanggung
/// jawab, Keterangan. A row's ref is its indicator's id, or its node's on a row without indicator.
[[nodiscard]] ReportTable renja_table(const Renstra& plan, int year, const Language& lang = Language());

/// The headings of the eleven periods of the Renja table for \p year and the plan's last year
/// \p last, each over a K and an Rp column ("Target Renstra 2023" over "Target Renstra 2023 K" and
/// "Target Renstra 2023 Rp").
[[nodiscard]] std::vector<std::string> renja_periods(int year, int last);

/// The Renja evaluation of \p year written as \p format in \p lang (title, notes, keterangan and number
/// text; the columns of form T-C.29 are the regulation's in every language).
[[nodiscard]] std::string write_renja(const Renstra& plan, int year, ReportFormat format,
                                      const Language& lang = Language());

/// The Renja evaluation of \p year as the bytes of an .xlsx workbook in the layout OPDs use: two
/// header rows (each period over its K and Rp columns), a node's name, code, money and unit merged
/// down over its indicator rows.
[[nodiscard]] std::string write_renja_xlsx(const Renstra& plan, int year, const Language& lang = Language());

}  // namespace kinerja

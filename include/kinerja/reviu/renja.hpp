#pragma once
/// \file kinerja/reviu/renja.hpp
/// The reviu of a printed Renja evaluation (Permendagri 86/2017, form T-C.29): its derived columns
/// recomputed from the printed ones, each K (kinerja) and Rp (money) column of a period apart. A
/// table is one when its columns are the pairs the form prints, "<period> K" and "<period> Rp" (as
/// kinerja report --table renja writes them, and as an OPD's two header rows read: the period over
/// K and Rp); docs/reviu.md lists the rules.

#include <vector>

#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/reviu/printed_table.hpp"
#include "kinerja/reviu/review.hpp"

namespace kinerja {

/// Whether \p table prints the Renja evaluation: a K and an Rp column of the year's realisasi and of
/// the Renja target, read from the column names as kinerja writes them ("Realisasi 2021 K", "Target
/// Renja 2021 Rp") or as the form words them ("Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun
/// Berjalan (2021) Rp": a realisasi "s.d." or "sampai dengan" a year is the one up to it, "tahun lalu"
/// the earlier years', "tahun berjalan" up to this year; a capaian naming the Renstra is against it).
[[nodiscard]] bool is_renja_table(const PrintedTable& table);

/// The rules over a printed Renja table (renja.triwulan, renja.capaian, renja.cumulative,
/// renja.capaian_renstra, number.invalid): the quarters add up to the year's realisasi, the year's
/// capaian is realisasi against the target, realisasi up to the year is the earlier years' and this
/// year's, capaian against the Renstra is that against the Renstra's target. Rp by sums and
/// realisasi / anggaran x 100. K by the indicator's rule when \p plan has the row's indicator (its
/// ref): its polarity for capaian, the rollup of its quarters for sums; without it, any of the forms
/// in use is accepted (sum, last or largest; R / T, (2T - R) / T or T / R). A percentage is
/// compared at the decimals it is printed with, rounded half-up. A finding names the table, the
/// row's label, the column as printed, the printed text and the value the cell should hold, and a
/// message in \p lang (its figures in the language's number convention; printed and expected stay
/// as the table and the reviu write them).
[[nodiscard]] std::vector<Finding> check_renja_table(const PrintedTable& table, const Renstra* plan = nullptr,
                                                     const Language& lang = Language());

}  // namespace kinerja

#pragma once
/// \file kinerja/report/perjanjian.hpp
/// The Perjanjian Kinerja of a year as a report table: per unit, the indicators signed with their
/// target, rencana aksi and realisasi per triwulan, capaian, and the unit's capaian.

#include <string>

#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/report/report.hpp"

namespace kinerja {

/// The PKs of \p year, one row per unit (its capaian) and one per signed indicator under it.
[[nodiscard]] ReportTable pk_table(const Renstra& plan, int year, const Language& lang = Language());

/// The PK table of \p year written as \p format.
[[nodiscard]] std::string write_pk(const Renstra& plan, int year, ReportFormat format,
                                   const Language& lang = Language());

}  // namespace kinerja

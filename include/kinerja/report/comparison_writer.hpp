#pragma once
/// \file kinerja/report/comparison_writer.hpp
/// The comparison across years and documents (kinerja/report/compare.hpp) as report tables and text.

#include <string>
#include <vector>

#include "kinerja/plan/renstra.hpp"
#include "kinerja/report/compare.hpp"
#include "kinerja/report/report.hpp"

namespace kinerja {

/// The indicators (all, or only \p indicator) of several documents side by side across their
/// years: target, realisasi, capaian, change, progress towards the end target, and the least-squares
/// trend with its projection at the plan's last year. Each document is named by its body's name; where
/// two share it, by the name and the region, and where those are shared too, by the name and the
/// document's place in \p plans ("Dinas Sosial (dokumen 2)").
[[nodiscard]] std::vector<ReportTable> comparison_tables(const std::vector<Renstra>& plans,
                                                         const std::string& indicator = {},
                                                         const Language& lang = Language());

/// The comparison written as \p format (markdown or csv; html gives markdown-like tables in a page) in
/// \p lang (Indonesian by default).
/// The CSV names the document on every row: tabel;dokumen;baris;level;ref;kolom;nilai.
[[nodiscard]] std::string write_comparison(const std::vector<Renstra>& plans, const std::string& indicator,
                                           ReportFormat format, const Language& lang = Language());

}  // namespace kinerja

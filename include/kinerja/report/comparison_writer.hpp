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
/// trend with its projection at the plan's last year.
[[nodiscard]] std::vector<ReportTable> comparison_tables(const std::vector<Renstra>& plans,
                                                         const std::string& indicator = {});

/// The comparison written as \p format (markdown or csv; html gives markdown-like tables in a page).
[[nodiscard]] std::string write_comparison(const std::vector<Renstra>& plans, const std::string& indicator,
                                           ReportFormat format);

}  // namespace kinerja

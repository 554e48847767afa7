#pragma once
// The report layer's text forms, shared by the LAKIP report (report.cpp) and the comparison
// (comparison_writer.cpp): cell text of figures, and whole tables as Markdown, CSV and HTML.
// Internal: not installed.

#include <string>
#include <utility>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/plan/indicator.hpp"
#include "kinerja/report/report.hpp"

namespace kinerja::detail {

/// What an undefined figure prints as.
inline constexpr const char* undefined_text = "n/a";

/// A percentage's cell text ("n/a" when undefined).
[[nodiscard]] std::string pct(const Percent& p);
/// A figure's cell text.
[[nodiscard]] std::string num(const Decimal& d);
/// A target's cell text: a number, a range "a - b", or a grade.
[[nodiscard]] std::string show(const Target& t);
/// A measure's cell text ("n/a" when undefined).
[[nodiscard]] std::string show(const Measure& m);

/// \p tables as Markdown under \p heading and \p intro.
[[nodiscard]] std::string markdown_text(const std::vector<ReportTable>& tables, const std::string& heading,
                                        const std::string& intro);
/// \p tables as CSV, one non-empty cell a line: tabel;baris;level;ref;kolom;nilai.
[[nodiscard]] std::string csv_text(const std::vector<ReportTable>& tables);
/// \p tables as one HTML page, each (table id, svg) of \p charts after its table.
[[nodiscard]] std::string html_text(const std::vector<ReportTable>& tables, const std::string& heading,
                                    const std::string& intro,
                                    const std::vector<std::pair<std::string, std::string>>& charts);

}  // namespace kinerja::detail

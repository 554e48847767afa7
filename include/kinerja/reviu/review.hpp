#pragma once
/// \file kinerja/reviu/review.hpp
/// The reviu: the checks an Inspektorat auditor makes by hand on a report's printed tables, as
/// rules with stable ids. Each finding names the rule, its severity, the table, row and column, the
/// printed text, the expected value and a one-line message.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/enum_names.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/reviu/printed_table.hpp"

namespace kinerja {

/// How serious a finding is.
enum class Severity {
    /// A figure is wrong or missing.
    error,
    /// Text that cannot be read as printed, a mislabelled row, a blank where a value is due.
    warning,
    /// A figure that is right but for its rounding (truncated, coarse, or from rounded figures).
    note,
};

/// The one name table of Severity.
template <>
struct EnumTable<Severity> {
    /// Every value with its name.
    static constexpr EnumName<Severity> entries[] = {
        {Severity::error, "error"}, {Severity::warning, "warning"}, {Severity::note, "note"}};
};

/// "error", "warning" or "note".
[[nodiscard]] constexpr std::string_view to_string(Severity s) noexcept { return detail::enum_name(s); }

/// One finding of the reviu.
struct Finding final {
    /// The rule's stable id, e.g. "row.persen".
    std::string rule;
    /// How serious it is.
    Severity severity = Severity::error;
    /// The printed table's id, or "text" for a figure of the narrative.
    std::string table;
    /// The row's label as printed (or where the text figure stands).
    std::string row;
    /// The column's role ("persen"), or empty.
    std::string column;
    /// The printed text, verbatim.
    std::string printed;
    /// What was expected, in Indonesian number text where it is a figure.
    std::string expected;
    /// One line in the language of ReviewOptions::lang (Indonesian by default); the other fields are
    /// data and read the same in every language.
    std::string message;
};

/// What the reviu is told about the report beyond its tables.
struct ReviewOptions final {
    /// The report's capping policy for capaian (100, 110, 120...): a printed capaian at the cap where the
    /// exact one is above it is right (a note), and any other printed value must be the exact capaian
    /// capped there. Without it, a capaian printed at one of the usual caps (100, 105, 110, 120, 125,
    /// 150) below its exact value is taken as capped (a note), and nothing else is capped.
    std::optional<Decimal> cap;
    /// The language of each finding's message; its figures follow the language's number convention.
    /// Rule ids, printed and expected do not change with it.
    Language lang;
};

/// Every rule id with a one-line description in \p lang (Indonesian by default), in the order checks
/// run.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> review_rules(
    const Language& lang = Language());

/// Whether a row label names a total: JUMLAH, TOTAL, JUMLAH TOTAL or GRAND TOTAL, compared on its
/// letters and digits alone, case aside ("J U M L A H", "Jumlah :"). The reviu checks such a row
/// against the rows it closes; the table layout reading (kinerja/io) recognises it the same way.
[[nodiscard]] bool is_total_label(std::string_view label);

/// Whether a row label names a mean: RATA-RATA, AVERAGE or MEAN, compared as is_total_label does.
[[nodiscard]] bool is_mean_label(std::string_view label);

/// The rules that need nothing but the table itself: number text, row arithmetic, totals and parent
/// rows, mean labels, blank cells and the title's year.
[[nodiscard]] std::vector<Finding> check_table(const PrintedTable& table);
/// As check_table(table), under \p options.
[[nodiscard]] std::vector<Finding> check_table(const PrintedTable& table, const ReviewOptions& options);

/// Every rule over a report's printed material against its plan: each printed table (with the plan's
/// polarities, rows and budget), the same figure across tables, the text and the plan, and the
/// text's figures. \p printed is assumed valid (validate(const PrintedReport&) checks it).
std::vector<Finding> check(const Renstra& plan, const PrintedReport& printed);
/// As check(plan, printed), under \p options.
std::vector<Finding> check(const Renstra& plan, const PrintedReport& printed, const ReviewOptions& options);

/// True when \p findings holds a finding of severity error.
[[nodiscard]] bool has_errors(const std::vector<Finding>& findings);

}  // namespace kinerja

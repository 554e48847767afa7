#pragma once
/// \file kinerja/reviu/join.hpp
/// Joining a report's printed rows to its plan by their labels. A table read from a Word document or an
/// Excel workbook has rows without a `ref`, so the reviu cannot check them against the plan (missing
/// kegiatan, the dataset's figures). join_to_plan fills each empty ref from the row's label: exact
/// after normalisation, else by a bounded fuzzy match among what the hierarchy allows, else by
/// elimination, and it reports every decision, so that nothing is joined in silence (docs/documents.md,
/// "Joining tables to a plan").

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kinerja/core/enum_names.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/reviu/printed_table.hpp"
#include "kinerja/reviu/review.hpp"

namespace kinerja {

/// How a printed row was joined to the plan, or why it was not.
enum class JoinHow {
    /// The row had a ref already: left as it was.
    kept,
    /// Its label equals the plan's name after normalisation.
    exact,
    /// Its label is close enough to one name, and clearly closer than to any other.
    fuzzy,
    /// The one row left unjoined under a parent, joined to the one child of the parent's node left.
    elimination,
    /// A total row: the node every row it closes belongs to, or the body.
    total,
    /// Two candidates equally close (or the same name twice): not joined.
    ambiguous,
    /// Nothing close enough: not joined.
    unmatched,
    /// A mean row, a total whose rows are not all joined, or a blank label: no plan thing.
    not_plan,
};

/// The one name table of JoinHow.
template <>
struct EnumTable<JoinHow> {
    /// Every value with its name.
    static constexpr EnumName<JoinHow> entries[] = {
        {JoinHow::kept, "kept"},           {JoinHow::exact, "exact"},
        {JoinHow::fuzzy, "fuzzy"},         {JoinHow::elimination, "elimination"},
        {JoinHow::total, "total"},         {JoinHow::ambiguous, "ambiguous"},
        {JoinHow::unmatched, "unmatched"}, {JoinHow::not_plan, "not_plan"}};
};

/// The lowercase name ("elimination").
[[nodiscard]] constexpr std::string_view to_string(JoinHow how) noexcept { return detail::enum_name(how); }

/// Whether \p how put a ref on the row (kept, exact, fuzzy, elimination or total).
[[nodiscard]] constexpr bool joined(JoinHow how) noexcept {
    return how == JoinHow::kept || how == JoinHow::exact || how == JoinHow::fuzzy ||
           how == JoinHow::elimination || how == JoinHow::total;
}

/// How closely and how far join_to_plan looks. The bounds keep a hostile table or plan from making the
/// fuzzy search quadratic without end: past them a row is joined only by its exact name, and says so.
struct JoinOptions final {
    /// The least similarity (0-100) a fuzzy join needs: 100 x (1 - edit distance / the longer
    /// normalised label's length in bytes), rounded down.
    int threshold = 80;
    /// Two candidates whose similarities differ by at most this many points are equally close: the row
    /// is ambiguous and not joined.
    int margin = 2;
    /// A row with more candidates than this is joined only by its exact name.
    std::size_t max_candidates = 500;
    /// Label comparisons a whole join may make; the rows after the budget is spent are joined only by
    /// their exact names.
    std::size_t max_comparisons = 200000;
    /// The fuzzy comparison reads at most this many bytes of each normalised label.
    std::size_t max_label_bytes = 160;
    /// The language of each row's reason (and so of join_findings' messages); Indonesian by default.
    Language lang;
};

/// One decision of a join: a row of a printed table and what became of it.
struct JoinedRow final {
    /// The printed table's id.
    std::string table;
    /// The row's position in the table's rows, from 0.
    std::size_t row = 0;
    /// The row's label, as printed.
    std::string label;
    /// What was done.
    JoinHow how = JoinHow::unmatched;
    /// The ref the row now has; empty when not joined.
    std::string ref;
    /// The plan's name of ref (a node's or an indicator's name, a spending class's printed name, the
    /// body's name or, for a plan without one, "the body" in the join's language).
    std::string name;
    /// For a fuzzy join: its similarity (0-100); for an ambiguous row: the candidates' best. Else 0.
    int score = 0;
    /// For an ambiguous row: the refs equally close.
    std::vector<std::string> candidates;
    /// Why, in one line of the join's language (JoinOptions::lang), when the row was not joined (or for
    /// a total, what it closes).
    std::string reason;

    /// Member-wise equality.
    friend bool operator==(const JoinedRow& a, const JoinedRow& b) {
        return a.table == b.table && a.row == b.row && a.label == b.label && a.how == b.how &&
               a.ref == b.ref && a.name == b.name && a.score == b.score && a.candidates == b.candidates &&
               a.reason == b.reason;
    }
    /// Negation of ==.
    friend bool operator!=(const JoinedRow& a, const JoinedRow& b) { return !(a == b); }
};

/// What a join gives: the printed material with the refs filled, and every row's decision.
struct JoinResult final {
    /// The input with each joined row's ref set (nothing else changed).
    PrintedReport printed;
    /// One entry per row of every table, in table and row order.
    std::vector<JoinedRow> rows;
};

/// \p label as the join compares it: lowercase (ASCII), punctuation and blanks as one blank, spaced-out
/// letters joined ("J U M L A H" -> "jumlah"), a numbering prefix ("1)", "a.", "1.1", "II.") and a
/// leading word PROGRAM, KEGIATAN or SUB KEGIATAN left out.
[[nodiscard]] std::string normalize_label(std::string_view label);

/// The similarity (0-100) of two normalised labels: 100 x (1 - edit distance / the longer length in
/// bytes), rounded down; 100 only for equal labels.
[[nodiscard]] int label_similarity(std::string_view a, std::string_view b);

/// Joins the rows of \p printed whose ref is empty to \p plan by their labels. The candidates are the
/// plan's nodes and indicators (`indicator:<id>`) by name and the spending classes by their printed
/// names (`class:belanja_langsung` as "BELANJA LANGSUNG"); a total row may stand for the node its rows
/// belong to or, in a table of money, the body. Each plan thing is joined to at most one row per
/// table. The order of the passes, the hierarchy's part and the bounds are in docs/documents.md.
[[nodiscard]] JoinResult join_to_plan(const PrintedReport& printed, const Renstra& plan,
                                      const JoinOptions& options = {});

/// The join's decisions as findings of severity note, rule "join.<how>" (kept rows left out), so that
/// they stand beside the reviu's: the table, the row's label, the ref as expected, and a message naming
/// the plan's name, the similarity or the reason, in \p lang (the rows' reasons are in the language
/// the join was given: pass the same one).
[[nodiscard]] std::vector<Finding> join_findings(const JoinResult& result, const Language& lang = Language());

/// The join's rule ids with a one-line description each in Indonesian, as review_rules gives the
/// reviu's (the texts live as long as the program).
[[nodiscard]] const std::vector<std::pair<std::string_view, std::string_view>>& join_rules();

/// The join's rule ids with a one-line description each in \p lang.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> join_rules(const Language& lang);

}  // namespace kinerja

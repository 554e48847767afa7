#pragma once
/// \file kinerja/io/table_layout.hpp
/// Reading the layout of a document table: which rows are its header, what each column holds, which
/// rows are data and at what level, and what its caption says. It turns a DocumentTable (a Word or
/// Excel table as found) into the PrintedTable the reviu checks, or says why it cannot; every guess
/// it makes is written down as a note. docs/table-layout.md explains the rules.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "kinerja/core/error.hpp"
#include "kinerja/io/document_table.hpp"
#include "kinerja/reviu/printed_table.hpp"

namespace kinerja {

/// What the layout reading is told beyond the table.
struct TableLayoutOptions final {
    /// The year of the report: the table's year (a caption naming another is then the reviu's
    /// title.year warning). Without it, the year the caption names.
    std::optional<int> year;
    /// The most rows a header may have (merged headers run over two or three).
    std::size_t max_header_rows = 3;
    /// The deepest row level inferred; a row that would go deeper stays at this level (with a note).
    int max_level = 6;
};

/// One thing the layout reading inferred (or set aside), and where.
struct TableLayoutNote final {
    /// The DocumentTable's source (its file).
    std::string source;
    /// The DocumentTable's where ("table 3").
    std::string where;
    /// The row of the grid it is about, counted from 1; 0 when it is about no one row (a column, the
    /// caption, the whole table).
    std::size_t row = 0;
    /// The column of the grid it is about, counted from 1; 0 when it is about no one column.
    std::size_t column = 0;
    /// One line in English.
    std::string message;
    /// The same line as a catalogue id ("note.layout....") and its values, to be said in any
    /// language: Language::format(said) (kinerja/plan/language.hpp); message is its English.
    Message said;

    /// "source, where, row R, column C: message" (row and column when known).
    [[nodiscard]] std::string to_string() const;

    /// Member-wise equality.
    friend bool operator==(const TableLayoutNote& a, const TableLayoutNote& b) {
        return a.source == b.source && a.where == b.where && a.row == b.row && a.column == b.column &&
               a.message == b.message;
    }
    /// Negation of ==.
    friend bool operator!=(const TableLayoutNote& a, const TableLayoutNote& b) { return !(a == b); }
};

/// The outcome of reading a table's layout: the printed table, or the reason it cannot be read as
/// one; the notes either way.
struct TableLayout final {
    /// The table as the reviu checks it, when it could be classified.
    std::optional<PrintedTable> table;
    /// Why it could not (empty when it could): a table is never silently skipped. In English.
    std::string reason;
    /// The same reason as a catalogue id ("error.table....") and its values, to be said in any
    /// language: Language::format(reason_said); its id is empty when the table was classified.
    Message reason_said;
    /// What was inferred, in the order of the grid.
    std::vector<TableLayoutNote> notes;

    /// True when the table was classified.
    [[nodiscard]] bool classified() const noexcept { return table.has_value(); }
};

/// Reads the layout of \p doc: its header rows (one to max_header_rows, merged cells spread over
/// the columns and rows they span; the header ends at the first row holding figures or at the
/// column-number row), each column's role from its headers (the vocabulary of the CSV reader, grown
/// to what reports print), its data rows (without the column-number row, a header repeated where the
/// table runs over a page, and blank spacer rows), each row's level (numbering, capitals or
/// PROGRAM, indentation, bold; totals and means as the reviu expects), and its id, title and year
/// from the caption. Cells stay verbatim but for blanks and line breaks at their ends; Excel's stored
/// numbers are written exactly as an Indonesian report prints them (a percentage format x 100). Never
/// throws for what the table holds: what cannot be classified (no header, no label column, no
/// column the reviu can check, no rows) comes back as the reason.
[[nodiscard]] TableLayout read_table_layout(const DocumentTable& doc, const TableLayoutOptions& options = {});

}  // namespace kinerja

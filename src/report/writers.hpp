#pragma once
// The report layer's text forms, shared by the LAKIP report (report.cpp) and the comparison
// (comparison_writer.cpp): cell text of figures, and whole tables as Markdown, CSV and HTML.
// Internal: not installed.
//
// The builders make a Table, not a bare ReportTable: beside each cell's text it keeps whether the
// writer formatted that cell itself as a figure (an amount, a percentage, a number, a year) or it is
// text that may come from the dataset (a name, a satuan, a grade). The CSV writer tells them apart
// (a text cell that a spreadsheet would read as a formula is neutralised; a figure's leading '-' or
// '+' is a sign and stays), and so does the workbook writer (only a figure may become a numeric
// cell); each must know this from the builder, never guess it from the text: a grade "-5" and the
// figure -5 look the same.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/plan/indicator.hpp"
#include "kinerja/plan/language.hpp"
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

/// One cell as a builder makes it: its text, and whether the writer formatted it as a figure.
struct Cell final {
    /// As shown.
    std::string text;
    /// True for a figure the writer formatted; false for text that may come from the dataset.
    bool figure = false;
};
/// A cell of a figure the writer formatted.
[[nodiscard]] inline Cell figure(std::string text) { return {std::move(text), true}; }
/// A cell of text that may come from the dataset.
[[nodiscard]] inline Cell text(std::string text) { return {std::move(text), false}; }
/// A target's cell: a figure unless it is a grade (dataset text).
[[nodiscard]] Cell cell(const Target& t);
/// A measure's cell: a figure unless it is a grade (dataset text).
[[nodiscard]] Cell cell(const Measure& m);

/// A report table with what the writers know of each row beyond its text.
struct Table final {
    /// What the writers know of one row.
    struct RowForm final {
        /// Whether the row's label is a figure the writer formatted (a year).
        bool label_figure = false;
        /// One per cell: whether it is a figure the writer formatted.
        std::vector<bool> figures;
        /// The index of the document the row is of, in the list of document names given to the
        /// writers (a comparison); 0 in a report of one document.
        std::size_t document = 0;
        /// The rows a merged cell of this row covers in the workbook's layout (the Renja table: a
        /// node's cells over its indicator rows): 1 for its own row, 0 for a row under another's.
        std::size_t span = 1;
    };
    /// The table as the public API gives it.
    ReportTable shown;
    /// One per row of shown.rows.
    std::vector<RowForm> forms;
    /// A heading over each column after the first, printed above the column headings where a table
    /// has pairs of columns under one heading (the Renja table's K and Rp); "" for a column with no
    /// heading above it. Empty for a table of one heading row.
    std::vector<std::string> groups;
    /// One per column, the label's first: whether the workbook merges a row's cell in it down over
    /// the rows its RowForm::span covers. Empty: no merged cells.
    std::vector<bool> merged;

    /// Appends a row.
    void add(int level, std::string ref, Cell label, std::vector<Cell> cells, std::size_t document = 0);
};

/// The LAKIP tables of \p year with what the writers know of each cell (report_tables gives their
/// text); the workbook writer (xlsx_writer.cpp) reads them.
[[nodiscard]] std::vector<Table> report_table_forms(const Renstra& plan, int year,
                                                    const Language& lang = Language());

/// Puts every figure cell (and figure label) of \p tables, written as Indonesian number text by the
/// builders, in \p lang's number convention. The workbook writer does not: its figures become numbers.
void localize_figures(std::vector<Table>& tables, const Language& lang);

/// The Renja evaluation of \p year with what the writers know of each cell (renja_table gives its
/// text).
[[nodiscard]] Table renja_table_form(const Renstra& plan, int year, const Language& lang = Language());

/// A workbook sheet name for each of \p ids: the characters []:*?/\ become '_', no leading or
/// trailing apostrophe, at most 31 characters, and " (2)", " (3)"... added to a name already taken
/// (compared ignoring ASCII case, as Excel does; "History" is Excel's own).
[[nodiscard]] std::vector<std::string> sheet_names(const std::vector<std::string>& ids);

/// The public tables of \p tables.
[[nodiscard]] std::vector<ReportTable> shown(std::vector<Table> tables);

/// \p tables as Markdown under \p heading and \p intro.
[[nodiscard]] std::string markdown_text(const std::vector<Table>& tables, const std::string& heading,
                                        const std::string& intro);
/// \p tables as CSV, one non-empty cell a line: tabel;baris;level;ref;kolom;nilai, or, with
/// \p documents (a comparison: the name of each document, as Table::RowForm::document indexes it),
/// tabel;dokumen;baris;level;ref;kolom;nilai.
[[nodiscard]] std::string csv_text(const std::vector<Table>& tables,
                                   const std::vector<std::string>& documents = {});
/// \p tables as one HTML page, each (table id, svg) of \p charts after its table.
[[nodiscard]] std::string html_text(const std::vector<Table>& tables, const std::string& heading,
                                    const std::string& intro,
                                    const std::vector<std::pair<std::string, std::string>>& charts,
                                    const Language& lang);

/// A Markdown table cell: '|' and '\' escaped with '\', '<', '>' and '&' as HTML entities (no raw HTML
/// passes), and each line break (LF, CR or CRLF) one space (a table row is one line).
[[nodiscard]] std::string markdown_cell(std::string_view s);
/// Markdown text outside a table (a heading, a title, a note): '<' and '&' as HTML entities, and each
/// line break one space. '>' stays: it cannot open a tag, and the notes use it (">= 91").
[[nodiscard]] std::string markdown_text_line(std::string_view s);
/// Appends \p s to \p out as a CSV text field of ';'-separated records: a first character of '=',
/// '+', '-', '@', tab or carriage return (which a spreadsheet reads as a formula) gets a single quote
/// before it and the field is quoted (OWASP, "CSV Injection"); otherwise the field is quoted when it
/// holds ';', '"', LF or CR.
void append_csv_text(std::string& out, std::string_view s);
/// Appends \p s to \p out as a CSV figure field: quoted when it holds ';', '"', LF or CR, never
/// given a quote mark (its '-' or '+' is a sign).
void append_csv_figure(std::string& out, std::string_view s);

}  // namespace kinerja::detail

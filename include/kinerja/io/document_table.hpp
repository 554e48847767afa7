#pragma once
/// \file kinerja/io/document_table.hpp
/// A table as a Word document or an Excel sheet holds it: a rectangular grid of verbatim cells with
/// their merges, before anyone has decided what its columns mean. The .docx and .xlsx readers make
/// these; the table layout reading turns one into a PrintedTable for the reviu (or says why not).

#include <cstddef>
#include <string>
#include <vector>

namespace kinerja {

/// One position of a document table's grid.
struct GridCell final {
    /// The text as the document shows it (Word: the runs of each paragraph joined, paragraphs joined
    /// by '\n'; Excel: the cell's text, or a stored number's XML text). "" for an empty cell and for a
    /// position a merge covers.
    std::string text;
    /// On the top-left position of a merge: how many rows and columns it spans (1 when not merged).
    std::size_t row_span = 1;
    /// See row_span.
    std::size_t col_span = 1;
    /// True for a position inside a merge whose top-left position is another one.
    bool covered = false;
    /// The cell's text is bold (every run of it): reports print programs and totals bold.
    bool bold = false;
    /// Left indentation as the source gives it (Word: twips of the first paragraph; Excel: the
    /// indent level); 0 when none. Reports indent kegiatan under their program.
    int indent = 0;
    /// Excel only: the cell stores a number (its text is the XML's number text, '.' before the
    /// decimals, no grouping); false for text that looks like a number.
    bool stored_number = false;
    /// Excel only: the number format of a stored number ("#,##0.00", "0.00%"), "" for General.
    std::string number_format;
};

/// A table of a document, as found.
struct DocumentTable final {
    /// The file it was read from.
    std::string source;
    /// Where in the file: "table 3" (Word, counted from 1 in document order, nested tables too) or
    /// "sheet 'Lampiran' A3:G40" (Excel).
    std::string where;
    /// The paragraph printed just before the table when it reads like a caption ("Tabel 3.2 ...");
    /// for a sheet, the text of a row above the table's first row that holds only one cell. "" when
    /// none.
    std::string caption;
    /// 0 for a table of the body; 1 for a table inside a cell of another, and so on.
    int depth = 0;
    /// The grid, rectangular: every row has as many positions as the widest row (short rows are
    /// padded with empty cells).
    std::vector<std::vector<GridCell>> rows;
};

}  // namespace kinerja

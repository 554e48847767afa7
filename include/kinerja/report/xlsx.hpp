#pragma once
/// \file kinerja/report/xlsx.hpp
/// The LAKIP report as an Excel workbook (.xlsx, written by libxlsxwriter): one sheet per table of
/// report_tables, figures as numeric cells, dataset text as text. docs/report-xlsx.md says how each
/// figure is stored and shown.

#include <string>

#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// The report of \p year as the bytes of an .xlsx workbook, as write_report gives the text forms.
///
/// One sheet per table (named by the table's id, made unique and at most 31 characters without
/// []:*?/\), the title above the column headings, the headings frozen, the notes below the table.
/// A figure is a numeric cell only when its IEEE double is exactly the figure (the shortest text of
/// the double reads back as the same decimal): amounts with the format "#,##0.00", percentages as
/// points (92.32, not 0.9232) with "#,##0.00", other figures with the decimals they are shown with.
/// A figure no double holds exactly is written as its text, and a note below the table names the
/// cell; an undefined figure is the text "n/a". Text from the dataset is always a text cell, never
/// a formula, whatever its first character. Top-level rows are bold, the body's total has a rule
/// above it.
///
/// The bytes are written to a file with write_text_file or an AtomicFile (kinerja/io/text_file.hpp),
/// which take them as they are, so a failed write never leaves half a workbook. data_error when
/// libxlsxwriter cannot build the workbook (its temporary file, a text longer than the 32767
/// characters a cell holds, more rows than a sheet holds), naming the file, sheet or cell and
/// libxlsxwriter's own message.
[[nodiscard]] std::string write_report_xlsx(const Renstra& plan, int year, const Language& lang = Language());

}  // namespace kinerja

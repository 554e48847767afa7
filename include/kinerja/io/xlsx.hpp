#pragma once
/// \file kinerja/io/xlsx.hpp
/// Every table of an Excel workbook (.xlsx), as its sheets hold them: each sheet's cells split
/// into tables at fully blank rows (unless what follows continues the table), each a grid of
/// verbatim cells with their merges and the caption row above it. Numbers stored as numbers keep
/// the text the file stores, never read through a double. An .xlsx is a ZIP archive of XML; both
/// are read as hostile input, under ReadLimits
/// (docs/documents.md, "Reading an .xlsx").

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/io/document_table.hpp"
#include "kinerja/io/limits.hpp"

namespace kinerja {

/// The tables of the .xlsx file at \p path, sheet by sheet in the workbook's order, top to bottom
/// within a sheet. A table is a run of rows without a fully blank one, joined by the runs below it
/// that continue it across one to three blank rows (within its columns, with no caption, text alone
/// or header row of their own: docs/documents.md, "Tables in a sheet"), its blank rows kept as empty
/// rows; its caption is the last row above it that holds a single non-empty cell (that row is not
/// part of the grid); where is "sheet 'NAME' A3:G40", the grid's range, followed by " (3 blocks
/// joined across blank rows)" when runs were joined. Refuses with a data_error naming the file and the
/// reason or the limit (ReadLimits): a file that is not a ZIP archive, a password-protected
/// workbook (an OLE compound file, or encrypted entries), an archive without xl/workbook.xml, too
/// many entries, an entry that inflates past the size or ratio limits (a ZIP bomb), XML with a DTD,
/// nesting deeper than limits.max_depth, a cell reference outside a sheet, a number cell that holds
/// no number, overlapping merges, a table of more than limits.max_rows rows, a cell of more than
/// limits.max_cell_bytes bytes, and a sheet of more than limits.max_cells cells or tables of more
/// than limits.max_cells grid positions together.
[[nodiscard]] std::vector<DocumentTable> read_xlsx_tables(const std::filesystem::path& path,
                                                          const ReadLimits& limits = {});

/// The same from the bytes of an .xlsx held in memory; \p source names it in errors and in each
/// table's source.
[[nodiscard]] std::vector<DocumentTable> read_xlsx_tables(std::string_view bytes, const std::string& source,
                                                          const ReadLimits& limits = {});

}  // namespace kinerja

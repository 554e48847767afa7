#pragma once
/// \file kinerja/io/docx.hpp
/// Every table of a Word document (.docx), as the document holds it: the grid of verbatim cells
/// with their merges, the caption printed before it, nested tables and tables inside content
/// controls and text boxes too. A .docx is a ZIP archive of XML; both are read as hostile input,
/// under ReadLimits (docs/documents.md).

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/io/document_table.hpp"
#include "kinerja/io/limits.hpp"

namespace kinerja {

/// The tables of the .docx file at \p path, in document order (a table before the tables nested
/// in it). Refuses with a data_error naming the file and the reason or the limit (ReadLimits):
/// a file that is not a ZIP archive, a password-protected document (an OLE compound file, or
/// encrypted entries), an archive without word/document.xml, too many entries, an entry that
/// inflates past the size or ratio limits (a ZIP bomb), XML with a DTD, nesting deeper than
/// limits.max_depth, a table of more than limits.max_rows rows, a cell of more than
/// limits.max_cell_bytes bytes, and tables of more than limits.max_cells grid positions together.
[[nodiscard]] std::vector<DocumentTable> read_docx_tables(const std::filesystem::path& path,
                                                          const ReadLimits& limits = {});

/// The same from the bytes of a .docx held in memory; \p source names it in errors and in each
/// table's source.
[[nodiscard]] std::vector<DocumentTable> read_docx_tables(std::string_view bytes, const std::string& source,
                                                          const ReadLimits& limits = {});

}  // namespace kinerja

#pragma once
/// \file kinerja/io/document_report.hpp
/// A report's tables as a Word document or an Excel workbook holds them, read for the reviu: every table
/// found, the printed tables its layout gives, and each table that could not be read as one with its reason
/// (none is skipped in silence).

#include <filesystem>
#include <string>
#include <vector>

#include "kinerja/io/document_table.hpp"
#include "kinerja/io/limits.hpp"
#include "kinerja/io/table_layout.hpp"
#include "kinerja/reviu/printed_table.hpp"

namespace kinerja {

/// One table of the document, as found and as read.
struct FoundTable final {
    /// Where in the file ("table 3").
    std::string where;
    /// Its caption, "" when none.
    std::string caption;
    /// Its id among the printed tables when classified (unique: a second "Tabel 3.2" is
    /// "tabel-3-2-b"), else "".
    std::string id;
    /// Why it could not be read as a printed table; "" when classified. In English.
    std::string reason;
    /// The same reason as a catalogue id ("error.table....") and its values (TableLayout::reason_said),
    /// to be said in any language: Language::format(reason_said); its id is empty when classified.
    Message reason_said;
    /// Its columns and their roles when classified.
    std::vector<PrintedColumn> columns;
};

/// What reading a document's tables gives.
struct DocumentReport final {
    /// The file.
    std::string source;
    /// Every table in document order.
    std::vector<FoundTable> found;
    /// The classified tables, ready for the reviu (no printed figures: the text is not read).
    PrintedReport printed;
    /// What the layout reading inferred, table by table.
    std::vector<TableLayoutNote> notes;
};

/// Reads the layout of each of \p tables (read_table_layout) and gathers the result; ids made
/// unique in document order.
[[nodiscard]] DocumentReport read_document_report(const std::vector<DocumentTable>& tables,
                                                  const std::string& source,
                                                  const TableLayoutOptions& options = {});

/// Whether \p path names a document this reads (a .docx or an .xlsx, by its extension, in any case).
[[nodiscard]] bool is_document_path(const std::filesystem::path& path);

/// The tables of the .docx or .xlsx at \p path (read_docx_tables, read_xlsx_tables: each sheet's
/// tables), read as above; a data_error naming the file for what the reader refuses.
[[nodiscard]] DocumentReport load_document_report(const std::filesystem::path& path,
                                                  const ReadLimits& limits = {},
                                                  const TableLayoutOptions& options = {});

}  // namespace kinerja

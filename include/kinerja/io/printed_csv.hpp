#pragma once
/// \file kinerja/io/printed_csv.hpp
/// A printed table pasted as CSV, for the reviu.

#include <filesystem>
#include <string>
#include <string_view>

#include "kinerja/io/limits.hpp"
#include "kinerja/reviu/printed_table.hpp"

namespace kinerja {

/// Reads one printed table pasted as CSV (separated by ';', a tab or ','; fields may be quoted).
/// The header row names the columns, case- and punctuation-insensitive, Indonesian or English, in
/// the vocabulary the Word tables are read with too (docs/table-layout.md):
/// uraian|program|kegiatan|label|nama (the row label, required), anggaran|pagu (and spellings
/// such as "Pagu Anggaran", "Anggaran Setelah Perubahan"), realisasi ("Realisasi (Rp.)"), sisa
/// ("Sisa Anggaran"), %|persen|persentase|serapan, target, capaian ("Capaian (%)"), l, p, jumlah
/// (jml), ditangani, level; no, satuan and keterangan are kept unchecked and may repeat; any other kind of
/// column appears once (two spellings of one kind, such as anggaran and pagu, are one kind). Cells stay
/// verbatim. The text must be UTF-8 without NUL bytes (check_text), and the table must have at least one row
/// under its header. Limits: at most limits.max_rows records under the header (blank lines included) and
/// fields of at most limits.max_cell_bytes bytes. data_error naming \p source, the line and column and the
/// reason for anything else (a header without rows is located at the file only).
[[nodiscard]] PrintedTable read_printed_csv(std::string_view text, std::string_view source = "<csv>",
                                            const ReadLimits& limits = {});

/// Reads the CSV table in \p path; its id and title are the file's name.
[[nodiscard]] PrintedTable load_printed_csv(const std::filesystem::path& path, const ReadLimits& limits = {});

}  // namespace kinerja

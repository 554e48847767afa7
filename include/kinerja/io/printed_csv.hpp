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
/// The header row names the columns, case-insensitive, Indonesian or English:
/// uraian|program|kegiatan|label|nama (the row label, required), anggaran|pagu, realisasi, sisa,
/// %|persen|persentase|serapan, target, capaian, l, p, jumlah, ditangani, level; no and keterangan
/// are kept unchecked. Cells stay verbatim. data_error naming \p source, the line and column and
/// the reason for anything else.
[[nodiscard]] PrintedTable read_printed_csv(std::string_view text, std::string_view source = "<csv>",
                                            const ReadLimits& limits = {});

/// Reads the CSV table in \p path; its id and title are the file's name.
[[nodiscard]] PrintedTable load_printed_csv(const std::filesystem::path& path, const ReadLimits& limits = {});

}  // namespace kinerja

#pragma once
/// \file kinerja/io/lke.hpp
/// LKE SAKIP worksheets read from CSV, JSON (`kinerja-lke/1`) and .xlsx, saved as JSON, and the
/// score table written as Markdown, HTML or CSV (docs/lke.md).

#include <filesystem>
#include <string>
#include <string_view>

#include "kinerja/io/limits.hpp"
#include "kinerja/reviu/lke.hpp"

namespace kinerja {

/// A worksheet from CSV text: a header row naming the columns `komponen`, `sub_komponen`, `no`,
/// `kriteria` and `skala` (required) and `jawaban`, `bukti`, `data`, `batas` (optional), then a row
/// per criterion. The separator is sniffed (';', tab or ','). A scale is a name ("Y/T", "A-E") or
/// written out ("Ada=1; Sebagian=0,5; Tidak ada=0"); `batas` lists what the answer may not exceed,
/// separated by ';': a criterion's number or `rata(komponen.sub_komponen)`. Blank rows are skipped;
/// an unknown column, a missing required one, or any value that cannot be read is a data_error
/// naming \p source, the line and column, the value and why. \p body and \p year name what is
/// evaluated (a CSV worksheet holds only criteria).
[[nodiscard]] LkeWorksheet parse_lke_csv(std::string_view text, const std::string& source = {},
                                         const std::string& body = {}, int year = 0,
                                         const ReadLimits& limits = {});

/// A worksheet from `kinerja-lke/1` JSON text (docs/lke.md); data_error naming \p source and the
/// JSON path.
[[nodiscard]] LkeWorksheet parse_lke_json(std::string_view text, const std::string& source = {},
                                          const ReadLimits& limits = {});

/// A worksheet from the bytes of an .xlsx: the first table of the workbook with a row (among its
/// first ten) that names the CSV columns, read from that row on as parse_lke_csv reads its rows
/// (title rows above it are not criteria); errors name the sheet and the row or cell.
[[nodiscard]] LkeWorksheet parse_lke_xlsx(std::string_view bytes, const std::string& source = {},
                                          const std::string& body = {}, int year = 0,
                                          const ReadLimits& limits = {});

/// The worksheet in the file at \p path, by its extension (.csv, .json, .xlsx; data_error for any
/// other). \p body and \p year name what is evaluated: a CSV or an .xlsx does not hold them; a JSON
/// worksheet's own are replaced when they are given (non-empty, non-zero).
[[nodiscard]] LkeWorksheet read_lke(const std::filesystem::path& path, const std::string& body = {},
                                    int year = 0, const ReadLimits& limits = {});

/// The worksheet as `kinerja-lke/1` JSON; parse_lke_json reads it back equal.
[[nodiscard]] std::string write_lke_json(const LkeWorksheet& sheet);

/// The score table of \p result: the four components, each with its three sub-components, their
/// weights and scores (two decimals in \p lang's number convention; "n/a" while unanswered), the
/// total and the predikat; with \p previous (last year's result), its scores side by side and the
/// change. Then the findings (their messages as evaluate_lke wrote them). Title, headings and notes
/// are in \p lang; ids, rule ids and predikat letters are the same in every language. \p format is
/// "md", "html" (a self-contained page) or "csv"; value_error otherwise.
[[nodiscard]] std::string format_lke(const LkeResult& result, const LkeResult* previous = nullptr,
                                     std::string_view format = "md", const Language& lang = Language());

}  // namespace kinerja

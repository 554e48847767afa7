#pragma once
/// \file kinerja/io/ledger_csv.hpp
/// The ledger CSV: a budget system's export of sub kegiatan lines (docs/ledger-csv.md).

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "kinerja/io/limits.hpp"
#include "kinerja/ledger/store.hpp"

namespace kinerja {

/// The exact header of the ledger CSV format.
inline constexpr std::string_view ledger_csv_header =
    "tahun;kode_pemda;kode_skpd;nama_skpd;kode_sub_kegiatan;nama_sub_kegiatan;anggaran;realisasi";

/// Reads a budget-system export of sub kegiatan lines (\p source names it in errors).
///
/// The format, strictly:
/// - UTF-8 (a leading byte-order mark is skipped); lines end in LF or CRLF; the last line break
///   is optional; no empty lines.
/// - Fields separated by ';' (Indonesian spreadsheets use ';' because ',' is the decimal comma).
///   The first line is exactly ledger_csv_header; every other line has its 8 fields:
///   - tahun: the year, four digits, e.g. 2024;
///   - kode_pemda: region code, "35" or "35.08";
///   - kode_skpd: body code (see is_body_code);
///   - nama_skpd: the body's name, the same on every line of the body;
///   - kode_sub_kegiatan: "U.BB.PP.K.KK.SSSS" (see is_sub_kegiatan_code);
///   - nama_sub_kegiatan: its name, the same on every line with the code;
///   - anggaran, realisasi: amounts, below.
/// - Names may be double-quoted, with "" for a quote inside; a quoted name may hold ';' but not a
///   line break. Other fields are never quoted.
/// - Amounts are Indonesian: an optional '-', the Rupiah either as plain digits or grouped by '.'
///   in groups of exactly 3 (the first of 1-3 digits, not starting with 0), then optionally ','
///   and 1 or 2 decimals: "1.239.289.000", "1239289000,5", "-75.000,25". Nothing else: no "Rp",
///   no spaces, no empty amount. Every accepted amount reads exactly as parse_rupiah reads it.
///
/// - A header alone is an empty ledger (what write_ledger_csv writes for one), not an error.
///
/// The text must be UTF-8 without NUL bytes (check_text: refused with line:column and byte
/// offset). Limits: at most limits.max_rows lines under the header, fields of at most
/// limits.max_cell_bytes bytes; each refused where it is passed, naming how to raise it.
///
/// Errors name the source, the 1-based line and column and why: a bad amount is a parse_error
/// ("kegiatan.csv:3:69: cannot read '848.146..988,00' at offset 8: empty digit group"), any other
/// fault a data_error with path "line:column", and an amount beyond int64 sen an overflow_error
/// with the same location.
Ledger read_ledger_csv(std::string_view text, const std::string& source = "<string>",
                       const ReadLimits& limits = {});
/// The sen of one ledger CSV amount (the strict format above, e.g. "-1.239.289.000,5"): parse_error
/// naming \p text, the offset and why (with \p source, e.g. "file.csv:3:69"), overflow_error beyond
/// int64 sen. What it accepts, parse_rupiah reads to the same value.
std::int64_t parse_ledger_amount(std::string_view text, const std::string& source = {});
/// Reads the CSV file at \p path (see read_ledger_csv); a regular file is mapped, not copied.
/// data_error naming the path for a directory, a file larger than limits.max_bytes, or one that
/// cannot be read.
Ledger load_ledger_csv(const std::filesystem::path& path, const ReadLimits& limits = {});
/// The ledger as CSV text in the format read_ledger_csv reads: amounts always with 2 decimals
/// ("5.000.000,00"), names quoted only when they hold ';' or '"'.
std::string write_ledger_csv(const Ledger& ledger);
/// Writes the ledger's CSV to \p path; data_error when the file cannot be written.
void save_ledger_csv(const Ledger& ledger, const std::filesystem::path& path);

}  // namespace kinerja

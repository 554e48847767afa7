#pragma once
/// \file kinerja/io/ledger_columns.hpp
/// Ledger lines from columns another owner keeps, in Arrow's memory layout (an Arrow table, numpy
/// arrays, a database's result buffers): read in place, without a copy of the columns and without
/// an object per line. docs/ledger-columns.md shows the Python side (Ledger.from_arrow).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/ledger/store.hpp"

namespace kinerja {

/// The element type of an integer column.
enum class IntegerType { int8, int16, int32, int64, uint8, uint16, uint32, uint64 };

/// \p size integers of \p type in native byte order at \p data, which the caller keeps alive.
struct IntegerColumn final {
    /// The first value.
    const void* data = nullptr;
    /// Each value's type.
    IntegerType type = IntegerType::int64;
    /// Number of values.
    std::size_t size = 0;
};

/// \p size texts in Arrow's string layout: text i is bytes[offsets[i], offsets[i + 1]). offsets
/// holds size + 1 entries, int32 (Arrow `string`) or int64 (`large_string`); they need not start at
/// 0 (a slice of a larger array). The reader checks every offset against bytes_size before use.
struct TextColumn final {
    /// The size + 1 offsets.
    const void* offsets = nullptr;
    /// True when the offsets are int64 (Arrow `large_string`), false for int32 (`string`).
    bool large = false;
    /// The UTF-8 bytes the offsets point into.
    const char* bytes = nullptr;
    /// Number of bytes at \p bytes.
    std::size_t bytes_size = 0;
    /// Number of texts.
    std::size_t size = 0;
};

/// A column of codes or names: a text per line, or Arrow's dictionary layout, where line i's text is
/// dictionary[indices[i]] (each distinct code stored once, as `pandas.Categorical` and Parquet
/// dictionary pages keep them).
struct CodeColumn final {
    /// The texts: one per line, or the dictionary when \p indices is set.
    TextColumn text;
    /// Each line's index into text (a dictionary column), or empty (one text per line).
    std::optional<IntegerColumn> indices;

    /// Number of lines.
    [[nodiscard]] std::size_t size() const noexcept { return indices ? indices->size : text.size; }
};

/// How an amount column holds its amounts.
enum class AmountType {
    /// int64 sen.
    int64_sen,
    /// Arrow decimal128: 16-byte little-endian two's complement integers counting 10^-scale Rupiah.
    decimal128,
};

/// \p size amounts at \p data, which the caller keeps alive.
struct AmountColumn final {
    /// The first amount.
    const void* data = nullptr;
    /// int64 sen or decimal128.
    AmountType type = AmountType::int64_sen;
    /// For decimal128: digits after the decimal point, 0 to 2 (sen are the smallest unit; an amount
    /// column with more decimals is refused rather than rounded).
    int scale = 2;
    /// Number of amounts.
    std::size_t size = 0;
};

/// The names errors give the columns of LedgerColumns: by default the fields' own names, which are
/// also the default column names of Ledger.from_arrow in Python; a caller whose columns are named
/// otherwise (kode_pemda, ...) sets them, so an error names the column the user knows.
struct LedgerColumnNames final {
    /// The years column.
    std::string year = "year";
    /// The region codes column.
    std::string region = "region";
    /// The body codes column.
    std::string body = "body";
    /// The sub kegiatan codes column.
    std::string sub_kegiatan = "sub_kegiatan";
    /// The anggaran column.
    std::string anggaran = "anggaran";
    /// The realisasi column.
    std::string realisasi = "realisasi";
    /// The body names column.
    std::string body_name = "body_name";
    /// The sub kegiatan names column.
    std::string sub_kegiatan_name = "sub_kegiatan_name";
};

/// One batch of ledger lines in columns (an Arrow record batch): every column has the same number
/// of lines. The name columns are optional, as nama_skpd and nama_sub_kegiatan are in the CSV.
struct LedgerColumns final {
    /// Each line's year, 1000 to 9999.
    IntegerColumn years;
    /// Each line's region code (kode_pemda).
    CodeColumn regions;
    /// Each line's body code (kode_skpd), within its region.
    CodeColumn bodies;
    /// Each line's sub kegiatan code.
    CodeColumn sub_kegiatan;
    /// Each line's anggaran.
    AmountColumn anggaran;
    /// Each line's realisasi.
    AmountColumn realisasi;
    /// Each line's body name, or none.
    std::optional<CodeColumn> body_names;
    /// Each line's sub kegiatan name, or none.
    std::optional<CodeColumn> sub_kegiatan_names;
    /// The columns' names in errors.
    LedgerColumnNames names;
};

/// A ledger of every line of \p batches, in order, read in place.
///
/// Checks what the ledger CSV reader checks (codes, one name per code, years 1000-9999, amounts that
/// fit int64 sen) and what a hostile buffer could hold: columns of unequal length, offsets out of
/// order or past the bytes, a dictionary index outside the dictionary, text that is not UTF-8 or
/// holds a NUL, a decimal128 scale other than 0-2. Each error names \p source and the cell as
/// column[row] (row counted over all batches, from 0) with the reason: data_error, or
/// overflow_error for an amount that does not fit; nothing is skipped or repaired. A dictionary's
/// unused entries add nothing to the ledger.
[[nodiscard]] Ledger ledger_from_columns(const std::vector<LedgerColumns>& batches,
                                         std::string_view source = "<columns>");

}  // namespace kinerja

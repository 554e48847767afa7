#pragma once
// The header vocabulary of printed tables: what a column header such as "Realisasi (Rp.)" or
// "Pagu Anggaran" means. One list, read by the CSV reader (src/io/printed_csv.cpp) and by the table
// layout reading of Word and Excel tables (src/io/table_layout.cpp), so that a header one of them
// understands the other understands too.

#include <optional>
#include <string>
#include <string_view>

#include "kinerja/reviu/printed_table.hpp"

namespace kinerja::detail {

// What a header names.
enum class HeaderKind {
    label,  // the row label (uraian, program, indikator kinerja...)
    level,  // the row's level (the CSV reader's own column)
    role,   // a column of a ColumnRole (other included: no, satuan, keterangan)
    unit,   // only a unit or a year ("Rp", "(Rp.)", "2018"): the header above it says what it is
};

// The meaning of one header text.
struct HeaderMeaning {
    HeaderKind kind = HeaderKind::role;
    ColumnRole role = ColumnRole::other;
    // For a label: how surely it names the row label when a table has several label-like columns:
    // 3 an indicator, 2 a program, kegiatan or uraian, 1 a sasaran or a kind of thing (jenis, golongan).
    int rank = 0;
    // A percentage whose meaning depends on the table ("%", "persen", "persentase"): serapan in a
    // budget table, capaian in an indicator table, a share of the jumlah in a table of counts.
    bool contextual = false;
    // The numbering column (no, nomor): its cells give rows their numbering.
    bool numbering = false;
    // A kind of "other" the vocabulary knows (satuan, keterangan): kept without a note.
    bool known = true;
};

// What one header text says.
struct HeaderReading {
    // Empty when the vocabulary does not know the text.
    std::optional<HeaderMeaning> meaning;
    // The year it names ("Realisasi 2019", "Target Tahun 2018"), when it names one.
    std::optional<int> year;
    // It carries the unit % beside a word ("Realisasi (%)").
    bool percent = false;
    // The text as compared: lower-case, punctuation but % replaced by blanks, single blanks.
    std::string key;
};

// The text lower-cased (ASCII), every character but letters, digits and % replaced by a blank, runs
// of blanks made one, no blank at either end: "Realisasi\n(Rp.)" -> "realisasi rp".
std::string header_key(std::string_view text);

// What the header text means: its key looked up as it is, then without its units ("rp", "rupiah",
// a "%" beside words) and its year ("2019", "tahun 2019", "ta 2019").
HeaderReading read_header(std::string_view text);

// The names the CSV reader's message lists when a header is unknown.
inline constexpr std::string_view csv_header_names =
    "uraian|program|kegiatan|label|nama, anggaran|pagu, realisasi, sisa, %|persen|persentase|serapan, "
    "target, "
    "capaian, l, p, jumlah, ditangani, baik|kurang baik|rusak|rusak ringan|rusak berat|kondisi b|kb|rr|rb, "
    "level, no, keterangan";

}  // namespace kinerja::detail

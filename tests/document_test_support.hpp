#pragma once
// What the .docx and .xlsx reader tests share: a grid row's texts, and the check that a reader
// refuses bytes with a data_error naming the source, the part and the reason; and what the layout and
// join tests share: grids built by hand, the seed's Tabel 3.1 and 3.2 among them.

#include <gtest/gtest.h>

#include <kinerja/core/error.hpp>
#include <kinerja/io/document_table.hpp>
#include <kinerja/io/limits.hpp>
#include <kinerja/plan/language.hpp>
#include <string>
#include <vector>

namespace kinerja::testing {

/// The texts of grid row \p row, "<covered>" for a position a merge covers.
inline std::vector<std::string> texts(const DocumentTable& t, std::size_t row) {
    std::vector<std::string> out;
    for (const GridCell& c : t.rows.at(row)) out.push_back(c.covered ? "<covered>" : c.text);
    return out;
}

/// Expects \p read(bytes, source, limits) to refuse with a data_error of \p source whose path is
/// \p path and whose reason contains \p reason.
template <class Read>
void expect_read_error(Read&& read, const std::string& bytes, const std::string& source,
                       const std::string& path, const std::string& reason, const ReadLimits& limits) {
    try {
        (void)read(bytes, source, limits);
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.source(), source) << e.what();
        EXPECT_EQ(e.path(), path) << e.what();
        EXPECT_NE(e.reason().find(reason), std::string::npos) << e.what();
        // Every refusal is in the catalogue, whose English is the reason as written.
        EXPECT_FALSE(e.message().id.empty()) << e.what();
        EXPECT_EQ(english(e.message()), e.reason()) << e.message().id;
    }
}

// A DocumentTable built row by row; merges set afterwards.
struct Doc {
    DocumentTable t;

    Doc(std::string caption, std::string where) {
        t.source = "lakip.docx";
        t.where = std::move(where);
        t.caption = std::move(caption);
    }
    Doc& row(const std::vector<std::string>& texts) {
        std::vector<GridCell> cells;
        for (const auto& s : texts) {
            GridCell g;
            g.text = s;
            cells.push_back(std::move(g));
        }
        t.rows.push_back(std::move(cells));
        return *this;
    }
    Doc& rows(const std::vector<std::vector<std::string>>& texts) {
        for (const auto& r : texts) row(r);
        return *this;
    }
    // Rows and columns counted from 0, as the grid holds them.
    Doc& merge(std::size_t r, std::size_t c, std::size_t row_span, std::size_t col_span) {
        t.rows[r][c].row_span = row_span;
        t.rows[r][c].col_span = col_span;
        for (std::size_t rr = r; rr < r + row_span; ++rr)
            for (std::size_t cc = c; cc < c + col_span; ++cc)
                if (rr != r || cc != c) {
                    EXPECT_EQ(t.rows[rr][cc].text, "") << "a covered position holds text";
                    t.rows[rr][cc].covered = true;
                }
        return *this;
    }
    Doc& bold(std::size_t r, std::size_t c) {
        t.rows[r][c].bold = true;
        return *this;
    }
    Doc& indent(std::size_t r, std::size_t c, int twips) {
        t.rows[r][c].indent = twips;
        return *this;
    }
};

// The seed's Tabel 3.2: "No." and "Program / Kegiatan" merged down over two header rows, "Alokasi
// biaya" merged over four columns; belanja by class (I., II.), programs numbered 1. to 6 in capitals,
// kegiatan unnumbered under them; blank spacer rows; J U M L A H at the end.

inline Doc tabel_3_2() {
    Doc d(
        "Tabel  3.2\nAnggaran dan Realisasi Belanja Tidak Langsung dan Belanja Langsung\nDinas Sosial "
        "Kabupaten Lumajang  Tahun 2019",
        "table 14");
    d.row({"No.", "Program\n\nKegiatan", "Alokasi biaya", "", "", ""});
    d.row({"", "", "Anggaran\n(Rp.)", "Realisasi\n(Rp.)", "Sisa\n(Rp.)", "(%)"});
    d.merge(0, 0, 2, 1).merge(0, 1, 2, 1).merge(0, 2, 1, 4);
    const std::vector<std::vector<std::string>> body = {
        {"I.", "BELANJA TIDAK LANGSUNG", "2.098.618.011,00", "1.962.774.917,00", "135.843.094,00", "93,53"},
        {"", "BELANJA PEGAWAI", "2.098.618.011,00", "1.962.774.917,00", "135.843.094,00", "93,53"},
        {"II.", "BELANJA LANGSUNG", "5.445.859.500,-", "4.459.360.478,-", "409.321.984,64", "92,32"},
        {"1.", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "848.146.988", "828.507.537,00", "19.639.451,00",
         "97,68"},
        {"", "Pelayanan Administrasi Dan Operasional Perkantoran", "848.146.988", "828.507.537,00",
         "19.639.451,00", "97,68"},
        {"2", "PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR", "795.556.000,00", "676.626.016,36",
         "118.929.983,64", "85,05"},
        {"", "Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur", "627.916.000,",
         "527.144.215", "100.771.784,64", "83,95"},
        {"", "Pemeliharaan Rutin/Berkala Sarana dan Prasarana Aparatur", "167.640.000,00", "149.481.801",
         "18.158.199,00", "89,17"},
        {"3", "PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN",
         "4.610.000,00", "4.600.000,00", "10.000,00", "99,78"},
        {"", "Penyusunan Laporan Capaian Kinerja Dan Ihktisar Realisasi Kinerja SKPD/LAKIP", "1.200.000",
         "1.200.000", "0,00", "100,00"},
        {"", "Penyusunann  Laporan Keuangan Semesteran Dan Pronogsis Realisasi Anggaran", "480.000",
         "480.000", "0,00", "100,00"},
        {"", "Penyusunann  Pelaporan Keuangan Akhir Tahun", "2.930.000", "2.930.000", "0,00", "100,00"},
        {"4", "PROGRAM PENANGANAN DAN PEMBERDAYAAN SOSIAL", "1.441.514.000", "1.340.059.000,00",
         "101.455.000,00", "92,96"},
        {"", "Penanganan dan pemberdayaan fakir  miskin", "676.268.000", "633.656.000", "42.612.000,00",
         "93,70"},
        {"", "Pemberdayaan kelembagaan sosial", "523.158.000", "506.651.000", "16.507.000,00", ""},
        {"5", "PROGRAM PELAYANAN DAN REHABILITASI SOSIAL", "999.597.500", "988.666.750", "10.930.750,00",
         "98,91"},
        {"", "Pelayanan dan rehabilitasi sosial anak dan lansia", "523.442.000", "521. 909.250",
         "135.843.094,00", "99,71"},
        {"", "Pelayanan dan rehabilitasi tuna sosial", "141.836.500", "140.318.500", "135.843.094,00",
         "98,93"},
        {"", "Pelayanan dan Rehabilitasi Sosial Penyandang Disabilitas", "334.319.000", "326.439.000", "",
         "97,64"},
        {"6", "PROGRAM PENYELENGGARAAN PERLINDUNGAN DAN JAIMINAN SOSIAL", "1.239.289.000", "1.080.932.200",
         "158.356.800,00", "87,22"},
        {"", "Fasilitasi dan Koordinasi Perlindungan Sosial Korban Bencana Alam", "84.826.000", "56.030.000",
         "28.796.000,00", "66,05"},
        {"", "Fasilitasi dan Koordinasi Perlindungan Sosial dan Orang Terlantar", "68.818.000", "58.388.600",
         "10.429.400,00", "84,84"},
        {"", "Fasilitasi dan Koordinasi Jaminan Sosial", "1085.645.000", "966.513.600", "119.131.400,00",
         "89,03"},
        {"", "J U M L A H", "7.140.440.452,00", "6.882.166.420,36", "", "92,66"},
    };
    for (std::size_t k = 0; k < body.size(); ++k) {
        std::vector<std::string> r = body[k];
        if (k == 0) r[2] = "\n" + r[2] + "\n";  // Word paragraphs around the figure, as the seed has them
        if (k == 1) r[1] = "\n" + r[1];
        d.row(r);
        const std::size_t at = d.t.rows.size() - 1;
        if (!r[0].empty() || r[1] == "J U M L A H") d.bold(at, 1);  // classes, programs and the total
        if (k == 1 || k == 22) d.row({"", "", "", "", "", ""});     // spacer rows
    }
    return d;
}

// The seed's Tabel 3.1: one header row, the column numbers "1 2 3" under it, spacer rows, programs
// in capitals over their kegiatan (nothing numbered), RATA - RATA merged over No. and the label.
inline Doc tabel_3_1() {
    Doc d("Tabel  3.1\nCapaian Kinerja Program dan Kegiatan \nDinas Sosial  Tahun 2018", "table 13");
    d.row({"No.", "PROGRAM / KEGIATAN", "%"});
    d.row({"", "", ""});
    d.row({"1", "2", "3"});
    d.row({"", "", ""});
    const std::vector<std::vector<std::string>> body = {
        {"", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "97,68"},
        {"", "Pelayanan Administrasi Dan Operasional Perkantoran", "97,68"},
        {"", "PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR", "85,05"},
        {"", "Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur", "83,95"},
        {"", "Pemeliharaan Rutin/Berkala Sarana dan Prasarana Aparatur", "89,17"},
        {"", "PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN", "99,78"},
        {"", "Penyusunan Laporan Capaian Kinerja Dan Ihktisar Realisasi Kinerja SKPD/LAKIP", ""},
        {"", "Penyusunann  Laporan Keuangan Semesteran Dan Pronogsis Realisasi Anggaran", "100"},
        {"", "Penyusunann  Pelaporan Keuangan Akhir Tahun", "100"},
        {"", "PROGRAM PENANGANAN DAN PEMBERDAYAAN SOSIAL", "92,96"},
        {"", "Penanganan dan pemberdayaan fakir  miskin", "93,70"},
        {"", "Pemberdayaan kelembagaan sosial", "96,84"},
        {"", "Peningkatan nilai kepahlawanan, keperintisan dan kesetiakawanan sosial", "82,51"},
        {"", "PROGRAM PELAYANAN DAN REHABILITASI SOSIAL", "98,93"},
        {"", "Pelayanan dan rehabilitasi sosial anak dan lansia", "99,71"},
        {"", "Pelayanan dan rehabilitasi tuna sosial", "98,93"},
        {"", "Pelayanan dan Rehabilitasi Sosial Penyandang Disabilitas", "97,64"},
        {"", "PROGRAM PENYELENGGARAAN PERLINDUNGAN DAN JAIMINAN SOSIAL", "87,22"},
        {"", "Fasilitasi dan Koordinasi Perlindungan Sosial Korban Bencana Alam", "66,05"},
        {"", "Fasilitasi dan Koordinasi Perlindungan Sosial dan Orang Terlantar", "84,84"},
        {"", "Fasilitasi dan Koordinasi Jaminan Sosial", "89,03"},
        {"", "RATA – RATA", "92,66"},
    };
    for (const auto& r : body) {
        if (r[1] == "RATA – RATA") {
            d.row({"RATA – RATA", "", r[2]}).merge(d.t.rows.size() - 1, 0, 1, 2);
            continue;
        }
        d.row(r);
        if (r[1].rfind("PROGRAM", 0) == 0) d.row({"", "", ""});
    }
    return d;
}

}  // namespace kinerja::testing

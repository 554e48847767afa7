// The layout of document tables: hand-built DocumentTables shaped like the tables of real reports
// (the seed's Tabel 3.1 and 3.2, a Bab III program table, an indicator table, a PMKS recap), read into
// PrintedTables written out by hand, and the reviu's findings on both.

#include <gtest/gtest.h>

#include <algorithm>
#include <kinerja/io.hpp>
#include <kinerja/plan/language.hpp>
#include <kinerja/reviu.hpp>
#include <random>
#include <string>
#include <vector>

#include "document_test_support.hpp"
#include "io/detail/column_vocabulary.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::Doc;
using kinerja::testing::tabel_3_1;
using kinerja::testing::tabel_3_2;

std::string show(const Finding& f) {
    return f.rule + "|" + std::string(to_string(f.severity)) + "|" + f.table + "|" + f.row + "|" + f.column +
           "|" + f.printed + "|" + f.expected + "|" + f.message;
}
std::vector<std::string> shown(const std::vector<Finding>& fs) {
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(show(f));
    return out;
}

bool has_note(const TableLayout& l, std::size_t row, std::size_t column, const std::string& part) {
    // Every note is the catalogue's: its English is the message as written.
    for (const TableLayoutNote& n : l.notes) EXPECT_EQ(english(n.said), n.message) << n.said.id;
    return std::any_of(l.notes.begin(), l.notes.end(), [&](const TableLayoutNote& n) {
        return n.row == row && n.column == column && n.message.find(part) != std::string::npos &&
               n.source == "lakip.docx";
    });
}

std::string all_notes(const TableLayout& l) {
    std::string out;
    for (const auto& n : l.notes) out += n.to_string() + "\n";
    return out;
}

PrintedTable from_dataset(const std::string& id) {
    const Document doc = load_document(std::string(KINERJA_EXAMPLES_DIR) + "/lakip-2019.json");
    for (const PrintedTable& t : doc.printed.tables)
        if (t.id == id) return t;
    ADD_FAILURE() << "no table " << id;
    return {};
}

PrintedColumn col(std::string name, ColumnRole role, ColumnRole of = ColumnRole::other) {
    return PrintedColumn{std::move(name), role, of};
}
PrintedRow row(std::string label, int level, std::vector<std::string> cells) {
    return PrintedRow{std::move(label), level, "", std::move(cells)};
}

// ---------------------------------------------------------------------------------------------------
// The seed's Tabel 3.2 (tabel_3_2, tests/document_test_support.hpp).

TEST(TableLayout, Tabel32TwoHeaderRowsMergedProgramsAndKegiatan) {
    const TableLayout l = read_table_layout(tabel_3_2().t);
    ASSERT_TRUE(l.classified()) << l.reason;
    const PrintedTable& t = *l.table;

    // Expected by hand: the dataset's transcription of the same table (examples/data), with the No.
    // column the transcription left out and without its refs.
    PrintedTable expected = from_dataset("tabel-3-2");
    expected.where = "table 14";
    expected.columns.insert(expected.columns.begin(), col("No.", ColumnRole::other));
    const std::vector<std::string> numbers = {"I.", "", "II.", "1.", "", "2", "", "",  "3", "", "", "",
                                              "4",  "", "",    "5",  "", "",  "", "6", "",  "", "", ""};
    ASSERT_EQ(expected.rows.size(), numbers.size());
    for (std::size_t k = 0; k < numbers.size(); ++k) {
        expected.rows[k].ref.clear();
        expected.rows[k].cells.insert(expected.rows[k].cells.begin(), numbers[k]);
    }
    EXPECT_EQ(t.id, "tabel-3-2");
    EXPECT_EQ(t.title,
              "Tabel 3.2 Anggaran dan Realisasi Belanja Tidak Langsung dan Belanja Langsung Dinas Sosial "
              "Kabupaten Lumajang Tahun 2019");
    EXPECT_EQ(t.year, 2019);
    EXPECT_EQ(t.columns, expected.columns);
    ASSERT_EQ(t.rows.size(), expected.rows.size());
    for (std::size_t k = 0; k < t.rows.size(); ++k) EXPECT_EQ(t.rows[k], expected.rows[k]) << "row " << k;
    EXPECT_EQ(t, expected);

    // The classification lost nothing: the reviu finds in the report with this table what it finds with
    // the transcription (docs/reviu.md works the table through: BELANJA LANGSUNG's anggaran and
    // realisasi, J U M L A H's anggaran). The refs, which join rows to the plan, are not the layout's to
    // infer: they are copied. (check with the plan rather than check_table alone: the plan's figures
    // settle the search for the wrong figures at once, where the table alone takes a minute in a
    // sanitizer build.)
    Document doc = load_document(std::string(KINERJA_EXAMPLES_DIR) + "/lakip-2019.json");
    const std::vector<std::string> want = shown(check(doc.plan, doc.printed));
    PrintedTable mine = t;
    for (PrintedTable& printed : doc.printed.tables) {
        if (printed.id != "tabel-3-2") continue;
        for (std::size_t k = 0; k < mine.rows.size(); ++k) mine.rows[k].ref = printed.rows[k].ref;
        printed = mine;
    }
    const std::vector<std::string> found = shown(check(doc.plan, doc.printed));
    EXPECT_EQ(found, want);
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const std::string& f) {
        return f.rfind(
                   "total.sum|error|tabel-3-2|BELANJA LANGSUNG|anggaran|5.445.859.500,-|5.328.713.488,00|",
                   0) == 0;
    }));

    // What was inferred is said, located in the grid (rows and columns from 1).
    EXPECT_TRUE(has_note(l, 1, 0, "the header runs over 2 rows")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 2, 6, "'(%)' is serapan (persen): the table has an anggaran column"))
        << all_notes(l);
    EXPECT_TRUE(has_note(l, 3, 0, "level 1: rows numbered like 'I.', in capitals, bold")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 4, 0, "level 2: rows unnumbered, in capitals")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 7, 0, "level 2: rows numbered like '1.', prefixed PROGRAM, bold"))
        << all_notes(l);
    EXPECT_TRUE(has_note(l, 8, 0, "level 3: rows unnumbered")) << all_notes(l);
    EXPECT_TRUE(
        has_note(l, 28, 0, "'J U M L A H' is a total of the level-1 rows above it (it ends the table)"))
        << all_notes(l);
    EXPECT_TRUE(
        std::is_sorted(l.notes.begin(), l.notes.end(),
                       [](const TableLayoutNote& a, const TableLayoutNote& b) { return a.row < b.row; }));
    const std::string first = l.notes.front().to_string();
    EXPECT_EQ(first, "lakip.docx, table 14, row 1: the header runs over 2 rows (rows 1 to 2)");
}

// ---------------------------------------------------------------------------------------------------
// The seed's Tabel 3.1: one header row, the column numbers "1 2 3" under it, spacer rows, programs
// in capitals over their kegiatan (nothing numbered), RATA - RATA merged over No. and the label.

TEST(TableLayout, Tabel31ColumnNumbersCapitalsAndAMeanRow) {
    const Doc d = tabel_3_1();
    const TableLayout l = read_table_layout(d.t, TableLayoutOptions{2019});
    ASSERT_TRUE(l.classified()) << l.reason;

    PrintedTable expected = from_dataset("tabel-3-1");
    expected.where = "table 13";
    expected.columns = {col("No.", ColumnRole::other), col("%", ColumnRole::capaian)};
    for (PrintedRow& r : expected.rows) {
        r.ref.clear();
        r.cells.insert(r.cells.begin(), "");
    }
    EXPECT_EQ(*l.table, expected);
    EXPECT_TRUE(has_note(l, 3, 0, "the column numbers: not data, left out")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 0, 0, "the caption names 2018; the table is taken as of the report's 2019"))
        << all_notes(l);
    EXPECT_TRUE(has_note(l, 1, 3, "'%' is capaian: the caption names capaian")) << all_notes(l);

    // The same findings as the transcription, the caption's 2018 among them (title.year).
    const std::vector<std::string> want = shown(check_table(from_dataset("tabel-3-1")));
    EXPECT_EQ(shown(check_table(*l.table)), want);
    EXPECT_TRUE(std::any_of(want.begin(), want.end(),
                            [](const std::string& f) { return f.rfind("title.year", 0) == 0; }));
    EXPECT_TRUE(std::any_of(want.begin(), want.end(),
                            [](const std::string& f) { return f.rfind("label.mean", 0) == 0; }));
}

// ---------------------------------------------------------------------------------------------------
// A Bab III program table: one header row, kegiatan numbered 1., 2 (one kind: no levels), JUMLAH with
// no number; a caption without "Tabel" or a year.

TEST(TableLayout, BabIIIProgramTableIsFlat) {
    Doc d("3) Program Peningkatan pengembangan  system pelaporan capaian kinerja dan keuangan", "table 16");
    d.row({"No", "Kegiatan", "Anggaran Setelah Perubahan", "Realisasi", "%", "Keterangan"});
    const std::vector<std::vector<std::string>> body = {
        {"", "Penyusunan laporan capaian kinerja dan iktisar realisasi kinerja SKPD/LAKIP", "1.200.000,00",
         "1.200.000,00", "100", ""},
        {"", "Penyusunan laporan keuangan semesteran dan prognosis realisasi anggaran", "480.000,00",
         "480.000,00", "100", ""},
        {"", "Penyusunan laporan keuangan akhir tahun", "2.930.000,00", "2.920.000,00", "99,66", ""},
        {"", "JUMLAH", "4.610.000,00", "4.600.000,00", "99,78", ""},
    };
    const std::vector<std::string> numbers = {"1.", "2", "3", ""};
    for (std::size_t k = 0; k < body.size(); ++k) {
        auto r = body[k];
        r[0] = numbers[k];
        d.row(r);
    }
    const TableLayout l = read_table_layout(d.t, TableLayoutOptions{2019});
    ASSERT_TRUE(l.classified()) << l.reason;

    PrintedTable expected;
    expected.id = "table-16";
    expected.title = "3) Program Peningkatan pengembangan system pelaporan capaian kinerja dan keuangan";
    expected.year = 2019;
    expected.where = "table 16";
    expected.columns = {col("No", ColumnRole::other), col("Anggaran Setelah Perubahan", ColumnRole::anggaran),
                        col("Realisasi", ColumnRole::realisasi), col("%", ColumnRole::persen),
                        col("Keterangan", ColumnRole::other)};
    expected.rows = {
        row("Penyusunan laporan capaian kinerja dan iktisar realisasi kinerja SKPD/LAKIP", 0,
            {"1.", "1.200.000,00", "1.200.000,00", "100", ""}),
        row("Penyusunan laporan keuangan semesteran dan prognosis realisasi anggaran", 0,
            {"2", "480.000,00", "480.000,00", "100", ""}),
        row("Penyusunan laporan keuangan akhir tahun", 0, {"3", "2.930.000,00", "2.920.000,00", "99,66", ""}),
        row("JUMLAH", 0, {"", "4.610.000,00", "4.600.000,00", "99,78", ""}),
    };
    EXPECT_EQ(*l.table, expected);
    EXPECT_TRUE(has_note(l, 0, 0, "the year 2019 is the report's: the caption names none")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 0, 0, "the rows are of one kind: no levels")) << all_notes(l);

    PrintedTable transcribed = from_dataset("bab3-program-3");
    transcribed.id = "table-16";
    transcribed.title = expected.title;
    EXPECT_EQ(shown(check_table(*l.table)), shown(check_table(transcribed)));
}

// ---------------------------------------------------------------------------------------------------
// An indicator table: Sasaran merged down over its two indicators, Target | Realisasi | Capaian (%).

TEST(TableLayout, IndicatorTableLabelIsTheIndicator) {
    Doc d("Tabel 2.1 Pengukuran Pencapaian Sasaran TA 2019", "table 5");
    d.row({"No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"});
    d.row(
        {"1", "Meningkatnya kesejahteraan PMKS", "% Peningkatan Pelayanan PMKS", "26,75", "26,43", "98,80"});
    d.row({"", "", "% Peningkatan Peran PSKS", "80", "76,59", "95,73"});
    d.merge(1, 1, 2, 1);
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;

    PrintedTable expected;
    expected.id = "tabel-2-1";
    expected.title = "Tabel 2.1 Pengukuran Pencapaian Sasaran TA 2019";
    expected.year = 2019;
    expected.where = "table 5";
    expected.columns = {col("No", ColumnRole::other), col("Sasaran", ColumnRole::other),
                        col("Target", ColumnRole::target), col("Realisasi", ColumnRole::realisasi),
                        col("Capaian (%)", ColumnRole::capaian)};
    expected.rows = {
        row("% Peningkatan Pelayanan PMKS", 0,
            {"1", "Meningkatnya kesejahteraan PMKS", "26,75", "26,43", "98,80"}),
        row("% Peningkatan Peran PSKS", 0, {"", "", "80", "76,59", "95,73"}),
    };
    // The second indicator has no number but is otherwise like the first: the same kind, no levels.
    EXPECT_EQ(*l.table, expected);
    EXPECT_TRUE(
        has_note(l, 1, 2, "'Sasaran' is kept as other: 'Indikator Kinerja' names the rows more surely"))
        << all_notes(l);

    // 76,59 / 80 x 100 = 95,7375: 95,74 half-up, and the printed 95,73 is its truncation (a note);
    // 26,43 / 26,75 x 100 = 98,8037... -> 98,80.
    const auto found = check_table(*l.table);
    ASSERT_EQ(found.size(), 1u) << shown(found).front();
    EXPECT_EQ(found[0].rule, "rounding.truncated");
    EXPECT_EQ(found[0].row, "% Peningkatan Peran PSKS");
    EXPECT_EQ(found[0].expected, "95,74");
    EXPECT_EQ(shown(found), shown(check_table(expected)));
}

// ---------------------------------------------------------------------------------------------------
// A PMKS recap: "Jumlah Penerima" merged over L | P | Jml, No., the kind and "Yg Ditangani" merged down;
// kinds numbered 1, 2, 9 with sub-kinds a., b. under 9; JUMLAH at the end.

TEST(TableLayout, PmksMergedCountHeaderAndLetteredSubRows) {
    Doc d(
        "REKAPITULASI PENYANDANG MASALAH KESEJAHTERAAN SOSIAL (PMKS) KABUPATEN LUMAJANG Per 31 Desember 2019",
        "table 20");
    d.row({"No", "Jenis PMKS", "Jumlah Penerima", "", "", "Yg Ditangani"});
    d.row({"", "", "L", "P", "Jml", ""});
    d.merge(0, 0, 2, 1).merge(0, 1, 2, 1).merge(0, 2, 1, 3).merge(0, 5, 2, 1);
    d.rows({
        {"1", "Keluarga Fakir Miskin", "214633", "225551", "440195", "91902"},
        {"2", "Anak Jalanan", "", "", "45", "45"},
        {"9", "Anak Dengan Kedisabilitasan", "", "", "", ""},
        {"a.", "Tubuh", "53", "54", "107", "36"},
        {"b.", "Netra", "7", "12", "19", "9"},
        {"", "JUMLAH", "", "", "440366", "91992"},
    });
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;

    PrintedTable expected;
    expected.id = "table-20";
    expected.title = d.t.caption;
    expected.year = 2019;
    expected.where = "table 20";
    expected.columns = {col("No", ColumnRole::other), col("L", ColumnRole::l), col("P", ColumnRole::p),
                        col("Jml", ColumnRole::jumlah), col("Yg Ditangani", ColumnRole::ditangani)};
    expected.rows = {
        row("Keluarga Fakir Miskin", 1, {"1", "214633", "225551", "440195", "91902"}),
        row("Anak Jalanan", 1, {"2", "", "", "45", "45"}),
        row("Anak Dengan Kedisabilitasan", 1, {"9", "", "", "", ""}),
        row("Tubuh", 2, {"a.", "53", "54", "107", "36"}),
        row("Netra", 2, {"b.", "7", "12", "19", "9"}),
        row("JUMLAH", 1, {"", "", "", "440366", "91992"}),
    };
    EXPECT_EQ(*l.table, expected);
    EXPECT_TRUE(has_note(l, 0, 0, "the year 2019 is the only year the caption names")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 6, 0, "level 2: rows numbered like 'a.'")) << all_notes(l);

    // 214633 + 225551 = 440184, not the printed 440195: the one error (440195 + 45 + 107 + 19 = 440366 and
    // 91902 + 45 + 36 + 9 = 91992 add up).
    const auto found = check_table(*l.table);
    EXPECT_EQ(shown(found), shown(check_table(expected)));
    EXPECT_TRUE(std::any_of(found.begin(), found.end(), [](const Finding& f) {
        return (f.rule == "row.l_plus_p" || f.rule == "locate.ambiguous") && f.row == "Keluarga Fakir Miskin";
    })) << shown(found).size();
}

// ---------------------------------------------------------------------------------------------------
// A table split over pages: its header and column numbers printed again on the next page.

TEST(TableLayout, HeaderRepeatedOverPagesAndColumnNumbersAreLeftOut) {
    Doc d("Tabel 3.3 Realisasi Anggaran per Program T.A. 2020", "table 15");
    d.rows({
        {"No.", "Program/Kegiatan", "Pagu Anggaran", "Realisasi (Rp.)", "Sisa Anggaran", "Serapan"},
        {"(1)", "(2)", "(3)", "(4)", "(5) = (3) - (4)", "(6)"},
        {"1", "Program A", "1.000.000,00", "900.000,00", "100.000,00", "90,00"},
        {"No.", "Program/Kegiatan", "Pagu Anggaran", "Realisasi (Rp.)", "Sisa Anggaran", "Serapan"},
        {"(1)", "(2)", "(3)", "(4)", "(5) = (3) - (4)", "(6)"},
        {"2", "Program B", "3.000.000,00", "2.000.000,00", "1.000.000,00", "66,67"},
        {"", "", "", "", "", ""},
        {"", "TOTAL", "4.000.000,00", "2.900.000,00", "1.100.000,00", "72,50"},
    });
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;

    PrintedTable expected;
    expected.id = "tabel-3-3";
    expected.title = d.t.caption;
    expected.year = 2020;
    expected.where = "table 15";
    expected.columns = {col("No.", ColumnRole::other), col("Pagu Anggaran", ColumnRole::anggaran),
                        col("Realisasi (Rp.)", ColumnRole::realisasi), col("Sisa Anggaran", ColumnRole::sisa),
                        col("Serapan", ColumnRole::persen)};
    expected.rows = {
        row("Program A", 0, {"1", "1.000.000,00", "900.000,00", "100.000,00", "90,00"}),
        row("Program B", 0, {"2", "3.000.000,00", "2.000.000,00", "1.000.000,00", "66,67"}),
        row("TOTAL", 0, {"", "4.000.000,00", "2.900.000,00", "1.100.000,00", "72,50"}),
    };
    EXPECT_EQ(*l.table, expected);
    EXPECT_TRUE(has_note(l, 2, 0, "the column numbers")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 4, 0, "the header printed again (the table runs over a page)")) << all_notes(l);
    // 2.000.000 / 3.000.000 = 66,666.. -> 66,67; 2.900.000 / 4.000.000 = 72,50: nothing wrong.
    EXPECT_TRUE(check_table(*l.table).empty()) << shown(check_table(*l.table)).front();
}

// A heading merged over the figure columns, indented kegiatan under bold programs.
TEST(TableLayout, MergedHeadingIndentAndBold) {
    Doc d("", "table 2");
    d.rows({
        {"Uraian", "Anggaran", "Realisasi"},
        {"BELANJA LANGSUNG", "", ""},
        {"Program A", "300", "250"},
        {"Kegiatan A1", "100", "100"},
        {"Kegiatan A2", "200", "150"},
        {"Program B", "50", "50"},
        {"Kegiatan B1", "50", "50"},
    });
    d.merge(1, 0, 1, 3).bold(2, 0).bold(5, 0).indent(3, 0, 360).indent(4, 0, 360).indent(6, 0, 360);
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    const PrintedTable& t = *l.table;
    EXPECT_EQ(t.id, "table-2");
    EXPECT_EQ(t.year, std::nullopt);
    EXPECT_EQ(t.columns, (std::vector<PrintedColumn>{col("Anggaran", ColumnRole::anggaran),
                                                     col("Realisasi", ColumnRole::realisasi)}));
    const std::vector<PrintedRow> rows = {
        row("BELANJA LANGSUNG", 1, {"", ""}),  row("Program A", 2, {"300", "250"}),
        row("Kegiatan A1", 3, {"100", "100"}), row("Kegiatan A2", 3, {"200", "150"}),
        row("Program B", 2, {"50", "50"}),     row("Kegiatan B1", 3, {"50", "50"}),
    };
    EXPECT_EQ(t.rows, rows);
    EXPECT_TRUE(has_note(l, 2, 1, "'BELANJA LANGSUNG' is merged over the figure columns: a heading"))
        << all_notes(l);
    EXPECT_TRUE(has_note(l, 3, 0, "level 2: rows unnumbered, prefixed PROGRAM, bold")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 4, 0, "level 3: rows unnumbered, indented 360")) << all_notes(l);
    EXPECT_FALSE(has_note(l, 7, 0, "level 3")) << "a kind is described once";
    // The heading prints nothing: it counts as its programs' sum, 350 and 300; A is 100 + 200, 100 + 150.
    EXPECT_TRUE(check_table(t).empty()) << shown(check_table(t)).front();
}

// A label merged over the No. column too is still in the label column: the same kind as its siblings.
TEST(TableLayout, LabelMergedOverTheNumberColumn) {
    Doc d("", "table 3");
    d.rows({
        {"No", "Uraian", "Anggaran", "Realisasi"},
        {"1", "PROGRAM A", "300", "250"},
        {"", "Kegiatan A1", "100", "100"},
        {"Kegiatan A2", "", "200", "150"},
    });
    d.merge(3, 0, 1, 2);
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    const std::vector<PrintedRow> rows = {row("PROGRAM A", 1, {"1", "300", "250"}),
                                          row("Kegiatan A1", 2, {"", "100", "100"}),
                                          row("Kegiatan A2", 2, {"", "200", "150"})};
    EXPECT_EQ(l.table->rows, rows);
}

// "Uraian" over two grid columns: programs print in the first, kegiatan one to the right.
TEST(TableLayout, KegiatanOneGridColumnToTheRight) {
    Doc d("", "table 8");
    d.rows({
        {"No", "Uraian", "", "Anggaran", "Realisasi"},
        {"1", "Program A", "", "", ""},  // a heading under the merged "Uraian": data, not a header row
        {"", "", "Kegiatan A1", "100", "100"},
        {"", "", "Kegiatan A2", "200", "150"},
        {"2", "Program B", "", "", ""},
        {"", "", "Kegiatan B1", "50", "50"},
    });
    d.merge(0, 1, 1, 2);
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    std::vector<int> levels;
    for (const auto& r : l.table->rows) levels.push_back(r.level);
    EXPECT_EQ(levels, (std::vector<int>{1, 2, 2, 1, 2}));
    EXPECT_EQ(l.table->rows[1].label, "Kegiatan A1");
    EXPECT_TRUE(has_note(l, 3, 0, "level 2: rows unnumbered, labelled in column 3")) << all_notes(l);
    EXPECT_EQ(l.table->columns.size(), 3u);  // No, Anggaran, Realisasi
    // The sums hold (A: 100 + 200; B: 50); the reviu wants the programs' totals printed (warnings).
    EXPECT_FALSE(has_errors(check_table(*l.table)));
}

// Numbering at the start of the label: 1. / 1.1 / a), no No. column.
TEST(TableLayout, NumberingInTheLabel) {
    Doc d("Table 7", "table 7");
    d.rows({
        {"Uraian", "Target", "Realisasi", "Capaian"},
        {"1. Sasaran satu", "", "", ""},
        {"1.1 Indikator satu", "10", "9", "90"},
        {"a) rincian", "5", "5", "100"},
        {"1.2 Indikator dua", "4", "4", "100"},
        {"2. Sasaran dua", "", "", ""},
    });
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    EXPECT_EQ(l.table->id, "tabel-7");
    std::vector<int> levels;
    for (const auto& r : l.table->rows) levels.push_back(r.level);
    EXPECT_EQ(levels, (std::vector<int>{1, 2, 3, 2, 1}));
    EXPECT_EQ(l.table->rows[1].label, "1.1 Indikator satu");  // labels stay as printed
}

// ---------------------------------------------------------------------------------------------------
// The seed's PENGUKURAN PENCAPAIAN SASARAN: its title as a first row merged over the table, a blank row,
// two header rows ("Sasaran" over Uraian | Indikator Kinerja | Rumusan Formula, "Realisasi Tahun 2019"
// over Target PK | Perhitungan | Realisasi, "Realisasi" over 2017 | 2018).

TEST(TableLayout, SeedSasaranTableTitleRowAndYearsUnderAMergedHeader) {
    Doc d("", "table 9");
    d.row({"PENGUKURAN PENCAPAIAN SASARAN TAHUN 2019", "", "", "", "", "", "", "", "", "", "", ""});
    d.row({" ", "", "", "", "", "", "", "", "", "", "", ""});
    d.row({"No", "Sasaran", "", "", "Satuan", "Realisasi Tahun 2019", "", "", "Capaian Kinerja",
           "Target Akhir RPJM", "Realisasi", ""});
    d.row({"", "Uraian", "Indikator Kinerja", "Rumusan Formula", "", "Target PK", "Perhitungan", "Realisasi",
           "", "", "2017", "2018"});
    d.merge(0, 0, 1, 12).merge(2, 0, 2, 1).merge(2, 1, 1, 3).merge(2, 4, 2, 1).merge(2, 5, 1, 3);
    d.merge(2, 8, 2, 1).merge(2, 9, 2, 1).merge(2, 10, 1, 2);
    d.row({"1", "Meningkatnya Kesejahteraan PMKS(Penyandang Masalah Kesejahteraan Sosial)",
           "%  Peningkatan Pelayanan dan Penanganan PMKS",
           "∑PMKS yg memperoleh bantuan sosial/∑PMKS yg seharusnya memperoleh bantuan sosial×100%", "%",
           "26,75%", "125158\n/473559*100%", "26,43%", "98,8%", "26.75%", "26,60%", "15,47%"});
    d.row({"", "", "", " ", " ", " ", " ", " ", " ", " ", "", ""});
    d.row({"", "Meningkatnya Jumlah dan Peran Potensi Sumber Kesejahteraan Sosial (PSKS)",
           "% Peningkatan Jumlah dan Peran PSKS",
           "∑PSKS yg mendapatkan fasilitasi atau bantuan /∑PSKS yg seharusnya mendapatkan fasilitasi atau "
           "bantuan×100%",
           "%", "80%", "697/910*100", "76,59%\n", "95,73%", "80%", "4,07%", "75,30%"});
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;

    PrintedTable expected;
    expected.id = "table-9";
    expected.title = "PENGUKURAN PENCAPAIAN SASARAN TAHUN 2019";
    expected.year = 2019;
    expected.where = "table 9";
    expected.columns = {col("No", ColumnRole::other),
                        col("Uraian", ColumnRole::other),
                        col("Rumusan Formula", ColumnRole::other),
                        col("Satuan", ColumnRole::other),
                        col("Target PK", ColumnRole::target),
                        col("Perhitungan", ColumnRole::other),
                        col("Realisasi", ColumnRole::realisasi),
                        col("Capaian Kinerja", ColumnRole::capaian),
                        col("Target Akhir RPJM", ColumnRole::other),
                        col("Realisasi 2017", ColumnRole::other),
                        col("Realisasi 2018", ColumnRole::other)};
    expected.rows = {
        row("%  Peningkatan Pelayanan dan Penanganan PMKS", 0,
            {"1", "Meningkatnya Kesejahteraan PMKS(Penyandang Masalah Kesejahteraan Sosial)",
             "∑PMKS yg memperoleh bantuan sosial/∑PMKS yg seharusnya memperoleh bantuan sosial×100%", "%",
             "26,75%", "125158 /473559*100%", "26,43%", "98,8%", "26.75%", "26,60%", "15,47%"}),
        row("% Peningkatan Jumlah dan Peran PSKS", 0,
            {"", "Meningkatnya Jumlah dan Peran Potensi Sumber Kesejahteraan Sosial (PSKS)",
             "∑PSKS yg mendapatkan fasilitasi atau bantuan /∑PSKS yg seharusnya mendapatkan fasilitasi atau "
             "bantuan×100%",
             "%", "80%", "697/910*100", "76,59%", "95,73%", "80%", "4,07%", "75,30%"}),
    };
    EXPECT_EQ(*l.table, expected);
    EXPECT_TRUE(has_note(l, 1, 1, "merged over the whole table: its title")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 4, 11,
                         "a second realisasi column 'Realisasi 2017': kept as other; 'Realisasi' is "
                         "checked"))
        << all_notes(l);
    EXPECT_TRUE(has_note(l, 4, 10, "'Target Akhir RPJM' is not a column the vocabulary knows"))
        << all_notes(l);

    // The same findings as the transcription (the columns it left out are kept as other).
    PrintedTable transcribed = from_dataset("pps-2019");
    transcribed.id = "table-9";
    const auto found = check_table(*l.table);
    EXPECT_EQ(shown(found), shown(check_table(transcribed)));
    EXPECT_FALSE(found.empty());
}

// The seed's Tabel 1.1: "Status Kepegawaian" merged over PNS | CPNS | jumlah, "%" merged down (a share of
// the jumlah in a table of counts), J U M L A H merged over No. and the label.
TEST(TableLayout, SeedStaffTableShareOfTheJumlah) {
    Doc d(
        "Tabel  1.1\nJumlah PNS dan TKK Dinas Sosial Kabupaten Lumajang\nBerdasarkan Tingkat Pendidikan  "
        "\nTahun 2019",
        "table 1");
    d.row({"No.", "Pendidikan", "Status Kepegawaian", "", "", "%"});
    d.row({"", "", "PNS", "CPNS", "jumlah", ""});
    d.merge(0, 0, 2, 1).merge(0, 1, 2, 1).merge(0, 2, 1, 3).merge(0, 5, 2, 1);
    d.rows({{"1.", "SD", "-", "-", "-", ""},
            {"2.", "SMP", "-", "-", "-", ""},
            {"3.", "SMA/SMK", "5", "-", "5", "22,7  %"},
            {"4.", "D3", "1", "-", "1", "4,5 5%"},
            {"5.", "S1", "15", "1", "16", "72 %"},
            {"J U M L A H", "", "21", "1", "", ""}});
    d.merge(7, 0, 1, 2);
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;

    PrintedTable expected = from_dataset("tabel-1-1");  // the transcription, with the No. column
    expected.where = "table 1";
    expected.columns.insert(expected.columns.begin(), col("No.", ColumnRole::other));
    const std::vector<std::string> numbers = {"1.", "2.", "3.", "4.", "5.", ""};
    for (std::size_t k = 0; k < expected.rows.size(); ++k) {
        expected.rows[k].ref.clear();
        expected.rows[k].cells.insert(expected.rows[k].cells.begin(), numbers[k]);
    }
    EXPECT_EQ(*l.table, expected);
    EXPECT_TRUE(has_note(l, 2, 6, "'%' is a share of the jumlah")) << all_notes(l);
    EXPECT_TRUE(has_note(l, 2, 3, "'PNS' is not a column the vocabulary knows")) << all_notes(l);
    const auto found = check_table(*l.table);
    EXPECT_EQ(shown(found), shown(check_table(from_dataset("tabel-1-1"))));
    EXPECT_FALSE(found.empty());
}

// The seed's Tabel 1.5: "Kondisi Barang" over Baik | Kurang baik | Rusak Berat, the parts of the jumlah,
// each row's condition a word.
Doc tabel_1_5(const std::vector<std::vector<std::string>>& body) {
    Doc d(
        "Tabel  1.5\nData Sarana dan Prasarana Milik Dinas Sosial \nBerdasarkan Jenis, Jumlah dan Kondisi "
        "\nTahun  2019",
        "table 5");
    d.row({"No", "Jenis Barang / Nama Barang", "Jumlah\nBarang", "Kondisi Barang", "", ""});
    d.row({"", "", "", "Baik", "Kurang baik", "Rusak\nBerat"});
    d.merge(0, 0, 2, 1).merge(0, 1, 2, 1).merge(0, 2, 2, 1).merge(0, 3, 1, 3);
    d.rows(body);
    return d;
}

TEST(TableLayout, SeedAssetsTableClassifiesTheConditionsAsParts) {
    const Doc d = tabel_1_5({{"1", "Bangunan Gd. Dinas Sosial", "1", "BAIK", "-", "-"},
                             {"22", "Sepeda Motor Kawasaki KLX 150", "6", "BAIK", "-", "-"},
                             {"24", "Jam Dinding", "4", "BAIK", " -", "\xC2\xA0-"}});
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    PrintedTable expected;
    expected.id = "tabel-1-5";
    expected.title =
        "Tabel 1.5 Data Sarana dan Prasarana Milik Dinas Sosial Berdasarkan Jenis, Jumlah dan Kondisi Tahun "
        "2019";
    expected.year = 2019;
    expected.where = "table 5";
    expected.columns = {col("No", ColumnRole::other), col("Jumlah Barang", ColumnRole::jumlah),
                        col("Baik", ColumnRole::part), col("Kurang baik", ColumnRole::part),
                        col("Rusak Berat", ColumnRole::part)};
    expected.rows = {
        row("Bangunan Gd. Dinas Sosial", 0, {"1", "1", "BAIK", "-", "-"}),
        row("Sepeda Motor Kawasaki KLX 150", 0, {"22", "6", "BAIK", "-", "-"}),
        row("Jam Dinding", 0, {"24", "4", "BAIK", "-", "-"}),
    };
    EXPECT_EQ(*l.table, expected);
    EXPECT_FALSE(has_note(l, 2, 4, "'Baik' is not a column the vocabulary knows")) << all_notes(l);
    EXPECT_FALSE(has_note(l, 2, 5, "a second part column")) << all_notes(l);
    // Each BAIK stands for its row's whole jumlah; the numbering 1, 22, 24 jumps twice.
    const auto found = check_table(*l.table);
    ASSERT_EQ(found.size(), 2u) << shown(found).front();
    EXPECT_EQ(found[0].rule, "row.numbering");
    EXPECT_EQ(found[0].expected, "2");
    EXPECT_EQ(found[1].expected, "23");
}

// The whole of Tabel 1.5 as a Word table: it reads back as the dataset's transcription, and the reviu
// finds the same: two jumps in the numbering (130 -> 140, 140 -> 151), nothing else.
TEST(TableLayout, SeedAssetsTableReadsAsItsTranscription) {
    const PrintedTable transcribed = from_dataset("tabel-1-5");
    ASSERT_EQ(transcribed.rows.size(), 180u);
    std::vector<std::vector<std::string>> body;
    for (const PrintedRow& r : transcribed.rows) {
        body.push_back({r.cells[0], r.label});
        body.back().insert(body.back().end(), r.cells.begin() + 1, r.cells.end());
    }
    const TableLayout l = read_table_layout(tabel_1_5(body).t);
    ASSERT_TRUE(l.classified()) << l.reason;
    PrintedTable expected = transcribed;
    expected.where = "table 5";
    EXPECT_EQ(*l.table, expected);
    // AC SPLIT 1 PK, LAP TOP: names in capitals in a list that starts in lower case are no sub-rows.
    EXPECT_TRUE(has_note(l, 0, 0, "the rows are of one kind: no levels")) << all_notes(l);
    const auto found = check_table(*l.table);
    EXPECT_EQ(shown(found), shown(check_table(transcribed)));
    ASSERT_EQ(found.size(), 2u) << shown(found).front();
    for (const Finding& f : found) EXPECT_EQ(f.rule, "row.numbering") << show(f);
    EXPECT_EQ(found[0].printed, "140");
    EXPECT_EQ(found[0].expected, "131");
    EXPECT_EQ(found[1].printed, "151");
    EXPECT_EQ(found[1].expected, "141");
}

// The conditions abbreviated under a Kondisi heading are parts; a "B" without it is not one.
TEST(TableLayout, AbbreviatedConditionsUnderAKondisiHeading) {
    Doc d("Tabel 1.6 Kendaraan Tahun 2019", "table 6");
    d.row({"Jenis Barang", "Jumlah", "Kondisi", "", "", "B"});
    d.row({"", "", "B", "KB", "RB", ""});
    d.merge(0, 0, 2, 1).merge(0, 1, 2, 1).merge(0, 2, 1, 3).merge(0, 5, 2, 1);
    d.rows({{"Mobil", "3", "2", "1", "-", "x"}, {"Motor", "2", "B", "-", "-", "y"}});
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    EXPECT_EQ(l.table->columns, (std::vector<PrintedColumn>{
                                    col("Jumlah", ColumnRole::jumlah), col("Kondisi B", ColumnRole::part),
                                    col("Kondisi KB", ColumnRole::part), col("Kondisi RB", ColumnRole::part),
                                    col("B", ColumnRole::other)}));
    // 2 + 1 = 3; B alone stands for 2.
    EXPECT_TRUE(check_table(*l.table).empty()) << shown(check_table(*l.table)).front();
}

// An Excel sheet's stored numbers read exactly as an Indonesian report prints them: grouping where the
// format groups, the format's decimals at least (never fewer digits), x 100 under a percentage format.
TEST(TableLayout, ExcelStoredNumbers) {
    Doc d("", "sheet 'Lampiran' A3:D6");
    d.rows({{"Uraian", "Pagu", "Realisasi", "%"},
            {"Kegiatan A", "848146988", "828507537", "0.9768"},
            {"Kegiatan B", "1.5E3", "1500.25", "1.0002"},
            {"Kegiatan C", "-0.5", "20", "1E+41"}});
    const std::vector<std::string> formats = {"", "#,##0.00", "0.00", "0.00%"};
    for (std::size_t r = 1; r < 4; ++r)
        for (std::size_t c = 1; c < 4; ++c) {
            d.t.rows[r][c].stored_number = true;
            d.t.rows[r][c].number_format = formats[c];
        }
    d.t.rows[2][3].number_format = "0%";
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    EXPECT_EQ(l.table->id, "sheet-lampiran-a3-d6");
    EXPECT_EQ(l.table->rows[0].cells, (std::vector<std::string>{"848.146.988,00", "828507537,00", "97,68"}));
    // 1.5E3 is 1500; 1.0002 x 100 = 100,02, shown as 100 % by "0%" but every digit kept.
    EXPECT_EQ(l.table->rows[1].cells, (std::vector<std::string>{"1.500,00", "1500,25", "100,02"}));
    // 1E+41 is beyond any figure: kept as the file has it (the reviu says it is no number).
    EXPECT_EQ(l.table->rows[2].cells, (std::vector<std::string>{"-0,50", "20,00", "1E+41"}));
    EXPECT_TRUE(has_note(
        l, 2, 2, "a stored number: '848146988' under the format '#,##0.00' is read as '848.146.988,00'"))
        << all_notes(l);
    // 828.507.537 / 848.146.988 x 100 = 97,684... -> 97,68; 1.500,25 / 1.500 x 100 = 100,0166... -> 100,02.
    const auto found = check_table(*l.table);
    ASSERT_EQ(found.size(), 1u) << show(found.back());
    EXPECT_EQ(found[0].rule, "number.invalid");
    EXPECT_EQ(found[0].row, "Kegiatan C");
}

// A stored number is a binary double written out. libxlsxwriter writes 92.32 as %.16G, 92.31999999999999,
// and other writers use %.17G (0.9232 as 0.92320000000000002): the same doubles as 92.32 and 0.9232, read
// as a spreadsheet shows them. Expected texts are Python's repr of float() of each (the shortest text of
// the double): 92.32, 0.9232, 92.31855896246303; 15 digits and fewer, or more than 17, stay as written.
TEST(TableLayout, ExcelStoredDoublesReadAsTheirShortestText) {
    Doc d("", "sheet 'Lampiran' A1:C5");
    d.rows({{"Uraian", "Pagu", "%"},
            {"Kegiatan A", "5328713488", "92.31999999999999"},
            {"Kegiatan B", "100", "0.92320000000000002"},
            {"Kegiatan C", "100", "92.318558962463025"},
            {"Kegiatan D", "1234567890.12345678901", "0.123456789012345"}});
    const std::vector<std::string> formats = {"", "#,##0.00", "0.00"};
    for (std::size_t r = 1; r < 5; ++r)
        for (std::size_t c = 1; c < 3; ++c) {
            d.t.rows[r][c].stored_number = true;
            d.t.rows[r][c].number_format = formats[c];
        }
    d.t.rows[2][2].number_format = "0.00%";
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    EXPECT_EQ(l.table->rows[0].cells[1], "92,32");
    EXPECT_EQ(l.table->rows[1].cells[1], "92,32");
    EXPECT_EQ(l.table->rows[2].cells[1], "92,31855896246303");
    EXPECT_EQ(l.table->rows[3].cells,
              (std::vector<std::string>{"1.234.567.890,12345678901", "0,123456789012345"}));
    EXPECT_TRUE(has_note(l, 2, 3,
                         "a stored number written with more digits than its binary double needs: "
                         "'92.31999999999999' is the double of '92.32'"))
        << all_notes(l);
}

// ---------------------------------------------------------------------------------------------------
// Tables that cannot be classified say why.

TEST(TableLayout, TextOnlyTableIsNotClassified) {
    Doc d("Tabel 2.2 Program dan Kegiatan", "table 6");
    d.rows({
        {"No.", "Program", "Kegiatan"},
        {"1.", "Program Pelayanan Administrasi Perkantoran", "Pelayanan Administrasi dan Operasional"},
        {"2.", "Program Penanganan Dan Pemberdayaan Sosial", "Penanganan dan Pemberdayaan Fakir Miskin"},
    });
    const TableLayout l = read_table_layout(d.t);
    EXPECT_FALSE(l.classified());
    EXPECT_EQ(l.reason,
              "no column the reviu can check (anggaran, realisasi, sisa, %, target, capaian, L, P, jumlah, "
              "ditangani): its columns are 'No.'");
}

TEST(TableLayout, OtherReasons) {
    auto reason = [](const Doc& d) { return read_table_layout(d.t).reason; };
    EXPECT_EQ(reason(Doc("", "table 1")), "the table is empty");
    EXPECT_EQ(reason(Doc("", "table 1").rows({{"", ""}, {"", ""}})), "the table holds no text");
    EXPECT_EQ(reason(Doc("", "table 1").rows({{"A", "1.000"}, {"B", "2.000"}})),
              "its first row holds figures ('1.000'): there is no header to name the columns");
    EXPECT_EQ(reason(Doc("", "table 1").rows({{"Uraian", "Anggaran"}})), "no rows under the header");
    EXPECT_EQ(reason(Doc("", "table 1").rows({{"Anggaran", "Realisasi"}, {"1.000", "900"}})),
              "no label column: no header names the rows (uraian, program/kegiatan, indikator kinerja, "
              "sasaran...) and no column holds their names");
    EXPECT_EQ(
        reason(Doc("", "table 1").rows({{"Uraian", "Realisasi 2018", "Realisasi 2019"}, {"A", "1", "2"}})),
        "2 realisasi columns ('Realisasi 2018', 'Realisasi 2019') of different years, and the caption "
        "names no year: which one to check is not known");
    Doc ragged("", "table 1");
    ragged.rows({{"Uraian", "Anggaran"}, {"A"}});
    EXPECT_EQ(reason(ragged), "row 2 has 1 positions and row 1 has 2: the grid must be rectangular");
}

// The reasons and the notes in the catalogue: said in Indonesian as written by hand, and the
// English of the catalogue is the reason and the message as written, every one.
TEST(TableLayout, ReasonsAndNotesInEveryLanguage) {
    const Language id("id");
    auto said = [&](const Doc& d) {
        const TableLayout l = read_table_layout(d.t);
        EXPECT_EQ(english(l.reason_said), l.reason);
        return id.format(l.reason_said);
    };
    EXPECT_EQ(said(Doc("", "table 1")), "tabel kosong");
    EXPECT_EQ(said(Doc("", "table 1").rows({{"A", "1.000"}, {"B", "2.000"}})),
              "baris pertamanya berisi angka ('1.000'): tidak ada judul kolom yang menamai kolom-kolomnya");
    EXPECT_EQ(
        said(Doc("", "table 1").rows({{"Uraian", "Realisasi 2018", "Realisasi 2019"}, {"A", "1", "2"}})),
        "2 kolom realisasi ('Realisasi 2018', 'Realisasi 2019') dari tahun yang berbeda, dan judul tabel "
        "tidak "
        "menyebut tahun: tidak diketahui mana yang harus diperiksa");
    Doc ragged("", "table 1");
    ragged.rows({{"Uraian", "Anggaran"}, {"A"}});
    EXPECT_EQ(said(ragged),
              "baris 2 memiliki 1 posisi sedangkan baris 1 memiliki 2: kisi tabel harus persegi panjang");
    Doc text_only("", "table 6");
    text_only.rows({{"No.", "Program"}, {"1.", "Program Pelayanan"}});
    EXPECT_EQ(
        said(text_only),
        "tidak ada kolom yang dapat diperiksa reviu (anggaran, realisasi, sisa, %, target, capaian, L, P, "
        "jumlah, ditangani): kolomnya adalah 'No.'");
    // A classified table has no reason in any language.
    EXPECT_TRUE(read_table_layout(tabel_3_2().t).reason_said.id.empty());

    // Every note of the seed's tables: the catalogue's English is the message.
    for (const Doc& d : {tabel_3_1(), tabel_3_2()}) {
        const TableLayout l = read_table_layout(d.t, TableLayoutOptions{2019, 3, 6});
        for (const TableLayoutNote& n : l.notes) {
            EXPECT_FALSE(n.said.id.empty()) << n.message;
            EXPECT_EQ(english(n.said), n.message) << n.said.id;
            EXPECT_NE(id.format(n.said), n.message) << n.said.id;
        }
    }
    const TableLayout l = read_table_layout(tabel_3_2().t);
    auto note_at = [&](std::size_t row) {
        for (const TableLayoutNote& n : l.notes)
            if (n.row == row && n.column == 0) return id.format(n.said);
        return std::string("no note");
    };
    EXPECT_EQ(note_at(1), "judul kolom terdiri atas 2 baris (baris 1 sampai 2)");
    EXPECT_EQ(note_at(3), "level 1: baris bernomor seperti 'I.', berhuruf kapital, tebal");
    EXPECT_EQ(note_at(4), "level 2: baris tanpa nomor, berhuruf kapital");
    EXPECT_EQ(note_at(7), "level 2: baris bernomor seperti '1.', berawalan PROGRAM, tebal");

    // The document report carries the reason as a Message too.
    const DocumentReport r = read_document_report({text_only.t}, "lakip.docx");
    ASSERT_EQ(r.found.size(), 1u);
    EXPECT_EQ(r.found.front().reason_said.id, "error.table.nothing_to_check");
    EXPECT_EQ(english(r.found.front().reason_said), r.found.front().reason);
}

// Two columns of one kind: the one of the table's year is checked, the other kept as other.
TEST(TableLayout, TwoColumnsOfOneKind) {
    Doc d("Tabel 2.3 Capaian Tahun 2019", "table 4");
    d.row({"Indikator Kinerja", "Target", "Realisasi", "", "Capaian"});
    d.row({"", "", "2018", "2019", ""});
    d.merge(0, 0, 2, 1).merge(0, 1, 2, 1).merge(0, 2, 1, 2).merge(0, 4, 2, 1);
    d.row({"Indeks kepuasan", "80", "70", "84", "105"});
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    EXPECT_EQ(l.table->columns,
              (std::vector<PrintedColumn>{
                  col("Target", ColumnRole::target), col("Realisasi 2018", ColumnRole::other),
                  col("Realisasi 2019", ColumnRole::realisasi), col("Capaian", ColumnRole::capaian)}));
    EXPECT_TRUE(has_note(l, 2, 3, "a second realisasi column 'Realisasi 2018': kept as other"))
        << all_notes(l);
    // 84 / 80 = 105 %.
    EXPECT_TRUE(check_table(*l.table).empty());
}

// A label column no header names ("Pendidikan" is the vocabulary's; "Tingkat Jabatan" is not): the
// first column of words; a share column of the jumlah.
TEST(TableLayout, LabelByItsWordsAndAShare) {
    Doc d("Tabel 1.6 Pegawai Tahun 2019", "table 3");
    d.rows({
        {"No.", "Tingkat Jabatan", "Jumlah", "%"},
        {"1.", "Struktural", "14", "63,64"},
        {"2.", "Fungsional", "8", "36,36"},
        {"", "J U M L A H", "22", "100"},
    });
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    EXPECT_EQ(l.table->columns,
              (std::vector<PrintedColumn>{col("No.", ColumnRole::other), col("Jumlah", ColumnRole::jumlah),
                                          col("%", ColumnRole::share, ColumnRole::jumlah)}));
    EXPECT_TRUE(has_note(l, 1, 2, "the label column is 'Tingkat Jabatan'")) << all_notes(l);
    // 14 / 22 = 63,6363.. -> 63,64; 8 / 22 = 36,3636.. -> 36,36.
    EXPECT_TRUE(check_table(*l.table).empty()) << shown(check_table(*l.table)).front();
}

// A huge span claimed by every cell costs no more than the grid.
TEST(TableLayout, HostileSpansAreClipped) {
    Doc d("", "table 1");
    d.rows({{"Uraian", "Anggaran"}, {"A", "1"}});
    for (auto& r : d.t.rows)
        for (auto& c : r) c.row_span = c.col_span = static_cast<std::size_t>(-1);
    const TableLayout l = read_table_layout(d.t);
    ASSERT_TRUE(l.classified()) << l.reason;
    EXPECT_EQ(l.table->rows.front().cells, std::vector<std::string>{"1"});
}

// ---------------------------------------------------------------------------------------------------
// The vocabulary, shared with the CSV reader.

TEST(ColumnVocabulary, WhatReportsPrint) {
    auto role_of = [](const std::string& text) {
        const auto h = detail::read_header(text);
        EXPECT_TRUE(h.meaning.has_value()) << text;
        return h.meaning ? h.meaning->role : ColumnRole::other;
    };
    for (const char* s : {"Pagu", "Pagu Anggaran", "Anggaran", "Anggaran Setelah Perubahan", "ANGGARAN (Rp)"})
        EXPECT_EQ(role_of(s), ColumnRole::anggaran) << s;
    for (const char* s : {"Realisasi (Rp.)", "Realisasi Anggaran", "Realisasi", "Realisasi Tahun 2019"})
        EXPECT_EQ(role_of(s), ColumnRole::realisasi) << s;
    for (const char* s : {"Sisa Anggaran", "Sisa", "Sisa\n(Rp.)"})
        EXPECT_EQ(role_of(s), ColumnRole::sisa) << s;
    for (const char* s : {"%", "(%)", "Persentase", "Serapan"})
        EXPECT_EQ(role_of(s), ColumnRole::persen) << s;
    for (const char* s : {"Capaian (%)", "Capaian", "Capaian Kinerja"})
        EXPECT_EQ(role_of(s), ColumnRole::capaian) << s;
    for (const char* s : {"Target", "Target PK", "Target 2019"})
        EXPECT_EQ(role_of(s), ColumnRole::target) << s;
    for (const char* s : {"L", "Laki-laki", "laki - laki"}) EXPECT_EQ(role_of(s), ColumnRole::l) << s;
    for (const char* s : {"P", "Perempuan"}) EXPECT_EQ(role_of(s), ColumnRole::p) << s;
    for (const char* s : {"Jml", "Jumlah", "JUMLAH", "Jumlah\nBarang"})
        EXPECT_EQ(role_of(s), ColumnRole::jumlah) << s;
    for (const char* s : {"Baik", "Kurang baik", "Rusak\nBerat", "Rusak Ringan", "RUSAK", "Kondisi Barang B",
                          "Kondisi KB", "Kondisi Aset RR", "kondisi barang RB"})
        EXPECT_EQ(role_of(s), ColumnRole::part) << s;
    for (const char* s : {"B", "KB", "RR", "RB", "Kondisi", "Kondisi Barang", "Kondisi Barang X"})
        EXPECT_FALSE(detail::read_header(s).meaning.has_value()) << s;
    for (const char* s : {"No.", "No", "Satuan", "Keterangan"}) EXPECT_EQ(role_of(s), ColumnRole::other) << s;
    for (const char* s :
         {"Indikator Kinerja", "Sasaran", "Uraian", "Program/Kegiatan", "Program\n\nKegiatan"})
        EXPECT_EQ(detail::read_header(s).meaning->kind, detail::HeaderKind::label) << s;
    EXPECT_EQ(detail::read_header("Realisasi Tahun 2019").year, 2019);
    EXPECT_EQ(detail::read_header("(Rp.)").meaning->kind, detail::HeaderKind::unit);
    EXPECT_FALSE(detail::read_header("Target Akhir RPJM").meaning.has_value());
    EXPECT_FALSE(detail::read_header("colour").meaning.has_value());
}

TEST(ColumnVocabulary, TheCsvReaderReadsItToo) {
    const PrintedTable t = read_printed_csv(
        "No.;Program/Kegiatan;Pagu Anggaran;Realisasi (Rp.);Sisa Anggaran;Serapan\n"
        "1;Kegiatan A;1.000.000,00;900.000,00;100.000,00;90,00\n",
        "t.csv");
    ASSERT_EQ(t.columns.size(), 5u);
    EXPECT_EQ(t.columns[1].role, ColumnRole::anggaran);
    EXPECT_EQ(t.columns[2].role, ColumnRole::realisasi);
    EXPECT_EQ(t.columns[3].role, ColumnRole::sisa);
    EXPECT_EQ(t.columns[4].role, ColumnRole::persen);
    EXPECT_EQ(t.rows[0].label, "Kegiatan A");
    // The parts of the jumlah are one column per kind: no "second column" there.
    const PrintedTable assets = read_printed_csv(
        "No;Jenis Barang;Jumlah Barang;Baik;Kurang Baik;Rusak Berat;Kondisi RR\n1;Genset;1;BAIK;-;-;-\n",
        "a.csv");
    ASSERT_EQ(assets.columns.size(), 6u);
    for (std::size_t c = 2; c < 6; ++c) EXPECT_EQ(assets.columns[c].role, ColumnRole::part) << c;
}

}  // namespace

// Any grid (random texts from what tables print, random merges, bold and indentation): the reading
// never throws, and what it classifies is valid printed material (one cell per column, levels that
// go one deeper at a time).
TEST(TableLayout, AnyGridGivesAValidTableOrAReason) {
    const std::vector<std::string> pool = {"",
                                           "",
                                           "No.",
                                           "Uraian",
                                           "Program/Kegiatan",
                                           "Anggaran (Rp)",
                                           "Realisasi",
                                           "Sisa",
                                           "%",
                                           "Target",
                                           "Capaian (%)",
                                           "L",
                                           "P",
                                           "Jml",
                                           "2019",
                                           "1",
                                           "2",
                                           "3",
                                           "(4)",
                                           "1.",
                                           "a.",
                                           "I.",
                                           "1.1",
                                           "JUMLAH",
                                           "J U M L A H",
                                           "RATA-RATA",
                                           "PROGRAM A",
                                           "Kegiatan b",
                                           "1.000,00",
                                           "99,5",
                                           "-",
                                           "Rp",
                                           "x\ny",
                                           "Keterangan",
                                           "1) Program c"};
    std::mt19937 random(15);
    int classified = 0;
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    for (int k = 0; k < 3000; ++k) {
        Doc d(pick(3) == 0 ? "Tabel 1.2 Tahun 2019" : "", "table " + std::to_string(k));
        const std::size_t rows = 1 + pick(7);
        const std::size_t cols = 1 + pick(6);
        for (std::size_t r = 0; r < rows; ++r) {
            std::vector<std::string> texts;
            // Every other table starts with header words, so that many tables get classified.
            for (std::size_t c = 0; c < cols; ++c)
                texts.push_back(r == 0 && k % 2 == 0 ? pool[2 + pick(12)] : pool[pick(pool.size())]);
            d.row(texts);
        }
        for (std::size_t m = pick(4); m-- > 0;) {
            const std::size_t r = pick(rows);
            const std::size_t c = pick(cols);
            const std::size_t rs = 1 + pick(3);
            const std::size_t cs = 1 + pick(3);
            bool free = rs <= rows - r && cs <= cols - c;
            for (std::size_t rr = r; free && rr < r + rs; ++rr)
                for (std::size_t cc = c; free && cc < c + cs; ++cc)
                    free = !d.t.rows[rr][cc].covered && d.t.rows[rr][cc].row_span == 1 &&
                           d.t.rows[rr][cc].col_span == 1;
            if (!free) continue;
            for (std::size_t rr = r; rr < r + rs; ++rr)
                for (std::size_t cc = c; cc < c + cs; ++cc)
                    if (rr != r || cc != c) d.t.rows[rr][cc].text.clear();
            d.merge(r, c, rs, cs);
        }
        for (std::size_t r = 0; r < rows; ++r)
            for (auto& c : d.t.rows[r]) {
                c.bold = pick(4) == 0;
                c.indent = pick(4) == 0 ? 360 : 0;
                if (r > 0 && !c.covered &&
                    pick(5) == 0) {  // an Excel number, or text a hostile file claims is one
                    const char* stored[] = {"0.5", "1E-7", "123456789.125", "-3",    "1e40",
                                            "x",   ".",    "1.2.3",         "9E+999"};
                    const char* formats[] = {"", "0.00%", "#,##0.00", "0;[Red]-0", "#,##0"};
                    c.stored_number = true;
                    c.text = stored[pick(9)];
                    c.number_format = formats[pick(5)];
                }
            }
        TableLayout l;
        ASSERT_NO_THROW(l = read_table_layout(d.t)) << k;
        EXPECT_NE(l.classified(), !l.reason.empty()) << k;
        if (!l.classified()) continue;
        ++classified;
        PrintedReport report;
        report.tables.push_back(*l.table);
        EXPECT_NO_THROW(validate(report)) << k;
        EXPECT_NO_THROW((void)check_table(*l.table)) << k;
    }
    EXPECT_GT(classified, 500);  // the property is tested on many tables, not vacuously
}

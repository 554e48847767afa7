#include <gtest/gtest.h>

#include <kinerja/io.hpp>
#include <kinerja/reviu.hpp>

namespace {

using namespace kinerja;

void expect_error(const std::string& csv, const std::string& path, const std::string& reason) {
    try {
        (void)read_printed_csv(csv, "t.csv");
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.path(), path) << e.what();
        EXPECT_NE(e.reason().find(reason), std::string::npos) << e.what();
        EXPECT_EQ(e.source(), "t.csv");
    }
}

TEST(PrintedCsv, SemicolonsAsSpreadsheetsWriteThem) {
    const PrintedTable t = read_printed_csv(
        "\xEF\xBB\xBFNo;Uraian;Anggaran;Realisasi;Sisa;%\r\n"
        "1;Kegiatan A;1.000.000,00;900.000,00;100.000,00;90,00\r\n"
        ";JUMLAH;1.000.000,00;900.000,00;100.000,00;90,00\r\n",
        "t.csv");
    ASSERT_EQ(t.columns.size(), 5u);  // the label is not a column
    EXPECT_EQ(t.columns[0].role, ColumnRole::other);
    EXPECT_EQ(t.columns[1].role, ColumnRole::anggaran);
    EXPECT_EQ(t.columns[4].role, ColumnRole::persen);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].label, "Kegiatan A");
    EXPECT_EQ(t.rows[0].cells[1], "1.000.000,00");
    EXPECT_TRUE(check_table(t).empty());
}

TEST(PrintedCsv, CommasWithQuotedFiguresAndEnglishNames) {
    const PrintedTable t = read_printed_csv(
        "Label,Budget,Realization,Percent\n"
        "\"Kegiatan \"\"A\"\"\",\"1.000.000,00\",\"900.000,00\",\"90,00\"\n",
        "t.csv");
    EXPECT_EQ(t.rows[0].label, "Kegiatan \"A\"");
    EXPECT_EQ(t.rows[0].cells[0], "1.000.000,00");
    EXPECT_EQ(t.columns[1].role, ColumnRole::realisasi);
}

TEST(PrintedCsv, TabsAndLevels) {
    const PrintedTable t = read_printed_csv(
        "level\tprogram\tpagu\trealisasi\n1\tPROGRAM A\t4.000.000\t2.900.000\n2\tA1\t1.000.000\t900.000\n"
        "2\tA2\t3.000.000\t2.000.000\n\n1\tJ U M L A H\t4.000.000\t2.900.000\n",
        "t.csv");
    ASSERT_EQ(t.rows.size(), 4u);  // the blank line carries nothing
    EXPECT_EQ(t.rows[1].level, 2);
    EXPECT_TRUE(check_table(t).empty());
}

TEST(PrintedCsv, CellsStayVerbatimAndAreCheckedAsPrinted) {
    const PrintedTable t = read_printed_csv(
        "uraian;anggaran;realisasi;%\nKegiatan A;848.146..988,00;828.507.537,00;97,68\nKegiatan B;;100;\n",
        "t.csv");
    EXPECT_EQ(t.rows[0].cells[0], "848.146..988,00");
    EXPECT_EQ(t.rows[1].cells[0], "");
    const auto found = check_table(t);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].rule, "number.repaired");
}

TEST(PrintedCsv, LocatedErrors) {
    expect_error("uraian;anggaran;colour\nA;1;2\n", "1:17", "unknown column 'colour'");
    expect_error("anggaran;realisasi\n1;2\n", "1:1", "needs a label column");
    expect_error("uraian;anggaran\nA;1;2\n", "2:1", "a row of 3 fields; the header has 2");
    expect_error("uraian;anggaran;level\nA;1;2\n", "2:5", "level 2 follows level 0");
    expect_error("uraian;anggaran;level\nA;1;x\n", "2:5", "level 'x' must be 1, 2, 3");
    expect_error("uraian,anggaran\n\"A,1\n", "2:1", "a quoted field is not closed");
    expect_error("", "1:1", "the file is empty");
}

TEST(PrintedCsv, LoadNamesTheTableAfterTheFile) {
    EXPECT_THROW((void)load_printed_csv("/nonexistent/tabel-3-2.csv"), data_error);
}

}  // namespace

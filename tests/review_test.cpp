// Every reviu rule on small tables of its own: a case that fails and a case that passes. Expected
// figures are worked out by hand in the comments.
#include <gtest/gtest.h>

#include <kinerja/reviu.hpp>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::small_plan;

PrintedRow row(std::string label, std::vector<std::string> cells, int level = 0, std::string ref = {}) {
    return PrintedRow{std::move(label), level, std::move(ref), std::move(cells)};
}

PrintedTable table(std::vector<ColumnRole> roles, std::vector<PrintedRow> rows,
                   std::string title = "Tabel X Tahun 2024") {
    PrintedTable t;
    t.id = "t";
    t.title = std::move(title);
    t.year = 2024;
    for (ColumnRole r : roles)
        t.columns.push_back(PrintedColumn{std::string(to_string(r)), r, ColumnRole::other});
    t.rows = std::move(rows);
    return t;
}

const std::vector<ColumnRole> budget_columns{ColumnRole::anggaran, ColumnRole::realisasi, ColumnRole::sisa,
                                             ColumnRole::persen};

std::vector<Finding> with_rule(const std::vector<Finding>& all, const std::string& rule) {
    std::vector<Finding> out;
    for (const Finding& f : all)
        if (f.rule == rule) out.push_back(f);
    return out;
}

std::string dump(const std::vector<Finding>& all) {
    std::string s;
    for (const Finding& f : all)
        s += f.rule + " | " + f.row + " | " + f.column + " | " + f.printed + " | " + f.expected + " | " +
             f.message + "\n";
    return s;
}

// A real-looking table that adds up: 1.000.000 / 900.000 (90,00 %) and 3.000.000 / 2.000.000
// (66,67 %); the total 4.000.000 / 2.900.000 / 1.100.000 / 72,50 %.
PrintedTable consistent() {
    return table(budget_columns,
                 {row("Kegiatan A", {"1.000.000,00", "900.000,00", "100.000,00", "90,00"}),
                  row("Kegiatan B", {"3.000.000,00", "2.000.000,00", "1.000.000,00", "66,67"}),
                  row("JUMLAH", {"4.000.000,00", "2.900.000,00", "1.100.000,00", "72,50"})});
}

TEST(Reviu, ATableThatAddsUpHasNoFinding) {
    const auto found = check_table(consistent());
    EXPECT_TRUE(found.empty()) << dump(found);
}

TEST(Reviu, NumberText) {
    PrintedTable t = consistent();
    t.rows[0].cells[0] = "1.000..000,00";
    t.rows[1].cells[3] =
        "66.67";  // one dot, two digits: a decimal point in Indonesian text? No: bare, so exact
    auto found = check_table(t);
    const auto repaired = with_rule(found, "number.repaired");
    ASSERT_EQ(repaired.size(), 1u) << dump(found);
    EXPECT_EQ(repaired[0].expected, "1.000.000,00");
    EXPECT_EQ(repaired[0].severity, Severity::warning);
    EXPECT_TRUE(with_rule(found, "row.persen").empty()) << dump(found);  // the repaired value is used
    t.rows[0].cells[0] = "12,3,4";
    found = check_table(t);
    ASSERT_EQ(with_rule(found, "number.invalid").size(), 1u) << dump(found);
    EXPECT_EQ(with_rule(found, "number.invalid")[0].severity, Severity::error);
    t.rows[0].cells[0] = "1.000.000,00";
    t.rows[0].cells[3] = "90.00%";
    found = check_table(t);
    ASSERT_EQ(with_rule(found, "number.ambiguous").size(), 1u) << dump(found);
    EXPECT_EQ(with_rule(found, "number.ambiguous")[0].expected, "9.000 or 90,00");
}

TEST(Reviu, Sisa) {
    PrintedTable t = consistent();
    t.rows[0].cells[2] = "90.000,00";
    const auto found = with_rule(check_table(t), "row.sisa");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].expected, "100.000,00");
    EXPECT_EQ(found[0].printed, "90.000,00");
    EXPECT_EQ(found[0].row, "Kegiatan A");
    EXPECT_EQ(found[0].column, "sisa");
}

TEST(Reviu, PersenAndItsRounding) {
    PrintedTable t = consistent();
    t.rows[0].cells[3] = "91,00";
    auto found = with_rule(check_table(t), "row.persen");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].expected, "90,00");
    t = consistent();
    t.rows[1].cells[3] = "66,66";  // 2 / 3 = 66,666...: truncated, not wrong
    auto all = check_table(t);
    EXPECT_TRUE(with_rule(all, "row.persen").empty());
    ASSERT_EQ(with_rule(all, "rounding.truncated").size(), 1u) << dump(all);
    EXPECT_EQ(with_rule(all, "rounding.truncated")[0].severity, Severity::note);
    t.rows[1].cells[3] = "67";  // right at 0 decimals, 66,67 at two
    all = check_table(t);
    ASSERT_EQ(with_rule(all, "rounding.coarse").size(), 1u) << dump(all);
    EXPECT_TRUE(with_rule(all, "row.persen").empty());
}

TEST(Reviu, BlankWhereAValueIsDue) {
    PrintedTable t = consistent();
    t.rows[0].cells[2] = "";
    t.rows[0].cells[3] = "";
    const auto found = with_rule(check_table(t), "cell.blank");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].expected, "100.000,00");
    EXPECT_EQ(found[1].expected, "90,00");
}

TEST(Reviu, TotalRowAgainstTheRowsItCloses) {
    PrintedTable t = consistent();
    t.rows[2].cells[0] = "4.100.000,00";  // and then its sisa and % are off too
    const auto all = check_table(t);
    const auto found = with_rule(all, "total.sum");
    ASSERT_EQ(found.size(), 1u) << dump(all);
    EXPECT_EQ(found[0].expected, "4.000.000,00");
    EXPECT_EQ(found[0].column, "anggaran");
    EXPECT_EQ(with_rule(all, "row.sisa").size(), 1u);
}

TEST(Reviu, ParentRowsAgainstTheirChildrenAndSpacedTotals) {
    const PrintedTable t = table(
        budget_columns, {row("PROGRAM A", {"4.000.000,00", "2.900.000,00", "1.100.000,00", "72,50"}, 1),
                         row("Kegiatan A1", {"1.000.000,00", "900.000,00", "100.000,00", "90,00"}, 2),
                         row("Kegiatan A2", {"3.000.000,00", "2.000.000,00", "1.000.000,00", "66,67"}, 2),
                         row("PROGRAM B", {"500.000,00", "500.000,00", "0,00", "100,00"}, 1),
                         row("Kegiatan B1", {"500.000,00", "500.000,00", "0,00", "100,00"}, 2),
                         row("J U M L A H", {"4.500.000,00", "3.400.000,00", "1.100.000,00", "75,56"}, 1)});
    EXPECT_TRUE(check_table(t).empty()) << dump(check_table(t));
    PrintedTable bad = t;
    bad.rows[0].cells[1] = "3.000.000,00";
    bad.rows[0].cells[2] = "1.000.000,00";
    bad.rows[0].cells[3] = "75,00";
    // PROGRAM A now prints 3.000.000 / 1.000.000 against its rows' 2.900.000 / 1.100.000, and the
    // J U M L A H row (3.400.000 / 1.100.000) no longer matches the programs' 3.500.000 / 1.000.000.
    const auto all = check_table(bad);
    const auto sums = with_rule(all, "total.sum");
    ASSERT_EQ(sums.size(), 4u) << dump(all);
    EXPECT_EQ(sums[0].row, "PROGRAM A");
    EXPECT_EQ(sums[0].expected, "2.900.000,00");
    EXPECT_EQ(sums[1].expected, "1.100.000,00");
    EXPECT_EQ(sums[2].row, "J U M L A H");
    EXPECT_EQ(sums[2].expected, "3.500.000,00");
    EXPECT_EQ(sums[3].expected, "1.000.000,00");
}

TEST(Reviu, LPlusPAndShares) {
    PrintedTable t =
        table({ColumnRole::l, ColumnRole::p, ColumnRole::jumlah, ColumnRole::share},
              {row("Tubuh", {"724", "598", "1322", "25,00"}), row("Netra", {"425", "534", "959", "18,14"}),
               row("Wicara", {"142", "120", "162", "3,06"}), row("Jumlah", {"", "", "5288", "100,00"})});
    t.columns[3].of = ColumnRole::jumlah;
    // 1322 / 5288 = 25,00 %; 959 / 5288 = 18,135 -> 18,14; 162 / 5288 = 3,0635 -> 3,06.
    // The total: 1322 + 959 + 162 = 2443, not 5288.
    const auto all = check_table(t);
    const auto lp = with_rule(all, "row.l_plus_p");
    ASSERT_EQ(lp.size(), 1u) << dump(all);
    EXPECT_EQ(lp[0].row, "Wicara");
    EXPECT_EQ(lp[0].expected, "262");
    EXPECT_TRUE(with_rule(all, "row.share").empty()) << dump(all);
    ASSERT_EQ(with_rule(all, "total.sum").size(), 1u);
    EXPECT_EQ(with_rule(all, "total.sum")[0].expected, "2.443");
    t.rows[1].cells[3] = "18,00";
    ASSERT_EQ(with_rule(check_table(t), "row.share").size(), 1u);
    EXPECT_EQ(with_rule(check_table(t), "row.share")[0].expected, "18,14");
}

TEST(Reviu, CapaianAgainstTarget) {
    PrintedTable t = table({ColumnRole::target, ColumnRole::realisasi, ColumnRole::capaian},
                           {row("PMKS", {"26,75", "26,43", "98,80"}), row("PSKS", {"80", "76,59", "95,73"})});
    // 26,43 / 26,75 = 98,804 -> 98,80; 76,59 / 80 = 95,7375 -> 95,74, printed truncated.
    auto all = check_table(t);
    EXPECT_TRUE(with_rule(all, "row.capaian").empty()) << dump(all);
    ASSERT_EQ(with_rule(all, "rounding.truncated").size(), 1u);
    EXPECT_EQ(with_rule(all, "rounding.truncated")[0].expected, "95,74");
    t.rows[0].cells[2] = "98,90";
    all = check_table(t);
    ASSERT_EQ(with_rule(all, "row.capaian").size(), 1u);
    EXPECT_EQ(with_rule(all, "row.capaian")[0].expected, "98,80");
}

TEST(Reviu, CapaianFollowsTheIndicatorsPolarity) {
    Renstra plan = small_plan();  // i2b: lower is better, T / R
    PrintedReport printed;
    PrintedTable t = table({ColumnRole::target, ColumnRole::realisasi, ColumnRole::capaian},
                           {row("i2b", {"10", "8", "125,00"}, 0, "indicator:i2b")});
    printed.tables = {t};
    EXPECT_TRUE(with_rule(check(plan, printed), "row.capaian").empty()) << dump(check(plan, printed));
    printed.tables[0].rows[0].cells[2] = "80,00";  // what higher-is-better would give
    const auto found = with_rule(check(plan, printed), "row.capaian");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].expected, "125,00");
}

TEST(Reviu, MeanLabels) {
    PrintedTable t =
        table({ColumnRole::persen}, {row("A", {"90,00"}), row("B", {"66,67"}), row("RATA-RATA", {"78,34"})});
    // (90 + 66,67) / 2 = 78,335 -> 78,34.
    EXPECT_TRUE(check_table(t).empty()) << dump(check_table(t));
    t.rows[2].label = "RATA – RATA";
    t.rows[2].cells[0] = "72,50";
    const auto found = with_rule(check_table(t), "label.mean");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].expected, "78,34");
    EXPECT_NE(found[0].message.find("it equals none of"), std::string::npos) << found[0].message;
}

TEST(Reviu, MeanLabelSaysWhatTheFigureIs) {
    Renstra plan = small_plan();
    PrintedReport printed;
    // k1 90,00 and k2 66,67 (serapan); the budget-weighted mean is the serapan of p1: 72,50.
    printed.tables = {
        table({ColumnRole::persen},
              {row("k1", {"90,00"}, 0, "k1"), row("k2", {"66,67"}, 0, "k2"), row("Rata-rata", {"72,50"})})};
    const auto found = with_rule(check(plan, printed), "label.mean");
    ASSERT_EQ(found.size(), 1u) << dump(check(plan, printed));
    EXPECT_NE(found[0].message.find("it equals the budget-weighted mean"), std::string::npos)
        << found[0].message;
}

TEST(Reviu, TitleYear) {
    PrintedTable t = consistent();
    t.title = "Tabel 3.1 Capaian Tahun 2018";
    auto found = with_rule(check_table(t), "title.year");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].printed, "2018");
    EXPECT_EQ(found[0].expected, "2024");
    t.title = "Tabel 3.1 Capaian Tahun 2024";
    EXPECT_TRUE(with_rule(check_table(t), "title.year").empty());
    t.title = "Tabel 3.1 Capaian";
    EXPECT_TRUE(with_rule(check_table(t), "title.year").empty());
}

// small_plan: p1 has k1 (1.000.000 / 900.000) and k2 (3.000.000 / 2.000.000).
TEST(Reviu, RowsMissingAgainstThePlan) {
    Renstra plan = small_plan();
    PrintedReport printed;
    printed.tables = {table(
        budget_columns, {row("PROGRAM 1", {"4.000.000,00", "2.900.000,00", "1.100.000,00", "72,50"}, 1, "p1"),
                         row("Kegiatan 1", {"1.000.000,00", "900.000,00", "100.000,00", "90,00"}, 2, "k1")})};
    const auto all = check(plan, printed);
    const auto missing = with_rule(all, "plan.missing_row");
    ASSERT_EQ(missing.size(), 1u) << dump(all);
    EXPECT_EQ(missing[0].expected, "'node k2'");
    const auto sums = with_rule(all, "total.sum");
    ASSERT_FALSE(sums.empty());
    EXPECT_NE(sums[0].message.find("is the anggaran of the missing kegiatan 'k2'"), std::string::npos)
        << sums[0].message;
    printed.tables[0].rows.push_back(
        row("Kegiatan 2", {"3.000.000,00", "2.000.000,00", "1.000.000,00", "66,67"}, 2, "k2"));
    EXPECT_TRUE(check(plan, printed).empty()) << dump(check(plan, printed));
    printed.tables[0].rows.push_back(row("Kegiatan 3", {"0,00", "0,00", "0,00", ""}, 2, "k3"));
    EXPECT_EQ(with_rule(check(plan, printed), "plan.extra_row").size(), 1u);
}

TEST(Reviu, SameFigureAcrossTablesTextAndDataset) {
    Renstra plan = small_plan();
    PrintedReport printed;
    printed.tables = {table(
        budget_columns, {row("Kegiatan 1", {"1.000.000,00", "900.000,00", "100.000,00", "90,00"}, 0, "k1")})};
    printed.figures = {PrintedFigure{"Bab II", "body", 2024, "anggaran", "Rp. 6.500.000,-"},
                       PrintedFigure{"Bab II", "body:kegiatan", 2024, "count", "3"}};
    EXPECT_TRUE(check(plan, printed).empty()) << dump(check(plan, printed));
    printed.figures[0].printed = "Rp. 6.400.000,-";
    printed.tables[0].rows[0].cells[1] = "950.000,00";
    printed.tables[0].rows[0].cells[2] = "50.000,00";
    printed.tables[0].rows[0].cells[3] = "95,00";
    const auto found = with_rule(check(plan, printed), "cross.mismatch");
    // One finding for k1's realisasi (its sisa and % follow from it and are not repeated), one for the text.
    ASSERT_EQ(found.size(), 2u) << dump(check(plan, printed));
    const auto in = [&](const std::string& table) {
        return *std::find_if(found.begin(), found.end(), [&](const Finding& f) { return f.table == table; });
    };
    EXPECT_EQ(in("t").column, "realisasi");
    EXPECT_EQ(in("t").expected, "900.000,00");
    EXPECT_EQ(in("text").expected, "6.500.000,00");
    EXPECT_EQ(in("text").row, "Bab II");
}

TEST(Reviu, TextFiguresAndCellsGetTheSameNumberFinding) {
    // "12,3,4": the second decimal comma is character 4 (0-based). A table cell and a figure of the
    // text with that text get the same message, offset included.
    Renstra plan = small_plan();
    PrintedReport printed;
    printed.tables = {
        table(budget_columns, {row("Kegiatan 1", {"12,3,4", "900.000,00", "100.000,00", "90,00"}, 0, "k1")})};
    printed.figures = {PrintedFigure{"Bab II", "body", 2024, "anggaran", "12,3,4"}};
    const auto found = with_rule(check(plan, printed), "number.invalid");
    ASSERT_EQ(found.size(), 2u) << dump(check(plan, printed));
    for (const Finding& f : found) {
        EXPECT_EQ(f.message, "not a number: more than one decimal comma at offset 4") << f.table;
        EXPECT_EQ(f.printed, "12,3,4");
        EXPECT_EQ(f.column, "anggaran");
    }
}

TEST(Reviu, SameFigureAcrossTablesWithoutADataset) {
    Renstra plan = small_plan();
    PrintedReport printed;
    plan.budget.clear();
    auto one = table({ColumnRole::jumlah}, {row("Staff S1", {"12"}, 0, "staff:s1")});
    auto two = one;
    two.id = "u";
    printed.tables = {one, two};
    EXPECT_TRUE(check(plan, printed).empty());
    printed.tables[1].rows[0].cells[0] = "13";
    const auto found = with_rule(check(plan, printed), "cross.mismatch");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].table, "u");
    EXPECT_EQ(found[0].expected, "12");
}

// The shape the rules rely on, checked before them (validate(PrintedReport), which the dataset
// reader runs): each fault located in the printed material.
void expect_invalid(const PrintedReport& printed, const PlanLocation& where, const std::string& reason) {
    try {
        validate(printed, "r.json");
        FAIL() << "accepted; expected " << where.to_string() << ": " << reason;
    } catch (const plan_error& e) {
        EXPECT_EQ(e.location(), where) << e.what();
        EXPECT_EQ(e.path(), where.to_string());
        EXPECT_NE(e.reason().find(reason), std::string::npos) << e.what();
        EXPECT_EQ(e.source(), "r.json");
    }
}

TEST(Reviu, PrintedMaterialKeepsItsShape) {
    PrintedReport good;
    good.tables = {table({ColumnRole::jumlah}, {row("A", {"1"}, 1), row("a", {"1"}, 2), row("B", {"2"}, 1)})};
    good.figures = {PrintedFigure{"Bab II", "body", 2024, "count", "3"}};
    EXPECT_NO_THROW(validate(good));
    PrintedReport bad = good;
    bad.tables.push_back(bad.tables[0]);
    expect_invalid(bad, {"printed_tables", 1, {"id"}}, "must be non-empty and unique");
    bad = good;
    bad.tables[0].rows[1].cells.push_back("2");
    expect_invalid(bad, {"printed_tables", 0, {"rows", "1", "cells"}},
                   "a row needs 1 cells, one per column, not 2");
    bad = good;
    bad.tables[0].rows[1].level = 3;
    expect_invalid(bad, {"printed_tables", 0, {"rows", "1", "level"}}, "at most one deeper");
    bad = good;
    bad.tables[0].rows[2].level = 0;
    expect_invalid(bad, {"printed_tables", 0, {"rows", "2", "level"}},
                   "either every row has a level or none");
    bad = good;
    bad.tables[0].columns[0].role = ColumnRole::share;  // of: other
    expect_invalid(bad, {"printed_tables", 0, {"columns", "0", "of"}}, "names the role it is a share of");
    bad = good;
    bad.figures[0].measure = "jumlah orang";
    expect_invalid(bad, {"printed_figures", 0, {"measure"}}, "is not a column role or count");
    bad = good;
    bad.figures[0].ref.clear();
    expect_invalid(bad, {"printed_figures", 0, {"ref"}}, "a printed figure needs a ref");
}

// A cell the check cannot compute (issue 12, row 9) is a finding naming table, row and column, and
// the rest of the check goes on.
Finding only(const std::vector<Finding>& all, const std::string& rule) {
    const auto found = with_rule(all, rule);
    EXPECT_EQ(found.size(), 1u) << dump(all);
    return found.empty() ? Finding{} : found.front();
}

TEST(Reviu, ASumBeyond38DigitsIsAFindingAndTheCheckGoesOn) {
    // Two anggaran of 36 nines (10^36 - 1 Rupiah each): their sum is 2 x 10^36 - 2 Rupiah, 39
    // digits of sen, beyond the 38 a figure holds. The realisasi total 3 against 1 + 1 = 2 is
    // still checked; so are the rows' sisa (1 - 1 = 0) and % (1 / 1 = 100,00).
    const std::string nines(36, '9');
    const auto found =
        check_table(table({ColumnRole::anggaran, ColumnRole::realisasi},
                          {row("A", {nines, "1"}), row("B", {nines, "1"}), row("Jumlah", {"1", "3"})}));
    const Finding f = only(found, "cell.uncomputable");
    EXPECT_EQ(f.severity, Severity::error);
    EXPECT_EQ(f.table, "t");
    EXPECT_EQ(f.row, "Jumlah");
    EXPECT_EQ(f.column, "anggaran");
    EXPECT_EQ(f.printed, "1");
    EXPECT_NE(f.message.find("cannot compute the sum of the 2 rows it closes: "), std::string::npos)
        << f.message;
    const Finding sum = only(found, "total.sum");
    EXPECT_EQ(sum.column, "realisasi");
    EXPECT_EQ(sum.expected, "2,00");
    EXPECT_EQ(found.size(), 2u) << dump(found);
}

TEST(Reviu, ADifferenceBeyond38DigitsIsAFinding) {
    // anggaran of 37 nines less realisasi 1: 10^37 - 2 Rupiah, 39 digits of sen. The % column of
    // the same row is still checked: 1 / (10^37 - 1) x 100 is 0,00, not 5.
    const auto found = check_table(table(budget_columns, {row("A", {std::string(37, '9'), "1", "1", "5"})}));
    const Finding f = only(found, "cell.uncomputable");
    EXPECT_EQ(f.row, "A");
    EXPECT_EQ(f.column, "sisa");
    EXPECT_NE(f.message.find("cannot compute the sisa, anggaran - realisasi: "), std::string::npos);
    EXPECT_EQ(only(found, "row.persen").expected, "0,00");
}

TEST(Reviu, ARatioBeyond38DigitsIsAFinding) {
    // 99999999999999999999 / 0,000000000000000001 x 100 = 10^40 - 100: 40 digits. The next row,
    // 72 / 80 x 100 = 90,00 printed 91, is still checked.
    const auto found = check_table(table(
        {ColumnRole::target, ColumnRole::realisasi, ColumnRole::capaian},
        {row("A", {"0,000000000000000001", "99999999999999999999", "1"}), row("B", {"80", "72", "91"})}));
    const Finding f = only(found, "cell.uncomputable");
    EXPECT_EQ(f.row, "A");
    EXPECT_EQ(f.column, "capaian");
    EXPECT_EQ(f.printed, "1");
    const Finding wrong = only(found, "row.capaian");
    EXPECT_EQ(wrong.row, "B");
    EXPECT_EQ(wrong.expected, "90,00");
}

TEST(Reviu, AnUncomputableCellInTheWholeCheckGoesOnToTheOtherTables) {
    // The first table cannot add its anggaran; the second, of the plan's kegiatan, is compared
    // with the dataset as before: k1's realisasi is 900.000,00, not 950.000,00.
    Renstra plan = small_plan();
    PrintedReport printed;
    const std::string nines(36, '9');
    PrintedTable huge =
        table({ColumnRole::anggaran}, {row("A", {nines}), row("B", {nines}), row("Jumlah", {"1"})});
    huge.id = "huge";
    printed.tables = {
        huge, table(budget_columns,
                    {row("Kegiatan 1", {"1.000.000,00", "950.000,00", "50.000,00", "95,00"}, 0, "k1")})};
    const auto found = check(plan, printed);
    const Finding f = only(found, "cell.uncomputable");
    EXPECT_EQ(f.table, "huge");
    EXPECT_EQ(f.row, "Jumlah");
    const Finding cross = only(found, "cross.mismatch");
    EXPECT_EQ(cross.table, "t");
    EXPECT_EQ(cross.expected, "900.000,00");
}

TEST(Reviu, RulesHaveStableIdsAndDescriptions) {
    EXPECT_GE(review_rules().size(), 15u);
    const auto& rules = review_rules();
    EXPECT_NE(std::find_if(rules.begin(), rules.end(),
                           [](const auto& r) { return r.first == "cell.uncomputable"; }),
              rules.end());
    for (const auto& [id, text] : review_rules()) {
        EXPECT_FALSE(id.empty());
        EXPECT_FALSE(text.empty());
    }
    EXPECT_TRUE(has_errors({Finding{"row.sisa", Severity::error, "", "", "", "", "", ""}}));
    EXPECT_FALSE(has_errors({Finding{"rounding.coarse", Severity::note, "", "", "", "", "", ""}}));
}

}  // namespace

namespace {

TEST(Reviu, HeadingRowsAddUpThroughTheirChildren) {
    // Category 9 prints nothing itself; its sub-rows 53 and 7 count towards the total 100 + 60.
    const PrintedTable t =
        table({ColumnRole::jumlah},
              {row("1 Fakir miskin", {"100"}, 1), row("9 Disabilitas", {""}, 1), row("a. Tubuh", {"53"}, 2),
               row("b. Netra", {"7"}, 2), row("7 Terlantar", {""}, 1), row("JUMLAH", {"160"}, 1)});
    EXPECT_TRUE(check_table(t).empty()) << dump(check_table(t));
    PrintedTable bad = t;
    bad.rows[5].cells[0] = "100";
    ASSERT_EQ(with_rule(check_table(bad), "total.sum").size(), 1u);
    EXPECT_EQ(with_rule(check_table(bad), "total.sum")[0].expected, "160");
}

TEST(Reviu, AColumnBrokenDownForSomeRowsOnlyHasNoTotalDue) {
    // L and P printed for one category only: the total row prints no L or P, and that is no fault;
    // the sum of a column with a row that prints other figures but not this one is not checked.
    const PrintedTable t =
        table({ColumnRole::l, ColumnRole::p, ColumnRole::jumlah},
              {row("A", {"724", "598", "1322"}), row("B", {"", "", "45"}), row("JUMLAH", {"", "", "1367"})});
    EXPECT_TRUE(check_table(t).empty()) << dump(check_table(t));
}

TEST(Reviu, AKegiatanRowThatPrintsNothingIsStillDue) {
    Renstra plan = small_plan();
    PrintedReport printed;
    printed.tables = {
        table({ColumnRole::capaian},
              {row("PROGRAM 1", {""}, 1, "p1"), row("k1", {"90,00"}, 2, "k1"), row("k2", {""}, 2, "k2")})};
    const auto found = with_rule(check(plan, printed), "cell.blank");
    ASSERT_EQ(found.size(), 1u) << dump(check(plan, printed));  // not the program heading
    EXPECT_EQ(found[0].row, "k2");
    EXPECT_EQ(found[0].expected, "102,50");  // mean of 40/50 = 80 and (T/R) 10/8 = 125
}

}  // namespace

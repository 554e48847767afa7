// The Renja evaluation (kinerja/report/renja.hpp) on the hand-made dataset tests/data/renja/renja.json
// (period 2019-2023, evaluated for 2021). Every expected figure is worked out by hand there and
// checked with Python's decimal (ROUND_HALF_UP):
//   ip1 (%, quarters rolled up by last): 2019 50, 2020 55, 2021 quarters 52,5 55 58 61,25 -> 61,25;
//       before 55 (the last), up to 2021 61,25; capaian 61,25/60 = 102,08; against 70: 87,50.
//   ik1 (orang, by sum): 2019 100 (quarters), 2020 110, 2021 30+35+40 = 105 (no fourth quarter);
//       before 210, up to 2021 315; capaian 105/120 = 87,50; against 600: 52,50.
//   ik2 (hari, lower, (2T-R)/T): 2020 6, 2021 4,5 (stated: a stock); capaian (10-4,5)/5 = 110,00;
//       against 4: (8-4,5)/4 = 87,50.
//   is1 (paket): 2020 35, nothing for 2021: blank, "belum dilaporkan".
//   Money, all on s1 (so k1 and p1 the same): anggaran 2019-2022 100 + 120 + 150 + 160 million =
//       530.000.000,00; realisasi 2019-2020 90.000.000,00 + 110.500.000,50 = 200.500.000,50; 2021
//       150.000.000,00 / 75.250.000,25 by quarters 10 / 20 / 25,25... / 20 million; up to 2021
//       275.750.000,75; serapan 75.250.000,25/150.000.000 = 50,17; against 530 million: 52,03.

#include <gtest/gtest.h>

#include <algorithm>
#include <kinerja/io.hpp>
#include <kinerja/report.hpp>
#include <kinerja/reviu.hpp>
#include <string>
#include <vector>

#include "report/writers.hpp"

namespace {

using namespace kinerja;

const Renstra& plan() {
    static const Renstra p = load_renstra(KINERJA_TEST_DATA_DIR "/renja/renja.json");
    return p;
}

const RenjaRow& row_of(const std::vector<RenjaRow>& rows, const std::string& node, const std::string& ind) {
    for (const RenjaRow& r : rows)
        if (r.node == node && r.indicator == ind) return r;
    throw std::runtime_error("no row " + node + "/" + ind);
}

Rupiah rp(const char* text) { return parse_rupiah(text); }
Decimal num(const char* text) { return parse_number(text); }

TEST(Renja, RowsInHierarchyOrder) {
    const std::vector<RenjaRow> rows = renja_rows(plan(), 2021);
    std::vector<std::string> order;
    for (const RenjaRow& r : rows)
        order.push_back(r.node + "/" + r.indicator + "/" + std::to_string(r.level));
    EXPECT_EQ(order,
              (std::vector<std::string>{"p1/ip1/1", "k1/ik1/2", "k1/ik2/2", "s1/is1/3", "s2//3", "k2//2"}));
    EXPECT_TRUE(rows[1].first);
    EXPECT_FALSE(rows[2].first);
    EXPECT_EQ(rows[0].unit, "Kepala Dinas");
    EXPECT_EQ(rows[3].unit, "Bidang Rehabilitasi Sosial");
    EXPECT_EQ(rows[3].code, "1.06.04.2.01.0001");
}

TEST(Renja, KinerjaByTheIndicatorsRule) {
    const std::vector<RenjaRow> rows = renja_rows(plan(), 2021);
    const RenjaRow& ip1 = row_of(rows, "p1", "ip1");
    EXPECT_EQ(ip1.renstra_k->value, num("70"));
    EXPECT_EQ(ip1.before_k->value, num("55"));
    EXPECT_EQ(ip1.target_k->value, num("60"));
    EXPECT_EQ(*ip1.triwulan_k[0], num("52,5"));
    EXPECT_EQ(*ip1.triwulan_k[3], num("61,25"));
    EXPECT_EQ(ip1.year_k->value, num("61,25"));
    EXPECT_EQ(ip1.cumulative_k->value, num("61,25"));
    EXPECT_EQ(ip1.capaian_k->points(), num("102,08"));
    EXPECT_EQ(ip1.renstra_capaian_k->points(), num("87,50"));

    const RenjaRow& ik1 = row_of(rows, "k1", "ik1");
    EXPECT_EQ(ik1.before_k->value, num("210"));
    EXPECT_EQ(ik1.year_k->value, num("105"));
    EXPECT_FALSE(ik1.triwulan_k[3].has_value());
    EXPECT_EQ(ik1.cumulative_k->value, num("315"));
    EXPECT_EQ(ik1.capaian_k->points(), num("87,50"));
    EXPECT_EQ(ik1.renstra_capaian_k->points(), num("52,50"));

    const RenjaRow& ik2 = row_of(rows, "k1", "ik2");
    EXPECT_EQ(ik2.before_k->value, num("6"));
    EXPECT_EQ(ik2.cumulative_k->value, num("4,5"));
    EXPECT_EQ(ik2.capaian_k->points(), num("110,00"));
    EXPECT_EQ(ik2.renstra_capaian_k->points(), num("87,50"));
    EXPECT_FALSE(ik2.triwulan_k[0].has_value());

    const RenjaRow& is1 = row_of(rows, "s1", "is1");
    EXPECT_EQ(is1.before_k->value, num("35"));
    EXPECT_FALSE(is1.year_k);
    EXPECT_FALSE(is1.cumulative_k);
    EXPECT_FALSE(is1.capaian_k);
    EXPECT_EQ(is1.keterangan, "realisasi 2021 belum dilaporkan");
}

TEST(Renja, MoneyExactOnTheFirstRowOfEachNode) {
    const std::vector<RenjaRow> rows = renja_rows(plan(), 2021);
    for (const char* node : {"p1", "k1", "s1"}) {
        const RenjaRow* first = nullptr;
        for (const RenjaRow& r : rows)
            if (r.node == node && r.first) first = &r;
        ASSERT_NE(first, nullptr) << node;
        EXPECT_EQ(*first->renstra_rp, rp("530.000.000,00")) << node;
        EXPECT_EQ(*first->before_rp, rp("200.500.000,50")) << node;
        EXPECT_EQ(*first->target_rp, rp("150.000.000,00")) << node;
        EXPECT_EQ(*first->triwulan_rp[2], rp("25.250.000,25")) << node;
        EXPECT_EQ(*first->year_rp, rp("75.250.000,25")) << node;
        EXPECT_EQ(first->capaian_rp->points(), num("50,17")) << node;
        EXPECT_EQ(*first->cumulative_rp, rp("275.750.000,75")) << node;
        EXPECT_EQ(first->renstra_capaian_rp->points(), num("52,03")) << node;
    }
    // The second indicator row of k1 carries no money: it would be counted twice.
    const RenjaRow& ik2 = row_of(rows, "k1", "ik2");
    EXPECT_FALSE(ik2.target_rp);
    EXPECT_FALSE(ik2.renstra_rp);
}

TEST(Renja, WithoutDataEveryCellIsBlankNeverZero) {
    const ReportTable t = renja_table(plan(), 2021);
    for (const ReportTable::Row& r : t.rows) {
        if (r.ref != "k2" && r.ref != "s2") continue;
        ASSERT_EQ(r.cells.size(), t.columns.size() - 1);
        EXPECT_EQ(r.cells[0], r.ref == "k2" ? "1.06.04.2.02" : "1.06.04.2.01.0002");
        for (std::size_t c = 1; c < r.cells.size(); ++c)
            EXPECT_EQ(r.cells[c], "") << r.ref << " column " << t.columns[c + 1];
    }
}

TEST(Renja, TableHasKAndRpPairs) {
    const ReportTable t = renja_table(plan(), 2021);
    EXPECT_EQ(t.id, "renja");
    ASSERT_EQ(t.columns.size(), 4u + 22u + 2u);
    EXPECT_EQ(t.columns[4], "Target Renstra 2023 K");
    EXPECT_EQ(t.columns[5], "Target Renstra 2023 Rp");
    EXPECT_EQ(t.columns[6], "Realisasi s.d. 2020 K");
    EXPECT_EQ(t.columns[10], "Realisasi Triwulan I K");
    EXPECT_EQ(t.columns[17], "Realisasi Triwulan IV Rp");
    EXPECT_EQ(t.columns[18], "Realisasi 2021 K");
    EXPECT_EQ(t.columns[20], "Tingkat Capaian 2021 (%) K");
    EXPECT_EQ(t.columns[23], "Realisasi s.d. 2021 Rp");
    EXPECT_EQ(t.columns[25], "Tingkat Capaian Renstra (%) Rp");
    EXPECT_EQ(t.columns[26], "Unit Penanggung Jawab");
    EXPECT_EQ(t.columns.back(), "Keterangan");
    const ReportTable::Row& first = t.rows.at(1);  // k1, ik1
    EXPECT_EQ(first.ref, "ik1");
    EXPECT_EQ(first.label, "Rehabilitasi Sosial Dasar");
    EXPECT_EQ(first.cells[3], "600");
    EXPECT_EQ(first.cells[4], "530.000.000,00");
    EXPECT_EQ(first.cells[5], "210");
    EXPECT_EQ(first.cells[6], "200.500.000,50");
    // A cell's index is its column's less one (the label has none).
    EXPECT_EQ(first.cells[17], "105");
    EXPECT_EQ(first.cells[18], "75.250.000,25");
    EXPECT_EQ(first.cells[19], "87,50");
    EXPECT_EQ(first.cells[20], "50,17");
    EXPECT_EQ(first.cells[21], "315");
    EXPECT_EQ(first.cells[22], "275.750.000,75");
    EXPECT_EQ(first.cells[23], "52,50");
    EXPECT_EQ(first.cells[24], "52,03");
    EXPECT_EQ(first.cells[25], "Bidang Rehabilitasi Sosial");
}

TEST(Renja, YearOneOfThePlanHasNoEarlierYears) {
    const std::vector<RenjaRow> rows = renja_rows(plan(), 2019);
    const RenjaRow& ik1 = row_of(rows, "k1", "ik1");
    EXPECT_FALSE(ik1.before_k);
    EXPECT_FALSE(ik1.before_rp);
    EXPECT_EQ(ik1.year_k->value, num("100"));
    EXPECT_EQ(ik1.cumulative_k->value, num("100"));
    EXPECT_EQ(*ik1.cumulative_rp, rp("90.000.000,00"));
}

TEST(Renja, FormatsCarryTheFigures) {
    const std::string md = write_renja(plan(), 2021, ReportFormat::markdown);
    EXPECT_NE(md.find("| 275.750.000,75 |"), std::string::npos);
    const std::string csv = write_renja(plan(), 2021, ReportFormat::csv);
    EXPECT_NE(csv.find("renja;Rehabilitasi Sosial Dasar;2;ik1;Tingkat Capaian 2021 (%) K;87,50\n"),
              std::string::npos);
    const std::string html = write_renja(plan(), 2021, ReportFormat::html);
    EXPECT_NE(html.find("<table id=\"renja\">"), std::string::npos);
    // Two heading rows as the form prints them: each period over its K and Rp.
    EXPECT_NE(html.find("<th rowspan=\"2\">Kode</th>"), std::string::npos);
    EXPECT_NE(html.find("<th colspan=\"2\">Target Renstra 2023</th>"), std::string::npos);
    EXPECT_NE(html.find("</tr><tr><th>K</th><th>Rp</th><th>K</th>"), std::string::npos);
}

// A printed Renja table by hand: the program row of the dataset (ip1) as the form prints it, each
// period's K and Rp. The figures are the ones worked out at the top of this file.
PrintedTable printed_renja() {
    PrintedTable t;
    t.id = "renja";
    t.year = 2021;
    for (const char* p :
         {"Target Renstra 2023", "Realisasi s.d. 2020", "Target Renja 2021", "Realisasi Triwulan I",
          "Realisasi Triwulan II", "Realisasi Triwulan III", "Realisasi Triwulan IV", "Realisasi 2021",
          "Tingkat Capaian 2021 (%)", "Realisasi s.d. 2021", "Tingkat Capaian Renstra (%)"}) {
        t.columns.push_back({std::string(p) + " K", ColumnRole::other, ColumnRole::other});
        t.columns.push_back({std::string(p) + " Rp", ColumnRole::other, ColumnRole::other});
    }
    t.rows.push_back({"Persentase PMKS yang tertangani",
                      1,
                      "indicator:ip1",
                      {"70",    "530.000.000,00", "55",    "200.500.000,50", "60",     "150.000.000,00",
                       "52,5",  "10.000.000,00",  "55",    "20.000.000,00",  "58",     "25.250.000,25",
                       "61,25", "20.000.000,00",  "61,25", "75.250.000,25",  "102,08", "50,17",
                       "61,25", "275.750.000,75", "87,50", "52,03"}});
    return t;
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const Finding& f : findings) out.push_back(f.rule + " " + f.column + " " + f.expected);
    return out;
}

TEST(RenjaReviu, TheTableAsPrintedIsClean) {
    const PrintedTable t = printed_renja();
    EXPECT_TRUE(is_renja_table(t));
    EXPECT_TRUE(check_table(t).empty());
    EXPECT_TRUE(check_renja_table(t, &plan()).empty());
}

TEST(RenjaReviu, EachDerivedCellNamedWithItsTrueValue) {
    PrintedTable t = printed_renja();
    // Realisasi 2021 Rp one Rupiah too much: the quarters say 75.250.000,25; the cells computed from
    // it (capaian Rp, realisasi s.d. 2021 Rp) are right for the true figure and are not named.
    t.rows[0].cells[15] = "75.250.001,25";
    EXPECT_EQ(rules_of(check_table(t)),
              (std::vector<std::string>{"renja.triwulan Realisasi 2021 Rp 75.250.000,25"}));
    t = printed_renja();
    t.rows[0].cells[16] = "102,07";          // 61,25 / 60 = 102,0833...
    t.rows[0].cells[17] = "50,16";           // 75.250.000,25 / 150.000.000 = 50,1666...
    t.rows[0].cells[19] = "275.750.000,00";  // 200.500.000,50 + 75.250.000,25
    t.rows[0].cells[20] = "88,50";           // 61,25 / 70 = 87,5
    t.rows[0].cells[21] = "52,00";           // 275.750.000,75 / 530.000.000 = 52,0283...
    EXPECT_EQ(rules_of(check_renja_table(t, &plan())),
              (std::vector<std::string>{"renja.capaian Tingkat Capaian 2021 (%) K 102,08",
                                        "renja.capaian_renstra Tingkat Capaian Renstra (%) K 87,50",
                                        "renja.capaian Tingkat Capaian 2021 (%) Rp 50,17",
                                        "renja.cumulative Realisasi s.d. 2021 Rp 275.750.000,75",
                                        "renja.capaian_renstra Tingkat Capaian Renstra (%) Rp 52,03"}));
}

TEST(RenjaReviu, KByTheIndicatorsRuleWithThePlan) {
    PrintedTable t = printed_renja();
    // ip1 rolls its quarters up by the last: the sum (226,75) is wrong with the plan, and one of the
    // forms in use without it. With the plan every cell that follows from it is named with the figure
    // the true 61,25 gives.
    t.rows[0].cells[14] = "226,75";
    t.rows[0].cells[18] = "226,75";
    t.rows[0].cells[16] = "377,92";  // 226,75 / 60
    t.rows[0].cells[20] = "323,93";  // 226,75 / 70
    EXPECT_TRUE(check_table(t).empty());
    EXPECT_EQ(rules_of(check_renja_table(t, &plan())),
              (std::vector<std::string>{"renja.triwulan Realisasi 2021 K 61,25",
                                        "renja.capaian Tingkat Capaian 2021 (%) K 102,08",
                                        "renja.cumulative Realisasi s.d. 2021 K 61,25",
                                        "renja.capaian_renstra Tingkat Capaian Renstra (%) K 87,50"}));
}

// The same findings in both languages; the message in each (written by hand), its figures in the
// language's marks, printed and expected as the table and the reviu write them.
const Finding& finding_of(const std::vector<Finding>& f, const std::string& rule, const std::string& column) {
    for (const Finding& x : f)
        if (x.rule == rule && x.column == column) return x;
    static const Finding none;
    ADD_FAILURE() << "no " << rule << " in " << column;
    return none;
}

TEST(RenjaReviu, MessagesInEachLanguage) {
    PrintedTable t = printed_renja();
    t.rows[0].cells[15] = "75.250.001,25";  // realisasi 2021 Rp: the quarters say 75.250.000,25
    t.rows[0].cells[16] = "102,07";         // capaian 2021 K: 61,25 / 60 = 102,08
    const std::vector<Finding> id = check_renja_table(t, &plan());
    const std::vector<Finding> en = check_renja_table(t, &plan(), Language("en"));
    ASSERT_EQ(id.size(), en.size());
    for (std::size_t k = 0; k < id.size(); ++k) {
        EXPECT_EQ(id[k].rule, en[k].rule);
        EXPECT_EQ(id[k].column, en[k].column);
        EXPECT_EQ(id[k].printed, en[k].printed);
        EXPECT_EQ(id[k].expected, en[k].expected);
    }
    const Finding& rp_id = finding_of(id, "renja.triwulan", "Realisasi 2021 Rp");
    EXPECT_EQ(rp_id.expected, "75.250.000,25");
    EXPECT_EQ(rp_id.message, "realisasi tahun ini bukan jumlah triwulan; seharusnya 75.250.000,25");
    EXPECT_EQ(finding_of(en, "renja.triwulan", "Realisasi 2021 Rp").message,
              "realisasi of the year is not the sum of the triwulan; it is 75,250,000.25");
    EXPECT_EQ(finding_of(id, "renja.capaian", "Tingkat Capaian 2021 (%) K").message,
              "tingkat capaian tahun ini bukan realisasi terhadap target; seharusnya 102,08");
    EXPECT_EQ(finding_of(en, "renja.capaian", "Tingkat Capaian 2021 (%) K").message,
              "tingkat capaian of the year is not realisasi against the target; it is 102.08");
    // Without the plan every form in use is named: the sum, the last and the largest quarter.
    t = printed_renja();
    t.rows[0].cells[12] = "50";  // triwulan IV K: 52,5 + 55 + 58 + 50 = 215,5; last 50; largest 58
    t.rows[0].cells[14] = "60";
    EXPECT_EQ(finding_of(check_renja_table(t), "renja.triwulan", "Realisasi 2021 K").message,
              "realisasi tahun ini bukan rekapitulasi triwulannya; seharusnya 215,5 (atau 50; 58)");
    EXPECT_EQ(finding_of(check_renja_table(t, nullptr, Language("en")), "renja.triwulan", "Realisasi 2021 K")
                  .message,
              "realisasi of the year is not its triwulan rolled up; it is 215.5 (or 50, 58)");
    // Text that is no number.
    t = printed_renja();
    t.rows[0].cells[1] = "lima ratus juta";
    EXPECT_EQ(finding_of(check_renja_table(t), "number.invalid", "Target Renstra 2023 Rp").message,
              "bukan angka");
    EXPECT_EQ(
        finding_of(check_renja_table(t, nullptr, Language("en")), "number.invalid", "Target Renstra 2023 Rp")
            .message,
        "not a number");
}

TEST(RenjaReviu, TextThatIsNoNumber) {
    PrintedTable t = printed_renja();
    t.rows[0].cells[1] = "lima ratus juta";
    const std::vector<Finding> f = check_table(t);
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].rule, "number.invalid");
    EXPECT_EQ(f[0].column, "Target Renstra 2023 Rp");
}

TEST(RenjaReviu, FiguresBeyond38DigitsAreUncomputableNotThrown) {
    PrintedTable t = printed_renja();
    // 38 digits each: four of them add up past 10^38 - 1, the most a Decimal holds.
    const std::string huge = "5" + std::string(37, '0');
    for (const std::size_t c : {7u, 9u, 11u, 13u}) t.rows[0].cells[c] = huge;
    t.rows[0].cells[15] = huge;
    std::vector<Finding> f;
    ASSERT_NO_THROW(f = check_table(t));
    std::vector<std::string> rules;
    for (const Finding& x : f) rules.push_back(x.rule + " " + x.column);
    EXPECT_NE(std::find(rules.begin(), rules.end(), "cell.uncomputable Realisasi 2021 Rp"), rules.end());
}

TEST(RenjaReviu, TheFormsOwnWordingIsRead) {
    // The headings as the form T-C.29 words them; the columns in the same order as printed_renja().
    PrintedTable t = printed_renja();
    const char* const periods[] = {
        "Target Kinerja dan Anggaran Renstra SKPD pada Tahun 2023 (Akhir Periode Renstra)",
        "Realisasi Capaian Kinerja Renstra SKPD sampai dengan Renja SKPD Tahun Lalu (2020)",
        "Target Kinerja dan Anggaran Renja SKPD Tahun Berjalan (2021)",
        "Realisasi Kinerja Triwulan I",
        "Realisasi Kinerja Triwulan II",
        "Realisasi Kinerja Triwulan III",
        "Realisasi Kinerja Triwulan IV",
        "Realisasi Capaian Kinerja dan Anggaran Renja SKPD yang Dievaluasi (2021)",
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja SKPD yang Dievaluasi (%)",
        "Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun Berjalan (2021)",
        "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra SKPD s/d Tahun Berjalan (%)"};
    for (std::size_t p = 0; p < 11; ++p) {
        t.columns[2 * p].name = std::string(periods[p]) + " K";
        t.columns[2 * p + 1].name = std::string(periods[p]) + " Rp";
    }
    ASSERT_TRUE(is_renja_table(t));
    EXPECT_TRUE(check_table(t).empty());
    t.rows[0].cells[19] = "275.750.000,00";  // 200.500.000,50 + 75.250.000,25 = 275.750.000,75
    EXPECT_EQ(
        rules_of(check_table(t)),
        (std::vector<std::string>{"renja.cumulative Realisasi Kinerja dan Anggaran Renstra SKPD s/d Tahun "
                                  "Berjalan (2021) Rp 275.750.000,75"}));
}

TEST(RenjaReviu, OtherTablesAreNotRenja) {
    for (const ReportTable& r : report_tables(plan(), 2021)) {
        PrintedTable t;
        for (std::size_t c = 1; c < r.columns.size(); ++c) t.columns.push_back({r.columns[c]});
        EXPECT_FALSE(is_renja_table(t)) << r.id;
    }
}

TEST(RenjaXlsx, ReadBackInTheOpdLayoutAndCheckedClean) {
    const std::string bytes = write_renja_xlsx(plan(), 2021);
    const DocumentReport doc = read_document_report(read_xlsx_tables(bytes, "renja.xlsx"), "renja.xlsx");
    ASSERT_EQ(doc.printed.tables.size(), 1u);
    const PrintedTable& t = doc.printed.tables[0];
    EXPECT_TRUE(is_renja_table(t));
    std::vector<std::string> names;
    for (const PrintedColumn& c : t.columns) names.push_back(c.name);
    // Both header rows make the name: the period over K and Rp.
    EXPECT_NE(std::find(names.begin(), names.end(), "Target Renstra 2023 Rp"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "Realisasi s.d. 2020 K"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "Realisasi Triwulan IV Rp"), names.end());
    // k1's second indicator row: the node's name and code carried down from the merged cells above,
    // its money not (it stands once, on the first row).
    ASSERT_EQ(t.rows.size(), 6u);
    const PrintedRow& ik2 = t.rows[2];
    EXPECT_EQ(ik2.label, "Rata-rata waktu layanan");
    const auto column = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
    };
    EXPECT_EQ(ik2.cells.at(column("Program / Kegiatan / Sub Kegiatan")), "Rehabilitasi Sosial Dasar");
    EXPECT_EQ(ik2.cells.at(column("Kode")), "1.06.04.2.01");
    EXPECT_EQ(ik2.cells.at(column("Unit Penanggung Jawab")), "Bidang Rehabilitasi Sosial");
    EXPECT_EQ(ik2.cells.at(column("Target Renstra 2023 Rp")), "");
    EXPECT_EQ(ik2.cells.at(column("Target Renstra 2023 K")), "4");
    EXPECT_TRUE(check_table(t).empty());
    EXPECT_FALSE(has_errors(check(plan(), doc.printed)));
}

}  // namespace

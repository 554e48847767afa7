#include <gtest/gtest.h>

#include <kinerja/report.hpp>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::num;
using kinerja::testing::small_plan;

const ReportTable& table(const std::vector<ReportTable>& all, const std::string& id) {
    for (const ReportTable& t : all)
        if (t.id == id) return t;
    throw std::runtime_error("no table " + id);
}

const ReportTable::Row& row(const ReportTable& t, const std::string& ref) {
    for (const ReportTable::Row& r : t.rows)
        if (r.ref == ref) return r;
    throw std::runtime_error("no row " + ref);
}

TEST(Report, LatestYear) {
    EXPECT_EQ(latest_year(small_plan()), 2024);
    Renstra empty = small_plan();
    empty.budget.clear();
    empty.indicators.clear();
    EXPECT_THROW((void)latest_year(empty), value_error);
}

// small_plan has data of 2024 only; each kind of data adds its year, a baseline adds none.
TEST(Report, DataYears) {
    EXPECT_EQ(data_years(small_plan()), (std::vector<int>{2024}));
    Renstra plan = small_plan();
    plan.budget.back().year = 2019;
    plan.indicators.front().targets[2022] = Target::number(num("1"));
    plan.indicators.back().realisations[2031] = Realisation::stated(num("2"));
    plan.indicators.front().baseline = Baseline{2015, num("3")};
    DataTable t;
    t.id = "data";
    t.year = 2030;
    plan.tables.push_back(t);
    plan.tables.push_back(t);
    EXPECT_EQ(data_years(plan), (std::vector<int>{2019, 2022, 2024, 2030, 2031}));
    Renstra empty = small_plan();
    empty.budget.clear();
    empty.indicators.clear();
    EXPECT_TRUE(data_years(empty).empty());
}

// small_plan by hand: p1 4.000.000 / 2.900.000 / 1.100.000 / 72,50; capaian means 96,25 and 99,38;
// BTL 2.000.000 / 1.500.000 / 75,00; total 6.500.000 / 4.900.000 / 75,38; k3's capaian is undefined.
TEST(Report, TablesRecomputeTheFigures) {
    const auto tables = report_tables(small_plan(), 2024);
    const ReportTable& budget = table(tables, "anggaran");
    EXPECT_EQ(row(budget, "p1").cells,
              (std::vector<std::string>{"4.000.000,00", "2.900.000,00", "1.100.000,00", "72,50"}));
    EXPECT_EQ(row(budget, "class:belanja_tidak_langsung").cells.back(), "75,00");
    EXPECT_EQ(row(budget, "body").cells,
              (std::vector<std::string>{"6.500.000,00", "4.900.000,00", "1.600.000,00", "75,38"}));
    const ReportTable& capaian = table(tables, "capaian");
    EXPECT_EQ(row(capaian, "p1").cells, (std::vector<std::string>{"", "96,25", "99,38"}));
    EXPECT_EQ(row(capaian, "k3").cells.front(), "n/a");  // undefined, never 0 or 100
    EXPECT_NE(capaian.notes.back().find("Left out of the means: 'node k3'"), std::string::npos);
    const ReportTable& efficiency = table(tables, "efisiensi");
    EXPECT_EQ(row(efficiency, "p1").cells, (std::vector<std::string>{"99,38", "72,50", "1,37"}));
}

TEST(Report, FormatsCarryTheSameFigures) {
    const Renstra plan = small_plan();
    const std::string md = write_report(plan, 2024, ReportFormat::markdown);
    const std::string csv = write_report(plan, 2024, ReportFormat::csv);
    const std::string html = write_report(plan, 2024, ReportFormat::html);
    EXPECT_NE(md.find("| **node p1** |  | 96,25 | 99,38 |"), std::string::npos) << md;
    EXPECT_NE(csv.find("anggaran;node p1;2;p1;%;72,50\n"), std::string::npos) << csv;
    EXPECT_EQ(csv.rfind("tabel;baris;level;ref;kolom;nilai\n", 0), 0u);
    EXPECT_NE(html.find("<td class=\"n\">72,50</td>"), std::string::npos);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_EQ(html.find("<script"), std::string::npos);  // self-contained, nothing to load or run
}

Renstra trend_plan(const char* y2021, const char* y2022, const char* y2023, const char* end) {
    Renstra plan = small_plan();
    Indicator ind;
    ind.id = "x";
    ind.node = "s";
    ind.name = "indikator x";
    ind.satuan = "%";
    ind.targets[2023] = Target::number(num("30"));
    ind.end_target = Target::number(num(end));
    for (auto [year, text] : {std::pair<int, const char*>{2021, y2021}, {2022, y2022}, {2023, y2023}}) {
        Realisation r;
        r.value = num(text);
        ind.realisations[year] = r;
    }
    plan.indicators.push_back(ind);
    return plan;
}

// Points (2021, 10), (2022, 20), (2023, 30): slope 10 a year, 60 at 2026 (the plan's last year).
TEST(Compare, ExactLeastSquaresTrend) {
    const auto tables = comparison_tables({trend_plan("10", "20", "30", "50")}, "x");
    const ReportTable& t = tables.front();
    EXPECT_EQ(t.rows[3].cells, (std::vector<std::string>{"30", "30", "100,00", "+10", "60,00"}));  // 2023
    const ReportTable& tren = tables.back();
    EXPECT_EQ(tren.rows[0].cells, (std::vector<std::string>{"2021-2023", "10,0000", "60,00", "50", "ya"}));
    // (2021, 10), (2022, 12), (2023, 11): mean 11 at 2022, slope 0,5; at 2026: 11 + 0,5 x 4 = 13 < 50.
    const auto flat = comparison_tables({trend_plan("10", "12", "11", "50")}, "x");
    EXPECT_EQ(flat.back().rows[0].cells,
              (std::vector<std::string>{"2021-2023", "0,5000", "13,00", "50", "tidak"}));
}

TEST(Compare, SeveralDocumentsSideBySide) {
    Renstra other = trend_plan("10", "20", "30", "50");
    other.body.name = "Dinas Lain";
    const auto tables = comparison_tables({trend_plan("10", "12", "11", "50"), other}, "x");
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables.front().rows[0].label, "Dinas Contoh");
    EXPECT_EQ(tables.front().rows[4].label, "Dinas Lain");
    EXPECT_EQ(tables.back().rows.size(), 2u);
    EXPECT_THROW((void)comparison_tables({other}, "missing"), value_error);
}

}  // namespace

#include <gtest/gtest.h>

#include <kinerja/report.hpp>
#include <regex>

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
    EXPECT_NE(capaian.notes.back().find("Tidak ikut dirata-rata: 'node k3'"), std::string::npos);
    const ReportTable& efficiency = table(tables, "efisiensi");
    EXPECT_EQ(row(efficiency, "p1").cells, (std::vector<std::string>{"99,38", "72,50", "1,37"}));
}

// An indicator counted in rupiah measures spending: capaian is serapan, so the index is 1 by
// construction and the table says so instead of printing it (issue 18). small_plan's k1: 90 of 100
// (%) against serapan 900.000 / 1.000.000 = 90,00, index 1,00 as a figure; counted in rupiah, the
// same 1,00 is "tidak informatif"; p1 too once k2's indicators are rupiah as well.
TEST(Report, AnEfficiencyIndexOfSpendingIsMarkedNotShown) {
    Renstra plan = small_plan();
    auto efficiency = [&] { return table(report_tables(plan, 2024), "efisiensi"); };
    EXPECT_EQ(row(efficiency(), "k1").cells, (std::vector<std::string>{"90,00", "90,00", "1,00"}));
    EXPECT_EQ(efficiency().notes.size(), 1U);
    plan.indicators[0].satuan = "Rp.";
    ReportTable t = efficiency();
    EXPECT_EQ(row(t, "k1").cells, (std::vector<std::string>{"90,00", "90,00", "tidak informatif"}));
    EXPECT_EQ(row(t, "p1").cells.back(), "1,37");  // k2 (%) still measures performance
    ASSERT_EQ(t.notes.size(), 2U);
    EXPECT_EQ(t.notes.back().rfind("Tidak informatif: ", 0), 0U);
    plan.indicators[1].satuan = "rupiah";
    plan.indicators[2].satuan = "Rupiah";
    EXPECT_EQ(row(efficiency(), "p1").cells.back(), "tidak informatif");
    // In the CSV the marking is text, never a figure.
    EXPECT_NE(write_report(plan, 2024, ReportFormat::csv)
                  .find("efisiensi;node k1;2;k1;Indeks efisiensi;tidak informatif\n"),
              std::string::npos);
}

// Mid-year: k1 has not reported its 2024 realisasi. The tables leave it out, say so, and do not throw.
// By hand: k2 alone, (40 / 50 = 80,00 and 10 / 8 = 125,00) / 2 = 102,50, is p1's mean either way.
TEST(Report, KegiatanNotReportedYetAreLeftOutAndNamed) {
    Renstra plan = small_plan();
    plan.indicators.front().realisations.clear();
    const auto tables = report_tables(plan, 2024);
    const ReportTable& capaian = table(tables, "capaian");
    EXPECT_EQ(row(capaian, "p1").cells, (std::vector<std::string>{"", "102,50", "102,50"}));
    EXPECT_THROW((void)row(capaian, "k1"), std::runtime_error);
    EXPECT_EQ(row(capaian, "k2").cells.front(), "102,50");
    EXPECT_EQ(capaian.notes.back(), "Tidak ikut dirata-rata: 'node k1' (realisasi 2024 belum dilaporkan).");
    // The same note in English, and the same figures in the English number convention.
    const auto english = report_tables(plan, 2024, Language("en"));
    EXPECT_EQ(table(english, "capaian").notes.back(),
              "Left out of the means: 'node k1' (no realisasi for 2024 reported yet).");
    EXPECT_EQ(row(table(english, "capaian"), "p1").cells, (std::vector<std::string>{"", "102.50", "102.50"}));
    const ReportTable& efficiency = table(tables, "efisiensi");
    EXPECT_THROW((void)row(efficiency, "k1"), std::runtime_error);
    EXPECT_EQ(row(efficiency, "p1").cells.front(), "102,50");
    EXPECT_NO_THROW((void)write_report(plan, 2024, ReportFormat::html));
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
    EXPECT_EQ(tren.rows[0].cells,
              (std::vector<std::string>{"2021-2023", "3", "10,0000", "60,00", "50", "ya"}));
    // (2021, 10), (2022, 12), (2023, 11): mean 11 at 2022, slope 0,5; at 2026: 11 + 0,5 x 4 = 13 < 50.
    const auto flat = comparison_tables({trend_plan("10", "12", "11", "50")}, "x");
    EXPECT_EQ(flat.back().rows[0].cells,
              (std::vector<std::string>{"2021-2023", "3", "0,5000", "13,00", "50", "tidak"}));
}

TEST(Compare, SeveralDocumentsSideBySide) {
    Renstra other = trend_plan("10", "20", "30", "50");
    other.body.name = "Dinas Lain";
    const auto tables = comparison_tables({trend_plan("10", "12", "11", "50"), other}, "x");
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables.front().rows[0].label, "Dinas Contoh");
    EXPECT_EQ(tables.front().rows[4].label, "Dinas Lain");
    EXPECT_EQ(tables.back().rows.size(), 2u);
    EXPECT_THROW((void)comparison_tables({other}, "missing"), lookup_error);
}

// Names a node of small_plan.
void rename(Renstra& plan, const std::string& id, std::string name) {
    for (Node& n : plan.nodes)
        if (n.id == id) n.name = std::move(name);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// OWASP's CSV Injection advice: text starting with = + - @ tab or CR gets a quote mark and quotes.
// small_plan's anggaran rows by hand: k1 1.000.000 / 900.000 / 100.000, k2 realisasi 2.000.000, k3
// sisa 0, p1 serapan 72,50, the body's Belanja Pegawai line 2.000.000.
TEST(ReportCsv, TextThatReadsAsAFormulaIsNeutralised) {
    Renstra plan = small_plan();
    rename(plan, "k1", "=HYPERLINK(\"http://evil\",\"x\")");
    rename(plan, "k2", "@SUM(A1)");
    rename(plan, "p1", "-2+3");
    rename(plan, "k3", "\tx");
    plan.budget[3].name = "\rcr";
    const std::string csv = write_report(plan, 2024, ReportFormat::csv);
    EXPECT_TRUE(has(
        csv, "\nanggaran;\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\";3;k1;Anggaran (Rp);1.000.000,00\n"))
        << csv;
    EXPECT_TRUE(has(csv, "\nanggaran;\"'@SUM(A1)\";3;k2;Realisasi (Rp);2.000.000,00\n"));
    EXPECT_TRUE(has(csv, "\nanggaran;\"'-2+3\";2;p1;%;72,50\n"));
    EXPECT_TRUE(has(csv, "\nanggaran;\"'\tx\";3;k3;Sisa (Rp);0,00\n"));
    EXPECT_TRUE(has(csv, "\nanggaran;\"'\rcr\";2;;Anggaran (Rp);2.000.000,00\n"));
    EXPECT_FALSE(has(csv, ";=")) << csv;
    EXPECT_FALSE(has(csv, ";@"));
    EXPECT_FALSE(has(csv, ";-2"));
}

// A figure's sign is no formula: decided by the column's figure, not by the text. k1 spends 1.200.000
// of 1.000.000: sisa -200.000,00. A grade is dataset text in the same columns as figures: "-A" is
// neutralised where the figure -200.000,00 is not.
TEST(ReportCsv, FiguresKeepTheirSignAndGradesAreText) {
    Renstra plan = small_plan();
    plan.budget[0].realisasi = Rupiah::from_rupiah(1'200'000);
    Indicator q;
    q.id = "q";
    q.node = "s";
    q.name = "nilai";
    q.satuan = "predikat";
    q.polarity = Polarity::qualitative;
    q.targets[2024] = Target::of_grade("-A");
    Realisation r;
    r.grade = "+B";
    q.realisations[2024] = r;
    plan.indicators.push_back(q);
    const std::string csv = write_report(plan, 2024, ReportFormat::csv);
    EXPECT_TRUE(has(csv, "\nanggaran;node k1;3;k1;Sisa (Rp);-200.000,00\n")) << csv;
    EXPECT_TRUE(has(csv, "\npk;nilai;2;q;Target 2024;\"'-A\"\n"));
    EXPECT_TRUE(has(csv, "\npps;nilai;2;q;Realisasi;\"'+B\"\n"));
}

// The separator, a quote and either line break inside a field: quoted, quotes doubled (a lone CR ends
// a record for the readers too).
TEST(ReportCsv, FieldsThatNeedQuotesAreQuoted) {
    Renstra plan = small_plan();
    rename(plan, "k1", "a;b");
    rename(plan, "k2", "say \"hi\"");
    rename(plan, "k3", "cr\rinside");
    plan.budget[3].name = "line\nbreak";
    const std::string csv = write_report(plan, 2024, ReportFormat::csv);
    EXPECT_TRUE(has(csv, "\npk-anggaran;\"a;b\";3;k1;Anggaran;1.000.000,00\n")) << csv;
    EXPECT_TRUE(has(csv, "\npk-anggaran;\"say \"\"hi\"\"\";3;k2;Anggaran;3.000.000,00\n"));
    EXPECT_TRUE(has(csv, "\npk-anggaran;\"cr\rinside\";3;k3;Anggaran;500.000,00\n"));
    EXPECT_TRUE(has(csv, "\nanggaran;\"line\nbreak\";2;;Anggaran (Rp);2.000.000,00\n"));
}

// A Markdown cell cannot hold a line break or an unescaped '|', and no raw HTML passes; '\' is escaped
// so that "\|" in a name cannot turn the escape of its '|' into an escaped backslash.
TEST(ReportMarkdown, CellsEscapePipesLineBreaksAndHtml) {
    Renstra plan = small_plan();
    plan.body.name = "<i>Dinas</i>\nBaru & Co";
    rename(plan, "k1", "a|b\r\nc<b>&");
    rename(plan, "k2", "x\\|y\rz");
    rename(plan, "k3", "<script>x</script>\nnext");
    const std::string md = write_report(plan, 2024, ReportFormat::markdown);
    EXPECT_EQ(md.rfind("# Laporan Kinerja 2024: &lt;i>Dinas&lt;/i> Baru &amp; Co\n", 0), 0u) << md;
    EXPECT_TRUE(has(md, "\n| .... a\\|b c&lt;b&gt;&amp; | 1.000.000,00 |\n"));
    EXPECT_TRUE(has(md, "\n| .... x\\\\\\|y z | 3.000.000,00 |\n"));
    EXPECT_TRUE(
        has(md,
            "\n_Tidak ikut dirata-rata: '&lt;script>x&lt;/script> next' (capaian tidak terdefinisi: target "
            "0)._\n"));
    EXPECT_FALSE(has(md, "<script"));
    EXPECT_FALSE(has(md, "<i>"));
    EXPECT_FALSE(has(md, "<b>"));
}

// Every cx, cy, x, y, x1, y1, x2, y2, width and height of every chart lies in its viewBox.
void expect_inside_the_charts(const std::string& html) {
    const std::regex svg("<svg[^>]*viewBox=\"0 0 (\\d+) (\\d+)\"[^>]*>([\\s\\S]*?)</svg>");
    const std::regex attribute("\\s(cx|cy|x|y|x1|y1|x2|y2|width|height)=\"([^\"]*)\"");
    int charts = 0;
    for (auto c = std::sregex_iterator(html.begin(), html.end(), svg); c != std::sregex_iterator(); ++c) {
        ++charts;
        const long w = std::stol((*c)[1]), h = std::stol((*c)[2]);
        const std::string body = (*c)[3];
        for (auto a = std::sregex_iterator(body.begin(), body.end(), attribute); a != std::sregex_iterator();
             ++a) {
            const std::string name = (*a)[1], value = (*a)[2];
            ASSERT_TRUE(std::regex_match(value, std::regex("-?[0-9]{1,6}"))) << name << "=" << value;
            const long v = std::stol(value);
            const long limit = name[0] == 'x' || name == "cx" || name == "width" ? w : h;
            EXPECT_TRUE(v >= 0 && v <= limit) << name << "=" << v << " outside 0 0 " << w << " " << h;
        }
    }
    EXPECT_GT(charts, 0);
}

// A sasaran indicator with realisations 2023 and 2024 (5) and a target of 10 for 2024: the bar chart's
// axis runs to 11,00 (10 % above 10) over 160 pixels, two slots of (520 - 50 - 20) / 2 = 225 pixels.
Renstra chart_plan(const char* realised_2023) {
    Renstra plan = small_plan();
    Indicator ind;
    ind.id = "x";
    ind.node = "s";
    ind.name = "indikator x";
    ind.satuan = "%";
    ind.targets[2024] = Target::number(num("10"));
    for (auto [year, text] : {std::pair<int, const char*>{2023, realised_2023}, {2024, "5"}}) {
        Realisation r;
        r.value = num(text);
        ind.realisations[year] = r;
    }
    plan.indicators.push_back(ind);
    return plan;
}

// Capaian of -2e21 % (k1: -2e19 against a target of 1) and a bar of -2e19: before, pixel() narrowed
// -2e21 x 300 / 102,5 to a long and wrapped around. Now each sits on the edge, marked off the scale.
TEST(ReportSvg, FiguresOffTheScaleAreClampedAndMarked) {
    Renstra plan = chart_plan("-20000000000000000000");
    plan.indicators[0].targets[2024] = Target::number(num("1"));
    plan.indicators[0].realisations[2024].value = num("-20000000000000000000");
    const std::string html = write_report(plan, 2024, ReportFormat::html);
    expect_inside_the_charts(html);
    // Bar 2023 at x = 50 + 225 / 4 = 106, width 112, no height; its mark on the base line (y 190).
    EXPECT_TRUE(has(html, "<rect x=\"106\" y=\"190\" width=\"112\" height=\"0\" fill=\"#4a7fb5\"/>")) << html;
    EXPECT_TRUE(has(html,
                    "<rect class=\"off-scale\" x=\"106\" y=\"190\" width=\"112\" height=\"3\" "
                    "fill=\"#c0392b\"><title>-20.000.000.000.000.000.000 (di bawah skala)</title></rect>"));
    // Bar 2024: 5 x 160 / 11 = 72,7.. -> 73 pixels; x = 50 + 225 + 56 = 331. Target 10: 145,45.. -> 145.
    EXPECT_TRUE(has(html, "<rect x=\"331\" y=\"117\" width=\"112\" height=\"73\" fill=\"#4a7fb5\"/>"));
    EXPECT_TRUE(has(html, "<line x1=\"50\" y1=\"45\" x2=\"510\" y2=\"45\" stroke=\"#c0392b\""));
    // Scatter, axis 0 to 102,5 (k2's capaian: (80 + 125) / 2) over 300 pixels from 40: k1 serapan 90:
    // 90 x 300 / 102,5 = 263,41.. -> x 303; capaian -2e21 on the bottom edge, y 340.
    EXPECT_TRUE(has(html,
                    "<circle cx=\"303\" cy=\"340\" r=\"4\" class=\"off-scale\" fill=\"none\" "
                    "stroke=\"#c0392b\"><title>node k1: serapan 90,00, capaian "
                    "-2.000.000.000.000.000.000.000,00 (di bawah skala)</title></circle>"));
    // k2: serapan 66,67 x 300 / 102,5 = 195,1.. -> x 235; capaian 102,5 at the top, y 40.
    EXPECT_TRUE(has(html, "<circle cx=\"235\" cy=\"40\" r=\"4\" fill=\"#4a7fb5\">"));
}

// A realisation of 10^36: 10^36 x 160 passes 38 digits, so the old pixel() threw overflow_error. The
// axis runs to 1,1 x 10^36: the bar is 160 / 1,1 = 145,45.. -> 145 pixels; 5 and the target 10 are 0.
TEST(ReportSvg, HugeFiguresDoNotOverflow) {
    const std::string html =
        write_report(chart_plan("1000000000000000000000000000000000000"), 2024, ReportFormat::html);
    expect_inside_the_charts(html);
    EXPECT_TRUE(has(html, "<rect x=\"106\" y=\"45\" width=\"112\" height=\"145\" fill=\"#4a7fb5\"/>"))
        << html;
    EXPECT_TRUE(has(html, "<rect x=\"331\" y=\"190\" width=\"112\" height=\"0\" fill=\"#4a7fb5\"/>"));
    EXPECT_FALSE(has(html, "off-scale"));
}

// A sasaran indicator with one realisation and no target: one slot of 450 pixels, the bar at
// x = 50 + 450 / 4 = 162, 225 wide.
Renstra one_bar(const char* realised) {
    Renstra plan = small_plan();
    Indicator ind;
    ind.id = "x";
    ind.node = "s";
    ind.name = "indikator x";
    ind.satuan = "%";
    Realisation r;
    r.value = num(realised);
    ind.realisations[2024] = r;
    plan.indicators.push_back(ind);
    return plan;
}

// The axis' top keeps the decimals it needs: 0,031 x 1,1 = 0,0341 is 0,03 at two decimals, below the
// bar; at three, 0,034: 0,031 x 160 / 0,034 = 145,88.. -> 146. 10^-18 x 1,1 is 0,00 at two decimals (a
// zero axis) and 10^-18 at eighteen: the bar is the full 160.
TEST(ReportSvg, SmallFiguresKeepTheirAxis) {
    std::string html = write_report(one_bar("0.031"), 2024, ReportFormat::html);
    expect_inside_the_charts(html);
    EXPECT_TRUE(has(html, "<rect x=\"162\" y=\"44\" width=\"225\" height=\"146\" fill=\"#4a7fb5\"/>"))
        << html;
    html = write_report(one_bar("0.000000000000000001"), 2024, ReportFormat::html);
    EXPECT_TRUE(has(html, "<rect x=\"162\" y=\"30\" width=\"225\" height=\"160\" fill=\"#4a7fb5\"/>"))
        << html;
    EXPECT_FALSE(has(html, "off-scale"));
}

}  // namespace

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

// The indicator chart's layout, by which the expected pixels below are computed: the plot runs from
// y 24 to the base line at 184 (160 pixels) and from x `left` (40, or the axis' top label's width of 7
// pixels a character + 14) over 420 pixels; a slot per year from the first bar to the projection's
// year, inset (widest value label + 1) / 2 + 2 (at least "0000", 28 wide) on both sides; a slot is
// (420 - 2 inset) / years, its centre left + inset + slot k + slot / 2, its bar max(slot / 2,
// min(slot - 8, widest + 4)) wide. The column of line labels starts at 420 + left + 14.

// A sasaran indicator with realisations 2023 and 2024 (5) and a target of 10 for 2024, in %.
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
    // A % indicator below 0 keeps its upper bound: the axis runs to 100, left 40. The trend runs to
    // 2026: slots 2023-2026. Widest label "-20.000.000.000.000.000.000", 27 x 7 = 189: inset 97, slot
    // (420 - 194) / 4 = 56, bar max(28, min(48, 193)) = 48; centres 40 + 97 + 28 = 165, 221, 277, 333.
    // Bar 2023 at 165 - 24 = 141, no height, its mark on the base line (y 184).
    EXPECT_TRUE(has(html,
                    "<rect x=\"141\" y=\"184\" width=\"48\" height=\"0\" fill=\"#4a7fb5\"><title>2023: "
                    "-20.000.000.000.000.000.000 (di bawah skala)</title></rect>"))
        << html;
    EXPECT_TRUE(has(html,
                    "<rect class=\"off-scale\" x=\"141\" y=\"184\" width=\"48\" height=\"3\" "
                    "fill=\"#c0392b\"><title>-20.000.000.000.000.000.000 (di bawah skala)</title></rect>"));
    // Bar 2024: 5 x 160 / 100 = 8 pixels at 221 - 24 = 197. Target 10: 16 pixels, y 168, across the
    // plot (40 to 460).
    EXPECT_TRUE(has(html, "<rect x=\"197\" y=\"176\" width=\"48\" height=\"8\" fill=\"#4a7fb5\">"));
    EXPECT_TRUE(has(html, "<line x1=\"40\" y1=\"168\" x2=\"460\" y2=\"168\" stroke=\"#c0392b\""));
    // The line through the two: -2e19 + (2e19 + 5) x years, 4e19 + 15 at 2026. Along the segment
    // v = -2e19 + t (6e19 + 15) is 0 at t = 2e19 / (6e19 + 15) and 100 at (2e19 + 100) / (6e19 + 15),
    // both 1/3 within 10^-18: x = 165 + 168 / 3 = 221 at both ends, from the base line to the top.
    // The projection sits on the top edge at 333, outside the range, not merely above the scale.
    EXPECT_TRUE(has(html, "<line x1=\"221\" y1=\"184\" x2=\"221\" y2=\"24\" stroke=\"#7d3c98\""));
    EXPECT_TRUE(has(html, "<circle class=\"projection\" cx=\"333\" cy=\"24\""));
    EXPECT_TRUE(has(html, ">proyeksi 2026: 40.000.000.000.000.000.015,00</text>"));
    EXPECT_TRUE(has(html, ">(di luar rentang)</text>"));
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
// % bound is passed, so the axis runs to 1,1 x 10^36 (past 38 digits at two decimals: no axis labels,
// left 40): the bar is 160 / 1,1 = 145,45.. -> 145 pixels; 5 and the target 10 are 0. The trend's
// projection (5 - 3 x 10^36 at 2026) does not fit 38 digits either: the chart goes without a trend, so
// two slots. Widest label 49 characters, 343 pixels: inset 174, slot (420 - 348) / 2 = 36, bar 28.
TEST(ReportSvg, HugeFiguresDoNotOverflow) {
    const std::string html =
        write_report(chart_plan("1000000000000000000000000000000000000"), 2024, ReportFormat::html);
    expect_inside_the_charts(html);
    EXPECT_TRUE(has(html, "<rect x=\"218\" y=\"39\" width=\"28\" height=\"145\" fill=\"#4a7fb5\">")) << html;
    EXPECT_TRUE(has(html, "<rect x=\"254\" y=\"184\" width=\"28\" height=\"0\" fill=\"#4a7fb5\">"));
    EXPECT_FALSE(has(html, "off-scale"));
    EXPECT_FALSE(has(html, "class=\"trend\""));
    EXPECT_FALSE(has(html, "class=\"projection\""));
}

// A sasaran indicator of `satuan` with the given realisations and, when given, a 2024 target; the
// plan runs 2021-2026, so a trend projects to 2026.
Renstra indicator_plan(const char* satuan, std::vector<std::pair<int, const char*>> realised,
                       const char* target_2024 = nullptr, const char* end_target = nullptr) {
    Renstra plan = small_plan();
    Indicator ind;
    ind.id = "x";
    ind.node = "s";
    ind.name = "indikator x";
    ind.satuan = satuan;
    if (target_2024) ind.targets[2024] = Target::number(num(target_2024));
    if (end_target) ind.end_target = Target::number(num(end_target));
    for (auto [year, text] : realised) {
        Realisation r;
        r.value = num(text);
        ind.realisations[year] = r;
    }
    plan.indicators.push_back(ind);
    return plan;
}

// One bar of an unbounded indicator (no trend through one year): one slot. The axis' top keeps the
// decimals it needs: 0,031 x 1,1 = 0,0341 is 0,03 at two decimals, below the bar; at three, 0,034:
// 0,031 x 160 / 0,034 = 145,88.. -> 146. Its label "0,034" makes left 5 x 7 + 14 = 49; widest "0,031"
// (35): inset 20, slot 380, bar max(190, min(372, 39)) = 190 at 49 + 20 + 190 - 95 = 164. 10^-18 x 1,1
// is 0,00 at two decimals (a zero axis) and 10^-18 at eighteen: the bar is the full 160; its label has
// 20 characters (140 pixels): left 154, inset 72, slot 276, bar 144 at 154 + 72 + 138 - 72 = 292.
TEST(ReportSvg, SmallFiguresKeepTheirAxis) {
    std::string html = write_report(indicator_plan("indeks", {{2024, "0.031"}}), 2024, ReportFormat::html);
    expect_inside_the_charts(html);
    EXPECT_TRUE(has(html, "<rect x=\"164\" y=\"38\" width=\"190\" height=\"146\" fill=\"#4a7fb5\">")) << html;
    EXPECT_TRUE(has(html, "<text x=\"43\" y=\"28\" text-anchor=\"end\">0,034</text>"));
    html = write_report(indicator_plan("indeks", {{2024, "0.000000000000000001"}}), 2024, ReportFormat::html);
    EXPECT_TRUE(has(html, "<rect x=\"292\" y=\"24\" width=\"144\" height=\"160\" fill=\"#4a7fb5\">")) << html;
    EXPECT_FALSE(has(html, "off-scale"));
}

// A percentage's axis is its range, 0 to 100, not 110 % of its highest figure; an unbounded
// indicator keeps that headroom. Realisations 40 (2023) and 50 (2024), target 60: the trend rises 10
// a year to 70 at 2026. On 0..100: 50 x 160 / 100 = 80 pixels, 40 is 64, 70 is 112. Widest "0000":
// inset 16, slot (420 - 32) / 4 = 97, bar 48; centres 40 + 16 + 48 = 104 (2023), 201 (2024), 395 (2026).
TEST(ReportSvg, APercentageAxisRunsTo100) {
    const auto realised = std::vector<std::pair<int, const char*>>{{2023, "40"}, {2024, "50"}};
    std::string html = write_report(indicator_plan("%", realised, "60"), 2024, ReportFormat::html);
    expect_inside_the_charts(html);
    EXPECT_TRUE(has(html, "<text x=\"34\" y=\"28\" text-anchor=\"end\">100</text>")) << html;
    EXPECT_TRUE(has(html, "<rect x=\"177\" y=\"104\" width=\"48\" height=\"80\" fill=\"#4a7fb5\">"));
    EXPECT_TRUE(has(html, "<rect x=\"80\" y=\"120\" width=\"48\" height=\"64\" fill=\"#4a7fb5\">"));
    // Target 60: 96 pixels, y 88.
    EXPECT_TRUE(has(html, "<line x1=\"40\" y1=\"88\" x2=\"460\" y2=\"88\" stroke=\"#c0392b\""));
    // The trend inside the axis all the way: from (104, 184 - 64) to (395, 184 - 112), its projection
    // marked there and labelled without a note.
    EXPECT_TRUE(has(html,
                    "<line x1=\"104\" y1=\"120\" x2=\"395\" y2=\"72\" stroke=\"#7d3c98\" stroke-width=\"2\" "
                    "class=\"trend\"/>"));
    EXPECT_TRUE(has(html, "<circle class=\"projection\" cx=\"395\" cy=\"72\""));
    EXPECT_TRUE(has(html, ">proyeksi 2026: 70,00</text>"));
    EXPECT_FALSE(has(html, "di luar rentang"));
    EXPECT_FALSE(has(html, "skala)"));
    // Unbounded ("indeks"): the axis runs to max(50, 60, 70) x 1,1 = 77,00; left 5 x 7 + 14 = 49.
    html = write_report(indicator_plan("indeks", realised, "60"), 2024, ReportFormat::html);
    EXPECT_TRUE(has(html, "<text x=\"43\" y=\"28\" text-anchor=\"end\">77,00</text>")) << html;
}

// The end points of every trend line lie in the plot: x in [left, left + 420], y in [24, 184].
void expect_trend_in_the_plot(const std::string& html, long left) {
    const std::regex line(
        "<line x1=\"(\\d+)\" y1=\"(\\d+)\" x2=\"(\\d+)\" y2=\"(\\d+)\"[^>]*class=\"trend\"");
    int lines = 0;
    for (auto l = std::sregex_iterator(html.begin(), html.end(), line); l != std::sregex_iterator(); ++l) {
        ++lines;
        for (int i : {1, 3}) EXPECT_TRUE(std::stol((*l)[i]) >= left && std::stol((*l)[i]) <= left + 420);
        for (int i : {2, 4}) EXPECT_TRUE(std::stol((*l)[i]) >= 24 && std::stol((*l)[i]) <= 184);
    }
    EXPECT_EQ(lines, 1);
}

// A trend that leaves the indicator's range is cut where it leaves the plot, and its projection sits
// on the edge, said to be outside the range. Slots 2023-2026 as above (centres 104 and 395 at left 40).
TEST(ReportSvg, TheTrendIsCutAtTheEdgeAndItsProjectionMarked) {
    // 80 (2023), 95 (2024), in %: 15 a year, 125 at 2026, past 100. v = 80 + 45 t along the segment
    // meets 100 at t = 20 / 45 = 4 / 9: x = 104 + 4 / 9 x 291 = 233,33.. -> 233, at the top (y 24);
    // it starts at 80 x 1,6 = 128 pixels, y 56.
    std::string html =
        write_report(indicator_plan("%", {{2023, "80"}, {2024, "95"}}), 2024, ReportFormat::html);
    expect_inside_the_charts(html);
    expect_trend_in_the_plot(html, 40);
    EXPECT_TRUE(has(html, "<line x1=\"104\" y1=\"56\" x2=\"233\" y2=\"24\" stroke=\"#7d3c98\"")) << html;
    EXPECT_TRUE(has(html, "<circle class=\"projection\" cx=\"395\" cy=\"24\""));
    EXPECT_TRUE(has(html, ">proyeksi 2026: 125,00</text>"));
    EXPECT_TRUE(has(html, ">(di luar rentang)</text>"));
    EXPECT_FALSE(has(html, "skala)"));  // outside the range says so, not "above the scale"
    // 30 (2023), 10 (2024) orang: -20 a year, -30 at 2026, below 0. The axis runs to 33,00 (left 49,
    // centres 113 and 404); 30 is 145,45.. -> 145 pixels, y 39. v = 30 - 60 t meets 0 at t = 1 / 2:
    // x = 113 + 145,5 -> 259, on the base line.
    html = write_report(indicator_plan("orang", {{2023, "30"}, {2024, "10"}}), 2024, ReportFormat::html);
    expect_inside_the_charts(html);
    expect_trend_in_the_plot(html, 49);
    EXPECT_TRUE(has(html, "<line x1=\"113\" y1=\"39\" x2=\"259\" y2=\"184\" stroke=\"#7d3c98\"")) << html;
    EXPECT_TRUE(has(html, "<circle class=\"projection\" cx=\"404\" cy=\"184\""));
    EXPECT_TRUE(has(html, ">proyeksi 2026: -30,00</text>"));
    EXPECT_TRUE(has(html, ">(di luar rentang)</text>"));
}

// Near 100 %: target 99,5 (y 184 - 159 = 25), end target 100 and the projection (102 at 2026, on the
// edge) at y 24. Their labels, wanted at y + 4, are stacked a line (14) apart in the column at x 474
// from the first baseline 27 down: the end target (28), the projection's two lines (42, 56), then the
// target (70). The bars' values sit inside their bars, white: 100 at 184 - 160 + 14 = 38.
TEST(ReportSvg, CrowdedLabelsAreStacked) {
    const std::string html = write_report(indicator_plan("%", {{2023, "99"}, {2024, "100"}}, "99.5", "100"),
                                          2024, ReportFormat::html);
    expect_inside_the_charts(html);
    EXPECT_TRUE(
        has(html, "<text x=\"474\" y=\"28\" text-anchor=\"start\" fill=\"#27ae60\">target akhir: 100</text>"))
        << html;
    EXPECT_TRUE(
        has(html,
            "<text x=\"474\" y=\"42\" text-anchor=\"start\" fill=\"#7d3c98\">proyeksi 2026: 102,00</text>"));
    EXPECT_TRUE(has(
        html, "<text x=\"474\" y=\"56\" text-anchor=\"start\" fill=\"#7d3c98\">(di luar rentang)</text>"));
    EXPECT_TRUE(has(
        html, "<text x=\"474\" y=\"70\" text-anchor=\"start\" fill=\"#c0392b\">target 2024: 99,5</text>"));
    EXPECT_TRUE(has(html, "<text x=\"201\" y=\"38\" text-anchor=\"middle\" fill=\"#fff\">100</text>"));
    // The legend names each mark.
    for (const char* name : {">realisasi<", ">target 2024<", ">target akhir<", ">tren<", ">proyeksi 2026<"})
        EXPECT_TRUE(has(html, name)) << name;
}

}  // namespace

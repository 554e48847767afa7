// Comparison across years and documents. Every expected figure is worked out by hand in the comment
// beside it.
#include <gtest/gtest.h>

#include <algorithm>
#include <kinerja/report.hpp>
#include <random>

#include "small_plan.hpp"

namespace kinerja {
namespace {

using testing::num;

std::vector<std::pair<int, Decimal>> points(std::initializer_list<std::pair<int, const char*>> list) {
    std::vector<std::pair<int, Decimal>> out;
    for (const auto& p : list) out.emplace_back(p.first, num(p.second));
    return out;
}

TEST(LeastSquaresTrend, ThreeYears) {
    // x = 0, 1, 2; y = 1, 3, 4. Mean x 1, mean y 8/3; slope = (-1 x -5/3 + 1 x 4/3) / 2 = 3/2;
    // intercept 8/3 - 3/2 = 7/6 = 1.1666.. -> 1.17; at 2021 (x = 4): 7/6 + 6 = 43/6 = 7.1666.. -> 7.17.
    const auto t = least_squares_trend(points({{2017, "1"}, {2018, "3"}, {2019, "4"}}), 2021);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->base_year, 2017);
    EXPECT_EQ(t->at_year, 2021);
    EXPECT_EQ(t->slope.to_string(), "1.5000");
    EXPECT_EQ(t->intercept.to_string(), "1.17");
    EXPECT_EQ(t->projection.to_string(), "7.17");
}

TEST(LeastSquaresTrend, ProjectionIsRoundedOnceFromTheExactLine) {
    // x = 0, 1, 2; y = 0, 0, 0.01: slope (1 x 0.02/3 + 1 x 0.01/3) / 2 = 0.005, intercept
    // 0.01/3 - 0.005 = -0.00166.. -> 0.00; at x = 3: -0.00166.. + 0.015 = 0.01333.. -> 0.01. From the
    // rounded parts it would be 0.00 + 3 x 0.0050 = 0.015 -> 0.02: rounding happens once, at the end.
    const auto t = least_squares_trend(points({{2020, "0"}, {2021, "0"}, {2022, "0.01"}}), 2023);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->slope.to_string(), "0.0050");
    EXPECT_EQ(t->intercept.to_string(), "0.00");
    EXPECT_EQ(t->projection.to_string(), "0.01");
}

TEST(LeastSquaresTrend, HalvesRoundAwayFromZero) {
    // A flat line at 0.005 (and at -0.005): intercept and projection are exactly half a sen.
    auto t = least_squares_trend(points({{2020, "0.005"}, {2021, "0.005"}}), 2024);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->slope.to_string(), "0.0000");
    EXPECT_EQ(t->projection.to_string(), "0.01");
    t = least_squares_trend(points({{2020, "-0.005"}, {2021, "-0.005"}}), 2024);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->projection.to_string(), "-0.01");
}

TEST(LeastSquaresTrend, NeedsTwoDistinctYears) {
    EXPECT_FALSE(least_squares_trend({}, 2024));
    EXPECT_FALSE(least_squares_trend(points({{2020, "5"}}), 2024));
    EXPECT_FALSE(least_squares_trend(points({{2020, "5"}, {2020, "7"}}), 2024));
}

TEST(LeastSquaresTrend, LargeValuesStayExact) {
    // y = 10^30 + 1 and 10^30 + 2 at x = 0, 1: slope exactly 1, at x = 5: 10^30 + 6. A double would
    // hold neither (53 bits is about 16 digits).
    const auto t = least_squares_trend(
        points({{2020, "1000000000000000000000000000001"}, {2021, "1000000000000000000000000000002"}}), 2025);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->slope.to_string(), "1.0000");
    EXPECT_EQ(t->projection.to_string(), "1000000000000000000000000000006.00");
}

TEST(LeastSquaresTrend, ProjectionPastTheBoundThrows) {
    // Slope 10^35 a year from 9 x 10^35 reaches 10^37 at x = 91; with 2 decimals the coefficient
    // is 10^39 > 10^38 - 1.
    EXPECT_THROW((void)least_squares_trend(points({{2000, "900000000000000000000000000000000000"},
                                                   {2001, "1000000000000000000000000000000000000"}}),
                                           2091),
                 overflow_error);
}

TEST(LeastSquaresTrends, SeveralSeriesAtOnceByHand) {
    // A and B share the years 2020-2022 (one design matrix), C has its own, D one year only.
    // A: y = 1, 3, 4 (as in ThreeYears): slope 3/2, intercept 7/6 -> 1.17; at 2024 (x = 4) 43/6 -> 7.17.
    // B: y = 2, 2, 5 with mixed decimals: mean x 1, mean y 3, slope (1 + 0 + 2) / 2 = 3/2, intercept
    //    3 - 3/2 = 1.50; at 2025 (x = 5) 1.5 + 7.5 = 9.00.
    // C: y = 10 at 2019 and 7 at 2021: slope -3/2, intercept 10.00; at 2023 (x = 4) 10 - 6 = 4.00.
    const std::vector<std::vector<std::pair<int, Decimal>>> series = {
        points({{2020, "1"}, {2021, "3"}, {2022, "4"}}),
        points({{2020, "2.0"}, {2021, "2"}, {2022, "5.00"}}),
        points({{2019, "10"}, {2021, "7"}}),
        points({{2020, "5"}}),
    };
    const auto t = least_squares_trends(series, {2024, 2025, 2023, 2024});
    ASSERT_EQ(t.size(), 4u);
    ASSERT_TRUE(t[0] && t[1] && t[2]);
    EXPECT_EQ(t[0]->slope.to_string(), "1.5000");
    EXPECT_EQ(t[0]->intercept.to_string(), "1.17");
    EXPECT_EQ(t[0]->projection.to_string(), "7.17");
    EXPECT_EQ(t[1]->slope.to_string(), "1.5000");
    EXPECT_EQ(t[1]->intercept.to_string(), "1.50");
    EXPECT_EQ(t[1]->projection.to_string(), "9.00");
    EXPECT_EQ(t[1]->at_year, 2025);
    EXPECT_EQ(t[2]->base_year, 2019);
    EXPECT_EQ(t[2]->slope.to_string(), "-1.5000");
    EXPECT_EQ(t[2]->intercept.to_string(), "10.00");
    EXPECT_EQ(t[2]->projection.to_string(), "4.00");
    EXPECT_FALSE(t[3]);
    EXPECT_THROW((void)least_squares_trends(series, {2024}), value_error);
}

TEST(LeastSquaresTrends, EqualsTheOneByOneClosedFormOnRandomSeries) {
    // Random series over a few shared year patterns (so groups of several columns form), with values
    // of 0-4 decimals and up to 15 digits, negative too: the batch fit gives each series exactly
    // what least_squares_trend gives it alone.
    std::mt19937_64 random(20240611);
    const std::vector<std::vector<int>> patterns = {
        {2019, 2020, 2021, 2022, 2023}, {2020, 2021, 2022}, {2017, 2019, 2020}, {2021, 2021, 2023}, {2022}};
    std::vector<std::vector<std::pair<int, Decimal>>> series;
    std::vector<int> at;
    for (int k = 0; k < 200; ++k) {
        const auto& years = patterns[random() % patterns.size()];
        std::vector<std::pair<int, Decimal>> s;
        for (int y : years) {
            const auto magnitude = static_cast<std::int64_t>(random() % 1'000'000'000'000'000);
            const std::int64_t coefficient = random() % 4 == 0 ? -magnitude : magnitude;
            s.emplace_back(y, Decimal(int128{coefficient}, static_cast<int>(random() % 5)));
        }
        series.push_back(std::move(s));
        at.push_back(2024 + static_cast<int>(random() % 4));
    }
    const auto batch = least_squares_trends(series, at);
    ASSERT_EQ(batch.size(), series.size());
    int fitted = 0;
    for (std::size_t k = 0; k < series.size(); ++k) {
        const auto one = least_squares_trend(series[k], at[k]);
        ASSERT_EQ(batch[k].has_value(), one.has_value()) << k;
        if (!one) continue;
        ++fitted;
        EXPECT_EQ(batch[k]->base_year, one->base_year) << k;
        EXPECT_EQ(batch[k]->at_year, one->at_year) << k;
        EXPECT_EQ(batch[k]->slope.to_string(), one->slope.to_string()) << k;
        EXPECT_EQ(batch[k]->intercept.to_string(), one->intercept.to_string()) << k;
        EXPECT_EQ(batch[k]->projection.to_string(), one->projection.to_string()) << k;
    }
    EXPECT_GT(fitted, 100);  // most patterns have two distinct years
}

// An indicator with targets 2021-2024, realisations 2021-2023, end target 80 in 2026.
Renstra plan_with_series(Polarity polarity) {
    Renstra plan = testing::small_plan();
    Indicator& ind = plan.indicators[0];
    ind.polarity = polarity;
    if (polarity != Polarity::higher_is_better) ind.lower_formula = LowerFormula::two_t_minus_r;
    ind.targets = {{2021, Target::number(num("60"))},
                   {2022, Target::number(num("65"))},
                   {2023, Target::number(num("70"))},
                   {2024, Target::number(num("75"))}};
    ind.realisations.clear();
    for (const auto& [year, value] :
         {std::pair<int, const char*>{2021, "58"}, {2022, "63"}, {2023, "69.5"}}) {
        Realisation r;
        r.value = num(value);
        ind.realisations[year] = r;
    }
    ind.end_target = Target::number(num("80"));
    return plan;
}

TEST(CompareYears, PointsChangeProgressTrend) {
    const IndicatorSeries s = compare_years(plan_with_series(Polarity::higher_is_better), "i1");
    EXPECT_EQ(s.indicator, "i1");
    EXPECT_EQ(s.body, "Dinas Contoh");
    ASSERT_EQ(s.points.size(), 4u);
    // 2021: 58 of 60 = 96.666.. -> 96.67; progress 58 / 80 = 72.50; no change (first year).
    EXPECT_EQ(s.points[0].year, 2021);
    EXPECT_EQ(s.points[0].capaian->to_string(), "96.67");
    EXPECT_EQ(s.points[0].progress->to_string(), "72.50");
    EXPECT_FALSE(s.points[0].change);
    // 2022: +5; 2023: +6.5, 69.5 / 70 = 99.2857.. -> 99.29, progress 69.5 / 80 = 86.875 -> 86.88.
    EXPECT_EQ(s.points[1].change->to_string(), "5");
    EXPECT_EQ(s.points[2].change->to_string(), "6.5");
    EXPECT_EQ(s.points[2].capaian->to_string(), "99.29");
    EXPECT_EQ(s.points[2].progress->to_string(), "86.88");
    // 2024: a target and nothing realised yet.
    EXPECT_TRUE(s.points[3].target);
    EXPECT_FALSE(s.points[3].realisation);
    EXPECT_FALSE(s.points[3].capaian);
    // Trend through (0, 58), (1, 63), (2, 69.5): mean y 190.5 / 3 = 63.5; slope (-1 x -5.5 + 1 x 6) / 2
    // = 5.75; intercept 63.5 - 5.75 = 57.75; at 2026 (x = 5): 57.75 + 28.75 = 86.50 >= 80: met.
    ASSERT_TRUE(s.trend);
    EXPECT_EQ(s.trend->slope.to_string(), "5.7500");
    EXPECT_EQ(s.trend->projection.to_string(), "86.50");
    EXPECT_EQ(s.trend->at_year, 2026);
    EXPECT_EQ(s.will_meet, std::optional<bool>(true));
}

TEST(CompareYears, LowerIsBetterReadsTheProjectionTheOtherWay) {
    // The same figures with lower is better: 86.50 is above the end target 80, so not met.
    const IndicatorSeries s = compare_years(plan_with_series(Polarity::lower_is_better), "i1");
    EXPECT_EQ(s.will_meet, std::optional<bool>(false));
}

TEST(CompareYears, RangeEndTarget) {
    Renstra plan = plan_with_series(Polarity::range);
    for (auto& entry : plan.indicators[0].targets) entry.second = Target::between(num("50"), num("90"));
    plan.indicators[0].end_target = Target::between(num("80"), num("85"));
    // 86.50 is outside [80, 85].
    EXPECT_EQ(compare_years(plan, "i1").will_meet, std::optional<bool>(false));
    plan.indicators[0].end_target = Target::between(num("80"), num("90"));
    EXPECT_EQ(compare_years(plan, "i1").will_meet, std::optional<bool>(true));
}

TEST(CompareYears, NoEndTargetNoVerdict) {
    Renstra plan = plan_with_series(Polarity::higher_is_better);
    plan.indicators[0].end_target.reset();
    const IndicatorSeries s = compare_years(plan, "i1");
    EXPECT_TRUE(s.trend);
    EXPECT_FALSE(s.will_meet);
    EXPECT_FALSE(s.points[0].progress);
}

TEST(IndicatorRange, BySatuanUnlessTheFiguresPassIt) {
    Indicator ind = testing::simple_indicator("x", "k1", "80", "70");  // satuan "%"
    auto [low, high] = indicator_range(ind);
    EXPECT_EQ(low, Decimal(0));
    EXPECT_EQ(high, Decimal(100));
    ind.satuan = " Persen ";
    EXPECT_EQ(indicator_range(ind).second, Decimal(100));
    ind.satuan = "orang";
    std::tie(low, high) = indicator_range(ind);
    EXPECT_EQ(low, Decimal(0));
    EXPECT_FALSE(high);
    ind.satuan = "indeks";
    EXPECT_FALSE(indicator_range(ind).first);
    // A growth rate in %: a realisation below 0 shows the satuan does not bound it below.
    ind.satuan = "%";
    ind.realisations[2023].value = num("-2");
    std::tie(low, high) = indicator_range(ind);
    EXPECT_FALSE(low);
    EXPECT_EQ(high, Decimal(100));
    ind.end_target = Target::number(num("120"));
    EXPECT_FALSE(indicator_range(ind).second);
}

TEST(CompareYears, AProjectionOutsideTheRangeCannotDecide) {
    // Realisations 58, 80, 99 (%): mean 79, slope ((-1)(58 - 79) + (99 - 79)) / 2 = 20,5, intercept
    // 58,5, at 2026 (x = 5) 58,5 + 102,5 = 161 > 100: outside, no verdict though 161 >= 80.
    Renstra plan = plan_with_series(Polarity::higher_is_better);
    plan.indicators[0].realisations[2022].value = num("80");
    plan.indicators[0].realisations[2023].value = num("99");
    IndicatorSeries s = compare_years(plan, "i1");
    EXPECT_EQ(s.trend->projection.to_string(), "161.00");
    EXPECT_TRUE(s.projection_outside);
    EXPECT_FALSE(s.will_meet);
    EXPECT_EQ(s.trend_points, 3U);
    const std::string csv = write_comparison({plan}, "i1", ReportFormat::csv);
    EXPECT_NE(csv.find(";Target akhir tercapai?;tidak dapat ditentukan: proyeksi di luar 0-100\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find(";Jumlah titik;3\n"), std::string::npos);
    // The same figures in an index: unbounded, so the line decides.
    plan.indicators[0].satuan = "indeks";
    s = compare_years(plan, "i1");
    EXPECT_FALSE(s.projection_outside);
    EXPECT_EQ(s.will_meet, std::optional<bool>(true));
    // A count falling 30, 20, 10: at x = 5, 30 - 50 = -20 < 0.
    plan.indicators[0].satuan = "orang";
    plan.indicators[0].realisations[2021].value = num("30");
    plan.indicators[0].realisations[2022].value = num("20");
    plan.indicators[0].realisations[2023].value = num("10");
    s = compare_years(plan, "i1");
    EXPECT_EQ(s.trend->projection.to_string(), "-20.00");
    EXPECT_TRUE(s.projection_outside);
    EXPECT_NE(write_comparison({plan}, "i1", ReportFormat::csv)
                  .find("tidak dapat ditentukan: proyeksi di luar rentang (>= 0)"),
              std::string::npos);
    // Within the range: a verdict as before (PointsChangeProgressTrend, 86,50).
    EXPECT_FALSE(compare_years(plan_with_series(Polarity::higher_is_better), "i1").projection_outside);
}

TEST(CompareYears, UnknownIndicator) {
    // Issue 16: a lookup_error naming the closest ids (edit distance 4 for each; document order).
    try {
        (void)compare_years(testing::small_plan(), "nope");
        ADD_FAILURE() << "no lookup_error";
    } catch (const lookup_error& e) {
        EXPECT_EQ(e.id(), "nope");
        EXPECT_EQ(e.kind(), "indicator");
        EXPECT_EQ(e.closest(), (std::vector<std::string>{"i1", "i2", "i2b"}));
    }
}

TEST(CompareDocuments, SideBySideSkippingDocumentsWithout) {
    Renstra a = plan_with_series(Polarity::higher_is_better);
    Renstra b = plan_with_series(Polarity::higher_is_better);
    b.body.name = "Dinas Lain";
    // (58, 63, 64): mean 185/3; slope ((185/3 - 58) + (64 - 185/3)) / 2 = 3; intercept 185/3 - 3 =
    // 176/3; at x = 5: 176/3 + 15 = 221/3 = 73.666.. -> 73.67 < 80: not met.
    b.indicators[0].realisations[2023].value = num("64");
    Renstra c = testing::small_plan();
    c.indicators.erase(c.indicators.begin());
    const auto all = compare_documents({a, c, b}, "i1");
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].body, "Dinas Contoh");
    EXPECT_EQ(all[1].body, "Dinas Lain");
    EXPECT_EQ(all[1].trend->slope.to_string(), "3.0000");
    EXPECT_EQ(all[1].trend->projection.to_string(), "73.67");
    EXPECT_EQ(all[1].will_meet, std::optional<bool>(false));
    EXPECT_THROW((void)compare_documents({c}, "i1"), lookup_error);
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The comparison CSV names the document on every row. plan_with_series by hand: 2022 realisasi 63
// (+5); Dinas Lain's 2023 is 50: -13 from 63, and the trend through (0, 58), (1, 63), (2, 50) has mean
// 57, slope (-1 x 1 + 1 x -7) / 2 = -4, intercept 61, at 2026 (x = 5) 61 - 20 = 41: figures, unquoted.
TEST(CompareCsv, EveryRowNamesItsDocument) {
    Renstra a = plan_with_series(Polarity::higher_is_better);
    Renstra b = plan_with_series(Polarity::higher_is_better);
    b.body.name = "Dinas Lain";
    b.indicators[0].realisations[2023].value = num("50");
    const std::string csv = write_comparison({a, b}, "i1", ReportFormat::csv);
    EXPECT_EQ(csv.rfind("tabel;dokumen;baris;level;ref;kolom;nilai\n", 0), 0u) << csv;
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Contoh;2022;2;i1;Perubahan;+5\n")) << csv;
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Lain;2022;2;i1;Perubahan;+5\n"));
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Contoh;2023;2;i1;Realisasi;69,5\n"));
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Lain;2023;2;i1;Perubahan;-13\n"));
    EXPECT_TRUE(has(csv, "\ntren;Dinas Lain;Dinas Lain: indicator i1;1;i1;Kemiringan per tahun;-4,0000\n"));
    EXPECT_TRUE(has(csv, "\ntren;Dinas Lain;Dinas Lain: indicator i1;1;i1;Proyeksi tahun akhir;41,00\n"));
    // Every record has the seven fields.
    std::size_t start = 0;
    while (start < csv.size()) {
        const std::size_t end = csv.find('\n', start);
        ASSERT_NE(end, std::string::npos);
        EXPECT_EQ(
            std::count(csv.begin() + static_cast<long>(start), csv.begin() + static_cast<long>(end), ';'), 6)
            << csv.substr(start, end - start);
        start = end + 1;
    }
}

// Two documents of the same body name: told apart by their regions; with the same region too, by their
// place in the list (counting the document without the indicator, c, as the second; c shares a's name
// and region, so a is told apart by its place even beside b of another region).
TEST(CompareCsv, DocumentsOfTheSameNameAreToldApart) {
    Renstra a = plan_with_series(Polarity::higher_is_better);
    Renstra b = plan_with_series(Polarity::higher_is_better);
    Renstra c = testing::small_plan();
    c.indicators.erase(c.indicators.begin());
    b.body.region = "Kota Lain";
    std::string csv = write_comparison({a, b}, "i1", ReportFormat::csv);
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Contoh (Kota Contoh);2021;2;i1;Realisasi;58\n")) << csv;
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Contoh (Kota Lain);2021;2;i1;Realisasi;58\n"));
    b.body.region = "Kota Contoh";
    csv = write_comparison({a, c, b}, "i1", ReportFormat::csv);
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Contoh (dokumen 1);2021;2;i1;Realisasi;58\n")) << csv;
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Contoh (dokumen 3);2021;2;i1;Realisasi;58\n"));
    const std::string md = write_comparison({a, c, b}, "i1", ReportFormat::markdown);
    EXPECT_EQ(md.rfind("# Perbandingan indikator: Dinas Contoh (dokumen 1), Dinas Contoh (dokumen 2), Dinas "
                       "Contoh (dokumen 3)\n",
                       0),
              0u)
        << md;
    EXPECT_TRUE(has(md, "\n| **Dinas Contoh (dokumen 3)** |  |  |  |  |  |\n"));
    EXPECT_TRUE(has(
        md, "\n| **Dinas Contoh (dokumen 1): indicator i1** | 2021-2023 | 3 | 5,7500 | 86,50 | 80 | ya |\n"));
    b.body.region = "Kota Lain";
    csv = write_comparison({a, c, b}, "i1", ReportFormat::csv);
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Contoh (dokumen 1);2021;2;i1;Realisasi;58\n")) << csv;
    EXPECT_TRUE(has(csv, "\nindikator-i1;Dinas Contoh (Kota Lain);2021;2;i1;Realisasi;58\n"));
    b.body.region = "Kota Contoh";
    const auto tables = comparison_tables({a, c, b}, "i1");
    EXPECT_EQ(tables.front().rows[5].label, "Dinas Contoh (dokumen 3)");
}

// A body or a grade that reads as a formula is neutralised in the comparison too; the year labels and
// the figures are not text.
TEST(CompareCsv, TextThatReadsAsAFormulaIsNeutralised) {
    Renstra a = plan_with_series(Polarity::higher_is_better);
    a.body.name = "=cmd|' /C calc'!A0";
    Indicator q;
    q.id = "q";
    q.node = "s";
    q.name = "nilai";
    q.satuan = "predikat";
    q.polarity = Polarity::qualitative;
    q.targets[2024] = Target::of_grade("@A");
    Realisation r;
    r.grade = "-B";
    q.realisations[2024] = r;
    a.indicators.push_back(q);
    const std::string csv = write_comparison({a}, "", ReportFormat::csv);
    EXPECT_TRUE(has(csv, "\nindikator-q;\"'=cmd|' /C calc'!A0\";2024;2;q;Target;\"'@A\"\n")) << csv;
    EXPECT_TRUE(has(csv, "\nindikator-q;\"'=cmd|' /C calc'!A0\";2024;2;q;Realisasi;\"'-B\"\n"));
    EXPECT_TRUE(has(
        csv, "\ntren;\"'=cmd|' /C calc'!A0\";\"'=cmd|' /C calc'!A0: nilai\";1;q;Proyeksi tahun akhir;n/a\n"));
}

}  // namespace
}  // namespace kinerja

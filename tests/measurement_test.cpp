// Mid-year measurement: summaries over the kegiatan that have reported, and realisations and capaian
// up to a triwulan. Figures worked out by hand from small_plan (tests/small_plan.hpp).

#include <gtest/gtest.h>

#include <kinerja/plan.hpp>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::num;
using kinerja::testing::small_plan;

Realisation quarters(std::array<std::optional<Decimal>, 4> q, Rollup how) {
    return Realisation::from_quarters(q, how);
}

TEST(PartialYear, SummaryListsKegiatanNotReported) {
    Renstra plan = small_plan();
    plan.indicators[0].realisations.clear();  // k1 has not reported 2024
    // Before: data_error "indicator 'i1': no realisation for 2024". Now k1 is left out and listed.
    const CapaianSummary body = capaian_summary(plan, "", 2024);
    EXPECT_EQ(body.not_reported, (std::vector<std::string>{"k1"}));
    EXPECT_EQ(body.counted, (std::vector<std::string>{"k2"}));
    EXPECT_EQ(body.undefined, (std::vector<std::string>{"k3"}));
    EXPECT_TRUE(body.without_indicator.empty());
    // k2 alone: i2 40 / 50 = 80,00 and i2b (T / R) 10 / 8 = 125,00; mean 102,50, weighted the same.
    EXPECT_EQ(body.simple_mean.points(), num("102,50"));
    EXPECT_EQ(body.budget_weighted_mean.points(), num("102,50"));
    // The single kegiatan's capaian still has no answer: it says which indicator is missing.
    EXPECT_THROW((void)kegiatan_capaian(plan, "k1", 2024), data_error);
    const PlanIndex index(plan);
    EXPECT_EQ(capaian_summary(index, "p1", 2024).not_reported, (std::vector<std::string>{"k1"}));
}

TEST(PartialYear, NobodyReportedGivesUndefinedMeans) {
    Renstra plan = small_plan();
    for (Indicator& ind : plan.indicators) ind.realisations.clear();
    const CapaianSummary p1 = capaian_summary(plan, "p1", 2024);
    EXPECT_EQ(p1.not_reported, (std::vector<std::string>{"k1", "k2"}));
    EXPECT_TRUE(p1.counted.empty());
    EXPECT_FALSE(p1.simple_mean.is_defined());
    EXPECT_FALSE(p1.budget_weighted_mean.is_defined());
}

TEST(PartialYear, KegiatanWithSomeIndicatorsReportedIsNotCounted) {
    Renstra plan = small_plan();
    plan.indicators[2].realisations.clear();  // k2's i2b missing, i2 reported
    const CapaianSummary p1 = capaian_summary(plan, "p1", 2024);
    EXPECT_EQ(p1.not_reported, (std::vector<std::string>{"k2"}));
    EXPECT_EQ(p1.counted, (std::vector<std::string>{"k1"}));
    EXPECT_EQ(p1.simple_mean.points(), num("90,00"));
}

TEST(PartialYear, QuartersReportedInPartCountByTheirRule) {
    Renstra plan = small_plan();
    // k1's i1 (target 100) reported by quarter, two of four so far: sum 20 + 25 = 45, capaian 45,00.
    plan.indicators[0].realisations[2024] =
        quarters({num("20"), num("25"), std::nullopt, std::nullopt}, Rollup::sum);
    const CapaianSummary p1 = capaian_summary(plan, "p1", 2024);
    EXPECT_TRUE(p1.not_reported.empty());
    EXPECT_EQ(p1.counted, (std::vector<std::string>{"k1", "k2"}));
    // (45 + 102,5) / 2 = 73,75; (45 x 1.000.000 + 102,5 x 3.000.000) / 4.000.000 = 88,125 -> 88,13.
    EXPECT_EQ(p1.simple_mean.points(), num("73,75"));
    EXPECT_EQ(p1.budget_weighted_mean.points(), num("88,13"));

    // No quarter reported at all (which validate refuses, but code may build): not reported.
    plan.indicators[0].realisations[2024] = quarters({}, Rollup::sum);
    EXPECT_EQ(capaian_summary(plan, "p1", 2024).not_reported, (std::vector<std::string>{"k1"}));
}

TEST(UptoTriwulan, RealisationByEachRule) {
    const Renstra plan = small_plan();
    Indicator ind = plan.indicators[0];
    const std::array<std::optional<Decimal>, 4> q{num("10"), num("20"), std::nullopt, num("15")};
    ind.realisations[2024] = quarters(q, Rollup::sum);
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 1)->value, num("10"));
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 2)->value, num("30"));
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 3)->value, num("30"));  // triwulan III not reported
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 4)->value, num("45"));
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 4)->value, realisation(plan, ind, 2024)->value);

    ind.realisations[2024] = quarters(q, Rollup::last);
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 2)->value, num("20"));
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 3)->value, num("20"));
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 4)->value, num("15"));

    ind.realisations[2024] = quarters(q, Rollup::max);
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 1)->value, num("10"));
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 4)->value, num("20"));

    ind.realisations[2024] = quarters({std::nullopt, num("5"), std::nullopt, std::nullopt}, Rollup::sum);
    EXPECT_FALSE(realisation_upto(plan, ind, 2024, 1).has_value());  // nothing by triwulan I
    EXPECT_EQ(realisation_upto(plan, ind, 2024, 2)->value, num("5"));
    EXPECT_FALSE(realisation_upto(plan, ind, 2023, 2).has_value());  // no realisation that year
}

TEST(UptoTriwulan, RefusesWhatItCannotKnow) {
    const Renstra plan = small_plan();
    const Indicator& stated = plan.indicators[0];  // 90, stated for the year
    EXPECT_THROW((void)realisation_upto(plan, stated, 2024, 2), data_error);
    EXPECT_THROW((void)capaian_upto(plan, stated, 2024, 2), data_error);
    Indicator ind = stated;
    ind.realisations[2024] = quarters({num("10"), std::nullopt, std::nullopt, std::nullopt}, Rollup::sum);
    EXPECT_THROW((void)realisation_upto(plan, ind, 2024, 0), value_error);
    EXPECT_THROW((void)realisation_upto(plan, ind, 2024, 5), value_error);
    EXPECT_THROW((void)capaian_upto(plan, ind, 2024, 5), value_error);
}

TEST(UptoTriwulan, CapaianAgainstTheYearsTarget) {
    const Renstra plan = small_plan();
    Indicator ind = plan.indicators[0];  // target 100 in 2024
    ind.targets[2024] = Target::number(num("60"));
    ind.realisations[2024] = quarters({std::nullopt, num("12"), num("18"), std::nullopt}, Rollup::sum);
    EXPECT_EQ(capaian_upto(plan, ind, 2024, 2).points(), num("20,00"));  // 12 / 60
    EXPECT_EQ(capaian_upto(plan, ind, 2024, 3).points(), num("50,00"));  // 30 / 60
    EXPECT_EQ(capaian_upto(plan, ind, 2024, 4).points(), indicator_capaian(plan, ind, 2024).points());
    try {
        (void)capaian_upto(plan, ind, 2024, 1);
        FAIL() << "nothing is reported by triwulan I";
    } catch (const data_error& e) {
        EXPECT_NE(std::string(e.what()).find("no realisation up to triwulan 1 of 2024"), std::string::npos)
            << e.what();
    }
    ind.targets.erase(2024);
    EXPECT_THROW((void)capaian_upto(plan, ind, 2024, 3), data_error);
}

}  // namespace

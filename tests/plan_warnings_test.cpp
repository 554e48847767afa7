// plan_warnings: what a valid plan may hold but is probably a mistake. Figures by hand.

#include <gtest/gtest.h>

#include <kinerja/io.hpp>
#include <kinerja/plan.hpp>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::rp;
using kinerja::testing::small_plan;

// small_plan (period 2021-2026, budget 2024) with the classes of its years: no warning.
Renstra clean_plan() {
    Renstra plan = small_plan();
    for (BudgetLine& b : plan.budget) b.spending = SpendingClass::operasi;
    return plan;
}

std::vector<std::string> paths(const std::vector<PlanWarning>& warnings) {
    std::vector<std::string> out;
    for (const PlanWarning& w : warnings) out.push_back(w.location.to_string());
    return out;
}

TEST(PlanWarnings, NoneForAPlanWithinItsRules) { EXPECT_TRUE(plan_warnings(clean_plan()).empty()); }

TEST(PlanWarnings, RealisasiAboveAnggaran) {
    Renstra plan = clean_plan();
    plan.budget[0].realisasi = rp(1'200'000);  // k1: anggaran 1.000.000
    validate(plan);                            // a warning, never a refusal
    const auto w = plan_warnings(plan, Language("en"));
    ASSERT_EQ(w.size(), 1U);
    EXPECT_EQ(w[0].rule, "budget.realisasi_above_anggaran");
    EXPECT_EQ(w[0].location.to_string(), "/budget/0/realisasi");
    EXPECT_EQ(w[0].node, "k1");
    EXPECT_EQ(w[0].year, 2024);
    EXPECT_EQ(w[0].message,
              "the line of 'k1' in 2024: realisasi Rp1,200,000.00 is above its anggaran Rp1,000,000.00");
    // Indonesian by default, the figures in Indonesian number text.
    EXPECT_EQ(plan_warnings(plan).at(0).message,
              "baris milik 'k1' tahun 2024: realisasi Rp1.200.000,00 melebihi anggarannya Rp1.000.000,00");
    // k3 spends exactly its anggaran (500.000 of 500.000): no warning.
    EXPECT_EQ(plan.budget[2].realisasi, plan.budget[2].anggaran);
}

TEST(PlanWarnings, SpendingClassOutsideItsYears) {
    Renstra plan = small_plan();  // belanja langsung and tidak langsung in 2024
    const auto w = plan_warnings(plan, Language("en"));
    EXPECT_EQ(paths(w), (std::vector<std::string>{"/budget/0/spending", "/budget/1/spending",
                                                  "/budget/2/spending", "/budget/3/spending"}));
    for (const PlanWarning& x : w) EXPECT_EQ(x.rule, "budget.class_years");
    EXPECT_EQ(w[3].node, "");
    EXPECT_EQ(w[3].message,
              "the body's line 'Belanja Pegawai' in 2024: spending class belanja_tidak_langsung is used "
              "before 2021 only");

    plan = clean_plan();
    plan.period = {2018, 2024};
    plan.budget[1].year = 2020;  // operasi one year early
    plan.budget[2].year = 2020;
    plan.budget[2].spending = SpendingClass::belanja_langsung;  // right for 2020
    const auto early = plan_warnings(plan, Language("en"));
    ASSERT_EQ(early.size(), 1U);
    EXPECT_EQ(early[0].location.to_string(), "/budget/1/spending");
    EXPECT_EQ(early[0].message, "the line of 'k2' in 2020: spending class operasi is used from 2021 only");
}

TEST(PlanWarnings, YearsOutsideThePeriod) {
    Renstra plan = clean_plan();  // 2021-2026
    plan.budget[0].year = 2027;
    plan.indicators[0].targets[2020] = Target::number(kinerja::testing::num("80"));
    plan.indicators[0].realisations[2019] = Realisation::stated(kinerja::testing::num("70"));  // a comparison
    plan.indicators[1].realisations[2027] = Realisation::stated(kinerja::testing::num("45"));
    validate(plan);
    const auto w = plan_warnings(plan, Language("en"));
    EXPECT_EQ(paths(w), (std::vector<std::string>{"/budget/0/year", "/indicators/0/targets/2020",
                                                  "/indicators/1/realisations/2027"}));
    for (const PlanWarning& x : w) EXPECT_EQ(x.rule, "period.year");
    EXPECT_EQ(w[0].message, "the line of 'k1' in 2027: 2027 is outside the plan period 2021-2026");
    EXPECT_EQ(w[1].message, "indicator 'i1': the target of 2020 is outside the plan period 2021-2026");
    EXPECT_EQ(w[1].node, "k1");
    EXPECT_EQ(w[1].year, 2020);
    EXPECT_EQ(w[2].message, "indicator 'i2': the realisation of 2027 is after the plan period 2021-2026");
}

TEST(PlanWarnings, TheSeedHasNone) {
    const Renstra seed = load_renstra(KINERJA_EXAMPLES_DIR "/lakip-2019.json");
    EXPECT_TRUE(plan_warnings(seed).empty());
}

}  // namespace

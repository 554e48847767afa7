// Budget totals up to a triwulan. Figures worked out by hand from small_plan (tests/small_plan.hpp).

#include <gtest/gtest.h>

#include <kinerja/plan.hpp>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::num;
using kinerja::testing::rp;
using kinerja::testing::small_plan;

// small_plan with quarters on k1 (900.000 spent) and k2 (2.000.000 spent); k3 and the body have none.
Renstra with_quarters() {
    Renstra plan = small_plan();
    plan.budget[0].triwulan = std::array<Rupiah, 4>{rp(100'000), rp(200'000), rp(300'000), rp(300'000)};
    plan.budget[1].triwulan = std::array<Rupiah, 4>{rp(500'000), rp(0), rp(700'000), rp(800'000)};
    plan.budget[0].anggaran_murni = rp(1'100'000);
    plan.budget[1].anggaran_murni = rp(2'900'000);
    return plan;
}

TEST(BudgetUpto, SumsTheQuartersSoFar) {
    const Renstra plan = with_quarters();
    validate(plan);
    const BudgetTotals q1 = budget_upto(plan, "p1", 2024, 1);
    EXPECT_EQ(q1.anggaran, rp(4'000'000));  // the whole year's anggaran
    EXPECT_EQ(*q1.anggaran_murni, rp(4'000'000));
    EXPECT_EQ(q1.realisasi, rp(600'000));  // 100.000 + 500.000
    EXPECT_EQ(q1.lines, 2U);
    EXPECT_EQ(q1.serapan().points(), num("15,00"));
    const BudgetTotals q2 = budget_upto(plan, "p1", 2024, 2);
    EXPECT_EQ(q2.realisasi, rp(800'000));
    EXPECT_EQ(q2.serapan().points(), num("20,00"));
    EXPECT_EQ(q2.sisa(), rp(3'200'000));
    const BudgetTotals q3 = budget_upto(plan, "p1", 2024, 3);
    EXPECT_EQ(q3.realisasi, rp(1'800'000));  // 600.000 + 1.200.000
    EXPECT_EQ(q3.serapan().points(), num("45,00"));
    EXPECT_EQ(budget_upto(plan, "p1", 2024, 4).realisasi, rp(2'900'000));
    EXPECT_EQ(budget_upto(plan, "k2", 2024, 3).realisasi, rp(1'200'000));
}

TEST(BudgetUpto, OfOneSpendingClass) {
    const Renstra plan = with_quarters();
    EXPECT_EQ(budget_upto(plan, "p1", 2024, 2, SpendingClass::belanja_langsung).realisasi, rp(800'000));
    const BudgetTotals none = budget_upto(plan, "p1", 2024, 2, SpendingClass::operasi);
    EXPECT_EQ(none.lines, 0U);
    EXPECT_EQ(none.anggaran, rp(0));
}

TEST(BudgetUpto, ALineWithoutQuartersIsAnErrorNeverZero) {
    const Renstra plan = with_quarters();
    try {
        (void)budget_upto(plan, "p2", 2024, 2);
        FAIL() << "k3 has no quarters";
    } catch (const data_error& e) {
        EXPECT_EQ(e.path(), "/budget/2");
        EXPECT_NE(e.reason().find("'k3'"), std::string::npos) << e.what();
        EXPECT_NE(e.reason().find("2024"), std::string::npos) << e.what();
    }
    EXPECT_THROW((void)budget_upto(plan, "", 2024, 4), data_error);  // the body's line has none either
    EXPECT_EQ(budget_upto(plan, "", 2023, 4).lines, 0U);             // no line that year: nothing unknown
}

TEST(BudgetUpto, TriwulanIsOneToFour) {
    const Renstra plan = with_quarters();
    EXPECT_THROW((void)budget_upto(plan, "p1", 2024, 0), value_error);
    EXPECT_THROW((void)budget_upto(plan, "p1", 2024, 5), value_error);
    EXPECT_THROW((void)budget_upto(plan, "p1", 2024, -1, SpendingClass::belanja_langsung), value_error);
}

}  // namespace

// kinerja/core/capaian.hpp: the formulas on two figures, without a plan. Figures worked by hand.

#include <gtest/gtest.h>

#include <kinerja/core/capaian.hpp>
#include <string>
#include <vector>

namespace {

using kinerja::CapaianPolicy;
using kinerja::Decimal;
using kinerja::LowerFormula;
using kinerja::Percent;
using kinerja::Rounding;

Decimal d(kinerja::int128 coefficient, int scale = 0) { return Decimal(coefficient, scale); }

TEST(CoreCapaian, HigherIsBetterRoundsOnce) {
    EXPECT_EQ(kinerja::capaian_higher(d(2241, 2), d(2675, 2)).points(), d(8378, 2));  // 0,837757... -> 83,78
    EXPECT_EQ(kinerja::capaian_higher(d(7659, 2), d(80)).points(), d(9574, 2));       // 0,957375 -> 95,74
    EXPECT_EQ(kinerja::capaian_higher(d(12), d(10)).points().scale(), 2);
    EXPECT_FALSE(kinerja::capaian_higher(d(5), d(0)).is_defined());
    // Truncation at 0 decimals: 2/3 = 66,66... -> 66.
    EXPECT_EQ(kinerja::capaian_higher(d(2), d(3), CapaianPolicy{{0, Rounding::truncate}, {}}).points(),
              d(66));
}

TEST(CoreCapaian, LowerIsBetterByFormula) {
    EXPECT_EQ(kinerja::capaian_lower(d(12), d(10), LowerFormula::two_t_minus_r).points(),
              d(8000, 2));  // (20-12)/10
    EXPECT_EQ(kinerja::capaian_lower(d(12), d(10), LowerFormula::t_over_r).points(), d(8333, 2));  // 10/12
    EXPECT_EQ(kinerja::capaian_lower(d(25), d(10), LowerFormula::two_t_minus_r).points(),
              d(-5000, 2));  // (20-25)/10
    EXPECT_FALSE(kinerja::capaian_lower(d(0), d(10), LowerFormula::t_over_r).is_defined());
    EXPECT_FALSE(kinerja::capaian_lower(d(3), d(0), LowerFormula::two_t_minus_r).is_defined());
    EXPECT_THROW(static_cast<void>(kinerja::capaian_lower(d(12), d(10), LowerFormula::none)),
                 kinerja::value_error);
}

TEST(CoreCapaian, RangeIsHundredInsideAndNearerBoundOutside) {
    const auto range = [](const Decimal& r, LowerFormula f = LowerFormula::two_t_minus_r) {
        return kinerja::capaian_range(r, d(10), d(20), f);
    };
    EXPECT_EQ(range(d(15)).points(), d(10000, 2));
    EXPECT_EQ(range(d(10)).points(), d(10000, 2));
    EXPECT_EQ(range(d(8)).points(), d(8000, 2));                           // 8/10
    EXPECT_EQ(range(d(25)).points(), d(7500, 2));                          // (40-25)/20
    EXPECT_EQ(range(d(25), LowerFormula::t_over_r).points(), d(8000, 2));  // 20/25
    // The lower formula matters only above the range.
    EXPECT_EQ(range(d(15), LowerFormula::none).points(), d(10000, 2));
    EXPECT_THROW(static_cast<void>(range(d(25), LowerFormula::none)), kinerja::value_error);
}

TEST(CoreCapaian, CapIsAppliedToTheRoundedFigure) {
    const CapaianPolicy cap100{{}, d(100)};
    EXPECT_EQ(kinerja::capaian_higher(d(12), d(10), cap100).points(), d(10000, 2));
    EXPECT_EQ(kinerja::capaian_higher(d(9), d(10), cap100).points(), d(9000, 2));
    EXPECT_EQ(kinerja::capaian_lower(d(8), d(10), LowerFormula::t_over_r, cap100).points(), d(10000, 2));
    // A cap of 100,005 at 2 decimals is 100,01 half-up.
    EXPECT_EQ(kinerja::capaian_higher(d(12), d(10), CapaianPolicy{{}, d(100005, 3)}).points(), d(10001, 2));
    EXPECT_FALSE(kinerja::apply_cap(Percent::undefined(), cap100).is_defined());
}

TEST(CoreCapaian, GradesByLadder) {
    const std::vector<std::string> ladder{"AA", "A", "BB", "B", "CC"};
    EXPECT_EQ(kinerja::capaian_grade("A", "BB", ladder).points(), d(10000, 2));  // better than the target
    EXPECT_EQ(kinerja::capaian_grade("CC", "BB", ladder).points(), d(0));
    EXPECT_EQ(kinerja::capaian_grade("WTP", "WTP", {}).points(), d(10000, 2));  // equal, without a ladder
    EXPECT_EQ(kinerja::capaian_grade("WDP", "WTP", {}).points(), d(0));
    EXPECT_EQ(kinerja::capaian_grade("A", "BB", ladder, CapaianPolicy{{}, d(90)}).points(), d(9000, 2));
}

TEST(CoreCapaian, LowerFormulaNamesReadOneTable) {
    EXPECT_EQ(kinerja::to_string(LowerFormula::two_t_minus_r), "2t_minus_r");
    EXPECT_EQ(kinerja::to_string(LowerFormula::t_over_r), "t_over_r");
    EXPECT_EQ(kinerja::to_string(LowerFormula::none), "");
    EXPECT_EQ(kinerja::parse_lower_formula("t_over_r"), LowerFormula::t_over_r);
    EXPECT_EQ(kinerja::parse_lower_formula("2t_minus_r"), LowerFormula::two_t_minus_r);
    EXPECT_EQ(kinerja::parse_lower_formula(""), std::nullopt);
    EXPECT_EQ(kinerja::parse_lower_formula("T_OVER_R"), std::nullopt);
    static_assert(kinerja::parse_lower_formula(kinerja::to_string(LowerFormula::t_over_r)) ==
                  LowerFormula::t_over_r);
}

TEST(CoreCapaian, RatingScaleIsHeaderOnly) {
    const kinerja::RatingScale scale = kinerja::RatingScale::lakip_5band();
    EXPECT_EQ(scale.rate(Percent(d(9050, 2))), "Baik");  // has not reached 91
    EXPECT_EQ(scale.rate(Percent(d(91))), "Sangat Baik");
    EXPECT_EQ(scale.rate(Percent(d(12000, 2))), "Sangat Baik");  // above 100 too
    EXPECT_EQ(scale.rate(Percent(d(5050, 2))), "Sangat Kurang");
    EXPECT_EQ(scale.rate(Percent::undefined()), std::nullopt);
    const kinerja::RatingScale three{{{d(80), "tinggi"}, {d(60), "sedang"}}, "rendah"};
    EXPECT_EQ(three.rate(Percent(d(60))), "sedang");
    EXPECT_EQ(three.rate(Percent(d(5999, 2))), "rendah");
}

}  // namespace

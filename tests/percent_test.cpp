#include <gtest/gtest.h>

#include <kinerja/core.hpp>
#include <map>
#include <sstream>
#include <string>
#include <unordered_set>

namespace {

using kinerja::Decimal;
using kinerja::Percent;
using kinerja::Precision;
using kinerja::Rounding;
using kinerja::Rupiah;

Percent rp(kinerja::int128 part_sen, kinerja::int128 whole_sen, Precision p = {}) {
    return kinerja::percent(Rupiah::from_sen(part_sen), Rupiah::from_sen(whole_sen), p);
}

// Expected values: Python, (D(a) / D(b) * 100).quantize(D('0.01'), ROUND_HALF_UP).
TEST(Percent, SerapanOfTheSeedsFigures) {
    EXPECT_EQ(rp(82'850'753'700, 84'814'698'800).points(), Decimal(9768, 2));
    EXPECT_EQ(rp(491'939'150'336, 532'871'348'800).points(), Decimal(9232, 2));
    EXPECT_EQ(rp(688'216'642'036, 742'733'149'900).points(), Decimal(9266, 2));
    EXPECT_EQ(rp(688'216'642'036, 714'044'045'200).points(), Decimal(9638, 2));
}

TEST(Percent, ResultHasTheRequestedDecimals) {
    const Percent p = kinerja::percent(Decimal(1), Decimal(3), Precision{4, Rounding::half_up});
    EXPECT_EQ(p.points().coefficient(), 333'333);
    EXPECT_EQ(p.points().scale(), 4);
    EXPECT_EQ(p.to_string(), "33.3333");
}

TEST(Percent, RoundingModesDifferOnlyWhereTheyShould) {
    // 1/8 = 12.5 %: a tie at 0 decimals.
    EXPECT_EQ(rp(1, 8, {0, Rounding::half_up}).points(), Decimal(13));
    EXPECT_EQ(rp(1, 8, {0, Rounding::half_even}).points(), Decimal(12));
    EXPECT_EQ(rp(1, 8, {0, Rounding::truncate}).points(), Decimal(12));
    // 3/8 = 37.5 %: half-even goes up to the even 38.
    EXPECT_EQ(rp(3, 8, {0, Rounding::half_even}).points(), Decimal(38));
    // -1/8 = -12.5 %: half-up goes away from zero.
    EXPECT_EQ(rp(-1, 8, {0, Rounding::half_up}).points(), Decimal(-13));
    EXPECT_EQ(rp(-1, 8, {0, Rounding::truncate}).points(), Decimal(-12));
    // 2/3 = 66.666... %: no tie; truncation alone differs.
    EXPECT_EQ(rp(2, 3).points(), Decimal(6667, 2));
    EXPECT_EQ(rp(2, 3, {2, Rounding::half_even}).points(), Decimal(6667, 2));
    EXPECT_EQ(rp(2, 3, {2, Rounding::truncate}).points(), Decimal(6666, 2));
}

TEST(Percent, ZeroTotalIsUndefinedNeverZeroOrHundred) {
    const Percent p = rp(0, 0);
    EXPECT_FALSE(p.is_defined());
    EXPECT_THROW((void)p.points(), kinerja::undefined_error);
    EXPECT_FALSE(p.points_if_defined().has_value());
    EXPECT_EQ(p.to_string(), "undefined");
    EXPECT_EQ(p, Percent::undefined());
    EXPECT_NE(p, Percent(Decimal(0)));
    EXPECT_NE(p, Percent(Decimal(100)));
    EXPECT_FALSE(rp(5, 0).is_defined());
}

TEST(Percent, ZeroRealisasiIsZeroPercent) { EXPECT_EQ(rp(0, 100).points(), Decimal(0)); }

TEST(Percent, AboveHundredAndNegative) {
    EXPECT_EQ(rp(12, 10).points(), Decimal(120));
    EXPECT_EQ(rp(-1, 3).points(), Decimal(-3333, 2));
}

TEST(Percent, HugeAmountsDoNotOverflowTheIntermediate) {
    const Rupiah max = Rupiah::max();
    EXPECT_EQ(kinerja::percent(max, max).points(), Decimal(100));
    EXPECT_EQ(kinerja::percent(Rupiah::from_sen(1), max, {18, Rounding::half_up}).points(), Decimal(0, 18));
    EXPECT_THROW(static_cast<void>(kinerja::percent(max, Rupiah::from_sen(1))), kinerja::overflow_error);
}

TEST(Percent, DecimalsOutOfRange) {
    EXPECT_THROW(rp(1, 2, {19, Rounding::half_up}), kinerja::value_error);
    EXPECT_THROW(rp(1, 0, {-1, Rounding::half_up}), kinerja::value_error);
}

static_assert(!Percent().is_defined(), "a default Percent is undefined");

TEST(Percent, DefaultIsUndefinedSoItCanBeAMapValue) {
    std::map<std::string, Percent> by_name;
    EXPECT_FALSE(by_name["x"].is_defined());
    EXPECT_EQ(Percent(), Percent::undefined());
}

TEST(Percent, OrderedWhereDefined) {
    const Percent a(Decimal(976, 1));
    const Percent b(Decimal(9768, 2));
    EXPECT_TRUE(a < b);
    EXPECT_TRUE(a <= b);
    EXPECT_TRUE(b > a);
    EXPECT_TRUE(b >= a);
    EXPECT_TRUE(a <= Percent(Decimal(9760, 2)));  // equal by value
    EXPECT_FALSE(a < Percent(Decimal(9760, 2)));
    EXPECT_THROW(static_cast<void>(a < Percent()), kinerja::undefined_error);
    EXPECT_THROW(static_cast<void>(Percent() >= a), kinerja::undefined_error);
    EXPECT_THROW(static_cast<void>(Percent() <= Percent()), kinerja::undefined_error);
}

TEST(Percent, HashAgreesWithEquality) {
    const std::hash<Percent> h;
    EXPECT_EQ(h(Percent(Decimal(976, 1))), h(Percent(Decimal(9760, 2))));
    EXPECT_EQ(h(Percent()), h(Percent::undefined()));
    std::unordered_set<Percent> seen{Percent(), Percent::undefined(), Percent(Decimal(5)),
                                     Percent(Decimal(50, 1))};
    EXPECT_EQ(seen.size(), 2U);
}

TEST(Percent, StreamsWithASpacedSign) {
    std::ostringstream out;
    out << kinerja::percent(Rupiah::from_rupiah(828507537), Rupiah::from_rupiah(848146988)) << "; "
        << Percent() << "; " << Percent(Decimal(12345, 1));
    EXPECT_EQ(out.str(), "97,68 %; undefined; 1.234,5 %");
}
}  // namespace

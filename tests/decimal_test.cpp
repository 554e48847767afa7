#include <gtest/gtest.h>

#include <kinerja/core.hpp>
#include <sstream>
#include <type_traits>
#include <unordered_set>

namespace {

using kinerja::Decimal;
using kinerja::Rounding;

TEST(Decimal, NoConversionFromFloatingPoint) {
    static_assert(!std::is_constructible_v<Decimal, double>);
    static_assert(!std::is_constructible_v<Decimal, float>);
    static_assert(!std::is_convertible_v<int, Decimal>);
    static_assert(std::is_constructible_v<Decimal, int>);
}

TEST(Decimal, MachineText) {
    EXPECT_EQ(Decimal(123450, 2).to_string(), "1234.50");
    EXPECT_EQ(Decimal(-5, 3).to_string(), "-0.005");
    EXPECT_EQ(Decimal(0, 2).to_string(), "0.00");
    EXPECT_EQ(Decimal(7).to_string(), "7");
}

TEST(Decimal, ComparesByValueAcrossScales) {
    EXPECT_EQ(Decimal(976, 1), Decimal(9760, 2));
    EXPECT_LT(Decimal(9767, 2), Decimal(977, 1));
    EXPECT_GT(Decimal(-1, 18), Decimal(-1));
    // Widening 10^37 by 10^18 overflows int128; the comparison must still be right.
    const Decimal big(kinerja::detail::pow10(37), 0);
    const Decimal small(1, 18);
    EXPECT_GT(big, small);
    EXPECT_LT(-big, small);
    EXPECT_NE(big, small);
}

TEST(Decimal, RescaleRoundsOnlyAsTold) {
    const Decimal d(12345, 3);  // 12.345
    EXPECT_EQ(d.rescaled(2).coefficient(), 1235);
    EXPECT_EQ(d.rescaled(2, Rounding::half_even).coefficient(), 1234);
    EXPECT_EQ(d.rescaled(2, Rounding::truncate).coefficient(), 1234);
    EXPECT_EQ(d.rescaled(5).coefficient(), 1234500);
    EXPECT_EQ(d.rescaled(5).scale(), 5);
}

TEST(Decimal, Normalized) {
    EXPECT_EQ(Decimal(9760, 2).normalized().scale(), 1);
    EXPECT_EQ(Decimal(10000, 2).normalized().coefficient(), 100);
    EXPECT_EQ(Decimal(0, 5).normalized().scale(), 0);
}

TEST(Decimal, ExactSumKeepsTheLargerScale) {
    const Decimal s = Decimal(15, 1) + Decimal(25, 2);  // 1.5 + 0.25
    EXPECT_EQ(s.coefficient(), 175);
    EXPECT_EQ(s.scale(), 2);
    EXPECT_EQ(Decimal(1) - Decimal(1, 2), Decimal(99, 2));
    EXPECT_EQ(Decimal(15, 1) * 3, Decimal(45, 1));
}

TEST(Decimal, OverflowThrows) {
    const Decimal max(kinerja::detail::max_coefficient, 0);
    EXPECT_THROW(max + Decimal(1), kinerja::overflow_error);
    EXPECT_THROW(-max - Decimal(1), kinerja::overflow_error);
    EXPECT_THROW(max * 2, kinerja::overflow_error);
    EXPECT_THROW(Decimal(1).rescaled(18) * kinerja::detail::pow10(21), kinerja::overflow_error);
    EXPECT_THROW(static_cast<void>(max.rescaled(1)), kinerja::overflow_error);
    EXPECT_THROW(Decimal(kinerja::detail::max_coefficient + 1, 0), kinerja::overflow_error);
    EXPECT_NO_THROW(max - Decimal(1) + Decimal(1));
}

TEST(Decimal, ScaleOutOfRange) {
    EXPECT_THROW(Decimal(1, 19), kinerja::value_error);
    EXPECT_THROW(Decimal(1, -1), kinerja::value_error);
}

TEST(Decimal, DivideIsExactThenRoundedOnce) {
    // 97.68 / 92.32 = 1.058059...; Python: (D('97.68')/D('92.32')).quantize(D('0.0001'), ROUND_HALF_UP)
    EXPECT_EQ(*kinerja::divide(Decimal(9768, 2), Decimal(9232, 2), 4), Decimal(10581, 4));
    EXPECT_EQ(*kinerja::divide(Decimal(1), Decimal(3), 4), Decimal(3333, 4));
    EXPECT_EQ(*kinerja::divide(Decimal(-2), Decimal(3), 2), Decimal(-67, 2));
    EXPECT_EQ(*kinerja::divide(Decimal(-2), Decimal(3), 2, Rounding::truncate), Decimal(-66, 2));
}

TEST(Decimal, DivideByZeroIsUndefinedNotZero) {
    EXPECT_FALSE(kinerja::divide(Decimal(5), Decimal(0, 2)).has_value());
    EXPECT_FALSE(kinerja::divide(Decimal(0), Decimal(0)).has_value());
    EXPECT_THROW(static_cast<void>(kinerja::divide(Decimal(5), Decimal(0), 19)), kinerja::value_error);
}

// Direct initialisation from an integer compiles; copy-initialisation (`Decimal d = 5;`) selects a
// deleted constructor, so it is not a conversion; floating point stays deleted both ways.
static_assert(std::is_constructible_v<Decimal, long long>);
static_assert(std::is_constructible_v<Decimal, kinerja::int128>);
static_assert(!std::is_convertible_v<long long, Decimal>);
static_assert(!std::is_convertible_v<double, Decimal>);
static_assert(Decimal(5) == Decimal(50, 1));
static_assert(Decimal{7}.scale() == 0);

TEST(Decimal, HashAgreesWithEqualityByValue) {
    const std::hash<Decimal> h;
    EXPECT_EQ(h(Decimal(976, 1)), h(Decimal(9760, 2)));  // 97.6 == 97.60
    EXPECT_EQ(h(Decimal(0)), h(Decimal(0, 5)));
    EXPECT_EQ(h(Decimal(100)), h(Decimal(10000, 2)));
    std::unordered_set<Decimal> seen{Decimal(976, 1), Decimal(9760, 2), Decimal(97600, 3), Decimal(-976, 1)};
    EXPECT_EQ(seen.size(), 2U);
    EXPECT_EQ(seen.count(Decimal(976000, 4)), 1U);
}

TEST(Decimal, StreamsTheIndonesianForm) {
    std::ostringstream out;
    out << Decimal(-123456789, 3) << ' ' << Decimal(1000000) << ' ' << Decimal(5, 2);
    EXPECT_EQ(out.str(), "-123.456,789 1.000.000 0,05");
}

TEST(Decimal, DivideIsExactPast128Bits) {
    // 38 nines / 0,000000000000000003 at 0 decimals: 3,33...e55, past 38 digits.
    const Decimal nines(kinerja::detail::max_coefficient, 0);
    EXPECT_THROW(static_cast<void>(kinerja::divide(nines, Decimal(3, 18), 0)), kinerja::overflow_error);
    // 10^37 x 10^18 / 10^18 needs 10^73 on the way: exactly 10^37.
    const Decimal big(kinerja::detail::pow10(37), 0);
    EXPECT_EQ(*kinerja::divide(big, Decimal(kinerja::detail::pow10(18), 18), 0), big);
    // 1 / 3 with 18 decimals, half-up: 0,333333333333333333; 2 / 3: ...667.
    EXPECT_EQ(*kinerja::divide(Decimal(1), Decimal(3), 18), Decimal(333333333333333333, 18));
    EXPECT_EQ(*kinerja::divide(Decimal(-2), Decimal(3), 18), Decimal(-666666666666666667, 18));
}
}  // namespace

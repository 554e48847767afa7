#include <gtest/gtest.h>

#include <kinerja/core.hpp>

namespace {

using kinerja::Rounding;
using kinerja::detail::divide_rounded;

TEST(Rounding, HalfUpRoundsHalvesAwayFromZero) {
    EXPECT_EQ(divide_rounded(25, 10, Rounding::half_up), 3);
    EXPECT_EQ(divide_rounded(-25, 10, Rounding::half_up), -3);
    EXPECT_EQ(divide_rounded(24, 10, Rounding::half_up), 2);
    EXPECT_EQ(divide_rounded(26, 10, Rounding::half_up), 3);
}

TEST(Rounding, HalfEvenRoundsHalvesToEven) {
    EXPECT_EQ(divide_rounded(25, 10, Rounding::half_even), 2);
    EXPECT_EQ(divide_rounded(35, 10, Rounding::half_even), 4);
    EXPECT_EQ(divide_rounded(-25, 10, Rounding::half_even), -2);
    EXPECT_EQ(divide_rounded(26, 10, Rounding::half_even), 3);
}

TEST(Rounding, TruncateDropsTowardZero) {
    EXPECT_EQ(divide_rounded(29, 10, Rounding::truncate), 2);
    EXPECT_EQ(divide_rounded(-29, 10, Rounding::truncate), -2);
}

TEST(Rounding, NegativeDivisor) {
    EXPECT_EQ(divide_rounded(25, -10, Rounding::half_up), -3);
    EXPECT_EQ(divide_rounded(-25, -10, Rounding::half_up), 3);
}

TEST(Rounding, HugeDivisorDoesNotOverflowTheHalfComparison) {
    const kinerja::int128 d = kinerja::detail::max_coefficient;
    EXPECT_EQ(divide_rounded(d - 1, d, Rounding::half_up), 1);
    EXPECT_EQ(divide_rounded(d / 2, d, Rounding::half_up), 0);  // d is odd: d/2 is just under half
    EXPECT_EQ(divide_rounded(d / 2 + 1, d, Rounding::half_up), 1);
}

TEST(Rounding, Names) {
    EXPECT_EQ(kinerja::to_string(Rounding::half_up), "half_up");
    EXPECT_EQ(kinerja::to_string(Rounding::half_even), "half_even");
    EXPECT_EQ(kinerja::to_string(Rounding::truncate), "truncate");
}

}  // namespace

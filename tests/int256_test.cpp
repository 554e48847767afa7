// detail/int256.hpp: by-hand figures, then random values against Boost's unbounded cpp_int.

#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>
#include <kinerja/detail/int256.hpp>
#include <random>

#include "rounding_oracle.hpp"

namespace {

using boost::multiprecision::cpp_int;
using kinerja::int128;
using kinerja::Rounding;
using kinerja::uint128;
using kinerja::detail::uint256;

cpp_int big(const uint256& v) {
    cpp_int r = 0;
    for (const uint128 half : {v.hi, v.lo}) {
        r <<= 64;
        r += static_cast<std::uint64_t>(half >> 64);
        r <<= 64;
        r += static_cast<std::uint64_t>(half);
    }
    return r;
}
cpp_int big(uint128 v) { return big(uint256(v)); }
cpp_int big_signed(int128 v) {
    return v < 0 ? cpp_int(-big(static_cast<uint128>(-(v + 1)) + 1)) : big(static_cast<uint128>(v));
}

constexpr uint128 all_ones = ~uint128{0};

using kinerja::test::rounded;

TEST(Int256, ProductOfTwo128BitMagnitudesByHand) {
    // (2^128 - 1)^2 = 2^256 - 2^129 + 1: high half 2^128 - 2, low half 1.
    const uint256 p = kinerja::detail::mul_wide(all_ones, all_ones);
    EXPECT_TRUE(p.hi == all_ones - 1);
    EXPECT_TRUE(p.lo == 1);
    // 2^64 x 2^64 = 2^128.
    const uint256 q = kinerja::detail::mul_wide(uint128{1} << 64, uint128{1} << 64);
    EXPECT_TRUE(q.hi == 1 && q.lo == 0);
    EXPECT_TRUE(kinerja::detail::mul_wide(12345, 0) == uint256());
}

TEST(Int256, DivisionByHand) {
    // 2^200 / 2^70 = 2^130, remainder 0; (2^200 + 5) % 2^70 = 5.
    const uint256 two200(uint128{1} << 72, 0);
    const uint256 two70(uint128{1} << 70);
    const uint256 q = two200 / two70;
    EXPECT_TRUE(q.hi == 4 && q.lo == 0);
    EXPECT_TRUE((two200 + uint256(5)) % two70 == uint256(5));
    // A divisor above the dividend: quotient 0, remainder the dividend.
    EXPECT_TRUE(two70 / two200 == uint256());
    EXPECT_TRUE(two70 % two200 == two70);
    // The largest value by itself, and by one.
    const uint256 max(all_ones, all_ones);
    EXPECT_TRUE(max / max == uint256(1));
    EXPECT_TRUE(max / uint256(1) == max);
    EXPECT_TRUE(max % uint256(uint128{1} << 127) == uint256(all_ones >> 1));
}

TEST(Int256, ScaledQuotientSignsRoundingAndRange) {
    using kinerja::detail::scaled_quotient;
    // 2 x 5 / (4 x 1) = 2,5 -> 3 half-up, 2 half-even, 2 truncated; the sign by the four signs.
    EXPECT_TRUE(scaled_quotient(2, 5, 4, 1, Rounding::half_up, "") == 3);
    EXPECT_TRUE(scaled_quotient(2, 5, 4, 1, Rounding::half_even, "") == 2);
    EXPECT_TRUE(scaled_quotient(2, 5, 4, 1, Rounding::truncate, "") == 2);
    EXPECT_TRUE(scaled_quotient(-2, 5, 4, 1, Rounding::half_up, "") == -3);
    EXPECT_TRUE(scaled_quotient(-2, 5, -4, 1, Rounding::half_up, "") == 3);
    EXPECT_TRUE(scaled_quotient(2, 5, 4, -1, Rounding::half_even, "") == -2);
    // 10^38 - 1 fits; 10^38 does not.
    const int128 p19 = kinerja::detail::pow10(19);
    EXPECT_THROW(static_cast<void>(scaled_quotient(p19, p19, 1, 1, Rounding::half_up, "x")),
                 kinerja::overflow_error);
    EXPECT_TRUE(scaled_quotient(kinerja::detail::max_coefficient, 1, 1, 1, Rounding::half_up, "") ==
                kinerja::detail::max_coefficient);
}

TEST(Int256, RandomValuesAgainstCppInt) {
    std::mt19937_64 gen(20'191'231);
    auto word = [&] { return gen(); };
    // A random 128-bit value of a random bit width, so both the native and the long division run.
    auto value = [&] {
        const uint128 v = (static_cast<uint128>(word()) << 64) | word();
        const int bits = static_cast<int>(gen() % 128) + 1;
        return bits == 128 ? v : v & ((uint128{1} << bits) - 1);
    };
    const Rounding modes[] = {Rounding::half_up, Rounding::half_even, Rounding::truncate};
    for (int i = 0; i < 50'000; ++i) {
        const uint128 a = value(), b = value(), c = value() | 1, d = value() | 1;
        const uint256 n = kinerja::detail::mul_wide(a, b);
        const uint256 m = kinerja::detail::mul_wide(c, d);
        ASSERT_EQ(big(n), big(a) * big(b));
        uint256 q, r;
        uint256::divmod(n, m, q, r);
        ASSERT_EQ(big(q), big(n) / big(m));
        ASSERT_EQ(big(r), big(n) % big(m));
        const Rounding mode = modes[i % 3];
        // The one rounding template on uint256, int128 and cpp_int, against the oracle.
        const cpp_int expected = rounded(big(n), big(m), mode);
        ASSERT_EQ(big(kinerja::detail::divide_rounded(n, m, mode)), expected);
        ASSERT_EQ(kinerja::detail::divide_rounded(big(n), big(m), mode), expected);
        const auto sa = static_cast<int128>(a >> 1) * ((i & 1) != 0 ? -1 : 1);
        const auto sd = static_cast<int128>(d >> 1 | 1) * ((i & 2) != 0 ? -1 : 1);
        ASSERT_EQ(big_signed(kinerja::detail::divide_rounded(sa, sd, mode)),
                  rounded(big_signed(sa), big_signed(sd), mode));
    }
}

}  // namespace

#include <kinerja/core.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

using kinerja::Decimal;
using kinerja::Rupiah;

template <class T, class = void>
struct from_sen_accepts : std::false_type {};
template <class T>
struct from_sen_accepts<T, std::void_t<decltype(Rupiah::from_sen(std::declval<T>()))>> : std::true_type {};

TEST(Rupiah, NeverFromFloatingPoint) {
    static_assert(!std::is_constructible_v<Rupiah, double>);
    static_assert(!std::is_convertible_v<double, Rupiah>);
    static_assert(!from_sen_accepts<double>::value);
    static_assert(from_sen_accepts<std::int64_t>::value);
    static_assert(from_sen_accepts<kinerja::int128>::value);
}

TEST(Rupiah, CountsSen) {
    EXPECT_EQ(Rupiah::from_rupiah(1'239'289'000).sen(), 123'928'900'000);
    EXPECT_EQ(Rupiah::from_sen(50).to_string(), "0.50");
    EXPECT_EQ(Rupiah::from_sen(-123'928'900'050).to_string(), "-1239289000.50");
    EXPECT_EQ(Rupiah().sen(), 0);
}

TEST(Rupiah, ArithmeticIsExact) {
    const Rupiah anggaran = Rupiah::from_sen(84'814'698'800);  // 848.146.988,00
    const Rupiah realisasi = Rupiah::from_sen(82'850'753'700);
    EXPECT_EQ((anggaran - realisasi).sen(), 1'963'945'100);  // 19.639.451,00 by hand
    EXPECT_EQ((anggaran + realisasi).sen(), 167'665'452'500);
    EXPECT_EQ((-anggaran).sen(), -84'814'698'800);
    EXPECT_EQ((anggaran * 3).sen(), 254'444'096'400);
    EXPECT_EQ((3 * anggaran).sen(), 254'444'096'400);
}

TEST(Rupiah, Comparisons) {
    const Rupiah a = Rupiah::from_sen(1);
    const Rupiah b = Rupiah::from_sen(2);
    EXPECT_TRUE(a < b && a <= b && b > a && b >= a && a != b && a == Rupiah::from_sen(1));
}

TEST(Rupiah, HoldsANationalBudgetSummedOverACentury) {
    // About 4e15 Rp a year: 4e17 sen, and 100 years is 4e19 sen, past int64's 9.2e18.
    const Rupiah year = Rupiah::from_rupiah(std::int64_t{4'000'000'000'000'000});
    const std::vector<Rupiah> years(100, year);
    const Rupiah total = kinerja::sum(years);
    EXPECT_EQ(total, Rupiah::from_rupiah(std::int64_t{400'000'000'000'000'000}));
    EXPECT_GT(total.sen(), kinerja::int128{std::numeric_limits<std::int64_t>::max()});
}

TEST(Rupiah, OverflowThrowsAndNeverWraps) {
    EXPECT_THROW(Rupiah::max() + Rupiah::from_sen(1), kinerja::overflow_error);
    EXPECT_THROW(Rupiah::min() - Rupiah::from_sen(1), kinerja::overflow_error);
    EXPECT_THROW(Rupiah::max() * 2, kinerja::overflow_error);
    EXPECT_THROW(Rupiah::max() * -2, kinerja::overflow_error);
    EXPECT_THROW(static_cast<void>(Rupiah::from_sen(kinerja::detail::max_coefficient + 1)), kinerja::overflow_error);
    EXPECT_THROW(static_cast<void>(Rupiah::from_rupiah(kinerja::detail::pow10(37))), kinerja::overflow_error);
    EXPECT_EQ((-Rupiah::min()), Rupiah::max());
    const std::vector<Rupiah> two{Rupiah::max(), Rupiah::from_sen(1)};
    EXPECT_THROW(static_cast<void>(kinerja::sum(two)), kinerja::overflow_error);
    const std::vector<Rupiah> lows{Rupiah::min(), Rupiah::min()};
    EXPECT_THROW(static_cast<void>(kinerja::sum(lows)), kinerja::overflow_error);  // passes int128's range: caught, not wrapped
}

TEST(Rupiah, SumReturnsEveryRepresentableTotalWhateverTheOrder) {
    // The partial max + 1 is out of range, but the exact total is max: it is returned.
    const std::vector<Rupiah> lines{Rupiah::max(), Rupiah::from_sen(1), Rupiah::from_sen(-1)};
    EXPECT_EQ(kinerja::sum(lines), Rupiah::max());
}

TEST(Rupiah, FromDecimalIsExactOrRoundedExplicitly) {
    EXPECT_EQ(Rupiah::from_decimal(Decimal(12345, 2)).sen(), 12345);
    EXPECT_EQ(Rupiah::from_decimal(Decimal(7)).sen(), 700);
    EXPECT_EQ(Rupiah::from_decimal(Decimal(123400, 4)).sen(), 1234);  // 12.3400: zeros past the sen
    EXPECT_THROW(static_cast<void>(Rupiah::from_decimal(Decimal(1234, 3))), kinerja::value_error);
    EXPECT_EQ(Rupiah::from_decimal(Decimal(1235, 3), kinerja::Rounding::half_up).sen(), 124);
    EXPECT_EQ(Rupiah::from_decimal(Decimal(1235, 3), kinerja::Rounding::half_even).sen(), 124);
    EXPECT_EQ(Rupiah::from_decimal(Decimal(1225, 3), kinerja::Rounding::half_even).sen(), 122);
    EXPECT_EQ(Rupiah::from_decimal(Decimal(1239, 3), kinerja::Rounding::truncate).sen(), 123);
    EXPECT_EQ(Rupiah::from_sen(-5).to_decimal(), Decimal(-5, 2));
}

TEST(Rupiah, SumOfIteratorRange) {
    const Rupiah lines[] = {Rupiah::from_sen(62'791'600'000), Rupiah::from_sen(16'764'000'000)};
    EXPECT_EQ(kinerja::sum(std::begin(lines), std::end(lines)).sen(), 79'555'600'000);  // 795.556.000,00
    EXPECT_EQ(kinerja::sum(std::vector<Rupiah>{}).sen(), 0);
}

TEST(Rupiah, UsableInConstantExpressions) {
    constexpr Rupiah a = Rupiah::from_rupiah(2) + Rupiah::from_sen(50);
    static_assert(a.sen() == 250);
}

}  // namespace

#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <kinerja/core.hpp>
#include <limits>
#include <sstream>
#include <type_traits>
#include <unordered_map>
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
    EXPECT_THROW(static_cast<void>(Rupiah::from_sen(kinerja::detail::max_coefficient + 1)),
                 kinerja::overflow_error);
    EXPECT_THROW(static_cast<void>(Rupiah::from_rupiah(kinerja::detail::pow10(37))), kinerja::overflow_error);
    EXPECT_EQ((-Rupiah::min()), Rupiah::max());
    const std::vector<Rupiah> two{Rupiah::max(), Rupiah::from_sen(1)};
    EXPECT_THROW(static_cast<void>(kinerja::sum(two)), kinerja::overflow_error);
    const std::vector<Rupiah> lows{Rupiah::min(), Rupiah::min()};
    EXPECT_THROW(static_cast<void>(kinerja::sum(lows)),
                 kinerja::overflow_error);  // passes int128's range: caught, not wrapped
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

TEST(Rupiah, HashAndUnorderedMap) {
    std::unordered_map<Rupiah, int> count;
    ++count[Rupiah::from_rupiah(5)];
    ++count[Rupiah::from_sen(500)];
    ++count[Rupiah::from_sen(-500)];
    EXPECT_EQ(count.size(), 2U);
    EXPECT_EQ(count[Rupiah::from_sen(500)], 2);
    EXPECT_EQ(std::hash<Rupiah>{}(Rupiah::from_sen(7)),
              std::hash<Rupiah>{}(Rupiah::from_rupiah(0) + Rupiah::from_sen(7)));
}

TEST(Rupiah, StreamsWithThePrefix) {
    std::ostringstream out;
    out << Rupiah::from_sen(123928900000) << ' ' << Rupiah::from_sen(-550) << ' ' << Rupiah();
    EXPECT_EQ(out.str(), "Rp1.239.289.000,00 -Rp5,50 Rp0,00");
}

TEST(Rupiah, MultiplyByADecimalRoundsOnceToTheSen) {
    using kinerja::Rounding;
    // Rp1.000,00 x 0,025 = Rp25,00 exactly.
    EXPECT_EQ(kinerja::multiply(Rupiah::from_rupiah(1000), Decimal(25, 3), Rounding::half_up),
              Rupiah::from_rupiah(25));
    // Rp0,10 x 0,25 = 2,5 sen: 3 half-up, 2 half-even, 2 truncated; negative mirrors.
    EXPECT_EQ(kinerja::multiply(Rupiah::from_sen(10), Decimal(25, 2), Rounding::half_up),
              Rupiah::from_sen(3));
    EXPECT_EQ(kinerja::multiply(Rupiah::from_sen(10), Decimal(25, 2), Rounding::half_even),
              Rupiah::from_sen(2));
    EXPECT_EQ(kinerja::multiply(Rupiah::from_sen(10), Decimal(25, 2), Rounding::truncate),
              Rupiah::from_sen(2));
    EXPECT_EQ(kinerja::multiply(Rupiah::from_sen(-10), Decimal(25, 2), Rounding::half_up),
              Rupiah::from_sen(-3));
    // Rp848.146.988 x 11% = Rp93.296.168,68.
    EXPECT_EQ(kinerja::multiply(Rupiah::from_rupiah(848146988), Decimal(11, 2), Rounding::half_up),
              Rupiah::from_sen(9329616868));
    // The product passes 128 bits on the way (10^37 sen x 10^18 / 10^18) and is still exact.
    const Rupiah large = Rupiah::from_sen(kinerja::detail::pow10(37));
    EXPECT_EQ(kinerja::multiply(large, Decimal(kinerja::detail::pow10(18), 18), Rounding::half_up), large);
    EXPECT_THROW(static_cast<void>(kinerja::multiply(large, Decimal(10), Rounding::half_up)),
                 kinerja::overflow_error);
}

TEST(Rupiah, DivideByADecimalRoundsOnceToTheSen) {
    using kinerja::Rounding;
    // Rp100,00 / 3 = 33,333... -> Rp33,33; Rp200,00 / 3 = 66,666... -> Rp66,67 half-up, 66,66 truncated.
    EXPECT_EQ(kinerja::divide(Rupiah::from_rupiah(100), Decimal(3), Rounding::half_up),
              Rupiah::from_sen(3333));
    EXPECT_EQ(kinerja::divide(Rupiah::from_rupiah(200), Decimal(3), Rounding::half_up),
              Rupiah::from_sen(6667));
    EXPECT_EQ(kinerja::divide(Rupiah::from_rupiah(200), Decimal(3), Rounding::truncate),
              Rupiah::from_sen(6666));
    EXPECT_EQ(kinerja::divide(Rupiah::from_rupiah(-200), Decimal(-3), Rounding::half_up),
              Rupiah::from_sen(6667));
    // Rp1,00 / 0,08 = Rp12,50.
    EXPECT_EQ(kinerja::divide(Rupiah::from_rupiah(1), Decimal(8, 2), Rounding::half_up),
              Rupiah::from_sen(1250));
    EXPECT_THROW(static_cast<void>(kinerja::divide(Rupiah::from_rupiah(1), Decimal(0, 2), Rounding::half_up)),
                 kinerja::undefined_error);
    EXPECT_THROW(static_cast<void>(kinerja::divide(Rupiah::max(), Decimal(5, 1), Rounding::half_up)),
                 kinerja::overflow_error);
}

std::vector<Rupiah> sen(std::initializer_list<long long> values) {
    std::vector<Rupiah> out;
    for (const long long v : values) out.push_back(Rupiah::from_sen(v));
    return out;
}

TEST(Rupiah, AllocateIntoEqualParts) {
    EXPECT_EQ(kinerja::allocate(Rupiah::from_rupiah(100), 3), sen({3334, 3333, 3333}));
    EXPECT_EQ(kinerja::allocate(Rupiah::from_sen(5), 3), sen({2, 2, 1}));
    EXPECT_EQ(kinerja::allocate(Rupiah::from_sen(-5), 3), sen({-2, -2, -1}));  // the mirror
    EXPECT_EQ(kinerja::allocate(Rupiah::from_sen(2), 4), sen({1, 1, 0, 0}));
    EXPECT_EQ(kinerja::allocate(Rupiah::from_sen(7), 1), sen({7}));
    EXPECT_THROW(static_cast<void>(kinerja::allocate(Rupiah::from_sen(7), 0)), kinerja::value_error);
}

TEST(Rupiah, AllocateByWeightsLargestRemainder) {
    // Rp100,00 by 1 : 1 : 1 is the equal split.
    EXPECT_EQ(kinerja::allocate(Rupiah::from_rupiah(100), {Decimal(1), Decimal(1), Decimal(1)}),
              sen({3334, 3333, 3333}));
    // 10 sen by 0,5 : 0,3 : 0,2 splits exactly: 5, 3, 2.
    EXPECT_EQ(kinerja::allocate(Rupiah::from_sen(10), {Decimal(5, 1), Decimal(3, 1), Decimal(2, 1)}),
              sen({5, 3, 2}));
    // 100 sen by 1 : 2 : 3 (sum 6): exact 16,67 / 33,33 / 50; floors 16 + 33 + 50 = 99, remainders
    // 4/6, 2/6, 0: the left-over sen goes to the first.
    EXPECT_EQ(kinerja::allocate(Rupiah::from_sen(100), {Decimal(1), Decimal(2), Decimal(3)}),
              sen({17, 33, 50}));
    // 7 sen by 1 : 0 : 1: 3,5 each; remainders tie, the earlier part gets the sen; a zero weight gets
    // nothing.
    EXPECT_EQ(kinerja::allocate(Rupiah::from_sen(7), {Decimal(1), Decimal(0), Decimal(1)}), sen({4, 0, 3}));
    EXPECT_EQ(kinerja::allocate(Rupiah::from_sen(-7), {Decimal(1), Decimal(0), Decimal(1)}),
              sen({-4, 0, -3}));
    // Weights at different scales: 1 : 0,5 is 2 : 1; Rp10,00 -> 6,67 and 3,33.
    EXPECT_EQ(kinerja::allocate(Rupiah::from_rupiah(10), {Decimal(1), Decimal(5, 1)}), sen({667, 333}));
    EXPECT_THROW(static_cast<void>(kinerja::allocate(Rupiah::from_sen(7), {Decimal(1), Decimal(-1)})),
                 kinerja::value_error);
    EXPECT_THROW(static_cast<void>(kinerja::allocate(Rupiah::from_sen(7), {Decimal(0), Decimal(0, 2)})),
                 kinerja::value_error);
    EXPECT_THROW(static_cast<void>(kinerja::allocate(Rupiah::from_sen(7), std::vector<Decimal>{})),
                 kinerja::value_error);
}
}  // namespace

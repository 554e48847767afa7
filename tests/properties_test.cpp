// Property tests over random values. The oracle is Boost.Multiprecision's unbounded cpp_int with the
// rounding rules written out again here, independently of the library's code.

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <functional>
#include <kinerja/core.hpp>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "rounding_oracle.hpp"

namespace {

using boost::multiprecision::cpp_int;
using kinerja::Decimal;
using kinerja::int128;
using kinerja::Rounding;
using kinerja::Rupiah;

constexpr int iterations = 100'000;
constexpr std::uint64_t seed = 20'191'231;

cpp_int big(int128 v) { return cpp_int(kinerja::detail::to_string(v)); }
const cpp_int limit = cpp_int("99999999999999999999999999999999999999");  // 10^38 - 1, typed out

class Random {
public:
    // A random integer with 1..max_digits digits (uniform in the digit count) and a random sign.
    int128 integer(int max_digits) {
        const int digits = std::uniform_int_distribution<int>(1, max_digits)(gen_);
        int128 v = 0;
        for (int i = 0; i < digits; ++i) v = v * 10 + std::uniform_int_distribution<int>(0, 9)(gen_);
        return coin() ? -v : v;
    }
    int small(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(gen_); }
    bool coin() { return std::uniform_int_distribution<int>(0, 1)(gen_) == 1; }
    std::mt19937_64& engine() { return gen_; }

private:
    std::mt19937_64 gen_{seed};
};

using kinerja::test::rounded;

TEST(Properties, RupiahFormatThenParseIsIdentity) {
    Random rnd;
    for (int i = 0; i < iterations; ++i) {
        const Rupiah r = Rupiah::from_sen(rnd.integer(38));
        kinerja::RupiahFormat f;
        f.prefix = (i & 1) != 0;
        f.parentheses = (i & 2) != 0;
        const std::string text = kinerja::format_rupiah(r, f);
        ASSERT_EQ(kinerja::parse_rupiah(text), r) << text;
        if (r.sen() % 100 == 0) {
            f.decimals = 0;
            const std::string whole = kinerja::format_rupiah(r, f);
            ASSERT_EQ(kinerja::parse_rupiah(whole), r) << whole;
        }
    }
}

TEST(Properties, DecimalFormatThenParseKeepsValueAndScale) {
    Random rnd;
    kinerja::ReadOptions indonesian;
    indonesian.dot = kinerja::DotMeaning::thousands;
    kinerja::ReadOptions machine;
    machine.dot = kinerja::DotMeaning::decimal_point;
    for (int i = 0; i < iterations; ++i) {
        const Decimal d(rnd.integer(38), rnd.small(0, 18));
        const std::string text = kinerja::format_number(d);
        const Decimal back = kinerja::parse_number(text, kinerja::Mode::strict, indonesian);
        ASSERT_EQ(back, d) << text;
        ASSERT_EQ(back.scale(), d.scale()) << text;
        const std::string m = d.to_string();
        const Decimal mback = kinerja::parse_number(m, kinerja::Mode::strict, machine);
        ASSERT_EQ(mback, d) << m;
        ASSERT_EQ(mback.scale(), d.scale()) << m;
    }
}

// Adds in the given order; empty when the library threw overflow_error.
std::optional<Rupiah> try_add(Rupiah a, Rupiah b) {
    try {
        return a + b;
    } catch (const kinerja::overflow_error&) {
        return std::nullopt;
    }
}

TEST(Properties, SumsAreAssociativeAndOverflowIsDetected) {
    Random rnd;
    for (int i = 0; i < iterations; ++i) {
        // Half the cases near the limits, half anywhere.
        const int digits = (i % 2 == 0) ? 38 : 36;
        const Rupiah a = Rupiah::from_sen(rnd.integer(digits));
        const Rupiah b = Rupiah::from_sen(rnd.integer(digits));
        const Rupiah c = Rupiah::from_sen(rnd.integer(digits));
        const cpp_int ab = big(a.sen()) + big(b.sen());
        const cpp_int bc = big(b.sen()) + big(c.sen());
        const cpp_int abc = ab + big(c.sen());

        const auto left_ab = try_add(a, b);
        ASSERT_EQ(left_ab.has_value(), abs(ab) <= limit);
        const auto right_bc = try_add(b, c);
        ASSERT_EQ(right_bc.has_value(), abs(bc) <= limit);
        const auto left = left_ab ? try_add(*left_ab, c) : std::nullopt;
        const auto right = right_bc ? try_add(a, *right_bc) : std::nullopt;
        if (left) {
            ASSERT_EQ(big(left->sen()), abc);
        }
        if (right) {
            ASSERT_EQ(big(right->sen()), abc);
        }
        if (left && right) {
            ASSERT_EQ(*left, *right);
        }
        if (abs(abc) > limit) {
            ASSERT_FALSE(left || right);
        }
    }
}

TEST(Properties, SumOfARangeDoesNotDependOnOrder) {
    Random rnd;
    for (int i = 0; i < iterations / 10; ++i) {
        std::vector<Rupiah> lines;
        cpp_int expected = 0;
        for (int k = 0; k < 10; ++k) {
            lines.push_back(Rupiah::from_sen(rnd.integer(36)));
            expected += big(lines.back().sen());
        }
        const Rupiah total = kinerja::sum(lines);
        ASSERT_EQ(big(total.sen()), expected);
        std::shuffle(lines.begin(), lines.end(), rnd.engine());
        ASSERT_EQ(kinerja::sum(lines), total);
    }
}

TEST(Properties, SubtractionAndMultiplicationOverflowAtTheLimits) {
    Random rnd;
    for (int i = 0; i < iterations; ++i) {
        const Rupiah a = Rupiah::from_sen(rnd.integer(38));
        const Rupiah b = Rupiah::from_sen(rnd.integer(38));
        const cpp_int diff = big(a.sen()) - big(b.sen());
        if (abs(diff) <= limit) {
            ASSERT_EQ(big((a - b).sen()), diff);
        } else {
            ASSERT_THROW(a - b, kinerja::overflow_error);
        }
        const auto k = static_cast<std::int64_t>(rnd.integer(18));
        const cpp_int prod = big(a.sen()) * k;
        if (abs(prod) <= limit) {
            ASSERT_EQ(big((a * k).sen()), prod);
        } else {
            ASSERT_THROW(a * k, kinerja::overflow_error);
        }
    }
}

TEST(Properties, RoundingModesDifferExactlyWhereTheyShould) {
    Random rnd;
    int ties = 0;
    for (int i = 0; i < iterations; ++i) {
        int128 d = rnd.integer(19);
        if (d == 0) d = 7;
        int128 n = rnd.integer(19);
        if (i % 3 == 0) {  // force a tie: n = d * k + d / 2 with d even
            if (d % 2 != 0) d *= 2;
            n = d * rnd.integer(10) + d / 2;
        }
        const cpp_int bn = big(n);
        const cpp_int bd = big(d);
        const Decimal up = *kinerja::divide(Decimal(n), Decimal(d), 0, Rounding::half_up);
        const Decimal even = *kinerja::divide(Decimal(n), Decimal(d), 0, Rounding::half_even);
        const Decimal trunc = *kinerja::divide(Decimal(n), Decimal(d), 0, Rounding::truncate);
        ASSERT_EQ(big(up.coefficient()), rounded(bn, bd, Rounding::half_up));
        ASSERT_EQ(big(even.coefficient()), rounded(bn, bd, Rounding::half_even));
        ASSERT_EQ(big(trunc.coefficient()), rounded(bn, bd, Rounding::truncate));

        const cpp_int r = bn % bd;
        const cpp_int q = bn / bd;
        const bool tie = 2 * abs(r) == abs(bd);
        const bool at_least_half = r != 0 && 2 * abs(r) >= abs(bd);
        ASSERT_EQ(up != trunc, at_least_half);
        ASSERT_EQ(even != up, tie && q % 2 == 0);
        ties += tie;
    }
    EXPECT_GT(ties, iterations / 4);  // the forced ties really were ties
}

TEST(Properties, PercentMatchesTheOracle) {
    Random rnd;
    for (int i = 0; i < iterations; ++i) {
        const Rupiah part = Rupiah::from_sen(rnd.integer(20));
        const Rupiah whole = Rupiah::from_sen(i % 100 == 0 ? 0 : rnd.integer(20));
        const auto mode = static_cast<Rounding>(i % 3);
        const kinerja::Percent p = kinerja::percent(part, whole, {2, mode});
        if (whole.sen() == 0) {
            ASSERT_FALSE(p.is_defined());
            continue;
        }
        // part / whole x 100 with 2 decimals = part x 10^4 / whole, rounded
        const cpp_int expected = rounded(big(part.sen()) * 10'000, big(whole.sen()), mode);
        ASSERT_EQ(big(p.points().coefficient()), expected);
        ASSERT_EQ(p.points().scale(), 2);
    }
}

cpp_int ten_to(int n) {
    cpp_int r = 1;
    for (int i = 0; i < n; ++i) r *= 10;
    return r;
}

TEST(Properties, DivideAcrossTheWholeRangeMatchesTheOracle) {
    // 38-digit coefficients and scales up to 18: the intermediate passes 128 bits (detail/int256.hpp).
    Random rnd;
    int overflows = 0;
    for (int i = 0; i < iterations; ++i) {
        const Decimal a(rnd.integer(38), rnd.small(0, 18));
        const Decimal b(rnd.integer(rnd.small(1, 38)), rnd.small(0, 18));
        const int decimals = rnd.small(0, 18);
        const auto mode = static_cast<Rounding>(i % 3);
        if (b.is_zero()) {
            ASSERT_FALSE(kinerja::divide(a, b, decimals, mode).has_value());
            continue;
        }
        // a / b with k decimals = a.c x 10^(b.s + k) / (b.c x 10^a.s), rounded
        const cpp_int expected = rounded(big(a.coefficient()) * ten_to(b.scale() + decimals),
                                         big(b.coefficient()) * ten_to(a.scale()), mode);
        if (abs(expected) > limit) {
            ASSERT_THROW(static_cast<void>(kinerja::divide(a, b, decimals, mode)), kinerja::overflow_error);
            ++overflows;
            continue;
        }
        const Decimal q = *kinerja::divide(a, b, decimals, mode);
        ASSERT_EQ(big(q.coefficient()), expected);
        ASSERT_EQ(q.scale(), decimals);
    }
    EXPECT_GT(overflows, 0);
    EXPECT_LT(overflows, iterations);
}

TEST(Properties, RupiahTimesAndByADecimalMatchTheOracle) {
    Random rnd;
    for (int i = 0; i < iterations; ++i) {
        const Rupiah amount = Rupiah::from_sen(rnd.integer(38));
        const Decimal factor(rnd.integer(rnd.small(1, 38)), rnd.small(0, 18));
        const auto mode = static_cast<Rounding>(i % 3);
        // amount x factor in sen = sen x c / 10^s; amount / factor = sen x 10^s / c
        const cpp_int product =
            rounded(big(amount.sen()) * big(factor.coefficient()), ten_to(factor.scale()), mode);
        if (abs(product) > limit)
            ASSERT_THROW(static_cast<void>(kinerja::multiply(amount, factor, mode)), kinerja::overflow_error);
        else
            ASSERT_EQ(big(kinerja::multiply(amount, factor, mode).sen()), product);
        if (factor.is_zero()) {
            ASSERT_THROW(static_cast<void>(kinerja::divide(amount, factor, mode)), kinerja::undefined_error);
            continue;
        }
        const cpp_int quotient =
            rounded(big(amount.sen()) * ten_to(factor.scale()), big(factor.coefficient()), mode);
        if (abs(quotient) > limit)
            ASSERT_THROW(static_cast<void>(kinerja::divide(amount, factor, mode)), kinerja::overflow_error);
        else
            ASSERT_EQ(big(kinerja::divide(amount, factor, mode).sen()), quotient);
    }
}

TEST(Properties, AllocateAddsUpAndFollowsTheLargestRemainders) {
    Random rnd;
    for (int i = 0; i < iterations / 10; ++i) {
        const Rupiah total = Rupiah::from_sen(rnd.integer(rnd.small(1, 38)));
        const int n = rnd.small(1, 12);
        const int scale = rnd.small(0, 4);
        std::vector<Decimal> weights;
        for (int k = 0; k < n; ++k) {
            const int128 w = rnd.integer(rnd.small(1, 8));
            weights.emplace_back(w < 0 ? -w : w, rnd.small(0, scale));
        }
        cpp_int weight_sum = 0;
        std::vector<cpp_int> integer_weights;  // at the common scale
        for (const Decimal& w : weights) {
            integer_weights.push_back(big(w.coefficient()) * ten_to(scale - w.scale()));
            weight_sum += integer_weights.back();
        }
        if (weight_sum == 0) {
            ASSERT_THROW(static_cast<void>(kinerja::allocate(total, weights)), kinerja::value_error);
            continue;
        }
        const std::vector<Rupiah> parts = kinerja::allocate(total, weights);
        ASSERT_EQ(parts.size(), weights.size());
        ASSERT_EQ(kinerja::sum(parts), total);
        // Each part is its exact share's floor or one sen more (in magnitude), and the parts that got
        // the extra sen have remainders at least as large as those that did not (earlier on ties).
        const cpp_int whole = abs(big(total.sen()));
        std::optional<cpp_int> smallest_bumped;
        std::optional<cpp_int> largest_unbumped;
        for (std::size_t k = 0; k < parts.size(); ++k) {
            const cpp_int exact = whole * integer_weights[k];
            const cpp_int floor = exact / weight_sum;
            const cpp_int remainder = exact % weight_sum;
            const cpp_int got = abs(big(parts[k].sen()));
            ASSERT_TRUE(got == floor || got == floor + 1);
            if (total.sign() != 0 && got != 0) {
                ASSERT_EQ(parts[k].sign(), total.sign());
            }
            if (got == floor + 1) {
                if (largest_unbumped) {
                    ASSERT_GT(remainder, *largest_unbumped);  // else a tie went to a later part
                }
                if (!smallest_bumped || remainder < *smallest_bumped) smallest_bumped = remainder;
            } else if (!largest_unbumped || remainder > *largest_unbumped) {
                largest_unbumped = remainder;
            }
        }
        if (smallest_bumped && largest_unbumped) {
            ASSERT_GE(*smallest_bumped, *largest_unbumped);
        }
    }
    // The equal split is the weighted one with equal weights.
    for (int i = 0; i < 1000; ++i) {
        const Rupiah total = Rupiah::from_sen(rnd.integer(20));
        const auto n = static_cast<std::size_t>(rnd.small(1, 9));
        ASSERT_EQ(kinerja::allocate(total, n), kinerja::allocate(total, std::vector<Decimal>(n, Decimal(1))));
    }
}

}  // namespace

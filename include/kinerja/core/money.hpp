#pragma once
/// \file kinerja/core/money.hpp
/// kinerja::Rupiah, money counted exactly in integer sen (1/100 Rupiah).

#include <algorithm>
#include <cstddef>
#include <functional>
#include <iterator>
#include <string>
#include <type_traits>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/rounding.hpp"
#include "kinerja/detail/int128.hpp"
#include "kinerja/detail/int256.hpp"

namespace kinerja {

/// An amount of Rupiah held exactly as a 128-bit count of sen, |sen| <= 10^38 - 1.
///
/// That range holds a national budget (about 4e17 sen a year) summed over billions of years and
/// still fits an Arrow decimal128(38, 2). Every operation that would leave it throws
/// overflow_error; nothing wraps. There is no conversion from floating point. A fraction of an
/// amount is multiply() or divide() by a Decimal with an explicit Rounding; allocate() splits an
/// amount into parts that add up to it. std::hash is defined; operator<< (kinerja/core/number_text.hpp)
/// writes "Rp1.239.289.000,00".
class Rupiah final {
public:
    /// Zero.
    constexpr Rupiah() noexcept = default;

    /// An amount of \p sen sen; overflow_error when out of range.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    [[nodiscard]] static constexpr Rupiah from_sen(I sen) {
        return Rupiah(detail::to_int128(sen, "rupiah amount must fit 38 digits of sen"));
    }
    /// Floating point cannot hold sen exactly; use an integer count of sen or parse text.
    static Rupiah from_sen(double) = delete;

    /// \p rupiah whole Rupiah; overflow_error when out of range.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    [[nodiscard]] static constexpr Rupiah from_rupiah(I rupiah) {
        return Rupiah(detail::mul(detail::to_int128(rupiah, "rupiah amount must fit 38 digits of sen"), 100,
                                  "rupiah amount must fit 38 digits of sen"));
    }
    /// Floating point cannot hold Rupiah exactly; use an integer or parse text.
    static Rupiah from_rupiah(double) = delete;

    /// The exact amount a Decimal states; value_error when it has a non-zero digit past the sen.
    [[nodiscard]] static constexpr Rupiah from_decimal(const Decimal& d) {
        const Decimal sen = d.scale() > 2 ? d.normalized() : d;
        if (sen.scale() > 2) throw value_error("rupiah amount must not have more than 2 decimals");
        return Rupiah(sen.rescaled(2).coefficient());
    }
    /// A Decimal rounded to whole sen by \p mode: rounding is always the caller's explicit choice.
    [[nodiscard]] static constexpr Rupiah from_decimal(const Decimal& d, Rounding mode) {
        return Rupiah(d.rescaled(2, mode).coefficient());
    }

    /// The largest amount.
    [[nodiscard]] static constexpr Rupiah max() noexcept { return Rupiah(detail::max_coefficient); }
    /// The smallest (most negative) amount.
    [[nodiscard]] static constexpr Rupiah min() noexcept { return Rupiah(-detail::max_coefficient); }

    /// The amount in sen.
    [[nodiscard]] constexpr int128 sen() const noexcept { return sen_; }
    /// The amount as a Decimal with exactly 2 decimals.
    [[nodiscard]] constexpr Decimal to_decimal() const { return Decimal(sen_, 2); }
    /// Machine text with 2 decimals, e.g. "1239289000.50" or "-5.00".
    [[nodiscard]] std::string to_string() const { return to_decimal().to_string(); }
    /// -1, 0 or 1.
    [[nodiscard]] constexpr int sign() const noexcept { return sen_ < 0 ? -1 : (sen_ > 0 ? 1 : 0); }

    /// Exact sum; overflow_error when out of range.
    friend constexpr Rupiah operator+(Rupiah a, Rupiah b) {
        return Rupiah(detail::add(a.sen_, b.sen_, overflow_text));
    }
    /// Exact difference; overflow_error when out of range.
    friend constexpr Rupiah operator-(Rupiah a, Rupiah b) {
        return Rupiah(detail::sub(a.sen_, b.sen_, overflow_text));
    }
    /// Negation; the range is symmetric, so it cannot overflow.
    constexpr Rupiah operator-() const noexcept { return Rupiah(-sen_); }
    /// Exact product with an integer count; overflow_error when out of range.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    friend constexpr Rupiah operator*(Rupiah a, I k) {
        return Rupiah(detail::mul(a.sen_, detail::to_int128(k, overflow_text), overflow_text));
    }
    /// Exact product with an integer count; overflow_error when out of range.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    friend constexpr Rupiah operator*(I k, Rupiah a) {
        return a * k;
    }
    /// Money times a binary float is never exact; multiply by an integer, or use
    /// multiply(Rupiah, const Decimal&, Rounding) for a Decimal ratio.
    friend Rupiah operator*(Rupiah, double) = delete;
    /// Money times a binary float is never exact; multiply by an integer, or use
    /// multiply(Rupiah, const Decimal&, Rounding) for a Decimal ratio.
    friend Rupiah operator*(double, Rupiah) = delete;
    /// In-place exact sum.
    constexpr Rupiah& operator+=(Rupiah b) { return *this = *this + b; }
    /// In-place exact difference.
    constexpr Rupiah& operator-=(Rupiah b) { return *this = *this - b; }

    /// Equal amounts.
    friend constexpr bool operator==(Rupiah a, Rupiah b) noexcept { return a.sen_ == b.sen_; }
    /// Different amounts.
    friend constexpr bool operator!=(Rupiah a, Rupiah b) noexcept { return a.sen_ != b.sen_; }
    /// Smaller amount.
    friend constexpr bool operator<(Rupiah a, Rupiah b) noexcept { return a.sen_ < b.sen_; }
    /// Smaller or equal amount.
    friend constexpr bool operator<=(Rupiah a, Rupiah b) noexcept { return a.sen_ <= b.sen_; }
    /// Larger amount.
    friend constexpr bool operator>(Rupiah a, Rupiah b) noexcept { return a.sen_ > b.sen_; }
    /// Larger or equal amount.
    friend constexpr bool operator>=(Rupiah a, Rupiah b) noexcept { return a.sen_ >= b.sen_; }

private:
    static constexpr const char* overflow_text = "rupiah amount must fit 38 digits of sen";
    constexpr explicit Rupiah(int128 sen) : sen_(detail::checked(sen, overflow_text)) {}

    int128 sen_ = 0;
};

/// The exact sum of Rupiah amounts in [first, last); overflow_error when the total is out of range.
///
/// The partial sums are kept in the full int128 range (|partial| < 1.7 x 10^38, checked at every
/// step) and only the total must be within the Rupiah range: so a sum whose exact total is
/// representable is returned whatever the order, and the bound costs one check, not one per line.
template <class It>
[[nodiscard]] constexpr Rupiah sum(It first, It last) {
    int128 total = 0;
    for (; first != last; ++first) {
        const Rupiah amount = *first;
        if (__builtin_add_overflow(total, amount.sen(), &total))
            throw overflow_error("rupiah sum must fit 38 digits of sen");
    }
    return Rupiah::from_sen(total);
}

/// The exact sum of a range of Rupiah amounts; overflow_error when it leaves the range.
template <class Range>
[[nodiscard]] constexpr Rupiah sum(const Range& range) {
    using std::begin;
    using std::end;
    return sum(begin(range), end(range));
}

/// amount x factor, exact, then rounded once to the sen by \p mode (e.g. a 2,5 % fee, or a share of a
/// budget); overflow_error when the result is out of range.
[[nodiscard]] constexpr Rupiah multiply(Rupiah amount, const Decimal& factor, Rounding mode) {
    return Rupiah::from_sen(detail::scaled_quotient(amount.sen(), factor.coefficient(),
                                                    detail::pow10(factor.scale()), 1, mode,
                                                    "rupiah product must fit 38 digits of sen"));
}

/// amount / divisor, exact, then rounded once to the sen by \p mode; undefined_error when the
/// divisor is zero (a quotient by zero is undefined), overflow_error when out of range.
[[nodiscard]] constexpr Rupiah divide(Rupiah amount, const Decimal& divisor, Rounding mode) {
    if (divisor.is_zero()) throw undefined_error("a rupiah amount divided by zero is undefined");
    return Rupiah::from_sen(detail::scaled_quotient(amount.sen(), detail::pow10(divisor.scale()),
                                                    divisor.coefficient(), 1, mode,
                                                    "rupiah quotient must fit 38 digits of sen"));
}

namespace detail {

/// Splits |total| sen in proportion to the non-negative integer weights (their sum positive) by the
/// largest remainder method: each part gets the floor of its exact share, and the sen left over go
/// one each to the parts with the largest remainders, ties to the earlier part. The sign of total
/// is applied to every part, so a negative total splits as the mirror of the positive one.
inline std::vector<Rupiah> allocate_by(Rupiah total, const std::vector<uint128>& weights,
                                       uint128 weight_sum) {
    const uint128 whole = magnitude(total.sen());
    std::vector<uint128> parts(weights.size());
    std::vector<uint128> remainders(weights.size());
    uint128 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        uint256 q;
        uint256 r;
        uint256::divmod(mul_wide(whole, weights[i]), uint256(weight_sum), q, r);
        parts[i] = q.lo;  // at most whole: a weight is at most the sum
        remainders[i] = r.lo;
        given += q.lo;
    }
    std::vector<std::size_t> order(weights.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    // Fewer sen are left over than there are parts with a remainder, so zero weights get nothing.
    for (std::size_t k = 0; given < whole; ++k, ++given) ++parts[order[k]];
    std::vector<Rupiah> out;
    out.reserve(parts.size());
    for (const uint128 p : parts) {
        const auto sen = static_cast<int128>(p);
        out.push_back(Rupiah::from_sen(total.sign() < 0 ? -sen : sen));
    }
    return out;
}

}  // namespace detail

/// \p total split into \p n parts that differ by at most one sen and add up to it exactly; the
/// earlier parts get the extra sen (Rp100,00 in 3: 33,34 + 33,33 + 33,33). value_error when n is 0.
[[nodiscard]] inline std::vector<Rupiah> allocate(Rupiah total, std::size_t n) {
    if (n == 0) throw value_error("an amount must be split into at least one part");
    return detail::allocate_by(total, std::vector<uint128>(n, 1), n);
}

/// \p total split in proportion to \p weights so that the parts add up to it exactly to the sen:
/// each part is its exact share rounded down, and the sen left over go to the largest remainders
/// (largest remainder method), ties to the earlier part; a negative total splits as the mirror of
/// the positive one. value_error when a weight is negative or the weights do not sum to more than
/// zero; overflow_error when the weights at their common scale do not fit 38 digits.
[[nodiscard]] inline std::vector<Rupiah> allocate(Rupiah total, const std::vector<Decimal>& weights) {
    int scale = 0;
    for (const Decimal& w : weights) {
        if (w.sign() < 0) throw value_error("allocation weights must not be negative");
        scale = std::max(scale, w.scale());
    }
    std::vector<uint128> integers;
    integers.reserve(weights.size());
    int128 weight_sum = 0;
    for (const Decimal& w : weights) {
        integers.push_back(static_cast<uint128>(w.rescaled(scale).coefficient()));
        weight_sum = detail::add(weight_sum, w.rescaled(scale).coefficient(),
                                 "allocation weights must sum to 38 digits");
    }
    if (weight_sum == 0) throw value_error("allocation weights must sum to more than zero");
    return detail::allocate_by(total, integers, static_cast<uint128>(weight_sum));
}

}  // namespace kinerja

namespace std {
/// Hash of the amount in sen, consistent with ==.
template <>
struct hash<kinerja::Rupiah> {
    /// The hash of the sen.
    std::size_t operator()(kinerja::Rupiah r) const noexcept { return kinerja::detail::hash_int128(r.sen()); }
};
}  // namespace std

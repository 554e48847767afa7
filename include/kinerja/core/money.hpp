#pragma once
/// \file kinerja/core/money.hpp
/// kinerja::Rupiah, money counted exactly in integer sen (1/100 Rupiah).

#include <iterator>
#include <string>
#include <type_traits>

#include "kinerja/core/decimal.hpp"
#include "kinerja/detail/int128.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/rounding.hpp"

namespace kinerja {

/// An amount of Rupiah held exactly as a 128-bit count of sen, |sen| <= 10^38 - 1.
///
/// That range holds a national budget (about 4e17 sen a year) summed over billions of years and
/// still fits an Arrow decimal128(38, 2). Every operation that would leave it throws
/// overflow_error; nothing wraps. There is no conversion from floating point.
class Rupiah final {
public:
    /// Zero.
    constexpr Rupiah() noexcept = default;

    /// An amount of \p sen sen; overflow_error when out of range.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    static constexpr Rupiah from_sen(I sen) {
        return Rupiah(detail::to_int128(sen, "rupiah amount must fit 38 digits of sen"));
    }
    /// Floating point cannot hold sen exactly; use an integer count of sen or parse text.
    static Rupiah from_sen(double) = delete;

    /// \p rupiah whole Rupiah; overflow_error when out of range.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    static constexpr Rupiah from_rupiah(I rupiah) {
        return Rupiah(detail::mul(detail::to_int128(rupiah, "rupiah amount must fit 38 digits of sen"), 100,
                                  "rupiah amount must fit 38 digits of sen"));
    }
    /// Floating point cannot hold Rupiah exactly; use an integer or parse text.
    static Rupiah from_rupiah(double) = delete;

    /// The exact amount a Decimal states; value_error when it has a non-zero digit past the sen.
    static constexpr Rupiah from_decimal(const Decimal& d) {
        const Decimal sen = d.scale() > 2 ? d.normalized() : d;
        if (sen.scale() > 2) throw value_error("rupiah amount must not have more than 2 decimals");
        return Rupiah(sen.rescaled(2).coefficient());
    }
    /// A Decimal rounded to whole sen by \p mode: rounding is always the caller's explicit choice.
    static constexpr Rupiah from_decimal(const Decimal& d, Rounding mode) {
        return Rupiah(d.rescaled(2, mode).coefficient());
    }

    /// The largest amount.
    static constexpr Rupiah max() noexcept { return Rupiah(detail::max_coefficient); }
    /// The smallest (most negative) amount.
    static constexpr Rupiah min() noexcept { return Rupiah(-detail::max_coefficient); }

    /// The amount in sen.
    constexpr int128 sen() const noexcept { return sen_; }
    /// The amount as a Decimal with exactly 2 decimals.
    constexpr Decimal to_decimal() const { return Decimal(sen_, 2); }
    /// Machine text with 2 decimals, e.g. "1239289000.50" or "-5.00".
    std::string to_string() const { return to_decimal().to_string(); }
    /// -1, 0 or 1.
    constexpr int sign() const noexcept { return sen_ < 0 ? -1 : (sen_ > 0 ? 1 : 0); }

    /// Exact sum; overflow_error when out of range.
    friend constexpr Rupiah operator+(Rupiah a, Rupiah b) { return Rupiah(detail::add(a.sen_, b.sen_, overflow_text)); }
    /// Exact difference; overflow_error when out of range.
    friend constexpr Rupiah operator-(Rupiah a, Rupiah b) { return Rupiah(detail::sub(a.sen_, b.sen_, overflow_text)); }
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
    /// Money times a binary float is never exact; multiply by an integer or a Decimal ratio instead.
    friend Rupiah operator*(Rupiah, double) = delete;
    /// Money times a binary float is never exact; multiply by an integer or a Decimal ratio instead.
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
constexpr Rupiah sum(It first, It last) {
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
constexpr Rupiah sum(const Range& range) {
    using std::begin;
    using std::end;
    return sum(begin(range), end(range));
}

}  // namespace kinerja

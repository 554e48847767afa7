#pragma once
/// \file kinerja/core/decimal.hpp
/// kinerja::Decimal, an exact decimal number: coefficient x 10^-scale, for targets, realisations,
/// percentages and every other figure that is not money. Never binary floating point.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>

#include "kinerja/core/error.hpp"
#include "kinerja/core/rounding.hpp"
#include "kinerja/detail/int128.hpp"
#include "kinerja/detail/int256.hpp"

namespace kinerja {

/// An exact decimal number: coefficient() x 10^-scale(), with |coefficient| <= 10^38 - 1 and
/// 0 <= scale <= 18. The scale is kept ("97,60" has scale 2) because printed precision matters to a
/// reviu; comparisons are by value, so 97.6 == 97.60, and std::hash agrees (97.6 and 97.60 hash alike).
///
/// From an integer it is built explicitly, `Decimal(5)` or `Decimal{5}`; `Decimal d = 5;` does not
/// compile (a deleted constructor says so), so an integer never becomes a Decimal unnoticed.
/// operator<< (kinerja/core/number_text.hpp) writes the Indonesian form, "1.234,5".
class Decimal final {
public:
    /// The largest number of decimals a Decimal carries.
    static constexpr int max_scale = 18;

    /// Zero with scale 0.
    constexpr Decimal() noexcept = default;

    /// coefficient x 10^-scale; value_error for a scale outside 0..18, overflow_error for a
    /// coefficient beyond 38 digits.
    constexpr Decimal(int128 coefficient, int scale)
        : coefficient_(detail::checked(coefficient, "decimal coefficient must fit 38 digits")),
          scale_(check_scale(scale)) {}

    /// An integer, exactly.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    constexpr explicit Decimal(I value)
        : coefficient_(detail::to_int128(value, "decimal coefficient must fit 38 digits")) {}

    /// An integer becomes a Decimal only explicitly: write Decimal(5) or Decimal{5}, not `= 5`.
    /// (Copy-initialisation lands here; the explicit constructor above wins direct initialisation
    /// because a one-argument pack is less specialised than a plain parameter.)
    template <class... I, std::enable_if_t<sizeof...(I) == 1 && (detail::is_integer_v<I> && ...), int> = 0>
    Decimal(I...) = delete;

    /// Binary floating point cannot hold decimal fractions exactly; parse text instead.
    Decimal(double) = delete;
    /// Binary floating point cannot hold decimal fractions exactly; parse text instead.
    Decimal(float) = delete;
    /// Binary floating point cannot hold decimal fractions exactly; parse text instead.
    Decimal(long double) = delete;

    /// The integer coefficient: the value is coefficient() x 10^-scale().
    [[nodiscard]] constexpr int128 coefficient() const noexcept { return coefficient_; }
    /// The number of decimals.
    [[nodiscard]] constexpr int scale() const noexcept { return scale_; }
    /// -1, 0 or 1.
    [[nodiscard]] constexpr int sign() const noexcept {
        return coefficient_ < 0 ? -1 : (coefficient_ > 0 ? 1 : 0);
    }
    /// True when the value is zero, at any scale.
    [[nodiscard]] constexpr bool is_zero() const noexcept { return coefficient_ == 0; }

    /// The same value with \p scale decimals, rounded by \p mode when decimals are dropped;
    /// overflow_error when widening does not fit.
    [[nodiscard]] constexpr Decimal rescaled(int scale, Rounding mode = Rounding::half_up) const {
        check_scale(scale);
        if (scale >= scale_) {
            return Decimal(detail::mul(coefficient_, detail::pow10(scale - scale_),
                                       "decimal must fit 38 digits at that scale"),
                           scale);
        }
        return Decimal(detail::divide_rounded(coefficient_, detail::pow10(scale_ - scale), mode), scale);
    }

    /// The same value with trailing zero decimals removed (97.60 -> 97.6, 100.00 -> 100).
    [[nodiscard]] constexpr Decimal normalized() const noexcept {
        Decimal d = *this;
        while (d.scale_ > 0 && d.coefficient_ % 10 == 0) {
            d.coefficient_ /= 10;
            --d.scale_;
        }
        return d;
    }

    /// Machine text: optional '-', digits, and '.' before exactly scale() decimals ("-1234.50").
    [[nodiscard]] std::string to_string() const {
        std::string digits = detail::digits(coefficient_);
        if (scale_ > 0) {
            if (static_cast<int>(digits.size()) <= scale_)
                digits.insert(0, static_cast<std::size_t>(scale_ + 1) - digits.size(), '0');
            digits.insert(digits.size() - static_cast<std::size_t>(scale_), 1, '.');
        }
        return coefficient_ < 0 ? "-" + digits : digits;
    }

    /// Three-way comparison by value: negative, zero or positive.
    [[nodiscard]] friend constexpr int compare(const Decimal& a, const Decimal& b) noexcept {
        if (a.scale_ == b.scale_)
            return a.coefficient_ < b.coefficient_ ? -1 : (a.coefficient_ > b.coefficient_);
        // Widen the side with fewer decimals. If that overflows int128 its magnitude exceeds any
        // coefficient, so its sign alone decides.
        const bool a_wider = a.scale_ < b.scale_;
        const Decimal& lo = a_wider ? a : b;
        const Decimal& hi = a_wider ? b : a;
        int128 widened = 0;
        int r = 0;
        if (__builtin_mul_overflow(lo.coefficient_, detail::pow10(hi.scale_ - lo.scale_), &widened)) {
            r = lo.coefficient_ < 0 ? -1 : 1;
        } else {
            r = widened < hi.coefficient_ ? -1 : (widened > hi.coefficient_);
        }
        return a_wider ? r : -r;
    }

    /// Equal by value (97.6 == 97.60).
    friend constexpr bool operator==(const Decimal& a, const Decimal& b) noexcept {
        return compare(a, b) == 0;
    }
    /// Not equal by value.
    friend constexpr bool operator!=(const Decimal& a, const Decimal& b) noexcept {
        return compare(a, b) != 0;
    }
    /// Less by value.
    friend constexpr bool operator<(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) < 0; }
    /// Less or equal by value.
    friend constexpr bool operator<=(const Decimal& a, const Decimal& b) noexcept {
        return compare(a, b) <= 0;
    }
    /// Greater by value.
    friend constexpr bool operator>(const Decimal& a, const Decimal& b) noexcept { return compare(a, b) > 0; }
    /// Greater or equal by value.
    friend constexpr bool operator>=(const Decimal& a, const Decimal& b) noexcept {
        return compare(a, b) >= 0;
    }

    /// Negation; cannot overflow because the range is symmetric.
    constexpr Decimal operator-() const noexcept {
        Decimal d = *this;
        d.coefficient_ = -d.coefficient_;
        return d;
    }

    /// Exact sum at the larger scale of the two; overflow_error when it does not fit.
    friend constexpr Decimal operator+(const Decimal& a, const Decimal& b) {
        const int s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
        return Decimal(detail::add(a.rescaled(s).coefficient_, b.rescaled(s).coefficient_,
                                   "decimal sum must fit 38 digits"),
                       s);
    }
    /// Exact difference at the larger scale of the two; overflow_error when it does not fit.
    friend constexpr Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }
    /// Exact product with an integer; overflow_error when it does not fit.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    friend constexpr Decimal operator*(const Decimal& a, I k) {
        return Decimal(detail::mul(a.coefficient_, detail::to_int128(k, "factor must fit 38 digits"),
                                   "decimal product must fit 38 digits"),
                       a.scale_);
    }
    /// Exact product with an integer; overflow_error when it does not fit.
    template <class I, std::enable_if_t<detail::is_integer_v<I>, int> = 0>
    friend constexpr Decimal operator*(I k, const Decimal& a) {
        return a * k;
    }
    /// Exact product; trailing zeros are dropped when the scales add up past 18, and value_error
    /// when the exact product still needs more decimals; overflow_error when it does not fit.
    friend constexpr Decimal operator*(const Decimal& a, const Decimal& b) {
        Decimal x = a.scale_ + b.scale_ > max_scale ? a.normalized() : a;
        Decimal y = a.scale_ + b.scale_ > max_scale ? b.normalized() : b;
        if (x.scale_ + y.scale_ > max_scale)
            throw value_error("decimal product must not need more than 18 decimals");
        return Decimal(detail::mul(x.coefficient_, y.coefficient_, "decimal product must fit 38 digits"),
                       x.scale_ + y.scale_);
    }
    /// In-place exact sum.
    constexpr Decimal& operator+=(const Decimal& b) { return *this = *this + b; }
    /// In-place exact difference.
    constexpr Decimal& operator-=(const Decimal& b) { return *this = *this - b; }

private:
    static constexpr int check_scale(int scale) {
        if (scale < 0 || scale > max_scale) throw value_error("decimal scale must be between 0 and 18");
        return scale;
    }

    int128 coefficient_ = 0;
    int scale_ = 0;
};

namespace detail {

/// value_error unless 0 <= decimals <= 18.
constexpr void check_decimals(int decimals) {
    if (decimals < 0 || decimals > Decimal::max_scale) throw value_error("decimals must be between 0 and 18");
}

/// a / b x 10^extra with \p decimals decimals, exact then rounded once; b must not be zero. The
/// intermediate a x 10^k reaches 10^76, so it is formed in 256 bits (detail/int256.hpp).
constexpr Decimal quotient(const Decimal& a, const Decimal& b, int extra, int decimals, Rounding mode) {
    return Decimal(scaled_quotient(a.coefficient(), pow10(b.scale() + decimals + extra), b.coefficient(),
                                   pow10(a.scale()), mode, "quotient must fit 38 digits"),
                   decimals);
}

}  // namespace detail

/// a / b with \p decimals decimals (0..18), rounded by \p mode; empty when b is zero, because a
/// quotient by zero is undefined (never 0, 100 or infinity).
[[nodiscard]] constexpr std::optional<Decimal> divide(const Decimal& a, const Decimal& b, int decimals = 2,
                                                      Rounding mode = Rounding::half_up) {
    detail::check_decimals(decimals);
    if (b.is_zero()) return std::nullopt;
    return detail::quotient(a, b, 0, decimals, mode);
}

}  // namespace kinerja

namespace std {
/// Hash by value, consistent with ==: 97.6 and 97.60 (and 0 at any scale) hash alike.
template <>
struct hash<kinerja::Decimal> {
    /// The hash of the normalized coefficient and scale.
    std::size_t operator()(const kinerja::Decimal& d) const noexcept {
        const kinerja::Decimal n = d.normalized();
        return kinerja::detail::hash_int128(n.coefficient(), static_cast<std::size_t>(n.scale()));
    }
};
}  // namespace std

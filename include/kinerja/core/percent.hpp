#pragma once
/// \file kinerja/core/percent.hpp
/// kinerja::Percent and exact percentages such as serapan = realisasi / anggaran x 100.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/money.hpp"
#include "kinerja/core/rounding.hpp"

namespace kinerja {

/// How many decimals a computed figure gets and how it is rounded; reports print 2, half-up.
struct Precision final {
    /// Number of decimals, 0..18.
    int decimals = 2;
    /// Rounding of the dropped digits.
    Rounding rounding = Rounding::half_up;
};

/// A percentage in percentage points (97.68 means 97,68 %), or explicitly undefined when it was
/// computed against a zero total: a target of 0 or an anggaran of 0 has no capaian or serapan.
///
/// Default-constructed it is undefined (so it can be a std::map value). Ordered where defined: <,
/// <=, > and >= compare two defined percentages by value and throw undefined_error when either is
/// undefined, because "undefined" is neither below nor above a figure. == holds between two
/// undefined ones. operator<< (kinerja/core/number_text.hpp) writes "97,68 %" or "undefined".
class Percent final {
public:
    /// The undefined percentage.
    constexpr Percent() noexcept = default;

    /// The undefined percentage.
    [[nodiscard]] static constexpr Percent undefined() noexcept { return Percent(); }

    /// A defined percentage of \p points percentage points.
    constexpr explicit Percent(const Decimal& points) noexcept : points_(points), defined_(true) {}

    /// False for a percentage of a zero total.
    [[nodiscard]] constexpr bool is_defined() const noexcept { return defined_; }
    /// The percentage points; undefined_error when undefined.
    [[nodiscard]] constexpr const Decimal& points() const {
        if (!defined_) throw undefined_error("percentage is undefined: its total is zero");
        return points_;
    }
    /// The points, or empty when undefined.
    [[nodiscard]] constexpr std::optional<Decimal> points_if_defined() const noexcept {
        return defined_ ? std::optional<Decimal>(points_) : std::nullopt;
    }
    /// Machine text of the points ("97.68"), or "undefined".
    [[nodiscard]] std::string to_string() const { return defined_ ? points_.to_string() : "undefined"; }

    /// Equal when both are undefined or both hold the same value (97.6 == 97.60).
    friend constexpr bool operator==(const Percent& a, const Percent& b) noexcept {
        return a.defined_ == b.defined_ && (!a.defined_ || a.points_ == b.points_);
    }
    /// Negation of ==.
    friend constexpr bool operator!=(const Percent& a, const Percent& b) noexcept { return !(a == b); }
    /// Less by value; undefined_error when either is undefined.
    friend constexpr bool operator<(const Percent& a, const Percent& b) { return a.points() < b.points(); }
    /// Less or equal by value; undefined_error when either is undefined.
    friend constexpr bool operator<=(const Percent& a, const Percent& b) { return a.points() <= b.points(); }
    /// Greater by value; undefined_error when either is undefined.
    friend constexpr bool operator>(const Percent& a, const Percent& b) { return a.points() > b.points(); }
    /// Greater or equal by value; undefined_error when either is undefined.
    friend constexpr bool operator>=(const Percent& a, const Percent& b) { return a.points() >= b.points(); }

private:
    Decimal points_;
    bool defined_ = false;
};

/// part / whole x 100, exact then rounded once as \p precision says; undefined when whole is 0.
[[nodiscard]] constexpr Percent percent(const Decimal& part, const Decimal& whole, Precision precision = {}) {
    detail::check_decimals(precision.decimals);
    if (whole.is_zero()) return Percent::undefined();
    return Percent(detail::quotient(part, whole, 2, precision.decimals, precision.rounding));
}

/// part / whole x 100 for money, e.g. serapan = realisasi / anggaran x 100; undefined when whole is 0.
[[nodiscard]] constexpr Percent percent(Rupiah part, Rupiah whole, Precision precision = {}) {
    return percent(part.to_decimal(), whole.to_decimal(), precision);
}

}  // namespace kinerja

namespace std {
/// Hash consistent with ==: by value when defined (97.6 and 97.60 alike), one value when undefined.
template <>
struct hash<kinerja::Percent> {
    /// The hash of the points, or of nothing.
    std::size_t operator()(const kinerja::Percent& p) const noexcept {
        return p.is_defined() ? std::hash<kinerja::Decimal>{}(p.points()) ^ 1U : 0U;
    }
};
}  // namespace std

#pragma once
/// \file kinerja/core/rounding.hpp
/// Rounding modes. kinerja never rounds implicitly: every rounding operation takes one of these.

#include <string_view>

#include "kinerja/detail/int128.hpp"

namespace kinerja {

/// How a value is brought to fewer decimals.
enum class Rounding {
    /// Halves away from zero (Python's ROUND_HALF_UP); what Indonesian reports use. The default.
    half_up,
    /// Halves to the even neighbour (banker's rounding).
    half_even,
    /// Drop the digits, toward zero; some printed reports truncate.
    truncate,
};

/// The lowercase name of a rounding mode: "half_up", "half_even" or "truncate".
constexpr std::string_view to_string(Rounding r) noexcept {
    switch (r) {
        case Rounding::half_up: return "half_up";
        case Rounding::half_even: return "half_even";
        case Rounding::truncate: return "truncate";
    }
    return "?";
}

namespace detail {

/// n / d rounded by \p mode; d must not be 0 and the quotient must fit (it does when |d| >= 1
/// and n is not the most negative int128, which coefficients never are).
constexpr int128 divide_rounded(int128 n, int128 d, Rounding mode) noexcept {
    int128 q = n / d;
    const int128 r = n % d;
    if (r == 0 || mode == Rounding::truncate) return q;
    const uint128 ar = magnitude(r);
    const uint128 rest = magnitude(d) - ar;  // compare 2|r| with |d| without overflow
    const bool away = ar > rest || (ar == rest && (mode == Rounding::half_up || q % 2 != 0));
    if (away) q += ((n < 0) != (d < 0)) ? -1 : 1;
    return q;
}

}  // namespace detail
}  // namespace kinerja

#pragma once
/// \file kinerja/core/rounding.hpp
/// Rounding modes. kinerja never rounds implicitly: every rounding operation takes one of these.

#include <string_view>
#include <type_traits>

#include "kinerja/core/enum_names.hpp"
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

/// The one name table of Rounding.
template <>
struct EnumTable<Rounding> {
    /// Every value with its name.
    static constexpr EnumName<Rounding> entries[] = {
        {Rounding::half_up, "half_up"}, {Rounding::half_even, "half_even"}, {Rounding::truncate, "truncate"}};
};

/// The lowercase name of a rounding mode: "half_up", "half_even" or "truncate".
[[nodiscard]] constexpr std::string_view to_string(Rounding r) noexcept { return detail::enum_name(r); }

namespace detail {

/// True for integer types without negative values; divide_rounded skips their sign handling (and
/// the compiler's "always false" warnings). Specialised by wider unsigned types such as uint256.
template <class T>
struct is_unsigned_like : std::bool_constant<std::is_unsigned_v<T> || std::is_same_v<T, uint128>> {};

/// n / d rounded by \p mode: the one half-up (half-even, truncating) rule of kinerja, for any
/// integer-like type with /, %, -, + and comparison (int128, the core's uint256, Boost's cpp_int).
/// d must not be 0 and the quotient must fit T (it does when |d| >= 1 and n is not the most
/// negative value of a signed T, which coefficients never are).
template <class T>
[[nodiscard]] constexpr T divide_rounded(const T& n, const T& d, Rounding mode) {
    T q = n / d;
    const T r = n % d;
    const T zero(0);
    if (r == zero || mode == Rounding::truncate) return q;
    // Compare 2|r| with |d| as |r| against |d| - |r|: no doubling to overflow, and d itself is never
    // negated (the most negative value has no negation). r has the sign of n.
    bool negative_r = false;
    bool negative_d = false;
    T ar = r;
    T rest = zero;
    if constexpr (is_unsigned_like<T>::value) {
        rest = d - r;
    } else {
        negative_r = r < zero;
        negative_d = d < zero;
        if (negative_r) ar = T(zero - r);
        if (negative_r == negative_d)
            rest = negative_d ? T(r - d) : T(d - r);
        else
            rest = negative_d ? T(zero - T(d + r)) : T(d + r);
    }
    const bool away = rest < ar || (!(ar < rest) && (mode == Rounding::half_up || q % T(2) != zero));
    if (away) {
        if (negative_r != negative_d)
            q -= T(1);
        else
            q += T(1);
    }
    return q;
}

}  // namespace detail
}  // namespace kinerja

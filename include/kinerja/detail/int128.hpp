#pragma once
/// \file kinerja/detail/int128.hpp
/// The 128-bit integer that holds sen and decimal coefficients, with checked arithmetic.
///
/// Why 128 bits: a national budget is about 4e15 Rupiah = 4e17 sen; summed over decades it passes
/// int64's 9.2e18. Why not the full 128-bit range: coefficients are bounded by 10^38 - 1 so that
/// every kinerja value fits a SQL DECIMAL(38, s) or an Arrow decimal128(38, s) losslessly.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <type_traits>

#include "kinerja/core/error.hpp"

namespace kinerja {

/// Signed 128-bit integer (a GCC/Clang extension; `__extension__` keeps -Wpedantic quiet).
__extension__ typedef __int128 int128;
/// Unsigned 128-bit integer.
__extension__ typedef unsigned __int128 uint128;

namespace detail {

/// True for the built-in integer types and the 128-bit ones, never for bool or floating point.
template <class T>
inline constexpr bool is_integer_v = (std::is_integral_v<T> && !std::is_same_v<T, bool>) ||
                                     std::is_same_v<T, int128> || std::is_same_v<T, uint128>;

/// 10^n for 0 <= n <= 38.
constexpr int128 pow10(int n) noexcept {
    int128 r = 1;
    for (int i = 0; i < n; ++i) r *= 10;
    return r;
}

/// The largest coefficient magnitude any kinerja value may have: 38 nines.
inline constexpr int128 max_coefficient = pow10(38) - 1;

/// True when |v| <= max_coefficient.
constexpr bool in_range(int128 v) noexcept { return v <= max_coefficient && v >= -max_coefficient; }

/// Throws overflow_error unless |v| <= max_coefficient.
constexpr int128 checked(int128 v, const char* what) {
    if (!in_range(v)) throw overflow_error(what);
    return v;
}

/// a + b, or overflow_error.
constexpr int128 add(int128 a, int128 b, const char* what) {
    int128 r = 0;
    if (__builtin_add_overflow(a, b, &r)) throw overflow_error(what);
    return checked(r, what);
}

/// a - b, or overflow_error.
constexpr int128 sub(int128 a, int128 b, const char* what) {
    int128 r = 0;
    if (__builtin_sub_overflow(a, b, &r)) throw overflow_error(what);
    return checked(r, what);
}

/// a * b, or overflow_error.
constexpr int128 mul(int128 a, int128 b, const char* what) {
    int128 r = 0;
    if (__builtin_mul_overflow(a, b, &r)) throw overflow_error(what);
    return checked(r, what);
}

/// Converts any integer to int128, or overflow_error when it is out of range.
template <class I>
constexpr int128 to_int128(I v, const char* what) {
    static_assert(is_integer_v<I>, "an integer type is required");
    if constexpr (std::is_same_v<I, uint128>) {
        if (v > static_cast<uint128>(max_coefficient)) throw overflow_error(what);
        return static_cast<int128>(v);
    } else {
        return checked(static_cast<int128>(v), what);
    }
}

/// |v| as unsigned, defined for every int128 (even the most negative).
constexpr uint128 magnitude(int128 v) noexcept {
    return v < 0 ? static_cast<uint128>(-(v + 1)) + 1 : static_cast<uint128>(v);
}

/// Decimal digits of |v|, most significant first.
inline std::string digits(int128 v) {
    uint128 u = magnitude(v);
    char buf[40];
    int i = 40;
    do {
        buf[--i] = static_cast<char>('0' + static_cast<int>(u % 10));
        u /= 10;
    } while (u != 0);
    return std::string(buf + i, buf + 40);
}

/// Machine text of v: optional '-' and digits.
inline std::string to_string(int128 v) { return v < 0 ? "-" + digits(v) : digits(v); }

/// \p v mixed into \p seed (boost::hash_combine's mixing), for the std::hash specialisations.
inline std::size_t hash_combine(std::size_t seed, std::uint64_t v) noexcept {
    return seed ^ (std::hash<std::uint64_t>{}(v) + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

/// A hash of both 64-bit halves of \p v, mixed into \p seed.
inline std::size_t hash_int128(int128 v, std::size_t seed = 0) noexcept {
    const auto u = static_cast<uint128>(v);
    return hash_combine(hash_combine(seed, static_cast<std::uint64_t>(u)),
                        static_cast<std::uint64_t>(u >> 64));
}

}  // namespace detail
}  // namespace kinerja

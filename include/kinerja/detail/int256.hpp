#pragma once
/// \file kinerja/detail/int256.hpp
/// Just enough unsigned 256-bit arithmetic for exact decimal division, header-only.
///
/// Why: a quotient a / b with d decimals needs a x 10^k with k up to 38, and a 38-digit coefficient
/// times 10^38 reaches 10^76, past int128 but below 2^256. The core must not need Boost or a
/// compiled library for that, so the product of two 128-bit magnitudes and the long division live
/// here; the signs and the range check are done by scaled_quotient().

#include <type_traits>

#include "kinerja/core/error.hpp"
#include "kinerja/core/rounding.hpp"
#include "kinerja/detail/int128.hpp"

namespace kinerja::detail {

/// An unsigned 256-bit integer, hi x 2^128 + lo, with wrapping + and - and exact / and %.
struct uint256 final {
    /// The high 128 bits.
    uint128 hi = 0;
    /// The low 128 bits.
    uint128 lo = 0;

    /// Zero.
    constexpr uint256() noexcept = default;
    /// A 128-bit value; implicit, as from one built-in integer to a wider one.
    constexpr uint256(uint128 v) noexcept : lo(v) {}  // NOLINT(google-explicit-constructor)
    /// hi x 2^128 + lo.
    constexpr uint256(uint128 high, uint128 low) noexcept : hi(high), lo(low) {}

    /// Equal values.
    friend constexpr bool operator==(const uint256& a, const uint256& b) noexcept {
        return a.hi == b.hi && a.lo == b.lo;
    }
    /// Different values.
    friend constexpr bool operator!=(const uint256& a, const uint256& b) noexcept { return !(a == b); }
    /// Less.
    friend constexpr bool operator<(const uint256& a, const uint256& b) noexcept {
        return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo);
    }
    /// Greater.
    friend constexpr bool operator>(const uint256& a, const uint256& b) noexcept { return b < a; }
    /// Less or equal.
    friend constexpr bool operator<=(const uint256& a, const uint256& b) noexcept { return !(b < a); }
    /// Greater or equal.
    friend constexpr bool operator>=(const uint256& a, const uint256& b) noexcept { return !(a < b); }

    /// Sum modulo 2^256.
    friend constexpr uint256 operator+(const uint256& a, const uint256& b) noexcept {
        const uint128 low = a.lo + b.lo;
        return uint256(a.hi + b.hi + (low < a.lo ? 1 : 0), low);
    }
    /// Difference modulo 2^256.
    friend constexpr uint256 operator-(const uint256& a, const uint256& b) noexcept {
        return uint256(a.hi - b.hi - (a.lo < b.lo ? 1 : 0), a.lo - b.lo);
    }
    /// In-place sum modulo 2^256.
    constexpr uint256& operator+=(const uint256& b) noexcept { return *this = *this + b; }
    /// In-place difference modulo 2^256.
    constexpr uint256& operator-=(const uint256& b) noexcept { return *this = *this - b; }

    /// The number of significant bits (0 for zero).
    constexpr int bit_width() const noexcept {
        int n = 0;
        for (uint128 v = hi != 0 ? hi : lo; v != 0; v >>= 1) ++n;
        return hi != 0 ? n + 128 : n;
    }
    /// Bit \p i (0 = least significant).
    constexpr bool bit(int i) const noexcept {
        return i >= 128 ? ((hi >> (i - 128)) & 1) != 0 : ((lo >> i) & 1) != 0;
    }
    /// The value shifted right by \p n bits, 0 <= n <= 256 (256 gives 0: divmod shifts by the whole
    /// width when the divisor is 1, and a built-in shift by 128 would be undefined).
    constexpr uint256 shifted_right(int n) const noexcept {
        if (n == 0) return *this;
        if (n >= 256) return uint256();
        if (n >= 128) return uint256(0, hi >> (n - 128));
        return uint256(hi >> n, (lo >> n) | (hi << (128 - n)));
    }

    /// Quotient and remainder of n / d, truncated; d must not be zero.
    static constexpr void divmod(const uint256& n, const uint256& d, uint256& q, uint256& r) noexcept {
        if (n.hi == 0 && d.hi == 0) {  // the usual case: native 128-bit division
            q = uint256(n.lo / d.lo);
            r = uint256(n.lo % d.lo);
            return;
        }
        q = uint256();
        // The top bit_width(d) - 1 bits of n are below d: start from them, then one bit at a time.
        const int shift = n.bit_width() - d.bit_width() + 1;
        if (shift <= 0) {
            r = n;
            return;
        }
        r = n.shifted_right(shift);
        for (int i = shift - 1; i >= 0; --i) {
            const bool carry = (r.hi >> 127) != 0;  // 2r would pass 2^256: it is surely >= d
            r = uint256((r.hi << 1) | (r.lo >> 127), (r.lo << 1) | (n.bit(i) ? 1 : 0));
            if (carry || r >= d) {
                r -= d;  // exact modulo 2^256, since the true difference is below d
                if (i >= 128)
                    q.hi |= uint128(1) << (i - 128);
                else
                    q.lo |= uint128(1) << i;
            }
        }
    }
    /// Truncated quotient; d must not be zero.
    friend constexpr uint256 operator/(const uint256& n, const uint256& d) noexcept {
        uint256 q, r;
        divmod(n, d, q, r);
        return q;
    }
    /// Remainder; d must not be zero.
    friend constexpr uint256 operator%(const uint256& n, const uint256& d) noexcept {
        uint256 q, r;
        divmod(n, d, q, r);
        return r;
    }
};

/// uint256 has no negative values: divide_rounded skips the sign handling.
template <>
struct is_unsigned_like<uint256> : std::true_type {};

/// The exact product of two 128-bit magnitudes.
constexpr uint256 mul_wide(uint128 a, uint128 b) noexcept {
    constexpr uint128 low64 = ~std::uint64_t{0};
    const uint128 a0 = a & low64;
    const uint128 a1 = a >> 64;
    const uint128 b0 = b & low64;
    const uint128 b1 = b >> 64;
    const uint128 p00 = a0 * b0;
    const uint128 p01 = a0 * b1;
    const uint128 p10 = a1 * b0;
    const uint128 mid = (p00 >> 64) + (p01 & low64) + (p10 & low64);  // below 3 x 2^64: no wrap
    return uint256(a1 * b1 + (p01 >> 64) + (p10 >> 64) + (mid >> 64), (p00 & low64) | (mid << 64));
}

/// (a x b) / (c x d), exact and then rounded once by \p mode (each mode is symmetric about zero, so
/// the magnitude is rounded and the sign applied after); overflow_error with \p what when the result
/// does not fit 38 digits. c x d must not be zero.
constexpr int128 scaled_quotient(int128 a, int128 b, int128 c, int128 d, Rounding mode, const char* what) {
    const bool negative = ((a < 0) != (b < 0)) != ((c < 0) != (d < 0));
    const uint256 q =
        divide_rounded(mul_wide(magnitude(a), magnitude(b)), mul_wide(magnitude(c), magnitude(d)), mode);
    if (q.hi != 0 || q.lo > static_cast<uint128>(max_coefficient)) throw overflow_error(what);
    const auto m = static_cast<int128>(q.lo);
    return negative ? -m : m;
}

}  // namespace kinerja::detail

#pragma once
// kinerja::int128 to and from Boost.Multiprecision integers, for the compiled sources that need more
// than 128 bits on the way (exact division, the exact trend). Internal: not installed.

#include <boost/multiprecision/cpp_int.hpp>
#include <cstdint>

#include "kinerja/detail/int128.hpp"

namespace kinerja::detail {

/// \p v as a Boost integer. Boost has no constructor from __int128 in every version: built from two
/// 64-bit halves.
template <class Big>
Big to_big(int128 v) {
    const uint128 m = magnitude(v);
    Big w = static_cast<std::uint64_t>(m >> 64);
    w <<= 64;
    w += static_cast<std::uint64_t>(m);
    return v < 0 ? Big(-w) : w;
}

/// \p w as an int128; the caller has checked that it fits.
template <class Big>
int128 from_big(const Big& w) {
    const Big m = abs(w);
    const int128 v = (static_cast<int128>(static_cast<std::uint64_t>(m >> 64)) << 64) |
                     static_cast<int128>(static_cast<std::uint64_t>(m & Big(~std::uint64_t{0})));
    return w < 0 ? -v : v;
}

/// 10^n as a Boost integer.
template <class Big>
Big pow10_big(int n) {
    Big r = 1;
    for (int i = 0; i < n; ++i) r *= 10;
    return r;
}

}  // namespace kinerja::detail

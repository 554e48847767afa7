#pragma once
// The tests' independent oracle for rounding a quotient: written out from the definitions of the
// modes in Boost's unbounded cpp_int, never with the library's own routine.

#include <boost/multiprecision/cpp_int.hpp>
#include <kinerja/core/rounding.hpp>

namespace kinerja::test {

/// n / d rounded as the mode's definition says (half-up: halves away from zero).
inline boost::multiprecision::cpp_int rounded(const boost::multiprecision::cpp_int& n,
                                              const boost::multiprecision::cpp_int& d, Rounding mode) {
    const boost::multiprecision::cpp_int q = n / d;  // truncates toward zero
    const boost::multiprecision::cpp_int r = n % d;
    const int sign = (n < 0) != (d < 0) ? -1 : 1;
    if (r == 0 || mode == Rounding::truncate) return q;
    const boost::multiprecision::cpp_int twice = 2 * abs(r);
    if (twice > abs(d)) return q + sign;
    if (twice < abs(d)) return q;
    if (mode == Rounding::half_up) return q + sign;
    return (q % 2 == 0) ? q : q + sign;
}

}  // namespace kinerja::test

// Exact division of decimals. The intermediate a x 10^k can reach 10^76, past int128, so it is done
// in Boost.Multiprecision's 256-bit integer; kept out of the headers so consumers need no Boost.

#include "detail/boost_int.hpp"
#include "kinerja/core/decimal.hpp"
#include "kinerja/core/percent.hpp"

namespace kinerja {
namespace {

using wide = boost::multiprecision::int256_t;

wide to_wide(int128 v) { return detail::to_big<wide>(v); }
int128 to_int128(const wide& w) { return detail::from_big(w); }
wide pow10_wide(int n) { return detail::pow10_big<wide>(n); }

// The same rule as detail::divide_rounded, in 256 bits.
wide divide_rounded(const wide& n, const wide& d, Rounding mode) {
    wide q = n / d;
    const wide r = n % d;
    if (r == 0 || mode == Rounding::truncate) return q;
    const wide twice = abs(r) * 2;
    const wide ad = abs(d);
    const bool away = twice > ad || (twice == ad && (mode == Rounding::half_up || q % 2 != 0));
    if (away) q += ((n < 0) != (d < 0)) ? -1 : 1;
    return q;
}

void check_decimals(int decimals) {
    if (decimals < 0 || decimals > Decimal::max_scale) throw value_error("decimals must be between 0 and 18");
}

// a / b x 10^extra with `decimals` decimals; b must not be zero.
Decimal quotient(const Decimal& a, const Decimal& b, int extra, int decimals, Rounding mode) {
    const wide n = to_wide(a.coefficient()) * pow10_wide(b.scale() + decimals + extra);
    const wide d = to_wide(b.coefficient()) * pow10_wide(a.scale());
    const wide q = divide_rounded(n, d, mode);
    if (abs(q) > to_wide(detail::max_coefficient)) throw overflow_error("quotient must fit 38 digits");
    return Decimal(to_int128(q), decimals);
}

}  // namespace

std::optional<Decimal> divide(const Decimal& a, const Decimal& b, int decimals, Rounding mode) {
    check_decimals(decimals);
    if (b.is_zero()) return std::nullopt;
    return quotient(a, b, 0, decimals, mode);
}

Percent percent(const Decimal& part, const Decimal& whole, Precision precision) {
    check_decimals(precision.decimals);
    if (whole.is_zero()) return Percent::undefined();
    return Percent(quotient(part, whole, 2, precision.decimals, precision.rounding));
}

}  // namespace kinerja

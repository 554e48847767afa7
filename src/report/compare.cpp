// Comparison across years and documents. The trend is a least-squares fit solved with Eigen over an
// exact rational scalar, so the projection a planner reads is the exact value rounded once, never a
// double. Eigen and Boost stay inside this file: consumers of the headers need neither.

#include "kinerja/report/compare.hpp"
#include "kinerja/plan/measurement.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include <Eigen/Dense>
#include <boost/multiprecision/cpp_int.hpp>

#include "detail/boost_int.hpp"

namespace kinerja {
namespace {

namespace mp = boost::multiprecision;

// An exact rational for Eigen. A wrapper instead of boost's number<> itself: Boost 1.74's converting
// constructors probe every Eigen expression type they meet and fail to compile on Eigen 3.4.
class Exact final {
public:
    Exact() = default;
    Exact(int v) : v_(v) {}  // NOLINT: Eigen builds 0 and 1 from int literals
    explicit Exact(mp::cpp_rational v) : v_(std::move(v)) {}
    const mp::cpp_rational& value() const { return v_; }

    friend Exact operator+(const Exact& a, const Exact& b) { return Exact(mp::cpp_rational(a.v_ + b.v_)); }
    friend Exact operator-(const Exact& a, const Exact& b) { return Exact(mp::cpp_rational(a.v_ - b.v_)); }
    friend Exact operator*(const Exact& a, const Exact& b) { return Exact(mp::cpp_rational(a.v_ * b.v_)); }
    friend Exact operator/(const Exact& a, const Exact& b) { return Exact(mp::cpp_rational(a.v_ / b.v_)); }
    Exact operator-() const { return Exact(mp::cpp_rational(-v_)); }
    Exact& operator+=(const Exact& b) { return *this = *this + b; }
    Exact& operator-=(const Exact& b) { return *this = *this - b; }
    Exact& operator*=(const Exact& b) { return *this = *this * b; }
    Exact& operator/=(const Exact& b) { return *this = *this / b; }
    friend bool operator==(const Exact& a, const Exact& b) { return a.v_ == b.v_; }
    friend bool operator!=(const Exact& a, const Exact& b) { return a.v_ != b.v_; }
    friend bool operator<(const Exact& a, const Exact& b) { return a.v_ < b.v_; }
    friend bool operator>(const Exact& a, const Exact& b) { return a.v_ > b.v_; }

private:
    mp::cpp_rational v_;
};

// What Eigen's generic code calls on a real scalar.
[[maybe_unused]] Exact abs(const Exact& q) { return q < Exact(0) ? -q : q; }
[[maybe_unused]] Exact abs2(const Exact& q) { return q * q; }
[[maybe_unused]] const Exact& conj(const Exact& q) { return q; }
[[maybe_unused]] const Exact& real(const Exact& q) { return q; }
[[maybe_unused]] Exact imag(const Exact&) { return Exact(0); }

}  // namespace
}  // namespace kinerja

namespace Eigen {
template <>
struct NumTraits<kinerja::Exact> : GenericNumTraits<kinerja::Exact> {
    using Real = kinerja::Exact;
    using NonInteger = kinerja::Exact;
    using Nested = kinerja::Exact;
    using Literal = kinerja::Exact;
    enum { IsComplex = 0, IsInteger = 0, IsSigned = 1, RequireInitialization = 1, ReadCost = 10, AddCost = 50, MulCost = 100 };
    // Zero tolerances: pivoting and rank decisions are exact comparisons.
    static Real epsilon() { return Real(0); }
    static Real dummy_precision() { return Real(0); }
    static int digits10() { return 0; }
};
}  // namespace Eigen

namespace kinerja {
namespace {

mp::cpp_int big(int128 v) { return detail::to_big<mp::cpp_int>(v); }
mp::cpp_int pow10(int n) { return detail::pow10_big<mp::cpp_int>(n); }

Exact to_exact(const Decimal& d) { return Exact(mp::cpp_rational(big(d.coefficient()), pow10(d.scale()))); }

// q rounded half-up (away from zero) to `decimals` decimals; overflow_error past 38 digits.
Decimal to_decimal(const Exact& q, int decimals) {
    const mp::cpp_int n = mp::numerator(q.value()) * pow10(decimals);
    const mp::cpp_int quotient = detail::divide_rounded(n, mp::cpp_int(mp::denominator(q.value())), Rounding::half_up);
    if (mp::abs(quotient) > big(detail::max_coefficient)) throw overflow_error("trend must fit 38 digits");
    return Decimal(detail::from_big(quotient), decimals);
}

YearPoint point_of(const Renstra& plan, const Indicator& ind, int year, const std::optional<Decimal>& previous) {
    YearPoint p;
    p.year = year;
    if (const auto t = ind.targets.find(year); t != ind.targets.end()) p.target = t->second;
    p.realisation = realisation(plan, ind, year);
    if (p.target && p.realisation) p.capaian = capaian(ind, *p.target, *p.realisation);
    if (p.realisation && p.realisation->kind == Measure::Kind::number) {
        if (previous) p.change = p.realisation->value - *previous;
        if (ind.end_target) p.progress = capaian(ind, *ind.end_target, *p.realisation);
    }
    return p;
}

}  // namespace

std::optional<Trend> least_squares_trend(const std::vector<std::pair<int, Decimal>>& points, int at_year) {
    std::set<int> years;
    for (const auto& pt : points) years.insert(pt.first);
    if (years.size() < 2) return std::nullopt;
    const int base = *years.begin();
    using Matrix = Eigen::Matrix<Exact, Eigen::Dynamic, 2>;
    using Vector = Eigen::Matrix<Exact, Eigen::Dynamic, 1>;
    Matrix x(static_cast<Eigen::Index>(points.size()), 2);
    Vector y(static_cast<Eigen::Index>(points.size()));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto row = static_cast<Eigen::Index>(i);
        x(row, 0) = Exact(1);
        x(row, 1) = Exact(points[i].first - base);
        y(row) = to_exact(points[i].second);
    }
    // The normal equations X'X b = X'y; two distinct years make X'X invertible, and the LU with
    // zero tolerance decides that exactly.
    const Eigen::Matrix<Exact, 2, 2> normal = x.transpose() * x;
    const Eigen::Matrix<Exact, 2, 1> rhs = x.transpose() * y;
    const auto lu = normal.fullPivLu();
    if (!lu.isInvertible()) return std::nullopt;
    const Eigen::Matrix<Exact, 2, 1> b = lu.solve(rhs);
    Trend t;
    t.base_year = base;
    t.at_year = at_year;
    t.intercept = to_decimal(b(0), 2);
    t.slope = to_decimal(b(1), 4);
    t.projection = to_decimal(b(0) + b(1) * Exact(at_year - base), 2);
    return t;
}

IndicatorSeries compare_years(const Renstra& plan, const std::string& indicator) {
    const Indicator* ind = plan.find_indicator(indicator);
    if (ind == nullptr) throw value_error("the plan has no indicator '" + indicator + "'");
    IndicatorSeries s;
    s.body = plan.body.name;
    s.indicator = ind->id;
    s.name = ind->name;
    s.polarity = ind->polarity;
    s.period = plan.period;
    s.end_target = ind->end_target;
    std::set<int> years;
    for (const auto& e : ind->targets) years.insert(e.first);
    for (const auto& e : ind->realisations) years.insert(e.first);
    std::optional<Decimal> previous;
    std::vector<std::pair<int, Decimal>> numeric;
    for (int y : years) {
        s.points.push_back(point_of(plan, *ind, y, previous));
        const YearPoint& p = s.points.back();
        if (p.realisation && p.realisation->kind == Measure::Kind::number) {
            previous = p.realisation->value;
            numeric.emplace_back(y, p.realisation->value);
        }
    }
    s.trend = least_squares_trend(numeric, plan.period.to);
    if (s.trend && s.end_target) {
        const Decimal& at = s.trend->projection;
        if (s.end_target->kind == Target::Kind::number)
            s.will_meet = ind->polarity == Polarity::lower_is_better ? at <= s.end_target->value
                                                                     : at >= s.end_target->value;
        else if (s.end_target->kind == Target::Kind::range)
            s.will_meet = at >= s.end_target->min && at <= s.end_target->max;
    }
    return s;
}

std::vector<IndicatorSeries> compare_documents(const std::vector<Renstra>& plans, const std::string& indicator) {
    std::vector<IndicatorSeries> out;
    for (const Renstra& p : plans)
        if (p.find_indicator(indicator) != nullptr) out.push_back(compare_years(p, indicator));
    if (out.empty()) throw value_error("no document has an indicator '" + indicator + "'");
    return out;
}

}  // namespace kinerja

// Comparison across years and documents, and the least-squares trend of an indicator.
//
// A trend is exact: the line through (x = year - first year, y) is the closed form of the 2x2
// normal equations, computed in integers (every y scaled to a common number of decimals) and
// rounded half-up once, so the projection a planner reads is never a double's.
//
// Where Eigen is used, and why: a comparison fits the trends of every indicator of every document
// at once (least_squares_trends). Series with the same years share one design matrix X (years x 2:
// a column of ones and the year offsets); their values are the columns of one matrix Y (years x
// series), and Eigen computes X'X and X'Y as matrix products over an exact integer scalar, then
// adj(X'X) X'Y, the solution of every series at once before the one division by det(X'X). The
// one-series API (least_squares_trend) is that closed form without Eigen; a test holds the two
// equal. Eigen and Boost stay inside this file: consumers of the headers need neither.

#include "kinerja/report/compare.hpp"

#include <Eigen/Core>
#include <algorithm>
#include <boost/multiprecision/cpp_int.hpp>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "detail/boost_int.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/measurement.hpp"

namespace kinerja {
namespace {

namespace mp = boost::multiprecision;

// An exact integer for Eigen. A wrapper instead of boost's number<> itself: Boost 1.74's converting
// constructors probe every Eigen expression type they meet and fail to compile on Eigen 3.4. Only
// the ring operations: every division happens once, outside Eigen, in rationals.
class ExactInt final {
public:
    ExactInt() = default;
    ExactInt(int v) : v_(v) {}  // NOLINT: Eigen builds 0 and 1 from int literals
    explicit ExactInt(mp::cpp_int v) : v_(std::move(v)) {}
    [[nodiscard]] const mp::cpp_int& value() const { return v_; }

    friend ExactInt operator+(const ExactInt& a, const ExactInt& b) {
        return ExactInt(mp::cpp_int(a.v_ + b.v_));
    }
    friend ExactInt operator-(const ExactInt& a, const ExactInt& b) {
        return ExactInt(mp::cpp_int(a.v_ - b.v_));
    }
    friend ExactInt operator*(const ExactInt& a, const ExactInt& b) {
        return ExactInt(mp::cpp_int(a.v_ * b.v_));
    }
    ExactInt operator-() const { return ExactInt(mp::cpp_int(-v_)); }
    ExactInt& operator+=(const ExactInt& b) { return *this = *this + b; }
    ExactInt& operator-=(const ExactInt& b) { return *this = *this - b; }
    ExactInt& operator*=(const ExactInt& b) { return *this = *this * b; }
    friend bool operator==(const ExactInt& a, const ExactInt& b) { return a.v_ == b.v_; }
    friend bool operator<(const ExactInt& a, const ExactInt& b) { return a.v_ < b.v_; }

private:
    mp::cpp_int v_;
};

// What Eigen's generic code may call on a real scalar.
[[maybe_unused]] ExactInt abs(const ExactInt& q) { return q < ExactInt(0) ? -q : q; }
[[maybe_unused]] ExactInt abs2(const ExactInt& q) { return q * q; }
[[maybe_unused]] const ExactInt& conj(const ExactInt& q) { return q; }
[[maybe_unused]] const ExactInt& real(const ExactInt& q) { return q; }
[[maybe_unused]] ExactInt imag(const ExactInt&) { return ExactInt(0); }

}  // namespace
}  // namespace kinerja

namespace Eigen {
template <>
struct NumTraits<kinerja::ExactInt> : GenericNumTraits<kinerja::ExactInt> {
    using Real = kinerja::ExactInt;
    using NonInteger = kinerja::ExactInt;
    using Nested = kinerja::ExactInt;
    using Literal = kinerja::ExactInt;
    enum {
        IsComplex = 0,
        IsInteger = 1,
        IsSigned = 1,
        RequireInitialization = 1,
        ReadCost = 10,
        AddCost = 50,
        MulCost = 100
    };
    static Real epsilon() { return Real(0); }
    static Real dummy_precision() { return Real(0); }
    static int digits10() { return 0; }
};
}  // namespace Eigen

namespace kinerja {
namespace {

mp::cpp_int big(int128 v) { return detail::to_big<mp::cpp_int>(v); }
mp::cpp_int pow10(int n) { return detail::pow10_big<mp::cpp_int>(n); }

// q rounded half-up (away from zero) to `decimals` decimals; overflow_error past 38 digits.
Decimal to_decimal(const mp::cpp_rational& q, int decimals) {
    const mp::cpp_int n = mp::numerator(q) * pow10(decimals);
    const mp::cpp_int quotient =
        detail::divide_rounded(n, mp::cpp_int(mp::denominator(q)), Rounding::half_up);
    if (mp::abs(quotient) > big(detail::max_coefficient)) {
        Message said{"error.compare.trend_overflow", {}};
        throw overflow_error(english(said), said);
    }
    return Decimal(detail::from_big(quotient), decimals);
}

// The common scale of a series' values, and a value as an integer at that scale.
int common_scale(const std::vector<std::pair<int, Decimal>>& points) {
    int s = 0;
    for (const auto& p : points) s = std::max(s, p.second.scale());
    return s;
}
mp::cpp_int scaled(const Decimal& d, int scale) { return big(d.coefficient()) * pow10(scale - d.scale()); }

// The solution of the normal equations of one series, before the division: intercept and slope are
// a / den and b / den, den = det(X'X) x 10^scale.
struct Solution {
    mp::cpp_int a;
    mp::cpp_int b;
    mp::cpp_int den;
};

// The trend of a solution: the three figures rounded once each from the exact line.
Trend trend_of(const Solution& s, int base, int at_year) {
    Trend t;
    t.base_year = base;
    t.at_year = at_year;
    t.intercept = to_decimal(mp::cpp_rational(s.a, s.den), 2);
    t.slope = to_decimal(mp::cpp_rational(s.b, s.den), 4);
    t.projection = to_decimal(mp::cpp_rational(s.a + s.b * (at_year - base), s.den), 2);
    return t;
}

// The first year, or nothing with fewer than two distinct years (X'X is singular then).
std::optional<int> base_year(const std::vector<std::pair<int, Decimal>>& points) {
    std::set<int> years;
    for (const auto& pt : points) years.insert(pt.first);
    if (years.size() < 2) return std::nullopt;
    return *years.begin();
}

YearPoint point_of(const PlanIndex& plan, const Indicator& ind, int year,
                   const std::optional<Decimal>& previous) {
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

// The series of `ind` in `plan` without its trend; `numeric` gets the points the trend runs through.
IndicatorSeries series_of(const PlanIndex& index, const Indicator& ind,
                          std::vector<std::pair<int, Decimal>>& numeric) {
    const Renstra& plan = index.plan();
    IndicatorSeries s;
    s.body = plan.body.name;
    s.indicator = ind.id;
    s.name = ind.name;
    s.polarity = ind.polarity;
    s.period = plan.period;
    s.end_target = ind.end_target;
    std::tie(s.lowest, s.highest) = indicator_range(ind);
    std::set<int> years;
    for (const auto& e : ind.targets) years.insert(e.first);
    for (const auto& e : ind.realisations) years.insert(e.first);
    std::optional<Decimal> previous;
    for (int y : years) {
        s.points.push_back(point_of(index, ind, y, previous));
        const YearPoint& p = s.points.back();
        if (p.realisation && p.realisation->kind == Measure::Kind::number) {
            previous = p.realisation->value;
            numeric.emplace_back(y, p.realisation->value);
        }
    }
    // A computed realisation (a ratio, from data) past a bound drops it too, as a stated one does.
    for (const auto& [year, value] : numeric) {
        if (s.lowest && value < *s.lowest) s.lowest.reset();
        if (s.highest && value > *s.highest) s.highest.reset();
    }
    return s;
}

// Sets the series' trend, whether its projection leaves the indicator's range, and whether it meets
// the end target by the polarity (undecided when it leaves the range).
void set_trend(IndicatorSeries& s, std::optional<Trend> trend, std::size_t points) {
    s.trend = std::move(trend);
    if (!s.trend) return;
    s.trend_points = points;
    const Decimal& at = s.trend->projection;
    s.projection_outside = (s.lowest && at < *s.lowest) || (s.highest && at > *s.highest);
    if (s.projection_outside || !s.end_target) return;
    if (s.end_target->kind == Target::Kind::number)
        s.will_meet =
            s.polarity == Polarity::lower_is_better ? at <= s.end_target->value : at >= s.end_target->value;
    else if (s.end_target->kind == Target::Kind::range)
        s.will_meet = at >= s.end_target->min && at <= s.end_target->max;
}

}  // namespace

std::optional<Trend> least_squares_trend(const std::vector<std::pair<int, Decimal>>& points, int at_year) {
    const auto base = base_year(points);
    if (!base) return std::nullopt;
    // The normal equations [n sx; sx sxx] (a, b) = (sy, sxy), by Cramer's rule.
    const int scale = common_scale(points);
    mp::cpp_int n = 0, sx = 0, sxx = 0, sy = 0, sxy = 0;
    for (const auto& [year, value] : points) {
        const int x = year - *base;
        const mp::cpp_int y = scaled(value, scale);
        n += 1;
        sx += x;
        sxx += mp::cpp_int(x) * x;
        sy += y;
        sxy += y * x;
    }
    const mp::cpp_int det = n * sxx - sx * sx;  // > 0: two distinct years
    return trend_of(Solution{sxx * sy - sx * sxy, n * sxy - sx * sy, det * pow10(scale)}, *base, at_year);
}

std::vector<std::optional<Trend>> least_squares_trends(
    const std::vector<std::vector<std::pair<int, Decimal>>>& series, const std::vector<int>& at_years) {
    if (at_years.size() != series.size()) {
        Message said{"error.compare.projection_years", {}};
        throw value_error(english(said), said);
    }
    using Matrix = Eigen::Matrix<ExactInt, Eigen::Dynamic, Eigen::Dynamic>;
    std::vector<std::optional<Trend>> out(series.size());
    // Series with the same years (in the same order) share a design matrix.
    std::map<std::vector<int>, std::vector<std::size_t>> groups;
    for (std::size_t k = 0; k < series.size(); ++k) {
        if (!base_year(series[k])) continue;
        std::vector<int> years;
        for (const auto& pt : series[k]) years.push_back(pt.first);
        groups[years].push_back(k);
    }
    for (const auto& [years, members] : groups) {
        const int base = *std::min_element(years.begin(), years.end());
        const auto rows = static_cast<Eigen::Index>(years.size());
        const auto cols = static_cast<Eigen::Index>(members.size());
        Matrix x(rows, 2);
        for (Eigen::Index i = 0; i < rows; ++i) {
            x(i, 0) = ExactInt(1);
            x(i, 1) = ExactInt(years[static_cast<std::size_t>(i)] - base);
        }
        // One common scale for the group, so Y holds integers and det(X'X) x 10^scale is one denominator.
        int scale = 0;
        for (std::size_t k : members) scale = std::max(scale, common_scale(series[k]));
        Matrix y(rows, cols);
        for (Eigen::Index j = 0; j < cols; ++j)
            for (Eigen::Index i = 0; i < rows; ++i)
                y(i, j) = ExactInt(scaled(
                    series[members[static_cast<std::size_t>(j)]][static_cast<std::size_t>(i)].second, scale));
        const Matrix normal = x.transpose() * x;  // 2 x 2
        Matrix adjugate(2, 2);
        adjugate << normal(1, 1), -normal(0, 1), -normal(1, 0), normal(0, 0);
        const Matrix solved = adjugate * (x.transpose() * y);  // 2 x series: det(X'X) (a, b) of each
        const mp::cpp_int den =
            (normal(0, 0) * normal(1, 1) - normal(0, 1) * normal(1, 0)).value() * pow10(scale);
        for (Eigen::Index j = 0; j < cols; ++j) {
            const std::size_t k = members[static_cast<std::size_t>(j)];
            out[k] = trend_of(Solution{solved(0, j).value(), solved(1, j).value(), den}, base, at_years[k]);
        }
    }
    return out;
}

std::pair<std::optional<Decimal>, std::optional<Decimal>> indicator_range(const Indicator& indicator) {
    const std::string satuan = satuan_key(indicator.satuan);
    static const char* const percents[] = {"%", "persen", "persentase"};
    // Units that count things: never below 0 (docs/report-formats.md).
    static const char* const counts[] = {"orang", "jiwa", "kk",      "keluarga", "unit",    "lembaga",
                                         "buah",  "kali", "dokumen", "kegiatan", "desa",    "kelompok",
                                         "rumah", "anak", "sekolah", "paket",    "laporan", "titik"};
    std::optional<Decimal> low, high;
    if (std::find(std::begin(percents), std::end(percents), satuan) != std::end(percents)) {
        low = Decimal(0);
        high = Decimal(100);
    } else if (std::find(std::begin(counts), std::end(counts), satuan) != std::end(counts)) {
        low = Decimal(0);
    }
    // A bound the indicator's own figures already pass does not bound it.
    const auto pass = [&](const Decimal& v) {
        if (low && v < *low) low.reset();
        if (high && v > *high) high.reset();
    };
    const auto target = [&](const Target& t) {
        if (t.kind == Target::Kind::number) pass(t.value);
        if (t.kind == Target::Kind::range) {
            pass(t.min);
            pass(t.max);
        }
    };
    for (const auto& [year, t] : indicator.targets) target(t);
    if (indicator.end_target) target(*indicator.end_target);
    if (indicator.baseline) pass(indicator.baseline->value);
    for (const auto& [year, r] : indicator.realisations) {
        if (r.value) pass(*r.value);
        for (const auto& q : r.triwulan)
            if (q) pass(*q);
    }
    return {low, high};
}

IndicatorSeries compare_years(const Renstra& plan, const std::string& indicator) {
    const PlanIndex index(plan);
    const Indicator* ind = index.find_indicator(indicator);
    if (ind == nullptr) (void)plan.indicator(indicator);  // lookup_error naming the closest ids
    std::vector<std::pair<int, Decimal>> numeric;
    IndicatorSeries s = series_of(index, *ind, numeric);
    set_trend(s, least_squares_trend(numeric, plan.period.to), numeric.size());
    return s;
}

std::vector<IndicatorSeries> compare_documents(const std::vector<Renstra>& plans,
                                               const std::string& indicator) {
    return std::move(compare_all(plans, {indicator}).front());
}

std::vector<std::vector<IndicatorSeries>> compare_all(const std::vector<Renstra>& plans,
                                                      const std::vector<std::string>& indicators) {
    std::vector<std::vector<IndicatorSeries>> out(indicators.size());
    std::vector<std::vector<std::pair<int, Decimal>>> numeric;
    std::vector<int> at_years;
    // One index per document: comparing every indicator is a look-up per indicator, not a scan.
    std::vector<PlanIndex> indexes;
    indexes.reserve(plans.size());
    for (const Renstra& p : plans) indexes.emplace_back(p);
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        for (const PlanIndex& p : indexes)
            if (const Indicator* ind = p.find_indicator(indicators[i])) {
                numeric.emplace_back();
                out[i].push_back(series_of(p, *ind, numeric.back()));
                at_years.push_back(p.plan().period.to);
            }
        if (out[i].empty()) {
            // The closest ids of every document, the first document's first.
            std::vector<std::string> closest;
            for (const Renstra& p : plans) try {
                    (void)p.indicator(indicators[i]);
                } catch (const lookup_error& e) {
                    for (const std::string& c : e.closest())
                        if (closest.size() < 3 &&
                            std::find(closest.begin(), closest.end(), c) == closest.end())
                            closest.push_back(c);
                }
            throw lookup_error("indicator", indicators[i], closest);
        }
    }
    const std::vector<std::optional<Trend>> trends = least_squares_trends(numeric, at_years);
    std::size_t k = 0;
    for (auto& list : out)
        for (IndicatorSeries& s : list) {
            set_trend(s, trends[k], numeric[k].size());
            ++k;
        }
    return out;
}

}  // namespace kinerja

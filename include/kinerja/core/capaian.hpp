#pragma once
/// \file kinerja/core/capaian.hpp
/// The capaian formulas and rating scales, header-only, on Decimal and Percent.
///
/// *Capaian* is achievement: the realisation (realisasi) measured against the target, in percent.
/// Every formula here is exact, then capped when the policy says so, then rounded once. The plan
/// layer (kinerja/plan/indicator.hpp) picks the formula from an indicator's polarity; a program that
/// has only the two figures calls these directly.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/enum_names.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/core/rounding.hpp"

namespace kinerja {

/// The two lower-is-better forms in use; they differ (T=10, R=12: 80 % vs 83,33 %).
enum class LowerFormula {
    /// Not set (an error for lower_is_better and range indicators).
    none,
    /// (2T - R) / T x 100: the official "kondisi khusus" form.
    two_t_minus_r,
    /// T / R x 100: common in regional systems.
    t_over_r,
};

/// The one name table of LowerFormula.
template <>
struct EnumTable<LowerFormula> {
    /// Every value with its name.
    static constexpr EnumName<LowerFormula> entries[] = {
        {LowerFormula::none, "", "none"},
        {LowerFormula::two_t_minus_r, "2t_minus_r", "two_t_minus_r"},
        {LowerFormula::t_over_r, "t_over_r"}};
};

/// "2t_minus_r", "t_over_r" or "" for none.
[[nodiscard]] constexpr std::string_view to_string(LowerFormula f) noexcept { return detail::enum_name(f); }

/// The form named \p name ("2t_minus_r" or "t_over_r"), or empty.
[[nodiscard]] constexpr std::optional<LowerFormula> parse_lower_formula(std::string_view name) noexcept {
    return detail::enum_value<LowerFormula>(name);
}

/// How capaian is computed and reported.
struct CapaianPolicy final {
    /// Decimals and rounding of capaian (reports: 2, half-up).
    Precision precision;
    /// An upper cap (100, 110, 120...), or none: some bodies cap, others print the uncapped figure.
    std::optional<Decimal> cap;
};

/// \p capaian capped as \p policy says (unchanged when undefined or without a cap). Capping the
/// rounded figure equals rounding the capped one while the cap has no more decimals than the
/// precision; a cap with more decimals is rounded to the precision first.
[[nodiscard]] constexpr Percent apply_cap(const Percent& capaian, const CapaianPolicy& policy) {
    if (!capaian.is_defined() || !policy.cap) return capaian;
    const Decimal cap = policy.cap->rescaled(policy.precision.decimals, policy.precision.rounding);
    return capaian.points() > cap ? Percent(cap) : capaian;
}

/// Higher is better: realised / target x 100, capped, rounded once; undefined when the target is 0.
[[nodiscard]] constexpr Percent capaian_higher(const Decimal& realised, const Decimal& target,
                                               const CapaianPolicy& policy = {}) {
    return apply_cap(percent(realised, target, policy.precision), policy);
}

/// Lower is better by \p formula: (2T - R) / T x 100 or T / R x 100, capped, rounded once;
/// undefined when the divisor (T, or R for T / R) is 0; value_error for LowerFormula::none.
[[nodiscard]] constexpr Percent capaian_lower(const Decimal& realised, const Decimal& target,
                                              LowerFormula formula, const CapaianPolicy& policy = {}) {
    switch (formula) {
        case LowerFormula::two_t_minus_r:
            return apply_cap(percent(target * 2 - realised, target, policy.precision), policy);
        case LowerFormula::t_over_r:
            return apply_cap(percent(target, realised, policy.precision), policy);
        case LowerFormula::none:
            break;
    }
    throw value_error("a lower-is-better or range indicator needs a lower formula (2t_minus_r or t_over_r)");
}

/// A range target [min, max]: 100 inside; below, realised / min x 100; above, \p formula against
/// max (value_error for LowerFormula::none only then). Capped, rounded once.
[[nodiscard]] constexpr Percent capaian_range(const Decimal& realised, const Decimal& min, const Decimal& max,
                                              LowerFormula formula, const CapaianPolicy& policy = {}) {
    if (realised < min) return capaian_higher(realised, min, policy);
    if (realised > max) return capaian_lower(realised, max, formula, policy);
    return apply_cap(Percent(Decimal(100).rescaled(policy.precision.decimals)), policy);
}

/// A grade target ("B", "WTP"): 100 when the realised grade equals the target or stands at least as
/// high in \p grades (best first), else 0; capped. Grades missing from the ladder meet only by equality.
[[nodiscard]] inline Percent capaian_grade(std::string_view realised, std::string_view target,
                                           const std::vector<std::string>& grades,
                                           const CapaianPolicy& policy = {}) {
    bool met = realised == target;
    if (!met) {
        std::size_t t = grades.size();
        std::size_t r = grades.size();
        for (std::size_t i = 0; i < grades.size(); ++i) {
            if (t == grades.size() && grades[i] == target) t = i;
            if (r == grades.size() && grades[i] == realised) r = i;
        }
        met = t < grades.size() && r < grades.size() && r <= t;
    }
    return apply_cap(Percent(Decimal(met ? 100 : 0).rescaled(policy.precision.decimals)), policy);
}

/// One band of a rating scale: capaian of at least `min` gets `label`.
struct RatingBand final {
    /// Inclusive lower bound, in percentage points.
    Decimal min;
    /// The rating, e.g. "Sangat Baik".
    std::string label;
};

/// A rating scale (predikat): bands from the highest lower bound down, and the label below the lowest.
struct RatingScale final {
    /// Bands, highest first; a capaian falls into the first band whose min it reaches.
    std::vector<RatingBand> bands;
    /// The label of a capaian below every band.
    std::string below;

    /// The 5-band scale of 2019 LKjIPs, read as lower bounds: >= 91 Sangat Baik (so above 100 too),
    /// >= 76 Baik (so 90,5 is Baik: it has not reached 91), >= 66 Cukup, >= 51 Kurang, else
    /// Sangat Kurang (so 50,5 is Sangat Kurang).
    [[nodiscard]] static RatingScale lakip_5band() {
        return RatingScale{{{Decimal(91), "Sangat Baik"},
                            {Decimal(76), "Baik"},
                            {Decimal(66), "Cukup"},
                            {Decimal(51), "Kurang"}},
                           "Sangat Kurang"};
    }

    /// The rating of \p capaian, or empty when it is undefined.
    [[nodiscard]] std::optional<std::string> rate(const Percent& capaian) const {
        if (!capaian.is_defined()) return std::nullopt;
        for (const RatingBand& band : bands)
            if (capaian.points() >= band.min) return band.label;
        return below;
    }
};

}  // namespace kinerja

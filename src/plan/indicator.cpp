// Capaian and ratings.

#include <algorithm>

#include "kinerja/plan/indicator.hpp"

namespace kinerja {
namespace {

bool same(const std::optional<Decimal>& a, const std::optional<Decimal>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (*a == *b && a->scale() == b->scale());
}

bool same(const Decimal& a, const Decimal& b) { return a == b && a.scale() == b.scale(); }

Percent hundred(const Precision& p) { return Percent(Decimal(100).rescaled(p.decimals)); }

// The lower-is-better capaian of r against t.
Percent lower(LowerFormula form, const Decimal& t, const Decimal& r, const Precision& p) {
    switch (form) {
        case LowerFormula::two_t_minus_r: return percent(t * 2 - r, t, p);
        case LowerFormula::t_over_r: return percent(t, r, p);
        case LowerFormula::none: break;
    }
    throw value_error("a lower-is-better or range indicator needs a lower formula (2t_minus_r or t_over_r)");
}

Percent uncapped(const Indicator& ind, const Target& target, const Measure& realised, const Precision& p) {
    if (realised.kind == Measure::Kind::undefined) return Percent::undefined();
    if (ind.polarity == Polarity::qualitative) {
        if (target.kind != Target::Kind::grade || realised.kind != Measure::Kind::grade)
            throw value_error("a qualitative indicator needs a grade target and a grade realisation");
        if (realised.grade == target.grade) return hundred(p);
        const auto at = [&](const std::string& g) { return std::find(ind.grades.begin(), ind.grades.end(), g); };
        const auto t = at(target.grade);
        const auto r = at(realised.grade);
        const bool met = t != ind.grades.end() && r != ind.grades.end() && r <= t;  // best grade first
        return Percent(Decimal(met ? 100 : 0).rescaled(p.decimals));
    }
    if (realised.kind != Measure::Kind::number) throw value_error("a numeric indicator needs a numeric realisation");
    const Decimal& r = realised.value;
    switch (ind.polarity) {
        case Polarity::higher_is_better:
            if (target.kind != Target::Kind::number) throw value_error("a higher-is-better indicator needs a number target");
            return percent(r, target.value, p);
        case Polarity::lower_is_better:
            if (target.kind != Target::Kind::number) throw value_error("a lower-is-better indicator needs a number target");
            return lower(ind.lower_formula, target.value, r, p);
        case Polarity::range:
            if (target.kind != Target::Kind::range) throw value_error("a range indicator needs a range target");
            if (r < target.min) return percent(r, target.min, p);
            if (r > target.max) return lower(ind.lower_formula, target.max, r, p);
            return hundred(p);
        case Polarity::qualitative: break;
    }
    return Percent::undefined();
}

}  // namespace

bool operator==(const Realisation& a, const Realisation& b) {
    if (a.source != b.source || !same(a.value, b.value) || a.grade != b.grade) return false;
    switch (a.source) {
        case Realisation::Source::ratio: return same(a.numerator, b.numerator) && same(a.denominator, b.denominator);
        case Realisation::Source::triwulan:
            if (a.rollup != b.rollup) return false;
            for (std::size_t q = 0; q < 4; ++q)
                if (!same(a.triwulan[q], b.triwulan[q])) return false;
            return true;
        case Realisation::Source::value:
        case Realisation::Source::data: return true;
    }
    return false;
}

Percent capaian(const Indicator& indicator, const Target& target, const Measure& realised,
                const CapaianPolicy& policy) {
    const Percent p = uncapped(indicator, target, realised, policy.precision);
    // Capping the rounded figure equals rounding the capped one while the cap has no more decimals
    // than the precision; a cap with more decimals is rounded to the precision first.
    if (!p.is_defined() || !policy.cap) return p;
    const Decimal cap = policy.cap->rescaled(policy.precision.decimals, policy.precision.rounding);
    return p.points() > cap ? Percent(cap) : p;
}

RatingScale RatingScale::lakip_5band() {
    return RatingScale{{{Decimal(91), "Sangat Baik"}, {Decimal(76), "Baik"}, {Decimal(66), "Cukup"},
                        {Decimal(51), "Kurang"}},
                       "Sangat Kurang"};
}

std::optional<std::string> RatingScale::rate(const Percent& capaian) const {
    if (!capaian.is_defined()) return std::nullopt;
    for (const RatingBand& band : bands)
        if (capaian.points() >= band.min) return band.label;
    return below;
}

}  // namespace kinerja

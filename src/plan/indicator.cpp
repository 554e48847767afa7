// Capaian of an indicator: picks the formula of kinerja/core/capaian.hpp by the polarity.

#include "kinerja/plan/indicator.hpp"

namespace kinerja {
namespace {

bool same(const std::optional<Decimal>& a, const std::optional<Decimal>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (*a == *b && a->scale() == b->scale());
}

bool same(const Decimal& a, const Decimal& b) { return a == b && a.scale() == b.scale(); }

}  // namespace

bool operator==(const Realisation& a, const Realisation& b) {
    if (a.source != b.source || !same(a.value, b.value) || a.grade != b.grade) return false;
    switch (a.source) {
        case Realisation::Source::ratio:
            return same(a.numerator, b.numerator) && same(a.denominator, b.denominator);
        case Realisation::Source::triwulan:
            if (a.rollup != b.rollup) return false;
            for (std::size_t q = 0; q < 4; ++q)
                if (!same(a.triwulan[q], b.triwulan[q])) return false;
            return true;
        case Realisation::Source::value:
        case Realisation::Source::data:
            return true;
    }
    return false;
}

Percent capaian(const Indicator& indicator, const Target& target, const Measure& realised,
                const CapaianPolicy& policy) {
    if (realised.kind == Measure::Kind::undefined) return Percent::undefined();
    if (indicator.polarity == Polarity::qualitative) {
        if (target.kind != Target::Kind::grade || realised.kind != Measure::Kind::grade)
            throw value_error("a qualitative indicator needs a grade target and a grade realisation");
        return capaian_grade(realised.grade, target.grade, indicator.grades, policy);
    }
    if (realised.kind != Measure::Kind::number)
        throw value_error("a numeric indicator needs a numeric realisation");
    const Decimal& r = realised.value;
    switch (indicator.polarity) {
        case Polarity::higher_is_better:
            if (target.kind != Target::Kind::number)
                throw value_error("a higher-is-better indicator needs a number target");
            return capaian_higher(r, target.value, policy);
        case Polarity::lower_is_better:
            if (target.kind != Target::Kind::number)
                throw value_error("a lower-is-better indicator needs a number target");
            return capaian_lower(r, target.value, indicator.lower_formula, policy);
        case Polarity::range:
            if (target.kind != Target::Kind::range)
                throw value_error("a range indicator needs a range target");
            return capaian_range(r, target.min, target.max, indicator.lower_formula, policy);
        case Polarity::qualitative:
            break;
    }
    return Percent::undefined();
}

std::string satuan_key(std::string_view satuan) {
    while (!satuan.empty() && satuan.front() == ' ') satuan.remove_prefix(1);
    while (!satuan.empty() && satuan.back() == ' ') satuan.remove_suffix(1);
    std::string out(satuan);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace kinerja

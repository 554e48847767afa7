// Capaian of an indicator: picks the formula of kinerja/core/capaian.hpp by the polarity.

#include "kinerja/plan/indicator.hpp"

#include "kinerja/plan/language.hpp"

namespace kinerja {
namespace {

bool same(const std::optional<Decimal>& a, const std::optional<Decimal>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a || (*a == *b && a->scale() == b->scale());
}

bool same(const Decimal& a, const Decimal& b) { return a == b && a.scale() == b.scale(); }

// A value_error saying message \p id (which has no values).
[[noreturn]] void refuse(const char* id) {
    Message said{id, {}};
    std::string reason = english(said);  // before said is moved: argument order is unspecified
    throw value_error(std::move(reason), std::move(said));
}

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
            refuse("error.capaian.qualitative");
        return capaian_grade(realised.grade, target.grade, indicator.grades, policy);
    }
    if (realised.kind != Measure::Kind::number) refuse("error.capaian.numeric");
    const Decimal& r = realised.value;
    switch (indicator.polarity) {
        case Polarity::higher_is_better:
            if (target.kind != Target::Kind::number) refuse("error.capaian.higher_target");
            return capaian_higher(r, target.value, policy);
        case Polarity::lower_is_better:
            if (target.kind != Target::Kind::number) refuse("error.capaian.lower_target");
            return capaian_lower(r, target.value, indicator.lower_formula, policy);
        case Polarity::range:
            if (target.kind != Target::Kind::range) refuse("error.capaian.range_target");
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

#pragma once
/// \file kinerja/plan/indicator.hpp
/// Indicators (indikator kinerja) with targets, realisations and capaian.
///
/// *Capaian* is achievement: the realisation measured against the target, in percent. *Satuan* is
/// the unit of an indicator (%, orang, rupiah, a grade...). A *triwulan* is a quarter.

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kinerja/core/capaian.hpp"
#include "kinerja/core/decimal.hpp"
#include "kinerja/core/enum_names.hpp"
#include "kinerja/core/percent.hpp"

namespace kinerja {

/// Which direction is good, and how capaian is computed.
enum class Polarity {
    /// capaian = R / T x 100.
    higher_is_better,
    /// capaian by the indicator's LowerFormula.
    lower_is_better,
    /// 100 inside [min, max]; below, R / min x 100; above, the LowerFormula against max.
    range,
    /// Grades: 100 when the realised grade is at least the target grade, else 0.
    qualitative,
};

/// The one name table of Polarity.
template <>
struct EnumTable<Polarity> {
    /// Every value with its name.
    static constexpr EnumName<Polarity> entries[] = {{Polarity::higher_is_better, "higher_is_better"},
                                                     {Polarity::lower_is_better, "lower_is_better"},
                                                     {Polarity::range, "range"},
                                                     {Polarity::qualitative, "qualitative"}};
};

/// "higher_is_better", "lower_is_better", "range" or "qualitative".
[[nodiscard]] constexpr std::string_view to_string(Polarity p) noexcept { return detail::enum_name(p); }
/// The polarity named \p name, or empty.
[[nodiscard]] constexpr std::optional<Polarity> parse_polarity(std::string_view name) noexcept {
    return detail::enum_value<Polarity>(name);
}

/// How a year's realisation follows from its quarters.
enum class Rollup {
    /// Cumulative: the sum of the reported quarters.
    sum,
    /// The last reported quarter (a stock, such as a rate at year end).
    last,
    /// The largest reported quarter.
    max,
};

/// The one name table of Rollup.
template <>
struct EnumTable<Rollup> {
    /// Every value with its name.
    static constexpr EnumName<Rollup> entries[] = {
        {Rollup::sum, "sum"}, {Rollup::last, "last"}, {Rollup::max, "max"}};
};

/// "sum", "last" or "max".
[[nodiscard]] constexpr std::string_view to_string(Rollup r) noexcept { return detail::enum_name(r); }
/// The rule named \p name, or empty.
[[nodiscard]] constexpr std::optional<Rollup> parse_rollup(std::string_view name) noexcept {
    return detail::enum_value<Rollup>(name);
}

/// A target: a number, a range, or a grade.
struct Target final {
    /// Which of the three it is.
    enum class Kind { number, range, grade };
    /// Which of the three it is.
    Kind kind = Kind::number;
    /// The number (Kind::number).
    Decimal value;
    /// The lower bound (Kind::range).
    Decimal min;
    /// The upper bound (Kind::range).
    Decimal max;
    /// The grade (Kind::grade), e.g. "B" or "WTP".
    std::string grade;

    /// A numeric target.
    static Target number(const Decimal& v) {
        Target t;
        t.value = v;
        return t;
    }
    /// A range target [lo, hi].
    static Target between(const Decimal& lo, const Decimal& hi) {
        Target t;
        t.kind = Kind::range;
        t.min = lo;
        t.max = hi;
        return t;
    }
    /// A grade target.
    static Target of_grade(std::string g) {
        Target t;
        t.kind = Kind::grade;
        t.grade = std::move(g);
        return t;
    }

    /// Equal kind and equal values (by value: 26.75 == 26.750).
    friend bool operator==(const Target& a, const Target& b) {
        if (a.kind != b.kind) return false;
        switch (a.kind) {
            case Kind::number:
                return a.value == b.value && a.value.scale() == b.value.scale();
            case Kind::range:
                return a.min == b.min && a.max == b.max && a.min.scale() == b.min.scale() &&
                       a.max.scale() == b.max.scale();
            case Kind::grade:
                return a.grade == b.grade;
        }
        return false;
    }
    /// Negation of ==.
    friend bool operator!=(const Target& a, const Target& b) { return !(a == b); }
};

/// The one name table of Target::Kind.
template <>
struct EnumTable<Target::Kind> {
    /// Every value with its name.
    static constexpr EnumName<Target::Kind> entries[] = {
        {Target::Kind::number, "number"}, {Target::Kind::range, "range"}, {Target::Kind::grade, "grade"}};
};

/// A realised value: a number, a grade, or undefined (a ratio with a zero denominator).
struct Measure final {
    /// Which of the three it is.
    enum class Kind { undefined, number, grade };
    /// Which of the three it is.
    Kind kind = Kind::undefined;
    /// The number.
    Decimal value;
    /// The grade.
    std::string grade;

    /// A number.
    static Measure number(const Decimal& v) {
        Measure m;
        m.kind = Kind::number;
        m.value = v;
        return m;
    }
    /// A grade.
    static Measure of_grade(std::string g) {
        Measure m;
        m.kind = Kind::grade;
        m.grade = std::move(g);
        return m;
    }
};

/// The one name table of Measure::Kind.
template <>
struct EnumTable<Measure::Kind> {
    /// Every value with its name.
    static constexpr EnumName<Measure::Kind> entries[] = {{Measure::Kind::undefined, "undefined"},
                                                          {Measure::Kind::number, "number"},
                                                          {Measure::Kind::grade, "grade"}};
};

/// How a realisation for one year is stated.
struct Realisation final {
    /// Where the year's value comes from.
    enum class Source {
        /// Stated: `value` (or `grade`).
        value,
        /// Computed: numerator / denominator x the formula's factor.
        ratio,
        /// Computed: the indicator's formula over that year's data tables.
        data,
        /// Rolled up from the quarters by `rollup`.
        triwulan,
    };
    /// Where the value comes from.
    Source source = Source::value;
    /// The stated value; with a computed source, a printed value that must agree with it.
    std::optional<Decimal> value;
    /// The realised grade (qualitative indicators).
    std::string grade;
    /// Source::ratio: the numerator.
    Decimal numerator;
    /// Source::ratio: the denominator.
    Decimal denominator;
    /// Source::triwulan: the quarters; empty for a quarter not reported.
    std::array<std::optional<Decimal>, 4> triwulan;
    /// Source::triwulan: how the quarters make the year.
    Rollup rollup = Rollup::sum;

    /// A stated value. Factories rather than constructors, so that brace and designated
    /// initialisation keep working.
    [[nodiscard]] static Realisation stated(const Decimal& v) {
        Realisation r;
        r.value = v;
        return r;
    }
    /// A stated grade (qualitative indicators).
    [[nodiscard]] static Realisation stated_grade(std::string g) {
        Realisation r;
        r.grade = std::move(g);
        return r;
    }
    /// numerator / denominator x the formula's factor.
    [[nodiscard]] static Realisation ratio(const Decimal& num, const Decimal& den) {
        Realisation r;
        r.source = Source::ratio;
        r.numerator = num;
        r.denominator = den;
        return r;
    }
    /// The indicator's formula over that year's data tables.
    [[nodiscard]] static Realisation from_data() {
        Realisation r;
        r.source = Source::data;
        return r;
    }
    /// Rolled up from the quarters by \p how (empty for a quarter not reported).
    [[nodiscard]] static Realisation from_quarters(const std::array<std::optional<Decimal>, 4>& quarters,
                                                   Rollup how) {
        Realisation r;
        r.source = Source::triwulan;
        r.triwulan = quarters;
        r.rollup = how;
        return r;
    }

    /// Member-wise equality (numbers by value and scale, so saving can be checked lossless).
    friend bool operator==(const Realisation& a, const Realisation& b);
    /// Negation of ==.
    friend bool operator!=(const Realisation& a, const Realisation& b) { return !(a == b); }
};

/// The one name table of Realisation::Source.
template <>
struct EnumTable<Realisation::Source> {
    /// Every value with its name.
    static constexpr EnumName<Realisation::Source> entries[] = {{Realisation::Source::value, "value"},
                                                                {Realisation::Source::ratio, "ratio"},
                                                                {Realisation::Source::data, "data"},
                                                                {Realisation::Source::triwulan, "triwulan"}};
};

/// An indicator's rumusan: numerator / denominator x factor over named data ("table/row/column").
struct Formula final {
    /// The rumusan as printed.
    std::string text;
    /// Named data of the numerator, "table/row/column"; may be empty when only ratios are given.
    std::string numerator;
    /// Named data of the denominator.
    std::string denominator;
    /// Multiplies the ratio: 100 for a percentage.
    Decimal factor = Decimal(100);

    /// Member-wise equality.
    friend bool operator==(const Formula& a, const Formula& b) {
        return a.text == b.text && a.numerator == b.numerator && a.denominator == b.denominator &&
               a.factor == b.factor && a.factor.scale() == b.factor.scale();
    }
    /// Negation of ==.
    friend bool operator!=(const Formula& a, const Formula& b) { return !(a == b); }
};

/// The value an indicator started from.
struct Baseline final {
    /// The year of the baseline.
    int year = 0;
    /// The value.
    Decimal value;

    /// Member-wise equality.
    friend bool operator==(const Baseline& a, const Baseline& b) {
        return a.year == b.year && a.value == b.value && a.value.scale() == b.value.scale();
    }
    /// Negation of ==.
    friend bool operator!=(const Baseline& a, const Baseline& b) { return !(a == b); }
};

/// A performance indicator on any node of the hierarchy.
struct Indicator final {
    /// Unique among the indicators.
    std::string id;
    /// The node it measures.
    std::string node;
    /// Its name, as printed.
    std::string name;
    /// Its unit (satuan): "%", "orang", "rupiah", "indeks", a grade...
    std::string satuan;
    /// Which direction is good.
    Polarity polarity = Polarity::higher_is_better;
    /// The lower-is-better form (lower_is_better and range indicators).
    LowerFormula lower_formula = LowerFormula::none;
    /// Qualitative indicators: the grades from best to worst; empty means only equal grades meet.
    std::vector<std::string> grades;
    /// Decimals of realisations computed from ratios or data (rounded half-up).
    int decimals = 2;
    /// The rumusan, if printed.
    std::optional<Formula> formula;
    /// The starting value, if known.
    std::optional<Baseline> baseline;
    /// Target per year.
    std::map<int, Target> targets;
    /// The end-of-plan target (target akhir Renstra / RPJMD).
    std::optional<Target> end_target;
    /// Realisation per year.
    std::map<int, Realisation> realisations;

    /// An indicator of \p node. A factory rather than a constructor, so that brace and designated
    /// initialisation keep working; add targets and realisations with target() and realised().
    [[nodiscard]] static Indicator of(std::string id, std::string node, std::string name, std::string satuan,
                                      Polarity polarity = Polarity::higher_is_better) {
        Indicator ind;
        ind.id = std::move(id);
        ind.node = std::move(node);
        ind.name = std::move(name);
        ind.satuan = std::move(satuan);
        ind.polarity = polarity;
        return ind;
    }
    /// Sets the target of \p year; returns *this, so calls chain.
    Indicator& target(int year, Target t) {
        targets[year] = std::move(t);
        return *this;
    }
    /// Sets the realisation of \p year; returns *this, so calls chain.
    Indicator& realised(int year, Realisation r) {
        realisations[year] = std::move(r);
        return *this;
    }

    /// Member-wise equality.
    friend bool operator==(const Indicator& a, const Indicator& b) {
        return a.id == b.id && a.node == b.node && a.name == b.name && a.satuan == b.satuan &&
               a.polarity == b.polarity && a.lower_formula == b.lower_formula && a.grades == b.grades &&
               a.decimals == b.decimals && a.formula == b.formula && a.baseline == b.baseline &&
               a.targets == b.targets && a.end_target == b.end_target && a.realisations == b.realisations;
    }
    /// Negation of ==.
    friend bool operator!=(const Indicator& a, const Indicator& b) { return !(a == b); }
};

/// \p satuan as satuan are compared: ASCII lower case, surrounding blanks removed (" % " is "%",
/// "Orang" is "orang").
[[nodiscard]] std::string satuan_key(std::string_view satuan);

/// Capaian of \p realised against \p target for \p indicator: exact, then capped, then rounded once
/// (the formulas of kinerja/core/capaian.hpp, chosen by the polarity; LowerFormula, CapaianPolicy and
/// RatingScale live there too).
/// Undefined when the target (or, for T / R, the realisation) is zero, or the realisation is undefined.
/// value_error when the target's kind does not fit the polarity.
[[nodiscard]] Percent capaian(const Indicator& indicator, const Target& target, const Measure& realised,
                              const CapaianPolicy& policy = {});

}  // namespace kinerja

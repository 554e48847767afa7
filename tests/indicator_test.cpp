#include <gtest/gtest.h>

#include <kinerja/plan.hpp>

#include "small_plan.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::num;

Indicator of(Polarity p, LowerFormula f = LowerFormula::none) {
    Indicator ind;
    ind.id = "x";
    ind.polarity = p;
    ind.lower_formula = f;
    return ind;
}

Decimal points(const Indicator& ind, const Target& t, const char* r, const CapaianPolicy& policy = {}) {
    return capaian(ind, t, Measure::number(num(r)), policy).points();
}

TEST(Capaian, HigherIsBetter) {
    const Indicator ind = of(Polarity::higher_is_better);
    EXPECT_EQ(points(ind, Target::number(num("10")), "12"), num("120,00"));
    EXPECT_EQ(points(ind, Target::number(num("26,75")), "26,43"), num("98,80"));  // 26.43/26.75 = 0.98804
    EXPECT_EQ(points(ind, Target::number(num("80")), "76,59"), num("95,74"));     // 0.957375: half-up
    EXPECT_EQ(points(ind, Target::number(num("10")), "0"), num("0,00"));          // zero realisation is 0 %
}

TEST(Capaian, LowerIsBetterHasTwoForms) {
    const Indicator official = of(Polarity::lower_is_better, LowerFormula::two_t_minus_r);
    const Indicator regional = of(Polarity::lower_is_better, LowerFormula::t_over_r);
    EXPECT_EQ(points(official, Target::number(num("10")), "12"), num("80,00"));  // (20-12)/10
    EXPECT_EQ(points(regional, Target::number(num("10")), "12"), num("83,33"));  // 10/12
    EXPECT_EQ(points(official, Target::number(num("10")), "8"), num("120,00"));
    EXPECT_EQ(points(regional, Target::number(num("10")), "8"), num("125,00"));
    EXPECT_THROW(points(of(Polarity::lower_is_better), Target::number(num("10")), "8"), value_error);
}

TEST(Capaian, ZeroDenominatorIsUndefined) {
    EXPECT_FALSE(capaian(of(Polarity::higher_is_better), Target::number(num("0")), Measure::number(num("5")))
                     .is_defined());
    EXPECT_FALSE(capaian(of(Polarity::lower_is_better, LowerFormula::two_t_minus_r), Target::number(num("0")),
                         Measure::number(num("5")))
                     .is_defined());
    EXPECT_FALSE(capaian(of(Polarity::lower_is_better, LowerFormula::t_over_r), Target::number(num("10")),
                         Measure::number(num("0")))
                     .is_defined());
    EXPECT_FALSE(capaian(of(Polarity::higher_is_better), Target::number(num("10")), Measure{}).is_defined());
}

TEST(Capaian, RangeTargets) {
    const Indicator two_t = of(Polarity::range, LowerFormula::two_t_minus_r);
    const Indicator t_r = of(Polarity::range, LowerFormula::t_over_r);
    const Target band = Target::between(num("10"), num("20"));
    EXPECT_EQ(points(two_t, band, "15"), num("100,00"));
    EXPECT_EQ(points(two_t, band, "10"), num("100,00"));
    EXPECT_EQ(points(two_t, band, "20"), num("100,00"));
    EXPECT_EQ(points(two_t, band, "5"), num("50,00"));   // below: 5 / 10
    EXPECT_EQ(points(two_t, band, "25"), num("75,00"));  // above: (40 - 25) / 20
    EXPECT_EQ(points(t_r, band, "25"), num("80,00"));    // above: 20 / 25
    EXPECT_THROW(points(two_t, Target::number(num("10")), "5"), value_error);
}

TEST(Capaian, QualitativeTargets) {
    Indicator ind = of(Polarity::qualitative);
    const Target b = Target::of_grade("B");
    EXPECT_EQ(capaian(ind, b, Measure::of_grade("B")).points(), num("100,00"));
    EXPECT_EQ(capaian(ind, b, Measure::of_grade("A")).points(), num("0,00"));  // no ladder: only B meets B
    ind.grades = {"A", "B", "C"};
    EXPECT_EQ(capaian(ind, b, Measure::of_grade("A")).points(), num("100,00"));
    EXPECT_EQ(capaian(ind, b, Measure::of_grade("C")).points(), num("0,00"));
    EXPECT_THROW(static_cast<void>(capaian(ind, Target::number(num("1")), Measure::of_grade("A"))),
                 value_error);
}

TEST(Capaian, CappingIsAPolicy) {
    const Indicator ind = of(Polarity::higher_is_better);
    const Target t = Target::number(num("10"));
    CapaianPolicy capped;
    capped.cap = Decimal(100);
    EXPECT_EQ(points(ind, t, "12"), num("120,00"));
    EXPECT_EQ(points(ind, t, "12", capped), num("100,00"));
    EXPECT_EQ(points(ind, t, "9", capped), num("90,00"));
    capped.cap = Decimal(110);
    EXPECT_EQ(points(ind, t, "13", capped), num("110,00"));
}

TEST(Capaian, PrecisionIsAPolicy) {
    const Indicator ind = of(Polarity::higher_is_better);
    CapaianPolicy p;
    p.precision = {2, Rounding::truncate};
    EXPECT_EQ(points(ind, Target::number(num("80")), "76,59", p), num("95,73"));  // the truncated figure
    p.precision = {4, Rounding::half_up};
    EXPECT_EQ(points(ind, Target::number(num("3")), "1", p), num("33,3333"));
}

TEST(Rating, FiveBandScaleReadAsLowerBounds) {
    const RatingScale scale = RatingScale::lakip_5band();
    auto rate = [&](const char* text) { return *scale.rate(Percent(num(text))); };
    EXPECT_EQ(rate("150"), "Sangat Baik");  // above 100 stays in the top band
    EXPECT_EQ(rate("100,01"), "Sangat Baik");
    EXPECT_EQ(rate("91"), "Sangat Baik");
    EXPECT_EQ(rate("90,99"), "Baik");
    EXPECT_EQ(rate("90,5"), "Baik");  // between the printed 76-90 and 91-100: not yet 91
    EXPECT_EQ(rate("76"), "Baik");
    EXPECT_EQ(rate("75,99"), "Cukup");
    EXPECT_EQ(rate("66"), "Cukup");
    EXPECT_EQ(rate("65,99"), "Kurang");
    EXPECT_EQ(rate("51"), "Kurang");
    EXPECT_EQ(rate("50,99"), "Sangat Kurang");
    EXPECT_EQ(rate("50,5"), "Sangat Kurang");
    EXPECT_EQ(rate("0"), "Sangat Kurang");
    EXPECT_EQ(rate("-5"), "Sangat Kurang");
    EXPECT_FALSE(scale.rate(Percent::undefined()).has_value());
}

TEST(Rating, ScalesAreConfigurable) {
    const RatingScale three{{{Decimal(85), "Tinggi"}, {Decimal(60), "Sedang"}}, "Rendah"};
    EXPECT_EQ(*three.rate(Percent(num("85"))), "Tinggi");
    EXPECT_EQ(*three.rate(Percent(num("84,99"))), "Sedang");
    EXPECT_EQ(*three.rate(Percent(num("59,99"))), "Rendah");
}

TEST(Names, Enumerations) {
    EXPECT_EQ(to_string(Polarity::lower_is_better), "lower_is_better");
    EXPECT_EQ(to_string(LowerFormula::two_t_minus_r), "2t_minus_r");
    EXPECT_EQ(to_string(LowerFormula::none), "");
    EXPECT_EQ(to_string(Rollup::last), "last");
    EXPECT_EQ(to_string(ProgramKind::none), "");
    EXPECT_EQ(to_string(CodeScheme::permendagri_90), "permendagri-90");
    EXPECT_EQ(to_string(Level::sub_kegiatan), "sub_kegiatan");
    EXPECT_EQ(to_string(SpendingClass::tidak_terduga), "tidak_terduga");
}

template <class E>
void round_trips(std::initializer_list<E> values, std::optional<E> (*parse)(std::string_view) noexcept) {
    for (E e : values) EXPECT_EQ(parse(to_string(e)), e) << to_string(e);
    EXPECT_FALSE(parse("nonsense").has_value());
    EXPECT_FALSE(parse("").has_value());
}

TEST(Names, EveryNameReadsBack) {
    round_trips({Level::visi, Level::misi, Level::tujuan, Level::sasaran, Level::program, Level::kegiatan,
                 Level::sub_kegiatan},
                parse_level);
    round_trips({ProgramKind::utama, ProgramKind::penunjang}, parse_program_kind);
    round_trips({StatementKind::strategi, StatementKind::kebijakan}, parse_statement_kind);
    round_trips(
        {Polarity::higher_is_better, Polarity::lower_is_better, Polarity::range, Polarity::qualitative},
        parse_polarity);
    round_trips({LowerFormula::two_t_minus_r, LowerFormula::t_over_r}, parse_lower_formula);
    round_trips({Rollup::sum, Rollup::last, Rollup::max}, parse_rollup);
    round_trips(
        {SpendingClass::belanja_tidak_langsung, SpendingClass::belanja_langsung, SpendingClass::operasi,
         SpendingClass::modal, SpendingClass::tidak_terduga, SpendingClass::transfer},
        parse_spending_class);
    round_trips({CodeScheme::free, CodeScheme::permendagri_90}, parse_code_scheme);
}

}  // namespace

#pragma once
/// \file kinerja/reviu/lke.hpp
/// The LKE SAKIP (lembar kerja evaluasi, PermenPANRB 88/2021): the yearly evaluation that grades a
/// body's accountability. A worksheet of criteria, each answered on a scale; the score per
/// sub-component, component and in total, the predikat, the kerangka logis rules between answers,
/// and the criteria the plan itself can answer (docs/lke.md).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/enum_names.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja {

struct Renstra;

/// The four components of the LKE, with their weights of 100.
enum class LkeComponent {
    /// Perencanaan Kinerja, 30.
    perencanaan,
    /// Pengukuran Kinerja, 30.
    pengukuran,
    /// Pelaporan Kinerja, 15.
    pelaporan,
    /// Evaluasi Akuntabilitas Kinerja Internal, 25.
    evaluasi,
};

/// The one name table of LkeComponent.
template <>
struct EnumTable<LkeComponent> {
    /// Every value with its name.
    static constexpr EnumName<LkeComponent> entries[] = {{LkeComponent::perencanaan, "perencanaan"},
                                                         {LkeComponent::pengukuran, "pengukuran"},
                                                         {LkeComponent::pelaporan, "pelaporan"},
                                                         {LkeComponent::evaluasi, "evaluasi"}};
};

/// "perencanaan", "pengukuran", "pelaporan" or "evaluasi".
[[nodiscard]] constexpr std::string_view to_string(LkeComponent c) noexcept { return detail::enum_name(c); }

/// The sub-components every component splits into: pemenuhan (the documents exist), kualitas (they
/// are good), implementasi (they are used); 20 %, 30 % and 50 % of the component.
enum class LkePart { pemenuhan, kualitas, implementasi };

/// The one name table of LkePart.
template <>
struct EnumTable<LkePart> {
    /// Every value with its name.
    static constexpr EnumName<LkePart> entries[] = {{LkePart::pemenuhan, "pemenuhan"},
                                                    {LkePart::kualitas, "kualitas"},
                                                    {LkePart::implementasi, "implementasi"}};
};

/// "pemenuhan", "kualitas" or "implementasi".
[[nodiscard]] constexpr std::string_view to_string(LkePart p) noexcept { return detail::enum_name(p); }

/// The component's weight of 100: 30, 30, 15, 25.
[[nodiscard]] Decimal lke_weight(LkeComponent c);
/// The sub-component's weight of 100: its share (20 %, 30 %, 50 %) of its component's weight, exact
/// (pelaporan kualitas: 4,5).
[[nodiscard]] Decimal lke_weight(LkeComponent c, LkePart p);
/// The component named \p name: its id or its name as the worksheet prints it ("Perencanaan
/// Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"), any case; empty when unknown.
[[nodiscard]] std::optional<LkeComponent> parse_lke_component(std::string_view name);
/// The sub-component named \p name, any case; empty when unknown.
[[nodiscard]] std::optional<LkePart> parse_lke_part(std::string_view name);

/// One answer of a scale and its value, 0 to 1.
struct LkeScaleAnswer final {
    /// The answer as written ("Y", "B", "Sebagian").
    std::string answer;
    /// Its value.
    Decimal value;

    /// Member-wise equality.
    friend bool operator==(const LkeScaleAnswer& a, const LkeScaleAnswer& b) {
        return a.answer == b.answer && a.value == b.value;
    }
    /// Negation of ==.
    friend bool operator!=(const LkeScaleAnswer& a, const LkeScaleAnswer& b) { return !(a == b); }
};

/// A scale of answers. "Y/T" (Y 1, T 0) and "A-E" (A 1, B 0,75, C 0,5, D 0,25, E 0) are built in;
/// a worksheet defines any other.
struct LkeScale final {
    /// Its name, as criteria refer to it.
    std::string name;
    /// Its answers, each with a value from 0 to 1, answers unique (any case).
    std::vector<LkeScaleAnswer> answers;

    /// Member-wise equality.
    friend bool operator==(const LkeScale& a, const LkeScale& b) {
        return a.name == b.name && a.answers == b.answers;
    }
    /// Negation of ==.
    friend bool operator!=(const LkeScale& a, const LkeScale& b) { return !(a == b); }
};

/// The built-in scales, "Y/T" and "A-E".
[[nodiscard]] const std::vector<LkeScale>& lke_builtin_scales();

/// What an answer may not exceed (a kerangka logis rule): another criterion's answer, or the mean
/// of the answers of a sub-component.
struct LkeLimit final {
    /// Another criterion's id; empty for a sub-component's mean.
    std::string criterion;
    /// The sub-component, when criterion is empty.
    LkeComponent component = LkeComponent::perencanaan;
    /// See component.
    LkePart part = LkePart::pemenuhan;

    /// Member-wise equality (component and part count only without a criterion).
    friend bool operator==(const LkeLimit& a, const LkeLimit& b) {
        return a.criterion == b.criterion &&
               (!a.criterion.empty() || (a.component == b.component && a.part == b.part));
    }
    /// Negation of ==.
    friend bool operator!=(const LkeLimit& a, const LkeLimit& b) { return !(a == b); }
};

/// The questions of the LKE that kinerja can answer from a plan (fill_lke_from_plan).
enum class LkeDataRule {
    /// Answered by the evaluator only.
    none,
    /// Every sasaran has an indicator with a target for every year of the period.
    sasaran_targets,
    /// Every indicator of a sasaran has a rumusan (formula) naming the data it is computed from.
    indicator_formulas,
    /// The kepala's Perjanjian Kinerja of the year matches the Renstra's targets.
    pk_matches_renstra,
    /// Every indicator targeted in the year reports its realisasi in every triwulan.
    realisasi_triwulan,
    /// The LAKIP can compare each sasaran indicator with last year and with the end target: each has
    /// last year's realisasi (or its baseline in the period's first year) and an end target.
    lakip_compares,
};

/// The one name table of LkeDataRule.
template <>
struct EnumTable<LkeDataRule> {
    /// Every value with its name.
    static constexpr EnumName<LkeDataRule> entries[] = {
        {LkeDataRule::none, "none"},
        {LkeDataRule::sasaran_targets, "sasaran_targets"},
        {LkeDataRule::indicator_formulas, "indicator_formulas"},
        {LkeDataRule::pk_matches_renstra, "pk_matches_renstra"},
        {LkeDataRule::realisasi_triwulan, "realisasi_triwulan"},
        {LkeDataRule::lakip_compares, "lakip_compares"}};
};

/// The rule's name ("sasaran_targets").
[[nodiscard]] constexpr std::string_view to_string(LkeDataRule r) noexcept { return detail::enum_name(r); }
/// The rule named \p name, or empty.
[[nodiscard]] constexpr std::optional<LkeDataRule> parse_lke_data_rule(std::string_view name) noexcept {
    return detail::enum_value<LkeDataRule>(name);
}

/// Who gave a criterion's answer.
enum class LkeAnswerSource {
    /// The evaluator (or nobody yet).
    evaluator,
    /// fill_lke_from_plan, from the plan's data; the evidence says what it found.
    data,
};

/// The one name table of LkeAnswerSource.
template <>
struct EnumTable<LkeAnswerSource> {
    /// Every value with its name.
    static constexpr EnumName<LkeAnswerSource> entries[] = {{LkeAnswerSource::evaluator, "evaluator"},
                                                            {LkeAnswerSource::data, "data"}};
};

/// "evaluator" or "data".
[[nodiscard]] constexpr std::string_view to_string(LkeAnswerSource s) noexcept {
    return detail::enum_name(s);
}

/// One criterion of the worksheet.
struct LkeCriterion final {
    /// Its number, unique in the worksheet ("1.a.3").
    std::string id;
    /// Its component.
    LkeComponent component = LkeComponent::perencanaan;
    /// Its sub-component.
    LkePart part = LkePart::pemenuhan;
    /// The question, as printed.
    std::string text;
    /// The name of its scale (built in or the worksheet's).
    std::string scale;
    /// The answer, one of the scale's; empty while unanswered.
    std::string answer;
    /// What the answer rests on (the evaluator's note, or what the data showed).
    std::string evidence;
    /// Who answered.
    LkeAnswerSource answered_by = LkeAnswerSource::evaluator;
    /// The question the plan can answer, if any.
    LkeDataRule data = LkeDataRule::none;
    /// Kerangka logis: what the answer may not exceed.
    std::vector<LkeLimit> limits;
    /// Where it was read ("lke.csv:12", "/criteria/3"); empty when built in code.
    std::string where;

    /// Member-wise equality (where excluded: it says where, not what).
    friend bool operator==(const LkeCriterion& a, const LkeCriterion& b) {
        return a.id == b.id && a.component == b.component && a.part == b.part && a.text == b.text &&
               a.scale == b.scale && a.answer == b.answer && a.evidence == b.evidence &&
               a.answered_by == b.answered_by && a.data == b.data && a.limits == b.limits;
    }
    /// Negation of ==.
    friend bool operator!=(const LkeCriterion& a, const LkeCriterion& b) { return !(a == b); }
};

/// An LKE worksheet: one body, one year.
struct LkeWorksheet final {
    /// The body evaluated; may be empty.
    std::string body;
    /// The year evaluated (the year of the LAKIP); 0 when the worksheet does not say.
    int year = 0;
    /// Its own scales, besides the built-in ones.
    std::vector<LkeScale> scales;
    /// The criteria, in the worksheet's order.
    std::vector<LkeCriterion> criteria;
    /// The file it was read from; empty when built in code.
    std::string source;

    /// Member-wise equality (source excluded).
    friend bool operator==(const LkeWorksheet& a, const LkeWorksheet& b) {
        return a.body == b.body && a.year == b.year && a.scales == b.scales && a.criteria == b.criteria;
    }
    /// Negation of ==.
    friend bool operator!=(const LkeWorksheet& a, const LkeWorksheet& b) { return !(a == b); }
};

/// The scale named \p name: the worksheet's own first, then the built-in ones; nullptr when none.
[[nodiscard]] const LkeScale* find_lke_scale(const LkeWorksheet& sheet, std::string_view name);

/// The rules a worksheet must keep to be scored at all: scales with at least one answer, answers
/// unique (any case) and valued 0 to 1, scale names unique and not a built-in one's; criteria with
/// unique non-empty ids, a known scale, an answer of that scale (or none), a data rule only on the
/// "Y/T" scale, limits naming a known criterion other than itself, and every sub-component holding
/// at least one criterion. data_error naming the worksheet's source, the criterion's place and why.
void validate_lke(const LkeWorksheet& sheet);

/// Where a predikat's boundary score belongs. PermenPANRB 88/2021 writes "AA (>90-100)"; some
/// systems grade 90 itself AA.
enum class LkeBoundary {
    /// A score on a boundary takes the lower predikat: 90 is A, 90,01 is AA (the regulation's ">").
    above,
    /// A score on a boundary takes the higher predikat: 90 is AA.
    at_least,
};

/// The one name table of LkeBoundary ("gt" and "ge", as the command line writes them).
template <>
struct EnumTable<LkeBoundary> {
    /// Every value with its name.
    static constexpr EnumName<LkeBoundary> entries[] = {{LkeBoundary::above, "gt"},
                                                        {LkeBoundary::at_least, "ge"}};
};

/// "gt" or "ge".
[[nodiscard]] constexpr std::string_view to_string(LkeBoundary b) noexcept { return detail::enum_name(b); }
/// The boundary rule named "gt" or "ge", or empty.
[[nodiscard]] constexpr std::optional<LkeBoundary> parse_lke_boundary(std::string_view name) noexcept {
    return detail::enum_value<LkeBoundary>(name);
}

/// The predikat of \p total (0 to 100): AA above 90, A above 80, BB above 70, B above 60, CC above
/// 50, C above 30, D from 0 (with LkeBoundary::at_least: from 90, from 80 ...). value_error for a
/// total outside 0..100.
[[nodiscard]] std::string lke_predikat(const Decimal& total, LkeBoundary boundary = LkeBoundary::above);

/// A rule of the worksheet broken, or a criterion left open: reported, not refused, so the evaluator
/// sees every one.
struct LkeFinding final {
    /// "lke.unanswered", "lke.kerangka_logis" or "lke.data_disagrees".
    std::string rule;
    /// "error" (the score is wrong as it stands) or "warning" (look at it).
    std::string severity;
    /// The criterion.
    std::string criterion;
    /// Where the criterion was read.
    std::string where;
    /// What is wrong, with the values.
    std::string message;
};

/// One sub-component's score.
struct LkePartScore final {
    /// The component.
    LkeComponent component = LkeComponent::perencanaan;
    /// The sub-component.
    LkePart part = LkePart::pemenuhan;
    /// Its weight (lke_weight).
    Decimal weight;
    /// How many criteria it holds.
    std::size_t criteria = 0;
    /// How many are answered.
    std::size_t answered = 0;
    /// The mean of its answers' values times its weight, rounded half-up to two decimals; empty while
    /// a criterion is unanswered (never a score of the answered ones alone).
    std::optional<Decimal> score;
};

/// One component's score.
struct LkeComponentScore final {
    /// The component.
    LkeComponent component = LkeComponent::perencanaan;
    /// Its weight.
    Decimal weight;
    /// The exact sum of its sub-components' scores, rounded half-up to two decimals; empty when one
    /// of them is.
    std::optional<Decimal> score;
};

/// A worksheet scored.
struct LkeResult final {
    /// The body.
    std::string body;
    /// The year.
    int year = 0;
    /// The twelve sub-components, component by component.
    std::vector<LkePartScore> parts;
    /// The four components.
    std::vector<LkeComponentScore> components;
    /// The exact sum of the components' scores, rounded half-up to two decimals, 0 to 100; empty while
    /// a criterion is unanswered.
    std::optional<Decimal> total;
    /// The predikat of the exact total ("AA" ... "D": 90,004 is above 90 though it shows 90,00); empty
    /// with the total.
    std::string predikat;
    /// The boundary rule the predikat was given by.
    LkeBoundary boundary = LkeBoundary::above;
    /// Every criterion unanswered and every kerangka logis rule broken, in worksheet order.
    std::vector<LkeFinding> findings;
};

/// Scores \p sheet (after validate_lke): each sub-component is the mean of its answers' values times
/// its weight, a component the sum of its sub-components, the total the sum of the components, all
/// in exact rational arithmetic (a mean of three answers is a third); each score is shown rounded
/// half-up to two decimals once, from its exact value (so, as in the LKE spreadsheet, the shown parts
/// may differ from the shown component by 0,01: every answer B gives 75,00, not the 75,02 of adding
/// rounded parts). The kerangka logis limits are checked and reported as findings; a broken one
/// does not change the score (the evaluator decides). The findings' messages are in \p lang.
[[nodiscard]] LkeResult evaluate_lke(const LkeWorksheet& sheet, LkeBoundary boundary = LkeBoundary::above,
                                     const Language& lang = Language());

/// Answers the criteria of \p sheet that have a data rule from \p plan for \p year (0: the
/// worksheet's year; value_error when neither is given, or when both are and differ; a worksheet
/// without a year takes \p year): "Y" or "T", with the evidence (what was
/// checked, and the first places that fail it), marked answered_by data. A criterion the evaluator
/// has already answered keeps the evaluator's answer; where the data says otherwise the returned
/// findings say so (lke.data_disagrees). Returns those findings; \p sheet is changed in place. The
/// evidence and the findings' messages are in \p lang (answers stay "Y" and "T").
std::vector<LkeFinding> fill_lke_from_plan(LkeWorksheet& sheet, const Renstra& plan, int year = 0,
                                           const Language& lang = Language());

}  // namespace kinerja

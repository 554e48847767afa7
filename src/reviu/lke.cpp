// The LKE SAKIP: weights, scales, the worksheet's rules, the score, the kerangka logis and the
// criteria the plan answers (docs/lke.md).

#include "kinerja/reviu/lke.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detail/boost_int.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/core/rounding.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/perjanjian.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Spaces collapsed and trimmed, lower case: "  Perencanaan   Kinerja" reads as "perencanaan kinerja".
std::string folded(std::string_view s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return lower(out);
}

std::string text_of(const Decimal& d) { return format_number(d.normalized()); }

constexpr std::array<LkeComponent, 4> all_components = {LkeComponent::perencanaan, LkeComponent::pengukuran,
                                                        LkeComponent::pelaporan, LkeComponent::evaluasi};
constexpr std::array<LkePart, 3> all_parts = {LkePart::pemenuhan, LkePart::kualitas, LkePart::implementasi};

std::string part_name(LkeComponent c, LkePart p) {
    return std::string(to_string(c)) + " " + std::string(to_string(p));
}

const LkeScaleAnswer* find_answer(const LkeScale& scale, std::string_view answer) {
    const std::string want = folded(answer);
    for (const auto& a : scale.answers)
        if (folded(a.answer) == want) return &a;
    return nullptr;
}

// "A", "B" and "C" of a list of places, and how many more there are.
std::string some_of(const std::vector<std::string>& items, const Language& L) {
    std::string out;
    const std::size_t shown = std::min<std::size_t>(items.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) out += (i == 0 ? "" : "; ") + items[i];
    if (items.size() > shown)
        out = L.format("lke.evidence.more", {{"list", out}, {"n", std::to_string(items.size() - shown)}});
    return out;
}

namespace mp = boost::multiprecision;
using Q = mp::cpp_rational;
using Z = mp::cpp_int;

Q rational(const Decimal& d) {
    return Q(detail::to_big<Z>(d.coefficient()), detail::pow10_big<Z>(d.scale()));
}

// q (0 to 100 here) rounded half-up at two decimals: the one rounding of every score shown.
Decimal shown(const Q& q) {
    const Z hundred = 100;
    return Decimal(detail::from_big(detail::divide_rounded(Z(mp::numerator(q) * hundred),
                                                           Z(mp::denominator(q)), Rounding::half_up)),
                   2);
}

std::string grade_of(const Q& total, LkeBoundary boundary) {
    static const std::pair<int, const char*> grades[] = {{90, "AA"}, {80, "A"},  {70, "BB"},
                                                         {60, "B"},  {50, "CC"}, {30, "C"}};
    for (const auto& [bound, name] : grades)
        if (total > Q(bound) || (total == Q(bound) && boundary == LkeBoundary::at_least)) return name;
    return "D";
}

}  // namespace

Decimal lke_weight(LkeComponent c) {
    switch (c) {
        case LkeComponent::perencanaan:
        case LkeComponent::pengukuran:
            return Decimal(30);
        case LkeComponent::pelaporan:
            return Decimal(15);
        case LkeComponent::evaluasi:
            return Decimal(25);
    }
    return Decimal(0);
}

Decimal lke_weight(LkeComponent c, LkePart p) {
    const int share = p == LkePart::pemenuhan ? 20 : p == LkePart::kualitas ? 30 : 50;
    return lke_weight(c) * Decimal(share, 2);  // 30 x 0,20 = 6,00: exact
}

std::optional<LkeComponent> parse_lke_component(std::string_view name) {
    const std::string n = folded(name);
    static const std::pair<const char*, LkeComponent> names[] = {
        {"perencanaan", LkeComponent::perencanaan},
        {"perencanaan kinerja", LkeComponent::perencanaan},
        {"pengukuran", LkeComponent::pengukuran},
        {"pengukuran kinerja", LkeComponent::pengukuran},
        {"pelaporan", LkeComponent::pelaporan},
        {"pelaporan kinerja", LkeComponent::pelaporan},
        {"evaluasi", LkeComponent::evaluasi},
        {"evaluasi internal", LkeComponent::evaluasi},
        {"evaluasi akuntabilitas kinerja internal", LkeComponent::evaluasi},
    };
    for (const auto& [text, c] : names)
        if (n == text) return c;
    return std::nullopt;
}

std::optional<LkePart> parse_lke_part(std::string_view name) {
    return detail::enum_value<LkePart>(folded(name));
}

const std::vector<LkeScale>& lke_builtin_scales() {
    static const std::vector<LkeScale> scales = {
        LkeScale{"Y/T", {{"Y", Decimal(1)}, {"T", Decimal(0)}}},
        LkeScale{"A-E",
                 {{"A", Decimal(1)},
                  {"B", Decimal(75, 2)},
                  {"C", Decimal(50, 2)},
                  {"D", Decimal(25, 2)},
                  {"E", Decimal(0)}}},
    };
    return scales;
}

const LkeScale* find_lke_scale(const LkeWorksheet& sheet, std::string_view name) {
    const std::string want = folded(name);
    for (const auto& s : sheet.scales)
        if (folded(s.name) == want) return &s;
    for (const auto& s : lke_builtin_scales())
        if (folded(s.name) == want) return &s;
    return nullptr;
}

void validate_lke(const LkeWorksheet& sheet) {
    const auto fail = [&](const std::string& where, Message said) {
        throw data_error(sheet.source, where, english(said), said);
    };
    std::set<std::string> scale_names;
    for (std::size_t i = 0; i < sheet.scales.size(); ++i) {
        const LkeScale& s = sheet.scales[i];
        const std::string where = "/scales/" + std::to_string(i);
        if (folded(s.name).empty()) fail(where + "/name", {"error.lke.scale_name", {}});
        for (const auto& b : lke_builtin_scales())
            if (folded(b.name) == folded(s.name))
                fail(where + "/name", {"error.lke.scale_builtin", {{"scale", s.name}}});
        if (!scale_names.insert(folded(s.name)).second)
            fail(where + "/name", {"error.lke.scale_twice", {{"scale", s.name}}});
        if (s.answers.empty()) fail(where + "/answers", {"error.lke.scale_no_answer", {{"scale", s.name}}});
        std::set<std::string> answers;
        for (std::size_t k = 0; k < s.answers.size(); ++k) {
            const auto& a = s.answers[k];
            const std::string at = where + "/answers/" + std::to_string(k);
            if (folded(a.answer).empty()) fail(at, {"error.lke.empty_answer", {}});
            if (!answers.insert(folded(a.answer)).second)
                fail(at, {"error.lke.answer_twice", {{"answer", a.answer}}});
            if (a.value < Decimal(0) || a.value > Decimal(1))
                fail(at, {"error.lke.answer_value", {{"answer", a.answer}, {"value", text_of(a.value)}}});
        }
    }
    std::set<std::string> ids;
    for (const auto& c : sheet.criteria) {
        const std::string& where = c.where;
        if (c.id.empty()) fail(where, {"error.lke.criterion_number", {}});
        if (!ids.insert(c.id).second) fail(where, {"error.lke.criterion_twice", {{"id", c.id}}});
        const LkeScale* scale = find_lke_scale(sheet, c.scale);
        if (scale == nullptr) fail(where, {"error.lke.unknown_scale", {{"id", c.id}, {"scale", c.scale}}});
        if (!c.answer.empty() && find_answer(*scale, c.answer) == nullptr) {
            std::string known;
            for (const auto& a : scale->answers) known += (known.empty() ? "" : ", ") + a.answer;
            fail(where, {"error.lke.not_an_answer",
                         {{"id", c.id}, {"answer", c.answer}, {"scale", scale->name}, {"answers", known}}});
        }
        if (c.data != LkeDataRule::none && folded(scale->name) != "y/t")
            fail(where, {"error.lke.data_rule_scale", {{"id", c.id}, {"scale", c.scale}}});
    }
    for (const auto& c : sheet.criteria)
        for (const auto& l : c.limits) {
            if (l.criterion.empty()) continue;
            if (l.criterion == c.id) fail(c.where, {"error.lke.limited_by_itself", {{"id", c.id}}});
            if (ids.count(l.criterion) == 0)
                fail(c.where, {"error.lke.limit_missing", {{"id", c.id}, {"limit", l.criterion}}});
        }
    for (const LkeComponent comp : all_components)
        for (const LkePart part : all_parts) {
            const bool any =
                std::any_of(sheet.criteria.begin(), sheet.criteria.end(),
                            [&](const LkeCriterion& c) { return c.component == comp && c.part == part; });
            if (!any) fail("", {"error.lke.part_empty", {{"part", part_name(comp, part)}}});
        }
}

std::string lke_predikat(const Decimal& total, LkeBoundary boundary) {
    if (total < Decimal(0) || total > Decimal(100)) {
        Message said{"error.lke.total", {{"total", text_of(total)}}};
        throw value_error(english(said), said);
    }
    return grade_of(rational(total), boundary);
}

LkeResult evaluate_lke(const LkeWorksheet& sheet, LkeBoundary boundary, const Language& L) {
    validate_lke(sheet);
    LkeResult out;
    out.body = sheet.body;
    out.year = sheet.year;
    out.boundary = boundary;
    const auto value_of = [&](const LkeCriterion& c) -> std::optional<Decimal> {
        if (c.answer.empty()) return std::nullopt;
        return find_answer(*find_lke_scale(sheet, c.scale), c.answer)->value;
    };
    // Per sub-component: the sum of the values and their count, once every criterion is answered.
    struct Sum {
        Decimal sum;
        std::size_t n = 0;
        bool complete = true;
    };
    std::array<std::array<Sum, 3>, 4> sums{};
    for (const auto& c : sheet.criteria) {
        Sum& s = sums[static_cast<std::size_t>(c.component)][static_cast<std::size_t>(c.part)];
        const auto v = value_of(c);
        if (!v) {
            s.complete = false;
            out.findings.push_back({"lke.unanswered", "warning", c.id, c.where,
                                    L.format("lke.finding.unanswered",
                                             {{"id", c.id}, {"part", part_name(c.component, c.part)}})});
            continue;
        }
        s.sum += *v;
        ++s.n;
    }
    // Exact throughout (a mean of three answers is a third): each score shown is its exact value
    // rounded once, and the predikat is given by the exact total.
    std::optional<Q> total = Q(0);
    for (const LkeComponent comp : all_components) {
        LkeComponentScore cs{comp, lke_weight(comp), std::nullopt};
        std::optional<Q> component = Q(0);
        for (const LkePart part : all_parts) {
            const Sum& s = sums[static_cast<std::size_t>(comp)][static_cast<std::size_t>(part)];
            LkePartScore ps;
            ps.component = comp;
            ps.part = part;
            ps.weight = lke_weight(comp, part);
            ps.answered = s.n;
            ps.criteria = static_cast<std::size_t>(
                std::count_if(sheet.criteria.begin(), sheet.criteria.end(),
                              [&](const LkeCriterion& c) { return c.component == comp && c.part == part; }));
            if (s.complete) {
                const Q exact = rational(ps.weight) * rational(s.sum) / Q(static_cast<long long>(s.n));
                ps.score = shown(exact);
                if (component) *component += exact;
            } else {
                component.reset();
            }
            out.parts.push_back(ps);
        }
        if (component) {
            cs.score = shown(*component);
            if (total) *total += *component;
        } else {
            total.reset();
        }
        out.components.push_back(cs);
    }
    if (total) {
        out.total = shown(*total);
        // The predikat of the exact total: a total of 90,004 is above 90 though it shows 90,00.
        out.predikat = grade_of(*total, boundary);
    }

    // Kerangka logis: after the scores, in worksheet order.
    for (const auto& c : sheet.criteria) {
        const auto v = value_of(c);
        if (!v) continue;
        for (const auto& l : c.limits) {
            if (!l.criterion.empty()) {
                const auto other = std::find_if(sheet.criteria.begin(), sheet.criteria.end(),
                                                [&](const LkeCriterion& o) { return o.id == l.criterion; });
                const auto ov = value_of(*other);
                if (ov && *v > *ov)
                    out.findings.push_back(
                        {"lke.kerangka_logis", "error", c.id, c.where,
                         L.format("lke.finding.above_criterion", {{"id", c.id},
                                                                  {"answer", c.answer},
                                                                  {"value", L.number(text_of(*v))},
                                                                  {"other", other->id},
                                                                  {"other_answer", other->answer},
                                                                  {"other_value", L.number(text_of(*ov))}})});
                continue;
            }
            const Sum& s = sums[static_cast<std::size_t>(l.component)][static_cast<std::size_t>(l.part)];
            if (!s.complete || s.n == 0) continue;
            // v > sum / n, without dividing: v x n > sum.
            if (*v * Decimal(static_cast<long long>(s.n)) > s.sum) {
                const Decimal mean = *divide(s.sum, Decimal(static_cast<long long>(s.n)), 4);
                out.findings.push_back(
                    {"lke.kerangka_logis", "error", c.id, c.where,
                     L.format("lke.finding.above_mean", {{"id", c.id},
                                                         {"answer", c.answer},
                                                         {"value", L.number(text_of(*v))},
                                                         {"part", part_name(l.component, l.part)},
                                                         {"sum", L.number(text_of(s.sum))},
                                                         {"n", std::to_string(s.n)},
                                                         {"mean", L.number(text_of(mean))}})});
            }
        }
    }
    return out;
}

namespace {

// The ids of the plan's sasaran, once: the rules look every indicator's node up in it (a Pemda-sized
// plan has thousands of each).
std::set<std::string> sasaran_ids(const Renstra& plan) {
    std::set<std::string> out;
    for (const auto& n : plan.nodes)
        if (n.level == Level::sasaran) out.insert(n.id);
    return out;
}

// One rule's verdict: the places that fail it, and what was checked.
struct Verdict {
    std::vector<std::string> failures;
    std::string checked;
};

// The text of "what was checked" over \p n things: the message \p many, or \p one for one thing (so
// that it reads "1 sasaran indicator, with ...", not "1 sasaran indicators, each with ...").
std::string checked_text(const Language& L, std::string_view many, std::string_view one, std::size_t n,
                         std::initializer_list<MessageArg> args) {
    std::vector<MessageArg> all(args);
    const std::string count = std::to_string(n);
    if (n != 1) all.emplace_back("n", count);
    return L.format(n == 1 ? one : many, all);
}

Verdict sasaran_targets(const Renstra& plan, const Language& L) {
    Verdict v;
    // For each sasaran, the fewest years any of its indicators misses (empty: one is targeted every year).
    std::map<std::string, std::vector<int>> best;
    const std::set<std::string> sasaran = sasaran_ids(plan);
    for (const auto& ind : plan.indicators) {
        if (sasaran.count(ind.node) == 0) continue;
        std::vector<int> missing;
        for (int y = plan.period.from; y <= plan.period.to; ++y)
            if (ind.targets.count(y) == 0) missing.push_back(y);
        const auto it = best.find(ind.node);
        if (it == best.end() || missing.size() < it->second.size()) best[ind.node] = missing;
    }
    for (const auto& node : plan.nodes) {
        if (node.level != Level::sasaran) continue;
        const auto it = best.find(node.id);
        if (it == best.end())
            v.failures.push_back(L.format("lke.data.sasaran_no_indicator", {{"id", node.id}}));
        else if (!it->second.empty())
            v.failures.push_back(L.format("lke.data.sasaran_no_target",
                                          {{"id", node.id}, {"year", std::to_string(it->second.front())}}));
    }
    const std::string from = std::to_string(plan.period.from), to = std::to_string(plan.period.to);
    v.checked = checked_text(L, "lke.data.sasaran_checked", "lke.data.sasaran_checked_one", sasaran.size(),
                             {{"from", from}, {"to", to}});
    return v;
}

Verdict indicator_formulas(const Renstra& plan, const Language& L) {
    Verdict v;
    std::size_t n = 0;
    const std::set<std::string> sasaran = sasaran_ids(plan);
    for (const auto& ind : plan.indicators) {
        if (sasaran.count(ind.node) == 0) continue;
        ++n;
        if (!ind.formula || ind.formula->text.empty())
            v.failures.push_back(L.format("lke.data.no_rumusan", {{"id", ind.id}}));
        else if (ind.formula->numerator.empty())
            v.failures.push_back(L.format("lke.data.rumusan_no_data", {{"id", ind.id}}));
    }
    v.checked = checked_text(L, "lke.data.formulas_checked", "lke.data.formulas_checked_one", n, {});
    return v;
}

Verdict pk_matches(const Renstra& plan, int year, const Language& L) {
    Verdict v;
    const auto pk = std::find_if(
        plan.perjanjian.begin(), plan.perjanjian.end(),
        [&](const PerjanjianKinerja& p) { return p.eselon == Eselon::kepala && p.year == year; });
    if (pk == plan.perjanjian.end()) {
        v.failures.push_back(L.format("lke.data.no_pk", {{"year", std::to_string(year)}}));
    } else {
        for (const auto& f : check_perjanjian(plan, L))
            if (f.year == year && f.rule == "pk.kepala_target")
                v.failures.push_back(f.path + ": " + f.message);
    }
    v.checked = L.format("lke.data.pk_checked", {{"year", std::to_string(year)}});
    return v;
}

Verdict realisasi_triwulan(const Renstra& plan, int year, const Language& L) {
    Verdict v;
    const auto full = [](const std::array<std::optional<Decimal>, 4>& q) {
        return std::all_of(q.begin(), q.end(), [](const auto& x) { return x.has_value(); });
    };
    // Reported by quarter on the indicator, or on a PK item of the year.
    std::set<std::string> in_pk;
    for (const auto& pk : plan.perjanjian)
        if (pk.year == year)
            for (const auto& item : pk.items)
                if (full(item.realisasi)) in_pk.insert(item.indicator);
    std::size_t n = 0;
    for (const auto& ind : plan.indicators) {
        if (ind.targets.count(year) == 0) continue;
        ++n;
        const auto r = ind.realisations.find(year);
        const bool ok = in_pk.count(ind.id) > 0 ||
                        (r != ind.realisations.end() && r->second.source == Realisation::Source::triwulan &&
                         full(r->second.triwulan));
        if (!ok)
            v.failures.push_back(L.format(
                r == ind.realisations.end() ? "lke.data.no_realisasi" : "lke.data.not_every_triwulan",
                {{"id", ind.id}, {"year", std::to_string(year)}}));
    }
    v.checked = checked_text(L, "lke.data.triwulan_checked", "lke.data.triwulan_checked_one", n,
                             {{"year", std::to_string(year)}});
    return v;
}

Verdict lakip_compares(const Renstra& plan, int year, const Language& L) {
    Verdict v;
    std::size_t n = 0;
    const std::set<std::string> sasaran = sasaran_ids(plan);
    for (const auto& ind : plan.indicators) {
        if (sasaran.count(ind.node) == 0) continue;
        ++n;
        if (ind.realisations.count(year) == 0)
            v.failures.push_back(
                L.format("lke.data.no_realisasi", {{"id", ind.id}, {"year", std::to_string(year)}}));
        else if (ind.realisations.count(year - 1) == 0 && !(ind.baseline && ind.baseline->year == year - 1) &&
                 !(year == plan.period.from && ind.baseline))
            v.failures.push_back(
                L.format("lke.data.no_previous", {{"id", ind.id}, {"year", std::to_string(year - 1)}}));
        else if (!ind.end_target)
            v.failures.push_back(L.format("lke.data.no_end_target", {{"id", ind.id}}));
    }
    v.checked = checked_text(L, "lke.data.lakip_checked", "lke.data.lakip_checked_one", n,
                             {{"year", std::to_string(year)}});
    return v;
}

}  // namespace

std::vector<LkeFinding> fill_lke_from_plan(LkeWorksheet& sheet, const Renstra& plan, int year,
                                           const Language& L) {
    if (year == 0) year = sheet.year;
    if (year == 0) {
        Message said{"error.lke.no_year", {}};
        throw value_error(english(said), said);
    }
    if (sheet.year != 0 && sheet.year != year) {
        Message said{"error.lke.other_year",
                     {{"sheet", std::to_string(sheet.year)}, {"year", std::to_string(year)}}};
        throw value_error(english(said), said);
    }
    sheet.year = year;
    validate_lke(sheet);
    std::vector<LkeFinding> findings;
    for (auto& c : sheet.criteria) {
        if (c.data == LkeDataRule::none) continue;
        Verdict v;
        switch (c.data) {
            case LkeDataRule::sasaran_targets:
                v = sasaran_targets(plan, L);
                break;
            case LkeDataRule::indicator_formulas:
                v = indicator_formulas(plan, L);
                break;
            case LkeDataRule::pk_matches_renstra:
                v = pk_matches(plan, year, L);
                break;
            case LkeDataRule::realisasi_triwulan:
                v = realisasi_triwulan(plan, year, L);
                break;
            case LkeDataRule::lakip_compares:
                v = lakip_compares(plan, year, L);
                break;
            case LkeDataRule::none:
                break;
        }
        const std::string answer = v.failures.empty() ? "Y" : "T";
        const std::string evidence =
            v.failures.empty() ? L.format("lke.evidence.checked", {{"what", v.checked}})
                               : L.format("lke.evidence.not_met", {{"places", some_of(v.failures, L)}});
        if (c.answer.empty()) {
            c.answer = answer;
            c.evidence = evidence;
            c.answered_by = LkeAnswerSource::data;
        } else if (folded(c.answer) != folded(answer) && c.answered_by == LkeAnswerSource::evaluator) {
            findings.push_back(
                {"lke.data_disagrees", "warning", c.id, c.where,
                 L.format("lke.finding.data_disagrees",
                          {{"id", c.id}, {"answer", c.answer}, {"data", answer}, {"evidence", evidence}})});
        } else if (c.answered_by == LkeAnswerSource::data) {
            c.answer = answer;  // filled before: the data's answer now
            c.evidence = evidence;
        }
    }
    return findings;
}

}  // namespace kinerja

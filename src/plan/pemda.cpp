// The checks of a Pemda's cascade and its budget per RPJMD sasaran (docs/pemda.md).

#include "kinerja/plan/pemda.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "kinerja/core/number_text.hpp"
#include "kinerja/plan/totals.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {

const OpdPlan* Pemda::find_opd(std::string_view id) const {
    for (const OpdPlan& o : opds)
        if (o.id == id) return &o;
    return nullptr;
}

namespace {

std::string figure(const Decimal& d) {
    FormatOptions f;
    f.grouping = false;
    return format_number(d, f);
}

std::optional<std::size_t> indicator_index(const Renstra& plan, std::string_view id) {
    for (std::size_t i = 0; i < plan.indicators.size(); ++i)
        if (plan.indicators[i].id == id) return i;
    return std::nullopt;
}

// Whether `ancestor` is `id` itself or one of its ancestors. The walk is bounded by the number of
// nodes, so a plan built in code with a cycle (which validate refuses) cannot make it loop.
bool is_under(const Renstra& plan, std::string_view id, std::string_view ancestor) {
    std::string_view at = id;
    for (std::size_t step = 0; step <= plan.nodes.size() && !at.empty(); ++step) {
        if (at == ancestor) return true;
        const Node* n = plan.find_node(at);
        if (n == nullptr) return false;
        at = n->parent;
    }
    return false;
}

std::string years_text(const std::vector<int>& years) {
    std::string out;
    for (std::size_t i = 0; i < years.size(); ++i) out += (i == 0 ? "" : ", ") + std::to_string(years[i]);
    return out;
}

class Checker {
public:
    Checker(const Pemda& pemda, const Language& lang) : p_(pemda), L(lang) {}

    std::vector<PemdaFinding> run() {
        links();
        unlinked();
        indicators();
        return std::move(out_);
    }

private:
    void add(std::string rule, bool error, std::string opd, PlanLocation where, std::string id,
             std::optional<int> year, std::string message) {
        out_.push_back(PemdaFinding{std::move(rule), error, std::move(opd), std::move(where), std::move(id),
                                    year, std::move(message)});
    }
    static PlanLocation at(const char* list, std::size_t index, std::vector<std::string> field = {}) {
        return PlanLocation{list, index, std::move(field)};
    }

    // The OPD named at `list`/`index`/`field`, or nullptr after an error finding.
    const OpdPlan* opd(const std::string& id, const char* list, std::size_t index, const char* field) {
        const OpdPlan* o = p_.find_opd(id);
        if (o == nullptr)
            add("link.unknown_opd", true, {}, at(list, index, {field}), id, std::nullopt,
                L.format("pemda.unknown_opd", {{"id", id}}));
        return o;
    }
    // The node `id` of `o` at one of `levels`, or nullptr after an error finding.
    const Node* node(const OpdPlan& o, const std::string& id, const char* list, std::size_t index,
                     const char* field, std::initializer_list<Level> levels, const char* expected) {
        const Node* n = o.plan.find_node(id);
        if (n == nullptr) {
            add("link.unknown_node", true, {}, at(list, index, {field}), id, std::nullopt,
                L.format("pemda.unknown_node", {{"id", id}, {"opd", o.id}}));
            return nullptr;
        }
        if (std::find(levels.begin(), levels.end(), n->level) == levels.end()) {
            add("link.level", true, {}, at(list, index, {field}), id, std::nullopt,
                L.format("pemda.node_level", {{"id", id},
                                              {"opd", o.id},
                                              {"level", to_string(n->level)},
                                              {"expected", L.text(expected)}}));
            return nullptr;
        }
        return n;
    }

    void links() {
        for (std::size_t i = 0; i < p_.serves.size(); ++i) {
            const ServesLink& l = p_.serves[i];
            if (const OpdPlan* o = opd(l.opd, "serves", i, "opd"))
                node(*o, l.node, "serves", i, "node", {Level::sasaran, Level::program},
                     "pemda.expected.sasaran_or_program");
            rpjmd_sasaran(l.sasaran, "serves", i);
        }
        for (std::size_t i = 0; i < p_.supports.size(); ++i) {
            const SupportLink& l = p_.supports[i];
            if (const OpdPlan* o = opd(l.opd, "supports", i, "opd"))
                node(*o, l.node, "supports", i, "node",
                     {Level::sasaran, Level::program, Level::kegiatan, Level::sub_kegiatan},
                     "pemda.expected.any_node");
            if (const OpdPlan* o = opd(l.to_opd, "supports", i, "to_opd")) {
                node(*o, l.sasaran, "supports", i, "sasaran", {Level::sasaran}, "pemda.expected.sasaran");
                if (l.to_opd == l.opd)
                    add("link.same_opd", true, {}, at("supports", i, {"to_opd"}), l.to_opd, std::nullopt,
                        L.format("pemda.same_opd", {{"opd", l.opd}}));
            }
        }
        for (std::size_t i = 0; i < p_.indicator_links.size(); ++i) {
            const IndicatorLink& l = p_.indicator_links[i];
            if (const OpdPlan* o = opd(l.opd, "indicator_links", i, "opd"))
                if (o->plan.find_indicator(l.indicator) == nullptr)
                    add("link.unknown_indicator", true, {}, at("indicator_links", i, {"indicator"}),
                        l.indicator, std::nullopt,
                        L.format("pemda.unknown_opd_indicator", {{"id", l.indicator}, {"opd", o->id}}));
            if (p_.rpjmd.find_indicator(l.rpjmd) == nullptr)
                add("link.unknown_indicator", true, {}, at("indicator_links", i, {"rpjmd"}), l.rpjmd,
                    std::nullopt, L.format("pemda.unknown_rpjmd_indicator", {{"id", l.rpjmd}}));
        }
        for (const auto& [id, how] : p_.aggregates)
            if (p_.rpjmd.find_indicator(id) == nullptr)
                add("link.unknown_indicator", true, {}, PlanLocation{"aggregates", std::nullopt, {id}}, id,
                    std::nullopt, L.format("pemda.unknown_rpjmd_indicator", {{"id", id}}));
    }

    void rpjmd_sasaran(const std::string& id, const char* list, std::size_t index) {
        const Node* n = p_.rpjmd.find_node(id);
        if (n == nullptr)
            add("link.unknown_sasaran", true, {}, at(list, index, {"sasaran"}), id, std::nullopt,
                L.format("pemda.unknown_sasaran", {{"id", id}}));
        else if (n->level != Level::sasaran)
            add("link.level", true, {}, at(list, index, {"sasaran"}), id, std::nullopt,
                L.format("pemda.rpjmd_level", {{"id", id}, {"level", to_string(n->level)}}));
    }

    // An OPD sasaran is linked when it, or a node under it, serves an RPJMD sasaran or supports another
    // OPD's sasaran, or when another OPD supports it: any of these puts it in the Pemda's cascade.
    void unlinked() {
        for (const OpdPlan& o : p_.opds) {
            for (std::size_t i = 0; i < o.plan.nodes.size(); ++i) {
                const Node& n = o.plan.nodes[i];
                if (n.level != Level::sasaran) continue;
                const auto under = [&](const std::string& opd, const std::string& node) {
                    return opd == o.id && is_under(o.plan, node, n.id);
                };
                const bool linked =
                    std::any_of(p_.serves.begin(), p_.serves.end(),
                                [&](const ServesLink& l) { return under(l.opd, l.node); }) ||
                    std::any_of(p_.supports.begin(), p_.supports.end(), [&](const SupportLink& l) {
                        return under(l.opd, l.node) || (l.to_opd == o.id && l.sasaran == n.id);
                    });
                if (!linked)
                    add("opd.sasaran_unlinked", false, o.id, at("nodes", i), n.id, std::nullopt,
                        L.format("pemda.sasaran_unlinked", {{"id", n.id}, {"opd", o.id}}));
            }
        }
        for (std::size_t i = 0; i < p_.rpjmd.nodes.size(); ++i) {
            const Node& n = p_.rpjmd.nodes[i];
            if (n.level != Level::sasaran) continue;
            const bool served = std::any_of(p_.serves.begin(), p_.serves.end(),
                                            [&](const ServesLink& l) { return l.sasaran == n.id; });
            if (!served)
                add("rpjmd.sasaran_unserved", false, {},
                    PlanLocation{"rpjmd", std::nullopt, {"nodes", std::to_string(i)}}, n.id, std::nullopt,
                    L.format("pemda.sasaran_unserved", {{"id", n.id}}));
        }
    }

    static PlanLocation rpjmd_indicator_at(std::size_t index, std::vector<std::string> field = {}) {
        std::vector<std::string> steps{"indicators", std::to_string(index)};
        steps.insert(steps.end(), field.begin(), field.end());
        return PlanLocation{"rpjmd", std::nullopt, std::move(steps)};
    }

    void indicators() {
        // Per RPJMD indicator, the OPD indicators linked to it (resolved links only).
        std::map<std::string, std::vector<std::pair<const OpdPlan*, const Indicator*>>> linked;
        for (std::size_t i = 0; i < p_.indicator_links.size(); ++i) {
            const IndicatorLink& l = p_.indicator_links[i];
            const OpdPlan* o = p_.find_opd(l.opd);
            const Indicator* ours = o ? o->plan.find_indicator(l.indicator) : nullptr;
            const Indicator* theirs = p_.rpjmd.find_indicator(l.rpjmd);
            if (ours == nullptr || theirs == nullptr) continue;
            linked[l.rpjmd].emplace_back(o, ours);
            const std::size_t oi = *indicator_index(o->plan, ours->id);
            if (satuan_key(ours->satuan) != satuan_key(theirs->satuan))
                add("indicator.satuan", true, o->id, at("indicators", oi, {"satuan"}), ours->id, std::nullopt,
                    L.format("pemda.satuan", {{"id", ours->id},
                                              {"opd", o->id},
                                              {"satuan", ours->satuan},
                                              {"rpjmd", theirs->id},
                                              {"rpjmd_satuan", theirs->satuan}}));
            // The years both plans cover: an OPD Renstra may run on another period than the RPJMD.
            const int from = std::max(o->plan.period.from, p_.rpjmd.period.from);
            const int to = std::min(o->plan.period.to, p_.rpjmd.period.to);
            std::vector<int> missing;
            std::vector<int> extra;
            for (int y = from; y <= to; ++y) {
                const bool in_rpjmd = theirs->targets.count(y) != 0;
                const bool in_opd = ours->targets.count(y) != 0;
                if (in_rpjmd && !in_opd) missing.push_back(y);
                if (in_opd && !in_rpjmd) extra.push_back(y);
            }
            if (!missing.empty())
                add("indicator.years", false, o->id, at("indicators", oi, {"targets"}), ours->id,
                    missing.front(),
                    L.format("pemda.years_missing", {{"id", ours->id},
                                                     {"opd", o->id},
                                                     {"years", years_text(missing)},
                                                     {"rpjmd", theirs->id}}));
            if (!extra.empty())
                add("indicator.years", false, o->id, at("indicators", oi, {"targets"}), ours->id,
                    extra.front(),
                    L.format("pemda.years_extra", {{"id", ours->id},
                                                   {"opd", o->id},
                                                   {"years", years_text(extra)},
                                                   {"rpjmd", theirs->id}}));
        }
        for (std::size_t ri = 0; ri < p_.rpjmd.indicators.size(); ++ri) {
            const Indicator& theirs = p_.rpjmd.indicators[ri];
            const auto rule = p_.aggregates.find(theirs.id);
            if (rule == p_.aggregates.end() || rule->second != Aggregate::sum) continue;
            if (theirs.polarity != Polarity::higher_is_better &&
                theirs.polarity != Polarity::lower_is_better) {
                add("indicator.sum", true, {}, PlanLocation{"aggregates", std::nullopt, {theirs.id}},
                    theirs.id, std::nullopt,
                    L.format("pemda.sum_not_numeric",
                             {{"id", theirs.id}, {"polarity", to_string(theirs.polarity)}}));
                continue;
            }
            const auto& parts = linked[theirs.id];
            if (parts.empty()) continue;
            for (const auto& [year, target] : theirs.targets) {
                if (target.kind != Target::Kind::number) continue;
                Decimal sum;
                bool complete = true;
                for (const auto& [o, ind] : parts) {
                    const auto t = ind->targets.find(year);
                    if (t == ind->targets.end() || t->second.kind != Target::Kind::number) {
                        complete = false;  // indicator.years has said so, or the kind differs
                        break;
                    }
                    sum += t->second.value;
                }
                if (!complete) continue;
                const bool higher = theirs.polarity == Polarity::higher_is_better;
                const bool reaches = higher ? sum >= target.value : sum <= target.value;
                if (!reaches)
                    add("indicator.sum", true, {}, rpjmd_indicator_at(ri, {"targets", std::to_string(year)}),
                        theirs.id, year,
                        L.format(higher ? "pemda.sum_below" : "pemda.sum_above",
                                 {{"id", theirs.id},
                                  {"year", std::to_string(year)},
                                  {"sum", L.number(figure(sum))},
                                  {"target", L.number(figure(target.value))}}));
            }
        }
    }

    const Pemda& p_;
    const Language& L;
    std::vector<PemdaFinding> out_;
};

}  // namespace

std::vector<PemdaFinding> check_pemda(const Pemda& pemda, const Language& lang) {
    return Checker(pemda, lang).run();
}

std::vector<SasaranBudget> pemda_budget(const Pemda& pemda) {
    std::vector<SasaranBudget> out;
    for (const Node& s : pemda.rpjmd.nodes) {
        if (s.level != Level::sasaran) continue;
        // Per OPD, the nodes serving s with no ancestor serving it too: the lines under an ancestor
        // already hold a descendant's, so counting only the topmost counts each line once.
        std::vector<std::pair<const OpdPlan*, std::string>> tops;
        for (const ServesLink& l : pemda.serves) {
            if (l.sasaran != s.id) continue;
            const OpdPlan* o = pemda.find_opd(l.opd);
            if (o == nullptr || o->plan.find_node(l.node) == nullptr) continue;  // check_pemda reports it
            const bool covered =
                std::any_of(pemda.serves.begin(), pemda.serves.end(), [&](const ServesLink& m) {
                    return m.sasaran == s.id && m.opd == l.opd && m.node != l.node &&
                           is_under(o->plan, l.node, m.node);
                });
            const bool seen = std::any_of(tops.begin(), tops.end(),
                                          [&](const auto& t) { return t.first == o && t.second == l.node; });
            if (!covered && !seen) tops.emplace_back(o, l.node);
        }
        for (int year = pemda.rpjmd.period.from; year <= pemda.rpjmd.period.to; ++year) {
            SasaranBudget row;
            row.sasaran = s.id;
            row.year = year;
            for (const auto& [o, node] : tops) {
                const BudgetTotals part = budget_of(o->plan, node, year);
                if (part.lines == 0) continue;
                const bool had_murni = row.totals.lines == 0 || row.totals.anggaran_murni.has_value();
                row.totals.anggaran += part.anggaran;
                row.totals.realisasi += part.realisasi;
                if (had_murni && part.anggaran_murni)
                    row.totals.anggaran_murni = row.totals.lines == 0
                                                    ? *part.anggaran_murni
                                                    : *row.totals.anggaran_murni + *part.anggaran_murni;
                else
                    row.totals.anggaran_murni.reset();
                row.totals.lines += part.lines;
            }
            out.push_back(std::move(row));
        }
    }
    return out;
}

}  // namespace kinerja

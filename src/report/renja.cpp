// The Renja evaluation (Permendagri 86/2017, form T-C.29), recomputed from a Renstra, and its text
// forms. docs/report-formats.md ("The Renja evaluation") says where every cell comes from.

#include "kinerja/report/renja.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "kinerja/core/number_text.hpp"
#include "kinerja/core/version.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/measurement.hpp"
#include "report/writers.hpp"

namespace kinerja {
namespace {

// What a node's budget lines of one year add up to, with everything under the node.
struct YearMoney {
    Rupiah anggaran;
    Rupiah realisasi;
    std::size_t lines = 0;
    std::array<Rupiah, 4> triwulan{};
    std::size_t triwulan_lines = 0;  // lines that state their quarters
};

// Each node's money per year, every line added to its node and to each node above it. One pass over
// the lines, so the table takes time linear in the plan rather than a scan of the lines per node;
// the walk up stops after as many steps as there are nodes, so a parent cycle cannot hold it.
class Money final {
public:
    explicit Money(const PlanIndex& ix) {
        const std::size_t steps = ix.plan().nodes.size();
        for (const BudgetLine& line : ix.plan().budget) {
            const Node* n = line.node.empty() ? nullptr : ix.find_node(line.node);
            for (std::size_t i = 0; n != nullptr && i <= steps; ++i) {
                YearMoney& m = by_node_[n->id][line.year];
                m.anggaran += line.anggaran;
                m.realisasi += line.realisasi;
                ++m.lines;
                if (line.triwulan) {
                    for (std::size_t q = 0; q < 4; ++q) m.triwulan[q] += (*line.triwulan)[q];
                    ++m.triwulan_lines;
                }
                n = n->parent.empty() ? nullptr : ix.find_node(n->parent);
            }
        }
    }

    // The node's money of \p year, or nullptr when it has no line that year.
    [[nodiscard]] const YearMoney* of(const std::string& node, int year) const {
        const auto n = by_node_.find(node);
        if (n == by_node_.end()) return nullptr;
        const auto y = n->second.find(year);
        return y == n->second.end() ? nullptr : &y->second;
    }

    // The sum of \p field over the years [from, to] with lines; empty when none has.
    template <class Field>
    [[nodiscard]] std::optional<Rupiah> sum(const std::string& node, int from, int to, Field field) const {
        std::optional<Rupiah> out;
        for (int y = from; y <= to; ++y)
            if (const YearMoney* m = of(node, y)) out = out.value_or(Rupiah()) + field(*m);
        return out;
    }

private:
    std::map<std::string, std::map<int, YearMoney>> by_node_;
};

// How an indicator's realisations add up over the years: the rule its quarters are rolled up by
// (the year's, else the latest earlier year's given by quarters). An indicator never reported by
// quarters is taken as a stock (Rollup::last): a stated yearly figure, a rate or an index, does not
// add up across years, and summing one would print a figure no one measured.
Rollup rule_of(const Indicator& ind, int year) {
    Rollup rule = Rollup::last;
    for (const auto& [y, r] : ind.realisations) {
        if (y > year) break;
        if (r.source == Realisation::Source::triwulan) rule = r.rollup;
    }
    return rule;
}

// The measures of successive years combined by \p rule; a grade or an undefined measure among them
// cannot be added, so the last stands then.
std::optional<Measure> combine(const std::vector<Measure>& measures, Rollup rule) {
    if (measures.empty()) return std::nullopt;
    const bool numbers = std::all_of(measures.begin(), measures.end(),
                                     [](const Measure& m) { return m.kind == Measure::Kind::number; });
    if (!numbers || rule == Rollup::last) return measures.back();
    Decimal acc = measures.front().value;
    for (std::size_t i = 1; i < measures.size(); ++i)
        acc = rule == Rollup::sum ? acc + measures[i].value : std::max(acc, measures[i].value);
    return Measure::number(acc);
}

// Each unit's name by its id, the first of an id (as Renstra::find_node takes the first node).
using UnitNames = std::map<std::string, std::string, std::less<>>;

UnitNames unit_names(const Renstra& plan) {
    UnitNames out;
    for (const Unit& u : plan.units) out.emplace(u.id, u.name);
    return out;
}

// The K cells of one indicator's row.
void fill_indicator(const PlanIndex& ix, const Indicator& ind, int year, const Language& L, RenjaRow& row) {
    const Renstra& plan = ix.plan();
    row.indicator = ind.id;
    row.indicator_name = ind.name;
    row.satuan = ind.satuan;
    if (const auto t = ind.targets.find(plan.period.to); t != ind.targets.end())
        row.renstra_k = t->second;
    else if (ind.end_target)
        row.renstra_k = *ind.end_target;
    const Rollup rule = rule_of(ind, year);
    std::vector<Measure> before;
    for (int y = plan.period.from; y < year; ++y)
        if (const auto m = realisation(ix, ind, y)) before.push_back(*m);
    row.before_k = combine(before, rule);
    if (const auto t = ind.targets.find(year); t != ind.targets.end()) row.target_k = t->second;
    if (const auto r = ind.realisations.find(year);
        r != ind.realisations.end() && r->second.source == Realisation::Source::triwulan)
        row.triwulan_k = r->second.triwulan;
    row.year_k = realisation(ix, ind, year);
    if (row.year_k) {
        before.push_back(*row.year_k);
        row.cumulative_k = combine(before, rule);
    }
    if (row.target_k && row.year_k) row.capaian_k = capaian(ind, *row.target_k, *row.year_k);
    if (row.renstra_k && row.cumulative_k)
        row.renstra_capaian_k = capaian(ind, *row.renstra_k, *row.cumulative_k);
    if (row.target_k && !row.year_k)
        row.keterangan = L.format("renja.not_reported", {{"year", std::to_string(year)}});
}

// The Rp cells of a node, on its first row.
void fill_money(const Money& money, const Period& period, const std::string& node, int year, RenjaRow& row) {
    row.renstra_rp = money.sum(node, period.from, period.to, [](const YearMoney& m) { return m.anggaran; });
    row.before_rp = money.sum(node, period.from, year - 1, [](const YearMoney& m) { return m.realisasi; });
    if (const YearMoney* m = money.of(node, year)) {
        row.target_rp = m->anggaran;
        row.year_rp = m->realisasi;
        // Quarters only when every line states them: a sum of some lines' quarters is no quarter's.
        if (m->triwulan_lines == m->lines)
            for (std::size_t q = 0; q < 4; ++q) row.triwulan_rp[q] = m->triwulan[q];
        row.capaian_rp = percent(m->realisasi, m->anggaran);
        row.cumulative_rp = row.before_rp.value_or(Rupiah()) + m->realisasi;
        if (row.renstra_rp) row.renstra_capaian_rp = percent(*row.cumulative_rp, *row.renstra_rp);
    }
}

void add_node(const PlanIndex& ix, const Money& money, const UnitNames& units, const std::string& id,
              int level, int year, const Language& L, std::vector<RenjaRow>& out) {
    const Node& node = *ix.find_node(id);
    RenjaRow base;
    base.level = level;
    base.node = node.id;
    base.code = node.code;
    base.name = node.name;
    if (const auto u = units.find(node.unit); u != units.end()) base.unit = u->second;
    const auto indicators = ix.indicators_of(id);
    if (indicators.empty()) {
        fill_money(money, ix.plan().period, id, year, base);
        out.push_back(std::move(base));
        return;
    }
    bool first = true;
    for (const Indicator* ind : indicators) {
        RenjaRow row = base;
        row.first = first;
        if (first) fill_money(money, ix.plan().period, id, year, row);
        fill_indicator(ix, *ind, year, L, row);
        out.push_back(std::move(row));
        first = false;
    }
}

using detail::Cell;
using detail::figure;
using detail::text;

const char* const roman[] = {"I", "II", "III", "IV"};

Cell blank() { return text(""); }
Cell money_cell(const std::optional<Rupiah>& r) { return r ? figure(format_rupiah(*r)) : blank(); }
Cell percent_cell(const std::optional<Percent>& p) { return p ? figure(detail::pct(*p)) : blank(); }
Cell target_cell(const std::optional<Target>& t) { return t ? detail::cell(*t) : blank(); }
Cell measure_cell(const std::optional<Measure>& m) { return m ? detail::cell(*m) : blank(); }
Cell number_cell(const std::optional<Decimal>& d) { return d ? figure(detail::num(*d)) : blank(); }

}  // namespace

std::vector<RenjaRow> renja_rows(const Renstra& plan, int year, const Language& lang) {
    const PlanIndex ix(plan);
    const Money money(ix);
    const UnitNames units = unit_names(plan);
    std::vector<RenjaRow> out;
    for (const std::string& p : ix.descendants("", Level::program)) {
        add_node(ix, money, units, p, 1, year, lang, out);
        for (const std::string& k : ix.descendants(p, Level::kegiatan)) {
            add_node(ix, money, units, k, 2, year, lang, out);
            for (const std::string& s : ix.descendants(k, Level::sub_kegiatan))
                add_node(ix, money, units, s, 3, year, lang, out);
        }
    }
    return out;
}

std::vector<std::string> renja_periods(int year, int last) {
    const std::string y = std::to_string(year);
    std::vector<std::string> out{"Target Renstra " + std::to_string(last),
                                 "Realisasi s.d. " + std::to_string(year - 1), "Target Renja " + y};
    for (const char* q : roman) out.push_back("Realisasi Triwulan " + std::string(q));
    out.insert(out.end(), {"Realisasi " + y, "Tingkat Capaian " + y + " (%)", "Realisasi s.d. " + y,
                           "Tingkat Capaian Renstra (%)"});
    return out;
}

namespace detail {

Table renja_table_form(const Renstra& plan, int year, const Language& lang) {
    Table t;
    t.shown.id = "renja";
    t.shown.title = lang.format("renja.title", {{"year", std::to_string(year)}, {"body", plan.body.name}});
    t.shown.columns = {"Program / Kegiatan / Sub Kegiatan", "Kode", "Indikator", "Satuan"};
    t.groups.assign(3, "");
    for (const std::string& p : renja_periods(year, plan.period.to)) {
        t.shown.columns.push_back(p + " K");
        t.shown.columns.push_back(p + " Rp");
        t.groups.push_back(p);
        t.groups.push_back(p);
    }
    t.shown.columns.insert(t.shown.columns.end(), {"Unit Penanggung Jawab", "Keterangan"});
    t.groups.insert(t.groups.end(), {"", ""});
    // The node's cells (name, code, money, unit) are merged down over its indicator rows.
    t.merged = {true, true, false, false};
    for (std::size_t p = 0; p < 11; ++p) t.merged.insert(t.merged.end(), {false, true});
    t.merged.insert(t.merged.end(), {true, false});
    const std::vector<RenjaRow> rows = renja_rows(plan, year, lang);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const RenjaRow& r = rows[i];
        // The Rp cells of a node's first row, blank on its other rows.
        auto rp = [&r](const std::optional<Rupiah>& v) { return r.first ? money_cell(v) : blank(); };
        auto rp_pct = [&r](const std::optional<Percent>& v) { return r.first ? percent_cell(v) : blank(); };
        std::vector<Cell> cells{text(r.code), text(r.indicator_name), text(r.satuan)};
        cells.insert(cells.end(), {target_cell(r.renstra_k), rp(r.renstra_rp), measure_cell(r.before_k),
                                   rp(r.before_rp), target_cell(r.target_k), rp(r.target_rp)});
        for (std::size_t q = 0; q < 4; ++q) {
            cells.push_back(number_cell(r.triwulan_k[q]));
            cells.push_back(rp(r.triwulan_rp[q]));
        }
        cells.insert(cells.end(),
                     {measure_cell(r.year_k), rp(r.year_rp), percent_cell(r.capaian_k), rp_pct(r.capaian_rp),
                      measure_cell(r.cumulative_k), rp(r.cumulative_rp), percent_cell(r.renstra_capaian_k),
                      rp_pct(r.renstra_capaian_rp), text(r.unit), text(r.keterangan)});
        t.add(r.level, r.indicator.empty() ? r.node : r.indicator, text(r.name), std::move(cells));
        // A node's rows: the first says how many follow it, so the workbook can merge them.
        std::size_t span = 1;
        while (i + span < rows.size() && !rows[i + span].first) ++span;
        t.forms.back().span = r.first ? span : 0;
    }
    t.shown.notes.push_back(lang.text("renja.note"));
    return t;
}

}  // namespace detail

ReportTable renja_table(const Renstra& plan, int year, const Language& lang) {
    std::vector<detail::Table> tables{detail::renja_table_form(plan, year, lang)};
    detail::localize_figures(tables, lang);
    return tables.front().shown;
}

std::string write_renja(const Renstra& plan, int year, ReportFormat format, const Language& lang) {
    std::vector<detail::Table> tables{detail::renja_table_form(plan, year, lang)};
    detail::localize_figures(tables, lang);
    const std::string heading =
        lang.format("renja.title", {{"year", std::to_string(year)}, {"body", plan.body.name}});
    const std::string intro = lang.format("renja.intro", {{"from", std::to_string(plan.period.from)},
                                                          {"to", std::to_string(plan.period.to)},
                                                          {"version", version}});
    switch (format) {
        case ReportFormat::markdown:
            return detail::markdown_text(tables, heading, intro);
        case ReportFormat::csv:
            return detail::csv_text(tables);
        case ReportFormat::html:
            return detail::html_text(tables, heading, intro, {}, lang);
    }
    return "";
}

}  // namespace kinerja

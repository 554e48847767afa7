// The comparison across years and documents as report tables, written with the report's writers.

#include "kinerja/report/comparison_writer.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "kinerja/core/version.hpp"
#include "kinerja/plan/index.hpp"
#include "kinerja/plan/language.hpp"
#include "report/writers.hpp"

namespace kinerja {
namespace {

using detail::Cell;
using detail::figure;
using detail::num;
using detail::pct;
using detail::Table;
using detail::text;
using detail::undefined_text;

bool plan_node_is_sasaran(const PlanIndex& plan, const std::string& id) {
    const Node* n = plan.find_node(id);
    return n != nullptr && n->level == Level::sasaran;
}

// The name of each document as the comparison shows it, so that rows of two documents can be told
// apart: the body's name; where two documents share it, the name and the region ("Dinas Sosial
// (Kabupaten Lumajang)"); where that is still shared, the document's place in the list as well
// ("Dinas Sosial (dokumen 2)").
std::vector<std::string> document_names(const std::vector<Renstra>& plans, const Language& L) {
    auto count = [](const std::vector<std::string>& names, const std::string& name) {
        return std::count(names.begin(), names.end(), name);
    };
    std::vector<std::string> plain;
    for (const Renstra& p : plans) plain.push_back(p.body.name);
    std::vector<std::string> regional;
    for (std::size_t i = 0; i < plans.size(); ++i)
        regional.push_back(count(plain, plain[i]) > 1 && !plans[i].body.region.empty()
                               ? plain[i] + " (" + plans[i].body.region + ")"
                               : plain[i]);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < plans.size(); ++i)
        out.push_back(count(regional, regional[i]) > 1
                          ? L.format("compare.document", {{"name", plain[i]}, {"n", std::to_string(i + 1)}})
                          : regional[i]);
    return out;
}

// The comparison's tables; each row's document is an index into document_names(plans).
std::vector<Table> tables_of(const std::vector<Renstra>& plans, const std::string& indicator,
                             const std::vector<std::string>& documents, const Language& L) {
    // One index per document and a set of the ids taken: linear in the indicators, not a square.
    std::vector<PlanIndex> indexes;
    indexes.reserve(plans.size());
    for (const Renstra& p : plans) indexes.emplace_back(p);
    std::vector<std::string> ids;
    std::unordered_set<std::string_view> taken;
    for (const PlanIndex& p : indexes)
        for (const Indicator& i : p.plan().indicators)
            if ((indicator.empty() || i.id == indicator) && taken.count(i.id) == 0 &&
                (!indicator.empty() || plan_node_is_sasaran(p, i.node))) {
                taken.insert(i.id);
                ids.push_back(i.id);
            }
    // No document has it: compare_all's lookup_error names the closest ids of every document.
    if (!indicator.empty() && ids.empty()) (void)compare_all(plans, {indicator});
    std::vector<Table> out;
    Table trends;
    trends.shown = {
        "tren",
        L.text("compare.trend.title"),
        {L.text("compare.col.document_indicator"), L.text("compare.col.year"), L.text("compare.col.points"),
         L.text("compare.col.slope"), L.text("compare.col.projection"), L.text("compare.col.end_target"),
         L.text("compare.col.reached")},
        {},
        {L.text("compare.note.trend")}};
    // Every trend of the comparison in one fit (see compare.cpp).
    const std::vector<std::vector<IndicatorSeries>> all = compare_all(plans, ids);
    for (std::size_t n = 0; n < ids.size(); ++n) {
        const std::string& id = ids[n];
        Table t;
        const std::string untitled = L.format("compare.indicator.title", {{"id", id}});
        t.shown = {
            "indikator-" + id,
            untitled,
            {L.text("compare.col.document_year"), L.text("report.col.target"), L.text("report.col.realisasi"),
             L.text("report.col.capaian"), L.text("compare.col.change"), L.text("report.col.progress")},
            {},
            {L.text("compare.note.indicator")}};
        // compare_all lists the documents that have the indicator, in the documents' order.
        std::vector<std::size_t> having;
        for (std::size_t d = 0; d < plans.size(); ++d)
            if (indexes[d].find_indicator(id) != nullptr) having.push_back(d);
        for (std::size_t k = 0; k < all[n].size(); ++k) {
            const IndicatorSeries& series = all[n][k];
            const std::size_t doc = having.at(k);
            const std::string& name = documents[doc];
            if (t.shown.title == untitled)
                t.shown.title =
                    L.format("compare.indicator.title_named", {{"id", id}, {"name", series.name}});
            t.add(1, id, text(name), std::vector<Cell>(5), doc);
            for (const YearPoint& pt : series.points) {
                std::vector<Cell> cells{pt.target ? detail::cell(*pt.target) : text(""),
                                        pt.realisation ? detail::cell(*pt.realisation) : text(""), text(""),
                                        text(""), text("")};
                if (pt.capaian) cells[2] = figure(pct(*pt.capaian));
                if (pt.change) cells[3] = figure((pt.change->sign() > 0 ? "+" : "") + num(*pt.change));
                if (pt.progress) cells[4] = figure(pct(*pt.progress));
                t.add(2, id, figure(std::to_string(pt.year)), std::move(cells), doc);
            }
            std::vector<int> numeric;  // the years the trend runs through
            for (const YearPoint& pt : series.points)
                if (pt.realisation && pt.realisation->kind == Measure::Kind::number)
                    numeric.push_back(pt.year);
            const std::string span =
                numeric.empty() ? "" : std::to_string(numeric.front()) + "-" + std::to_string(numeric.back());
            const auto& line = series.trend;
            std::string reached;
            if (series.will_meet) reached = L.text(*series.will_meet ? "compare.yes" : "compare.no");
            // The range's bounds are figures inside a text cell: in the language's number convention here.
            if (series.projection_outside)
                reached =
                    series.highest
                        ? L.format("compare.undecided_range", {{"low", L.number(num(*series.lowest))},
                                                               {"high", L.number(num(*series.highest))}})
                        : L.format("compare.undecided_floor", {{"low", L.number(num(*series.lowest))}});
            trends.add(
                1, id, text(name + ": " + series.name),
                {figure(span), figure(line ? std::to_string(series.trend_points) : std::string()),
                 figure(line ? num(line->slope) : std::string(undefined_text)),
                 figure(line ? num(line->projection) : std::string(undefined_text)),
                 series.end_target ? detail::cell(*series.end_target) : text(""), text(line ? reached : "")},
                doc);
        }
        out.push_back(std::move(t));
    }
    out.push_back(std::move(trends));
    return out;
}

}  // namespace

std::vector<ReportTable> comparison_tables(const std::vector<Renstra>& plans, const std::string& indicator,
                                           const Language& lang) {
    std::vector<Table> tables = tables_of(plans, indicator, document_names(plans, lang), lang);
    detail::localize_figures(tables, lang);
    return detail::shown(std::move(tables));
}

std::string write_comparison(const std::vector<Renstra>& plans, const std::string& indicator,
                             ReportFormat format, const Language& lang) {
    const std::vector<std::string> documents = document_names(plans, lang);
    std::vector<Table> tables = tables_of(plans, indicator, documents, lang);
    detail::localize_figures(tables, lang);
    std::string names;
    for (const std::string& d : documents) names += (names.empty() ? "" : ", ") + d;
    const std::string heading = lang.format("compare.heading", {{"documents", names}});
    const std::string intro = lang.format("compare.intro", {{"version", version}});
    switch (format) {
        case ReportFormat::markdown:
            return detail::markdown_text(tables, heading, intro);
        case ReportFormat::csv:
            return detail::csv_text(tables, documents);
        case ReportFormat::html:
            return detail::html_text(tables, heading, intro, {}, lang);
    }
    return "";
}

}  // namespace kinerja

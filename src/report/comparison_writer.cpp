// The comparison across years and documents as report tables, written with the report's writers.

#include "kinerja/report/comparison_writer.hpp"

#include <algorithm>

#include "kinerja/core/version.hpp"
#include "report/writers.hpp"

namespace kinerja {
namespace {

using detail::num;
using detail::pct;
using detail::show;
using detail::undefined_text;

bool plan_node_is_sasaran(const Renstra& plan, const std::string& id) {
    const Node* n = plan.find_node(id);
    return n != nullptr && n->level == Level::sasaran;
}

}  // namespace

std::vector<ReportTable> comparison_tables(const std::vector<Renstra>& plans, const std::string& indicator) {
    std::vector<std::string> ids;
    for (const Renstra& p : plans)
        for (const Indicator& i : p.indicators)
            if ((indicator.empty() || i.id == indicator) &&
                std::find(ids.begin(), ids.end(), i.id) == ids.end() &&
                (!indicator.empty() || plan_node_is_sasaran(p, i.node)))
                ids.push_back(i.id);
    if (!indicator.empty() && ids.empty())
        throw value_error("no document has an indicator '" + indicator + "'");
    std::vector<ReportTable> out;
    ReportTable trends{
        "tren",
        "Tren (kuadrat terkecil)",
        {"Dokumen / Indikator", "Tahun", "Kemiringan per tahun", "Proyeksi tahun akhir", "Target akhir",
         "Target akhir tercapai?"},
        {},
        {"Kemiringan and proyeksi: the least-squares line through the realisations, computed exactly and "
         "rounded half-up; tercapai compares the projection at the plan's last year with the end target "
         "by the indicator's polarity."}};
    // Every trend of the comparison in one fit (see compare.cpp).
    const std::vector<std::vector<IndicatorSeries>> all = compare_all(plans, ids);
    for (std::size_t n = 0; n < ids.size(); ++n) {
        const std::string& id = ids[n];
        ReportTable t{"indikator-" + id,
                      "Indikator " + id,
                      {"Dokumen / Tahun", "Target", "Realisasi", "Capaian (%)", "Perubahan",
                       "Progres ke target akhir (%)"},
                      {},
                      {"Perubahan: the realisasi minus the year before's. Progres: the realisasi against the "
                       "end-of-plan target by the indicator's polarity."}};
        for (const IndicatorSeries& series : all[n]) {
            if (t.title == "Indikator " + id) t.title += ": " + series.name;
            t.rows.push_back({1, id, series.body, std::vector<std::string>(5)});
            for (const YearPoint& pt : series.points) {
                std::vector<std::string> cells{pt.target ? show(*pt.target) : "",
                                               pt.realisation ? show(*pt.realisation) : "", "", "", ""};
                if (pt.capaian) cells[2] = pct(*pt.capaian);
                if (pt.change) cells[3] = (pt.change->sign() > 0 ? "+" : "") + num(*pt.change);
                if (pt.progress) cells[4] = pct(*pt.progress);
                t.rows.push_back({2, id, std::to_string(pt.year), cells});
            }
            std::vector<int> numeric;  // the years the trend runs through
            for (const YearPoint& pt : series.points)
                if (pt.realisation && pt.realisation->kind == Measure::Kind::number)
                    numeric.push_back(pt.year);
            const std::string span =
                numeric.empty() ? "" : std::to_string(numeric.front()) + "-" + std::to_string(numeric.back());
            const auto& line = series.trend;
            std::string reached;
            if (series.will_meet) reached = *series.will_meet ? "ya" : "tidak";
            trends.rows.push_back({1,
                                   id,
                                   series.body + ": " + series.name,
                                   {span, line ? num(line->slope) : std::string(undefined_text),
                                    line ? num(line->projection) : std::string(undefined_text),
                                    series.end_target ? show(*series.end_target) : "", line ? reached : ""}});
        }
        out.push_back(std::move(t));
    }
    out.push_back(std::move(trends));
    return out;
}

std::string write_comparison(const std::vector<Renstra>& plans, const std::string& indicator,
                             ReportFormat format) {
    const auto tables = comparison_tables(plans, indicator);
    std::string names;
    for (const Renstra& p : plans) names += (names.empty() ? "" : ", ") + p.body.name;
    const std::string heading = "Perbandingan indikator: " + names;
    const std::string intro =
        "Every figure is recomputed from the datasets by kinerja " + std::string(version) + ".";
    switch (format) {
        case ReportFormat::markdown:
            return detail::markdown_text(tables, heading, intro);
        case ReportFormat::csv:
            return detail::csv_text(tables);
        case ReportFormat::html:
            return detail::html_text(tables, heading, intro, {});
    }
    return "";
}

}  // namespace kinerja

// The Perjanjian Kinerja table: pk_capaian's figures through the report layer's writers.

#include "kinerja/report/perjanjian.hpp"

#include <map>
#include <optional>
#include <vector>

#include "kinerja/core/version.hpp"
#include "kinerja/plan/perjanjian.hpp"
#include "writers.hpp"

namespace kinerja {
namespace {

using detail::Cell;
using detail::figure;
using detail::text;

Cell blank() { return text(""); }
Cell number_cell(const std::optional<Decimal>& d) { return d ? figure(detail::num(*d)) : blank(); }

detail::Table pk_table_form(const Renstra& plan, int year) {
    detail::Table t;
    t.shown.id = "perjanjian";
    t.shown.title = "Perjanjian Kinerja " + std::to_string(year) + ": " + plan.body.name;
    t.shown.columns = {"Unit / Indikator", "Eselon",          "Satuan",           "Target",
                       "Rencana TW I",     "Rencana TW II",   "Rencana TW III",   "Rencana TW IV",
                       "Realisasi TW I",   "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV",
                       "Realisasi",        "Capaian (%)"};
    t.shown.notes = {
        "A unit's capaian is the mean of its indicators' capaian (each rounded half-up to two "
        "decimals, the mean rounded once); n/a leaves an indicator out (a zero target); a unit "
        "with an indicator not reported has no capaian.",
        "Realisasi: the reported quarters rolled up by the indicator's rule (sum, last or max); "
        "without quarters, the Renstra's realisation of the year."};
    std::map<std::string, std::string> unit_names;
    for (const Unit& u : plan.units) unit_names[u.id] = u.name;
    const std::vector<PkCapaian> measured = pk_capaian(plan, year);
    std::size_t m = 0;
    for (const PerjanjianKinerja& pk : plan.perjanjian) {
        if (pk.year != year) continue;
        const PkCapaian& result = measured[m++];
        const auto name = unit_names.find(pk.unit);
        std::vector<Cell> head{text(std::string(to_string(pk.eselon)))};
        head.resize(12, blank());
        head.push_back(result.capaian ? figure(detail::pct(*result.capaian)) : blank());
        t.add(1, pk.unit, text(name != unit_names.end() ? name->second : pk.unit), std::move(head));
        for (std::size_t i = 0; i < pk.items.size(); ++i) {
            const PkItem& item = pk.items[i];
            const Indicator* ind = pk_indicator(plan, pk, item);
            std::vector<Cell> cells{blank(), text(ind ? ind->satuan : std::string()),
                                    detail::cell(item.target)};
            for (const auto& q : item.rencana) cells.push_back(number_cell(q));
            for (const auto& q : item.realisasi) cells.push_back(number_cell(q));
            const PkItemCapaian& got = result.items[i];
            cells.push_back(got.realisasi ? detail::cell(*got.realisasi) : blank());
            cells.push_back(got.realisasi ? figure(detail::pct(got.capaian)) : blank());
            t.add(2, item.indicator, text(ind ? ind->name : item.indicator), std::move(cells));
        }
    }
    return t;
}

}  // namespace

ReportTable pk_table(const Renstra& plan, int year) { return pk_table_form(plan, year).shown; }

std::string write_pk(const Renstra& plan, int year, ReportFormat format) {
    const std::vector<detail::Table> tables{pk_table_form(plan, year)};
    const std::string heading = "Perjanjian Kinerja " + std::to_string(year) + ": " + plan.body.name;
    const std::string intro = "Every figure is recomputed from the dataset by kinerja " +
                              std::string(version) + ": percentages rounded half-up once.";
    switch (format) {
        case ReportFormat::markdown:
            return detail::markdown_text(tables, heading, intro);
        case ReportFormat::csv:
            return detail::csv_text(tables);
        case ReportFormat::html:
            return detail::html_text(tables, heading, intro, {}, Language());
    }
    return "";
}

}  // namespace kinerja

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

detail::Table pk_table_form(const Renstra& plan, int year, const Language& lang) {
    detail::Table t;
    t.shown.id = "perjanjian";
    t.shown.title = lang.format("pk.title", {{"year", std::to_string(year)}, {"body", plan.body.name}});
    t.shown.columns = {lang.text("pk.col.unit_indicator"),
                       "Eselon",
                       "Satuan",
                       "Target",
                       "Rencana TW I",
                       "Rencana TW II",
                       "Rencana TW III",
                       "Rencana TW IV",
                       "Realisasi TW I",
                       "Realisasi TW II",
                       "Realisasi TW III",
                       "Realisasi TW IV",
                       "Realisasi",
                       "Capaian (%)"};
    t.shown.notes = {lang.text("pk.note.capaian"), lang.text("pk.note.realisasi")};
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

ReportTable pk_table(const Renstra& plan, int year, const Language& lang) {
    std::vector<detail::Table> tables{pk_table_form(plan, year, lang)};
    detail::localize_figures(tables, lang);
    return tables.front().shown;
}

std::string write_pk(const Renstra& plan, int year, ReportFormat format, const Language& lang) {
    std::vector<detail::Table> tables{pk_table_form(plan, year, lang)};
    detail::localize_figures(tables, lang);
    const std::string heading =
        lang.format("pk.title", {{"year", std::to_string(year)}, {"body", plan.body.name}});
    const std::string intro = lang.format("pk.intro", {{"version", version}});
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

// kinerja.Renstra and what follows from it: roll-ups, realisations, capaian and their aggregates.

#include <pybind11/stl.h>

#include <kinerja/io.hpp>
#include <kinerja/plan.hpp>

#include "convert.hpp"
#include "enums.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

namespace {

// Where a plan breaks a rule (kinerja.DataError carries it as `location`; see bindings/error.cpp).
void register_plan_location(py::module_& m) {
    py::class_<PlanLocation>(m, "PlanLocation",
                             "Where in a plan (or its printed material) a fault lies, in the model's names.")
        .def_readonly("list", &PlanLocation::list,
                      "The member: 'nodes', 'budget', 'body'...; '' for the whole.")
        .def_readonly("index", &PlanLocation::index, "The element of the list, or None.")
        .def_readonly("field", &PlanLocation::field, "The steps inside the element, outermost first.")
        .def("__str__", &PlanLocation::to_string)
        .def("__repr__", [](const PlanLocation& l) { return "PlanLocation('" + l.to_string() + "')"; })
        .def("__eq__", [](const PlanLocation& a, const PlanLocation& b) { return a == b; });
}

// The plan and the records only it holds (its body, period, code scheme and discrepancies).
void register_renstra_class(py::module_& m) {
    bind_enum<CodeScheme>(m, "CodeScheme");
    py::class_<Body>(m, "Body").def_readonly("name", &Body::name).def_readonly("region", &Body::region);
    py::class_<Period>(m, "Period")
        .def_readonly("from_year", &Period::from)
        .def_readonly("to_year", &Period::to)
        .def(pickle_members("Period", "from_year: int, to_year: int", &Period::from, &Period::to));
    py::class_<Discrepancy>(m, "Discrepancy", "A figure the source prints differently in two places.")
        .def_readonly("node", &Discrepancy::node)
        .def_readonly("year", &Discrepancy::year)
        .def_readonly("measure", &Discrepancy::measure)
        .def_readonly("kept", &Discrepancy::kept)
        .def_readonly("printed", &Discrepancy::printed)
        .def_readonly("where", &Discrepancy::where)
        .def_readonly("why", &Discrepancy::why);

    py::class_<Renstra>(m, "Renstra",
                        "One body's Renstra with its yearly data (the plan of load_document(path)).")
        .def_readonly("body", &Renstra::body)
        .def_readonly("period", &Renstra::period)
        .def_readonly("codes", &Renstra::codes)
        .def_readonly("units", &Renstra::units)
        .def_readonly("nodes", &Renstra::nodes)
        .def_readonly("statements", &Renstra::statements)
        .def_readonly("indicators", &Renstra::indicators)
        .def_readonly("budget", &Renstra::budget)
        .def_readonly("tables", &Renstra::tables)
        .def_readonly("discrepancies", &Renstra::discrepancies)
        .def(
            "find_node",
            [](const Renstra& r, const std::string& id) -> std::optional<Node> {
                const Node* n = r.find_node(id);
                return n ? std::optional<Node>(*n) : std::nullopt;
            },
            py::arg("id"))
        .def(
            "find_indicator",
            [](const Renstra& r, const std::string& id) -> std::optional<Indicator> {
                const Indicator* i = r.find_indicator(id);
                return i ? std::optional<Indicator>(*i) : std::nullopt;
            },
            py::arg("id"))
        .def("descendants", &Renstra::descendants, py::arg("id"), py::arg("level"),
             "Ids of the nodes at `level` under `id` ('' for the whole body), in document order.")
        .def("__eq__", [](const Renstra& a, const Renstra& b) { return a == b; })
        .def("__repr__",
             [](const Renstra& r) {
                 return "Renstra('" + r.body.name + "', " + std::to_string(r.period.from) + "-" +
                        std::to_string(r.period.to) + ")";
             })
        // A plan pickles as the canonical kinerja/1 text of a dataset holding it alone: exact and
        // lossless, for multiprocessing and Dask.
        .def(py::pickle(
            [](const Renstra& r) -> py::object { return py::make_tuple(write_document(Document(r))); },
            [](const py::object& state) {
                const char* expected = "json: str of kinerja/1";
                const py::tuple t = state_tuple(state, "Renstra", 1, expected);
                return read_renstra(state_item<std::string>(t, 0, "Renstra", expected), "<pickle>");
            }));
}

// What follows from a plan: validation, budgets, realisations and capaian with their aggregates.
// CapaianPolicy, their default argument, is registered by register_indicator, which runs first.
void register_plan_figures(py::module_& m) {
    m.def(
        "validate",
        [](const Renstra& plan, const std::string& source) {
            validate(plan, source);
            warn_plan(plan, 1);
        },
        py::arg("plan"), py::arg("source") = "",
        "DataError (with location) at the first rule the plan breaks; then a DataWarning for each of "
        "plan_warnings(plan).\n\n"
        "plan: the Renstra; source: the file name its errors are located in.\n\n"
        ">>> kinerja.validate(kinerja.datasets.lakip_2019())");
    py::class_<PlanWarning>(m, "PlanWarning", "What a valid plan holds that is probably a mistake.")
        .def_readonly("rule", &PlanWarning::rule,
                      "'budget.realisasi_above_anggaran', 'budget.class_years' or 'period.year'.")
        .def_readonly("location", &PlanWarning::location)
        .def_readonly("node", &PlanWarning::node, "The line's or indicator's node; '' for the body.")
        .def_readonly("year", &PlanWarning::year)
        .def_readonly("message", &PlanWarning::message)
        .def("__repr__",
             [](const PlanWarning& w) { return "PlanWarning('" + w.rule + "', '" + w.message + "')"; });
    m.def(
        "plan_warnings",
        [](const Renstra& plan, const std::string& lang) { return plan_warnings(plan, Language(lang)); },
        py::arg("plan"), py::arg("lang") = "id",
        "Every warning of the plan (the read functions emit the same as kinerja.DataWarning, in\n"
        "Indonesian).\n\n"
        "plan: the Renstra; lang: the language of the messages, 'id' (default) or 'en'.\n\n"
        ">>> kinerja.plan_warnings(kinerja.datasets.lakip_2019())\n"
        "[]");
    // Every year is converted by to_integer, so a year past int is an OverflowError naming it.
    m.def(
        "budget_of",
        [](const Renstra& plan, std::string_view node, const py::object& year,
           const std::optional<SpendingClass>& spending, const py::object& upto_triwulan) {
            const int y = to_integer<int>(year, "year");
            if (!upto_triwulan.is_none()) {
                const int q = to_integer<int>(upto_triwulan, "upto_triwulan");
                return spending ? budget_upto(plan, node, y, q, *spending) : budget_upto(plan, node, y, q);
            }
            return spending ? budget_of(plan, node, y, *spending) : budget_of(plan, node, y);
        },
        py::arg("plan"), py::arg("node"), py::arg("year"), py::arg("spending") = py::none(), py::kw_only(),
        py::arg("upto_triwulan") = py::none(),
        "The budget of a node and everything under it ('' for the body), of one spending class when "
        "given; with upto_triwulan=N, the realisasi of quarters 1..N (anggaran the year's).\n\n"
        "plan: the Renstra; node: a node id, '' for the whole body; year: the budget year; spending: a\n"
        "SpendingClass or None; upto_triwulan: 1..4 or None for the whole year.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.budget_of(plan, 'prog-1', 2019).anggaran\n"
        "Rupiah('Rp848.146.988,00')");
    m.def(
        "budget_of_class",
        [](const Renstra& plan, const py::object& year, SpendingClass spending) {
            return budget_of_class(plan, to_integer<int>(year, "year"), spending);
        },
        py::arg("plan"), py::arg("year"), py::arg("spending"),
        "The body's budget of one spending class in year.\n\n"
        "plan: the Renstra; year: the budget year; spending: the SpendingClass.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.budget_of_class(plan, 2019, kinerja.SpendingClass.belanja_langsung).anggaran\n"
        "Rupiah('Rp5.328.713.488,00')");
    m.def(
        "realisation",
        [](const Renstra& plan, const Indicator& indicator, const py::object& year,
           const py::object& upto_triwulan) {
            const int y = to_integer<int>(year, "year");
            if (upto_triwulan.is_none()) return realisation(plan, indicator, y);
            return realisation_upto(plan, indicator, y, to_integer<int>(upto_triwulan, "upto_triwulan"));
        },
        py::arg("plan"), py::arg("indicator"), py::arg("year"), py::kw_only(),
        py::arg("upto_triwulan") = py::none(),
        "The realised value of an indicator in year: as stated, computed from its formula's data, or\n"
        "rolled up from its quarters; None when the year has none. With upto_triwulan=N, its quarters\n"
        "1..N rolled up by the indicator's rule.\n\n"
        "plan: the Renstra; indicator: one of plan.indicators; year: the year; upto_triwulan: 1..4 or "
        "None.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.realisation(plan, plan.find_indicator('iku-pmks'), 2019)\n"
        "Measure.number(Decimal('26.43'))");
    m.def(
        "indicator_capaian",
        [](const Renstra& plan, const Indicator& indicator, const py::object& year,
           const CapaianPolicy& policy, const py::object& upto_triwulan) {
            const int y = to_integer<int>(year, "year");
            if (upto_triwulan.is_none()) return indicator_capaian(plan, indicator, y, policy);
            return capaian_upto(plan, indicator, y, to_integer<int>(upto_triwulan, "upto_triwulan"), policy);
        },
        py::arg("plan"), py::arg("indicator"), py::arg("year"),
        py::arg_v("policy", CapaianPolicy{}, "CapaianPolicy()"), py::kw_only(),
        py::arg("upto_triwulan") = py::none(),
        "The capaian of an indicator in year: its realisation against its target, by its polarity; with\n"
        "upto_triwulan=N, of the realisation up to that quarter against the year's target.\n\n"
        "plan: the Renstra; indicator: one of plan.indicators; year: the year; policy: decimals, rounding\n"
        "and cap; upto_triwulan: 1..4 or None.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.indicator_capaian(plan, plan.find_indicator('iku-pmks'), 2019)\n"
        "Percent('98.80')");
    m.def(
        "kegiatan_capaian",
        [](const Renstra& plan, std::string_view kegiatan, const py::object& year,
           const CapaianPolicy& policy) {
            return kegiatan_capaian(plan, kegiatan, to_integer<int>(year, "year"), policy);
        },
        py::arg("plan"), py::arg("kegiatan"), py::arg("year"),
        py::arg_v("policy", CapaianPolicy{}, "CapaianPolicy()"),
        "The capaian of a kegiatan in year: the mean of its indicators' capaian.\n\n"
        "plan: the Renstra; kegiatan: its node id; year: the year; policy: decimals, rounding and cap.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.kegiatan_capaian(plan, 'keg-1-1', 2019)\n"
        "Percent('97.68')");
    py::class_<CapaianSummary>(m, "CapaianSummary", "Aggregated capaian, each mean labelled.")
        .def_readonly("simple_mean", &CapaianSummary::simple_mean)
        .def_readonly("budget_weighted_mean", &CapaianSummary::budget_weighted_mean)
        .def_readonly("counted", &CapaianSummary::counted)
        .def_readonly("undefined", &CapaianSummary::undefined)
        .def_readonly("without_indicator", &CapaianSummary::without_indicator)
        .def_readonly("not_reported", &CapaianSummary::not_reported,
                      "Kegiatan that have not reported that year yet, left out of both means.");
    m.def(
        "capaian_summary",
        [](const Renstra& plan, std::string_view node, const py::object& year, const CapaianPolicy& policy) {
            return capaian_summary(plan, node, to_integer<int>(year, "year"), policy);
        },
        py::arg("plan"), py::arg("node"), py::arg("year"),
        py::arg_v("policy", CapaianPolicy{}, "CapaianPolicy()"),
        "The capaian of the kegiatan under a node in year, aggregated: a simple and a budget-weighted\n"
        "mean, with how many were counted, undefined or without an indicator.\n\n"
        "plan: the Renstra; node: a node id, '' for the whole body; year: the year; policy: decimals,\n"
        "rounding and cap of each capaian.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.capaian_summary(plan, '', 2019).simple_mean\n"
        "Percent('91.98')");
    m.def(
        "efficiency",
        [](const Percent& c, const Percent& s, const py::object& decimals, Rounding rounding) {
            return efficiency(c, s, {to_integer<int>(decimals, "decimals"), rounding});
        },
        py::arg("capaian"), py::arg("serapan"), py::arg("decimals") = 2,
        py::arg_v("rounding", Rounding::half_up, "Rounding.half_up"),
        "capaian / serapan; None when either is undefined.\n\n"
        "capaian, serapan: Percent; decimals, rounding: of the ratio.\n\n"
        ">>> kinerja.efficiency(kinerja.Percent(99), kinerja.Percent(90))\n"
        "Decimal('1.10')");
}

}  // namespace

// The same order as before the split: the translator goes after register_error's, so pybind11 tries
// it first.
void register_renstra(py::module_& m) {
    register_plan_location(m);
    register_renstra_class(m);
    register_plan_figures(m);
}

}  // namespace kinerja::python

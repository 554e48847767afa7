// The Pemda document (kinerja/plan/pemda.hpp) and its file (kinerja/io/pemda.hpp).

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <kinerja/io.hpp>
#include <kinerja/plan.hpp>

#include "enums.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

namespace {

// Each plan of a Pemda just read, warned about as every reader of a plan does.
void warn_pemda(const Pemda& p) {
    warn_plan(p.rpjmd, 2);
    for (const OpdPlan& o : p.opds) warn_plan(o.plan, 2);
}

}  // namespace

void register_pemda(py::module_& m) {
    bind_enum<Aggregate>(m, "Aggregate",
                         "How the OPD indicators linked to an RPJMD indicator make its value.");
    py::class_<OpdPlan>(m, "OpdPlan", "One OPD of a Pemda: its id, its file and its Renstra.")
        .def_readonly("id", &OpdPlan::id)
        .def_readonly("file", &OpdPlan::file,
                      "The OPD's kinerja/1 file, relative to the Pemda file's folder.")
        .def_readonly("plan", &OpdPlan::plan)
        .def("__repr__", [](const OpdPlan& o) { return "OpdPlan('" + o.id + "', '" + o.file + "')"; });
    py::class_<ServesLink>(m, "ServesLink", "An OPD sasaran or program serving an RPJMD sasaran.")
        .def_readonly("opd", &ServesLink::opd)
        .def_readonly("node", &ServesLink::node)
        .def_readonly("sasaran", &ServesLink::sasaran);
    py::class_<SupportLink>(m, "SupportLink",
                            "A crosscutting link: an OPD's node supports another OPD's sasaran.")
        .def_readonly("opd", &SupportLink::opd)
        .def_readonly("node", &SupportLink::node)
        .def_readonly("to_opd", &SupportLink::to_opd)
        .def_readonly("sasaran", &SupportLink::sasaran);
    py::class_<IndicatorLink>(m, "IndicatorLink",
                              "An OPD indicator measuring (a share of) an RPJMD indicator.")
        .def_readonly("opd", &IndicatorLink::opd)
        .def_readonly("indicator", &IndicatorLink::indicator)
        .def_readonly("rpjmd", &IndicatorLink::rpjmd);
    py::class_<Pemda>(m, "Pemda",
                      "A region's plan: the RPJMD, its OPDs' Renstras and the links between them.")
        .def_readonly("rpjmd", &Pemda::rpjmd)
        .def_readonly("aggregates", &Pemda::aggregates)
        .def_readonly("opds", &Pemda::opds)
        .def_readonly("serves", &Pemda::serves)
        .def_readonly("supports", &Pemda::supports)
        .def_readonly("indicator_links", &Pemda::indicator_links)
        .def(
            "find_opd",
            [](const Pemda& p, const std::string& id) -> std::optional<OpdPlan> {
                const OpdPlan* o = p.find_opd(id);
                return o ? std::optional<OpdPlan>(*o) : std::nullopt;
            },
            py::arg("id"))
        .def("__eq__", [](const Pemda& a, const Pemda& b) { return a == b; })
        .def("__repr__", [](const Pemda& p) {
            return "Pemda('" + p.rpjmd.body.name + "', " + std::to_string(p.opds.size()) + " OPDs)";
        });
    py::class_<PemdaFinding>(m, "PemdaFinding", "One finding of check_pemda, with its place.")
        .def_readonly("rule", &PemdaFinding::rule)
        .def_readonly("error", &PemdaFinding::error, "An error (True) or a warning.")
        .def_readonly("opd", &PemdaFinding::opd, "The OPD whose file it lies in; '' for the Pemda file.")
        .def_readonly("location", &PemdaFinding::location)
        .def_readonly("id", &PemdaFinding::id)
        .def_readonly("year", &PemdaFinding::year)
        .def_readonly("message", &PemdaFinding::message)
        .def("__repr__",
             [](const PemdaFinding& f) { return "PemdaFinding('" + f.rule + "', '" + f.message + "')"; });
    py::class_<PemdaPlace>(m, "PemdaPlace", "Where a finding lies: the file and the JSON path in it.")
        .def_readonly("file", &PemdaPlace::file)
        .def_readonly("path", &PemdaPlace::path);
    py::class_<SasaranBudget>(m, "SasaranBudget",
                              "The budget of one RPJMD sasaran in one year, across the OPDs.")
        .def_readonly("sasaran", &SasaranBudget::sasaran)
        .def_readonly("year", &SasaranBudget::year)
        .def_readonly("totals", &SasaranBudget::totals);
    m.def(
        "check_pemda",
        [](const Pemda& pemda, const std::string& lang) { return check_pemda(pemda, Language(lang)); },
        py::arg("pemda"), py::arg("lang") = "id",
        "Every check of the cascade (docs/pemda.md), each a PemdaFinding with its place.\n\n"
        "pemda: the Pemda (kinerja.read_pemda); lang: the language of the messages, 'id' (default)\n"
        "or 'en'.\n\n"
        ">>> kinerja.check_pemda(kinerja.read_pemda('pemda.json'))  # doctest: +SKIP\n"
        "[]");
    m.def("pemda_budget", &pemda_budget, py::arg("pemda"),
          "The budget per RPJMD sasaran and year, rolled up across the OPDs serving it, exactly.\n\n"
          "pemda: the Pemda (kinerja.read_pemda).\n\n"
          ">>> kinerja.pemda_budget(kinerja.read_pemda('pemda.json'))[0].totals.anggaran  # doctest: +SKIP\n"
          "Rupiah('Rp260.000.000,00')");
    m.def("pemda_place", &place_of, py::arg("pemda"), py::arg("finding"), py::arg("pemda_source"),
          "The file and JSON path a finding lies in (a PemdaPlace).\n\n"
          "pemda: the Pemda; finding: one of check_pemda(pemda); pemda_source: the Pemda file as shown\n"
          "(OPD files are named from its folder).\n\n"
          ">>> p = kinerja.read_pemda('pemda.json')  # doctest: +SKIP\n"
          ">>> found = kinerja.check_pemda(p)  # doctest: +SKIP\n"
          ">>> [kinerja.pemda_place(p, f, 'pemda.json').path for f in found]  # doctest: +SKIP\n"
          "[]");
    m.def(
        "load_pemda",
        [](const std::filesystem::path& path, const std::optional<ReadLimits>& limits) {
            Pemda p = load_pemda(path, limits.value_or(ReadLimits{}));
            warn_pemda(p);
            return p;
        },
        py::arg("path"), py::kw_only(), py::arg("limits") = py::none(),
        "A Pemda from a kinerja-pemda/1 file and the OPD files it names (kinerja.read_pemda).");
    m.def(
        "read_pemda",
        [](std::string_view json, const std::string& source, const std::filesystem::path& folder,
           const std::optional<ReadLimits>& limits) {
            Pemda p = read_pemda(json, source, folder, limits.value_or(ReadLimits{}));
            warn_pemda(p);
            return p;
        },
        py::arg("json"), py::arg("source"), py::arg("folder"), py::kw_only(), py::arg("limits") = py::none(),
        "A Pemda from kinerja-pemda/1 text, its OPD files read from folder (kinerja.parse_pemda).");
    m.def("write_pemda", &write_pemda, py::arg("pemda"),
          "The canonical kinerja-pemda/1 text of pemda (kinerja.format_pemda).");
    m.def("save_pemda", &save_pemda, py::arg("pemda"), py::arg("path"), py::arg("with_opds") = false,
          "Writes the Pemda file to path atomically; with_opds: each OPD's plan to its file too "
          "(kinerja.write_pemda).");
}

}  // namespace kinerja::python

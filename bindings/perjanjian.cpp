// kinerja.PerjanjianKinerja: the PKs of a plan, their consistency with it and their capaian per unit.

#include <pybind11/stl.h>

#include <kinerja/plan.hpp>

#include "convert.hpp"
#include "enums.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

// Runs after register_renstra: the plan's `perjanjian` is added to the Renstra class here, once the
// PK classes exist, so its signature names them.
void register_perjanjian(py::module_& m) {
    bind_enum<Eselon>(m, "Eselon");
    py::class_<PkItem>(m, "PkItem", "One indicator a head signs: yearly target, rencana aksi, realisasi.")
        .def_readonly("indicator", &PkItem::indicator, "Id of the plan's or the PK's own indicator.")
        .def_readonly("target", &PkItem::target, "The yearly target signed.")
        .def_readonly("rencana", &PkItem::rencana, "The target per triwulan (None for one not stated).")
        .def_readonly("realisasi", &PkItem::realisasi, "Realisasi per triwulan (None for one not reported).")
        .def_readonly("rollup", &PkItem::rollup,
                      "How the quarters make the year; None: the indicator's rule.");
    py::class_<PerjanjianKinerja>(m, "PerjanjianKinerja", "The PK one unit's head signs for one year.")
        .def_readonly("unit", &PerjanjianKinerja::unit)
        .def_readonly("eselon", &PerjanjianKinerja::eselon)
        .def_readonly("year", &PerjanjianKinerja::year)
        .def_readonly("indicators", &PerjanjianKinerja::indicators, "The PK's own indicators.")
        .def_readonly("items", &PerjanjianKinerja::items)
        .def("__eq__", [](const PerjanjianKinerja& a, const PerjanjianKinerja& b) { return a == b; })
        .def("__repr__", [](const PerjanjianKinerja& p) {
            return "PerjanjianKinerja('" + p.unit + "', " + std::string(to_string(p.eselon)) + ", " +
                   std::to_string(p.year) + ")";
        });
    py::class_<PkFinding>(m, "PkFinding", "A PK that disagrees with the plan.")
        .def_readonly("rule", &PkFinding::rule,
                      "'pk.eselon_iii_node', 'pk.eselon_iv_node', 'pk.kepala_target' or 'pk.rencana_aksi'.")
        .def_readonly("path", &PkFinding::path, "The JSON path: '/perjanjian/2/items/0/target'.")
        .def_readonly("unit", &PkFinding::unit)
        .def_readonly("indicator", &PkFinding::indicator)
        .def_readonly("year", &PkFinding::year)
        .def_readonly("message", &PkFinding::message)
        .def("__repr__", [](const PkFinding& f) { return "PkFinding('" + f.rule + "', '" + f.path + "')"; });
    py::class_<PkItemCapaian>(m, "PkItemCapaian", "One signed indicator measured.")
        .def_readonly("indicator", &PkItemCapaian::indicator)
        .def_readonly("realisasi", &PkItemCapaian::realisasi, "The year's realisasi, or None.")
        .def_readonly("capaian", &PkItemCapaian::capaian);
    py::class_<PkCapaian>(m, "PkCapaian", "The capaian of one unit's PK.")
        .def_readonly("unit", &PkCapaian::unit)
        .def_readonly("eselon", &PkCapaian::eselon)
        .def_readonly("items", &PkCapaian::items)
        .def_readonly("capaian", &PkCapaian::capaian,
                      "Mean of the items' capaian; None when an item has no realisasi or there is none.");

    py::reinterpret_borrow<py::class_<Renstra>>(m.attr("Renstra"))
        .def_readonly("perjanjian", &Renstra::perjanjian, "The PKs its units' heads signed.");

    m.def("validate_perjanjian", &validate_perjanjian, py::arg("plan"), py::arg("source") = "",
          "DataError (with location) at the first structural fault of the plan's PKs (an unknown unit "
          "or indicator, a second PK of a unit in a year...); reading a dataset applies it.\n\n"
          "plan: the Renstra whose `perjanjian` is checked; source: the file named in the error.\n\n"
          ">>> kinerja.validate_perjanjian(kinerja.datasets.lakip_2019(), 'lakip-2019.json')\n");
    m.def(
        "check_perjanjian",
        [](const Renstra& plan, const std::string& lang) { return check_perjanjian(plan, Language(lang)); },
        py::arg("plan"), py::arg("lang") = "id",
        "The disagreements of the plan's PKs with it, each a PkFinding with its JSON path.\n\n"
        "plan: the Renstra with its `perjanjian` (docs/format.md, Perjanjian Kinerja); lang: the\n"
        "language of the messages, 'id' (default) or 'en'.\n\n"
        ">>> kinerja.check_perjanjian(kinerja.datasets.lakip_2019())  # its LAKIP prints no PK table\n"
        "[]\n"
        ">>> plan = kinerja.read_document('docs/example-dataset.json').plan  # doctest: +SKIP\n"
        ">>> kinerja.check_perjanjian(plan)  # doctest: +SKIP\n"
        "[]");
    m.def("pk_capaian", &pk_capaian, py::arg("plan"), py::arg("year"),
          py::arg_v("policy", CapaianPolicy{}, "CapaianPolicy()"),
          "The capaian of every PK of `year`, in document order, per unit and per item.\n\n"
          "plan: the Renstra with its `perjanjian`; year: the PKs' year; policy: decimals, rounding and\n"
          "cap of each capaian (a unit's is the mean of its items', rounded once).\n\n"
          ">>> kinerja.pk_capaian(kinerja.datasets.lakip_2019(), 2019)\n"
          "[]\n"
          ">>> plan = kinerja.read_document('docs/example-dataset.json').plan  # doctest: +SKIP\n"
          ">>> [(c.unit, c.capaian) for c in kinerja.pk_capaian(plan, 2023)]  # doctest: +SKIP\n"
          "[('kepala', Percent('98.80')), ('bidang-rehsos', Percent('105.00'))]");
}

}  // namespace kinerja::python

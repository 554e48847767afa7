// The Renja evaluation (Permendagri 86/2017, form T-C.29): its rows with their values, its table, its
// text forms, and its workbook written to a path.

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <kinerja/io/text_file.hpp>
#include <kinerja/report/renja.hpp>

#include "convert.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_renja(py::module_& m) {
    py::class_<RenjaRow>(m, "RenjaRow",
                         "One row of the Renja evaluation: one indicator of a node, or a node without "
                         "indicators; None is a blank cell (nothing reported). A node's money stands on its "
                         "first row only.")
        .def_readonly("level", &RenjaRow::level, "1 program, 2 kegiatan, 3 sub kegiatan.")
        .def_readonly("node", &RenjaRow::node)
        .def_readonly("code", &RenjaRow::code)
        .def_readonly("name", &RenjaRow::name)
        .def_readonly("indicator", &RenjaRow::indicator, "The indicator's id; empty without one.")
        .def_readonly("indicator_name", &RenjaRow::indicator_name)
        .def_readonly("satuan", &RenjaRow::satuan)
        .def_readonly("first", &RenjaRow::first, "Whether the row carries the node's money.")
        .def_readonly("renstra_k", &RenjaRow::renstra_k)
        .def_readonly("renstra_rp", &RenjaRow::renstra_rp)
        .def_readonly("before_k", &RenjaRow::before_k)
        .def_readonly("before_rp", &RenjaRow::before_rp)
        .def_readonly("target_k", &RenjaRow::target_k)
        .def_readonly("target_rp", &RenjaRow::target_rp)
        .def_readonly("triwulan_k", &RenjaRow::triwulan_k)
        .def_readonly("triwulan_rp", &RenjaRow::triwulan_rp)
        .def_readonly("year_k", &RenjaRow::year_k)
        .def_readonly("year_rp", &RenjaRow::year_rp)
        .def_readonly("capaian_k", &RenjaRow::capaian_k)
        .def_readonly("capaian_rp", &RenjaRow::capaian_rp)
        .def_readonly("cumulative_k", &RenjaRow::cumulative_k)
        .def_readonly("cumulative_rp", &RenjaRow::cumulative_rp)
        .def_readonly("renstra_capaian_k", &RenjaRow::renstra_capaian_k)
        .def_readonly("renstra_capaian_rp", &RenjaRow::renstra_capaian_rp)
        .def_readonly("unit", &RenjaRow::unit)
        .def_readonly("keterangan", &RenjaRow::keterangan)
        .def("__repr__", [](const RenjaRow& r) {
            return "RenjaRow(node='" + r.node + "', indicator='" + r.indicator + "')";
        });
    m.def(
        "renja_rows",
        [](const Renstra& plan, const py::object& year, const std::string& lang) {
            return renja_rows(plan, to_integer<int>(year, "year"), Language(lang));
        },
        py::arg("plan"), py::arg("year"), py::arg("lang") = "id",
        "The Renja evaluation of year, rows in hierarchy order (program, its kegiatan, their sub "
        "kegiatan).\n\n"
        "plan: the Renstra; year: the Renja's year; lang: the language of each row's keterangan,\n"
        "'id' (default) or 'en'.\n\n"
        ">>> rows = kinerja.renja_rows(kinerja.datasets.lakip_2019(), 2019)\n"
        ">>> rows[0].level, rows[0].node\n"
        "(1, 'prog-1')");
    m.def(
        "renja_table",
        [](const Renstra& plan, const py::object& year, const std::string& lang) {
            return renja_table(plan, to_integer<int>(year, "year"), Language(lang));
        },
        py::arg("plan"), py::arg("year"), py::arg("lang") = "id",
        "The Renja evaluation of year as a report table (id 'renja').\n\n"
        "plan: the Renstra; year: the Renja's year; lang: 'id' (default) or 'en'.\n\n"
        ">>> kinerja.renja_table(kinerja.datasets.lakip_2019(), 2019).id\n"
        "'renja'");
    m.def(
        "write_renja",
        [](const Renstra& plan, const py::object& year, ReportFormat format, const std::string& lang) {
            return write_renja(plan, to_integer<int>(year, "year"), format, Language(lang));
        },
        py::arg("plan"), py::arg("year"),
        py::arg_v("format", ReportFormat::markdown, "ReportFormat.markdown"), py::arg("lang") = "id",
        "The Renja evaluation of year as Markdown, one HTML file, or CSV.\n\n"
        "plan: the Renstra; year: the Renja's year; format: a ReportFormat (markdown, html or csv);\n"
        "lang: 'id' (default) or 'en'.\n\n"
        ">>> text = kinerja._core.write_renja(kinerja.datasets.lakip_2019(), 2019)\n"
        ">>> text.startswith('#')\n"
        "True");
    m.def(
        "write_renja_xlsx",
        [](const Renstra& plan, const py::object& year, const std::filesystem::path& path,
           const std::string& lang) {
            const int y = to_integer<int>(year, "year");
            const Language language(lang);
            py::gil_scoped_release release;
            write_text_file(path, write_renja_xlsx(plan, y, language));
        },
        py::arg("plan"), py::arg("year"), py::arg("path"), py::arg("lang") = "id",
        "Writes the Renja evaluation of year as an .xlsx workbook in the OPD layout at path (atomically).\n\n"
        "plan: the Renstra; year: the Renja's year; path: the .xlsx file to write; lang: 'id'\n"
        "(default) or 'en'.\n\n"
        ">>> kinerja.write_renja_xlsx(kinerja.datasets.lakip_2019(), 2019, 'renja-2019.xlsx')");
}

}  // namespace kinerja::python

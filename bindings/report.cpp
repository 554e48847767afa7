// The LAKIP tables and the report formats, and the report as a workbook written to a path.

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <kinerja/io/text_file.hpp>
#include <kinerja/report/report.hpp>
#include <kinerja/report/xlsx.hpp>

#include "convert.hpp"
#include "enums.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_report(py::module_& m) {
    bind_enum<ReportFormat>(m, "ReportFormat");
    py::class_<ReportTable> table(m, "ReportTable", "One table of a report, as text cells.");
    py::class_<ReportTable::Row>(table, "Row")
        .def_readonly("level", &ReportTable::Row::level)
        .def_readonly("ref", &ReportTable::Row::ref)
        .def_readonly("label", &ReportTable::Row::label)
        .def_readonly("cells", &ReportTable::Row::cells);
    table.def_readonly("id", &ReportTable::id)
        .def_readonly("title", &ReportTable::title)
        .def_readonly("columns", &ReportTable::columns)
        .def_readonly("rows", &ReportTable::rows)
        .def_readonly("notes", &ReportTable::notes);
    m.def("latest_year", &latest_year, py::arg("plan"),
          "The latest year with realisations, the year a LAKIP reports on.\n\n"
          "plan: the Renstra.\n\n"
          ">>> kinerja.latest_year(kinerja.datasets.lakip_2019())\n"
          "2019");
    m.def(
        "report_tables",
        [](const Renstra& plan, const py::object& year, const std::string& lang) {
            return report_tables(plan, to_integer<int>(year, "year"), Language(lang));
        },
        py::arg("plan"), py::arg("year"), py::arg("lang") = "id",
        "The LAKIP tables of year, as text cells (number text in the language's convention).\n\n"
        "plan: the Renstra; year: the report's year; lang: the language of headings, notes and\n"
        "figures, 'id' (default) or 'en' (kinerja.languages()).\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> [t.id for t in kinerja.report_tables(plan, 2019)]\n"
        "['pk', 'pk-anggaran', 'pps', 'capaian', 'anggaran', 'efisiensi']");
    m.def(
        "write_report",
        [](const Renstra& plan, const py::object& year, ReportFormat format, const std::string& lang) {
            return write_report(plan, to_integer<int>(year, "year"), format, Language(lang));
        },
        py::arg("plan"), py::arg("year"),
        py::arg_v("format", ReportFormat::markdown, "ReportFormat.markdown"), py::arg("lang") = "id",
        "The LAKIP tables of year as one text (kinerja.format_report).\n\n"
        "plan: the Renstra; year: the report's year; format: markdown, html or csv; lang: 'id'\n"
        "(default) or 'en'.");
    m.def(
        "write_report_xlsx",
        [](const Renstra& plan, const py::object& year, const std::filesystem::path& path,
           const std::string& lang) {
            const int y = to_integer<int>(year, "year");
            const Language language(lang);
            py::gil_scoped_release release;
            // Atomically, as every file kinerja writes: the old file stays unless all of it is written.
            write_text_file(path, write_report_xlsx(plan, y, language));
        },
        py::arg("plan"), py::arg("year"), py::arg("path"), py::arg("lang") = "id",
        "Writes the report of year as an .xlsx workbook at path (atomically).\n\n"
        "plan: the Renstra; year: the report's year; path: the file written; lang: the language of\n"
        "headings and notes, 'id' (default) or 'en'.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.write_report_xlsx(plan, 2019, 'lakip-2019.xlsx')\n"
        ">>> len(kinerja.read_xlsx_tables('lakip-2019.xlsx')) > 0\n"
        "True");
}

}  // namespace kinerja::python

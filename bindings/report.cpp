// The LAKIP tables and the report formats.

#include <pybind11/stl.h>

#include <kinerja/report/report.hpp>

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
    m.def("latest_year", &latest_year, py::arg("plan"));
    m.def(
        "report_tables",
        [](const Renstra& plan, const py::object& year) {
            return report_tables(plan, to_integer<int>(year, "year"));
        },
        py::arg("plan"), py::arg("year"));
    m.def(
        "write_report",
        [](const Renstra& plan, const py::object& year, ReportFormat format) {
            return write_report(plan, to_integer<int>(year, "year"), format);
        },
        py::arg("plan"), py::arg("year"), py::arg("format") = ReportFormat::markdown);
}

}  // namespace kinerja::python

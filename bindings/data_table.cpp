// Data tables of counts by category.

#include <pybind11/stl.h>

#include <kinerja/plan.hpp>

#include "convert.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_data_table(py::module_& m) {
    py::class_<DataColumn>(m, "DataColumn")
        .def_readonly("id", &DataColumn::id)
        .def_readonly("name", &DataColumn::name);
    py::class_<DataRow>(m, "DataRow", "A row; a column missing from values is a blank cell, not zero.")
        .def_readonly("id", &DataRow::id)
        .def_readonly("label", &DataRow::label)
        .def_readonly("total", &DataRow::total)
        .def_readonly("values", &DataRow::values)
        .def_readonly("rows", &DataRow::rows);
    py::class_<DataTable>(m, "DataTable", "A table of data for one year.")
        .def_readonly("id", &DataTable::id)
        .def_readonly("year", &DataTable::year)
        .def_readonly("title", &DataTable::title)
        .def_readonly("columns", &DataTable::columns)
        .def_readonly("rows", &DataTable::rows)
        .def("value", &DataTable::value, py::arg("row"), py::arg("column"),
             "The cell's value, or None when blank.");
}

}  // namespace kinerja::python

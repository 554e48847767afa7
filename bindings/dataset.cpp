// The kinerja/1 JSON dataset.

#include <kinerja/io.hpp>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_dataset(py::module_& m) {
    m.def("read_renstra", &read_renstra, py::arg("json"), py::arg("source") = "<string>",
          "A Renstra from kinerja/1 JSON text; DataError or ParseError naming the JSON path.");
    m.def("load_renstra", &load_renstra, py::arg("path"), "A Renstra from a kinerja/1 file.");
    m.def("write_renstra", &write_renstra, py::arg("plan"), "The canonical kinerja/1 JSON text.");
    m.def("save_renstra", &save_renstra, py::arg("plan"), py::arg("path"));
}

}  // namespace kinerja::python

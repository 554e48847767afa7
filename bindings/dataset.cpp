// The kinerja/1 JSON dataset.

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <kinerja/io.hpp>
#include <kinerja/reviu.hpp>

#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_dataset(py::module_& m) {
    py::class_<Document>(m, "Document",
                         "A kinerja/1 dataset: the plan, and the report's printed material beside it.")
        // printed defaults to None, not PrintedReport(): that class is registered after this one.
        .def(py::init([](Renstra plan, std::optional<PrintedReport> printed) {
                 return Document(std::move(plan), printed ? std::move(*printed) : PrintedReport{});
             }),
             py::arg("plan"), py::arg("printed") = py::none())
        .def_readonly("plan", &Document::plan)
        .def_readonly("printed", &Document::printed)
        .def("__eq__", [](const Document& a, const Document& b) { return a == b; })
        .def("__repr__",
             [](const Document& d) {
                 return "Document('" + d.plan.body.name + "', " + std::to_string(d.printed.tables.size()) +
                        " printed tables)";
             })
        // Pickles as its canonical kinerja/1 text: exact and lossless.
        .def(py::pickle([](const Document& d) -> py::object { return py::make_tuple(write_document(d)); },
                        [](const py::object& state) {
                            const char* expected = "json: str of kinerja/1";
                            const py::tuple t = state_tuple(state, "Document", 1, expected);
                            return read_document(state_item<std::string>(t, 0, "Document", expected),
                                                 "<pickle>");
                        }));
    // Text arrives as std::string_view, whole: a NUL inside a Python str reaches the reader (which
    // refuses it) instead of cutting the text as a const char* would. limits=None is ReadLimits().
    m.def(
        "read_document",
        [](std::string_view json, const std::string& source, const std::optional<ReadLimits>& limits) {
            Document document = read_document(json, source, limits.value_or(ReadLimits{}));
            warn_plan(document.plan, 2);
            return document;
        },
        py::arg("json"), py::arg("source") = "<string>", py::kw_only(), py::arg("limits") = py::none(),
        "A Document from kinerja/1 JSON text; DataError or ParseError naming the JSON path\n"
        "(kinerja.parse_document).\n\n"
        "json: the text; source: named in errors; limits: ReadLimits or None.");
    m.def(
        "load_document",
        [](const std::filesystem::path& path, const std::optional<ReadLimits>& limits) {
            Document document = load_document(path, limits.value_or(ReadLimits{}));
            warn_plan(document.plan, 2);
            return document;
        },
        py::arg("path"), py::kw_only(), py::arg("limits") = py::none(),
        "A Document from a kinerja/1 file (kinerja.read_document).\n\n"
        "path: the file; limits: ReadLimits or None.");
    m.def("write_document", &write_document, py::arg("document"),
          "The canonical kinerja/1 JSON text of document (kinerja.format_document).");
    m.def("save_document", &save_document, py::arg("document"), py::arg("path"),
          "Writes document's canonical kinerja/1 JSON text to path, atomically (kinerja.write_document).");
    m.def(
        "read_renstra",
        [](std::string_view json, const std::string& source, const std::optional<ReadLimits>& limits) {
            Renstra plan = read_renstra(json, source, limits.value_or(ReadLimits{}));
            warn_plan(plan, 2);
            return plan;
        },
        py::arg("json"), py::arg("source") = "<string>", py::kw_only(), py::arg("limits") = py::none(),
        "The plan of kinerja/1 JSON text alone (its printed material is validated, not kept;\n"
        "kinerja.parse_renstra).\n\n"
        "json: the text; source: named in errors; limits: ReadLimits or None.");
    m.def(
        "load_renstra",
        [](const std::filesystem::path& path, const std::optional<ReadLimits>& limits) {
            Renstra plan = load_renstra(path, limits.value_or(ReadLimits{}));
            warn_plan(plan, 2);
            return plan;
        },
        py::arg("path"), py::kw_only(), py::arg("limits") = py::none(),
        "The plan of a kinerja/1 file alone (its printed material is validated, not kept;\n"
        "kinerja.read_renstra).\n\n"
        "path: the file; limits: ReadLimits or None.");
}

}  // namespace kinerja::python

// kinerja.ReadLimits: how much input a reader accepts (kinerja/io/limits.hpp). Every reader of the
// package takes one as its `limits=` keyword.

#include <kinerja/io/limits.hpp>
#include <string>

#include "convert.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

// A limit as a read-write attribute; a value that does not fit the member's type (a negative one
// included) is an OverflowError naming the attribute.
template <class T>
void limit(py::class_<ReadLimits>& c, const char* name, T ReadLimits::*member, const char* doc) {
    c.def_property(
        name, [member](const ReadLimits& l) { return l.*member; },
        [member, name](ReadLimits& l, const py::object& value) { l.*member = to_integer<T>(value, name); },
        doc);
}

}  // namespace

void register_limits(py::module_& m) {
    py::class_<ReadLimits> c(m, "ReadLimits",
                             "How much input a reader accepts: bytes, nesting depth, rows and the bytes of "
                             "one value. A reader refuses input past a limit with an error naming the "
                             "limit; pass a larger one as the reader's limits= argument.");
    const ReadLimits defaults;
    c.def(py::init([](const py::object& max_bytes, const py::object& max_depth, const py::object& max_rows,
                      const py::object& max_cell_bytes, const py::object& max_zip_entries,
                      const py::object& max_zip_entry_bytes, const py::object& max_zip_total_bytes,
                      const py::object& max_zip_ratio, const py::object& max_cells) {
              ReadLimits l;
              l.max_bytes = to_integer<std::uint64_t>(max_bytes, "max_bytes");
              l.max_depth = to_integer<std::size_t>(max_depth, "max_depth");
              l.max_rows = to_integer<std::size_t>(max_rows, "max_rows");
              l.max_cell_bytes = to_integer<std::size_t>(max_cell_bytes, "max_cell_bytes");
              l.max_zip_entries = to_integer<std::size_t>(max_zip_entries, "max_zip_entries");
              l.max_zip_entry_bytes = to_integer<std::uint64_t>(max_zip_entry_bytes, "max_zip_entry_bytes");
              l.max_zip_total_bytes = to_integer<std::uint64_t>(max_zip_total_bytes, "max_zip_total_bytes");
              l.max_zip_ratio = to_integer<std::uint64_t>(max_zip_ratio, "max_zip_ratio");
              l.max_cells = to_integer<std::size_t>(max_cells, "max_cells");
              return l;
          }),
          py::kw_only(), py::arg("max_bytes") = defaults.max_bytes, py::arg("max_depth") = defaults.max_depth,
          py::arg("max_rows") = defaults.max_rows, py::arg("max_cell_bytes") = defaults.max_cell_bytes,
          py::arg("max_zip_entries") = defaults.max_zip_entries,
          py::arg("max_zip_entry_bytes") = defaults.max_zip_entry_bytes,
          py::arg("max_zip_total_bytes") = defaults.max_zip_total_bytes,
          py::arg("max_zip_ratio") = defaults.max_zip_ratio, py::arg("max_cells") = defaults.max_cells,
          "The default limits, or these.");
    limit(c, "max_bytes", &ReadLimits::max_bytes, "Largest input in bytes (default 4 GiB).");
    limit(c, "max_depth", &ReadLimits::max_depth,
          "Deepest nesting of JSON arrays and objects, and of data-table rows (default 64).");
    limit(c, "max_rows", &ReadLimits::max_rows,
          "Most rows of one CSV table or items of one JSON array (default 50 M).");
    limit(c, "max_cell_bytes", &ReadLimits::max_cell_bytes,
          "Longest single value in bytes: a CSV cell or a JSON string (default 1 MiB).");
    limit(c, "max_zip_entries", &ReadLimits::max_zip_entries,
          "Most entries of a .docx or .xlsx archive (default 10,000).");
    limit(c, "max_zip_entry_bytes", &ReadLimits::max_zip_entry_bytes,
          "Most bytes one archive entry may inflate to (default 64 MiB).");
    limit(c, "max_zip_total_bytes", &ReadLimits::max_zip_total_bytes,
          "Most bytes all the entries read from one archive may inflate to (default 256 MiB).");
    limit(c, "max_zip_ratio", &ReadLimits::max_zip_ratio,
          "Highest compression ratio of an archive entry past 1 MiB (default 200).");
    limit(c, "max_cells", &ReadLimits::max_cells,
          "Most grid positions of all the tables of one document (default 10 M).");
    c.def("__eq__",
          [](const ReadLimits& a, const ReadLimits& b) {
              return a.max_bytes == b.max_bytes && a.max_depth == b.max_depth && a.max_rows == b.max_rows &&
                     a.max_cell_bytes == b.max_cell_bytes && a.max_zip_entries == b.max_zip_entries &&
                     a.max_zip_entry_bytes == b.max_zip_entry_bytes &&
                     a.max_zip_total_bytes == b.max_zip_total_bytes && a.max_zip_ratio == b.max_zip_ratio &&
                     a.max_cells == b.max_cells;
          })
        .def("__repr__",
             [](const ReadLimits& l) {
                 return "ReadLimits(max_bytes=" + std::to_string(l.max_bytes) +
                        ", max_depth=" + std::to_string(l.max_depth) +
                        ", max_rows=" + std::to_string(l.max_rows) +
                        ", max_cell_bytes=" + std::to_string(l.max_cell_bytes) +
                        ", max_zip_entries=" + std::to_string(l.max_zip_entries) +
                        ", max_zip_entry_bytes=" + std::to_string(l.max_zip_entry_bytes) +
                        ", max_zip_total_bytes=" + std::to_string(l.max_zip_total_bytes) +
                        ", max_zip_ratio=" + std::to_string(l.max_zip_ratio) +
                        ", max_cells=" + std::to_string(l.max_cells) + ")";
             })
        .def(pickle_members("ReadLimits",
                            "max_bytes: int, max_depth: int, max_rows: int, max_cell_bytes: int, "
                            "max_zip_entries: int, max_zip_entry_bytes: int, max_zip_total_bytes: int, "
                            "max_zip_ratio: int, max_cells: int",
                            &ReadLimits::max_bytes, &ReadLimits::max_depth, &ReadLimits::max_rows,
                            &ReadLimits::max_cell_bytes, &ReadLimits::max_zip_entries,
                            &ReadLimits::max_zip_entry_bytes, &ReadLimits::max_zip_total_bytes,
                            &ReadLimits::max_zip_ratio, &ReadLimits::max_cells));
}

}  // namespace kinerja::python

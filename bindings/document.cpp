// Word documents: the tables a .docx holds, the layout reading that turns one into a printed table,
// and the document's tables read for the reviu (kinerja/io/document_table.hpp, docx.hpp,
// table_layout.hpp, document_report.hpp).

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <kinerja/io/document_report.hpp>
#include <kinerja/io/document_table.hpp>
#include <kinerja/io/docx.hpp>
#include <kinerja/io/table_layout.hpp>
#include <kinerja/io/xlsx.hpp>
#include <kinerja/plan/language.hpp>
#include <kinerja/plan/validate.hpp>
#include <optional>
#include <string>
#include <vector>

#include "convert.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

// The layout options from Python: options=None is TableLayoutOptions(); year=, when given, is the
// report's year whatever options says, so the common case needs no options object. A year outside
// what a plan may name is refused as the command refuses --year: it would be a typo, not a year.
TableLayoutOptions layout_options(const py::object& year, const std::optional<TableLayoutOptions>& options) {
    TableLayoutOptions o = options.value_or(TableLayoutOptions{});
    if (!year.is_none()) o.year = to_integer<int>(year, "year");
    if (o.year && (*o.year < min_year || *o.year > max_year))
        throw value_error("year " + std::to_string(*o.year) + " must be between " + std::to_string(min_year) +
                          " and " + std::to_string(max_year));
    return o;
}

}  // namespace

namespace {

// \p english said in every language from \p said ({"en": ..., "id": ...}); as written when it has
// no catalogue id.
py::dict in_every_language(const Message& said, const std::string& english) {
    py::dict out;
    for (const std::string& code : Language::codes())
        out[py::str(code)] = said.id.empty() ? english : Language(code).format(said);
    return out;
}

}  // namespace

void register_document(py::module_& m) {
    py::class_<GridCell>(m, "GridCell", "One position of a document table's grid, its text verbatim.")
        .def_readonly("text", &GridCell::text)
        .def_readonly("row_span", &GridCell::row_span)
        .def_readonly("col_span", &GridCell::col_span)
        .def_readonly("covered", &GridCell::covered)
        .def_readonly("bold", &GridCell::bold)
        .def_readonly("indent", &GridCell::indent)
        .def_readonly("stored_number", &GridCell::stored_number)
        .def_readonly("number_format", &GridCell::number_format)
        .def("__repr__", [](const GridCell& c) {
            std::string out = "GridCell(" + py::repr(py::str(c.text)).cast<std::string>();
            if (c.covered) out += ", covered";
            if (c.row_span != 1) out += ", row_span=" + std::to_string(c.row_span);
            if (c.col_span != 1) out += ", col_span=" + std::to_string(c.col_span);
            return out + ")";
        });
    py::class_<DocumentTable>(m, "DocumentTable",
                              "A table as a document holds it: a rectangular grid of verbatim cells with "
                              "their merges, before its columns are given a meaning.")
        .def_readonly("source", &DocumentTable::source)
        .def_readonly("where", &DocumentTable::where)
        .def_readonly("caption", &DocumentTable::caption)
        .def_readonly("depth", &DocumentTable::depth)
        .def_readonly("rows", &DocumentTable::rows)
        .def("__repr__", [](const DocumentTable& t) {
            const std::size_t width = t.rows.empty() ? 0 : t.rows.front().size();
            return "DocumentTable(" + t.where + ", " + std::to_string(t.rows.size()) + "x" +
                   std::to_string(width) + (t.caption.empty() ? "" : ", " + t.caption) + ")";
        });
    m.def(
        "read_docx_tables",
        [](const std::filesystem::path& path, const std::optional<ReadLimits>& limits) {
            return read_docx_tables(path, limits.value_or(ReadLimits{}));
        },
        py::arg("path"), py::kw_only(), py::arg("limits") = py::none(),
        "Every table of the .docx at path, in document order (a table before those nested in it); "
        "DataError naming the file and the reason or the limit for what the reader refuses.\n\n"
        "path: the .docx file; limits: ReadLimits or None.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.write_report_docx(plan, 2019, 'lakip-2019.docx')\n"
        ">>> kinerja.read_docx_tables('lakip-2019.docx')[0]\n"
        "DocumentTable(table 1, 5x3, Tabel 1 Perjanjian Kinerja 2019: sasaran, indikator dan target)");
    // The bytes whole as std::string_view (a NUL is data in a ZIP archive).
    m.def(
        "parse_docx_tables",
        [](const py::bytes& data, const std::string& source, const std::optional<ReadLimits>& limits) {
            const auto view = static_cast<std::string_view>(data);
            return read_docx_tables(view, source, limits.value_or(ReadLimits{}));
        },
        py::arg("data"), py::arg("source") = "<docx>", py::kw_only(), py::arg("limits") = py::none(),
        "The tables of a .docx held in memory; source names it in errors and in each table.\n\n"
        "data: the file's bytes; source: its name; limits: ReadLimits or None.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.write_report_docx(plan, 2019, 'lakip-2019.docx')\n"
        ">>> with open('lakip-2019.docx', 'rb') as f:\n"
        "...     tables = kinerja.parse_docx_tables(f.read(), 'lakip-2019.docx')\n"
        ">>> len(tables) == len(kinerja.report_tables(plan, 2019))\n"
        "True");
    m.def(
        "read_xlsx_tables",
        [](const std::filesystem::path& path, const std::optional<ReadLimits>& limits) {
            return read_xlsx_tables(path, limits.value_or(ReadLimits{}));
        },
        py::arg("path"), py::kw_only(), py::arg("limits") = py::none(),
        "Each sheet's tables of the .xlsx at path (split at blank rows; numbers stored as numbers keep the "
        "file's exact text); DataError naming the file and the reason or the limit for what the reader "
        "refuses.\n\n"
        "path: the .xlsx file; limits: ReadLimits or None.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.write_report_xlsx(plan, 2019, 'lakip-2019.xlsx')\n"
        ">>> kinerja.read_xlsx_tables('lakip-2019.xlsx')[0]\n"
        "DocumentTable(sheet 'pk' A2:C6, 5x3, Perjanjian Kinerja 2019: sasaran, indikator dan target)");

    py::class_<TableLayoutOptions>(m, "TableLayoutOptions",
                                   "What the layout reading is told beyond the table.")
        .def(py::init(
                 [](const py::object& year, const py::object& max_header_rows, const py::object& max_level) {
                     TableLayoutOptions o;
                     o.max_header_rows = to_integer<std::size_t>(max_header_rows, "max_header_rows");
                     o.max_level = to_integer<int>(max_level, "max_level");
                     // A header of no rows, or no level a row may have, would leave nothing to read.
                     if (o.max_header_rows < 1) throw value_error("max_header_rows must be at least 1");
                     if (o.max_level < 1) throw value_error("max_level must be at least 1");
                     return layout_options(year, o);
                 }),
             py::kw_only(), py::arg("year") = py::none(),
             py::arg("max_header_rows") = TableLayoutOptions{}.max_header_rows,
             py::arg("max_level") = TableLayoutOptions{}.max_level)
        .def_readonly("year", &TableLayoutOptions::year)
        .def_readonly("max_header_rows", &TableLayoutOptions::max_header_rows)
        .def_readonly("max_level", &TableLayoutOptions::max_level);
    py::class_<TableLayoutNote>(m, "TableLayoutNote", "One thing the layout reading inferred, and where.")
        .def_readonly("source", &TableLayoutNote::source)
        .def_readonly("where", &TableLayoutNote::where)
        .def_readonly("row", &TableLayoutNote::row)
        .def_readonly("column", &TableLayoutNote::column)
        .def_readonly("message", &TableLayoutNote::message)
        .def_property_readonly(
            "messages", [](const TableLayoutNote& n) { return in_every_language(n.said, n.message); },
            "The note in every language, by code: {'en': ..., 'id': ...} (message is the English).")
        .def("__str__", &TableLayoutNote::to_string)
        .def("__repr__", [](const TableLayoutNote& n) { return "TableLayoutNote(" + n.to_string() + ")"; })
        .def("__eq__", [](const TableLayoutNote& a, const TableLayoutNote& b) { return a == b; });
    py::class_<TableLayout>(m, "TableLayout",
                            "The printed table a document table's layout gives, or the reason it gives "
                            "none; the notes either way.")
        .def_readonly("table", &TableLayout::table)
        .def_readonly("reason", &TableLayout::reason)
        .def_property_readonly(
            "reasons", [](const TableLayout& t) { return in_every_language(t.reason_said, t.reason); },
            "The reason in every language, by code (reason is the English); empty texts when read.")
        .def_readonly("notes", &TableLayout::notes)
        .def("classified", &TableLayout::classified);
    m.def(
        "read_table_layout",
        [](const DocumentTable& table, const py::object& year,
           const std::optional<TableLayoutOptions>& options) {
            return read_table_layout(table, layout_options(year, options));
        },
        py::arg("table"), py::kw_only(), py::arg("year") = py::none(), py::arg("options") = py::none(),
        "The printed table of a document table (its header, column roles, rows and levels), or the "
        "reason it cannot be read as one.\n\n"
        "table: a DocumentTable; year: the report's year (overrides options.year); options:\n"
        "TableLayoutOptions or None.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.write_report_docx(plan, 2019, 'lakip-2019.docx')\n"
        ">>> table = kinerja.read_docx_tables('lakip-2019.docx')[0]\n"
        ">>> kinerja.read_table_layout(table, year=2019).table.columns[0].name\n"
        "'Satuan'");

    py::class_<FoundTable>(m, "FoundTable", "One table of a document, as found and as read.")
        .def_readonly("where", &FoundTable::where)
        .def_readonly("caption", &FoundTable::caption)
        .def_readonly("id", &FoundTable::id)
        .def_readonly("reason", &FoundTable::reason)
        .def_property_readonly(
            "reasons", [](const FoundTable& t) { return in_every_language(t.reason_said, t.reason); },
            "The reason in every language, by code (reason is the English); empty texts when read.")
        .def_readonly("columns", &FoundTable::columns)
        .def("__repr__", [](const FoundTable& t) {
            return "FoundTable(" + t.where + ", " + (t.id.empty() ? "not read: " + t.reason : t.id) + ")";
        });
    py::class_<DocumentReport>(m, "DocumentReport",
                               "A document's tables read for the reviu: every table found, the printed "
                               "tables they give, and the notes of the layout reading.")
        .def_readonly("source", &DocumentReport::source)
        .def_readonly("found", &DocumentReport::found)
        .def_readonly("printed", &DocumentReport::printed)
        .def_readonly("notes", &DocumentReport::notes);
    m.def(
        "read_document_report",
        [](const std::vector<DocumentTable>& tables, const std::string& source, const py::object& year,
           const std::optional<TableLayoutOptions>& options) {
            return read_document_report(tables, source, layout_options(year, options));
        },
        py::arg("tables"), py::arg("source"), py::kw_only(), py::arg("year") = py::none(),
        py::arg("options") = py::none(),
        "The layout of each of tables read and gathered, ids made unique in document order.\n\n"
        "tables: DocumentTables (read_docx_tables, read_xlsx_tables); source: the document's name;\n"
        "year, options: as for read_table_layout.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.write_report_xlsx(plan, 2019, 'lakip-2019.xlsx')\n"
        ">>> tables = kinerja.read_xlsx_tables('lakip-2019.xlsx')\n"
        ">>> report = kinerja.read_document_report(tables, 'lakip-2019.xlsx', year=2019)\n"
        ">>> len(report.found) == len(tables)\n"
        "True");
    m.def(
        "load_document_report",
        [](const std::filesystem::path& path, const py::object& year, const std::optional<ReadLimits>& limits,
           const std::optional<TableLayoutOptions>& options) {
            return load_document_report(path, limits.value_or(ReadLimits{}), layout_options(year, options));
        },
        py::arg("path"), py::kw_only(), py::arg("year") = py::none(), py::arg("limits") = py::none(),
        py::arg("options") = py::none(),
        "The tables of the .docx at path read for the reviu; DataError naming the file for what the "
        "reader refuses.\n\n"
        "path: the .docx file; year, options: as for read_table_layout; limits: ReadLimits or None.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.write_report_docx(plan, 2019, 'lakip-2019.docx')\n"
        ">>> report = kinerja.load_document_report('lakip-2019.docx', year=2019)\n"
        ">>> kinerja.has_errors(kinerja.check(plan, report.printed))\n"
        "False");
}

}  // namespace kinerja::python

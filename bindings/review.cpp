// The reviu: printed tables and the rules that re-add them.

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <kinerja/io.hpp>
#include <kinerja/reviu.hpp>

#include "convert.hpp"
#include "enums.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

// The options of a check from Python: cap=None, or the capping policy as an int or Decimal; lang, the
// code of the messages' language.
ReviewOptions review_options(const py::object& cap, const std::string& lang) {
    ReviewOptions o;
    o.lang = Language(lang);
    if (cap.is_none()) return o;
    o.cap = to_decimal(cap, "cap");
    if (*o.cap < Decimal(100))
        throw value_error("cap " + o.cap->to_string() +
                          " must be at least 100 (a capaian cap is above the target)");
    return o;
}

}  // namespace

void register_review(py::module_& m) {
    bind_enum<ColumnRole>(m, "ColumnRole");
    py::class_<PrintedColumn>(m, "PrintedColumn")
        .def_readonly("name", &PrintedColumn::name)
        .def_readonly("role", &PrintedColumn::role)
        .def_readonly("of", &PrintedColumn::of);
    py::class_<PrintedRow>(m, "PrintedRow")
        .def_readonly("label", &PrintedRow::label)
        .def_readonly("level", &PrintedRow::level)
        .def_readonly("ref", &PrintedRow::ref)
        .def_readonly("cells", &PrintedRow::cells);
    py::class_<PrintedTable>(m, "PrintedTable", "A table as printed; cells verbatim.")
        .def_readonly("id", &PrintedTable::id)
        .def_readonly("title", &PrintedTable::title)
        .def_property(
            "year", [](const PrintedTable& t) { return t.year; },
            [](PrintedTable& t, const py::object& year) {
                t.year = year.is_none() ? std::nullopt : std::optional<int>(to_integer<int>(year, "year"));
            })
        .def_readonly("where", &PrintedTable::where)
        .def_readonly("columns", &PrintedTable::columns)
        .def_readonly("rows", &PrintedTable::rows);
    py::class_<PrintedFigure>(m, "PrintedFigure")
        .def_readonly("where", &PrintedFigure::where)
        .def_readonly("ref", &PrintedFigure::ref)
        .def_readonly("year", &PrintedFigure::year)
        .def_readonly("measure", &PrintedFigure::measure)
        .def_readonly("printed", &PrintedFigure::printed);
    bind_enum<Severity>(m, "Severity");
    py::class_<Finding>(m, "Finding", "One finding of the reviu.")
        .def_readonly("rule", &Finding::rule)
        .def_readonly("severity", &Finding::severity)
        .def_readonly("table", &Finding::table)
        .def_readonly("row", &Finding::row)
        .def_readonly("column", &Finding::column)
        .def_readonly("printed", &Finding::printed)
        .def_readonly("expected", &Finding::expected)
        .def_readonly("message", &Finding::message)
        .def(pickle_members("Finding",
                            "rule: str, severity: Severity, table: str, row: str, column: str, printed: str, "
                            "expected: str, message: str",
                            &Finding::rule, &Finding::severity, &Finding::table, &Finding::row,
                            &Finding::column, &Finding::printed, &Finding::expected, &Finding::message))
        .def("__repr__", [](const Finding& f) {
            return "Finding(" + std::string(to_string(f.severity)) + " " + f.rule + ": " + f.table + " | " +
                   f.row + ")";
        });
    py::class_<PrintedReport>(m, "PrintedReport",
                              "A report's printed tables and text figures, the reviu's input.")
        .def(py::init([](std::vector<PrintedTable> tables, std::vector<PrintedFigure> figures) {
                 return PrintedReport{std::move(tables), std::move(figures)};
             }),
             py::arg("tables") = std::vector<PrintedTable>{},
             py::arg("figures") = std::vector<PrintedFigure>{})
        .def_readonly("tables", &PrintedReport::tables)
        .def_readonly("figures", &PrintedReport::figures)
        .def("__eq__", [](const PrintedReport& a, const PrintedReport& b) { return a == b; });
    m.def(
        "validate", py::overload_cast<const PrintedReport&, const std::string&>(&validate),
        py::arg("printed"), py::arg("source") = "",
        "DataError (with location) at the first fault of the printed material; nothing when it has none.\n\n"
        "printed: the PrintedReport; source: the file name its errors are located in.\n\n"
        ">>> kinerja.validate(kinerja.datasets.lakip_2019_document().printed)");
    m.def(
        "check",
        [](const Renstra& plan, const PrintedReport& printed, const py::object& cap,
           const std::string& lang) { return check(plan, printed, review_options(cap, lang)); },
        py::arg("plan"), py::arg("printed"), py::kw_only(), py::arg("cap") = py::none(),
        py::arg("lang") = "id",
        "Every reviu rule over a report's printed tables and figures against its plan.\n\n"
        "plan: the Renstra; printed: the PrintedReport; cap: the report's capping policy for capaian (e.g. "
        "110), or None for the usual caps; lang: 'id' (default) or 'en', the language of each finding's "
        "message (its figures in that language's number marks; rule, printed and expected do not change).\n\n"
        ">>> doc = kinerja.datasets.lakip_2019_document()\n"
        ">>> kinerja.has_errors(kinerja.check(doc.plan, doc.printed))\n"
        "True");
    m.def(
        "check",
        [](const Document& doc, const py::object& cap, const std::string& lang) {
            return check(doc.plan, doc.printed, review_options(cap, lang));
        },
        py::arg("document"), py::kw_only(), py::arg("cap") = py::none(), py::arg("lang") = "id",
        "Every reviu rule over a dataset's printed material against its plan.\n\n"
        "document: the Document; cap, lang: as for check(plan, printed).\n\n"
        ">>> findings = kinerja.check(kinerja.datasets.lakip_2019_document())\n"
        ">>> sorted({f.severity.name for f in findings})\n"
        "['error', 'note', 'warning']");
    m.def(
        "check_table",
        [](const PrintedTable& table, const py::object& cap, const std::string& lang) {
            return check_table(table, review_options(cap, lang));
        },
        py::arg("table"), py::kw_only(), py::arg("cap") = py::none(), py::arg("lang") = "id",
        "The rules that need nothing but the table: its rows re-added, its percentages recomputed.\n\n"
        "table: a PrintedTable; cap: as for check; lang: 'id' (default) or 'en', the language of the "
        "messages.\n\n"
        ">>> t = kinerja.parse_printed_csv('uraian;anggaran\\nA;1.000\\nB;2.000\\nJumlah;3.500\\n')\n"
        ">>> [f.rule for f in kinerja.check_table(t)]\n"
        "['total.sum']");
    m.def("has_errors", &has_errors, py::arg("findings"),
          "True when a finding is of severity error (a printed figure that does not follow).\n\n"
          "findings: what check or check_table gave.\n\n"
          ">>> kinerja.has_errors([])\n"
          "False");
    m.def(
        "review_rules", [](const std::string& lang) { return review_rules(Language(lang)); },
        py::arg("lang") = "id",
        "Every reviu rule as (id, what it checks), in the order the reviu runs them.\n\n"
        "lang: 'id' (default) or 'en', the language of the descriptions; the ids never change.\n\n"
        ">>> rules = dict(kinerja.review_rules())\n"
        ">>> 'total.sum' in rules\n"
        "True");
    // Text whole as std::string_view (a NUL reaches the reader); limits=None is ReadLimits().
    m.def(
        "read_printed_csv",
        [](std::string_view text, std::string_view source, const std::optional<ReadLimits>& limits) {
            return read_printed_csv(text, source, limits.value_or(ReadLimits{}));
        },
        py::arg("text"), py::arg("source") = "<csv>", py::kw_only(), py::arg("limits") = py::none(),
        "A printed table from ';'- or ','-separated text (kinerja.parse_printed_csv).\n\n"
        "text: the CSV, its first row the header; source: named in errors; limits: ReadLimits or None.");
    m.def(
        "load_printed_csv",
        [](const std::filesystem::path& path, const std::optional<ReadLimits>& limits) {
            return load_printed_csv(path, limits.value_or(ReadLimits{}));
        },
        py::arg("path"), py::kw_only(), py::arg("limits") = py::none(),
        "A printed table from a CSV file (kinerja.read_printed_csv).\n\n"
        "path: the file; limits: ReadLimits or None.");
}

}  // namespace kinerja::python

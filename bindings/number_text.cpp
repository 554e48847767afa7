// Reading and writing Indonesian number text from Python.

#include <pybind11/stl.h>

#include <kinerja/core.hpp>

#include "convert.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

ReadOptions options(bool rupiah, DotMeaning dot, const std::string& source) {
    ReadOptions o;
    o.rupiah = rupiah;
    o.dot = dot;
    o.source = source;
    return o;
}

}  // namespace

void register_number_text(py::module_& m) {
    py::class_<Diagnostic>(m, "Diagnostic", "One fault in a text: character offset and reason.")
        .def_readonly("offset", &Diagnostic::offset)
        .def_readonly("reason", &Diagnostic::reason)
        .def("__repr__", [](const Diagnostic& d) {
            return "Diagnostic(offset=" + std::to_string(d.offset) + ", reason='" + d.reason + "')";
        });
    py::class_<Reading>(m, "Reading", "One way to read a text.")
        .def_property_readonly("value", [](const Reading& r) { return from_decimal(r.value); })
        .def_readonly("how", &Reading::how)
        .def("__repr__", [](const Reading& r) {
            return "Reading(value=Decimal('" + r.value.to_string() + "'), how='" + r.how + "')";
        });
    py::class_<NumberText>(m, "NumberText", "The verdict on one text: exact, repaired, ambiguous or invalid.")
        .def_readonly("text", &NumberText::text)
        .def_readonly("source", &NumberText::source)
        .def_readonly("status", &NumberText::status)
        .def_readonly("readings", &NumberText::readings)
        .def_readonly("problems", &NumberText::problems)
        .def_readonly("nil", &NumberText::nil)
        .def_readonly("percent_sign", &NumberText::percent_sign)
        .def_readonly("currency", &NumberText::currency)
        .def(
            "value", [](const NumberText& t, Mode mode) { return from_decimal(t.value(mode)); },
            py::arg_v("mode", Mode::strict, "Mode.strict"))
        .def("__repr__", [](const NumberText& t) {
            return "NumberText('" + t.text + "', status='" + std::string(to_string(t.status)) + "')";
        });

    m.def(
        "parse_number_text",
        [](const std::string& text, bool rupiah, DotMeaning dot, const std::string& source) {
            return read_number(text, options(rupiah, dot, source));
        },
        py::arg("text"), py::arg("rupiah") = false,
        py::arg_v("dot", DotMeaning::unknown, "DotMeaning.unknown"), py::arg("source") = "",
        "The verdict on `text`; never raises for bad text.\n\n"
        "text: Indonesian number text; rupiah: True when the text is an amount ('Rp' allowed); dot: what a\n"
        "'.' means, when the caller knows; source: named in the diagnostics.\n\n"
        ">>> kinerja.parse_number_text('1.239.289.000,00').status.name\n"
        "'exact'");
    m.def(
        "parse_number",
        [](const std::string& text, Mode mode, bool rupiah, DotMeaning dot, const std::string& source) {
            return from_decimal(parse_number(text, mode, options(rupiah, dot, source)));
        },
        py::arg("text"), py::arg_v("mode", Mode::strict, "Mode.strict"), py::arg("rupiah") = false,
        py::arg_v("dot", DotMeaning::unknown, "DotMeaning.unknown"), py::arg("source") = "",
        "The value of `text` as decimal.Decimal; ParseError or AmbiguousError.\n\n"
        "text: Indonesian number text; mode: strict (exact text only) or lenient (also repaired text);\n"
        "rupiah, dot, source: as for parse_number_text.\n\n"
        ">>> kinerja.parse_number('1.239.289.000,50')\n"
        "Decimal('1239289000.50')");
    m.def(
        "parse_percent",
        [](const std::string& text, Mode mode, DotMeaning dot, const std::string& source) {
            return parse_percent(text, mode, options(false, dot, source));
        },
        py::arg("text"), py::arg_v("mode", Mode::strict, "Mode.strict"),
        py::arg_v("dot", DotMeaning::unknown, "DotMeaning.unknown"), py::arg("source") = "",
        "A percentage from its Indonesian text ('97,68 %'); ParseError or AmbiguousError.\n\n"
        "text: the text, with or without '%'; mode, dot, source: as for parse_number.\n\n"
        ">>> kinerja.parse_percent('97,68 %')\n"
        "Percent('97.68')");
    m.def(
        "format_number",
        [](const py::object& value, py::object decimals, bool grouping, bool parentheses, Rounding rounding) {
            FormatOptions f;
            f.decimals = decimals.is_none() ? -1 : to_integer<int>(decimals, "decimals");
            f.grouping = grouping;
            f.parentheses = parentheses;
            f.rounding = rounding;
            return format_number(to_decimal(value, "value"), f);
        },
        py::arg("value"), py::arg("decimals") = py::none(), py::arg("grouping") = true,
        py::arg("parentheses") = false, py::arg_v("rounding", Rounding::half_up, "Rounding.half_up"),
        "Indonesian text of a decimal.Decimal or int: '1.239.289.000,50'.\n\n"
        "value: int or decimal.Decimal; decimals: rounded to this many (None: as many as value has);\n"
        "grouping: '.' between thousands; parentheses: (1.000) for a negative value; rounding: how.\n\n"
        ">>> kinerja.format_number(1239289000, decimals=2)\n"
        "'1.239.289.000,00'");
}

}  // namespace kinerja::python

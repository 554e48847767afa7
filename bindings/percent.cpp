// kinerja.Percent and kinerja.percent: exact percentages, undefined for a zero total.

#include <kinerja/core.hpp>
#include <optional>
#include <string>

#include "convert.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

namespace {

// A Percent against a Percent, an int or a decimal.Decimal (points), by value and exactly. An undefined
// percentage equals only an undefined one and has no order: < raises UndefinedError, as in C++.
py::object compare_percent(const Percent& a, const py::handle& b, int op) {
    if (py::isinstance<Percent>(b)) return compare_same(a, b.cast<Percent>(), op);
    const py::object number = exact_number(b);
    if (!number) return not_implemented();
    if (!a.is_defined() && (op == Py_EQ || op == Py_NE)) return py::bool_(op == Py_NE);
    return py::bool_(compare_numbers(from_decimal(a.points()), number, op));
}

}  // namespace

void register_percent(py::module_& m) {
    auto percent_class =
        py::class_<Percent>(m, "Percent", "A percentage in points (97.68 means 97,68 %), or undefined.")
            .def(py::init([](const py::object& points) { return Percent(to_decimal(points, "points")); }),
                 py::arg("points"))
            .def_static("undefined", &Percent::undefined, "The percentage of a zero total.")
            .def_property_readonly("is_defined", &Percent::is_defined)
            .def_property_readonly(
                "points", [](const Percent& p) { return from_decimal(p.points()); },
                "The points as decimal.Decimal; UndefinedError when undefined.")
            .def(
                "format",
                [](const Percent& p, const py::object& decimals, bool sign, Rounding rounding,
                   const std::string& undefined_text) {
                    PercentFormat f;
                    f.decimals = to_integer<int>(decimals, "decimals");
                    f.sign = sign;
                    f.rounding = rounding;
                    f.undefined_text = undefined_text;
                    return format_percent(p, f);
                },
                py::arg("decimals") = 2, py::arg("sign") = false,
                py::arg_v("rounding", Rounding::half_up, "Rounding.half_up"),
                py::arg("undefined_text") = "undefined")
            .def("__str__", [](const Percent& p) { return format_percent(p); })
            .def("__repr__",
                 [](const Percent& p) {
                     return p.is_defined() ? "Percent('" + p.points().to_string() + "')"
                                           : std::string("Percent.undefined()");
                 })
            .def("__hash__",
                 [](const Percent& p) {
                     return p.is_defined() ? py::hash(from_decimal(p.points())) : py::hash(py::none());
                 })
            .def(py::pickle(
                [](const Percent& p) -> py::object {
                    return py::make_tuple(p.is_defined(),
                                          p.is_defined() ? p.points().to_string() : std::string());
                },
                [](const py::object& state) {
                    const char* expected = "is_defined: bool, points: str of a decimal, '' when undefined";
                    const py::tuple t = state_tuple(state, "Percent", 2, expected);
                    const bool defined = state_item<bool>(t, 0, "Percent", expected);
                    const std::string points = state_item<std::string>(t, 1, "Percent", expected);
                    if (!defined) {
                        if (!points.empty())
                            throw value_error(std::string("Percent state must be a 2-tuple (") + expected +
                                              "), got " + state_repr(state));
                        return Percent::undefined();
                    }
                    // Decimal's text, as __getstate__ writes it; anything else ("", "abc", "NaN") is refused
                    // here instead of as a bare decimal.InvalidOperation.
                    std::optional<Decimal> value;
                    try {
                        value = to_decimal(py::module_::import("decimal").attr("Decimal")(points), "points");
                    } catch (const py::error_already_set&) {
                    } catch (const kinerja::error&) {
                    }
                    if (!value)
                        throw value_error(std::string("Percent state must be a 2-tuple (") + expected +
                                          "), got " + state_repr(state));
                    return Percent(*value);
                }));
    bind_comparisons(percent_class, compare_percent);

    m.def(
        "percent",
        [](const py::object& part, const py::object& whole, const py::object& decimals, Rounding rounding) {
            const Precision precision{to_integer<int>(decimals, "decimals"), rounding};
            if (py::isinstance<Rupiah>(part) && py::isinstance<Rupiah>(whole))
                return percent(part.cast<Rupiah>(), whole.cast<Rupiah>(), precision);
            return percent(to_decimal(part, "part"), to_decimal(whole, "whole"), precision);
        },
        py::arg("part"), py::arg("whole"), py::arg("decimals") = 2,
        py::arg_v("rounding", Rounding::half_up, "Rounding.half_up"),
        "part / whole x 100, exact then rounded once; undefined when whole is zero.\n\n"
        "part, whole: both Rupiah, or int / decimal.Decimal; decimals, rounding: of the points.\n\n"
        ">>> kinerja.percent(1, 3)\n"
        "Percent('33.33')\n"
        ">>> kinerja.percent(kinerja.Rupiah(5), kinerja.Rupiah(0))\n"
        "Percent.undefined()");
}

}  // namespace kinerja::python

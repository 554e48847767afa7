// kinerja.Rupiah: exact money in sen, built from int, decimal.Decimal or Indonesian text.

#include <kinerja/core.hpp>

#include "convert.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

// int is whole Rupiah, Decimal is Rupiah with at most 2 decimals, str is Indonesian text (strict).
Rupiah to_rupiah(const py::handle& value) {
    if (py::isinstance<Rupiah>(value)) return value.cast<Rupiah>();
    if (py::isinstance<py::str>(value)) return parse_rupiah(value.cast<std::string>());
    refuse_float(value, "a Rupiah amount");
    if (py::isinstance<py::int_>(value) && !py::isinstance<py::bool_>(value))
        return Rupiah::from_rupiah(to_int128(value, "a Rupiah amount"));
    return Rupiah::from_decimal(to_decimal(value, "a Rupiah amount"));
}

// Rupiah against a Rupiah, an int (whole Rupiah) or a decimal.Decimal, by value and exactly:
// Rupiah(5) == 5 and == Decimal("5.00"); a float is not comparable (== False, < TypeError).
py::object compare_rupiah(const Rupiah& a, const py::handle& b, int op) {
    if (py::isinstance<Rupiah>(b)) return compare_same(a, b.cast<Rupiah>(), op);
    const py::object number = exact_number(b);
    if (!number) return not_implemented();
    return py::bool_(compare_numbers(from_decimal(a.to_decimal()), number, op));
}

}  // namespace

void register_money(py::module_& m) {
    auto rupiah =
        py::class_<Rupiah>(m, "Rupiah", "An exact amount of Rupiah, counted in integer sen. Never a float.")
            .def(py::init([](const py::object& value) { return to_rupiah(value); }), py::arg("value"),
                 "From int (whole Rupiah), decimal.Decimal (at most 2 decimals) or Indonesian text; "
                 "a float raises TypeError.")
            .def(py::init([]() { return Rupiah(); }))
            .def_static(
                "from_sen", [](const py::object& sen) { return Rupiah::from_sen(to_int128(sen, "sen")); },
                py::arg("sen"), "From an int count of sen.")
            .def_static(
                "parse", [](const std::string& text, Mode mode) { return parse_rupiah(text, mode); },
                py::arg("text"), py::arg_v("mode", Mode::strict, "Mode.strict"),
                "From Indonesian text such as '1.239.289.000,00'.")
            .def_property_readonly(
                "sen", [](const Rupiah& r) { return from_int128(r.sen()); }, "The amount in sen (int).")
            .def(
                "to_decimal", [](const Rupiah& r) { return from_decimal(r.to_decimal()); },
                "The amount as decimal.Decimal with 2 decimals.")
            .def(
                "format",
                [](const Rupiah& r, const py::object& decimals, bool prefix, bool parentheses,
                   Rounding rounding) {
                    RupiahFormat f;
                    f.decimals = to_integer<int>(decimals, "decimals");
                    f.prefix = prefix;
                    f.parentheses = parentheses;
                    f.rounding = rounding;
                    return format_rupiah(r, f);
                },
                py::arg("decimals") = 2, py::arg("prefix") = false, py::arg("parentheses") = false,
                py::arg_v("rounding", Rounding::half_up, "Rounding.half_up"),
                "Indonesian text, e.g. 'Rp1.239.289.000,00'.")
            .def("__str__", [](const Rupiah& r) { return format_rupiah(r); })
            .def("__repr__",
                 [](const Rupiah& r) {
                     RupiahFormat f;
                     f.prefix = true;
                     return "Rupiah('" + format_rupiah(r, f) + "')";
                 })
            // Equal to the int or Decimal it equals, so it must hash as they do.
            .def("__hash__", [](const Rupiah& r) { return py::hash(from_decimal(r.to_decimal())); })
            .def("__bool__", [](const Rupiah& r) { return r.sign() != 0; })
            .def("__neg__", [](const Rupiah& r) { return -r; })
            .def("__abs__", [](const Rupiah& r) { return r.sign() < 0 ? -r : r; })
            .def(
                "__add__", [](const Rupiah& a, const py::object& b) { return a + to_rupiah(b); },
                py::is_operator())
            .def(
                "__radd__", [](const Rupiah& a, const py::object& b) { return to_rupiah(b) + a; },
                py::is_operator())
            .def(
                "__sub__", [](const Rupiah& a, const py::object& b) { return a - to_rupiah(b); },
                py::is_operator())
            .def(
                "__rsub__", [](const Rupiah& a, const py::object& b) { return to_rupiah(b) - a; },
                py::is_operator())
            .def(
                "__mul__", [](const Rupiah& a, const py::object& k) { return a * to_int128(k, "a factor"); },
                py::is_operator())
            .def(
                "__rmul__", [](const Rupiah& a, const py::object& k) { return a * to_int128(k, "a factor"); },
                py::is_operator())
            .def(
                py::pickle([](const Rupiah& r) -> py::object { return py::make_tuple(from_int128(r.sen())); },
                           [](const py::object& state) {
                               const char* expected = "sen: int";
                               const py::tuple t = state_tuple(state, "Rupiah", 1, expected);
                               return Rupiah::from_sen(state_item<int128>(t, 0, "Rupiah", expected));
                           }));
    bind_comparisons(rupiah, compare_rupiah);

    m.def(
        "sum_rupiah",
        [](const py::iterable& amounts) {
            Rupiah total;
            for (const py::handle a : amounts) total += to_rupiah(a);
            return total;
        },
        py::arg("amounts"),
        "The exact sum of Rupiah amounts (or values Rupiah accepts).\n\n"
        "amounts: an iterable of Rupiah, int (whole Rupiah), decimal.Decimal or Indonesian text.\n\n"
        ">>> kinerja.sum_rupiah([kinerja.Rupiah(1000), 250, '1.000,50'])\n"
        "Rupiah('Rp2.250,50')");
}

}  // namespace kinerja::python

// Conversions to and from Python's int and decimal.Decimal, and kinerja.divide.

#include <kinerja/core.hpp>

#include "convert.hpp"
#include "enums.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void refuse_float(const py::handle& value, const char* what) {
    if (py::isinstance<py::float_>(value))
        throw py::type_error(std::string(what) +
                             " must not be a float (binary floating point is inexact); "
                             "use decimal.Decimal, int or str");
}

int128 to_int128(const py::handle& value, const char* what) {
    refuse_float(value, what);
    if (!py::isinstance<py::int_>(value) || py::isinstance<py::bool_>(value))
        throw py::type_error(std::string(what) + " must be an int");
    const std::string text = py::str(value);
    const bool negative = text[0] == '-';
    if (text.size() - negative > 38) throw overflow_error(std::string(what) + " must fit 38 digits");
    int128 v = 0;
    for (std::size_t i = negative; i < text.size(); ++i) v = v * 10 + (text[i] - '0');
    return negative ? -v : v;
}

py::int_ from_int128(int128 value) {
    const std::string text = detail::to_string(value);
    return py::reinterpret_steal<py::int_>(PyLong_FromString(text.c_str(), nullptr, 10));
}

Decimal to_decimal(const py::handle& value, const char* what) {
    refuse_float(value, what);
    if (py::isinstance<py::int_>(value) && !py::isinstance<py::bool_>(value))
        return Decimal(to_int128(value, what), 0);
    const py::object decimal_type = py::module_::import("decimal").attr("Decimal");
    if (!py::isinstance(value, decimal_type))
        throw py::type_error(std::string(what) + " must be a decimal.Decimal or an int");
    if (!value.attr("is_finite")().cast<bool>())
        throw value_error(std::string(what) + " must be a finite number");
    // as_tuple() is exact: sign, digits, exponent.
    const py::tuple t = value.attr("as_tuple")();
    const bool negative = t[0].cast<int>() == 1;
    const py::tuple digits = t[1];
    int exponent = t[2].cast<int>();
    int128 coefficient = 0;
    std::size_t significant = 0;
    for (const py::handle d : digits) {
        const int digit = d.cast<int>();
        if (significant > 0 || digit != 0) ++significant;
        if (significant > 38) throw overflow_error(std::string(what) + " must fit 38 digits");
        coefficient = coefficient * 10 + digit;
    }
    Decimal result;
    if (exponent > 0) {
        result = Decimal(coefficient, 0);
        for (int i = 0; i < exponent && !result.is_zero(); ++i) result = result * 10;
    } else {
        if (-exponent > Decimal::max_scale) {
            // Trailing zeros past 18 decimals lose nothing; anything else would be rounding.
            while (-exponent > Decimal::max_scale && coefficient % 10 == 0 && coefficient != 0) {
                coefficient /= 10;
                ++exponent;
            }
            if (coefficient == 0) exponent = 0;
            if (-exponent > Decimal::max_scale)
                throw value_error(std::string(what) + " must not have more than 18 decimals");
        }
        result = Decimal(coefficient, -exponent);
    }
    return negative ? -result : result;
}

py::object from_decimal(const Decimal& value) {
    return py::module_::import("decimal").attr("Decimal")(value.to_string());
}

void register_decimal(py::module_& m) {
    // The core's enumerations come first: every later binding takes them as arguments or defaults.
    bind_enum<Rounding>(m, "Rounding", "How a value is brought to fewer decimals; half_up is the default.");
    bind_enum<Mode>(m, "Mode",
                    "Which verdicts a parse accepts: strict (exact text only) or lenient (also repaired).");
    bind_enum<DotMeaning>(m, "DotMeaning", "What a '.' means in number text, when the caller knows.");
    bind_enum<TextStatus>(m, "TextStatus",
                          "The verdict on a number text: exact, repaired, ambiguous or invalid.");
    m.def(
        "divide",
        [](const py::object& a, const py::object& b, int decimals, Rounding rounding) -> py::object {
            const auto q = divide(to_decimal(a, "dividend"), to_decimal(b, "divisor"), decimals, rounding);
            return q ? from_decimal(*q) : py::none();
        },
        py::arg("a"), py::arg("b"), py::arg("decimals") = 2, py::arg("rounding") = Rounding::half_up,
        "a / b rounded once to `decimals` decimals; None when b is zero (undefined, never 0 or inf).");
}

}  // namespace kinerja::python

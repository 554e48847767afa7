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

namespace {

// "years[3]" or "seed": the argument (and element) an integer error names.
std::string argument(const char* name, std::ptrdiff_t index) {
    return index < 0 ? std::string(name) : std::string(name) + "[" + std::to_string(index) + "]";
}

}  // namespace

py::int_ index_of(const py::handle& value, const char* name, std::ptrdiff_t index) {
    if (PyLong_Check(value.ptr()) && !PyBool_Check(value.ptr()))
        return py::reinterpret_borrow<py::int_>(value);
    if (!PyBool_Check(value.ptr()) && !PyFloat_Check(value.ptr()) && PyIndex_Check(value.ptr())) {
        PyObject* i = PyNumber_Index(value.ptr());
        if (i == nullptr) throw py::error_already_set();
        return py::reinterpret_steal<py::int_>(i);
    }
    throw py::type_error(argument(name, index) + " must be an int, not " + Py_TYPE(value.ptr())->tp_name);
}

void refuse_integer(const py::int_& value, const char* name, std::ptrdiff_t index, const std::string& lo,
                    const std::string& hi) {
    // A huge int is not printed: str() of one is slow, and refused past 4300 digits by Python 3.11.
    const auto bits = value.attr("bit_length")().cast<std::size_t>();
    const std::string shown =
        bits <= 256 ? py::repr(value).cast<std::string>() : "an int of " + std::to_string(bits) + " bits";
    throw overflow_error(argument(name, index) + " must be an int from " + lo + " to " + hi + ", not " +
                         shown);
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
    // A Decimal's exponent may pass int (Decimal("1E+3000000000")): such a value is refused below as
    // too large or too precise, never cast.
    long long exponent = to_integer<long long>(t[2], what);
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
        // More than 38 places to the left cannot fit, whatever the coefficient (unless it is zero).
        if (exponent > 38 && coefficient != 0)
            throw overflow_error(std::string(what) + " must fit 38 digits");
        result = Decimal(coefficient, 0);
        for (long long i = 0; i < exponent && !result.is_zero(); ++i) result = result * 10;
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
        result = Decimal(coefficient, static_cast<int>(-exponent));
    }
    return negative ? -result : result;
}

py::object from_decimal(const Decimal& value) {
    return py::module_::import("decimal").attr("Decimal")(value.to_string());
}

py::object exact_number(const py::handle& value) {
    if (py::isinstance<py::int_>(value) && !py::isinstance<py::bool_>(value))
        return py::reinterpret_borrow<py::object>(value);
    if (py::isinstance(value, py::module_::import("decimal").attr("Decimal")))
        return py::reinterpret_borrow<py::object>(value);
    return {};
}

bool compare_numbers(const py::handle& a, const py::handle& b, int op) {
    const int result = PyObject_RichCompareBool(a.ptr(), b.ptr(), op);
    if (result < 0) throw py::error_already_set();
    return result == 1;
}

py::object not_implemented() { return py::reinterpret_borrow<py::object>(Py_NotImplemented); }

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
        [](const py::object& a, const py::object& b, const py::object& decimals,
           Rounding rounding) -> py::object {
            const auto q = divide(to_decimal(a, "dividend"), to_decimal(b, "divisor"),
                                  to_integer<int>(decimals, "decimals"), rounding);
            return q ? from_decimal(*q) : py::none();
        },
        py::arg("a"), py::arg("b"), py::arg("decimals") = 2,
        py::arg_v("rounding", Rounding::half_up, "Rounding.half_up"),
        "a / b rounded once to `decimals` decimals; None when b is zero (undefined, never 0 or inf).\n\n"
        "a, b: int or decimal.Decimal (a float is refused); decimals: of the quotient; rounding: of\n"
        "its last decimal.\n\n"
        ">>> kinerja.divide(1, 3)\n"
        "Decimal('0.33')\n"
        ">>> kinerja.divide(1, 0) is None\n"
        "True");
}

}  // namespace kinerja::python

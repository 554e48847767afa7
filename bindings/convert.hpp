#pragma once
// Exact conversions between kinerja's values and Python's int and decimal.Decimal. Nothing here
// ever goes through a float: a float argument is refused with a TypeError that says what to use.

#include <pybind11/pybind11.h>

#include <cstddef>
#include <kinerja/core.hpp>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace kinerja::python {

/// A Python int as int128; OverflowError past 38 digits, TypeError for anything but an int.
int128 to_int128(const pybind11::handle& value, const char* what);

/// An int128 as a Python int.
pybind11::int_ from_int128(int128 value);

/// A decimal.Decimal (or int) as an exact kinerja::Decimal; TypeError for float, ValueError for NaN
/// or infinity.
Decimal to_decimal(const pybind11::handle& value, const char* what);

/// A kinerja::Decimal as decimal.Decimal, keeping its scale ("97.60" stays "97.60").
pybind11::object from_decimal(const Decimal& value);

/// \p value when it is an int (not a bool) or a decimal.Decimal, the numbers a Rupiah or a Percent
/// compares with by value; a null object for anything else (a float above all), so the comparison
/// answers NotImplemented and Python gives == False and < TypeError.
pybind11::object exact_number(const pybind11::handle& value);

/// \p a op \p b by Python's rich comparison (\p op is Py_EQ, Py_LT, ...): exact between int and
/// decimal.Decimal.
bool compare_numbers(const pybind11::handle& a, const pybind11::handle& b, int op);

/// Python's NotImplemented, what a comparison answers for a type it does not know.
pybind11::object not_implemented();

/// \p a op \p b for two values of one kinerja type with C++'s comparison operators (\p op is Py_EQ,
/// Py_LT, ...), as a Python bool.
template <class T>
pybind11::object compare_same(const T& a, const T& b, int op) {
    switch (op) {
        case Py_EQ:
            return pybind11::bool_(a == b);
        case Py_NE:
            return pybind11::bool_(a != b);
        case Py_LT:
            return pybind11::bool_(a < b);
        case Py_LE:
            return pybind11::bool_(a <= b);
        case Py_GT:
            return pybind11::bool_(a > b);
        default:
            return pybind11::bool_(a >= b);
    }
}

/// Binds __eq__, __ne__, __lt__, __le__, __gt__ and __ge__ of \p cls to \p compare(self, other, op).
template <class Class, class Compare>
void bind_comparisons(Class& cls, Compare compare) {
    using T = typename Class::type;
    const std::pair<const char*, int> ops[] = {{"__eq__", Py_EQ}, {"__ne__", Py_NE}, {"__lt__", Py_LT},
                                               {"__le__", Py_LE}, {"__gt__", Py_GT}, {"__ge__", Py_GE}};
    for (const auto& [name, op] : ops)
        cls.def(
            name, [compare, op = op](const T& a, const pybind11::object& b) { return compare(a, b, op); },
            pybind11::is_operator());
}

/// Raises TypeError naming \p what when \p value is a float.
void refuse_float(const pybind11::handle& value, const char* what);

/// \p value as a Python int: an int, or an object with __index__ (a NumPy integer); TypeError
/// naming the argument \p name (element \p index of it when index >= 0) for a bool, a float or
/// anything else.
pybind11::int_ index_of(const pybind11::handle& value, const char* name, std::ptrdiff_t index = -1);

/// Raises kinerja::overflow_error (kinerja.ExactOverflowError, an OverflowError) naming the
/// argument, the element, the accepted range [\p lo, \p hi] and the value.
[[noreturn]] void refuse_integer(const pybind11::int_& value, const char* name, std::ptrdiff_t index,
                                 const std::string& lo, const std::string& hi);

/// The one conversion of a Python int to a C++ integer of fixed width: \p value as T, with
/// TypeError (index_of) for what is not an int and OverflowError naming the argument \p name,
/// element \p index when it is one of a sequence, and T's range when it does not fit, negative
/// values for an unsigned T included. pybind11's own int caster gives "incompatible function
/// arguments" or "Unable to cast Python instance of type int to C++ type '?'" instead.
template <class T>
T to_integer(const pybind11::handle& value, const char* name, std::ptrdiff_t index = -1) {
    static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool> && sizeof(T) <= sizeof(long long));
    const pybind11::int_ i = index_of(value, name, index);
    if constexpr (std::is_signed_v<T>) {
        int overflow = 0;
        const long long v = PyLong_AsLongLongAndOverflow(i.ptr(), &overflow);
        if (overflow == 0 && v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max())
            return static_cast<T>(v);
    } else {
        const unsigned long long v = PyLong_AsUnsignedLongLong(i.ptr());
        if (PyErr_Occurred())
            PyErr_Clear();  // negative or too large: refused below
        else if (v <= std::numeric_limits<T>::max())
            return static_cast<T>(v);
    }
    refuse_integer(i, name, index, std::to_string(std::numeric_limits<T>::min()),
                   std::to_string(std::numeric_limits<T>::max()));
}

/// Each element of the sequence \p values as T (to_integer; errors name element i as name[i]);
/// TypeError when \p values is not a sequence (a str is not one here).
template <class T>
std::vector<T> to_integers(const pybind11::handle& values, const char* name) {
    if (!pybind11::isinstance<pybind11::sequence>(values) || pybind11::isinstance<pybind11::str>(values))
        throw pybind11::type_error(std::string(name) + " must be a sequence of int, not " +
                                   Py_TYPE(values.ptr())->tp_name);
    const auto seq = pybind11::reinterpret_borrow<pybind11::sequence>(values);
    std::vector<T> out;
    out.reserve(seq.size());
    for (std::size_t i = 0; i < seq.size(); ++i)
        out.push_back(to_integer<T>(seq[i], name, static_cast<std::ptrdiff_t>(i)));
    return out;
}

}  // namespace kinerja::python

namespace pybind11::detail {

/// kinerja::Decimal is decimal.Decimal in Python, both ways, exactly; a float is refused with a
/// TypeError that says what to use instead.
template <>
struct type_caster<kinerja::Decimal> {
    PYBIND11_TYPE_CASTER(kinerja::Decimal, const_name("decimal.Decimal"));

    bool load(handle src, bool) {
        kinerja::python::refuse_float(src, "a figure");
        if (!isinstance<pybind11::int_>(src) && !isinstance(src, module_::import("decimal").attr("Decimal")))
            return false;
        value = kinerja::python::to_decimal(src, "a figure");
        return true;
    }
    static handle cast(const kinerja::Decimal& d, return_value_policy, handle) {
        return kinerja::python::from_decimal(d).release();
    }
};

}  // namespace pybind11::detail

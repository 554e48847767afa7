#pragma once
// Exact conversions between kinerja's values and Python's int and decimal.Decimal. Nothing here
// ever goes through a float: a float argument is refused with a TypeError that says what to use.

#include <pybind11/pybind11.h>

#include <kinerja/core.hpp>
#include <string>

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

/// Raises TypeError naming \p what when \p value is a float.
void refuse_float(const pybind11::handle& value, const char* what);

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

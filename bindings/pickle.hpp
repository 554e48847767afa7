#pragma once
// Pickling of plain structs by their members, so results cross process boundaries (multiprocessing,
// Dask) as they are: the state is the tuple of members, each pickled as Python sees it. A state is
// also something a caller can hand to __setstate__ directly, so every restoring function checks it:
// a tuple of the right length, each element of the right type and range, or TypeError/ValueError
// naming the class and what it expected.

#include <pybind11/pybind11.h>

#include <cstddef>
#include <string>
#include <type_traits>

#include "convert.hpp"

namespace kinerja::python {

/// A repr of \p state short enough for an error message (a Document's state is its whole JSON).
inline std::string state_repr(const pybind11::handle& state) {
    std::string text = pybind11::repr(state);
    if (text.size() > 80) text = text.substr(0, 77) + "...";
    return text;
}

/// \p state as a tuple of \p size elements: TypeError when it is not a tuple, ValueError when it has
/// another length, each naming \p cls and \p expected ("Rupiah state must be a 1-tuple (sen: int),
/// got (1, 2)").
inline pybind11::tuple state_tuple(const pybind11::handle& state, const char* cls, std::size_t size,
                                   const char* expected) {
    const std::string wanted = std::string(cls) + " state must be a " + std::to_string(size) + "-tuple (" +
                               expected + "), got " + state_repr(state);
    if (!pybind11::isinstance<pybind11::tuple>(state)) throw pybind11::type_error(wanted);
    if (pybind11::len(state) != size) throw value_error(wanted);
    return pybind11::reinterpret_borrow<pybind11::tuple>(state);
}

namespace detail {

// A state's element as M, strictly: an int (to_integer's range), a bool, a str, or what
// pybind11 loads without implicit conversion (an instance of the class, None for an optional).
template <class M>
M strict_item(const pybind11::handle& item, const char* name) {
    if constexpr (std::is_same_v<M, bool>) {
        if (!PyBool_Check(item.ptr()))
            throw pybind11::type_error(std::string(name) + " must be a bool, not " +
                                       Py_TYPE(item.ptr())->tp_name);
        return item.cast<bool>();
    } else if constexpr (std::is_same_v<M, int128>) {
        return to_int128(item, name);
    } else if constexpr (std::is_integral_v<M>) {
        return to_integer<M>(item, name);
    } else if constexpr (std::is_same_v<M, std::string>) {
        if (!pybind11::isinstance<pybind11::str>(item))
            throw pybind11::type_error(std::string(name) + " must be a str, not " +
                                       Py_TYPE(item.ptr())->tp_name);
        return item.cast<std::string>();
    } else {
        pybind11::detail::make_caster<M> caster;
        if (!caster.load(item, false))
            throw pybind11::type_error(std::string(name) + " has the wrong type (" +
                                       Py_TYPE(item.ptr())->tp_name + ")");
        return item.cast<M>();
    }
}

}  // namespace detail

/// Element \p i of a state checked by state_tuple, as M. Its errors name the class, what it
/// expected and the element: TypeError for a wrong type, ValueError for a value out of range (an int
/// that does not fit, a NaN decimal).
template <class M>
M state_item(const pybind11::tuple& state, std::size_t i, const char* cls, const char* expected) {
    const std::string where = std::string(cls) + " state must be a " + std::to_string(pybind11::len(state)) +
                              "-tuple (" + expected + "): ";
    const std::string name = "element " + std::to_string(i);
    // The element's own errors name it; a caster's (a float for a Decimal) do not, so it is added.
    const auto said = [&](const char* what) {
        return where + (std::string(what).rfind(name, 0) == 0 ? what : name + ": " + what);
    };
    try {
        return detail::strict_item<M>(state[i], name.c_str());
    } catch (const pybind11::type_error& e) {
        throw pybind11::type_error(said(e.what()));
    } catch (const pybind11::value_error& e) {
        throw value_error(said(e.what()));
    } catch (const kinerja::error& e) {
        throw value_error(said(e.what()));
    } catch (const pybind11::error_already_set& e) {
        if (e.matches(PyExc_TypeError)) throw pybind11::type_error(said(e.what()));
        throw value_error(said(e.what()));
    }
}

/// py::pickle for a struct T whose state is exactly \p members, in this order; \p cls is the Python
/// class name and \p expected the state's elements ("year: int, slope: decimal.Decimal").
template <class T, class... M>
auto pickle_members(const char* cls, const char* expected, M T::*... members) {
    return pybind11::pickle(
        [=](const T& v) -> pybind11::object { return pybind11::make_tuple(v.*members...); },
        [=](const pybind11::object& state) {
            const pybind11::tuple t = state_tuple(state, cls, sizeof...(M), expected);
            T v;
            std::size_t i = 0;
            // One element after another, in order (a braced list would not be).
            ((v.*members = state_item<M>(t, i, cls, expected), ++i), ...);
            return v;
        });
}

}  // namespace kinerja::python

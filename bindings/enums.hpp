#pragma once
// Every Python enum is built from the C++ name table (kinerja/core/enum_names.hpp), so a value's
// name is written once, in src/names.cpp.

#include <pybind11/pybind11.h>

#include <kinerja/core/enum_names.hpp>

#if PYBIND11_VERSION_MAJOR >= 3
#include <pybind11/native_enum.h>
#endif

#include <string>

namespace kinerja::python {

/// An enum named \p name in \p scope (a module, or a class for a nested enum), one member per entry
/// of enum_names<E>(), named by its identifier. With pybind11 3 (what pip builds with) it is a real
/// enum.Enum, as the stubs say; Debian's pybind11 2 (the plain CMake build, compiled so it cannot
/// rot) has no native enums, and gets pybind11's own enum type with the same members.
template <class E>
void bind_enum(pybind11::handle scope, const char* name, const char* doc = "") {
#if PYBIND11_VERSION_MAJOR >= 3
    pybind11::native_enum<E> bound(scope, name, "enum.Enum", doc);
#else
    pybind11::enum_<E> bound(scope, name, doc);
#endif
    // pybind11 copies the member name into a Python str, so a temporary std::string is enough; the
    // table's string_views are not NUL-terminated.
    for (const auto& entry : enum_names<E>())
        bound.value(std::string(entry.identifier()).c_str(), entry.value);
#if PYBIND11_VERSION_MAJOR >= 3
    bound.finalize();
#endif
}

}  // namespace kinerja::python

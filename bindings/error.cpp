// kinerja::error and its subclasses as named Python exceptions. Each also derives from the builtin
// a Python user would catch (ValueError for bad text, ArithmeticError for overflow).

#include <kinerja/core.hpp>

#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

// The exception types live as long as the interpreter: deliberately never released, so no
// destructor runs after Python has finalized.
py::handle new_exception(py::module_& m, const char* name, const py::tuple& bases, const char* doc) {
    const std::string qualified = std::string("kinerja.") + name;
    PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
    if (type == nullptr) throw py::error_already_set();
    m.attr(name) = py::handle(type);
    return type;
}

}  // namespace

void register_error(py::module_& m) {
    const py::object builtins = py::module_::import("builtins");
    static py::handle error = new_exception(m, "Error", py::make_tuple(builtins.attr("Exception")),
                                            "Root of every error kinerja raises.");
    static py::handle overflow = new_exception(m, "OverflowError", py::make_tuple(error, builtins.attr("ArithmeticError")),
                                               "An exact result does not fit; kinerja never wraps.");
    static py::handle undefined = new_exception(m, "UndefinedError", py::make_tuple(error, builtins.attr("ArithmeticError")),
                                                "An undefined value (a percentage of a zero total) was used.");
    static py::handle value = new_exception(m, "ValueError", py::make_tuple(error, builtins.attr("ValueError")),
                                            "An argument outside what the operation accepts.");
    static py::handle data = new_exception(m, "DataError", py::make_tuple(error, builtins.attr("ValueError")),
                                           "A malformed or inconsistent dataset; has source, path and reason.");
    static py::handle parse = new_exception(m, "ParseError", py::make_tuple(error, builtins.attr("ValueError")),
                                            "Text that is not a number; has text, offset, reason and source.");
    static py::handle ambiguous = new_exception(m, "AmbiguousError", py::make_tuple(parse),
                                                "Text with more than one sensible reading; has readings.");

    py::register_exception_translator([](std::exception_ptr p) {
        auto raise = [](py::handle type, const std::exception& e) {
            PyErr_SetString(type.ptr(), e.what());
        };
        auto raise_parse = [](py::handle type, const parse_error& e, const py::list& readings) {
            py::object exc = type(e.what());
            exc.attr("text") = e.text();
            exc.attr("offset") = e.offset();
            exc.attr("reason") = e.reason();
            exc.attr("source") = e.source();
            exc.attr("readings") = readings;
            PyErr_SetObject(type.ptr(), exc.ptr());
        };
        try {
            if (p) std::rethrow_exception(p);
        } catch (const ambiguous_error& e) {
            py::list readings;
            for (const auto& r : e.readings()) readings.append(r);
            raise_parse(ambiguous, e, readings);
        } catch (const parse_error& e) {
            raise_parse(parse, e, py::list());
        } catch (const data_error& e) {
            py::object exc = data(e.what());
            exc.attr("source") = e.source();
            exc.attr("path") = e.path();
            exc.attr("reason") = e.reason();
            PyErr_SetObject(data.ptr(), exc.ptr());
        } catch (const overflow_error& e) {
            raise(overflow, e);
        } catch (const undefined_error& e) {
            raise(undefined, e);
        } catch (const value_error& e) {
            raise(value, e);
        } catch (const kinerja::error& e) {
            raise(error, e);
        }
    });
}

}  // namespace kinerja::python

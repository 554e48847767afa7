// kinerja::error and its subclasses as named Python exceptions. Each also derives from the builtin
// a Python user would catch (ValueError for bad input, OverflowError for overflow, ArithmeticError for
// an undefined value, FileNotFoundError for a missing file), under a name that does not shadow that
// builtin, and carries a stable `code`. Also kinerja.DataWarning, the warnings of a plan read or
// validated in Python.

#include <pybind11/stl.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <kinerja/core.hpp>
#include <kinerja/plan.hpp>
#include <string_view>

#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

// The exception types live as long as the interpreter: deliberately never released, so no
// destructor runs after Python has finalized. `code` is also a class attribute, so an exception
// raised from Python code (or caught as its class) has one too.
py::handle new_exception(py::module_& m, const char* name, const py::tuple& bases, const char* code,
                         const char* doc) {
    const std::string qualified = std::string("kinerja.") + name;
    PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
    if (type == nullptr) throw py::error_already_set();
    py::handle handle(type);
    handle.attr("code") = code;
    m.attr(name) = handle;
    return handle;
}

// An instance of \p type for \p e, with its message and code.
py::object instance(py::handle type, const kinerja::error& e) {
    py::object exc = type(e.what());
    const std::string_view code = e.code();  // the C++ error's own stable code
    exc.attr("code") = py::str(code.data(), code.size());
    // The same message in every language (kinerja.describe picks one): where stays as written, why is
    // said from the catalogue. str() stays English, like what() in C++.
    py::dict messages;
    for (const std::string& lang : Language::codes()) messages[py::str(lang)] = describe(e, Language(lang));
    exc.attr("messages") = messages;
    exc.attr("message_id") = e.message().id;
    py::dict args;
    for (const auto& [name, value] : e.message().args) args[py::str(name)] = value;
    exc.attr("message_args") = args;
    return exc;
}

// Whether `e` is a reader's refusal of a file that does not exist. The readers (InputFile) say
// error.file.cannot_open ("cannot open the file") for every failed open, naming the path as the source; only
// a path that names nothing (a missing file, or a symbolic link to one) becomes FileNotFoundError, not one
// that cannot be read.
bool missing_file(const data_error& e) {
    if (!e.path().empty() || e.message().id != "error.file.cannot_open" || e.source().empty()) return false;
    std::error_code ec;
    return std::filesystem::status(e.source(), ec).type() == std::filesystem::file_type::not_found;
}

// kinerja.DataWarning, set by register_error.
py::handle data_warning;

// More warnings than this from one plan are summed up in one more, so that a budget of thousands of
// overspent lines does not flood the notebook; kinerja.plan_warnings lists them all.
constexpr std::size_t max_warnings = 10;

}  // namespace

void warn_plan(const Renstra& plan, int stacklevel) {
    const std::vector<PlanWarning> found = plan_warnings(plan);
    if (found.empty()) return;
    const py::object warn = py::module_::import("warnings").attr("warn");
    for (std::size_t i = 0; i < found.size() && i < max_warnings; ++i) {
        const PlanWarning& w = found[i];
        py::object instance = data_warning(w.message);
        instance.attr("rule") = w.rule;
        instance.attr("location") = py::cast(w.location);
        instance.attr("node") = w.node;
        instance.attr("year") = w.year;
        warn(instance, py::arg("stacklevel") = stacklevel);
    }
    if (found.size() > max_warnings)
        warn(data_warning(
                 Language().format("plan.warn.more", {{"n", std::to_string(found.size() - max_warnings)}})),
             py::arg("stacklevel") = stacklevel);
}

void register_error(py::module_& m) {
    const py::object builtins = py::module_::import("builtins");
    static py::handle error = new_exception(m, "Error", py::make_tuple(builtins.attr("Exception")), "error",
                                            "Root of every error kinerja raises; `code` names the kind.");
    static py::handle overflow =
        new_exception(m, "ExactOverflowError", py::make_tuple(error, builtins.attr("OverflowError")),
                      "overflow", "An exact result does not fit; kinerja never wraps.");
    static py::handle undefined =
        new_exception(m, "UndefinedError", py::make_tuple(error, builtins.attr("ArithmeticError")),
                      "undefined", "An undefined value (a percentage of a zero total) was used.");
    static py::handle value =
        new_exception(m, "InvalidValueError", py::make_tuple(error, builtins.attr("ValueError")), "value",
                      "An argument outside what the operation accepts.");
    static py::handle data =
        new_exception(m, "DataError", py::make_tuple(error, builtins.attr("ValueError")), "data",
                      "A malformed or inconsistent dataset; has source, path and reason.");
    // An error raised from Python code has no catalogue message: empty, never missing.
    error.attr("message_id") = "";
    error.attr("message_args") = py::dict();
    error.attr("messages") = py::dict();
    data.attr("location") = py::none();  // a DataError that is not about a rule of the plan has none
    static py::handle lookup = new_exception(
        m, "UnknownIdError", py::make_tuple(error, builtins.attr("KeyError")), "lookup",
        "An id that names nothing of its kind in the plan; has id, kind and closest (the nearest ids).");
    static py::handle parse =
        new_exception(m, "ParseError", py::make_tuple(error, builtins.attr("ValueError")), "parse",
                      "Text that is not a number; has text, offset, reason and source.");
    static py::handle ambiguous = new_exception(m, "AmbiguousError", py::make_tuple(parse), "ambiguous",
                                                "Text with more than one sensible reading; has readings.");
    static py::handle missing = new_exception(
        m, "MissingFileError", py::make_tuple(data, builtins.attr("FileNotFoundError")), "data",
        "A file to read that does not exist: a DataError and a FileNotFoundError (errno, filename).");
    // OSError's own str() would read "[Errno 2] ...": the message stays kinerja's, as for every error.
    missing.attr("__str__") = builtins.attr("BaseException").attr("__str__");
    missing.attr("location") = py::none();

    // A warning, not an exception: PyErr_NewException makes any class with the bases given.
    data_warning = new_exception(m, "DataWarning", py::make_tuple(builtins.attr("UserWarning")), "data",
                                 "A plan holds something probably mistaken (realisasi above anggaran, a "
                                 "spending class outside its years, a year outside the plan period); has "
                                 "rule, location, node and year.");
    data_warning.attr("rule") = "";
    data_warning.attr("location") = py::none();
    data_warning.attr("node") = "";
    data_warning.attr("year") = py::none();

    py::register_exception_translator([](std::exception_ptr p) {
        auto raise = [](py::handle type, const py::object& exc) { PyErr_SetObject(type.ptr(), exc.ptr()); };
        auto raise_parse = [&raise](py::handle type, const parse_error& e, const py::list& readings) {
            py::object exc = instance(type, e);
            exc.attr("text") = e.text();
            exc.attr("offset") = e.offset();
            exc.attr("reason") = e.reason();
            exc.attr("source") = e.source();
            exc.attr("readings") = readings;
            raise(type, exc);
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
            py::object exc = instance(data, e);
            exc.attr("source") = e.source();
            exc.attr("path") = e.path();
            exc.attr("reason") = e.reason();
            // A broken rule of the plan also says where, in the model's names (kinerja.PlanLocation).
            if (const auto* broken = dynamic_cast<const plan_error*>(&e))
                exc.attr("location") = py::cast(broken->location());
            if (missing_file(e)) {
                py::object file = instance(missing, e);
                for (const char* name : {"source", "path", "reason"}) file.attr(name) = exc.attr(name);
                file.attr("errno") = ENOENT;
                file.attr("strerror") = std::strerror(ENOENT);
                file.attr("filename") = e.source();
                raise(missing, file);
                return;
            }
            raise(data, exc);
        } catch (const lookup_error& e) {
            py::object exc = instance(lookup, e);
            exc.attr("id") = e.id();
            exc.attr("kind") = e.kind();
            py::list closest;
            for (const std::string& c : e.closest()) closest.append(c);
            exc.attr("closest") = closest;
            raise(lookup, exc);
        } catch (const overflow_error& e) {
            raise(overflow, instance(overflow, e));
        } catch (const undefined_error& e) {
            raise(undefined, instance(undefined, e));
        } catch (const value_error& e) {
            raise(value, instance(value, e));
        } catch (const kinerja::error& e) {
            raise(error, instance(error, e));
        }
    });
}

}  // namespace kinerja::python

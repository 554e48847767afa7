// Bindings of kinerja/plan/language.hpp: Python names a language by its code ("id", "en"); every
// function that writes text for people takes lang= and builds the Language from it.
#include "kinerja/plan/language.hpp"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_language(py::module_& m) {
    m.def("languages", &Language::codes,
          "The codes of the languages kinerja writes its reports and findings in, sorted.\n\n"
          "Each is one catalogue file, messages/<code>.txt; 'id' is the default.\n\n"
          ">>> kinerja.languages()\n"
          "['en', 'id']");
    m.def(
        "message", [](const std::string& id, const std::string& lang) { return Language(lang).text(id); },
        py::arg("id"), py::arg("lang") = "id",
        "The text of one message of the catalogue, its {placeholders} unfilled.\n\n"
        "id: the message id (a reviu rule's id gives the rule's description); lang: the language code.\n\n"
        ">>> kinerja.message('compare.yes', 'en')\n"
        "'yes'");
}

}  // namespace kinerja::python

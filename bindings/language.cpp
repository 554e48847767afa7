// Bindings of kinerja/plan/language.hpp: Python names a language by its code ("id", "en"); every
// function that writes text for people takes lang= and builds the Language from it.
#include "kinerja/plan/language.hpp"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <string>
#include <vector>

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
        "message",
        [](const std::string& id, const std::string& lang, const std::map<std::string, std::string>& args) {
            const Language l(lang);
            if (args.empty()) return l.text(id);
            std::vector<MessageArg> list;
            for (const auto& [name, value] : args) list.emplace_back(name, value);
            return l.format(id, list);
        },
        py::arg("id"), py::arg("lang") = "id", py::arg("args") = std::map<std::string, std::string>{},
        "The text of one message of the catalogue, its {placeholders} filled from args.\n\n"
        "id: the message id; lang: the language code; args: {placeholder: text}, every placeholder\n"
        "of the message and no other (ValueError otherwise); empty leaves the text as it is.\n\n"
        ">>> kinerja.message('compare.undecided_range', 'en', {'low': '0', 'high': '100'})\n"
        "'cannot be decided: the projection is outside 0-100'");
    m.def(
        "describe",
        [](const py::object& error, const std::string& lang) -> std::string {
            const Language language(lang);  // an unknown code is refused, not answered in English
            const py::object messages = py::getattr(error, "messages", py::none());
            if (py::isinstance<py::dict>(messages)) {
                const py::dict all = messages;
                if (all.contains(language.code())) return all[py::str(language.code())].cast<std::string>();
            }
            return py::str(error);
        },
        py::arg("error"), py::arg("lang") = "id",
        "The message of an error kinerja raised, in a language: where (file, line, JSON path) as\n"
        "written, why in the language. str(error) is the English; the command line says it this way.\n\n"
        "error: an exception caught from kinerja (any other exception gives its str());\n"
        "lang: the language code.\n\n"
        ">>> try:\n"
        "...     kinerja.message('no.such.id')\n"
        "... except kinerja.UnknownIdError as e:\n"
        "...     print(kinerja.describe(e, 'id'))\n"
        "'no.such.id' harus berupa id pesan dalam katalog");
    m.def(
        "localize_number",
        [](const std::string& text, const std::string& lang) { return Language(lang).number(text); },
        py::arg("text"), py::arg("lang"),
        "Indonesian number text (as format_number writes it) in the language's number convention.\n\n"
        "text: number text such as '1.234,50'; lang: the language code.\n\n"
        ">>> kinerja.localize_number('7.427.331.499,00', 'en')\n"
        "'7,427,331,499.00'");
}

}  // namespace kinerja::python

// The pohon kinerja (kinerja/report/pohon.hpp): the tree of a Pemda or of one body's plan as text. The
// thin module (kinerja.report) gives each format a function of its own with its documentation.

#include <pybind11/stl.h>

#include <kinerja/report/pohon.hpp>
#include <kinerja/report/report.hpp>

#include "convert.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

namespace {

// The year asked for, or (None) the latest with a target or budget line, as the command does.
int pohon_year_of(const Pemda& p, const py::object& year) {
    return year.is_none() ? pohon_year(p) : to_integer<int>(year, "year");
}
int pohon_year_of(const Renstra& p, const py::object& year) {
    return year.is_none() ? latest_year(p) : to_integer<int>(year, "year");
}

template <class Source>
std::string pohon_text_of(const Source& source, const py::object& year, PohonFormat format,
                          const std::string& lang) {
    const int y = pohon_year_of(source, year);
    PohonOptions options;
    options.lang = Language(lang);
    py::gil_scoped_release release;
    return write_pohon(pohon(source, y, options), format);
}

}  // namespace

void register_pohon(py::module_& m) {
    const std::pair<const char*, PohonFormat> formats[] = {{"pohon_html", PohonFormat::html},
                                                           {"pohon_dot", PohonFormat::dot},
                                                           {"pohon_mermaid", PohonFormat::mermaid}};
    for (const auto& [name, format] : formats) {
        const PohonFormat f = format;
        const std::string doc =
            std::string("The pohon kinerja as ") + std::string(to_string(f)) + " text (kinerja." + name +
            ").\n\nsource: a Pemda or one body's Renstra; year: the year of the figures, "
            "None for the latest with a target or budget line; lang: 'id' (default) or 'en'.";
        m.def(
            name,
            [f](const Pemda& p, const py::object& year, const std::string& lang) {
                return pohon_text_of(p, year, f, lang);
            },
            py::arg("source"), py::arg("year") = py::none(), py::arg("lang") = "id", doc.c_str());
        m.def(
            name,
            [f](const Renstra& p, const py::object& year, const std::string& lang) {
                return pohon_text_of(p, year, f, lang);
            },
            py::arg("source"), py::arg("year") = py::none(), py::arg("lang") = "id", doc.c_str());
    }
}

}  // namespace kinerja::python

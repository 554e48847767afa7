// The report's tables as a Word document written to a path.

#include <pybind11/stl/filesystem.h>

#include <kinerja/io/text_file.hpp>
#include <kinerja/report/docx.hpp>

#include "convert.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_report_docx(py::module_& m) {
    m.def(
        "write_report_docx",
        [](const Renstra& plan, const py::object& year, const std::filesystem::path& path,
           const std::string& lang) {
            const int y = to_integer<int>(year, "year");
            const Language language(lang);
            py::gil_scoped_release release;
            // Atomically, as every file kinerja writes: the old file stays unless all of it is written.
            write_text_file(path, write_report_docx(plan, y, language));
        },
        py::arg("plan"), py::arg("year"), py::arg("path"), py::arg("lang") = "id",
        "Writes the report's tables of year as a Word document (.docx) at path (atomically).\n\n"
        "plan: the Renstra; year: the report's year; path: the file written; lang: 'id' (default)\n"
        "or 'en'.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> kinerja.write_report_docx(plan, 2019, 'lakip-2019.docx')\n"
        ">>> len(kinerja.read_docx_tables('lakip-2019.docx')) == len(kinerja.report_tables(plan, 2019))\n"
        "True");
}

}  // namespace kinerja::python

// Budget lines and their totals.

#include <pybind11/stl.h>

#include <kinerja/plan.hpp>

#include "convert.hpp"
#include "enums.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_budget(py::module_& m) {
    bind_enum<SpendingClass>(m, "SpendingClass");
    py::class_<BudgetLine>(m, "BudgetLine", "One budget line of one year.")
        .def_readonly("year", &BudgetLine::year)
        .def_readonly("spending", &BudgetLine::spending)
        .def_readonly("node", &BudgetLine::node)
        .def_readonly("name", &BudgetLine::name)
        .def_readonly("anggaran_murni", &BudgetLine::anggaran_murni)
        .def_readonly("anggaran", &BudgetLine::anggaran)
        .def_readonly("realisasi", &BudgetLine::realisasi)
        .def_readonly("triwulan", &BudgetLine::triwulan);
    py::class_<BudgetTotals>(m, "BudgetTotals", "The sum of some budget lines.")
        .def_readonly("anggaran", &BudgetTotals::anggaran)
        .def_readonly("realisasi", &BudgetTotals::realisasi)
        .def_readonly("anggaran_murni", &BudgetTotals::anggaran_murni)
        .def_readonly("lines", &BudgetTotals::lines)
        .def(pickle_members("BudgetTotals",
                            "anggaran: Rupiah, realisasi: Rupiah, anggaran_murni: Rupiah | None, lines: int",
                            &BudgetTotals::anggaran, &BudgetTotals::realisasi, &BudgetTotals::anggaran_murni,
                            &BudgetTotals::lines))
        .def_property_readonly("sisa", &BudgetTotals::sisa)
        .def(
            "serapan",
            [](const BudgetTotals& b, const py::object& decimals, Rounding rounding) {
                return b.serapan({to_integer<int>(decimals, "decimals"), rounding});
            },
            py::arg("decimals") = 2, py::arg_v("rounding", Rounding::half_up, "Rounding.half_up"),
            "realisasi / anggaran x 100; undefined for 0.");
}

}  // namespace kinerja::python

#pragma once
// One register_<concept> per header of include/kinerja; module.cpp calls them in order.

#include <pybind11/pybind11.h>

namespace kinerja {
struct Renstra;
}

namespace kinerja::python {

// Emits each of kinerja::plan_warnings(plan) as a kinerja.DataWarning (bindings/error.cpp): called by
// every binding that reads a plan, or validates one built in Python. \p stacklevel as warnings.warn's,
// counted from the Python code that called the binding: 2 for a reader, which the package's thin
// wrappers (kinerja.read_renstra, renstra_from_frames) call for the user; 1 for validate, called directly.
void warn_plan(const Renstra& plan, int stacklevel);

void register_error(pybind11::module_& m);
void register_decimal(pybind11::module_& m);
void register_language(pybind11::module_& m);
void register_money(pybind11::module_& m);
void register_percent(pybind11::module_& m);
void register_number_text(pybind11::module_& m);
void register_plan(pybind11::module_& m);
void register_indicator(pybind11::module_& m);
void register_budget(pybind11::module_& m);
void register_data_table(pybind11::module_& m);
void register_renstra(pybind11::module_& m);
void register_perjanjian(pybind11::module_& m);
void register_limits(pybind11::module_& m);
void register_dataset(pybind11::module_& m);
void register_pemda(pybind11::module_& m);
void register_lke(pybind11::module_& m);
void register_review(pybind11::module_& m);
void register_join(pybind11::module_& m);
void register_report(pybind11::module_& m);
void register_report_docx(pybind11::module_& m);
void register_renja(pybind11::module_& m);
void register_pohon(pybind11::module_& m);
void register_compare(pybind11::module_& m);
void register_ledger(pybind11::module_& m);
void register_ledger_columns(pybind11::module_& m);
void register_document(pybind11::module_& m);

}  // namespace kinerja::python

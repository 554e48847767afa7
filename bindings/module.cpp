// kinerja._core: the compiled half of the kinerja Python package.
#include "register.hpp"

PYBIND11_MODULE(_core, m) {
    m.doc() = "kinerja's C++ core: exact Rupiah, decimals, percentages and Indonesian number text";
    kinerja::python::register_error(m);
    kinerja::python::register_decimal(m);
    kinerja::python::register_money(m);
    kinerja::python::register_percent(m);
    kinerja::python::register_number_text(m);
    kinerja::python::register_language(m);
    kinerja::python::register_plan(m);
    kinerja::python::register_indicator(m);
    kinerja::python::register_budget(m);
    kinerja::python::register_data_table(m);
    kinerja::python::register_renstra(m);
    kinerja::python::register_perjanjian(m);
    kinerja::python::register_limits(m);
    kinerja::python::register_dataset(m);
    kinerja::python::register_pemda(m);
    kinerja::python::register_lke(m);
    kinerja::python::register_review(m);
    kinerja::python::register_join(m);
    kinerja::python::register_report(m);
    kinerja::python::register_report_docx(m);
    kinerja::python::register_renja(m);
    kinerja::python::register_pohon(m);
    kinerja::python::register_compare(m);
    kinerja::python::register_ledger(m);
    kinerja::python::register_ledger_columns(m);
    kinerja::python::register_document(m);
}

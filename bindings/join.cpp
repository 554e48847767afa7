// Joining printed rows to a plan by their labels (kinerja/reviu/join.hpp).

#include <pybind11/stl.h>

#include <kinerja/reviu.hpp>

#include "convert.hpp"
#include "enums.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_join(py::module_& m) {
    bind_enum<JoinHow>(m, "JoinHow", "How a printed row was joined to the plan, or why it was not.");
    py::class_<JoinedRow>(m, "JoinedRow", "One decision of a join: a printed row and what became of it.")
        .def_readonly("table", &JoinedRow::table)
        .def_readonly("row", &JoinedRow::row)
        .def_readonly("label", &JoinedRow::label)
        .def_readonly("how", &JoinedRow::how)
        .def_readonly("ref", &JoinedRow::ref)
        .def_readonly("name", &JoinedRow::name)
        .def_readonly("score", &JoinedRow::score)
        .def_readonly("candidates", &JoinedRow::candidates)
        .def_readonly("reason", &JoinedRow::reason)
        .def("__eq__", [](const JoinedRow& a, const JoinedRow& b) { return a == b; })
        .def("__repr__", [](const JoinedRow& j) {
            return "JoinedRow(" + j.table + " row " + std::to_string(j.row) + " " +
                   std::string(to_string(j.how)) + (j.ref.empty() ? "" : " " + j.ref) + ")";
        });
    py::class_<JoinResult>(m, "JoinResult",
                           "What a join gives: the printed material with the refs filled, and every row's "
                           "decision.")
        .def_readonly("printed", &JoinResult::printed)
        .def_readonly("rows", &JoinResult::rows)
        .def(
            "findings",
            [](const JoinResult& r, const std::string& lang) { return join_findings(r, Language(lang)); },
            py::arg("lang") = "id",
            "The decisions as findings of severity note, rule join.<how>.\n\n"
            "lang: the language of the messages, 'id' (default) or 'en'; give the join's own.");
    // The options as keywords, each checked as a whole number of its type (a float is refused).
    m.def(
        "join_to_plan",
        [](const PrintedReport& printed, const Renstra& plan, const py::object& threshold,
           const py::object& margin, const py::object& max_candidates, const py::object& max_comparisons,
           const py::object& max_label_bytes, const std::string& lang) {
            JoinOptions o;
            o.lang = Language(lang);
            o.threshold = to_integer<int>(threshold, "threshold");
            o.margin = to_integer<int>(margin, "margin");
            o.max_candidates = to_integer<std::size_t>(max_candidates, "max_candidates");
            o.max_comparisons = to_integer<std::size_t>(max_comparisons, "max_comparisons");
            o.max_label_bytes = to_integer<std::size_t>(max_label_bytes, "max_label_bytes");
            py::gil_scoped_release unlocked;
            return join_to_plan(printed, plan, o);
        },
        py::arg("printed"), py::arg("plan"), py::kw_only(), py::arg("threshold") = JoinOptions{}.threshold,
        py::arg("margin") = JoinOptions{}.margin, py::arg("max_candidates") = JoinOptions{}.max_candidates,
        py::arg("max_comparisons") = JoinOptions{}.max_comparisons,
        py::arg("max_label_bytes") = JoinOptions{}.max_label_bytes, py::arg("lang") = "id",
        "Joins the rows of printed whose ref is empty to plan by their labels: exact after normalisation, "
        "fuzzy (similarity at least threshold, clearly the closest) among what the hierarchy allows, by "
        "elimination, and totals; every decision in the result's rows.\n\n"
        "printed: the PrintedReport; plan: the Renstra; threshold: the least similarity (0-100) of a fuzzy\n"
        "match; margin: by how much the best must beat the second; max_candidates, max_comparisons,\n"
        "max_label_bytes: bounds on the work; lang: the language of each row's reason, 'id' (default)\n"
        "or 'en' (kinerja.languages()).\n\n"
        ">>> doc = kinerja.datasets.lakip_2019_document()\n"
        ">>> result = kinerja.join_to_plan(doc.printed, doc.plan)\n"
        ">>> len(result.rows) > 0\n"
        "True");
    m.def(
        "join_findings",
        [](const JoinResult& result, const std::string& lang) {
            return join_findings(result, Language(lang));
        },
        py::arg("result"), py::arg("lang") = "id",
        "A join's decisions as findings of severity note, rule join.<how> (kept rows left out).\n\n"
        "result: what join_to_plan gave; lang: the language of the messages, 'id' (default) or 'en'\n"
        "(give the one the join was given, so that its reasons read in it too).\n\n"
        ">>> doc = kinerja.datasets.lakip_2019_document()\n"
        ">>> result = kinerja.join_to_plan(doc.printed, doc.plan)\n"
        ">>> {f.severity.name for f in kinerja.join_findings(result)} <= {'note'}\n"
        "True");
    m.def(
        "join_rules", [](const std::string& lang) { return join_rules(Language(lang)); },
        py::arg("lang") = "id",
        "Every decision a join can take as (rule, what it means).\n\n"
        "lang: the language of the descriptions, 'id' (default) or 'en'; the rule ids are the same.\n\n"
        ">>> dict(kinerja.join_rules(lang='en'))['join.exact'][:5]\n"
        "'note:'");
    m.def("normalize_label", &normalize_label, py::arg("label"),
          "A row label as the join compares it.\n\n"
          "label: the printed label.\n\n"
          ">>> kinerja.normalize_label('1.  PROGRAM Pelayanan  Administrasi')\n"
          "'pelayanan administrasi'");
    m.def("label_similarity", &label_similarity, py::arg("a"), py::arg("b"),
          "The similarity (0-100) of two normalised labels.\n\n"
          "a, b: labels as normalize_label gives them.\n\n"
          ">>> kinerja.label_similarity('program a', 'program a')\n"
          "100");
}

}  // namespace kinerja::python

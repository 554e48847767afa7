// kinerja.lke's compiled half: the LKE SAKIP worksheet, its score, and the criteria a plan answers.

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <kinerja/io/lke.hpp>
#include <kinerja/plan.hpp>
#include <kinerja/reviu/lke.hpp>
#include <map>

#include "convert.hpp"
#include "enums.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_lke(py::module_& m) {
    bind_enum<LkeComponent>(m, "LkeComponent",
                            "The four components: perencanaan 30, pengukuran 30, pelaporan "
                            "15, evaluasi 25.");
    bind_enum<LkePart>(m, "LkePart", "The sub-components: pemenuhan 20 %, kualitas 30 %, implementasi 50 %.");
    bind_enum<LkeDataRule>(m, "LkeDataRule", "The questions kinerja answers from a plan (docs/lke.md).");
    bind_enum<LkeAnswerSource>(m, "LkeAnswerSource", "Who answered: the evaluator or the plan's data.");
    bind_enum<LkeBoundary>(m, "LkeBoundary", "gt: 90 is A (the regulation's '>90-100'); ge: 90 is AA.");

    py::class_<LkeScaleAnswer>(m, "LkeScaleAnswer", "One answer of a scale and its value, 0 to 1.")
        .def_readonly("answer", &LkeScaleAnswer::answer)
        .def_readonly("value", &LkeScaleAnswer::value);
    py::class_<LkeScale>(m, "LkeScale", "A scale of answers ('Y/T', 'A-E', or the worksheet's own).")
        .def_readonly("name", &LkeScale::name)
        .def_readonly("answers", &LkeScale::answers);
    py::class_<LkeLimit>(m, "LkeLimit",
                         "What an answer may not exceed: a criterion, or a sub-component's mean.")
        .def_readonly("criterion", &LkeLimit::criterion, "Another criterion's id; '' for a mean.")
        .def_readonly("component", &LkeLimit::component)
        .def_readonly("part", &LkeLimit::part);
    py::class_<LkeCriterion>(m, "LkeCriterion", "One criterion of the worksheet.")
        .def_readonly("id", &LkeCriterion::id)
        .def_readonly("component", &LkeCriterion::component)
        .def_readonly("part", &LkeCriterion::part)
        .def_readonly("text", &LkeCriterion::text)
        .def_readonly("scale", &LkeCriterion::scale)
        .def_readonly("answer", &LkeCriterion::answer, "'' while unanswered.")
        .def_readonly("evidence", &LkeCriterion::evidence)
        .def_readonly("answered_by", &LkeCriterion::answered_by)
        .def_readonly("data", &LkeCriterion::data)
        .def_readonly("limits", &LkeCriterion::limits)
        .def_readonly("where", &LkeCriterion::where,
                      "Where it was read: a CSV line, an xlsx cell, a JSON path.")
        .def("__repr__",
             [](const LkeCriterion& c) { return "LkeCriterion('" + c.id + "', '" + c.answer + "')"; });
    py::class_<LkeWorksheet>(m, "LkeWorksheet", "An LKE worksheet: one body, one year.")
        .def_readonly("body", &LkeWorksheet::body)
        .def_readonly("year", &LkeWorksheet::year, "0 when the worksheet does not say.")
        .def_readonly("scales", &LkeWorksheet::scales, "Its own scales, besides 'Y/T' and 'A-E'.")
        .def_readonly("criteria", &LkeWorksheet::criteria)
        .def_readonly("source", &LkeWorksheet::source)
        .def(
            "answered",
            [](const LkeWorksheet& sheet, const std::map<std::string, std::string>& answers) {
                LkeWorksheet out = sheet;
                for (const auto& [id, answer] : answers) {
                    auto it = std::find_if(out.criteria.begin(), out.criteria.end(),
                                           [&](const LkeCriterion& c) { return c.id == id; });
                    if (it == out.criteria.end()) {
                        std::vector<std::string> ids;
                        for (const auto& c : out.criteria) ids.push_back(c.id);
                        throw lookup_error("criterion", id, ids);
                    }
                    it->answer = answer;
                    it->answered_by = LkeAnswerSource::evaluator;
                }
                validate_lke(out);
                return out;
            },
            py::arg("answers"),
            "A copy with the evaluator's answers set ({criterion id: answer}); '' clears one. LookupError "
            "for an unknown id, DataError for an answer not of its scale.")
        .def("__eq__", [](const LkeWorksheet& a, const LkeWorksheet& b) { return a == b; })
        .def("__repr__", [](const LkeWorksheet& s) {
            return "LkeWorksheet('" + s.body + "', " + std::to_string(s.year) + ", " +
                   std::to_string(s.criteria.size()) + " criteria)";
        });
    py::class_<LkeFinding>(m, "LkeFinding", "A worksheet rule broken or a criterion open.")
        .def_readonly("rule", &LkeFinding::rule,
                      "'lke.unanswered', 'lke.kerangka_logis' or 'lke.data_disagrees'.")
        .def_readonly("severity", &LkeFinding::severity, "'error' or 'warning'.")
        .def_readonly("criterion", &LkeFinding::criterion)
        .def_readonly("where", &LkeFinding::where)
        .def_readonly("message", &LkeFinding::message)
        .def("__repr__",
             [](const LkeFinding& f) { return "LkeFinding('" + f.rule + "', '" + f.criterion + "')"; });
    py::class_<LkePartScore>(m, "LkePartScore", "One sub-component's score.")
        .def_readonly("component", &LkePartScore::component)
        .def_readonly("part", &LkePartScore::part)
        .def_readonly("weight", &LkePartScore::weight)
        .def_readonly("criteria", &LkePartScore::criteria)
        .def_readonly("answered", &LkePartScore::answered)
        .def_readonly("score", &LkePartScore::score, "None while a criterion is unanswered.");
    py::class_<LkeComponentScore>(m, "LkeComponentScore", "One component's score.")
        .def_readonly("component", &LkeComponentScore::component)
        .def_readonly("weight", &LkeComponentScore::weight)
        .def_readonly("score", &LkeComponentScore::score);
    py::class_<LkeResult>(m, "LkeResult", "A worksheet scored.")
        .def_readonly("body", &LkeResult::body)
        .def_readonly("year", &LkeResult::year)
        .def_readonly("parts", &LkeResult::parts)
        .def_readonly("components", &LkeResult::components)
        .def_readonly("total", &LkeResult::total, "0 to 100; None while a criterion is unanswered.")
        .def_readonly("predikat", &LkeResult::predikat, "'AA' ... 'D'; '' without a total.")
        .def_readonly("boundary", &LkeResult::boundary)
        .def_readonly("findings", &LkeResult::findings)
        .def("__repr__", [](const LkeResult& r) {
            return "LkeResult(" + (r.total ? r.total->to_string() : std::string("None")) + ", '" +
                   r.predikat + "')";
        });

    m.def("lke_weight", py::overload_cast<LkeComponent>(&lke_weight), py::arg("component"));
    m.def("lke_part_weight", py::overload_cast<LkeComponent, LkePart>(&lke_weight), py::arg("component"),
          py::arg("part"));
    m.def("lke_builtin_scales", &lke_builtin_scales, "The built-in scales, 'Y/T' and 'A-E'.");
    m.def("lke_predikat", &lke_predikat, py::arg("total"),
          py::arg_v("boundary", LkeBoundary::above, "LkeBoundary.gt"));
    m.def("validate_lke", &validate_lke, py::arg("sheet"));
    m.def(
        "evaluate_lke",
        [](const LkeWorksheet& sheet, LkeBoundary boundary, const std::string& lang) {
            return evaluate_lke(sheet, boundary, Language(lang));
        },
        py::arg("sheet"), py::arg_v("boundary", LkeBoundary::above, "LkeBoundary.gt"),
        py::arg("lang") = "id");
    m.def(
        "fill_lke_from_plan",
        [](const LkeWorksheet& sheet, const Renstra& plan, int year, const std::string& lang) {
            LkeWorksheet out = sheet;
            auto findings = fill_lke_from_plan(out, plan, year, Language(lang));
            return py::make_tuple(out, findings);
        },
        py::arg("sheet"), py::arg("plan"), py::arg("year") = 0, py::arg("lang") = "id");
    m.def(
        "read_lke",
        [](const std::filesystem::path& path, const std::string& body, int year,
           const std::optional<ReadLimits>& limits) {
            return read_lke(path, body, year, limits.value_or(ReadLimits{}));
        },
        py::arg("path"), py::arg("body") = "", py::arg("year") = 0, py::kw_only(),
        py::arg("limits") = py::none());
    m.def(
        "parse_lke_csv",
        [](std::string_view text, const std::string& source, const std::string& body, int year,
           const std::optional<ReadLimits>& limits) {
            return parse_lke_csv(text, source, body, year, limits.value_or(ReadLimits{}));
        },
        py::arg("text"), py::arg("source") = "", py::arg("body") = "", py::arg("year") = 0, py::kw_only(),
        py::arg("limits") = py::none());
    m.def(
        "parse_lke_json",
        [](std::string_view text, const std::string& source, const std::optional<ReadLimits>& limits) {
            return parse_lke_json(text, source, limits.value_or(ReadLimits{}));
        },
        py::arg("text"), py::arg("source") = "", py::kw_only(), py::arg("limits") = py::none());
    m.def(
        "parse_lke_xlsx",
        [](const py::bytes& data, const std::string& source, const std::string& body, int year,
           const std::optional<ReadLimits>& limits) {
            const std::string_view bytes = data;
            return parse_lke_xlsx(bytes, source, body, year, limits.value_or(ReadLimits{}));
        },
        py::arg("data"), py::arg("source") = "", py::arg("body") = "", py::arg("year") = 0, py::kw_only(),
        py::arg("limits") = py::none());
    m.def("write_lke_json", &write_lke_json, py::arg("sheet"));
    m.def(
        "format_lke",
        [](const LkeResult& result, const std::optional<LkeResult>& previous, const std::string& format,
           const std::string& lang) {
            return format_lke(result, previous ? &*previous : nullptr, format, Language(lang));
        },
        py::arg("result"), py::arg("previous") = py::none(), py::arg("format") = "md",
        py::arg("lang") = "id");
}

}  // namespace kinerja::python

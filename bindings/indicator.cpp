// Indicators, targets, realisations, capaian and rating scales.

#include <pybind11/stl.h>

#include <kinerja/plan.hpp>

#include "convert.hpp"
#include "enums.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {
namespace {

// How a target and a realisation are stated, apart from the indicator that holds them: Indicator's
// fields are of these types.
void register_targets(py::module_& m) {
    bind_enum<Polarity>(m, "Polarity");
    bind_enum<LowerFormula>(m, "LowerFormula");
    bind_enum<Rollup>(m, "Rollup");

    py::class_<Target> target(m, "Target", "A target: a number, a range or a grade.");
    bind_enum<Target::Kind>(target, "Kind");
    target.def_readonly("kind", &Target::kind)
        .def_readonly("value", &Target::value)
        .def_readonly("min", &Target::min)
        .def_readonly("max", &Target::max)
        .def_readonly("grade", &Target::grade)
        .def_static("number", &Target::number, py::arg("value"))
        .def_static("between", &Target::between, py::arg("lo"), py::arg("hi"))
        .def_static("of_grade", &Target::of_grade, py::arg("grade"))
        .def("__eq__", [](const Target& a, const Target& b) { return a == b; })
        .def(pickle_members("Target",
                            "kind: Target.Kind, value: decimal.Decimal, min: decimal.Decimal, max: "
                            "decimal.Decimal, grade: str",
                            &Target::kind, &Target::value, &Target::min, &Target::max, &Target::grade));

    py::class_<Measure> measure(m, "Measure", "A realised value: a number, a grade, or undefined.");
    bind_enum<Measure::Kind>(measure, "Kind");
    measure.def_readonly("kind", &Measure::kind)
        .def_readonly("value", &Measure::value)
        .def_readonly("grade", &Measure::grade)
        .def_static("number", &Measure::number, py::arg("value"))
        .def_static("of_grade", &Measure::of_grade, py::arg("grade"))
        .def(pickle_members("Measure", "kind: Measure.Kind, value: decimal.Decimal, grade: str",
                            &Measure::kind, &Measure::value, &Measure::grade));

    py::class_<Realisation> realisation(m, "Realisation", "How a year's realisation is stated.");
    bind_enum<Realisation::Source>(realisation, "Source");
    realisation.def_readonly("source", &Realisation::source)
        .def_readonly("value", &Realisation::value)
        .def_readonly("grade", &Realisation::grade)
        .def_readonly("numerator", &Realisation::numerator)
        .def_readonly("denominator", &Realisation::denominator)
        .def_readonly("triwulan", &Realisation::triwulan)
        .def_readonly("rollup", &Realisation::rollup);
}

// The indicator record itself and the formula and baseline it carries.
void register_indicator_record(py::module_& m) {
    py::class_<Formula>(m, "Formula", "numerator / denominator x factor over named data.")
        .def_readonly("text", &Formula::text)
        .def_readonly("numerator", &Formula::numerator)
        .def_readonly("denominator", &Formula::denominator)
        .def_readonly("factor", &Formula::factor);
    py::class_<Baseline>(m, "Baseline")
        .def_readonly("year", &Baseline::year)
        .def_readonly("value", &Baseline::value);

    py::class_<Indicator>(m, "Indicator", "A performance indicator on a node.")
        .def_readonly("id", &Indicator::id)
        .def_readonly("node", &Indicator::node)
        .def_readonly("name", &Indicator::name)
        .def_readonly("satuan", &Indicator::satuan)
        .def_readonly("polarity", &Indicator::polarity)
        .def_readonly("lower_formula", &Indicator::lower_formula)
        .def_readonly("grades", &Indicator::grades)
        .def_readonly("decimals", &Indicator::decimals)
        .def_readonly("formula", &Indicator::formula)
        .def_readonly("baseline", &Indicator::baseline)
        .def_readonly("targets", &Indicator::targets)
        .def_readonly("end_target", &Indicator::end_target)
        .def_readonly("realisations", &Indicator::realisations)
        .def("__repr__", [](const Indicator& i) { return "Indicator('" + i.id + "')"; });
}

// Capaian and its rating. CapaianPolicy comes first: capaian's default argument is one, and pybind11
// converts a default argument when the function is defined.
void register_capaian(py::module_& m) {
    py::class_<CapaianPolicy>(m, "CapaianPolicy", "Decimals, rounding and an optional cap for capaian.")
        .def(py::init([](const py::object& decimals, Rounding rounding, std::optional<Decimal> cap) {
                 return CapaianPolicy{{to_integer<int>(decimals, "decimals"), rounding}, cap};
             }),
             py::arg("decimals") = 2, py::arg_v("rounding", Rounding::half_up, "Rounding.half_up"),
             py::arg("cap") = py::none())
        .def_property_readonly("decimals", [](const CapaianPolicy& p) { return p.precision.decimals; })
        .def_readonly("cap", &CapaianPolicy::cap);

    m.def("capaian", &capaian, py::arg("indicator"), py::arg("target"), py::arg("realised"),
          py::arg_v("policy", CapaianPolicy{}, "CapaianPolicy()"),
          "Capaian: exact, then capped, then rounded once; undefined for a zero target.\n\n"
          "indicator: gives the polarity and formula; target: the year's Target; realised: the Measure;\n"
          "policy: decimals, rounding and cap.\n\n"
          ">>> plan = kinerja.datasets.lakip_2019()\n"
          ">>> iku = plan.find_indicator('iku-pmks')\n"
          ">>> kinerja.capaian(iku, kinerja.Target.number(20), kinerja.Measure.number(15))\n"
          "Percent('75.00')");

    py::class_<RatingBand>(m, "RatingBand")
        .def_readonly("min", &RatingBand::min)
        .def_readonly("label", &RatingBand::label);
    py::class_<RatingScale>(m, "RatingScale", "Bands of capaian, highest first, and the label below them.")
        .def(py::init([](const std::vector<std::pair<Decimal, std::string>>& bands, std::string below) {
                 RatingScale s;
                 for (const auto& [min, label] : bands) s.bands.push_back(RatingBand{min, label});
                 s.below = std::move(below);
                 return s;
             }),
             py::arg("bands"), py::arg("below"))
        .def_static("lakip_5band", &RatingScale::lakip_5band)
        .def_readonly("bands", &RatingScale::bands)
        .def_readonly("below", &RatingScale::below)
        .def("rate", &RatingScale::rate, py::arg("capaian"));
}

}  // namespace

// The same order as before the split; only CapaianPolicy's place matters, before every function that
// takes one as a default argument (capaian here, the plan's capaian functions in renstra.cpp).
void register_indicator(py::module_& m) {
    register_targets(m);
    register_indicator_record(m);
    register_capaian(m);
}

}  // namespace kinerja::python

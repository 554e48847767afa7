// An indicator across years and across documents: the series a notebook plots and tabulates, and the
// comparison's tables.

#include <pybind11/stl.h>

#include <kinerja/report/compare.hpp>
#include <kinerja/report/comparison_writer.hpp>

#include "convert.hpp"
#include "pickle.hpp"
#include "register.hpp"

namespace py = pybind11;

namespace kinerja::python {

void register_compare(py::module_& m) {
    py::class_<YearPoint>(m, "YearPoint", "One year of an indicator's series.")
        .def_readonly("year", &YearPoint::year)
        .def_readonly("target", &YearPoint::target)
        .def_readonly("realisation", &YearPoint::realisation)
        .def_readonly("capaian", &YearPoint::capaian)
        .def_readonly("change", &YearPoint::change)
        .def_readonly("progress", &YearPoint::progress)
        .def(pickle_members(
            "YearPoint",
            "year: int, target: Target | None, realisation: Measure | None, capaian: Percent | "
            "None, change: decimal.Decimal | None, progress: Percent | None",
            &YearPoint::year, &YearPoint::target, &YearPoint::realisation, &YearPoint::capaian,
            &YearPoint::change, &YearPoint::progress))
        .def("__repr__", [](const YearPoint& p) { return "<YearPoint " + std::to_string(p.year) + ">"; });
    py::class_<Trend>(m, "Trend",
                      "The exact least-squares line through the numeric realisations, rounded once.")
        .def_readonly("base_year", &Trend::base_year)
        .def_readonly("slope", &Trend::slope)
        .def_readonly("intercept", &Trend::intercept)
        .def_readonly("at_year", &Trend::at_year)
        .def_readonly("projection", &Trend::projection)
        .def(pickle_members(
            "Trend",
            "base_year: int, slope: decimal.Decimal, intercept: decimal.Decimal, at_year: int, "
            "projection: decimal.Decimal",
            &Trend::base_year, &Trend::slope, &Trend::intercept, &Trend::at_year, &Trend::projection))
        .def("__repr__", [](const Trend& t) {
            return "Trend(slope=" + t.slope.to_string() + " per year, projection " +
                   std::to_string(t.at_year) + ": " + t.projection.to_string() + ")";
        });
    py::class_<IndicatorSeries>(m, "IndicatorSeries", "One indicator over the years of one document.")
        .def_readonly("body", &IndicatorSeries::body)
        .def_readonly("indicator", &IndicatorSeries::indicator)
        .def_readonly("name", &IndicatorSeries::name)
        .def_readonly("polarity", &IndicatorSeries::polarity)
        .def_readonly("period", &IndicatorSeries::period)
        .def_readonly("end_target", &IndicatorSeries::end_target)
        .def_readonly("points", &IndicatorSeries::points)
        .def_readonly("trend", &IndicatorSeries::trend)
        .def_readonly("will_meet", &IndicatorSeries::will_meet,
                      "Whether the projection meets the end target; None without a trend or a numeric end "
                      "target, or when the projection leaves the indicator's range.")
        .def_readonly("lowest", &IndicatorSeries::lowest, "The least value the satuan allows, or None.")
        .def_readonly("highest", &IndicatorSeries::highest, "The greatest value the satuan allows, or None.")
        .def_readonly("projection_outside", &IndicatorSeries::projection_outside,
                      "True when the projection leaves [lowest, highest]: the trend cannot decide.")
        .def_readonly("trend_points", &IndicatorSeries::trend_points,
                      "How many realisations the trend runs through.")
        .def(pickle_members(
            "IndicatorSeries",
            "body: str, indicator: str, name: str, polarity: Polarity, period: Period, "
            "end_target: Target | None, points: list[YearPoint], trend: Trend | None, will_meet: "
            "bool | None, lowest: decimal.Decimal | None, highest: decimal.Decimal | None, "
            "projection_outside: bool, trend_points: int",
            &IndicatorSeries::body, &IndicatorSeries::indicator, &IndicatorSeries::name,
            &IndicatorSeries::polarity, &IndicatorSeries::period, &IndicatorSeries::end_target,
            &IndicatorSeries::points, &IndicatorSeries::trend, &IndicatorSeries::will_meet,
            &IndicatorSeries::lowest, &IndicatorSeries::highest, &IndicatorSeries::projection_outside,
            &IndicatorSeries::trend_points))
        .def("__repr__", [](const IndicatorSeries& s) {
            return "<IndicatorSeries " + s.indicator + " of " + s.body + ", " +
                   std::to_string(s.points.size()) + " years>";
        });
    m.def("compare_years", &compare_years, py::arg("plan"), py::arg("indicator"),
          "One indicator over every year of a plan: target, realisation, capaian, change and progress\n"
          "towards the end target per year, and the trend.\n\n"
          "plan: the Renstra; indicator: the indicator's id.\n\n"
          ">>> plan = kinerja.datasets.lakip_2019()\n"
          ">>> [p.year for p in kinerja.compare_years(plan, 'iku-pmks').points]\n"
          "[2017, 2018, 2019]");
    m.def("compare_documents", &compare_documents, py::arg("plans"), py::arg("indicator"),
          "One indicator across plans (bodies or successive reports), a series each.\n\n"
          "plans: the Renstra to compare; indicator: the id they share.\n\n"
          ">>> plan = kinerja.datasets.lakip_2019()\n"
          ">>> [s.body for s in kinerja.compare_documents([plan], 'iku-pmks')]\n"
          "['Dinas Sosial Kabupaten Lumajang']");
    m.def(
        "least_squares_trend",
        [](const py::sequence& points, const py::object& at_year) {
            std::vector<std::pair<int, Decimal>> v;
            for (std::size_t i = 0; i < points.size(); ++i) {
                const py::object point = points[i];
                const std::string name = "points[" + std::to_string(i) + "]";
                if (!py::isinstance<py::sequence>(point) || py::len(point) != 2)
                    throw py::type_error(name + " must be a (year, value) pair");
                v.emplace_back(to_integer<int>(point[py::int_(0)], (name + "[0]").c_str()),
                               to_decimal(point[py::int_(1)], "a trend value"));
            }
            return least_squares_trend(v, to_integer<int>(at_year, "at_year"));
        },
        py::arg("points"), py::arg("at_year"),
        "The exact least-squares line through (year, value) points, projected to at_year.\n\n"
        "points: (year, int or decimal.Decimal) pairs; at_year: the year projected.\n\n"
        ">>> kinerja.least_squares_trend([(2017, 1), (2018, 2), (2019, 3)], 2023).projection\n"
        "Decimal('7.00')");
    // After register_report: the tables and their format are registered there.
    m.def(
        "comparison_tables",
        [](const std::vector<Renstra>& plans, const std::string& indicator, const std::string& lang) {
            return comparison_tables(plans, indicator, Language(lang));
        },
        py::arg("plans"), py::arg("indicator") = "", py::arg("lang") = "id",
        "The comparison of plans as report tables: one per indicator they share, or only indicator's.\n\n"
        "plans: the Renstra compared; indicator: an id, '' for every shared indicator; lang: 'id'\n"
        "(default) or 'en'.\n\n"
        ">>> plan = kinerja.datasets.lakip_2019()\n"
        ">>> [t.id for t in kinerja.comparison_tables([plan], 'iku-pmks')]\n"
        "['indikator-iku-pmks', 'tren']");
    m.def(
        "write_comparison",
        [](const std::vector<Renstra>& plans, const std::string& indicator, ReportFormat format,
           const std::string& lang) { return write_comparison(plans, indicator, format, Language(lang)); },
        py::arg("plans"), py::arg("indicator") = "",
        py::arg_v("format", ReportFormat::markdown, "ReportFormat.markdown"), py::arg("lang") = "id",
        "The comparison tables as one text (kinerja.format_comparison).\n\n"
        "plans, indicator: as for comparison_tables; format: markdown, html or csv; lang: 'id'\n"
        "(default) or 'en'.");
}

}  // namespace kinerja::python

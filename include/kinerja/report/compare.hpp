#pragma once
/// \file kinerja/report/compare.hpp
/// An indicator across the years of a Renstra, and across documents (regions, bodies) side by side:
/// year-on-year change, progress towards the end-of-plan target, and a least-squares trend.

#include <optional>
#include <string>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/plan/indicator.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// One year of an indicator's series.
struct YearPoint final {
    /// The year.
    int year = 0;
    /// The year's target, if the plan sets one.
    std::optional<Target> target;
    /// The year's realisation, if one is reported (it may itself be undefined).
    std::optional<Measure> realisation;
    /// Capaian against the year's target: empty when there is no target or no realisation.
    std::optional<Percent> capaian;
    /// The realisation minus the previous numeric realisation in the series (exact).
    std::optional<Decimal> change;
    /// The realisation against the end-of-plan target, by the indicator's polarity.
    std::optional<Percent> progress;
};

/// The least-squares line y = intercept + slope x (year - first year) through the numeric
/// realisations, solved exactly (the closed form of the normal equations, in integers) and rounded
/// half-up once.
struct Trend final {
    /// The first year of the fit (x = 0).
    int base_year = 0;
    /// Change per year, 4 decimals.
    Decimal slope;
    /// The line's value at base_year, 2 decimals.
    Decimal intercept;
    /// The year projected to: the plan's last year.
    int at_year = 0;
    /// The line's value at at_year, 2 decimals (rounded from the exact value, not from slope and intercept).
    Decimal projection;
};

/// One indicator over the years of one document.
struct IndicatorSeries final {
    /// The document's body, to tell documents apart side by side.
    std::string body;
    /// The indicator's id.
    std::string indicator;
    /// The indicator's name.
    std::string name;
    /// The indicator's polarity.
    Polarity polarity = Polarity::higher_is_better;
    /// The plan's period.
    Period period;
    /// The end-of-plan target, if any.
    std::optional<Target> end_target;
    /// Every year with a target or a realisation, in order.
    std::vector<YearPoint> points;
    /// The trend, when at least two years have numeric realisations in different years.
    std::optional<Trend> trend;
    /// Whether the projection at the plan's last year meets the numeric or range end target by the
    /// indicator's polarity; empty when there is no trend, no such end target, or the projection
    /// leaves the indicator's range (projection_outside).
    std::optional<bool> will_meet;
    /// The least value the indicator can take where its satuan bounds it (indicator_range); empty
    /// when unbounded below.
    std::optional<Decimal> lowest;
    /// The greatest, likewise (100 for a percentage); empty when unbounded above.
    std::optional<Decimal> highest;
    /// True when the trend's projection lies outside [lowest, highest]: a straight line that leaves
    /// the values the indicator can take cannot say whether the end target will be met.
    bool projection_outside = false;
    /// How many realisations the trend runs through (0 without a trend).
    std::size_t trend_points = 0;
};

/// The range an indicator's values can take, by its satuan: 0 to 100 for a percentage ("%",
/// "persen", "persentase"), from 0 for a count ("orang", "jiwa", "KK", "unit", "lembaga", ... as
/// docs/report-formats.md lists them), unbounded otherwise. A bound that a target, the end target
/// or a realisation of the indicator already passes is dropped (the satuan did not bound it: a
/// growth rate in % below 0). The first is the lower bound, the second the upper; empty: none.
[[nodiscard]] std::pair<std::optional<Decimal>, std::optional<Decimal>> indicator_range(
    const Indicator& indicator);

/// \p indicator over the years of \p plan; value_error when the plan has no such indicator.
[[nodiscard]] IndicatorSeries compare_years(const Renstra& plan, const std::string& indicator);

/// The same indicator in several documents, in the documents' order, skipping the ones without it;
/// value_error when none has it.
[[nodiscard]] std::vector<IndicatorSeries> compare_documents(const std::vector<Renstra>& plans,
                                                             const std::string& indicator);

/// The least-squares trend through (year, value) points projected to \p at_year: empty with fewer
/// than two distinct years. Exact: the normal equations are solved in closed form, then rounded once.
[[nodiscard]] std::optional<Trend> least_squares_trend(const std::vector<std::pair<int, Decimal>>& points,
                                                       int at_year);

/// The trends of many series at once, each projected to its year in \p at_years (one per series;
/// value_error otherwise): element k is least_squares_trend(series[k], at_years[k]). Series with the
/// same years are fitted together as one matrix (one design matrix times the matrix of their values).
[[nodiscard]] std::vector<std::optional<Trend>> least_squares_trends(
    const std::vector<std::vector<std::pair<int, Decimal>>>& series, const std::vector<int>& at_years);

/// Every indicator of \p indicators in every document of \p plans: one list per indicator, as
/// compare_documents gives it, with the trends of all the series fitted at once
/// (least_squares_trends); value_error when no document has one of them.
[[nodiscard]] std::vector<std::vector<IndicatorSeries>> compare_all(
    const std::vector<Renstra>& plans, const std::vector<std::string>& indicators);

}  // namespace kinerja

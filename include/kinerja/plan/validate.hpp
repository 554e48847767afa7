#pragma once
/// \file kinerja/plan/validate.hpp
/// The rules a Renstra keeps, checked all at once, and where in the plan a fault lies.

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kinerja/core/error.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// Where in a plan (or in a report's printed material) a fault lies, in the model's own names: a
/// member of the whole, the element of that list, and the steps inside the element. A file format
/// maps it to its own notation (the dataset reader to a JSON path).
struct PlanLocation final {
    /// The member of the whole: "nodes", "budget", "body", "period"...; empty for the whole.
    std::string list;
    /// The element of the list; empty for a member that is not a list (body, period).
    std::optional<std::size_t> index;
    /// The steps inside the element (or member), outermost first: {"parent"}, {"targets", "2019"},
    /// {"rows", "0", "values", "l"}; empty for the element itself.
    std::vector<std::string> field;

    /// The pointer form "/nodes/3/parent" (RFC 6901 tokens of the model's names; "" for the whole).
    [[nodiscard]] std::string to_string() const {
        std::string out = list.empty() ? std::string() : "/" + list;
        if (index) out += "/" + std::to_string(*index);
        for (const std::string& step : field) out += "/" + step;
        return out;
    }

    /// Member-wise equality.
    friend bool operator==(const PlanLocation& a, const PlanLocation& b) {
        return a.list == b.list && a.index == b.index && a.field == b.field;
    }
    /// Negation of ==.
    friend bool operator!=(const PlanLocation& a, const PlanLocation& b) { return !(a == b); }
};

/// A plan (or printed material) that breaks one of its rules: a data_error whose path() is the
/// location as the thrower names it (the model's pointer form, or the JSON path when the dataset
/// reader threw it), with the structured location beside it.
class plan_error final : public data_error {
public:
    /// \param source the file, or empty for a plan built in code
    /// \param path how the source names the location (PlanLocation::to_string, or a JSON path)
    /// \param location where the fault lies
    /// \param reason short lowercase statement of what was required (English)
    /// \param said \p reason as a catalogue id and values; empty when it has none yet
    plan_error(std::string source, std::string path, PlanLocation location, std::string reason,
               Message said = {})
        : data_error(std::move(source), std::move(path), std::move(reason), std::move(said)),
          location_(std::move(location)) {}

    /// Where the fault lies, structured.
    [[nodiscard]] const PlanLocation& location() const noexcept { return location_; }

private:
    PlanLocation location_;
};

/// The years a plan may name (its period, budget lines, data tables, indicator targets and
/// realisations): wide enough for any real Renstra, narrow enough to catch a typed 20199 or 0.
inline constexpr int min_year = 1900;
/// The last year a plan may name (see min_year).
inline constexpr int max_year = 2200;

/// The deepest nesting of data-table rows within rows that validate accepts. Real tables nest two or
/// three levels; the bound lets writing, comparing and copying rows recurse without any risk to the
/// stack, whatever built the plan. (Reading a dataset refuses deep nesting earlier, by
/// ReadLimits::max_depth.)
inline constexpr std::size_t max_row_depth = 1000;

/// Checks every rule of the plan (ids, parents and levels, codes, references, polarity and target
/// kinds, stated values against computations, quarters against totals, years within min_year and
/// max_year, amounts not negative, unit parents without cycles, rows nested at most max_row_depth
/// levels); plan_error naming
/// \p source and the location of the first fault (its path() is PlanLocation::to_string()).
void validate(const Renstra& plan, const std::string& source = {});

/// What a valid plan may hold but is probably a mistake (a typed figure, a year or class from another
/// period): reported, never refused. The Python package emits each as a kinerja.DataWarning when a plan
/// is read or validated.
struct PlanWarning final {
    /// The rule's stable name: "budget.realisasi_above_anggaran", "budget.class_years" or "period.year".
    std::string rule;
    /// Where it lies, in the model's names (a budget line's class is its field "spending").
    PlanLocation location;
    /// The node of the line or indicator; empty for a line of the body as a whole.
    std::string node;
    /// The year concerned.
    int year = 0;
    /// What is odd, naming the line or indicator, the year and the values.
    std::string message;
};

/// The warnings of \p plan, in the order of its lists: a budget line whose realisasi is above its
/// anggaran; a spending class used outside its years (belanja tidak langsung and langsung before
/// 2021, operasi, modal, tidak terduga and transfer from 2021); a budget line or an indicator's target
/// outside the plan period, and a realisation or data table after its end (one before it is a
/// comparison year a LAKIP reports, not a mistake). Expects a plan validate() accepts.
[[nodiscard]] std::vector<PlanWarning> plan_warnings(const Renstra& plan, const Language& lang = Language());

}  // namespace kinerja

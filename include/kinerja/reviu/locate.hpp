#pragma once
/// \file kinerja/reviu/locate.hpp
/// Error localization (Fellegi-Holt): given printed figures and the edits (checks) they must satisfy,
/// the smallest-weight set of figures whose correction makes every edit hold, with the corrected
/// values. The engine knows nothing of tables: a caller turns a table's cells, the other tables, the
/// text's figures and the dataset's figures into an EditSystem (docs/locate.md).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/enum_names.hpp"

namespace kinerja {

/// The index of a variable in its EditSystem.
using VariableId = std::size_t;
/// The index of an edit in its EditSystem.
using EditId = std::size_t;

/// Default weights of a culprit, in integer units: the localization minimises the total weight of
/// the figures it declares wrong, so a lower weight means "more likely wrong". Integers, so that
/// ties are exact and a tie is reported, never broken by rounding.
namespace locate_weight {
/// A well-formed printed figure.
inline constexpr std::int64_t printed = 10;
/// A total (JUMLAH) or a parent row: slightly more likely wrong than one of the rows it closes, so
/// that a total disagreeing with rows that agree with each other is the culprit, yet one wrong row
/// (which also breaks its own row identity) still costs less than the total and a second figure.
inline constexpr std::int64_t total = 9;
/// Malformed text given one sensible reading (`848.146..988,00`): more likely wrong than
/// well-formed text.
inline constexpr std::int64_t malformed = 5;
}  // namespace locate_weight

/// An exact rational coefficient numerator / denominator (denominator != 0).
struct Fraction final {
    /// The numerator.
    std::int64_t numerator = 1;
    /// The denominator; value_error when the system is used with 0.
    std::int64_t denominator = 1;

    /// 1.
    constexpr Fraction() noexcept = default;
    /// An integer coefficient; implicit, so that `{x, -1}` reads as a term.
    constexpr Fraction(std::int64_t n) noexcept : numerator(n) {}  // NOLINT(google-explicit-constructor)
    /// n / d.
    constexpr Fraction(std::int64_t n, std::int64_t d) noexcept : numerator(n), denominator(d) {}
};

/// coefficient x variable.
struct Term final {
    /// The variable.
    VariableId variable = 0;
    /// Its coefficient.
    Fraction coefficient;
};

/// sum of terms + constant.
struct LinearForm final {
    /// The terms; a variable may appear more than once (the coefficients add).
    std::vector<Term> terms;
    /// The constant.
    Decimal constant;
};

/// A figure of the system: a printed cell, or a figure of the dataset.
struct EditVariable final {
    /// What the caller wants to read in a finding, e.g. "tabel-3-2 / BELANJA LANGSUNG / anggaran".
    std::string name;
    /// The printed value; empty for a blank cell, which is filled at no cost (never a culprit: its
    /// value is reported with the solution when the edits determine it).
    std::optional<Decimal> printed;
    /// The weight of declaring it wrong (>= 1); see locate_weight.
    std::int64_t weight = locate_weight::printed;
    /// A figure that cannot be wrong (the dataset's): always held at its printed value.
    bool fixed = false;
    /// How many decimals its corrected value is shown with when it is not exact (a ratio, a mean):
    /// -1 for the printed value's scale (0 for a blank).
    int decimals = -1;
};

/// Whether an edit is an exact equality or a rounded one.
enum class EditKind {
    /// form == 0, exactly.
    linear,
    /// target == form / denominator rounded half-up to the target's decimals (a % column, a figure
    /// printed without its sen).
    rounded,
};

/// The one name table of EditKind.
template <>
struct EnumTable<EditKind> {
    /// Every value with its name.
    static constexpr EnumName<EditKind> entries[] = {{EditKind::linear, "linear"},
                                                     {EditKind::rounded, "rounded"}};
};

/// "linear" or "rounded".
[[nodiscard]] constexpr std::string_view to_string(EditKind k) noexcept { return detail::enum_name(k); }

/// One check the figures must satisfy.
struct Edit final {
    /// What the caller wants to read in a finding, e.g. "sisa = anggaran - realisasi".
    std::string name;
    /// Linear or rounded.
    EditKind kind = EditKind::linear;
    /// linear: the form that must be 0; rounded: the numerator.
    LinearForm form;
    /// rounded only: the printed figure that must equal the rounded quotient.
    VariableId target = 0;
    /// rounded only: the denominator (the constant 1 when the expression is not a ratio).
    LinearForm denominator{{}, Decimal(1)};
    /// rounded only: the decimals the quotient is rounded to; -1 for the target's printed scale.
    int decimals = -1;
};

/// Figures and the edits over them. Build it with the add_ functions; locate() solves it.
class EditSystem final {
public:
    /// A printed figure (empty \p printed for a blank cell); value_error for a weight below 1.
    VariableId add_variable(std::string name, std::optional<Decimal> printed,
                            std::int64_t weight = locate_weight::printed, int decimals = -1);
    /// A figure that cannot be wrong (the dataset's).
    VariableId add_fixed(std::string name, Decimal value);
    /// The edit \p form == 0; value_error for an unknown variable or a zero denominator.
    EditId add_linear(std::string name, LinearForm form);
    /// sum of \p parts == \p total (a JUMLAH row, a parent row, L + P = jumlah).
    EditId add_sum(std::string name, VariableId total, const std::vector<VariableId>& parts);
    /// \p result == \p a - \p b (sisa = anggaran - realisasi).
    EditId add_difference(std::string name, VariableId result, VariableId a, VariableId b);
    /// \p target == round_half_up(\p numerator / \p denominator, \p decimals) (decimals -1: the
    /// target's printed scale); value_error for an unknown variable or a zero coefficient denominator.
    EditId add_rounded(std::string name, VariableId target, LinearForm numerator, LinearForm denominator,
                       int decimals = -1);
    /// \p target == round_half_up(\p factor x \p numerator / \p denominator) at the target's printed
    /// scale (persen = realisasi / anggaran x 100).
    EditId add_ratio(std::string name, VariableId target, VariableId numerator, VariableId denominator,
                     std::int64_t factor = 100);

    /// The variables, by id.
    [[nodiscard]] const std::vector<EditVariable>& variables() const noexcept { return variables_; }
    /// The edits, by id.
    [[nodiscard]] const std::vector<Edit>& edits() const noexcept { return edits_; }

private:
    void check(const LinearForm& form) const;

    std::vector<EditVariable> variables_;
    std::vector<Edit> edits_;
};

/// A culprit (or a blank) with the value that makes every edit hold.
struct Correction final {
    /// The variable.
    VariableId variable = 0;
    /// The consistent value; empty when the edits leave it free (undetermined) or it does not fit
    /// 38 digits.
    std::optional<Decimal> value;
    /// False when value is rounded half-up to the variable's decimals (a ratio, a third): the exact
    /// value has more decimals than a Decimal carries, or than the figure is printed with.
    bool exact = true;
};

/// One explanation: a set of figures whose correction makes every edit of its cluster hold.
struct LocateSolution final {
    /// The total weight of the culprits.
    std::int64_t weight = 0;
    /// The figures declared wrong, by variable id, with their consistent values.
    std::vector<Correction> culprits;
    /// The blank figures of the cluster with the values the edits give them once corrected.
    std::vector<Correction> blanks;
    /// The figures of the broken edits that are not culprits (sorted): right under this
    /// explanation, they disagreed only because of the culprits (fixed figures included).
    std::vector<VariableId> agreeing;
};

/// What the localization found for one cluster.
enum class LocateStatus {
    /// Every edit holds as printed.
    consistent,
    /// One smallest explanation.
    located,
    /// Two or more explanations of the same smallest weight: it cannot be decided which.
    ambiguous,
    /// No explanation within the limits (LocateOptions): too many inconsistencies to localize.
    too_many,
    /// No set of non-fixed figures explains it: fixed figures (the dataset's) break an edit by
    /// themselves, or contradict each other through the edits.
    unexplainable,
};

/// The one name table of LocateStatus.
template <>
struct EnumTable<LocateStatus> {
    /// Every value with its name.
    static constexpr EnumName<LocateStatus> entries[] = {{LocateStatus::consistent, "consistent"},
                                                         {LocateStatus::located, "located"},
                                                         {LocateStatus::ambiguous, "ambiguous"},
                                                         {LocateStatus::too_many, "too_many"},
                                                         {LocateStatus::unexplainable, "unexplainable"}};
};

/// The lowercase name of a status.
[[nodiscard]] constexpr std::string_view to_string(LocateStatus s) noexcept { return detail::enum_name(s); }

/// The edits and variables connected through shared (non-fixed) variables, with at least one edit
/// the printed figures break, and what explains them. Clusters are independent: their culprits
/// add up.
struct LocateCluster final {
    /// located, ambiguous, too_many or unexplainable (a cluster is only formed around a broken edit).
    LocateStatus status = LocateStatus::located;
    /// The edits the printed figures break (sorted); every solution repairs them all.
    std::vector<EditId> violated;
    /// Every smallest explanation, lightest first then by variable ids: one when located, two or
    /// more when ambiguous, none when too_many or unexplainable.
    std::vector<LocateSolution> solutions;
    /// The culprits common to every solution (sorted): wrong whichever explanation is right. Empty
    /// when more_solutions (not every solution is known).
    std::vector<VariableId> certain;
    /// True when more solutions of the same weight exist than LocateOptions::max_solutions.
    bool more_solutions = false;
};

/// The limits of the search: past them a cluster is too_many instead of running on.
struct LocateOptions final {
    /// At most this many culprits in one cluster (>= 1).
    int max_culprits = 6;
    /// At most this many candidate sets examined per cluster (each counted once, however many passes
    /// of the search read it).
    std::size_t max_nodes = 20000;
    /// At most this many solutions of the smallest weight are kept per cluster (>= 1).
    std::size_t max_solutions = 16;
};

/// The result of locate().
struct Localization final {
    /// One per independent group of broken edits, in order of their first edit; empty when every
    /// edit holds.
    std::vector<LocateCluster> clusters;

    /// consistent when there is no cluster, else the worst status of a cluster (unexplainable over
    /// too_many over ambiguous over located).
    [[nodiscard]] LocateStatus status() const noexcept;
};

/// Fellegi-Holt error localization of \p system: for every group of broken edits, every set of
/// figures of least total weight such that the other figures, held at their printed values, admit
/// values for the set satisfying every edit. Exact: rationals throughout. Linear edits are solved
/// exactly; a rounded edit is checked whenever the linear edits determine its figures (a free figure
/// is assumed able to satisfy it: docs/locate.md says why). value_error for a malformed system.
[[nodiscard]] Localization locate(const EditSystem& system, const LocateOptions& options = {});

}  // namespace kinerja

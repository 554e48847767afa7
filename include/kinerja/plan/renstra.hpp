#pragma once
/// \file kinerja/plan/renstra.hpp
/// kinerja::Renstra, one body's five-year strategic plan with its yearly data, and what follows
/// from it: budget roll-ups, realisations, capaian and their aggregates.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/enum_names.hpp"
#include "kinerja/plan/budget.hpp"
#include "kinerja/plan/data_table.hpp"
#include "kinerja/plan/hierarchy.hpp"
#include "kinerja/plan/indicator.hpp"
#include "kinerja/plan/perjanjian.hpp"

namespace kinerja {

/// The body (OPD) the plan belongs to.
struct Body final {
    /// E.g. "Dinas Sosial Kabupaten Lumajang".
    std::string name;
    /// E.g. "Kabupaten Lumajang"; may be empty.
    std::string region;

    /// Member-wise equality.
    friend bool operator==(const Body& a, const Body& b) { return a.name == b.name && a.region == b.region; }
    /// Negation of ==.
    friend bool operator!=(const Body& a, const Body& b) { return !(a == b); }
};

/// The years a Renstra covers, both included (2018-2023).
struct Period final {
    /// First year.
    int from = 0;
    /// Last year.
    int to = 0;

    /// Member-wise equality.
    friend bool operator==(const Period& a, const Period& b) { return a.from == b.from && a.to == b.to; }
    /// Negation of ==.
    friend bool operator!=(const Period& a, const Period& b) { return !(a == b); }
};

/// How node codes are checked.
enum class CodeScheme {
    /// Any code without blanks (old short codes, or none).
    free,
    /// Permendagri 90/2019: program U.BB.PP, kegiatan U.BB.PP.K.KK, sub kegiatan U.BB.PP.K.KK.SSSS,
    /// each extending its parent's code.
    permendagri_90,
};

/// The one name table of CodeScheme.
template <>
struct EnumTable<CodeScheme> {
    /// Every value with its name.
    static constexpr EnumName<CodeScheme> entries[] = {
        {CodeScheme::free, "free"}, {CodeScheme::permendagri_90, "permendagri-90", "permendagri_90"}};
};

/// "free" or "permendagri-90".
[[nodiscard]] constexpr std::string_view to_string(CodeScheme scheme) noexcept {
    return detail::enum_name(scheme);
}
/// The scheme named \p name, or empty.
[[nodiscard]] constexpr std::optional<CodeScheme> parse_code_scheme(std::string_view name) noexcept {
    return detail::enum_value<CodeScheme>(name);
}

/// A figure the source prints differently in two places: the one kept, and the other.
struct Discrepancy final {
    /// The node it is about; may be empty.
    std::string node;
    /// The year it is about; may be empty.
    std::optional<int> year;
    /// The measure ("anggaran", "realisasi", "capaian"...); may be empty.
    std::string measure;
    /// The figure the dataset holds: the one the source's own sums support.
    std::string kept;
    /// The other figure, verbatim.
    std::string printed;
    /// Where the other figure is printed.
    std::string where;
    /// Why the kept figure was kept.
    std::string why;

    /// Member-wise equality.
    friend bool operator==(const Discrepancy& a, const Discrepancy& b) {
        return a.node == b.node && a.year == b.year && a.measure == b.measure && a.kept == b.kept &&
               a.printed == b.printed && a.where == b.where && a.why == b.why;
    }
    /// Negation of ==.
    friend bool operator!=(const Discrepancy& a, const Discrepancy& b) { return !(a == b); }
};

/// One body's Renstra with its yearly data: plain containers in document order. It holds the plan
/// only: a report's printed material (the reviu's input) is a PrintedReport beside it.
struct Renstra final {
    /// The body.
    Body body;
    /// The plan's years.
    Period period;
    /// How codes are checked.
    CodeScheme codes = CodeScheme::free;
    /// Organisation units.
    std::vector<Unit> units;
    /// The hierarchy, parents before children.
    std::vector<Node> nodes;
    /// Strategi and kebijakan.
    std::vector<Statement> statements;
    /// Indicators.
    std::vector<Indicator> indicators;
    /// Budget lines.
    std::vector<BudgetLine> budget;
    /// Data tables.
    std::vector<DataTable> tables;
    /// Figures printed differently in the source.
    std::vector<Discrepancy> discrepancies;
    /// The Perjanjian Kinerja its units' heads signed, in document order.
    std::vector<PerjanjianKinerja> perjanjian;

    /// The node with \p id, or nullptr.
    [[nodiscard]] const Node* find_node(std::string_view id) const;
    /// The indicator with \p id, or nullptr.
    [[nodiscard]] const Indicator* find_indicator(std::string_view id) const;
    /// The node with \p id; lookup_error naming the closest ids when there is none.
    [[nodiscard]] const Node& node(std::string_view id) const;
    /// The indicator with \p id; lookup_error naming the closest ids when there is none.
    [[nodiscard]] const Indicator& indicator(std::string_view id) const;
    /// The data table \p table_id of \p year, or nullptr.
    [[nodiscard]] const DataTable* find_table(std::string_view table_id, int year) const;
    /// Ids of the nodes at \p level under \p id (at any depth), in document order; an empty id
    /// means the whole body; lookup_error when \p id is no node's.
    [[nodiscard]] std::vector<std::string> descendants(std::string_view id, Level level) const;

    /// Member-wise equality.
    friend bool operator==(const Renstra& a, const Renstra& b) {
        return a.body == b.body && a.period == b.period && a.codes == b.codes && a.units == b.units &&
               a.nodes == b.nodes && a.statements == b.statements && a.indicators == b.indicators &&
               a.budget == b.budget && a.tables == b.tables && a.discrepancies == b.discrepancies &&
               a.perjanjian == b.perjanjian;
    }
    /// Negation of ==.
    friend bool operator!=(const Renstra& a, const Renstra& b) { return !(a == b); }
};

}  // namespace kinerja

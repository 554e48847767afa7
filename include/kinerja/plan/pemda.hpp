#pragma once
/// \file kinerja/plan/pemda.hpp
/// kinerja::Pemda, a region's plan as a whole: the RPJMD (the region's five-year plan: visi, misi,
/// tujuan, sasaran with indicators and yearly targets) and the OPDs' Renstras linked to it, with the
/// checks of that cascade and the budget rolled up per RPJMD sasaran. docs/pemda.md.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/enum_names.hpp"
#include "kinerja/plan/budget.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/renstra.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {

/// How the OPD indicators linked to an RPJMD indicator make its value.
enum class Aggregate {
    /// Not added up: each OPD indicator is read on its own (a rate, an index, a grade).
    none,
    /// Additive: the OPD targets of a year added up must reach the RPJMD target (a count of persons).
    sum,
};

/// The one name table of Aggregate.
template <>
struct EnumTable<Aggregate> {
    /// Every value with its name.
    static constexpr EnumName<Aggregate> entries[] = {{Aggregate::none, "none"}, {Aggregate::sum, "sum"}};
};

/// "none" or "sum".
[[nodiscard]] constexpr std::string_view to_string(Aggregate a) noexcept { return detail::enum_name(a); }
/// The rule named \p name, or empty.
[[nodiscard]] constexpr std::optional<Aggregate> parse_aggregate(std::string_view name) noexcept {
    return detail::enum_value<Aggregate>(name);
}

/// One OPD of the Pemda: its Renstra and the file it was read from.
struct OpdPlan final {
    /// Unique among the OPDs of the Pemda ("dinsos"); links name the OPD by it.
    std::string id;
    /// The OPD's kinerja/1 file as the Pemda file names it (relative to the Pemda file's folder);
    /// empty for an OPD built in code.
    std::string file;
    /// The OPD's Renstra.
    Renstra plan;

    /// Member-wise equality.
    friend bool operator==(const OpdPlan& a, const OpdPlan& b) {
        return a.id == b.id && a.file == b.file && a.plan == b.plan;
    }
    /// Negation of ==.
    friend bool operator!=(const OpdPlan& a, const OpdPlan& b) { return !(a == b); }
};

/// An OPD sasaran or program that serves an RPJMD sasaran (the cascade, pohon kinerja).
struct ServesLink final {
    /// The OPD's id.
    std::string opd;
    /// The OPD node (a sasaran or a program).
    std::string node;
    /// The RPJMD sasaran it serves.
    std::string sasaran;

    /// Member-wise equality.
    friend bool operator==(const ServesLink& a, const ServesLink& b) {
        return a.opd == b.opd && a.node == b.node && a.sasaran == b.sasaran;
    }
    /// Negation of ==.
    friend bool operator!=(const ServesLink& a, const ServesLink& b) { return !(a == b); }
};

/// A crosscutting link: an OPD's node supports another OPD's sasaran. It carries no money (see
/// pemda_budget): the node's budget counts where its own OPD's cascade puts it.
struct SupportLink final {
    /// The supporting OPD's id.
    std::string opd;
    /// The supporting node (a sasaran, program, kegiatan or sub kegiatan).
    std::string node;
    /// The supported OPD's id.
    std::string to_opd;
    /// The supported OPD's sasaran.
    std::string sasaran;

    /// Member-wise equality.
    friend bool operator==(const SupportLink& a, const SupportLink& b) {
        return a.opd == b.opd && a.node == b.node && a.to_opd == b.to_opd && a.sasaran == b.sasaran;
    }
    /// Negation of ==.
    friend bool operator!=(const SupportLink& a, const SupportLink& b) { return !(a == b); }
};

/// An OPD indicator that measures (a share of) an RPJMD indicator.
struct IndicatorLink final {
    /// The OPD's id.
    std::string opd;
    /// The OPD's indicator.
    std::string indicator;
    /// The RPJMD indicator.
    std::string rpjmd;

    /// Member-wise equality.
    friend bool operator==(const IndicatorLink& a, const IndicatorLink& b) {
        return a.opd == b.opd && a.indicator == b.indicator && a.rpjmd == b.rpjmd;
    }
    /// Negation of ==.
    friend bool operator!=(const IndicatorLink& a, const IndicatorLink& b) { return !(a == b); }
};

/// A region's plan: the RPJMD, its OPDs, and the links between them. Plain containers in document
/// order, so that a walk from an RPJMD sasaran down to the OPDs' kegiatan needs nothing else.
struct Pemda final {
    /// The RPJMD as a plan of its own: body (the Pemda), period, and nodes visi to sasaran with their
    /// indicators and targets. A Renstra, so every rule of a plan applies to it.
    Renstra rpjmd;
    /// How the OPD indicators linked to an RPJMD indicator add up, by RPJMD indicator id; an
    /// indicator not named is Aggregate::none.
    std::map<std::string, Aggregate> aggregates;
    /// The OPDs, in document order.
    std::vector<OpdPlan> opds;
    /// The cascade: OPD nodes serving RPJMD sasaran.
    std::vector<ServesLink> serves;
    /// Crosscutting links between OPDs.
    std::vector<SupportLink> supports;
    /// OPD indicators measuring RPJMD indicators.
    std::vector<IndicatorLink> indicator_links;

    /// The OPD with \p id, or nullptr.
    [[nodiscard]] const OpdPlan* find_opd(std::string_view id) const;

    /// Member-wise equality.
    friend bool operator==(const Pemda& a, const Pemda& b) {
        return a.rpjmd == b.rpjmd && a.aggregates == b.aggregates && a.opds == b.opds &&
               a.serves == b.serves && a.supports == b.supports && a.indicator_links == b.indicator_links;
    }
    /// Negation of ==.
    friend bool operator!=(const Pemda& a, const Pemda& b) { return !(a == b); }
};

/// One finding of check_pemda, with its place. A plan-layer type (the plan layer cannot use the reviu's
/// Finding); a file format maps the location to its own notation (the Pemda reader: file and JSON path).
struct PemdaFinding final {
    /// The rule's stable name ("link.unknown_node", "opd.sasaran_unlinked"...; docs/pemda.md).
    std::string rule;
    /// An error (the cascade is broken or cannot add up) or a warning (probably incomplete).
    bool error = false;
    /// The OPD concerned; empty for the RPJMD or a link of the Pemda.
    std::string opd;
    /// Where it lies: in the Pemda ("serves", index 2) when opd is empty, else in the OPD's plan
    /// ("nodes", index 4; "indicators", index 1, field {"targets", "2021"}).
    PlanLocation location;
    /// The node or indicator concerned; may be empty.
    std::string id;
    /// The year concerned, if one.
    std::optional<int> year;
    /// What is wrong, naming the ids, the years and the values.
    std::string message;
};

/// Every check of the cascade, in this order: links naming an OPD, node, sasaran or indicator that
/// does not exist, or a node of the wrong level (errors); OPD sasaran linked to nothing and RPJMD
/// sasaran no OPD serves (warnings); linked indicators whose satuan differ (error) or whose target
/// years differ (warning); additive RPJMD indicators whose OPD targets do not add up to the
/// RPJMD's (error). Expects each plan valid (validate()).
[[nodiscard]] std::vector<PemdaFinding> check_pemda(const Pemda& pemda, const Language& lang = Language());

/// The budget of one RPJMD sasaran in one year, rolled up across the OPDs serving it.
struct SasaranBudget final {
    /// The RPJMD sasaran.
    std::string sasaran;
    /// The year.
    int year = 0;
    /// The budget lines counted, added up exactly.
    BudgetTotals totals;
};

/// The budget per RPJMD sasaran (in RPJMD node order) and year (each year of the RPJMD period): the
/// budget lines of every OPD node serving the sasaran and of everything under it. A line counts once
/// per sasaran: when a node and one of its ancestors both serve the sasaran, the lines under the
/// ancestor are counted once. Crosscutting links (supports) carry no money. A node that serves two
/// sasaran counts in both, so the sasaran totals of a year may add up to more than the OPDs spent.
[[nodiscard]] std::vector<SasaranBudget> pemda_budget(const Pemda& pemda);

}  // namespace kinerja

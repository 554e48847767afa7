#pragma once
/// \file kinerja/report/pohon.hpp
/// The pohon kinerja (performance tree, docs/pohon.md): a Pemda's cascade from each RPJMD sasaran down
/// to the OPDs' sasaran (by their serves links), programs, kegiatan and sub kegiatan, or one body's
/// plan from its tujuan down, each node with its indicators' target, realisasi and capaian for a year
/// and its predikat; written as one self-contained HTML page, Graphviz DOT or Mermaid text.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/capaian.hpp"
#include "kinerja/core/enum_names.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/pemda.hpp"
#include "kinerja/plan/renstra.hpp"

namespace kinerja {

/// One indicator of a node of the tree, in the tree's year. A figure the plan does not hold is
/// empty, never 0.
struct PohonIndicator final {
    /// The indicator's id in its plan.
    std::string id;
    /// Its name, as printed.
    std::string name;
    /// Its satuan (unit).
    std::string satuan;
    /// The year's target; empty when the plan has none for the year.
    std::optional<Target> target;
    /// The year's realisasi (computed as the plan states it); empty when not reported.
    std::optional<Measure> realisasi;
    /// capaian() of the realisasi against the target, rounded half-up to 2 decimals, not capped by
    /// default; empty when either is empty, undefined when the target (or, for T / R, the realisasi)
    /// is 0.
    std::optional<Percent> capaian;
    /// The band of the scale the capaian falls in: 0 for the first (best) band, bands.size() for the
    /// label below every band; empty when the capaian is empty or undefined.
    std::optional<std::size_t> band;
    /// The predikat (the band's label); empty with the band.
    std::string predikat;
};

/// How a node stands in the tree.
enum class PohonRole {
    /// A node of one body's own plan (one body's tree).
    plan,
    /// A sasaran of the RPJMD: a root of a Pemda's tree.
    rpjmd,
    /// An OPD's node under the RPJMD sasaran its serves link names, or under its OPD parent.
    serves,
    /// A crosscutting link: an OPD's node shown under another OPD's sasaran it supports. A reference
    /// without children: the node and its subtree are owned where its own OPD's cascade puts it.
    supports,
};

/// The one name table of PohonRole.
template <>
struct EnumTable<PohonRole> {
    /// Every value with its name.
    static constexpr EnumName<PohonRole> entries[] = {{PohonRole::plan, "plan"},
                                                      {PohonRole::rpjmd, "rpjmd"},
                                                      {PohonRole::serves, "serves"},
                                                      {PohonRole::supports, "supports"}};
};

/// "plan", "rpjmd", "serves" or "supports".
[[nodiscard]] constexpr std::string_view to_string(PohonRole r) noexcept { return detail::enum_name(r); }

/// One node of the tree. A plan node that serves two RPJMD sasaran appears under both (as
/// pemda_budget counts it in both), so one plan node may be several tree nodes.
struct PohonNode final {
    /// The OPD's id; empty for a node of the RPJMD or of a single body's plan.
    std::string opd;
    /// The name of the body the node belongs to (the OPD's, the Pemda's, or the single body's).
    std::string body;
    /// The node's id in its plan.
    std::string id;
    /// Its level.
    Level level = Level::sasaran;
    /// Its name, as printed.
    std::string name;
    /// Its code; may be empty.
    std::string code;
    /// How it stands in the tree.
    PohonRole role = PohonRole::plan;
    /// The parent's position in Pohon::nodes; empty for a root.
    std::optional<std::size_t> parent;
    /// The children's positions in Pohon::nodes, in order.
    std::vector<std::size_t> children;
    /// 0 for a root.
    int depth = 0;
    /// Its indicators, in plan order.
    std::vector<PohonIndicator> indicators;
    /// The weakest band among its indicators (the largest PohonIndicator::band): the node's colour;
    /// empty when no indicator has a defined capaian.
    std::optional<std::size_t> band;
};

/// What the tree computes capaian and predikat with.
struct PohonOptions final {
    /// The predikat bands (default: the LAKIP 5-band scale, >= 91 Sangat Baik ... below 51 Sangat
    /// Kurang).
    RatingScale scale = RatingScale::lakip_5band();
    /// Rounding and capping of capaian (default: 2 decimals half-up, not capped, as the report).
    CapaianPolicy policy;
    /// The language of the title and of what the writers add (legend, notes, number text).
    Language lang;
};

/// A performance tree for one year.
struct Pohon final {
    /// "Pohon Kinerja 2021: Pemerintah Kabupaten Contoh".
    std::string title;
    /// The year of every figure.
    int year = 0;
    /// The scale the bands index.
    RatingScale scale;
    /// The language the writers write the tree in (PohonOptions::lang).
    Language language;
    /// Every node, in pre-order: a node's subtree follows it.
    std::vector<PohonNode> nodes;
    /// The roots' positions, in order.
    std::vector<std::size_t> roots;
};

/// The tree of a Pemda in \p year: each RPJMD sasaran (in RPJMD order), under it each OPD sasaran or
/// program that serves it (in the order of the serves links; a node whose ancestor also serves the
/// same sasaran is already under that ancestor and is not repeated), under those their programs,
/// kegiatan and sub kegiatan (plan order), and under an OPD sasaran each node of another OPD that
/// supports it (PohonRole::supports, without children). Links naming what does not exist are left
/// out (check_pemda reports them); so are OPD nodes that serve nothing. Expects each plan valid.
[[nodiscard]] Pohon pohon(const Pemda& pemda, int year, const PohonOptions& options = {});

/// The tree of one body's plan in \p year: each tujuan with its sasaran and everything under them,
/// then the programs of the body as a whole (no parent). Expects the plan valid.
[[nodiscard]] Pohon pohon(const Renstra& plan, int year, const PohonOptions& options = {});

/// The year a Pemda's tree shows by default: the latest with a budget line or a target in the RPJMD
/// or an OPD plan; value_error when there is none.
[[nodiscard]] int pohon_year(const Pemda& pemda);

/// How a tree is written.
enum class PohonFormat {
    /// One self-contained HTML page: collapsible boxes, no script or style from elsewhere.
    html,
    /// Graphviz DOT text (`dot -Tsvg`).
    dot,
    /// Mermaid `flowchart` text.
    mermaid,
};

/// The one name table of PohonFormat.
template <>
struct EnumTable<PohonFormat> {
    /// Every value with its name.
    static constexpr EnumName<PohonFormat> entries[] = {
        {PohonFormat::html, "html"}, {PohonFormat::dot, "dot"}, {PohonFormat::mermaid, "mermaid"}};
};

/// "html", "dot" or "mermaid".
[[nodiscard]] constexpr std::string_view to_string(PohonFormat f) noexcept { return detail::enum_name(f); }
/// The format named \p name, or empty.
[[nodiscard]] constexpr std::optional<PohonFormat> parse_pohon_format(std::string_view name) noexcept {
    return detail::enum_value<PohonFormat>(name);
}

/// \p tree written as \p format. Every name is escaped for its format: HTML entities in the page,
/// backslash escapes in DOT's quoted strings, Mermaid's #entities; line breaks in a name become
/// spaces. Node ids in DOT and Mermaid are the writer's own ("n0", "n1"...), never a name.
[[nodiscard]] std::string write_pohon(const Pohon& tree, PohonFormat format);

}  // namespace kinerja

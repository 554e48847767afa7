#pragma once
/// \file kinerja/plan/hierarchy.hpp
/// The Renstra hierarchy: visi -> misi -> tujuan -> sasaran -> program -> kegiatan -> sub kegiatan,
/// the organisation units responsible for its nodes, and the strategi / kebijakan statements.
///
/// Terms: a *sasaran* is a strategic objective under a tujuan (goal); a *program* groups *kegiatan*
/// (activities), the budget lines of a report; a *sub kegiatan* is the level below kegiatan used
/// from 2021 (Permendagri 90/2019).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja {

/// The level of a node in the hierarchy, top first.
enum class Level { visi, misi, tujuan, sasaran, program, kegiatan, sub_kegiatan };

/// The lowercase name of a level ("sub_kegiatan").
std::string_view to_string(Level level) noexcept;
/// The level named \p name, or empty.
std::optional<Level> parse_level(std::string_view name) noexcept;

/// Whether a program serves a sasaran directly (utama) or supports the body (penunjang).
enum class ProgramKind { none, utama, penunjang };

/// "utama", "penunjang", or "" for none.
std::string_view to_string(ProgramKind kind) noexcept;
/// The kind named \p name ("utama" or "penunjang"), or empty.
std::optional<ProgramKind> parse_program_kind(std::string_view name) noexcept;

/// One element of the hierarchy.
struct Node final {
    /// Unique among the nodes of a Renstra.
    std::string id;
    /// Its level.
    Level level = Level::visi;
    /// The statement or name, as printed.
    std::string name;
    /// The parent's id; empty for visi and for a program of the body as a whole.
    std::string parent;
    /// Program, kegiatan or sub kegiatan code (old short code or Permendagri 90/2019); may be empty.
    std::string code;
    /// Id of the responsible organisation unit; may be empty.
    std::string unit;
    /// Programs only: utama or penunjang.
    ProgramKind kind = ProgramKind::none;

    /// Member-wise equality.
    friend bool operator==(const Node& a, const Node& b) {
        return a.id == b.id && a.level == b.level && a.name == b.name && a.parent == b.parent &&
               a.code == b.code && a.unit == b.unit && a.kind == b.kind;
    }
    /// Member-wise inequality.
    friend bool operator!=(const Node& a, const Node& b) { return !(a == b); }
};

/// An organisation unit (Sekretariat, Bidang, Seksi, Sub Bagian).
struct Unit final {
    /// Unique among the units.
    std::string id;
    /// Its name, as printed.
    std::string name;
    /// The unit it belongs to; empty for the head of the body.
    std::string parent;

    /// Member-wise equality.
    friend bool operator==(const Unit& a, const Unit& b) {
        return a.id == b.id && a.name == b.name && a.parent == b.parent;
    }
    /// Member-wise inequality.
    friend bool operator!=(const Unit& a, const Unit& b) { return !(a == b); }
};

/// Strategi (how a sasaran is pursued) or kebijakan (policy guiding the programs).
enum class StatementKind { strategi, kebijakan };

/// "strategi" or "kebijakan".
std::string_view to_string(StatementKind kind) noexcept;
/// The kind named \p name, or empty.
std::optional<StatementKind> parse_statement_kind(std::string_view name) noexcept;

/// A strategi or kebijakan statement linking sasaran to programs.
struct Statement final {
    /// Unique among the statements.
    std::string id;
    /// Strategi or kebijakan.
    StatementKind kind = StatementKind::strategi;
    /// The statement, as printed.
    std::string text;
    /// Ids of the sasaran it serves.
    std::vector<std::string> sasaran;
    /// Ids of the programs it guides.
    std::vector<std::string> programs;

    /// Member-wise equality.
    friend bool operator==(const Statement& a, const Statement& b) {
        return a.id == b.id && a.kind == b.kind && a.text == b.text && a.sasaran == b.sasaran &&
               a.programs == b.programs;
    }
    /// Member-wise inequality.
    friend bool operator!=(const Statement& a, const Statement& b) { return !(a == b); }
};

}  // namespace kinerja

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
#include <utility>
#include <vector>

#include "kinerja/core/enum_names.hpp"

namespace kinerja {

/// The level of a node in the hierarchy, top first.
enum class Level { visi, misi, tujuan, sasaran, program, kegiatan, sub_kegiatan };

/// The one name table of Level.
template <>
struct EnumTable<Level> {
    /// Every value with its name.
    static constexpr EnumName<Level> entries[] = {{Level::visi, "visi"},
                                                  {Level::misi, "misi"},
                                                  {Level::tujuan, "tujuan"},
                                                  {Level::sasaran, "sasaran"},
                                                  {Level::program, "program"},
                                                  {Level::kegiatan, "kegiatan"},
                                                  {Level::sub_kegiatan, "sub_kegiatan"}};
};

/// The lowercase name of a level ("sub_kegiatan").
[[nodiscard]] constexpr std::string_view to_string(Level level) noexcept { return detail::enum_name(level); }
/// The level named \p name, or empty.
[[nodiscard]] constexpr std::optional<Level> parse_level(std::string_view name) noexcept {
    return detail::enum_value<Level>(name);
}

/// Whether a program serves a sasaran directly (utama) or supports the body (penunjang).
enum class ProgramKind { none, utama, penunjang };

/// The one name table of ProgramKind.
template <>
struct EnumTable<ProgramKind> {
    /// Every value with its name.
    static constexpr EnumName<ProgramKind> entries[] = {{ProgramKind::none, "", "none"},
                                                        {ProgramKind::utama, "utama"},
                                                        {ProgramKind::penunjang, "penunjang"}};
};

/// "utama", "penunjang", or "" for none.
[[nodiscard]] constexpr std::string_view to_string(ProgramKind kind) noexcept {
    return detail::enum_name(kind);
}
/// The kind named \p name ("utama" or "penunjang"), or empty.
[[nodiscard]] constexpr std::optional<ProgramKind> parse_program_kind(std::string_view name) noexcept {
    return detail::enum_value<ProgramKind>(name);
}

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

    /// A node of \p level under \p parent (empty for visi, or a program of the body as a whole). A
    /// factory rather than a constructor, so that brace and designated initialisation keep working.
    [[nodiscard]] static Node of(Level level, std::string id, std::string name, std::string parent = {},
                                 std::string code = {}) {
        Node n;
        n.id = std::move(id);
        n.level = level;
        n.name = std::move(name);
        n.parent = std::move(parent);
        n.code = std::move(code);
        return n;
    }
    /// A program of \p kind under the sasaran \p parent (empty: a program of the body as a whole).
    [[nodiscard]] static Node program(std::string id, std::string name, ProgramKind kind,
                                      std::string parent = {}, std::string code = {}) {
        Node n = of(Level::program, std::move(id), std::move(name), std::move(parent), std::move(code));
        n.kind = kind;
        return n;
    }

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

    /// A unit under \p parent (empty for the head of the body).
    [[nodiscard]] static Unit of(std::string id, std::string name, std::string parent = {}) {
        Unit u;
        u.id = std::move(id);
        u.name = std::move(name);
        u.parent = std::move(parent);
        return u;
    }

    /// Member-wise equality.
    friend bool operator==(const Unit& a, const Unit& b) {
        return a.id == b.id && a.name == b.name && a.parent == b.parent;
    }
    /// Member-wise inequality.
    friend bool operator!=(const Unit& a, const Unit& b) { return !(a == b); }
};

/// Strategi (how a sasaran is pursued) or kebijakan (policy guiding the programs).
enum class StatementKind { strategi, kebijakan };

/// The one name table of StatementKind.
template <>
struct EnumTable<StatementKind> {
    /// Every value with its name.
    static constexpr EnumName<StatementKind> entries[] = {{StatementKind::strategi, "strategi"},
                                                          {StatementKind::kebijakan, "kebijakan"}};
};

/// "strategi" or "kebijakan".
[[nodiscard]] constexpr std::string_view to_string(StatementKind kind) noexcept {
    return detail::enum_name(kind);
}
/// The kind named \p name, or empty.
[[nodiscard]] constexpr std::optional<StatementKind> parse_statement_kind(std::string_view name) noexcept {
    return detail::enum_value<StatementKind>(name);
}

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

#pragma once
/// \file kinerja/ledger/levels.hpp
/// The levels a ledger rolls up to and the code fields of a roll-up group.

#include <cstdint>
#include <optional>
#include <string_view>

namespace kinerja {

/// The levels a Ledger rolls up to, from the finest. The first three are *body-scoped*: a group is
/// one code within one body (the same sub kegiatan code in two bodies makes two groups).
enum class LedgerLevel : std::uint8_t {
    /// One sub kegiatan of one body.
    sub_kegiatan,
    /// One kegiatan of one body.
    kegiatan,
    /// One program of one body.
    program,
    /// One body (SKPD).
    body,
    /// One region (pemda): a province government, regency or city.
    region,
    /// One province: its own government and every regency and city in it.
    province,
    /// The whole nation.
    nation,
};

/// The lowercase name, e.g. "sub_kegiatan".
[[nodiscard]] std::string_view to_string(LedgerLevel level) noexcept;
/// The level named \p name, or empty.
[[nodiscard]] std::optional<LedgerLevel> parse_ledger_level(std::string_view name) noexcept;

/// The code columns a roll-up group can have.
enum class LedgerField : std::uint8_t {
    /// The province code, "35"; every level but nation.
    province,
    /// The region code, "35.08" (a province government's is "35"); body-scoped, body and region.
    region,
    /// The body code; body-scoped levels and body.
    body,
    /// The program, kegiatan or sub kegiatan code; body-scoped levels only.
    code,
};

/// The lowercase name, e.g. "region".
[[nodiscard]] std::string_view to_string(LedgerField field) noexcept;
/// The field named \p name, or empty.
[[nodiscard]] std::optional<LedgerField> parse_ledger_field(std::string_view name) noexcept;

}  // namespace kinerja

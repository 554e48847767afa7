#pragma once
/// \file kinerja/ledger/levels.hpp
/// The levels a ledger rolls up to and the code fields of a roll-up group.

#include <cstdint>
#include <optional>
#include <string_view>

#include "kinerja/core/enum_names.hpp"

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

/// The one name table of LedgerLevel.
template <>
struct EnumTable<LedgerLevel> {
    /// Every value with its name.
    static constexpr EnumName<LedgerLevel> entries[] = {{LedgerLevel::sub_kegiatan, "sub_kegiatan"},
                                                        {LedgerLevel::kegiatan, "kegiatan"},
                                                        {LedgerLevel::program, "program"},
                                                        {LedgerLevel::body, "body"},
                                                        {LedgerLevel::region, "region"},
                                                        {LedgerLevel::province, "province"},
                                                        {LedgerLevel::nation, "nation"}};
};

/// The lowercase name, e.g. "sub_kegiatan".
[[nodiscard]] constexpr std::string_view to_string(LedgerLevel level) noexcept {
    return detail::enum_name(level);
}
/// The level named \p name, or empty.
[[nodiscard]] constexpr std::optional<LedgerLevel> parse_ledger_level(std::string_view name) noexcept {
    return detail::enum_value<LedgerLevel>(name);
}

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

/// The one name table of LedgerField.
template <>
struct EnumTable<LedgerField> {
    /// Every value with its name.
    static constexpr EnumName<LedgerField> entries[] = {{LedgerField::province, "province"},
                                                        {LedgerField::region, "region"},
                                                        {LedgerField::body, "body"},
                                                        {LedgerField::code, "code"}};
};

/// The lowercase name, e.g. "region".
[[nodiscard]] constexpr std::string_view to_string(LedgerField field) noexcept {
    return detail::enum_name(field);
}
/// The field named \p name, or empty.
[[nodiscard]] constexpr std::optional<LedgerField> parse_ledger_field(std::string_view name) noexcept {
    return detail::enum_value<LedgerField>(name);
}

}  // namespace kinerja

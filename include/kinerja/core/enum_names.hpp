#pragma once
/// \file kinerja/core/enum_names.hpp
/// The name table of an enumeration, written once next to the enumeration: to_string, the parse_*
/// functions, the Python bindings (their enums are built from it) and the reports read the same
/// table, so a name cannot be written one way and read another.

#include <cstddef>
#include <optional>
#include <string_view>

namespace kinerja {

/// One entry of an enumeration's name table.
template <class E>
struct EnumName final {
    /// The value.
    E value;
    /// Its name in files and reports ("permendagri-90"); empty for a value written as an absence
    /// (ProgramKind::none, LowerFormula::none), which no parse_* accepts.
    std::string_view name;
    /// Set only where `name` is not a valid identifier (it has a '-', starts with a digit or is
    /// empty): the name a language binding gives the value ("permendagri_90").
    std::string_view identifier_override = {};

    /// The value's name as an identifier: `name`, unless that is not a valid one.
    [[nodiscard]] constexpr std::string_view identifier() const noexcept {
        return identifier_override.empty() ? name : identifier_override;
    }
};

/// A read-only view of one name table, in the enumeration's declaration order; iterable with range-for.
template <class E>
struct EnumNames final {
    /// The first entry.
    const EnumName<E>* first = nullptr;
    /// How many entries.
    std::size_t count = 0;

    /// Iteration.
    [[nodiscard]] constexpr const EnumName<E>* begin() const noexcept { return first; }
    /// Iteration.
    [[nodiscard]] constexpr const EnumName<E>* end() const noexcept { return first + count; }
    /// How many values E has.
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
};

/// The one name table of an enumeration E: specialised next to E's definition, with a member
/// `static constexpr EnumName<E> entries[]` listing every value of E once, in declaration order.
/// to_string(E), the parse_* function, the Python bindings, the stubs' test and the reports all read it.
template <class E>
struct EnumTable;

/// The name table of E, every value once; does not compile for an E without an EnumTable.
template <class E>
[[nodiscard]] constexpr EnumNames<E> enum_names() noexcept {
    return {EnumTable<E>::entries, sizeof(EnumTable<E>::entries) / sizeof(EnumTable<E>::entries[0])};
}

namespace detail {

/// The name of \p e in its table ("" for a value written as an absence).
template <class E>
[[nodiscard]] constexpr std::string_view enum_name(E e) noexcept {
    for (const auto& entry : enum_names<E>())
        if (entry.value == e) return entry.name;
    return "";
}

/// The value named \p name in E's table; empty for an unknown name, and for "" (an absence is
/// written by leaving the name out, never by naming it).
template <class E>
[[nodiscard]] constexpr std::optional<E> enum_value(std::string_view name) noexcept {
    if (name.empty()) return std::nullopt;
    for (const auto& entry : enum_names<E>())
        if (entry.name == name) return entry.value;
    return std::nullopt;
}

}  // namespace detail

}  // namespace kinerja

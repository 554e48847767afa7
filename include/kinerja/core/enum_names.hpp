#pragma once
/// \file kinerja/core/enum_names.hpp
/// The name table of an enumeration, for code that must list every value with its name: the Python
/// bindings build their enums from it, so a name is written once (in src/names.cpp), and to_string
/// and the parse_* functions read the same table.

#include <cstddef>
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

/// The name table of E, every value once. Defined and explicitly instantiated in src/names.cpp for
/// Rounding, Mode, DotMeaning, TextStatus, Level, ProgramKind, StatementKind, Polarity, LowerFormula,
/// Rollup, Target::Kind, Measure::Kind, Realisation::Source, SpendingClass, CodeScheme, ColumnRole,
/// Severity and ReportFormat; any other E fails to link.
template <class E>
[[nodiscard]] EnumNames<E> enum_names() noexcept;

}  // namespace kinerja

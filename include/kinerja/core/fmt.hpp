#pragma once
/// \file kinerja/core/fmt.hpp
/// fmt::formatter's for Rupiah, Decimal and Percent, writing what operator<< writes ("Rp1.239.289.000,00",
/// "1.234,5", "97,68 %"); the usual string specs apply to that text ({:>20}). Only when <fmt/format.h>
/// is available (then KINERJA_HAS_FMT is 1); otherwise this header declares nothing and KINERJA_HAS_FMT
/// is 0. Not part of kinerja/core.hpp, so the core never needs fmt; link fmt::fmt where it is used.

#include "kinerja/core/number_text.hpp"

#if __has_include(<fmt/format.h>)
#include <fmt/format.h>

#include <string_view>

/// 1: the formatters below are defined.
#define KINERJA_HAS_FMT 1

/// Formats a Rupiah as operator<< writes it.
template <>
struct fmt::formatter<kinerja::Rupiah> : fmt::formatter<std::string_view> {
    /// The canonical text, then the string spec.
    template <class FormatContext>
    auto format(kinerja::Rupiah amount, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(kinerja::detail::canonical_text(amount), ctx);
    }
};

/// Formats a Decimal as operator<< writes it.
template <>
struct fmt::formatter<kinerja::Decimal> : fmt::formatter<std::string_view> {
    /// The canonical text, then the string spec.
    template <class FormatContext>
    auto format(const kinerja::Decimal& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(kinerja::detail::canonical_text(value), ctx);
    }
};

/// Formats a Percent as operator<< writes it.
template <>
struct fmt::formatter<kinerja::Percent> : fmt::formatter<std::string_view> {
    /// The canonical text, then the string spec.
    template <class FormatContext>
    auto format(const kinerja::Percent& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        return fmt::formatter<std::string_view>::format(kinerja::detail::canonical_text(value), ctx);
    }
};

#else
/// 0: fmt was not found, so no formatter is defined.
#define KINERJA_HAS_FMT 0
#endif

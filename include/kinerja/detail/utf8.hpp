#pragma once
/// \file kinerja/detail/utf8.hpp
/// The one UTF-8 helper: every position kinerja reports (offsets, columns) counts characters
/// (Unicode code points), not bytes, so that an auditor's editor shows the same column.

#include <cstddef>
#include <string>
#include <string_view>

namespace kinerja::detail {

/// True for a byte that continues a multi-byte character (10xxxxxx): it starts no character.
constexpr bool is_continuation(unsigned char byte) noexcept { return (byte & 0xC0) == 0x80; }

/// The number of characters that start in the first \p bytes bytes of \p text (all of it when
/// \p bytes is past the end): the 0-based character offset of byte \p bytes.
constexpr std::size_t char_offset(std::string_view text, std::size_t bytes) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
        if (!is_continuation(static_cast<unsigned char>(text[i]))) ++n;
    return n;
}

/// The number of characters in \p text.
constexpr std::size_t char_count(std::string_view text) noexcept { return char_offset(text, text.size()); }

/// A 1-based line and column (in characters) in a text.
struct LineColumn final {
    /// 1-based line.
    std::size_t line = 1;
    /// 1-based column, in characters.
    std::size_t column = 1;

    /// "line:column".
    [[nodiscard]] std::string to_string() const {
        return std::to_string(line) + ":" + std::to_string(column);
    }
};

/// The line and column of byte \p bytes of \p text (lines end at '\n').
constexpr LineColumn line_column(std::string_view text, std::size_t bytes) noexcept {
    LineColumn at;
    for (std::size_t i = 0; i < bytes && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if (!is_continuation(static_cast<unsigned char>(text[i]))) {
            ++at.column;
        }
    }
    return at;
}

/// At most \p max_bytes of \p text, cut on a character boundary so no character is split.
constexpr std::string_view prefix_on_boundary(std::string_view text, std::size_t max_bytes) noexcept {
    if (text.size() <= max_bytes) return text;
    std::size_t n = max_bytes;
    while (n > 0 && is_continuation(static_cast<unsigned char>(text[n]))) --n;
    return text.substr(0, n);
}

}  // namespace kinerja::detail

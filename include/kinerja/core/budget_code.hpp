#pragma once
/// \file kinerja/core/budget_code.hpp
/// The one parser of Permendagri 90/2019 budget codes: program U.BB.PP, kegiatan U.BB.PP.K.KK and
/// sub kegiatan U.BB.PP.K.KK.SSSS, where U is the urusan (government affair), BB the bidang (its
/// field), PP the program, K.KK the kegiatan and SSSS the sub kegiatan. "X.XX" in place of U.BB
/// marks the programs every urusan shares (X.XX.01 is the penunjang program of every body); the X
/// may be written in either case. Header-only: the plan's validation and the ledger both use it.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kinerja {

/// The level a Permendagri 90 code names, told by its number of segments.
enum class CodeLevel {
    /// U.BB.PP.
    program,
    /// U.BB.PP.K.KK.
    kegiatan,
    /// U.BB.PP.K.KK.SSSS.
    sub_kegiatan,
};

/// A Permendagri 90 code split into its segments; each view points into the parsed text.
struct BudgetCode final {
    /// Which level the code names.
    CodeLevel level = CodeLevel::program;
    /// True for the X.XX form (a program every urusan shares).
    bool shared = false;
    /// The urusan, one digit ("1") or "X".
    std::string_view urusan;
    /// The bidang, two digits ("06") or "XX".
    std::string_view bidang;
    /// The program, two digits.
    std::string_view program;
    /// The kegiatan "K.KK" ("2.01"); empty for a program code.
    std::string_view kegiatan;
    /// The sub kegiatan, four digits; empty above that level.
    std::string_view sub_kegiatan;
};

namespace detail {

constexpr bool is_code_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_code_x(char c) noexcept { return c == 'X' || c == 'x'; }

}  // namespace detail

/// \p code split into its segments, or empty when it is not a Permendagri 90 program, kegiatan or
/// sub kegiatan code: exactly 3, 5 or 6 dot-separated segments of 1, 2, 2, 1, 2 and 4 digits, where
/// U.BB may instead be X.XX (in either case; never a mix of digits and X).
[[nodiscard]] constexpr std::optional<BudgetCode> parse_budget_code(std::string_view code) noexcept {
    constexpr std::array<std::size_t, 6> widths{1, 2, 2, 1, 2, 4};
    std::array<std::string_view, 6> parts{};
    std::size_t count = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= code.size(); ++i) {
        if (i < code.size() && code[i] != '.') continue;
        if (count == parts.size()) return std::nullopt;
        parts[count] = code.substr(start, i - start);
        if (parts[count].size() != widths[count]) return std::nullopt;
        ++count;
        start = i + 1;
    }
    if (count != 3 && count != 5 && count != 6) return std::nullopt;
    // U.BB: all digits, or all X (the shared programs).
    const std::string_view head[] = {parts[0], parts[1]};
    bool digits = true;
    bool crosses = true;
    for (const std::string_view part : head)
        for (const char c : part) {
            digits = digits && detail::is_code_digit(c);
            crosses = crosses && detail::is_code_x(c);
        }
    if (!digits && !crosses) return std::nullopt;
    for (std::size_t k = 2; k < count; ++k)
        for (const char c : parts[k])
            if (!detail::is_code_digit(c)) return std::nullopt;
    BudgetCode out;
    out.level = count == 3 ? CodeLevel::program : count == 5 ? CodeLevel::kegiatan : CodeLevel::sub_kegiatan;
    out.shared = crosses;
    out.urusan = parts[0];
    out.bidang = parts[1];
    out.program = parts[2];
    if (count >= 5) out.kegiatan = code.substr(parts[0].size() + parts[1].size() + parts[2].size() + 3, 4);
    if (count == 6) out.sub_kegiatan = parts[5];
    return out;
}

/// True when \p code is a Permendagri 90 code of exactly \p level (see parse_budget_code).
[[nodiscard]] constexpr bool is_budget_code(std::string_view code, CodeLevel level) noexcept {
    const auto parsed = parse_budget_code(code);
    return parsed && parsed->level == level;
}

}  // namespace kinerja

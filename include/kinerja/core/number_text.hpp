#pragma once
/// \file kinerja/core/number_text.hpp
/// Reading and writing numbers as Indonesian reports print them: "1.239.289.000,00",
/// "Rp. 7.427.331.499,-", "(1.000,00)", "26,75%", "-" (nil), and the machine form "1239289000.50".
///
/// Reading never guesses. Every text gets one of four verdicts: exact (valid as printed), repaired
/// (malformed, but exactly one reading makes sense; the faults are listed), ambiguous (two sensible
/// readings, both listed) or invalid. Strict mode accepts only exact text; lenient mode also accepts
/// repaired text. Ambiguous text is never accepted without a hint that settles it.

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kinerja/core/decimal.hpp"
#include "kinerja/core/enum_names.hpp"
#include "kinerja/core/money.hpp"
#include "kinerja/core/percent.hpp"
#include "kinerja/core/rounding.hpp"

namespace kinerja {

/// What a '.' means in the text, when the caller knows (a column's convention, say).
enum class DotMeaning {
    /// Not known: a lone dot that could be either makes the text ambiguous.
    unknown,
    /// Indonesian convention: '.' groups thousands.
    thousands,
    /// Machine or English convention: '.' is the decimal point.
    decimal_point,
};

/// The one name table of DotMeaning.
template <>
struct EnumTable<DotMeaning> {
    /// Every value with its name.
    static constexpr EnumName<DotMeaning> entries[] = {{DotMeaning::unknown, "unknown"},
                                                       {DotMeaning::thousands, "thousands"},
                                                       {DotMeaning::decimal_point, "decimal_point"}};
};

/// What the caller knows about the text being read.
struct ReadOptions final {
    /// The text is a money amount: at most 2 decimals and no '%'; settles "1.234" as 1234.
    bool rupiah = false;
    /// What a dot means, if known.
    DotMeaning dot = DotMeaning::unknown;
    /// Where the text came from (file:line:column, JSON path), repeated in every error.
    std::string source;
};

/// Which verdicts a parse accepts.
enum class Mode {
    /// Only text that is valid as printed.
    strict,
    /// Also malformed text that has exactly one sensible reading.
    lenient,
};

/// The one name table of Mode.
template <>
struct EnumTable<Mode> {
    /// Every value with its name.
    static constexpr EnumName<Mode> entries[] = {{Mode::strict, "strict"}, {Mode::lenient, "lenient"}};
};

/// The verdict on a text.
enum class TextStatus {
    /// Valid as printed; one reading.
    exact,
    /// Malformed, but exactly one reading makes sense; problems say what was wrong.
    repaired,
    /// Two or more sensible readings; all are listed.
    ambiguous,
    /// No sensible reading; problems say why.
    invalid,
};

/// The one name table of TextStatus.
template <>
struct EnumTable<TextStatus> {
    /// Every value with its name.
    static constexpr EnumName<TextStatus> entries[] = {{TextStatus::exact, "exact"},
                                                       {TextStatus::repaired, "repaired"},
                                                       {TextStatus::ambiguous, "ambiguous"},
                                                       {TextStatus::invalid, "invalid"}};
};

/// The lowercase name of a verdict.
[[nodiscard]] constexpr std::string_view to_string(TextStatus status) noexcept {
    return detail::enum_name(status);
}

/// One fault found in a text.
struct Diagnostic final {
    /// 0-based character (Unicode code point) offset in the text.
    std::size_t offset = 0;
    /// Short lowercase statement of the fault.
    std::string reason;
};

/// One way to read a text.
struct Reading final {
    /// The value.
    Decimal value;
    /// How the text was read, e.g. "dot as thousands separator"; empty for the plain reading.
    std::string how;
};

/// Everything learnt from reading one text.
struct NumberText final {
    /// The text, verbatim.
    std::string text;
    /// Where it came from, as the caller said.
    std::string source;
    /// The verdict.
    TextStatus status = TextStatus::invalid;
    /// One reading when exact or repaired, two or more when ambiguous, none when invalid.
    std::vector<Reading> readings;
    /// The faults: empty when exact; for ambiguous text the first names the ambiguity.
    std::vector<Diagnostic> problems;
    /// The text was the printed nil "-" (read as zero).
    bool nil = false;
    /// The text carried a '%' sign.
    bool percent_sign = false;
    /// The text was marked as money: an "Rp" prefix or a ",-" suffix.
    bool currency = false;

    /// The value under \p mode; parse_error (or ambiguous_error) naming text, offset and reason
    /// when the verdict is not accepted.
    [[nodiscard]] Decimal value(Mode mode = Mode::strict) const;
};

/// Reads \p text and returns the verdict; never throws for bad text.
[[nodiscard]] NumberText read_number(std::string_view text, const ReadOptions& options = {});

/// The value of \p text, or parse_error / ambiguous_error.
[[nodiscard]] Decimal parse_number(std::string_view text, Mode mode = Mode::strict,
                                   const ReadOptions& options = {});

/// The money amount in \p text (rupiah is implied), or parse_error / ambiguous_error.
[[nodiscard]] Rupiah parse_rupiah(std::string_view text, Mode mode = Mode::strict, ReadOptions options = {});

/// The percentage in \p text ("97,68", "26,75%", "98,8 %"), or parse_error / ambiguous_error.
[[nodiscard]] Percent parse_percent(std::string_view text, Mode mode = Mode::strict,
                                    const ReadOptions& options = {});

/// How to write a number.
struct FormatOptions final {
    /// Decimals to print, 0..18; -1 prints the value's own scale.
    int decimals = -1;
    /// Rounding when decimals drops digits.
    Rounding rounding = Rounding::half_up;
    /// Group thousands with '.'.
    bool grouping = true;
    /// Write negatives as "(1.000,00)" instead of "-1.000,00".
    bool parentheses = false;
};

/// Indonesian text of a number: "1.239.289.000,50", "-97,68".
[[nodiscard]] std::string format_number(const Decimal& value, const FormatOptions& options = {});

/// How to write money.
struct RupiahFormat final {
    /// 2 prints "1.239.289.000,00", 0 prints "1.239.289.000" (sen rounded by \p rounding).
    int decimals = 2;
    /// Rounding when decimals is 0 and the amount has sen.
    Rounding rounding = Rounding::half_up;
    /// Prefix "Rp" the Indonesian way, without a space: "Rp1.239.289.000,00".
    bool prefix = false;
    /// Write negatives as "(1.000,00)" instead of "-1.000,00".
    bool parentheses = false;
};

/// Indonesian text of an amount of money.
[[nodiscard]] std::string format_rupiah(Rupiah amount, const RupiahFormat& options = {});

/// How to write a percentage.
struct PercentFormat final {
    /// Decimals to print, 0..18; -1 prints the value's own scale.
    int decimals = 2;
    /// Rounding when decimals drops digits.
    Rounding rounding = Rounding::half_up;
    /// Append "%".
    bool sign = false;
    /// What an undefined percentage prints as; never a number.
    std::string undefined_text = "undefined";
};

/// Indonesian text of a percentage: "97,68" or "97,68%", or the undefined text.
[[nodiscard]] std::string format_percent(const Percent& value, const PercentFormat& options = {});

namespace detail {

/// The canonical Indonesian text of a number, as format_number writes it by default: "1.234,5".
[[nodiscard]] inline std::string canonical_text(const Decimal& value) { return format_number(value); }

/// The canonical text of an amount, as format_rupiah writes it with the prefix: "Rp1.239.289.000,00".
[[nodiscard]] inline std::string canonical_text(Rupiah amount) {
    RupiahFormat f;
    f.prefix = true;
    return format_rupiah(amount, f);
}

/// The canonical text of a percentage, as format_percent writes it at its own scale, then " %":
/// "97,68 %"; or "undefined".
[[nodiscard]] inline std::string canonical_text(const Percent& value) {
    if (!value.is_defined()) return "undefined";
    PercentFormat f;
    f.decimals = -1;
    return format_percent(value, f) + " %";
}

}  // namespace detail

/// Writes \p value in the Indonesian form at its own scale, as format_number does: "1.234,5".
inline std::ostream& operator<<(std::ostream& os, const Decimal& value) {
    return os << detail::canonical_text(value);
}

/// Writes \p amount as format_rupiah does with the prefix: "Rp1.239.289.000,00", "-Rp5,00".
inline std::ostream& operator<<(std::ostream& os, Rupiah amount) {
    return os << detail::canonical_text(amount);
}

/// Writes \p value as format_percent does at its own scale, then " %": "97,68 %"; or "undefined".
inline std::ostream& operator<<(std::ostream& os, const Percent& value) {
    return os << detail::canonical_text(value);
}

}  // namespace kinerja

#include "kinerja/core/number_text-inl.hpp"

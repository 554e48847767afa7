#pragma once
// The one CSV module of the compiled layers: the byte-order mark, line endings, separators, when to
// quote and how (doubling quotes), unquoting, and a record reader with located errors (line:column
// in characters). The printed-table reader, the ledger reader and every CSV writer (the report, the
// comparison, the ledger) go through it. Internal: not installed.
//
// The pieces the ledger reader calls per field (scan, unquote, content_end) are inline and take
// raw pointers, because that reader runs at some 12 million amounts a second and a call or a
// string_view round trip per field shows in its benchmark.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace kinerja::detail::csv {

/// The UTF-8 byte-order mark, as spreadsheets write it before the first field.
inline constexpr std::string_view bom = "\xEF\xBB\xBF";

/// The number of bytes of a leading byte-order mark in \p text (0 or 3).
constexpr std::size_t bom_size(std::string_view text) noexcept { return text.substr(0, 3) == bom ? 3 : 0; }

/// The end of a line's content: \p line_end (the '\n' or the end of the text) less a '\r' before it,
/// so LF and CRLF files read the same.
inline const char* content_end(const char* line_begin, const char* line_end) noexcept {
    return line_end > line_begin && line_end[-1] == '\r' ? line_end - 1 : line_end;
}

/// The first \p sep (or, with \p quote, '"') in [p, e), or e. Eight bytes at a time: a ledger name
/// is some 40 bytes, and a memchr call per field costs more than the scan.
template <char sep>
inline const char* scan(const char* p, const char* e, bool quote) noexcept {
    constexpr std::uint64_t ones = 0x0101'0101'0101'0101u;
    constexpr std::uint64_t highs = 0x8080'8080'8080'8080u;
    while (e - p >= 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, p, 8);
        const std::uint64_t x = w ^ (ones * static_cast<unsigned char>(sep));
        std::uint64_t hit = (x - ones) & ~x & highs;  // exact at the lowest set bit
        if (quote) {
            const std::uint64_t y = w ^ (ones * static_cast<unsigned char>('"'));
            hit |= (y - ones) & ~y & highs;
        }
        if (hit) return p + (__builtin_ctzll(hit) >> 3);
        p += 8;
    }
    while (p < e && *p != sep && !(quote && *p == '"')) ++p;
    return p;
}

/// Unquotes the quoted field whose opening quote is just before \p p: appends its value to \p out
/// ("" read as one quote) and returns the byte after the closing quote, or nullptr when no closing
/// quote comes before \p e. Whatever lies in [p, e) is field text, line breaks included: a reader
/// that allows no line break in a field passes the line's end as \p e.
inline const char* unquote(const char* p, const char* e, std::string& out) {
    while (true) {
        const char* quote = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(e - p)));
        if (quote == nullptr) return nullptr;
        out.append(p, quote);
        if (quote + 1 < e && quote[1] == '"') {
            out += '"';
            p = quote + 2;
            continue;
        }
        return quote + 1;
    }
}

/// True when \p field must be quoted: it holds one of \p specials (the separator, '"', and the line
/// break where a writer's readers would split on it). Quoting only then keeps plain fields byte for
/// byte as they were.
constexpr bool needs_quotes(std::string_view field, std::string_view specials) noexcept {
    return field.find_first_of(specials) != std::string_view::npos;
}

/// Appends \p field to \p out quoted, every '"' doubled.
inline void append_quoted(std::string& out, std::string_view field) {
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

/// Appends \p field to \p out, quoted only when it holds one of \p specials.
inline void append_field(std::string& out, std::string_view field, std::string_view specials) {
    if (needs_quotes(field, specials))
        append_quoted(out, field);
    else
        out.append(field);
}

/// \p text as append_field writes it.
[[nodiscard]] inline std::string field(std::string_view text, std::string_view specials) {
    std::string out;
    append_field(out, text, specials);
    return out;
}

/// Writes records of one separator, one '\n' after each: the writers' line ending.
class Writer final {
public:
    /// Fields separated by \p sep, quoted when they hold \p sep, '"' or a line break.
    explicit Writer(char sep) : sep_(sep), specials_{sep, '"', '\n', '\r'} {}

    /// Appends one field to the current record.
    Writer& field(std::string_view text) {
        if (!first_) out_ += sep_;
        first_ = false;
        append_field(out_, text, std::string_view(specials_, sizeof specials_));
        return *this;
    }
    /// Ends the current record.
    Writer& end_record() {
        out_ += '\n';
        first_ = true;
        return *this;
    }
    /// The text written so far.
    [[nodiscard]] const std::string& text() const noexcept { return out_; }
    /// The text written, moved out.
    [[nodiscard]] std::string take() { return std::move(out_); }

private:
    char sep_;
    char specials_[4];
    std::string out_;
    bool first_ = true;
};

/// One field of a record as read, with where it starts.
struct Field final {
    /// The value, unquoted.
    std::string text;
    /// 1-based character column where the field starts.
    std::size_t column = 1;
};

/// One record: its 1-based line and its fields.
struct Record final {
    /// The line the record starts on.
    std::size_t line = 1;
    /// The fields, at least one.
    std::vector<Field> fields;
};

/// How much read_records accepts, and the words that end its error when a limit is passed (the
/// reader above says how to raise the limit: this module knows no option names). The errors'
/// catalogue texts (error.csv.too_many_rows, error.csv.field_too_long) name --max-rows and
/// --max-cell-bytes, the options of every reader of this module: the hints must be
/// limit_hint(limit, "--max-rows", "max_rows") and limit_hint(limit, "--max-cell-bytes", "max_cell_bytes").
struct Limits final {
    /// Most records after the first (the header), blank lines included.
    std::size_t rows = static_cast<std::size_t>(-1);
    /// Longest field in bytes, unquoted.
    std::size_t field_bytes = static_cast<std::size_t>(-1);
    /// Ends the error for too many rows, e.g. "the limit is 5 (raise it with --max-rows ...)".
    std::string rows_hint;
    /// Ends the error for a field too long.
    std::string field_hint;
};

/// The separator of a pasted table: ';' when its first line has one, else a tab, else ','.
[[nodiscard]] char sniff_separator(std::string_view text) noexcept;

/// Every record of \p text (a leading byte-order mark skipped; records end at LF, CRLF or a lone
/// CR). A quoted field may hold the separator, "" and line breaks; text after its closing quote
/// other than a separator or a line end is an error. data_error naming \p source and "line:column"
/// (in characters) for a quoted field left open (where it opens) or text after a closing quote,
/// and for a limit passed: a field longer than limits.field_bytes (where it starts) or more than
/// limits.rows records after the first (where the first one too many starts), refused as soon as
/// it is read, so a hostile file never fills memory with records.
[[nodiscard]] std::vector<Record> read_records(std::string_view text, char sep, const std::string& source,
                                               const Limits& limits = {});

}  // namespace kinerja::detail::csv

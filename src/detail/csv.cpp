// The CSV record reader for pasted tables (see csv.hpp); the per-field pieces are inline there.

#include "detail/csv.hpp"

#include "kinerja/core/error.hpp"
#include "kinerja/detail/utf8.hpp"

namespace kinerja::detail::csv {
namespace {

// Where a byte of the text is: the line, where that line starts, and the last column counted, so
// columns are counted in characters once, left to right.
struct Cursor {
    std::string_view text;
    std::size_t line = 1;
    std::size_t line_start = 0;
    std::size_t mark = 0;         // a byte of the current line at or after line_start...
    std::size_t mark_column = 1;  // ...and its column

    std::size_t column(std::size_t at) {
        if (mark < line_start || at < mark) {
            mark = line_start;
            mark_column = 1;
        }
        mark_column += char_offset(text.substr(mark), at - mark);
        mark = at;
        return mark_column;
    }
    std::string where(std::size_t at) { return std::to_string(line) + ":" + std::to_string(column(at)); }
    // Moves past the line breaks in [from, to), which a quoted field may hold.
    void cross(std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            if (text[i] == '\n') {
                ++line;
                line_start = i + 1;
            }
    }
};

bool ends_field(char c, char sep) { return c == sep || c == '\n' || c == '\r'; }

}  // namespace

char sniff_separator(std::string_view text) noexcept {
    const std::string_view first = text.substr(0, text.find('\n'));
    if (first.find(';') != std::string_view::npos) return ';';
    if (first.find('\t') != std::string_view::npos) return '\t';
    return ',';
}

std::vector<Record> read_records(std::string_view text, char sep, const std::string& source,
                                 const Limits& limits) {
    std::vector<Record> out;
    Cursor at{text};
    std::size_t i = bom_size(text);
    at.line_start = i;  // the mark is no character of the first line
    const char* const end = text.data() + text.size();
    // Each reason in English (this layer knows no catalogue) beside its catalogue id and values;
    // tests/language_test.cpp holds the two to the same words.
    auto too_long = [&](const Field& f, std::size_t bytes) {
        return data_error(
            source, std::to_string(at.line) + ":" + std::to_string(f.column),
            "a field of " + std::to_string(bytes) + " bytes, longer than the cell limit; " +
                limits.field_hint,
            Message{"error.csv.field_too_long",
                    {{"bytes", std::to_string(bytes)}, {"limit", std::to_string(limits.field_bytes)}}});
    };
    while (i < text.size()) {
        if (out.size() > limits.rows)
            throw data_error(source, std::to_string(at.line) + ":1",
                             "more than " + std::to_string(limits.rows) + " rows; " + limits.rows_hint,
                             Message{"error.csv.too_many_rows", {{"limit", std::to_string(limits.rows)}}});
        Record rec;
        rec.line = at.line;
        while (true) {
            Field f;
            f.column = at.column(i);
            if (i < text.size() && text[i] == '"') {
                const char* close = unquote(text.data() + i + 1, end, f.text);
                if (close == nullptr)
                    throw data_error(source, std::to_string(at.line) + ":" + std::to_string(f.column),
                                     "a quoted field is not closed", Message{"error.csv.unclosed_quote", {}});
                if (f.text.size() > limits.field_bytes) throw too_long(f, f.text.size());
                const auto after = static_cast<std::size_t>(close - text.data());
                at.cross(i, after);
                i = after;
                if (i < text.size() && !ends_field(text[i], sep))
                    throw data_error(source, at.where(i), "text after a closing quote",
                                     Message{"error.csv.text_after_quote", {}});
            } else {
                const std::size_t from = i;
                while (i < text.size() && !ends_field(text[i], sep)) ++i;
                if (i - from > limits.field_bytes) throw too_long(f, i - from);
                f.text.assign(text.substr(from, i - from));
            }
            rec.fields.push_back(std::move(f));
            if (i < text.size() && text[i] == sep) {
                ++i;
                continue;  // a separator at the very end gives one empty field more
            }
            break;
        }
        if (i < text.size() && text[i] == '\r') ++i;
        if (i < text.size() && text[i] == '\n') ++i;
        ++at.line;
        at.line_start = i;
        out.push_back(std::move(rec));
    }
    return out;
}

}  // namespace kinerja::detail::csv

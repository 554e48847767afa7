// The layout of a document table: header rows, column roles, data rows and their levels, caption.
// The rules and the reasons for them are in docs/table-layout.md.

#include "kinerja/io/table_layout.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <system_error>

#include "io/detail/column_vocabulary.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/validate.hpp"
#include "kinerja/reviu/review.hpp"

namespace kinerja {
namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

bool is_blank_byte(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a no-break space (U+00A0) at i, or 0.
std::size_t nbsp_at(std::string_view s, std::size_t i) {
    return (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
            static_cast<unsigned char>(s[i + 1]) == 0xA0)
               ? 2
               : 0;
}

// A cell's text as one line: blanks at either end dropped, each run of line breaks (Word's
// paragraphs) one blank; blanks inside stay as printed ("fakir  miskin", "521. 909.250").
std::string one_line(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e) {
        if (is_blank_byte(s[b]))
            ++b;
        else if (const std::size_t n = nbsp_at(s, b))
            b += n;
        else
            break;
    }
    while (e > b) {
        if (is_blank_byte(s[e - 1]))
            --e;
        else if (e >= b + 2 && nbsp_at(s, e - 2) == 2)
            e -= 2;
        else
            break;
    }
    std::string out;
    for (std::size_t i = b; i < e; ++i) {
        if (s[i] == '\n' || s[i] == '\r') {
            while (i + 1 < e && (s[i + 1] == '\n' || s[i + 1] == '\r')) ++i;
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

// Every run of blanks one blank: for titles and column names, which are read, not checked.
std::string collapsed(std::string_view s) {
    std::string out;
    bool blank = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (const std::size_t n = nbsp_at(s, i)) {
            i += n - 1;
            blank = true;
        } else if (is_blank_byte(s[i])) {
            blank = true;
        } else {
            if (blank && !out.empty()) out += ' ';
            blank = false;
            out += s[i];
        }
    }
    return out;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_year_text(std::string_view s) {
    if (s.size() != 4 || !all_digits(s)) return false;
    const int y = std::stoi(std::string(s));
    return y >= min_year && y <= max_year;
}

bool is_nil_dash(std::string_view s) {
    return s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94";  // -, en dash, em dash
}

// Text a data cell prints as a figure: digits with separators, a sign, %, ",-", "Rp"; a dash. A
// year alone is not one (headers print years).
bool figure_like(std::string_view s) {
    if (is_nil_dash(s)) return true;
    if (s.size() >= 2 && (s[0] == 'R' || s[0] == 'r') && s[1] == 'p')
        s.remove_prefix(s.size() > 2 && s[2] == '.' ? 3 : 2);
    bool digit = false;
    for (char c : s) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (std::string_view(".,%-+() /").find(c) == std::string_view::npos)
            return false;
    }
    return digit && !is_year_text(s);
}

// The number a column-number cell prints: "3", "(3)", "3." or "(4) = (2) - (3)"; -1 when it is not one.
long column_number(std::string_view s) {
    std::size_t i = 0;
    const bool paren = i < s.size() && s[i] == '(';
    if (paren) ++i;
    const std::size_t b = i;
    while (i < s.size() && i - b < 3 && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == b) return -1;
    const long n = std::stol(std::string(s.substr(b, i - b)));
    if (paren) {
        if (i >= s.size() || s[i] != ')') return -1;
        ++i;
    } else if (i < s.size() && s[i] == '.') {
        ++i;
    }
    while (i < s.size() && s[i] == ' ') ++i;
    if (i < s.size() && s[i] != '=') return -1;
    return n;
}

// A stored number's XML text is a binary double written out (the format says so). Writers that print
// 16 or 17 significant digits (libxlsxwriter's %.16G, some exporters' %.17G) turn 92.32 into
// 92.31999999999999: the same double as 92.32, which a spreadsheet shows and means. Such a text is read
// as the shortest text of its double; a text of at most 15 digits is every double's own shortest form
// already, and one of more than 17 digits holds more than a double does, so both stay as written.
// Empty when the text is kept.
std::optional<std::string> shortest_double_text(std::string_view xml) {
    std::size_t significant = 0;
    bool leading = true;
    for (char ch : xml) {
        if (ch == 'e' || ch == 'E') break;
        if (!std::isdigit(static_cast<unsigned char>(ch))) continue;
        if (leading && ch == '0') continue;
        leading = false;
        ++significant;
    }
    if (significant < 16 || significant > 17) return std::nullopt;
    double d = 0;
    const auto [end, ec] = std::from_chars(xml.data(), xml.data() + xml.size(), d);
    if (ec != std::errc() || end != xml.data() + xml.size()) return std::nullopt;
    char buffer[32];
    const auto [last, ec2] = std::to_chars(buffer, buffer + sizeof buffer, d);
    if (ec2 != std::errc()) return std::nullopt;
    std::string shortest(buffer, last);
    if (shortest == xml) return std::nullopt;
    return shortest;
}

// An Excel cell's stored number (its XML text: "-1234.5", "9.353E-1") as an Indonesian report prints it,
// exactly: '.' between thousands when the format groups them ("#,##0.00"), ',' before the decimals,
// at least as many decimals as the format shows (zeros added, never a digit rounded away: the reviu
// judges the figure, not Excel's display of it), x 100 under a percentage format ("0.00%": 0.9353 is
// 93,53). Empty when the text is not such a number or its exponent is beyond any figure.
std::optional<std::string> stored_number_text(std::string_view xml, std::string_view format) {
    std::size_t i = 0;
    const bool negative = i < xml.size() && xml[i] == '-';
    if (negative) ++i;
    std::string digits;
    long point = -1;  // digits before the decimal point
    for (; i < xml.size() && (std::isdigit(static_cast<unsigned char>(xml[i])) || xml[i] == '.'); ++i) {
        if (xml[i] == '.') {
            if (point >= 0) return std::nullopt;
            point = static_cast<long>(digits.size());
        } else {
            digits += xml[i];
        }
    }
    if (digits.empty() || digits.size() > 64) return std::nullopt;
    if (point < 0) point = static_cast<long>(digits.size());
    if (i < xml.size() && (xml[i] == 'e' || xml[i] == 'E')) {
        ++i;
        const bool minus = i < xml.size() && xml[i] == '-';
        if (i < xml.size() && (xml[i] == '-' || xml[i] == '+')) ++i;
        const std::size_t b = i;
        while (i < xml.size() && i - b < 3 && std::isdigit(static_cast<unsigned char>(xml[i]))) ++i;
        if (i == b) return std::nullopt;
        const long e = std::stol(std::string(xml.substr(b, i - b)));
        if (e > 40) return std::nullopt;
        point += minus ? -e : e;
    }
    if (i != xml.size()) return std::nullopt;
    const std::string_view section = format.substr(0, format.find(';'));
    if (section.find('%') != std::string_view::npos) point += 2;
    while (point <= 0) {
        digits.insert(digits.begin(), '0');
        ++point;
    }
    while (static_cast<long>(digits.size()) < point) digits += '0';
    std::string whole = digits.substr(0, static_cast<std::size_t>(point));
    std::string fraction = digits.substr(static_cast<std::size_t>(point));
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    std::size_t shown = 0;
    const std::size_t dot = section.find('.');
    if (dot != std::string_view::npos)
        while (dot + 1 + shown < section.size() &&
               (section[dot + 1 + shown] == '0' || section[dot + 1 + shown] == '#'))
            ++shown;
    while (fraction.size() < shown) fraction += '0';
    std::string out = negative ? "-" : "";
    const bool grouped = section.find(',') != std::string_view::npos;
    for (std::size_t k = 0; k < whole.size(); ++k) {
        if (grouped && k > 0 && (whole.size() - k) % 3 == 0) out += '.';
        out += whole[k];
    }
    if (!fraction.empty()) out += "," + fraction;
    return out;
}

// A label's letters and digits upper-cased ("Program:" -> "PROGRAM").
std::string squeezed(std::string_view label) {
    std::string out;
    for (char c : label)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

bool is_roman(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return std::string_view("IVXLC").find(c) != std::string_view::npos;
    });
}

// The kind of a row's numbering ("I.", "1", "1.1", "a.", "1)", "(a)"), or "" when it is none.
// `romans` says whether upper-case roman numbers were seen before: "V." is then a roman five, not a
// letter.
std::string numbering_kind(std::string_view tok, bool romans) {
    if (tok.empty()) return "";
    std::string_view body = tok;
    std::string shape;
    if (body.front() == '(' && body.size() >= 3 && body.back() == ')') {
        body = body.substr(1, body.size() - 2);
        shape = "()";
    } else if (body.back() == ')') {
        body.remove_suffix(1);
        shape = ")";
    } else if (body.back() == '.') {
        body.remove_suffix(1);
    }
    if (body.empty()) return "";
    if (all_digits(body)) return "arabic" + shape;
    std::size_t parts = 1;
    bool dotted = true;
    for (std::size_t b = 0; b <= body.size();) {
        const std::size_t e = std::min(body.find('.', b), body.size());
        if (!all_digits(body.substr(b, e - b))) dotted = false;
        if (e == body.size()) break;
        ++parts;
        b = e + 1;
    }
    if (dotted && parts > 1) return "dotted" + std::to_string(parts) + shape;
    if (is_roman(body) && (body.size() > 1 || body == "I" || romans)) return "roman" + shape;
    if (body.size() == 1 && body[0] >= 'a' && body[0] <= 'z') return "lower" + shape;
    if (body.size() == 1 && body[0] >= 'A' && body[0] <= 'Z') return "upper" + shape;
    if (body.size() > 1 &&
        std::all_of(body.begin(), body.end(), [](char c) { return c == 'i' || c == 'v' || c == 'x'; }))
        return "lowerroman" + shape;
    return "";
}

// The numbering at the start of a label ("1. ", "a.", "1) ", "1.1 ", "(a) ", "IV. "), or "". A bare
// number followed by a blank ("10 Desa") is a name, and so is a word with a dot ("Jl. Sudirman").
std::string_view label_numbering(std::string_view label) {
    auto digit = [&](std::size_t i) { return i < label.size() && label[i] >= '0' && label[i] <= '9'; };
    auto alpha = [&](std::size_t i) {
        return i < label.size() && std::isalpha(static_cast<unsigned char>(label[i]));
    };
    std::size_t i = 0;
    const bool open = !label.empty() && label[0] == '(';
    if (open) ++i;
    const std::size_t b = i;
    bool dotted = false;
    if (digit(i)) {
        while (i - b < 12 && (digit(i) || (label[i] == '.' && digit(i + 1)))) {
            dotted = dotted || label[i] == '.';
            ++i;
        }
    } else {
        while (i - b < 4 && alpha(i)) ++i;
        const std::string_view word = label.substr(b, i - b);
        const bool roman = std::all_of(word.begin(), word.end(), [](char c) {
            return std::string_view("IVXLCivx").find(c) != std::string_view::npos;
        });
        if (word.size() != 1 && !roman) return {};
    }
    if (i == b || i >= label.size()) return {};
    std::size_t end = 0;
    if (open)
        end = label[i] == ')' ? i + 1 : 0;
    else if (label[i] == '.' || label[i] == ')')
        end = i + 1;
    else if (dotted && label[i] == ' ')
        end = i;
    if (end == 0 || end >= label.size()) return {};  // no numbering, or nothing after it
    return label.substr(0, end);
}

std::string slug(std::string_view s) {
    std::string out;
    bool dash = false;
    for (char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else {
            dash = true;
        }
    }
    return out;
}

std::string in_quotes(const std::string& s) { return "'" + s + "'"; }

// One logical column: the grid columns under one header cell of the last header row.
struct Column {
    std::size_t c0 = 0, c1 = 0;     // grid columns [c0, c1)
    std::vector<std::string> path;  // header texts, top to bottom
    std::string name;
    std::optional<detail::HeaderMeaning> meaning;
    std::optional<int> year;
    bool percent = false;
    bool label = false;  // a source of the row label
    ColumnRole role = ColumnRole::other;
    ColumnRole of = ColumnRole::other;
    bool dropped = false;                // no header, nothing in it
    std::size_t words = 0, figures = 0;  // cells of the data rows that start in it
};

// A text of a data row: a top-left cell and the logical columns its merge covers.
struct Piece {
    std::size_t first = 0, last = 0;  // logical columns
    std::size_t grid_column = 0;
    std::string text;
    bool bold = false;
    int indent = 0;
};

// What a data row's level is inferred from.
struct RowMeta {
    std::size_t r = 0;  // grid row
    std::string numbering;
    bool bold = false;
    int indent = 0;
    std::size_t label_column = 0;  // the grid column the label starts in
};

struct RawRow {
    std::size_t r = 0;  // grid row
    std::vector<Piece> pieces;
};

class Reader {
public:
    Reader(const DocumentTable& doc, const TableLayoutOptions& options) : doc_(doc), options_(options) {}

    TableLayout run() {
        if (shape()) {
            title_row();
            caption();
            if (header()) {
                columns();
                rows();
                if (classify()) build();
            }
        }
        // In the order of the grid (the table's own notes first), whichever step wrote them.
        std::stable_sort(out_.notes.begin(), out_.notes.end(),
                         [](const TableLayoutNote& a, const TableLayoutNote& b) {
                             return a.row != b.row ? a.row < b.row : a.column < b.column;
                         });
        return std::move(out_);
    }

private:
    const DocumentTable& doc_;
    const TableLayoutOptions& options_;
    TableLayout out_;
    std::size_t rows_ = 0, cols_ = 0;
    std::vector<std::size_t> owner_;  // position -> position of its top-left, or none
    std::vector<std::string> text_;   // position -> one_line text of a top-left, else ""
    std::vector<std::size_t> head_;   // the header rows
    std::size_t data_ = 0;            // the first row after the header
    std::vector<Column> cols_of_;     // logical columns
    std::vector<std::size_t> group_;  // grid column -> logical column
    std::vector<RawRow> raw_;
    PrintedTable table_;
    std::string caption_key_;
    std::string caption_;      // the document's caption, or the title row's text
    std::size_t start_ = 0;    // the first row after a title row
    std::size_t stored_ = 0;   // Excel's stored numbers read
    std::size_t doubles_ = 0;  // of them, written with more digits than their double needs

    // A note in the catalogue's words (\p said), with its English for TableLayoutNote::message.
    void note(std::size_t row, std::size_t column, Message said) {
        std::string message = english(said);
        out_.notes.push_back(
            TableLayoutNote{doc_.source, doc_.where, row, column, std::move(message), std::move(said)});
    }
    TableLayout& fail(Message said) {
        out_.table.reset();
        out_.reason = english(said);
        out_.reason_said = std::move(said);
        return out_;
    }

    std::size_t at(std::size_t r, std::size_t c) const { return r * cols_ + c; }
    bool top_left(std::size_t r, std::size_t c) const { return owner_[at(r, c)] == at(r, c); }
    const std::string& text(std::size_t r, std::size_t c) const { return text_[at(r, c)]; }

    // The top-left cells of row r with text, in column order.
    std::vector<std::size_t> texts_of(std::size_t r) const {
        std::vector<std::size_t> out;
        for (std::size_t c = 0; c < cols_; ++c)
            if (top_left(r, c) && !text(r, c).empty()) out.push_back(c);
        return out;
    }
    // One past the last grid column of row r that the cell at (r, c) covers.
    std::size_t extent(std::size_t r, std::size_t c) const {
        std::size_t e = c + 1;
        while (e < cols_ && owner_[at(r, e)] == at(r, c)) ++e;
        return e;
    }
    bool blank(std::size_t r) const { return texts_of(r).empty(); }
    bool holds_figures(std::size_t r) const {
        for (std::size_t c : texts_of(r))
            if (figure_like(text(r, c))) return true;
        return false;
    }
    bool column_numbers(std::size_t r) const {
        const auto cs = texts_of(r);
        if (cs.size() < 2) return false;
        long expected = 1;
        for (std::size_t c : cs)
            if (column_number(text(r, c)) != expected++) return false;
        return true;
    }
    std::vector<std::string> keys_of(std::size_t r) const {
        std::vector<std::string> out;
        for (std::size_t c : texts_of(r)) out.push_back(detail::header_key(text(r, c)));
        return out;
    }

    // The grid, its merges spread over the positions they cover.
    bool shape() {
        rows_ = doc_.rows.size();
        cols_ = rows_ == 0 ? 0 : doc_.rows.front().size();
        if (rows_ == 0 || cols_ == 0) {
            fail(Message{"error.table.empty", {}});
            return false;
        }
        for (std::size_t r = 0; r < rows_; ++r)
            if (doc_.rows[r].size() != cols_) {
                fail(Message{"error.table.not_rectangular",
                             {{"row", std::to_string(r + 1)},
                              {"positions", std::to_string(doc_.rows[r].size())},
                              {"columns", std::to_string(cols_)}}});
                return false;
            }
        owner_.assign(rows_ * cols_, none);
        text_.assign(rows_ * cols_, std::string());
        for (std::size_t r = 0; r < rows_; ++r)
            for (std::size_t c = 0; c < cols_; ++c) {
                const GridCell& g = doc_.rows[r][c];
                if (g.covered || owner_[at(r, c)] != none) continue;
                owner_[at(r, c)] = at(r, c);
                text_[at(r, c)] = one_line(g.text);
                if (g.stored_number)
                    if (const auto shortest = shortest_double_text(text_[at(r, c)])) {
                        if (doubles_ == 0)
                            note(r + 1, c + 1,
                                 Message{"note.layout.double",
                                         {{"text", text_[at(r, c)]}, {"shortest", *shortest}}});
                        ++doubles_;
                        text_[at(r, c)] = *shortest;
                    }
                if (g.stored_number)
                    if (auto shown = stored_number_text(text_[at(r, c)], g.number_format)) {
                        if (stored_ == 0)
                            note(r + 1, c + 1,
                                 Message{"note.layout.stored_number",
                                         {{"text", text_[at(r, c)]},
                                          {"format", g.number_format.empty() ? "General" : g.number_format},
                                          {"shown", *shown}}});
                        ++stored_;
                        text_[at(r, c)] = std::move(*shown);
                    }
                // Merges cannot overlap: a position already owned ends the spread, so the work is
                // bounded by the grid whatever spans the cells claim.
                const std::size_t r1 = r + std::min(std::max<std::size_t>(g.row_span, 1), rows_ - r);
                const std::size_t c1 = c + std::min(std::max<std::size_t>(g.col_span, 1), cols_ - c);
                for (std::size_t rr = r; rr < r1; ++rr) {
                    if (rr > r && (owner_[at(rr, c)] != none || !doc_.rows[rr][c].covered)) break;
                    for (std::size_t cc = c; cc < c1; ++cc) {
                        if (rr == r && cc == c) continue;
                        if (owner_[at(rr, cc)] != none || !doc_.rows[rr][cc].covered) break;
                        owner_[at(rr, cc)] = at(r, c);
                    }
                }
            }
        return true;
    }

    // A first row of one text merged over the whole width is the table's title printed inside it
    // ("PENGUKURAN PENCAPAIAN SASARAN TAHUN 2019"): the caption when the document gives none.
    void title_row() {
        caption_ = doc_.caption;
        std::size_t r = 0;
        while (r < rows_ && blank(r)) ++r;
        if (r + 1 >= rows_ || cols_ < 2) return;
        const auto cs = texts_of(r);
        if (cs.size() != 1 || cs.front() != 0 || extent(r, 0) != cols_) return;
        start_ = r + 1;
        if (collapsed(caption_).empty()) {
            caption_ = text(r, 0);
            note(r + 1, 1, Message{"note.layout.title", {}});
        } else {
            note(r + 1, 1, Message{"note.layout.title_left_out", {}});
        }
    }

    void caption() {
        table_.title = collapsed(caption_);
        table_.where = doc_.where;
        caption_key_ = detail::header_key(caption_);
        // Id: "Tabel 3.2" -> "tabel-3-2"; else from where ("table 3" -> "table-3").
        const std::string& k = caption_key_;
        for (const char* word : {"tabel ", "table ", "tbl "}) {
            if (k.rfind(word, 0) != 0) continue;
            std::string id = "tabel";
            std::size_t i = std::string_view(word).size();
            while (i < k.size() && k[i] >= '0' && k[i] <= '9') {
                std::size_t e = i;
                while (e < k.size() && k[e] >= '0' && k[e] <= '9') ++e;
                id += "-" + k.substr(i, e - i);
                i = e + 1;  // the separator ('.' became a blank)
            }
            if (id != "tabel") table_.id = id;
            break;
        }
        if (table_.id.empty()) table_.id = doc_.where.empty() ? "table" : slug(doc_.where);
        if (table_.id.empty()) table_.id = "table";
        // Year: one named after "tahun", "ta", "th" or "tahun anggaran"; else the only year it names.
        std::vector<std::string> words;
        for (std::size_t b = 0; b < k.size();) {
            std::size_t e = k.find(' ', b);
            if (e == std::string::npos) e = k.size();
            words.push_back(k.substr(b, e - b));
            b = e + 1;
        }
        std::set<int> named, all;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!is_year_text(words[i])) continue;
            const int y = std::stoi(words[i]);
            all.insert(y);
            const std::string before = i > 0 ? words[i - 1] : "";
            const std::string before2 = i > 1 ? words[i - 2] : "";
            const bool ranged = i + 1 < words.size() && is_year_text(words[i + 1]);  // "Tahun 2018 - 2023"
            if (!ranged &&
                (before == "tahun" || before == "ta" || before == "th" ||
                 (before == "anggaran" && before2 == "tahun") || (before == "a" && before2 == "t")))
                named.insert(y);
        }
        if (named.size() == 1) {
            table_.year = *named.begin();
        } else if (named.empty() && all.size() == 1) {
            table_.year = *all.begin();
            note(0, 0, Message{"note.layout.only_year", {{"year", std::to_string(*all.begin())}}});
        }
        if (table_.year) {
            // The report's year, when given, is the data's: a caption naming another is what the
            // reviu's title.year reports (Tabel 3.1 "... Tahun 2018" in the 2019 report).
            if (options_.year && table_.year != options_.year) {
                note(0, 0,
                     Message{"note.layout.report_year",
                             {{"caption_year", std::to_string(*table_.year)},
                              {"year", std::to_string(*options_.year)}}});
                table_.year = options_.year;
            }
        } else if (options_.year) {
            table_.year = options_.year;
            note(0, 0,
                 Message{all.empty() ? "note.layout.report_year_none" : "note.layout.report_year_several",
                         {{"year", std::to_string(*options_.year)}}});
        }
    }

    // The header: the first row with text and the rows under it that continue it (cells merged down
    // into them, sub-headings under a merged cell, or only header words), up to the first row with
    // figures or the column numbers.
    bool header() {
        std::size_t r = start_;
        while (r < rows_ && blank(r)) ++r;
        if (r == rows_) {
            fail(Message{"error.table.no_text", {}});
            return false;
        }
        if (column_numbers(r) || holds_figures(r)) {
            const auto cs = texts_of(r);
            const auto figure =
                std::find_if(cs.begin(), cs.end(), [&](std::size_t c) { return figure_like(text(r, c)); });
            fail(Message{"error.table.figures_first",
                         {{"text", text(r, figure == cs.end() ? cs.front() : *figure)}}});
            return false;
        }
        head_.push_back(r++);
        for (; r < rows_; ++r) {
            if (blank(r)) continue;
            if (column_numbers(r) || holds_figures(r) || head_.size() >= options_.max_header_rows ||
                !continues_header(r))
                break;
            head_.push_back(r);
        }
        data_ = r;
        if (head_.size() > 1)
            note(head_.front() + 1, 0,
                 Message{"note.layout.header_rows",
                         {{"count", std::to_string(head_.size())},
                          {"from", std::to_string(head_.front() + 1)},
                          {"to", std::to_string(head_.back() + 1)}}});
        return true;
    }

    bool continues_header(std::size_t r) const {
        const std::size_t last = head_.back();
        for (std::size_t c = 0; c < cols_; ++c) {
            const std::size_t o = owner_[at(r, c)];
            if (o != none && o / cols_ < r && std::count(head_.begin(), head_.end(), o / cols_) > 0)
                return true;  // a header cell merged down into this row
        }
        for (std::size_t c = 0; c < cols_; ++c) {
            if (!top_left(last, c)) continue;
            const std::size_t e = extent(last, c);
            if (e - c < 2 || (last + 1 < rows_ && owner_[at(last + 1, c)] == at(last, c))) continue;
            // Sub-headings of a merged cell: several texts under it, or one the vocabulary knows (one
            // unknown text under a label merged over two grid columns is a program heading, not a header).
            std::size_t under = 0;
            bool known = false;
            for (std::size_t cc = c; cc < e; ++cc)
                if (top_left(r, cc) && !text(r, cc).empty()) {
                    ++under;
                    known = known || detail::read_header(text(r, cc)).meaning.has_value();
                }
            if (under >= 2 || (under == 1 && known)) return true;
        }
        const auto cs = texts_of(r);
        return std::all_of(cs.begin(), cs.end(), [&](std::size_t c) {
            const auto h = detail::read_header(text(r, c));
            return h.meaning && h.meaning->kind != detail::HeaderKind::label;
        });
    }

    // The logical columns: one per cell of the last header row (a cell merged down from above counts),
    // named by the header texts above it.
    void columns() {
        const std::size_t last = head_.back();
        group_.assign(cols_, none);
        for (std::size_t c = 0; c < cols_;) {
            const std::size_t o = owner_[at(last, c)];
            std::size_t e = c + 1;
            while (e < cols_ && o != none && owner_[at(last, e)] == o) ++e;
            Column col;
            col.c0 = c;
            col.c1 = e;
            std::size_t previous = none;
            for (std::size_t h : head_) {
                const std::size_t p = owner_[at(h, c)];
                if (p == none || p == previous) continue;
                previous = p;
                const std::string t = collapsed(text_[p]);
                if (!t.empty()) col.path.push_back(t);
            }
            for (std::size_t k = c; k < e; ++k) group_[k] = cols_of_.size();
            cols_of_.push_back(std::move(col));
            c = e;
        }
        for (Column& col : cols_of_) name(col);
    }

    // A column's meaning: its lowest header alone, else with the one above ("Realisasi" over "2017",
    // "Anggaran" over "(Rp)"), else the nearest header above that has one.
    void name(Column& col) const {
        if (col.path.empty()) return;
        const std::string& leaf = col.path.back();
        col.name = leaf;
        auto take = [&](const detail::HeaderReading& h) {
            if (!h.meaning || h.meaning->kind == detail::HeaderKind::unit) return false;
            col.meaning = h.meaning;
            if (!col.year) col.year = h.year;
            col.percent = col.percent || h.percent;
            return true;
        };
        const auto alone = detail::read_header(leaf);
        col.year = alone.year;
        col.percent = alone.percent;
        if (take(alone)) {
            for (std::size_t i = col.path.size() - 1; i-- > 0 && !col.year;)
                col.year = detail::read_header(col.path[i]).year;
            return;
        }
        if (col.path.size() >= 2) {
            const std::string both = col.path[col.path.size() - 2] + " " + leaf;
            if (take(detail::read_header(both))) {
                col.name = both;
                return;
            }
            for (std::size_t i = col.path.size() - 1; i-- > 0;)
                if (take(detail::read_header(col.path[i]))) {
                    col.name = col.path[i] + " " + leaf;
                    return;
                }
            // The Renja form's pairs: "K" and "Rp" under each period say only which of the two it is,
            // so the period above names the column ("Target Renstra 2023 K"), and the reviu finds the
            // form by these names (kinerja/reviu/renja.hpp).
            if (pair_leaf(leaf)) col.name = col.path[col.path.size() - 2] + " " + leaf;
        }
    }

    // "K" or "Rp" (any case): a kinerja or money column of a pair under one heading.
    static bool pair_leaf(const std::string& leaf) {
        std::string s;
        for (const char ch : leaf)
            if (ch != ' ' && ch != '.' && ch != '(' && ch != ')')
                s += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return s == "k" || s == "rp";
    }

    // The data rows as pieces of text, without spacer rows, column numbers and repeated headers.
    void rows() {
        std::vector<std::vector<std::string>> head_keys;
        for (std::size_t h : head_) head_keys.push_back(keys_of(h));
        for (std::size_t r = data_; r < rows_; ++r) {
            if (blank(r)) continue;
            if (column_numbers(r)) {
                note(r + 1, 0, Message{"note.layout.column_numbers", {}});
                continue;
            }
            const auto keys = keys_of(r);
            if (keys.size() >= 2 && keys == head_keys.front()) {
                // The header printed again where the table runs over a page: its other rows too.
                std::size_t k = 1;
                std::size_t rr = r + 1;
                for (; rr < rows_ && k < head_keys.size(); ++rr) {
                    if (blank(rr)) continue;
                    if (keys_of(rr) != head_keys[k]) break;
                    ++k;
                }
                note(r + 1, 0, Message{"note.layout.header_again", {}});
                r = rr - 1;
                continue;
            }
            RawRow row;
            row.r = r;
            for (std::size_t c : texts_of(r)) {
                const GridCell& g = doc_.rows[r][c];
                Piece p;
                p.grid_column = c;
                p.first = group_[c];
                p.last = group_[extent(r, c) - 1];
                p.text = text(r, c);
                p.bold = g.bold;
                p.indent = g.indent;
                row.pieces.push_back(std::move(p));
            }
            carry_forward(row);
            raw_.push_back(std::move(row));
        }
    }

    // In the Renja form's layout (columns in K / Rp pairs under their periods) a node's name, code
    // and unit are merged down over its indicator rows: each such row is the node's, so the text is
    // carried into the rows the merge covers. Its K / Rp figures are not: a node's money stands once.
    // Tables of other layouts keep a merged cell on its first row only, as before.
    void carry_forward(RawRow& row) const {
        const bool pairs = std::any_of(cols_of_.begin(), cols_of_.end(), [](const Column& col) {
            return col.path.size() >= 2 && pair_leaf(col.path.back());
        });
        if (!pairs) return;
        const std::size_t r = row.r;
        for (std::size_t g = 0; g < cols_of_.size(); ++g) {
            const Column& col = cols_of_[g];
            if (!col.path.empty() && pair_leaf(col.path.back())) continue;
            const std::size_t c = col.c0;
            const std::size_t o = owner_[at(r, c)];
            // Merged down from a row above, starting in this grid column.
            if (o == none || o == at(r, c) || o % cols_ != c || o / cols_ >= r || o / cols_ < data_ ||
                text_[o].empty())
                continue;
            Piece p;
            p.grid_column = c;
            p.first = p.last = g;
            p.text = text_[o];
            row.pieces.push_back(std::move(p));
        }
        std::sort(row.pieces.begin(), row.pieces.end(),
                  [](const Piece& a, const Piece& b) { return a.grid_column < b.grid_column; });
    }

    std::size_t head_row() const { return head_.back() + 1; }

    // Roles: the label column(s), each other column's role in the context of the table, one column of
    // each kind.
    bool classify() {
        if (raw_.empty()) {
            fail(Message{"error.table.no_rows", {}});
            return false;
        }
        // Columns without a header and without anything in them are the grid's, not the report's.
        // One pass over the cells: how many words and figures each column holds.
        for (const RawRow& row : raw_)
            for (const Piece& p : row.pieces)
                (figure_like(p.text) ? cols_of_[p.first].figures : cols_of_[p.first].words) += 1;
        for (Column& col : cols_of_)
            if (col.path.empty() && col.words + col.figures == 0) col.dropped = true;
        // The label: the columns whose header names it most surely.
        int rank = 0;
        for (const Column& col : cols_of_)
            if (col.meaning && col.meaning->kind == detail::HeaderKind::label)
                rank = std::max(rank, col.meaning->rank);
        // The label columns' names: all but the last (quoted, joined by ", ") and the last.
        std::vector<std::string> labels;
        for (std::size_t g = 0; g < cols_of_.size(); ++g) {
            Column& col = cols_of_[g];
            if (!col.meaning || col.meaning->kind != detail::HeaderKind::label) continue;
            if (col.meaning->rank == rank) {
                col.label = true;
                labels.push_back(col.name);
            }
        }
        std::string but_last;
        for (std::size_t i = 0; i + 1 < labels.size(); ++i)
            but_last += (but_last.empty() ? "" : ", ") + in_quotes(labels[i]);
        for (Column& col : cols_of_)
            if (col.meaning && col.meaning->kind == detail::HeaderKind::label && !col.label) {
                if (labels.size() == 1)
                    note(head_row(), col.c0 + 1,
                         Message{"note.layout.label_other", {{"name", col.name}, {"label", labels.back()}}});
                else
                    note(head_row(), col.c0 + 1,
                         Message{"note.layout.label_other_of_several",
                                 {{"name", col.name}, {"labels", but_last}, {"last", labels.back()}}});
            }
        if (rank == 0 && !fallback_label()) return false;
        if (labels.size() > 1)
            note(head_row(), 0,
                 Message{"note.layout.first_label", {{"labels", but_last}, {"last", labels.back()}}});
        // Roles as the vocabulary gives them.
        for (std::size_t g = 0; g < cols_of_.size(); ++g) {
            Column& col = cols_of_[g];
            if (col.label || col.dropped) continue;
            if (!col.meaning) {
                note(head_row(), col.c0 + 1,
                     col.path.empty() ? Message{"note.layout.no_header", {}}
                                      : Message{"note.layout.unknown_column", {{"name", col.name}}});
                continue;
            }
            if (col.meaning->kind == detail::HeaderKind::level) {
                note(head_row(), col.c0 + 1, Message{"note.layout.level_column", {{"name", col.name}}});
                continue;
            }
            if (col.meaning->kind == detail::HeaderKind::role) col.role = col.meaning->role;
        }
        percentages();
        if (!one_of_each()) return false;
        const bool checkable = std::any_of(cols_of_.begin(), cols_of_.end(), [](const Column& c) {
            return !c.label && !c.dropped && c.role != ColumnRole::other;
        });
        if (!checkable) {
            std::string names;
            for (const Column& col : cols_of_)
                if (!col.label && !col.dropped) names += (names.empty() ? "" : ", ") + in_quotes(col.name);
            fail(names.empty() ? Message{"error.table.only_label", {}}
                               : Message{"error.table.nothing_to_check", {{"columns", names}}});
            return false;
        }
        return true;
    }

    // With no header naming the label: the first column, the numbering aside, whose cells are
    // mostly words.
    bool fallback_label() {
        for (std::size_t g = 0; g < cols_of_.size(); ++g) {
            Column& col = cols_of_[g];
            if (col.dropped ||
                (col.meaning && (col.meaning->kind == detail::HeaderKind::role &&
                                 (col.meaning->role != ColumnRole::other || col.meaning->numbering))))
                continue;
            if (col.words > col.figures) {
                col.label = true;
                note(head_row(), col.c0 + 1,
                     col.path.empty() ? Message{"note.layout.unnamed_label", {}}
                                      : Message{"note.layout.fallback_label", {{"name", col.name}}});
                return true;
            }
        }
        fail(Message{"error.table.no_label", {}});
        return false;
    }

    bool has(ColumnRole role) const {
        return std::any_of(cols_of_.begin(), cols_of_.end(),
                           [&](const Column& c) { return !c.label && !c.dropped && c.role == role; });
    }

    // "%" means what the table around it computes.
    void percentages() {
        const bool money = has(ColumnRole::anggaran) || has(ColumnRole::sisa);
        const bool target = has(ColumnRole::target);
        const bool counts = has(ColumnRole::jumlah);
        const bool capaian_caption = (" " + caption_key_ + " ").find(" capaian ") != std::string::npos;
        for (Column& col : cols_of_) {
            if (col.label || col.dropped || !col.meaning || !col.meaning->contextual) continue;
            const char* why = nullptr;
            if (money) {
                col.role = ColumnRole::persen;
                why = "note.layout.percent_serapan";
            } else if (target) {
                col.role = ColumnRole::capaian;
                why = "note.layout.percent_capaian";
            } else if (counts) {
                col.role = ColumnRole::share;
                col.of = ColumnRole::jumlah;
                why = "note.layout.percent_share";
            } else if (capaian_caption) {
                col.role = ColumnRole::capaian;
                why = "note.layout.percent_capaian_caption";
            } else {
                col.role = ColumnRole::persen;
                why = "note.layout.percent_serapan_default";
            }
            note(head_row(), col.c0 + 1, Message{why, {{"name", col.name}}});
        }
        // The reviu reads a realisasi beside a target as the indicator's, not money: said once here.
        if (target)
            for (const Column& col : cols_of_)
                if (!col.label && !col.dropped && col.role == ColumnRole::realisasi) {
                    note(head_row(), col.c0 + 1,
                         Message{"note.layout.indicator_realisasi", {{"name", col.name}}});
                    break;
                }
        // "Realisasi (%)" beside "Realisasi (Rp)": the percentage of the budget spent.
        if (!has(ColumnRole::persen) && money)
            for (Column& col : cols_of_)
                if (!col.label && !col.dropped && col.role == ColumnRole::realisasi && col.percent &&
                    std::any_of(cols_of_.begin(), cols_of_.end(), [&](const Column& o) {
                        return &o != &col && !o.label && o.role == ColumnRole::realisasi && !o.percent;
                    })) {
                    col.role = ColumnRole::persen;
                    note(head_row(), col.c0 + 1,
                         Message{"note.layout.realisasi_percent", {{"name", col.name}}});
                    break;
                }
    }

    // One column of each role: the reviu reads the first. The one of the table's year when the
    // headers name years, else the first; a reason when years differ and none is the table's. The
    // parts of the jumlah are one column per kind: the reviu reads them all.
    bool one_of_each() {
        for (const auto& entry : EnumTable<ColumnRole>::entries) {
            const ColumnRole role = entry.value;
            if (role == ColumnRole::other || role == ColumnRole::part) continue;
            std::vector<Column*> same;
            for (Column& col : cols_of_)
                if (!col.label && !col.dropped && col.role == role) same.push_back(&col);
            if (same.size() < 2) continue;
            Column* keep = same.front();
            std::set<int> years;
            bool all_years = true;
            for (Column* col : same) {
                if (col->year)
                    years.insert(*col->year);
                else
                    all_years = false;
            }
            std::string names;
            for (Column* col : same) names += (names.empty() ? "" : ", ") + in_quotes(col->name);
            if (years.size() > 1) {
                std::vector<Column*> of_year;
                if (table_.year)
                    for (Column* col : same)
                        if (col->year == table_.year) of_year.push_back(col);
                if (of_year.size() == 1) {
                    keep = of_year.front();
                } else if (all_years) {
                    // The role's name is the dataset's word for it (printed_tables' "role").
                    Message said{
                        table_.year ? "error.table.years_differ" : "error.table.years_differ_no_year",
                        {{"count", std::to_string(same.size())},
                         {"role", std::string(to_string(role))},
                         {"columns", names}}};
                    if (table_.year) said.args.emplace_back("year", std::to_string(*table_.year));
                    fail(std::move(said));
                    return false;
                }
            }
            for (Column* col : same) {
                if (col == keep) continue;
                col->role = ColumnRole::other;
                note(
                    head_row(), col->c0 + 1,
                    Message{
                        "note.layout.second_role",
                        {{"role", std::string(to_string(role))}, {"name", col->name}, {"kept", keep->name}}});
            }
        }
        return true;
    }

    struct Shape {
        std::string signature;
        Message description;  // "level {level}: rows ...", without the level
    };

    // A label in capitals: no lower-case letter, at least six letters, more than one word.
    static bool in_capitals(const std::string& label) {
        std::size_t letters = 0;
        bool lower = false;
        for (char c : label) {
            if (c >= 'a' && c <= 'z') lower = true;
            if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
        }
        return !lower && letters >= 6 && label.find(' ') != std::string::npos;
    }

    // The signature of a row's kind: its numbering, capitals or PROGRAM, bold and indentation, and
    // which label column it prints in. Rows of one kind share a level.
    Shape shape_of(const std::string& numbering, const std::string& label, bool bold, int indent,
                   std::size_t label_column, bool& romans, bool capitals_lead) const {
        Shape s;
        const std::string kind = numbering_kind(numbering, romans);
        if (kind.rfind("roman", 0) == 0) romans = true;
        const bool program = squeezed(label.substr(0, 8)).rfind("PROGRAM", 0) == 0 &&
                             (label.size() == 7 || !std::isalpha(static_cast<unsigned char>(label[7])));
        const bool capitals = program || (capitals_lead && in_capitals(label));
        s.signature = kind + "|" + (capitals ? "C" : "") + "|" + (bold ? "B" : "") + "|" +
                      std::to_string(indent) + "|" + std::to_string(label_column);
        // One id per the pieces the description has (numbered, marked, indented, in another column),
        // the marks (PROGRAM or capitals, bold) a word of their own.
        // messages: prefix "note.layout.level_"
        std::string id = kind.empty() ? "note.layout.level_unnumbered" : "note.layout.level_numbered";
        Message& d = s.description;
        if (!kind.empty()) d.args.emplace_back("numbering", numbering);
        const char* marks = program ? (bold ? "note.layout.marks.program_bold" : "note.layout.marks.program")
                            : capitals
                                ? (bold ? "note.layout.marks.capitals_bold" : "note.layout.marks.capitals")
                            : bold ? "note.layout.marks.bold"
                                   : nullptr;
        if (marks != nullptr) {
            id += "_marked";
            d.args.emplace_back("marks", marks);
        }
        if (indent != 0) {
            id += "_indented";
            d.args.emplace_back("indent", std::to_string(indent));
        }
        const bool first_column = std::any_of(cols_of_.begin(), cols_of_.end(), [&](const Column& c) {
            return c.label && c.c0 == label_column;
        });
        if (!first_column) {
            id += "_column";
            d.args.emplace_back("column", std::to_string(label_column + 1));
        }
        d.id = std::move(id);
        return s;
    }

    // The printed table: its columns, then each row's label and cells, headings and rows left out,
    // then the levels. One function over the rows, because the label, the heading and the numbering
    // of a row are read from the same pieces of it.
    void build() {
        std::size_t numbering_col = none;
        for (std::size_t g = 0; g < cols_of_.size(); ++g) {
            const Column& col = cols_of_[g];
            if (col.label || col.dropped) continue;
            if (numbering_col == none && col.meaning && col.meaning->numbering) numbering_col = g;
            table_.columns.push_back(PrintedColumn{col.name, col.role, col.of});
        }
        std::vector<std::size_t> printed(cols_of_.size(), none);
        for (std::size_t g = 0, k = 0; g < cols_of_.size(); ++g)
            if (!cols_of_[g].label && !cols_of_[g].dropped) printed[g] = k++;
        const std::size_t last_group = cols_of_.size() - 1;

        std::vector<RowMeta> meta;
        for (const RawRow& raw : raw_) {
            PrintedRow row;
            row.cells.assign(table_.columns.size(), std::string());
            RowMeta m;
            m.r = raw.r;
            const Piece* label = nullptr;
            const Piece* spread = nullptr;
            for (const Piece& p : raw.pieces) {
                bool covers_label = false;
                for (std::size_t g = p.first; g <= p.last; ++g)
                    covers_label = covers_label || cols_of_[g].label;
                if (covers_label) {
                    if (label == nullptr) label = &p;
                    continue;
                }
                std::size_t roles = 0;
                for (std::size_t g = p.first; g <= p.last; ++g)
                    roles += cols_of_[g].role != ColumnRole::other && !cols_of_[g].label ? 1 : 0;
                if (roles >= 2 && spread == nullptr) {
                    spread = &p;
                    continue;
                }
                std::size_t g = p.first;
                while (g <= p.last && printed[g] == none) ++g;
                if (g > p.last) continue;
                std::string& cell = row.cells[printed[g]];
                cell += (cell.empty() ? "" : " ") + p.text;
            }
            bool heading = false;
            if (label == nullptr && spread != nullptr) {
                label = spread;
                heading = true;
            } else if (spread != nullptr) {
                std::size_t g = spread->first;
                while (g <= spread->last && printed[g] == none) ++g;
                if (g <= spread->last) row.cells[printed[g]] = spread->text;
                note(raw.r + 1, spread->grid_column + 1,
                     Message{"note.layout.spread", {{"text", spread->text}}});
            }
            if (label != nullptr) {
                row.label = label->text;
                m.bold = label->bold;
                m.indent = label->indent;
                // The label column it prints in (a label merged over the No. column too is in it).
                std::size_t in = label->first;
                while (in < label->last && !cols_of_[in].label) ++in;
                // The grid column: a label column over two grid columns prints kegiatan one to the right.
                m.label_column = std::max(label->grid_column, cols_of_[in].c0);
                // A label merged over figure columns: they print nothing (the positions are covered).
                for (std::size_t g = label->first; g <= label->last && !heading; ++g)
                    heading = !cols_of_[g].label && cols_of_[g].role != ColumnRole::other;
                if (label->last == last_group && label->last > label->first) heading = true;
            }
            if (heading) {
                note(raw.r + 1, label->grid_column + 1,
                     Message{"note.layout.heading", {{"label", row.label}}});
            }
            if (numbering_col != none) m.numbering = row.cells[printed[numbering_col]];
            if (m.numbering.empty() || heading) m.numbering = std::string(label_numbering(row.label));
            const bool figures = std::any_of(row.cells.begin(), row.cells.end(),
                                             [](const std::string& c) { return !c.empty(); });
            const bool numbering_only = numbering_col != none &&
                                        std::count_if(row.cells.begin(), row.cells.end(),
                                                      [](const std::string& c) { return !c.empty(); }) == 1 &&
                                        !row.cells[printed[numbering_col]].empty();
            if (row.label.empty() && (!figures || numbering_only)) {
                note(raw.r + 1, 0, Message{"note.layout.empty_row", {}});
                continue;
            }
            if (row.label.empty()) note(raw.r + 1, 0, Message{"note.layout.no_label", {}});
            table_.rows.push_back(std::move(row));
            meta.push_back(std::move(m));
        }
        if (table_.rows.empty()) {
            fail(Message{"error.table.no_rows", {}});
            return;
        }
        levels(meta);
        out_.table = std::move(table_);
    }

    // Levels by the order in which kinds of rows appear: the first kind is level 1, a kind not seen
    // yet goes one deeper than the row before it, a kind seen before returns to its level. Capitals
    // mark a kind only where the first row is in capitals: they head a table (programs over their
    // kegiatan), and a name spelt in capitals in a list that starts in lower case ("AC SPLIT 1 PK"
    // among the seed's assets) is no sub-row.
    void levels(const std::vector<RowMeta>& meta) {
        std::vector<std::string> stack;
        bool romans = false;
        const auto first = std::find_if(table_.rows.begin(), table_.rows.end(), [](const PrintedRow& r) {
            return !r.label.empty() && !is_total_label(r.label) && !is_mean_label(r.label);
        });
        const bool capitals_lead = first != table_.rows.end() && in_capitals(first->label);
        std::size_t summaries_from = table_.rows.size();
        while (summaries_from > 0 && (is_total_label(table_.rows[summaries_from - 1].label) ||
                                      is_mean_label(table_.rows[summaries_from - 1].label)))
            --summaries_from;
        std::set<std::string> described;  // kinds whose level a note gave
        int previous = 1;
        bool capped = false;
        for (std::size_t i = 0; i < table_.rows.size(); ++i) {
            PrintedRow& row = table_.rows[i];
            const bool total = is_total_label(row.label);
            if (total || is_mean_label(row.label)) {
                // At the end: closes the top rows; inside: the rows of the level before it.
                row.level = i >= summaries_from ? 1 : previous;
                const bool ends = i >= summaries_from;
                note(meta[i].r + 1, 0,
                     Message{total ? (ends ? "note.layout.total_end" : "note.layout.total")
                                   : (ends ? "note.layout.mean_end" : "note.layout.mean"),
                             {{"label", row.label}, {"level", std::to_string(row.level)}}});
                continue;
            }
            const Shape s = shape_of(meta[i].numbering, row.label, meta[i].bold, meta[i].indent,
                                     meta[i].label_column, romans, capitals_lead);
            auto it = std::find(stack.begin(), stack.end(), s.signature);
            if (it == stack.end() && s.signature.front() == '|') {
                // Unnumbered, and otherwise like a numbered kind on the stack: the number is merged
                // from the row above or left out (a sasaran's second indicator), not a sub-row.
                for (auto k = stack.end(); k != stack.begin();) {
                    --k;
                    const std::size_t bar = k->find('|');
                    if (bar != 0 && k->compare(bar, std::string::npos, s.signature) == 0) {
                        it = k;
                        break;
                    }
                }
            }
            if (it != stack.end()) {
                stack.erase(it + 1, stack.end());
            } else if (static_cast<int>(stack.size()) >= std::max(1, options_.max_level)) {
                stack.back() = s.signature;
                if (!capped)
                    note(meta[i].r + 1, 0,
                         Message{"note.layout.capped", {{"level", std::to_string(stack.size())}}});
                capped = true;
            } else {
                stack.push_back(s.signature);
                if (described.insert(s.signature).second) {
                    Message said = s.description;
                    said.args.emplace_back("level", std::to_string(stack.size()));
                    note(meta[i].r + 1, 0, std::move(said));
                }
            }
            row.level = static_cast<int>(stack.size());
            previous = row.level;
        }
        const bool flat = std::all_of(table_.rows.begin(), table_.rows.end(),
                                      [](const PrintedRow& r) { return r.level == 1; });
        if (flat) {
            for (PrintedRow& row : table_.rows) row.level = 0;
            note(0, 0, Message{"note.layout.flat", {}});
        }
    }
};

}  // namespace

std::string TableLayoutNote::to_string() const {
    std::string out = source;
    if (!where.empty()) out += (out.empty() ? "" : ", ") + where;
    if (row != 0) out += (out.empty() ? "" : ", ") + std::string("row ") + std::to_string(row);
    if (column != 0) out += (out.empty() ? "" : ", ") + std::string("column ") + std::to_string(column);
    return out + (out.empty() ? "" : ": ") + message;
}

TableLayout read_table_layout(const DocumentTable& doc, const TableLayoutOptions& options) {
    return Reader(doc, options).run();
}

}  // namespace kinerja

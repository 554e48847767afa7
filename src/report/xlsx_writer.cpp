// The LAKIP report as an .xlsx workbook through libxlsxwriter (docs/report-xlsx.md).
//
// The builders' cells (report/writers.hpp) say which cells the writer formatted as figures: only
// those may become numeric cells, and only when the double a workbook stores is exactly the figure.
// Everything else, dataset text above all, goes through worksheet_write_string, which writes a
// shared string: a name "=HYPERLINK(...)" is shown as those characters and never evaluated.
//
// libxlsxwriter writes to a file name only (1.1.4 has no memory output), so the workbook is built
// in a temporary file of the system's temporary folder, read back and removed; the caller writes
// the bytes atomically (AtomicFile), as it writes every other report.

#include <locale.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>
#include <vector>

#include "kinerja/core/number_text.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/report/renja.hpp"
#include "kinerja/report/xlsx.hpp"
#include "report/writers.hpp"

namespace kinerja {
namespace {

using detail::Table;

// What a sheet holds at most (Excel's limits, which libxlsxwriter enforces).
constexpr std::size_t max_cell_chars = 32767;
constexpr std::size_t max_sheet_name_chars = 31;
// The widest the label column is made, in characters; a longer label wraps.
constexpr std::size_t max_label_width = 70;

// --- figures -------------------------------------------------------------------------------------

// The value of a figure's text as format_number writes it ("-1.234.567,89", "80"): an optional '-',
// digits with '.' between groups of three, then ',' and the decimals. Anything else (a range
// "5 - 10", "n/a") is no single number: nullopt. The caller keeps the value only when format_number
// gives the same text back, so a text is never read in a way the report did not write it.
std::optional<Decimal> figure_value(std::string_view s) {
    const bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    const std::size_t comma = s.find(',');
    const std::string_view fraction = comma == std::string_view::npos ? "" : s.substr(comma + 1);
    std::string digits;
    for (const char c : s.substr(0, comma))
        if (c != '.') digits += c;
    digits += fraction;
    if (digits.empty() || digits.size() > 38 || fraction.size() > 18) return std::nullopt;
    int128 coefficient = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        coefficient = coefficient * 10 + (c - '0');
    }
    return Decimal(negative ? -coefficient : coefficient, static_cast<int>(fraction.size()));
}

// A number's digits without leading or trailing zeros, and the power of ten of the last one, read
// from machine text ("-1234.50", "1.2345e+16"): two texts are the same number exactly when these
// are equal. Zero is (false, "", 0), whatever its sign.
std::tuple<bool, std::string, long> digits_of(std::string_view s) {
    const bool negative = !s.empty() && s.front() == '-';
    if (negative) s.remove_prefix(1);
    long exponent = 0;
    if (const std::size_t e = s.find_first_of("eE"); e != std::string_view::npos) {
        std::string_view power = s.substr(e + 1);
        if (!power.empty() && power.front() == '+') power.remove_prefix(1);
        std::from_chars(power.data(), power.data() + power.size(), exponent);
        s = s.substr(0, e);
    }
    std::string digits;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.')
            exponent -= static_cast<long>(s.size() - i - 1);  // the digits after the point
        else
            digits += s[i];
    }
    const std::size_t first = digits.find_first_not_of('0');
    if (first == std::string::npos) return {false, "", 0};
    digits.erase(0, first);
    while (digits.back() == '0') {
        digits.pop_back();
        ++exponent;
    }
    return {negative, digits, exponent};
}

// The double a numeric cell stores for \p value, when a reader gets exactly \p value back: the double
// nearest the figure goes into the sheet as libxlsxwriter 1.1.4 writes it (%.16G: 92.32 becomes the
// text 92.31999999999999), a reader parses that text to a double, and the shortest text of that
// double (what LibreOffice, openpyxl and pandas show) must be the same number. Every figure of up to
// 15 significant digits passes (DBL_DIG); a longer one may not, and is then written as text rather
// than rounded.
std::optional<double> exact_double(const Decimal& value) {
    const std::string text = value.to_string();
    auto read = [](std::string_view s) -> std::optional<double> {
        double d = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), d);
        if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
        return d;
    };
    const std::optional<double> d = read(text);
    if (!d) return std::nullopt;
    char buffer[64];
    const auto stored =
        std::to_chars(std::begin(buffer), std::end(buffer), *d, std::chars_format::general, 16);
    if (stored.ec != std::errc()) return std::nullopt;
    const std::optional<double> read_back =
        read(std::string_view(buffer, static_cast<std::size_t>(stored.ptr - buffer)));
    if (!read_back) return std::nullopt;
    const auto shortest = std::to_chars(std::begin(buffer), std::end(buffer), *read_back);
    if (shortest.ec != std::errc()) return std::nullopt;
    if (digits_of(text) !=
        digits_of(std::string_view(buffer, static_cast<std::size_t>(shortest.ptr - buffer))))
        return std::nullopt;
    return d;
}

// --- the workbook --------------------------------------------------------------------------------

// The refusal of writing \p where of \p file, for the reason \p said.
[[noreturn]] void refuse(const std::string& file, const std::string& where, Message said) {
    throw data_error(file, where, english(said), said);
}

// A temporary file for libxlsxwriter to write, removed when this goes.
class TempFile final {
public:
    TempFile() {
        std::error_code ec;
        const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
        std::string name = ((ec ? std::filesystem::path("/tmp") : dir) / "kinerja-xlsx-XXXXXX").string();
        const int fd = ::mkstemp(name.data());
        if (fd < 0) refuse(name, "", {"error.xlsx_writer.temp_file", {{"system", std::strerror(errno)}}});
        ::close(fd);
        path_ = name;
    }
    ~TempFile() {
        std::error_code ec;
        std::filesystem::remove(path_, ec);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    [[nodiscard]] const std::string& path() const { return path_; }

    // The whole file.
    [[nodiscard]] std::string bytes() const {
        std::FILE* f = std::fopen(path_.c_str(), "rb");
        if (!f) refuse(path_, "", {"error.xlsx_writer.read_back_system", {{"system", std::strerror(errno)}}});
        std::string out;
        char buffer[1 << 16];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
        const bool failed = std::ferror(f) != 0;
        std::fclose(f);
        if (failed) refuse(path_, "", {"error.xlsx_writer.read_back", {}});
        return out;
    }

private:
    std::string path_;
};

// This thread in the "C" locale while it lasts: libxlsxwriter prints numbers with snprintf("%.16G"),
// which under a locale with a decimal comma (id_ID) would write 92,32 into the sheet's XML. Per
// thread (uselocale), so the program's own locale and other threads are untouched.
class CNumbers final {
public:
    CNumbers() : c_(newlocale(LC_ALL_MASK, "C", locale_t{})), old_(c_ ? uselocale(c_) : locale_t{}) {
        if (!c_) {
            Message said{"error.xlsx_writer.locale", {}};
            throw error(english(said), said);
        }
    }
    ~CNumbers() {
        uselocale(old_);
        freelocale(c_);
    }
    CNumbers(const CNumbers&) = delete;
    CNumbers& operator=(const CNumbers&) = delete;

private:
    locale_t c_;
    locale_t old_;
};

// The cell's name, "B5", for messages and notes.
std::string cell_name(lxw_row_t row, lxw_col_t col) {
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, row, col);
    return name;
}

// What sets one cell's style apart; each distinct one is one libxlsxwriter format.
struct Style final {
    enum class Kind { text, title, heading, label, number, figure_text, note };
    Kind kind = Kind::text;
    bool bold = false;
    bool rule_above = false;  // the body's total
    int indent = 0;           // label
    bool wrap = false;        // a label longer than its column's widest
    int decimals = 0;         // number
    bool operator<(const Style& o) const {
        return std::tie(kind, bold, rule_above, indent, wrap, decimals) <
               std::tie(o.kind, o.bold, o.rule_above, o.indent, o.wrap, o.decimals);
    }
};

// The workbook being built: owns libxlsxwriter's workbook until close() hands it over.
class Workbook final {
public:
    explicit Workbook(const std::string& path) : path_(path), book_(workbook_new(path.c_str())) {
        if (!book_) refuse(path, "", {"error.xlsx_writer.create", {}});
    }
    ~Workbook() {
        if (book_) lxw_workbook_free(book_);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    // A new sheet named \p name (one of sheet_names).
    lxw_worksheet* add_sheet(const std::string& name) {
        lxw_worksheet* sheet = workbook_add_worksheet(book_, name.c_str());
        if (!sheet) refuse(path_, "sheet '" + name + "'", {"error.xlsx_writer.add_sheet", {}});
        return sheet;
    }

    // The format of \p style, made once.
    lxw_format* format(const Style& style) {
        const auto found = formats_.find(style);
        if (found != formats_.end()) return found->second;
        lxw_format* f = workbook_add_format(book_);
        switch (style.kind) {
            case Style::Kind::title:
                format_set_bold(f);
                format_set_font_size(f, 12);
                break;
            case Style::Kind::heading:
                format_set_bold(f);
                format_set_text_wrap(f);
                format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
                format_set_bottom(f, LXW_BORDER_THIN);
                break;
            case Style::Kind::label:
                if (style.indent > 0) format_set_indent(f, static_cast<uint8_t>(std::min(style.indent, 15)));
                if (style.wrap) format_set_text_wrap(f);
                break;
            case Style::Kind::number: {
                // "#,##0.00": the reader's locale shows its own separators (92,32 in Indonesian).
                const std::string pattern =
                    style.decimals == 0
                        ? "#,##0"
                        : "#,##0." + std::string(static_cast<std::size_t>(style.decimals), '0');
                format_set_num_format(f, pattern.c_str());
                break;
            }
            case Style::Kind::figure_text:
                format_set_align(f, LXW_ALIGN_RIGHT);
                break;
            case Style::Kind::note:
                format_set_italic(f);
                break;
            case Style::Kind::text:
                break;
        }
        if (style.bold) format_set_bold(f);
        if (style.rule_above) format_set_top(f, LXW_BORDER_THIN);
        formats_.emplace(style, f);
        return f;
    }

    // Writes the workbook to its file; the workbook is gone afterwards, whatever the outcome.
    void close() {
        lxw_workbook* book = book_;
        book_ = nullptr;
        if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
            refuse(path_, "", {"error.xlsx_writer.write", {{"reason", lxw_strerror(e)}}});
    }

    [[nodiscard]] const std::string& path() const { return path_; }

private:
    std::string path_;
    lxw_workbook* book_;
    std::map<Style, lxw_format*> formats_;
};

// One table on its own sheet.
class SheetWriter final {
public:
    SheetWriter(Workbook& book, lxw_worksheet* sheet, std::string name, const Language& lang)
        : book_(book), sheet_(sheet), name_(std::move(name)), lang_(lang) {}

    void write(const Table& table) {
        const ReportTable& t = table.shown;
        // Row 0 the title, row 1 the headings (rows 1 and 2 for a table with headings over pairs of
        // columns), the rows after them, then a blank row and the notes.
        text(0, 0, t.title, Style{Style::Kind::title});
        head_ = table.groups.empty() ? 1 : 2;
        if (head_ == 1)
            for (std::size_t c = 0; c < t.columns.size(); ++c)
                text(1, column(c), t.columns[c], Style{Style::Kind::heading});
        else
            two_heading_rows(table);
        widths_.assign(std::max<std::size_t>(t.columns.size(), 1), 0);
        const bool several = t.rows.size() > 1;
        std::vector<std::string> notes = t.notes;
        std::vector<std::string> as_text;  // cells of figures no double holds exactly
        for (std::size_t i = 0; i < t.rows.size(); ++i) {
            const ReportTable::Row& r = t.rows[i];
            const detail::Table::RowForm& form = table.forms[i];
            const lxw_row_t row = to_row(i + 1 + head_);
            if (form.span > 1)
                for (std::size_t c = 0; c < table.merged.size() && c < r.cells.size() + 1; ++c)
                    if (table.merged[c])
                        check(worksheet_merge_range(sheet_, row, column(c), to_row(i + head_ + form.span),
                                                    column(c), "", book_.format(Style{})),
                              row, column(c));
            Style base;
            base.bold = r.level == 1 && several;
            base.rule_above = r.ref == "body";
            Style label = base;
            label.kind = Style::Kind::label;
            label.indent = std::max(r.level - 1, 0);
            const std::size_t label_chars =
                detail::char_count(r.label) + 2 * static_cast<std::size_t>(label.indent);
            widen(0, label_chars);
            label.wrap = label_chars + 2 > max_label_width;  // wider than the column can be: on more lines
            cell(row, 0, r.label, form.label_figure, label, as_text);
            for (std::size_t c = 0; c < r.cells.size(); ++c) {
                widen(c + 1, detail::char_count(r.cells[c]));
                cell(row, column(c + 1), r.cells[c], form.figures.at(c), base, as_text);
            }
        }
        if (!as_text.empty()) {
            std::string cells;
            for (const std::string& n : as_text) cells += (cells.empty() ? "" : ", ") + n;
            notes.push_back(lang_.format("xlsx.written_as_text", {{"cells", cells}}));
        }
        lxw_row_t row = to_row(t.rows.size() + 2 + head_);
        for (const std::string& n : notes) text(row++, 0, n, Style{Style::Kind::note});
        layout(t);
    }

private:
    // The headings of a table with pairs of columns under one heading (the Renja table's K and Rp),
    // as OPDs print it: each heading merged over its columns in row 1 with the columns' own headings
    // (what follows the heading in the column's name) in row 2, and a column with no heading over it
    // merged down over both rows.
    void two_heading_rows(const Table& table) {
        const ReportTable& t = table.shown;
        const Style heading{Style::Kind::heading};
        for (std::size_t c = 0; c < t.columns.size();) {
            const std::string& group =
                c == 0 || c > table.groups.size() ? std::string() : table.groups[c - 1];
            if (group.empty()) {
                check(worksheet_merge_range(sheet_, 1, column(c), 2, column(c), "", book_.format(heading)), 1,
                      column(c));
                text(1, column(c), t.columns[c], heading);
                ++c;
                continue;
            }
            std::size_t last = c;
            while (last + 1 < t.columns.size() && last < table.groups.size() && table.groups[last] == group)
                ++last;
            if (last > c)
                check(worksheet_merge_range(sheet_, 1, column(c), 1, column(last), "", book_.format(heading)),
                      1, column(c));
            text(1, column(c), group, heading);
            for (; c <= last; ++c) {
                const std::string& name = t.columns[c];
                text(2, column(c),
                     name.size() > group.size() && name.compare(0, group.size(), group) == 0
                         ? name.substr(group.size() + 1)
                         : name,
                     heading);
            }
        }
    }

    static lxw_col_t column(std::size_t c) {
        if (c >= LXW_COL_MAX) {
            Message said{"error.xlsx_writer.columns", {}};
            throw value_error(english(said), said);
        }
        return static_cast<lxw_col_t>(c);
    }
    lxw_row_t to_row(std::size_t r) const {
        if (r >= LXW_ROW_MAX)
            refuse(book_.path(), "sheet '" + name_ + "'",
                   {"error.xlsx_writer.rows", {{"max", std::to_string(LXW_ROW_MAX)}}});
        return static_cast<lxw_row_t>(r);
    }
    void widen(std::size_t c, std::size_t chars) {
        if (c < widths_.size()) widths_[c] = std::max(widths_[c], chars);
    }

    // A cell of the table: a number when it is a figure the writer formatted and a double holds it
    // exactly; otherwise text.
    void cell(lxw_row_t row, lxw_col_t col, const std::string& s, bool figure, Style style,
              std::vector<std::string>& as_text) {
        if (s.empty()) return;
        if (figure) {
            const std::optional<Decimal> value = figure_value(s);
            if (value && format_number(*value) == s) {
                if (const std::optional<double> d = exact_double(*value)) {
                    style.kind = Style::Kind::number;
                    style.decimals = value->scale();
                    check(worksheet_write_number(sheet_, row, col, *d, book_.format(style)), row, col);
                    return;
                }
                as_text.push_back(cell_name(row, col));
            }
            if (style.kind != Style::Kind::label) style.kind = Style::Kind::figure_text;
        }
        text(row, col, s, style);
    }

    // Text, never a formula: worksheet_write_string stores a shared string whatever it starts with.
    void text(lxw_row_t row, lxw_col_t col, const std::string& s, const Style& style) {
        if (s.empty()) return;
        if (s.find('\0') != std::string::npos)
            refuse(book_.path(), where(row, col), {"error.xlsx_writer.nul", {}});
        if (detail::char_count(s) > max_cell_chars)
            refuse(book_.path(), where(row, col),
                   {"error.xlsx_writer.cell_text",
                    {{"chars", std::to_string(detail::char_count(s))},
                     {"max", std::to_string(max_cell_chars)}}});
        check(worksheet_write_string(sheet_, row, col, s.c_str(), book_.format(style)), row, col);
    }

    std::string where(lxw_row_t row, lxw_col_t col) const {
        return "sheet '" + name_ + "' cell " + cell_name(row, col);
    }
    void check(lxw_error e, lxw_row_t row, lxw_col_t col) const {
        if (e != LXW_NO_ERROR)
            refuse(book_.path(), where(row, col), {"error.xlsx_writer.cell", {{"reason", lxw_strerror(e)}}});
    }

    // Column widths from what they hold (in characters: a sheet's width unit is about one digit),
    // headings wrapped onto as many lines as their width needs, the title and headings frozen.
    void layout(const ReportTable& t) {
        std::size_t heading_lines = 1;
        for (std::size_t c = 0; c < widths_.size(); ++c) {
            const std::string& heading = c < t.columns.size() ? t.columns[c] : std::string();
            std::size_t longest_word = 0, word = 0;
            for (const char ch : heading) {
                word =
                    ch == ' ' ? 0 : word + (detail::is_continuation(static_cast<unsigned char>(ch)) ? 0 : 1);
                longest_word = std::max(longest_word, word);
            }
            const std::size_t lo = c == 0 ? 16 : 12, hi = c == 0 ? max_label_width : 30;
            const std::size_t width = std::clamp(std::max(widths_[c], longest_word) + 2, lo, hi);
            const std::size_t chars = detail::char_count(heading);
            heading_lines = std::max(heading_lines, (chars + width - 3) / (width - 2));
            check(worksheet_set_column(sheet_, column(c), column(c), static_cast<double>(width), nullptr), 0,
                  column(c));
        }
        check(worksheet_set_row(
                  sheet_, 1,
                  LXW_DEF_ROW_HEIGHT * static_cast<double>(std::min<std::size_t>(heading_lines, 6)), nullptr),
              1, 0);
        worksheet_freeze_panes(sheet_, static_cast<lxw_row_t>(head_ + 1), 0);
    }

    Workbook& book_;
    lxw_worksheet* sheet_;
    std::string name_;
    Language lang_;
    std::vector<std::size_t> widths_;
    std::size_t head_ = 1;  // heading rows
};

}  // namespace

namespace detail {

std::vector<std::string> sheet_names(const std::vector<std::string>& ids) {
    // The first n characters of s.
    auto prefix = [](std::string_view s, std::size_t n) {
        std::size_t chars = 0, i = 0;
        for (; i < s.size(); ++i)
            if (!is_continuation(static_cast<unsigned char>(s[i])) && chars++ == n) break;
        return std::string(s.substr(0, i));
    };
    std::set<std::string> taken{"history"};  // reserved by Excel
    std::vector<std::string> names;
    for (const std::string& id : ids) {
        std::string base;
        for (const char c : id)
            base += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
        while (!base.empty() && base.front() == '\'') base.erase(0, 1);
        if (base.empty()) base = "tabel";
        for (int n = 1;; ++n) {
            const std::string suffix = n == 1 ? "" : " (" + std::to_string(n) + ")";
            std::string name = prefix(base, max_sheet_name_chars - suffix.size());
            while (!name.empty() && name.back() == '\'') name.pop_back();
            name += suffix;
            // Excel compares sheet names ignoring case (libxlsxwriter: ASCII case).
            std::string folded = name;
            std::transform(folded.begin(), folded.end(), folded.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (taken.insert(folded).second) {
                names.push_back(name);
                break;
            }
        }
    }
    return names;
}

}  // namespace detail

namespace {

// The tables each on its own sheet, as the bytes of a workbook.
std::string workbook_of(const std::vector<Table>& tables, const Language& lang) {
    const TempFile file;
    {
        const CNumbers c_numbers;
        Workbook book(file.path());
        std::vector<std::string> ids;
        for (const Table& t : tables) ids.push_back(t.shown.id);
        const std::vector<std::string> names = detail::sheet_names(ids);
        for (std::size_t i = 0; i < tables.size(); ++i)
            SheetWriter(book, book.add_sheet(names[i]), names[i], lang).write(tables[i]);
        book.close();
    }
    return file.bytes();
}

}  // namespace

std::string write_report_xlsx(const Renstra& plan, int year, const Language& lang) {
    return workbook_of(detail::report_table_forms(plan, year, lang), lang);
}

std::string write_renja_xlsx(const Renstra& plan, int year, const Language& lang) {
    return workbook_of({detail::renja_table_form(plan, year, lang)}, lang);
}

}  // namespace kinerja

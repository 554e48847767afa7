// The tables of an Excel workbook: the sheets in the order of xl/workbook.xml, each found through
// the workbook's relationships; a sheet's cells are kept sparse (by their references) and only the
// rows and columns that hold something become grids, so a reference such as XFD1048576 costs one
// cell, never a grid of the whole sheet. Every XML part is walked a fixed number of levels deep.

#include "kinerja/io/xlsx.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <limits>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "io/detail/caption.hpp"
#include "io/detail/xml.hpp"
#include "io/detail/zip.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {
namespace {

// A data_error about \p source at \p where whose reason is \p said, in English for what().
[[noreturn]] void fail(const std::string& source, const std::string& where, Message said) {
    std::string reason = english(said);  // first: the arguments below are evaluated in no set order
    throw data_error(source, where, std::move(reason), std::move(said));
}

using detail::attribute;
using detail::local_name;

const std::string workbook_part = "xl/workbook.xml";
const std::string workbook_rels_part = "xl/_rels/workbook.xml.rels";

constexpr std::uint32_t sheet_rows = 1048576;   // rows of an Excel sheet
constexpr std::uint32_t sheet_columns = 16384;  // columns, A to XFD
// The most blank rows a table runs on across: spacer rows between groups of rows are one or two;
// a wider gap parts two tables whatever follows (docs/documents.md, "Tables in a sheet").
constexpr std::uint32_t max_spacer_rows = 3;

bool all_space(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// On/off of a style property such as <b/>: absent val or anything but "0", "false", "off" is on.
bool on(const pugi::xml_node& property) {
    const char* v = attribute(property, "val");
    if (!v) return true;
    const std::string_view s(v);
    return !(s == "0" || s == "false" || s == "off");
}

// A non-negative decimal integer (an index, an id, an indent), or nullopt when not one.
std::optional<std::uint64_t> index_of(const char* text) {
    if (!text) return std::nullopt;
    const std::string_view s(text);
    if (s.empty() || s.size() > 15) return std::nullopt;
    std::uint64_t v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return v;
}

// The number text of an xsd:double as Excel writes one: a sign, digits with at most one '.', an
// exponent. INF and NaN are no number a cell shows.
bool number_text(std::string_view s) {
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    std::size_t digits = 0;
    bool point = false;
    for (; i < s.size(); ++i) {
        if (s[i] >= '0' && s[i] <= '9') {
            ++digits;
        } else if (s[i] == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    if (digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
        const std::size_t first = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == first) return false;
    }
    return i == s.size();
}

std::string column_name(std::uint32_t col) {  // 0 -> "A"
    std::string s;
    for (std::uint32_t n = col + 1; n > 0; n = (n - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (n - 1) % 26));
    return s;
}

std::string cell_name(std::uint32_t row, std::uint32_t col) {
    return column_name(col) + std::to_string(row + 1);
}

// "B7" -> row 6, column 1 (0-based); nullopt for anything that is not a cell of a sheet.
struct Ref {
    std::uint32_t row = 0;
    std::uint32_t col = 0;
};
std::optional<Ref> parse_ref(std::string_view s) {
    std::size_t i = 0;
    std::uint32_t col = 0;
    for (; i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])); ++i) {
        if (i >= 3) return std::nullopt;
        col = col * 26 + static_cast<std::uint32_t>(std::toupper(static_cast<unsigned char>(s[i])) - 'A' + 1);
    }
    if (i == 0 || col > sheet_columns) return std::nullopt;
    if (i == s.size() || s[i] == '0' || s.size() - i > 7) return std::nullopt;
    std::uint32_t row = 0;
    for (; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        row = row * 10 + static_cast<std::uint32_t>(s[i] - '0');
    }
    if (row > sheet_rows) return std::nullopt;
    return Ref{row - 1, col - 1};
}

// The sheet name as Excel quotes it in a reference: 'It''s'.
std::string sheet_quoted(const std::string& name) {
    std::string s = "'";
    for (const char c : name) {
        s += c;
        if (c == '\'') s += '\'';
    }
    return s + "'";
}

// A part name from a relationship's target: relative to xl/ (the workbook's folder) or absolute
// from the package root; "." and ".." resolved, never above the root.
std::string resolve(std::string_view target) {
    std::vector<std::string> parts;
    std::string_view rest = target;
    if (!rest.empty() && rest.front() == '/')
        rest.remove_prefix(1);
    else
        parts.emplace_back("xl");
    while (!rest.empty()) {
        const std::size_t slash = rest.find('/');
        const std::string_view p = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
        if (p.empty() || p == ".") continue;
        if (p == "..") {
            if (!parts.empty()) parts.pop_back();
            continue;
        }
        parts.emplace_back(p);
    }
    std::string s;
    for (const std::string& p : parts) s += (s.empty() ? "" : "/") + p;
    return s;
}

// The number formats Excel knows by id without writing them (ECMA-376 part 1, 18.8.30, as
// openpyxl lists them); ids 5-8 and 41-44 are locale currency formats, given in their en-US form.
const char* builtin_format(std::uint64_t id) {
    switch (id) {
        case 1:
            return "0";
        case 2:
            return "0.00";
        case 3:
            return "#,##0";
        case 4:
            return "#,##0.00";
        case 5:
            return "\"$\"#,##0_);(\"$\"#,##0)";
        case 6:
            return "\"$\"#,##0_);[Red](\"$\"#,##0)";
        case 7:
            return "\"$\"#,##0.00_);(\"$\"#,##0.00)";
        case 8:
            return "\"$\"#,##0.00_);[Red](\"$\"#,##0.00)";
        case 9:
            return "0%";
        case 10:
            return "0.00%";
        case 11:
            return "0.00E+00";
        case 12:
            return "# ?/?";
        case 13:
            return "# ?\?/??";
        case 14:
            return "mm-dd-yy";
        case 15:
            return "d-mmm-yy";
        case 16:
            return "d-mmm";
        case 17:
            return "mmm-yy";
        case 18:
            return "h:mm AM/PM";
        case 19:
            return "h:mm:ss AM/PM";
        case 20:
            return "h:mm";
        case 21:
            return "h:mm:ss";
        case 22:
            return "m/d/yy h:mm";
        case 37:
            return "#,##0_);(#,##0)";
        case 38:
            return "#,##0_);[Red](#,##0)";
        case 39:
            return "#,##0.00_);(#,##0.00)";
        case 40:
            return "#,##0.00_);[Red](#,##0.00)";
        case 41:
            return "_(* #,##0_);_(* \\(#,##0\\);_(* \"-\"_);_(@_)";
        case 42:
            return "_(\"$\"* #,##0_);_(\"$\"* \\(#,##0\\);_(\"$\"* \"-\"_);_(@_)";
        case 43:
            return "_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)";
        case 44:
            return "_(\"$\"* #,##0.00_)_(\"$\"* \\(#,##0.00\\)_(\"$\"* \"-\"??_)_(@_)";
        case 45:
            return "mm:ss";
        case 46:
            return "[h]:mm:ss";
        case 47:
            return "mmss.0";
        case 48:
            return "##0.0E+0";
        case 49:
            return "@";
        default:
            return "";  // 0 is General; an unknown id is shown as General too
    }
}

// What a cell style (an xf of cellXfs) says of its cells.
struct Style {
    std::string number_format;
    bool bold = false;
    int indent = 0;
};

// A string as Excel shows it: the escapes "_xHHHH_" Excel writes for characters XML cannot hold
// (_x000D_ for a carriage return; _x005F_ for an underscore that would start one) decoded; an
// escape naming a surrogate or a control character other than a tab or a line break stays as it
// is, so no NUL reaches a cell's text.
std::string unescape(std::string s) {
    if (s.find("_x") == std::string::npos) return s;
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 2, "_x") == 0 && i + 7 <= s.size() && s[i + 6] == '_' &&
            std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i + 2),
                        s.begin() + static_cast<std::ptrdiff_t>(i + 6),
                        [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; })) {
            const auto cp = static_cast<std::uint32_t>(std::stoul(s.substr(i + 2, 4), nullptr, 16));
            if ((cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') && (cp < 0xD800 || cp > 0xDFFF)) {
                if (cp < 0x80) {
                    out += static_cast<char>(cp);
                } else if (cp < 0x800) {
                    out += static_cast<char>(0xC0 | (cp >> 6));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                } else {
                    out += static_cast<char>(0xE0 | (cp >> 12));
                    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                    out += static_cast<char>(0x80 | (cp & 0x3F));
                }
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

// The text of a string item (<si> of the shared strings, <is> of an inline string): its <t>, or the
// <t> of each rich-text run joined; phonetic runs (<rPh>) are not shown.
std::string string_item(const pugi::xml_node& item) {
    std::string s;
    const auto text_of = [&s](const pugi::xml_node& t) {
        for (const pugi::xml_node& c : t.children())
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) s += c.value();
    };
    for (const pugi::xml_node& c : item.children()) {
        const std::string_view name = local_name(c.name());
        if (name == "t") {
            text_of(c);
        } else if (name == "r") {
            for (const pugi::xml_node& t : c.children())
                if (local_name(t.name()) == "t") text_of(t);
        }
    }
    return unescape(std::move(s));
}

// The text directly inside an element (a <v>), verbatim.
std::string value_of(const pugi::xml_node& v) {
    std::string s;
    for (const pugi::xml_node& c : v.children())
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) s += c.value();
    return s;
}

// A cell of a sheet that holds text, where the sheet puts it.
struct Cell {
    std::uint32_t row = 0;
    std::uint32_t col = 0;
    std::size_t order = 0;  // in the sheet's XML: of two cells at one reference, the later counts
    GridCell grid;
};

struct Merge {
    std::uint32_t top = 0, left = 0, bottom = 0, right = 0;  // inclusive
};

// A sheet as read: its cells holding text, sorted by row and column, and its merged ranges.
struct Sheet {
    std::string name;
    std::vector<Cell> cells;
    std::vector<Merge> merges;
};

class Reader {
public:
    Reader(detail::ZipArchive& zip, const ReadLimits& limits) : zip_(zip), limits_(limits) {}
    std::vector<DocumentTable> read();

private:
    struct SheetPart {
        std::string name;
        std::string part;  // "" for a sheet that is no worksheet (a chart sheet): it has no cells
    };

    std::vector<SheetPart> sheet_parts(std::unordered_map<std::string, std::string>& by_type);
    void read_shared_strings(const std::string& part);
    void read_styles(const std::string& part);
    Sheet read_sheet(const SheetPart& sp);
    void tables_of(Sheet& sheet);
    void emit(const Sheet& sheet, std::uint32_t top, std::uint32_t bottom, std::string caption,
              std::size_t blocks, std::size_t first, std::size_t last);
    void spend(std::uint64_t positions, const std::string& where);
    [[noreturn]] void too_long(const std::string& where) const;

    detail::ZipArchive& zip_;
    ReadLimits limits_;
    std::vector<std::string> shared_;
    std::vector<Style> styles_;
    std::vector<DocumentTable> out_;
    std::uint64_t positions_ = 0;  // grid positions of every table so far, against max_cells
};

void Reader::spend(std::uint64_t positions, const std::string& where) {
    if (positions > limits_.max_cells || positions_ > limits_.max_cells - positions)
        fail(zip_.source(), where,
             Message{"error.document.too_many_positions", {{"limit", std::to_string(limits_.max_cells)}}});
    positions_ += positions;
}

void Reader::too_long(const std::string& where) const {
    fail(zip_.source(), where,
         Message{"error.document.cell_too_long", {{"limit", std::to_string(limits_.max_cell_bytes)}}});
}

// The sheets named in xl/workbook.xml, in its order, each with the part its relationship names.
// Without the relationships part, sheet N is taken to be xl/worksheets/sheetN.xml, where every
// writer puts it. Fills \p by_type with the workbook's other parts by relationship type (the
// shared strings, the styles).
std::vector<Reader::SheetPart> Reader::sheet_parts(std::unordered_map<std::string, std::string>& by_type) {
    std::unordered_map<std::string, std::pair<std::string, std::string>> rels;  // id -> type, part
    if (zip_.contains(workbook_rels_part)) {
        const std::string text = zip_.read(workbook_rels_part);
        pugi::xml_document doc;
        detail::parse_xml(doc, text, zip_.source(), workbook_rels_part, limits_);
        for (const pugi::xml_node& root : doc.children())
            for (const pugi::xml_node& r : root.children()) {
                if (local_name(r.name()) != "Relationship") continue;
                const char* id = attribute(r, "Id");
                const char* type = attribute(r, "Type");
                const char* target = attribute(r, "Target");
                const char* mode = attribute(r, "TargetMode");
                if (!id || !type || !target || (mode && std::string_view(mode) == "External")) continue;
                std::string t(type);
                t = t.substr(t.rfind('/') == std::string::npos ? 0 : t.rfind('/') + 1);
                std::string part = resolve(target);
                by_type.emplace(t, part);
                rels.emplace(id, std::make_pair(std::move(t), std::move(part)));
            }
    }
    const bool have_rels = zip_.contains(workbook_rels_part);
    std::vector<SheetPart> out;
    pugi::xml_document doc;
    {
        const std::string text = zip_.read(workbook_part);
        detail::parse_xml(doc, text, zip_.source(), workbook_part, limits_);
    }
    for (const pugi::xml_node& root : doc.children())
        for (const pugi::xml_node& sheets : root.children()) {
            if (local_name(sheets.name()) != "sheets") continue;
            for (const pugi::xml_node& s : sheets.children()) {
                if (local_name(s.name()) != "sheet") continue;
                SheetPart sp;
                const char* name = attribute(s, "name");
                sp.name = name ? name : "Sheet" + std::to_string(out.size() + 1);
                const char* id = attribute(s, "id");  // r:id
                if (!have_rels) {
                    sp.part = "xl/worksheets/sheet" + std::to_string(out.size() + 1) + ".xml";
                } else {
                    const auto it = id ? rels.find(id) : rels.end();
                    if (it == rels.end())
                        fail(zip_.source(), "sheet " + sheet_quoted(sp.name),
                             Message{"error.xlsx.sheet_relationship", {{"part", workbook_rels_part}}});
                    if (it->second.first == "worksheet") sp.part = it->second.second;
                }
                if (out.size() >= limits_.max_rows)
                    fail(
                        zip_.source(), workbook_part,
                        Message{"error.xlsx.too_many_sheets", {{"limit", std::to_string(limits_.max_rows)}}});
                out.push_back(std::move(sp));
            }
        }
    return out;
}

void Reader::read_shared_strings(const std::string& part) {
    if (part.empty() || !zip_.contains(part)) return;
    pugi::xml_document doc;
    {
        const std::string text = zip_.read(part);
        detail::parse_xml(doc, text, zip_.source(), part, limits_);
    }
    for (const pugi::xml_node& root : doc.children())
        for (const pugi::xml_node& si : root.children()) {
            if (local_name(si.name()) != "si") continue;
            std::string s = string_item(si);
            if (s.size() > limits_.max_cell_bytes)
                too_long(part + " string " + std::to_string(shared_.size()));
            shared_.push_back(std::move(s));
        }
}

// The cell styles (cellXfs) with what they take from the number formats and the fonts.
void Reader::read_styles(const std::string& part) {
    if (part.empty() || !zip_.contains(part)) return;
    pugi::xml_document doc;
    {
        const std::string text = zip_.read(part);
        detail::parse_xml(doc, text, zip_.source(), part, limits_);
    }
    std::unordered_map<std::uint64_t, std::string> formats;
    std::vector<bool> bold_fonts;
    pugi::xml_node xfs;
    for (const pugi::xml_node& root : doc.children())
        for (const pugi::xml_node& group : root.children()) {
            const std::string_view name = local_name(group.name());
            if (name == "numFmts") {
                for (const pugi::xml_node& f : group.children()) {
                    const auto id = index_of(attribute(f, "numFmtId"));
                    const char* code = attribute(f, "formatCode");
                    if (local_name(f.name()) == "numFmt" && id && code) formats[*id] = code;
                }
            } else if (name == "fonts") {
                for (const pugi::xml_node& f : group.children()) {
                    if (local_name(f.name()) != "font") continue;
                    bool bold = false;
                    for (const pugi::xml_node& q : f.children())
                        if (local_name(q.name()) == "b") bold = on(q);
                    bold_fonts.push_back(bold);
                }
            } else if (name == "cellXfs") {
                xfs = group;
            }
        }
    for (const pugi::xml_node& xf : xfs.children()) {
        if (local_name(xf.name()) != "xf") continue;
        Style st;
        const std::uint64_t fmt = index_of(attribute(xf, "numFmtId")).value_or(0);
        const auto custom = formats.find(fmt);
        st.number_format = custom != formats.end() ? custom->second : builtin_format(fmt);
        if (st.number_format == "General") st.number_format.clear();
        const auto font = index_of(attribute(xf, "fontId"));
        st.bold = font && *font < bold_fonts.size() && bold_fonts[static_cast<std::size_t>(*font)];
        for (const pugi::xml_node& a : xf.children())
            if (local_name(a.name()) == "alignment")
                st.indent = static_cast<int>(std::min<std::uint64_t>(
                    index_of(attribute(a, "indent")).value_or(0), std::numeric_limits<int>::max()));
        styles_.push_back(std::move(st));
    }
}

// One worksheet's cells that hold text and its merged ranges. The cell types are read as Excel
// shows them (shared, inline and formula strings, booleans, errors, numbers kept as their text),
// which is why the function is long.
Sheet Reader::read_sheet(const SheetPart& sp) {
    Sheet sheet;
    sheet.name = sp.name;
    if (sp.part.empty()) return sheet;
    const std::string where = "sheet " + sheet_quoted(sp.name);
    pugi::xml_document doc;
    {
        const std::string text = zip_.read(sp.part);
        detail::parse_xml(doc, text, zip_.source(), sp.part, limits_);
    }
    const auto bad_ref = [&](const char* r) {
        fail(zip_.source(), where, Message{"error.xlsx.bad_reference", {{"reference", r ? r : ""}}});
    };
    std::size_t order = 0;
    std::uint64_t next_row = 0;
    for (const pugi::xml_node& root : doc.children())
        for (const pugi::xml_node& part : root.children()) {
            const std::string_view section = local_name(part.name());
            if (section == "mergeCells") {
                for (const pugi::xml_node& m : part.children()) {
                    if (local_name(m.name()) != "mergeCell") continue;
                    const char* ref = attribute(m, "ref");
                    const std::string_view s = ref ? ref : "";
                    const std::size_t colon = s.find(':');
                    if (colon == std::string_view::npos) continue;  // one cell merged with itself
                    const auto a = parse_ref(s.substr(0, colon));
                    const auto b = parse_ref(s.substr(colon + 1));
                    if (!a || !b) bad_ref(ref);
                    sheet.merges.push_back(Merge{std::min(a->row, b->row), std::min(a->col, b->col),
                                                 std::max(a->row, b->row), std::max(a->col, b->col)});
                }
                continue;
            }
            if (section != "sheetData") continue;
            for (const pugi::xml_node& row : part.children()) {
                if (local_name(row.name()) != "row") continue;
                const char* rr = attribute(row, "r");
                std::uint64_t r = next_row;
                if (rr) {
                    const auto n = index_of(rr);
                    if (!n || *n == 0 || *n > sheet_rows) bad_ref(rr);
                    r = *n - 1;
                }
                if (r >= sheet_rows) bad_ref(rr);
                next_row = r + 1;
                std::uint64_t next_col = 0;
                for (const pugi::xml_node& c : row.children()) {
                    if (local_name(c.name()) != "c") continue;
                    Cell cell;
                    cell.row = static_cast<std::uint32_t>(r);
                    cell.col = static_cast<std::uint32_t>(next_col);
                    if (const char* ref = attribute(c, "r")) {
                        const auto p = parse_ref(ref);
                        if (!p) bad_ref(ref);
                        cell.row = p->row;
                        cell.col = p->col;
                    } else if (next_col >= sheet_columns) {
                        fail(zip_.source(), where + " row " + std::to_string(r + 1),
                             Message{"error.xlsx.too_many_columns", {}});
                    }
                    next_col = std::uint64_t{cell.col} + 1;
                    const std::string at = where + " " + cell_name(cell.row, cell.col);
                    const char* type = attribute(c, "t");
                    const std::string_view t = type ? type : "n";
                    pugi::xml_node v, is;
                    for (const pugi::xml_node& k : c.children()) {
                        const std::string_view kn = local_name(k.name());
                        if (kn == "v") v = k;
                        if (kn == "is") is = k;
                    }
                    GridCell& g = cell.grid;
                    if (t == "inlineStr") {
                        if (is) g.text = string_item(is);
                    } else if (!v || value_of(v).empty()) {
                        continue;  // no value: a formatted empty cell, a formula never computed
                    } else if (t == "s") {
                        const auto i = index_of(value_of(v).c_str());
                        if (!i || *i >= shared_.size())
                            fail(zip_.source(), at,
                                 Message{"error.xlsx.shared_string",
                                         {{"index", value_of(v).substr(0, 32)},
                                          {"count", std::to_string(shared_.size())}}});
                        g.text = shared_[static_cast<std::size_t>(*i)];
                    } else if (t == "b") {
                        g.text = value_of(v) == "0" ? "FALSE" : "TRUE";
                    } else if (t == "n") {
                        g.text = value_of(v);
                        if (!number_text(g.text))
                            fail(zip_.source(), at,
                                 Message{"error.xlsx.not_a_number", {{"value", g.text.substr(0, 32)}}});
                        g.stored_number = true;
                    } else if (t == "str") {  // a formula's cached text
                        g.text = unescape(value_of(v));
                    } else {  // e (an error such as #DIV/0!), d (an ISO 8601 date)
                        g.text = value_of(v);
                    }
                    if (g.text.size() > limits_.max_cell_bytes) too_long(at);
                    if (g.text.empty()) continue;
                    if (const auto s = index_of(attribute(c, "s")); s && *s < styles_.size()) {
                        const Style& st = styles_[static_cast<std::size_t>(*s)];
                        g.bold = st.bold;
                        g.indent = st.indent;
                        if (g.stored_number) g.number_format = st.number_format;
                    }
                    if (sheet.cells.size() >= limits_.max_cells)
                        fail(zip_.source(), at,
                             Message{"error.xlsx.too_many_cells",
                                     {{"limit", std::to_string(limits_.max_cells)}}});
                    cell.order = order++;
                    sheet.cells.push_back(std::move(cell));
                }
            }
        }
    // By position, the later of two cells at one reference last, then only that one kept.
    std::sort(sheet.cells.begin(), sheet.cells.end(), [](const Cell& a, const Cell& b) {
        return std::tie(a.row, a.col, a.order) < std::tie(b.row, b.col, b.order);
    });
    std::vector<Cell> unique;
    unique.reserve(sheet.cells.size());
    for (Cell& c : sheet.cells) {
        if (!unique.empty() && unique.back().row == c.row && unique.back().col == c.col)
            unique.back() = std::move(c);
        else
            unique.push_back(std::move(c));
    }
    sheet.cells = std::move(unique);
    return sheet;
}

// The cell at a position of a sheet, if it holds non-blank text.
const Cell* text_at(const Sheet& sheet, std::uint32_t r, std::uint32_t c) {
    const auto it = std::lower_bound(sheet.cells.begin(), sheet.cells.end(), std::make_pair(r, c),
                                     [](const Cell& x, const std::pair<std::uint32_t, std::uint32_t>& k) {
                                         return std::make_pair(x.row, x.col) < k;
                                     });
    if (it == sheet.cells.end() || it->row != r || it->col != c || all_space(it->grid.text)) return nullptr;
    return &*it;
}

// The index in sheet.cells of the first cell of row \p r or below.
std::size_t row_begin(const Sheet& sheet, std::uint64_t r) {
    return static_cast<std::size_t>(
        std::lower_bound(sheet.cells.begin(), sheet.cells.end(), r,
                         [](const Cell& x, std::uint64_t k) { return x.row < k; }) -
        sheet.cells.begin());
}

std::string trimmed(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

using detail::reads_like_caption;

// The caption of the single-cell rows above a table, fed top to bottom: from the last line that
// reads like a caption to the end, joined by line breaks (a caption printed over three rows:
// "Tabel 3.1", "Capaian Kinerja ...", "Dinas Sosial Tahun 2018"), or else the last line (a
// letterhead above "LAMPIRAN 3" is not the caption). Past caption_bytes the joined lines are no
// caption, as a .docx paragraph is none past them: only the last line is.
class CaptionLines {
public:
    void add(std::string line) {
        if (reads_like_caption(line)) {
            joined_ = line;
            from_caption_ = true;
        } else if (from_caption_ && joined_.size() <= caption_bytes) {
            joined_ += '\n';
            joined_ += line;
        }
        last_ = std::move(line);
        any_ = true;
    }
    [[nodiscard]] bool any() const { return any_; }
    [[nodiscard]] std::string caption() const {
        return from_caption_ && joined_.size() <= caption_bytes ? joined_ : last_;
    }

private:
    static constexpr std::size_t caption_bytes = 4096;
    std::string joined_, last_;
    bool from_caption_ = false, any_ = false;
};

// Columns [left, right] of rows top..bottom: of their non-blank cells and of the merges whose
// non-blank origin is among them (a header over two columns); left > right when none.
struct Columns {
    std::uint32_t left = sheet_columns, right = 0;
};
Columns columns_of(const Sheet& sheet, std::uint32_t top, std::uint32_t bottom) {
    Columns out;
    for (std::size_t i = row_begin(sheet, top), e = row_begin(sheet, std::uint64_t{bottom} + 1); i < e; ++i)
        if (!all_space(sheet.cells[i].grid.text)) {
            out.left = std::min(out.left, sheet.cells[i].col);
            out.right = std::max(out.right, sheet.cells[i].col);
        }
    const auto first = std::lower_bound(sheet.merges.begin(), sheet.merges.end(), top,
                                        [](const Merge& m, std::uint32_t k) { return m.top < k; });
    for (auto it = first; it != sheet.merges.end() && it->top <= bottom; ++it)
        if (text_at(sheet, it->top, it->left)) {
            out.left = std::min(out.left, it->left);
            out.right = std::max(out.right, it->right);
        }
    return out;
}

// How many columns the cell at (r, c) spans: its merge's width, or 1.
std::uint32_t width_at(const Sheet& sheet, std::uint32_t r, std::uint32_t c) {
    const auto it = std::lower_bound(sheet.merges.begin(), sheet.merges.end(), std::make_pair(r, c),
                                     [](const Merge& m, const std::pair<std::uint32_t, std::uint32_t>& k) {
                                         return std::make_pair(m.top, m.left) < k;
                                     });
    return it != sheet.merges.end() && it->top == r && it->left == c ? it->right - c + 1 : 1;
}

// A cell that prints a figure, as the layout reading tells data from headers: a stored number, or
// digits with separators, a sign, %, ",-", "Rp"; a dash. A year alone is not one: headers print
// years, and Excel stores a year typed into a header as a number.
bool figure_cell(const GridCell& g) {
    std::string_view s(g.text);
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    if (s.size() == 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        const int y = std::stoi(std::string(s));
        if (y >= min_year && y <= max_year) return false;
    }
    if (g.stored_number) return true;
    if (s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94") return true;  // -, en dash, em dash
    if (s.size() >= 2 && (s[0] == 'R' || s[0] == 'r') && s[1] == 'p')
        s.remove_prefix(s.size() > 2 && s[2] == '.' ? 3 : 2);
    bool digit = false;
    for (const char c : s) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (std::string_view(".,%-+() /").find(c) == std::string_view::npos)
            return false;
    }
    return digit;
}

// Whether the block of rows top..bottom, below blank rows, goes on with the table above (rows of
// \p above, its columns) rather than starting a new one: it lies within the table's columns, it
// does not open with a caption (a row whose one text cell is in the table's first column or left of
// it: a kegiatan printed without figures has its label further right), it is not text alone (a
// note, or the title of what follows), and its first row of several cells is no header (text in
// more than half the block's columns and no figure). A run of more than max_spacer_rows blank rows
// ends the table whatever follows.
bool continues(const Sheet& sheet, const Columns& above, std::uint32_t above_bottom, std::uint32_t top,
               std::uint32_t bottom) {
    if (top - above_bottom - 1 > max_spacer_rows) return false;
    const Columns cols = columns_of(sheet, top, bottom);
    if (cols.left < above.left || cols.right > above.right) return false;
    for (std::uint32_t r = top; r <= bottom; ++r) {
        std::vector<const Cell*> cells;
        for (std::size_t i = row_begin(sheet, r), e = row_begin(sheet, std::uint64_t{r} + 1); i < e; ++i)
            if (!all_space(sheet.cells[i].grid.text)) cells.push_back(&sheet.cells[i]);
        if (cells.empty()) continue;  // covered by a merge from a row above
        if (cells.size() == 1) {
            if (cells.front()->col <= above.left) return false;  // a caption of its own
            continue;
        }
        std::uint64_t filled = 0;
        for (const Cell* c : cells) {
            if (figure_cell(c->grid)) return true;  // a row of data
            filled += std::min(width_at(sheet, r, c->col), cols.right - c->col + 1);
        }
        return filled * 2 <= std::uint64_t{cols.right} - cols.left + 1;  // else a header
    }
    return false;  // text alone
}

// Splits a sheet into tables. The occupied rows are those with a non-blank cell and those a merge
// whose origin is non-blank covers (merges clipped to the rows and columns that hold text, so a
// merge over whole columns adds nothing beyond the data); a run of occupied rows is a block. A
// block's leading rows with at most one non-blank cell are its caption (the last such text); a
// block of nothing else is text, whose caption line captions the next block. A block that continues
// the table above (see continues) is joined to it, the blank rows between kept as blank rows.
void Reader::tables_of(Sheet& sheet) {
    std::uint32_t max_row = 0, max_col = 0;
    bool any = false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;  // occupied row intervals
    for (const Cell& c : sheet.cells)
        if (!all_space(c.grid.text)) {
            any = true;
            max_row = std::max(max_row, c.row);
            max_col = std::max(max_col, c.col);
            spans.emplace_back(c.row, c.row);
        }
    if (!any) return;
    std::vector<Merge> merges;
    for (Merge m : sheet.merges) {
        if (m.top > max_row || m.left > max_col) continue;
        m.bottom = std::min(m.bottom, max_row);
        m.right = std::min(m.right, max_col);
        if (text_at(sheet, m.top, m.left)) spans.emplace_back(m.top, m.bottom);
        merges.push_back(m);
    }
    std::sort(merges.begin(), merges.end(), [](const Merge& a, const Merge& b) {
        return std::tie(a.top, a.left) < std::tie(b.top, b.left);
    });
    sheet.merges = std::move(merges);
    std::sort(spans.begin(), spans.end());
    // The table being gathered: its grid's first and last rows, columns, caption and how many
    // blocks it has joined.
    struct Open {
        std::uint32_t top = 0, bottom = 0;
        Columns cols;
        std::string caption;
        std::size_t blocks = 1;
    };
    std::optional<Open> open;
    const auto close = [&] {
        if (!open) return;
        emit(sheet, open->top, open->bottom, std::move(open->caption), open->blocks,
             row_begin(sheet, open->top), row_begin(sheet, std::uint64_t{open->bottom} + 1));
        open.reset();
    };
    std::string pending;  // the caption line of a text block just above
    std::size_t s = 0;
    while (s < spans.size()) {
        const std::uint32_t top = spans[s].first;
        std::uint32_t bottom = spans[s].second;
        for (++s; s < spans.size() && spans[s].first <= std::uint64_t{bottom} + 1; ++s)
            bottom = std::max(bottom, spans[s].second);
        if (open && continues(sheet, open->cols, open->bottom, top, bottom)) {
            const Columns cols = columns_of(sheet, top, bottom);
            open->cols.left = std::min(open->cols.left, cols.left);
            open->cols.right = std::max(open->cols.right, cols.right);
            open->bottom = bottom;
            ++open->blocks;
            continue;
        }
        close();
        std::uint64_t grid_top = top;
        CaptionLines lines;
        while (grid_top <= bottom) {
            const std::size_t b = row_begin(sheet, grid_top);
            const std::size_t e = row_begin(sheet, grid_top + 1);
            const Cell* only = nullptr;
            std::size_t count = 0;
            for (std::size_t i = b; i < e && count < 2; ++i)
                if (!all_space(sheet.cells[i].grid.text)) {
                    only = &sheet.cells[i];
                    ++count;
                }
            if (count > 1) break;
            if (only) lines.add(trimmed(only->grid.text));
            ++grid_top;
        }
        std::string caption = lines.any() ? lines.caption() : std::move(pending);
        if (grid_top > bottom) {
            pending = std::move(caption);
            continue;
        }
        pending.clear();
        open = Open{static_cast<std::uint32_t>(grid_top), bottom,
                    columns_of(sheet, static_cast<std::uint32_t>(grid_top), bottom), std::move(caption), 1};
    }
    close();
}

// One table: rows top..bottom, columns from the leftmost to the rightmost non-blank cell or
// non-blank merge among them; the grid is bounded by max_cells before it is allocated. Merges are
// clipped to the grid, and refused when they overlap as Excel refuses them, which is why the
// function is long.
void Reader::emit(const Sheet& sheet, std::uint32_t top, std::uint32_t bottom, std::string caption,
                  std::size_t blocks, std::size_t first, std::size_t last) {
    const std::string name = "sheet " + sheet_quoted(sheet.name);
    std::uint32_t left = sheet_columns, right = 0;
    for (std::size_t i = first; i < last; ++i)
        if (!all_space(sheet.cells[i].grid.text)) {
            left = std::min(left, sheet.cells[i].col);
            right = std::max(right, sheet.cells[i].col);
        }
    const auto merge_begin = std::lower_bound(sheet.merges.begin(), sheet.merges.end(), top,
                                              [](const Merge& m, std::uint32_t k) { return m.top < k; });
    std::vector<Merge> merges;
    for (auto it = merge_begin; it != sheet.merges.end() && it->top <= bottom; ++it) {
        if (text_at(sheet, it->top, it->left)) {
            left = std::min(left, it->left);
            right = std::max(right, it->right);
        }
        merges.push_back(*it);
    }
    if (left > right) return;  // nothing of its own
    // A table joined across blank rows says so wherever it is named (its notes, its findings).
    const std::string where =
        name + " " + cell_name(top, left) + ":" + cell_name(bottom, right) +
        (blocks > 1 ? " (" + std::to_string(blocks) + " blocks joined across blank rows)" : "");
    const std::uint64_t height = std::uint64_t{bottom} - top + 1;
    const std::uint64_t width = std::uint64_t{right} - left + 1;
    if (out_.size() >= limits_.max_rows)
        fail(zip_.source(), where,
             Message{"error.document.too_many_tables", {{"limit", std::to_string(limits_.max_rows)}}});
    if (height > limits_.max_rows)
        fail(zip_.source(), where,
             Message{"error.document.table_too_long", {{"limit", std::to_string(limits_.max_rows)}}});
    if (height > limits_.max_cells / width) spend(limits_.max_cells + 1, where);
    spend(height * width, where);
    DocumentTable t;
    t.source = zip_.source();
    t.where = where;
    t.caption = std::move(caption);
    t.rows.assign(static_cast<std::size_t>(height), std::vector<GridCell>(static_cast<std::size_t>(width)));
    for (std::size_t i = first; i < last; ++i) {
        const Cell& c = sheet.cells[i];
        if (c.col >= left && c.col <= right) t.rows[c.row - top][c.col - left] = c.grid;
    }
    // Merges with their origin in the grid, clipped to it. Their total area past the grid's is the
    // cheap proof of an overlap, before any is walked; below it, walking them costs one grid.
    std::uint64_t area = 0;
    std::vector<Merge> inside;
    for (Merge m : merges) {
        if (m.left < left || m.left > right) continue;
        m.bottom = std::min(m.bottom, bottom);
        m.right = std::min(m.right, right);
        if (m.bottom == m.top && m.right == m.left) continue;
        area += (std::uint64_t{m.bottom} - m.top + 1) * (std::uint64_t{m.right} - m.left + 1);
        inside.push_back(m);
    }
    const auto overlap = [&](const Merge& m) {
        fail(zip_.source(), name + " " + cell_name(m.top, m.left), Message{"error.xlsx.merges_overlap", {}});
    };
    if (area > height * width) overlap(inside.front());
    for (const Merge& m : inside) {
        for (std::uint32_t r = m.top; r <= m.bottom; ++r)
            for (std::uint32_t c = m.left; c <= m.right; ++c) {
                const GridCell& g = t.rows[r - top][c - left];
                if (g.covered || g.row_span > 1 || g.col_span > 1) overlap(m);
            }
        GridCell& o = t.rows[m.top - top][m.left - left];
        o.row_span = m.bottom - m.top + 1;
        o.col_span = m.right - m.left + 1;
        GridCell covered;
        covered.covered = true;
        for (std::uint32_t r = m.top; r <= m.bottom; ++r)
            for (std::uint32_t c = m.left; c <= m.right; ++c)
                if (r != m.top || c != m.left) t.rows[r - top][c - left] = covered;
    }
    out_.push_back(std::move(t));
}

std::vector<DocumentTable> Reader::read() {
    std::unordered_map<std::string, std::string> by_type;
    const std::vector<SheetPart> sheets = sheet_parts(by_type);
    const auto part = [&](const char* type, const char* fallback) {
        const auto it = by_type.find(type);
        return it != by_type.end() ? it->second : std::string(fallback);
    };
    read_shared_strings(part("sharedStrings", "xl/sharedStrings.xml"));
    read_styles(part("styles", "xl/styles.xml"));
    for (const SheetPart& sp : sheets) {
        Sheet sheet = read_sheet(sp);
        tables_of(sheet);
    }
    return std::move(out_);
}

// Both entry points: the bytes are moved into the archive, never copied.
std::vector<DocumentTable> read_tables(std::string bytes, const std::string& source,
                                       const ReadLimits& limits) {
    detail::ZipArchive zip(std::move(bytes), source, limits);
    if (!zip.contains(workbook_part)) fail(source, "", Message{"error.xlsx.not_excel", {}});
    return Reader(zip, limits).read();
}

}  // namespace

std::vector<DocumentTable> read_xlsx_tables(std::string_view bytes, const std::string& source,
                                            const ReadLimits& limits) {
    return read_tables(std::string(bytes), source, limits);
}

std::vector<DocumentTable> read_xlsx_tables(const std::filesystem::path& path, const ReadLimits& limits) {
    return read_tables(detail::read_archive_file(path, limits), path.string(), limits);
}

}  // namespace kinerja

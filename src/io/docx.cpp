// The tables of a Word document: word/document.xml walked once in document order, without
// recursion (an explicit stack), keeping a small context stack of what is open (a container of
// paragraphs: the body, a table cell or a text box; a table; a row; a paragraph; a run).

#include "kinerja/io/docx.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <utility>

#include "io/detail/caption.hpp"
#include "io/detail/xml.hpp"
#include "io/detail/zip.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja {
namespace {

// A data_error about \p source at \p where whose reason is \p said, in English for what().
[[noreturn]] void fail(const std::string& source, const std::string& where, Message said) {
    std::string reason = english(said);  // first: the arguments below are evaluated in no set order
    throw data_error(source, where, std::move(reason), std::move(said));
}

using detail::attribute;
using detail::local_name;

constexpr std::string_view w_transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view w_strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view mc_namespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const std::string document_part = "word/document.xml";
// A caption is a line or two: a longer paragraph outside a table is not kept (a rule, not a limit,
// so the caption found does not depend on ReadLimits).
constexpr std::size_t caption_bytes = 4096;
const std::string styles_part = "word/styles.xml";

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

bool all_space(std::string_view s) { return trim(s).empty(); }

// w:val of an on/off property: absent or anything but "0", "false", "off" is on.
bool on(const pugi::xml_node& property) {
    const char* v = attribute(property, "val");
    if (!v) return true;
    const std::string_view s(v);
    return !(s == "0" || s == "false" || s == "off");
}

// A decimal integer attribute (a span, a count, twips), or nullopt when absent or not one.
std::optional<std::int64_t> integer(const char* text) {
    if (!text) return std::nullopt;
    std::string_view s = trim(text);
    bool negative = false;
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s.remove_prefix(1);
    }
    if (s.empty() || s.size() > 15) return std::nullopt;
    std::int64_t v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

using detail::reads_like_caption;

enum class VMerge { none, restart, proceed };

// A w:tc as written, before it is placed on the grid.
struct RawCell {
    std::string text;
    std::size_t span = 1;
    VMerge vmerge = VMerge::none;
    bool hmerge_continue = false;  // legacy w:hMerge: joins the cell before it in the row
    bool bold = false;
    int indent = 0;
};

struct RawRow {
    std::size_t before = 0;
    std::size_t after = 0;
    std::vector<RawCell> cells;
};

struct TableBuild {
    std::size_t index = 0;  // in the result, reserved when the table opened
    std::vector<RawRow> rows;
};

// A container of paragraphs: the body, a table cell or a text box.
struct Container {
    bool cell = false;
    // The last non-empty paragraph seen directly in it since the last table: a caption candidate.
    std::string last_text;
    bool last_is_caption = false;
    // Complex fields open here (w:fldChar begin .. end), each true while its code (before
    // separate) is being read: field codes are not shown, results are.
    std::vector<bool> fields;
    // How many of them are in their code: text shows only when none is (a field nested in the
    // code of another is part of that code).
    std::size_t codes = 0;
    // A cell's text so far, and what it knows of its runs.
    std::string text;
    std::size_t paragraphs = 0;
    bool any_text_run = false;
    bool all_bold = true;
    int indent = 0;
    RawCell raw;  // span and vMerge from w:tcPr
};

struct Paragraph {
    std::string text;
    bool too_long = false;  // outside a cell: longer than caption_bytes, so no caption and not kept
    bool caption_style = false;
};

struct Run {
    bool bold = false;
    bool has_text = false;
};

enum class Kind { container, table, row, paragraph, run };

class Reader {
public:
    Reader(std::string source, const ReadLimits& limits, std::vector<std::string> caption_styles)
        : source_(std::move(source)), limits_(limits), caption_styles_(std::move(caption_styles)) {}

    std::vector<DocumentTable> read(const pugi::xml_document& doc);

private:
    struct Frame {
        pugi::xml_node node;
        pugi::xml_node next;
        std::size_t scope = 0;  // namespace declarations in force before this element
        bool pushed = false;    // opened a context, closed when the element ends
        bool only_one = false;  // walk only the child in next (the chosen one of mc:AlternateContent)
    };

    enum class Action { descend, skip };

    bool is_w(const pugi::xml_node& n, std::string_view& local) const;
    Action enter(const pugi::xml_node& n, Frame& frame);
    void leave();
    void push(Kind k) { kinds_.push_back(k); }
    Kind top() const { return kinds_.empty() ? Kind::container : kinds_.back(); }
    bool top_is(Kind k) const { return !kinds_.empty() && kinds_.back() == k; }
    Container* container() { return containers_.empty() ? nullptr : &containers_.back(); }
    void append(std::string_view s);
    void field(const pugi::xml_node& fld_char);
    void open_table();
    void open_row(const pugi::xml_node& tr);
    void open_cell(const pugi::xml_node& tc);
    void open_paragraph(const pugi::xml_node& p);
    void open_run(const pugi::xml_node& r);
    void close_table();
    std::string table_where(std::size_t index) const { return "table " + std::to_string(index + 1); }
    void spend(std::uint64_t positions, std::size_t index);

    std::string source_;
    ReadLimits limits_;
    std::vector<std::string> caption_styles_;
    std::vector<std::pair<std::string, std::string>> namespaces_;  // prefix, URI
    std::vector<Kind> kinds_;
    std::vector<Container> containers_;
    std::vector<TableBuild> tables_;
    std::vector<Paragraph> paragraphs_;
    std::vector<Run> runs_;
    std::vector<DocumentTable> out_;
    std::uint64_t positions_ = 0;  // grid positions of every table so far, against max_cells
};

bool Reader::is_w(const pugi::xml_node& n, std::string_view& local) const {
    const char* name = n.name();
    const char* colon = std::strchr(name, ':');
    const std::string_view prefix =
        colon ? std::string_view(name, static_cast<std::size_t>(colon - name)) : "";
    local = colon ? std::string_view(colon + 1) : std::string_view(name);
    for (auto it = namespaces_.rbegin(); it != namespaces_.rend(); ++it)
        if (it->first == prefix) return it->second == w_transitional || it->second == w_strict;
    return false;
}

void Reader::spend(std::uint64_t positions, std::size_t index) {
    if (positions > limits_.max_cells || positions_ > limits_.max_cells - positions)
        fail(source_, table_where(index),
             Message{"error.document.too_many_positions", {{"limit", std::to_string(limits_.max_cells)}}});
    positions_ += positions;
}

void Reader::append(std::string_view s) {
    if (paragraphs_.empty() || s.empty()) return;
    Paragraph& p = paragraphs_.back();
    if (!runs_.empty() && !all_space(s)) runs_.back().has_text = true;
    Container* c = container();
    if (c && c->cell) {
        const std::size_t size = c->text.size() + (c->paragraphs > 0 ? 1 : 0) + p.text.size() + s.size();
        if (size > limits_.max_cell_bytes)
            fail(
                source_,
                table_where(tables_.back().index) + " row " + std::to_string(tables_.back().rows.size()),
                Message{"error.document.cell_too_long", {{"limit", std::to_string(limits_.max_cell_bytes)}}});
    } else if (p.too_long || p.text.size() + s.size() > caption_bytes) {
        p.too_long = true;
        return;
    }
    p.text.append(s);
}

void Reader::field(const pugi::xml_node& fld_char) {
    Container* c = container();
    if (!c) return;
    const char* type = attribute(fld_char, "fldCharType");
    const std::string_view t = type ? type : "";
    if (t == "begin") {
        c->fields.push_back(true);
        ++c->codes;
    } else if (t == "separate") {
        if (!c->fields.empty() && c->fields.back()) {
            c->fields.back() = false;
            --c->codes;
        }
    } else if (t == "end") {
        if (!c->fields.empty()) {
            if (c->fields.back()) --c->codes;
            c->fields.pop_back();
        }
    }
}

void Reader::open_table() {
    const std::size_t index = out_.size();
    if (index >= limits_.max_rows)
        fail(source_, table_where(index),
             Message{"error.document.too_many_tables", {{"limit", std::to_string(limits_.max_rows)}}});
    spend(1, index);  // every table takes at least one position, so a flood of empty tables stops
    DocumentTable t;
    t.source = source_;
    t.where = table_where(index);
    t.depth = static_cast<int>(tables_.size());
    Container* c = container();
    if (c && c->last_is_caption) t.caption = c->last_text;
    if (c) {
        c->last_text.clear();
        c->last_is_caption = false;
    }
    out_.push_back(std::move(t));
    tables_.push_back(TableBuild{index, {}});
    push(Kind::table);
}

void Reader::open_row(const pugi::xml_node& tr) {
    TableBuild& t = tables_.back();
    if (t.rows.size() >= limits_.max_rows)
        fail(source_, table_where(t.index),
             Message{"error.document.table_too_long", {{"limit", std::to_string(limits_.max_rows)}}});
    RawRow row;
    for (const pugi::xml_node& p : tr.children()) {
        if (local_name(p.name()) != "trPr") continue;
        for (const pugi::xml_node& q : p.children()) {
            const std::string_view name = local_name(q.name());
            const auto n = integer(attribute(q, "val"));
            if (name == "gridBefore" && n && *n > 0) row.before = static_cast<std::size_t>(*n);
            if (name == "gridAfter" && n && *n > 0) row.after = static_cast<std::size_t>(*n);
        }
    }
    if (row.before > limits_.max_cells || row.after > limits_.max_cells)
        spend(limits_.max_cells + 1, t.index);
    t.rows.push_back(std::move(row));
    push(Kind::row);
}

void Reader::open_cell(const pugi::xml_node& tc) {
    Container c;
    c.cell = true;
    for (const pugi::xml_node& p : tc.children()) {
        if (local_name(p.name()) != "tcPr") continue;
        for (const pugi::xml_node& q : p.children()) {
            const std::string_view name = local_name(q.name());
            if (name == "gridSpan") {
                const auto n = integer(attribute(q, "val"));
                if (n && *n > 1) {
                    if (static_cast<std::uint64_t>(*n) > limits_.max_cells)
                        spend(limits_.max_cells + 1, tables_.back().index);
                    c.raw.span = static_cast<std::size_t>(*n);
                }
            } else if (name == "hMerge") {
                const char* v = attribute(q, "val");
                c.raw.hmerge_continue = !(v && std::string_view(v) == "restart");
            } else if (name == "vMerge") {
                const char* v = attribute(q, "val");
                c.raw.vmerge = v && std::string_view(v) == "restart" ? VMerge::restart : VMerge::proceed;
            }
        }
    }
    containers_.push_back(std::move(c));
    push(Kind::container);
}

void Reader::open_paragraph(const pugi::xml_node& p) {
    Paragraph para;
    Container* c = container();
    for (const pugi::xml_node& pr : p.children()) {
        if (local_name(pr.name()) != "pPr") continue;
        for (const pugi::xml_node& q : pr.children()) {
            const std::string_view name = local_name(q.name());
            if (name == "pStyle") {
                const char* v = attribute(q, "val");
                if (v &&
                    std::find(caption_styles_.begin(), caption_styles_.end(), v) != caption_styles_.end())
                    para.caption_style = true;
            } else if (name == "ind" && c && c->cell && c->paragraphs == 0) {
                auto n = integer(attribute(q, "start"));
                if (!n) n = integer(attribute(q, "left"));
                if (n)
                    c->indent = static_cast<int>(std::clamp<std::int64_t>(*n, std::numeric_limits<int>::min(),
                                                                          std::numeric_limits<int>::max()));
            }
        }
    }
    paragraphs_.push_back(std::move(para));
    push(Kind::paragraph);
}

void Reader::open_run(const pugi::xml_node& r) {
    Run run;
    for (const pugi::xml_node& pr : r.children()) {
        if (local_name(pr.name()) != "rPr") continue;
        for (const pugi::xml_node& q : pr.children())
            if (local_name(q.name()) == "b") run.bold = on(q);
    }
    runs_.push_back(run);
    push(Kind::run);
}

// Places the rows' cells on a grid: gridBefore, the cells by their spans, gridAfter; then pads
// every row to the widest. A vMerge continuation joins the merge open in its column in the row
// above (one that starts there); without one it starts its own. A legacy hMerge continuation
// widens the cell just before it in the row.
void Reader::close_table() {
    TableBuild t = std::move(tables_.back());
    tables_.pop_back();
    std::uint64_t width = 0;
    for (const RawRow& r : t.rows) {
        std::uint64_t w = r.before + r.after;
        for (const RawCell& c : r.cells) w += c.span;
        if (w > limits_.max_cells) spend(limits_.max_cells + 1, t.index);
        width = std::max(width, w);
    }
    if (width > 0 && t.rows.size() > limits_.max_cells / width) spend(limits_.max_cells + 1, t.index);
    spend(width * t.rows.size(), t.index);
    std::vector<std::vector<GridCell>> grid(t.rows.size(),
                                            std::vector<GridCell>(static_cast<std::size_t>(width)));
    // For each column, the row of a vertical merge's origin that starts there and is still open.
    std::vector<std::size_t> open(static_cast<std::size_t>(width), SIZE_MAX);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        std::vector<std::size_t> next(open.size(), SIZE_MAX);
        std::size_t col = t.rows[r].before;
        std::size_t last = SIZE_MAX;  // the column of this row's last cell that is a merge's origin
        for (RawCell& c : t.rows[r].cells) {
            const std::size_t o = open[col];
            if (c.hmerge_continue && last != SIZE_MAX && last + grid[r][last].col_span == col) {
                grid[r][last].col_span += c.span;
                for (std::size_t k = 0; k < c.span; ++k) grid[r][col + k].covered = true;
            } else if (c.vmerge == VMerge::proceed && o != SIZE_MAX && grid[o][col].col_span == c.span) {
                grid[o][col].row_span = r - o + 1;
                for (std::size_t k = 0; k < c.span; ++k) grid[r][col + k].covered = true;
                next[col] = o;
                last = SIZE_MAX;
            } else {
                last = col;
                GridCell& g = grid[r][col];
                g.text = std::move(c.text);
                g.col_span = c.span;
                g.bold = c.bold;
                g.indent = c.indent;
                for (std::size_t k = 1; k < c.span; ++k) grid[r][col + k].covered = true;
                if (c.vmerge != VMerge::none) next[col] = r;
            }
            col += c.span;
        }
        open = std::move(next);
    }
    out_[t.index].rows = std::move(grid);
}

// One element on the way down: what each element name of WordprocessingML does (open a context,
// add text, or be skipped with its subtree) is decided here in one list, which is why the function
// is long; the namespace declarations it carries are taken first, as they apply to its own name.
Reader::Action Reader::enter(const pugi::xml_node& n, Frame& frame) {
    frame.scope = namespaces_.size();
    for (const pugi::xml_attribute& a : n.attributes()) {
        const std::string_view name = a.name();
        if (name == "xmlns")
            namespaces_.emplace_back("", a.value());
        else if (name.compare(0, 6, "xmlns:") == 0)
            namespaces_.emplace_back(std::string(name.substr(6)), a.value());
    }
    std::string_view local;
    if (!is_w(n, local)) {
        // Markup compatibility: of a mc:AlternateContent, only the first mc:Choice is read (Word
        // writes a text box twice, as DrawingML and as VML), or the mc:Fallback without one.
        const char* name = n.name();
        const char* colon = std::strchr(name, ':');
        const std::string_view prefix =
            colon ? std::string_view(name, static_cast<std::size_t>(colon - name)) : "";
        std::string_view uri;
        for (auto it = namespaces_.rbegin(); it != namespaces_.rend(); ++it)
            if (it->first == prefix) {
                uri = it->second;
                break;
            }
        if (uri == mc_namespace && local_name(name) == "AlternateContent") {
            pugi::xml_node chosen;
            for (const pugi::xml_node& c : n.children())
                if (local_name(c.name()) == "Choice") {
                    chosen = c;
                    break;
                }
            if (!chosen)
                for (const pugi::xml_node& c : n.children())
                    if (local_name(c.name()) == "Fallback") chosen = c;
            frame.next = chosen;
            frame.only_one = true;
            return chosen ? Action::descend : Action::skip;
        }
        return Action::descend;
    }
    if (local == "body") {
        containers_.emplace_back();
        push(Kind::container);
        frame.pushed = true;
    } else if (local == "txbxContent") {
        containers_.emplace_back();
        push(Kind::container);
        frame.pushed = true;
    } else if (local == "tbl") {
        if (top() != Kind::container || containers_.empty()) return Action::descend;
        open_table();
        frame.pushed = true;
    } else if (local == "tr") {
        if (!top_is(Kind::table)) return Action::descend;
        for (const pugi::xml_node& p : n.children())
            if (local_name(p.name()) == "trPr")
                for (const pugi::xml_node& q : p.children())
                    if (local_name(q.name()) == "del") return Action::skip;  // a tracked deleted row
        open_row(n);
        frame.pushed = true;
    } else if (local == "tc") {
        if (!top_is(Kind::row)) return Action::descend;
        open_cell(n);
        frame.pushed = true;
    } else if (local == "p") {
        if (!top_is(Kind::container) || containers_.empty()) return Action::descend;
        open_paragraph(n);
        frame.pushed = true;
    } else if (local == "r") {
        if (!top_is(Kind::paragraph)) return Action::descend;
        open_run(n);
        frame.pushed = true;
    } else if (local == "t") {
        // Text shows unless it is inside a field's code.
        if (top_is(Kind::run) && container() && container()->codes == 0) {
            for (const pugi::xml_node& c : n.children())
                if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) append(c.value());
        }
        return Action::skip;
    } else if (local == "tab" || local == "ptab") {
        if (top_is(Kind::run) && container()->codes == 0) append("\t");
        return Action::skip;
    } else if (local == "br" || local == "cr") {
        if (top_is(Kind::run) && container()->codes == 0) append("\n");
        return Action::skip;
    } else if (local == "noBreakHyphen") {
        if (top_is(Kind::run) && container()->codes == 0) append("-");
        return Action::skip;
    } else if (local == "fldChar") {
        if (top_is(Kind::run)) field(n);
        return Action::skip;
    } else if (local == "del" || local == "moveFrom" || local == "delText" || local == "instrText" ||
               local == "delInstrText" || local == "pPr" || local == "rPr" || local == "tcPr" ||
               local == "trPr" || local == "tblPr" || local == "tblPrEx" || local == "tblGrid" ||
               local == "sectPr" || local == "sdtPr" || local == "sdtEndPr" || local == "softHyphen") {
        // Deletions (tracked), field codes, properties (read where they apply) and soft hyphens
        // are not shown.
        return Action::skip;
    }
    return Action::descend;
}

void Reader::leave() {
    const Kind k = kinds_.back();
    kinds_.pop_back();
    switch (k) {
        case Kind::run: {
            const Run run = runs_.back();
            runs_.pop_back();
            if (run.has_text && top_is(Kind::paragraph) && container() && container()->cell) {
                container()->any_text_run = true;
                container()->all_bold = container()->all_bold && run.bold;
            }
            break;
        }
        case Kind::paragraph: {
            Paragraph p = std::move(paragraphs_.back());
            paragraphs_.pop_back();
            Container& c = containers_.back();
            if (c.cell) {
                if (c.paragraphs > 0) c.text += '\n';
                c.text += p.text;
                ++c.paragraphs;
            }
            if (!p.too_long && p.text.size() <= caption_bytes && !all_space(p.text)) {
                c.last_text = std::string(trim(p.text));
                c.last_is_caption = p.caption_style || reads_like_caption(c.last_text);
            }
            break;
        }
        case Kind::container: {
            Container c = std::move(containers_.back());
            containers_.pop_back();
            if (c.cell && top_is(Kind::row)) {
                RawCell raw = std::move(c.raw);
                raw.text = std::move(c.text);
                raw.bold = c.any_text_run && c.all_bold;
                raw.indent = c.indent;
                tables_.back().rows.back().cells.push_back(std::move(raw));
            }
            break;
        }
        case Kind::row:
            break;
        case Kind::table:
            close_table();
            break;
    }
}

std::vector<DocumentTable> Reader::read(const pugi::xml_document& doc) {
    std::vector<Frame> stack;
    Frame root;
    root.node = doc;
    root.next = doc.first_child();
    stack.push_back(root);
    while (!stack.empty()) {
        Frame& f = stack.back();
        if (!f.next) {
            if (f.pushed) leave();
            namespaces_.resize(f.scope);
            stack.pop_back();
            continue;
        }
        const pugi::xml_node n = f.next;
        f.next = f.only_one ? pugi::xml_node() : n.next_sibling();
        if (n.type() != pugi::node_element) continue;
        Frame child;
        child.node = n;
        child.next = n.first_child();
        const Action a = enter(n, child);
        if (a == Action::skip) {
            if (child.pushed) leave();
            namespaces_.resize(child.scope);
            continue;
        }
        stack.push_back(child);
    }
    return std::move(out_);
}

// The style ids of the paragraph style named "caption" (Word's built-in name, whatever the id a
// localised Word gives it), and "Caption".
std::vector<std::string> caption_styles(detail::ZipArchive& zip, const ReadLimits& limits) {
    std::vector<std::string> ids{"Caption"};
    if (!zip.contains(styles_part)) return ids;
    const std::string text = zip.read(styles_part);
    pugi::xml_document doc;
    detail::parse_xml(doc, text, zip.source(), styles_part, limits);
    for (const pugi::xml_node& styles : doc.children()) {
        for (const pugi::xml_node& s : styles.children()) {
            if (local_name(s.name()) != "style") continue;
            const char* id = attribute(s, "styleId");
            if (!id) continue;
            for (const pugi::xml_node& q : s.children()) {
                if (local_name(q.name()) != "name") continue;
                const char* v = attribute(q, "val");
                std::string name = v ? v : "";
                for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                if (name == "caption") ids.emplace_back(id);
            }
        }
    }
    return ids;
}

}  // namespace

namespace {

// Both entry points: the bytes are moved into the archive, never copied.
std::vector<DocumentTable> read_tables(std::string bytes, const std::string& source,
                                       const ReadLimits& limits) {
    detail::ZipArchive zip(std::move(bytes), source, limits);
    if (!zip.contains(document_part)) fail(source, "", Message{"error.docx.not_word", {}});
    std::vector<std::string> styles = caption_styles(zip, limits);
    pugi::xml_document doc;
    {
        const std::string text = zip.read(document_part);
        detail::parse_xml(doc, text, source, document_part, limits);
    }
    return Reader(source, limits, std::move(styles)).read(doc);
}

}  // namespace

std::vector<DocumentTable> read_docx_tables(std::string_view bytes, const std::string& source,
                                            const ReadLimits& limits) {
    return read_tables(std::string(bytes), source, limits);
}

std::vector<DocumentTable> read_docx_tables(const std::filesystem::path& path, const ReadLimits& limits) {
    return read_tables(detail::read_archive_file(path, limits), path.string(), limits);
}

}  // namespace kinerja

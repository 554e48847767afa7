// The LAKIP report's tables as a Word document (docs/report-docx.md): WordprocessingML written as
// text, zipped by report/detail/zip_writer.
//
// Every cell holds the text the other writers print for it (report/writers.hpp's builders), so a
// figure reads the same in Markdown, CSV and Word, and the table layout reading (kinerja check)
// reads the document back as the report's own tables: levels are shown the way it infers them
// (top-level rows bold, deeper ones indented), figures right-aligned.
//
// The XML is written as text rather than built as a tree: the elements are few and fixed, and
// every text from the dataset goes through one function (append_text) that escapes it and drops
// what XML 1.0 cannot hold. Element order inside each w:*Pr follows the WordprocessingML schema,
// which Word enforces (a misplaced w:jc makes Word call the file corrupt).

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "kinerja/core/version.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/report/docx.hpp"
#include "report/detail/zip_writer.hpp"
#include "report/writers.hpp"

namespace kinerja {
namespace {

using detail::Table;

// --- page geometry, in twips (1/1440 inch) -------------------------------------------------------

// A4 with 2 cm margins all round.
constexpr long page_short = 11906;
constexpr long page_long = 16838;
constexpr long page_margin = 1134;
constexpr long portrait_width = page_short - 2 * page_margin;
constexpr long landscape_width = page_long - 2 * page_margin;
// Word's default left and right cell margins together.
constexpr long cell_padding = 2 * 108;
// The narrowest the label column is made before a table turns its page to landscape (6 cm).
constexpr long label_min_width = 3402;
// A label's indentation per level below the top (0,5 cm).
constexpr long indent_step = 284;
// The replacement character, U+FFFD, for what XML cannot hold.
constexpr std::string_view replacement = "\xEF\xBF\xBD";

// --- text ----------------------------------------------------------------------------------------

// The code point of the UTF-8 character at s[i] and its length in bytes; {-1, 1} for a byte that
// starts no valid character (a stray continuation, a truncated or overlong sequence, a surrogate,
// a code point past U+10FFFF), so that byte alone is replaced and the rest is read on.
std::pair<long, std::size_t> decode(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b = byte(i);
    if (b < 0x80) return {b, 1};
    std::size_t n = 0;
    long c = 0;
    long min = 0;
    if ((b & 0xE0) == 0xC0) {
        n = 2, c = b & 0x1F, min = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
        n = 3, c = b & 0x0F, min = 0x800;
    } else if ((b & 0xF8) == 0xF0) {
        n = 4, c = b & 0x07, min = 0x10000;
    } else {
        return {-1, 1};
    }
    if (i + n > s.size()) return {-1, 1};
    for (std::size_t k = 1; k < n; ++k) {
        if (!detail::is_continuation(byte(i + k))) return {-1, 1};
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return {-1, 1};
    return {c, n};
}

// Whether XML 1.0 may hold code point \p c as character data (its production Char).
bool xml_char(long c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

// Appends \p s as XML character data: '&', '<', '>' and '"' as entities, what XML 1.0 cannot hold
// (see xml_char; also invalid UTF-8) as U+FFFD. Tab, LF and CR pass: callers that show text in a
// run turn them into Word's own elements first (append_run_text).
void append_text(std::string& out, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto [c, n] = decode(s, i);
        if (c < 0 || !xml_char(c)) {
            out += replacement;
        } else if (c == '&') {
            out += "&amp;";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";  // so "]]>" never appears
        } else if (c == '"') {
            out += "&quot;";
        } else {
            out.append(s.substr(i, n));
        }
        i += n;
    }
}

// Appends the content of a run that shows \p s: w:t pieces, a w:br for each line break (LF, CR or
// CRLF: one break) and a w:tab for each tab, as Word itself writes them. A line break or tab inside
// a w:t would be shown as a blank.
void append_run_text(std::string& out, std::string_view s) {
    std::size_t start = 0;
    auto flush = [&](std::size_t end) {
        if (end > start) {
            out += "<w:t xml:space=\"preserve\">";
            append_text(out, s.substr(start, end - start));
            out += "</w:t>";
        }
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '\n' && c != '\r' && c != '\t') continue;
        flush(i);
        if (c == '\t') {
            out += "<w:tab/>";
        } else {
            out += "<w:br/>";
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
        }
        start = i + 1;
    }
    flush(s.size());
}

// A run showing \p s, bold or not; "" for empty text.
std::string run(std::string_view s, bool bold) {
    if (s.empty()) return "";
    std::string out = bold ? "<w:r><w:rPr><w:b/><w:bCs/></w:rPr>" : "<w:r>";
    append_run_text(out, s);
    return out + "</w:r>";
}

// --- column widths -------------------------------------------------------------------------------

// The width of \p s in twips at 10 pt, generously: as wide as DejaVu Sans Bold, the widest face a
// reader without Arial shows it in (LibreOffice's usual stand-in), so a figure never wraps there;
// digits 140, '.' and ',' 76, the blank 70, other characters 150 (Arial needs about 80 % of this).
long text_width(std::string_view s) {
    long w = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (detail::is_continuation(c)) continue;
        if (c >= '0' && c <= '9')
            w += 140;
        else if (c == '.' || c == ',')
            w += 76;
        else if (c == ' ')
            w += 70;
        else
            w += 150;
    }
    return w;
}

// The width of the longest word of \p s: text that wraps at blanks needs no more.
long longest_word(std::string_view s) {
    long widest = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != ' ' && s[i] != '\n' && s[i] != '\r' && s[i] != '\t') continue;
        widest = std::max(widest, text_width(s.substr(start, i - start)));
        start = i + 1;
    }
    return widest;
}

// The columns' widths and the page's orientation. The columns after the first get what their widest
// figure (figures never wrap) or longest word (headings and text wrap) needs; the label column gets
// the rest of the page's width, at least label_min_width, or the page turns to landscape. A table
// too wide even then is scaled down to fit.
struct Layout final {
    bool landscape = false;
    std::vector<long> widths;
};

Layout layout_of(const Table& table, std::size_t columns) {
    const ReportTable& t = table.shown;
    std::vector<long> need(columns, 0);
    for (std::size_t c = 0; c < t.columns.size() && c < columns; ++c) need[c] = longest_word(t.columns[c]);
    long label = 0;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const ReportTable::Row& r = t.rows[i];
        label = std::max(label, text_width(r.label) + indent_step * std::max(r.level - 1, 0));
        for (std::size_t c = 0; c < r.cells.size(); ++c) {
            const bool figure = c < table.forms[i].figures.size() && table.forms[i].figures[c];
            need[c + 1] = std::max(need[c + 1], figure ? text_width(r.cells[c]) : longest_word(r.cells[c]));
        }
    }
    Layout out;
    long others = 0;
    for (std::size_t c = 1; c < columns; ++c) {
        need[c] += cell_padding;
        others += need[c];
    }
    const long label_need = std::max(need[0], label) + cell_padding;
    const long label_width = std::min(label_need, label_min_width);
    out.landscape = others + label_width > portrait_width;
    const long width = out.landscape ? landscape_width : portrait_width;
    out.widths = need;
    if (others + label_width <= width) {
        out.widths[0] = width - others;
        return out;
    }
    out.widths[0] = label_width;
    const long total = others + label_width;
    long given = 0;
    for (std::size_t c = 0; c + 1 < columns; ++c) {
        out.widths[c] = out.widths[c] * width / total;
        given += out.widths[c];
    }
    out.widths[columns - 1] = width - given;
    return out;
}

// --- the document --------------------------------------------------------------------------------

constexpr std::string_view w_namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

// A single line border element, e.g. <w:top w:val="single" w:sz="4" .../>; \p eighths its width in
// eighths of a point.
std::string border(std::string_view side, int eighths) {
    return "<w:" + std::string(side) + " w:val=\"single\" w:sz=\"" + std::to_string(eighths) +
           "\" w:space=\"0\" w:color=\"000000\"/>";
}

// The page of a section: A4, portrait or landscape, 2 cm margins.
std::string section_properties(bool landscape) {
    const long w = landscape ? page_long : page_short;
    const long h = landscape ? page_short : page_long;
    const std::string m = std::to_string(page_margin);
    return "<w:sectPr><w:pgSz w:w=\"" + std::to_string(w) + "\" w:h=\"" + std::to_string(h) + "\"" +
           (landscape ? " w:orient=\"landscape\"" : "") + "/><w:pgMar w:top=\"" + m + "\" w:right=\"" + m +
           "\" w:bottom=\"" + m + "\" w:left=\"" + m +
           "\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>";
}

// One table cell: its width, the rule above a total, the paragraph's indentation and alignment.
struct CellForm final {
    long width = 0;
    bool rule_above = false;
    bool heading = false;
    long indent = 0;
    bool right = false;
    bool bold = false;
};

void append_cell(std::string& out, std::string_view text, const CellForm& f) {
    out += "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(f.width) + "\" w:type=\"dxa\"/>";
    if (f.rule_above) out += "<w:tcBorders>" + border("top", 12) + "</w:tcBorders>";
    if (f.heading)
        out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/><w:vAlign w:val=\"center\"/>";
    out += "</w:tcPr><w:p>";
    std::string properties;
    if (f.indent > 0) properties += "<w:ind w:left=\"" + std::to_string(f.indent) + "\"/>";
    if (f.heading)
        properties += "<w:jc w:val=\"center\"/>";
    else if (f.right)
        properties += "<w:jc w:val=\"right\"/>";
    if (!properties.empty()) out += "<w:pPr>" + properties + "</w:pPr>";
    out += run(text, f.bold) + "</w:p></w:tc>";
}

// One report table as a w:tbl: the heading row repeats on each page (w:tblHeader) and no row
// splits across pages. The borders are explicit, so a reader that ignores table styles draws them
// too; the style (Word's "Table Grid") is what Word shows as the table's, for a planner restyling it.
void append_table(std::string& out, const Table& table, const Layout& layout) {
    const ReportTable& t = table.shown;
    const std::size_t columns = layout.widths.size();
    long width = 0;
    for (const long w : layout.widths) width += w;
    out +=
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"" + std::to_string(width) +
        "\" w:type=\"dxa\"/><w:tblBorders>" + border("top", 4) + border("left", 4) + border("bottom", 4) +
        border("right", 4) + border("insideH", 4) + border("insideV", 4) +
        "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" "
        "w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        "<w:tblGrid>";
    for (const long w : layout.widths) out += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
    out += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
    for (std::size_t c = 0; c < columns; ++c) {
        CellForm f;
        f.width = layout.widths[c];
        f.heading = true;
        f.bold = true;
        append_cell(out, c < t.columns.size() ? std::string_view(t.columns[c]) : std::string_view(), f);
    }
    out += "</w:tr>";
    const bool several = t.rows.size() > 1;
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const ReportTable::Row& r = t.rows[i];
        const Table::RowForm& form = table.forms[i];
        CellForm base;
        base.bold = r.level == 1 && several;
        base.rule_above = r.ref == "body";
        out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
        CellForm label = base;
        label.width = layout.widths[0];
        label.indent = indent_step * std::max(r.level - 1, 0);
        label.right = form.label_figure;
        append_cell(out, r.label, label);
        for (std::size_t c = 1; c < columns; ++c) {
            CellForm f = base;
            f.width = layout.widths[c];
            f.right = c - 1 < form.figures.size() && form.figures[c - 1];
            append_cell(out, c - 1 < r.cells.size() ? std::string_view(r.cells[c - 1]) : std::string_view(),
                        f);
        }
        out += "</w:tr>";
    }
    out += "</w:tbl>";
}

// The caption "Tabel N <title>": N is a SEQ field (its result written, so every reader shows it),
// which Word renumbers in the document the table is pasted into.
void append_caption(std::string& out, std::size_t number, const std::string& title) {
    out += "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/><w:keepNext/></w:pPr>" + run("Tabel ", false) +
           "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
           "<w:r><w:instrText xml:space=\"preserve\"> SEQ Tabel \\* ARABIC </w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
           run(std::to_string(number), false) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
           run(" " + title, false) + "</w:p>";
}

// A paragraph of \p style showing \p text, ending its section with \p section when that is not "".
std::string paragraph(std::string_view style, std::string_view text, const std::string& section = "") {
    std::string out = "<w:p>";
    if (!style.empty() || !section.empty()) {
        out += "<w:pPr>";
        if (!style.empty()) out += "<w:pStyle w:val=\"" + std::string(style) + "\"/>";
        out += section + "</w:pPr>";
    }
    return out + run(text, false) + "</w:p>";
}

std::string document_xml(const std::vector<Table>& tables, const std::string& heading) {
    std::string body = paragraph("Title", heading);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const Table& table = tables[i];
        const ReportTable& t = table.shown;
        std::size_t columns = std::max<std::size_t>(t.columns.size(), 1);
        for (const ReportTable::Row& r : t.rows) columns = std::max(columns, r.cells.size() + 1);
        const Layout layout = layout_of(table, columns);
        append_caption(body, i + 1, t.title);
        append_table(body, table, layout);
        // The notes; the last paragraph of a section but the document's last carries its page.
        const bool last = i + 1 == tables.size();
        const std::string section = last ? "" : section_properties(layout.landscape);
        for (std::size_t n = 0; n < t.notes.size(); ++n)
            body += paragraph("TableNote", t.notes[n], n + 1 == t.notes.size() ? section : "");
        // Word needs a paragraph after a table; one carries the section when there is no note.
        if (t.notes.empty()) body += paragraph("", "", section);
        if (last) body += section_properties(layout.landscape);
    }
    if (tables.empty()) body += section_properties(false);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" +
           std::string(w_namespace) + "\"><w:body>" + body + "</w:body></w:document>";
}

std::string styles_xml() {
    const std::string borders = border("top", 4) + border("left", 4) + border("bottom", 4) +
                                border("right", 4) + border("insideH", 4) + border("insideV", 4);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles xmlns:w=\"" +
           std::string(w_namespace) +
           "\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" "
           "w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang "
           "w:val=\"id-ID\" w:eastAsia=\"en-US\" "
           "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
           "<w:spacing w:after=\"0\" w:line=\"240\" "
           "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
           "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
           "<w:qFormat/></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn "
           "w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing "
           "w:after=\"240\"/></w:pPr>"
           "<w:rPr><w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn "
           "w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing "
           "w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>"
           "</w:style>"
           "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TableNote\"><w:name w:val=\"Table "
           "Note\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing "
           "w:before=\"60\"/></w:pPr><w:rPr>"
           "<w:i/><w:iCs/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
           "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal "
           "Table\"/>"
           "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" "
           "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" "
           "w:type=\"dxa\"/>"
           "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" "
           "w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
           "</w:style>"
           "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:basedOn "
           "w:val=\"TableNormal\"/><w:uiPriority w:val=\"39\"/><w:tblPr><w:tblBorders>" +
           borders + "</w:tblBorders></w:tblPr></w:style></w:styles>";
}

std::string core_xml(const std::string& title) {
    std::string out =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties "
        "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>";
    append_text(out, title);
    return out + "</dc:title><dc:creator>kinerja " + version +
           "</dc:creator><dc:language>id-ID</dc:language></cp:coreProperties>";
}

constexpr const char* content_types =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" "
    "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>";

constexpr const char* package_relationships =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/></Relationships>";

constexpr const char* document_relationships =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
    "Target=\"styles.xml\"/></Relationships>";

}  // namespace

std::string write_report_docx(const Renstra& plan, int year, const Language& lang) {
    std::vector<Table> tables = detail::report_table_forms(plan, year, lang);
    detail::localize_figures(tables, lang);
    // The heading the Markdown and HTML reports print.
    const std::string heading =
        lang.format("report.heading", {{"year", std::to_string(year)}, {"body", plan.body.name}});
    return detail::write_zip({{"[Content_Types].xml", content_types},
                              {"_rels/.rels", package_relationships},
                              {"docProps/core.xml", core_xml(heading)},
                              {"word/document.xml", document_xml(tables, heading)},
                              {"word/_rels/document.xml.rels", document_relationships},
                              {"word/styles.xml", styles_xml()}});
}

}  // namespace kinerja

// The .docx reader on documents zipped by the test from verbatim XML (so the expected grid is what
// the XML says), on one written by python-docx (tests/data/docx), and on every kind of bad file.

#include <gtest/gtest.h>
#include <zip.h>

#include <cstring>
#include <kinerja/io.hpp>
#include <kinerja/io/docx.hpp>
#include <kinerja/plan/language.hpp>
#include <string>
#include <utility>
#include <vector>

#include "document_test_support.hpp"
#include "zip_fixture.hpp"

namespace {

using namespace kinerja;

using kinerja::testing::Entry;
using kinerja::testing::zip_of;

const char* const head =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
    R"(xmlns:v="urn:schemas-microsoft-com:vml"><w:body>)";
const char* const tail = "<w:sectPr/></w:body></w:document>";

std::string docx(const std::string& body, std::vector<Entry> more = {}) {
    more.push_back({"word/document.xml", head + body + tail});
    return zip_of(more);
}

std::vector<DocumentTable> tables_of(const std::string& body, const ReadLimits& limits = {}) {
    return read_docx_tables(docx(body), "t.docx", limits);
}

// <w:p> with one run per text.
std::string p(std::vector<std::string> runs) {
    std::string s = "<w:p>";
    for (const std::string& r : runs) s += "<w:r><w:t xml:space=\"preserve\">" + r + "</w:t></w:r>";
    return s + "</w:p>";
}
std::string tc(const std::string& text) { return "<w:tc>" + p({text}) + "</w:tc>"; }
std::string tr(const std::vector<std::string>& cells) {
    std::string s = "<w:tr>";
    for (const std::string& c : cells) s += tc(c);
    return s + "</w:tr>";
}

using kinerja::testing::texts;

void expect_error(const std::string& bytes, const std::string& path, const std::string& reason,
                  const ReadLimits& limits = {}) {
    kinerja::testing::expect_read_error([](const std::string& b, const std::string& source,
                                           const ReadLimits& l) { return read_docx_tables(b, source, l); },
                                        bytes, "bad.docx", path, reason, limits);
}

// The LAKIP budget table of Bab III as Word writes it: "Anggaran (Rp)" spans Pagu and Realisasi,
// the other headers are merged down both header rows, a figure is split across two runs, and the
// caption is the last non-empty paragraph before the table.
const char* const lakip_table = R"(
<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>3.2 Realisasi Anggaran</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Tabel 3.2 </w:t></w:r><w:r><w:t>Anggaran dan Realisasi Tahun 2019</w:t></w:r></w:p>
<w:p/>
<w:tbl>
 <w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>
 <w:tblGrid><w:gridCol w:w="500"/><w:gridCol w:w="3000"/><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/><w:gridCol w:w="700"/></w:tblGrid>
 <w:tr>
  <w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>No</w:t></w:r></w:p></w:tc>
  <w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Uraian</w:t></w:r></w:p></w:tc>
  <w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Anggaran (Rp)</w:t></w:r></w:p></w:tc>
  <w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Sisa</w:t></w:r></w:p></w:tc>
  <w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>%</w:t></w:r></w:p></w:tc>
 </w:tr>
 <w:tr>
  <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
  <w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p/></w:tc>
  <w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Pagu</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Realisasi</w:t></w:r></w:p></w:tc>
  <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
  <w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
 </w:tr>
 <w:tr>
  <w:tc><w:p><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t>1</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>PROGRAM PELAYANAN </w:t></w:r><w:r><w:rPr><w:b w:val="true"/></w:rPr><w:t>ADMINISTRASI PERKANTORAN</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>848.146.988,00</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>828.507.537,00</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>19.639.451,00</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>97,68</w:t></w:r></w:p></w:tc>
 </w:tr>
 <w:tr>
  <w:tc><w:p><w:r><w:t>a.</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:pPr><w:ind w:left="284" w:hanging="284"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Penyediaan jasa surat menyurat</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:t>1.234.</w:t></w:r><w:r><w:rPr><w:lang w:val="id-ID"/></w:rPr><w:t>567,00</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:t>1.000.000,00</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:t>234.567,00</w:t></w:r></w:p></w:tc>
  <w:tc><w:p><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t>81,00</w:t></w:r></w:p></w:tc>
 </w:tr>
</w:tbl>
<w:p/>)";

TEST(Docx, LakipBudgetTableWithMergedHeaders) {
    const std::vector<DocumentTable> tables = tables_of(lakip_table);
    ASSERT_EQ(tables.size(), 1u);
    const DocumentTable& t = tables[0];
    EXPECT_EQ(t.source, "t.docx");
    EXPECT_EQ(t.where, "table 1");
    EXPECT_EQ(t.depth, 0);
    EXPECT_EQ(t.caption, "Tabel 3.2 Anggaran dan Realisasi Tahun 2019");
    ASSERT_EQ(t.rows.size(), 4u);
    for (const auto& row : t.rows) EXPECT_EQ(row.size(), 6u);
    using V = std::vector<std::string>;
    EXPECT_EQ(texts(t, 0), (V{"No", "Uraian", "Anggaran (Rp)", "<covered>", "Sisa", "%"}));
    EXPECT_EQ(texts(t, 1), (V{"<covered>", "<covered>", "Pagu", "Realisasi", "<covered>", "<covered>"}));
    EXPECT_EQ(texts(t, 2), (V{"1", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "848.146.988,00",
                              "828.507.537,00", "19.639.451,00", "97,68"}));
    EXPECT_EQ(texts(t, 3), (V{"a.", "Penyediaan jasa surat menyurat", "1.234.567,00", "1.000.000,00",
                              "234.567,00", "81,00"}));
    // The spans sit on the top-left positions.
    EXPECT_EQ(t.rows[0][0].row_span, 2u);
    EXPECT_EQ(t.rows[0][0].col_span, 1u);
    EXPECT_EQ(t.rows[0][1].row_span, 2u);
    EXPECT_EQ(t.rows[0][2].row_span, 1u);
    EXPECT_EQ(t.rows[0][2].col_span, 2u);
    EXPECT_EQ(t.rows[0][4].row_span, 2u);
    EXPECT_EQ(t.rows[0][5].row_span, 2u);
    EXPECT_EQ(t.rows[1][2].row_span, 1u);
    EXPECT_EQ(t.rows[1][2].col_span, 1u);
    // Bold: every run bold (w:b, w:b="1", w:b="true"); w:b="0" and "false" are not.
    EXPECT_TRUE(t.rows[0][0].bold);
    EXPECT_TRUE(t.rows[2][1].bold);
    EXPECT_FALSE(t.rows[3][1].bold);
    EXPECT_FALSE(t.rows[3][5].bold);
    EXPECT_FALSE(t.rows[3][2].bold);
    EXPECT_EQ(t.rows[3][1].indent, 284);
    EXPECT_EQ(t.rows[2][1].indent, 0);
    for (const auto& row : t.rows)
        for (const GridCell& c : row) {
            EXPECT_FALSE(c.stored_number);
            EXPECT_EQ(c.number_format, "");
        }
}

TEST(Docx, TextAsWordShowsIt) {
    const std::vector<DocumentTable> tables = tables_of(
        "<w:tbl><w:tr>"
        // Tab, line break, carriage return, hyphens, two paragraphs.
        "<w:tc><w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>e</w:t><w:noBreakHyphen/><w:t>f</w:t><w:softHyphen/><w:t>g</w:t></w:r></w:p></w:tc>"
        // Tracked changes: the deletion left out, the insertion in; a moved-away run out.
        "<w:tc><w:p><w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>900.000</w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t>950.000</w:t></w:r></w:ins>"
        "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t>old</w:t></w:r></w:moveFrom></w:p></w:tc>"
        // A field: its code out, its result in; a simple field's result in.
        "<w:tc><w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> =SUM(ABOVE) "
        "</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2.082.714,00</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>!</w:t></w:r></w:fldSimple></w:p></w:tc>"
        // Hyperlinks, smart tags and content controls inside a paragraph are transparent; spaces kept.
        "<w:tc><w:p><w:hyperlink r:id=\"x\" xmlns:r=\"r\"><w:r><w:t xml:space=\"preserve\"> Rp "
        "</w:t></w:r></w:hyperlink>"
        "<w:sdt><w:sdtPr><w:alias "
        "w:val=\"hidden\"/></w:sdtPr><w:sdtContent><w:r><w:t>5</w:t></w:r></w:sdtContent></w:sdt>"
        "</w:p></w:tc>"
        // Character and entity references.
        "<w:tc><w:p><w:r><w:t>R&amp;D &#8211; &lt;1&gt;</w:t></w:r></w:p></w:tc>"
        "</w:tr></w:tbl>");
    ASSERT_EQ(tables.size(), 1u);
    using V = std::vector<std::string>;
    EXPECT_EQ(texts(tables[0], 0),
              (V{"a\tb\nc\nd\ne-fg", "950.000", "2.082.714,00!", " Rp 5", "R&D \xE2\x80\x93 <1>"}));
}

TEST(Docx, NestedFields) {
    // { IF { MERGEFIELD x } = 1 "satu" "dua" } shown as "dua": the inner field's result is part of
    // the outer field's code, so only the outer result shows.
    const auto r = [](const std::string& inner) { return "<w:r>" + inner + "</w:r>"; };
    const std::string begin = r("<w:fldChar w:fldCharType=\"begin\"/>");
    const std::string separate = r("<w:fldChar w:fldCharType=\"separate\"/>");
    const std::string end = r("<w:fldChar w:fldCharType=\"end\"/>");
    const std::vector<DocumentTable> tables =
        tables_of("<w:tbl><w:tr><w:tc><w:p>" + begin + r("<w:instrText>IF </w:instrText>") + begin +
                  r("<w:instrText>MERGEFIELD x</w:instrText>") + separate + r("<w:t>2</w:t>") + end +
                  r("<w:instrText> = 1 \"satu\" \"dua\"</w:instrText>") + separate + r("<w:t>dua</w:t>") +
                  end + r("<w:t>.</w:t>") + "</w:p></w:tc></w:tr></w:tbl>");
    EXPECT_EQ(tables.at(0).rows.at(0).at(0).text, "dua.");
}

TEST(Docx, NestedTablesContentControlsAndTextBoxes) {
    const std::string inner = "<w:tbl>" + tr({"x", "y"}) + tr({"z", "w"}) + "</w:tbl>";
    const std::string textbox_table = "<w:tbl>" + tr({"in a text box"}) + "</w:tbl>";
    const std::vector<DocumentTable> tables = tables_of(
        p({"Table 1: outer"}) + "<w:tbl><w:tr>" + tc("left") + "<w:tc>" + p({"Tabel A"}) + inner +
        "<w:p/></w:tc></w:tr></w:tbl><w:p/>"
        // A content control around a table.
        "<w:sdt><w:sdtPr/><w:sdtContent><w:tbl>" +
        tr({"in a content control"}) +
        "</w:tbl></w:sdtContent></w:sdt>"
        // A text box written twice (DrawingML and its VML fallback): read once.
        "<w:p><w:r><mc:AlternateContent><mc:Choice "
        "Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>" +
        textbox_table +
        "<w:p/></w:txbxContent></wps:txbx></wps:wsp></w:drawing></"
        "mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        "<w:txbxContent>" +
        textbox_table +
        "<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>" +
        "<w:t>beside</w:t></w:r></w:p>");
    ASSERT_EQ(tables.size(), 4u);
    EXPECT_EQ(tables[0].where, "table 1");
    EXPECT_EQ(tables[0].depth, 0);
    EXPECT_EQ(tables[0].caption, "Table 1: outer");
    using V = std::vector<std::string>;
    // The nested table's text is its own, not the cell's: the cell holds "Tabel A" and the empty
    // paragraph after the nested table.
    EXPECT_EQ(texts(tables[0], 0), (V{"left", "Tabel A\n"}));
    EXPECT_EQ(tables[1].where, "table 2");
    EXPECT_EQ(tables[1].depth, 1);
    EXPECT_EQ(tables[1].caption, "Tabel A");
    EXPECT_EQ(texts(tables[1], 1), (V{"z", "w"}));
    EXPECT_EQ(tables[2].depth, 0);
    EXPECT_EQ(tables[2].caption, "");  // no paragraph since the last table
    EXPECT_EQ(texts(tables[2], 0), (V{"in a content control"}));
    EXPECT_EQ(texts(tables[3], 0), (V{"in a text box"}));
    EXPECT_EQ(tables[3].where, "table 4");
}

TEST(Docx, ContentControlsAroundRowsAndCells) {
    const std::vector<DocumentTable> tables =
        tables_of("<w:tbl>" + tr({"a", "b"}) + "<w:sdt><w:sdtPr/><w:sdtContent>" + tr({"c", "d"}) +
                  "</w:sdtContent></w:sdt><w:customXml w:element=\"baris\">" + tr({"e", "f"}) +
                  "</w:customXml><w:tr><w:sdt><w:sdtContent>" + tc("g") + "</w:sdtContent></w:sdt>" +
                  tc("h") + "</w:tr></w:tbl>");
    ASSERT_EQ(tables.size(), 1u);
    using V = std::vector<std::string>;
    ASSERT_EQ(tables[0].rows.size(), 4u);
    EXPECT_EQ(texts(tables[0], 1), (V{"c", "d"}));
    EXPECT_EQ(texts(tables[0], 2), (V{"e", "f"}));
    EXPECT_EQ(texts(tables[0], 3), (V{"g", "h"}));
}

TEST(Docx, Captions) {
    const std::string t = "<w:tbl>" + tr({"a"}) + "</w:tbl>";
    // Not like a caption: no caption.
    EXPECT_EQ(tables_of(p({"Berikut ini tabelnya:"}) + t)[0].caption, "");
    EXPECT_EQ(tables_of(p({"Tabelaris"}) + t)[0].caption, "");
    EXPECT_EQ(tables_of(p({"TABEL 1.5 Aset"}) + t)[0].caption, "TABEL 1.5 Aset");
    EXPECT_EQ(tables_of(p({"  Tab. 4 Capaian  "}) + t)[0].caption, "Tab. 4 Capaian");
    // A caption is a line or two: a paragraph over 4096 bytes is none, whatever the limits.
    EXPECT_EQ(tables_of(p({"Tabel 1 ", std::string(4089, 'x')}) + t)[0].caption, "");
    EXPECT_EQ(tables_of(p({"Tabel 1 ", std::string(4088, 'x')}) + t)[0].caption.size(), 4096u);
    // The last non-empty paragraph decides, even when an earlier one was a caption.
    EXPECT_EQ(tables_of(p({"Tabel 1"}) + p({"keterangan"}) + "<w:p/>" + t)[0].caption, "");
    // A paragraph of the Caption style, and of a localised style whose name is caption.
    EXPECT_EQ(
        tables_of(
            "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t>Realisasi 2019</w:t></w:r></w:p>" +
            t)[0]
            .caption,
        "Realisasi 2019");
    const std::string styles =
        R"(<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:style w:type="paragraph" w:styleId="Keterangan"><w:name w:val="caption"/></w:style></w:styles>)";
    const std::string body =
        "<w:p><w:pPr><w:pStyle w:val=\"Keterangan\"/></w:pPr><w:r><w:t>Capaian IKU</w:t></w:r></w:p>" + t;
    EXPECT_EQ(read_docx_tables(docx(body, {{"word/styles.xml", styles}}), "t.docx")[0].caption,
              "Capaian IKU");
    EXPECT_EQ(tables_of(body)[0].caption, "");  // without the style sheet it is an unknown style
}

TEST(Docx, GridPaddingAndLooseMerges) {
    const std::vector<DocumentTable> tables = tables_of(
        "<w:tbl>"
        "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" +
        tc("b") + tc("c") + "</w:tr>" + "<w:tr><w:trPr><w:gridAfter w:val=\"2\"/></w:trPr>" + tc("a") +
        "</w:tr>" + tr({"a", "b", "c", "d"}) +
        // A continuation with nothing above it to continue starts its own merge; one under a
        // cell of a different span does too.
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p({"alone"}) + "</w:tc>" +
        "<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + p({"wide"}) + "</w:tc></w:tr>" +
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr>" +
        p({"under"}) + "</w:tc></w:tr>" +
        // The legacy horizontal merge (w:hMerge) of Word 97 converters.
        "<w:tr><w:tc><w:tcPr><w:hMerge w:val=\"restart\"/></w:tcPr>" + p({"old"}) +
        "</w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr>" + p({"dropped"}) +
        "</w:tc><w:tc><w:tcPr><w:hMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc>" + tc("z") + "</w:tr>" +
        // A tracked deleted row is left out.
        "<w:tr><w:trPr><w:del w:id=\"9\" w:author=\"A\"/></w:trPr>" + tc("gone") + "</w:tr>" + "</w:tbl>");
    ASSERT_EQ(tables.size(), 1u);
    const DocumentTable& t = tables[0];
    ASSERT_EQ(t.rows.size(), 6u);
    using V = std::vector<std::string>;
    EXPECT_EQ(texts(t, 0), (V{"", "b", "c", ""}));
    EXPECT_EQ(texts(t, 1), (V{"a", "", "", ""}));
    EXPECT_EQ(texts(t, 2), (V{"a", "b", "c", "d"}));
    EXPECT_EQ(texts(t, 3), (V{"alone", "wide", "<covered>", "<covered>"}));
    EXPECT_EQ(texts(t, 4), (V{"<covered>", "under", "", ""}));
    EXPECT_EQ(t.rows[3][0].row_span, 2u);
    EXPECT_EQ(t.rows[3][1].row_span, 1u);
    EXPECT_EQ(t.rows[3][1].col_span, 3u);
    EXPECT_EQ(t.rows[4][1].col_span, 1u);
    EXPECT_FALSE(t.rows[4][2].covered);
    EXPECT_EQ(texts(t, 5), (V{"old", "<covered>", "<covered>", "z"}));
    EXPECT_EQ(t.rows[5][0].col_span, 3u);
}

TEST(Docx, EmptyTableAndNoTables) {
    EXPECT_TRUE(tables_of(p({"no tables here"})).empty());
    const std::vector<DocumentTable> tables = tables_of("<w:tbl><w:tblPr/></w:tbl>");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_TRUE(tables[0].rows.empty());
}

TEST(Docx, OtherPrefixesAndTheStrictNamespace) {
    const std::string xml =
        R"(<?xml version="1.0"?><d xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><body>)"
        R"(<tbl><tr><tc><p><r><t>strict</t></r></p></tc></tr></tbl>)"
        R"(<x:tbl xmlns:x="urn:other"><x:tr><x:tc><p><r><t>not word</t></r></p></x:tc></x:tr></x:tbl></body></d>)";
    const std::vector<DocumentTable> tables =
        read_docx_tables(zip_of({{"word/document.xml", xml}}), "t.docx");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(texts(tables[0], 0), (std::vector<std::string>{"strict"}));
}

TEST(Docx, ByteOrderMark) {
    const std::vector<DocumentTable> tables =
        read_docx_tables(zip_of({{"word/document.xml", "\xEF\xBB\xBF" + std::string(head) + "<w:tbl>" +
                                                           tr({"a"}) + "</w:tbl>" + tail}}),
                         "t.docx");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].rows[0][0].text, "a");
}

TEST(Docx, WrittenByPythonDocx) {
    const std::vector<DocumentTable> tables =
        read_docx_tables(std::string(KINERJA_TEST_DATA_DIR) + "/docx/lakip-small.docx");
    ASSERT_EQ(tables.size(), 1u);
    const DocumentTable& t = tables[0];
    EXPECT_EQ(t.source, std::string(KINERJA_TEST_DATA_DIR) + "/docx/lakip-small.docx");
    EXPECT_EQ(t.caption, "Tabel 3.2 Anggaran dan Realisasi Belanja Tahun 2019");
    ASSERT_EQ(t.rows.size(), 5u);
    using V = std::vector<std::string>;
    EXPECT_EQ(texts(t, 0), (V{"No", "Uraian", "Anggaran (Rp)", "<covered>", "Sisa", "%"}));
    EXPECT_EQ(texts(t, 1), (V{"<covered>", "<covered>", "Pagu", "Realisasi", "<covered>", "<covered>"}));
    EXPECT_EQ(texts(t, 2), (V{"1", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "848.146.988,00",
                              "828.507.537,00", "19.639.451,00", "97,68"}));
    EXPECT_EQ(texts(t, 3), (V{"a.", "Penyediaan jasa surat menyurat", "1.234.567,00", "1.000.000,00",
                              "234.567,00", "81,00"}));
    EXPECT_EQ(texts(t, 4), (V{"", "JUMLAH", "849.381.555,00", "829.507.537,00", "19.874.018,00", "97,66"}));
    EXPECT_EQ(t.rows[0][0].row_span, 2u);
    EXPECT_EQ(t.rows[0][2].col_span, 2u);
    EXPECT_TRUE(t.rows[2][1].bold);
    EXPECT_FALSE(t.rows[3][1].bold);
    EXPECT_EQ(t.rows[3][1].indent, 284);
    EXPECT_TRUE(t.rows[4][1].bold);
    EXPECT_FALSE(t.rows[4][0].bold);  // no text, nothing bold
}

// --- bad files ---

TEST(DocxBadFiles, NotAZipArchive) {
    expect_error("", "", "is not a ZIP archive");
    expect_error("uraian;anggaran\nA;1\n", "", "is not a ZIP archive");
    // An archive behind a prefix (a self-extracting program) is not an Office file.
    expect_error("MZ" + docx(p({"x"})), "", "is not a ZIP archive");
    expect_error("PK\x03\x04 and then garbage that is long enough to look", "", "is not a ZIP archive");
    // An end record pointing at a directory that is not there.
    std::string bytes = docx(p({"x"}));
    bytes[bytes.size() - 6] = '\x7F';  // the directory's offset, past the end
    expect_error(bytes, "", "ZIP archive");
}

TEST(DocxBadFiles, NotAWordDocument) {
    expect_error(zip_of({{"xl/workbook.xml", "<workbook/>"}}), "", "without word/document.xml");
}

TEST(DocxBadFiles, PasswordProtected) {
    // Word encrypts a document into an OLE compound file.
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(504, '\0');
    expect_error(ole, "", "password-protected");
    // Encrypted ZIP entries, with AES and with the traditional PKWARE cipher.
    for (const zip_uint16_t method : {zip_uint16_t{ZIP_EM_AES_256}, zip_uint16_t{ZIP_EM_TRAD_PKWARE}}) {
        const std::string bytes =
            zip_of({{"word/document.xml", std::string(head) + p({"secret"}) + tail, method}});
        expect_error(bytes, "word/document.xml", "encrypted");
    }
}

TEST(DocxBadFiles, ZipBombs) {
    // 3 MiB of the same byte deflates about a thousand times.
    const std::string body = "<w:tbl>" + tr({std::string(3 << 20, 'x')}) + "</w:tbl>";
    ReadLimits limits;
    limits.max_cell_bytes = 8 << 20;
    expect_error(docx(body), "word/document.xml", "inflates more than 200 times its stored size", limits);
    limits.max_zip_ratio = 5000;
    limits.max_zip_entry_bytes = 1 << 20;
    expect_error(docx(body), "word/document.xml", "inflates to more than 1048576 bytes", limits);
    limits.max_zip_entry_bytes = 16 << 20;
    limits.max_zip_total_bytes = 2 << 20;
    expect_error(docx(body), "word/document.xml", "more than 2097152 bytes together", limits);
    limits.max_zip_total_bytes = 16 << 20;
    EXPECT_EQ(read_docx_tables(docx(body), "t.docx", limits).size(), 1u);  // raised, it reads
    // Headers that claim a small size are not believed: the entry's central and local headers
    // say 100 bytes, the data inflates to 3 MiB.
    std::string lying = docx(body);
    const std::size_t size = std::string(head).size() + body.size() + std::string(tail).size();
    for (std::size_t at = 0; at + 4 <= lying.size(); ++at) {
        std::uint32_t v;
        std::memcpy(&v, lying.data() + at, 4);
        if (v == size) std::memcpy(lying.data() + at, "\x64\0\0\0", 4);
    }
    expect_error(lying, "word/document.xml", "inflates more than 200 times");
    // With the ratio raised, the entry is still counted as it inflates, past the 100 bytes claimed.
    limits = {};
    limits.max_cell_bytes = 8 << 20;
    limits.max_zip_ratio = 100000;
    limits.max_zip_entry_bytes = 1 << 20;
    expect_error(lying, "word/document.xml", "inflates to more than 1048576 bytes", limits);
    // Within every limit, the size that disagrees with the header is found when the entry ends.
    limits.max_zip_entry_bytes = 16 << 20;
    expect_error(lying, "word/document.xml", "cannot inflate the entry (damaged data)", limits);
}

TEST(DocxBadFiles, TooManyEntries) {
    std::vector<Entry> entries;
    for (int i = 0; i < 20; ++i) entries.push_back({"media/image" + std::to_string(i) + ".png", "x"});
    ReadLimits limits;
    limits.max_zip_entries = 10;
    expect_error(docx(p({"x"}), entries), "", "a ZIP archive of 21 entries has more than the entry limit",
                 limits);
    // An end record that claims 65535 entries is refused before anything is listed.
    std::string bytes = docx(p({"x"}));
    bytes[bytes.size() - 12] = '\xFF';
    bytes[bytes.size() - 11] = '\xFF';
    bytes[bytes.size() - 14] = '\xFF';
    bytes[bytes.size() - 13] = '\xFF';
    expect_error(bytes, "", "a ZIP archive of 65535 entries has more than the entry limit");
}

TEST(DocxBadFiles, BillionLaughs) {
    const std::string xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
    expect_error(zip_of({{"word/document.xml", xml}}), "word/document.xml:2:1", "a DTD");
    // A DTD in the style sheet is refused too.
    expect_error(docx(p({"x"}), {{"word/styles.xml", "<!DOCTYPE x><x/>"}}), "word/styles.xml:1:1", "a DTD");
}

// The refusals said in Indonesian as written by hand; pugixml's words for malformed XML are the
// catalogue's (error.xml.why.*), so they are said in the language too.
TEST(DocxBadFiles, SaidInIndonesian) {
    const auto said = [](const std::string& bytes) -> std::pair<std::string, std::string> {
        try {
            (void)read_docx_tables(bytes, "bad.docx");
        } catch (const data_error& e) {
            EXPECT_EQ(describe(e, Language("en")), e.what());
            return {describe(e, Language("id")), e.message().id};
        }
        return {"accepted", ""};
    };
    EXPECT_EQ(said("uraian;anggaran\n").first,
              "bad.docx: bukan arsip ZIP (berkas .docx atau .xlsx merupakan arsip ZIP)");
    EXPECT_EQ(said(zip_of({{"xl/workbook.xml", "<workbook/>"}})).first,
              "bad.docx: arsip ZIP tanpa word/document.xml: bukan dokumen Word (.docx)");
    EXPECT_EQ(
        said(zip_of({{"word/document.xml", "<!DOCTYPE x><x/>"}})).first,
        "bad.docx:word/document.xml:1:1: DTD (<!DOCTYPE atau <!ENTITY) tidak diterima: entitasnya dapat "
        "mengembangkan beberapa byte menjadi gigabyte (billion laughs), dan tidak ada dokumen Office yang "
        "memilikinya");
    const auto malformed = said(zip_of({{"word/document.xml", "<a><b></a>"}}));
    EXPECT_EQ(malformed.second, "error.xml.not_well_formed");
    EXPECT_EQ(malformed.first.rfind("bad.docx:word/document.xml:1:", 0), 0u) << malformed.first;
    EXPECT_NE(
        malformed.first.find(": XML tidak tersusun dengan benar (not well-formed): tag awal dan tag akhir "
                             "tidak cocok"),
        std::string::npos)
        << malformed.first;
}

TEST(DocxBadFiles, DeepNesting) {
    std::string deep;
    for (int i = 0; i < 100; ++i) deep += "<w:sdt><w:sdtContent>";
    for (int i = 0; i < 100; ++i) deep += "</w:sdtContent></w:sdt>";
    try {
        (void)tables_of(deep);
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.path().rfind("word/document.xml:1:", 0), 0u) << e.what();
        EXPECT_NE(e.reason().find("nested deeper than 64 levels; the limit is 64 (raise it with --max-depth"),
                  std::string::npos)
            << e.what();
    }
    ReadLimits limits;
    limits.max_depth = 300;
    EXPECT_TRUE(tables_of(deep, limits).empty());
    // Tables nested 100,000 deep, the limit raised: read without recursion.
    std::string very;
    for (int i = 0; i < 100000; ++i) very += "<w:tbl><w:tr><w:tc>";
    for (int i = 0; i < 100000; ++i) very += "</w:tc></w:tr></w:tbl>";
    limits.max_depth = 400000;
    limits.max_zip_ratio = 100000;
    const std::vector<DocumentTable> tables = tables_of(very, limits);
    ASSERT_EQ(tables.size(), 100000u);
    EXPECT_EQ(tables.back().depth, 99999);
    EXPECT_EQ(tables.back().rows.size(), 1u);
}

TEST(DocxBadFiles, MalformedXml) {
    // Located at the end tag's name (byte 22, column 23), where the mismatch shows.
    expect_error(zip_of({{"word/document.xml", "<w:document><w:body></w:document>"}}),
                 "word/document.xml:1:23", "not well-formed XML");
    expect_error(zip_of({{"word/document.xml", "<a>caf\xE9</a>"}}), "word/document.xml:1:7", "invalid UTF-8");
}

TEST(DocxBadFiles, TooManyRowsCellsAndTables) {
    ReadLimits limits;
    limits.max_rows = 2;
    expect_error(docx("<w:tbl>" + tr({"1"}) + tr({"2"}) + tr({"3"}) + "</w:tbl>"), "table 1",
                 "a table of more than 2 rows; the limit is 2 (raise it with --max-rows", limits);
    std::string three;
    for (int i = 0; i < 3; ++i) three += "<w:tbl>" + tr({"x"}) + "</w:tbl><w:p/>";
    expect_error(docx(three), "table 3", "more than 2 tables", limits);
    limits = {};
    limits.max_cell_bytes = 10;
    expect_error(docx("<w:tbl>" + tr({"12345", "12345678901"}) + "</w:tbl>"), "table 1 row 1",
                 "longer than the cell limit; the limit is 10 (raise it with --max-cell-bytes", limits);
    // Paragraphs joined by '\n' count.
    expect_error(docx("<w:tbl><w:tr><w:tc>" + p({"12345"}) + p({"12345"}) + "</w:tc></w:tr></w:tbl>"),
                 "table 1 row 1", "longer than the cell limit", limits);
    // A span of four billion columns is refused before a grid is allocated.
    expect_error(docx("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan "
                      "w:val=\"4000000000\"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"),
                 "table 1", "grid positions; the limit is 10000000 (raise it with --max-cells");
    // One wide row over many narrow ones: the padded grid would be rows x width.
    std::string wide = "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"5000\"/></w:tcPr><w:p/></w:tc></w:tr>";
    for (int i = 0; i < 3000; ++i) wide += "<w:tr><w:tc/></w:tr>";
    expect_error(docx(wide + "</w:tbl>"), "table 1", "grid positions");
    limits = {};
    limits.max_cells = 5;
    expect_error(
        docx("<w:tbl>" + tr({"a", "b"}) + tr({"c", "d"}) + "</w:tbl>" + "<w:tbl>" + tr({"e"}) + "</w:tbl>"),
        "table 2", "more than 5 grid positions", limits);
}

TEST(DocxBadFiles, FilesOnDisk) {
    try {
        (void)read_docx_tables(std::string(KINERJA_TEST_DATA_DIR) + "/nothing-here.docx");
        FAIL();
    } catch (const data_error& e) {
        EXPECT_NE(std::string(e.what()).find("nothing-here.docx: cannot open the file"), std::string::npos);
    }
    // A device is refused at its first bytes, not read up to the 4 GiB limit.
    try {
        (void)read_docx_tables("/dev/zero");
        FAIL();
    } catch (const data_error& e) {
        EXPECT_EQ(std::string(e.what()), "/dev/zero: is not a ZIP archive (a .docx or .xlsx file is one)");
    }
    ReadLimits limits;
    limits.max_bytes = 1000;
    try {
        (void)read_docx_tables(std::string(KINERJA_TEST_DATA_DIR) + "/docx/lakip-small.docx", limits);
        FAIL();
    } catch (const data_error& e) {
        EXPECT_NE(e.reason().find("larger than the input limit; the limit is 1000"), std::string::npos)
            << e.what();
    }
}

}  // namespace

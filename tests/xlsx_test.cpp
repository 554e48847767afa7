// The .xlsx reader on workbooks zipped by the test from verbatim XML (so the expected grid is what
// the XML says), on one written by openpyxl (tests/data/xlsx), and on every kind of bad file.

#include <gtest/gtest.h>
#include <zip.h>

#include <kinerja/io.hpp>
#include <kinerja/io/xlsx.hpp>
#include <string>
#include <utility>
#include <vector>

#include "document_test_support.hpp"
#include "zip_fixture.hpp"

namespace {

using namespace kinerja;

using kinerja::testing::Entry;
using kinerja::testing::zip_of;

const std::string ns = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
                       R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";

// A workbook of \p sheets (name, the XML inside <sheetData> and after it), with the shared strings
// and the styles given (the <sst> and <styleSheet> contents), as Excel lays the parts out.
std::string xlsx(const std::vector<std::pair<std::string, std::string>>& sheets, const std::string& sst = "",
                 const std::string& styles = "", std::vector<Entry> more = {}) {
    std::string wb =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook " + ns + "><sheets>";
    std::string rels =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
        R"(<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)";
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        // The sheets' parts numbered backwards: the order is the workbook's, not the part names'.
        const std::string part = "sheet" + std::to_string(sheets.size() - i) + ".xml";
        wb += "<sheet name=\"" + sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/" +
                part + "\"/>";
        more.push_back({"xl/worksheets/" + part, "<?xml version=\"1.0\"?>\n<worksheet " + ns + ">" +
                                                     sheets[i].second + "</worksheet>"});
    }
    more.push_back({"xl/workbook.xml", wb + "</sheets></workbook>"});
    more.push_back({"xl/_rels/workbook.xml.rels", rels + "</Relationships>"});
    if (!sst.empty()) more.push_back({"xl/sharedStrings.xml", "<sst " + ns + ">" + sst + "</sst>"});
    if (!styles.empty())
        more.push_back({"xl/styles.xml", "<styleSheet " + ns + ">" + styles + "</styleSheet>"});
    return zip_of(more);
}

std::vector<DocumentTable> tables_of(const std::string& sheet_xml, const ReadLimits& limits = {}) {
    return read_xlsx_tables(xlsx({{"Sheet1", sheet_xml}}), "t.xlsx", limits);
}

using kinerja::testing::texts;

void expect_error(const std::string& bytes, const std::string& path, const std::string& reason,
                  const ReadLimits& limits = {}) {
    kinerja::testing::expect_read_error([](const std::string& b, const std::string& source,
                                           const ReadLimits& l) { return read_xlsx_tables(b, source, l); },
                                        bytes, "bad.xlsx", path, reason, limits);
}

using V = std::vector<std::string>;

// The LAKIP budget annex as Excel writes it: the caption in a row of its own merged across the
// table, a blank row, "Anggaran (Rp)" over Pagu and Realisasi, the other headers merged down both
// header rows; figures stored as numbers with their formats, the sisa as a formula with its cached
// value, a figure typed as text, and below a blank row a second table with its own caption.
const char* const annex_strings =
    R"(<si><t>Lampiran 2. Realisasi Anggaran Tahun 2019</t></si>)"                        // 0
    R"(<si><t>No</t></si><si><t>Program/Kegiatan</t></si><si><t>Anggaran (Rp)</t></si>)"  // 1 2 3
    R"(<si><t>Sisa</t></si><si><t>%</t></si><si><t>Keterangan</t></si>)"                  // 4 5 6
    R"(<si><t>Pagu</t></si><si><t>Realisasi</t></si>)"                                    // 7 8
    R"(<si><r><t xml:space="preserve">PROGRAM PELAYANAN </t></r>)"
    R"(<r><rPr><b/><sz val="11"/></rPr><t>ADMINISTRASI PERKANTORAN</t></r></si>)"         // 9: rich text
    R"(<si><t>Penyediaan jasa surat menyurat</t><rPh sb="0" eb="1"><t>X</t></rPh></si>)"  // 10: phonetic
    R"(<si><t>1.085.645.000</t></si>)"                                                    // 11
    R"(<si><t>JUMLAH</t></si>)"                                                           // 12
    R"(<si><t>Tabel 2. Capaian Kinerja</t></si>)"                                         // 13
    R"(<si><t>Indikator</t></si><si><t>Target</t></si>)";                                 // 14 15

const char* const annex_styles =
    R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00;[Red]\-#,##0.00"/></numFmts>)"
    R"(<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/></font>)"
    R"(<font><b val="0"/></font></fonts>)"
    R"(<cellXfs count="8">)"
    R"(<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"  // 0
    R"(<xf numFmtId="0" fontId="1" applyFont="1"/>)"                     // 1 bold
    R"(<xf numFmtId="0" fontId="0" applyAlignment="1"><alignment horizontal="left" indent="1"/></xf>)"  // 2
    R"(<xf numFmtId="4" fontId="1" applyNumberFormat="1"/>)"    // 3 bold #,##0.00
    R"(<xf numFmtId="3" fontId="0" applyNumberFormat="1"/>)"    // 4 #,##0
    R"(<xf numFmtId="10" fontId="0" applyNumberFormat="1"/>)"   // 5 0.00%
    R"(<xf numFmtId="164" fontId="1" applyNumberFormat="1"/>)"  // 6 custom, bold
    R"(<xf numFmtId="4" fontId="2" applyNumberFormat="1"/>)"    // 7 b val="0": not bold
    R"(</cellXfs>)";

const char* const annex_sheet = R"(
<dimension ref="A1:G11"/>
<sheetData>
 <row r="1" spans="1:7"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1"/><c r="G1" s="1"/></row>
 <row r="2" spans="1:7"><c r="A2" s="0"/></row>
 <row r="3" spans="1:7">
  <c r="A3" s="1" t="s"><v>1</v></c><c r="B3" s="1" t="s"><v>2</v></c><c r="C3" s="1" t="s"><v>3</v></c>
  <c r="D3" s="1"/><c r="E3" s="1" t="s"><v>4</v></c><c r="F3" s="1" t="s"><v>5</v></c>
  <c r="G3" s="1" t="s"><v>6</v></c>
 </row>
 <row r="4" spans="1:7"><c r="A4" s="1"/><c r="C4" s="1" t="s"><v>7</v></c><c r="D4" s="1" t="s"><v>8</v></c></row>
 <row r="5" spans="1:7">
  <c r="A5" s="1"><v>1</v></c>
  <c r="B5" s="1" t="s"><v>9</v></c>
  <c r="C5" s="3"><v>5445859500</v></c>
  <c r="D5" s="3" t="n"><v>5036537515.3599997</v></c>
  <c r="E5" s="3"><f>C5-D5</f><v>409321984.64</v></c>
  <c r="F5" s="5"><f>D5/C5</f><v>0.92483938</v></c>
  <c r="G5" t="str"><f>IF(F5&gt;0.9,"Baik","Kurang")</f><v>Baik</v></c>
 </row>
 <row r="6" spans="1:7">
  <c r="A6" t="inlineStr"><is><t>a.</t></is></c>
  <c r="B6" s="2" t="s"><v>10</v></c>
  <c r="C6" t="s"><v>11</v></c>
  <c r="D6" s="4"><v>1000000</v></c>
  <c r="E6" s="7"><v>-1.5E-3</v></c>
  <c r="F6" t="b"><v>1</v></c>
  <c r="G6" t="e"><v>#DIV/0!</v></c>
 </row>
 <row r="7" spans="1:7">
  <c r="B7" s="1" t="s"><v>12</v></c><c r="C7" s="6"><v>5445859500</v></c><c r="D7"><f>SUM(D5:D6)</f></c>
  <c r="F7" t="b"><v>0</v></c>
 </row>
 <row r="8"><c r="A8" s="1"/></row>
 <row r="9"><c r="A9" t="s"><v>13</v></c></row>
 <row r="10"><c t="s"><v>14</v></c><c t="s"><v>15</v></c><c t="s"><v>8</v></c></row>
 <row><c t="inlineStr"><is><t>Persentase layanan</t></is></c><c><v>90</v></c><c><v>92.5</v></c></row>
</sheetData>
<mergeCells count="7"><mergeCell ref="A1:G1"/><mergeCell ref="A3:A4"/><mergeCell ref="B3:B4"/>
<mergeCell ref="C3:D3"/><mergeCell ref="E3:E4"/><mergeCell ref="F3:F4"/><mergeCell ref="G3:G4"/></mergeCells>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
)";

TEST(Xlsx, LakipBudgetAnnex) {
    const std::vector<DocumentTable> tables =
        read_xlsx_tables(xlsx({{"Lampiran 2", annex_sheet}}, annex_strings, annex_styles), "annex.xlsx");
    ASSERT_EQ(tables.size(), 2u);
    const DocumentTable& t = tables[0];
    EXPECT_EQ(t.source, "annex.xlsx");
    EXPECT_EQ(t.where, "sheet 'Lampiran 2' A3:G7");
    EXPECT_EQ(t.caption, "Lampiran 2. Realisasi Anggaran Tahun 2019");
    EXPECT_EQ(t.depth, 0);
    ASSERT_EQ(t.rows.size(), 5u);
    EXPECT_EQ(texts(t, 0),
              (V{"No", "Program/Kegiatan", "Anggaran (Rp)", "<covered>", "Sisa", "%", "Keterangan"}));
    EXPECT_EQ(texts(t, 1),
              (V{"<covered>", "<covered>", "Pagu", "Realisasi", "<covered>", "<covered>", "<covered>"}));
    // Numbers as the XML stores them, never through a double; the formula's cached value, not
    // the formula; rich-text runs joined.
    EXPECT_EQ(texts(t, 2), (V{"1", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "5445859500",
                              "5036537515.3599997", "409321984.64", "0.92483938", "Baik"}));
    EXPECT_EQ(texts(t, 3), (V{"a.", "Penyediaan jasa surat menyurat", "1.085.645.000", "1000000", "-1.5E-3",
                              "TRUE", "#DIV/0!"}));
    // A formula never computed (no cached <v>) is empty.
    EXPECT_EQ(texts(t, 4), (V{"", "JUMLAH", "5445859500", "", "", "FALSE", ""}));
    for (const std::size_t c : {0u, 1u, 4u, 5u, 6u}) EXPECT_EQ(t.rows[0][c].row_span, 2u) << c;
    EXPECT_EQ(t.rows[0][2].col_span, 2u);
    EXPECT_EQ(t.rows[0][2].row_span, 1u);
    EXPECT_TRUE(t.rows[0][0].bold);
    // Stored numbers and their formats.
    const GridCell& sisa = t.rows[2][4];
    EXPECT_TRUE(sisa.stored_number);
    EXPECT_EQ(sisa.number_format, "#,##0.00");
    EXPECT_TRUE(sisa.bold);
    EXPECT_TRUE(t.rows[2][0].stored_number);
    EXPECT_EQ(t.rows[2][0].number_format, "");  // General
    EXPECT_EQ(t.rows[2][5].number_format, "0.00%");
    EXPECT_FALSE(t.rows[2][6].stored_number);  // a formula's text
    EXPECT_FALSE(t.rows[3][2].stored_number);  // a figure typed as text
    EXPECT_EQ(t.rows[3][2].number_format, "");
    EXPECT_EQ(t.rows[3][3].number_format, "#,##0");
    EXPECT_TRUE(t.rows[3][4].stored_number);
    EXPECT_FALSE(t.rows[3][4].bold);           // its font's <b val="0"/>
    EXPECT_FALSE(t.rows[3][5].stored_number);  // a boolean
    EXPECT_EQ(t.rows[4][2].number_format, "#,##0.00;[Red]\\-#,##0.00");
    EXPECT_TRUE(t.rows[4][1].bold);
    EXPECT_TRUE(t.rows[2][1].bold);
    EXPECT_FALSE(t.rows[3][1].bold);
    EXPECT_EQ(t.rows[3][1].indent, 1);
    EXPECT_EQ(t.rows[2][1].indent, 0);
    EXPECT_FALSE(t.rows[4][0].bold);  // nothing there

    // The second table, its caption row above it and its cells without references.
    const DocumentTable& u = tables[1];
    EXPECT_EQ(u.where, "sheet 'Lampiran 2' A10:C11");
    EXPECT_EQ(u.caption, "Tabel 2. Capaian Kinerja");
    ASSERT_EQ(u.rows.size(), 2u);
    EXPECT_EQ(texts(u, 0), (V{"Indikator", "Target", "Realisasi"}));
    EXPECT_EQ(texts(u, 1), (V{"Persentase layanan", "90", "92.5"}));
    EXPECT_TRUE(u.rows[1][2].stored_number);
}

TEST(Xlsx, TablesSplitAtBlankRows) {
    // Two tables without captions, a blank row between; a third after three blank rows, starting
    // in column C; a row of a single cell inside a table stays in it.
    const std::string sheet = R"(<sheetData>
<row r="2"><c r="B2" t="inlineStr"><is><t>a</t></is></c><c r="C2" t="inlineStr"><is><t>b</t></is></c></row>
<row r="3"><c r="B3" t="inlineStr"><is><t>only</t></is></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>c</t></is></c><c r="B5"><v>3</v></c></row>
<row r="6"><c r="A6" t="inlineStr"><is><t> </t></is></c></row>
<row r="9"><c r="C9"><v>1</v></c><c r="E9"><v>2</v></c></row>
</sheetData>)";
    const std::vector<DocumentTable> tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 3u);
    EXPECT_EQ(tables[0].where, "sheet 'Sheet1' B2:C3");
    EXPECT_EQ(tables[0].caption, "");
    EXPECT_EQ(texts(tables[0], 1), (V{"only", ""}));
    EXPECT_EQ(tables[1].where, "sheet 'Sheet1' A5:B5");  // a cell of spaces is blank
    EXPECT_EQ(tables[2].where, "sheet 'Sheet1' C9:E9");
    EXPECT_EQ(texts(tables[2], 0), (V{"1", "", "2"}));
}

// An inline string cell, to keep the sheets below readable.
std::string str(const std::string& ref, const std::string& text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}
std::string num(const std::string& ref, const std::string& value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
}
std::string row_of(int r, const std::string& cells) {
    return "<row r=\"" + std::to_string(r) + "\">" + cells + "</row>";
}

TEST(Xlsx, SpacerRowsInsideATable) {
    // A budget table with blank rows between its groups, as a Word table converted by LibreOffice
    // prints them: figures stored as numbers and typed as text, a kegiatan printed without figures
    // (its one cell in the label column, not the first), the total below a blank row.
    const std::string sheet =
        "<sheetData>" + row_of(1, str("A1", "Tabel 3.2 Anggaran")) +
        row_of(2, str("A2", "No") + str("B2", "Uraian") + str("C2", "Pagu") + str("D2", "Realisasi")) +
        row_of(3, str("A3", "1") + str("B3", "PROGRAM A") + num("C3", "300") + num("D3", "250")) +
        row_of(5, str("B5", "Kegiatan a.1") + str("C5", "100.000,00") + str("D5", "90.000,00")) +
        row_of(7, str("B7", "Kegiatan a.2")) + row_of(8, str("B8", "Kegiatan a.3") + num("C8", "200")) +
        row_of(9, "<c r=\"A9\"/>") + row_of(11, str("B11", "JUMLAH") + str("C11", "-") + num("D11", "250")) +
        "</sheetData>";
    const std::vector<DocumentTable> tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const DocumentTable& t = tables[0];
    // Rows 2 to 11, the blank rows 4, 6, 9 and 10 kept: four blocks (2-3, 5, 7-8, 11).
    EXPECT_EQ(t.where, "sheet 'Sheet1' A2:D11 (4 blocks joined across blank rows)");
    EXPECT_EQ(t.caption, "Tabel 3.2 Anggaran");
    ASSERT_EQ(t.rows.size(), 10u);
    EXPECT_EQ(texts(t, 0), (V{"No", "Uraian", "Pagu", "Realisasi"}));
    EXPECT_EQ(texts(t, 2), (V{"", "", "", ""}));
    EXPECT_EQ(texts(t, 3), (V{"", "Kegiatan a.1", "100.000,00", "90.000,00"}));
    EXPECT_EQ(texts(t, 5), (V{"", "Kegiatan a.2", "", ""}));
    EXPECT_EQ(texts(t, 6), (V{"", "Kegiatan a.3", "200", ""}));
    EXPECT_EQ(texts(t, 7), (V{"", "", "", ""}));
    EXPECT_EQ(texts(t, 8), (V{"", "", "", ""}));
    EXPECT_EQ(texts(t, 9), (V{"", "JUMLAH", "-", "250"}));
    EXPECT_TRUE(t.rows[9][3].stored_number);

    // Three blank rows are still a spacer; four part the tables.
    const std::string head =
        row_of(1, str("A1", "Uraian") + str("B1", "Pagu")) + row_of(2, str("A2", "x") + num("B2", "1"));
    std::vector<DocumentTable> u =
        tables_of("<sheetData>" + head + row_of(6, str("A6", "y") + num("B6", "2")) + "</sheetData>");
    ASSERT_EQ(u.size(), 1u);
    EXPECT_EQ(u[0].where, "sheet 'Sheet1' A1:B6 (2 blocks joined across blank rows)");
    u = tables_of("<sheetData>" + head + row_of(7, str("A7", "y") + num("B7", "2")) + "</sheetData>");
    ASSERT_EQ(u.size(), 2u);
    EXPECT_EQ(u[0].where, "sheet 'Sheet1' A1:B2");
    EXPECT_EQ(u[1].where, "sheet 'Sheet1' A7:B7");
}

TEST(Xlsx, BlankRowBetweenTwoTables) {
    // Below a blank row, a block with a header of its own (text in more than half its columns, no
    // figure), one with a caption in the first column, one reaching right of the table above, and
    // text alone: each a table of its own (or, the text, the caption of the next), never a part.
    const std::string first =
        row_of(1, str("A1", "No") + str("B1", "Program") + str("C1", "Pagu") + str("D1", "Realisasi") +
                      str("E1", "%")) +
        row_of(2, num("A2", "1") + str("B2", "P1") + num("C2", "10") + num("D2", "9") + num("E2", "0.9"));
    // A header of three columns under one of five; the years of a header stored as numbers.
    std::vector<DocumentTable> t = tables_of(
        "<sheetData>" + first + row_of(4, str("A4", "Indikator") + num("B4", "2018") + num("C4", "2019")) +
        row_of(5, str("A5", "Persentase") + num("B5", "90") + num("C5", "92.5")) + "</sheetData>");
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].where, "sheet 'Sheet1' A1:E2");
    EXPECT_EQ(t[1].where, "sheet 'Sheet1' A4:C5");
    EXPECT_EQ(t[1].caption, "");
    // A caption in the first column, then a table: the caption is the second table's.
    t = tables_of("<sheetData>" + first + row_of(4, str("A4", "Tabel 2")) +
                  row_of(5, num("A5", "1") + str("B5", "P2") + num("C5", "20")) + "</sheetData>");
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].where, "sheet 'Sheet1' A1:E2");
    EXPECT_EQ(t[1].where, "sheet 'Sheet1' A5:C5");
    EXPECT_EQ(t[1].caption, "Tabel 2");
    // The same caption merged across the table, a blank row between it and its table.
    t = tables_of("<sheetData>" + first + row_of(4, str("A4", "Tabel 2")) +
                  row_of(6, num("A6", "1") + str("B6", "P2") + num("C6", "20")) +
                  "</sheetData><mergeCells><mergeCell ref=\"A4:E4\"/></mergeCells>");
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[0].where, "sheet 'Sheet1' A1:E2");
    EXPECT_EQ(t[1].where, "sheet 'Sheet1' A6:C6");
    EXPECT_EQ(t[1].caption, "Tabel 2");
    // A block of figures reaching one column right of the table above.
    t = tables_of("<sheetData>" + first + row_of(4, num("B4", "1") + num("F4", "2")) + "</sheetData>");
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[1].where, "sheet 'Sheet1' B4:F4");
    // A note below a blank row is not the table's; nothing follows it, so it is nothing's caption.
    t = tables_of("<sheetData>" + first + row_of(4, str("B4", "Sumber: DPA")) + "</sheetData>");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].where, "sheet 'Sheet1' A1:E2");
    // A header merged over columns counts them: "Anggaran" over C:D and "Uraian" fill three of the
    // four columns of their block.
    t = tables_of("<sheetData>" + first + row_of(4, str("B4", "Uraian") + str("C4", "Anggaran")) +
                  row_of(5, str("B5", "P3") + num("C5", "5") + num("D5", "4") + num("E5", "0.8")) +
                  "</sheetData><mergeCells><mergeCell ref=\"C4:D4\"/></mergeCells>");
    ASSERT_EQ(t.size(), 2u);
    EXPECT_EQ(t[1].where, "sheet 'Sheet1' B4:E5");
    // Without the merge, two text cells of four are no header: the block is the table's.
    t = tables_of("<sheetData>" + first + row_of(4, str("B4", "Uraian") + str("C4", "Anggaran")) +
                  row_of(5, str("B5", "P3") + num("C5", "5") + num("D5", "4") + num("E5", "0.8")) +
                  "</sheetData>");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].where, "sheet 'Sheet1' A1:E5 (2 blocks joined across blank rows)");
}

TEST(Xlsx, CaptionOverSeveralRows) {
    // A letterhead, then a caption printed over three rows from its "Tabel" line (as LibreOffice
    // writes a caption broken by line breaks): the lines from that one on, joined by line breaks.
    const std::string table =
        row_of(6, str("A6", "No") + str("B6", "Uraian")) + row_of(7, num("A7", "1") + str("B7", "x"));
    std::vector<DocumentTable> t =
        tables_of("<sheetData>" + row_of(1, str("A1", "PEMERINTAH KABUPATEN CONTOH")) +
                  row_of(3, str("A3", " Tabel 3.1 ")) + row_of(4, str("A4", "Capaian Kinerja")) +
                  row_of(5, str("A5", "Dinas Sosial Tahun 2018")) + table + "</sheetData>");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].caption, "Tabel 3.1\nCapaian Kinerja\nDinas Sosial Tahun 2018");
    // "Tabelaris" is no caption word: the last line, as before.
    t = tables_of("<sheetData>" + row_of(4, str("A4", "Tabelaris")) + row_of(5, str("A5", "Lampiran 3")) +
                  table + "</sheetData>");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].caption, "Lampiran 3");
    // Lines past 4096 bytes from the "Tabel" line are no caption: the last line is.
    t = tables_of("<sheetData>" + row_of(3, str("A3", "Tab. 4")) +
                  row_of(4, str("A4", std::string(4100, 'x'))) + row_of(5, str("A5", "Tahun 2019")) + table +
                  "</sheetData>");
    ASSERT_EQ(t.size(), 1u);
    EXPECT_EQ(t[0].caption, "Tahun 2019");
}

TEST(Xlsx, CaptionsAndTextRows) {
    // A title over two lines (the last is the caption), notes right below a table (part of it),
    // a caption merged over two rows, and sheets of text only.
    const std::string sheet = R"(<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>PEMERINTAH KABUPATEN CONTOH</t></is></c></row>
<row r="2"><c r="C2" t="inlineStr"><is><t>  LAMPIRAN 3  </t></is></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c><c r="B3" t="inlineStr"><is><t>y</t></is></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>Sumber: DPA</t></is></c></row>
<row r="6"><c r="A6" t="inlineStr"><is><t>Tabel 4</t></is></c></row>
<row r="8"><c r="A8" t="inlineStr"><is><t>p</t></is></c><c r="B8" t="inlineStr"><is><t>q</t></is></c></row>
</sheetData><mergeCells><mergeCell ref="A6:D7"/></mergeCells>)";
    const std::vector<DocumentTable> tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables[0].caption, "LAMPIRAN 3");
    EXPECT_EQ(tables[0].where, "sheet 'Sheet1' A3:B4");
    EXPECT_EQ(texts(tables[0], 1), (V{"Sumber: DPA", ""}));
    EXPECT_EQ(tables[1].caption, "Tabel 4");
    EXPECT_EQ(tables[1].where, "sheet 'Sheet1' A8:B8");
    const std::vector<DocumentTable> none = tables_of(
        R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>catatan</t></is></c></row></sheetData>)");
    EXPECT_TRUE(none.empty());
    EXPECT_TRUE(tables_of("<sheetData/>").empty());
    EXPECT_TRUE(tables_of("").empty());
}

TEST(Xlsx, EscapesAndEmptyValues) {
    // Excel's _xHHHH_ escapes: a carriage return, an escaped underscore, a non-ASCII letter;
    // a NUL and a lone surrogate stay as written. An empty <v> is no value.
    const std::vector<DocumentTable> tables = read_xlsx_tables(
        xlsx({{"S", R"(<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>)"
                    R"(<c r="B1" t="inlineStr"><is><t>a_x0000_b_xD800_c_x</t></is></c>)"
                    R"(<c r="C1" t="str"><f>"x"</f><v>_x00E9_t_x00E9_</v></c><c r="D1"><v></v></c>)"
                    R"(<c r="E1" t="s"><v/></c></row></sheetData>)"}},
             "<si><t>Anggaran_x000D_\n(Rp) _x005F_x000D_</t></si>"),
        "t.xlsx");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(texts(tables[0], 0),
              (V{"Anggaran\r\n(Rp) _x000D_", "a_x0000_b_xD800_c_x", "\xC3\xA9t\xC3\xA9"}));
}

TEST(Xlsx, SheetsInWorkbookOrder) {
    const std::string a =
        R"(<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>)";
    const std::string b =
        R"(<sheetData><row r="1"><c r="A1"><v>3</v></c><c r="B1"><v>4</v></c></row></sheetData>)";
    const std::vector<DocumentTable> tables =
        read_xlsx_tables(xlsx({{"Pertama", a}, {"Kedua's", b}}), "t.xlsx");
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables[0].where, "sheet 'Pertama' A1:B1");
    EXPECT_EQ(texts(tables[0], 0), (V{"1", "2"}));
    EXPECT_EQ(tables[1].where, "sheet 'Kedua''s' A1:B1");
    EXPECT_EQ(texts(tables[1], 0), (V{"3", "4"}));
}

TEST(Xlsx, FarReferencesAllocateNoGiantGrid) {
    // One cell at the sheet's last position: a grid of one, not of the whole sheet.
    std::vector<DocumentTable> tables = tables_of(
        R"(<sheetData><row r="1048576"><c r="XFD1048576"><v>7</v></c><c r="XFC1048576"><v>6</v></c>)"
        R"(</row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>)");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].where, "sheet 'Sheet1' XFC1048576:XFD1048576");
    EXPECT_EQ(texts(tables[0], 0), (V{"6", "7"}));
    // A merge over whole columns, its origin holding text: clipped to the rows that hold data.
    tables = tables_of(R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c>)"
                       R"(<c r="B1" t="inlineStr"><is><t>Uraian</t></is></c></row>)"
                       R"(<row r="2"><c r="B2"><v>5</v></c></row></sheetData>)"
                       R"(<mergeCells><mergeCell ref="A1:A1048576"/></mergeCells>)");
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].where, "sheet 'Sheet1' A1:B2");
    EXPECT_EQ(tables[0].rows[0][0].row_span, 2u);
    // Two cells a whole row apart: 16384 positions, bounded by max_cells before allocating.
    ReadLimits limits;
    limits.max_cells = 1000;
    expect_error(xlsx({{"S", R"(<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>)"
                             R"(</sheetData>)"}}),
                 "sheet 'S' A1:XFD1", "the tables have more than 1000 grid positions; the limit is 1000",
                 limits);
}

TEST(Xlsx, WrittenByOpenpyxl) {
    const std::string path = std::string(KINERJA_TEST_DATA_DIR) + "/xlsx/lakip-annex.xlsx";
    const std::vector<DocumentTable> tables = read_xlsx_tables(path);
    ASSERT_EQ(tables.size(), 2u);
    const DocumentTable& t = tables[0];
    EXPECT_EQ(t.source, path);
    EXPECT_EQ(t.where, "sheet 'Lampiran 2' A3:F6");
    EXPECT_EQ(t.caption, "Lampiran 2. Realisasi Anggaran Tahun 2019");
    ASSERT_EQ(t.rows.size(), 4u);
    EXPECT_EQ(texts(t, 0), (V{"No", "Program/Kegiatan", "Anggaran (Rp)", "<covered>", "Sisa", "%"}));
    EXPECT_EQ(texts(t, 1), (V{"<covered>", "<covered>", "Pagu", "Realisasi", "<covered>", "<covered>"}));
    EXPECT_EQ(texts(t, 2), (V{"1", "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN", "5445859500",
                              "5036537515.36", "409321984.64", "0.9248"}));
    EXPECT_EQ(texts(t, 3), (V{"a.", "Penyediaan jasa surat menyurat", "1.085.645.000", "", "", ""}));
    EXPECT_EQ(t.rows[2][2].number_format, "#,##0");
    EXPECT_EQ(t.rows[2][4].number_format, "#,##0.00");
    EXPECT_TRUE(t.rows[2][4].stored_number);
    EXPECT_EQ(t.rows[2][5].number_format, "0.00%");
    EXPECT_FALSE(t.rows[3][2].stored_number);
    EXPECT_TRUE(t.rows[0][0].bold);
    EXPECT_TRUE(t.rows[2][1].bold);
    EXPECT_EQ(t.rows[3][1].indent, 2);
    EXPECT_EQ(t.rows[0][0].row_span, 2u);
    EXPECT_EQ(t.rows[0][2].col_span, 2u);
    const DocumentTable& u = tables[1];
    EXPECT_EQ(u.where, "sheet 'Lampiran 2' A9:C10");
    EXPECT_EQ(u.caption, "Tabel 2. Capaian Kinerja");
    EXPECT_EQ(texts(u, 1), (V{"Persentase layanan", "90", "92.5"}));
}

// --- bad files ---

TEST(XlsxBadFiles, NotAWorkbook) {
    expect_error("", "", "is not a ZIP archive");
    expect_error("No;Uraian\n1;x\n", "", "is not a ZIP archive");
    expect_error(zip_of({{"word/document.xml", "<w:document/>"}}), "", "without xl/workbook.xml");
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(504, '\0');
    expect_error(ole, "", "password-protected");
    const std::string wb = "<workbook " + ns + "><sheets/></workbook>";
    expect_error(zip_of({{"xl/workbook.xml", wb, ZIP_EM_AES_256}}), "xl/workbook.xml", "encrypted");
}

TEST(XlsxBadFiles, BrokenParts) {
    // A sheet whose relationship is missing, and a sheet part missing from the archive.
    expect_error(
        zip_of({{"xl/workbook.xml",
                 "<workbook " + ns + R"(><sheets><sheet name="A" r:id="rId9"/></sheets></workbook>)"},
                {"xl/_rels/workbook.xml.rels", "<Relationships/>"}}),
        "sheet 'A'", "relationship");
    expect_error(
        zip_of({{"xl/workbook.xml",
                 "<workbook " + ns + R"(><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>)"}}),
        "xl/worksheets/sheet1.xml", "has no entry");
    // A shared string that is not there, a number that is not one, a reference off the sheet.
    expect_error(xlsx({{"S", R"(<sheetData><row r="1"><c r="B1" t="s"><v>3</v></c></row></sheetData>)"}},
                      "<si><t>a</t></si>"),
                 "sheet 'S' B1", "the shared string '3' is not in the workbook's 1 shared strings");
    expect_error(xlsx({{"S", R"(<sheetData><row r="1"><c r="A1"><v>1,5</v></c></row></sheetData>)"}}),
                 "sheet 'S' A1", "a number cell whose value '1,5' is not a number");
    expect_error(xlsx({{"S", R"(<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>)"}}),
                 "sheet 'S'", "the reference 'XFE1' is not a cell of a sheet");
    expect_error(xlsx({{"S", R"(<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>)"}}),
                 "sheet 'S'", "the reference '1048577' is not a cell of a sheet");
    expect_error(xlsx({{"S", R"(<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1</v></c></row>)"
                             R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c></row>)"
                             R"(</sheetData><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="B1:B2"/>)"
                             R"(</mergeCells>)"}}),
                 "sheet 'S' B1", "merged ranges overlap");
}

TEST(XlsxBadFiles, BillionLaughsAndDeepNesting) {
    const std::string lol =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol2 "
        "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n<sst><si><t>&lol2;</t></si></sst>";
    expect_error(xlsx({{"S", ""}}, "", "", {{"xl/sharedStrings.xml", lol}}), "xl/sharedStrings.xml:2:1",
                 "a DTD");
    std::string deep = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>";
    for (int i = 0; i < 100; ++i) deep += "<r>";
    for (int i = 0; i < 100; ++i) deep += "</r>";
    try {
        (void)read_xlsx_tables(xlsx({{"S", deep + "</is></c></row></sheetData>"}}), "bad.xlsx");
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.path().rfind("xl/worksheets/sheet1.xml:", 0), 0u) << e.what();
        EXPECT_NE(e.reason().find("nested deeper than 64 levels"), std::string::npos) << e.what();
    }
}

TEST(XlsxBadFiles, Limits) {
    const auto row = [](int r) {
        const std::string n = std::to_string(r);
        return "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c><c r=\"B" + n +
               "\"><v>1</v></c></row>";
    };
    ReadLimits limits;
    limits.max_rows = 2;
    expect_error(xlsx({{"S", "<sheetData>" + row(1) + row(2) + row(3) + "</sheetData>"}}), "sheet 'S' A1:B3",
                 "a table of more than 2 rows; the limit is 2 (raise it with --max-rows", limits);
    // Four blank rows apart: tables of their own (docs/documents.md, "Tables in a sheet").
    expect_error(xlsx({{"S", "<sheetData>" + row(1) + row(6) + row(11) + "</sheetData>"}}),
                 "sheet 'S' A11:B11", "more than 2 tables", limits);
    limits = {};
    limits.max_cell_bytes = 10;
    expect_error(
        xlsx({{"S", R"(<sheetData><row r="1"><c r="C1" t="inlineStr"><is><t>12345678901</t></is></c>)"
                    R"(</row></sheetData>)"}}),
        "sheet 'S' C1", "longer than the cell limit; the limit is 10 (raise it with --max-cell-bytes",
        limits);
    expect_error(xlsx({{"S", ""}}, "<si><t>12345678901</t></si>"), "xl/sharedStrings.xml string 0",
                 "longer than the cell limit", limits);
    limits = {};
    limits.max_cells = 5;
    expect_error(xlsx({{"S", "<sheetData>" + row(1) + row(2) + "</sheetData>"},
                       {"T", "<sheetData>" + row(1) + "</sheetData>"}}),
                 "sheet 'T' A1:B1", "more than 5 grid positions", limits);
    // The sparse cells of a sheet are bounded too, before any grid.
    limits.max_cells = 3;
    expect_error(xlsx({{"S", "<sheetData>" + row(1) + row(3) + "</sheetData>"}}), "sheet 'S' B3",
                 "a sheet of more than 3 cells", limits);
    // Too many entries; an entry that inflates past its limit (a ZIP bomb).
    limits = {};
    limits.max_zip_entries = 2;
    expect_error(xlsx({{"S", ""}}), "", "a ZIP archive of 3 entries has more than the entry limit", limits);
    limits = {};
    limits.max_zip_entry_bytes = 1 << 20;
    limits.max_cell_bytes = 8 << 20;
    const std::string big = R"(<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>)" +
                            std::string(3 << 20, 'x') + "</t></is></c></row></sheetData>";
    expect_error(xlsx({{"S", big}}), "xl/worksheets/sheet1.xml", "inflates", limits);
}

TEST(XlsxBadFiles, FilesOnDisk) {
    try {
        (void)read_xlsx_tables("/dev/zero");
        FAIL();
    } catch (const data_error& e) {
        EXPECT_EQ(std::string(e.what()), "/dev/zero: is not a ZIP archive (a .docx or .xlsx file is one)");
    }
    try {
        (void)read_xlsx_tables(std::string(KINERJA_TEST_DATA_DIR) + "/nothing-here.xlsx");
        FAIL();
    } catch (const data_error& e) {
        EXPECT_NE(std::string(e.what()).find("nothing-here.xlsx: cannot open the file"), std::string::npos);
    }
}

}  // namespace

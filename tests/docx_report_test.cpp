// The report as a Word document, read back the way kinerja reads any .docx (read_docx_tables, the
// table layout reading, the reviu) and as the XML a word processor reads. Expected figures are the
// seed's as printed (tests/data/golden/report-2019.csv, checked against an independent oracle) or
// worked out by hand; the cells are compared with report_tables, which the golden files pin down.

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <ctime>
#include <kinerja/io.hpp>
#include <kinerja/report.hpp>
#include <kinerja/reviu.hpp>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "document_test_support.hpp"
#include "report/detail/zip_writer.hpp"
#include "small_plan.hpp"
#include "zip_fixture.hpp"

namespace {

using namespace kinerja;
using kinerja::testing::small_plan;
using kinerja::testing::texts;

using Entry = kinerja::testing::Unzipped;
using kinerja::testing::unzip;

const std::string& seed_docx() {
    static const std::string bytes =
        write_report_docx(load_renstra(KINERJA_EXAMPLES_DIR "/lakip-2019.json"), 2019);
    return bytes;
}

const std::vector<ReportTable>& seed_tables() {
    static const std::vector<ReportTable> tables =
        report_tables(load_renstra(KINERJA_EXAMPLES_DIR "/lakip-2019.json"), 2019);
    return tables;
}

std::string document_xml(const std::string& docx) { return unzip(docx).at("word/document.xml").bytes; }

// The number of times \p needle occurs in \p s.
std::size_t count(const std::string& s, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = s.find(needle); at != std::string::npos; at = s.find(needle, at + needle.size()))
        ++n;
    return n;
}

// The findings of the reviu on the tables of \p docx as `kinerja check` reads them: the layout
// reading, then check_table on each table it classified.
std::vector<Finding> check_docx(const std::string& docx, int year) {
    const DocumentReport doc =
        read_document_report(read_docx_tables(docx, "lakip.docx"), "lakip.docx", TableLayoutOptions{year});
    std::vector<Finding> out;
    for (const PrintedTable& t : doc.printed.tables) {
        const std::vector<Finding> found = check_table(t);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

std::vector<Finding> errors(const std::vector<Finding>& findings) {
    std::vector<Finding> out;
    for (const Finding& f : findings)
        if (f.severity == Severity::error) out.push_back(f);
    return out;
}

// Every table of the report is one Word table, captioned "Tabel N <title>", whose grid is the
// heading row and then the rows: label and cells, text for text, with no merge.
TEST(DocxReport, EveryTableReadsBackCellForCell) {
    const std::vector<DocumentTable> read = read_docx_tables(seed_docx(), "lakip.docx");
    const std::vector<ReportTable>& tables = seed_tables();
    ASSERT_EQ(read.size(), tables.size());
    ASSERT_EQ(read.size(), 6u);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const ReportTable& t = tables[i];
        const DocumentTable& d = read[i];
        SCOPED_TRACE(t.id);
        EXPECT_EQ(d.caption, "Tabel " + std::to_string(i + 1) + " " + t.title);
        EXPECT_EQ(d.depth, 0);
        ASSERT_EQ(d.rows.size(), t.rows.size() + 1);
        EXPECT_EQ(texts(d, 0), t.columns);
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            std::vector<std::string> expected{t.rows[r].label};
            expected.insert(expected.end(), t.rows[r].cells.begin(), t.rows[r].cells.end());
            EXPECT_EQ(texts(d, r + 1), expected) << "row " << r + 1;
        }
    }
}

// Tabel 3.2 of the seed (the report's "anggaran", the fifth table): the total as the golden CSV
// prints it, 7.427.331.499,00 - 6.882.166.420,36 = 545.165.078,64 and 6.882.166.420,36 /
// 7.427.331.499 = 92,6599.. % -> 92,66 (half-up), on a bold row; a kegiatan (level 3) is neither
// bold nor flush left: two levels of 284 twips (0,5 cm).
TEST(DocxReport, FiguresAsPrintedBoldTotalsIndentedLevels) {
    const DocumentTable t = read_docx_tables(seed_docx(), "lakip.docx").at(4);
    ASSERT_EQ(t.caption, "Tabel 5 Anggaran dan Realisasi Belanja 2019");
    const std::vector<GridCell>& total = t.rows.back();
    EXPECT_EQ(texts(t, t.rows.size() - 1),
              (std::vector<std::string>{"JUMLAH", "7.427.331.499,00", "6.882.166.420,36", "545.165.078,64",
                                        "92,66"}));
    for (const GridCell& c : total) EXPECT_TRUE(c.bold) << c.text;
    EXPECT_EQ(total[0].indent, 0);
    bool seen = false;
    for (const std::vector<GridCell>& row : t.rows) {
        if (row[0].text != "Pelayanan Administrasi dan Operasional Perkantoran") continue;
        seen = true;
        EXPECT_EQ(row[0].indent, 568);
        for (const GridCell& c : row) EXPECT_FALSE(c.bold) << c.text;
        EXPECT_EQ(row[1].text, "848.146.988,00");
    }
    EXPECT_TRUE(seen);
}

// The heading row of each table repeats on every page (w:tblHeader on its first row only), the
// table has borders, and every figure is right-aligned while the labels are not.
TEST(DocxReport, RepeatingHeadingBordersRightAlignedFigures) {
    const std::string xml = document_xml(seed_docx());
    EXPECT_EQ(count(xml, "<w:tbl>"), 6u);
    EXPECT_EQ(count(xml, "<w:tblHeader/>"), 6u);
    std::size_t at = 0;
    while ((at = xml.find("<w:tbl>", at)) != std::string::npos) {
        const std::size_t first_row = xml.find("<w:tr>", at);
        const std::string heading_row = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
        EXPECT_EQ(xml.compare(first_row, heading_row.size(), heading_row), 0);
        const std::size_t borders = xml.find("<w:tblBorders>", at);
        EXPECT_LT(borders, first_row);
        for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
            EXPECT_NE(xml.find(std::string("<w:") + side + " w:val=\"single\"", borders), std::string::npos);
        ++at;
    }
    const auto paragraph_of = [&](const std::string& text) {
        const std::size_t t = xml.find(">" + text + "</w:t>");
        if (t == std::string::npos) return std::string();
        const std::size_t p = xml.rfind("<w:p>", t);
        return xml.substr(p, t - p);
    };
    EXPECT_NE(paragraph_of("545.165.078,64").find("<w:jc w:val=\"right\"/>"), std::string::npos);
    EXPECT_NE(paragraph_of("92,66").find("<w:jc w:val=\"right\"/>"), std::string::npos);
    ASSERT_NE(paragraph_of("Sangat Baik"), "");
    EXPECT_EQ(paragraph_of("Sangat Baik").find("<w:jc"), std::string::npos);  // a predikat is text
    EXPECT_EQ(paragraph_of("JUMLAH").find("<w:jc"), std::string::npos);
}

// One page section per table. Portrait A4 holds 11906 - 2 x 1134 = 9638 twips of table; the
// pps table's nine columns beside its label need more (each at least its heading's longest word,
// "Realisasi" 9 x 150 + 216), and so do the anggaran table's three amounts of 16 characters
// (12 digits x 140 + 4 separators x 76 + 216 = 2200 each, with the % column and a label of 3402);
// the other tables fit.
TEST(DocxReport, WideTablesOnLandscapePages) {
    const std::string xml = document_xml(seed_docx());
    const std::regex section(
        "<w:sectPr><w:pgSz w:w=\"([0-9]+)\" w:h=\"([0-9]+)\"( w:orient=\"landscape\")?/>");
    std::vector<std::string> pages;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), section); it != std::sregex_iterator(); ++it)
        pages.push_back((*it)[1].str() + "x" + (*it)[2].str() + ((*it)[3].matched ? " landscape" : ""));
    EXPECT_EQ(pages, (std::vector<std::string>{"11906x16838", "11906x16838", "16838x11906 landscape",
                                               "11906x16838", "16838x11906 landscape", "11906x16838"}));
    // The body's last element is the last section's properties.
    EXPECT_NE(xml.find("</w:sectPr></w:body>"), std::string::npos);
}

// The notes follow their table as paragraphs, before the next caption.
TEST(DocxReport, NotesBelowTheTable) {
    const std::string xml = document_xml(seed_docx());
    const std::size_t table = xml.find("Anggaran dan Realisasi Belanja 2019");
    const std::size_t end = xml.find("</w:tbl>", table);
    const std::size_t note = xml.find("Sisa = anggaran - realisasi; % = realisasi / anggaran x 100", table);
    const std::size_t next = xml.find("Efisiensi 2019", table);
    EXPECT_LT(end, note);
    EXPECT_LT(note, next);
    EXPECT_EQ(xml.rfind("<w:pStyle w:val=\"TableNote\"/>", note) > end, true);
}

// `kinerja check` on the document: every table it classifies checks without an error. The Perjanjian
// Kinerja anggaran table (Tabel 2) is laid out by spending class as the anggaran table is: its JUMLAH
// 7.427.331.499 is 2.098.618.011 + 5.328.713.488, the two classes, and BELANJA LANGSUNG's 5.328.713.488 is
// 848.146.988 + 795.556.000 + 4.610.000 + 1.441.514.000 + 999.597.500 + 1.239.289.000, its programs.
// (It printed the programs beside the classes once, and failed its own reviu.) Every figure of the
// measurement, capaian, anggaran and efficiency tables is read as printed and adds up.
TEST(DocxReport, CheckOnTheDocumentFindsNoError) {
    const std::vector<Finding> found = errors(check_docx(seed_docx(), 2019));
    EXPECT_TRUE(found.empty()) << found.at(0).table << " " << found.at(0).row << ": " << found.at(0).message;
    // The tables read and their roles: the anggaran table's four figure columns are all checked.
    const DocumentReport doc = read_document_report(read_docx_tables(seed_docx(), "lakip.docx"), "lakip.docx",
                                                    TableLayoutOptions{2019});
    ASSERT_EQ(doc.found.size(), 6u);
    EXPECT_EQ(doc.found[4].id, "tabel-5");
    std::vector<std::string> roles;
    for (const PrintedColumn& c : doc.found[4].columns) roles.push_back(std::string(to_string(c.role)));
    EXPECT_EQ(roles, (std::vector<std::string>{"anggaran", "realisasi", "sisa", "persen"}));
}

// A figure changed in the written XML (the total's sisa 545.165.078,64 printed 545.165.078,46) is
// flagged where it stands: 7.427.331.499,00 - 6.882.166.420,36 is 545.165.078,64.
TEST(DocxReport, CheckFlagsAFigureCorruptedInTheXml) {
    std::map<std::string, Entry> parts = unzip(seed_docx());
    std::string& xml = parts.at("word/document.xml").bytes;
    const std::string figure = ">545.165.078,64<";
    ASSERT_EQ(count(xml, figure), 1u);
    xml.replace(xml.find(figure), figure.size(), ">545.165.078,46<");
    std::vector<detail::ZipEntry> entries;
    for (const auto& [name, entry] : parts) entries.push_back({name, entry.bytes});
    const std::vector<Finding> found = errors(check_docx(detail::write_zip(entries), 2019));
    bool flagged = false;
    for (const Finding& f : found)
        if (f.table == "tabel-5" && f.row == "JUMLAH" && f.column == "sisa" &&
            f.printed == "545.165.078,46") {
            flagged = true;
            EXPECT_EQ(f.expected, "545.165.078,64") << f.message;
        }
    EXPECT_TRUE(flagged);
    EXPECT_EQ(found.size(), 1u);  // only the figure changed (see the test before)
}

// Names are text: escaped, never markup, and what XML 1.0 cannot hold is U+FFFD. A line break
// (LF, CR, CRLF) is a Word line break and a tab a Word tab, which read back as '\n' and '\t'.
TEST(DocxReport, HostileLabelsAreEscapedText) {
    Renstra plan = small_plan();
    const std::string fffd = "\xEF\xBF\xBD";
    plan.body.name = "Dinas <b>&amp; \"Contoh\"";
    for (Node& n : plan.nodes) {
        if (n.id == "k1") n.name = "a < b & c > d ]]> </w:t></w:r></w:p>";
        if (n.id == "k2") n.name = std::string("nul\0bel\x07vt\x0b", 11) + "esc\x1b end";
        if (n.id == "p2") n.name = "line\nfeed\r\ncrlf\rcr\ttab";
        if (n.id == "k3") n.name = "bad \xff utf8 \xC0\xAF overlong \xED\xA0\x80 surrogate \xEF\xBF\xBE";
    }
    const std::string docx = write_report_docx(plan, 2024);
    const std::map<std::string, Entry> parts = unzip(docx);
    const std::string& xml = parts.at("word/document.xml").bytes;
    EXPECT_EQ(xml.find("<b>"), std::string::npos);
    EXPECT_NE(xml.find("Dinas &lt;b&gt;&amp;amp; &quot;Contoh&quot;"), std::string::npos);
    EXPECT_NE(parts.at("docProps/core.xml").bytes.find("<dc:title>Laporan Kinerja 2024: Dinas &lt;b&gt;"),
              std::string::npos);
    // The pk-anggaran table (the second): by class, k1 and k2 under p1, then p2 and k3.
    const DocumentTable t = read_docx_tables(docx, "hostile.docx").at(1);
    std::map<std::string, std::string> labels;  // by the row's first characters
    for (std::size_t r = 1; r < t.rows.size(); ++r)
        labels[t.rows[r][0].text.substr(0, 3)] = t.rows[r][0].text;
    EXPECT_EQ(labels.at("a <"), "a < b & c > d ]]> </w:t></w:r></w:p>");
    EXPECT_EQ(labels.at("nul"), "nul" + fffd + "bel" + fffd + "vt" + fffd + "esc" + fffd + " end");
    EXPECT_EQ(labels.at("lin"), "line\nfeed\ncrlf\ncr\ttab");
    EXPECT_EQ(labels.at("bad"), "bad " + fffd + " utf8 " + fffd + fffd + " overlong " + fffd + fffd + fffd +
                                    " surrogate " + fffd);
    // Accented and other characters XML holds pass as they are.
    plan.nodes[5].name = "Pemberdayaan Fakir Miskin \xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";
    const DocumentTable u = read_docx_tables(write_report_docx(plan, 2024), "u.docx").at(1);
    EXPECT_TRUE(std::any_of(u.rows.begin(), u.rows.end(),
                            [&](const auto& row) { return row.at(0).text == plan.nodes[5].name; }));
}

// The same plan gives the same bytes: every entry dated 1980-01-01 00:00 local time, whenever it
// is written, so a golden file can be compared byte for byte.
TEST(DocxReport, DeterministicBytes) {
    const Renstra plan = small_plan();
    const std::string a = write_report_docx(plan, 2024);
    EXPECT_EQ(a, write_report_docx(plan, 2024));
    const std::map<std::string, Entry> parts = unzip(a);
    EXPECT_EQ(parts.size(), 6u);
    for (const auto& [name, entry] : parts) {
        std::tm local{};
        localtime_r(&entry.mtime, &local);
        EXPECT_EQ(local.tm_year + 1900, 1980) << name;
        EXPECT_EQ(local.tm_mon, 0) << name;
        EXPECT_EQ(local.tm_mday, 1) << name;
        EXPECT_EQ(local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec, 0) << name;
    }
    for (const char* part :
         {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml"})
        EXPECT_EQ(parts.count(part), 1u) << part;
}

// The archive writer on its own: entries in their order, each read back as written.
TEST(DocxReport, ZipWriterRoundTrip) {
    const std::string big(200000, 'x');
    const std::string bytes = detail::write_zip({{"b.txt", "second"}, {"a/one.xml", big}, {"empty", ""}});
    const std::map<std::string, Entry> parts = unzip(bytes);
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts.at("b.txt").bytes, "second");
    EXPECT_EQ(parts.at("a/one.xml").bytes, big);
    EXPECT_EQ(parts.at("empty").bytes, "");
    EXPECT_LT(bytes.size(), big.size() / 10);  // deflated
    EXPECT_EQ(bytes.compare(0, 4, "PK\x03\x04"), 0);
}

}  // namespace

// Reading a document's tables for the reviu (kinerja/io/document_report.hpp): every table found is
// either a printed table with a unique id or a reason; none is dropped.
#include <gtest/gtest.h>

#include <kinerja/io.hpp>

namespace {

using namespace kinerja;

DocumentTable grid(std::string where, std::string caption, std::vector<std::vector<std::string>> rows) {
    DocumentTable t;
    t.source = "lakip.docx";
    t.where = std::move(where);
    t.caption = std::move(caption);
    for (const auto& r : rows) {
        std::vector<GridCell> cells;
        for (const auto& text : r) {
            GridCell c;
            c.text = text;
            cells.push_back(c);
        }
        t.rows.push_back(std::move(cells));
    }
    return t;
}

TEST(DocumentReport, EveryTableIsReadOrGivesItsReason) {
    const std::vector<std::vector<std::string>> budget{{"Uraian", "Anggaran", "Realisasi"},
                                                       {"Kegiatan A", "1.000.000,00", "900.000,00"}};
    // A table continued under the same caption, and a table of words between them.
    const std::vector<DocumentTable> tables{
        grid("table 1", "Tabel 3.2 Realisasi Tahun 2019", budget),
        grid("table 2", "Tabel 3.3 Sasaran",
             {{"Sasaran", "Keterangan"}, {"Meningkatnya kesejahteraan", "-"}}),
        grid("table 3", "Tabel 3.2 Realisasi Tahun 2019", budget)};
    const DocumentReport doc = read_document_report(tables, "lakip.docx");
    EXPECT_EQ(doc.source, "lakip.docx");
    ASSERT_EQ(doc.found.size(), 3u);
    ASSERT_EQ(doc.printed.tables.size(), 2u);
    EXPECT_EQ(doc.found[0].id, "tabel-3-2");
    EXPECT_EQ(doc.found[0].reason, "");
    EXPECT_EQ(doc.found[1].id, "");
    EXPECT_EQ(doc.found[1].where, "table 2");
    EXPECT_EQ(doc.found[1].caption, "Tabel 3.3 Sasaran");
    EXPECT_NE(doc.found[1].reason.find("no column the reviu can check"), std::string::npos)
        << doc.found[1].reason;
    // The second "Tabel 3.2" keeps its place under an id of its own, so validate() takes both.
    EXPECT_EQ(doc.found[2].id, "tabel-3-2-b");
    EXPECT_EQ(doc.printed.tables[1].id, "tabel-3-2-b");
    EXPECT_NO_THROW(validate(doc.printed, "lakip.docx"));
    ASSERT_EQ(doc.found[0].columns.size(), 2u);
    EXPECT_EQ(doc.found[0].columns[0].role, ColumnRole::anggaran);
    EXPECT_EQ(doc.found[0].columns[1].role, ColumnRole::realisasi);
    EXPECT_EQ(doc.printed.tables[0].year, 2019);
}

TEST(DocumentReport, WhichFilesAreDocuments) {
    EXPECT_TRUE(is_document_path("lakip.docx"));
    EXPECT_TRUE(is_document_path("/tmp/LAKIP 2019.DOCX"));
    EXPECT_TRUE(is_document_path("lampiran.xlsx"));
    EXPECT_TRUE(is_document_path("Lampiran.XLSX"));
    EXPECT_FALSE(is_document_path("lampiran.xls"));
    EXPECT_FALSE(is_document_path("lakip.doc"));
    EXPECT_FALSE(is_document_path("tables.csv"));
    EXPECT_FALSE(is_document_path("docx"));
}

}  // namespace

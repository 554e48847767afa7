// libFuzzer entry for read_xlsx_tables: any bytes give tables or a kinerja::error, never a crash, a
// hang or a huge allocation. An input starting with '<' is taken as the text of a worksheet and
// zipped first with a fixed workbook, shared strings and styles (ZIP checksums would otherwise
// stop most mutations at the archive), so both the archive reading and the sheet's cells, merges
// and tables are explored. What is read is a rectangular grid whose merges stay inside it, a stored
// number's text is a number; read again under tight limits, the same bytes give the same tables or
// an error.

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/io/xlsx.hpp>
#include <string>
#include <utility>
#include <vector>

#include "../zip_fixture.hpp"
#include "grid_check.hpp"

namespace {

const char* const workbook =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* const rels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(</Relationships>)";
const char* const strings =
    R"(<sst><si><t>Lampiran 2</t></si><si><t>No</t></si><si><r><t>Ur</t></r><r><t>aian</t></r></si>)"
    R"(<si><t>1.085.645.000</t></si></sst>)";
const char* const styles =
    R"(<styleSheet><numFmts><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>)"
    R"(<fonts><font/><font><b/></font></fonts><cellXfs><xf numFmtId="0" fontId="0"/>)"
    R"(<xf numFmtId="4" fontId="1"/><xf numFmtId="164" fontId="0"><alignment indent="2"/></xf>)"
    R"(<xf numFmtId="10" fontId="7"/></cellXfs></styleSheet>)";

std::string zipped(const std::string& sheet) {
    return kinerja::testing::zip_of({{"xl/workbook.xml", workbook},
                                     {"xl/_rels/workbook.xml.rels", rels},
                                     {"xl/sharedStrings.xml", strings},
                                     {"xl/styles.xml", styles},
                                     {"xl/worksheets/sheet1.xml", sheet}});
}

bool number_text(const std::string& s) {
    if (s.empty()) return false;
    for (const char c : s)
        if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E'))
            return false;
    return true;
}

void check(const std::vector<kinerja::DocumentTable>& tables) {
    for (const kinerja::DocumentTable& t : tables) {
        if (t.source != "fuzz.xlsx" || t.where.rfind("sheet '", 0) != 0 || t.depth != 0 || t.rows.empty())
            __builtin_trap();
        if (t.rows[0].empty()) __builtin_trap();
        check_grid(t);
        for (const auto& row : t.rows)
            for (const kinerja::GridCell& g : row) {
                if (g.stored_number && !number_text(g.text)) __builtin_trap();
                if (!g.stored_number && !g.number_format.empty()) __builtin_trap();
            }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    if (!bytes.empty() && bytes[0] == '<') bytes = zipped(bytes);
    kinerja::ReadLimits tight;
    tight.max_depth = 12;
    tight.max_rows = 4;
    tight.max_cell_bytes = 16;
    tight.max_cells = 20;
    tight.max_zip_entries = 8;
    tight.max_zip_entry_bytes = 4096;
    fuzz_document_reader(
        bytes,
        [](const std::string& b, const kinerja::ReadLimits& limits) {
            return kinerja::read_xlsx_tables(b, "fuzz.xlsx", limits);
        },
        check, tight);
    return 0;
}

// libFuzzer entry for read_docx_tables: any bytes give tables or a kinerja::error, never a crash, a
// hang or a huge allocation. An input starting with '<' is taken as the text of word/document.xml
// and zipped first (ZIP checksums would otherwise stop most mutations at the archive), so both the
// archive reading and the table walk are explored. What is read is a rectangular grid whose merges
// stay inside it; read again under tight limits, the same bytes give the same tables or an error.

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/io/docx.hpp>
#include <string>
#include <vector>

#include "../zip_fixture.hpp"
#include "grid_check.hpp"

namespace {

std::string zipped(const std::string& xml) { return kinerja::testing::zip_of({{"word/document.xml", xml}}); }

void check(const std::vector<kinerja::DocumentTable>& tables) {
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const kinerja::DocumentTable& t = tables[i];
        if (t.where != "table " + std::to_string(i + 1) || t.depth < 0 || t.source != "fuzz.docx")
            __builtin_trap();
        check_grid(t);
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
    tight.max_zip_entries = 4;
    tight.max_zip_entry_bytes = 4096;
    fuzz_document_reader(
        bytes,
        [](const std::string& b, const kinerja::ReadLimits& limits) {
            return kinerja::read_docx_tables(b, "fuzz.docx", limits);
        },
        check, tight);
    return 0;
}

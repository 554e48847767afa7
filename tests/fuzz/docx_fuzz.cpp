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

namespace {

std::string zipped(const std::string& xml) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
    if (!za) __builtin_trap();
    zip_source_keep(src);
    zip_source_t* s = zip_source_buffer(za, xml.data(), xml.size(), 0);
    if (zip_file_add(za, "word/document.xml", s, 0) < 0) __builtin_trap();
    if (zip_close(za) != 0) __builtin_trap();
    std::string out;
    if (zip_source_open(src) == 0) {
        char buf[4096];
        zip_int64_t n;
        while ((n = zip_source_read(src, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
        zip_source_close(src);
    }
    zip_source_free(src);
    zip_error_fini(&error);
    return out;
}

void check(const std::vector<kinerja::DocumentTable>& tables) {
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const kinerja::DocumentTable& t = tables[i];
        if (t.where != "table " + std::to_string(i + 1) || t.depth < 0 || t.source != "fuzz.docx")
            __builtin_trap();
        const std::size_t width = t.rows.empty() ? 0 : t.rows[0].size();
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            if (t.rows[r].size() != width) __builtin_trap();
            for (std::size_t c = 0; c < width; ++c) {
                const kinerja::GridCell& g = t.rows[r][c];
                if (g.row_span == 0 || g.col_span == 0) __builtin_trap();
                if (r + g.row_span > t.rows.size() || c + g.col_span > width) __builtin_trap();
                if (g.covered && (!g.text.empty() || g.row_span != 1 || g.col_span != 1)) __builtin_trap();
                for (std::size_t dr = 0; dr < g.row_span; ++dr)
                    for (std::size_t dc = 0; dc < g.col_span; ++dc)
                        if ((dr || dc) && !t.rows[r + dr][c + dc].covered) __builtin_trap();
            }
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    if (!bytes.empty() && bytes[0] == '<') bytes = zipped(bytes);
    bool read = false;
    std::vector<kinerja::DocumentTable> tables;
    try {
        tables = kinerja::read_docx_tables(bytes, "fuzz.docx");
        read = true;
        check(tables);
    } catch (const kinerja::error&) {
        // Refused with a located reason: what the reader is for.
    }
    kinerja::ReadLimits tight;
    tight.max_depth = 12;
    tight.max_rows = 4;
    tight.max_cell_bytes = 16;
    tight.max_cells = 20;
    tight.max_zip_entries = 4;
    tight.max_zip_entry_bytes = 4096;
    try {
        const std::vector<kinerja::DocumentTable> small =
            kinerja::read_docx_tables(bytes, "fuzz.docx", tight);
        if (!read) __builtin_trap();  // tighter limits never accept more
        if (small.size() != tables.size()) __builtin_trap();
        for (std::size_t i = 0; i < small.size(); ++i)
            if (small[i].rows.size() != tables[i].rows.size() || small[i].caption != tables[i].caption)
                __builtin_trap();
    } catch (const kinerja::error&) {
    }
    return 0;
}

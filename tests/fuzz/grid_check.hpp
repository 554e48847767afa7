#pragma once
// What every document reader must do, whatever the bytes: give tables or a kinerja::error, each grid
// rectangular, each merge inside it and covering exactly the positions marked covered, a covered
// position empty; and under tighter limits give the same tables or an error. A fuzzer traps otherwise.

#include <cstddef>
#include <kinerja/core/error.hpp>
#include <kinerja/io/document_table.hpp>
#include <kinerja/io/limits.hpp>
#include <string>
#include <vector>

/// Traps unless \p t's grid is rectangular and its merges are consistent.
inline void check_grid(const kinerja::DocumentTable& t) {
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

/// The fuzz body of a document reader: \p read(bytes, limits) gives tables or a kinerja::error; what
/// it gives passes \p check; read again under \p tight limits, the same bytes give the same tables
/// (rows, where, caption) or an error, never more than the default limits accept.
template <class Read, class Check>
void fuzz_document_reader(const std::string& bytes, Read&& read, Check&& check,
                          const kinerja::ReadLimits& tight) {
    bool accepted = false;
    std::vector<kinerja::DocumentTable> tables;
    try {
        tables = read(bytes, kinerja::ReadLimits{});
        accepted = true;
        check(tables);
    } catch (const kinerja::error&) {
        // Refused with a located reason: what the reader is for.
    }
    try {
        const std::vector<kinerja::DocumentTable> small = read(bytes, tight);
        if (!accepted) __builtin_trap();  // tighter limits never accept more
        if (small.size() != tables.size()) __builtin_trap();
        for (std::size_t i = 0; i < small.size(); ++i)
            if (small[i].rows.size() != tables[i].rows.size() || small[i].where != tables[i].where ||
                small[i].caption != tables[i].caption)
                __builtin_trap();
    } catch (const kinerja::error&) {
    }
}

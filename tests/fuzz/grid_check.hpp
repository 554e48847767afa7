#pragma once
// What every document reader's grid must be, whatever the bytes: rectangular, each merge inside it
// and covering exactly the positions marked covered, a covered position empty. A fuzzer traps
// otherwise.

#include <cstddef>
#include <kinerja/io/document_table.hpp>

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

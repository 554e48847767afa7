#pragma once
// What the .docx and .xlsx reader tests share: a grid row's texts, and the check that a reader
// refuses bytes with a data_error naming the source, the part and the reason.

#include <gtest/gtest.h>

#include <kinerja/core/error.hpp>
#include <kinerja/io/document_table.hpp>
#include <kinerja/io/limits.hpp>
#include <string>
#include <vector>

namespace kinerja::testing {

/// The texts of grid row \p row, "<covered>" for a position a merge covers.
inline std::vector<std::string> texts(const DocumentTable& t, std::size_t row) {
    std::vector<std::string> out;
    for (const GridCell& c : t.rows.at(row)) out.push_back(c.covered ? "<covered>" : c.text);
    return out;
}

/// Expects \p read(bytes, source, limits) to refuse with a data_error of \p source whose path is
/// \p path and whose reason contains \p reason.
template <class Read>
void expect_read_error(Read&& read, const std::string& bytes, const std::string& source,
                       const std::string& path, const std::string& reason, const ReadLimits& limits) {
    try {
        (void)read(bytes, source, limits);
        FAIL() << "accepted";
    } catch (const data_error& e) {
        EXPECT_EQ(e.source(), source) << e.what();
        EXPECT_EQ(e.path(), path) << e.what();
        EXPECT_NE(e.reason().find(reason), std::string::npos) << e.what();
    }
}

}  // namespace kinerja::testing

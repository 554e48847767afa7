#pragma once
/// \file kinerja/io/limits.hpp
/// How much input a reader accepts. A hostile or broken file (a device such as /dev/zero, a table
/// nested thousands of levels deep, a cell of a gigabyte) is refused with an error that names the
/// limit and how to raise it, before it can exhaust memory or the stack.

#include <cstddef>
#include <cstdint>
#include <string>

namespace kinerja {

/// The limits every reader of kinerja applies (JSON dataset, printed CSV, ledger CSV). The defaults
/// hold the largest real inputs we know (a national ledger of 10.8 M lines is about 1 GB) with room
/// to spare; raise a limit with the option named in its error (the command line's `--max-...`
/// options, the Python readers' `limits=` argument, or this struct in C++).
struct ReadLimits final {
    /// Largest input in bytes (default 4 GiB). Command line: `--max-bytes`.
    std::uint64_t max_bytes = std::uint64_t{4} << 30;
    /// Deepest nesting of JSON arrays and objects, and of data-table rows within rows (default 64:
    /// a real dataset nests about 6 levels). Command line: `--max-depth`.
    std::size_t max_depth = 64;
    /// Most rows of one CSV table or items of one JSON array (default 50 M). Command line: `--max-rows`.
    std::size_t max_rows = 50'000'000;
    /// Longest single value in bytes: a CSV cell or a JSON string (default 1 MiB). Command line:
    /// `--max-cell-bytes`.
    std::size_t max_cell_bytes = std::size_t{1} << 20;

    // The limits of the document readers (.docx, .xlsx): a ZIP archive of XML parts, where a few
    // kilobytes can claim or inflate to gigabytes (a ZIP bomb) and a grid merge can claim millions
    // of positions. Each is checked on what is actually there (bytes as they are inflated, entries
    // as they are counted), never on the sizes an archive's headers claim.

    /// Most entries (files) of a ZIP archive, counted before any is listed (default 10,000: a Word
    /// document holds about 20, a workbook a few per sheet). Command line: `--max-zip-entries`.
    std::size_t max_zip_entries = 10'000;
    /// Most bytes one archive entry (an XML part) may inflate to, counted while inflating (default
    /// 64 MiB: the document.xml of a 300-page report is under 10 MB; a part's parsed tree takes up
    /// to about 16 times its bytes). Command line: `--max-zip-entry-bytes`.
    std::uint64_t max_zip_entry_bytes = std::uint64_t{64} << 20;
    /// Most bytes all the entries read from one archive may inflate to together (default 256 MiB).
    /// Command line: `--max-zip-total-bytes`.
    std::uint64_t max_zip_total_bytes = std::uint64_t{256} << 20;
    /// Highest compression ratio of an entry (inflated bytes per stored byte), checked once an
    /// entry has inflated past 1 MiB (default 200: XML compresses 5 to 50 times; a ZIP bomb about
    /// 1000 times). Command line: `--max-zip-ratio`.
    std::uint64_t max_zip_ratio = 200;
    /// Most grid positions of all the tables of one document together (default 10 M, about 1 GB
    /// of cells): merges and padding make a grid from a few bytes of XML, so its size is bounded
    /// before it is allocated. Command line: `--max-cells`.
    std::size_t max_cells = 10'000'000;
};

/// The sentence that ends every limit error: what the limit is and how to raise it, e.g.
/// "the limit is 64 (raise it with --max-depth or ReadLimits::max_depth)".
[[nodiscard]] inline std::string limit_hint(std::uint64_t limit, const char* option, const char* member) {
    return "the limit is " + std::to_string(limit) + " (raise it with " + option +
           " or ReadLimits::" + member + ")";
}

}  // namespace kinerja

// libFuzzer entry for read_printed_csv: any bytes give a PrintedTable or a kinerja::error, never a
// crash; what is read has one cell per column, and the reviu runs on it without throwing (a cell it
// cannot compute is a finding, not an exception). Read again under tight limits, the same text
// gives the same table or a limit error.

#include <cstddef>
#include <cstdint>
#include <kinerja/io.hpp>
#include <kinerja/reviu.hpp>
#include <string>
#include <string_view>

namespace {

void check_findings(const kinerja::PrintedTable& table) {
    for (const kinerja::Finding& f : kinerja::check_table(table))
        if (f.rule.empty() || f.message.empty() || f.table != table.id) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    bool read = false;
    kinerja::PrintedTable table;
    try {
        table = kinerja::read_printed_csv(text, "fuzz.csv");
        read = true;
    } catch (const kinerja::error&) {
        // Refused with a located reason: what the reader is for.
    }
    if (read) {
        if (table.rows.empty()) __builtin_trap();
        for (const kinerja::PrintedRow& row : table.rows)
            if (row.cells.size() != table.columns.size()) __builtin_trap();
        check_findings(table);  // throws nothing: an escaping exception ends the run
        table.year = 2024;
        check_findings(table);
    }
    kinerja::ReadLimits tight;
    tight.max_rows = 3;
    tight.max_cell_bytes = 8;
    try {
        const kinerja::PrintedTable small = kinerja::read_printed_csv(text, "fuzz.csv", tight);
        if (!read) __builtin_trap();  // tighter limits never accept more
        table.year.reset();
        if (!(small == table)) __builtin_trap();
    } catch (const kinerja::error&) {
    }
    return 0;
}

// A printed table pasted as CSV, the way an auditor copies one out of a report.

#include "kinerja/io/printed_csv.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "detail/csv.hpp"
#include "io/detail/column_vocabulary.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/reviu/printed_table.hpp"

namespace kinerja {
namespace {

std::string trimmed(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return std::string(s.substr(b, e - b));
}

// The table of text already checked (check_text or read_text_file): the one reading behind both
// entry points, so a file is scanned for UTF-8 once. One function, header then rows, because both
// halves locate their errors with the same records and column map.
PrintedTable read_table(std::string_view text, const std::string& source, const ReadLimits& limits) {
    detail::csv::Limits bounds;
    bounds.rows = limits.max_rows;
    bounds.field_bytes = limits.max_cell_bytes;
    bounds.rows_hint = limit_hint(limits.max_rows, "--max-rows", "max_rows");
    bounds.field_hint = limit_hint(limits.max_cell_bytes, "--max-cell-bytes", "max_cell_bytes");
    const std::vector<detail::csv::Record> recs =
        detail::csv::read_records(text, detail::csv::sniff_separator(text), source, bounds);
    if (recs.empty()) throw data_error(source, "1:1", "no header row: the file is empty");
    auto where = [&](std::size_t r, std::size_t column) {
        return std::to_string(recs[r].line) + ":" + std::to_string(column);
    };
    const std::vector<detail::csv::Field>& head = recs[0].fields;

    PrintedTable t;
    t.id = source;
    t.title = source;
    int label = -1;
    int level = -1;
    std::vector<int> cell_of;  // field index -> column index, or -1
    // The field that holds each kind of column: a second one would be silently ignored by the
    // reviu (it reads the first), so it is refused naming both.
    std::vector<std::pair<std::string, std::size_t>> kinds;  // kind -> first field index
    auto once = [&](const std::string& kind, std::size_t k) {
        const auto first =
            std::find_if(kinds.begin(), kinds.end(), [&](const auto& e) { return e.first == kind; });
        if (first == kinds.end()) {
            kinds.emplace_back(kind, k);
            return;
        }
        const std::size_t j = first->second;
        throw data_error(source, where(0, head[k].column),
                         "a second " + kind + " column: fields " + std::to_string(j + 1) + " ('" +
                             trimmed(head[j].text) + "', " + where(0, head[j].column) + ") and " +
                             std::to_string(k + 1) + " ('" + trimmed(head[k].text) + "', " +
                             where(0, head[k].column) + ") both name it; keep one");
    };
    for (std::size_t k = 0; k < head.size(); ++k) {
        const detail::HeaderReading header = detail::read_header(head[k].text);
        if (!header.meaning || header.meaning->kind == detail::HeaderKind::unit)
            throw data_error(source, where(0, head[k].column),
                             "unknown column '" + trimmed(head[k].text) + "'; the header names " +
                                 std::string(detail::csv_header_names));
        const detail::HeaderMeaning& it = *header.meaning;
        if (it.kind == detail::HeaderKind::label || it.kind == detail::HeaderKind::level) {
            const bool is_label = it.kind == detail::HeaderKind::label;
            once(is_label ? "label" : "level", k);
            (is_label ? label : level) = static_cast<int>(k);
            cell_of.push_back(-1);
            continue;
        }
        // Columns kept unchecked (no, keterangan) may repeat: nothing reads them; the parts of the
        // jumlah are one column per kind, all read.
        if (it.role != ColumnRole::other && it.role != ColumnRole::part)
            once(std::string(to_string(it.role)), k);
        cell_of.push_back(static_cast<int>(t.columns.size()));
        t.columns.push_back(PrintedColumn{trimmed(head[k].text), it.role, ColumnRole::other});
    }
    if (label < 0)
        throw data_error(source, "1:1",
                         "the header needs a label column (uraian, program, kegiatan, label or nama)");

    int previous = 0;
    for (std::size_t r = 1; r < recs.size(); ++r) {
        const auto& rec = recs[r].fields;
        const bool empty = std::all_of(rec.begin(), rec.end(),
                                       [](const detail::csv::Field& f) { return trimmed(f.text).empty(); });
        if (empty) continue;  // a blank line carries nothing
        if (rec.size() != head.size())
            throw data_error(source, where(r, 1),
                             "a row of " + std::to_string(rec.size()) + " fields; the header has " +
                                 std::to_string(head.size()));
        PrintedRow row;
        row.cells.resize(t.columns.size());
        for (std::size_t k = 0; k < rec.size(); ++k) {
            if (static_cast<int>(k) == label) {
                row.label = trimmed(rec[k].text);
            } else if (static_cast<int>(k) == level) {
                const std::string v = trimmed(rec[k].text);
                const bool digits =
                    !v.empty() && v.size() <= 2 &&
                    std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (!digits || v == "0")
                    throw data_error(source, where(r, rec[k].column), "level '" + v + "' must be 1, 2, 3...");
                row.level = std::stoi(v);
                if (row.level > previous + 1)
                    throw data_error(source, where(r, rec[k].column),
                                     "level " + v + " follows level " + std::to_string(previous) +
                                         ": a level goes one deeper at a time");
                previous = row.level;
            } else {
                row.cells[static_cast<std::size_t>(cell_of[k])] = trimmed(rec[k].text);
            }
        }
        t.rows.push_back(std::move(row));
    }
    // A header alone checks nothing: "0 errors" would read as a clean table.
    if (t.rows.empty()) throw data_error(source, "", "no rows: the table has a header and nothing under it");
    return t;
}

}  // namespace

PrintedTable read_printed_csv(std::string_view text, std::string_view source_name, const ReadLimits& limits) {
    const std::string source(source_name);
    check_text(text, source);
    return read_table(text, source, limits);
}

PrintedTable load_printed_csv(const std::filesystem::path& path, const ReadLimits& limits) {
    PrintedTable t = read_table(read_text_file(path, limits), path.string(), limits);
    t.id = path.stem().string();
    t.title = path.filename().string();
    return t;
}

}  // namespace kinerja

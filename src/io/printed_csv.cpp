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
#include "kinerja/plan/language.hpp"
#include "kinerja/reviu/printed_table.hpp"

namespace kinerja {
namespace {

// A data_error about \p source at \p where whose reason is \p said, in English for what().
[[noreturn]] void fail(const std::string& source, const std::string& where, Message said) {
    std::string reason = english(said);  // first: the arguments below are evaluated in no set order
    throw data_error(source, where, std::move(reason), std::move(said));
}

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
    if (recs.empty()) fail(source, "1:1", Message{"error.printed_csv.empty", {}});
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
        // "label" and "level" are the CSV's header words; any other kind is a role's name.
        const char* id = kind == "label"   ? "error.printed_csv.second_label"
                         : kind == "level" ? "error.printed_csv.second_level"
                                           : "error.printed_csv.second_role";
        Message said{id,
                     {{"first", std::to_string(j + 1)},
                      {"first_name", trimmed(head[j].text)},
                      {"first_at", where(0, head[j].column)},
                      {"second", std::to_string(k + 1)},
                      {"second_name", trimmed(head[k].text)},
                      {"second_at", where(0, head[k].column)}}};
        if (kind != "label" && kind != "level") said.args.emplace_back("role", kind);
        fail(source, where(0, head[k].column), std::move(said));
    };
    for (std::size_t k = 0; k < head.size(); ++k) {
        const detail::HeaderReading header = detail::read_header(head[k].text);
        if (!header.meaning || header.meaning->kind == detail::HeaderKind::unit)
            fail(
                source, where(0, head[k].column),
                Message{"error.printed_csv.unknown_column",
                        {{"name", trimmed(head[k].text)}, {"names", std::string(detail::csv_header_names)}}});
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
    if (label < 0) fail(source, "1:1", Message{"error.printed_csv.no_label", {}});

    int previous = 0;
    for (std::size_t r = 1; r < recs.size(); ++r) {
        const auto& rec = recs[r].fields;
        const bool empty = std::all_of(rec.begin(), rec.end(),
                                       [](const detail::csv::Field& f) { return trimmed(f.text).empty(); });
        if (empty) continue;  // a blank line carries nothing
        if (rec.size() != head.size())
            fail(source, where(r, 1),
                 Message{"error.printed_csv.row_fields",
                         {{"fields", std::to_string(rec.size())}, {"header", std::to_string(head.size())}}});
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
                    fail(source, where(r, rec[k].column),
                         Message{"error.printed_csv.bad_level", {{"level", v}}});
                row.level = std::stoi(v);
                if (row.level > previous + 1)
                    fail(source, where(r, rec[k].column),
                         Message{"error.printed_csv.level_jump",
                                 {{"level", v}, {"previous", std::to_string(previous)}}});
                previous = row.level;
            } else {
                row.cells[static_cast<std::size_t>(cell_of[k])] = trimmed(rec[k].text);
            }
        }
        t.rows.push_back(std::move(row));
    }
    // A header alone checks nothing: "0 errors" would read as a clean table.
    if (t.rows.empty()) fail(source, "", Message{"error.printed_csv.no_rows", {}});
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

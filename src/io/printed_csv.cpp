// A printed table pasted as CSV, the way an auditor copies one out of a report.

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "kinerja/core/error.hpp"
#include "kinerja/reviu/printed_table.hpp"
#include "kinerja/io/printed_csv.hpp"

namespace kinerja {
namespace {

struct Field {
    std::string text;
    std::size_t column = 1;  // 1-based character column where the field starts
};

// Splits CSV text into lines of fields. Quoted fields may hold the separator, quotes ("") and line
// breaks. `lines` gets the 1-based line number where each record starts.
std::vector<std::vector<Field>> records(std::string_view text, char sep, const std::string& source,
                                        std::vector<std::size_t>& lines) {
    std::vector<std::vector<Field>> out;
    std::size_t line = 1;
    std::size_t col = 1;
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a byte-order mark, as spreadsheets write it
    while (i < text.size()) {
        std::vector<Field> rec;
        lines.push_back(line);
        while (true) {
            Field f;
            f.column = col;
            if (i < text.size() && text[i] == '"') {
                const std::size_t open_line = line;
                const std::size_t open_col = col;
                ++i;
                ++col;
                while (true) {
                    if (i >= text.size())
                        throw data_error(source, std::to_string(open_line) + ":" + std::to_string(open_col),
                                         "a quoted field is not closed");
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            f.text += '"';
                            i += 2;
                            col += 2;
                            continue;
                        }
                        ++i;
                        ++col;
                        break;
                    }
                    if (text[i] == '\n') {
                        ++line;
                        col = 0;
                    }
                    f.text += text[i];
                    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
                    ++i;
                }
                if (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r')
                    throw data_error(source, std::to_string(line) + ":" + std::to_string(col),
                                     "text after a closing quote");
            } else {
                while (i < text.size() && text[i] != sep && text[i] != '\n' && text[i] != '\r') {
                    f.text += text[i];
                    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
                    ++i;
                }
            }
            rec.push_back(f);
            if (i < text.size() && text[i] == sep) {
                ++i;
                ++col;
                continue;
            }
            break;
        }
        if (i < text.size() && text[i] == '\r') ++i;
        if (i < text.size() && text[i] == '\n') ++i;
        ++line;
        col = 1;
        out.push_back(std::move(rec));
    }
    return out;
}

std::string lower_trimmed(const std::string& s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    std::string out;
    for (std::size_t i = b; i < e; ++i) out += static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    return out;
}

std::string trimmed(const std::string& s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return s.substr(b, e - b);
}

enum class Header { label, level, role };

struct HeaderName {
    const char* name;
    Header kind;
    ColumnRole role;
};

constexpr HeaderName headers[] = {
    {"uraian", Header::label, ColumnRole::other},      {"program", Header::label, ColumnRole::other},
    {"kegiatan", Header::label, ColumnRole::other},    {"label", Header::label, ColumnRole::other},
    {"nama", Header::label, ColumnRole::other},        {"description", Header::label, ColumnRole::other},
    {"name", Header::label, ColumnRole::other},        {"level", Header::level, ColumnRole::other},
    {"anggaran", Header::role, ColumnRole::anggaran},  {"pagu", Header::role, ColumnRole::anggaran},
    {"budget", Header::role, ColumnRole::anggaran},    {"realisasi", Header::role, ColumnRole::realisasi},
    {"realization", Header::role, ColumnRole::realisasi}, {"realisation", Header::role, ColumnRole::realisasi},
    {"sisa", Header::role, ColumnRole::sisa},          {"remaining", Header::role, ColumnRole::sisa},
    {"%", Header::role, ColumnRole::persen},           {"persen", Header::role, ColumnRole::persen},
    {"persentase", Header::role, ColumnRole::persen},  {"serapan", Header::role, ColumnRole::persen},
    {"percent", Header::role, ColumnRole::persen},     {"target", Header::role, ColumnRole::target},
    {"capaian", Header::role, ColumnRole::capaian},    {"achievement", Header::role, ColumnRole::capaian},
    {"l", Header::role, ColumnRole::l},                {"men", Header::role, ColumnRole::l},
    {"p", Header::role, ColumnRole::p},                {"women", Header::role, ColumnRole::p},
    {"jumlah", Header::role, ColumnRole::jumlah},      {"total", Header::role, ColumnRole::jumlah},
    {"ditangani", Header::role, ColumnRole::ditangani}, {"handled", Header::role, ColumnRole::ditangani},
    {"no", Header::role, ColumnRole::other},           {"no.", Header::role, ColumnRole::other},
    {"nomor", Header::role, ColumnRole::other},        {"keterangan", Header::role, ColumnRole::other},
    {"ket", Header::role, ColumnRole::other},          {"notes", Header::role, ColumnRole::other},
};

char separator(std::string_view text) {
    const std::string_view first = text.substr(0, text.find('\n'));
    if (first.find(';') != std::string_view::npos) return ';';
    if (first.find('\t') != std::string_view::npos) return '\t';
    return ',';
}

}  // namespace

PrintedTable read_printed_csv(std::string_view text, const std::string& source) {
    std::vector<std::size_t> lines;
    const char sep = separator(text);
    auto recs = records(text, sep, source, lines);
    if (recs.empty()) throw data_error(source, "1:1", "no header row: the file is empty");
    auto where = [&](std::size_t r, std::size_t column) {
        return std::to_string(lines[r]) + ":" + std::to_string(column);
    };

    PrintedTable t;
    t.id = source;
    t.title = source;
    int label = -1;
    int level = -1;
    std::vector<int> cell_of;  // field index -> column index, or -1
    for (std::size_t k = 0; k < recs[0].size(); ++k) {
        const std::string name = lower_trimmed(recs[0][k].text);
        const auto it = std::find_if(std::begin(headers), std::end(headers), [&](const HeaderName& h) { return name == h.name; });
        if (it == std::end(headers))
            throw data_error(source, where(0, recs[0][k].column),
                             "unknown column '" + trimmed(recs[0][k].text) +
                                 "'; the header names uraian|program|kegiatan|label|nama, anggaran|pagu, realisasi, sisa, "
                                 "%|persen|persentase|serapan, target, capaian, l, p, jumlah, ditangani, level, no, keterangan");
        if (it->kind == Header::label || it->kind == Header::level) {
            int& slot = it->kind == Header::label ? label : level;
            if (slot >= 0) throw data_error(source, where(0, recs[0][k].column), "a second " + std::string(it->kind == Header::label ? "label" : "level") + " column");
            slot = static_cast<int>(k);
            cell_of.push_back(-1);
            continue;
        }
        cell_of.push_back(static_cast<int>(t.columns.size()));
        t.columns.push_back(PrintedColumn{trimmed(recs[0][k].text), it->role, ColumnRole::other});
    }
    if (label < 0) throw data_error(source, "1:1", "the header needs a label column (uraian, program, kegiatan, label or nama)");

    int previous = 0;
    for (std::size_t r = 1; r < recs.size(); ++r) {
        const auto& rec = recs[r];
        const bool empty = std::all_of(rec.begin(), rec.end(), [](const Field& f) { return trimmed(f.text).empty(); });
        if (empty) continue;  // a blank line carries nothing
        if (rec.size() != recs[0].size())
            throw data_error(source, where(r, 1),
                             "a row of " + std::to_string(rec.size()) + " fields; the header has " + std::to_string(recs[0].size()));
        PrintedRow row;
        row.cells.resize(t.columns.size());
        for (std::size_t k = 0; k < rec.size(); ++k) {
            if (static_cast<int>(k) == label) {
                row.label = trimmed(rec[k].text);
            } else if (static_cast<int>(k) == level) {
                const std::string v = trimmed(rec[k].text);
                const bool digits = !v.empty() && v.size() <= 2 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (!digits || v == "0") throw data_error(source, where(r, rec[k].column), "level '" + v + "' must be 1, 2, 3...");
                row.level = std::stoi(v);
                if (row.level > previous + 1)
                    throw data_error(source, where(r, rec[k].column),
                                     "level " + v + " follows level " + std::to_string(previous) + ": a level goes one deeper at a time");
                previous = row.level;
            } else {
                row.cells[static_cast<std::size_t>(cell_of[k])] = trimmed(rec[k].text);
            }
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

PrintedTable load_printed_csv(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw data_error(path.string(), "", "cannot open the file");
    std::ostringstream text;
    text << in.rdbuf();
    PrintedTable t = read_printed_csv(text.str(), path.string());
    t.id = path.stem().string();
    t.title = path.filename().string();
    return t;
}

}  // namespace kinerja

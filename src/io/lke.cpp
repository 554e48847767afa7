// LKE worksheets: CSV, kinerja-lke/1 JSON and .xlsx in; JSON and the score table out (docs/lke.md).
//
// The CSV and .xlsx readers share one row reader (a header row naming the columns, a row per
// criterion), so a worksheet kept in a spreadsheet reads the same whichever way it was saved. The
// score table goes through the report's writers, so it prints, escapes and neutralises exactly as
// the LAKIP tables do.

#include "kinerja/io/lke.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "detail/csv.hpp"
#include "io/detail/json_tree.hpp"
#include "kinerja/core/error.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/io/xlsx.hpp"
#include "kinerja/plan/language.hpp"
#include "report/writers.hpp"

namespace kinerja {
namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

// The refusal of the value at \p where of \p source, for the reason \p said.
[[noreturn]] void refuse(const std::string& source, const std::string& where, Message said) {
    throw data_error(source, where, english(said), said);
}

// "'<value>' is not a number (<reason>)" as message \p id, its reason a catalogue word (the number
// reader's reason), or as \p id_text for a reason the catalogue has no word for, kept as written.
Message not_a_number(const char* id, const char* id_text,
                     std::vector<std::pair<std::string, std::string>> args, const std::string& reason) {
    const Language en("en");
    // messages: prefix "reviu.reason."
    for (const std::string& word : en.ids())
        if (word.rfind("reviu.reason.", 0) == 0 && en.text(word) == reason) {
            args.emplace_back("reason", word);
            return {id, std::move(args)};
        }
    args.emplace_back("reason", reason);
    return {id_text, std::move(args)};
}

constexpr const char* format_name = "kinerja-lke/1";

std::string trimmed(std::string_view s) {
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// The columns of a worksheet table, by the header's words ("Sub Komponen" and "sub_komponen" alike).
enum class Column { komponen, sub_komponen, no, kriteria, skala, jawaban, bukti, data, batas };
const std::pair<const char*, Column> column_names[] = {{"komponen", Column::komponen},
                                                       {"sub_komponen", Column::sub_komponen},
                                                       {"no", Column::no},
                                                       {"kriteria", Column::kriteria},
                                                       {"skala", Column::skala},
                                                       {"jawaban", Column::jawaban},
                                                       {"bukti", Column::bukti},
                                                       {"data", Column::data},
                                                       {"batas", Column::batas}};

std::optional<Column> column_of(std::string_view header) {
    std::string key = lower(trimmed(header));
    std::replace(key.begin(), key.end(), ' ', '_');
    if (key == "subkomponen") key = "sub_komponen";
    for (const auto& [name, c] : column_names)
        if (key == name) return c;
    return std::nullopt;
}

// One cell of a worksheet table with where it was read ("lke.csv:12:5", "sheet 'LKE' C7").
struct Cell {
    std::string text;
    std::string where;
};
using Row = std::vector<Cell>;

// What the row reader builds beside the criteria: the written-out scales, each once.
class SheetBuilder {
public:
    SheetBuilder(std::string source, std::string body, int year) {
        sheet_.source = std::move(source);
        sheet_.body = std::move(body);
        sheet_.year = year;
    }

    [[noreturn]] void fail(const std::string& where, Message said) const {
        refuse(sheet_.source, where, std::move(said));
    }

    // The header row: every column known, the required ones present, none twice.
    void header(const Row& row) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (trimmed(row[i].text).empty()) continue;
            const auto c = column_of(row[i].text);
            if (!c) fail(row[i].where, {"error.lke.unknown_column", {{"column", row[i].text}}});
            if (columns_.count(*c)) fail(row[i].where, {"error.lke.column_twice", {{"column", row[i].text}}});
            columns_[*c] = i;
        }
        for (const Column c :
             {Column::komponen, Column::sub_komponen, Column::no, Column::kriteria, Column::skala})
            if (columns_.count(c) == 0)
                fail(row.empty() ? "" : row[0].where,
                     {"error.lke.no_column", {{"column", column_names[static_cast<int>(c)].first}}});
        width_ = row.size();
    }

    void criterion(const Row& row, const std::string& row_where) {
        if (std::all_of(row.begin(), row.end(), [](const Cell& c) { return trimmed(c.text).empty(); }))
            return;
        for (std::size_t i = width_; i < row.size(); ++i)
            if (!trimmed(row[i].text).empty())
                fail(row[i].where, {"error.lke.beyond_header", {{"text", row[i].text}}});
        const auto cell = [&](Column c) -> Cell {
            const auto it = columns_.find(c);
            if (it == columns_.end() || it->second >= row.size()) return {"", row_where};
            return {trimmed(row[it->second].text), row[it->second].where};
        };
        LkeCriterion k;
        k.where = row_where;
        const Cell no = cell(Column::no);
        if (no.text.empty()) fail(no.where, {"error.lke.no_number", {}});
        k.id = no.text;
        const Cell comp = cell(Column::komponen);
        const auto c = parse_lke_component(comp.text);
        if (!c) fail(comp.where, {"error.lke.component_listed", {{"id", k.id}, {"component", comp.text}}});
        k.component = *c;
        const Cell part = cell(Column::sub_komponen);
        const auto p = parse_lke_part(part.text);
        if (!p) fail(part.where, {"error.lke.part_listed", {{"id", k.id}, {"part", part.text}}});
        k.part = *p;
        k.text = cell(Column::kriteria).text;
        const Cell scale = cell(Column::skala);
        k.scale = scale_name(scale, k.id);
        k.answer = cell(Column::jawaban).text;
        k.evidence = cell(Column::bukti).text;
        const Cell data = cell(Column::data);
        if (!data.text.empty()) {
            const auto rule = parse_lke_data_rule(lower(data.text));
            if (!rule) fail(data.where, {"error.lke.data_rule_listed", {{"id", k.id}, {"rule", data.text}}});
            k.data = *rule;
        }
        const Cell limits = cell(Column::batas);
        k.limits = read_limits(limits.text, limits.where, sheet_.source, k.id);
        sheet_.criteria.push_back(std::move(k));
    }

    LkeWorksheet take() {
        if (width_ == 0) fail("", {"error.lke.no_header", {}});
        validate_lke(sheet_);
        return std::move(sheet_);
    }

    // "Y/T", or a scale written out "Ada=1; Sebagian=0,5; Tidak ada=0" (made a scale of the sheet,
    // once per text).
    std::string scale_name(const Cell& cell, const std::string& id) {
        if (cell.text.empty()) fail(cell.where, {"error.lke.no_scale", {{"id", id}}});
        if (cell.text.find('=') == std::string::npos) return cell.text;
        for (const auto& s : sheet_.scales)
            if (s.name == cell.text) return s.name;
        LkeScale scale;
        scale.name = cell.text;
        std::size_t from = 0;
        while (from <= cell.text.size()) {
            std::size_t to = cell.text.find(';', from);
            if (to == std::string::npos) to = cell.text.size();
            const std::string item = trimmed(std::string_view(cell.text).substr(from, to - from));
            from = to + 1;
            if (item.empty()) continue;
            const auto eq = item.rfind('=');
            if (eq == std::string::npos) fail(cell.where, {"error.lke.scale_item", {{"item", item}}});
            LkeScaleAnswer a;
            a.answer = trimmed(std::string_view(item).substr(0, eq));
            const std::string value = trimmed(std::string_view(item).substr(eq + 1));
            try {
                a.value = parse_number(value);
            } catch (const parse_error& e) {
                fail(cell.where, not_a_number("error.lke.scale_item_value", "error.lke.scale_item_value_text",
                                              {{"item", item}, {"value", value}}, e.reason()));
            }
            scale.answers.push_back(std::move(a));
        }
        // Checked here too (validate_lke would name /scales/N): the place of a written-out scale is
        // this cell.
        for (const auto& a : scale.answers)
            if (a.value < Decimal(0) || a.value > Decimal(1))
                fail(cell.where, {"error.lke.scale_answer_value",
                                  {{"answer", a.answer}, {"value", format_number(a.value)}}});
        sheet_.scales.push_back(std::move(scale));
        return cell.text;
    }

    static std::vector<LkeLimit> read_limits(const std::string& text, const std::string& where,
                                             const std::string& source, const std::string& id) {
        std::vector<LkeLimit> out;
        std::size_t from = 0;
        while (from <= text.size()) {
            std::size_t to = text.find(';', from);
            if (to == std::string::npos) to = text.size();
            const std::string item = trimmed(std::string_view(text).substr(from, to - from));
            from = to + 1;
            if (item.empty()) continue;
            LkeLimit l;
            const std::string low = lower(item);
            if (low.rfind("rata(", 0) == 0) {
                const auto dot = item.find('.');
                if (item.back() != ')' || dot == std::string::npos)
                    refuse(source, where, {"error.lke.rata", {{"id", id}, {"item", item}}});
                const auto c = parse_lke_component(item.substr(5, dot - 5));
                const auto p = parse_lke_part(item.substr(dot + 1, item.size() - dot - 2));
                if (!c || !p) refuse(source, where, {"error.lke.rata_part", {{"id", id}, {"item", item}}});
                l.component = *c;
                l.part = *p;
            } else {
                l.criterion = item;
            }
            out.push_back(std::move(l));
        }
        return out;
    }

private:
    LkeWorksheet sheet_;
    std::map<Column, std::size_t> columns_;
    std::size_t width_ = 0;
};

std::string limit_text(const LkeLimit& l) {
    if (!l.criterion.empty()) return l.criterion;
    return "rata(" + std::string(to_string(l.component)) + "." + std::string(to_string(l.part)) + ")";
}

LkeWorksheet from_csv(std::string_view text, const std::string& source, const std::string& body, int year,
                      const ReadLimits& limits) {
    detail::csv::Limits bounds;
    bounds.rows = limits.max_rows;
    bounds.field_bytes = limits.max_cell_bytes;
    bounds.rows_hint = limit_hint(limits.max_rows, "--max-rows", "max_rows");
    bounds.field_hint = limit_hint(limits.max_cell_bytes, "--max-cell-bytes", "max_cell_bytes");
    const auto records = detail::csv::read_records(text, detail::csv::sniff_separator(text), source, bounds);
    SheetBuilder b(source, body, year);
    bool header = true;
    for (const auto& rec : records) {
        Row row;
        for (const auto& f : rec.fields)
            row.push_back({f.text, std::to_string(rec.line) + ":" + std::to_string(f.column)});
        if (header) {
            if (std::all_of(row.begin(), row.end(), [](const Cell& c) { return trimmed(c.text).empty(); }))
                continue;
            b.header(row);
            header = false;
        } else {
            b.criterion(row, std::to_string(rec.line));
        }
    }
    return b.take();
}

// "AB" for the 0-based column 27.
std::string column_letters(std::size_t c) {
    std::string out;
    ++c;
    while (c > 0) {
        out.insert(out.begin(), static_cast<char>('A' + (c - 1) % 26));
        c = (c - 1) / 26;
    }
    return out;
}

// The sheet, first column and first row of a table's where ("sheet 'LKE' B3:J40 ...").
struct Origin {
    std::string sheet;
    std::size_t column = 0;
    std::size_t row = 1;
};
Origin origin_of(const DocumentTable& t) {
    Origin o;
    const auto open = t.where.find('\'');
    const auto close = t.where.find("' ", open == std::string::npos ? 0 : open + 1);
    if (open == std::string::npos || close == std::string::npos) return o;
    o.sheet = t.where.substr(open + 1, close - open - 1);
    std::size_t i = close + 2;
    std::size_t col = 0;
    while (i < t.where.size() && t.where[i] >= 'A' && t.where[i] <= 'Z')
        col = col * 26 + (t.where[i++] - 'A' + 1);
    std::size_t row = 0;
    while (i < t.where.size() && t.where[i] >= '0' && t.where[i] <= '9')
        row = row * 10 + (t.where[i++] - '0');
    if (col > 0 && row > 0) {
        o.column = col - 1;
        o.row = row;
    }
    return o;
}

LkeWorksheet from_tables(const std::vector<DocumentTable>& tables, const std::string& source,
                         const std::string& body, int year) {
    for (const auto& t : tables) {
        // The header row: the first naming the kriteria column, within the table's first rows (a
        // sheet's title rows above it are not criteria).
        std::size_t head = t.rows.size();
        for (std::size_t r = 0; r < std::min<std::size_t>(t.rows.size(), 10) && head == t.rows.size(); ++r)
            for (const auto& g : t.rows[r])
                if (column_of(g.text) == Column::kriteria) head = r;
        if (head == t.rows.size()) continue;
        const Origin o = origin_of(t);
        const auto where = [&](std::size_t r, std::size_t c) {
            return "sheet '" + o.sheet + "' " + column_letters(o.column + c) + std::to_string(o.row + r);
        };
        SheetBuilder b(source, body, year);
        for (std::size_t r = head; r < t.rows.size(); ++r) {
            Row row;
            for (std::size_t c = 0; c < t.rows[r].size(); ++c)
                row.push_back({t.rows[r][c].text, where(r, c)});
            if (r == head)
                b.header(row);
            else
                b.criterion(row, "sheet '" + o.sheet + "' row " + std::to_string(o.row + r));
        }
        return b.take();
    }
    refuse(source, "", {"error.lke.no_table", {}});
}

}  // namespace

LkeWorksheet parse_lke_csv(std::string_view text, const std::string& source, const std::string& body,
                           int year, const ReadLimits& limits) {
    check_text(text, source);
    return from_csv(text, source, body, year, limits);
}

LkeWorksheet parse_lke_xlsx(std::string_view bytes, const std::string& source, const std::string& body,
                            int year, const ReadLimits& limits) {
    return from_tables(read_xlsx_tables(bytes, source, limits), source, body, year);
}

LkeWorksheet parse_lke_json(std::string_view text, const std::string& source, const ReadLimits& limits) {
    check_text(text, source);
    detail::JsonGuard guard(text, source, limits);
    json::sax_parse(text.begin(), text.end(), &guard, json::input_format_t::json, true, false);
    const json doc = json::parse(text.begin(), text.end(), nullptr, true, false);
    const detail::JsonReader r(source);
    r.object(doc, "", {"format", "body", "year", "scales", "criteria"});
    const std::string format = r.text(doc, "format", "");
    if (format != format_name) refuse(source, "/format", {"error.lke.format", {{"format", format}}});
    LkeWorksheet sheet;
    sheet.source = source;
    const auto optional_text = [&](const json& j, const char* key, const std::string& path) -> std::string {
        const auto it = j.find(key);
        if (it == j.end()) return {};
        if (!it->is_string())
            refuse(source, path + "/" + key, detail::must_be("error.json.type.string", *it));
        return it->get<std::string>();
    };
    sheet.body = optional_text(doc, "body", "");
    if (const auto y = doc.find("year"); y != doc.end()) {
        if (!y->is_number_integer() || y->get<long long>() < 1900 || y->get<long long>() > 2200)
            refuse(source, "/year", {"error.lke.year", {}});
        sheet.year = y->get<int>();
    }
    if (const auto s = doc.find("scales"); s != doc.end()) {
        r.array(*s, "/scales");
        for (std::size_t i = 0; i < s->size(); ++i) {
            const std::string path = "/scales/" + std::to_string(i);
            const json& j = r.object((*s)[i], path, {"name", "answers"});
            LkeScale scale;
            scale.name = r.text(j, "name", path);
            const json& answers = r.array(r.required(j, "answers", path), path + "/answers");
            for (std::size_t k = 0; k < answers.size(); ++k) {
                const std::string at = path + "/answers/" + std::to_string(k);
                const json& a = r.object(answers[k], at, {"answer", "value"});
                LkeScaleAnswer ans;
                ans.answer = r.text(a, "answer", at);
                const std::string value = r.text(a, "value", at);
                try {
                    ans.value = parse_number(value, Mode::strict, {});
                } catch (const parse_error& e) {
                    refuse(source, at + "/value",
                           not_a_number("error.lke.value", "error.lke.value_text", {{"value", value}},
                                        e.reason()));
                }
                scale.answers.push_back(std::move(ans));
            }
            sheet.scales.push_back(std::move(scale));
        }
    }
    const json& criteria = r.array(r.required(doc, "criteria", ""), "/criteria");
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const std::string path = "/criteria/" + std::to_string(i);
        const json& j = r.object(criteria[i], path,
                                 {"id", "component", "part", "text", "scale", "answer", "evidence",
                                  "answered_by", "data", "limits"});
        LkeCriterion c;
        c.where = path;
        c.id = r.text(j, "id", path);
        const std::string comp = r.text(j, "component", path);
        const auto cc = parse_lke_component(comp);
        if (!cc) refuse(source, path + "/component", {"error.lke.component", {{"component", comp}}});
        c.component = *cc;
        const std::string part = r.text(j, "part", path);
        const auto pp = parse_lke_part(part);
        if (!pp) refuse(source, path + "/part", {"error.lke.part", {{"part", part}}});
        c.part = *pp;
        c.text = optional_text(j, "text", path);
        c.scale = r.text(j, "scale", path);
        c.answer = optional_text(j, "answer", path);
        c.evidence = optional_text(j, "evidence", path);
        const std::string by = optional_text(j, "answered_by", path);
        if (by == "data")
            c.answered_by = LkeAnswerSource::data;
        else if (!by.empty() && by != "evaluator")
            refuse(source, path + "/answered_by", {"error.lke.answered_by", {{"value", by}}});
        const std::string data = optional_text(j, "data", path);
        if (!data.empty()) {
            const auto rule = parse_lke_data_rule(data);
            if (!rule) refuse(source, path + "/data", {"error.lke.data_rule", {{"rule", data}}});
            c.data = *rule;
        }
        if (const auto l = j.find("limits"); l != j.end()) {
            r.array(*l, path + "/limits");
            for (std::size_t k = 0; k < l->size(); ++k) {
                const std::string at = path + "/limits/" + std::to_string(k);
                if (!(*l)[k].is_string())
                    refuse(source, at, detail::must_be("error.json.type.string", (*l)[k]));
                auto got = SheetBuilder::read_limits((*l)[k].get<std::string>(), at, source, c.id);
                if (got.size() != 1) refuse(source, at, {"error.lke.one_limit", {}});
                c.limits.push_back(std::move(got.front()));
            }
        }
        sheet.criteria.push_back(std::move(c));
    }
    validate_lke(sheet);
    return sheet;
}

LkeWorksheet read_lke(const std::filesystem::path& path, const std::string& body, int year,
                      const ReadLimits& limits) {
    const std::string ext = lower(path.extension().string());
    const std::string source = path.string();
    if (ext == ".xlsx") return from_tables(read_xlsx_tables(path, limits), source, body, year);
    if (ext != ".csv" && ext != ".json") refuse(source, "", {"error.lke.extension", {{"extension", ext}}});
    const std::string text = read_text_file(path, limits);
    if (ext == ".json") {
        LkeWorksheet sheet = parse_lke_json(text, source, limits);
        if (!body.empty()) sheet.body = body;
        if (year != 0) sheet.year = year;
        return sheet;
    }
    return from_csv(text, source, body, year, limits);
}

std::string write_lke_json(const LkeWorksheet& sheet) {
    ordered doc;
    doc["format"] = format_name;
    if (!sheet.body.empty()) doc["body"] = sheet.body;
    if (sheet.year != 0) doc["year"] = sheet.year;
    if (!sheet.scales.empty()) {
        ordered scales = ordered::array();
        for (const auto& s : sheet.scales) {
            ordered answers = ordered::array();
            for (const auto& a : s.answers)
                answers.push_back({{"answer", a.answer}, {"value", a.value.to_string()}});
            scales.push_back({{"name", s.name}, {"answers", answers}});
        }
        doc["scales"] = scales;
    }
    ordered criteria = ordered::array();
    for (const auto& c : sheet.criteria) {
        ordered j;
        j["id"] = c.id;
        j["component"] = std::string(to_string(c.component));
        j["part"] = std::string(to_string(c.part));
        if (!c.text.empty()) j["text"] = c.text;
        j["scale"] = c.scale;
        if (!c.answer.empty()) j["answer"] = c.answer;
        if (!c.evidence.empty()) j["evidence"] = c.evidence;
        if (c.answered_by != LkeAnswerSource::evaluator)
            j["answered_by"] = std::string(to_string(c.answered_by));
        if (c.data != LkeDataRule::none) j["data"] = std::string(to_string(c.data));
        if (!c.limits.empty()) {
            ordered limits = ordered::array();
            for (const auto& l : c.limits) limits.push_back(limit_text(l));
            j["limits"] = limits;
        }
        criteria.push_back(j);
    }
    doc["criteria"] = criteria;
    return doc.dump(2) + "\n";
}

std::string format_lke(const LkeResult& result, const LkeResult* previous, std::string_view format,
                       const Language& L) {
    if (format != "md" && format != "html" && format != "csv") {
        Message said{"error.lke.table_format", {{"format", std::string(format)}}};
        throw value_error(english(said), said);
    }
    // Figures are written as Indonesian number text here and put in the language's marks at the end
    // (localize_figures), as the report's tables are: the same figures in every language.
    const auto score = [](const std::optional<Decimal>& d) {
        return d ? detail::figure(format_number(*d, {2})) : detail::figure(detail::undefined_text);
    };
    const auto change = [](const std::optional<Decimal>& now, const std::optional<Decimal>& before) {
        if (!now || !before) return detail::figure(detail::undefined_text);
        const Decimal d = *now - *before;
        return detail::figure((d.sign() > 0 ? "+" : "") + format_number(d, {2}));
    };
    detail::Table t;
    t.shown.id = "lke";
    t.shown.title = L.text("lke.table.title") + (result.body.empty() ? std::string() : " " + result.body) +
                    (result.year ? " " + std::to_string(result.year) : std::string());
    t.shown.columns = {L.text("lke.col.component"), L.text("lke.col.weight"),
                       result.year ? L.format("lke.col.score", {{"year", std::to_string(result.year)}})
                                   : L.text("lke.col.score_now")};
    if (previous) {
        t.shown.columns.push_back(previous->year
                                      ? L.format("lke.col.score", {{"year", std::to_string(previous->year)}})
                                      : L.text("lke.col.score_previous"));
        t.shown.columns.push_back(L.text("lke.col.change"));
    }
    // The components' and the parts' names by their ids. messages: prefix "lke.component."
    // messages: prefix "lke.part."
    for (std::size_t c = 0; c < result.components.size(); ++c) {
        const auto& cs = result.components[c];
        std::vector<detail::Cell> cells = {detail::figure(format_number(cs.weight, {2})), score(cs.score)};
        if (previous) {
            const auto& ps = previous->components.at(c).score;
            cells.push_back(score(ps));
            cells.push_back(change(cs.score, ps));
        }
        const std::string component(to_string(cs.component));
        t.add(1, component, detail::text(L.text("lke.component." + component)), std::move(cells));
        for (std::size_t k = 0; k < result.parts.size(); ++k) {
            const auto& p = result.parts[k];
            if (p.component != cs.component) continue;
            std::vector<detail::Cell> pc = {detail::figure(format_number(p.weight, {2})), score(p.score)};
            if (previous) {
                const auto& pp = previous->parts.at(k).score;
                pc.push_back(score(pp));
                pc.push_back(change(p.score, pp));
            }
            const std::string part(to_string(p.part));
            t.add(2, component + "." + part, detail::text(L.text("lke.part." + part)), std::move(pc));
        }
    }
    std::vector<detail::Cell> total = {detail::figure("100,00"), score(result.total)};
    std::vector<detail::Cell> predikat = {
        detail::text(""), detail::text(result.predikat.empty() ? detail::undefined_text : result.predikat)};
    if (previous) {
        total.push_back(score(previous->total));
        total.push_back(change(result.total, previous->total));
        predikat.push_back(
            detail::text(previous->predikat.empty() ? detail::undefined_text : previous->predikat));
        predikat.push_back(detail::text(""));
    }
    t.add(1, "total", detail::text(L.text("lke.row.total")), std::move(total));
    t.add(1, "predikat", detail::text(L.text("lke.row.predikat")), std::move(predikat));
    t.shown.notes.push_back(
        L.text(result.boundary == LkeBoundary::above ? "lke.note.method_above" : "lke.note.method_at_least"));
    if (!result.total) t.shown.notes.push_back(L.text("lke.note.unanswered"));

    std::vector<detail::Table> tables = {std::move(t)};
    if (!result.findings.empty()) {
        detail::Table f;
        f.shown.id = "lke-temuan";
        f.shown.title = L.text("lke.findings.title");
        f.shown.columns = {L.text("lke.findings.col.criterion"), L.text("lke.findings.col.rule"),
                           L.text("lke.findings.col.severity"), L.text("lke.findings.col.where"),
                           L.text("lke.findings.col.message")};
        for (const auto& x : result.findings)
            f.add(1, x.criterion, detail::text(x.criterion),
                  {detail::text(x.rule), detail::text(x.severity), detail::text(x.where),
                   detail::text(x.message)});
        tables.push_back(std::move(f));
    }
    detail::localize_figures(tables, L);
    const std::string heading = tables.front().shown.title;
    const std::string intro =
        result.total ? L.format("lke.intro", {{"total", L.number(format_number(*result.total, {2}))},
                                              {"predikat", result.predikat}})
                     : L.text("lke.intro_incomplete");
    if (format == "md") return detail::markdown_text(tables, heading, intro);
    if (format == "csv") return detail::csv_text(tables);
    return detail::html_text(tables, heading, intro, {}, L);
}

}  // namespace kinerja

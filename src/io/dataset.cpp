// The kinerja/1 JSON dataset (docs/format.md), read and written with nlohmann-json.
//
// Reading is strict: every key is either known or an error, every figure is a string read by the
// strict number-text parser, and every error names the file and the JSON path. Duplicate keys, which
// JSON parsers usually resolve silently by keeping one, are an error too.

#include "kinerja/io/dataset.hpp"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "kinerja/core/number_text.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {
namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

constexpr const char* format_name = "kinerja/1";

// Position of byte `byte` (1-based, as nlohmann reports it: the last character read, so the end of
// the offending token) as "line:column" in characters.
std::string line_column(std::string_view text, std::size_t byte) {
    return detail::line_column(text, byte == 0 ? 0 : byte - 1).to_string();
}

// Parses JSON, refusing duplicate keys (with their path) and reporting syntax errors by line:column.
json parse_json(std::string_view text, const std::string& source) {
    struct Frame {
        bool array = false;
        std::size_t index = 0;
        std::string key;
        std::set<std::string> keys;
    };
    std::vector<Frame> stack;
    auto path_to = [&](std::size_t depth) {
        std::string p;
        for (std::size_t i = 0; i < depth; ++i)
            p += "/" + (stack[i].array ? std::to_string(stack[i].index) : stack[i].key);
        return p;
    };
    json::parser_callback_t callback = [&](int, json::parse_event_t event, json& parsed) {
        switch (event) {
            case json::parse_event_t::object_start:
                stack.push_back(Frame{});
                break;
            case json::parse_event_t::array_start:
                stack.push_back(Frame{true, 0, {}, {}});
                break;
            case json::parse_event_t::key: {
                const std::string key = parsed.get<std::string>();
                if (!stack.back().keys.insert(key).second)
                    throw data_error(source, path_to(stack.size() - 1) + "/" + key, "duplicate key");
                stack.back().key = key;
                break;
            }
            case json::parse_event_t::object_end:
            case json::parse_event_t::array_end:
                stack.pop_back();
                if (!stack.empty() && stack.back().array) ++stack.back().index;
                break;
            case json::parse_event_t::value:
                if (!stack.empty() && stack.back().array) ++stack.back().index;
                break;
        }
        return true;
    };
    try {
        return json::parse(text.begin(), text.end(), callback, true, false);
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        const auto cut = what.find("syntax error");
        throw data_error(source, line_column(text, e.byte),
                         "invalid JSON: " + (cut == std::string::npos ? what : what.substr(cut)));
    } catch (const json::exception& e) {
        // Anything else the parser refuses (a number too large for any JSON type) has no byte
        // position, but the callback knows where it was.
        std::string what = e.what();
        const auto cut = what.find("] ");
        throw data_error(source, path_to(stack.size()),
                         "invalid JSON: " + (cut == std::string::npos ? what : what.substr(cut + 2)));
    }
}

const char* type_name(const json& j) {
    if (j.is_string()) return "a string";
    if (j.is_number()) return "a number";
    if (j.is_boolean()) return "a boolean";
    if (j.is_null()) return "null";
    if (j.is_array()) return "an array";
    return "an object";
}

// Walks the document with the JSON path of every value, so each error can name it.
class Reader {
public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& reason) const {
        throw data_error(source_, path, reason);
    }

    const json& object(const json& j, const std::string& path,
                       std::initializer_list<const char*> allowed) const {
        if (!j.is_object()) fail(path, std::string("must be an object, not ") + type_name(j));
        for (const auto& item : j.items()) {
            const bool known =
                std::any_of(allowed.begin(), allowed.end(), [&](const char* k) { return item.key() == k; });
            if (!known) fail(path + "/" + item.key(), "unknown key");
        }
        return j;
    }
    const json& array(const json& j, const std::string& path) const {
        if (!j.is_array()) fail(path, std::string("must be an array, not ") + type_name(j));
        return j;
    }
    const json& required(const json& j, const char* key, const std::string& path) const {
        const auto it = j.find(key);
        if (it == j.end()) fail(path + "/" + key, "missing");
        return *it;
    }
    const json* optional(const json& j, const char* key) const {
        const auto it = j.find(key);
        return it == j.end() ? nullptr : &*it;
    }
    std::string text(const json& j, const std::string& path) const {
        if (!j.is_string()) fail(path, std::string("must be a string, not ") + type_name(j));
        return j.get<std::string>();
    }
    std::string text_or_empty(const json& j, const char* key, const std::string& path) const {
        const json* v = optional(j, key);
        return v ? text(*v, path + "/" + key) : std::string();
    }
    int integer(const json& j, const std::string& path) const {
        if (!j.is_number_integer()) fail(path, std::string("must be an integer, not ") + type_name(j));
        const auto v = j.get<std::int64_t>();
        if (v < -1'000'000 || v > 1'000'000) fail(path, "integer out of range");
        return static_cast<int>(v);
    }
    int year_key(const std::string& key, const std::string& path) const {
        const bool ok = key.size() == 4 &&
                        std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!ok) fail(path, "a year key must be four digits");
        return std::stoi(key);
    }
    ReadOptions where(const std::string& path, bool rupiah) const {
        ReadOptions o;
        o.rupiah = rupiah;
        o.source = source_ + ":" + path;
        return o;
    }
    Rupiah amount(const json& j, const std::string& path) const {
        if (!j.is_string()) fail(path, std::string("an amount must be a string, not ") + type_name(j));
        return parse_rupiah(j.get<std::string>(), Mode::strict, where(path, true));
    }
    Decimal number(const json& j, const std::string& path) const {
        if (!j.is_string()) fail(path, std::string("a figure must be a string, not ") + type_name(j));
        return parse_number(j.get<std::string>(), Mode::strict, where(path, false));
    }
    bool boolean(const json& j, const std::string& path) const {
        if (!j.is_boolean()) fail(path, std::string("must be true or false, not ") + type_name(j));
        return j.get<bool>();
    }
    std::vector<std::string> ids(const json& j, const std::string& path) const {
        std::vector<std::string> out;
        const json& a = array(j, path);
        for (std::size_t i = 0; i < a.size(); ++i) out.push_back(text(a[i], path + "/" + std::to_string(i)));
        return out;
    }

private:
    std::string source_;
};

// The enumeration value named by the string at `path`, read with its parse_* function.
template <class E>
E choose(const Reader& r, const json& j, const std::string& path,
         std::optional<E> (*parse)(std::string_view) noexcept, const char* expected) {
    const std::string value = r.text(j, path);
    const auto e = parse(value);
    if (!e) r.fail(path, "'" + value + "' is not one of " + expected);
    return *e;
}

Node read_node(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p, {"id", "level", "name", "parent", "code", "unit", "kind"});
    Node n;
    n.id = r.text(r.required(j, "id", p), p + "/id");
    n.level = choose(r, r.required(j, "level", p), p + "/level", parse_level,
                     "visi, misi, tujuan, sasaran, program, kegiatan, sub_kegiatan");
    n.name = r.text(r.required(j, "name", p), p + "/name");
    n.parent = r.text_or_empty(j, "parent", p);
    n.code = r.text_or_empty(j, "code", p);
    n.unit = r.text_or_empty(j, "unit", p);
    if (const json* k = r.optional(j, "kind"))
        n.kind = choose(r, *k, p + "/kind", parse_program_kind, "utama, penunjang");
    return n;
}

Target read_target(const Reader& r, const json& j, const std::string& p, Polarity polarity) {
    if (polarity == Polarity::qualitative) return Target::of_grade(r.text(j, p));
    if (j.is_object()) {
        r.object(j, p, {"min", "max"});
        return Target::between(r.number(r.required(j, "min", p), p + "/min"),
                               r.number(r.required(j, "max", p), p + "/max"));
    }
    return Target::number(r.number(j, p));
}

Realisation read_realisation(const Reader& r, const json& j, const std::string& p, Polarity polarity) {
    Realisation out;
    const bool qualitative = polarity == Polarity::qualitative;
    if (j.is_string()) {
        if (qualitative)
            out.grade = j.get<std::string>();
        else
            out.value = r.number(j, p);
        return out;
    }
    r.object(j, p, {"value", "numerator", "denominator", "from_data", "triwulan", "rollup"});
    const bool ratio = j.contains("numerator") || j.contains("denominator");
    const bool data = j.contains("from_data");
    const bool quarters = j.contains("triwulan");
    if (static_cast<int>(ratio) + static_cast<int>(data) + static_cast<int>(quarters) > 1)
        r.fail(p, "a realisation has one source: numerator and denominator, from_data, or triwulan");
    if (const json* v = r.optional(j, "value")) {
        if (qualitative)
            out.grade = r.text(*v, p + "/value");
        else
            out.value = r.number(*v, p + "/value");
    }
    if (ratio) {
        out.source = Realisation::Source::ratio;
        out.numerator = r.number(r.required(j, "numerator", p), p + "/numerator");
        out.denominator = r.number(r.required(j, "denominator", p), p + "/denominator");
    } else if (data) {
        if (!r.boolean(j["from_data"], p + "/from_data"))
            r.fail(p + "/from_data", "must be true when present");
        out.source = Realisation::Source::data;
    } else if (quarters) {
        out.source = Realisation::Source::triwulan;
        const json& q = r.array(j["triwulan"], p + "/triwulan");
        if (q.size() != 4) r.fail(p + "/triwulan", "needs four quarters (null for one not reported)");
        for (std::size_t i = 0; i < 4; ++i)
            if (!q[i].is_null()) out.triwulan[i] = r.number(q[i], p + "/triwulan/" + std::to_string(i));
        out.rollup = choose(r, r.required(j, "rollup", p), p + "/rollup", parse_rollup, "sum, last, max");
    } else if (!j.contains("value")) {
        r.fail(p, "a realisation needs a value, numerator and denominator, from_data, or triwulan");
    }
    if (!quarters && j.contains("rollup")) r.fail(p + "/rollup", "rollup goes with triwulan");
    return out;
}

Indicator read_indicator(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p,
             {"id", "node", "name", "satuan", "polarity", "lower_formula", "grades", "decimals", "formula",
              "baseline", "targets", "end_target", "realisations"});
    Indicator ind;
    ind.id = r.text(r.required(j, "id", p), p + "/id");
    ind.node = r.text(r.required(j, "node", p), p + "/node");
    ind.name = r.text(r.required(j, "name", p), p + "/name");
    ind.satuan = r.text(r.required(j, "satuan", p), p + "/satuan");
    ind.polarity = choose(r, r.required(j, "polarity", p), p + "/polarity", parse_polarity,
                          "higher_is_better, lower_is_better, range, qualitative");
    if (const json* f = r.optional(j, "lower_formula"))
        ind.lower_formula = choose(r, *f, p + "/lower_formula", parse_lower_formula, "2t_minus_r, t_over_r");
    if (const json* g = r.optional(j, "grades")) ind.grades = r.ids(*g, p + "/grades");
    if (const json* d = r.optional(j, "decimals")) ind.decimals = r.integer(*d, p + "/decimals");
    if (const json* f = r.optional(j, "formula")) {
        const std::string fp = p + "/formula";
        r.object(*f, fp, {"text", "numerator", "denominator", "factor"});
        Formula formula;
        formula.text = r.text_or_empty(*f, "text", fp);
        formula.numerator = r.text_or_empty(*f, "numerator", fp);
        formula.denominator = r.text_or_empty(*f, "denominator", fp);
        if (const json* k = r.optional(*f, "factor")) formula.factor = r.number(*k, fp + "/factor");
        ind.formula = formula;
    }
    if (const json* b = r.optional(j, "baseline")) {
        const std::string bp = p + "/baseline";
        r.object(*b, bp, {"year", "value"});
        ind.baseline = Baseline{r.integer(r.required(*b, "year", bp), bp + "/year"),
                                r.number(r.required(*b, "value", bp), bp + "/value")};
    }
    if (const json* t = r.optional(j, "targets")) {
        if (!t->is_object()) r.fail(p + "/targets", std::string("must be an object, not ") + type_name(*t));
        for (const auto& item : t->items()) {
            const std::string tp = p + "/targets/" + item.key();
            ind.targets[r.year_key(item.key(), tp)] = read_target(r, item.value(), tp, ind.polarity);
        }
    }
    if (const json* e = r.optional(j, "end_target"))
        ind.end_target = read_target(r, *e, p + "/end_target", ind.polarity);
    if (const json* rs = r.optional(j, "realisations")) {
        if (!rs->is_object())
            r.fail(p + "/realisations", std::string("must be an object, not ") + type_name(*rs));
        for (const auto& item : rs->items()) {
            const std::string rp = p + "/realisations/" + item.key();
            ind.realisations[r.year_key(item.key(), rp)] =
                read_realisation(r, item.value(), rp, ind.polarity);
        }
    }
    return ind;
}

BudgetLine read_budget_line(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p, {"year", "class", "node", "name", "anggaran_murni", "anggaran", "realisasi", "triwulan"});
    BudgetLine b;
    b.year = r.integer(r.required(j, "year", p), p + "/year");
    b.spending = choose(r, r.required(j, "class", p), p + "/class", parse_spending_class,
                        "belanja_tidak_langsung, belanja_langsung, operasi, modal, tidak_terduga, transfer");
    b.node = r.text_or_empty(j, "node", p);
    b.name = r.text_or_empty(j, "name", p);
    if (const json* m = r.optional(j, "anggaran_murni"))
        b.anggaran_murni = r.amount(*m, p + "/anggaran_murni");
    b.anggaran = r.amount(r.required(j, "anggaran", p), p + "/anggaran");
    b.realisasi = r.amount(r.required(j, "realisasi", p), p + "/realisasi");
    if (const json* q = r.optional(j, "triwulan")) {
        const json& a = r.array(*q, p + "/triwulan");
        if (a.size() != 4) r.fail(p + "/triwulan", "needs four quarters");
        std::array<Rupiah, 4> quarters;
        for (std::size_t i = 0; i < 4; ++i)
            quarters[i] = r.amount(a[i], p + "/triwulan/" + std::to_string(i));
        b.triwulan = quarters;
    }
    return b;
}

DataRow read_row(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p, {"id", "label", "total", "values", "rows"});
    DataRow row;
    row.id = r.text(r.required(j, "id", p), p + "/id");
    row.label = r.text(r.required(j, "label", p), p + "/label");
    if (const json* t = r.optional(j, "total")) row.total = r.boolean(*t, p + "/total");
    if (const json* v = r.optional(j, "values")) {
        if (!v->is_object()) r.fail(p + "/values", std::string("must be an object, not ") + type_name(*v));
        for (const auto& item : v->items())
            row.values[item.key()] = r.number(item.value(), p + "/values/" + item.key());
    }
    if (const json* rows = r.optional(j, "rows")) {
        const json& a = r.array(*rows, p + "/rows");
        for (std::size_t i = 0; i < a.size(); ++i)
            row.rows.push_back(read_row(r, a[i], p + "/rows/" + std::to_string(i)));
    }
    return row;
}

DataTable read_table(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p, {"id", "year", "title", "columns", "rows"});
    DataTable t;
    t.id = r.text(r.required(j, "id", p), p + "/id");
    t.year = r.integer(r.required(j, "year", p), p + "/year");
    t.title = r.text(r.required(j, "title", p), p + "/title");
    const json& columns = r.array(r.required(j, "columns", p), p + "/columns");
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string cp = p + "/columns/" + std::to_string(i);
        r.object(columns[i], cp, {"id", "name"});
        t.columns.push_back(DataColumn{r.text(r.required(columns[i], "id", cp), cp + "/id"),
                                       r.text(r.required(columns[i], "name", cp), cp + "/name")});
    }
    const json& rows = r.array(r.required(j, "rows", p), p + "/rows");
    for (std::size_t i = 0; i < rows.size(); ++i)
        t.rows.push_back(read_row(r, rows[i], p + "/rows/" + std::to_string(i)));
    return t;
}

PrintedTable read_printed_table(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p, {"id", "title", "year", "where", "columns", "rows"});
    PrintedTable t;
    t.id = r.text(r.required(j, "id", p), p + "/id");
    t.title = r.text(r.required(j, "title", p), p + "/title");
    if (const json* y = r.optional(j, "year")) t.year = r.integer(*y, p + "/year");
    t.where = r.text_or_empty(j, "where", p);
    const json& columns = r.array(r.required(j, "columns", p), p + "/columns");
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::string cp = p + "/columns/" + std::to_string(i);
        r.object(columns[i], cp, {"name", "role", "of"});
        PrintedColumn c;
        c.name = r.text(r.required(columns[i], "name", cp), cp + "/name");
        c.role = choose(
            r, r.required(columns[i], "role", cp), cp + "/role", parse_column_role,
            "anggaran, realisasi, sisa, persen, target, capaian, l, p, jumlah, ditangani, share, other");
        if (const json* of = r.optional(columns[i], "of"))
            c.of = choose(r, *of, cp + "/of", parse_column_role, "a column role");
        t.columns.push_back(c);
    }
    const json& rows = r.array(r.required(j, "rows", p), p + "/rows");
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string rp = p + "/rows/" + std::to_string(i);
        r.object(rows[i], rp, {"label", "level", "ref", "cells"});
        PrintedRow row;
        row.label = r.text(r.required(rows[i], "label", rp), rp + "/label");
        if (const json* l = r.optional(rows[i], "level")) row.level = r.integer(*l, rp + "/level");
        row.ref = r.text_or_empty(rows[i], "ref", rp);
        row.cells = r.ids(r.required(rows[i], "cells", rp), rp + "/cells");
        t.rows.push_back(row);
    }
    return t;
}

Statement read_statement(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p, {"id", "kind", "text", "sasaran", "programs"});
    Statement s;
    s.id = r.text(r.required(j, "id", p), p + "/id");
    s.kind = choose(r, r.required(j, "kind", p), p + "/kind", parse_statement_kind, "strategi, kebijakan");
    s.text = r.text(r.required(j, "text", p), p + "/text");
    if (const json* v = r.optional(j, "sasaran")) s.sasaran = r.ids(*v, p + "/sasaran");
    if (const json* v = r.optional(j, "programs")) s.programs = r.ids(*v, p + "/programs");
    return s;
}

Discrepancy read_discrepancy(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p, {"node", "year", "measure", "kept", "printed", "where", "why"});
    Discrepancy d;
    d.node = r.text_or_empty(j, "node", p);
    if (const json* y = r.optional(j, "year")) d.year = r.integer(*y, p + "/year");
    d.measure = r.text_or_empty(j, "measure", p);
    d.kept = r.text(r.required(j, "kept", p), p + "/kept");
    d.printed = r.text(r.required(j, "printed", p), p + "/printed");
    d.where = r.text(r.required(j, "where", p), p + "/where");
    d.why = r.text(r.required(j, "why", p), p + "/why");
    return d;
}

PrintedFigure read_printed_figure(const Reader& r, const json& j, const std::string& p) {
    r.object(j, p, {"where", "ref", "year", "measure", "printed"});
    PrintedFigure f;
    f.where = r.text(r.required(j, "where", p), p + "/where");
    f.ref = r.text(r.required(j, "ref", p), p + "/ref");
    f.year = r.integer(r.required(j, "year", p), p + "/year");
    f.measure = r.text(r.required(j, "measure", p), p + "/measure");
    f.printed = r.text(r.required(j, "printed", p), p + "/printed");
    return f;
}

template <class T, class F>
void read_list(const Reader& r, const json& doc, const char* key, std::vector<T>& out, F&& read) {
    const json* list = r.optional(doc, key);
    if (list == nullptr) return;
    const std::string p = std::string("/") + key;
    const json& a = r.array(*list, p);
    for (std::size_t i = 0; i < a.size(); ++i) out.push_back(read(r, a[i], p + "/" + std::to_string(i)));
}

// --- writing ---

std::string money(Rupiah r) { return format_rupiah(r); }

std::string figure(const Decimal& d) {
    FormatOptions f;
    f.grouping = false;  // "1234" and "26,75": never the ambiguous "1.234"
    return format_number(d, f);
}

void put_if(ordered& j, const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
}

ordered write_target(const Target& t) {
    switch (t.kind) {
        case Target::Kind::number:
            return figure(t.value);
        case Target::Kind::range: {
            ordered o;
            o["min"] = figure(t.min);
            o["max"] = figure(t.max);
            return o;
        }
        case Target::Kind::grade:
            return t.grade;
    }
    return nullptr;
}

ordered write_realisation(const Realisation& r) {
    if (r.source == Realisation::Source::value) {
        if (!r.grade.empty()) return r.grade;
        return figure(*r.value);
    }
    ordered o;
    if (!r.grade.empty())
        o["value"] = r.grade;
    else if (r.value)
        o["value"] = figure(*r.value);
    switch (r.source) {
        case Realisation::Source::ratio:
            o["numerator"] = figure(r.numerator);
            o["denominator"] = figure(r.denominator);
            break;
        case Realisation::Source::data:
            o["from_data"] = true;
            break;
        case Realisation::Source::triwulan: {
            ordered q = ordered::array();
            for (const auto& v : r.triwulan) q.push_back(v ? ordered(figure(*v)) : ordered(nullptr));
            o["triwulan"] = q;
            o["rollup"] = std::string(to_string(r.rollup));
            break;
        }
        case Realisation::Source::value:
            break;
    }
    return o;
}

ordered write_row(const DataRow& row) {
    ordered o;
    o["id"] = row.id;
    o["label"] = row.label;
    if (row.total) o["total"] = true;
    if (!row.values.empty()) {
        ordered v;
        for (const auto& [column, value] : row.values) v[column] = figure(value);
        o["values"] = v;
    }
    if (!row.rows.empty()) {
        ordered rows = ordered::array();
        for (const DataRow& sub : row.rows) rows.push_back(write_row(sub));
        o["rows"] = rows;
    }
    return o;
}

ordered write_unit(const Unit& u) {
    ordered o;
    o["id"] = u.id;
    o["name"] = u.name;
    put_if(o, "parent", u.parent);
    return o;
}

ordered write_node(const Node& n) {
    ordered o;
    o["id"] = n.id;
    o["level"] = std::string(to_string(n.level));
    o["name"] = n.name;
    put_if(o, "parent", n.parent);
    put_if(o, "code", n.code);
    put_if(o, "unit", n.unit);
    put_if(o, "kind", std::string(to_string(n.kind)));
    return o;
}

ordered write_statement(const Statement& s) {
    ordered o;
    o["id"] = s.id;
    o["kind"] = std::string(to_string(s.kind));
    o["text"] = s.text;
    if (!s.sasaran.empty()) o["sasaran"] = s.sasaran;
    if (!s.programs.empty()) o["programs"] = s.programs;
    return o;
}

ordered write_indicator(const Indicator& ind) {
    ordered o;
    o["id"] = ind.id;
    o["node"] = ind.node;
    o["name"] = ind.name;
    o["satuan"] = ind.satuan;
    o["polarity"] = std::string(to_string(ind.polarity));
    put_if(o, "lower_formula", std::string(to_string(ind.lower_formula)));
    if (!ind.grades.empty()) o["grades"] = ind.grades;
    o["decimals"] = ind.decimals;
    if (ind.formula) {
        ordered f;
        put_if(f, "text", ind.formula->text);
        put_if(f, "numerator", ind.formula->numerator);
        put_if(f, "denominator", ind.formula->denominator);
        f["factor"] = figure(ind.formula->factor);
        o["formula"] = f;
    }
    if (ind.baseline)
        o["baseline"] = ordered{{"year", ind.baseline->year}, {"value", figure(ind.baseline->value)}};
    if (!ind.targets.empty()) {
        ordered t;
        for (const auto& [year, target] : ind.targets) t[std::to_string(year)] = write_target(target);
        o["targets"] = t;
    }
    if (ind.end_target) o["end_target"] = write_target(*ind.end_target);
    if (!ind.realisations.empty()) {
        ordered rs;
        for (const auto& [year, r] : ind.realisations) rs[std::to_string(year)] = write_realisation(r);
        o["realisations"] = rs;
    }
    return o;
}

ordered write_budget_line(const BudgetLine& b) {
    ordered o;
    o["year"] = b.year;
    o["class"] = std::string(to_string(b.spending));
    put_if(o, "node", b.node);
    put_if(o, "name", b.name);
    if (b.anggaran_murni) o["anggaran_murni"] = money(*b.anggaran_murni);
    o["anggaran"] = money(b.anggaran);
    o["realisasi"] = money(b.realisasi);
    if (b.triwulan) {
        ordered q = ordered::array();
        for (const Rupiah& v : *b.triwulan) q.push_back(money(v));
        o["triwulan"] = q;
    }
    return o;
}

ordered write_table(const DataTable& t) {
    ordered o;
    o["id"] = t.id;
    o["year"] = t.year;
    o["title"] = t.title;
    ordered columns = ordered::array();
    for (const DataColumn& c : t.columns) columns.push_back(ordered{{"id", c.id}, {"name", c.name}});
    o["columns"] = columns;
    ordered rows = ordered::array();
    for (const DataRow& row : t.rows) rows.push_back(write_row(row));
    o["rows"] = rows;
    return o;
}

ordered write_discrepancy(const Discrepancy& d) {
    ordered o;
    put_if(o, "node", d.node);
    if (d.year) o["year"] = *d.year;
    put_if(o, "measure", d.measure);
    o["kept"] = d.kept;
    o["printed"] = d.printed;
    o["where"] = d.where;
    o["why"] = d.why;
    return o;
}

ordered write_printed_table(const PrintedTable& t) {
    ordered o;
    o["id"] = t.id;
    o["title"] = t.title;
    if (t.year) o["year"] = *t.year;
    put_if(o, "where", t.where);
    ordered columns = ordered::array();
    for (const PrintedColumn& c : t.columns) {
        ordered col;
        col["name"] = c.name;
        col["role"] = std::string(to_string(c.role));
        if (c.role == ColumnRole::share) col["of"] = std::string(to_string(c.of));
        columns.push_back(col);
    }
    o["columns"] = columns;
    ordered rows = ordered::array();
    for (const PrintedRow& row : t.rows) {
        ordered ro;
        ro["label"] = row.label;
        if (row.level != 0) ro["level"] = row.level;
        put_if(ro, "ref", row.ref);
        ro["cells"] = row.cells;
        rows.push_back(ro);
    }
    o["rows"] = rows;
    return o;
}

ordered write_printed_figure(const PrintedFigure& f) {
    ordered o;
    o["where"] = f.where;
    o["ref"] = f.ref;
    o["year"] = f.year;
    o["measure"] = f.measure;
    o["printed"] = f.printed;
    return o;
}

// Writes `items` under `key` as an array, each element by `write`; an empty list is left out unless
// the format requires the key (nodes).
template <class T, class F>
void write_list(ordered& doc, const char* key, const std::vector<T>& items, F&& write, bool always = false) {
    if (items.empty() && !always) return;
    ordered list = ordered::array();
    for (const T& item : items) list.push_back(write(item));
    doc[key] = list;
}

// The JSON path of a location of the plan or of its printed material in kinerja/1: the format keeps
// the model's names but for a budget line's spending class, which it calls "class".
std::string json_path(const PlanLocation& where) {
    PlanLocation in_file = where;
    if (where.list == "budget" && !where.field.empty() && where.field.front() == "spending")
        in_file.field.front() = "class";
    return in_file.to_string();
}

// Validates the plan and then its printed material, naming faults by their JSON path.
void validate_document(const Document& doc, const std::string& source) {
    try {
        validate(doc.plan, source);
        validate(doc.printed, source);
    } catch (const plan_error& e) {
        throw plan_error(e.source(), json_path(e.location()), e.location(), e.reason());
    }
}

}  // namespace

Document read_document(std::string_view text, const std::string& source, const ReadLimits& limits) {
    (void)limits;
    const json doc = parse_json(text, source);
    const Reader r(source);
    r.object(doc, "",
             {"format", "body", "period", "codes", "units", "nodes", "statements", "indicators", "budget",
              "tables", "discrepancies", "printed_tables", "printed_figures"});
    const std::string format = r.text(r.required(doc, "format", ""), "/format");
    if (format != format_name)
        r.fail("/format", "'" + format + "' is not a format this version reads (kinerja/1)");

    Document out;
    Renstra& plan = out.plan;
    const json& body = r.object(r.required(doc, "body", ""), "/body", {"name", "region"});
    plan.body.name = r.text(r.required(body, "name", "/body"), "/body/name");
    plan.body.region = r.text_or_empty(body, "region", "/body");
    const json& period = r.object(r.required(doc, "period", ""), "/period", {"from", "to"});
    plan.period.from = r.integer(r.required(period, "from", "/period"), "/period/from");
    plan.period.to = r.integer(r.required(period, "to", "/period"), "/period/to");
    if (const json* codes = r.optional(doc, "codes"))
        plan.codes = choose(r, *codes, "/codes", parse_code_scheme, "free, permendagri-90");
    read_list(r, doc, "units", plan.units, [](const Reader& rd, const json& j, const std::string& p) {
        rd.object(j, p, {"id", "name", "parent"});
        return Unit{rd.text(rd.required(j, "id", p), p + "/id"),
                    rd.text(rd.required(j, "name", p), p + "/name"), rd.text_or_empty(j, "parent", p)};
    });
    read_list(r, doc, "nodes", plan.nodes, read_node);
    read_list(r, doc, "statements", plan.statements, read_statement);
    read_list(r, doc, "indicators", plan.indicators, read_indicator);
    read_list(r, doc, "budget", plan.budget, read_budget_line);
    read_list(r, doc, "tables", plan.tables, read_table);
    read_list(r, doc, "discrepancies", plan.discrepancies, read_discrepancy);
    read_list(r, doc, "printed_tables", out.printed.tables, read_printed_table);
    read_list(r, doc, "printed_figures", out.printed.figures, read_printed_figure);
    validate_document(out, source);
    return out;
}

Document load_document(const std::filesystem::path& path, const ReadLimits& limits) {
    return read_document(read_text_file(path, limits), path.string(), limits);
}

Renstra read_renstra(std::string_view json, const std::string& source, const ReadLimits& limits) {
    return read_document(json, source, limits).plan;
}

Renstra load_renstra(const std::filesystem::path& path, const ReadLimits& limits) {
    return load_document(path, limits).plan;
}

std::string write_document(const Document& doc) {
    validate_document(doc, {});
    const Renstra& plan = doc.plan;
    ordered out;
    out["format"] = format_name;
    ordered body;
    body["name"] = plan.body.name;
    put_if(body, "region", plan.body.region);
    out["body"] = body;
    out["period"] = ordered{{"from", plan.period.from}, {"to", plan.period.to}};
    out["codes"] = std::string(to_string(plan.codes));
    write_list(out, "units", plan.units, write_unit);
    write_list(out, "nodes", plan.nodes, write_node, true);
    write_list(out, "statements", plan.statements, write_statement);
    write_list(out, "indicators", plan.indicators, write_indicator);
    write_list(out, "budget", plan.budget, write_budget_line);
    write_list(out, "tables", plan.tables, write_table);
    write_list(out, "discrepancies", plan.discrepancies, write_discrepancy);
    write_list(out, "printed_tables", doc.printed.tables, write_printed_table);
    write_list(out, "printed_figures", doc.printed.figures, write_printed_figure);
    return out.dump(2, ' ', false) + "\n";
}

void save_document(const Document& doc, const std::filesystem::path& path) {
    const std::string text = write_document(doc);
    std::ofstream out(path, std::ios::binary);
    if (!out) throw data_error(path.string(), "", "cannot write the file");
    out << text;
    if (!out) throw data_error(path.string(), "", "cannot write the file");
}

}  // namespace kinerja

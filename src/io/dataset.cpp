// The kinerja/1 JSON dataset (docs/format.md), read and written with nlohmann-json.
//
// Reading is strict: every key is either known or an error, every figure is a string read by the
// strict number-text parser, and every error names the file and the JSON path. Duplicate keys, which
// JSON parsers usually resolve silently by keeping one, are an error too.
//
// Reading streams: nlohmann's SAX parser feeds a handler that builds one element of a top-level
// list (one budget line, one node...) at a time and hands it to the reader as soon as it is
// complete, so a dataset of millions of budget lines never exists whole as a JSON tree and the time
// is linear in the file's size. The handler applies ReadLimits (depth, items of an array, string
// length) as it goes, before a hostile input can exhaust the stack or memory. Nothing recurses on
// a depth the input controls: the parser and the handler keep explicit stacks, and data-table rows
// within rows are read with one.

#include "kinerja/io/dataset.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "io/detail/json_tree.hpp"
#include "kinerja/core/number_text.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/plan/language.hpp"
#include "kinerja/plan/validate.hpp"

namespace kinerja {
namespace {

using json = nlohmann::json;
using ordered = nlohmann::ordered_json;

constexpr const char* format_name = "kinerja/1";

// The top-level lists, read element by element while parsing; and the other top-level keys.
constexpr std::array<const char*, 10> list_keys = {
    "units",  "nodes",         "statements", "indicators",     "budget",
    "tables", "discrepancies", "perjanjian", "printed_tables", "printed_figures"};
constexpr std::array<const char*, 4> other_keys = {"format", "body", "period", "codes"};

const char* list_key(std::string_view key) {
    for (const char* k : list_keys)
        if (key == k) return k;
    return nullptr;
}

// A JSON path as a chain of components that live on the stack (each names its parent), turned into
// text only when an error is raised: reading a million values builds no path string.
class Path {
public:
    // The root ("").
    Path() = default;
    Path(const Path& parent, std::string_view key) : parent_(&parent), key_(key) {}
    Path(const Path& parent, std::size_t index) : parent_(&parent), index_(index), is_index_(true) {}

    // The child at key (which must outlive the result: a literal or a key of the document).
    Path operator/(std::string_view key) const { return Path(*this, key); }
    Path operator/(std::size_t index) const { return Path(*this, index); }

    // "/budget/3/anggaran".
    [[nodiscard]] std::string str() const {
        std::vector<const Path*> chain;
        for (const Path* p = this; p->parent_ != nullptr; p = p->parent_) chain.push_back(p);
        std::string out;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            out += '/';
            if ((*it)->is_index_)
                out += std::to_string((*it)->index_);
            else
                out += (*it)->key_;
        }
        return out;
    }

private:
    const Path* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_ = 0;
    bool is_index_ = false;
};

// Position of byte `byte` (1-based, as nlohmann reports it: the last character read, so the end of
// the offending token) as "line:column" in characters.
std::string line_column(std::string_view text, std::size_t byte) {
    return detail::line_column(text, byte == 0 ? 0 : byte - 1).to_string();
}

using detail::must_be;
using detail::over_limit;

// The SAX handler: checks syntax (through nlohmann's parser), duplicate keys and ReadLimits, builds
// the small top-level members (format, body, period, codes) as a tree, and hands each element of a
// top-level list to `sink` as soon as it is complete. Its stack has one frame per open array or
// object; the JSON path of an error is built from it only when the error is raised.
class Handler {
public:
    // The element `index` of list `list` (one of list_keys), complete.
    using Sink = std::function<void(const char* list, std::size_t index, const json& item)>;

    Handler(std::string_view text, const std::string& source, const ReadLimits& limits, Sink sink)
        : text_(text), source_(source), limits_(limits), sink_(std::move(sink)) {}

    // The top-level members read so far that are not lists read element by element.
    [[nodiscard]] const json& root() const noexcept { return root_; }

    // Parses the text; returns the top-level members that are not lists read element by element.
    json parse() {
        json::sax_parse(text_.begin(), text_.end(), this, json::input_format_t::json, true, false);
        return std::move(root_);
    }

    bool null() { return value(json(nullptr)); }
    bool boolean(bool v) { return value(json(v)); }
    bool number_integer(json::number_integer_t v) { return value(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return value(json(v)); }
    bool number_float(json::number_float_t v, const std::string& /*text*/) { return value(json(v)); }
    bool string(std::string& v) { return value(json(std::move(v))); }
    bool binary(json::binary_t& v) { return value(json::binary(std::move(v))); }
    bool start_object(std::size_t /*size*/) { return open(false); }
    bool start_array(std::size_t /*size*/) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& k) {
        Frame& top = stack_.back();
        if (k.size() > limits_.max_cell_bytes)
            fail(path(stack_.size() - 1), too_long("error.json.key_too_long", k.size()));
        if (top.value == nullptr) {  // the root
            const bool known = list_key(k) != nullptr || std::any_of(other_keys.begin(), other_keys.end(),
                                                                     [&](const char* o) { return k == o; });
            if (!known) fail("/" + k, Message{"error.json.unknown_key", {}});
            if (!root_keys_.insert(k).second) fail("/" + k, Message{"error.json.duplicate_key", {}});
        } else if (top.value->contains(k)) {
            fail(path(stack_.size() - 1) + "/" + k, Message{"error.json.duplicate_key", {}});
        }
        top.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*token*/,
                     const nlohmann::detail::exception& e) {
        std::string what = e.what();
        if (e.id == 406) {
            // A number too large for any JSON type has no useful byte position, but the stack knows
            // where it was: the value about to be added to the innermost frame.
            const auto cut = what.find("] ");
            std::string where;  // "" for a document that is nothing but the number
            if (!stack_.empty()) {
                const Frame& top = stack_.back();
                where = path(stack_.size() - 1) + "/" + (top.array ? std::to_string(top.count) : top.key);
            }
            fail(where, detail::invalid_json(cut == std::string::npos ? what : what.substr(cut + 2)));
        }
        const auto cut = what.find("syntax error");
        fail(line_column(text_, position),
             detail::invalid_json(cut == std::string::npos ? what : what.substr(cut)));
    }

private:
    struct Frame {
        // The array or object being built; nullptr for the root object and for a top-level list
        // read element by element, which are never built.
        json* value = nullptr;
        bool array = false;
        // Items begun so far (arrays): the current one is count - 1.
        std::size_t count = 0;
        // The current key (objects).
        std::string key;
        // The top-level list this frame is (one of list_keys), or nullptr.
        const char* list = nullptr;
    };

    [[noreturn]] void fail(const std::string& path, Message said) const {
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw data_error(source_, path, std::move(reason), std::move(said));
    }
    // A key or string (message `id`) of `bytes`, longer than the cell limit.
    Message too_long(const char* id, std::size_t bytes) const {
        return over_limit(id, {{"bytes", std::to_string(bytes)}}, limits_.max_cell_bytes, "--max-cell-bytes",
                          "max_cell_bytes");
    }

    // The path of the value the first `depth` frames lead to (the current item of each).
    std::string path(std::size_t depth) const {
        std::string out;
        for (std::size_t i = 0; i < depth; ++i)
            out += "/" + (stack_[i].array ? std::to_string(stack_[i].count - 1) : stack_[i].key);
        return out;
    }

    // A new item of the innermost frame begins (arrays count their items against max_rows).
    void begin_item() {
        Frame& top = stack_.back();
        if (!top.array) return;
        if (top.count >= limits_.max_rows)
            fail(path(stack_.size() - 1),
                 over_limit("error.json.too_many_items", {}, limits_.max_rows, "--max-rows", "max_rows"));
        ++top.count;
    }

    bool value(json&& v) {
        if (stack_.empty()) fail("", must_be("error.json.type.object", v));
        begin_item();
        if (v.is_string() && v.get_ref<const std::string&>().size() > limits_.max_cell_bytes)
            fail(path(stack_.size()),
                 too_long("error.json.string_too_long", v.get_ref<const std::string&>().size()));
        Frame& top = stack_.back();
        if (top.value != nullptr) {
            if (top.array)
                top.value->push_back(std::move(v));
            else
                (*top.value)[top.key] = std::move(v);
        } else if (top.array) {
            sink_(top.list, top.count - 1, v);  // a scalar element: the reader refuses it, located
        } else {
            root_[top.key] = std::move(v);
        }
        return true;
    }

    bool open(bool array) {
        if (stack_.empty() && array) fail("", must_be("error.json.type.object", json::array()));
        if (!stack_.empty()) begin_item();
        // Refused at the first level over the limit, before the frame exists: the path names the
        // array or object that would be one level too deep.
        if (stack_.size() >= limits_.max_depth)
            fail(path(stack_.size()),
                 over_limit("error.json.too_deep", {}, limits_.max_depth, "--max-depth", "max_depth"));
        Frame next;
        next.array = array;
        if (!stack_.empty()) {
            Frame& top = stack_.back();
            if (top.value != nullptr) {
                if (top.array) {
                    top.value->push_back(nullptr);
                    next.value = &top.value->back();
                } else {
                    next.value = &(*top.value)[top.key];
                }
            } else if (top.array) {
                item_ = json();
                next.value = &item_;
            } else if (array && list_key(top.key) != nullptr) {
                next.list = list_key(top.key);
            } else {
                next.value = &root_[top.key];
            }
            if (next.value != nullptr) *next.value = array ? json::array() : json::object();
        }
        stack_.push_back(std::move(next));
        return true;
    }

    bool close() {
        stack_.pop_back();
        if (stack_.size() == 2 && stack_.back().list != nullptr) {
            // An element of a top-level list is complete: read it now, then forget its tree.
            sink_(stack_.back().list, stack_.back().count - 1, item_);
            item_ = json();
        }
        return true;
    }

    std::string_view text_;
    const std::string& source_;
    const ReadLimits& limits_;
    Sink sink_;
    std::vector<Frame> stack_;
    json root_ = json::object();
    std::set<std::string> root_keys_;
    json item_;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// An amount in the canonical form kinerja writes ("1.239.289.000,00": a first group of one to three
// digits without a leading zero, groups of three after dots, a comma and two decimals), read
// directly; empty for any other text, which the number-text parser reads (or refuses) as ever. A
// large dataset holds millions of amounts in this form, and reading them took most of its time.
// At most 23 characters (15 integer digits), so the sen fit std::int64_t; longer amounts take the
// general path.
std::optional<Rupiah> canonical_amount(std::string_view s) {
    if (s.size() < 4 || s.size() > 23) return std::nullopt;
    const std::size_t comma = s.size() - 3;
    if (s[comma] != ',' || !is_digit(s[comma + 1]) || !is_digit(s[comma + 2])) return std::nullopt;
    std::size_t first = 0;
    while (first < comma && is_digit(s[first])) ++first;
    if (first == 0 || first > 3 || (s[0] == '0' && comma != 1)) return std::nullopt;
    std::int64_t sen = 0;
    for (std::size_t i = 0; i < first; ++i) sen = sen * 10 + (s[i] - '0');
    for (std::size_t i = first; i < comma; i += 4) {
        if (i + 4 > comma || s[i] != '.' || !is_digit(s[i + 1]) || !is_digit(s[i + 2]) || !is_digit(s[i + 3]))
            return std::nullopt;
        sen = sen * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
    }
    return Rupiah::from_sen(sen * 100 + (s[comma + 1] - '0') * 10 + (s[comma + 2] - '0'));
}

// Reads values from the JSON tree of one element, each with its path, so every error can name it.
class Reader {
public:
    explicit Reader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const Path& path, Message said) const {
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw data_error(source_, path.str(), std::move(reason), std::move(said));
    }

    const json& object(const json& j, const Path& path, std::initializer_list<const char*> allowed) const {
        if (!j.is_object()) fail(path, must_be("error.json.type.object", j));
        for (const auto& item : j.items()) {
            const bool known =
                std::any_of(allowed.begin(), allowed.end(), [&](const char* k) { return item.key() == k; });
            if (!known) fail(path / item.key(), Message{"error.json.unknown_key", {}});
        }
        return j;
    }
    const json& array(const json& j, const Path& path) const {
        if (!j.is_array()) fail(path, must_be("error.json.type.array", j));
        return j;
    }
    const json& required(const json& j, const char* key, const Path& path) const {
        const auto it = j.find(key);
        if (it == j.end()) fail(path / key, Message{"error.json.missing", {}});
        return *it;
    }
    const json* optional(const json& j, const char* key) const {
        const auto it = j.find(key);
        return it == j.end() ? nullptr : &*it;
    }
    std::string text(const json& j, const Path& path) const {
        if (!j.is_string()) fail(path, must_be("error.json.type.string", j));
        return j.get<std::string>();
    }
    std::string text_or_empty(const json& j, const char* key, const Path& path) const {
        const json* v = optional(j, key);
        return v ? text(*v, path / key) : std::string();
    }
    int integer(const json& j, const Path& path) const {
        if (!j.is_number_integer()) fail(path, must_be("error.json.type.integer", j));
        const auto v = j.get<std::int64_t>();
        if (v < -1'000'000 || v > 1'000'000) fail(path, Message{"error.dataset.integer_range", {}});
        return static_cast<int>(v);
    }
    int year_key(const std::string& key, const Path& path) const {
        const bool ok = key.size() == 4 &&
                        std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!ok) fail(path, Message{"error.dataset.year_key", {}});
        return std::stoi(key);
    }
    Rupiah amount(const json& j, const Path& path) const {
        if (!j.is_string()) fail(path, Message{"error.dataset.amount_type", {{"got", detail::type_id(j)}}});
        const std::string& text = j.get_ref<const std::string&>();
        if (const auto fast = canonical_amount(text)) return *fast;
        return located(path, [&] { return parse_rupiah(text, Mode::strict); });
    }
    Decimal number(const json& j, const Path& path) const {
        if (!j.is_string()) fail(path, Message{"error.dataset.figure_type", {{"got", detail::type_id(j)}}});
        return located(path, [&] { return parse_number(j.get_ref<const std::string&>(), Mode::strict); });
    }
    bool boolean(const json& j, const Path& path) const {
        if (!j.is_boolean()) fail(path, must_be("error.json.type.true_or_false", j));
        return j.get<bool>();
    }
    std::vector<std::string> ids(const json& j, const Path& path) const {
        std::vector<std::string> out;
        const json& a = array(j, path);
        for (std::size_t i = 0; i < a.size(); ++i) out.push_back(text(a[i], path / i));
        return out;
    }

private:
    // Runs `read` (a figure's parse); its error gets the file and the JSON path, which are named only
    // now that something failed. An overflow (an amount beyond 38 digits of sen) becomes a
    // data_error: it is a fault of the file, located like every other.
    template <class F>
    auto located(const Path& path, F&& read) const -> decltype(read()) {
        try {
            return read();
        } catch (const ambiguous_error& e) {
            throw ambiguous_error(e.text(), e.offset(), e.readings(), source_ + ":" + path.str());
        } catch (const parse_error& e) {
            throw parse_error(e.text(), e.offset(), e.reason(), source_ + ":" + path.str(), e.message());
        } catch (const data_error&) {
            throw;
        } catch (const error& e) {
            throw data_error(source_, path.str(), e.what(), e.message());
        }
    }

    std::string source_;
};

// The enumeration value named by the string at `path`, read with its parse_* function.
template <class E>
E choose(const Reader& r, const json& j, const Path& path,
         std::optional<E> (*parse)(std::string_view) noexcept, const char* expected) {
    const std::string value = r.text(j, path);
    const auto e = parse(value);
    if (!e) r.fail(path, Message{"error.dataset.not_one_of", {{"value", value}, {"expected", expected}}});
    return *e;
}

Node read_node(const Reader& r, const json& j, const Path& p) {
    r.object(j, p, {"id", "level", "name", "parent", "code", "unit", "kind"});
    Node n;
    n.id = r.text(r.required(j, "id", p), p / "id");
    n.level = choose(r, r.required(j, "level", p), p / "level", parse_level,
                     "visi, misi, tujuan, sasaran, program, kegiatan, sub_kegiatan");
    n.name = r.text(r.required(j, "name", p), p / "name");
    n.parent = r.text_or_empty(j, "parent", p);
    n.code = r.text_or_empty(j, "code", p);
    n.unit = r.text_or_empty(j, "unit", p);
    if (const json* k = r.optional(j, "kind"))
        n.kind = choose(r, *k, p / "kind", parse_program_kind, "utama, penunjang");
    return n;
}

Unit read_unit(const Reader& r, const json& j, const Path& p) {
    r.object(j, p, {"id", "name", "parent"});
    return Unit{r.text(r.required(j, "id", p), p / "id"), r.text(r.required(j, "name", p), p / "name"),
                r.text_or_empty(j, "parent", p)};
}

Target read_target(const Reader& r, const json& j, const Path& p, Polarity polarity) {
    if (polarity == Polarity::qualitative) return Target::of_grade(r.text(j, p));
    if (j.is_object()) {
        r.object(j, p, {"min", "max"});
        return Target::between(r.number(r.required(j, "min", p), p / "min"),
                               r.number(r.required(j, "max", p), p / "max"));
    }
    return Target::number(r.number(j, p));
}

Realisation read_realisation(const Reader& r, const json& j, const Path& p, Polarity polarity) {
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
        r.fail(p, Message{"error.dataset.realisation_sources", {}});
    if (const json* v = r.optional(j, "value")) {
        if (qualitative)
            out.grade = r.text(*v, p / "value");
        else
            out.value = r.number(*v, p / "value");
    }
    if (ratio) {
        out.source = Realisation::Source::ratio;
        out.numerator = r.number(r.required(j, "numerator", p), p / "numerator");
        out.denominator = r.number(r.required(j, "denominator", p), p / "denominator");
    } else if (data) {
        if (!r.boolean(j["from_data"], p / "from_data"))
            r.fail(p / "from_data", Message{"error.dataset.true_when_present", {}});
        out.source = Realisation::Source::data;
    } else if (quarters) {
        out.source = Realisation::Source::triwulan;
        const Path qp = p / "triwulan";
        const json& q = r.array(j["triwulan"], qp);
        if (q.size() != 4) r.fail(qp, Message{"error.dataset.four_quarters_reported", {}});
        for (std::size_t i = 0; i < 4; ++i)
            if (!q[i].is_null()) out.triwulan[i] = r.number(q[i], qp / i);
        out.rollup = choose(r, r.required(j, "rollup", p), p / "rollup", parse_rollup, "sum, last, max");
    } else if (!j.contains("value")) {
        r.fail(p, Message{"error.dataset.realisation_source", {}});
    }
    if (!quarters && j.contains("rollup")) r.fail(p / "rollup", Message{"error.dataset.rollup_triwulan", {}});
    return out;
}

Indicator read_indicator(const Reader& r, const json& j, const Path& p) {
    r.object(j, p,
             {"id", "node", "name", "satuan", "polarity", "lower_formula", "grades", "decimals", "formula",
              "baseline", "targets", "end_target", "realisations"});
    Indicator ind;
    ind.id = r.text(r.required(j, "id", p), p / "id");
    ind.node = r.text(r.required(j, "node", p), p / "node");
    ind.name = r.text(r.required(j, "name", p), p / "name");
    ind.satuan = r.text(r.required(j, "satuan", p), p / "satuan");
    ind.polarity = choose(r, r.required(j, "polarity", p), p / "polarity", parse_polarity,
                          "higher_is_better, lower_is_better, range, qualitative");
    if (const json* f = r.optional(j, "lower_formula"))
        ind.lower_formula = choose(r, *f, p / "lower_formula", parse_lower_formula, "2t_minus_r, t_over_r");
    if (const json* g = r.optional(j, "grades")) ind.grades = r.ids(*g, p / "grades");
    if (const json* d = r.optional(j, "decimals")) ind.decimals = r.integer(*d, p / "decimals");
    if (const json* f = r.optional(j, "formula")) {
        const Path fp = p / "formula";
        r.object(*f, fp, {"text", "numerator", "denominator", "factor"});
        Formula formula;
        formula.text = r.text_or_empty(*f, "text", fp);
        formula.numerator = r.text_or_empty(*f, "numerator", fp);
        formula.denominator = r.text_or_empty(*f, "denominator", fp);
        if (const json* k = r.optional(*f, "factor")) formula.factor = r.number(*k, fp / "factor");
        ind.formula = formula;
    }
    if (const json* b = r.optional(j, "baseline")) {
        const Path bp = p / "baseline";
        r.object(*b, bp, {"year", "value"});
        ind.baseline = Baseline{r.integer(r.required(*b, "year", bp), bp / "year"),
                                r.number(r.required(*b, "value", bp), bp / "value")};
    }
    if (const json* t = r.optional(j, "targets")) {
        const Path targets = p / "targets";
        if (!t->is_object()) r.fail(targets, must_be("error.json.type.object", *t));
        for (const auto& item : t->items()) {
            const Path tp = targets / item.key();
            ind.targets[r.year_key(item.key(), tp)] = read_target(r, item.value(), tp, ind.polarity);
        }
    }
    if (const json* e = r.optional(j, "end_target"))
        ind.end_target = read_target(r, *e, p / "end_target", ind.polarity);
    if (const json* rs = r.optional(j, "realisations")) {
        const Path realisations = p / "realisations";
        if (!rs->is_object()) r.fail(realisations, must_be("error.json.type.object", *rs));
        for (const auto& item : rs->items()) {
            const Path rp = realisations / item.key();
            ind.realisations[r.year_key(item.key(), rp)] =
                read_realisation(r, item.value(), rp, ind.polarity);
        }
    }
    return ind;
}

BudgetLine read_budget_line(const Reader& r, const json& j, const Path& p) {
    r.object(j, p, {"year", "class", "node", "name", "anggaran_murni", "anggaran", "realisasi", "triwulan"});
    BudgetLine b;
    b.year = r.integer(r.required(j, "year", p), p / "year");
    b.spending = choose(r, r.required(j, "class", p), p / "class", parse_spending_class,
                        "belanja_tidak_langsung, belanja_langsung, operasi, modal, tidak_terduga, transfer");
    b.node = r.text_or_empty(j, "node", p);
    b.name = r.text_or_empty(j, "name", p);
    if (const json* m = r.optional(j, "anggaran_murni"))
        b.anggaran_murni = r.amount(*m, p / "anggaran_murni");
    b.anggaran = r.amount(r.required(j, "anggaran", p), p / "anggaran");
    b.realisasi = r.amount(r.required(j, "realisasi", p), p / "realisasi");
    if (const json* q = r.optional(j, "triwulan")) {
        const Path qp = p / "triwulan";
        const json& a = r.array(*q, qp);
        if (a.size() != 4) r.fail(qp, Message{"error.dataset.four_quarters", {}});
        std::array<Rupiah, 4> quarters;
        for (std::size_t i = 0; i < 4; ++i) quarters[i] = r.amount(a[i], qp / i);
        b.triwulan = quarters;
    }
    return b;
}

// One row's own fields (not its sub-rows); returns the JSON array of its sub-rows, or nullptr.
const json* read_row_fields(const Reader& r, const json& j, const Path& p, DataRow& row) {
    r.object(j, p, {"id", "label", "total", "values", "rows"});
    row.id = r.text(r.required(j, "id", p), p / "id");
    row.label = r.text(r.required(j, "label", p), p / "label");
    if (const json* t = r.optional(j, "total")) row.total = r.boolean(*t, p / "total");
    if (const json* v = r.optional(j, "values")) {
        const Path vp = p / "values";
        if (!v->is_object()) r.fail(vp, must_be("error.json.type.object", *v));
        for (const auto& item : v->items()) row.values[item.key()] = r.number(item.value(), vp / item.key());
    }
    const json* rows = r.optional(j, "rows");
    return rows == nullptr ? nullptr : &r.array(*rows, p / "rows");
}

// The rows of a table, sub-rows within rows, read with an explicit stack: the depth of rows is the
// input's to choose (bounded by ReadLimits::max_depth, which a caller may raise far beyond what the
// call stack holds).
void read_rows(const Reader& r, const json& rows, const Path& rows_path, std::vector<DataRow>& out) {
    struct Level {
        const json* rows;
        Path path;  // of the rows array
        std::vector<DataRow>* out;
        std::size_t next = 0;
        Path row{};  // of the row being read (its sub-rows' parent path)
        Path sub{};  // of its "rows"
    };
    std::deque<Level> stack;  // a deque: each level's paths stay where they are as levels are added
    stack.push_back(Level{&rows, rows_path, &out});
    while (!stack.empty()) {
        Level& level = stack.back();
        if (level.next == level.rows->size()) {
            stack.pop_back();
            continue;
        }
        const std::size_t i = level.next++;
        level.row = level.path / i;
        level.out->emplace_back();
        DataRow& row = level.out->back();
        if (const json* sub = read_row_fields(r, (*level.rows)[i], level.row, row)) {
            level.sub = level.row / "rows";
            stack.push_back(Level{sub, level.sub, &row.rows});
        }
    }
}

DataTable read_table(const Reader& r, const json& j, const Path& p) {
    r.object(j, p, {"id", "year", "title", "columns", "rows"});
    DataTable t;
    t.id = r.text(r.required(j, "id", p), p / "id");
    t.year = r.integer(r.required(j, "year", p), p / "year");
    t.title = r.text(r.required(j, "title", p), p / "title");
    const Path columns_path = p / "columns";
    const json& columns = r.array(r.required(j, "columns", p), columns_path);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Path cp = columns_path / i;
        r.object(columns[i], cp, {"id", "name"});
        t.columns.push_back(DataColumn{r.text(r.required(columns[i], "id", cp), cp / "id"),
                                       r.text(r.required(columns[i], "name", cp), cp / "name")});
    }
    const Path rows_path = p / "rows";
    read_rows(r, r.array(r.required(j, "rows", p), rows_path), rows_path, t.rows);
    return t;
}

PrintedTable read_printed_table(const Reader& r, const json& j, const Path& p) {
    r.object(j, p, {"id", "title", "year", "where", "columns", "rows"});
    PrintedTable t;
    t.id = r.text(r.required(j, "id", p), p / "id");
    t.title = r.text(r.required(j, "title", p), p / "title");
    if (const json* y = r.optional(j, "year")) t.year = r.integer(*y, p / "year");
    t.where = r.text_or_empty(j, "where", p);
    const Path columns_path = p / "columns";
    const json& columns = r.array(r.required(j, "columns", p), columns_path);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Path cp = columns_path / i;
        r.object(columns[i], cp, {"name", "role", "of"});
        PrintedColumn c;
        c.name = r.text(r.required(columns[i], "name", cp), cp / "name");
        c.role = choose(r, r.required(columns[i], "role", cp), cp / "role", parse_column_role,
                        "anggaran, realisasi, sisa, persen, target, capaian, l, p, jumlah, ditangani, share, "
                        "part, other");
        if (const json* of = r.optional(columns[i], "of")) {
            const std::string value = r.text(*of, cp / "of");
            const auto role = parse_column_role(value);
            if (!role) r.fail(cp / "of", Message{"error.dataset.not_a_column_role", {{"value", value}}});
            c.of = *role;
        }
        t.columns.push_back(c);
    }
    const Path rows_path = p / "rows";
    const json& rows = r.array(r.required(j, "rows", p), rows_path);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Path rp = rows_path / i;
        r.object(rows[i], rp, {"label", "level", "ref", "cells"});
        PrintedRow row;
        row.label = r.text(r.required(rows[i], "label", rp), rp / "label");
        if (const json* l = r.optional(rows[i], "level")) row.level = r.integer(*l, rp / "level");
        row.ref = r.text_or_empty(rows[i], "ref", rp);
        row.cells = r.ids(r.required(rows[i], "cells", rp), rp / "cells");
        t.rows.push_back(row);
    }
    return t;
}

Statement read_statement(const Reader& r, const json& j, const Path& p) {
    r.object(j, p, {"id", "kind", "text", "sasaran", "programs"});
    Statement s;
    s.id = r.text(r.required(j, "id", p), p / "id");
    s.kind = choose(r, r.required(j, "kind", p), p / "kind", parse_statement_kind, "strategi, kebijakan");
    s.text = r.text(r.required(j, "text", p), p / "text");
    if (const json* v = r.optional(j, "sasaran")) s.sasaran = r.ids(*v, p / "sasaran");
    if (const json* v = r.optional(j, "programs")) s.programs = r.ids(*v, p / "programs");
    return s;
}

Discrepancy read_discrepancy(const Reader& r, const json& j, const Path& p) {
    r.object(j, p, {"node", "year", "measure", "kept", "printed", "where", "why"});
    Discrepancy d;
    d.node = r.text_or_empty(j, "node", p);
    if (const json* y = r.optional(j, "year")) d.year = r.integer(*y, p / "year");
    d.measure = r.text_or_empty(j, "measure", p);
    d.kept = r.text(r.required(j, "kept", p), p / "kept");
    d.printed = r.text(r.required(j, "printed", p), p / "printed");
    d.where = r.text(r.required(j, "where", p), p / "where");
    d.why = r.text(r.required(j, "why", p), p / "why");
    return d;
}

PrintedFigure read_printed_figure(const Reader& r, const json& j, const Path& p) {
    r.object(j, p, {"where", "ref", "year", "measure", "printed"});
    PrintedFigure f;
    f.where = r.text(r.required(j, "where", p), p / "where");
    f.ref = r.text(r.required(j, "ref", p), p / "ref");
    f.year = r.integer(r.required(j, "year", p), p / "year");
    f.measure = r.text(r.required(j, "measure", p), p / "measure");
    f.printed = r.text(r.required(j, "printed", p), p / "printed");
    return f;
}

PkQuarters read_quarters(const Reader& r, const json& j, const Path& p) {
    const json& q = r.array(j, p);
    if (q.size() != 4) r.fail(p, Message{"error.dataset.four_quarters_stated", {}});
    PkQuarters out;
    for (std::size_t i = 0; i < 4; ++i)
        if (!q[i].is_null()) out[i] = r.number(q[i], p / i);
    return out;
}

// A PK, read once every indicator of the plan is: an item's target reads by its indicator's polarity
// (a grade or a number), and the plan's indicators may follow the PKs in the file.
PerjanjianKinerja read_perjanjian(const Reader& r, const Renstra& plan, const json& j, const Path& p) {
    r.object(j, p, {"unit", "eselon", "year", "indicators", "items"});
    PerjanjianKinerja pk;
    pk.unit = r.text(r.required(j, "unit", p), p / "unit");
    pk.eselon =
        choose(r, r.required(j, "eselon", p), p / "eselon", parse_eselon, "kepala, eselon_iii, eselon_iv");
    pk.year = r.integer(r.required(j, "year", p), p / "year");
    if (const json* own = r.optional(j, "indicators")) {
        const Path op = p / "indicators";
        const json& a = r.array(*own, op);
        for (std::size_t i = 0; i < a.size(); ++i) pk.indicators.push_back(read_indicator(r, a[i], op / i));
    }
    const Path ip = p / "items";
    const json& items = r.array(r.required(j, "items", p), ip);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Path at = ip / i;
        const json& e = r.object(items[i], at, {"indicator", "target", "rencana", "realisasi", "rollup"});
        PkItem item;
        item.indicator = r.text(r.required(e, "indicator", at), at / "indicator");
        const Indicator* ind = pk_indicator(plan, pk, item);
        if (ind == nullptr)
            r.fail(at / "indicator", Message{"error.plan.unknown_indicator", {{"id", item.indicator}}});
        item.target = read_target(r, r.required(e, "target", at), at / "target", ind->polarity);
        if (const json* q = r.optional(e, "rencana")) item.rencana = read_quarters(r, *q, at / "rencana");
        if (const json* q = r.optional(e, "realisasi"))
            item.realisasi = read_quarters(r, *q, at / "realisasi");
        if (const json* k = r.optional(e, "rollup"))
            item.rollup = choose(r, *k, at / "rollup", parse_rollup, "sum, last, max");
        pk.items.push_back(std::move(item));
    }
    return pk;
}

// Reads element `index` of the top-level list `list` into its place in `out`.
void read_element(const Reader& r, Document& out, const char* list, std::size_t index, const json& j) {
    const Path root;  // named: a Path refers to its parent, which must outlive it
    const Path list_path = root / list;
    const Path p = list_path / index;
    const std::string_view key = list;
    Renstra& plan = out.plan;
    if (key == "units")
        plan.units.push_back(read_unit(r, j, p));
    else if (key == "nodes")
        plan.nodes.push_back(read_node(r, j, p));
    else if (key == "statements")
        plan.statements.push_back(read_statement(r, j, p));
    else if (key == "indicators")
        plan.indicators.push_back(read_indicator(r, j, p));
    else if (key == "budget")
        plan.budget.push_back(read_budget_line(r, j, p));
    else if (key == "tables")
        plan.tables.push_back(read_table(r, j, p));
    else if (key == "discrepancies")
        plan.discrepancies.push_back(read_discrepancy(r, j, p));
    else if (key == "printed_tables")
        out.printed.tables.push_back(read_printed_table(r, j, p));
    else
        out.printed.figures.push_back(read_printed_figure(r, j, p));
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

ordered write_quarters(const PkQuarters& quarters) {
    ordered q = ordered::array();
    for (const auto& v : quarters) q.push_back(v ? ordered(figure(*v)) : ordered(nullptr));
    return q;
}

bool any(const PkQuarters& quarters) {
    return std::any_of(quarters.begin(), quarters.end(), [](const auto& q) { return q.has_value(); });
}

ordered write_perjanjian(const PerjanjianKinerja& pk) {
    ordered o;
    o["unit"] = pk.unit;
    o["eselon"] = std::string(to_string(pk.eselon));
    o["year"] = pk.year;
    if (!pk.indicators.empty()) {
        ordered own = ordered::array();
        for (const Indicator& ind : pk.indicators) own.push_back(write_indicator(ind));
        o["indicators"] = own;
    }
    ordered items = ordered::array();
    for (const PkItem& item : pk.items) {
        ordered e;
        e["indicator"] = item.indicator;
        e["target"] = write_target(item.target);
        if (any(item.rencana)) e["rencana"] = write_quarters(item.rencana);
        if (any(item.realisasi)) e["realisasi"] = write_quarters(item.realisasi);
        if (item.rollup) e["rollup"] = std::string(to_string(*item.rollup));
        items.push_back(e);
    }
    o["items"] = items;
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
        validate_perjanjian(doc.plan, source);
        validate(doc.printed, source);
    } catch (const plan_error& e) {
        throw plan_error(e.source(), json_path(e.location()), e.location(), e.reason(), e.message());
    }
}

// read_document on text that check_text has accepted.
Document read_checked(std::string_view text, const std::string& source, const ReadLimits& limits) {
    const Reader r(source);
    Document out;
    // The format decides how the rest reads: checked as soon as it is seen (a written dataset has it
    // first), so a file of another format is refused as such, not for its first unknown element.
    bool format_checked = false;
    const auto check_format = [&](const json& doc) {
        const json* f = r.optional(doc, "format");
        if (f == nullptr || format_checked) return;
        const std::string format = r.text(*f, Path() / "format");
        if (format != format_name)
            r.fail(Path() / "format",
                   Message{"error.dataset.format", {{"format", format}, {"expected", format_name}}});
        format_checked = true;
    };
    std::vector<json> pending;  // the PKs, read after the plan's indicators (read_perjanjian)
    Handler* parsing = nullptr;
    Handler handler(text, source, limits, [&](const char* list, std::size_t index, const json& item) {
        check_format(parsing->root());
        if (std::string_view(list) == "perjanjian")
            pending.push_back(item);
        else
            read_element(r, out, list, index, item);
    });
    parsing = &handler;
    // The lists are read by now; `doc` holds the rest (and a list that is not an array, refused here).
    const json doc = handler.parse();
    const Path root;
    for (const char* key : list_keys)
        if (const json* list = r.optional(doc, key)) r.array(*list, root / key);
    (void)r.required(doc, "format", root);
    check_format(doc);

    Renstra& plan = out.plan;
    const Path body_path = root / "body";
    const json& body = r.object(r.required(doc, "body", root), body_path, {"name", "region"});
    plan.body.name = r.text(r.required(body, "name", body_path), body_path / "name");
    plan.body.region = r.text_or_empty(body, "region", body_path);
    const Path period_path = root / "period";
    const json& period = r.object(r.required(doc, "period", root), period_path, {"from", "to"});
    plan.period.from = r.integer(r.required(period, "from", period_path), period_path / "from");
    plan.period.to = r.integer(r.required(period, "to", period_path), period_path / "to");
    if (const json* codes = r.optional(doc, "codes"))
        plan.codes = choose(r, *codes, root / "codes", parse_code_scheme, "free, permendagri-90");
    const Path pk_list = root / "perjanjian";
    for (std::size_t i = 0; i < pending.size(); ++i)
        plan.perjanjian.push_back(read_perjanjian(r, plan, pending[i], pk_list / i));
    validate_document(out, source);
    return out;
}

}  // namespace

Document read_document(std::string_view text, const std::string& source, const ReadLimits& limits) {
    check_text(text, source);
    return read_checked(text, source, limits);
}

Document load_document(const std::filesystem::path& path, const ReadLimits& limits) {
    // read_text_file has applied check_text already: a large dataset is not scanned twice.
    return read_checked(read_text_file(path, limits), path.string(), limits);
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
    write_list(out, "perjanjian", plan.perjanjian, write_perjanjian);
    write_list(out, "printed_tables", doc.printed.tables, write_printed_table);
    write_list(out, "printed_figures", doc.printed.figures, write_printed_figure);
    return out.dump(2, ' ', false) + "\n";
}

void save_document(const Document& doc, const std::filesystem::path& path) {
    // Atomically: a failure half-way (a full disk) leaves the old file as it was.
    write_text_file(path, write_document(doc));
}

}  // namespace kinerja

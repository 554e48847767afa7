#pragma once
// A small JSON file read as a tree, as the Pemda and LKE readers do: a first SAX pass (JsonGuard)
// checks syntax, refuses duplicate keys and applies ReadLimits with the JSON path of each fault
// before any tree is built; JsonReader then reads values from the tree, each error naming its JSON
// path. Internal: not installed.

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kinerja/core/error.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/io/limits.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja::detail {

/// The catalogue id of the JSON type of \p j, said where a value has the wrong type ("must be an
/// object, not {=got}"): "error.json.type.string"...
inline const char* type_id(const nlohmann::json& j) {
    if (j.is_string()) return "error.json.type.string";
    if (j.is_number()) return "error.json.type.number";
    if (j.is_boolean()) return "error.json.type.boolean";
    if (j.is_null()) return "error.json.type.null";
    if (j.is_array()) return "error.json.type.array";
    return "error.json.type.object";
}

/// "must be \p expected, not (the type of \p j)": \p expected is an id of error.json.type.
inline Message must_be(const char* expected, const nlohmann::json& j) {
    return Message{"error.json.must_be", {{"expected", expected}, {"got", type_id(j)}}};
}

/// Message \p id of a ReadLimits refused, with \p args and the hint that ends it (limit_hint of
/// kinerja/io/limits.hpp): "the limit is {limit} (raise it with {option} or ReadLimits::{member})".
inline Message over_limit(const char* id, std::vector<std::pair<std::string, std::string>> args,
                          std::uint64_t limit, const char* option, const char* member) {
    args.emplace_back("limit", std::to_string(limit));
    args.emplace_back("option", option);
    args.emplace_back("member", member);
    return Message{id, std::move(args)};
}

/// "invalid JSON: ..." for an error of nlohmann's parser, whose own words (\p detail, from "syntax
/// error" on) are kept as it writes them.
inline Message invalid_json(std::string detail) {
    return Message{"error.json.invalid", {{"detail", std::move(detail)}}};
}

// The first pass: syntax, duplicate keys and ReadLimits, with the JSON path of each fault. Builds
// nothing; its stack has one frame per open array or object.
class JsonGuard final : public nlohmann::json_sax<nlohmann::json> {
public:
    JsonGuard(std::string_view text, const std::string& source, const ReadLimits& limits)
        : text_(text), source_(source), limits_(limits) {}

    bool null() override { return scalar(); }
    bool boolean(bool /*v*/) override { return scalar(); }
    bool number_integer(number_integer_t /*v*/) override { return scalar(); }
    bool number_unsigned(number_unsigned_t /*v*/) override { return scalar(); }
    bool number_float(number_float_t /*v*/, const string_t& /*s*/) override { return scalar(); }
    bool string(string_t& v) override {
        item();
        if (v.size() > limits_.max_cell_bytes) fail(path(), too_long("error.json.string_too_long", v.size()));
        return true;
    }
    bool binary(binary_t& /*v*/) override { return scalar(); }
    bool start_object(std::size_t /*n*/) override { return open(false); }
    bool start_array(std::size_t /*n*/) override { return open(true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        Frame& top = stack_.back();
        if (k.size() > limits_.max_cell_bytes)
            fail(path(stack_.size() - 1), too_long("error.json.key_too_long", k.size()));
        if (!top.keys.insert(k).second)
            fail(path(stack_.size() - 1) + "/" + k, Message{"error.json.duplicate_key", {}});
        top.key = k;
        return true;
    }
    bool parse_error(std::size_t position, const std::string& /*token*/,
                     const nlohmann::detail::exception& e) override {
        const std::string what = e.what();
        const auto cut = what.find("syntax error");
        const std::string where = line_column(text_, position == 0 ? 0 : position - 1).to_string();
        Message said = invalid_json(cut == std::string::npos ? what : what.substr(cut));
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw data_error(source_, where, std::move(reason), std::move(said));
    }

private:
    struct Frame {
        bool array = false;
        std::size_t count = 0;
        std::string key;
        std::set<std::string> keys;
    };

    [[noreturn]] void fail(const std::string& where, Message said) const {
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw data_error(source_, where, std::move(reason), std::move(said));
    }
    // A key or string (message \p id) of \p bytes, longer than the cell limit.
    Message too_long(const char* id, std::size_t bytes) const {
        return over_limit(id, {{"bytes", std::to_string(bytes)}}, limits_.max_cell_bytes, "--max-cell-bytes",
                          "max_cell_bytes");
    }
    // The path of the current item of every frame.
    std::string path() const { return path(stack_.size()); }
    // The path of the current item of the first `depth` frames.
    std::string path(std::size_t depth) const {
        std::string out;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& f = stack_[i];
            out += "/" + (f.array ? std::to_string(f.count == 0 ? 0 : f.count - 1) : f.key);
        }
        return out;
    }
    void item() {
        if (stack_.empty()) fail("", Message{"error.json.root_object", {}});
        Frame& top = stack_.back();
        if (!top.array) return;
        if (top.count >= limits_.max_rows)
            fail(path(),
                 over_limit("error.json.too_many_items", {}, limits_.max_rows, "--max-rows", "max_rows"));
        ++top.count;
    }
    bool scalar() {
        item();
        return true;
    }
    bool open(bool array) {
        if (stack_.empty() && array) fail("", must_be("error.json.type.object", nlohmann::json::array()));
        if (!stack_.empty()) item();
        if (stack_.size() >= limits_.max_depth)
            fail(path(),
                 over_limit("error.json.too_deep", {}, limits_.max_depth, "--max-depth", "max_depth"));
        Frame f;
        f.array = array;
        stack_.push_back(std::move(f));
        return true;
    }
    bool close() {
        stack_.pop_back();
        return true;
    }

    std::string_view text_;
    const std::string& source_;
    const ReadLimits& limits_;
    std::vector<Frame> stack_;
};

// Reads values from the tree, each with its JSON path, so every error can name it.
class JsonReader {
public:
    explicit JsonReader(std::string source) : source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& path, Message said) const {
        std::string reason = english(said);  // before said is moved: argument order is unspecified
        throw data_error(source_, path, std::move(reason), std::move(said));
    }
    const nlohmann::json& object(const nlohmann::json& j, const std::string& path,
                                 std::initializer_list<const char*> allowed) const {
        if (!j.is_object()) fail(path, must_be("error.json.type.object", j));
        for (const auto& item : j.items())
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return item.key() == k; }))
                fail(path + "/" + item.key(), Message{"error.json.unknown_key", {}});
        return j;
    }
    const nlohmann::json& array(const nlohmann::json& j, const std::string& path) const {
        if (!j.is_array()) fail(path, must_be("error.json.type.array", j));
        return j;
    }
    const nlohmann::json& required(const nlohmann::json& j, const char* key, const std::string& path) const {
        const auto it = j.find(key);
        if (it == j.end()) fail(path + "/" + key, Message{"error.json.missing", {}});
        return *it;
    }
    std::string text(const nlohmann::json& j, const char* key, const std::string& path) const {
        const nlohmann::json& v = required(j, key, path);
        if (!v.is_string()) fail(path + "/" + key, must_be("error.json.type.string", v));
        std::string out = v.get<std::string>();
        if (out.empty()) fail(path + "/" + key, Message{"error.json.empty", {}});
        return out;
    }
    const std::string& source() const noexcept { return source_; }

private:
    std::string source_;
};

}  // namespace kinerja::detail

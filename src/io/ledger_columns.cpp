// Ledger lines from Arrow-layout columns, read in place. The lines are taken a chunk at a time,
// a column at a time: each column's typed loop turns its values into small tokens (a dictionary
// index, or the number of a distinct text), so the loop that resolves codes to the ledger's ids and
// appends the lines works on integers whatever the columns' types, and the scratch is a few
// cache-sized arrays rather than a copy of the columns.

#include "kinerja/io/ledger_columns.hpp"

#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>

#include "kinerja/core/error.hpp"
#include "kinerja/detail/int128.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/plan/language.hpp"

namespace kinerja {
namespace {

constexpr std::size_t chunk_lines = 4096;
constexpr std::uint32_t no_token = std::numeric_limits<std::uint32_t>::max();

// Where a cell is, for errors: the column's name and the row over all batches.
std::string cell(const std::string& column, std::size_t row) {
    return std::string(column) + "[" + std::to_string(row) + "]";
}

// Calls f with the column's values as a typed pointer: the one switch per column, outside the loops.
template <class F>
void with_integers(const IntegerColumn& c, F&& f) {
    switch (c.type) {
        case IntegerType::int8:
            return f(static_cast<const std::int8_t*>(c.data));
        case IntegerType::int16:
            return f(static_cast<const std::int16_t*>(c.data));
        case IntegerType::int32:
            return f(static_cast<const std::int32_t*>(c.data));
        case IntegerType::int64:
            return f(static_cast<const std::int64_t*>(c.data));
        case IntegerType::uint8:
            return f(static_cast<const std::uint8_t*>(c.data));
        case IntegerType::uint16:
            return f(static_cast<const std::uint16_t*>(c.data));
        case IntegerType::uint32:
            return f(static_cast<const std::uint32_t*>(c.data));
        case IntegerType::uint64:
            return f(static_cast<const std::uint64_t*>(c.data));
    }
}

template <class T>
std::string integer_text(T v) {
    if constexpr (std::is_signed_v<T>)
        return std::to_string(static_cast<long long>(v));
    else
        return std::to_string(static_cast<unsigned long long>(v));
}

// The texts of one code or name column of one batch, as tokens: a dictionary column's token is the
// line's dictionary index; a plain column's is the number of its distinct text, in order of first
// appearance. Every text is checked (offsets, UTF-8, no NUL) the first time its token is made.
class TokenColumn final {
public:
    TokenColumn(const CodeColumn& column, std::string name, std::string_view source)
        : column_(column), name_(std::move(name)), source_(source) {
        if (column.indices) checked_.assign(column.text.size, false);
    }

    // Tokens of lines [lo, hi) of the batch into out; row_base + i is line i's row in errors.
    void tokens(std::size_t lo, std::size_t hi, std::size_t row_base, std::uint32_t* out) {
        if (column_.indices) {
            const std::size_t n = column_.text.size;
            with_integers(*column_.indices, [&](const auto* idx) {
                for (std::size_t i = lo; i < hi; ++i) {
                    const auto v = idx[i];
                    if (v < 0 || static_cast<std::uint64_t>(v) >= n) {
                        Message said{"error.ledger.dictionary_index",
                                     {{"index", integer_text(v)}, {"count", std::to_string(n)}}};
                        throw data_error(std::string(source_), cell(name_, row_base + i), english(said),
                                         said);
                    }
                    const auto k = static_cast<std::uint32_t>(v);
                    if (!checked_[k]) {
                        (void)text_at(k, row_base + i);
                        checked_[k] = true;
                    }
                    out[i - lo] = k;
                }
            });
            return;
        }
        for (std::size_t i = lo; i < hi; ++i) {
            const std::string_view t = text_at(i, row_base + i);
            if (last_ == no_token || t != texts_[last_]) {
                auto [at, added] = ids_.try_emplace(t, static_cast<std::uint32_t>(texts_.size()));
                if (added) texts_.push_back(t);
                last_ = at->second;
            }
            out[i - lo] = last_;
        }
    }

    // The text of a token made by tokens().
    [[nodiscard]] std::string_view text(std::uint32_t token) const {
        return column_.indices ? entry(token) : texts_[token];
    }

private:
    // Entry i of the texts, its offsets checked against the bytes.
    std::string_view entry(std::size_t i) const {
        const TextColumn& t = column_.text;
        std::int64_t from = 0, to = 0;
        if (t.large) {
            std::memcpy(&from, static_cast<const char*>(t.offsets) + i * 8, 8);
            std::memcpy(&to, static_cast<const char*>(t.offsets) + (i + 1) * 8, 8);
        } else {
            std::int32_t a = 0, b = 0;
            std::memcpy(&a, static_cast<const char*>(t.offsets) + i * 4, 4);
            std::memcpy(&b, static_cast<const char*>(t.offsets) + (i + 1) * 4, 4);
            from = a;
            to = b;
        }
        if (from < 0 || to < from || static_cast<std::uint64_t>(to) > t.bytes_size) return {nullptr, 0};
        return {t.bytes + from, static_cast<std::size_t>(to - from)};
    }

    // Entry i, refused with row \p row named when its offsets or its text are not sound.
    std::string_view text_at(std::size_t i, std::size_t row) const {
        const std::string_view t = entry(i);
        if (t.data() == nullptr) {
            Message said{column_.indices ? "error.ledger.entry_offsets" : "error.ledger.offsets",
                         {{"bytes", std::to_string(column_.text.bytes_size)}}};
            throw data_error(std::string(source_), cell(name_, row), english(said), said);
        }
        try {
            check_text(t, std::string(source_));
        } catch (const data_error& e) {
            // The text reader's reason, said in the language when it has a catalogue id.
            if (!e.message().id.empty())
                throw data_error(std::string(source_), cell(name_, row), e.reason(), e.message());
            throw data_error(std::string(source_), cell(name_, row), "text " + e.reason());
        }
        return t;
    }

    const CodeColumn& column_;
    std::string name_;
    std::string_view source_;
    std::vector<bool> checked_;                                // dictionary entries checked so far
    std::unordered_map<std::string_view, std::uint32_t> ids_;  // plain: distinct text -> token
    std::vector<std::string_view> texts_;                      // plain: token -> text
    std::uint32_t last_ = no_token;
};

// A map from 64-bit keys to ids, open addressing with linear probing: the per-line look-up of a
// (region, body) pair, a few nanoseconds where the lines are shuffled.
class IdMap final {
public:
    IdMap() : slots_(1024, {empty, 0}) {}

    // The id of \p key, or no_token.
    [[nodiscard]] std::uint32_t find(std::uint64_t key) const noexcept {
        for (std::size_t i = hash(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i].first == key) return slots_[i].second;
            if (slots_[i].first == empty) return no_token;
        }
    }

    void insert(std::uint64_t key, std::uint32_t id) {
        if ((count_ + 1) * 2 > slots_.size()) grow();
        place(key, id);
        ++count_;
    }

private:
    static constexpr std::uint64_t empty = std::numeric_limits<std::uint64_t>::max();
    static std::size_t hash(std::uint64_t k) noexcept {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdULL;
        k ^= k >> 33;
        return static_cast<std::size_t>(k);
    }
    void place(std::uint64_t key, std::uint32_t id) noexcept {
        std::size_t i = hash(key) & (slots_.size() - 1);
        while (slots_[i].first != empty) i = (i + 1) & (slots_.size() - 1);
        slots_[i] = {key, id};
    }
    void grow() {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> old(slots_.size() * 2, {empty, 0});
        old.swap(slots_);
        for (const auto& [k, v] : old)
            if (k != empty) place(k, v);
    }

    std::vector<std::pair<std::uint64_t, std::uint32_t>> slots_;
    std::size_t count_ = 0;
};

// Reads a decimal128 amount column's values [lo, hi) as int64 sen into out.
void decimal_amounts(const AmountColumn& c, const std::string& name, std::string_view source, std::size_t lo,
                     std::size_t hi, std::size_t row_base, std::int64_t* out) {
    const std::int64_t factor = c.scale == 0 ? 100 : c.scale == 1 ? 10 : 1;
    const auto* bytes = static_cast<const unsigned char*>(c.data);
    for (std::size_t i = lo; i < hi; ++i) {
        std::uint64_t low = 0;
        std::int64_t high = 0;
        std::memcpy(&low, bytes + i * 16, 8);
        std::memcpy(&high, bytes + i * 16 + 8, 8);
        const auto value = static_cast<std::int64_t>(low);
        std::int64_t sen = 0;
        if (high != (value < 0 ? -1 : 0) || __builtin_mul_overflow(value, factor, &sen)) {
            const int128 whole =
                static_cast<int128>((static_cast<uint128>(static_cast<std::uint64_t>(high)) << 64) | low);
            std::string text = detail::to_string(whole);
            if (c.scale > 0) {
                const std::size_t digits_at = text[0] == '-' ? 1 : 0;
                while (text.size() - digits_at <= static_cast<std::size_t>(c.scale))
                    text.insert(digits_at, "0");
                text.insert(text.size() - static_cast<std::size_t>(c.scale), ".");
            }
            Message said{"error.ledger.column_amount_overflow",
                         {{"where", std::string(source) + ":" + cell(name, row_base + i)}, {"amount", text}}};
            throw overflow_error(english(said), said);
        }
        out[i - lo] = sen;
    }
}

// Line columns of one batch, checked for the shape a batch must have.
void check_shape(const LedgerColumns& b, std::string_view source) {
    const std::size_t n = b.years.size;
    const LedgerColumnNames& c = b.names;
    const std::pair<const std::string*, std::size_t> sizes[] = {
        {&c.region, b.regions.size()},
        {&c.body, b.bodies.size()},
        {&c.sub_kegiatan, b.sub_kegiatan.size()},
        {&c.anggaran, b.anggaran.size},
        {&c.realisasi, b.realisasi.size},
        {&c.body_name, b.body_names ? b.body_names->size() : n},
        {&c.sub_kegiatan_name, b.sub_kegiatan_names ? b.sub_kegiatan_names->size() : n}};
    for (const auto& [name, size] : sizes)
        if (size != n) {
            Message said{
                "error.ledger.column_lines",
                {{"lines", std::to_string(size)}, {"year_column", c.year}, {"count", std::to_string(n)}}};
            throw data_error(std::string(source), *name, english(said), said);
        }
    for (const AmountColumn* a : {&b.anggaran, &b.realisasi})
        if (a->type == AmountType::decimal128 && (a->scale < 0 || a->scale > 2)) {
            Message said{"error.ledger.decimal_scale", {{"scale", std::to_string(a->scale)}}};
            throw data_error(std::string(source), a == &b.anggaran ? c.anggaran : c.realisasi, english(said),
                             said);
        }
}

// What the batches share to find a body: the number of each distinct body code text, and the
// body id of each (region id, code number).
struct BodyKeys final {
    std::unordered_map<std::string, std::uint32_t> code_numbers;
    IdMap bodies;
};

// Appends one batch's lines; row_base is the row of its first line over all batches.
class BatchReader final {
public:
    BatchReader(Ledger& ledger, const LedgerColumns& b, std::string_view source, std::size_t row_base,
                BodyKeys& keys)
        : ledger_(ledger),
          b_(b),
          names_(b.names),
          source_(source),
          row_base_(row_base),
          keys_(keys),
          regions_(b.regions, names_.region, source),
          bodies_(b.bodies, names_.body, source),
          subs_(b.sub_kegiatan, names_.sub_kegiatan, source) {
        if (b.body_names) body_names_.emplace(*b.body_names, names_.body_name, source);
        if (b.sub_kegiatan_names) sub_names_.emplace(*b.sub_kegiatan_names, names_.sub_kegiatan_name, source);
    }

    void read() {
        const std::size_t n = b_.years.size;
        for (std::size_t lo = 0; lo < n; lo += chunk_lines) chunk(lo, std::min(n, lo + chunk_lines));
    }

private:
    void chunk(std::size_t lo, std::size_t hi) {
        with_integers(b_.years, [&](const auto* y) {
            for (std::size_t i = lo; i < hi; ++i) {
                if (y[i] < 1000 || y[i] > 9999) {
                    Message said{"error.ledger.year_digits", {{"year", integer_text(y[i])}}};
                    throw data_error(std::string(source_), cell(names_.year, row_base_ + i), english(said),
                                     said);
                }
                year_[i - lo] = static_cast<std::int16_t>(y[i]);
            }
        });
        regions_.tokens(lo, hi, row_base_, region_);
        bodies_.tokens(lo, hi, row_base_, body_);
        subs_.tokens(lo, hi, row_base_, sub_);
        if (body_names_) body_names_->tokens(lo, hi, row_base_, body_name_);
        if (sub_names_) sub_names_->tokens(lo, hi, row_base_, sub_name_);
        const std::int64_t* anggaran = amounts(b_.anggaran, names_.anggaran, lo, hi, anggaran_);
        const std::int64_t* realisasi = amounts(b_.realisasi, names_.realisasi, lo, hi, realisasi_);
        // The tokens become ids in place: a line's token is read before its slot is overwritten.
        for (std::size_t k = 0; k < hi - lo; ++k) {
            const std::size_t row = row_base_ + lo + k;
            const std::uint32_t region = region_id(region_[k], row);
            body_[k] = body_id(region, body_[k], body_names_ ? body_name_[k] : no_token, row);
            sub_[k] = sub_id(sub_[k], sub_names_ ? sub_name_[k] : no_token, row);
        }
        ledger_.append_sen(year_, body_, sub_, anggaran, realisasi, hi - lo);
    }

    // Lines [lo, hi) of an amount column as int64 sen: an int64 column in place, a decimal128 one
    // converted into \p scratch.
    const std::int64_t* amounts(const AmountColumn& c, const std::string& name, std::size_t lo,
                                std::size_t hi, std::int64_t* scratch) const {
        if (c.type == AmountType::int64_sen) return static_cast<const std::int64_t*>(c.data) + lo;
        decimal_amounts(c, name, source_, lo, hi, row_base_, scratch);
        return scratch;
    }

    // Calls the ledger's add function, its refusal rethrown naming the cell.
    template <class Add>
    std::uint32_t added(const std::string& column, std::size_t row, Add&& add) {
        try {
            return add();
        } catch (const value_error& e) {
            throw data_error(std::string(source_), cell(column, row), e.what(), e.message());
        }
    }

    std::uint32_t region_id(std::uint32_t token, std::size_t row) {
        if (token >= region_ids_.size()) region_ids_.resize(token + 1, no_token);
        std::uint32_t& id = region_ids_[token];
        if (id == no_token)
            id = added(names_.region, row, [&] { return ledger_.add_region(regions_.text(token)); });
        return id;
    }

    // A body's id by (region id, body code); its name, when the batch has names, checked against
    // the one recorded whenever a line's name token differs from the last one seen for the body.
    // Each body token remembers the region and body it last resolved to: where a dictionary entry
    // stands for one body (or lines come in runs) that is an array look-up in cache, in any order.
    std::uint32_t body_id(std::uint32_t region, std::uint32_t token, std::uint32_t name, std::size_t row) {
        if (token >= body_tokens_.size()) body_tokens_.resize(token + 1);
        BodyToken& t = body_tokens_[token];
        if (t.region != region) {
            // The code's text once per token; the key pairs the region with the code's number.
            if (t.code == no_token) t.code = intern_code(bodies_.text(token));
            const std::uint64_t key = (std::uint64_t{region} << 32) | t.code;
            std::uint32_t id = keys_.bodies.find(key);
            if (id == no_token) {
                id = added(names_.body, row, [&] {
                    return ledger_.add_body(region, bodies_.text(token),
                                            name == no_token ? "" : body_names_->text(name));
                });
                keys_.bodies.insert(key, id);
                note_name(body_name_of_, id, name);
            }
            t.region = region;
            t.id = id;
        }
        if (name != no_token && (t.id >= body_name_of_.size() || body_name_of_[t.id] != name)) {
            (void)added(names_.body_name, row, [&] {
                return ledger_.add_body(region, bodies_.text(token), body_names_->text(name));
            });
            note_name(body_name_of_, t.id, name);
        }
        return t.id;
    }

    std::uint32_t sub_id(std::uint32_t token, std::uint32_t name, std::size_t row) {
        if (token >= sub_ids_.size()) sub_ids_.resize(token + 1, no_token);
        std::uint32_t& id = sub_ids_[token];
        if (id == no_token) {
            id = added(names_.sub_kegiatan, row, [&] {
                return ledger_.add_sub_kegiatan(subs_.text(token),
                                                name == no_token ? "" : sub_names_->text(name));
            });
            note_name(sub_name_of_, id, name);
        } else if (name != no_token && (id >= sub_name_of_.size() || sub_name_of_[id] != name)) {
            (void)added(names_.sub_kegiatan_name, row,
                        [&] { return ledger_.add_sub_kegiatan(subs_.text(token), sub_names_->text(name)); });
            note_name(sub_name_of_, id, name);
        }
        return id;
    }

    static void note_name(std::vector<std::uint32_t>& of, std::uint32_t id, std::uint32_t name) {
        if (name == no_token) return;
        if (id >= of.size()) of.resize(id + 1, no_token);
        of[id] = name;
    }

    // One number per distinct body code text over every batch, so that two batches' dictionaries
    // (or a dictionary with a repeated entry) key the same body alike.
    std::uint32_t intern_code(std::string_view text) {
        const auto next = static_cast<std::uint32_t>(keys_.code_numbers.size());
        return keys_.code_numbers.try_emplace(std::string(text), next).first->second;
    }

    Ledger& ledger_;
    const LedgerColumns& b_;
    const LedgerColumnNames& names_;
    std::string_view source_;
    std::size_t row_base_;
    BodyKeys& keys_;
    TokenColumn regions_, bodies_, subs_;
    std::optional<TokenColumn> body_names_, sub_names_;
    // What a body token stands for: its code's number, and the region and body it last resolved to.
    struct BodyToken {
        std::uint32_t code = no_token, region = no_token, id = no_token;
    };
    std::vector<BodyToken> body_tokens_;
    std::vector<std::uint32_t> region_ids_, sub_ids_, body_name_of_, sub_name_of_;
    std::int16_t year_[chunk_lines];
    std::uint32_t region_[chunk_lines], body_[chunk_lines], sub_[chunk_lines], body_name_[chunk_lines],
        sub_name_[chunk_lines];
    std::int64_t anggaran_[chunk_lines], realisasi_[chunk_lines];
};

}  // namespace

Ledger ledger_from_columns(const std::vector<LedgerColumns>& batches, std::string_view source) {
    std::size_t total = 0;
    for (const LedgerColumns& b : batches) {
        check_shape(b, source);
        total += b.years.size;
    }
    Ledger ledger;
    if (total > Ledger::max_lines) {
        Message said{"error.ledger.columns_too_many_lines",
                     {{"lines", std::to_string(total)}, {"max", std::to_string(Ledger::max_lines)}}};
        throw data_error(std::string(source), "", english(said), said);
    }
    ledger.reserve(total);
    BodyKeys keys;
    std::size_t row = 0;
    for (const LedgerColumns& b : batches) {
        // On the heap: the reader's chunk arrays are some 160 KB.
        auto reader = std::make_unique<BatchReader>(ledger, b, source, row, keys);
        reader->read();
        row += b.years.size;
    }
    return ledger;
}

}  // namespace kinerja

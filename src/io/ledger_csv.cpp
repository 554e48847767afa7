// The ledger CSV format (see ledger_csv.hpp): a strict, fast reader and its writer.
//
// The reader works on the whole text in place: nothing is allocated per line. A usual line is split
// in one pass (its separators and its end together) and its body and sub kegiatan found by their
// text in open-addressing tables, whose slots are prefetched two lines ahead so that lines in any
// order read at about one speed; any other line, and every error, goes through the field-by-field
// reader. Columns and other details are only computed when there is an error to report.

#include "kinerja/io/ledger_csv.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>

#include "detail/csv.hpp"
#include "io/detail/input_file.hpp"
#include "kinerja/detail/utf8.hpp"
#include "kinerja/io/text_file.hpp"
#include "kinerja/plan/language.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if __has_include(<sys/mman.h>)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define KINERJA_LEDGER_MMAP 1
#endif

namespace kinerja {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Whether a and b hold the same n bytes. The reader compares body and sub kegiatan texts of some 40
// to 80 bytes three times a line, where a call to memcmp costs more than the compare: 16 bytes at a
// time, the last 16 overlapping, reading nothing outside either text.
bool same_text(const char* a, const char* b, std::size_t n) {
#if defined(__SSE2__)
    if (n >= 16) {
        auto same16 = [](const char* x, const char* y) {
            const __m128i u = _mm_loadu_si128(reinterpret_cast<const __m128i*>(x));
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(y));
            return _mm_movemask_epi8(_mm_cmpeq_epi8(u, v)) == 0xFFFF;
        };
        for (std::size_t i = 0; i + 16 < n; i += 16)
            if (!same16(a + i, b + i)) return false;
        return same16(a + n - 16, b + n - 16);
    }
#endif
    return std::memcmp(a, b, n) == 0;
}

bool same_text(std::string_view a, std::string_view b) {
    return a.size() == b.size() && same_text(a.data(), b.data(), a.size());
}

// The text of a field for a message: at most 40 bytes, cut on a character boundary.
std::string shorten(std::string_view s) {
    const std::string_view cut = detail::prefix_on_boundary(s, 40);
    return cut.size() == s.size() ? std::string(s) : std::string(cut) + "...";
}

// The 0-based character count of [from, to).
std::size_t chars(const char* from, const char* to) {
    return detail::char_count(std::string_view(from, static_cast<std::size_t>(to - from)));
}

// The ledger's separator, and what makes a name quoted: a separator or a quote (a name holds no line break).
constexpr char sep = ';';
constexpr std::string_view name_specials = ";\"";

enum class Fault {
    none,
    empty,
    no_digits,
    unexpected,
    leading_group,
    leading_zero,
    group_size,
    empty_group,
    dot_first,
    dot_last,
    no_int_digits,
    no_decimals,
    too_many_decimals,
    two_commas,
    dot_after_comma,
};

struct Amount {
    std::int64_t sen = 0;
    Fault fault = Fault::none;
    bool overflow = false;
    const char* at = nullptr;  // where the fault is
    std::size_t n = 0;         // digits in a bad group
};

// The grammar: '-'? (digits | [1-9]d{0,2} ('.' ddd)+) (',' d d?)?
Amount read_amount(const char* b, const char* e) {
    Amount a;
    auto fail = [&](Fault f, const char* at, std::size_t n = 0) {
        a.fault = f;
        a.at = at;
        a.n = n;
        return a;
    };
    const char* s = b;
    if (s == e) return fail(Fault::empty, s);
    const bool negative = *s == '-';
    if (negative) ++s;
    if (s == e) return fail(Fault::no_digits, s);
    if (*s == '.') return fail(Fault::dot_first, s);
    if (*s == ',') return fail(Fault::no_int_digits, s);
    if (!is_digit(*s)) return fail(Fault::unexpected, s);
    // Rupiah digits; past 19 digits the value is out of range anyway, so only the syntax matters.
    std::uint64_t rupiah = 0;
    bool big = false;
    auto digit = [&](char c) {
        if (rupiah > (std::numeric_limits<std::uint64_t>::max() - 9) / 10)
            big = true;
        else
            rupiah = rupiah * 10 + static_cast<std::uint64_t>(c - '0');
    };
    const char* g = s;
    while (s < e && is_digit(*s)) digit(*s++);
    if (s < e && *s == '.') {
        if (s - g > 3) return fail(Fault::leading_group, g, static_cast<std::size_t>(s - g));
        if (*g == '0') return fail(Fault::leading_zero, g);
        while (s < e && *s == '.') {
            const char* dot = s++;
            const char* start = s;
            while (s < e && is_digit(*s)) digit(*s++);
            const auto n = static_cast<std::size_t>(s - start);
            if (n == 0) {
                if (s == e || *s == ',') return fail(Fault::dot_last, dot);
                if (*s == '.') return fail(Fault::empty_group, s);
                return fail(Fault::unexpected, s);
            }
            if (n != 3) return fail(Fault::group_size, start, n);
        }
    }
    std::uint64_t sen = 0;
    if (s < e && *s == ',') {
        const char* comma = s++;
        const char* start = s;
        while (s < e && is_digit(*s)) ++s;
        const auto n = static_cast<std::size_t>(s - start);
        if (n == 0) {
            if (s == e) return fail(Fault::no_decimals, comma);
            if (*s == ',') return fail(Fault::two_commas, s);
            if (*s == '.') return fail(Fault::dot_after_comma, s);
            return fail(Fault::unexpected, s);
        }
        if (n > 2) return fail(Fault::too_many_decimals, start + 2);
        sen = static_cast<std::uint64_t>(start[0] - '0') * 10 +
              (n == 2 ? static_cast<std::uint64_t>(start[1] - '0') : 0);
    }
    if (s < e) {
        if (*s == ',') return fail(Fault::two_commas, s);
        if (*s == '.') return fail(Fault::dot_after_comma, s);
        return fail(Fault::unexpected, s);
    }
    std::uint64_t magnitude = 0;
    const std::uint64_t limit =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
    if (big || __builtin_mul_overflow(rupiah, 100u, &magnitude) ||
        __builtin_add_overflow(magnitude, sen, &magnitude) || magnitude > limit) {
        a.overflow = true;
        return a;
    }
    a.sen = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return a;
}

// The usual amount, as exports and write_ledger_csv write it: '-'? then 1 to 3 digits and groups of
// '.' and 3 digits, or plain digits, then ',' and 1 or 2 decimals, at most 16 Rupiah digits (so no
// overflow is possible): its sen in \p sen, true. False for anything else, which read_amount then
// reads (and accepts or refuses exactly as it always has). Every text both accept reads the same.
bool usual_amount(const char* s, const char* e, std::int64_t& sen) {
    const bool negative = s < e && *s == '-';
    s += negative;
    const char* const first = s;
    std::uint64_t rupiah = 0;
    while (s < e && is_digit(*s)) rupiah = rupiah * 10 + static_cast<std::uint64_t>(*s++ - '0');
    std::size_t digits = static_cast<std::size_t>(s - first);
    if (digits == 0) return false;
    if (s < e && *s == '.') {
        if (digits > 3 || *first == '0') return false;
        while (e - s >= 4 && s[0] == '.' && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3])) {
            rupiah = rupiah * 1000 + static_cast<std::uint64_t>(s[1] - '0') * 100 +
                     static_cast<std::uint64_t>(s[2] - '0') * 10 + static_cast<std::uint64_t>(s[3] - '0');
            digits += 3;
            s += 4;
        }
    }
    if (digits > 16 || s == e || *s != ',') return false;
    std::uint64_t cents = 0;
    if (e - s == 3 && is_digit(s[1]) && is_digit(s[2]))
        cents = static_cast<std::uint64_t>(s[1] - '0') * 10 + static_cast<std::uint64_t>(s[2] - '0');
    else if (e - s == 2 && is_digit(s[1]))
        cents = static_cast<std::uint64_t>(s[1] - '0') * 10;
    else
        return false;
    const auto magnitude = static_cast<std::int64_t>(rupiah * 100 + cents);
    sen = negative ? -magnitude : magnitude;
    return true;
}

// Why an amount is refused, as a catalogue message (the number reader's reasons where they are the same).
Message reason(const Amount& a) {
    switch (a.fault) {
        case Fault::empty:
            return {"error.ledger.amount_empty", {}};
        case Fault::no_digits:
            return {"reviu.reason.no_digits", {}};
        case Fault::unexpected:
            if (static_cast<unsigned char>(*a.at) & 0x80) return {"reviu.reason.non_ascii", {}};
            return {"reviu.reason.unexpected_character", {{"character", std::string(1, *a.at)}}};
        case Fault::leading_group:
            return {"reviu.reason.leading_group", {{"count", std::to_string(a.n)}}};
        case Fault::leading_zero:
            return {"reviu.reason.leading_zero", {}};
        case Fault::group_size:
            return {"reviu.reason.group", {{"count", std::to_string(a.n)}}};
        case Fault::empty_group:
            return {"reviu.reason.empty_group", {}};
        case Fault::dot_first:
            return {"reviu.reason.dot_before_first", {}};
        case Fault::dot_last:
            return {"reviu.reason.dot_after_last", {}};
        case Fault::no_int_digits:
            return {"reviu.reason.no_digits_before_comma", {}};
        case Fault::no_decimals:
            return {"reviu.reason.comma_without_decimals", {}};
        case Fault::too_many_decimals:
            return {"reviu.reason.rupiah_decimals", {}};
        case Fault::two_commas:
            return {"reviu.reason.two_commas", {}};
        case Fault::dot_after_comma:
            return {"reviu.reason.dot_after_comma", {}};
        case Fault::none:
            break;
    }
    return {"error.ledger.not_an_amount", {}};
}

[[noreturn]] void throw_amount(std::string_view text, const Amount& a, const std::string& source) {
    if (a.overflow) {
        Message said = source.empty() ? Message{"error.ledger.amount_overflow", {{"text", shorten(text)}}}
                                      : Message{"error.ledger.amount_overflow_at",
                                                {{"where", source}, {"text", shorten(text)}}};
        throw overflow_error(english(said), said);
    }
    Message said = reason(a);
    throw parse_error(shorten(text), chars(text.data(), a.at), english(said), source, said);
}

// Quoted only when needed, so plain names read back byte for byte.
std::string csv_name(const std::string& name) { return detail::csv::field(name, name_specials); }

// Indonesian text of sen with two decimals: "-1.239.289.000,50".
void append_amount(std::string& out, std::int64_t sen) {
    std::uint64_t m = sen < 0 ? 0 - static_cast<std::uint64_t>(sen) : static_cast<std::uint64_t>(sen);
    char buf[40];
    char* p = buf + sizeof buf;
    *--p = static_cast<char>('0' + m % 10);
    m /= 10;
    *--p = static_cast<char>('0' + m % 10);
    m /= 10;
    *--p = ',';
    int group = 0;
    do {
        if (group == 3) {
            *--p = '.';
            group = 0;
        }
        *--p = static_cast<char>('0' + m % 10);
        m /= 10;
        ++group;
    } while (m != 0);
    if (sen < 0) *--p = '-';
    out.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

// Characters of an amount as append_amount writes it.
std::size_t amount_size(std::int64_t sen) {
    std::uint64_t m = sen < 0 ? 0 - static_cast<std::uint64_t>(sen) : static_cast<std::uint64_t>(sen);
    std::size_t digits = 1;
    for (m /= 100; m != 0; m /= 10) ++digits;  // the Rupiah digits
    return (sen < 0) + digits + (digits - 1) / 3 + 3;
}

// The exact size of the CSV text, so the string is allocated once.
std::size_t csv_size(const Ledger& l) {
    std::vector<std::size_t> body(l.body_count()), sub(l.sub_kegiatan_count());
    for (std::uint32_t b = 0; b < l.body_count(); ++b)
        body[b] = l.region_code(l.body_region(b)).size() + l.body_code(b).size() +
                  csv_name(l.body_name(b)).size() + 3;
    for (std::uint32_t s = 0; s < l.sub_kegiatan_count(); ++s)
        sub[s] = l.sub_kegiatan_code(s).size() + csv_name(l.sub_kegiatan_name(s)).size() + 2;
    std::size_t n = ledger_csv_header.size() + 1;
    for (std::size_t i = 0; i < l.size(); ++i)
        n += 5 + body[l.bodies()[i]] + sub[l.sub_kegiatan()[i]] + amount_size(l.anggaran()[i]) +
             amount_size(l.realisasi()[i]) + 2;
    return n;
}

// Appends the CSV to `out`, handing `out` to `flush` (which empties it) whenever it reaches `chunk`
// bytes and at the end.
template <class Flush>
void write_csv(const Ledger& l, std::string& out, std::size_t chunk, Flush flush) {
    std::vector<std::string> body_names(l.body_count()), sub_names(l.sub_kegiatan_count());
    for (std::uint32_t b = 0; b < l.body_count(); ++b)
        body_names[b] =
            l.region_code(l.body_region(b)) + sep + l.body_code(b) + sep + csv_name(l.body_name(b)) + sep;
    for (std::uint32_t s = 0; s < l.sub_kegiatan_count(); ++s)
        sub_names[s] = l.sub_kegiatan_code(s) + sep + csv_name(l.sub_kegiatan_name(s)) + sep;
    out += ledger_csv_header;
    out += '\n';
    const auto& years = l.years();
    const auto& bodies = l.bodies();
    const auto& subs = l.sub_kegiatan();
    const auto& anggaran = l.anggaran();
    const auto& realisasi = l.realisasi();
    for (std::size_t i = 0; i < l.size(); ++i) {
        char year[5];
        int y = years[i];
        for (int k = 3; k >= 0; --k, y /= 10) year[k] = static_cast<char>('0' + y % 10);
        year[4] = sep;
        out.append(year, 5);
        out += body_names[bodies[i]];
        out += sub_names[subs[i]];
        append_amount(out, anggaran[i]);
        out += sep;
        append_amount(out, realisasi[i]);
        out += '\n';
        if (out.size() >= chunk) flush(out);
    }
    flush(out);
}

}  // namespace

std::int64_t parse_ledger_amount(std::string_view text, const std::string& source) {
    const Amount a = read_amount(text.data(), text.data() + text.size());
    if (a.fault != Fault::none || a.overflow) throw_amount(text, a, source);
    return a.sen;
}

// Loads through the ledger's public bulk path (add_* when a code is new, reserve, append_sen).
class LedgerCsvReader {
public:
    LedgerCsvReader(std::string_view text, const std::string& source, const ReadLimits& limits)
        : text_(text), source_(source), max_rows_(limits.max_rows), max_cell_bytes_(limits.max_cell_bytes) {}

    Ledger read() {
        const char* p = text_.data();
        const char* const end = p + text_.size();
        p += detail::csv::bom_size(text_);
        if (p == end) {
            Message said{"error.ledger.no_header", {}};
            throw data_error(source_, "1:1", english(said), said);
        }
        // The header.
        line_ = 1;
        line_start_ = p;
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        const char* le = nl ? nl : end;
        const char* ce = detail::csv::content_end(p, le);
        const std::string_view header(p, static_cast<std::size_t>(ce - p));
        if (header != ledger_csv_header) {
            duplicate_column(header);
            std::size_t k = 0;
            while (k < header.size() && k < ledger_csv_header.size() && header[k] == ledger_csv_header[k])
                ++k;
            fail(p + k, {"error.ledger.header", {{"header", std::string(ledger_csv_header)}}});
        }
        // Room for as many lines as the text could hold (a line has at least 33 bytes), so the
        // columns never move; the pages past the real count are never touched, so cost nothing.
        l_.reserve(std::min<std::size_t>(Ledger::max_lines, static_cast<std::size_t>(end - le) / 33 + 1));
        p = nl ? nl + 1 : end;
        // Lines are split and their texts hashed `lookahead` lines ahead of their turn, and the
        // slots their texts hash to, then (`text_ahead` lines ahead) the texts those slots hold, are
        // prefetched: the dictionaries' look-ups then find their cache lines loaded whatever the
        // order of the lines (in any order but the export's, each look-up would otherwise wait for
        // memory, twice). One and two lines ahead were too close on a busy machine, where a miss
        // outlasts a line's work several times.
        Ahead ahead[lookahead];
        const char* next = nl ? nl + 1 : end;
        for (Ahead& a : ahead) {
            look(a, next, end);
            next = a.next;
        }
        for (std::size_t at = 0; ahead[at % lookahead].p != nullptr; ++at) {
            Ahead& a = ahead[at % lookahead];
            prefetch_texts(ahead[(at + text_ahead) % lookahead]);
            p = a.p;
            ++line_;
            line_start_ = p;
            le = a.nl ? a.nl : end;
            ce = detail::csv::content_end(p, le);
            if (ce == p) fail(p, {"error.ledger.empty_line", {}});
            // Every line before this one (and after the header) was appended, or the read stopped.
            if (line_ - 2 == Ledger::max_lines) fail(p, {"error.ledger.too_many_lines", {}});
            if (__builtin_expect(line_ - 1 > max_rows_, 0)) too_many_lines(p);
            // The usual line was split in one pass: its 7 separators and its end found together. Any
            // other line (quoted names, missing or extra fields, an error anywhere, a code not seen
            // before) goes through read_line, which reads it field by field and says what is wrong.
            if (!a.usual || a.seps[6] >= ce || !read_usual_line(a, ce)) read_line(p, ce);
            const char* after = ahead[(at + lookahead - 1) % lookahead].next;
            look(a, after, end);  // a's slot now holds the line after the last one ahead
        }
        return std::move(l_);
    }

private:
    // Finds the line at p's first 7 ';' and its '\n' (or the text's end) in one pass, 16 bytes at a
    // time; false when the line has a '"' or other than 7 separators.
    static bool split_line(const char* p, const char* end, const char** seps, const char*& nl) {
        int n = 0;
        const char* q = p;
#if defined(__SSE2__)
        const __m128i semi = _mm_set1_epi8(sep), lf = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"');
        while (end - q >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
            auto semis = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, semi)));
            const auto lfs = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, lf)));
            auto quotes = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)));
            if (lfs) {
                const unsigned before = (lfs & (0u - lfs)) - 1;  // the bytes before the first '\n'
                semis &= before;
                quotes &= before;
            }
            if (quotes) return false;
            for (; semis; semis &= semis - 1) {
                if (n == 7) return false;
                seps[n++] = q + __builtin_ctz(semis);
            }
            if (lfs) {
                nl = q + __builtin_ctz(lfs);
                return n == 7;
            }
            q += 16;
        }
#endif
        for (; q < end && *q != '\n'; ++q) {
            if (*q == '"') return false;
            if (*q == sep) {
                if (n == 7) return false;
                seps[n++] = q;
            }
        }
        nl = q < end ? q : nullptr;
        return n == 7;
    }

    // How many lines are split and hashed ahead of their turn (their slots prefetched), and how many
    // ahead the texts of those slots are prefetched (see read).
    static constexpr std::size_t lookahead = 10;
    static constexpr std::size_t text_ahead = 5;

    // A line split and hashed ahead of its turn (see read).
    struct Ahead {
        const char* p = nullptr;     // the line's start, or null after the last line
        const char* nl = nullptr;    // its '\n', or null at the text's end
        const char* next = nullptr;  // the next line's start (end after the last)
        const char* seps[7] = {};
        bool usual = false;  // seps holds its 7 separators
        std::uint64_t body_hash = 0, sub_hash = 0;
    };

    // Splits the line at p into a, hashes its body and sub kegiatan texts and prefetches their slots.
    void look(Ahead& a, const char* p, const char* end) {
        if (p == nullptr || p >= end) {
            a.p = nullptr;
            a.next = nullptr;
            return;
        }
        a.p = p;
        a.usual = split_line(p, end, a.seps, a.nl);
        if (!a.usual)
            a.nl = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        a.next = a.nl ? a.nl + 1 : end;
        if (!a.usual) return;
        // Lines of one body usually follow each other: its text is hashed once.
        const std::string_view body(a.seps[0] + 1, static_cast<std::size_t>(a.seps[3] - a.seps[0] - 1));
        if (!same_text(body, looked_body_)) {
            looked_body_ = body;
            looked_body_hash_ = hash(body);
            seen_bodies_.prefetch_slot(looked_body_hash_);
        }
        a.body_hash = looked_body_hash_;
        a.sub_hash =
            hash(std::string_view(a.seps[3] + 1, static_cast<std::size_t>(a.seps[5] - a.seps[3] - 1)));
        seen_subs_.prefetch_slot(a.sub_hash);
    }

    // The second step for a line one ahead: its slots are loaded by now, so the texts they point to.
    void prefetch_texts(const Ahead& a) const {
        if (a.p == nullptr || !a.usual) return;
        seen_bodies_.prefetch_text(a.body_hash);
        seen_subs_.prefetch_text(a.sub_hash);
    }

    // The line [a.p, e) with separators a.seps: true when it was read; false, having changed nothing
    // that read_line would not change the same way, when read_line must read it (a field too long
    // or malformed, a body or sub kegiatan text not seen before).
    bool read_usual_line(const Ahead& line, const char* e) {
        const char* p = line.p;
        const char* const* seps = line.seps;
        const char* year = p;
        if (seps[0] - year != 4 || year[0] < '1' || year[0] > '9' || !is_digit(year[1]) ||
            !is_digit(year[2]) || !is_digit(year[3]))
            return false;
        const char* from = p;
        for (int i = 0; i < 8; ++i) {  // the cell limit, checked where read_line would refuse it
            const char* to = i < 7 ? seps[i] : e;
            if (static_cast<std::size_t>(to - from) > max_cell_bytes_) return false;
            from = to + 1;
        }
        const std::string_view body_key(seps[0] + 1, static_cast<std::size_t>(seps[3] - seps[0] - 1));
        if (!same_text(body_key, last_body_key_)) {
            const std::uint32_t id = seen_bodies_.find(body_key, line.body_hash);
            if (id == none) return false;
            body_id_ = id;
            last_body_key_ = body_key;
        }
        const std::string_view sub_key(seps[3] + 1, static_cast<std::size_t>(seps[5] - seps[3] - 1));
        const std::uint32_t sub = seen_subs_.find(sub_key, line.sub_hash);
        if (sub == none) return false;
        std::int64_t anggaran = 0, realisasi = 0;
        if (!usual_amount(seps[5] + 1, seps[6], anggaran)) {
            const Amount a = read_amount(seps[5] + 1, seps[6]);
            if (a.fault != Fault::none || a.overflow) return false;
            anggaran = a.sen;
        }
        if (!usual_amount(seps[6] + 1, e, realisasi)) {
            const Amount r = read_amount(seps[6] + 1, e);
            if (r.fault != Fault::none || r.overflow) return false;
            realisasi = r.sen;
        }
        const int y = (year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 + (year[3] - '0');
        l_.append_sen(y, body_id_, sub, anggaran, realisasi);
        return true;
    }

    // A header that names a column twice gets a message naming both places, not just the first
    // byte that differs from the format's header.
    void duplicate_column(std::string_view header) const {
        std::vector<std::string_view> names;
        std::size_t from = 0;
        while (true) {
            const std::size_t semi = header.find(sep, from);
            const std::string_view name =
                header.substr(from, semi == std::string_view::npos ? semi : semi - from);
            for (std::size_t j = 0; j < names.size(); ++j)
                if (names[j] == name && !name.empty()) {
                    const auto at = [&](std::string_view n) {
                        return "1:" + std::to_string(1 + chars(header.data(), n.data()));
                    };
                    fail(name.data(), {"error.ledger.column_twice",
                                       {{"column", shorten(name)},
                                        {"first", std::to_string(j + 1)},
                                        {"first_at", at(names[j])},
                                        {"second", std::to_string(names.size() + 1)},
                                        {"second_at", at(name)},
                                        {"header", std::string(ledger_csv_header)}}});
                }
            names.push_back(name);
            if (semi == std::string_view::npos) return;
            from = semi + 1;
        }
    }

    // A field longer than the cell limit, refused where it starts. The test is inline, the message
    // out of line: the readers' per-field functions stay small enough to be inlined.
    void cell_limit(const char* start, std::size_t bytes) const {
        if (__builtin_expect(bytes > max_cell_bytes_, 0)) cell_too_long(start, bytes);
    }
    [[noreturn]] __attribute__((noinline, cold)) void cell_too_long(const char* start,
                                                                    std::size_t bytes) const {
        fail(start, {"error.ledger.cell_too_long",
                     {{"bytes", std::to_string(bytes)},
                      {"limit", std::to_string(max_cell_bytes_)},
                      {"option", "--max-cell-bytes"},
                      {"member", "max_cell_bytes"}}});
    }
    [[noreturn]] __attribute__((noinline, cold)) void too_many_lines(const char* at) const {
        fail(at, {"error.ledger.too_many_rows",
                  {{"limit", std::to_string(max_rows_)}, {"option", "--max-rows"}, {"member", "max_rows"}}});
    }

    [[noreturn]] void fail(const char* at, Message said) const {
        throw data_error(source_, std::to_string(line_) + ":" + std::to_string(1 + chars(line_start_, at)),
                         english(said), said);
    }
    std::string where(const char* at) const {
        return source_ + ":" + std::to_string(line_) + ":" + std::to_string(1 + chars(line_start_, at));
    }

    // The unquoted field at p up to ';' or the line end; p moves past the ';'. Field 8 is the last.
    std::string_view field(const char*& p, const char* e, int index, const char* name) {
        const char* fe = detail::csv::scan<sep>(p, e, false);
        const char* semi = fe < e ? fe : nullptr;
        const std::string_view f(p, static_cast<std::size_t>(fe - p));
        cell_limit(p, f.size());
        if (index < 8 && !semi)
            fail(e, {"error.ledger.missing_field", {{"count", std::to_string(index)}, {"column", name}}});
        if (index == 8 && semi) fail(semi + 1, {"error.ledger.too_many_fields", {}});
        p = semi ? semi + 1 : e;
        return f;
    }

    // A name field: raw text as in the file (quotes included) and its value in `value` (a view
    // into the text when unquoted, else into `scratch`).
    std::string_view name_field(const char*& p, const char* e, int index, std::string_view& value,
                                std::string& scratch) {
        const char* start = p;
        if (p < e && *p == '"') {
            scratch.clear();
            // e is the line's end: a quoted name holds no line break.
            p = detail::csv::unquote(p + 1, e, scratch);
            if (p == nullptr) fail(start, {"error.ledger.unclosed_quote", {}});
            cell_limit(start, scratch.size());
            if (p == e) fail(p, {"error.ledger.line_ends", {{"count", std::to_string(index)}}});
            if (*p != sep) fail(p, {"error.ledger.after_quote", {}});
            ++p;
            value = scratch;
            return std::string_view(start, static_cast<std::size_t>(p - 1 - start));
        }
        const char* fe = detail::csv::scan<sep>(p, e, true);
        if (fe < e && *fe == '"') fail(fe, {"error.ledger.stray_quote", {}});
        const std::string_view f(p, static_cast<std::size_t>(fe - p));
        cell_limit(p, f.size());
        if (fe == e) fail(e, {"error.ledger.missing_fields", {{"count", std::to_string(index)}}});
        p = fe + 1;
        value = f;
        return f;
    }

    void read_line(const char* p, const char* e) {
        // tahun
        const std::string_view year = field(p, e, 1, "kode_pemda");
        if (year.size() != 4 || year[0] < '1' || year[0] > '9' || !is_digit(year[1]) || !is_digit(year[2]) ||
            !is_digit(year[3]))
            fail(year.data(), {"error.ledger.year", {{"year", shorten(year)}}});
        const int y = (year[0] - '0') * 1000 + (year[1] - '0') * 100 + (year[2] - '0') * 10 + (year[3] - '0');
        // kode_pemda, kode_skpd, nama_skpd: usually the previous line's body.
        const std::string_view region = field(p, e, 2, "kode_skpd");
        const std::string_view body = field(p, e, 3, "nama_skpd");
        std::string_view body_name;
        const std::string_view body_raw = name_field(p, e, 4, body_name, body_scratch_);
        // The text "region;body;name" as seen before gives the body in one look-up; any other text
        // is checked and added.
        const std::string_view body_key(
            region.data(), static_cast<std::size_t>(body_raw.data() + body_raw.size() - region.data()));
        if (!same_text(body_key, last_body_key_)) {
            const std::uint64_t h = hash(body_key);
            const std::uint32_t id = seen_bodies_.find(body_key, h);
            body_id_ = id != none ? id : new_body(region, body, body_raw, body_name);
            if (id == none) seen_bodies_.insert(body_key, h, body_id_);
            last_body_key_ = body_key;
        }
        // kode_sub_kegiatan, nama_sub_kegiatan: the text "code;name" as seen before gives the id
        // in one look-up; any other text is checked and added.
        const std::string_view code = field(p, e, 5, "nama_sub_kegiatan");
        std::string_view sub_name;
        const std::string_view sub_raw = name_field(p, e, 6, sub_name, sub_scratch_);
        const std::string_view seen(code.data(),
                                    static_cast<std::size_t>(sub_raw.data() + sub_raw.size() - code.data()));
        const std::uint64_t seen_hash = hash(seen);
        std::uint32_t sub = seen_subs_.find(seen, seen_hash);
        if (sub == none) sub = new_sub_kegiatan(code, sub_name, sub_raw, seen, seen_hash);
        // anggaran, realisasi
        const std::string_view anggaran = field(p, e, 7, "realisasi");
        const std::string_view realisasi = field(p, e, 8, "");
        const std::int64_t a = amount(anggaran);
        const std::int64_t r = amount(realisasi);
        l_.append_sen(y, body_id_, sub, a, r);  // y is four digits and both ids came from l_
    }

    // A body text not seen before: the region and body checked and added, or the body found and
    // its name compared with the name it has.
    std::uint32_t new_body(std::string_view region, std::string_view body, std::string_view body_raw,
                           std::string_view body_name) {
        if (!is_region_code(region))
            fail(region.data(), {"error.ledger.region_code", {{"code", shorten(region)}}});
        const std::uint32_t region_id = l_.add_region(region);
        if (const auto id = l_.find_body(region_id, body)) {
            if (l_.body_name(*id) != body_name)
                fail(body_raw.data(), {"error.ledger.body_renamed",
                                       {{"body", std::string(body)},
                                        {"region", std::string(region)},
                                        {"earlier", shorten(l_.body_name(*id))},
                                        {"name", shorten(body_name)}}});
            return *id;
        }
        if (!is_body_code(body)) fail(body.data(), {"error.ledger.body_code", {{"code", shorten(body)}}});
        return l_.add_body(region_id, body, body_name);  // every body is named on its first line
    }

    std::uint32_t new_sub_kegiatan(std::string_view code, std::string_view sub_name, std::string_view sub_raw,
                                   std::string_view seen, std::uint64_t seen_hash) {
        std::uint32_t sub = 0;
        if (const auto id = l_.find_sub_kegiatan(code)) {
            sub = *id;
        } else {
            if (!is_sub_kegiatan_code(code))
                fail(code.data(), {"error.ledger.sub_kegiatan_code", {{"code", shorten(code)}}});
            std::string upper(code);
            for (std::size_t i = 0; i < 4; ++i)
                if (upper[i] == 'x') upper[i] = 'X';
            const auto existing = l_.find_sub_kegiatan(upper);
            sub = existing ? *existing : l_.add_sub_kegiatan(upper, sub_name);  // named on its first line
        }
        if (l_.sub_kegiatan_name(sub) != sub_name)
            fail(sub_raw.data(), {"error.ledger.sub_kegiatan_renamed",
                                  {{"code", std::string(code)},
                                   {"earlier", shorten(l_.sub_kegiatan_name(sub))},
                                   {"name", shorten(sub_name)}}});
        seen_subs_.insert(seen, seen_hash, sub);
        return sub;
    }

    static constexpr std::uint32_t none = 0xFFFF'FFFFu;

    // Two lanes of 8 bytes each a round, so the multiplications of a 60-byte text overlap rather than
    // wait for each other; the last bytes are read as the text's last 8 (overlapping), without a
    // call for a copy of odd length.
    static std::uint64_t hash(std::string_view s) {
        const char* p = s.data();
        const std::size_t n = s.size();
        std::uint64_t h = 0x9E37'79B9'7F4A'7C15u ^ n, g = 0xC2B2'AE3D'27D4'EB4Fu;
        auto word = [p](std::size_t at) {
            std::uint64_t w = 0;
            std::memcpy(&w, p + at, 8);
            return w;
        };
        std::size_t i = 0;
        for (; i + 16 <= n; i += 16) {
            h = (h ^ word(i)) * 0xBF58'476D'1CE4'E5B9u;
            g = (g ^ word(i + 8)) * 0x94D0'49BB'1331'11EBu;
            h ^= h >> 31;
            g ^= g >> 29;
        }
        std::uint64_t w = 0;
        if (n >= 8) {
            if (n - i > 8) {
                h = (h ^ word(i)) * 0xBF58'476D'1CE4'E5B9u;
                h ^= h >> 31;
            }
            if (n > i) w = word(n - 8);
        } else {
            std::memcpy(&w, p, n);
        }
        h = (h ^ w ^ (g * 0xD6E8'FEB8'6659'FD93u)) * 0x94D0'49BB'1331'11EBu;
        return h ^ (h >> 29);
    }

    // Texts already read ("code;name" of a sub kegiatan, "region;body;name" of a body) with their
    // ids: an open-addressing table of 24-byte slots holding the full hash, over one arena of the
    // texts, so a look-up costs one or two cache misses however the lines are ordered, and never
    // an allocation (a std::unordered_map of strings costs a node and a string per entry).
    class TextIndex {
    public:
        std::uint32_t find(std::string_view key, std::uint64_t h) const {
            if (slots_.empty()) return none;
            const std::size_t mask = slots_.size() - 1;
            for (std::size_t i = h & mask;; i = (i + 1) & mask) {
                const Slot& s = slots_[i];
                if (s.id == none) return none;
                if (s.hash == h && s.length == key.size() &&
                    same_text(arena_.data() + s.offset, key.data(), key.size()))
                    return s.id;
            }
        }

        void prefetch_slot(std::uint64_t h) const {
            if (!slots_.empty()) __builtin_prefetch(&slots_[h & (slots_.size() - 1)]);
        }
        // The text of the slot h falls on (the usual hit), when the slot is taken.
        void prefetch_text(std::uint64_t h) const {
            if (slots_.empty()) return;
            const Slot& s = slots_[h & (slots_.size() - 1)];
            if (s.id == none) return;
            __builtin_prefetch(arena_.data() + s.offset);
            __builtin_prefetch(arena_.data() + s.offset + s.length - 1);  // a text may span two lines
        }

        void insert(std::string_view key, std::uint64_t h, std::uint32_t id) {
            if (arena_.size() + key.size() >= none) return;  // a pathological text: its look-ups stay slow
            if ((used_ + 1) * 2 > slots_.size()) {
                std::vector<Slot> old = std::move(slots_);
                slots_.assign(std::max<std::size_t>(1024, old.size() * 2), Slot{0, 0, 0, none});
                for (const Slot& s : old)
                    if (s.id != none) place(s);
            }
            place(Slot{h, static_cast<std::uint32_t>(arena_.size()), static_cast<std::uint32_t>(key.size()),
                       id});
            arena_.append(key);
            ++used_;
        }

    private:
        struct Slot {
            std::uint64_t hash;
            std::uint32_t offset;
            std::uint32_t length;
            std::uint32_t id;
        };
        void place(const Slot& s) {
            const std::size_t mask = slots_.size() - 1;
            std::size_t i = s.hash & mask;
            while (slots_[i].id != none) i = (i + 1) & mask;
            slots_[i] = s;
        }
        std::vector<Slot> slots_;
        std::size_t used_ = 0;
        std::string arena_;
    };

    std::int64_t amount(std::string_view f) {
        const Amount a = read_amount(f.data(), f.data() + f.size());
        if (a.fault != Fault::none || a.overflow) throw_amount(f, a, where(f.data()));
        return a.sen;
    }

    std::string_view text_;
    const std::string& source_;
    std::size_t max_rows_;
    std::size_t max_cell_bytes_;
    Ledger l_;
    std::size_t line_ = 0;
    const char* line_start_ = nullptr;
    std::uint32_t body_id_ = 0;
    std::string body_scratch_, sub_scratch_;
    TextIndex seen_bodies_, seen_subs_;
    std::string_view last_body_key_;
    std::string_view looked_body_;  // the last body text look() hashed, and its hash
    std::uint64_t looked_body_hash_ = 0;
};

Ledger read_ledger_csv(std::string_view text, const std::string& source, const ReadLimits& limits) {
    check_text(text, source);
    return LedgerCsvReader(text, source, limits).read();
}

Ledger load_ledger_csv(const std::filesystem::path& path, const ReadLimits& limits) {
    detail::InputFile in(path, limits);
#ifdef KINERJA_LEDGER_MMAP
    // A regular file is mapped (no copy of a national export of 1 GB); anything else, a pipe or a
    // device, is read whole, judged piece by piece.
    if (in.regular()) {
        if (in.size() == 0) return read_ledger_csv({}, in.source(), limits);
        void* map = ::mmap(nullptr, in.size(), PROT_READ, MAP_PRIVATE, in.fd(), 0);
        if (map == MAP_FAILED) {
            Message said{"error.ledger.cannot_read", {}};
            throw data_error(in.source(), "", english(said), said);
        }
        ::madvise(map, in.size(), MADV_SEQUENTIAL);
        struct Unmap {
            void* p;
            std::size_t n;
            ~Unmap() { ::munmap(p, n); }
        } unmap{map, in.size()};
        return read_ledger_csv(std::string_view(static_cast<const char*>(map), in.size()), in.source(),
                               limits);
    }
#endif
    const std::string text = in.read_all();  // checked as it is read
    return LedgerCsvReader(text, in.source(), limits).read();
}

std::string write_ledger_csv(const Ledger& ledger) {
    std::string out;
    out.reserve(csv_size(ledger));
    write_csv(ledger, out, std::numeric_limits<std::size_t>::max(), [](std::string&) {});
    return out;
}

void save_ledger_csv(const Ledger& ledger, const std::filesystem::path& path) {
    // Written in pieces through an AtomicFile: a national ledger never sits whole in memory, and a
    // write that fails half-way leaves the old file as it was.
    AtomicFile file(path);
    std::string piece;
    piece.reserve((1 << 20) + 4096);
    write_csv(ledger, piece, 1 << 20, [&](std::string& p) {
        file.write(p);
        p.clear();
    });
    file.commit();
}

}  // namespace kinerja

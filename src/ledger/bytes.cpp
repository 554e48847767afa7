// The bytes of roll-ups: LedgerTotals::to_bytes and from_bytes.

#include <algorithm>
#include <cstring>
#include <limits>

#include "detail/sums.hpp"
#include "kinerja/ledger/totals.hpp"

static_assert(
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
    "LedgerTotals bytes and the int128 columns are little-endian; a big-endian port needs byte swaps");

namespace kinerja {

// The format:
//
//   "KJLTOTAL"  u32 version (1)  u64 payload size  payload  u64 checksum of the payload
//
// The payload, all integers little-endian: the dictionaries (each a u64 count of u32-length
// strings; regions and bodies followed by their u32 province and region ids), then the body table
// (u64 count; int16 years, u32 ids, int128 anggaran, int128 realisasi; three u64 offset arrays of
// count + 1), the three body-scoped levels (u64 count; u32 items, int64 anggaran, int64 realisasi),
// then regions, provinces and nation like the body table without offsets.

namespace {

constexpr char magic[8] = {'K', 'J', 'L', 'T', 'O', 'T', 'A', 'L'};
constexpr std::uint32_t bytes_version = 1;

std::uint64_t checksum(std::string_view s) {
    std::uint64_t h = 0x6A09'E667'F3BC'C908u;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0x9E37'79B9'7F4A'7C15u;
        h ^= h >> 32;
    }
    for (; i < s.size(); ++i) {
        h = (h ^ static_cast<unsigned char>(s[i])) * 0x100'0000'01B3u;
        h ^= h >> 32;
    }
    return h ^ s.size();
}

class Writer {
public:
    template <class T>
    void put(T v) {
        out.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    template <class T>
    void raw(const std::vector<T>& v) {
        if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    }
    void strings(const std::vector<std::string>& v) {
        put<std::uint64_t>(v.size());
        for (const std::string& s : v) {
            put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
            out += s;
        }
    }
    std::string out;
};

// The catalogue word of a part of the bytes: "region codes" gives "error.ledger.bytes.part.region_codes".
// messages: prefix "error.ledger.bytes.part."
std::string part(const char* what) {
    std::string id = "error.ledger.bytes.part.";
    for (const char* p = what; *p != '\0'; ++p) id += *p == ' ' ? '_' : *p;
    return id;
}

// Reads the bytes, each refusal in English (the ledger layer is below the catalogues) with the same
// reason as a catalogue message.
class Reader {
public:
    Reader(std::string_view bytes, std::size_t base, const std::string& source)
        : b_(bytes), base_(base), source_(source) {}

    [[noreturn]] void fail(const std::string& reason, Message said) const {
        throw data_error(source_, "byte " + std::to_string(base_ + at_), reason, std::move(said));
    }
    [[noreturn]] void ends_inside(const char* what) const {
        fail(std::string("the bytes end inside ") + what,
             {"error.ledger.bytes.ends_inside", {{"what", part(what)}}});
    }
    template <class T>
    T get(const char* what) {
        if (b_.size() - at_ < sizeof(T)) ends_inside(what);
        T v;
        std::memcpy(&v, b_.data() + at_, sizeof v);
        at_ += sizeof v;
        return v;
    }
    std::uint64_t count(const char* what, std::size_t element_size) {
        const auto n = get<std::uint64_t>(what);
        if (n > (b_.size() - at_) / std::max<std::size_t>(element_size, 1))
            fail(std::string("a count of ") + std::to_string(n) + " " + what +
                     " runs past the end of the bytes",
                 {"error.ledger.bytes.count", {{"count", std::to_string(n)}, {"what", part(what)}}});
        return n;
    }
    template <class T>
    std::vector<T> raw(std::uint64_t n, const char* what) {
        if (n > (b_.size() - at_) / sizeof(T)) ends_inside(what);
        std::vector<T> v(n);
        if (n) std::memcpy(v.data(), b_.data() + at_, n * sizeof(T));
        at_ += n * sizeof(T);
        return v;
    }
    std::vector<std::string> strings(const char* what, bool (*valid)(std::string_view)) {
        const std::uint64_t n = count(what, 4);
        std::vector<std::string> v;
        v.reserve(n);
        for (std::uint64_t i = 0; i < n; ++i) {
            const auto len = get<std::uint32_t>(what);
            if (len > b_.size() - at_) ends_inside(what);
            std::string s(b_.substr(at_, len));
            if (!valid(s))
                fail(std::string("'") + s.substr(0, 40) + "' is not one of the " + what,
                     {"error.ledger.bytes.not_one_of", {{"text", s.substr(0, 40)}, {"what", part(what)}}});
            at_ += len;
            v.push_back(std::move(s));
        }
        return v;
    }
    void ids(const std::vector<std::uint32_t>& v, std::size_t limit, const char* what) const {
        for (const std::uint32_t id : v)
            if (id >= limit)
                fail(std::string("a ") + what + " id " + std::to_string(id) + " past its dictionary",
                     {"error.ledger.bytes.id", {{"what", part(what)}, {"id", std::to_string(id)}}});
    }
    bool done() const { return at_ == b_.size(); }

private:
    std::string_view b_;
    std::size_t base_;
    std::size_t at_ = 0;
    const std::string& source_;
};

bool is_province_code(std::string_view c) { return c.size() == 2 && is_region_code(c); }
bool is_kegiatan_code(std::string_view c) { return is_sub_kegiatan_code(std::string(c) + ".0001"); }
bool is_program_code(std::string_view c) { return is_sub_kegiatan_code(std::string(c) + ".1.01.0001"); }
bool is_any_body_code(std::string_view c) { return is_body_code(c); }
bool is_any_region_code(std::string_view c) { return is_region_code(c); }
bool is_any_sub_code(std::string_view c) {
    return is_sub_kegiatan_code(c) && c.find('x') == std::string_view::npos;
}

}  // namespace

std::string LedgerTotals::to_bytes() const {
    Writer w;
    w.strings(province_codes_);
    w.strings(region_codes_);
    w.raw(region_province_);
    w.strings(body_codes_);
    w.raw(body_region_);
    for (const auto& codes : item_codes_) w.strings(codes);
    auto wide = [&](const Wide& x) {
        w.put<std::uint64_t>(x.year.size());
        w.raw(x.year);
        w.raw(x.id);
        w.raw(x.anggaran);
        w.raw(x.realisasi);
    };
    wide(bodies_);
    for (const auto& b : begin_) {
        if (b.empty()) w.put<std::uint64_t>(0);  // no body groups: each level's one offset
        w.raw(b);
    }
    for (std::size_t k = 0; k < detail::scoped_levels; ++k) {
        const Scoped stored = k == 0 ? stored_leaves() : Scoped{};
        const Scoped& s = k == 0 ? stored : scoped_[k];
        w.put<std::uint64_t>(s.item.size());
        w.raw(s.item);
        w.raw(s.anggaran);
        w.raw(s.realisasi);
    }
    wide(regions_);
    wide(provinces_);
    wide(nation_);

    Writer head;
    head.out.append(magic, sizeof magic);
    head.put<std::uint32_t>(bytes_version);
    head.put<std::uint64_t>(w.out.size());
    head.out += w.out;
    head.put<std::uint64_t>(checksum(w.out));
    return std::move(head.out);
}

LedgerTotals LedgerTotals::from_bytes(std::string_view bytes, const std::string& source) {
    constexpr std::size_t head = sizeof magic + 4 + 8;
    Reader outer(bytes, 0, source);
    if (bytes.size() < sizeof magic || std::memcmp(bytes.data(), magic, sizeof magic) != 0)
        outer.fail("ledger totals must start with 'KJLTOTAL'", {"error.ledger.bytes.magic", {}});
    outer.get<std::uint64_t>("the magic");
    const auto version = outer.get<std::uint32_t>("the version");
    if (version != bytes_version)
        throw data_error(
            source, "byte 8",
            "ledger totals version " + std::to_string(version) + " is not the supported version 1",
            {"error.ledger.bytes.version", {{"version", std::to_string(version)}}});
    const auto size = outer.get<std::uint64_t>("the payload size");
    if (bytes.size() < head + 8 || size != bytes.size() - head - 8) {
        const std::string between = std::to_string(bytes.size() < head + 8 ? 0 : bytes.size() - head - 8);
        throw data_error(
            source, "byte 12",
            "the payload size " + std::to_string(size) + " must be the " + between +
                " bytes between the header and the checksum",
            {"error.ledger.bytes.payload", {{"size", std::to_string(size)}, {"bytes", between}}});
    }
    const std::string_view payload = bytes.substr(head, size);
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + head + size, 8);
    if (stored != checksum(payload))
        throw data_error(source, "byte " + std::to_string(head + size),
                         "checksum mismatch: the bytes were altered", {"error.ledger.bytes.checksum", {}});

    Reader r(payload, head, source);
    LedgerTotals t;
    t.province_codes_ = r.strings("province codes", is_province_code);
    t.region_codes_ = r.strings("region codes", is_any_region_code);
    t.region_province_ = r.raw<std::uint32_t>(t.region_codes_.size(), "region provinces");
    r.ids(t.region_province_, t.province_codes_.size(), "province");
    for (std::size_t i = 0; i < t.region_codes_.size(); ++i)
        if (t.province_codes_[t.region_province_[i]] != t.region_codes_[i].substr(0, 2))
            r.fail(
                "region " + t.region_codes_[i] + " is recorded in province " +
                    t.province_codes_[t.region_province_[i]],
                {"error.ledger.bytes.region_province",
                 {{"region", t.region_codes_[i]}, {"province", t.province_codes_[t.region_province_[i]]}}});
    t.body_codes_ = r.strings("body codes", is_any_body_code);
    t.body_region_ = r.raw<std::uint32_t>(t.body_codes_.size(), "body regions");
    r.ids(t.body_region_, t.region_codes_.size(), "region");
    t.item_codes_[0] = r.strings("sub kegiatan codes", is_any_sub_code);
    t.item_codes_[1] = r.strings("kegiatan codes", is_kegiatan_code);
    t.item_codes_[2] = r.strings("program codes", is_program_code);
    auto wide = [&](Wide& x, std::size_t ids, const char* what) {
        const std::uint64_t n = r.count(what, 2 + 4 + 32);
        x.year = r.raw<std::int16_t>(n, what);
        x.id = r.raw<std::uint32_t>(n, what);
        x.anggaran = r.raw<int128>(n, what);
        x.realisasi = r.raw<int128>(n, what);
        for (const std::int16_t y : x.year)
            if (y < 1000 || y > 9999)
                r.fail(
                    std::string("year ") + std::to_string(y) + " of the " + what + " must have four digits",
                    {"error.ledger.bytes.year", {{"year", std::to_string(y)}, {"what", part(what)}}});
        r.ids(x.id, ids, what);
        for (std::size_t i = 0; i < n; ++i)
            if (!detail::in_range(x.anggaran[i]) || !detail::in_range(x.realisasi[i]))
                r.fail(std::string("a sum of the ") + what + " is beyond 38 digits of sen",
                       {"error.ledger.bytes.sum", {{"what", part(what)}}});
    };
    wide(t.bodies_, t.body_codes_.size(), "bodies");
    for (auto& b : t.begin_) b = r.raw<std::uint64_t>(t.bodies_.year.size() + 1, "the body offsets");
    const char* names[3] = {"sub kegiatan", "kegiatan", "programs"};
    for (std::size_t k = 0; k < detail::scoped_levels; ++k) {
        auto& s = t.scoped_[k];
        const std::uint64_t n = r.count(names[k], 4 + 16);
        s.item = r.raw<std::uint32_t>(n, names[k]);
        s.anggaran = r.raw<std::int64_t>(n, names[k]);
        s.realisasi = r.raw<std::int64_t>(n, names[k]);
        r.ids(s.item, t.item_codes_[k].size(), names[k]);
        const auto& b = t.begin_[k];
        if (b.front() != 0 || b.back() != n || !std::is_sorted(b.begin(), b.end()))
            r.fail(std::string("the body offsets of the ") + names[k] + " must rise from 0 to their count",
                   {"error.ledger.bytes.offsets", {{"what", part(names[k])}}});
    }
    t.leaf_line_.assign(t.bodies_.id.size(), std::numeric_limits<std::uint64_t>::max());
    t.leaf_store_.assign(t.begin_[0].begin(), t.begin_[0].end() - 1);
    wide(t.regions_, t.region_codes_.size(), "regions");
    wide(t.provinces_, t.province_codes_.size(), "provinces");
    wide(t.nation_, 1, "nation");
    if (!r.done()) r.fail("bytes after the nation totals", {"error.ledger.bytes.trailing", {}});
    return t;
}
}  // namespace kinerja

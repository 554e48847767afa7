// The ledger's dictionaries and lines (see store.hpp).

#include "kinerja/ledger/store.hpp"

#include <limits>
#include <memory>
#include <optional>
#include <string>

namespace kinerja {

namespace {

// The ledger layer is below the catalogues (plan): each refusal keeps its English here and names its
// catalogue message, whose English text (messages/en.txt) is the same.
[[noreturn]] void refuse(const std::string& english, Message said) {
    throw value_error(english, std::move(said));
}

}  // namespace

std::uint32_t Ledger::add_region(std::string_view code) {
    if (auto id = find_region(code)) return *id;
    if (!is_region_code(code))
        refuse("region code '" + std::string(code) +
                   "' must be two digits, optionally a dot and two more (e.g. '35' or '35.08')",
               {"error.ledger.add_region_code", {{"code", std::string(code)}}});
    const std::string_view province = code.substr(0, 2);
    std::optional<std::uint32_t> province_id = province_ids_.find(province, province_codes_);
    if (!province_id) {
        province_id = static_cast<std::uint32_t>(province_codes_.size());
        province_codes_.emplace_back(province);
        province_ids_.insert(province_codes_.back(), *province_id, province_codes_);
    }
    const auto id = static_cast<std::uint32_t>(region_codes_.size());
    region_codes_.emplace_back(code);
    region_province_.push_back(*province_id);
    region_ids_.insert(region_codes_.back(), id, region_codes_);
    return id;
}

std::uint32_t Ledger::add_body(std::uint32_t region, std::string_view code, std::string_view name) {
    if (region >= region_codes_.size())
        refuse("region id " + std::to_string(region) + " is not in the ledger",
               {"error.ledger.no_region_id", {{"id", std::to_string(region)}}});
    if (name.find_first_of("\r\n") != std::string_view::npos)
        refuse("the name of body '" + std::string(code) + "' must not contain a line break",
               {"error.ledger.body_name_break", {{"code", std::string(code)}}});
    if (auto id = find_body(region, code)) {
        std::string& recorded = body_names_[*id];
        if (recorded.empty())
            recorded = std::string(name);
        else if (!name.empty() && recorded != name)
            refuse("body '" + std::string(code) + "' of region " + region_codes_[region] + " is named '" +
                       recorded + "', not '" + std::string(name) + "'",
                   {"error.ledger.body_named",
                    {{"code", std::string(code)},
                     {"region", region_codes_[region]},
                     {"recorded", recorded},
                     {"name", std::string(name)}}});
        return *id;
    }
    if (!is_body_code(code))
        refuse("body code '" + std::string(code) + "' must be 1-64 ASCII letters, digits, '.', '-' or '_'",
               {"error.ledger.body_code", {{"code", std::string(code)}}});
    const auto id = static_cast<std::uint32_t>(body_codes_.size());
    body_region_.push_back(region);
    body_codes_.emplace_back(code);
    body_names_.emplace_back(name);
    body_ids_.emplace(std::to_string(region) + '\x1f' + std::string(code), id);
    return id;
}

std::uint32_t Ledger::intern_program(std::string_view code) {
    if (const auto id = program_ids_.find(code, program_codes_)) return *id;
    const auto id = static_cast<std::uint32_t>(program_codes_.size());
    program_codes_.emplace_back(code);
    program_ids_.insert(program_codes_.back(), id, program_codes_);
    return id;
}

std::uint32_t Ledger::intern_kegiatan(std::string_view code, std::uint32_t program) {
    if (const auto id = kegiatan_ids_.find(code, kegiatan_codes_)) return *id;
    const auto id = static_cast<std::uint32_t>(kegiatan_codes_.size());
    kegiatan_codes_.emplace_back(code);
    kegiatan_program_.push_back(program);
    kegiatan_ids_.insert(kegiatan_codes_.back(), id, kegiatan_codes_);
    return id;
}

std::uint32_t Ledger::add_sub_kegiatan(std::string_view code, std::string_view name) {
    std::string canonical(code);
    for (std::size_t i = 0; i < canonical.size() && i < 4; ++i)
        if (canonical[i] == 'x') canonical[i] = 'X';
    if (name.find_first_of("\r\n") != std::string_view::npos)
        refuse("the name of sub kegiatan '" + canonical + "' must not contain a line break",
               {"error.ledger.sub_kegiatan_name_break", {{"code", canonical}}});
    if (auto id = find_sub_kegiatan(canonical)) {
        std::string& recorded = sub_names_[*id];
        if (recorded.empty())
            recorded = std::string(name);
        else if (!name.empty() && recorded != name)
            refuse("sub kegiatan '" + canonical + "' is named '" + recorded + "', not '" + std::string(name) +
                       "'",
                   {"error.ledger.sub_kegiatan_named",
                    {{"code", canonical}, {"recorded", recorded}, {"name", std::string(name)}}});
        return *id;
    }
    if (!is_sub_kegiatan_code(canonical))
        refuse("sub kegiatan code '" + std::string(code) +
                   "' must have the shape U.BB.PP.K.KK.SSSS in digits (U.BB may be X.XX)",
               {"error.ledger.sub_kegiatan_code", {{"code", std::string(code)}}});
    const std::uint32_t program = intern_program(std::string_view(canonical).substr(0, 7));
    const std::uint32_t kegiatan = intern_kegiatan(std::string_view(canonical).substr(0, 12), program);
    const auto id = static_cast<std::uint32_t>(sub_codes_.size());
    sub_codes_.push_back(canonical);
    sub_names_.emplace_back(name);
    sub_kegiatan_of_.push_back(kegiatan);
    sub_program_of_.push_back(program);
    sub_ids_.insert(sub_codes_.back(), id, sub_codes_);
    return id;
}

std::optional<std::uint32_t> Ledger::find_region(std::string_view code) const noexcept {
    return region_ids_.find(code, region_codes_);
}

std::optional<std::uint32_t> Ledger::find_body(std::uint32_t region, std::string_view code) const {
    const auto it = body_ids_.find(std::to_string(region) + '\x1f' + std::string(code));
    return it == body_ids_.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
}

void Ledger::refuse_id(const char* what, std::uint32_t id, std::size_t count) {
    // The kinds checked() is called with, each a word of the catalogue.
    const std::string_view kind(what);
    const char* word = kind == "province"       ? "error.ledger.kind.province"
                       : kind == "region"       ? "error.ledger.kind.region"
                       : kind == "body"         ? "error.ledger.kind.body"
                       : kind == "sub kegiatan" ? "error.ledger.kind.sub_kegiatan"
                                                : "";
    const std::string text =
        std::string(what) + " id " + std::to_string(id) + " must be below " + std::to_string(count);
    if (*word == '\0') throw value_error(text);
    refuse(text, {"error.ledger.id_range",
                  {{"what", word}, {"id", std::to_string(id)}, {"count", std::to_string(count)}}});
}

// The message append_sen gave before it moved inline: which check failed, in the order it checks.
void Ledger::refuse_line(int year, std::uint32_t body, std::uint32_t sub_kegiatan) const {
    if (year < 1000 || year > 9999)
        refuse("year " + std::to_string(year) + " must have four digits (1000 to 9999)",
               {"error.ledger.year_digits", {{"year", std::to_string(year)}}});
    if (body >= body_codes_.size())
        refuse("body id " + std::to_string(body) + " is not in the ledger",
               {"error.ledger.no_body_id", {{"id", std::to_string(body)}}});
    if (sub_kegiatan >= sub_codes_.size())
        refuse("sub kegiatan id " + std::to_string(sub_kegiatan) + " is not in the ledger",
               {"error.ledger.no_sub_kegiatan_id", {{"id", std::to_string(sub_kegiatan)}}});
    refuse("a ledger must have fewer than 2^32 lines", {"error.ledger.too_many_lines", {}});
}

void Ledger::unshare_lines() {
    lines_ = lines_ ? std::make_shared<detail::LedgerLines>(*lines_)  // copy on write
                    : std::make_shared<detail::LedgerLines>();
}

void Ledger::append(int year, std::uint32_t body, std::uint32_t sub_kegiatan, Rupiah anggaran,
                    Rupiah realisasi) {
    auto sen = [](Rupiah r, const char* what) {
        if (r.sen() > std::numeric_limits<std::int64_t>::max() ||
            r.sen() < std::numeric_limits<std::int64_t>::min())
            throw overflow_error(
                std::string(what) + " " + r.to_string() +
                    " must fit 64 bits of sen (at most Rp 92.233.720.368.547.758,07)",
                {"error.ledger.append_overflow", {{"what", what}, {"amount", r.to_string()}}});
        return static_cast<std::int64_t>(r.sen());
    };
    append_sen(year, body, sub_kegiatan, sen(anggaran, "anggaran"), sen(realisasi, "realisasi"));
}

void Ledger::append_sen(const std::int16_t* years, const std::uint32_t* bodies,
                        const std::uint32_t* sub_kegiatan, const std::int64_t* anggaran_sen,
                        const std::int64_t* realisasi_sen, std::size_t n) {
    const std::size_t body_count = body_codes_.size(), sub_count = sub_codes_.size();
    bool bad = false;  // one branch-free pass; the failing line is looked for only on failure
    for (std::size_t i = 0; i < n; ++i)
        bad |= (years[i] < 1000) | (years[i] > 9999) | (bodies[i] >= body_count) |
               (sub_kegiatan[i] >= sub_count);
    if (bad)
        for (std::size_t i = 0; i < n; ++i)
            if (years[i] < 1000 || years[i] > 9999 || bodies[i] >= body_count || sub_kegiatan[i] >= sub_count)
                refuse_line(years[i], bodies[i], sub_kegiatan[i]);
    detail::LedgerLines& l = mutable_lines();
    if (n > max_lines - l.years.size()) refuse_line(years[0], bodies[0], sub_kegiatan[0]);
    l.years.insert(l.years.end(), years, years + n);
    l.bodies.insert(l.bodies.end(), bodies, bodies + n);
    l.sub_kegiatan.insert(l.sub_kegiatan.end(), sub_kegiatan, sub_kegiatan + n);
    l.anggaran.insert(l.anggaran.end(), anggaran_sen, anggaran_sen + n);
    l.realisasi.insert(l.realisasi.end(), realisasi_sen, realisasi_sen + n);
}

void Ledger::reserve(std::size_t lines) {
    // A bound first: std::vector would throw length_error, which is no kinerja::error.
    if (lines > max_lines)
        refuse("a ledger must have fewer than 2^32 lines, not room for " + std::to_string(lines),
               {"error.ledger.reserve", {{"lines", std::to_string(lines)}}});
    detail::LedgerLines& l = mutable_lines();
    l.years.reserve(lines);
    l.bodies.reserve(lines);
    l.sub_kegiatan.reserve(lines);
    l.anggaran.reserve(lines);
    l.realisasi.reserve(lines);
}
}  // namespace kinerja

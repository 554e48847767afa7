// The checks of ledger codes and the hash index of the sub kegiatan dictionary (see codes.hpp).

#include "kinerja/ledger/codes.hpp"

#include <algorithm>
#include <cstring>

#include "kinerja/core/budget_code.hpp"

namespace kinerja {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_region_code(std::string_view c) noexcept {
    if (c.size() != 2 && c.size() != 5) return false;
    if (!is_digit(c[0]) || !is_digit(c[1])) return false;
    return c.size() == 2 || (c[2] == '.' && is_digit(c[3]) && is_digit(c[4]));
}

bool is_sub_kegiatan_code(std::string_view c) noexcept {
    // The one Permendagri 90/2019 code parser, shared with the plan's validation.
    return is_budget_code(c, CodeLevel::sub_kegiatan);
}

bool is_body_code(std::string_view c) noexcept {
    if (c.empty() || c.size() > 64) return false;
    return std::all_of(c.begin(), c.end(), [](char ch) {
        return is_digit(ch) || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '.' ||
               ch == '-' || ch == '_';
    });
}

std::uint64_t detail::CodeIndex::hash(std::string_view s) noexcept {
    std::uint64_t h = 0x243F'6A88'85A3'08D3u ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0x9E37'79B9'7F4A'7C15u;
        h ^= h >> 29;
    }
    if (i < s.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * 0x9E37'79B9'7F4A'7C15u;
        h ^= h >> 29;
    }
    h *= 0xBF58'476D'1CE4'E5B9u;
    return h ^ (h >> 31);
}

std::optional<std::uint32_t> detail::CodeIndex::find(std::string_view code,
                                                     const std::vector<std::string>& codes) const noexcept {
    if (slots_.empty()) return std::nullopt;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(code) & mask;; i = (i + 1) & mask) {
        const std::uint32_t s = slots_[i];
        if (s == 0) return std::nullopt;
        if (codes[s - 1] == code) return s - 1;
    }
}

void detail::CodeIndex::insert(std::string_view code, std::uint32_t id,
                               const std::vector<std::string>& codes) {
    if ((used_ + 1) * 2 > slots_.size()) grow(codes);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(code) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = id + 1;
    ++used_;
}

void detail::CodeIndex::grow(const std::vector<std::string>& codes) {
    std::vector<std::uint32_t> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, old.size() * 2), 0);
    const std::size_t mask = slots_.size() - 1;
    for (const std::uint32_t s : old) {
        if (s == 0) continue;
        std::size_t i = hash(codes[s - 1]) & mask;
        while (slots_[i] != 0) i = (i + 1) & mask;
        slots_[i] = s;
    }
}

}  // namespace kinerja

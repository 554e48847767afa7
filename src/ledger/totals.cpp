// Reading roll-ups: sizes, groups, look-ups and columns (see totals.hpp).

#include "kinerja/ledger/totals.hpp"

#include <algorithm>
#include <limits>

#include "detail/sums.hpp"
#include "kinerja/ledger/merge.hpp"

namespace kinerja {

namespace {

int level_index(LedgerLevel level) { return static_cast<int>(level); }
bool is_scoped(LedgerLevel level) { return level_index(level) < 3; }

}  // namespace

std::size_t LedgerTotals::size(LedgerLevel level) const noexcept {
    switch (level) {
        case LedgerLevel::sub_kegiatan:
        case LedgerLevel::kegiatan:
        case LedgerLevel::program:
            return begin_[level_index(level)].empty() ? 0 : begin_[level_index(level)].back();
        case LedgerLevel::body:
            return bodies_.year.size();
        case LedgerLevel::region:
            return regions_.year.size();
        case LedgerLevel::province:
            return provinces_.year.size();
        case LedgerLevel::nation:
            return nation_.year.size();
    }
    return 0;
}

std::size_t LedgerTotals::owning_body(std::size_t scoped_index, int level) const {
    const auto& b = begin_[level];
    return static_cast<std::size_t>(std::upper_bound(b.begin(), b.end(), scoped_index) - b.begin()) - 1;
}

std::string_view LedgerTotals::item_code(int level, std::uint32_t id) const { return item_codes_[level][id]; }

LedgerTotals::Leaf LedgerTotals::leaf(std::size_t bg, std::size_t index) const {
    const std::size_t offset = index - begin_[0][bg];
    if (leaf_line_[bg] != std::numeric_limits<std::uint64_t>::max()) {
        const std::size_t line = leaf_line_[bg] + offset;
        return Leaf{lines_->sub_kegiatan[line], lines_->anggaran[line], lines_->realisasi[line]};
    }
    const std::size_t at = leaf_store_[bg] + offset;
    return Leaf{scoped_[0].item[at], scoped_[0].anggaran[at], scoped_[0].realisasi[at]};
}

// Every sub kegiatan group stored, in order: what the bytes hold.
LedgerTotals::Scoped LedgerTotals::stored_leaves() const {
    Scoped out;
    const std::size_t n = size(LedgerLevel::sub_kegiatan);
    out.item.reserve(n);
    out.anggaran.reserve(n);
    out.realisasi.reserve(n);
    for (std::size_t bg = 0; bg < bodies_.id.size(); ++bg)
        for (std::size_t i = begin_[0][bg]; i < begin_[0][bg + 1]; ++i) {
            const Leaf l = leaf(bg, i);
            out.item.push_back(l.item);
            out.anggaran.push_back(l.anggaran);
            out.realisasi.push_back(l.realisasi);
        }
    return out;
}

LedgerGroup LedgerTotals::group(LedgerLevel level, std::size_t index) const {
    if (index >= size(level))
        throw value_error("group " + std::to_string(index) + " of level " + std::string(to_string(level)) +
                              " must be below " + std::to_string(size(level)),
                          {"error.ledger.group_index",
                           {{"index", std::to_string(index)},
                            {"level", std::string(to_string(level))},
                            {"count", std::to_string(size(level))}}});
    LedgerGroup g;
    auto body_part = [&](std::size_t bg) {
        const std::uint32_t body = bodies_.id[bg];
        const std::uint32_t region = body_region_[body];
        g.year = bodies_.year[bg];
        g.body = body_codes_[body];
        g.region = region_codes_[region];
        g.province = province_codes_[region_province_[region]];
    };
    if (is_scoped(level)) {
        const int k = level_index(level);
        const std::size_t bg = owning_body(index, k);
        body_part(bg);
        if (k == 0) {
            const Leaf l = leaf(bg, index);
            g.code = std::string(item_code(0, l.item));
            g.anggaran = Rupiah::from_sen(l.anggaran);
            g.realisasi = Rupiah::from_sen(l.realisasi);
            return g;
        }
        g.code = std::string(item_code(k, scoped_[k].item[index]));
        g.anggaran = Rupiah::from_sen(scoped_[k].anggaran[index]);
        g.realisasi = Rupiah::from_sen(scoped_[k].realisasi[index]);
        return g;
    }
    const Wide& w = level == LedgerLevel::body       ? bodies_
                    : level == LedgerLevel::region   ? regions_
                    : level == LedgerLevel::province ? provinces_
                                                     : nation_;
    if (level == LedgerLevel::body) body_part(index);
    g.year = w.year[index];
    if (level == LedgerLevel::region) {
        g.region = region_codes_[w.id[index]];
        g.province = province_codes_[region_province_[w.id[index]]];
    }
    if (level == LedgerLevel::province) g.province = province_codes_[w.id[index]];
    g.anggaran = Rupiah::from_sen(w.anggaran[index]);
    g.realisasi = Rupiah::from_sen(w.realisasi[index]);
    return g;
}

std::optional<LedgerGroup> LedgerTotals::find(LedgerLevel level, int year, std::string_view region,
                                              std::string_view body, std::string_view code) const {
    auto index_of = [](const std::vector<std::string>& codes,
                       std::string_view c) -> std::optional<std::uint32_t> {
        const auto it = std::find(codes.begin(), codes.end(), c);
        if (it == codes.end()) return std::nullopt;
        return static_cast<std::uint32_t>(it - codes.begin());
    };
    auto in_wide = [&](const Wide& w, std::uint32_t id) -> std::optional<std::size_t> {
        for (std::size_t i = 0; i < w.year.size(); ++i)
            if (w.year[i] == year && w.id[i] == id) return i;
        return std::nullopt;
    };
    std::optional<std::size_t> at;
    switch (level) {
        case LedgerLevel::nation:
            at = in_wide(nation_, 0);
            break;
        case LedgerLevel::province:
            if (auto p = index_of(province_codes_, region)) at = in_wide(provinces_, *p);
            break;
        case LedgerLevel::region:
            if (auto r = index_of(region_codes_, region)) at = in_wide(regions_, *r);
            break;
        default: {
            const auto r = index_of(region_codes_, region);
            if (!r) return std::nullopt;
            std::optional<std::uint32_t> b;
            for (std::size_t i = 0; i < body_codes_.size() && !b; ++i)
                if (body_region_[i] == *r && body_codes_[i] == body) b = static_cast<std::uint32_t>(i);
            if (!b) return std::nullopt;
            const auto bg = in_wide(bodies_, *b);
            if (!bg || level == LedgerLevel::body) {
                at = bg;
                break;
            }
            const int k = level_index(level);
            for (std::size_t i = begin_[k][*bg]; i < begin_[k][*bg + 1]; ++i)
                if (item_code(k, k == 0 ? leaf(*bg, i).item : scoped_[k].item[i]) == code) at = i;
        }
    }
    if (!at) return std::nullopt;
    return group(level, *at);
}

std::vector<int> LedgerTotals::years() const {
    return std::vector<int>(nation_.year.begin(), nation_.year.end());
}

std::vector<std::int16_t> LedgerTotals::year_column(LedgerLevel level) const {
    if (!is_scoped(level)) {
        const Wide& w = level == LedgerLevel::body       ? bodies_
                        : level == LedgerLevel::region   ? regions_
                        : level == LedgerLevel::province ? provinces_
                                                         : nation_;
        return w.year;
    }
    const int k = level_index(level);
    std::vector<std::int16_t> out(size(level));
    for (std::size_t b = 0; b < bodies_.year.size(); ++b)
        std::fill(out.begin() + static_cast<std::ptrdiff_t>(begin_[k][b]),
                  out.begin() + static_cast<std::ptrdiff_t>(begin_[k][b + 1]), bodies_.year[b]);
    return out;
}

LedgerCodes LedgerTotals::code_column(LedgerLevel level, LedgerField field) const {
    const int lv = level_index(level);
    const int needed = field == LedgerField::province ? 5
                       : field == LedgerField::region ? 4
                       : field == LedgerField::body   ? 3
                                                      : 2;
    if (lv > needed)
        throw value_error(
            "level '" + std::string(to_string(level)) + "' has no " + std::string(to_string(field)) + " code",
            {"error.ledger.level_field",
             {{"level", std::string(to_string(level))}, {"field", std::string(to_string(field))}}});
    // The field's dictionary, deduplicated and sorted, with each dictionary id's position in it.
    const std::vector<std::string>& codes = field == LedgerField::province ? province_codes_
                                            : field == LedgerField::region ? region_codes_
                                            : field == LedgerField::body   ? body_codes_
                                                                           : item_codes_[lv];
    LedgerCodes out;
    out.dictionary = codes;
    std::sort(out.dictionary.begin(), out.dictionary.end());
    out.dictionary.erase(std::unique(out.dictionary.begin(), out.dictionary.end()), out.dictionary.end());
    std::vector<std::uint32_t> rank(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i)
        rank[i] = static_cast<std::uint32_t>(
            std::lower_bound(out.dictionary.begin(), out.dictionary.end(), codes[i]) -
            out.dictionary.begin());
    // The field's id of a body, a region or a province.
    auto of_body = [&](std::uint32_t b) {
        const std::uint32_t r = body_region_[b];
        return field == LedgerField::body ? b : field == LedgerField::region ? r : region_province_[r];
    };
    auto of_region = [&](std::uint32_t r) { return field == LedgerField::region ? r : region_province_[r]; };
    if (is_scoped(level)) {
        out.indices.resize(size(level));
        if (field == LedgerField::code && lv == 0) {
            for (std::size_t b = 0; b < bodies_.id.size(); ++b)
                for (std::size_t i = begin_[0][b]; i < begin_[0][b + 1]; ++i)
                    out.indices[i] = rank[leaf(b, i).item];
        } else if (field == LedgerField::code) {
            for (std::size_t i = 0; i < out.indices.size(); ++i) out.indices[i] = rank[scoped_[lv].item[i]];
        } else {
            for (std::size_t b = 0; b < bodies_.id.size(); ++b)
                std::fill(out.indices.begin() + static_cast<std::ptrdiff_t>(begin_[lv][b]),
                          out.indices.begin() + static_cast<std::ptrdiff_t>(begin_[lv][b + 1]),
                          rank[of_body(bodies_.id[b])]);
        }
        return out;
    }
    const Wide& w = level == LedgerLevel::body     ? bodies_
                    : level == LedgerLevel::region ? regions_
                                                   : provinces_;
    out.indices.resize(w.id.size());
    for (std::size_t i = 0; i < w.id.size(); ++i) {
        const std::uint32_t id = w.id[i];
        out.indices[i] = rank[level == LedgerLevel::body     ? of_body(id)
                              : level == LedgerLevel::region ? of_region(id)
                                                             : id];
    }
    return out;
}

namespace {

std::vector<int128> widen(const std::vector<std::int64_t>& v) {
    return std::vector<int128>(v.begin(), v.end());
}

}  // namespace

std::vector<int128> LedgerTotals::anggaran_column(LedgerLevel level) const {
    if (level == LedgerLevel::sub_kegiatan) {
        std::vector<int128> out(size(level));
        for (std::size_t b = 0; b < bodies_.id.size(); ++b)
            for (std::size_t i = begin_[0][b]; i < begin_[0][b + 1]; ++i) out[i] = leaf(b, i).anggaran;
        return out;
    }
    if (is_scoped(level)) return widen(scoped_[level_index(level)].anggaran);
    return level == LedgerLevel::body       ? bodies_.anggaran
           : level == LedgerLevel::region   ? regions_.anggaran
           : level == LedgerLevel::province ? provinces_.anggaran
                                            : nation_.anggaran;
}

std::vector<int128> LedgerTotals::realisasi_column(LedgerLevel level) const {
    if (level == LedgerLevel::sub_kegiatan) {
        std::vector<int128> out(size(level));
        for (std::size_t b = 0; b < bodies_.id.size(); ++b)
            for (std::size_t i = begin_[0][b]; i < begin_[0][b + 1]; ++i) out[i] = leaf(b, i).realisasi;
        return out;
    }
    if (is_scoped(level)) return widen(scoped_[level_index(level)].realisasi);
    return level == LedgerLevel::body       ? bodies_.realisasi
           : level == LedgerLevel::region   ? regions_.realisasi
           : level == LedgerLevel::province ? provinces_.realisasi
                                            : nation_.realisasi;
}

bool LedgerTotals::same_members(const LedgerTotals& o) const {
    auto wide_eq = [](const Wide& a, const Wide& b) {
        return a.year == b.year && a.id == b.id && a.anggaran == b.anggaran && a.realisasi == b.realisasi;
    };
    for (std::size_t k = 0; k < detail::scoped_levels; ++k)
        if (item_codes_[k] != o.item_codes_[k] || scoped_[k].item != o.scoped_[k].item ||
            scoped_[k].anggaran != o.scoped_[k].anggaran || scoped_[k].realisasi != o.scoped_[k].realisasi ||
            begin_[k] != o.begin_[k])
            return false;
    if (leaf_line_ != o.leaf_line_ || leaf_store_ != o.leaf_store_) return false;
    return province_codes_ == o.province_codes_ && region_codes_ == o.region_codes_ &&
           region_province_ == o.region_province_ && body_codes_ == o.body_codes_ &&
           body_region_ == o.body_region_ && wide_eq(bodies_, o.bodies_) && wide_eq(regions_, o.regions_) &&
           wide_eq(provinces_, o.provinces_) && wide_eq(nation_, o.nation_);
}

bool operator==(const LedgerTotals& a, const LedgerTotals& b) {
    for (int l = 0; l <= static_cast<int>(LedgerLevel::nation); ++l)
        if (a.size(static_cast<LedgerLevel>(l)) != b.size(static_cast<LedgerLevel>(l))) return false;
    return a.canonical().same_members(b.canonical());
}
}  // namespace kinerja

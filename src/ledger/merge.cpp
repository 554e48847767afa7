// Merging roll-ups (see merge.hpp).

#include "kinerja/ledger/merge.hpp"

#include <algorithm>
#include <limits>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "detail/sums.hpp"

namespace kinerja {

// Codes, not ids, identify groups across parts. The merged dictionaries hold the codes the parts'
// groups use, sorted, so that ids order like codes; each part gets a map from its ids to those.
// Bodies are merged first by (year, body); a body's groups at each body-scoped level are gathered
// from every part that has the body, sorted by code id and summed in 128 bits.

namespace {

constexpr std::uint32_t none = 0xFFFF'FFFFu;

// Sorted distinct values of `all`, and for each part a map from its ids to positions in them.
template <class Key>
std::vector<Key> unify(const std::vector<std::vector<Key>>& per_part,
                       std::vector<std::vector<std::uint32_t>>& remap,
                       const std::vector<std::vector<std::uint8_t>>& used) {
    std::vector<Key> all;
    for (std::size_t p = 0; p < per_part.size(); ++p)
        for (std::size_t i = 0; i < per_part[p].size(); ++i)
            if (used[p][i]) all.push_back(per_part[p][i]);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    remap.assign(per_part.size(), {});
    for (std::size_t p = 0; p < per_part.size(); ++p) {
        remap[p].assign(per_part[p].size(), none);
        for (std::size_t i = 0; i < per_part[p].size(); ++i)
            if (used[p][i])
                remap[p][i] = static_cast<std::uint32_t>(
                    std::lower_bound(all.begin(), all.end(), per_part[p][i]) - all.begin());
    }
    return all;
}

// Two parts that share a sub kegiatan group (year, region, body, code) rolled up some lines twice,
// or the same totals were passed twice: their sum would count those lines twice, silently.
[[noreturn]] void refuse_overlap(std::size_t first, std::size_t second, int year, const std::string& region,
                                 const std::string& body, const std::string& code) {
    // The ledger layer is below the catalogues: the English is written here as messages/en.txt has it.
    throw value_error(
        "merge parts " + std::to_string(first) + " and " + std::to_string(second) +
            " overlap: both hold sub_kegiatan " + code + " of body " + body + " of region " + region +
            " in " + std::to_string(year) +
            " (parts must be the totals of disjoint lines, each sub kegiatan of a body and year "
            "in one part)",
        {"error.ledger.merge_overlap",
         {{"first", std::to_string(first)},
          {"second", std::to_string(second)},
          {"code", code},
          {"body", body},
          {"region", region},
          {"year", std::to_string(year)}}});
}

int128 checked_add(int128 a, int128 b) {
    return detail::add(a, b, "a merged total must fit 38 digits of sen");
}

}  // namespace

// The merge of several totals into one, step by step; LedgerTotals declares it as a private member
// class, so it writes the merged totals' representation with no friend.
class LedgerTotals::Merger {
public:
    Merger(const std::vector<const LedgerTotals*>& parts, LedgerTotals& merged)
        : parts_(parts), m_(parts.size()), t_(merged) {}

    void run() {
        mark_used();
        unify_dictionaries();
        merge_wide(&LedgerTotals::regions_, &region_map_);
        merge_wide(&LedgerTotals::provinces_, &province_map_);
        merge_wide(&LedgerTotals::nation_, nullptr);
        merge_bodies();
    }

private:
    using IdMaps = std::vector<std::vector<std::uint32_t>>;
    using Marks = std::vector<std::vector<std::uint8_t>>;
    // (year, merged id, part, index in the part) of a group of a wide level.
    using Entry = std::tuple<std::int16_t, std::uint32_t, std::size_t, std::size_t>;

    // Which codes the groups use, directly or through a body or region.
    void mark_used() {
        used_body_.resize(m_);
        used_region_.resize(m_);
        used_province_.resize(m_);
        for (auto& u : used_item_) u.resize(m_);
        for (std::size_t p = 0; p < m_; ++p) {
            const LedgerTotals& x = *parts_[p];
            used_body_[p].assign(x.body_codes_.size(), 0);
            used_region_[p].assign(x.region_codes_.size(), 0);
            used_province_[p].assign(x.province_codes_.size(), 0);
            for (const std::uint32_t b : x.bodies_.id) used_body_[p][b] = 1;
            for (std::size_t b = 0; b < x.body_codes_.size(); ++b)
                if (used_body_[p][b]) used_region_[p][x.body_region_[b]] = 1;
            for (const std::uint32_t r : x.regions_.id) used_region_[p][r] = 1;
            for (std::size_t r = 0; r < x.region_codes_.size(); ++r)
                if (used_region_[p][r]) used_province_[p][x.region_province_[r]] = 1;
            for (const std::uint32_t q : x.provinces_.id) used_province_[p][q] = 1;
            for (std::size_t k = 0; k < detail::scoped_levels; ++k) {
                used_item_[k][p].assign(x.item_codes_[k].size(), 0);
                if (k == 0) {
                    for (std::size_t b = 0; b < x.bodies_.id.size(); ++b)
                        for (std::size_t i = x.begin_[0][b]; i < x.begin_[0][b + 1]; ++i)
                            used_item_[0][p][x.leaf(b, i).item] = 1;
                } else {
                    for (const std::uint32_t i : x.scoped_[k].item) used_item_[k][p][i] = 1;
                }
            }
        }
    }

    // The merged dictionaries, sorted, and each part's map into them.
    void unify_dictionaries() {
        std::vector<std::vector<std::string>> v(m_);
        for (std::size_t p = 0; p < m_; ++p) v[p] = parts_[p]->province_codes_;
        t_.province_codes_ = unify(v, province_map_, used_province_);
        for (std::size_t p = 0; p < m_; ++p) v[p] = parts_[p]->region_codes_;
        t_.region_codes_ = unify(v, region_map_, used_region_);
        for (std::size_t k = 0; k < detail::scoped_levels; ++k) {
            for (std::size_t p = 0; p < m_; ++p) v[p] = parts_[p]->item_codes_[k];
            t_.item_codes_[k] = unify(v, item_map_[k], used_item_[k]);
        }
        std::vector<std::vector<std::pair<std::uint32_t, std::string>>> bodies(m_);
        for (std::size_t p = 0; p < m_; ++p) {
            const LedgerTotals& x = *parts_[p];
            for (std::size_t b = 0; b < x.body_codes_.size(); ++b)
                bodies[p].emplace_back(used_body_[p][b] ? region_map_[p][x.body_region_[b]] : none,
                                       x.body_codes_[b]);
        }
        const auto all = unify(bodies, body_map_, used_body_);
        for (const auto& [region, code] : all) {
            t_.body_region_.push_back(region);
            t_.body_codes_.push_back(code);
        }
        for (const std::string& r : t_.region_codes_)
            t_.region_province_.push_back(static_cast<std::uint32_t>(
                std::lower_bound(t_.province_codes_.begin(), t_.province_codes_.end(), r.substr(0, 2)) -
                t_.province_codes_.begin()));
    }

    // Region, province and nation: (year, id) entries sorted and summed.
    void merge_wide(Wide LedgerTotals::*member, const IdMaps* map) {
        std::vector<Entry> e;
        for (std::size_t p = 0; p < m_; ++p) {
            const Wide& w = parts_[p]->*member;
            for (std::size_t i = 0; i < w.year.size(); ++i)
                e.emplace_back(w.year[i], map ? (*map)[p][w.id[i]] : 0, p, i);
        }
        std::sort(e.begin(), e.end());
        Wide& out = t_.*member;
        for (std::size_t i = 0; i < e.size(); ++i) {
            const auto& [year, id, p, at] = e[i];
            const Wide& w = parts_[p]->*member;
            if (i > 0 && std::get<0>(e[i - 1]) == year && std::get<1>(e[i - 1]) == id) {
                out.anggaran.back() = checked_add(out.anggaran.back(), w.anggaran[at]);
                out.realisasi.back() = checked_add(out.realisasi.back(), w.realisasi[at]);
            } else {
                out.year.push_back(year);
                out.id.push_back(id);
                out.anggaran.push_back(w.anggaran[at]);
                out.realisasi.push_back(w.realisasi[at]);
            }
        }
    }

    // Bodies, and the body-scoped groups within each.
    void merge_bodies() {
        std::vector<Entry> e;
        for (std::size_t p = 0; p < m_; ++p) {
            const Wide& w = parts_[p]->bodies_;
            for (std::size_t i = 0; i < w.year.size(); ++i)
                e.emplace_back(w.year[i], body_map_[p][w.id[i]], p, i);
        }
        std::sort(e.begin(), e.end());
        for (std::size_t i = 0; i < e.size();) {
            std::size_t j = i;
            const auto year = std::get<0>(e[i]);
            const auto body = std::get<1>(e[i]);
            int128 a = 0;
            int128 r = 0;
            for (; j < e.size() && std::get<0>(e[j]) == year && std::get<1>(e[j]) == body; ++j) {
                const Wide& w = parts_[std::get<2>(e[j])]->bodies_;
                a = checked_add(a, w.anggaran[std::get<3>(e[j])]);
                r = checked_add(r, w.realisasi[std::get<3>(e[j])]);
            }
            t_.bodies_.year.push_back(year);
            t_.bodies_.id.push_back(body);
            t_.bodies_.anggaran.push_back(a);
            t_.bodies_.realisasi.push_back(r);
            for (std::size_t k = 0; k < detail::scoped_levels; ++k) merge_scoped(k, &e[i], &e[j]);
            i = j;
        }
        for (std::size_t k = 0; k < detail::scoped_levels; ++k)
            t_.begin_[k].push_back(t_.scoped_[k].item.size());
    }

    // The groups of level k of one merged (year, body), whose parts' body groups are [from, to).
    void merge_scoped(std::size_t k, const Entry* from, const Entry* to) {
        items_.clear();
        for (const Entry* q = from; q != to; ++q) {
            const std::size_t part = std::get<2>(*q);
            const LedgerTotals& x = *parts_[part];
            const std::size_t bg = std::get<3>(*q);
            const auto& map = item_map_[k][part];
            for (std::size_t g = x.begin_[k][bg]; g < x.begin_[k][bg + 1]; ++g) {
                if (k == 0) {
                    const LedgerTotals::Leaf l = x.leaf(bg, g);
                    items_.emplace_back(map[l.item], l.anggaran, l.realisasi, part);
                } else {
                    items_.emplace_back(map[x.scoped_[k].item[g]], x.scoped_[k].anggaran[g],
                                        x.scoped_[k].realisasi[g], part);
                }
            }
        }
        std::sort(items_.begin(), items_.end(), [](const auto& u, const auto& v) {
            return std::tie(std::get<0>(u), std::get<3>(u)) < std::tie(std::get<0>(v), std::get<3>(v));
        });
        LedgerTotals::Scoped& out = t_.scoped_[k];
        t_.begin_[k].push_back(out.item.size());
        if (k == 0) {
            t_.leaf_line_.push_back(std::numeric_limits<std::uint64_t>::max());
            t_.leaf_store_.push_back(out.item.size());
        }
        const int year = std::get<0>(*from);
        const std::uint32_t body = std::get<1>(*from);
        const std::string& region = t_.region_codes_[t_.body_region_[body]];
        const auto level = static_cast<LedgerLevel>(k);
        for (std::size_t q = 0; q < items_.size();) {
            const std::uint32_t item = std::get<0>(items_[q]);
            // A part holds each sub kegiatan group once, so a second entry is a second part.
            if (k == 0 && q + 1 < items_.size() && std::get<0>(items_[q + 1]) == item)
                refuse_overlap(std::get<3>(items_[q]), std::get<3>(items_[q + 1]), year,
                               t_.region_codes_[t_.body_region_[body]], t_.body_codes_[body],
                               t_.item_codes_[0][item]);
            int128 sa = 0;
            int128 sr = 0;
            for (; q < items_.size() && std::get<0>(items_[q]) == item; ++q) {
                sa += std::get<1>(items_[q]);
                sr += std::get<2>(items_[q]);
            }
            const std::string& code = t_.item_codes_[k][item];
            out.item.push_back(item);
            out.anggaran.push_back(
                detail::narrow_group_sum(sa, level, year, region, t_.body_codes_[body], code));
            out.realisasi.push_back(
                detail::narrow_group_sum(sr, level, year, region, t_.body_codes_[body], code));
        }
    }

    const std::vector<const LedgerTotals*>& parts_;
    const std::size_t m_;
    LedgerTotals& t_;
    Marks used_body_, used_region_, used_province_, used_item_[detail::scoped_levels];
    IdMaps province_map_, region_map_, body_map_, item_map_[detail::scoped_levels];
    // merge_scoped's scratch: (merged item id, anggaran, realisasi, part).
    std::vector<std::tuple<std::uint32_t, int128, int128, std::size_t>> items_;
};

LedgerTotals merge(const std::vector<const LedgerTotals*>& parts) {
    LedgerTotals t;
    LedgerTotals::Merger(parts, t).run();
    return t;
}

LedgerTotals merge(const LedgerTotals& a, const LedgerTotals& b) {
    return merge(std::vector<const LedgerTotals*>{&a, &b});
}

LedgerTotals LedgerTotals::canonical() const { return merge(std::vector<const LedgerTotals*>{this}); }

}  // namespace kinerja

#pragma once
// Ids to positions in an array that owns the ids (a plan's nodes, its indicators): open addressing
// over one array of 8-byte slots, each the top 32 bits of the id's hash and the position + 1. A
// look-up reads the owner's id only when those 32 bits agree, so a probe touches the slot array (2 MB
// for a plan of 120,000 nodes) and, on a hit, the one id compared, where a
// node-based std::unordered_map follows a pointer to a heap node first and so misses the cache once
// more on every look-up of a large plan. (The ledger's CodeIndex is the same idea keyed by strings it
// owns; the plan layer cannot use it, as the ledger sits above the plan.)

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace kinerja::detail {

class IdTable final {
public:
    // What find gives for an id not in the table.
    static constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);

    // Room for \p n ids, the slots at most half full.
    void reserve(std::size_t n) {
        std::size_t want = 16;
        while (want < 2 * n) want *= 2;
        if (want > slots_.size()) slots_.assign(want, Slot{});
    }

    // Indexes the ids at positions 0 .. count - 1 at once; returns whether they are all different. Of
    // equal ids find gives the first, as the plan's scans do. id_at(position) gives the id at a position.
    //
    // Inserted in document order, the ids of a large plan land on random slots, each a cache miss once
    // the slots outgrow the cache. Here their hashes are computed in one pass and the positions ordered
    // by the region of slots they fall into (a stable counting sort, so that equal ids keep their
    // order), and each region is then filled while it is in the cache.
    template <typename IdAt>
    bool build(std::uint32_t count, const IdAt& id_at) {
        slots_.clear();
        reserve(count);
        const std::size_t mask = slots_.size() - 1;
        std::vector<std::uint64_t> hashes(count);
        for (std::uint32_t i = 0; i < count; ++i) hashes[i] = hash(id_at(i));
        // 256 regions, or fewer for a small table: a region is then slots_.size() / 256 slots (8 KB
        // for 120,000 ids), well inside the first-level cache.
        std::size_t region_bits = 0;
        while (region_bits < 8 && (std::size_t{1} << (region_bits + 4)) < slots_.size()) ++region_bits;
        const int shift = bits(slots_.size()) - static_cast<int>(region_bits);
        const auto region = [&](std::uint64_t h) {
            return static_cast<std::size_t>((static_cast<std::size_t>(h) & mask) >> shift);
        };
        std::vector<std::uint32_t> start((std::size_t{1} << region_bits) + 1, 0);
        for (std::uint32_t i = 0; i < count; ++i) ++start[region(hashes[i]) + 1];
        for (std::size_t r = 1; r < start.size(); ++r) start[r] += start[r - 1];
        std::vector<std::uint32_t> order(count);
        for (std::uint32_t i = 0; i < count; ++i) order[start[region(hashes[i])]++] = i;
        bool unique = true;
        for (const std::uint32_t i : order) {
            const auto tag = static_cast<std::uint32_t>(hashes[i] >> 32);
            for (std::size_t s = static_cast<std::size_t>(hashes[i]) & mask;; s = (s + 1) & mask) {
                Slot& slot = slots_[s];
                if (slot.at == 0) {
                    slot = Slot{tag, i + 1};
                    break;
                }
                if (slot.tag == tag && id_at(slot.at - 1) == id_at(i)) {
                    unique = false;
                    break;
                }
            }
        }
        return unique;
    }

    // The position of \p id, or none.
    template <typename IdAt>
    [[nodiscard]] std::uint32_t find(std::string_view id, const IdAt& id_at) const {
        if (slots_.empty()) return none;
        const std::uint64_t h = hash(id);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = static_cast<std::size_t>(h) & mask;; s = (s + 1) & mask) {
            const Slot& slot = slots_[s];
            if (slot.at == 0) return none;
            if (slot.tag == tag && id_at(slot.at - 1) == id) return slot.at - 1;
        }
    }

private:
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t at = 0;  // position + 1; 0 for an empty slot
    };

    // log2 of a power of two.
    static int bits(std::size_t power) noexcept {
        int b = 0;
        while ((std::size_t{1} << b) < power) ++b;
        return b;
    }

    static std::uint64_t hash(std::string_view id) noexcept {
        return static_cast<std::uint64_t>(std::hash<std::string_view>{}(id));
    }

    std::vector<Slot> slots_;
};

}  // namespace kinerja::detail
